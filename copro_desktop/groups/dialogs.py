"""Windows for adding and editing a group, a member or a meeting.

Each keeps what was typed and says what to fix when the service refuses it.
"""

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from copro_desktop.groups import rules
from copro_desktop.groups.rules import PERSPECTIVES
from copro_desktop.groups.words import perspective
from copro_desktop.groups.tables import Group, Meeting, Member
from copro_desktop.ui.forms import SAVE_TYPED_KEYS, add_field, plain, problem_label, show_problem, wrapped
from copro_desktop.errors import friendly_message
from copro_desktop.i18n import translate
from copro_desktop.text_rules import InvalidInput

log = logging.getLogger(__name__)


def _words_in(box: QWidget) -> str:
    return box.toPlainText() if isinstance(box, QPlainTextEdit) else box.text()


def _text_box(height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMaximumHeight(height)
    return box


class _DateField(QDateEdit):
    """Tab goes on to the next box, as everywhere else. Qt's own Tab steps through day, month and
    year, so what was typed next (the venue) landed in the date and was lost."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)

    # The arrows go a day at a time, into another week or month. Qt steps only the part the cursor
    # is in, and the cursor starts in the day's name, which stops at the ends of the week: on a
    # Monday, Down did nothing.
    def stepBy(self, steps: int) -> None:
        self.setDate(self.date().addDays(steps))

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        return QAbstractSpinBox.StepEnabledFlag.StepUpEnabled | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled


class _SaveDialog(QDialog):
    """A form with Save and Cancel; Save calls the service and closes only if it succeeds."""

    def __init__(self, title: str, save_label: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setMinimumWidth(520)
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(save_label, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(plain(save_label))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(plain(cancel.text()))  # spoken as shown: Qt's own word, in the person's language
        self.buttons.accepted.connect(self._try_save)
        # Enter makes a new line in a box of several lines; Ctrl+Enter saves from anywhere, as in the words box.
        for keys in SAVE_TYPED_KEYS:
            QShortcut(QKeySequence(keys), self, activated=self._try_save)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.problem)
        self.layout_.addWidget(self.buttons)
        # Only once the button is inside the dialog does the dialog take it as its default:
        # set earlier, Enter pressed Cancel and threw away what was typed.
        self.save_button.setDefault(True)
        self.save: Callable[[], object] = lambda: None
        self.saved = None
        # (box, rule): each box's words are checked by the same rule the service uses, before
        # anything is saved, so a refusal names the box and puts the cursor back in it.
        self.checks: list[tuple[QWidget, Callable[[str], object]]] = []

    def first_field(self) -> QWidget | None:
        first = self.form.itemAt(0, QFormLayout.ItemRole.FieldRole)
        return first.widget() if first is not None else None

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.first_field() is not None:
            self.first_field().setFocus()  # the cursor waits in the first box

    def event(self, event: QEvent) -> bool:
        # Some window managers activate a new window only after it is shown, and the keyboard
        # then went nowhere: on being activated with nothing to type into, use the first box.
        if event.type() == QEvent.Type.WindowActivate and self.focusWidget() in (None, self):
            if self.first_field() is not None:
                self.first_field().setFocus()
        return super().event(event)

    def _try_save(self) -> None:
        for box, rule in self.checks:
            try:
                rule(_words_in(box))
            except InvalidInput as problem:
                show_problem(self.problem, str(problem))
                box.setFocus()  # what was typed stays; the cursor goes where the fix is needed
                return
        try:
            self.saved = self.save()
        except InvalidInput as problem:
            show_problem(self.problem, str(problem))
            return
        except Exception as error:  # noqa: BLE001 - a full disk must not lose what was typed: the form stays open
            log.exception("Could not save %s", self.windowTitle())
            show_problem(self.problem, friendly_message(error))
            return
        self.accept()


class GroupDialog(_SaveDialog):
    def __init__(self, parent: QWidget | None = None, group: Group | None = None):
        title = translate("GroupDialogs", "Edit group") if group else translate("GroupDialogs", "New group")
        super().__init__(title, translate("GroupDialogs", "&Save group"), parent)
        self.name = QLineEdit(group.name if group else "")
        self.purpose = _text_box()
        self.purpose.setPlainText(group.purpose if group else "")
        add_field(self.form, translate("GroupDialogs", "Group &name:"), self.name)
        add_field(self.form, translate("GroupDialogs", "&What the group is for:"), self.purpose)
        self.checks = [(self.name, rules.group_name), (self.purpose, rules.purpose)]


class MemberDialog(_SaveDialog):
    def __init__(self, parent: QWidget | None = None, member: Member | None = None):
        title = translate("GroupDialogs", "Edit member") if member else translate("GroupDialogs", "Add member")
        super().__init__(title, translate("GroupDialogs", "&Save member"), parent)
        self.name = QLineEdit(member.display_name if member else "")
        self.perspective = QComboBox()
        for key in PERSPECTIVES:
            self.perspective.addItem(perspective(key), key)
        self.perspective.setCurrentIndex(self.perspective.findData(member.perspective if member else "prefer_not_to_say"))
        self.access_needs = _text_box()
        self.access_needs.setPlainText(member.access_needs if member else "")
        add_field(self.form, translate("GroupDialogs", "&Name they want to be called:"), self.name)
        add_field(
            self.form,
            translate("GroupDialogs", "&Perspective:"),
            self.perspective,
            translate("GroupDialogs", "The experience this person brings to the group."),
        )
        add_field(
            self.form,
            translate("GroupDialogs", "&Access needs (private):"),
            self.access_needs,
            translate("GroupDialogs", "Private. Never shown on the projector and never printed."),
        )
        self.form.addRow(
            wrapped(
                translate("GroupDialogs", "Access needs are private: they are never shown on the projector or printed.")
            )
        )
        self.checks = [(self.name, rules.display_name), (self.access_needs, rules.access_needs)]

    def values(self) -> tuple[str, str, str]:
        return self.name.text(), self.perspective.currentData(), self.access_needs.toPlainText()


class MeetingDialog(_SaveDialog):
    def __init__(self, parent: QWidget | None = None, meeting: Meeting | None = None):
        title = translate("GroupDialogs", "Edit meeting") if meeting else translate("GroupDialogs", "Plan a meeting")
        super().__init__(title, translate("GroupDialogs", "&Save meeting"), parent)
        self.title = QLineEdit(meeting.title if meeting else "")
        self.when = _DateField()
        self.when.setCalendarPopup(True)
        # The date as the box shows it, in Qt's letters for day, month and year: a translator may reorder them.
        self.when.setDisplayFormat(translate("GroupDialogs", "dddd d MMMM yyyy", "format of the meeting date box"))
        day = meeting.meeting_date if meeting else date.today()
        self.when.setDate(QDate(day.year, day.month, day.day))
        self.venue = QLineEdit(meeting.venue if meeting else "")
        self.purpose = _text_box()
        self.purpose.setPlainText(meeting.purpose if meeting else "")
        add_field(self.form, translate("GroupDialogs", "&Title:"), self.title)
        add_field(self.form, translate("GroupDialogs", "&Date:"), self.when)
        add_field(self.form, translate("GroupDialogs", "&Venue:"), self.venue)
        add_field(self.form, translate("GroupDialogs", "What the meeting is &for:"), self.purpose)
        self.checks = [(self.title, rules.meeting_title), (self.venue, rules.venue), (self.purpose, rules.purpose)]

    def values(self) -> tuple[str, date, str, str]:
        return self.title.text(), self.when.date().toPython(), self.venue.text(), self.purpose.toPlainText()
