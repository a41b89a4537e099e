"""Which group and meeting the facilitator is working in, observed by every panel.

It is the one object a panel receives. It also carries what every panel needs alike:
the work file's engine, the undo history, the prompts, the objects two views share
(a panel and its audience view watch one model), and whether the work may be changed
at all (it is opened read-only on a full disk or a locked folder).
"""

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy import Engine

from copro_desktop.groups.service import GroupService
from copro_desktop.groups.tables import Group, Meeting
from copro_desktop.ui.prompts import Prompts
from copro_desktop.ui.undo import WorkHistory

T = TypeVar("T")


class GroupContext(QObject):
    groupChanged = Signal()
    meetingChanged = Signal()
    groupsEdited = Signal()
    membersEdited = Signal()
    meetingsEdited = Signal(list)  # the ids of the meetings edited; empty when any may have changed
    attendanceEdited = Signal(int, int)  # whether this member (second) came to this meeting (first) changed
    notice = Signal(str)  # a short message for the status bar: what just happened
    sendRequested = Signal(str)  # a panel asks for one of its views to be shown to the room

    def __init__(
        self,
        engine: Engine,
        prompts: Prompts,
        history: WorkHistory | None = None,
        read_only_reason: str | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.engine = engine
        self.prompts = prompts
        self.groups = GroupService(engine)
        self.history = history if history is not None else WorkHistory(self)
        self.read_only_reason = read_only_reason
        self.group: Group | None = None
        self.meeting: Meeting | None = None
        self._shared: dict[str, object] = {}

    def shared(self, key: str, make: Callable[[], T]) -> T:
        """One object per key for this window, made on first use: so a panel and its audience view share a model."""
        if key not in self._shared:
            self._shared[key] = make()
        return self._shared[key]  # type: ignore[return-value]

    @property
    def can_change(self) -> bool:
        return self.read_only_reason is None

    @property
    def group_id(self) -> int | None:
        return self.group.id if self.group else None

    @property
    def meeting_id(self) -> int | None:
        return self.meeting.id if self.meeting else None

    def report(self, message: str) -> None:
        self.notice.emit(message)

    def send_to_room(self, view_key: str) -> None:
        """Show the room this view (a panel's second view, such as a picture): the window does it."""
        self.sendRequested.emit(view_key)

    def open_group(self, group_id: int | None) -> None:
        self.group = self.groups.group(group_id) if group_id is not None else None
        if self.group is not None and self.can_change:
            self.groups.remember_group(self.group.id)
        self.meeting = self.groups.current_meeting(self.group.id) if self.group else None
        self.groupChanged.emit()
        self.meetingChanged.emit()

    def refresh_group(self) -> None:
        """Reload the group after its details were edited: the same group, so undo and the room stay as they are."""
        if self.group is not None:
            self.group = self.groups.group(self.group.id)
        self.groupsEdited.emit()

    def choose_meeting(self, meeting_id: int | None) -> None:
        self.meeting = self.groups.meeting(meeting_id) if meeting_id is not None else None
        self.meetingChanged.emit()

    def refresh_meeting(self, meeting_ids: list[int] | None = None) -> None:
        """After these meetings were edited: reload the chosen one (or let go of it if removed), tell the views."""
        if self.meeting is not None:
            self.meeting = self.groups.meeting(self.meeting.id)
        self.meetingsEdited.emit(list(meeting_ids or []))
        self.meetingChanged.emit()
