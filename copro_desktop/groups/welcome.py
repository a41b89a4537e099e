"""The first screen: says what to do first, and creates the group."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from copro_desktop.groups.service import GroupService
from copro_desktop.ui.forms import add_field, button, heading, problem_label, show_problem, wrapped
from copro_desktop.errors import friendly_message
from copro_desktop.i18n import translate


class WelcomePage(QWidget):
    groupCreated = Signal(int)

    def __init__(self, groups: GroupService, can_create: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.groups = groups
        self.can_create = can_create
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("Welcome", "For example: Recovery college design group"))
        self.purpose = QPlainTextEdit()
        self.purpose.setTabChangesFocus(True)
        self.purpose.setPlaceholderText(
            translate("Welcome", "For example: to design the new peer support service together")
        )
        self.purpose.setMaximumHeight(110)
        self.problem = problem_label()
        self.create = button(translate("Welcome", "&Create group"), self.create_group)
        self.create.setDefault(True)
        self.name.returnPressed.connect(self.create_group)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add_field(form, translate("Welcome", "Group na&me:"), self.name)
        add_field(form, translate("Welcome", "&What the group is for:"), self.purpose)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 32, 24, 24)
        layout.addWidget(heading(translate("Welcome", "Welcome to Copro Desktop")))
        layout.addWidget(
            wrapped(
                translate(
                    "Welcome",
                    "Start by creating your group: the people who meet again and again to design a service "
                    "together. Next you can add members and plan your first meeting.",
                )
            )
        )
        offline = translate("Welcome", "Everything is saved on this computer as you go. You do not need the internet.")
        layout.addWidget(wrapped(offline))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.create, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        for widget in (self.name, self.purpose, self.create):
            widget.setEnabled(can_create)
        self.setMinimumWidth(560)
        self.setMaximumWidth(720)

    def create_group(self) -> None:
        if not self.can_create:
            return
        try:
            group = self.groups.create_group(self.name.text(), self.purpose.toPlainText())
        except Exception as error:  # noqa: BLE001 - what was typed stays; the words say why
            show_problem(self.problem, friendly_message(error))
            self.name.setFocus()
            return
        show_problem(self.problem, "")
        self.name.clear()
        self.purpose.clear()
        self.groupCreated.emit(group.id)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.name.setFocus()
