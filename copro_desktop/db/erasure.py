"""Deleted means gone: from the database, from its write-ahead log, and from the app's own backups.

SQLite's secure_delete overwrites a deleted row in the database file, but until a
checkpoint the old pages still sit in the -wal file, and every earlier backup still
holds them. So a removal deletes the row and, in the same transaction, notes a pending
erasure; then it checkpoints at once and rewrites the backups, and only then forgets
the note. A crash or a full disk part way leaves the note, and the next start finishes.
"""

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Field, SQLModel

from copro_desktop.db import backups
from copro_desktop.db.engine import writing
from copro_desktop.db.references import is_referenced
from copro_desktop.i18n import COUNTED, translate
from copro_desktop.paths import DataPaths

log = logging.getLogger(__name__)


class PendingErasure(SQLModel, table=True):
    """A removed row that may still be in a backup. Holds no private words, only where to look."""

    __tablename__ = "pending_erasure"

    id: int | None = Field(default=None, primary_key=True)
    table_name: str
    row_id: int
    created_at: str


@dataclass(frozen=True)
class Erased:
    backups_changed: int = 0
    not_yet: int = 0  # copies that could not be rewritten now (a full disk): the next start tries again
    damaged_kept_aside: tuple[Path, ...] = ()  # damaged files set aside earlier: they can only be deleted

    def summary(self, what: str) -> str:
        """Plain words for the status bar, true to what happened."""
        changed, not_yet, damaged = self.backups_changed, self.not_yet, len(self.damaged_kept_aside)
        if changed:
            words = translate("Erasure", "{what} was removed, also from %n backup(s).", None, COUNTED, changed)
        else:
            words = translate("Erasure", "{what} was removed.")
        words = words.format(what=what)
        if not_yet:
            words += " " + translate(
                "Erasure",
                "%n backup(s) could not be cleaned yet (is the disk full?); "
                "Copro Desktop will try again the next time it starts.",
                None,
                COUNTED,
                not_yet
            )
        if damaged:
            words += " " + translate(
                "Erasure",
                "%n damaged file(s) kept in {folder} cannot be cleaned: delete them if you no longer need them.",
                None,
                COUNTED,
                damaged
            ).format(folder=self.damaged_kept_aside[0].parent)
        return words


def data_paths_of(engine: Engine) -> DataPaths:
    """The data folder of a writable engine: its database file lives at the top of it."""
    return DataPaths(Path(engine.url.database).parent)


def erase_row(engine: Engine, table: str, row_id: int, *, unless_referenced: str | None = None) -> Erased:
    """Delete one group, member or meeting (and, by the schema's cascades, what hangs on it) everywhere.

    unless_referenced: refuse, with these words (LookupError), if other saved records point at it.
    """
    if table not in backups.ERASABLE_TABLES:
        raise ValueError(f"{table!r} is not erased this way")
    with writing(engine).begin() as connection:
        created_at = connection.exec_driver_sql(f"SELECT created_at FROM {table} WHERE id = ?", (row_id,)).scalar()
        if created_at is None:
            return Erased()  # already gone
        if unless_referenced is not None and is_referenced(connection, table, row_id):
            raise LookupError(unless_referenced)
        connection.exec_driver_sql(f"DELETE FROM {table} WHERE id = ?", (row_id,))
        connection.exec_driver_sql(
            "INSERT INTO pending_erasure (table_name, row_id, created_at) VALUES (?, ?, ?)",
            (table, row_id, str(created_at)),
        )
    return finish_pending(engine)


def adopt_notes(engine: Engine, notes: set[tuple[str, int, str]]) -> None:
    """After a restore: erasures noted in other copies apply to the restored work as well."""
    with writing(engine).begin() as connection:
        known = set(connection.exec_driver_sql("SELECT table_name, row_id, created_at FROM pending_erasure"))
        for note in notes - known:
            connection.exec_driver_sql(
                "INSERT INTO pending_erasure (table_name, row_id, created_at) VALUES (?, ?, ?)", note
            )


def has_pending(engine: Engine) -> bool:
    with engine.connect() as connection:
        return connection.exec_driver_sql("SELECT EXISTS (SELECT 1 FROM pending_erasure)").scalar() == 1


def finish_pending(engine: Engine) -> Erased:
    """Carry every noted erasure into the log and the backups. Never raises: what is left waits."""
    try:
        with engine.connect() as connection:
            pending = connection.exec_driver_sql(
                "SELECT id, table_name, row_id, created_at FROM pending_erasure ORDER BY id"
            ).all()
        if not pending:
            return Erased()
        with writing(engine).begin() as connection:
            for _note_id, table, row_id, created_at in pending:
                if table in backups.ERASABLE_TABLES:  # a restored older copy may still hold the row
                    connection.exec_driver_sql(
                        f"DELETE FROM {table} WHERE id = ? AND created_at = ?", (row_id, created_at)
                    )
        fold_log_into_file(engine)
    except Exception:  # noqa: BLE001 - the row is deleted already; the copies wait for the next try
        log.exception("Could not finish erasing yet")
        return Erased(not_yet=1)
    paths = data_paths_of(engine)
    changed, not_yet, damaged = 0, 0, set()
    for note_id, table, row_id, created_at in pending:
        try:
            result = backups.erase_everywhere(paths.backups, paths.kept_aside, table, row_id, created_at)
            if not result.failed:
                with writing(engine).begin() as connection:
                    connection.exec_driver_sql("DELETE FROM pending_erasure WHERE id = ?", (note_id,))
        except Exception:  # noqa: BLE001 - the note stays; the next start tries again
            log.exception("Could not finish an erasure yet")
            not_yet += 1
            continue
        changed += result.changed
        not_yet += len(result.failed)
        damaged.update(result.unreadable)
    log.info("Erased %d rows from %d copies; %d copies wait", len(pending), changed, not_yet)
    return Erased(changed, not_yet, tuple(sorted(damaged)))


def fold_log_into_file(engine: Engine) -> None:
    """Checkpoint and empty the -wal file, so no old page with deleted words stays in it."""
    with engine.connect() as connection:
        busy, _, _ = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    if busy:
        raise RuntimeError("The write-ahead log could not be emptied yet: another reader held it")


def try_to_fold_log(engine: Engine) -> bool:
    """fold_log_into_file where it is only tidying (before a backup, at start-up): never raises."""
    try:
        fold_log_into_file(engine)
        return True
    except Exception:  # noqa: BLE001 - a busy reader or a full disk: the work itself is saved either way
        log.warning("The write-ahead log could not be folded into the file now", exc_info=True)
        return False
