"""A five-year group (a meeting a fortnight) of the parts that exist so far, for benchmarks.

Turns are written in bulk, one transaction a meeting: through the service, 100,000 turns would be
100,000 commits, each waiting for the disk.
"""

import random
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from sqlalchemy import insert

from copro_desktop.agreements.service import AgreementService
from copro_desktop.db.opening import open_database
from copro_desktop.groups.service import GroupService
from copro_desktop.paths import DataPaths

MEETINGS = 130
MEMBERS = 40
AGREEMENTS = 60
TURNS = 100_000
KINDS = ("new_point", "new_point", "new_point", "reply", "reply", "clarifying", "process")


def _turns(engine, meeting, people, count: int, rng: random.Random) -> None:
    """A meeting's hands and turns, each turn from a called hand, as a long discussion leaves them."""
    from copro_desktop.db.engine import writing
    from copro_desktop.queue.tables import QueueHand, QueueTurn

    start = datetime.combine(meeting.meeting_date, time(10, 0), tzinfo=timezone.utc)
    hands, turns = [], []
    first_id = meeting.id * 10_000  # room for every hand of every meeting, so turn rows can name them
    for n in range(count):
        member = rng.choice(people)
        kind = rng.choice(KINDS)
        at = start + timedelta(seconds=8 * n)
        hands.append(dict(id=first_id + n, meeting_id=meeting.id, member_id=member.id, guest_name=None,
                          perspective=member.perspective, kind=kind, state="called", raised_at=at))
        turns.append(dict(meeting_id=meeting.id, hand_id=first_id + n, member_id=member.id, guest_name=None,
                          someone=None, perspective=member.perspective, kind=kind, round_number=None,
                          state="ended", started_at=at, seconds=float(rng.randint(5, 180)), counted_at=None))
    with writing(engine).begin() as connection:
        connection.execute(insert(QueueHand), hands)
        connection.execute(insert(QueueTurn), turns)


def seed(folder: Path, meetings: int = MEETINGS) -> DataPaths:
    """The five-year group; fewer meetings only for a quick check that a benchmark runs."""
    paths = DataPaths(folder)
    engine = open_database(paths)
    groups, agreements = GroupService(engine), AgreementService(engine)
    rng = random.Random(5)
    group = groups.create_group("Five-year group", "A group that has met every fortnight for five years.")
    members = [
        groups.add_member(group.id, f"Member {n}", rng.choice(["lived_experience", "carer", "professional"]))
        for n in range(MEMBERS)
    ]
    ids = []
    for n in range(AGREEMENTS):
        agreement = agreements.propose(group.id, f"Agreement {n}: we treat each other as equals, every time.")
        agreements.change(agreement.id, status="agreed")
        ids.append(agreement.id)
    start = date(2021, 1, 5)
    for n in range(meetings):
        meeting = groups.plan_meeting(group.id, f"Meeting {n + 1}", start + timedelta(days=14 * n), "Community centre")
        came = rng.sample(members, 25)
        for member in came:
            groups.set_attended(meeting.id, member.id, True)
        _turns(engine, meeting, came, TURNS // MEETINGS + (n < TURNS % MEETINGS), rng)  # 100,000 in all
        for agreement_id in rng.sample(ids, 10):
            if agreements.get(agreement_id).status == "agreed":
                agreements.record_review(meeting.id, agreement_id, "kept")
        agreements.mark_revisited(meeting.id)
    groups.set_meeting_status(meeting.id, "in_progress")
    engine.dispose()
    return paths
