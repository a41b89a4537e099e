"""Open the database safely: refuse what we must not touch, migrate what is old.

The common case (a healthy file at the current schema) uses only the standard
sqlite3 module, so Alembic is imported only when a migration is really due.
"""

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from copro_desktop.clock import utc_now
from copro_desktop.db import backups
from copro_desktop.db.engine import APPLICATION_ID, make_engine
from copro_desktop.paths import DataPaths

log = logging.getLogger(__name__)

# The newest migration this version knows. A test keeps it equal to the scripts' head.
HEAD_REVISION = "0001"


class StartupProblem(Exception):
    """A reason the saved work cannot be opened, in words for the facilitator."""


class NewerDatabase(StartupProblem):
    pass


class ForeignFile(StartupProblem):
    pass


class DamagedDatabase(StartupProblem):
    def __init__(self, message: str, newest_backup: backups.Backup | None):
        super().__init__(message)
        self.newest_backup = newest_backup


@dataclass(frozen=True)
class FileFacts:
    exists: bool
    application_id: int = 0
    revision: str | None = None
    table_count: int = 0


def read_facts(database: Path) -> FileFacts:
    """Look at the file read-only. Raises sqlite3.DatabaseError if it is damaged."""
    if not database.exists() or database.stat().st_size == 0:
        return FileFacts(exists=False)
    con = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        check = con.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise sqlite3.DatabaseError(f"quick_check: {check}")
        application_id = con.execute("PRAGMA application_id").fetchone()[0]
        names = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in names:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return FileFacts(True, application_id, revision, len(names))
    finally:
        con.close()


def open_database(paths: DataPaths) -> Engine:
    paths.ensure()
    database = paths.database
    try:
        facts = read_facts(database)
    except sqlite3.DatabaseError as error:
        log.error("The database failed its check: %s", error)
        raise DamagedDatabase(
            "Copro Desktop could not open your saved work because the file is damaged.",
            backups.newest_healthy_backup(paths.backups),
        ) from error

    someone_elses = facts.application_id not in (0, APPLICATION_ID)
    unmarked_with_tables = facts.application_id == 0 and facts.table_count and facts.revision is None
    if facts.exists and (someone_elses or unmarked_with_tables):
        raise ForeignFile(f"The file {database} was not made by Copro Desktop, so it has not been opened or changed.")

    if facts.revision != HEAD_REVISION:
        from copro_desktop.db import migrations  # Alembic is slow to import: only when needed

        if facts.revision is not None and not migrations.is_known(facts.revision):
            raise NewerDatabase(
                "Your saved work was made by a newer version of Copro Desktop. "
                "Please install the newest version to open it. Your file has not been changed."
            )
        if facts.exists:
            backups.make_backup(database, paths.backups, reason="before-update")
        engine = make_engine(database)
        migrations.upgrade(engine)
        return engine
    return make_engine(database)


def keep_damaged_file_aside(paths: DataPaths) -> Path:
    """Move the damaged file (and its journal files) into the kept-aside folder, bytes untouched."""
    paths.kept_aside.mkdir(parents=True, exist_ok=True)
    stamp = utc_now().strftime("%Y%m%d-%H%M%S")
    kept = paths.kept_aside / f"copro-damaged-{stamp}.sqlite3"
    paths.database.rename(kept)
    for suffix in ("-wal", "-shm"):
        extra = paths.database.with_name(paths.database.name + suffix)
        if extra.exists():
            extra.rename(kept.with_name(kept.name + suffix))
    return kept


def restore_backup(paths: DataPaths, backup: backups.Backup) -> None:
    backups.copy_database(backup.path, paths.database)
