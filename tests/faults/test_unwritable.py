"""A folder or file the app may not write to: the right words, read-only where the work can be read, no traceback."""

from datetime import date

import pytest

from copro_desktop.db import backups
from copro_desktop.db.opening import open_database
from copro_desktop.groups.service import GroupService
from tests.faults.running import can_lock_out_ourselves, result_of, run_child

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not can_lock_out_ourselves(), reason="needs setpriv to give up root's powers"),
]


@pytest.fixture
def saved_work(paths):
    engine = open_database(paths)
    groups = GroupService(engine)
    group = groups.create_group("Housing group")
    from copro_desktop.agreements.service import AgreementService

    AgreementService(engine).propose(group.id, "We listen")
    groups.add_member(group.id, "Sam", "carer", "Large print")
    meeting = groups.plan_meeting(group.id, "May meeting", date(2026, 5, 5))
    groups.set_meeting_status(meeting.id, "in_progress")
    engine.dispose()
    return paths


def locked(folder, mode=0o500):
    folder.chmod(mode)


def unlock(folder):
    folder.chmod(0o700)


def file_bytes(folder):
    return {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_an_empty_folder_it_may_not_write_to_says_so_and_shows_no_traceback(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    locked(folder)
    try:
        completed = run_child("whole_app", folder, limited=True)
    finally:
        unlock(folder)
    assert "Traceback" not in completed.stderr, completed.stderr
    outcome = result_of(completed)
    assert outcome["code"] == 2
    [told] = outcome["told"]
    assert told["kind"] == "warn"
    assert told["text"].startswith("Copro Desktop cannot start, because it is not allowed to save in")
    assert "damaged" not in told["text"]
    assert list(folder.iterdir()) == []


def test_a_folder_it_may_not_write_to_opens_the_work_read_only(saved_work):
    folder = saved_work.root
    before = file_bytes(folder)
    locked(folder)
    try:
        outcome = result_of(run_child("look_read_only", folder, limited=True))
    finally:
        unlock(folder)
    assert outcome["opened"] and outcome["told"] == []
    assert "Open to look at only" in outcome["reason"] and "not allowed to save" in outcome["reason"]
    assert "damaged" not in outcome["reason"]
    assert outcome["banner"] == [outcome["reason"]]
    assert outcome["groups"] == ["Housing group"] and outcome["agreements"] == ["We listen"]
    assert outcome["enabled"] == []
    assert outcome["undo entries"] == 0
    assert file_bytes(folder) == before  # nothing moved, nothing written


def test_a_read_only_file_in_a_writable_folder_opens_read_only_too(saved_work):
    before = saved_work.database.read_bytes()
    saved_work.database.chmod(0o400)
    try:
        outcome = result_of(run_child("look_read_only", saved_work.root, limited=True))
    finally:
        saved_work.database.chmod(0o600)
    assert outcome["opened"] and "Open to look at only" in outcome["reason"]
    assert f"not allowed to change the file {saved_work.database}" in outcome["reason"]
    assert outcome["agreements"] == ["We listen"] and outcome["undo entries"] == 0
    assert outcome["enabled"] == []
    assert saved_work.database.read_bytes() == before

    # Made writable again, it opens as usual, though SQLite made its side files read-only meanwhile.
    saved_work.database.chmod(0o600)
    outcome = result_of(run_child("look_read_only", saved_work.root, limited=True))
    assert outcome["reason"] is None and "Written while read-only" in outcome["agreements"]
    for control in ("members: Add member…", "meetings: Plan a meeting…", "menu: New group…", "meetings: tick Sam"):
        assert control in outcome["enabled"]  # the check above would have seen them


def test_a_damaged_file_in_a_folder_it_may_not_write_to_offers_nothing_it_cannot_do(saved_work):
    backups.make_backup(saved_work.database, saved_work.backups)
    saved_work.database.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    for side in saved_work.database_side_files():
        side.unlink(missing_ok=True)
    before = file_bytes(saved_work.root)
    locked(saved_work.root)
    try:
        outcome = result_of(run_child("look_read_only", saved_work.root, limited=True))
    finally:
        unlock(saved_work.root)
    assert not outcome["opened"]
    [told] = outcome["told"]
    assert told["kind"] == "warn"  # no choice of restoring that would fail
    assert "the file is damaged" in told["text"] and "not allowed to save" in told["text"]
    assert file_bytes(saved_work.root) == before
