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
    """Run every due migration in one BEGIN IMMEDIATE transaction: all of them, or none."""
    from alembic import command

    from copro_desktop.db.engine import writing

    config = _config()
    with writing(engine).begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
