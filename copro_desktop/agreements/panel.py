"""The facilitator's Agreements panel: propose, agree, reorder, retire, and revisit."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from copro_desktop.agreements import rules
from copro_desktop.agreements.commands import ProposeAgreement, change_agreement, move_agreement
from copro_desktop.agreements.filtering import AgreementsFilter
from copro_desktop.agreements.model import ID_ROLE, agreements_model
from copro_desktop.agreements.rules import ChangeKind, Outcome, Status
from copro_desktop.agreements.revisit import revisit_presenter
from copro_desktop.clock import local_text
from copro_desktop.groups.context import GroupContext
from copro_desktop.i18n import translate
from copro_desktop.ui.forms import (
    add_field,
    button,
    heading,
    plain,
    problem_label,
    show_problem,
    undo_falls_through,
    wrapped,
)
from copro_desktop.text_rules import InvalidInput
from copro_desktop.ui.wrapped_rows import WrappedRowsDelegate


class AgreementsPanel(QWidget):
    def __init__(self, context: GroupContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.model = agreements_model(context)
        self.visible = AgreementsFilter(self.model, self)  # what the list shows: retired ones only when asked
        self.revisit = revisit = revisit_presenter(context)
        self.undo_stack = context.history
        self.prompts = context.prompts
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_list_page())
        self.pages.addWidget(self._build_revisit_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        context.groupChanged.connect(self._group_changed)
        context.membersEdited.connect(self._load_members)
        context.meetingChanged.connect(self._show_revisit_state)  # whether this meeting has revisited them
        # Any row change can change which buttons apply; each arrives as one row signal.
        for signal in (
            self.visible.rowsInserted,
            self.visible.rowsRemoved,
            self.visible.rowsMoved,
            self.visible.dataChanged,
            self.visible.modelReset,
            self.visible.layoutChanged,
        ):
            signal.connect(self._update_buttons)
        revisit.changed.connect(self._show_revisit_step)
        revisit.finishedChanged.connect(self._show_revisit_state)
        self._group_changed()

    # Building
    def _build_list_page(self) -> QWidget:
        page = QWidget()
        self.view = QListView()
        self.view.setAccessibleName(translate("AgreementsPanel", "Agreements"))
        self.view.setModel(self.visible)
        self.view.setWordWrap(True)
        self.view.setItemDelegate(WrappedRowsDelegate(self.view))
        self.view.setSpacing(4)
        # At least four rows in view, whatever else the panel shows (the examples, say) on a small screen.
        self.view.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 8 * 4)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(lambda _index: self.change_words())

        self.new_text = QLineEdit()
        self.new_text.setPlaceholderText(translate("AgreementsPanel", "Type it as the group says it"))
        self.new_text.returnPressed.connect(self.propose)
        undo_falls_through(self.new_text)
        self.proposed_by = QComboBox()
        self.problem = problem_label()
        form = QFormLayout()
        add_field(form, translate("AgreementsPanel", "New agreement, in the group'&s words:"), self.new_text)
        add_field(form, translate("AgreementsPanel", "Proposed b&y (optional):"), self.proposed_by)
        self.propose_button = button(translate("AgreementsPanel", "Pr&opose"), self.propose)

        self.agree_button = button(
            translate("AgreementsPanel", "Mark &agreed"),
            lambda: self._set_status(Status.AGREED, translate("AgreementsPanel", "mark an agreement agreed")),
        )
        self.words_button = button(translate("AgreementsPanel", "&Change words…"), self.change_words)
        self.retire_button = button(
            translate("AgreementsPanel", "&Retire"),
            lambda: self._set_status(Status.RETIRED, translate("AgreementsPanel", "retire an agreement")),
        )
        self.bring_back_button = button(
            translate("AgreementsPanel", "&Bring back"),
            lambda: self._set_status(Status.PROPOSED, translate("AgreementsPanel", "bring an agreement back")),
        )
        self.up_button = button(translate("AgreementsPanel", "Move &up"), lambda: self._move(-1))
        self.down_button = button(translate("AgreementsPanel", "Move &down"), lambda: self._move(+1))
        # Ctrl+Up and Ctrl+Down as well as Alt+U and Alt+D: a button's own shortcut would replace its Alt letter.
        self.move_keys = {}
        for button_, keys, step in ((self.up_button, "Ctrl+Up", -1), (self.down_button, "Ctrl+Down", +1)):
            action = QAction(plain(button_.text()), self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, step=step: self._move(step))
            self.addAction(action)
            self.move_keys[step] = action
        self.history_button = button(translate("AgreementsPanel", "H&istory…"), self.show_history)
        self.show_retired = QCheckBox(translate("AgreementsPanel", "Show re&tired agreements"))
        self.show_retired.setAccessibleName(translate("AgreementsPanel", "Show retired agreements"))
        self.show_retired.toggled.connect(self.visible.set_show_retired)

        self.revisit_button = button(translate("AgreementsPanel", "Re&visit our agreements"), self.start_revisit)
        self.examples_button = button(translate("AgreementsPanel", "Show e&xample agreements"), self._toggle_examples)
        self.examples_button.setCheckable(True)
        self.examples = QGroupBox(translate("AgreementsPanel", "Example agreements"))
        examples_layout = QVBoxLayout(self.examples)
        examples_layout.addWidget(
            wrapped(
                translate(
                    "AgreementsPanel",
                    "Only for a group that is stuck. These are prompts to start a conversation. "
                    "Your agreements should come from the group, in its own words.",
                )
            )
        )
        self.examples_text = wrapped("\n".join(f"• {example}" for example in rules.examples()))
        self.examples_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.examples_text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.examples_text.setAccessibleName(translate("AgreementsPanel", "Example agreements"))
        # In a box of its own height, so showing the examples never squeezes the agreements or the window.
        examples_scroll = QScrollArea()
        examples_scroll.setWidget(self.examples_text)
        examples_scroll.setWidgetResizable(True)
        examples_scroll.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        examples_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        examples_layout.addWidget(examples_scroll)
        self.examples.hide()

        self.revisit_state = wrapped("")

        row_actions = QHBoxLayout()
        for widget in (
            self.agree_button,
            self.words_button,
            self.retire_button,
            self.bring_back_button,
            self.up_button,
            self.down_button,
            self.history_button,
        ):
            row_actions.addWidget(widget)
        row_actions.addStretch()
        top = QHBoxLayout()
        top.addWidget(heading(translate("AgreementsPanel", "Agreements")))
        top.addStretch()
        top.addWidget(self.revisit_button)
        add_row = QHBoxLayout()
        add_row.addLayout(form, stretch=1)
        add_row.addWidget(self.propose_button, alignment=Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(
            wrapped(
                translate("AgreementsPanel", "The group's own ground rules, in its own words. Every change is kept.")
            )
        )
        layout.addWidget(self.revisit_state)
        layout.addWidget(self.view, stretch=1)
        layout.addLayout(row_actions)
        layout.addWidget(self.show_retired)
        layout.addLayout(add_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.examples_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.examples)
        return page

    def _build_revisit_page(self) -> QWidget:
        page = QWidget()
        self.revisit_heading = heading(translate("AgreementsPanel", "Revisit our agreements"))
        self.revisit_step = QLabel()
        self.revisit_step.setAccessibleName(translate("AgreementsPanel", "Which agreement"))
        self.revisit_text = wrapped("")
        self.revisit_text.setTextFormat(Qt.TextFormat.PlainText)
        font = self.revisit_text.font()
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        self.revisit_text.setFont(font)
        self.revisit_text.setAccessibleName(translate("AgreementsPanel", "Agreement"))
        self.revisit_outcome = wrapped("")
        self.revisit_outcome.setAccessibleName(translate("AgreementsPanel", "Decided"))
        self.kept_button = button(translate("AgreementsPanel", "We &kept it"), lambda: self._answer(Outcome.KEPT))
        self.changed_button = button(translate("AgreementsPanel", "We &changed it…"), self.record_changed)
        self.retired_button = button(translate("AgreementsPanel", "We &retired it"), lambda: self._answer(Outcome.RETIRED))
        self.back_button = button(translate("AgreementsPanel", "&Back"), self.revisit.back)
        self.next_button = button(translate("AgreementsPanel", "Ne&xt"), self.revisit.next)
        self.finish_button = button(translate("AgreementsPanel", "Finish re&visit"), self.finish_revisit)
        self.cancel_revisit_button = button(translate("AgreementsPanel", "&Stop without finishing"), self.revisit.stop)

        answers = QHBoxLayout()
        for widget in (self.kept_button, self.changed_button, self.retired_button):
            answers.addWidget(widget)
        answers.addStretch()
        steps = QHBoxLayout()
        for widget in (self.back_button, self.next_button):
            steps.addWidget(widget)
        steps.addStretch()
        steps.addWidget(self.cancel_revisit_button)
        steps.addWidget(self.finish_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.revisit_heading)
        layout.addWidget(
            wrapped(
                translate(
                    "AgreementsPanel",
                    "Read each agreement aloud and ask the group. Record what the group decides. "
                    "Press F5 to show the agreement to the room; while this panel is on the projector, "
                    "the room sees each agreement as you go.",
                )
            )
        )
        layout.addWidget(self.revisit_step)
        layout.addWidget(self.revisit_text)
        layout.addWidget(self.revisit_outcome)
        layout.addLayout(answers)
        layout.addStretch()
        layout.addLayout(steps)
        return page

    # Reacting
    def _group_changed(self) -> None:
        self.revisit.stop()
        self.model.load_group(self.context.group_id)
        self._load_members()

    def _load_members(self) -> None:
        chosen = self.proposed_by.currentData()  # a change to the members keeps the person already chosen
        self.proposed_by.clear()
        self.proposed_by.addItem(translate("AgreementsPanel", "Not recorded"), None)
        if self.context.group_id is not None:
            for member in self.context.groups.members(self.context.group_id):
                self.proposed_by.addItem(member.display_name, member.id)
        self.proposed_by.setCurrentIndex(max(0, self.proposed_by.findData(chosen)))

    def _show_revisit_state(self) -> None:
        self._update_buttons()
        meeting = self.context.meeting
        revisited_at = self.model.service.revisited_at(meeting.id) if meeting is not None else None
        if revisited_at is not None:
            self.revisit_state.setText(
                translate("AgreementsPanel", "Revisited at “{meeting}” on {when}.").format(
                    meeting=meeting.title, when=local_text(revisited_at)
                )
            )
        elif meeting is not None:
            self.revisit_state.setText(
                translate("AgreementsPanel", "Not yet revisited at “{meeting}”.").format(meeting=meeting.title)
            )
        else:
            self.revisit_state.setText(
                translate("AgreementsPanel", "No meeting chosen. Start or choose a meeting to revisit the agreements.")
            )

    def _chosen(self):
        """The selected agreement: always a visible one, since the list only holds what it shows."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.find(rows[0].data(ID_ROLE))

    def _update_buttons(self, *_signal_args) -> None:
        agreement = self._chosen()
        can_change = self.context.can_change
        status = agreement.status if agreement and can_change else None
        allowed = rules.allowed(status)  # the rules say which changes apply; the panel only asks
        self.agree_button.setEnabled(Status.AGREED in allowed)
        self.words_button.setEnabled(rules.can_edit(status))
        self.retire_button.setEnabled(Status.RETIRED in allowed)
        self.bring_back_button.setEnabled(Status.PROPOSED in allowed)
        self.history_button.setEnabled(agreement is not None)
        movable = agreement is not None and can_change
        self.up_button.setEnabled(movable and self.visible.move_target(agreement.id, -1) is not None)
        self.down_button.setEnabled(movable and self.visible.move_target(agreement.id, +1) is not None)
        self.move_keys[-1].setEnabled(self.up_button.isEnabled())  # a key that cannot act passes on
        self.move_keys[+1].setEnabled(self.down_button.isEnabled())
        self.revisit_button.setEnabled(bool(self.model.agreed()) and can_change)
        for widget in (self.new_text, self.proposed_by, self.propose_button):
            widget.setEnabled(can_change)

    def select(self, agreement_id: int | None, fallback_row: int = -1) -> None:
        """Make this agreement's row selected and current. If it is now hidden (just retired),
        choose the visible row that took its place, so the keyboard stays in the list."""
        row = self.visible.row_of(agreement_id) if agreement_id is not None else -1
        if row < 0:
            row = min(fallback_row, self.visible.rowCount() - 1)
        if row >= 0:
            index = self.visible.index(row, 0)
            self.view.setCurrentIndex(index)
            # A moved row stays current as it moves, so Qt does not scroll to it by itself.
            self.view.scrollTo(index)

    def _done(self, agreement_id: int | None, command=None, fallback_row: int = -1) -> None:
        """After an action: the acted-on row is chosen and has the focus, and once it worked, an old problem is gone."""
        if command is None or command.problem is None:
            show_problem(self.problem, "")
        self.select(agreement_id, fallback_row)
        self.view.setFocus()

    # Actions
    def propose(self) -> None:
        if self.context.group_id is None or not self.context.can_change:
            return
        try:
            text = rules.agreement_text(self.new_text.text())
        except InvalidInput as problem:
            show_problem(self.problem, str(problem))
            self.new_text.setFocus()
            return
        command = ProposeAgreement(self.model, text, self.context.meeting_id, self.proposed_by.currentData())
        self.undo_stack.push(command)
        if command.problem is None:  # not saved (a full disk): keep the words to try again
            # setText, not clear(): it also empties the box's own undo, so Ctrl+Z here undoes the proposal.
            self.new_text.setText("")
            self.proposed_by.setCurrentIndex(0)  # the next proposal is nobody's until chosen
            self._done(command.agreement_id, command)

    def _ask_words(self, title: str, label: str, initial: str) -> str | None:
        """The agreement's words from the words box, cleaned; None for Cancel or words that cannot be saved.

        The box itself refuses words the rules refuse, keeping them; the check after it is for a
        stand-in box that does not (the fake prompts in tests, say).
        """
        text = self.prompts.ask_text(self, title, label, initial, check=rules.agreement_text)
        if text is None:
            return None
        try:
            return rules.agreement_text(text)
        except InvalidInput as problem:
            self.prompts.warn(self, title, str(problem))
            return None

    def change_words(self) -> None:
        agreement = self._chosen()
        if agreement is None or not rules.can_edit(agreement.status) or not self.context.can_change:
            return
        clean = self._ask_words(
            translate("AgreementsPanel", "Change the words"),
            translate("AgreementsPanel", "The agreement, in the group's words:"),
            agreement.text,
        )
        if clean is None:
            return
        command = None
        if clean != agreement.text:
            label = translate("AgreementsPanel", "change an agreement's words")
            command = change_agreement(self.model, agreement.id, label, text=clean, meeting_id=self.context.meeting_id)
            self.undo_stack.push(command)
        self._done(agreement.id, command)

    def _set_status(self, status: str, label: str) -> None:
        agreement = self._chosen()
        if agreement is None:
            return
        try:
            rules.check_transition(agreement.status, status)
        except InvalidInput as problem:
            self.prompts.warn(self, translate("AgreementsPanel", "Agreements"), str(problem))
            return
        row = self.visible.row_of(agreement.id)
        command = change_agreement(self.model, agreement.id, label, status=status, meeting_id=self.context.meeting_id)
        self.undo_stack.push(command)
        self._done(agreement.id, command, fallback_row=row)  # a retired one may have left the list

    def _move(self, step: int) -> None:
        agreement = self._chosen()
        if agreement is None:
            return
        target = self.visible.move_target(agreement.id, step)  # among the visible ones: see filtering.py
        if target is not None:
            command = move_agreement(self.model, agreement.id, target)
            self.undo_stack.push(command)
            self._done(agreement.id, command)

    def show_history(self) -> None:
        agreement = self._chosen()
        if agreement is None:
            return
        lines = []
        for entry in self.model.service.history(agreement.id):
            change = entry.change
            with_words = change.kind in (ChangeKind.PROPOSED, ChangeKind.EDITED)
            if entry.meeting_title and with_words:
                line = translate("AgreementsPanel", "{when} at “{meeting}”: {change}: “{words}”")
            elif entry.meeting_title:
                line = translate("AgreementsPanel", "{when} at “{meeting}”: {change}")
            elif with_words:
                line = translate("AgreementsPanel", "{when}: {change}: “{words}”")
            else:
                line = translate("AgreementsPanel", "{when}: {change}")
            lines.append(
                line.format(
                    when=local_text(change.changed_at),
                    meeting=entry.meeting_title,
                    change=rules.change_label(change.kind),
                    words=change.text_after,
                )
            )
        self.prompts.inform(self, translate("AgreementsPanel", "History of this agreement"), "\n\n".join(lines))

    def _toggle_examples(self) -> None:
        shown = self.examples_button.isChecked()
        self.examples.setVisible(shown)
        self.examples_button.setText(
            translate("AgreementsPanel", "Hide e&xample agreements")
            if shown
            else translate("AgreementsPanel", "Show e&xample agreements")
        )
        self.examples_button.setAccessibleName(self.examples_button.text().replace("&", ""))

    # Revisiting
    def start_revisit(self) -> None:
        if self.context.meeting_id is None:
            self.prompts.inform(
                self,
                translate("AgreementsPanel", "Revisit our agreements"),
                translate(
                    "AgreementsPanel", "Start or choose a meeting first, so the revisit is recorded for that meeting."
                ),
            )
            return
        if not self.revisit.start(self.context.meeting_id):
            self.prompts.inform(
                self,
                translate("AgreementsPanel", "Revisit our agreements"),
                translate("AgreementsPanel", "There are no agreed agreements to revisit yet."),
            )

    def _answer(self, outcome: Outcome, words: str | None = None) -> None:
        """Record the group's answer, then put the keyboard on the way forward, not on another answer."""
        self.revisit.record(outcome, words)
        (self.next_button if self.next_button.isEnabled() else self.finish_button).setFocus()

    def record_changed(self) -> None:
        agreement = self.revisit.current()
        if agreement is None:
            return
        clean = self._ask_words(
            translate("AgreementsPanel", "We changed it"),
            translate("AgreementsPanel", "The new words, as the group agreed them:"),
            agreement.text,
        )
        if clean is not None:
            self._answer(Outcome.CHANGED, clean)

    def finish_revisit(self) -> None:
        total, answered = len(self.revisit.agreement_ids), self.revisit.answered()
        if answered < total and not self.prompts.confirm(
            self,
            translate("AgreementsPanel", "Finish revisit"),
            translate(
                "AgreementsPanel",
                "Only {answered} of {total} agreements have an answer. Finish the revisit anyway? "
                "The ones without an answer stay as they are.",
            ).format(answered=answered, total=total),
            translate("AgreementsPanel", "&Finish anyway"),
        ):
            return
        self.revisit.finish()  # the panel shows the finish when the presenter says it is recorded

    def _show_revisit_step(self) -> None:
        agreement = self.revisit.current()
        if agreement is None:
            self.pages.setCurrentIndex(0)
            return
        was_list = self.pages.currentIndex() == 0
        self.pages.setCurrentIndex(1)
        total = len(self.revisit.agreement_ids)
        meeting = self.context.meeting
        self.revisit_heading.setText(
            translate("AgreementsPanel", "Revisit our agreements at “{meeting}”").format(meeting=meeting.title)
            if meeting
            else translate("AgreementsPanel", "Revisit our agreements")
        )
        self.revisit_step.setText(
            translate("AgreementsPanel", "Agreement {number} of {total}. {answered} of {total} answered.").format(
                number=self.revisit.index + 1, total=total, answered=self.revisit.answered()
            )
        )
        self.revisit_text.setText(agreement.text)
        review = self.revisit.current_review()
        if review is None:
            self.revisit_outcome.setText(translate("AgreementsPanel", "Not answered yet."))
        else:
            outcome = rules.outcome_label(review.outcome)
            if review.outcome == Outcome.CHANGED:
                self.revisit_outcome.setText(
                    translate("AgreementsPanel", "Decided: {outcome}. New words: “{words}”").format(
                        outcome=outcome, words=review.new_text
                    )
                )
            else:
                self.revisit_outcome.setText(
                    translate("AgreementsPanel", "Decided: {outcome}.").format(outcome=outcome)
                )
        leaving = (self.back_button, self.next_button)
        lost_focus = any(b.hasFocus() for b in leaving)
        self.back_button.setEnabled(self.revisit.index > 0)
        self.next_button.setEnabled(self.revisit.index < total - 1)
        if was_list or (lost_focus and not any(b.hasFocus() and b.isEnabled() for b in leaving)):
            # A disabled button passes the keyboard on to whatever is next ("Stop without finishing"):
            # the answers are the safe place for it.
            self.kept_button.setFocus()
