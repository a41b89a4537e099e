"""What the room sees when no panel has its own view: the group and the meeting, nothing private."""

from PySide6.QtWidgets import QWidget

from copro_desktop.clock import full_date
from copro_desktop.groups.context import GroupContext
from copro_desktop.i18n import translate
from copro_desktop.ui.audience import AudienceView, Block


class MeetingAudience(AudienceView):
    """The group's name, and today's meeting with its date (or a welcome). Never members or their needs."""

    heading_scale = 1.4
    heading_centred = True  # a title screen: everything down the middle

    def __init__(self, context: GroupContext, parent: QWidget | None = None):
        super().__init__(translate("MeetingAudience", "Meeting"), parent)
        self.context = context
        for signal in (context.groupChanged, context.meetingChanged, context.groupsEdited, context.meetingsEdited):
            signal.connect(self.refresh)

    def heading(self) -> str:
        group = self.context.group
        return group.name if group else ""

    def blocks(self) -> list[Block]:
        meeting = self.context.meeting
        if meeting is None:
            return [Block(translate("MeetingAudience", "Welcome"), scale=1.2, centred=True)]
        return [Block(meeting.title, scale=1.2, centred=True), Block(full_date(meeting.meeting_date), centred=True)]
