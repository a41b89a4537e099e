"""Backups are taken on a clean close and every ten minutes of a session with changes, and only then."""

from copro_desktop.db import backups
from copro_desktop.shell.backup_schedule import EVERY_MS, BackupSchedule
from copro_desktop.shell.main_window import MainWindow


def test_every_ten_minutes_only_when_something_changed(qtbot, engine, paths, services, group):
    schedule = BackupSchedule(engine, paths)
    assert schedule.timer.isActive() and schedule.timer.interval() == EVERY_MS == 10 * 60 * 1000
    schedule.timer.timeout.emit()  # the first tick: the group made before it is not in any backup yet
    assert len(backups.list_backups(paths.backups)) == 1
    schedule.timer.timeout.emit()  # nothing changed since
    assert len(backups.list_backups(paths.backups)) == 1
    services[0].groups()  # reading is not a change
    schedule.timer.timeout.emit()
    assert len(backups.list_backups(paths.backups)) == 1
    services[0].add_member(group.id, "Sam", "carer")
    schedule.timer.timeout.emit()
    [newest, _] = backups.list_backups(paths.backups)
    assert "during" in newest.path.name and backups.describe(newest.path).group_names == (group.name,)


def test_closing_the_window_takes_a_checked_backup(qtbot, engine, paths, prompts, services, group):
    schedule = BackupSchedule(engine, paths)
    schedule.back_up_if_changed("during")
    window = MainWindow(engine, prompts, backup_schedule=schedule)
    qtbot.addWidget(window)
    window.show()
    services[0].add_member(group.id, "Sam", "carer")
    window.close()
    newest = backups.list_backups(paths.backups)[0]
    assert "on-closing" in newest.path.name and backups.is_healthy(newest.path)


def test_opening_and_closing_without_a_change_makes_no_new_backup(qtbot, paths, prompts, services, group, engine):
    from copro_desktop.db.opening import open_database

    def session(engine, change):
        window = MainWindow(engine, prompts, backup_schedule=BackupSchedule(engine, paths))
        qtbot.addWidget(window)
        window.show()
        change()
        window.close()
        engine.dispose()

    session(engine, lambda: services[0].add_member(group.id, "Sam", "carer"))
    assert len(backups.list_backups(paths.backups)) == 1
    session(open_database(paths), lambda: None)  # only looked
    assert len(backups.list_backups(paths.backups)) == 1
