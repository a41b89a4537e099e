"""The group's members: add, edit and remove, with private access needs."""

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from copro_desktop.groups.commands import AddMember, edit_group, edit_member
from copro_desktop.groups.dialogs import GroupDialog, MemberDialog
from copro_desktop.groups.models import MembersModel
from copro_desktop.groups.context import GroupContext
from copro_desktop.i18n import translate
from copro_desktop.ui.forms import button, heading, wrapped
from copro_desktop.ui.tables import RecordTable
from copro_desktop.ui.undo import dropped_words


class MembersPage(QWidget):
    def __init__(self, context: GroupContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.prompts = context.prompts
        self.model = MembersModel(context.groups, self)
        self.table = RecordTable(translate("MembersPage", "Members"))
        self.table.show_rows(self.model)
        self.table.doubleClicked.connect(lambda _index: self.edit_member())
        self.table.activated.connect(lambda _index: self.edit_member())  # Enter on a row
        self.title = heading(translate("MembersPage", "Members"))
        self.purpose = wrapped("")
        self.add = button(translate("MembersPage", "&Add member…"), self.add_member)
        self.edit = button(translate("MembersPage", "Ed&it member…"), self.edit_member)
        self.remove = button(translate("MembersPage", "Remo&ve member…"), self.remove_member)
        self.edit_group = button(translate("MembersPage", "Edit group &details…"), self.edit_group_details)
        self.remove_group = button(translate("MembersPage", "Remove this gro&up…"), self.remove_whole_group)

        actions = QHBoxLayout()
        for widget in (self.add, self.edit, self.remove):
            actions.addWidget(widget)
        actions.addStretch()
        actions.addWidget(self.edit_group)
        actions.addWidget(self.remove_group)
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
        if group:
            self.title.setText(translate("MembersPage", "Members of {group}").format(group=group.name))
        else:
            self.title.setText(translate("MembersPage", "Members"))
        self.purpose.setText(group.purpose if group else "")
        self.purpose.setVisible(bool(group and group.purpose))
        self.model.load(self.context.group_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.table.chosen_id() is not None
        can_change = self.context.can_change
        self.add.setEnabled(can_change)
        self.edit.setEnabled(chosen and can_change)
        self.remove.setEnabled(chosen and can_change)
        self.edit_group.setEnabled(can_change)
        self.remove_group.setEnabled(can_change)

    def add_member(self) -> None:
        if self.context.group_id is None or not self.context.can_change:
            return
        dialog = MemberDialog(self)
        added: list[AddMember] = []

        def save():
            added.append(AddMember(self.context.groups, self._changed, self.context.group_id, *dialog.values()))
            self.context.history.attempt(added[-1])

        dialog.save = save
        if dialog.exec():
            self.table.focus_row(self.model.row_of(added[-1].member_id))

    def edit_member(self) -> None:
        member_id = self.table.chosen_id()
        if member_id is None or not self.context.can_change:
            return
        member = self.model.rows[self.model.row_of(member_id)]
        dialog = MemberDialog(self, member)
        dialog.save = lambda: self.context.history.attempt(
            edit_member(self.context.groups, self._changed, member_id, *dialog.values())
        )
        if dialog.exec():
            self.table.focus_row(self.model.row_of(member_id))

    def remove_member(self) -> None:
        member_id = self.table.chosen_id()
        if member_id is None:
            return
        member = self.model.rows[self.model.row_of(member_id)]
        if self.prompts.confirm(
            self,
            translate("MembersPage", "Remove member"),
            translate(
                "MembersPage",
                "Remove {name} from the group? Their details, access needs and attendance "
                "are deleted for good, also from Copro Desktop's backups. Agreements they proposed and their "
                "turns in meetings stay, without their name. This cannot be undone.",
            ).format(name=member.display_name),
            translate("MembersPage", "&Remove member"),
        ):
            erased = self.context.groups.remove_member(member_id)
            dropped = self.context.history.drop(("member", member_id))
            self._changed([member_id])
            self.table.setFocus()  # not on a button that just went grey
            self.context.report(erased.summary(member.display_name) + dropped_words(dropped, "them"))

    def edit_group_details(self) -> None:
        group = self.context.group
        if group is None:
            return
        dialog = GroupDialog(self, group)
        dialog.save = lambda: self.context.history.attempt(  # a failed save keeps the window open
            edit_group(
                self.context.groups, self.context.refresh_group, group.id, dialog.name.text(), dialog.purpose.toPlainText()
            )
        )
        dialog.exec()

    def remove_whole_group(self) -> None:
        group = self.context.group
        if group is None or not self.context.can_change:
            return
        if not self.prompts.confirm(
            self,
            translate("MembersPage", "Remove this group"),
            translate(
                "MembersPage",
                "Remove the group “{group}”, with all its members, meetings and agreements? "
                "Everything in it is deleted for good, also from Copro Desktop's backups. This cannot be undone.",
            ).format(group=group.name),
            translate("MembersPage", "&Remove the whole group"),
        ):
            return
        erased = self.context.groups.remove_group(group.id)
        remaining = self.context.groups.groups()
        self.context.open_group(remaining[0].id if remaining else None)
        self.context.groupsEdited.emit()
        what = translate("MembersPage", "The group “{group}”").format(group=group.name)
        self.context.report(erased.summary(what))

    def _changed(self, member_ids: list[int]) -> None:
        """After any change, undo or redo: update those members' rows only. The selection follows its row."""
        self.model.touched(member_ids)
        self._update_buttons()
        self.context.membersEdited.emit()
