"""What the room sees of the queue: who is speaking and the next three, large.

Names as the group chose (first names, initials or numbers). Never anyone's talk time: only the
running turn's timer, and only when the facilitator chose to show it.
"""

from PySide6.QtWidgets import QWidget

from copro_desktop.i18n import COUNTED, translate
from copro_desktop.queue.model import QueueModel
from copro_desktop.queue.turns import NamesShown, TurnState, clock_text, initials
from copro_desktop.ui.audience import AudienceView, Block

NEXT_SHOWN = 3


class QueueAudience(AudienceView):
    def __init__(self, model: QueueModel, parent: QWidget | None = None):
        super().__init__(translate("QueueAudience", "Turn-taking"), parent)
        self.model = model
        # Once per action, after all its row signals: the room's view is laid out once.
        model.refreshed.connect(self.refresh)
        model.limitReached.connect(self.refresh)
        model.ticked.connect(self._ticked)
        self._shown_time = ""

    def _ticked(self) -> None:
        # Only the clock's words change, and only when the room is shown the clock at all.
        if self._timer_shown() and self._clock_words() != self._shown_time:
            self.refresh_in_place()

    def _clock_words(self) -> str:
        return translate("QueueAudience", "Time this turn: {time}").format(time=clock_text(self.model.elapsed()))

    def _timer_shown(self) -> bool:
        settings = self.model.settings
        return bool(settings and settings.timer_on_projector)

    def shown_name(self, person: str) -> str:
        """The name as the group chose the room should see it."""
        name = self.model.name_of(person)
        mode = self.model.settings.names_shown if self.model.settings else NamesShown.NAMES
        if person.startswith("someone:"):
            return name
        if mode == NamesShown.INITIALS:
            others = [self.model.name_of(p) for p, _ in self.model.facts.present if p != person]
            return initials(name, others) or name
        if mode == NamesShown.NUMBERS:
            number = self.model.facts.numbers.get(person)
            if number is not None:
                return translate("QueueAudience", "Number {number}").format(number=number)
        return name

    def heading(self) -> str:
        return translate("QueueAudience", "Whose turn it is")

    def blocks(self) -> list[Block]:
        model = self.model
        blocks: list[Block] = []
        turn = model.current
        if turn is not None:
            blocks.append(
                Block(
                    translate("QueueAudience", "Speaking now: {name}").format(name=self.shown_name(turn.person)),
                    scale=1.3,
                    bold=True,
                    keep_visible=True,
                )
            )
            if turn.state != TurnState.SPEAKING:
                blocks.append(Block(translate("QueueAudience", "Paused"), scale=0.9, accent=True))
            if model.over_limit():
                # A calm cue, not an alarm: the words say what it means. Before the clock: it matters more.
                blocks.append(Block(translate("QueueAudience", "Time to finish this turn"), accent=True))
            if self._timer_shown():
                self._shown_time = self._clock_words()
                blocks.append(Block(self._shown_time))
        next_up = model.rows[:NEXT_SHOWN]
        if next_up:
            # "Next" and the name in one line, so no page ever ends on a heading with no name under it.
            first = translate("QueueAudience", "Next: {name}")
            then = translate("QueueAudience", "Then: {name}")
            blocks.extend(
                Block(
                    (first if number == 0 else then).format(name=self.shown_name(row.person)),
                    scale=1.1,
                    keep_visible=turn is None and number == 0,  # with no one speaking, who is next is the news
                )
                for number, row in enumerate(next_up)
            )
            more = len(model.rows) - NEXT_SHOWN
            if more > 0:
                blocks.append(Block(translate("QueueAudience", "and %n more", None, COUNTED, more), scale=0.8))
        elif turn is None:
            blocks.append(Block(translate("QueueAudience", "No one is waiting to speak yet.")))
        return blocks
