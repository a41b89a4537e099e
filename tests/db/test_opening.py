import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from copro_desktop.db import backups, migrations
from copro_desktop.db.engine import APPLICATION_ID
from copro_desktop.db.opening import (
    HEAD_REVISION,
    DamagedDatabase,
    ForeignFile,
    NewerDatabase,
    open_database,
)
from copro_desktop.schema import all_tables


def pragma(engine, name):
    with engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_a_new_file_gets_the_whole_schema_and_the_safe_settings(engine, paths):
    assert paths.database.exists()
    assert pragma(engine, "journal_mode") == "wal"
    assert pragma(engine, "synchronous") == 2  # FULL
    assert pragma(engine, "foreign_keys") == 1
    assert pragma(engine, "secure_delete") == 1
    assert pragma(engine, "application_id") == APPLICATION_ID
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), all_tables()) == []


def test_the_fast_start_revision_is_the_migrations_head():
    assert HEAD_REVISION == migrations.head()


# Run in a fresh interpreter: this test process has imported Alembic long ago.
_OPEN_AND_LIST_MODULES = """
import sys
from pathlib import Path
from copro_desktop.db.opening import open_database
from copro_desktop.paths import DataPaths
open_database(DataPaths(Path(sys.argv[1]))).dispose()
print(" ".join(sorted(name for name in sys.modules if name.split(".")[0] == "alembic")))
"""


def test_reopening_a_current_file_does_not_import_alembic_or_back_up(paths):
    open_database(paths).dispose()  # a healthy file at the current revision
    opened = subprocess.run(
        [sys.executable, "-c", _OPEN_AND_LIST_MODULES, str(paths.root)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
        timeout=60,
    )
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout.split() == [], "opening a current file imported Alembic"
    assert backups.list_backups(paths.backups) == []


def _set_revision(paths, revision):
    con = sqlite3.connect(paths.database)
    con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    con.commit()
    con.close()


def test_a_file_from_a_newer_version_is_refused_and_left_untouched(paths):
    open_database(paths).dispose()
    _set_revision(paths, "9999_from_the_future")
    before = paths.database.read_bytes()
    with pytest.raises(NewerDatabase, match="newer version of Copro Desktop"):
        open_database(paths)
    assert paths.database.read_bytes() == before


def test_a_damaged_file_is_reported_with_the_newest_good_backup_and_left_untouched(paths):
    open_database(paths).dispose()
    good = backups.make_backup(paths.database, paths.backups)
    paths.database.write_bytes(b"SQLite format 3\x00" + b"\xde\xad" * 4000)
    before = paths.database.read_bytes()
    with pytest.raises(DamagedDatabase) as raised:
        open_database(paths)
    assert raised.value.healthy[0].path == good.path
    assert "damaged" in str(raised.value)
    assert paths.database.read_bytes() == before


def test_a_file_from_another_program_is_refused(paths):
    paths.ensure()
    con = sqlite3.connect(paths.database)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.commit()
    con.close()
    before = paths.database.read_bytes()
    with pytest.raises(ForeignFile, match="not made by Copro Desktop"):
        open_database(paths)
    assert paths.database.read_bytes() == before


def test_an_update_that_would_leave_broken_links_is_rolled_back(paths):
    from copro_desktop.db.engine import make_engine
    from tests.helpers import make_file_at_revision

    make_file_at_revision(paths, "0001")
    con = sqlite3.connect(paths.database)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("INSERT INTO attendance (meeting_id, member_id) VALUES (41, 42)")  # points at nothing
    con.commit()
    con.close()
    engine = make_engine(paths.database)
    with pytest.raises(RuntimeError, match="broken links"):
        migrations.upgrade(engine)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "0001"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # switched back on
    engine.dispose()


def test_updating_moves_when_a_meeting_revisited_its_agreements_into_the_agreements_own_table(paths):
    """A meeting keeps no agreements column any more; what a 0003 file knew is carried over, not lost."""
    from copro_desktop.agreements.service import AgreementService
    from copro_desktop.db.engine import make_engine
    from tests.helpers import make_file_at_revision

    make_file_at_revision(paths, "0003")
    con = sqlite3.connect(paths.database)
    con.execute("INSERT INTO working_group (id, name, purpose, created_at) VALUES (1, 'G', '', '2026-01-01')")
    for meeting_id, revisited in ((1, "2026-02-03 10:00:00"), (2, None)):
        con.execute(
            "INSERT INTO meeting (id, group_id, title, meeting_date, venue, purpose, status, created_at, "
            "agreements_revisited_at) VALUES (?, 1, 'M', '2026-02-03', '', '', 'finished', '2026-01-01', ?)",
            (meeting_id, revisited),
        )
    con.commit()
    con.close()
    engine = make_engine(paths.database)
    migrations.upgrade(engine)
    service = AgreementService(engine)
    assert service.revisited_at(1).isoformat() == "2026-02-03T10:00:00+00:00"
    assert service.revisited_at(2) is None
    with engine.connect() as connection:
        columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(meeting)")]
    assert "agreements_revisited_at" not in columns
    engine.dispose()
