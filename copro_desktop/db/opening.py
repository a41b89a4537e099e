"""Open the database safely: refuse what we must not touch, migrate what is old, say what really happened.

The common case (a healthy file at the current schema) uses only the standard
sqlite3 module, so Alembic is imported only when a migration is really due.
"""

import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from copro_desktop.clock import utc_now
from copro_desktop.db import backups
from copro_desktop.db.engine import APPLICATION_ID, make_engine
from copro_desktop.db.erasure import adopt_notes, finish_pending, try_to_fold_log
from copro_desktop.db.problems import Trouble, classify, what_to_do, why_nothing_can_be_saved
from copro_desktop.i18n import translate
from copro_desktop.paths import DataPaths, make_private

log = logging.getLogger(__name__)

# The newest migration this version knows, and the number it writes into PRAGMA user_version.
# A test keeps both equal to what the migration scripts really do.
HEAD_REVISION = "0005"
SCHEMA_VERSION = 5

# Tables an unfinished first start may have left behind (every table the migrations make).
_OUR_TABLES = {
    "alembic_version", "app_setting", "working_group", "member", "meeting", "attendance",
    "agreement", "agreement_change", "agreement_review", "pending_erasure", "agreement_revisit",
    "queue_hand", "queue_turn", "queue_move", "queue_meeting", "queue_group_setting",
}  # fmt: skip
_PROBE_BYTES = 128 * 1024  # room for a few write-ahead pages and the shared-memory index


def newer_message() -> str:
    return translate(
        "Opening",
        "Your saved work was made by a newer version of Copro Desktop. "
        "Please install the newest version to open it. Your file has not been changed.",
    )


class FailedCheck(sqlite3.DatabaseError):
    """SQLite's own quick_check found the file damaged."""


class StartupProblem(Exception):
    """A reason the saved work cannot be opened as usual, in words for the facilitator."""


class NewerDatabase(StartupProblem):
    pass


class ForeignFile(StartupProblem):
    pass


class HeldByAnotherProgram(StartupProblem):
    pass


class CannotRead(StartupProblem):
    pass


class NeedsBackups(StartupProblem):
    """The file is damaged, missing or empty: the person chooses what to do, with the good backups listed."""

    def __init__(self, message: str, healthy: list[backups.Backup], file_exists: bool):
        super().__init__(message)
        self.healthy = healthy
        self.file_exists = file_exists


class DamagedDatabase(NeedsBackups):
    pass


class MissingWork(NeedsBackups):
    pass


class HalfMade(StartupProblem):
    """A first start that never finished (an older version, killed part way): nothing was ever saved in it."""


class CannotSave(StartupProblem):
    """The work cannot be written here. If it can still be read, the app opens it read-only."""

    def __init__(self, message: str, trouble: Trouble, readable: bool):
        super().__init__(message)
        self.trouble = trouble
        self.readable = readable


@dataclass(frozen=True)
class FileFacts:
    exists: bool
    application_id: int = 0
    user_version: int = 0
    revision: str | None = None
    tables: frozenset[str] = frozenset()
    has_rows: bool = False


def _connect_read_only(database: Path, immutable: bool = False) -> sqlite3.Connection:
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    con = sqlite3.connect(f"file:{database.as_posix()}?{flags}", uri=True, timeout=2)
    con.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the first real read happens here
    return con


def _wal_has_pages(database: Path) -> bool:
    wal = database.with_name(database.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def read_facts(database: Path) -> FileFacts:
    """Look at the file without changing it. Raises sqlite3.Error or OSError, which classify() names."""
    if not database.exists() or database.stat().st_size == 0:
        return FileFacts(exists=False)
    with open(database, "rb"):  # a file we may not even read says so here, plainly
        pass
    try:
        con = _connect_read_only(database)
    except sqlite3.Error as error:
        # A folder we may not write to cannot hold the shared-memory file a normal read needs.
        # With no unsaved pages waiting in the write-ahead log, reading it as immutable is exact.
        if classify(error, database.parent) not in (Trouble.NOT_ALLOWED, Trouble.DISK_FULL) or _wal_has_pages(database):
            raise
        con = _connect_read_only(database, immutable=True)
    try:
        check = con.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise FailedCheck(f"quick_check: {check}")
        application_id = con.execute("PRAGMA application_id").fetchone()[0]
        user_version = con.execute("PRAGMA user_version").fetchone()[0]
        tables = frozenset(row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'"))
        revision = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        has_rows = any(
            con.execute(f'SELECT EXISTS (SELECT 1 FROM "{name}")').fetchone()[0]
            for name in tables & _OUR_TABLES
        ) if revision is None else True  # fmt: skip
        return FileFacts(True, application_id, user_version, revision, tables, has_rows)
    finally:
        con.close()


def write_trouble(paths: DataPaths) -> Trouble | None:
    """Try, harmlessly, to write where the work lives. None if it can be written.

    A read-only work file (in a folder that may be written) is told apart by _refusing_file().
    """
    probe = paths.root / ".copro-write-check"
    try:
        paths.ensure()
        with open(probe, "wb") as file:
            file.write(b"\0" * _PROBE_BYTES)
            file.flush()
        if paths.database.exists():
            with open(paths.database, "r+b"):
                pass
        for side in paths.database_side_files():
            _writable_side_file(side)
        return None
    except OSError as error:
        trouble = classify(error)
        if trouble in (Trouble.NOT_ALLOWED, Trouble.DISK_FULL):
            return trouble
        raise
    finally:
        try:
            probe.unlink(missing_ok=True)
        except OSError:
            pass


def _writable_side_file(side: Path) -> None:
    """A -wal or -shm made while the file was read-only is read-only too: ours to make writable again."""
    if not side.exists():
        return
    try:
        open(side, "r+b").close()
    except PermissionError:
        side.chmod(0o600)
        open(side, "r+b").close()


def _refusing_file(paths: DataPaths) -> Path:
    """The work file itself when it is the one that may not be written, else its folder."""
    try:
        if paths.database.exists() and os.access(paths.root, os.W_OK) and not os.access(paths.database, os.W_OK):
            return paths.database
    except OSError:
        pass
    return paths.root


def _cannot_save(trouble: Trouble, paths: DataPaths, readable: bool, needs_update: bool = False) -> CannotSave:
    where, fix = _refusing_file(paths), what_to_do(trouble)
    why = why_nothing_can_be_saved(trouble, where)
    if needs_update:
        return CannotSave(
            translate(
                "Opening",
                "Your saved work needs a small update before this version can open it, but {why}. "
                "Nothing has been changed. To open it, {fix}, then start Copro Desktop again.",
            ).format(why=why, fix=fix),
            trouble,
            readable=False,
        )
    if not readable:
        return CannotSave(
            translate(
                "Opening", "Copro Desktop cannot start, because {why}. To use it, {fix}, then start it again."
            ).format(why=why_nothing_can_be_saved(trouble, where, app_named=False), fix=fix),
            trouble,
            readable=False,
        )
    return CannotSave(
        translate(
            "Opening",
            "Open to look at only, because {why}. Everything saved before is safe, but nothing can be changed. "
            "To make changes, {fix}, then start Copro Desktop again.",
        ).format(why=why, fix=fix),
        trouble,
        readable=True,
    )


def _facts_or_problem(paths: DataPaths) -> FileFacts:
    try:
        return read_facts(paths.database)
    except (sqlite3.Error, OSError) as error:
        trouble = Trouble.DAMAGED if isinstance(error, FailedCheck) else classify(error, paths.root)
        log.error("Could not read %s (%s): %s", paths.database, trouble.value, error)
        if trouble is Trouble.DAMAGED:
            raise DamagedDatabase(
                translate("Opening", "Copro Desktop could not open your saved work because the file is damaged."),
                backups.healthy_backups(paths.backups),
                file_exists=True,
            ) from error
        if trouble is Trouble.BUSY:
            raise HeldByAnotherProgram(
                translate(
                    "Opening",
                    "Another program is using your saved work file right now, so Copro Desktop cannot open it. "
                    "It may be a backup or file-sharing program. Wait a moment and try again, or close that program.",
                )
            ) from error
        if trouble is Trouble.DISK_FULL:
            raise CannotRead(
                translate(
                    "Opening",
                    "Copro Desktop cannot open your saved work because the computer's disk is full. "
                    "Nothing has been changed.\n\nFree some space on the disk, then start Copro Desktop again.",
                )
            ) from error
        if trouble is Trouble.NOT_ALLOWED:
            raise CannotRead(
                translate(
                    "Opening",
                    "Copro Desktop is not allowed to read your saved work in {folder}. Nothing has been changed.\n\n"
                    "Ask whoever looks after this computer to give your user account access to that folder.",
                ).format(folder=paths.root)
            ) from error
        raise StartupProblem(
            translate(
                "Opening",
                "Copro Desktop could not open your saved work. Nothing has been changed. "
                "Details were written to {file}.",
            ).format(file=paths.log_file)
        ) from error


def open_database(paths: DataPaths, *, start_fresh: bool = False, restored: bool = False) -> Engine:
    """Open the work for reading and writing, migrating it if it is older. Raises a StartupProblem.

    start_fresh: the person chose to start again, so a missing file is not offered its backups again.
    restored: a backup was just put in place, so removals noted in the other backups apply to it too.
    """
    try:
        paths.ensure()
    except OSError as error:
        trouble = classify(error)
        if trouble not in (Trouble.NOT_ALLOWED, Trouble.DISK_FULL):
            raise
        readable = paths.database.exists()
        if not readable:
            raise _cannot_save(trouble, paths, readable=False) from error
    database = paths.database
    facts = _facts_or_problem(paths)

    someone_elses = facts.application_id not in (0, APPLICATION_ID)
    unknown_tables = bool(facts.tables - _OUR_TABLES)
    unmarked = facts.application_id == 0 and bool(facts.tables - _OUR_TABLES or facts.user_version)
    stranger = facts.revision is None and unknown_tables and facts.user_version <= SCHEMA_VERSION
    if facts.exists and (someone_elses or unmarked or stranger):
        raise ForeignFile(_foreign_message(database))
    if facts.user_version > SCHEMA_VERSION:
        raise NewerDatabase(newer_message())
    if facts.exists and facts.revision is None and facts.tables and not facts.has_rows:
        raise HalfMade(
            translate(
                "Opening",
                "Last time, Copro Desktop was closed before it had finished setting up, so it has set up again. "
                "Nothing was lost: no work had been saved yet.",
            )
        )
    if facts.exists and facts.revision is None and facts.has_rows:
        raise ForeignFile(_foreign_message(database))
    if not facts.exists and not start_fresh:
        healthy = backups.healthy_backups(paths.backups)
        if healthy:
            empty = database.exists()
            if empty:
                message = translate("Opening", "Your saved work file is empty, but Copro Desktop has backups of it.")
            else:
                message = translate("Opening", "Your saved work file is missing, but Copro Desktop has backups of it.")
            raise MissingWork(message, healthy, file_exists=empty)

    needs_update = facts.revision != HEAD_REVISION
    if needs_update and facts.revision is not None:
        from copro_desktop.db import migrations  # Alembic is slow to import: only when needed

        if not migrations.is_known(facts.revision):
            raise NewerDatabase(newer_message())
    trouble = write_trouble(paths)
    if trouble is not None:
        old = needs_update and facts.exists  # an older file must be updated before it can be read
        raise _cannot_save(trouble, paths, readable=facts.exists and not needs_update, needs_update=old)

    if not facts.exists:
        _create_private_file(database)
    if needs_update:
        from copro_desktop.db import migrations

        if facts.exists and facts.tables:  # a file with no tables yet holds nothing to protect
            try:
                backups.make_backup(database, paths.backups, reason="before-update")
            except backups.BackupFailed as error:
                log.error("The backup before an update failed: %r", error.__cause__ or error)
                raise _update_problem(
                    error,
                    paths,
                    translate(
                        "Opening",
                        "Your saved work needs a small update, and Copro Desktop could not make a backup "
                        "first, so it has changed nothing.",
                    ),
                ) from error
        engine = make_engine(database)
        try:
            migrations.upgrade(engine)
        except Exception as error:  # all-or-nothing: the file is as it was before
            engine.dispose()
            log.exception("The update of the saved work failed")
            raise _update_problem(
                error,
                paths,
                translate("Opening", "Copro Desktop could not update your saved work, so it has changed nothing."),
            ) from error
    else:
        engine = make_engine(database)
    if restored:
        adopt_notes(engine, backups.pending_notes_in(paths.backups))
    _tidy(engine, paths)
    return engine


def _update_problem(error: BaseException, paths: DataPaths, what_happened: str) -> StartupProblem:
    trouble = classify(error)
    if trouble in (Trouble.NOT_ALLOWED, Trouble.DISK_FULL):
        return _cannot_save(trouble, paths, readable=False, needs_update=True)
    return StartupProblem(
        translate("Opening", "{what_happened} Details were written to {file}.").format(
            what_happened=what_happened, file=paths.log_file
        )
    )


def _foreign_message(database: Path) -> str:
    return translate(
        "Opening", "The file {file} was not made by Copro Desktop, so it has not been opened or changed."
    ).format(file=database)


def _create_private_file(database: Path) -> None:
    """Create the empty file ourselves, owner-only: SQLite gives its -wal and -shm the same permissions."""
    database.unlink(missing_ok=True)  # an empty file left by an earlier try
    os.close(os.open(database, os.O_CREAT | os.O_WRONLY, 0o600))


def _tidy(engine: Engine, paths: DataPaths) -> None:
    """Finish any erasure a crash or a full disk interrupted, fold the log into the file, owner-only modes."""
    finish_pending(engine)
    try_to_fold_log(engine)
    for path in (paths.database, *paths.database_side_files()):
        make_private(path)


def open_read_only(paths: DataPaths) -> Engine:
    """The work, for looking at only: nothing the app does can change the file."""
    database = paths.database
    immutable = False
    try:
        _connect_read_only(database).close()
    except sqlite3.Error:
        if _wal_has_pages(database):
            raise  # immutable would show the work without its newest changes
        immutable = True
    return make_engine(database, read_only=True, immutable=immutable)


def set_aside(paths: DataPaths, why: str) -> Path | None:
    """Move the file (and its journal files) into the kept-aside folder, bytes untouched. Never deletes."""
    if not paths.database.exists():
        return None
    paths.kept_aside.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = utc_now().strftime("%Y%m%d-%H%M%S-%f")
    kept = paths.kept_aside / f"copro-{why}-{stamp}.sqlite3"
    os.replace(paths.database, kept)
    for extra in paths.database_side_files():
        if extra.exists():
            os.replace(extra, kept.with_name(kept.name + extra.name[len(paths.database.name):]))
    log.warning("Kept the %s file aside at %s", why, kept)
    return kept


def restore_backup(paths: DataPaths, backup: backups.Backup, why: str | None) -> None:
    """Put a backup in place: copied and checked first, then the old file moved away, then swapped in.

    why: the old file is kept aside under that word (damaged, empty). None when it was just backed
    up itself (going back from the app), so it is replaced with its journal files.
    """
    incoming = paths.root / ".copro-restoring.sqlite3"
    incoming.unlink(missing_ok=True)
    try:
        backups.copy_database(backup.path, incoming)
        if not backups.is_healthy(incoming):
            raise backups.BackupFailed(f"The copy of {backup.path} did not pass its check.")
        make_private(incoming)
        if why is not None:
            set_aside(paths, why)
        else:
            for side in paths.database_side_files():  # they belong to the old file, never to the backup
                side.unlink(missing_ok=True)
        os.replace(incoming, paths.database)
    finally:
        incoming.unlink(missing_ok=True)
