"""A read that a write depends on happens inside the write's transaction (BEGIN IMMEDIATE)."""

import threading

from copro_desktop.agreements.service import AgreementService
from copro_desktop.db.engine import make_engine


def test_two_writers_on_one_file_never_share_a_position_or_a_wrong_before(engine, paths, services, group):
    other_engine = make_engine(paths.database)  # as a second copy of the app would have
    writers = [AgreementService(engine), AgreementService(other_engine)]
    errors = []

    def propose_many(service, name):
        try:
            for number in range(25):
                service.propose(group.id, f"{name} {number}")
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=propose_many, args=(w, n)) for w, n in zip(writers, "AB")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    stored = services[1].agreements(group.id)
    assert len(stored) == 50
    assert sorted(a.position for a in stored) == list(range(50))

    # Two copies change the same words: each history row's "before" is what was really there.
    target = stored[0].id
    threads = [
        threading.Thread(target=lambda w=w, n=n: [w.change(target, text=f"{n} {i}") for i in range(10)])
        for w, n in zip(writers, "XY")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    history = [entry.change for entry in services[1].history(target)]
    for earlier, later in zip(history, history[1:]):
        assert later.text_before == earlier.text_after
    other_engine.dispose()
