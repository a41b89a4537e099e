"""The facilitator's Turn-taking panel: raise hands, run each turn, and see whose voices are heard.

Everything works from the keyboard: type a name and press Enter (a new point) or Alt and the kind's
letter; N calls the next speaker. Each action is stored at once and can be undone.
"""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from copro_desktop.groups.context import GroupContext
from copro_desktop.groups.rules import PERSPECTIVES
from copro_desktop.i18n import COUNTED, translate
from copro_desktop.queue import commands
from copro_desktop.queue.model import queue_model
from copro_desktop.queue.queue_table import QueueTable
from copro_desktop.queue.rules import HAND_KINDS, ORDERINGS, HandKind, Ordering, Place, Why
from copro_desktop.queue.turns import GO_ROUND_KIND, TURN_STATES, TurnState, clock_text
from copro_desktop.queue.voices import voices
from copro_desktop.queue.who import CANCELLED, who_is_it
from copro_desktop.ui.announce import announce
from copro_desktop.ui.forms import (
    button,
    heading,
    plain,
    problem_label,
    show_problem,
    undo_falls_through,
    wrapped,
)
from copro_desktop.ui.steady_text import SteadyText

BALANCE_VIEW = "queue-balance"  # the projector view of the balance by perspective


class QueuePanel(QWidget):
    def __init__(self, context: GroupContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.model = queue_model(context)
        self.voices = voices(context)
        self.history = context.history
        self.announced: list[str] = []  # what was said to a screen reader, latest last
        self._pause_words = {True: translate("QueuePanel", "Pau&se"), False: translate("QueuePanel", "Re&sume")}
        self._ordering_help = {
            Ordering.IN_ORDER: translate("QueuePanel", "Each kind of hand in turn, then who raised a hand first."),
            Ordering.FAIR: translate(
                "QueuePanel",
                "People who have spoken least go first. Among equals, the perspective that has had "
                "less than its share of the talking.",
            ),
            Ordering.GO_ROUND: translate(
                "QueuePanel", "Everyone here in turn; each can pass (S). Other hands wait until the round is over."
            ),
        }

        self.settings_button = button(translate("QueuePanel", "Timer and room displa&y…"), self.edit_settings)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_queue_side())
        splitter.addWidget(self._build_voices_side())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(heading(translate("QueuePanel", "Turn-taking")))
        self.meeting_line = wrapped("")
        top.addWidget(self.meeting_line, stretch=1)
        top.addWidget(self.settings_button)
        layout.addLayout(top)
        layout.addWidget(splitter, stretch=1)
        self._build_keys()
        # Arriving by Ctrl+4, the keyboard is in the name box: raising a hand is the first thing to do,
        # and letters typed there are a name, never an action.
        self.setFocusProxy(self.who)

        context.groupChanged.connect(self._load)
        context.meetingChanged.connect(self._load)
        context.membersEdited.connect(self._people_changed)
        context.attendanceEdited.connect(
            lambda meeting_id, _member_id: meeting_id == self.model.meeting_id and self._people_changed()
        )
        context.meetingsEdited.connect(lambda _ids: self._load_names())
        self.model.refreshed.connect(self._show_speaker)  # once per action, after its row signals
        self.model.ticked.connect(self._show_time)
        self.model.limitReached.connect(self._limit_reached)
        self.model.progressNotSaved.connect(self._progress_not_saved)
        self._told_not_saved = False
        self._load()

    # Building
    def _build_queue_side(self) -> QWidget:
        side = QWidget()
        self.speaker_box = QWidget()
        self.speaker_box.setAccessibleName(translate("QueuePanel", "Speaking now"))
        # Words that change with every turn and every second: they repaint, never lay out the window again.
        self.speaker_name = SteadyText(bold=True, scale=1.6)
        self.timer_label = SteadyText(bold=True, scale=1.6, align_right=True)
        widest = translate("QueuePanel", "{time}, time is up").format(time="00:00")
        self.timer_label.setMinimumWidth(self.timer_label.fontMetrics().horizontalAdvance(widest) + 8)
        self.speaker_details = SteadyText(lines=3)
        self.next_button = button(translate("QueuePanel", "Ne&xt speaker"), self.next_speaker)
        self.pass_button = button(translate("QueuePanel", "P&ass"), self.pass_turn)
        self.pause_button = button(translate("QueuePanel", "Pau&se"), self.pause_or_resume)
        self.end_button = button(translate("QueuePanel", "End &turn"), self.end_turn)
        name_row = QHBoxLayout()
        now = QLabel(translate("QueuePanel", "Speaking now:"))
        now.setProperty("role", "subheading")
        name_row.addWidget(now)
        name_row.addWidget(self.speaker_name, stretch=1)
        name_row.addWidget(self.timer_label)
        turn_buttons = QHBoxLayout()
        turn_buttons.addWidget(self.speaker_details, stretch=1)
        for widget in (self.next_button, self.pass_button, self.pause_button, self.end_button):
            turn_buttons.addWidget(widget, alignment=Qt.AlignmentFlag.AlignTop)
        speaker_layout = QVBoxLayout(self.speaker_box)
        speaker_layout.setContentsMargins(0, 0, 0, 0)
        speaker_layout.addLayout(name_row)
        speaker_layout.addLayout(turn_buttons)

        self.ordering = QComboBox()
        for ordering, label in ORDERINGS.items():
            self.ordering.addItem(translate("QueueRules", label), ordering)
        self.ordering.activated.connect(lambda _row: self.set_ordering(self.ordering.currentData()))
        self.ordering_help = wrapped("")
        order_form = QHBoxLayout()
        order_label = QLabel(translate("QueuePanel", "Order the queue &by:"))
        order_label.setBuddy(self.ordering)
        self.ordering.setAccessibleName(translate("QueuePanel", "Order the queue by"))
        order_form.addWidget(order_label)
        order_form.addWidget(self.ordering)
        order_form.addStretch()

        self.table = QueueTable(translate("QueuePanel", "Waiting to speak"), self.move_to)
        self.table.show_rows(self.model)
        self.table.share_width_evenly()
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.withdraw_button = button(translate("QueuePanel", "W&ithdraw"), self.withdraw)
        self.up_button = button(translate("QueuePanel", "Move &up"), lambda: self.move(-1))
        self.down_button = button(translate("QueuePanel", "Move &down"), lambda: self.move(+1))
        queue_buttons = QHBoxLayout()
        for widget in (self.withdraw_button, self.up_button, self.down_button):
            queue_buttons.addWidget(widget)
        queue_buttons.addStretch()

        self.who = QLineEdit()
        self.who.setPlaceholderText(translate("QueuePanel", "Type a name, or “someone”"))
        self.who.setMinimumWidth(self.who.fontMetrics().horizontalAdvance("Type a name, or “someone”") + 16)
        self.who.returnPressed.connect(lambda: self.raise_hand(HandKind.NEW_POINT))
        undo_falls_through(self.who)  # Ctrl+Z here undoes the last action, as everywhere in the window
        self.completer = QCompleter([], self.who)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.who.setCompleter(self.completer)
        self.guest_perspective = QComboBox()
        for key, label in PERSPECTIVES.items():
            self.guest_perspective.addItem(translate("GroupRules", label), key)
        self.guest_perspective.setCurrentIndex(self.guest_perspective.findData("prefer_not_to_say"))
        raise_form = QHBoxLayout()
        for words, field, stretch in (
            (translate("QueuePanel", "&Raise a hand for:"), self.who, 2),
            (translate("QueuePanel", "A guest's perspecti&ve:"), self.guest_perspective, 1),
        ):
            label = QLabel(words)
            label.setBuddy(field)
            field.setAccessibleName(plain(words).rstrip(":"))
            raise_form.addWidget(label)
            raise_form.addWidget(field, stretch=stretch)
        letters = {
            HandKind.PROCESS: translate("QueuePanel", "Pro&cess point"),
            HandKind.CLARIFYING: translate("QueuePanel", "Clarifying &question"),
            HandKind.REPLY: translate("QueuePanel", "Rep&ly"),
            HandKind.NEW_POINT: translate("QueuePanel", "New p&oint (Enter)"),
        }
        self.kind_buttons = {kind: button(text, lambda _=False, k=kind: self.raise_hand(k)) for kind, text in letters.items()}
        for kind, widget in self.kind_buttons.items():
            words = translate("QueuePanel", "Raise a hand: {kind}").format(kind=translate("QueueRules", HAND_KINDS[kind]))
            widget.setAccessibleDescription(words)
            widget.setProperty("help_words", words)  # Help lists its Alt and letter, as a key of the panel
        kind_row = QHBoxLayout()
        for widget in self.kind_buttons.values():
            kind_row.addWidget(widget)
        kind_row.addStretch()
        self.problem = problem_label()

        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.speaker_box)
        layout.addLayout(order_form)
        layout.addWidget(self.ordering_help)
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(queue_buttons)
        layout.addLayout(raise_form)
        layout.addLayout(kind_row)
        layout.addWidget(self.problem)
        return side

    def _build_voices_side(self) -> QWidget:
        from copro_desktop.queue.voices_pane import VoicesPane  # painting code, on first build

        pane = VoicesPane(self.voices, self.send_balance, self.export)
        # The panel's tests and keys reach these directly.
        self.look_at, self.pictures, self.people = pane.look_at, pane.pictures, pane.people
        self.balance_picture, self.trend_picture = pane.balance_picture, pane.trend_picture
        self.send_balance_button, self.export_button = pane.send_balance_button, pane.export_button
        self.voices_pane = pane
        return pane

    def _build_keys(self) -> None:
        """One-key actions, as in a media player: they act while the keyboard is anywhere in the panel
        except a box for typing (a box keeps its letters)."""
        self.keys: dict[str, QAction] = {}
        for name, keys, slot in (
            ("next", ("N", "Ctrl+Return"), self.next_speaker),  # Ctrl+Enter works from the name box too
            ("pass", ("S",), self.pass_turn),
            ("pause", ("P",), self.pause_or_resume),
            ("end", ("E",), self.end_turn),
            ("withdraw", ("W", "Delete"), self.withdraw),
            ("up", ("Ctrl+Up",), lambda: self.move(-1)),
            ("down", ("Ctrl+Down",), lambda: self.move(+1)),
            ("who", ("H",), self.who.setFocus),
            ("in_order", ("Alt+1",), lambda: self.set_ordering(Ordering.IN_ORDER)),
            ("fair", ("Alt+2",), lambda: self.set_ordering(Ordering.FAIR)),
            ("go_round", ("Alt+3",), lambda: self.set_ordering(Ordering.GO_ROUND)),
            ("send_balance", ("F6",), self.send_balance),
            ("export", ("Ctrl+Shift+E",), self.export),
            ("back_to_queue", ("Escape",), self._back_to_queue),
        ):
            action = QAction(self._key_words(name), self)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.addAction(action)
            self.keys[name] = action

    def _back_to_queue(self) -> None:
        """Escape in the name box: back to the queue, where N, P and E act (in the box they are letters)."""
        self.table.setFocus()
        if self.model.rows and self._chosen_row() < 0:
            self.table.choose_row(0)

    @staticmethod
    def _key_words(name: str) -> str:
        return {
            "next": translate("QueuePanel", "Next speaker"),
            "pass": translate("QueuePanel", "Pass, in a go-round"),
            "pause": translate("QueuePanel", "Pause or resume the turn"),
            "end": translate("QueuePanel", "End the turn"),
            "withdraw": translate("QueuePanel", "Withdraw the chosen hand"),
            "up": translate("QueuePanel", "Move the chosen person up"),
            "down": translate("QueuePanel", "Move the chosen person down"),
            "who": translate("QueuePanel", "Raise a hand: type a name"),
            "in_order": translate("QueuePanel", "Order the queue in order of hands"),
            "fair": translate("QueuePanel", "Order the queue by fair turns"),
            "go_round": translate("QueuePanel", "Go round everyone present"),
            "send_balance": translate("QueuePanel", "Show the balance by perspective to the room"),
            "export": translate("QueuePanel", "Save the turns as a spreadsheet file"),
            "back_to_queue": translate("QueuePanel", "Back to the queue from the name box"),
        }[name]

    # Reacting
    def _load(self) -> None:
        self.model.load(self.context.meeting_id, self.context.group_id)
        self._load_names()
        meeting = self.context.meeting
        if meeting is None:
            self.meeting_line.setText(
                translate("QueuePanel", "No meeting chosen. Start or choose a meeting to take turns.")
            )
        else:
            self.meeting_line.setText(translate("QueuePanel", "The queue for “{meeting}”.").format(meeting=meeting.title))
        recovered = self.model.recovered
        if recovered is not None:
            words = translate(
                "QueuePanel",
                "{name}'s turn was still running when Copro Desktop stopped. The time up to {time} was kept. "
                "Resume it or end it.",
            ).format(name=self.model.name_of(recovered.person), time=clock_text(recovered.seconds))
            self.context.report(words)
            self._announce(words)
            # Asked once the window is up, wherever the facilitator is: a crash is rare, and this turn is theirs to settle.
            QTimer.singleShot(0, lambda: self._ask_about_recovered(recovered.id, words))
        self.voices_pane.meeting_changed()

    def _ask_about_recovered(self, turn_id: int, words: str) -> None:
        turn = self.model.current
        if turn is None or turn.id != turn_id or turn.state != TurnState.INTERRUPTED:
            return  # settled already, or another meeting is open now
        answer = self.context.prompts.choose(
            self,
            translate("QueuePanel", "A turn was cut off"),
            words,
            [
                ("resume", translate("QueuePanel", "&Resume the turn")),
                ("end", translate("QueuePanel", "&End the turn")),
                ("later", translate("QueuePanel", "Decide &later")),
            ],
            "later",  # the turn waits, as it was kept; the panel still offers both
        )
        if answer == "resume":
            self.pause_or_resume()
        elif answer == "end":
            self.end_turn()

    def _people_changed(self) -> None:
        """A member renamed or removed, or who came changed: the queue's names and the round follow."""
        self.model.refresh()
        self._load_names()

    def _load_names(self) -> None:
        """The names the raise-a-hand box offers: the members here first, then the others, then "Someone"."""
        group_id = self.context.group_id
        members = self.context.groups.members(group_id) if group_id is not None else []
        here = {int(person.split(":")[1]) for person, _ in self.model.facts.present if person.startswith("member:")}
        names = [m.display_name for m in members if m.id in here] + [m.display_name for m in members if m.id not in here]
        self._members = members
        self._here = here
        self.completer.model().setStringList(names + [translate("QueuePanel", "Someone")])

    def _show_speaker(self) -> None:
        turn = self.model.current
        if turn is None:
            self.speaker_name.setText(translate("QueuePanel", "No one is speaking"))
            self.speaker_details.setText(
                translate("QueuePanel", "Press Ctrl+Enter to call the next speaker (or N, in the queue).")
                if self.model.rows
                else ""
            )
            self.timer_label.setText("")
        else:
            self.speaker_name.setText(self.model.listed_name(turn.person))  # with their number, if the room sees numbers
            kind = (
                translate("QueueRules", HAND_KINDS[HandKind(turn.kind)])
                if turn.kind in HAND_KINDS
                else translate("QueuePanel", "Turn in the round")
            )
            state = translate("QueueTurns", TURN_STATES[TurnState(turn.state)])
            limit = self.model.settings.time_limit_seconds if self.model.settings else 0
            if turn.state == TurnState.INTERRUPTED:
                details = translate(
                    "QueuePanel", "{kind}. This turn stopped when the app closed: resume it (P) or end it (E)."
                ).format(kind=kind)
            elif limit:
                details = translate("QueuePanel", "{kind}. {state}. Time limit {limit}.").format(
                    kind=kind, state=state, limit=clock_text(limit)
                )
            else:
                details = translate("QueuePanel", "{kind}. {state}.").format(kind=kind, state=state)
            self.speaker_details.setText(details)
            self._show_time()
        ordering = self.model.facts.ordering
        self.ordering.setCurrentIndex(self.ordering.findData(ordering))
        self.ordering_help.setText(self._ordering_help[ordering])
        self._update_buttons()

    def _show_time(self) -> None:
        turn = self.model.current
        if turn is None:
            return
        text = clock_text(self.model.elapsed())
        if self.model.over_limit():
            text = translate("QueuePanel", "{time}, time is up").format(time=text)
        if text != self.timer_label.text():
            self.timer_label.setText(text)

    def _limit_reached(self) -> None:
        self._announce(translate("QueuePanel", "Time is up for this turn"))
        if self.model.settings is not None and self.model.settings.sound_at_limit:
            QApplication.beep()
        self._show_time()

    def _progress_not_saved(self) -> None:
        if not self._told_not_saved:  # once: the timer goes on, and saying it every five seconds helps no one
            self._told_not_saved = True
            self.context.report(
                translate(
                    "QueuePanel",
                    "The time of this turn could not be saved just now (is the disk full?). The timer goes on; "
                    "if the app stopped now, the last few minutes of this turn's time could be lost.",
                )
            )

    def _chosen_row(self) -> int:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].row() if rows else -1

    def _update_buttons(self, *_signal_args) -> None:
        can = self.context.can_change and self.model.meeting_id is not None
        turn = self.model.current
        rows = self.model.rows
        can_pass = self._passable() is not None
        row = self._chosen_row()
        chosen = rows[row] if 0 <= row < len(rows) else None
        self.next_button.setEnabled(can and bool(rows))
        self.pass_button.setEnabled(can and can_pass)
        self.pause_button.setEnabled(can and turn is not None)
        running = turn is not None and turn.state == TurnState.SPEAKING
        label = self._pause_words[running or turn is None]
        if self.pause_button.text() != label:
            self.pause_button.setText(label)
            self.pause_button.setAccessibleName(plain(label))
        self.end_button.setEnabled(can and turn is not None)
        self.withdraw_button.setEnabled(can and chosen is not None and chosen.hand_id is not None)
        self.up_button.setEnabled(can and chosen is not None and row > 0)
        self.down_button.setEnabled(can and chosen is not None and row < len(rows) - 1)
        for key, widget in (
            ("next", self.next_button),
            ("pass", self.pass_button),
            ("pause", self.pause_button),
            ("end", self.end_button),
            ("withdraw", self.withdraw_button),
            ("up", self.up_button),
            ("down", self.down_button),
        ):
            self.keys[key].setEnabled(widget.isEnabled())  # a key that cannot act passes on
        for widget in (self.who, self.guest_perspective, self.ordering, *self.kind_buttons.values()):
            widget.setEnabled(can)
        for key in ("who", "in_order", "fair", "go_round"):
            self.keys[key].setEnabled(can)
        self.settings_button.setEnabled(self.context.can_change and self.context.group_id is not None)

    # Actions
    def _push(self, command) -> bool:
        self.history.push(command)
        if command.problem is None:
            show_problem(self.problem, "")
        return command.problem is None

    def _announce(self, words: str) -> None:
        self.announced.append(words)
        announce(self, words)

    def _queue_words(self, prefix: str) -> str:
        """"Next speaker: Sam. Then Priya."."""
        rows = self.model.rows
        if rows:
            return translate("QueuePanel", "{said} Then {name}.").format(said=prefix, name=rows[0].name)
        return translate("QueuePanel", "{said} No one else is waiting.").format(said=prefix)

    def raise_hand(self, kind: HandKind) -> None:
        if self.model.meeting_id is None or not self.context.can_change:
            if self.model.meeting_id is None:
                show_problem(self.problem, translate("QueuePanel", "Start or choose a meeting first."))
            return
        typed = self.who.text()
        if len(typed) > 60:
            show_problem(self.problem, translate("QueuePanel", "A name can be up to 60 letters long."))
            return
        person = who_is_it(self, typed, self._members, self._here, self.context.prompts)
        if person is CANCELLED:
            self.who.setFocus()  # the name is kept, to finish or change
            return
        member_id, guest_name = person
        if member_id is None and guest_name is None and typed.strip() == "":
            show_problem(
                self.problem,
                translate("QueuePanel", "Type a name first, or “someone” for a person who prefers not to be named."),
            )
            self.who.setFocus()
            return
        perspective = self.guest_perspective.currentData() if member_id is None else None
        if member_id is not None:
            shown = next(m.display_name for m in self._members if m.id == member_id)
        else:
            shown = guest_name or translate("QueuePanel", "Someone")
        command = commands.raise_hand(
            self.model, kind, shown, member_id=member_id, guest_name=guest_name, perspective=perspective
        )
        if self._push(command):
            self.who.setText("")
            # The next hand is nobody's guest: their perspective is asked afresh.
            self.guest_perspective.setCurrentIndex(self.guest_perspective.findData("prefer_not_to_say"))
            name = shown
            place = self.model.row_of(f"hand:{command.kept.made_id}")
            self.table.scrollTo(self.table.model().index(max(place, 0), 0))  # a long queue shows the new hand
            if command.kept.ticked_in:
                self.context.report(
                    translate("QueuePanel", "{name} was not marked as here. Now they are (Meetings, Who came).").format(
                        name=name
                    )
                )
            self._announce(
                translate("QueuePanel", "{name}: {kind}, number {place} in the queue.").format(
                    name=name, kind=translate("QueueRules", HAND_KINDS[kind]), place=place + 1
                )
            )

    def next_speaker(self) -> None:
        if not self.model.places or not self.context.can_change:
            return
        command = commands.call_next(self.model, self.model.places[0])
        if self._push(command):
            turn = self.model.current
            name = self.model.name_of(turn.person) if turn else ""
            self._announce(self._queue_words(translate("QueuePanel", "Next speaker: {name}.").format(name=name)))

    def _passable(self):
        """Who a pass is for: the person just called in the round, or else the next one in it."""
        turn = self.model.current
        if turn is not None and turn.kind == GO_ROUND_KIND:
            return turn
        places = self.model.places
        return places[0] if places and places[0].why == Why.GO_ROUND else None

    def pass_turn(self) -> None:
        passing = self._passable()
        if passing is None or not self.context.can_change:
            return
        name = self.model.name_of(passing.person)
        if isinstance(passing, Place):
            command = commands.call_next(self.model, passing, passed=True)
        else:
            command = commands.pass_current(self.model, passing.id, name)
        if self._push(command):
            self._announce(self._queue_words(translate("QueuePanel", "{name} passed.").format(name=name)))

    def pause_or_resume(self) -> None:
        turn = self.model.current
        if turn is None or not self.context.can_change:
            return
        running = turn.state != TurnState.SPEAKING
        if self._push(commands.set_running(self.model, turn.id, running)):
            self._announce(translate("QueuePanel", "Resumed.") if running else translate("QueuePanel", "Paused."))

    def end_turn(self) -> None:
        if self.model.current is None or not self.context.can_change:
            return
        if self._push(commands.end_turn(self.model)):
            self._announce(self._queue_words(translate("QueuePanel", "Turn ended.")))

    def withdraw(self) -> None:
        row = self._chosen_row()
        if row < 0 or self.model.rows[row].hand_id is None or not self.context.can_change:
            return
        place = self.model.rows[row]
        if self._push(commands.withdraw_hand(self.model, place.hand_id, place.name)):
            self._announce(translate("QueuePanel", "{name}'s hand is withdrawn.").format(name=place.name))
            self.table.focus_row(min(row, self.model.rowCount() - 1))

    def move(self, step: int) -> None:
        row = self._chosen_row()
        target = row + step
        if row < 0 or not (0 <= target < len(self.model.rows)):
            return
        self.move_to(row, target)

    def move_to(self, row: int, target: int) -> None:
        """Put the place at `row` where `target` is now (a key press, or a drag and drop)."""
        rows = self.model.rows
        if not self.context.can_change or row == target or not (0 <= row < len(rows)) or not (0 <= target < len(rows)):
            return
        subject, anchor = rows[row].key, rows[target].key
        if self._push(commands.move_place(self.model, subject, anchor, target > row, rows[row].name)):
            at = self.model.row_of(subject)
            self._announce(
                translate("QueuePanel", "{name} moved to number {place}.").format(name=rows[at].name, place=at + 1)
            )
            self.table.focus_row(at)

    def set_ordering(self, ordering: Ordering) -> None:
        if self.model.meeting_id is None or not self.context.can_change:
            self.ordering.setCurrentIndex(self.ordering.findData(self.model.facts.ordering))
            return
        waiting = sum(1 for place in self.model.places if place.why == Why.GO_ROUND)
        leaving_round = self.model.facts.ordering == Ordering.GO_ROUND and ordering != Ordering.GO_ROUND
        if leaving_round and waiting and not self.context.prompts.confirm(
            self,
            translate("QueuePanel", "Leave the go-round"),
            translate(
                "QueuePanel",
                "The round is not over: %n turn(s) still to come. Leave the round anyway? "
                "Raised hands stay in the queue.",
                None,
                COUNTED,
                waiting,
            ),
            translate("QueuePanel", "&Leave the round"),
        ):
            self.ordering.setCurrentIndex(self.ordering.findData(self.model.facts.ordering))
            return
        if self._push(commands.set_ordering(self.model, ordering)):
            self._announce(
                self._queue_words(
                    translate("QueuePanel", "The queue is now ordered by: {ordering}.").format(
                        ordering=translate("QueueRules", ORDERINGS[ordering])
                    )
                )
            )
        self._show_speaker()

    def send_balance(self) -> None:
        if self.context.group_id is not None:
            self.context.send_to_room(BALANCE_VIEW)

    def edit_settings(self) -> None:
        from copro_desktop.queue.settings_dialog import edit_queue_settings

        edit_queue_settings(self, self.model)

    def export(self) -> None:
        from copro_desktop.queue.export import export_turns

        export_turns(self, self.model)
