"""The group's meetings: plan, start and finish them, and mark who came."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from copro_desktop.groups import rules
from copro_desktop.groups.commands import PlanMeeting, SetMeetingStatus, edit_meeting, set_attended
from copro_desktop.groups.dialogs import MeetingDialog
from copro_desktop.groups.models import meetings_model
from copro_desktop.groups.context import GroupContext
from copro_desktop.i18n import translate
from copro_desktop.ui.forms import button, heading, wrapped
from copro_desktop.ui.tables import RecordTable
from copro_desktop.ui.undo import dropped_words


class MeetingsPage(QWidget):
    def __init__(self, context: GroupContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.prompts = context.prompts
        self.model = meetings_model(context)  # shared with the meeting choice; it keeps up by itself
        self.table = RecordTable(translate("MeetingsPage", "Meetings"))
        self.table.show_rows(self.model)
        self.table.doubleClicked.connect(lambda _index: self.edit_meeting())
        self.plan = button(translate("MeetingsPage", "P&lan a meeting…"), self.plan_meeting)
        self.edit = button(translate("MeetingsPage", "Ed&it meeting…"), self.edit_meeting)
        self.start = button(translate("MeetingsPage", "S&tart this meeting"), self.start_meeting)
        self.finish = button(translate("MeetingsPage", "Fini&sh this meeting"), self.finish_meeting)
        self.remove = button(translate("MeetingsPage", "Remo&ve meeting…"), self.remove_meeting)

        self.attendance_box = QGroupBox(translate("MeetingsPage", "Who came"))
        self.attendance = QListWidget()
        self.attendance.setAccessibleName(translate("MeetingsPage", "Who came"))
        self.attendance.setUniformItemSizes(True)  # one line per name: measure one, not forty, each time it shows
        self.attendance.itemChanged.connect(self._attendance_ticked)
        box_layout = QVBoxLayout(self.attendance_box)
        if context.can_change:
            hint = translate("MeetingsPage", "Tick each member who came. Press Space to tick.")
        else:
            hint = translate("MeetingsPage", "Who came (to look at only).")
        box_layout.addWidget(wrapped(hint))
        box_layout.addWidget(self.attendance)

        actions = QHBoxLayout()
        for widget in (self.plan, self.edit, self.start, self.finish, self.remove):
            actions.addWidget(widget)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("MeetingsPage", "Meetings")))
        layout.addWidget(self.table, stretch=2)
        layout.addLayout(actions)
        layout.addWidget(self.attendance_box, stretch=1)

        context.groupChanged.connect(self._group_changed)
        context.attendanceEdited.connect(self._attendance_edited)
        context.membersEdited.connect(self._load_attendance)
        context.meetingsEdited.connect(self._selection_changed)  # the rows have caught up already
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._group_changed()

    def _group_changed(self) -> None:
        """Another group's meetings: start on the meeting in hand, if there is one."""
        if self.context.meeting_id is not None:
            self.table.choose_row(self.model.row_of(self.context.meeting_id))
        self._selection_changed()

    def _chosen(self):
        meeting_id = self.table.chosen_id()
        return None if meeting_id is None else self.model.rows[self.model.row_of(meeting_id)]

    def _selection_changed(self, *_signal_args) -> None:
        meeting = self._chosen()
        can_change = self.context.can_change
        self.plan.setEnabled(can_change)
        for widget in (self.edit, self.remove):
            widget.setEnabled(meeting is not None and can_change)
        status = meeting.status if meeting is not None and can_change else None
        self.start.setEnabled(rules.can_start(status))
        self.finish.setEnabled(rules.can_finish(status))
        self._load_attendance()

    def _load_attendance(self) -> None:
        meeting = self._chosen()
        row = self.attendance.currentRow()  # the keyboard stays on the person just ticked
        self.attendance.blockSignals(True)
        self.attendance.clear()
        if meeting is not None:
            self.attendance_box.setTitle(translate("MeetingsPage", "Who came to {title}").format(title=meeting.title))
        else:
            self.attendance_box.setTitle(translate("MeetingsPage", "Who came"))
        self.attendance_box.setEnabled(meeting is not None)
        if meeting is not None and self.context.group_id is not None:
            came = self.context.groups.attendees(meeting.id)
            for member in self.context.groups.members(self.context.group_id):
                item = QListWidgetItem(member.display_name)
                item.setData(Qt.ItemDataRole.UserRole, member.id)
                if self.context.can_change:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                else:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if member.id in came else Qt.CheckState.Unchecked)
                self.attendance.addItem(item)
            if 0 <= row < self.attendance.count():
                self.attendance.setCurrentRow(row)
        self.attendance.blockSignals(False)

    def _attendance_ticked(self, item: QListWidgetItem) -> None:
        meeting = self._chosen()
        if meeting is not None and self.context.can_change:
            attended = item.checkState() == Qt.CheckState.Checked
            member_id = item.data(Qt.ItemDataRole.UserRole)
            self.context.history.push(
                set_attended(
                    self.context.groups,
                    lambda _ids, member_id=member_id, meeting_id=meeting.id: self._ticked(member_id, meeting_id),
                    meeting.id,
                    member_id,
                    attended,
                    item.text(),
                )
            )

    def _ticked(self, member_id: int, meeting_id: int) -> None:
        self.context.attendanceEdited.emit(meeting_id, member_id)  # this page and any panel that works with who is here

    def _attendance_edited(self, meeting_id: int, member_id: int) -> None:
        """A tick here, or a hand raised on another panel that says someone came."""
        meeting = self._chosen()
        if meeting is not None and meeting.id == meeting_id:
            self._show_tick_soon(member_id)

    def _show_tick_soon(self, member_id: int) -> None:
        # Later: the ticked item must outlive this signal. One tick, one item: the list is not rebuilt,
        # so a screen reader keeps its place.
        QTimer.singleShot(0, lambda: self._show_tick(member_id))

    def _show_tick(self, member_id: int) -> None:
        meeting = self._chosen()
        if meeting is None:
            return
        came = member_id in self.context.groups.attendees(meeting.id)
        for row in range(self.attendance.count()):
            item = self.attendance.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == member_id:
                self.attendance.blockSignals(True)
                item.setCheckState(Qt.CheckState.Checked if came else Qt.CheckState.Unchecked)
                self.attendance.blockSignals(False)

    def plan_meeting(self) -> None:
        if self.context.group_id is None or not self.context.can_change:
            return
        dialog = MeetingDialog(self)
        planned: list[PlanMeeting] = []

        def save():
            groups, group_id = self.context.groups, self.context.group_id
            planned.append(PlanMeeting(groups, self._after_change, group_id, *dialog.values()))
            self.context.history.attempt(planned[-1])

        dialog.save = save
        if dialog.exec():  # the command has put in the new row already: only choose it
            self.table.focus_row(self.model.row_of(planned[-1].meeting_id))

    def edit_meeting(self) -> None:
        meeting = self._chosen()
        if meeting is None or not self.context.can_change:
            return
        dialog = MeetingDialog(self, meeting)
        dialog.save = lambda: self.context.history.attempt(
            edit_meeting(self.context.groups, self._after_change, meeting.id, *dialog.values())
        )
        if dialog.exec():
            self.table.focus_row(self.model.row_of(meeting.id))

    def start_meeting(self) -> None:
        meeting = self._chosen()
        if meeting is not None:
            label = translate("MeetingsPage", "start a meeting")
            self.context.history.push(self._status_command(meeting, rules.MeetingStatus.IN_PROGRESS, label))
            self.context.choose_meeting(meeting.id)
            # Keep the keyboard on the meeting just started, not on a button that just went grey.
            self.table.focus_row(self.model.row_of(meeting.id))

    def finish_meeting(self) -> None:
        meeting = self._chosen()
        if meeting is not None:
            label = translate("MeetingsPage", "finish a meeting")
            self.context.history.push(self._status_command(meeting, rules.MeetingStatus.FINISHED, label))
            self.table.focus_row(self.model.row_of(meeting.id))

    def _status_command(self, meeting, status: str, label: str) -> SetMeetingStatus:
        return SetMeetingStatus(self.context.groups, self._after_change, meeting.id, status, label)

    def remove_meeting(self) -> None:
        meeting = self._chosen()
        if meeting is None:
            return
        if self.prompts.confirm(
            self,
            translate("MeetingsPage", "Remove meeting"),
            translate(
                "MeetingsPage",
                "Remove the meeting “{title}”? Its attendance, its turns and its record of revisiting "
                "agreements are deleted for good, also from Copro Desktop's backups. This cannot be undone.",
            ).format(title=meeting.title),
            translate("MeetingsPage", "&Remove meeting"),
        ):
            erased = self.context.groups.remove_meeting(meeting.id)
            dropped = self.context.history.drop(("meeting", meeting.id))
            if self.context.meeting_id == meeting.id:
                self.context.choose_meeting(None)
            self._after_change([meeting.id])
            what = translate("MeetingsPage", "The meeting “{title}”").format(title=meeting.title)
            self.context.report(erased.summary(what) + dropped_words(dropped))

    def _after_change(self, meeting_ids: list[int]) -> None:
        """After a change, undo or redo: those meetings' rows catch up, in the table and the meeting choice."""
        self.context.refresh_meeting(meeting_ids)
