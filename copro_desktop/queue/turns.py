"""A turn's life and its time, and how a person in the queue is known. Plain Python: no Qt, no SQL."""

from collections.abc import Iterable
from datetime import datetime
from enum import StrEnum

from copro_desktop.i18n import QT_TRANSLATE_NOOP

GO_ROUND_KIND = "go_round"  # a turn's kind when it came from a go-round, not a raised hand


class HandState(StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    WITHDRAWN = "withdrawn"


class TurnState(StrEnum):
    SPEAKING = "speaking"
    PAUSED = "paused"
    INTERRUPTED = "interrupted"  # the app stopped while it ran: the facilitator resumes or ends it
    ENDED = "ended"
    PASSED = "passed"  # in a go-round: a pass is recorded as a pass, not as silence


TURN_STATES = {
    TurnState.SPEAKING: QT_TRANSLATE_NOOP("QueueTurns", "Speaking"),
    TurnState.PAUSED: QT_TRANSLATE_NOOP("QueueTurns", "Paused"),
    TurnState.INTERRUPTED: QT_TRANSLATE_NOOP("QueueTurns", "Stopped when the app closed"),
    TurnState.ENDED: QT_TRANSLATE_NOOP("QueueTurns", "Ended"),
    TurnState.PASSED: QT_TRANSLATE_NOOP("QueueTurns", "Passed"),
}


def elapsed(state: str, seconds: float, counted_at: datetime | None, now: datetime) -> float:
    """The time a turn has run: what was counted, plus the time since, while it is running."""
    if state == TurnState.SPEAKING and counted_at is not None:
        return seconds + max(0.0, (now - counted_at).total_seconds())
    return seconds


def person_key(member_id: int | None, guest_name: str | None, someone: int | None) -> str:
    """One stable key per person in a meeting: a member, a guest by name, or one "someone"."""
    if member_id is not None:
        return f"member:{member_id}"
    if guest_name is not None:
        return f"guest:{guest_name.casefold()}"
    return f"someone:{someone}"


def clock_text(seconds: float) -> str:
    """"4:05": minutes and seconds, the way a timer reads."""
    whole = int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


class NamesShown(StrEnum):
    """How the room sees people's names: the group chooses."""

    NAMES = "names"
    INITIALS = "initials"
    NUMBERS = "numbers"


NAMES_SHOWN = {
    NamesShown.NAMES: QT_TRANSLATE_NOOP("QueueTurns", "Names, as written in the group"),
    NamesShown.INITIALS: QT_TRANSLATE_NOOP("QueueTurns", "Initials"),
    NamesShown.NUMBERS: QT_TRANSLATE_NOOP("QueueTurns", "Numbers"),
}


def initials(name: str, others: Iterable[str] = ()) -> str:
    """"Sam Okafor" -> "S. O.": the first letter of each word. When someone else in the room would
    have the same initials (Mei and Mark), more of the first name is shown until they differ ("Me." and "Ma.")."""
    words = name.split()
    if not words:
        return ""
    others = [other.split() for other in others if other.split()]
    for letters in range(1, len(words[0]) + 1):
        shown = _initials(words, letters)
        if all(_initials(other, letters) != shown for other in others):
            return shown
    return name


def _initials(words: list[str], first_letters: int) -> str:
    return " ".join(f"{word[:first_letters] if n == 0 else word[0]}." for n, word in enumerate(words))
