"""The meeting screen: the group's name and the meeting, following the facilitator's choices, nothing private."""

from PySide6.QtWidgets import QLabel

from copro_desktop.groups.audience import MeetingAudience
from copro_desktop.groups.context import GroupContext
from tests.fakes import FakePrompts


def test_it_follows_the_group_and_meeting_and_shows_nothing_private(qtbot, engine, services, group, meeting):
    groups, _ = services
    groups.add_member(group.id, "Sam", "lived_experience", "Needs a quiet room")
    context = GroupContext(engine, FakePrompts())
    view = MeetingAudience(context)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    assert view.texts() == ["Welcome"]  # no group open yet
    context.open_group(group.id)
    assert view.texts() == [group.name, "March meeting", "Wednesday 4 March 2026"]
    context.choose_meeting(None)
    assert view.texts() == [group.name, "Welcome"]
    assert view.title == view.accessibleName() == "Meeting"
    assert view.findChildren(QLabel) == []
    assert "Sam" not in view.accessibleDescription() and "quiet" not in " ".join(view.texts())
