"""Deleted means gone: from the database, from its write-ahead log, and from the app's own backups.

SQLite's secure_delete overwrites a deleted row in the database file, but until a
checkpoint the old pages still sit in the -wal file, and every earlier backup still
holds them. So a removal deletes, checkpoints at once, then rewrites the backups.
"""

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from copro_desktop.db import backups
from copro_desktop.db.engine import writing
from copro_desktop.paths import DataPaths

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Erased:
    backups_changed: int


def data_paths_of(engine: Engine) -> DataPaths:
    """The data folder of a writable engine (its database file lives at the top of it)."""
    return DataPaths(Path(engine.url.database).parent)


def erase_row(engine: Engine, table: str, row_id: int) -> Erased:
    """Delete one group, member or meeting (and, by the schema's cascades, what hangs on it) everywhere."""
    if table not in backups.ERASABLE_TABLES:
        raise ValueError(f"{table!r} is not erased this way")
    with writing(engine).begin() as connection:
        created_at = connection.exec_driver_sql(f"SELECT created_at FROM {table} WHERE id = ?", (row_id,)).scalar()
        if created_at is None:
            return Erased(0)  # already gone
        connection.exec_driver_sql(f"DELETE FROM {table} WHERE id = ?", (row_id,))
    fold_log_into_file(engine)
    changed = backups.erase_everywhere(data_paths_of(engine).backups, table, row_id, created_at)
    log.info("Erased a %s row, and from %d backups", table, changed)
    return Erased(changed)


def fold_log_into_file(engine: Engine) -> None:
    """Checkpoint and empty the -wal file, so no old page with deleted words stays in it."""
    with engine.connect() as connection:
        busy, _, _ = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    if busy:
        log.warning("The write-ahead log could not be emptied yet: another reader held it")
