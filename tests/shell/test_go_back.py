"""Going back to a backup from the running app: what there is now is backed up first, then the chosen one opens."""

from copro_desktop.db import backups
from copro_desktop.groups.service import GroupService
from copro_desktop.shell.backup_schedule import BackupSchedule
from copro_desktop.shell.main_window import MainWindow
from copro_desktop.shell.startup import go_back


def test_going_back_keeps_what_there_is_now_and_opens_the_chosen_backup(qtbot, paths, prompts, engine, services):
    groups, _ = services
    groups.create_group("Housing group")
    older = backups.make_backup(paths.database, paths.backups)
    groups.create_group("Peer support")
    schedule = BackupSchedule(engine, paths)
    window = MainWindow(engine, prompts, backup_schedule=schedule)
    qtbot.addWidget(window)
    window.show()

    prompts.picks.append(0)  # the only backup: one group
    prompts.confirmations.append(True)
    window.go_back_to_backup()
    assert window.going_back_to.path == older.path
    assert not window.isVisible()
    _, question = prompts.last("confirm")
    assert "What you have now is kept as a backup first" in question
    made = backups.list_backups(paths.backups)
    assert [b.reason for b in made] == ["before-going-back", "auto"]  # no second copy on closing
    assert backups.describe(made[0].path).group_names == ("Housing group", "Peer support")
    engine.dispose()

    opened = go_back(paths, window.going_back_to, prompts)
    assert [g.name for g in GroupService(opened.engine).groups()] == ["Housing group"]
    assert opened.notice.startswith("Your work is back as it was on")
    assert not paths.kept_aside.exists()  # the file now replaced is a backup already, not kept aside
    opened.engine.dispose()


def test_cancelling_changes_nothing(qtbot, paths, prompts, window, services):
    services[0].create_group("Housing group")
    backups.make_backup(paths.database, paths.backups)
    prompts.picks.append(0)
    prompts.confirmations.append(False)
    window.go_back_to_backup()
    assert window.going_back_to is None and window.isVisible()
    assert len(backups.list_backups(paths.backups)) == 1


def test_with_no_backups_yet_it_says_when_they_are_made(qtbot, prompts, window):
    window.go_back_to_backup()
    _, text = prompts.last("inform")
    assert "There are no backups yet" in text and "when you close it" in text


def test_the_whole_app_reopens_on_the_chosen_backup(tmp_path):
    from tests.faults.running import result_of, run_child

    completed = run_child("go_back_in_the_app", tmp_path / "data")
    assert "Traceback" not in completed.stderr, completed.stderr
    outcome = result_of(completed)
    assert outcome["code"] == 0
    first, second = outcome["seen"]
    assert first["groups"] == ["Housing group", "Peer support"]
    assert second["groups"] == ["Housing group"]
    assert second["status"].startswith("Your work is back as it was on")
    [kept] = [b for b in backups.list_backups(tmp_path / "data" / "backups") if b.reason == "before-going-back"]
    assert backups.describe(kept.path).group_names == ("Housing group", "Peer support")  # to come back to


def test_going_back_waits_while_a_removal_has_not_reached_every_backup(qtbot, paths, prompts, window, services, monkeypatch):
    groups, _ = services
    group = groups.create_group("Housing group")
    sam = groups.add_member(group.id, "Sam", "carer", "Hearing loop")
    backups.make_backup(paths.database, paths.backups)
    not_now = backups.ErasedFromCopies(failed=(paths.backups,))
    monkeypatch.setattr(backups, "erase_everywhere", lambda *args: not_now)  # as on a full disk
    assert groups.remove_member(sam.id).not_yet == 1
    window.go_back_to_backup()
    _, text = prompts.last("warn")
    assert "Someone you removed is not yet removed from every backup" in text
    assert window.going_back_to is None and not any(kind == "pick" for kind, _, _ in prompts.shown)
