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
    from copro_desktop.shell.prompts import Prompts

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
    import copro_desktop.shell.prompts as prompts_module
    from copro_desktop import app

    told: list = []
    prompts_module.Prompts = recording_prompts(told)
    code = app.main(["--data-dir", str(folder)])
    return {"code": code, "told": told}


def look_read_only(folder: Path) -> dict:
    """Open as start-up does, build the window, try to change something, say what happened."""
    from PySide6.QtWidgets import QApplication

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
    members = window.page("members")
    result = {
        "opened": True,
        "told": told,
        "reason": opened.read_only_reason,
        "banner": [w.text() for w in window.findChildren(type(panel.revisit_state)) if w.property("role") == "banner"],
        "enabled": {
            "propose": panel.propose_button.isEnabled(),
            "new agreement text": panel.new_text.isEnabled(),
            "add member": members.add.isEnabled(),
            "undo": window.undo_action.isEnabled(),
        },
        "undo entries": window.undo_stack.count(),
        "agreements": [a.text for a in window.agreements.items],
        "groups": [g.name for g in window.groups.groups()],
    }
    window.close()
    opened.engine.dispose()
    return result


def remove_member_then_die(folder: Path) -> None:
    """Delete a member straight after making backups of them, then die at once as a crash would."""
    import signal

    from copro_desktop.db import backups
    from copro_desktop.db.opening import open_database
    from copro_desktop.groups.service import GroupService
    from copro_desktop.paths import DataPaths

    paths = DataPaths(folder)
    engine = open_database(paths)
    groups = GroupService(engine)
    group = groups.create_group("Housing group")
    member = groups.add_member(group.id, "Sam", "lived_experience", sys.argv[3])
    groups.add_member(group.id, "Priya", "carer", "Large print")
    backups.make_backup(paths.database, paths.backups)
    groups.update_member(member.id, "Sam", "lived_experience", sys.argv[3] + " and more")
    backups.make_backup(paths.database, paths.backups)
    groups.remove_member(member.id)
    os.kill(os.getpid(), signal.SIGKILL)


def remove_member_killed_before_the_backups(folder: Path) -> None:
    """The member's row is deleted and committed, then the app dies before any backup is cleaned."""
    import signal

    from copro_desktop.db import backups, erasure
    from copro_desktop.db.opening import open_database
    from copro_desktop.groups.service import GroupService
    from copro_desktop.paths import DataPaths

    paths = DataPaths(folder)
    engine = open_database(paths)
    groups = GroupService(engine)
    group = groups.create_group("Housing group")
    member = groups.add_member(group.id, "Sam", "lived_experience", sys.argv[3])
    backups.make_backup(paths.database, paths.backups)
    erasure.finish_pending = lambda _engine: os.kill(os.getpid(), signal.SIGKILL)
    groups.remove_member(member.id)


CASES = {
    "whole_app": whole_app,
    "look_read_only": look_read_only,
    "remove_member_then_die": remove_member_then_die,
    "remove_member_killed_before_the_backups": remove_member_killed_before_the_backups,
}

if __name__ == "__main__":
    outcome = CASES[sys.argv[1]](Path(sys.argv[2]))
    print("RESULT " + json.dumps(outcome))
