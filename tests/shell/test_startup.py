"""Start-up problems are explained in plain words, with the safe answer as the default, and never lose work."""

import os
import sqlite3

import pytest

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
    for side in paths.database_side_files():
        side.unlink(missing_ok=True)
    return paths.database.read_bytes()


def group_names(opened):
    names = [g.name for g in GroupService(opened.engine).groups()]
    opened.engine.dispose()
    return names


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


def test_a_higher_schema_number_without_a_known_revision_is_refused_too(paths, prompts):
    paths.ensure()
    con = sqlite3.connect(paths.database)
    con.execute(f"PRAGMA application_id = {0x436F7072}")
    con.execute("PRAGMA user_version = 99")
    con.execute("CREATE TABLE something_new (x)")
    con.commit()
    con.close()
    before = paths.database.read_bytes()
    assert open_or_explain(paths, prompts) is None
    assert "newer version of Copro Desktop" in prompts.last("warn")[1]
    assert paths.database.read_bytes() == before


def test_damaged_file_the_default_answer_closes_and_leaves_it_exactly_where_it_was(paths, prompts):
    make_saved_work(paths)
    backups.make_backup(paths.database, paths.backups)
    before = damage(paths)
    assert open_or_explain(paths, prompts) is None  # no answer given: the default was taken
    _, text = prompts.last("choose")
    assert "the file is damaged" in text and "Nothing has been deleted" in text
    assert "There is 1 good backup. The newest is from" in text
    assert prompts.offered == ["restore", "fresh", "quit"]
    assert prompts.safe == "quit"
    assert paths.database.read_bytes() == before
    assert not paths.kept_aside.exists()


def test_restoring_lists_backups_newest_first_with_what_they_hold(paths, prompts):
    engine = open_database(paths)
    groups = GroupService(engine)
    groups.create_group("Housing group")
    backups.make_backup(paths.database, paths.backups)
    groups.create_group("Peer support")
    backups.make_backup(paths.database, paths.backups)
    engine.dispose()
    before = damage(paths)
    prompts.choices.append("restore")
    prompts.picks.append(1)  # the older one
    opened = open_or_explain(paths, prompts)
    assert prompts.picked_from[0].count("2 groups") == 1 and "Peer support" in prompts.picked_from[0]
    assert "1 group (Housing group)" in prompts.picked_from[1]
    assert opened.notice.startswith("Your work is back as it was on")
    assert group_names(opened) == ["Housing group"]
    [kept] = paths.kept_aside.glob("*.sqlite3")
    assert kept.read_bytes() == before


def test_cancelling_the_backup_list_goes_back_to_the_question(paths, prompts):
    make_saved_work(paths)
    backups.make_backup(paths.database, paths.backups)
    before = damage(paths)
    prompts.choices.extend(["restore", "quit"])
    prompts.picks.append(None)
    assert open_or_explain(paths, prompts) is None
    assert [kind for kind, _, _ in prompts.shown] == ["choose", "pick", "choose"]
    assert paths.database.read_bytes() == before


def test_damaged_file_without_a_backup_can_start_again(paths, prompts):
    paths.ensure()
    paths.database.write_bytes(b"this is not a database at all" * 100)
    prompts.choices.append("fresh")
    prompts.confirmations.append(True)
    assert group_names(open_or_explain(paths, prompts)) == []
    _, text = prompts.last("choose")
    assert "There is no backup to go back to" in text
    assert prompts.offered == ["fresh", "quit"]
    assert list(paths.kept_aside.glob("*.sqlite3"))


@pytest.mark.parametrize("how", ["missing", "zero bytes"])
def test_a_missing_or_empty_file_with_backups_beside_it_offers_them(paths, prompts, how):
    make_saved_work(paths, "Backed-up group")
    backups.make_backup(paths.database, paths.backups)
    for path in (paths.database, *paths.database_side_files()):
        path.unlink(missing_ok=True)
    if how == "zero bytes":
        paths.database.write_bytes(b"")
    prompts.choices.append("restore")
    prompts.picks.append(0)
    assert group_names(open_or_explain(paths, prompts)) == ["Backed-up group"]
    _, text = prompts.last("choose")
    assert ("missing" if how == "missing" else "empty") in text
    assert "damaged" not in text


def test_a_zero_byte_backup_is_never_offered(paths, prompts):
    make_saved_work(paths)
    good = backups.make_backup(paths.database, paths.backups)
    (paths.backups / "copro-29991231-235959-000000-auto.sqlite3").write_bytes(b"")  # newest by name
    damage(paths)
    prompts.choices.append("restore")
    prompts.picks.append(0)
    opened = open_or_explain(paths, prompts)
    assert len(prompts.picked_from) == 1
    assert group_names(opened) == ["Housing group"]
    assert good.path.exists()


def test_a_half_made_file_from_an_older_version_is_set_aside_and_the_person_told(paths, prompts):
    # What the first version left when killed during its first start: some tables, no revision.
    paths.ensure()
    con = sqlite3.connect(paths.database)
    con.execute(f"PRAGMA application_id = {0x436F7072}")
    con.execute("CREATE TABLE app_setting (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)")
    con.execute("CREATE TABLE working_group (id INTEGER PRIMARY KEY, name VARCHAR)")
    con.commit()
    con.close()
    opened = open_or_explain(paths, prompts)
    assert group_names(opened) == []
    _, text = prompts.last("inform")
    assert "had finished setting up" in text and "Nothing was lost" in text
    assert len(list(paths.kept_aside.glob("copro-half-made-*.sqlite3"))) == 1


def test_a_file_another_program_holds_is_named_and_try_again_works(paths, prompts):
    make_saved_work(paths)
    holder = sqlite3.connect(paths.database, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO app_setting VALUES ('held', 'yes')")

    def let_go_then_retry():
        holder.execute("COMMIT")
        holder.close()
        return "retry"

    prompts.choices.append(None)  # answered below, once we have seen the question
    prompts.choose = _answer_with(prompts.choose, let_go_then_retry)
    opened = open_or_explain(paths, prompts)
    _, text = prompts.last("choose")
    assert "Another program is using your saved work file" in text and "damaged" not in text
    assert prompts.offered == ["retry", "quit"] and prompts.safe == "quit"
    assert group_names(opened) == ["Housing group"]


def _answer_with(choose, answer):
    def wrapped(parent, title, text, choices, safe):
        choose(parent, title, text, choices, safe)
        return answer()

    return wrapped


def test_private_folder_and_files(paths):
    make_saved_work(paths)
    if os.name == "nt":
        pytest.skip("Windows keeps per-user folders private itself")
    assert paths.root.stat().st_mode & 0o777 == 0o700
    for path in (paths.database, *paths.database_side_files()):
        if path.exists():
            assert path.stat().st_mode & 0o777 == 0o600, path


@pytest.mark.parametrize("how", ["damaged", "missing", "zero bytes"])
def test_starting_again_with_backups_beside_it_really_starts_again(paths, prompts, how):
    make_saved_work(paths)
    backups.make_backup(paths.database, paths.backups)
    if how == "damaged":
        damage(paths)
    else:
        for path in (paths.database, *paths.database_side_files()):
            path.unlink(missing_ok=True)
        if how == "zero bytes":
            paths.database.write_bytes(b"")
    prompts.choices.append("fresh")
    prompts.confirmations.append(True)
    opened = open_or_explain(paths, prompts)
    assert [kind for kind, _, _ in prompts.shown] == ["choose", "confirm"]  # asked once, not again and again
    assert opened.notice.startswith("Started again with no saved work")
    assert group_names(opened) == []
    assert len(backups.healthy_backups(paths.backups)) == 1  # the backups are still there for later


def test_damage_that_only_sqlites_own_check_finds_is_called_damaged_and_offers_backups(paths, prompts):
    engine = open_database(paths)
    groups = GroupService(engine)
    group = groups.create_group("Housing group")
    for number in range(300):
        groups.add_member(group.id, f"Member {number}", "carer", "x" * 50)
    engine.dispose()
    backups.make_backup(paths.database, paths.backups)
    con = sqlite3.connect(paths.database)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_member_group_id'").fetchone()[0]
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    damaged = bytearray(paths.database.read_bytes())
    start = (root - 1) * page_size
    damaged[start + page_size // 2 : start + page_size] = b"A" * (page_size - page_size // 2)  # one index page
    paths.database.write_bytes(bytes(damaged))
    assert open_or_explain(paths, prompts) is None
    _, text = prompts.last("choose")
    assert "the file is damaged" in text and "There is 1 good backup" in text


def test_an_update_that_fails_on_a_full_disk_changes_nothing_and_says_why(paths, prompts, monkeypatch):
    from alembic import command
    from sqlalchemy.exc import OperationalError

    from tests.helpers import make_file_at_revision

    make_file_at_revision(paths, "0001")  # a file from an older version

    real_upgrade = command.upgrade

    def full_disk_at_the_end(config, target):
        real_upgrade(config, target)  # every statement runs, inside the one transaction
        raise OperationalError("COMMIT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(command, "upgrade", full_disk_at_the_end)
    assert open_or_explain(paths, prompts) is None
    title, text = prompts.last("warn")
    assert title == "Copro Desktop cannot start"
    assert "needs a small update" in text and "disk is full" in text and "Nothing has been changed" in text
    con = sqlite3.connect(paths.database)
    assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]  # rolled back
    assert con.execute("PRAGMA user_version").fetchone() == (0,)
    con.close()


def test_starting_again_asks_first_and_no_goes_back_to_the_question(paths, prompts):
    make_saved_work(paths)
    backups.make_backup(paths.database, paths.backups)
    before = damage(paths)
    prompts.choices.extend(["fresh", "quit"])
    prompts.confirmations.append(False)
    assert open_or_explain(paths, prompts) is None
    assert [kind for kind, _, _ in prompts.shown] == ["choose", "confirm", "choose"]
    _, question = [(t, x) for k, t, x in prompts.shown if k == "confirm"][0]
    assert "Your backups stay in" in question and "Go back to a backup" in question
    assert paths.database.read_bytes() == before
