"""Opening the saved work at start-up, explaining any problem in plain words."""

import logging

from sqlalchemy import Engine

from copro_desktop.clock import local_text
from copro_desktop.db.opening import (
    DamagedDatabase,
    StartupProblem,
    keep_damaged_file_aside,
    open_database,
    restore_backup,
)
from copro_desktop.paths import DataPaths
from copro_desktop.shell.prompts import Prompts

log = logging.getLogger(__name__)
TITLE = "Copro Desktop could not open your saved work"


def open_or_explain(paths: DataPaths, prompts: Prompts) -> Engine | None:
    """The engine to work with, or None if the app should close. Never shows a traceback."""
    try:
        return open_database(paths)
    except DamagedDatabase as problem:
        return _recover(paths, prompts, problem)
    except StartupProblem as problem:
        log.warning("Refused to open %s: %s", paths.database, problem)
        prompts.warn(None, TITLE, str(problem))
        return None


def _recover(paths: DataPaths, prompts: Prompts, problem: DamagedDatabase) -> Engine | None:
    backup = problem.newest_backup
    text = (
        f"{problem}\n\nNothing has been deleted. If you go on, the damaged file is kept, unchanged, in "
        f"{paths.kept_aside}, so that someone can try to rescue it."
    )
    choices = []
    if backup is not None:
        text += f"\n\nThe newest good backup is from {local_text(backup.made_at)}."
        choices.append(("restore", "Use the newest backup"))
    else:
        text += "\n\nThere is no backup to go back to."
    choices += [("fresh", "Start again with no saved work"), ("quit", "Close Copro Desktop")]
    answer = prompts.choose(None, TITLE, text, choices)
    if answer not in ("restore", "fresh"):
        return None
    kept = keep_damaged_file_aside(paths)
    log.warning("Kept the damaged file aside at %s", kept)
    if answer == "restore":
        restore_backup(paths, backup)
    return open_database(paths)
