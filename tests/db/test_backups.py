"""Backups a facilitator can trust: whole, private, checked, thinned, and erasable."""

import errno
import os
import shutil
import sqlite3
import stat
import subprocess
from contextlib import closing
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copro_desktop.db import backups
from copro_desktop.db.opening import open_database
from copro_desktop.paths import DataPaths

NOW = datetime(2026, 5, 20, 12, 0, tzinfo=timezone.utc)
MARKER = "MARKER-7f3a"


# --- a database of our own (plain SQL: no feature services needed) ----------


@pytest.fixture
def database(tmp_path) -> Path:
    paths = DataPaths(tmp_path / "data")
    open_database(paths).dispose()
    return paths.database


def run_sql(database: Path, *statements: tuple) -> None:
    with closing(sqlite3.connect(database)) as con:
        con.execute("PRAGMA foreign_keys=ON")
        for statement in statements:
            con.execute(*statement)
        con.commit()


def add_group(database: Path, group_id: int, name: str) -> None:
    run_sql(
        database,
        (
            "INSERT INTO working_group (id, name, purpose, created_at)"
            " VALUES (?, ?, 'To plan', '2026-01-01 09:00:00.000000')",
            (group_id, name),
        ),
    )


def add_member(database: Path, member_id: int, name: str, needs: str, created_at: str) -> None:
    run_sql(
        database,
        (
            "INSERT INTO member (id, group_id, display_name, perspective, access_needs, created_at)"
            " VALUES (?, 1, ?, 'lived', ?, ?)",
            (member_id, name, needs, created_at),
        ),
    )


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def copy_as(backup: backups.Backup, when: datetime) -> Path:
    """A copy of a real backup under the name it would have had at `when` (for thinning tests)."""
    target = backup.path.with_name(f"copro-{when:%Y%m%d-%H%M%S-%f}-auto.sqlite3")
    shutil.copyfile(backup.path, target)
    return target


# --- making ------------------------------------------------------------------


def test_a_backup_is_one_private_healthy_file_holding_the_data(database, tmp_path):
    add_group(database, 1, "Peer support")
    folder = tmp_path / "backups"
    made = backups.make_backup(database, folder)

    assert files_in(folder) == {made.path.name}  # no -wal, -shm or partial beside it
    assert made.path.name.endswith("-auto.sqlite3")
    assert backups.is_healthy(made.path)
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert made.path.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL: self-contained
    with closing(sqlite3.connect(f"file:{made.path}?mode=ro&immutable=1", uri=True)) as con:
        assert con.execute("SELECT name FROM working_group").fetchall() == [("Peer support",)]
    assert files_in(folder) == {made.path.name}
    assert backups.list_backups(folder) == [made]
    assert backups.newest_healthy_backup(folder) == made


def test_an_old_folder_is_made_private(database, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    backups.make_backup(database, folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_reason_cannot_reach_outside_the_folder(database, tmp_path):
    with pytest.raises(ValueError):
        backups.make_backup(database, tmp_path / "backups", reason="../../escape")


def _can_mount() -> bool:
    return os.name == "posix" and os.geteuid() == 0 and shutil.which("mount") is not None


@pytest.fixture
def disk_about_to_fill(tmp_path, monkeypatch):
    """(folder, fill): after fill(), writing a backup into folder fails as on a full disk.

    A real, tiny tmpfs when we are root and may mount; otherwise an injected SQLITE_FULL
    from the copy, after it has written part of the partial file and a journal beside it.
    """
    small = tmp_path / "small"
    small.mkdir()
    mounted = _can_mount() and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(small)], capture_output=True
    ).returncode == 0

    def fill_the_disk():
        filler = os.open(small / "filler", os.O_CREAT | os.O_WRONLY, 0o600)
        try:
            while True:
                os.write(filler, b"\0" * 4096)
        except OSError as error:
            assert error.errno == errno.ENOSPC
        finally:
            os.close(filler)

    def inject_full():
        def copy_then_fail(source, target):
            target.write_bytes(b"SQLite format 3\x00" + b"\x00" * 1000)
            target.with_name(target.name + "-journal").write_bytes(b"half")
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(backups, "copy_database", copy_then_fail)

    try:
        yield small / "backups", fill_the_disk if mounted else inject_full
    finally:
        if mounted:
            subprocess.run(["umount", str(small)], check=True)


def test_a_failed_backup_leaves_nothing(database, disk_about_to_fill):
    folder, fill = disk_about_to_fill
    good = backups.make_backup(database, folder)
    add_group(database, 1, "Peer support")  # the next backup has new data to write
    fill()

    with pytest.raises(backups.BackupFailed, match="not enough free space") as raised:
        backups.make_backup(database, folder)

    assert isinstance(raised.value.__cause__, sqlite3.Error | OSError)
    assert files_in(folder) == {good.path.name}
    assert backups.newest_healthy_backup(folder) == good
    assert backups.healthy_backups(folder) == [good]


def test_an_injected_disk_full_leaves_nothing_either(database, tmp_path, monkeypatch):
    folder = tmp_path / "backups"
    good = backups.make_backup(database, folder)

    def copy_then_fail(source, target):
        target.write_bytes(b"SQLite format 3\x00")
        target.with_name(target.name + "-journal").write_bytes(b"half")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backups, "copy_database", copy_then_fail)
    with pytest.raises(backups.BackupFailed) as raised:
        backups.make_backup(database, folder)
    assert isinstance(raised.value.__cause__, sqlite3.OperationalError)
    assert files_in(folder) == {good.path.name}


def test_a_copy_that_fails_its_check_leaves_nothing(database, tmp_path, monkeypatch):
    folder = tmp_path / "backups"
    good = backups.make_backup(database, folder)
    monkeypatch.setattr(backups, "is_healthy", lambda path, expected=None: False)
    with pytest.raises(backups.BackupFailed, match="did not pass its check"):
        backups.make_backup(database, folder)
    assert files_in(folder) == {good.path.name}


def test_a_missing_database_is_not_backed_up(tmp_path):
    folder = tmp_path / "backups"
    with pytest.raises(backups.BackupFailed):
        backups.make_backup(tmp_path / "nowhere.sqlite3", folder)
    assert files_in(folder) == set()
    assert not (tmp_path / "nowhere.sqlite3").exists()


def test_partial_files_left_by_a_crash_are_never_listed_and_go_at_the_next_backup(database, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    for name in (".copro-20260101-000000-000000-auto.partial", ".copro-20260101-000000-000000-auto.partial-journal"):
        (folder / name).write_bytes(b"half a backup")
    assert backups.list_backups(folder) == []
    made = backups.make_backup(database, folder)
    assert files_in(folder) == {made.path.name}


# --- never offering a bad file ------------------------------------------------


def test_empty_truncated_or_garbage_files_are_never_offered(database, tmp_path):
    folder = tmp_path / "backups"
    good = backups.make_backup(database, folder)
    later = [good.made_at + timedelta(hours=h) for h in (1, 2, 3)]
    empty, truncated, garbage = (copy_as(good, when) for when in later)
    empty.write_bytes(b"")
    truncated.write_bytes(good.path.read_bytes()[:5000])
    garbage.write_bytes(b"not a database at all " * 500)

    for bad in (empty, truncated, garbage):
        assert not backups.is_healthy(bad)
    assert backups.newest_healthy_backup(folder) == good
    assert backups.healthy_backups(folder) == [good]
    assert len(backups.list_backups(folder)) == 4
    assert not any(name.endswith(("-wal", "-shm")) for name in files_in(folder))  # checks wrote nothing


def test_a_database_that_is_not_ours_or_has_no_revision_is_not_healthy(tmp_path):
    stranger = tmp_path / "stranger.sqlite3"
    with closing(sqlite3.connect(stranger)) as con:
        con.execute("CREATE TABLE songs (title TEXT)")
        con.commit()
    assert not backups.is_healthy(stranger)
    assert not backups.is_healthy(tmp_path / "missing.sqlite3")


def test_a_copy_with_other_tables_than_expected_is_not_healthy(database, tmp_path):
    made = backups.make_backup(database, tmp_path / "backups")
    with closing(sqlite3.connect(database)) as con:
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert backups.is_healthy(made.path, tables)
    assert not backups.is_healthy(made.path, tables - {"agreement"})


def test_a_missing_folder_has_no_backups(tmp_path):
    assert backups.list_backups(tmp_path / "nowhere") == []
    assert backups.newest_healthy_backup(tmp_path / "nowhere") is None


# --- thinning -------------------------------------------------------------------


def ago(**delta) -> datetime:
    return NOW - timedelta(**delta)


def test_thinning_leaves_no_side_files(database, tmp_path):
    folder = tmp_path / "backups"
    real = backups.make_backup(database, folder)
    recent = [ago(hours=h) for h in (0, 1, 20, 40)]  # all kept
    daily = [ago(days=3), ago(days=3, hours=1), ago(days=6), ago(days=10)]  # 3 kept: one per day
    weekly = [ago(days=20), ago(days=20, hours=2), ago(days=50)]  # 2 kept: one per week
    too_old = [ago(days=100), ago(days=150), ago(days=200), ago(days=300)]  # none kept
    placed = {when: copy_as(real, when) for when in recent + daily + weekly + too_old}
    backups.remove_backup(real.path)
    assert len(placed) == 15
    for when in (ago(days=3, hours=1), ago(days=20, hours=2), ago(days=150), ago(days=300)):
        for suffix in ("-wal", "-shm"):
            placed[when].with_name(placed[when].name + suffix).write_bytes(b"stray")
    for suffix in ("-wal", "-shm"):  # left by older versions' rotation, their backup long gone
        (folder / f"copro-20250101-000000-000000-auto.sqlite3{suffix}").write_bytes(b"")
    assert len(files_in(folder)) == 15 + 8 + 2

    backups.thin(folder, now=NOW)

    assert len(files_in(folder)) == 9
    assert all(name.endswith(".sqlite3") for name in files_in(folder))
    assert {b.made_at for b in backups.list_backups(folder)} == set(recent) | {
        ago(days=3),
        ago(days=6),
        ago(days=10),
        ago(days=20),
        ago(days=50),
    }


def test_the_size_bound_removes_the_oldest_but_never_the_newest_three(database, tmp_path, monkeypatch):
    folder = tmp_path / "backups"
    real = backups.make_backup(database, folder)
    size = real.path.stat().st_size
    for hours in range(1, 8):
        copy_as(real, real.made_at - timedelta(hours=hours))
    monkeypatch.setattr(backups, "SIZE_LIMIT_BYTES", int(size * 4.5))
    backups.thin(folder)
    assert [b.made_at for b in backups.list_backups(folder)] == [real.made_at - timedelta(hours=h) for h in range(4)]

    monkeypatch.setattr(backups, "SIZE_LIMIT_BYTES", 0)
    backups.thin(folder)
    assert len(backups.list_backups(folder)) == 3


def test_making_a_backup_thins_the_folder(database, tmp_path):
    folder = tmp_path / "backups"
    real = backups.make_backup(database, folder)
    copy_as(real, real.made_at - timedelta(days=400))
    newest = backups.make_backup(database, folder)
    assert backups.list_backups(folder) == [newest, real]


def test_every_backup_from_the_last_two_days_is_kept():
    times = [ago(minutes=m) for m in range(0, 48 * 60, 30)]
    assert backups.backups_to_keep(times, NOW) == set(times)


def test_between_two_days_and_two_weeks_the_newest_of_each_day_is_kept():
    morning, evening, other_day = ago(days=5, hours=6), ago(days=5, hours=1), ago(days=9)
    assert backups.backups_to_keep([NOW, morning, evening, other_day], NOW) == {NOW, evening, other_day}


def test_between_two_weeks_and_three_months_the_newest_of_each_week_is_kept():
    monday, thursday = datetime(2026, 4, 13, 9, tzinfo=timezone.utc), datetime(2026, 4, 16, 9, tzinfo=timezone.utc)
    week_before = datetime(2026, 4, 8, 9, tzinfo=timezone.utc)
    assert backups.backups_to_keep([NOW, monday, thursday, week_before], NOW) == {NOW, thursday, week_before}


def test_backups_older_than_three_months_go_unless_it_is_the_only_one():
    old, older = ago(weeks=14), ago(weeks=30)
    assert backups.backups_to_keep([NOW, old, older], NOW) == {NOW}
    assert backups.backups_to_keep([old, older], NOW) == {old}  # the newest is all there is
    assert backups.backups_to_keep([], NOW) == set()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=200 * 24 * 3600), min_size=1, max_size=80, unique=True))
def test_the_thinning_rule_holds_for_any_history(seconds_ago):
    times = [NOW - timedelta(seconds=s) for s in seconds_ago]
    kept = backups.backups_to_keep(times, NOW)

    assert kept <= set(times)
    assert max(times) in kept
    assert all(t in kept for t in times if NOW - t <= timedelta(days=2))

    def kept_in(low, high):
        return [t for t in kept if low < NOW - t <= high]

    daily = kept_in(timedelta(days=2), timedelta(days=14))
    assert len({t.date() for t in daily}) == len(daily)
    weekly = kept_in(timedelta(days=14), timedelta(weeks=13))
    assert len({tuple(t.isocalendar())[:2] for t in weekly}) == len(weekly)
    # every day (week) that had a backup in its band still has one
    in_band = [t for t in times if timedelta(days=2) < NOW - t <= timedelta(days=14)]
    assert {t.date() for t in in_band} == {t.date() for t in daily}
    assert all(NOW - t <= timedelta(weeks=13) or t == max(times) for t in kept)


# --- describing -----------------------------------------------------------------


def test_describe_says_what_a_backup_holds(database, tmp_path):
    add_group(database, 1, "Peer support")
    add_group(database, 2, "Housing group")
    meetings = [
        (1, "April meeting", "2026-04-07"),
        (2, "Early May meeting", "2026-05-05"),
        (3, "May meeting", "2026-05-05"),
        (4, "March meeting", "2026-03-03"),
    ]
    agreements = [(n, 1 + n % 2, f"Agreement {n}") for n in range(1, 13)]
    run_sql(
        database,
        *[
            (
                "INSERT INTO meeting (id, group_id, title, meeting_date, venue, purpose, status, created_at)"
                " VALUES (?, 1, ?, ?, 'Hall', 'Plan', 'planned', '2026-01-01 09:00:00.000000')",
                row,
            )
            for row in meetings
        ],
        *[
            (
                "INSERT INTO agreement (id, group_id, text, status, position, created_at)"
                " VALUES (?, ?, ?, 'agreed', 1, '2026-01-01 09:00:00.000000')",
                row,
            )
            for row in agreements
        ],
    )
    made = backups.make_backup(database, tmp_path / "backups")

    contents = backups.describe(made.path)

    assert contents == backups.BackupContents(("Housing group", "Peer support"), "May meeting", date(2026, 5, 5), 12)
    assert contents.summary() == (
        "2 groups (Housing group, Peer support). Newest meeting: May meeting, Tuesday 5 May 2026. 12 agreements."
    )
    assert files_in(tmp_path / "backups") == {made.path.name}


def test_describe_an_empty_backup(database, tmp_path):
    made = backups.make_backup(database, tmp_path / "backups")
    assert backups.describe(made.path).summary() == "No groups. No meetings. No agreements."


# --- deleted means gone -----------------------------------------------------------


def test_erase_everywhere_removes_a_member_from_every_backup(database, tmp_path):
    folder = tmp_path / "backups"
    add_group(database, 1, "Peer support")
    # An older lineage: id 1 was someone else, who was deleted; SQLite then reuses id 1.
    add_member(database, 1, "Earlier person", "none", "2026-01-01 09:00:00.000000")
    add_member(database, 2, "Ben", "Large print", "2026-01-01 09:05:00.000000")
    earlier = backups.make_backup(database, folder)
    run_sql(database, ("DELETE FROM member WHERE id = 1",))
    add_member(database, 1, "Ana", f"Needs {MARKER} at every meeting", "2026-02-02 10:00:00.123456")
    run_sql(
        database,
        (
            "INSERT INTO meeting (id, group_id, title, meeting_date, venue, purpose, status, created_at)"
            " VALUES (1, 1, 'May meeting', '2026-05-05', 'Hall', 'Plan', 'planned', '2026-01-01 09:00:00.000000')",
        ),
        ("INSERT INTO attendance (meeting_id, member_id) VALUES (1, 1), (1, 2)",),
        (
            "INSERT INTO agreement (id, group_id, text, status, position, proposed_by_id, created_at)"
            " VALUES (1, 1, 'Breaks every hour', 'agreed', 1, 1, '2026-01-01 09:00:00.000000')",
        ),
    )
    holding = [backups.make_backup(database, folder) for _ in range(2)]
    assert all(MARKER.encode() in b.path.read_bytes() for b in holding)

    held = backups.erase_everywhere(folder, tmp_path / "kept-aside", "member", 1, "2026-02-02 10:00:00.123456").changed

    assert held == 2
    for path in folder.iterdir():
        assert path.read_bytes().count(MARKER.encode()) == 0, path.name
    assert files_in(folder) == {earlier.path.name} | {b.path.name for b in holding}
    for backup in holding:
        assert backups.is_healthy(backup.path)
        assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
        with closing(sqlite3.connect(f"file:{backup.path}?mode=ro&immutable=1", uri=True)) as con:
            assert con.execute("SELECT display_name FROM member").fetchall() == [("Ben",)]
            assert con.execute("SELECT member_id FROM attendance").fetchall() == [(2,)]  # cascaded
            assert con.execute("SELECT proposed_by_id, text FROM agreement").fetchall() == [(None, "Breaks every hour")]
    with closing(sqlite3.connect(f"file:{earlier.path}?mode=ro&immutable=1", uri=True)) as con:
        assert con.execute("SELECT id, display_name FROM member ORDER BY id").fetchall() == [
            (1, "Earlier person"),
            (2, "Ben"),
        ]
    assert backups.erase_everywhere(folder, tmp_path / "kept-aside", "member", 1, "2026-02-02 10:00:00.123456").changed == 0


def test_erase_everywhere_only_takes_known_tables(tmp_path):
    with pytest.raises(ValueError):
        backups.erase_everywhere(tmp_path, tmp_path, "member; DROP TABLE meeting", 1, "x")
    with pytest.raises(ValueError):
        backups.erase_everywhere(tmp_path, tmp_path, "agreement", 1, "x")


def test_thinning_never_keeps_an_empty_file_over_a_good_backup_of_the_same_day(tmp_path):
    paths = DataPaths(tmp_path / "data")
    open_database(paths).dispose()
    good = backups.make_backup(paths.database, paths.backups)
    five_days_ago = datetime.now(timezone.utc) - timedelta(days=5)
    older_good = good.path.with_name(f"copro-{five_days_ago:%Y%m%d-%H%M%S-%f}-during.sqlite3")
    good.path.rename(older_good)
    later_same_day = five_days_ago + timedelta(seconds=1)
    empty = paths.backups / f"copro-{later_same_day:%Y%m%d-%H%M%S-%f}-daily.sqlite3"
    empty.write_bytes(b"")
    backups.thin(paths.backups)
    assert older_good.exists() and not empty.exists()


def test_what_was_there_before_going_back_is_kept_for_three_months(tmp_path):
    paths = DataPaths(tmp_path / "data")
    open_database(paths).dispose()
    made = backups.make_backup(paths.database, paths.backups)
    # A Wednesday noon about six weeks ago (local time), so both backups fall in one day and one week.
    six_weeks_ago = (datetime.now().astimezone() - timedelta(days=42)).replace(hour=12, minute=0, second=0)
    wednesday = (six_weeks_ago - timedelta(days=six_weeks_ago.weekday() - 2)).astimezone(timezone.utc)

    def backup_at(moment, reason):
        path = paths.backups / f"copro-{moment:%Y%m%d-%H%M%S-%f}-{reason}.sqlite3"
        path.write_bytes(made.path.read_bytes())
        return path

    going_back = backup_at(wednesday - timedelta(hours=1), backups.GOING_BACK)
    later_that_day = backup_at(wednesday, "during")
    too_old = backup_at(wednesday - timedelta(days=100), backups.GOING_BACK)
    backups.thin(paths.backups)
    assert going_back.exists() and later_that_day.exists()  # not pushed out by the newer one of its week
    assert not too_old.exists()  # beyond three months
