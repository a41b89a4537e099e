"""Close the app, open it again on the same folder: everything is as it was left."""

from datetime import date

from copro_desktop.db.opening import open_database
from copro_desktop.shell.main_window import MainWindow
from tests.helpers import add_member_through_dialog


def test_everything_is_there_after_reopening(qtbot, paths, prompts):
    engine = open_database(paths)
    first = MainWindow(engine, prompts)
    qtbot.addWidget(first)
    first.show()
    first.welcome.name.setText("Housing group")
    first.welcome.create_group()
    group_id = first.context.group_id
    add_member_through_dialog(qtbot, first.page("members"), "Sam", "Lived experience", "Large print")
    meeting = first.groups.plan_meeting(group_id, "May meeting", date(2026, 5, 5))
    first.groups.set_meeting_status(meeting.id, "in_progress")
    first.open_panel("agreements")
    panel = first.page("agreements")
    panel.new_text.setText("We listen")
    panel.propose()
    panel.view.setCurrentIndex(panel.view.model().index(0, 0))
    panel.agree_button.click()
    first.close()
    engine.dispose()

    engine = open_database(paths)
    second = MainWindow(engine, prompts)
    qtbot.addWidget(second)
    assert second.screens.currentIndex() == 1  # no welcome screen the second time
    assert second.context.group.name == "Housing group"
    assert second.context.meeting.title == "May meeting"
    assert second.page("members").model.rowCount() == 1
    assert [(m.display_name, m.access_needs) for m in second.groups.members(group_id)] == [("Sam", "Large print")]
    assert [(a.text, a.status) for a in second.page("agreements").model.items] == [("We listen", "agreed")]
    second.close()
    engine.dispose()
