"""What really went wrong with a file, told apart by SQLite's error codes and the system's errno.

"Damaged" is said only when SQLite itself says so. Everything else (no permission,
a full disk, a file another program holds) has its own name and its own advice.
"""

import errno
import shutil
import sqlite3
from enum import Enum
from pathlib import Path

from copro_desktop.i18n import translate


class Trouble(Enum):
    DAMAGED = "damaged"
    NOT_ALLOWED = "not_allowed"  # permission denied, a read-only file, folder or disk
    DISK_FULL = "disk_full"
    BUSY = "busy"  # another program holds the file
    OTHER = "other"


_SQLITE_NAMES = {
    "SQLITE_CORRUPT": Trouble.DAMAGED,
    "SQLITE_NOTADB": Trouble.DAMAGED,
    "SQLITE_FULL": Trouble.DISK_FULL,
    "SQLITE_READONLY": Trouble.NOT_ALLOWED,
    "SQLITE_PERM": Trouble.NOT_ALLOWED,
    "SQLITE_AUTH": Trouble.NOT_ALLOWED,
    "SQLITE_CANTOPEN": Trouble.NOT_ALLOWED,
    "SQLITE_BUSY": Trouble.BUSY,
    "SQLITE_LOCKED": Trouble.BUSY,
}

_ERRNOS = {
    errno.ENOSPC: Trouble.DISK_FULL,
    errno.EDQUOT: Trouble.DISK_FULL,
    errno.EACCES: Trouble.NOT_ALLOWED,
    errno.EPERM: Trouble.NOT_ALLOWED,
    errno.EROFS: Trouble.NOT_ALLOWED,
}


def classify(error: BaseException, folder=None) -> Trouble:
    """Name the trouble behind an error, looking through SQLAlchemy's wrapper and any cause.

    folder: where the file lives. SQLite reports some writes on a full disk as a plain
    input/output error (growing its shared-memory file, say); the free space tells them apart.
    """
    if folder is not None and _io_error(error) and _nearly_full(folder):
        return Trouble.DISK_FULL
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, sqlite3.Error):
            name = getattr(error, "sqlite_errorname", "") or ""
            # Extended codes (SQLITE_READONLY_DBMOVED, SQLITE_IOERR_SHMSIZE…) share a base name.
            base = "_".join(name.split("_")[:2])
            if base in _SQLITE_NAMES:
                return _SQLITE_NAMES[base]
            if "disk is full" in str(error):
                return Trouble.DISK_FULL
        if isinstance(error, OSError) and error.errno in _ERRNOS:
            return _ERRNOS[error.errno]
        error = getattr(error, "orig", None) or error.__cause__ or error.__context__
    return Trouble.OTHER


def _io_error(error: BaseException) -> bool:
    original = getattr(error, "orig", None) or error
    return str(getattr(original, "sqlite_errorname", "")).startswith("SQLITE_IOERR")


def _nearly_full(folder) -> bool:
    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def why_nothing_can_be_saved(trouble: Trouble, where: Path, *, app_named: bool = True) -> str:
    """The reason, in words that fit after "because": one wording wherever the app says it.

    app_named=False says "it" for the app, where the sentence has just named it.
    """
    if trouble is Trouble.DISK_FULL:
        return translate("Problems", "the computer's disk is full")
    if where.is_file():
        if app_named:
            return translate("Problems", "Copro Desktop is not allowed to change the file {file}").format(file=where)
        return translate("Problems", "it is not allowed to change the file {file}").format(file=where)
    if app_named:
        return translate("Problems", "Copro Desktop is not allowed to save in {folder}").format(folder=where)
    return translate("Problems", "it is not allowed to save in {folder}").format(folder=where)


def what_to_do(trouble: Trouble) -> str:
    """What the person can do about it, to follow "To make changes, …" and similar."""
    if trouble is Trouble.DISK_FULL:
        return translate(
            "Problems", "free some space on the disk (empty the rubbish bin, delete large files you do not need)"
        )
    return translate(
        "Problems",
        "ask whoever looks after this computer to let your user account change that folder and the files in it",
    )
