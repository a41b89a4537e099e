"""Backups a facilitator can trust.

A backup is made with SQLite's backup API (never a file copy, which could catch the
live file half-written), written under a hidden partial name, checked, flushed to
disk and only then renamed to its final name. So a file with a backup's name is
always a whole, checked copy; anything that fails on the way is deleted at once.

Only the standard library is used: db/ imports no feature package and no Qt (the words for the
backup list are translated through i18n, which loads QtCore only when called).
"""

import logging
import os
import re
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from copro_desktop.clock import full_date, utc_now
from copro_desktop.db.engine import APPLICATION_ID
from copro_desktop.db.problems import Trouble, classify
from copro_desktop.i18n import COUNTED, translate

log = logging.getLogger(__name__)

_PREFIX = "copro-"
_STAMP = "%Y%m%d-%H%M%S-%f"
_SIDE_FILES = ("-wal", "-shm", "-journal")

# A backup is a few MB for years of meetings, and the thinning rule keeps about 30
# (2 days' worth, 12 daily, 11 weekly): well under 1 GiB. So the bound only bites if
# something runs away (a huge import, a bug making backups in a loop), and 1 GiB is
# still small next to a laptop's disk while never costing the recent history.
SIZE_LIMIT_BYTES = 1024**3
KEEP_WEEKLY_FOR = timedelta(weeks=13)  # about three months
GOING_BACK = "before-going-back"  # the reason of the backup made just before going back to an older one
_ALWAYS_KEEP_NEWEST = 3

# Rows that "delete means gone" may erase from backups. The names are checked
# against this set because they are put into SQL text.
ERASABLE_TABLES = frozenset({"working_group", "member", "meeting"})


class BackupFailed(Exception):
    pass


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime  # UTC

    @property
    def reason(self) -> str:
        """Why it was made ("on-closing", "during", "before-update"), from the end of its name."""
        return "-".join(self.path.stem[len(_PREFIX) :].split("-")[3:])


# --- making ----------------------------------------------------------------


def make_backup(database: Path, folder: Path, reason: str = "auto", *, thin_after: bool = True) -> Backup:
    """Copy the database into the folder as one checked, self-contained file, then thin the folder.

    thin_after=False while the person has a backup chosen, so thinning cannot take it away.
    """
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", reason):
        raise ValueError(f"A backup reason is lower-case words joined by dashes, not {reason!r}")
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)  # backups hold private data; older versions made the folder 0o755
    for leftover in folder.glob(f".{_PREFIX}*.partial*"):
        leftover.unlink(missing_ok=True)  # from a backup cut short by a crash
    made_at = utc_now()
    final = folder / f"{_PREFIX}{made_at.strftime(_STAMP)}-{reason}.sqlite3"
    _write_checked(database, final)
    if not thin_after:
        return Backup(final, made_at)
    try:
        thin(folder)
    except OSError:  # the backup itself is safe; a file we could not remove is tried again next time
        log.exception("Could not thin the backups folder")
    return Backup(final, made_at)


def copy_database(source: Path, target: Path) -> None:
    """Copy with SQLite's backup API, so the copy is consistent even while the app writes."""
    with closing(sqlite3.connect(_uri(source, "mode=ro"), uri=True)) as src:
        with closing(sqlite3.connect(target)) as dst:
            src.backup(dst)


def _write_checked(source: Path, final: Path, change: Callable[[sqlite3.Connection], None] | None = None) -> None:
    """Copy source to final (optionally changing the copy); final appears only when whole and checked."""
    partial = final.with_name(f".{final.stem}.partial")
    done = False
    try:
        expected = _table_names(source)
        # Created first with 0o600, so private data is never readable by others, even for a moment.
        os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        copy_database(source, partial)
        with closing(sqlite3.connect(partial, isolation_level=None)) as con:
            # The copy inherits the live file's WAL mode; DELETE makes it one self-contained file.
            con.execute("PRAGMA journal_mode=DELETE")
            if change:
                change(con)
        if not is_healthy(partial, expected):
            raise BackupFailed(f"The backup copy of {source.name} did not pass its check.")
        _fsync(partial)
        # SQLite replays a -wal it finds beside a file, whoever wrote it: none may outlive the old file.
        for suffix in _SIDE_FILES:
            final.with_name(final.name + suffix).unlink(missing_ok=True)
        os.replace(partial, final)
        if os.name == "posix":
            _fsync(final.parent)  # makes the rename itself survive a power cut
        done = True
    except (sqlite3.Error, OSError) as error:
        raise BackupFailed(_explain(error)) from error
    finally:
        if not done:
            remove_backup(partial)


def _explain(error: Exception) -> str:
    if classify(error) is Trouble.DISK_FULL:
        return "There is not enough free space on the disk to make a backup."
    return f"The backup could not be made: {error}"


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY if path.is_dir() else os.O_RDWR)  # Windows needs write access
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- checking and finding ---------------------------------------------------


def _uri(path: Path, options: str) -> str:
    return f"{path.resolve().as_uri()}?{options}"


def _read_only(path: Path) -> sqlite3.Connection:
    # immutable=1: reading never creates -wal/-shm beside a backup (the old side-file litter).
    return sqlite3.connect(_uri(path, "mode=ro&immutable=1"), uri=True)


def _names(con: sqlite3.Connection) -> set[str]:
    return {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _table_names(path: Path) -> set[str]:
    with closing(sqlite3.connect(_uri(path, "mode=ro"), uri=True)) as con:
        return _names(con)


def is_healthy(path: Path, expected_tables: set[str] | None = None) -> bool:
    """Whether the file is a whole Copro database that could be restored. Never raises."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False  # SQLite would happily call an empty file an empty database
        with closing(_read_only(path)) as con:
            if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return False
            if con.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return False
            tables = _names(con)
            if "alembic_version" not in tables or not con.execute("SELECT 1 FROM alembic_version").fetchone():
                return False
            return expected_tables is None or tables == expected_tables
    except (sqlite3.Error, OSError, ValueError):
        return False


def _passes_quick_check(path: Path) -> bool:
    try:
        with closing(_read_only(path)) as con:
            return con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except (sqlite3.Error, OSError):
        return False


def list_backups(folder: Path) -> list[Backup]:
    """Newest first. Partial files have a hidden name, so they never show up here."""
    found = []
    for path in folder.glob(f"{_PREFIX}*.sqlite3"):
        stamp = "-".join(path.stem[len(_PREFIX) :].split("-")[:3])
        try:
            found.append(Backup(path, datetime.strptime(stamp, _STAMP).replace(tzinfo=timezone.utc)))
        except ValueError:
            continue
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def healthy_backups(folder: Path) -> list[Backup]:
    return [b for b in list_backups(folder) if is_healthy(b.path)]


def newest_healthy_backup(folder: Path) -> Backup | None:
    return next((b for b in list_backups(folder) if is_healthy(b.path)), None)


def remove_backup(path: Path) -> None:
    """The file and its side files; side files first, so a crash never leaves them orphaned."""
    for suffix in _SIDE_FILES:
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.unlink(missing_ok=True)


def backups_to_keep(times: list[datetime], now: datetime) -> set[datetime]:
    """All from the last 2 days, then the newest of each day for 2 weeks, then of each week for 13 weeks."""
    if not times:
        return set()
    keep = {max(times)}  # however old: it may be the only copy there is
    newest_of_day: dict[date, datetime] = {}
    newest_of_week: dict[tuple[int, int], datetime] = {}
    for moment in times:
        age = now - moment
        if age <= timedelta(days=2):
            keep.add(moment)
        elif age <= timedelta(days=14):
            day = moment.date()
            newest_of_day[day] = max(moment, newest_of_day.get(day, moment))
        elif age <= KEEP_WEEKLY_FOR:
            week = tuple(moment.isocalendar())[:2]
            newest_of_week[week] = max(moment, newest_of_week.get(week, moment))
    return keep | set(newest_of_day.values()) | set(newest_of_week.values())


def _looks_whole(path: Path) -> bool:
    """Cheap: an SQLite header and a size that is a whole number of its pages."""
    try:
        with open(path, "rb") as file:
            header = file.read(100)
        size = path.stat().st_size
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(b"SQLite format 3\0"):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    return page_size > 0 and size % page_size == 0


def thin(folder: Path, now: datetime | None = None) -> None:
    """Apply backups_to_keep, then the size bound; and clear side files whose backup is gone."""
    backups = []
    for backup in list_backups(folder):
        # A zero-byte or torn file (an older version's failed backup) must never be "the one of
        # its day" and push out a good backup. The full check is for when a backup is offered.
        if _looks_whole(backup.path):
            backups.append(backup)
        else:
            remove_backup(backup.path)
    # Local time, so "a day" is the facilitator's day. Aware datetimes compare across zones.
    now = (now or utc_now()).astimezone()
    keep = backups_to_keep([b.made_at.astimezone() for b in backups], now)
    # What someone had before going back to an older backup is theirs to come back to, for as long
    # as weekly backups last, even when later backups of that day would otherwise replace it.
    keep |= {b.made_at for b in backups if b.reason == GOING_BACK and now - b.made_at <= KEEP_WEEKLY_FOR}
    kept = []
    for backup in backups:
        if backup.made_at in keep:
            kept.append(backup)
        else:
            remove_backup(backup.path)
    total = sum(b.path.stat().st_size for b in kept)
    while total > SIZE_LIMIT_BYTES and len(kept) > _ALWAYS_KEEP_NEWEST:
        oldest = kept.pop()
        total -= oldest.path.stat().st_size
        remove_backup(oldest.path)
    # Older versions removed backups but left their -wal and -shm behind.
    for side in folder.glob(f"{_PREFIX}*.sqlite3-*"):
        if not side.with_name(side.name.rsplit("-", 1)[0]).exists():
            side.unlink(missing_ok=True)


# --- what is inside ---------------------------------------------------------


@dataclass(frozen=True)
class BackupContents:
    group_names: tuple[str, ...]
    newest_meeting_title: str | None
    newest_meeting_date: date | None
    agreement_count: int

    def summary(self) -> str:
        """Plain words, so the facilitator can tell which backup to bring back."""
        if self.group_names:
            count = len(self.group_names)
            groups = translate("Backups", "%n group(s) ({names}).", None, COUNTED, count).format(
                names=", ".join(self.group_names)
            )
        else:
            groups = translate("Backups", "No groups.")
        if self.newest_meeting_title is not None and self.newest_meeting_date is not None:
            meeting = translate("Backups", "Newest meeting: {title}, {date}.").format(
                title=self.newest_meeting_title, date=full_date(self.newest_meeting_date)
            )
        else:
            meeting = translate("Backups", "No meetings.")
        if self.agreement_count:
            count = self.agreement_count
            agreements = translate("Backups", "%n agreement(s).", None, COUNTED, count)
        else:
            agreements = translate("Backups", "No agreements.")
        return f"{groups} {meeting} {agreements}"


def describe(path: Path) -> BackupContents:
    """Read a healthy backup's contents, read-only."""
    # db/ imports no feature package (groups, agreements), so it reads their tables by name.
    with closing(_read_only(path)) as con:
        names = tuple(row[0] for row in con.execute("SELECT name FROM working_group ORDER BY name COLLATE NOCASE, id"))
        meeting = con.execute(
            "SELECT title, meeting_date FROM meeting ORDER BY meeting_date DESC, id DESC LIMIT 1"
        ).fetchone()
        agreements = con.execute("SELECT count(*) FROM agreement").fetchone()[0]
    if meeting is None:
        return BackupContents(names, None, None, agreements)
    return BackupContents(names, meeting[0], date.fromisoformat(meeting[1][:10]), agreements)


# --- deleted means gone -----------------------------------------------------


@dataclass(frozen=True)
class ErasedFromCopies:
    changed: int = 0  # copies that held the row and were rewritten without it
    failed: tuple[Path, ...] = ()  # copies that could not be rewritten now (a full disk): try again later
    unreadable: tuple[Path, ...] = ()  # damaged files kept aside: they cannot be cleaned, only deleted


def erase_from_copy(path: Path, table: str, row_id: int, created_at: str) -> bool:
    """Remove one row (and what cascades from it) from one checked copy. True if it held the row.

    The row is matched on id and created_at, so a reused id in another lineage is left alone.
    The copy is rewritten through a checked partial file, as a new backup is, so a crash
    never leaves a half-erased file. Raises BackupFailed if it cannot be rewritten.
    """
    if table not in ERASABLE_TABLES:
        raise ValueError(f"Rows of {table!r} are not erased from backups")

    def erase(con: sqlite3.Connection) -> None:
        con.execute("PRAGMA foreign_keys=ON")  # cascades and SET NULL work as in the live database
        con.execute("PRAGMA secure_delete=ON")
        con.execute(f"DELETE FROM {table} WHERE id = ? AND created_at = ?", (row_id, created_at))
        con.execute("VACUUM")  # rebuilds the file, so no free page keeps the old bytes

    with closing(_read_only(path)) as con:
        found = table in _names(con) and con.execute(
            f"SELECT 1 FROM {table} WHERE id = ? AND created_at = ?", (row_id, created_at)
        ).fetchone()
    if found:
        _write_checked(path, path, change=erase)
    return bool(found)


def pending_notes_in(folder: Path) -> set[tuple[str, int, str]]:
    """Erasures noted in the backups (table, id, created_at): a restored older copy must honour them too."""
    notes = set()
    for backup in healthy_backups(folder):
        with closing(_read_only(backup.path)) as con:
            if "pending_erasure" in _names(con):
                notes |= set(con.execute("SELECT table_name, row_id, created_at FROM pending_erasure"))
    return {note for note in notes if note[0] in ERASABLE_TABLES}


def erase_everywhere(folder: Path, kept_aside: Path, table: str, row_id: int, created_at: str) -> ErasedFromCopies:
    """erase_from_copy for every backup in the folder, and every readable file kept aside beside it.

    A backup too damaged to read cannot be cleaned and would never be offered, so it is removed.
    Leftover partial files of an interrupted backup or restore are removed too.
    """
    if table not in ERASABLE_TABLES:
        raise ValueError(f"Rows of {table!r} are not erased from backups")
    for leftover in (*folder.glob(".copro-*.partial*"), *folder.parent.glob(".copro-restoring*")):
        leftover.unlink(missing_ok=True)
    changed, failed, unreadable = 0, [], []
    copies = [(b.path, True) for b in list_backups(folder)]
    copies += [(p, False) for p in sorted(kept_aside.glob("*.sqlite3"))] if kept_aside.is_dir() else []
    for path, is_backup in copies:
        if is_backup and not is_healthy(path):
            remove_backup(path)
            continue
        wal = path.with_name(path.name + "-wal")
        if not is_backup and (not _passes_quick_check(path) or (wal.exists() and wal.stat().st_size)):
            if path.stat().st_size:
                # Damaged, or with unsaved pages beside it that a read-only look cannot see into:
                # SQLite cannot say what is still inside, so the person is told to delete it.
                unreadable.append(path)
            continue
        try:
            changed += erase_from_copy(path, table, row_id, created_at)
        except (BackupFailed, sqlite3.Error):
            log.warning("Could not erase a %s row from %s yet", table, path.name)
            failed.append(path)
    return ErasedFromCopies(changed, tuple(failed), tuple(unreadable))
