"""Backups made with SQLite's backup API (never a file copy), checked and rotated."""

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

KEEP = 10
_PREFIX = "copro-"
_STAMP = "%Y%m%d-%H%M%S-%f"


class BackupFailed(Exception):
    pass


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime  # UTC


def is_healthy(path: Path) -> bool:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False


def copy_database(source: Path, target: Path) -> None:
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def make_backup(database: Path, folder: Path, reason: str = "daily") -> Backup:
    """Copy the database into the backups folder, check the copy, then rotate."""
    folder.mkdir(parents=True, exist_ok=True)
    made_at = datetime.now(timezone.utc)
    target = folder / f"{_PREFIX}{made_at.strftime(_STAMP)}-{reason}.sqlite3"
    copy_database(database, target)
    if not is_healthy(target):
        target.unlink(missing_ok=True)
        raise BackupFailed(f"The backup copy at {target} did not pass its check.")
    rotate(folder)
    return Backup(target, made_at)


def list_backups(folder: Path) -> list[Backup]:
    """Newest first."""
    found = []
    for path in folder.glob(f"{_PREFIX}*.sqlite3"):
        stamp = "-".join(path.stem[len(_PREFIX):].split("-")[:3])
        try:
            found.append(Backup(path, datetime.strptime(stamp, _STAMP).replace(tzinfo=timezone.utc)))
        except ValueError:
            continue
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def newest_healthy_backup(folder: Path) -> Backup | None:
    return next((b for b in list_backups(folder) if is_healthy(b.path)), None)


def rotate(folder: Path, keep: int = KEEP) -> None:
    for old in list_backups(folder)[keep:]:
        old.path.unlink(missing_ok=True)


def made_today(folder: Path) -> bool:
    backups = list_backups(folder)
    return bool(backups) and backups[0].made_at.date() == datetime.now(timezone.utc).date()
