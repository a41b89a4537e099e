"""Schema migrations with Alembic, run from code at start-up (no alembic.ini)."""

from pathlib import Path

from sqlalchemy import Engine

_SCRIPTS = Path(__file__).resolve().parent


def _config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_SCRIPTS))
    return config


def head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def is_known(revision: str) -> bool:
    from alembic.script import ScriptDirectory

    return revision in {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run every due migration in one BEGIN IMMEDIATE transaction: all of them, or none.

    Foreign keys are off while it runs (SQLite cannot switch them inside a transaction), so a
    migration that rebuilds a table does not cascade-delete the rows that point at it; they are
    checked before the commit instead.
    """
    from alembic import command

    from copro_desktop.db.engine import writing

    config = _config()
    with writing(engine).connect() as connection:
        raw = connection.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, target)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"The update would leave {len(broken)} broken links between records")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
