"""The group's members: add, edit and remove, with private access needs."""

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from copro_desktop.groups.dialogs import GroupDialog, MemberDialog
from copro_desktop.groups.models import MembersModel
from copro_desktop.shell.context import GroupContext
from copro_desktop.shell.forms import button, heading, wrapped
from copro_desktop.shell.prompts import Prompts
from copro_desktop.shell.tables import RecordTable


class MembersPage(QWidget):
    def __init__(self, context: GroupContext, prompts: Prompts, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.prompts = prompts
        self.model = MembersModel(context.groups, self)
        self.table = RecordTable("Members")
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(lambda _index: self.edit_member())
        self.title = heading("Members")
        self.purpose = wrapped("")
        self.add = button("&Add member…", self.add_member)
        self.edit = button("&Edit member…", self.edit_member)
        self.remove = button("&Remove member…", self.remove_member)
        self.edit_group = button("Edit group &details…", self.edit_group_details)

        actions = QHBoxLayout()
        for widget in (self.add, self.edit, self.remove):
            actions.addWidget(widget)
        actions.addStretch()
        actions.addWidget(self.edit_group)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.purpose)
        layout.addWidget(self.table)
        layout.addLayout(actions)

        context.groupChanged.connect(self.reload)
        context.groupsEdited.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        group = self.context.group
        self.title.setText(f"Members of {group.name}" if group else "Members")
        self.purpose.setText(group.purpose if group else "")
        self.purpose.setVisible(bool(group and group.purpose))
        self.model.load(self.context.group_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.table.chosen_id() is not None
        self.edit.setEnabled(chosen)
        self.remove.setEnabled(chosen)

    def add_member(self) -> None:
        if self.context.group_id is None:
            return
        dialog = MemberDialog(self)
        dialog.save = lambda: self.context.groups.add_member(self.context.group_id, *dialog.values())
        if dialog.exec():
            self._after_change(dialog.saved.id)

    def edit_member(self) -> None:
        member_id = self.table.chosen_id()
        if member_id is None:
            return
        member = self.model.rows[self.model.row_of(member_id)]
        dialog = MemberDialog(self, member)
        dialog.save = lambda: self.context.groups.update_member(member_id, *dialog.values())
        if dialog.exec():
            self._after_change(member_id)

    def remove_member(self) -> None:
        member_id = self.table.chosen_id()
        if member_id is None:
            return
        member = self.model.rows[self.model.row_of(member_id)]
        if self.prompts.confirm(
            self,
            "Remove member",
            f"Remove {member.display_name} from the group? Their attendance records go too. "
            "Agreements they proposed stay, without their name.",
            "Remove member",
        ):
            self.context.groups.remove_member(member_id)
            self._after_change(None)

    def edit_group_details(self) -> None:
        group = self.context.group
        if group is None:
            return
        dialog = GroupDialog(self, group)
        dialog.save = lambda: self.context.groups.update_group(
            group.id, dialog.name.text(), dialog.purpose.toPlainText()
        )
        if dialog.exec():
            self.context.open_group(group.id)
            self.context.groupsEdited.emit()

    def _after_change(self, member_id: int | None) -> None:
        self.model.load(self.context.group_id)
        if member_id is not None:
            self.table.choose_row(self.model.row_of(member_id))
        self._update_buttons()
        self.context.membersEdited.emit()
