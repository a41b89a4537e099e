"""Whose voices are heard: this meeting's talk by person and by perspective, and the trend across meetings.

Worked out when a turn starts or ends, never on the timer's tick.
"""

from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, QObject, Signal

from copro_desktop.i18n import COUNTED, translate
from copro_desktop.queue.balance import TREND_MEETINGS, Share, balance, from_totals
from copro_desktop.queue.model import QueueModel, spoken_time
from copro_desktop.queue.perspective_words import perspective_name
from copro_desktop.queue.rules import Spoken
from copro_desktop.queue.turns import clock_text
from copro_desktop.ui.keyed_rows import KeyedRowsModel



@dataclass(frozen=True)
class PersonRow:
    key: str
    name: str
    perspective: str
    turns: int
    seconds: int

    record_id = None

    def cells(self) -> tuple[str, str, str, str]:
        # The time as a clock reads, to fit a narrow column; a screen reader hears it in words (spoken()).
        return (self.name, self.perspective, str(self.turns), clock_text(self.seconds) if self.turns else "")

    def spoken(self, number: int) -> str:
        if not self.turns:
            return translate("QueueVoices", "{name}, {perspective}: has not spoken yet").format(
                name=self.name, perspective=self.perspective
            )
        turns = self.turns
        return translate("QueueVoices", "{name}, {perspective}: %n turn(s), {time}", None, COUNTED, turns).format(
            name=self.name, perspective=self.perspective, time=spoken_time(self.seconds)
        )


class Voices(QObject):
    """This meeting's balance and each person's talk, kept up to date with the queue."""

    changed = Signal()

    def __init__(self, model: QueueModel, parent: QObject | None = None):
        super().__init__(parent)
        self.model = model
        self.people = KeyedRowsModel(
            (
                translate("QueueVoices", "Who"),
                translate("QueueVoices", "Perspective"),
                translate("QueueVoices", "Turns"),
                translate("QueueVoices", "Talk time"),
            ),
            self,
        )
        self.shares: list[Share] = []
        self._labels: dict[str, str] = {}  # perspectives in words, translated once: every person has one
        model.refreshed.connect(self.update)  # after each action: a turn, or someone new in the room
        self.update()

    def _everyone(self) -> tuple[list[tuple[str, str]], dict[str, Spoken]]:
        """Everyone present, and anyone else who took part (a member not ticked in), with what each said.

        Each "someone" hand is its own key, but may be one person speaking twice: all of them with one
        perspective count as one person, so no one is counted twice, and a single "someone" is still
        folded for the room like any group of one."""
        facts = self.model.facts
        people = dict(facts.present)
        spoken: dict[str, Spoken] = {}
        talked = dict(facts.spoken)
        turn = facts.current
        if turn is not None and turn.person in talked:
            # The running turn as it stands now, not as last written: read after each action, never on the tick.
            before = talked[turn.person]
            talked[turn.person] = Spoken(before.turns, before.seconds + self.model.elapsed() - turn.seconds)
        for person, said in talked.items():
            perspective = facts.perspectives.get(person, "prefer_not_to_say")
            if person.startswith("someone:"):
                person = f"someone:{perspective}"
                before = spoken.get(person, Spoken())
                said = Spoken(before.turns + said.turns, before.seconds + said.seconds)
            spoken[person] = said
            people.setdefault(person, perspective)
        return list(people.items()), spoken

    def update(self) -> None:
        everyone, spoken = self._everyone()
        shares = balance(everyone, spoken)
        rows = []
        for person, perspective in everyone:
            said = spoken.get(person, Spoken())
            name = self.model.name_of(person)
            if perspective not in self._labels:
                self._labels[perspective] = perspective_name(perspective)
            rows.append(PersonRow(person, name, self._labels[perspective], said.turns, int(round(said.seconds))))
        # By name: a turn changes its speaker's row and moves no one, so the table stays where the eye left it.
        rows.sort(key=lambda row: (row.name.casefold(), row.key))
        self.people.show(rows)
        if shares != self.shares:
            self.shares = shares
            self.changed.emit()

    def trend(self) -> list[tuple[str, list[Share]]]:
        """The same balance for each of the group's last meetings, oldest first."""
        model = self.model
        if model.group_id is None:
            return []
        meetings = model.service.recent_meetings(model.group_id, TREND_MEETINGS)
        ids = [meeting.id for meeting in meetings]
        talk = model.service.talk_by_perspective(ids)
        came = model.service.present_by_perspective(ids)
        locale = QLocale()
        result = []
        for meeting in meetings:
            day = meeting.meeting_date
            label = locale.toString(QDate(day.year, day.month, day.day), "d MMM")
            result.append((label, from_totals(came[meeting.id], talk[meeting.id])))
        return result


def voices(context) -> Voices:
    from copro_desktop.queue.model import queue_model

    return context.shared("queue.voices", lambda: Voices(queue_model(context), context))
