"""Whose voices are heard: each perspective's share of the talking beside its share of the people present.

Plain Python: no Qt, no SQL. "Prefer not to say" is one group like the others, never a person.
For the room, any group of one is folded into "other perspectives" until no group shown is one
person, so the projector never singles anyone out.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from copro_desktop.i18n import QT_TRANSLATE_NOOP
from copro_desktop.queue.rules import Spoken

# The order the groups are listed in; the keys are the members' stored perspectives.
PERSPECTIVE_ORDER = ("lived_experience", "carer", "professional", "other", "prefer_not_to_say")
FOLDED = "other_perspectives"
FOLDED_LABEL = QT_TRANSLATE_NOOP("QueueBalance", "Other perspectives")
TREND_MEETINGS = 8  # how many of a group's last meetings the trend shows


@dataclass(frozen=True)
class Share:
    """One group's part of a meeting: `people_share` and `talk_share` are fractions of the whole."""

    perspective: str
    people: int
    turns: int
    seconds: float
    people_share: float
    talk_share: float


def balance(present: Sequence[tuple[str, str]], spoken: Mapping[str, Spoken]) -> list[Share]:
    """Each perspective with someone present, in the usual order. Both kinds of share add up to 1
    (the talk shares to 0 when no one has spoken yet); an empty room gives no groups."""
    people = dict(present)  # a person listed twice is one person
    if not people:
        return []
    groups: dict[str, list[str]] = {}
    for person, perspective in people.items():
        groups.setdefault(perspective, []).append(person)
    total_seconds = sum(spoken.get(person, Spoken()).seconds for person in people)
    order = [p for p in PERSPECTIVE_ORDER if p in groups] + sorted(p for p in groups if p not in PERSPECTIVE_ORDER)
    return [_share(perspective, groups[perspective], spoken, len(people), total_seconds) for perspective in order]


def for_the_room(shares: Sequence[Share]) -> list[Share]:
    """The same picture with no group of one: groups of one are folded into "other perspectives",
    and while that fold is still one person, the smallest group left goes into it too."""
    shown = list(shares)
    folded: list[Share] = []
    while True:
        lonely = [share for share in shown if share.people < 2]
        if not lonely and folded and sum(share.people for share in folded) < 2 and shown:
            lonely = [min(shown, key=lambda share: (share.people, share.talk_share))]
        if not lonely:
            break
        for share in lonely:
            shown.remove(share)
            folded.append(share)
    return shown + [_merged(folded)] if folded else shown


def _share(perspective: str, people: list[str], spoken: Mapping[str, Spoken], present: int, total: float) -> Share:
    said = [spoken.get(person, Spoken()) for person in people]
    seconds = sum(s.seconds for s in said)
    return Share(
        perspective,
        len(people),
        sum(s.turns for s in said),
        seconds,
        len(people) / present,
        seconds / total if total else 0.0,
    )


def _merged(shares: list[Share]) -> Share:
    return Share(
        FOLDED,
        sum(s.people for s in shares),
        sum(s.turns for s in shares),
        sum(s.seconds for s in shares),
        sum(s.people_share for s in shares),
        sum(s.talk_share for s in shares),
    )


def from_totals(people: Mapping[str, int], talk: Mapping[str, Spoken]) -> list[Share]:
    """The same picture from counts (how many of each perspective came, and what each said): for
    past meetings, where only the totals are needed. Talk by a perspective no one present had
    (a guest who spoke) counts with its own group."""
    counts = dict(people)
    for perspective in talk:
        counts.setdefault(perspective, 0)
    everyone = sum(counts.values())
    total = sum(s.seconds for s in talk.values())
    order = [p for p in PERSPECTIVE_ORDER if p in counts] + sorted(p for p in counts if p not in PERSPECTIVE_ORDER)
    return [
        Share(
            perspective,
            counts[perspective],
            talk.get(perspective, Spoken()).turns,
            talk.get(perspective, Spoken()).seconds,
            counts[perspective] / everyone if everyone else 0.0,
            talk.get(perspective, Spoken()).seconds / total if total else 0.0,
        )
        for perspective in order
    ]
