"""Plain words for things that go wrong. Details go to the log file, never to the screen."""

import logging
import sys
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path

from copro_desktop.db.problems import Trouble, classify
from copro_desktop.i18n import translate
from copro_desktop.paths import DataPaths, make_private
from copro_desktop.text_rules import InvalidInput

log = logging.getLogger("copro_desktop")


def friendly_message(error: BaseException, log_file: Path | None = None) -> str:
    if isinstance(error, InvalidInput):
        return str(error)
    trouble = classify(error)
    if trouble is Trouble.DISK_FULL:
        return translate(
            "Errors",
            "Your computer's disk is full, so the last change could not be saved. "
            "Everything before it is safe. Please free some space and try again.",
        )
    if trouble is Trouble.NOT_ALLOWED:
        return translate(
            "Errors",
            "Copro Desktop is not allowed to save to its folder, so the last change was not saved. "
            "Everything before it is safe.",
        )
    if trouble is Trouble.BUSY:
        return translate(
            "Errors",
            "Another program was using the saved work file, so the last change was not saved. "
            "Everything before it is safe. Please try again in a moment.",
        )
    if isinstance(error, LookupError) and error.args and isinstance(error.args[0], str) and error.args[0].endswith("."):
        return error.args[0]  # our own plain words, such as "That meeting has been removed."
    if log_file:
        return translate(
            "Errors",
            "Something went wrong and the last action did not finish. Your work up to then is saved. "
            "Details were written to {file}.",
        ).format(file=log_file)
    return translate(
        "Errors", "Something went wrong and the last action did not finish. Your work up to then is saved."
    )


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """Each log file (also the ones made when it rolls over) is readable by its owner only."""

    def _open(self):
        stream = super()._open()
        make_private(Path(self.baseFilename))
        return stream


def set_up_logging(paths: DataPaths) -> Path | None:
    """Log to the data folder, owner-only. Returns the log file, or None where the folder cannot be written."""
    logging.raiseExceptions = False  # a full disk must not print a logging traceback to the terminal
    log.setLevel(logging.INFO)
    try:
        paths.ensure()
        handler = _PrivateRotatingFileHandler(paths.log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        log.addHandler(logging.NullHandler())
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    return paths.log_file


def install_excepthook(show: Callable[[str], None], log_file: Path | None) -> None:
    """No traceback reaches the facilitator: log it, then show plain words."""

    def hook(kind, error, trace):
        if not isinstance(error, InvalidInput):
            log.error("Unexpected error", exc_info=(kind, error, trace))
        try:
            show(friendly_message(error, log_file))
        except Exception:  # showing the message must never raise again
            log.exception("Could not show the error message")

    sys.excepthook = hook
