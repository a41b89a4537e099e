"""Table models for members and meetings, with named columns, tested without a window."""

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from copro_desktop.clock import full_date
from copro_desktop.groups.rules import MEETING_STATUSES, PERSPECTIVES
from copro_desktop.groups.service import GroupService
from copro_desktop.groups.tables import Meeting, Member
from copro_desktop.ui.tables import ID_ROLE

_Index = QModelIndex | QPersistentModelIndex


class _RowsModel(QAbstractTableModel):
    """Rows of records with a fixed list of named columns."""

    headers: tuple[str, ...] = ()

    def __init__(self, groups: GroupService, parent=None):
        super().__init__(parent)
        self.groups = groups
        self.rows: list = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self.rows[index.row()]
        if role == ID_ROLE:
            return record.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(record, index.column())
        return None

    def cell(self, record, column: int) -> str:
        raise NotImplementedError

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, record_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == record_id), -1)


class MembersModel(_RowsModel):
    class Column(IntEnum):
        NAME = 0
        PERSPECTIVE = 1
        ACCESS_NEEDS = 2

    headers = ("Name", "Perspective", "Access needs noted")

    def load(self, group_id: int | None) -> None:
        self.set_rows(self.groups.members(group_id) if group_id is not None else [])

    def cell(self, member: Member, column: int) -> str:
        if column == self.Column.NAME:
            return member.display_name
        if column == self.Column.PERSPECTIVE:
            return PERSPECTIVES[member.perspective]
        # The needs themselves stay in the member's own window, one person at a time.
        return "Yes" if member.access_needs else "No"


class MeetingsModel(_RowsModel):
    class Column(IntEnum):
        DATE = 0
        TITLE = 1
        VENUE = 2
        STATUS = 3

    headers = ("Date", "Title", "Venue", "Status")

    def load(self, group_id: int | None) -> None:
        self.set_rows(self.groups.meetings(group_id) if group_id is not None else [])

    def cell(self, meeting: Meeting, column: int) -> str:
        if column == self.Column.DATE:
            return full_date(meeting.meeting_date)
        if column == self.Column.TITLE:
            return meeting.title
        if column == self.Column.VENUE:
            return meeting.venue
        return MEETING_STATUSES[meeting.status]
