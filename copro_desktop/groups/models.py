"""Table models for members and meetings, with named columns, tested without a window."""

from enum import IntEnum

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from copro_desktop.clock import full_date
from copro_desktop.groups.context import GroupContext
from copro_desktop.groups.service import GroupService
from copro_desktop.groups.tables import Meeting, Member
from copro_desktop.groups.words import meeting_line, meeting_status, perspective
from copro_desktop.i18n import QT_TRANSLATE_NOOP, translate
from copro_desktop.ui.tables import ID_ROLE, RECORD_ROLES

_Index = QModelIndex | QPersistentModelIndex
_SHOWN = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole]
_ANSWERED = frozenset(RECORD_ROLES)  # every role a record table copies (ui/tables.py), and no other


class _RowsModel(QAbstractTableModel):
    """Rows of records with a fixed list of named columns."""

    headers: tuple[str, ...] = ()  # in English, marked for the translators in the "GroupTables" context

    def __init__(self, groups: GroupService, parent=None):
        super().__init__(parent)
        self.groups = groups
        self.group_id: int | None = None
        self.rows: list = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("GroupTables", self.headers[section])
        return None

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        # A table sized to its contents asks every row for many roles: answer the rest at once.
        if role not in _ANSWERED or not index.isValid():
            return None
        record = self.rows[index.row()]
        if role == ID_ROLE:
            return record.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(record, index.column())
        return None

    def cell(self, record, column: int) -> str:
        raise NotImplementedError

    # Keeping up with the database. Only another group resets the model; every other change
    # arrives as rows inserted, removed, moved or changed, so views keep their place.
    def load(self, group_id: int | None) -> None:
        rows = self.fetch_all(group_id) if group_id is not None else []
        if group_id != self.group_id:
            self.group_id = group_id
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
        else:
            self.sync(rows)

    def sync(self, rows: list) -> None:
        """Become `rows` (the same group's records, in order) with the fewest row signals."""
        wanted = {record.id for record in rows}
        for row in reversed(range(len(self.rows))):
            if self.rows[row].id not in wanted:
                self._remove_row(row)
        for target, record in enumerate(rows):
            self._put(record, target)

    def touched(self, record_ids) -> None:
        """Re-read only these records and put each in its row (or take it out, if gone)."""
        for record_id in record_ids:
            record = self.fetch_one(record_id)
            if record is None or record.group_id != self.group_id:
                row = self.row_of(record_id)
                if row >= 0:
                    self._remove_row(row)
                continue
            others = [r for r in self.rows if r.id != record.id]
            self._put(record, sum(1 for r in others if self.sort_key(r) < self.sort_key(record)))

    def _remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()

    def _put(self, record, target: int) -> None:
        row = self.row_of(record.id)
        if row < 0:
            self.beginInsertRows(QModelIndex(), target, target)
            self.rows.insert(target, record)
            self.endInsertRows()
            return
        if row != target:
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + 1 if target > row else target)
            self.rows.insert(target, self.rows.pop(row))
            self.endMoveRows()
        old, self.rows[target] = self.rows[target], record
        if old.model_dump() != record.model_dump():
            self.dataChanged.emit(self.index(target, 0), self.index(target, len(self.headers) - 1), _SHOWN)

    def row_of(self, record_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == record_id), -1)

    # What each table reads, and its order (as the service's query sorts them).
    def fetch_all(self, group_id: int) -> list:
        raise NotImplementedError

    def fetch_one(self, record_id: int):
        raise NotImplementedError

    def sort_key(self, record):
        raise NotImplementedError


class MembersModel(_RowsModel):
    class Column(IntEnum):
        NAME = 0
        PERSPECTIVE = 1
        ACCESS_NEEDS = 2

    headers = (
        QT_TRANSLATE_NOOP("GroupTables", "Name"),
        QT_TRANSLATE_NOOP("GroupTables", "Perspective"),
        QT_TRANSLATE_NOOP("GroupTables", "Access needs noted"),
    )

    def fetch_all(self, group_id: int) -> list[Member]:
        return self.groups.members(group_id)

    def fetch_one(self, member_id: int) -> Member | None:
        return self.groups.member(member_id)

    def sort_key(self, member: Member):
        return (member.display_name, member.id)

    def cell(self, member: Member, column: int) -> str:
        if column == self.Column.NAME:
            return member.display_name
        if column == self.Column.PERSPECTIVE:
            return perspective(member.perspective)
        # The needs themselves stay in the member's own window, one person at a time.
        return translate("GroupTables", "Yes") if member.access_needs else translate("GroupTables", "No")


class MeetingsModel(_RowsModel):
    class Column(IntEnum):
        DATE = 0
        TITLE = 1
        VENUE = 2
        STATUS = 3

    headers = (
        QT_TRANSLATE_NOOP("GroupTables", "Date"),
        QT_TRANSLATE_NOOP("GroupTables", "Title"),
        QT_TRANSLATE_NOOP("GroupTables", "Venue"),
        QT_TRANSLATE_NOOP("GroupTables", "Status"),
    )

    def fetch_all(self, group_id: int) -> list[Meeting]:
        return self.groups.meetings(group_id)

    def fetch_one(self, meeting_id: int) -> Meeting | None:
        return self.groups.meeting(meeting_id)

    def sort_key(self, meeting: Meeting):
        return (-meeting.meeting_date.toordinal(), -meeting.id)  # newest first

    def cell(self, meeting: Meeting, column: int) -> str:
        if column == self.Column.DATE:
            return full_date(meeting.meeting_date)
        if column == self.Column.TITLE:
            return meeting.title
        if column == self.Column.VENUE:
            return meeting.venue
        return meeting_status(meeting.status)


def meetings_model(context: GroupContext) -> MeetingsModel:
    """The window's one meetings model: the meetings page and the meeting choice both watch it.

    It keeps up by itself: another group loads it afresh; an edit re-reads only the meetings it touched.
    """

    def make() -> MeetingsModel:
        model = MeetingsModel(context.groups, context)
        context.groupChanged.connect(lambda: model.load(context.group_id))
        context.meetingsEdited.connect(lambda ids: model.touched(ids) if ids else model.load(context.group_id))
        model.load(context.group_id)
        return model

    return context.shared("groups.meetings", make)


class MeetingChoices(QAbstractListModel):
    """The meeting choice: "No meeting chosen", then each meeting as one line.

    It follows the meetings model row by row (one row further down), so an edit changes one line
    and the choice stays on the same meeting.
    """

    def __init__(self, meetings: MeetingsModel, parent=None):
        super().__init__(parent)
        self.meetings = meetings
        top = QModelIndex()
        meetings.rowsAboutToBeInserted.connect(lambda _p, first, last: self.beginInsertRows(top, first + 1, last + 1))
        meetings.rowsInserted.connect(self.endInsertRows)
        meetings.rowsAboutToBeRemoved.connect(lambda _p, first, last: self.beginRemoveRows(top, first + 1, last + 1))
        meetings.rowsRemoved.connect(self.endRemoveRows)
        meetings.rowsAboutToBeMoved.connect(
            lambda _p, first, last, _to, row: self.beginMoveRows(top, first + 1, last + 1, top, row + 1)
        )
        meetings.rowsMoved.connect(self.endMoveRows)
        meetings.modelAboutToBeReset.connect(self.beginResetModel)
        meetings.modelReset.connect(self.endResetModel)
        meetings.dataChanged.connect(self._changed)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.meetings.rows) + 1

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        meeting = self.meetings.rows[index.row() - 1] if index.row() > 0 else None
        if role == Qt.ItemDataRole.UserRole:  # what the combo box's currentData() and findData() read
            return meeting.id if meeting is not None else None
        if role in _SHOWN:
            return meeting_line(meeting) if meeting is not None else translate("MeetingChoices", "No meeting chosen")
        return None

    def _changed(self, top_left: QModelIndex, bottom_right: QModelIndex, _roles=()) -> None:
        self.dataChanged.emit(self.index(top_left.row() + 1), self.index(bottom_right.row() + 1), _SHOWN)


def meeting_choices(context: GroupContext) -> MeetingChoices:
    return context.shared("groups.meeting_choices", lambda: MeetingChoices(meetings_model(context), context))
