"""The one model both Agreements views watch: the facilitator's panel and the projector."""

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from copro_desktop.agreements.rules import Status, status_label
from copro_desktop.agreements.service import AgreementService
from copro_desktop.agreements.tables import Agreement
from copro_desktop.groups.context import GroupContext
from copro_desktop.i18n import translate

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
TEXT_ROLE = Qt.ItemDataRole.UserRole + 3

_SHOWN = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole]
# Which roles change when the words or the status change.
_TEXT_ROLES = [*_SHOWN, TEXT_ROLE]
_STATUS_ROLES = [*_SHOWN, STATUS_ROLE, Qt.ItemDataRole.FontRole]
SHOWN_ROLES = (*_SHOWN, TEXT_ROLE, ID_ROLE, STATUS_ROLE, Qt.ItemDataRole.FontRole)  # every role it answers
_ANSWERED = frozenset(SHOWN_ROLES)


@dataclass(frozen=True, slots=True)
class AgreementRow:
    """An agreement as the views show it: a plain copy, because a view reads every row many times
    per paint, and a database object's attributes cost several times more to read."""

    id: int
    group_id: int
    text: str
    status: str
    position: int

    @classmethod
    def of(cls, agreement: Agreement) -> "AgreementRow":
        return cls(agreement.id, agreement.group_id, agreement.text, agreement.status, agreement.position)


class AgreementsModel(QAbstractListModel):
    """All of a group's agreements in the group's order (row = stored position).

    After a change, call touched(ids): the model re-reads only those agreements and tells
    its views exactly which rows were inserted, removed, moved or changed. Only opening
    another group resets the whole model.
    """

    # Kept for the projector's view until it watches the row signals; nothing new should use it.

    def __init__(self, service: AgreementService, parent=None):
        super().__init__(parent)
        self.service = service
        self.group_id: int | None = None
        self.items: list[AgreementRow] = []
        self._bold: QFont | None = None
        self._shown: dict[str, tuple[str, str]] = {}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # A list view asks for many roles of every row each time it lays out: answer the rest at once.
        if role not in _ANSWERED or not index.isValid():
            return None
        agreement = self.items[index.row()]
        if role in _SHOWN:
            # Status in words as well as look: never colour alone.
            return self._shown_words(agreement)
        if role == TEXT_ROLE:
            return agreement.text
        if role == ID_ROLE:
            return agreement.id
        if role == STATUS_ROLE:
            return agreement.status
        if agreement.status == Status.AGREED:  # the font role
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        return None

    def _shown_words(self, agreement: AgreementRow) -> str:
        # Translated once per status, not on every call: a view asks for every row each time it lays out.
        if not self._shown:
            template = translate("AgreementsModel", "{agreement}    ({status})")
            self._shown = {status: (template, status_label(status)) for status in Status}
        template, status = self._shown[agreement.status]
        return template.format(agreement=agreement.text, status=status)

    def load_group(self, group_id: int | None) -> None:
        self.group_id = group_id
        self.beginResetModel()
        self.items = [AgreementRow.of(a) for a in self.service.agreements(group_id)] if group_id is not None else []
        self.endResetModel()

    def touched(self, agreement_ids: Iterable[int | None]) -> None:
        """Bring these agreements up to date with the database, one row signal per change."""
        ids = [i for i in agreement_ids if i is not None]
        fresh = self.service.some(ids) if ids else {}
        for agreement_id in ids:
            agreement = fresh.get(agreement_id)
            if agreement is None or agreement.group_id != self.group_id:
                self._remove(agreement_id)
            else:
                self._place(AgreementRow.of(agreement))

    def _remove(self, agreement_id: int) -> None:
        row = self.row_of(agreement_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.items[row]
            self.endRemoveRows()

    def _place(self, agreement: AgreementRow) -> None:
        row = self.row_of(agreement.id)
        if row < 0:
            # Positions have no gaps, so its position is its row (clamped, to be safe).
            row = max(0, min(agreement.position, len(self.items)))
            self.beginInsertRows(QModelIndex(), row, row)
            self.items.insert(row, agreement)
            self.endInsertRows()
            return
        target = max(0, min(agreement.position, len(self.items) - 1))
        if target != row:
            # Qt wants the row it goes before, counted before the move.
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + 1 if target > row else target)
            self.items.insert(target, self.items.pop(row))
            self.endMoveRows()
        old = self.items[target]
        self.items[target] = agreement
        roles = (_TEXT_ROLES if old.text != agreement.text else []) + (
            _STATUS_ROLES if old.status != agreement.status else []
        )
        if roles:
            index = self.index(target)
            self.dataChanged.emit(index, index, list(dict.fromkeys(roles)))

    def agreed(self) -> list[AgreementRow]:
        return [a for a in self.items if a.status == Status.AGREED]

    def row_of(self, agreement_id: int) -> int:
        return next((i for i, a in enumerate(self.items) if a.id == agreement_id), -1)

    def find(self, agreement_id: int) -> AgreementRow | None:
        row = self.row_of(agreement_id)
        return self.items[row] if row >= 0 else None


def agreements_model(context: GroupContext) -> AgreementsModel:
    """The window's one agreements model, shared by the panel and the projector."""
    return context.shared("agreements.model", lambda: AgreementsModel(AgreementService(context.engine), context))
