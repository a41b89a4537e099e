"""Deleted means gone: a removed member's private words are in no file of the data folder, even after a kill."""

import os

from PySide6.QtCore import Qt

from copro_desktop.db import backups
from copro_desktop.db.opening import open_database
from copro_desktop.groups.service import GroupService
from copro_desktop.paths import DataPaths
from copro_desktop.groups.dialogs import MemberDialog
from tests.faults.running import run_child
from tests.helpers import add_member_through_dialog, when_dialog_opens

MARKER = "MARKER-access-needs-5d1c"


def times_found(folder, text):
    needle = text.encode("utf-8")
    return {str(p): p.read_bytes().count(needle) for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()}


def test_removing_a_member_removes_their_words_from_every_file(qtbot, window, paths, services, group):
    groups, _ = services
    window.context.open_group(group.id)
    members = window.page("members")
    add_member_through_dialog(qtbot, members, "Sam", "Lived experience", MARKER)
    add_member_through_dialog(qtbot, members, "Priya", "Carer or supporter", "Large print")
    backups.make_backup(paths.database, paths.backups)
    sam = next(m for m in groups.members(group.id) if m.display_name == "Sam")

    def add_more(dialog):
        dialog.access_needs.moveCursor(dialog.access_needs.textCursor().MoveOperation.End)
        qtbot.keyClicks(dialog.access_needs, " and a quiet room")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    members.table.choose_row(members.model.row_of(sam.id))
    when_dialog_opens(MemberDialog, add_more)
    qtbot.mouseClick(members.edit, Qt.MouseButton.LeftButton)
    backups.make_backup(paths.database, paths.backups)
    assert times_found(paths.root, MARKER)  # it really was written, in the file, its log and backups

    members.table.choose_row(members.model.row_of(sam.id))
    window.prompts.confirmations.append(True)
    qtbot.mouseClick(members.remove, Qt.MouseButton.LeftButton)
    title, text = window.prompts.last("confirm")
    assert "deleted for good, also from Copro Desktop's backups" in text
    assert times_found(paths.root, MARKER) == {}
    assert [m.display_name for m in groups.members(group.id)] == ["Priya"]
    assert "also from 2 backups" in window.statusBar().currentMessage()
    assert all(backups.is_healthy(b.path) for b in backups.list_backups(paths.backups))


def test_the_words_are_gone_even_when_the_app_is_killed_straight_after(tmp_path):
    folder = tmp_path / "data"
    completed = run_child("remove_member_then_die", folder, MARKER)
    assert completed.returncode == -9, completed.stderr
    assert times_found(folder, MARKER) == {}
    assert len(backups.healthy_backups(folder / "backups")) == 2


def test_removing_a_group_removes_everything_in_it_everywhere(qtbot, window, paths, services, group):
    groups, agreements = services
    other = groups.create_group("Carers' forum")
    sam = groups.add_member(group.id, "Sam", "carer", MARKER)
    agreements.propose(group.id, f"We keep {MARKER} private", proposed_by_id=sam.id)
    backups.make_backup(paths.database, paths.backups)
    window.context.open_group(group.id)
    members = window.page("members")
    window.prompts.confirmations.append(True)
    qtbot.mouseClick(members.remove_group, Qt.MouseButton.LeftButton)
    _, text = window.prompts.last("confirm")
    assert "with all its members, meetings and agreements" in text and "cannot be undone" in text
    assert times_found(paths.root, MARKER) == {}
    assert [g.name for g in groups.groups()] == [other.name]
    assert window.context.group.name == other.name
    assert window.group_choice.currentText() == other.name


def test_a_kill_after_the_delete_but_before_the_backups_are_cleaned_is_finished_at_the_next_start(tmp_path):
    folder = tmp_path / "data"
    completed = run_child("remove_member_killed_before_the_backups", folder, MARKER)
    assert completed.returncode == -9, completed.stderr
    assert times_found(folder / "backups", MARKER)  # the crash really came before the backups were cleaned
    open_database(DataPaths(folder)).dispose()
    assert times_found(folder, MARKER) == {}


def test_a_full_disk_while_cleaning_backups_is_told_and_finished_later(small_disk):
    from tests.faults.conftest import fill

    paths = DataPaths(small_disk / "data")
    engine = open_database(paths)
    groups = GroupService(engine)
    group = groups.create_group("Housing group")
    sam = groups.add_member(group.id, "Sam", "carer", MARKER + " " + "x" * 1500)
    for _ in range(3):
        backups.make_backup(paths.database, paths.backups)
    filler = fill(small_disk)
    os.truncate(filler, filler.stat().st_size - 40_000)  # room for the deletion itself, not for a copy
    erased = groups.remove_member(sam.id)
    assert groups.members(group.id) == []
    assert erased.not_yet >= 1
    assert "could not be cleaned yet" in erased.summary("Sam") and "try again the next time it starts" in erased.summary("Sam")
    engine.dispose()
    filler.unlink()
    open_database(paths).dispose()  # the next start finishes the job
    assert times_found(paths.root, MARKER) == {}


def test_files_kept_aside_are_cleaned_where_they_can_be_and_named_where_they_cannot(paths, services, group):
    groups, _ = services
    sam = groups.add_member(group.id, "Sam", "carer", MARKER)
    good = backups.make_backup(paths.database, paths.backups)
    paths.kept_aside.mkdir()
    readable = paths.kept_aside / "copro-empty-20260101-000000-000000.sqlite3"
    readable.write_bytes(good.path.read_bytes())
    damaged = paths.kept_aside / "copro-damaged-20260101-000000-000000.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + bytes(200) + MARKER.encode() + bytes(5000))
    with_log = paths.kept_aside / "copro-damaged-20260102-000000-000000.sqlite3"
    with_log.write_bytes(good.path.read_bytes())
    with_log.with_name(with_log.name + "-wal").write_bytes(MARKER.encode() * 10)  # unsaved pages beside it
    erased = groups.remove_member(sam.id)
    assert MARKER.encode() not in readable.read_bytes()
    assert erased.damaged_kept_aside == (damaged, with_log)
    assert "2 damaged files kept in" in erased.summary("Sam") and "delete them" in erased.summary("Sam")


def test_restoring_an_older_backup_never_brings_back_someone_removed(paths, prompts, monkeypatch):
    from copro_desktop.shell.startup import open_or_explain

    engine = open_database(paths)
    groups = GroupService(engine)
    group = groups.create_group("Housing group")
    sam = groups.add_member(group.id, "Sam", "carer", MARKER)
    backups.make_backup(paths.database, paths.backups)  # holds Sam
    real_erase = backups.erase_everywhere
    monkeypatch.setattr(backups, "erase_everywhere", lambda *a: backups.ErasedFromCopies(failed=(paths.backups,)))
    assert groups.remove_member(sam.id).not_yet == 1  # the backup could not be cleaned (a full disk)
    backups.make_backup(paths.database, paths.backups)  # holds the note, not Sam
    engine.dispose()
    monkeypatch.setattr(backups, "erase_everywhere", real_erase)  # space again
    paths.database.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)  # then the file is damaged
    for side in paths.database_side_files():
        side.unlink(missing_ok=True)

    prompts.choices.append("restore")
    prompts.picks.append(1)  # the older backup, from before the removal
    opened = open_or_explain(paths, prompts)
    assert [m.display_name for m in GroupService(opened.engine).members(group.id)] == []
    opened.engine.dispose()
    assert times_found(paths.root, MARKER) == {}
