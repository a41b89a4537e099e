"""What the room sees when no panel has its own view: the group and the meeting, nothing private."""

from PySide6.QtWidgets import QWidget

from copro_desktop.clock import full_date
from copro_desktop.groups.context import GroupContext
from copro_desktop.i18n import translate
from copro_desktop.ui.audience import AudienceView, Block


class MeetingAudience(AudienceView):
    """The group's name, and the meeting chosen when it was sent, with its date (or a welcome).

    Choosing another meeting on the laptop does not change the wall: the room sees the new one when
    it is sent again. A rename of the meeting on show does reach it. Never members or their needs.
    """

    heading_scale = 1.4
    heading_centred = True  # a title screen: everything down the middle

    def __init__(self, context: GroupContext, parent: QWidget | None = None):
        super().__init__(translate("MeetingAudience", "Meeting"), parent)
        self.context = context
        self.group = context.group
        self.meeting = context.meeting
        context.groupsEdited.connect(self._renamed)
        context.meetingsEdited.connect(self._renamed)

    def sent(self) -> None:
        self.group, self.meeting = self.context.group, self.context.meeting
        self.refresh()

    def _renamed(self, *_meeting_ids) -> None:
        if self.group is not None and self.context.group is not None and self.context.group.id == self.group.id:
            self.group = self.context.group
        if self.meeting is not None and self.context.meeting is not None and self.context.meeting.id == self.meeting.id:
            self.meeting = self.context.meeting
        self.refresh()

    def heading(self) -> str:
        return self.group.name if self.group else ""

    def blocks(self) -> list[Block]:
        meeting = self.meeting
        if meeting is None:
            return [Block(translate("MeetingAudience", "Welcome"), scale=1.2, centred=True)]
        return [Block(meeting.title, scale=1.2, centred=True), Block(full_date(meeting.meeting_date), centred=True)]
