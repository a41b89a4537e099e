"""A full disk, on a real small disk: on open, on a change and on a backup. Plain words, nothing lost, nothing moved."""

from datetime import date

from PySide6.QtCore import Qt

from copro_desktop.agreements.service import AgreementService
from copro_desktop.db import backups
from copro_desktop.db.opening import open_database
from copro_desktop.groups.service import GroupService
from copro_desktop.shell.backup_schedule import BackupSchedule
from copro_desktop.shell.main_window import MainWindow
from copro_desktop.shell.startup import open_or_explain
from tests.faults.conftest import fill


def saved_work(paths):
    engine = open_database(paths)
    group = GroupService(engine).create_group("Housing group")
    AgreementService(engine).propose(group.id, "We listen")
    return engine, group


def file_bytes(folder):
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_opening_on_a_full_disk_shows_the_work_read_only_and_moves_nothing(paths_on_small_disk, small_disk, prompts):
    paths = paths_on_small_disk
    engine, _ = saved_work(paths)
    engine.dispose()
    backups.make_backup(paths.database, paths.backups)
    # As after a clean close: no shared-memory file, so reading must make one, and the full disk refuses it.
    assert paths.database_side_files()[0].stat().st_size == 0  # an empty log: nothing is lost by this
    for side in paths.database_side_files():
        side.unlink(missing_ok=True)
    filler = fill(small_disk)
    before = file_bytes(paths.root)

    opened = open_or_explain(paths, prompts)
    assert prompts.shown == []
    assert "disk is full" in opened.read_only_reason and "Open to look at only" in opened.read_only_reason
    assert "damaged" not in opened.read_only_reason
    assert [a.text for g in GroupService(opened.engine).groups() for a in AgreementService(opened.engine).agreements(g.id)] == ["We listen"]
    opened.engine.dispose()
    after = file_bytes(paths.root)
    assert {p: after[p] for p in before} == before  # nothing changed or moved
    filler.unlink()


def test_a_change_on_a_full_disk_says_so_leaves_no_undo_and_loses_nothing(
    qtbot, paths_on_small_disk, small_disk, prompts
):
    paths = paths_on_small_disk
    engine, group = saved_work(paths)
    window = MainWindow(engine, prompts)
    qtbot.addWidget(window)
    window.show()
    panel = window.page("agreements")
    filler = fill(small_disk)

    panel.new_text.setFocus()
    qtbot.keyClicks(panel.new_text, "We take breaks")
    qtbot.keyClick(panel.new_text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(kind == "warn" for kind, _, _ in prompts.shown))
    _, text = prompts.last("warn")
    assert text.startswith("“Propose an agreement” could not be done. Your computer's disk is full")
    assert "Everything before it is safe" in text
    assert window.undo_stack.count() == 0 and not window.undo_action.isEnabled()
    assert [a.text for a in panel.model.items] == ["We listen"]
    assert panel.new_text.text() == "We take breaks"  # kept, to try again

    filler.unlink()  # space again: the next try works
    panel.propose()
    assert [a.text for a in AgreementService(engine).agreements(group.id)] == ["We listen", "We take breaks"]
    window.close()
    engine.dispose()


def test_a_backup_on_a_full_disk_says_so_and_leaves_no_file(qtbot, paths_on_small_disk, small_disk):
    paths = paths_on_small_disk
    engine, group = saved_work(paths)
    schedule = BackupSchedule(engine, paths)
    assert schedule.back_up_if_changed("during")
    GroupService(engine).add_member(group.id, "Sam", "carer", "x" * 1500)
    made = backups.list_backups(paths.backups)
    # Leave room for the change itself but not for another copy of the work.
    filler = fill(small_disk)
    with qtbot.waitSignal(schedule.failed) as failed:
        assert not schedule.back_up_if_changed("during")
    assert "disk is full" in failed.args[0] and "Your work itself is still saved" in failed.args[0]
    assert backups.list_backups(paths.backups) == made
    assert sorted(p.name for p in paths.backups.iterdir()) == sorted(b.path.name for b in made)
    filler.unlink()
    assert schedule.back_up_if_changed("during")
    engine.dispose()


def test_a_hand_raised_on_a_full_disk_says_so_keeps_the_name_and_the_running_turn_goes_on(
    qtbot, paths_on_small_disk, small_disk, prompts
):
    from copro_desktop.queue.tables import QueueTurn
    from tests.queue.panel_steps import stored

    paths = paths_on_small_disk
    engine, group = saved_work(paths)
    groups = GroupService(engine)
    groups.add_member(group.id, "Sam", "carer")
    meeting = groups.plan_meeting(group.id, "March meeting", date(2026, 3, 4), "Hall")
    groups.set_meeting_status(meeting.id, "in_progress")
    window = MainWindow(engine, prompts)
    qtbot.addWidget(window)
    window.show()
    window.context.open_group(group.id)
    panel = window.open_panel("queue")
    panel.who.setText("Sam")
    panel.raise_hand("new_point")
    panel.next_speaker()
    filler = fill(small_disk)

    panel.who.setFocus()
    qtbot.keyClicks(panel.who, "Visiting Vic")
    qtbot.keyClick(panel.who, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(kind == "warn" for kind, _, _ in prompts.shown))
    _, text = prompts.last("warn")
    assert text.startswith("“Raise a hand for Visiting Vic” could not be done. Your computer's disk is full")
    assert panel.who.text() == "Visiting Vic"  # kept, to try again
    panel.model.checkpoint()  # the running turn's own writes fail quietly; the timer goes on
    panel.model.written()
    assert panel.speaker_name.text() == "Sam"

    filler.unlink()
    panel.raise_hand("new_point")
    assert [row.name for row in panel.model.rows] == ["Visiting Vic (guest)"]
    assert len(stored(engine, QueueTurn)) == 1
    window.close()
    engine.dispose()
