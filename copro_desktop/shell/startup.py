"""Opening the saved work at start-up, explaining any problem in plain words.

Never shows a traceback, never moves a healthy file, and in every question the
default answer is the one that changes nothing.
"""

import logging
import sqlite3
from dataclasses import dataclass, replace

from sqlalchemy import Engine

from copro_desktop.clock import local_text
from copro_desktop.db import backups
from copro_desktop.db.opening import (
    CannotSave,
    DamagedDatabase,
    HalfMade,
    HeldByAnotherProgram,
    NeedsBackups,
    StartupProblem,
    open_database,
    open_read_only,
    restore_backup,
    set_aside,
    write_trouble,
)
from copro_desktop.db.problems import Trouble, classify, what_to_do, why_nothing_can_be_saved
from copro_desktop.i18n import COUNTED, QT_TRANSLATE_NOOP, translate
from copro_desktop.paths import DataPaths
from copro_desktop.ui.prompts import Prompts

log = logging.getLogger(__name__)


def _title() -> str:
    return translate("Startup", "Copro Desktop could not open your saved work")


@dataclass(frozen=True)
class OpenedWork:
    engine: Engine
    read_only_reason: str | None = None  # plain words for the banner when nothing can be changed
    notice: str | None = None  # what start-up did, said once in the status bar (a backup brought back)


def open_or_explain(paths: DataPaths, prompts: Prompts, *, restored: bool = False) -> OpenedWork | None:
    """The work to show, or None if the app should close. restored: a backup was just put in place."""
    notice, fresh = None, False
    while True:
        try:
            return OpenedWork(open_database(paths, start_fresh=fresh, restored=restored), notice=notice)
        except HalfMade as problem:
            set_aside(paths, "half-made")
            prompts.inform(None, "Copro Desktop", str(problem))
        except HeldByAnotherProgram as problem:
            answer = prompts.choose(
                None,
                _title(),
                str(problem),
                [("retry", translate("Startup", "&Try again")), ("quit", translate("Startup", "&Close"))],
                "quit",
            )
            if answer != "retry":
                return None
        except CannotSave as problem:
            log.warning("Cannot save in %s: %s", paths.root, problem.trouble.value)
            if not problem.readable:
                prompts.warn(None, translate("Startup", "Copro Desktop cannot start"), str(problem))
                return None
            return OpenedWork(open_read_only(paths), read_only_reason=str(problem))
        except NeedsBackups as problem:
            recovered = _recover(paths, prompts, problem)
            if recovered is None:
                return None
            notice, fresh = recovered  # fresh: started again, so not offered the backups again at once
            restored = not fresh
        except StartupProblem as problem:
            log.warning("Refused to open %s: %s", paths.database, problem)
            prompts.warn(None, _title(), str(problem))
            return None


def _recover(paths: DataPaths, prompts: Prompts, problem: NeedsBackups) -> tuple[str, bool] | None:
    """Ask what to do about a damaged, missing or empty file.

    Returns what was done (for the status bar) and whether the person started again; None to close.
    """
    damaged = isinstance(problem, DamagedDatabase)
    why = "damaged" if damaged else "empty"
    text = f"{problem}"
    if damaged:
        text += "\n\n" + translate(
            "Startup",
            "Nothing has been deleted. If you go on, the damaged file is kept, unchanged, in "
            "{folder}, so that someone can try to rescue it.",
        ).format(folder=paths.kept_aside)
    trouble = write_trouble(paths)
    if trouble is not None:
        cannot = translate("Startup", "Copro Desktop cannot repair it here: {why}").format(
            why=_unwritable(trouble, paths)
        )
        prompts.warn(None, _title(), f"{text}\n\n{cannot}")
        return None
    choices = []
    if problem.healthy:
        newest = problem.healthy[0]
        count = len(problem.healthy)
        if count == 1:
            found = translate("Startup", "There is 1 good backup. The newest is from {moment}.")
        else:
            found = translate(
                "Startup", "There are %n good backups. The newest is from {moment}.", None, COUNTED, count
            )
        text += "\n\n" + found.format(moment=local_text(newest.made_at))
        choices.append(("restore", translate("Startup", "&Use a backup…")))
    else:
        text += "\n\n" + translate("Startup", "There is no backup to go back to.")
    choices += [
        ("fresh", translate("Startup", "&Start again with no saved work")),
        ("quit", translate("Startup", "&Close Copro Desktop")),
    ]
    while True:
        answer = prompts.choose(None, _title(), text, choices, "quit")
        if answer == "fresh":
            if not prompts.confirm(
                None,
                translate("Startup", "Start again with no saved work"),
                translate(
                    "Startup",
                    "Start again with no saved work? Your backups stay in "
                    "{folder}: you can go back to one later with File, Go back to a backup.",
                ).format(folder=paths.backups),
                translate("Startup", "&Start again"),
            ):
                continue
            kept = set_aside(paths, why)
            if kept:
                return translate(
                    "Startup", "Started again with no saved work. The old file is kept in {folder}."
                ).format(folder=kept.parent), True
            return translate("Startup", "Started again with no saved work."), True
        if answer != "restore":
            return None
        chosen = pick_backup(
            paths,
            prompts,
            problem.healthy,
            translate(
                "Startup", "The one you choose replaces the file that could not be opened, which is kept in {folder}."
            ).format(folder=paths.kept_aside),
        )
        if chosen is None:
            continue  # back to the question
        try:
            restore_backup(paths, chosen, why)
        except (OSError, sqlite3.Error, backups.BackupFailed) as error:
            log.exception("Could not restore %s", chosen.path)
            prompts.warn(
                None,
                _title(),
                translate("Startup", "That backup could not be used: {why}").format(
                    why=_unwritable(classify(error), paths)
                ),
            )
            continue
        log.warning("Restored the backup from %s", chosen.made_at)
        return _back_as_it_was(chosen), False


_WHY_MADE = {
    "on-closing": QT_TRANSLATE_NOOP("Startup", "made when Copro Desktop was closed"),
    "during": QT_TRANSLATE_NOOP("Startup", "made while you were working"),
    "before-update": QT_TRANSLATE_NOOP("Startup", "made before an update"),
    "before-going-back": QT_TRANSLATE_NOOP("Startup", "made before going back to an older backup"),
}


def pick_backup(
    paths: DataPaths, prompts: Prompts, healthy: list[backups.Backup], what_happens: str, parent=None
) -> backups.Backup | None:
    """The backups, newest first, each with when, why and what it holds; None for Cancel."""
    labels = []
    for backup in healthy:
        why = _WHY_MADE.get(backup.reason)
        if why:
            why = translate("Startup", why)
            heading = translate("Startup", "{moment}, {why}").format(moment=moment(backup), why=why)
        else:
            heading = moment(backup)
        labels.append(f"{heading}\n{backups.describe(backup.path).summary()}")
    index = prompts.pick(
        parent,
        translate("Startup", "Choose a backup"),
        translate("Startup", "Newest first. {what_happens}").format(what_happens=what_happens),
        labels,
        translate("Startup", "&Use this backup"),
    )
    return None if index is None else healthy[index]


def go_back(paths: DataPaths, backup: backups.Backup, prompts: Prompts) -> OpenedWork | None:
    """Put a chosen backup in place of the work (already backed up itself) and open it as start-up does."""
    try:
        restore_backup(paths, backup, why=None)
    except (OSError, sqlite3.Error, backups.BackupFailed):
        log.exception("Could not go back to %s", backup.path)
        prompts.warn(
            None,
            translate("Startup", "Go back to a backup"),
            translate("Startup", "That backup could not be used, so your work is as it was."),
        )
        return open_or_explain(paths, prompts)
    log.warning("Went back to the backup from %s", backup.made_at)
    opened = open_or_explain(paths, prompts, restored=True)
    if opened is None:
        return None
    back = _back_as_it_was(backup)
    return replace(opened, notice=f"{back} {opened.notice}" if opened.notice else back)


def _back_as_it_was(backup: backups.Backup) -> str:
    return translate("Startup", "Your work is back as it was on {moment}.").format(moment=moment(backup))


def moment(backup: backups.Backup) -> str:
    """To the second: two backups can fall in the same minute."""
    return local_text(backup.made_at, seconds=True)


def _unwritable(trouble: Trouble, paths: DataPaths) -> str:
    if trouble in (Trouble.DISK_FULL, Trouble.NOT_ALLOWED):
        return translate("Startup", "{why}. To repair it, {fix}, then open Copro Desktop again.").format(
            why=why_nothing_can_be_saved(trouble, paths.root), fix=what_to_do(trouble)
        )
    return translate("Startup", "something went wrong. Details were written to {file}.").format(file=paths.log_file)
