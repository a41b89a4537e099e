"""The SQLite engine, with the connection settings every connection needs."""

from pathlib import Path

from sqlalchemy import Engine, create_engine, event

# "Copr" in ASCII: marks the file as ours, so we never open a stranger's database.
APPLICATION_ID = 0x436F7072

_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",  # a commit survives power loss
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
    "PRAGMA secure_delete=ON",  # deleted words are overwritten, not left in free pages
)


def _apply_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in _PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def make_engine(database: Path) -> Engine:
    engine = create_engine(f"sqlite:///{database}")
    event.listen(engine, "connect", _apply_pragmas)
    return engine
