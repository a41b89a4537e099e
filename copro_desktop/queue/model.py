"""The one queue both views watch: the facilitator's panel and the projector.

Rows are the places in the queue, next speaker first. After an action the model works the queue out
again from what is stored and tells its views only what moved, came or went (one row signal each);
opening another meeting is the only reset. The speaker's timer is not a row: it ticks once a second
as one value (`ticked`), reading no database and rebuilding no view.
"""

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTimer, Signal

from copro_desktop.clock import utc_now
from copro_desktop.groups.context import GroupContext
from copro_desktop.i18n import COUNTED, translate
from copro_desktop.queue.rules import HAND_KINDS, Ordering, Place, Why, queue
from copro_desktop.queue.service import QueueFacts, QueueService, TurnRow
from copro_desktop.queue.turns import NamesShown, TurnState
from copro_desktop.ui.keyed_rows import KeyedRowsModel

log = logging.getLogger(__name__)

TICK_MS = 1000
CHECKPOINT_SECONDS = 5  # how often a running turn's time is written down: a crash loses no more


@dataclass(frozen=True)
class PlaceRow:
    """A place as the views show it."""

    key: str
    hand_id: int | None
    person: str
    name: str
    kind: str  # the kind in words, or "Their turn in the round"
    why: str  # why they are here, in words: "has not spoken yet", "moved by you"

    def cells(self) -> tuple[str, str, str]:
        return (self.name, self.kind, self.why)

    @property
    def record_id(self) -> int | None:
        return self.hand_id

    def spoken(self, number: int) -> str:
        return translate("QueueModel", "{number}. {name}, {kind}, {why}").format(
            number=number, name=self.name, kind=self.kind, why=self.why
        )


class QueueModel(KeyedRowsModel):
    speakerChanged = Signal()  # who is speaking, or whether their turn runs, changed
    ticked = Signal()  # a second passed in the running turn
    limitReached = Signal()  # the running turn reached the group's soft time limit
    settingsChanged = Signal()  # the group's choices (names, time limit) changed
    # Once after each load, action or undo, when every row signal has gone: a view that shows the
    # queue as a whole (the projector's) lays out once, not once for each row that moved.
    refreshed = Signal()
    progressNotSaved = Signal()  # the running turn's time could not be written down (a full disk)

    def __init__(self, service: QueueService, context: GroupContext, now: Callable[[], datetime] = utc_now):
        super().__init__(
            (translate("QueueModel", "Who"), translate("QueueModel", "Kind"), translate("QueueModel", "Why this place")),
            context,
        )
        self.service = service
        self.context = context
        self.now = now
        self.meeting_id: int | None = None
        self.group_id: int | None = None
        self.places: list[Place] = []
        self.facts = QueueFacts()
        self.settings = None
        self.recovered: TurnRow | None = None  # a turn the app was closed in the middle of, to resume or end
        self._opened: set[int] = set()  # meetings opened in this session: a running turn there is ours
        self._limit_told = False
        self._words: dict[str, str] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.checkpoints = QTimer(self)
        self.checkpoints.setInterval(CHECKPOINT_SECONDS * 1000)
        self.checkpoints.timeout.connect(self.checkpoint)
        self._writer: ThreadPoolExecutor | None = None
        self._written: Future | None = None
        application = QCoreApplication.instance()
        if application is not None:  # a clean quit writes the running turn's time to the second
            application.aboutToQuit.connect(self._quitting)

    # What views read
    @property
    def current(self) -> TurnRow | None:
        return self.facts.current

    def name_of(self, person: str) -> str:
        name = None if person.startswith("someone:") else self.facts.names.get(person)
        return name if name is not None else self._word("someone")

    def running(self) -> bool:
        return self.facts.current is not None and self.facts.current.state == TurnState.SPEAKING

    def elapsed(self) -> float:
        """The running turn's time. Work opened only to look at shows the time that was saved."""
        turn = self.facts.current
        if turn is None:
            return 0.0
        return turn.elapsed(self.now()) if self.context.can_change else turn.seconds

    def over_limit(self) -> bool:
        limit = self.settings.time_limit_seconds if self.settings else 0
        return bool(limit) and self.facts.current is not None and self.elapsed() >= limit

    # Loading
    def load(self, meeting_id: int | None, group_id: int | None) -> None:
        """Open a meeting's queue. Leaving a meeting pauses its running turn, with the time so far.

        The same meeting again (its details were edited) only refreshes: the turn runs on. A turn found
        running the first time a meeting is opened was left by an app that stopped without ending it.
        """
        if meeting_id == self.meeting_id and group_id == self.group_id and meeting_id is not None:
            self.refresh()
            return
        if self.meeting_id is not None and self.context.can_change:
            self.service.pause_running(self.meeting_id, self.now())
        self.meeting_id, self.group_id = meeting_id, group_id
        self.settings = self.service.settings(group_id) if group_id is not None else None
        self.recovered = None
        if meeting_id is not None and self.context.can_change and meeting_id not in self._opened:
            self._opened.add(meeting_id)
            self.recovered = self.service.interrupt_running(meeting_id)
        self.facts = self.service.facts(meeting_id, group_id) if meeting_id is not None else QueueFacts()
        self.places = self._worked_out()
        self.reset([self._row(place) for place in self.places])
        self._follow_the_clock()
        self.speakerChanged.emit()
        self.settingsChanged.emit()
        self.refreshed.emit()

    def refresh(self) -> None:
        """After an action: read the meeting again and tell the views exactly what changed."""
        self._refresh(turns_changed=True)

    def refresh_hands(self) -> None:
        """After an action that left every turn as it was (a hand raised, withdrawn or moved, the ordering)."""
        self._refresh(turns_changed=False)

    def _refresh(self, turns_changed: bool) -> None:
        if self.meeting_id is None:
            return
        before = self.facts.current
        self.facts = self.service.facts(self.meeting_id, self.group_id, None if turns_changed else self.facts)
        self.places = self._worked_out()
        self.show([self._row(place) for place in self.places])
        self._follow_the_clock()
        if before != self.facts.current:
            if before is None or self.facts.current is None or before.id != self.facts.current.id:
                self._limit_told = False
            self.speakerChanged.emit()
        self.refreshed.emit()

    def reload_settings(self) -> None:
        if self.group_id is not None:
            self.settings = self.service.settings(self.group_id)
            self._limit_told = self.over_limit()
            self.settingsChanged.emit()
            self.show([self._row(place) for place in self.places])  # names shown with numbers, or not
            self.refreshed.emit()

    def _worked_out(self) -> list[Place]:
        facts = self.facts
        return queue(facts.hands, facts.ordering, facts.spoken, facts.present, facts.round_done, facts.moves)

    def _word(self, key: str) -> str:
        """The queue's fixed words, translated once: every place of every refresh uses them."""
        if not self._words:
            self._words = {
                **{kind: translate("QueueRules", label) for kind, label in HAND_KINDS.items()},
                "round": translate("QueueModel", "Turn in the round"),
                "moved": translate("QueueModel", "moved by you"),
                "their turn": translate("QueueModel", "their turn in the round"),
                "in order": translate("QueueModel", "in order of hands"),
                "not yet": translate("QueueModel", "has not spoken yet"),
                "someone": translate("QueueModel", "Someone"),
            }
        return self._words[key]

    def _row(self, place: Place) -> PlaceRow:
        hand = place.hand
        kind = self._word(hand.kind if hand is not None else "round")
        return PlaceRow(place.key, hand.id if hand else None, place.person, self.listed_name(place.person), kind, self._why(place))

    def listed_name(self, person: str) -> str:
        """The name in the facilitator's queue: a guest says so, and when the room sees numbers, the
        facilitator sees each person's number too ("Sam (5)")."""
        name = self.name_of(person)
        if person.startswith("guest:"):
            name = translate("QueueModel", "{name} (guest)").format(name=name)
        number = self.facts.numbers.get(person)
        if number is not None and self.settings is not None and self.settings.names_shown == NamesShown.NUMBERS:
            name = translate("QueueModel", "{name} ({number})").format(name=name, number=number)
        return name

    def _why(self, place: Place) -> str:
        if place.why == Why.MOVED:
            return self._word("moved")
        if place.why == Why.GO_ROUND:
            return self._word("their turn")
        if self.facts.ordering == Ordering.IN_ORDER:
            return self._word("in order")
        turns, seconds = place.spoken.turns, place.spoken.seconds
        if turns == 0:
            return self._word("not yet")
        return translate("QueueModel", "spoken %n time(s), {time}", None, COUNTED, turns).format(
            time=spoken_time(seconds)
        )

    # The clock
    def _follow_the_clock(self) -> None:
        # Work opened only to look at (a full disk, a locked folder) runs no clock: nothing can be saved.
        running = self.running() and self.context.can_change
        for timer in (self.timer, self.checkpoints):
            if running and not timer.isActive():
                timer.start()
            elif not running:
                timer.stop()

    def tick(self) -> None:
        """A second passed: one value changes. Nothing is read or written, and no row is touched."""
        self.ticked.emit()
        if not self._limit_told and self.over_limit():
            self._limit_told = True
            self.limitReached.emit()

    def checkpoint(self) -> None:
        """Write down the running turn's time so far, every few seconds, on a thread of its own: a slow
        disk's wait for the write to be safe never holds up the window. The time shown needs no change:
        it is worked out from the same start either way.

        Safe beside the window's own writes: each waits for the other, and a turn ended first is left
        as it is (the service writes only a turn still running)."""
        turn = self.facts.current
        if turn is None or turn.state != TurnState.SPEAKING or not self.context.can_change:
            return
        if self._writer is None:
            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="turn-progress")
        self._written = self._writer.submit(self._write, turn.id, self.now())

    def written(self) -> None:
        """Wait until the last progress written has reached the disk (on quitting; in tests)."""
        if self._written is not None:
            self._written.result()

    def _quitting(self) -> None:
        """A clean quit pauses the running turn, to the second, as leaving the meeting does."""
        self.written()
        if self.meeting_id is not None and self.context.can_change and self.running():
            try:
                self.service.pause_running(self.meeting_id, self.now())
            except Exception:  # noqa: BLE001 - then the next start finds it running and says so
                log.warning("The running turn could not be paused on quitting")

    def _write(self, turn_id: int, now: datetime) -> None:
        """On the writing thread. A failure is told once (a signal reaches the window's own thread)."""
        try:
            self.service.checkpoint(turn_id, now)
        except Exception:  # noqa: BLE001 - a full disk must not stop the meeting; the next try may work
            log.warning("The running turn's time could not be written down this time")
            self.progressNotSaved.emit()


def spoken_time(seconds: float) -> str:
    """"40 seconds", "2 minutes 5 seconds": how long someone has spoken, in words."""
    whole = int(round(seconds))
    minutes, rest = divmod(whole, 60)
    if minutes == 0:
        return translate("QueueModel", "%n second(s)", None, COUNTED, rest)
    if rest == 0:
        return translate("QueueModel", "%n minute(s)", None, COUNTED, minutes)
    return translate("QueueModel", "{minutes} {seconds}").format(
        minutes=translate("QueueModel", "%n minute(s)", None, COUNTED, minutes),
        seconds=translate("QueueModel", "%n second(s)", None, COUNTED, rest),
    )


def queue_model(context: GroupContext) -> QueueModel:
    """The window's one queue, shared by the panel and the projector."""
    return context.shared("queue.model", lambda: QueueModel(QueueService(context.engine), context))
