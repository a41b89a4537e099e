"""The meeting screen: the group's name and the meeting as sent, nothing private."""

from PySide6.QtWidgets import QLabel

from copro_desktop.groups.audience import MeetingAudience
from copro_desktop.groups.context import GroupContext
from tests.fakes import FakePrompts


def test_it_shows_the_meeting_as_sent_and_nothing_private(qtbot, engine, services, group, meeting):
    groups, _ = services
    groups.add_member(group.id, "Sam", "lived_experience", "Needs a quiet room")
    context = GroupContext(engine, FakePrompts())
    view = MeetingAudience(context)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    assert view.texts() == ["Welcome"]  # no group open yet
    context.open_group(group.id)
    view.sent()
    assert view.texts() == [group.name, "March meeting", "Wednesday 4 March 2026"]
    groups.update_meeting(meeting.id, "March meeting, moved", meeting.meeting_date, meeting.venue, meeting.purpose)
    context.refresh_meeting()  # as the Meetings panel does after an edit
    assert view.texts() == [group.name, "March meeting, moved", "Wednesday 4 March 2026"]  # a rename reaches it
    context.choose_meeting(None)
    assert view.texts() == [group.name, "March meeting, moved", "Wednesday 4 March 2026"]  # not until it is sent
    view.sent()
    assert view.texts() == [group.name, "Welcome"]
    assert view.title == view.accessibleName() == "Meeting"
    assert view.findChildren(QLabel) == []
    assert "Sam" not in view.accessibleDescription() and "quiet" not in " ".join(view.texts())
