"""Start-up problems are explained in plain words and never touch the saved file."""

import sqlite3

from copro_desktop.db import backups
from copro_desktop.db.opening import open_database
from copro_desktop.groups.service import GroupService
from copro_desktop.shell.startup import open_or_explain


def make_saved_work(paths, name="Housing group"):
    engine = open_database(paths)
    GroupService(engine).create_group(name)
    engine.dispose()


def damage(paths):
    paths.database.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    for suffix in ("-wal", "-shm"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
    return paths.database.read_bytes()


def test_newer_file_plain_message_and_untouched(paths, prompts):
    make_saved_work(paths)
    con = sqlite3.connect(paths.database)
    con.execute("UPDATE alembic_version SET version_num = 'from-the-future'")
    con.commit()
    con.close()
    before = paths.database.read_bytes()
    assert open_or_explain(paths, prompts) is None
    title, text = prompts.last("warn")
    assert "newer version of Copro Desktop" in text and "has not been changed" in text
    assert "Traceback" not in text
    assert paths.database.read_bytes() == before


def test_damaged_file_closing_leaves_it_exactly_where_it_was(paths, prompts):
    make_saved_work(paths)
    backups.make_backup(paths.database, paths.backups)
    before = damage(paths)
    prompts.choices.append("quit")
    assert open_or_explain(paths, prompts) is None
    _, text = prompts.last("choose")
    assert "the file is damaged" in text and "Nothing has been deleted" in text
    assert "newest good backup is from" in text
    assert prompts.offered == ["restore", "fresh", "quit"]
    assert paths.database.read_bytes() == before


def test_damaged_file_restoring_the_backup_keeps_the_damaged_file_aside(paths, prompts):
    make_saved_work(paths, "Backed-up group")
    backups.make_backup(paths.database, paths.backups)
    before = damage(paths)
    prompts.choices.append("restore")
    engine = open_or_explain(paths, prompts)
    assert [g.name for g in GroupService(engine).groups()] == ["Backed-up group"]
    engine.dispose()
    [kept] = paths.kept_aside.glob("*.sqlite3")
    assert kept.read_bytes() == before


def test_damaged_file_without_a_backup_can_start_again(paths, prompts):
    paths.ensure()
    paths.database.write_bytes(b"this is not a database at all" * 100)
    prompts.choices.append("fresh")
    engine = open_or_explain(paths, prompts)
    assert GroupService(engine).groups() == []
    engine.dispose()
    _, text = prompts.last("choose")
    assert "There is no backup to go back to" in text
    assert prompts.offered == ["fresh", "quit"]
    assert list(paths.kept_aside.glob("*.sqlite3"))
