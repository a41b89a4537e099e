"""The SQLite engine, with the connection settings every connection needs.

Python's sqlite3 driver opens transactions itself and leaves DDL outside them,
so a crash during a migration could leave half a schema. We switch its own
handling off and say BEGIN ourselves (SQLAlchemy's documented pysqlite recipe):
every transaction, DDL included, is then all-or-nothing.
"""

from pathlib import Path

from sqlalchemy import Engine, create_engine, event

# "Copr" in ASCII: marks the file as ours, so we never open a stranger's database.
APPLICATION_ID = 0x436F7072

# An execution option: a transaction that will write starts with BEGIN IMMEDIATE,
# so what it reads cannot change under it before it writes (another copy, a backup).
WRITES = "copro_writes"

_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",  # a commit survives power loss
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
    "PRAGMA secure_delete=ON",  # deleted words are overwritten, not left in free pages
)
_READ_ONLY_PRAGMAS = ("PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000")


def _settings(pragmas):
    def apply(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we say BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        for pragma in pragmas:
            cursor.execute(pragma)
        cursor.close()

    return apply


def _begin(connection) -> None:
    immediate = connection.get_execution_options().get(WRITES, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(database: Path, *, read_only: bool = False, immutable: bool = False) -> Engine:
    """An engine on the file. Read-only opens with mode=ro; immutable also skips the -shm file,
    for a folder the app may not write to (it then cannot see changes another program makes)."""
    if read_only:
        flags = "mode=ro&immutable=1" if immutable else "mode=ro"
        engine = create_engine(f"sqlite:///file:{database.as_posix()}?{flags}&uri=true", hide_parameters=True)
        event.listen(engine, "connect", _settings(_READ_ONLY_PRAGMAS))
    else:
        # hide_parameters: an error logged with its SQL never carries what people typed (access needs).
        engine = create_engine(f"sqlite:///{database}", hide_parameters=True)
        event.listen(engine, "connect", _settings(_PRAGMAS))
    event.listen(engine, "begin", _begin)
    return engine


def writing(engine: Engine) -> Engine:
    """The same engine, starting each transaction with BEGIN IMMEDIATE."""
    return engine.execution_options(**{WRITES: True})
