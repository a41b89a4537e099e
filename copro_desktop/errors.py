"""Plain words for things that go wrong. Details go to the log file, never to the screen."""

import logging
import sqlite3
import sys
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path

from copro_desktop.text_rules import InvalidInput

log = logging.getLogger("copro_desktop")


def friendly_message(error: BaseException, log_file: Path | None = None) -> str:
    if isinstance(error, InvalidInput):
        return str(error)
    text = str(error).lower()
    if isinstance(error, (OSError, sqlite3.Error)) or "sqlite3" in type(error).__module__ or "sqlalchemy" in type(
        error
    ).__module__:
        if "disk is full" in text or "no space" in text:
            return (
                "Your computer's disk is full, so the last change could not be saved. "
                "Everything before it is safe. Please free some space and try again."
            )
        if "readonly" in text or "read-only" in text or "permission" in text:
            return (
                "Copro Desktop is not allowed to save to its folder, so the last change was not saved. "
                "Everything before it is safe."
            )
    where = f" Details were written to {log_file}." if log_file else ""
    return f"Something went wrong and the last action did not finish. Your work up to then is saved.{where}"


def set_up_logging(log_file: Path) -> None:
    handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def install_excepthook(show: Callable[[str], None], log_file: Path) -> None:
    """No traceback reaches the facilitator: log it, then show plain words."""

    def hook(kind, error, trace):
        if not isinstance(error, InvalidInput):
            log.error("Unexpected error", exc_info=(kind, error, trace))
        try:
            show(friendly_message(error, log_file))
        except Exception:  # showing the message must never raise again
            log.exception("Could not show the error message")

    sys.excepthook = hook
