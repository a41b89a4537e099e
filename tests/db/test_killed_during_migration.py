"""A hard kill at any statement of a first start or a migration leaves a folder that opens, with nothing lost.

Each run is a real child process that kills itself with SIGKILL straight after
statement N reaches SQLite, for every N the migration has.
"""

import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from copro_desktop.db.opening import HEAD_REVISION, SCHEMA_VERSION
from copro_desktop.schema import all_tables
from copro_desktop.groups.service import GroupService
from copro_desktop.shell.startup import open_or_explain
from tests.fakes import FakePrompts
from tests.helpers import make_file_at_revision

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")]

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from sqlalchemy import event
    from copro_desktop.db import opening
    from copro_desktop.paths import DataPaths

    kill_after = int(sys.argv[2])
    seen = 0
    real = opening.make_engine

    def counting(*args, **kwargs):
        engine = real(*args, **kwargs)

        @event.listens_for(engine, "after_cursor_execute")
        def after(*_):
            global seen
            seen += 1
            if seen == kill_after:
                os.kill(os.getpid(), signal.SIGKILL)

        return engine

    opening.make_engine = counting
    opening.open_database(DataPaths(Path(sys.argv[1]))).dispose()
    print("STATEMENTS", seen)
    """
)


def run_child(folder, kill_after):
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), str(kill_after)], capture_output=True, text=True, timeout=120
    )


def statement_count(folder):
    result = run_child(folder, 10**9)
    assert result.returncode == 0, result.stderr
    return int(result.stdout.split()[-1])


def opens_cleanly(paths):
    prompts = FakePrompts()
    opened = open_or_explain(paths, prompts)
    assert opened is not None and opened.read_only_reason is None, prompts.shown
    assert prompts.shown == []  # nothing to explain: the file was as if the crash never started
    with opened.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), all_tables()) == []
        assert connection.exec_driver_sql("PRAGMA user_version").scalar() == SCHEMA_VERSION
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD_REVISION
    return opened.engine


def test_a_kill_at_every_statement_of_the_first_start(tmp_path):
    from copro_desktop.paths import DataPaths

    total = statement_count(tmp_path / "counting")
    assert total >= 20  # the first migration really is many statements
    for kill_after in range(1, total + 1):
        paths = DataPaths(tmp_path / f"killed-at-{kill_after}")
        result = run_child(paths.root, kill_after)
        assert result.returncode == -signal.SIGKILL, (kill_after, result.stderr)
        engine = opens_cleanly(paths)
        GroupService(engine).create_group("After the crash")  # and it takes work
        engine.dispose()


def make_old_file_with_work(paths):
    """A file from the version before this one (revision 0001) holding a group."""
    make_file_at_revision(paths, "0001")
    con = sqlite3.connect(paths.database)
    con.execute("INSERT INTO working_group (name, purpose, created_at) VALUES ('Kept group', '', '2026-01-01')")
    con.commit()
    con.close()


def test_a_kill_at_every_statement_of_an_update_loses_nothing(tmp_path):
    from copro_desktop.paths import DataPaths

    counting = DataPaths(tmp_path / "counting")
    make_old_file_with_work(counting)
    total = statement_count(counting.root)
    assert total >= 3
    for kill_after in range(1, total + 1):
        paths = DataPaths(tmp_path / f"killed-at-{kill_after}")
        make_old_file_with_work(paths)
        result = run_child(paths.root, kill_after)
        assert result.returncode == -signal.SIGKILL, (kill_after, result.stderr)
        engine = opens_cleanly(paths)
        assert [g.name for g in GroupService(engine).groups()] == ["Kept group"]
        engine.dispose()
