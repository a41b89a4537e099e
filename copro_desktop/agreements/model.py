"""The one model both Agreements views watch: the facilitator's panel and the projector."""

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from copro_desktop.agreements.rules import STATUS_LABELS
from copro_desktop.agreements.service import AgreementService
from copro_desktop.agreements.tables import Agreement
from copro_desktop.groups.context import GroupContext

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
TEXT_ROLE = Qt.ItemDataRole.UserRole + 3


class AgreementsModel(QAbstractListModel):
    """All of a group's agreements in the group's order. Call reload() after any change."""

    reloaded = Signal()

    def __init__(self, service: AgreementService, parent=None):
        super().__init__(parent)
        self.service = service
        self.group_id: int | None = None
        self.items: list[Agreement] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        agreement = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # Status in words as well as look: never colour alone.
            return f"{agreement.text}    ({STATUS_LABELS[agreement.status]})"
        if role == TEXT_ROLE:
            return agreement.text
        if role == ID_ROLE:
            return agreement.id
        if role == STATUS_ROLE:
            return agreement.status
        if role == Qt.ItemDataRole.FontRole and agreement.status == "agreed":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def load_group(self, group_id: int | None) -> None:
        self.group_id = group_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.items = self.service.agreements(self.group_id) if self.group_id is not None else []
        self.endResetModel()
        self.reloaded.emit()

    def agreed(self) -> list[Agreement]:
        return [a for a in self.items if a.status == "agreed"]

    def row_of(self, agreement_id: int) -> int:
        return next((i for i, a in enumerate(self.items) if a.id == agreement_id), -1)

    def find(self, agreement_id: int) -> Agreement | None:
        row = self.row_of(agreement_id)
        return self.items[row] if row >= 0 else None


def agreements_model(context: GroupContext) -> AgreementsModel:
    """The window's one agreements model, shared by the panel and the projector."""
    return context.shared("agreements.model", lambda: AgreementsModel(AgreementService(context.engine), context))
