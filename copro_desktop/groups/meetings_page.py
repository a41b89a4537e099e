"""The group's meetings: plan, start and finish them, and mark who came."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from copro_desktop.groups.dialogs import MeetingDialog
from copro_desktop.groups.models import MeetingsModel
from copro_desktop.shell.context import GroupContext
from copro_desktop.shell.forms import button, heading, wrapped
from copro_desktop.shell.prompts import Prompts
from copro_desktop.shell.tables import RecordTable


class MeetingsPage(QWidget):
    def __init__(self, context: GroupContext, prompts: Prompts, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.prompts = prompts
        self.model = MeetingsModel(context.groups, self)
        self.table = RecordTable("Meetings")
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(lambda _index: self.edit_meeting())
        self.plan = button("&Plan a meeting…", self.plan_meeting)
        self.edit = button("&Edit meeting…", self.edit_meeting)
        self.start = button("&Start this meeting", self.start_meeting)
        self.finish = button("&Finish this meeting", self.finish_meeting)
        self.remove = button("&Remove meeting…", self.remove_meeting)

        self.attendance_box = QGroupBox("Who came")
        self.attendance = QListWidget()
        self.attendance.setAccessibleName("Who came")
        self.attendance.itemChanged.connect(self._attendance_ticked)
        box_layout = QVBoxLayout(self.attendance_box)
        box_layout.addWidget(wrapped("Tick each member who came. Press Space to tick."))
        box_layout.addWidget(self.attendance)

        actions = QHBoxLayout()
        for widget in (self.plan, self.edit, self.start, self.finish, self.remove):
            actions.addWidget(widget)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Meetings"))
        layout.addWidget(self.table, stretch=2)
        layout.addLayout(actions)
        layout.addWidget(self.attendance_box, stretch=1)

        context.groupChanged.connect(self.reload)
        context.membersEdited.connect(self._load_attendance)
        context.meetingsEdited.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._select_next: int | None = None
        self.reload()

    def reload(self) -> None:
        chosen = self._select_next or self.table.chosen_id() or self.context.meeting_id
        self._select_next = None
        self.model.load(self.context.group_id)
        if chosen is not None:
            self.table.choose_row(self.model.row_of(chosen))
        self._selection_changed()

    def _chosen(self):
        meeting_id = self.table.chosen_id()
        return None if meeting_id is None else self.model.rows[self.model.row_of(meeting_id)]

    def _selection_changed(self) -> None:
        meeting = self._chosen()
        for widget in (self.edit, self.remove):
            widget.setEnabled(meeting is not None)
        self.start.setEnabled(meeting is not None and meeting.status != "in_progress")
        self.finish.setEnabled(meeting is not None and meeting.status == "in_progress")
        self._load_attendance()

    def _load_attendance(self) -> None:
        meeting = self._chosen()
        self.attendance.blockSignals(True)
        self.attendance.clear()
        self.attendance_box.setTitle(f"Who came to {meeting.title}" if meeting else "Who came")
        self.attendance_box.setEnabled(meeting is not None)
        if meeting is not None and self.context.group_id is not None:
            came = self.context.groups.attendees(meeting.id)
            for member in self.context.groups.members(self.context.group_id):
                item = QListWidgetItem(member.display_name)
                item.setData(Qt.ItemDataRole.UserRole, member.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if member.id in came else Qt.CheckState.Unchecked)
                self.attendance.addItem(item)
        self.attendance.blockSignals(False)

    def _attendance_ticked(self, item: QListWidgetItem) -> None:
        meeting = self._chosen()
        if meeting is not None:
            attended = item.checkState() == Qt.CheckState.Checked
            self.context.groups.set_attended(meeting.id, item.data(Qt.ItemDataRole.UserRole), attended)

    def plan_meeting(self) -> None:
        if self.context.group_id is None:
            return
        dialog = MeetingDialog(self)
        dialog.save = lambda: self.context.groups.plan_meeting(self.context.group_id, *dialog.values())
        if dialog.exec():
            self._after_change(dialog.saved.id)

    def edit_meeting(self) -> None:
        meeting = self._chosen()
        if meeting is None:
            return
        dialog = MeetingDialog(self, meeting)
        dialog.save = lambda: self.context.groups.update_meeting(meeting.id, *dialog.values())
        if dialog.exec():
            self._after_change(meeting.id)

    def start_meeting(self) -> None:
        meeting = self._chosen()
        if meeting is not None:
            self.context.groups.set_meeting_status(meeting.id, "in_progress")
            self.context.choose_meeting(meeting.id)
            self._after_change(meeting.id)

    def finish_meeting(self) -> None:
        meeting = self._chosen()
        if meeting is not None:
            self.context.groups.set_meeting_status(meeting.id, "finished")
            self._after_change(meeting.id)

    def remove_meeting(self) -> None:
        meeting = self._chosen()
        if meeting is None:
            return
        if self.prompts.confirm(
            self,
            "Remove meeting",
            f"Remove the meeting “{meeting.title}”? Its attendance and its record of revisiting "
            "agreements go too. This cannot be undone.",
            "Remove meeting",
        ):
            self.context.groups.remove_meeting(meeting.id)
            if self.context.meeting_id == meeting.id:
                self.context.choose_meeting(None)
            self._after_change(None)

    def _after_change(self, meeting_id: int | None) -> None:
        self._select_next = meeting_id
        self.context.refresh_meeting()  # reloads this page (and the meeting list) through meetingsEdited
