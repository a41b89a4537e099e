"""Deleted means gone: a removed member's private words are in no file of the data folder, even after a kill."""

from PySide6.QtCore import Qt

from copro_desktop.db import backups
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
    qtbot.mouseClick(members.remove_group, Qt.MouseButton.LeftButton)
    _, text = window.prompts.last("confirm")
    assert "with all its members, meetings and agreements" in text and "cannot be undone" in text
    assert times_found(paths.root, MARKER) == {}
    assert [g.name for g in groups.groups()] == [other.name]
    assert window.context.group.name == other.name
    assert window.group_choice.currentText() == other.name
