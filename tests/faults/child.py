"""Run the app's start-up in a child process and report, as JSON, what the person was told.

Used by the fault tests that need a real process: no root powers over file
permissions, a kill straight after an action. Run as `python -m tests.faults.child CASE FOLDER`.
"""

import json
import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"


def recording_prompts(told: list):
    from copro_desktop.ui.prompts import Prompts

    class Recording(Prompts):
        def warn(self, parent, title, text):
            told.append({"kind": "warn", "text": text})

        def inform(self, parent, title, text):
            told.append({"kind": "inform", "text": text})

        def choose(self, parent, title, text, choices, safe):
            told.append({"kind": "choose", "text": text, "offered": [k for k, _ in choices], "safe": safe})
            return safe  # what pressing Enter or Escape does

        def confirm(self, parent, title, text, yes_label):
            told.append({"kind": "confirm", "text": text})
            return True

    return Recording


def whole_app(folder: Path) -> dict:
    """The real main(), with questions answered by their default."""
    import copro_desktop.ui.prompts as prompts_module
    from copro_desktop import app

    told: list = []
    prompts_module.Prompts = recording_prompts(told)
    code = app.main(["--data-dir", str(folder)])
    return {"code": code, "told": told}


def look_read_only(folder: Path) -> dict:
    """Open as start-up does, build the window, try to change something, say what happened."""
    from PySide6.QtWidgets import QApplication, QLabel

    from copro_desktop.paths import DataPaths
    from copro_desktop.shell.main_window import MainWindow
    from copro_desktop.shell.startup import open_or_explain

    told: list = []
    prompts = recording_prompts(told)()
    app = QApplication([])
    opened = open_or_explain(DataPaths(folder), prompts)
    if opened is None:
        return {"opened": False, "told": told}
    window = MainWindow(opened.engine, prompts, opened.read_only_reason)
    window.show()
    app.processEvents()
    panel = window.page("agreements")
    panel.new_text.setText("Written while read-only")
    panel.propose()
    changers = _controls_that_could_change_something(window)
    result = {
        "opened": True,
        "told": told,
        "reason": opened.read_only_reason,
        "banner": [w.text() for w in window.findChildren(QLabel) if w.property("role") == "banner"],
        "enabled": changers,
        "undo entries": window.undo_stack.count(),
        "agreements": [a.text for a in window.page("agreements").model.items],
        "groups": [g.name for g in window.groups.groups()],
    }
    window.close()
    opened.engine.dispose()
    return result


# Controls that only look, move around or print: they may stay enabled when nothing can be changed.
_LOOKING = {
    "Show on projector", "Print agreements", "Print agreements…", "Show retired agreements",
    "Show example agreements", "History…", "Quit", "About Copro Desktop", "Blank or unblank the projector",
    "Larger text on the projector", "Smaller text on the projector", "Close the projector",
    "1 Agreements", "2 Members", "3 Meetings", "Undo", "Redo", "Show this panel on the projector",
    "Show on projector (F5)", "Agreements poster…", "Next page on the projector", "Previous page on the projector",
    "Keyboard shortcuts", "Where my work is kept", "About the panels", "4 Turn-taking", "Turn-taking cards…",
    "Show the balance to the room (F6)", "Show the balance by perspective to the room",
    "Save the turns as a spreadsheet file (Ctrl+Shift+E)…", "Save the turns as a spreadsheet file",
    "Back to the queue from the name box",
}  # fmt: skip


def _controls_that_could_change_something(window) -> list[str]:
    """Every enabled button, text box, menu item and tick box on every page, with a row chosen on each."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit

    from copro_desktop.ui.forms import plain

    found = []
    for key in ("members", "meetings", "agreements", "queue"):
        page = window.page(key)
        window.open_panel(key)
        table = getattr(page, "table", None) or getattr(page, "view", None)
        if table is not None and table.model().rowCount():
            table.setCurrentIndex(table.model().index(0, 0))
        for widget in page.findChildren(QAbstractButton):
            # Hidden ones (the revisit steps) cannot be reached: revisiting cannot start.
            shown = widget.isVisibleTo(page) and widget.text()
            if shown and widget.isEnabled() and plain(widget.text()) not in _LOOKING:
                found.append(f"{key}: {plain(widget.text())}")
        for widget in [*page.findChildren(QLineEdit), *page.findChildren(QPlainTextEdit)]:
            if widget.isEnabled() and not widget.isReadOnly() and widget.isVisibleTo(page):
                found.append(f"{key}: text box {widget.accessibleName()}")
        attendance = getattr(page, "attendance", None)
        for row in range(attendance.count() if attendance is not None else 0):
            if attendance.item(row).flags() & Qt.ItemFlag.ItemIsUserCheckable:
                found.append(f"{key}: tick {attendance.item(row).text()}")
    for action in window.findChildren(QAction):
        if action.menu() is not None or action.text() == "Main actions":
            continue  # opening a menu or hiding the toolbar changes nothing
        if action.isEnabled() and action.text() and plain(action.text()) not in _LOOKING:
            found.append(f"menu: {plain(action.text())}")
    for widget in window.welcome.findChildren(QAbstractButton):
        if widget.isEnabled():
            found.append(f"welcome: {plain(widget.text())}")
    if window.new_group_button.isEnabled():
        found.append("side: New group…")
    return found


def _work_with_sam(folder: Path):
    from copro_desktop.db import backups
    from copro_desktop.db.opening import open_database
    from copro_desktop.groups.service import GroupService
    from copro_desktop.paths import DataPaths

    paths = DataPaths(folder)
    groups = GroupService(open_database(paths))
    group = groups.create_group("Housing group")
    member = groups.add_member(group.id, "Sam", "lived_experience", sys.argv[3])
    groups.add_member(group.id, "Priya", "carer", "Large print")
    backups.make_backup(paths.database, paths.backups)
    return paths, groups, member


def _die() -> None:
    import signal

    os.kill(os.getpid(), signal.SIGKILL)


def remove_member_then_die(folder: Path) -> None:
    """Delete a member straight after making backups of them, then die at once as a crash would."""
    from copro_desktop.db import backups

    paths, groups, member = _work_with_sam(folder)
    groups.update_member(member.id, "Sam", "lived_experience", sys.argv[3] + " and more")
    backups.make_backup(paths.database, paths.backups)
    groups.remove_member(member.id)
    _die()


def remove_member_killed_before_the_backups(folder: Path) -> None:
    """The member's row is deleted and committed, then the app dies before any backup is cleaned."""
    from copro_desktop.db import erasure

    _paths, groups, member = _work_with_sam(folder)
    erasure.finish_pending = lambda _engine: _die()
    groups.remove_member(member.id)


def turn_then_die(folder: Path) -> None:
    """A turn runs in the real window; its progress is written by the five-second timer's own slot;
    three seconds later the app dies at once, as a crash or a pulled battery would."""
    from datetime import date, datetime, timedelta, timezone

    from PySide6.QtWidgets import QApplication

    from copro_desktop.db.opening import open_database
    from copro_desktop.groups.service import GroupService
    from copro_desktop.paths import DataPaths
    from copro_desktop.queue.model import queue_model
    from copro_desktop.shell.main_window import MainWindow

    app = QApplication([])
    engine = open_database(DataPaths(folder))
    groups = GroupService(engine)
    group = groups.create_group("Housing group")
    groups.add_member(group.id, "Sam", "lived_experience")
    meeting = groups.plan_meeting(group.id, "March meeting", date(2026, 3, 4), "Hall")
    groups.set_meeting_status(meeting.id, "in_progress")
    window = MainWindow(engine, recording_prompts([])())
    clock = [datetime(2026, 3, 4, 10, 0, tzinfo=timezone.utc)]
    model = queue_model(window.context)
    model.now = lambda: clock[0]
    window.context.open_group(group.id)
    window.show()
    panel = window.open_panel("queue")
    panel.who.setText("Sam")
    panel.raise_hand("new_point")
    panel.next_speaker()
    app.processEvents()
    clock[0] += timedelta(seconds=7)
    model.checkpoints.timeout.emit()  # what the running timer does every five seconds
    model.written()
    clock[0] += timedelta(seconds=3)
    model.tick()
    _die()


def go_back_in_the_app(folder: Path) -> dict:
    """The real main(): work with two groups, go back to the backup that had one, see what opens."""
    import copro_desktop.ui.prompts as prompts_module
    from copro_desktop import app
    from copro_desktop.db import backups
    from copro_desktop.db.opening import open_database
    from copro_desktop.groups.service import GroupService
    from copro_desktop.paths import DataPaths

    paths = DataPaths(folder)
    engine = open_database(paths)
    GroupService(engine).create_group("Housing group")
    backups.make_backup(paths.database, paths.backups)
    GroupService(engine).create_group("Peer support")
    engine.dispose()

    told: list = []

    class Answering(recording_prompts(told)):
        def pick(self, parent, title, text, items, action_label):
            told.append({"kind": "pick", "items": items})
            return len(items) - 1  # the oldest: one group

    prompts_module.Prompts = Answering
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from copro_desktop.shell.main_window import MainWindow

    real_exec, seen = QApplication.exec, []

    def exec_once_per_window(*_):
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen.append({"groups": [g.name for g in window.groups.groups()], "status": window.statusBar().currentMessage()})
        QTimer.singleShot(0, window.go_back_to_backup if len(seen) == 1 else window.close)
        return real_exec()

    QApplication.exec = exec_once_per_window
    code = app.main(["--data-dir", str(folder)])
    return {"code": code, "seen": seen, "told": told}


CASES = {
    "go_back_in_the_app": go_back_in_the_app,
    "whole_app": whole_app,
    "look_read_only": look_read_only,
    "remove_member_then_die": remove_member_then_die,
    "remove_member_killed_before_the_backups": remove_member_killed_before_the_backups,
    "turn_then_die": turn_then_die,
}

if __name__ == "__main__":
    outcome = CASES[sys.argv[1]](Path(sys.argv[2]))
    print("RESULT " + json.dumps(outcome))
