"""Who speaks next: the kinds of hand, the three ways of ordering the queue, and the facilitator's moves.

Plain Python: no Qt, no SQL. The queue is worked out afresh from what is stored (the hands raised,
who has spoken, who is present, the facilitator's moves), so changing how it is ordered never loses
anyone: the hands stay as they are, only their order is worked out another way.

The order, in every mode:
1. By kind: a process point ("can we have a break?") first, then a clarifying question, then a reply
   to the current speaker, then a new point.
2. Within a kind, by the mode:
   - In order of hands: who raised their hand first.
   - Fair turns: who has had fewer turns in this meeting; among people with as many turns, the one
     whose perspective has had less than its share of the talking; then who raised their hand first.
   - Go-round: each person present in turn, once; a process point still comes first, and other hands
     wait until the round is over.
3. Then the facilitator's moves, in the order they were made: each puts one place just before or after
   another. A moved place says so.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum

from copro_desktop.i18n import QT_TRANSLATE_NOOP


class HandKind(StrEnum):
    """Equal to the stored strings."""

    PROCESS = "process"
    CLARIFYING = "clarifying"
    REPLY = "reply"
    NEW_POINT = "new_point"


# Which kind goes first: the lower, the sooner.
KIND_RANK = {HandKind.PROCESS: 0, HandKind.CLARIFYING: 1, HandKind.REPLY: 2, HandKind.NEW_POINT: 3}

HAND_KINDS = {
    HandKind.PROCESS: QT_TRANSLATE_NOOP("QueueRules", "Process point"),
    HandKind.CLARIFYING: QT_TRANSLATE_NOOP("QueueRules", "Clarifying question"),
    HandKind.REPLY: QT_TRANSLATE_NOOP("QueueRules", "Reply"),
    HandKind.NEW_POINT: QT_TRANSLATE_NOOP("QueueRules", "New point"),
}

# One short word for each kind, printed very large on the turn-taking cards (the full name goes under it).
HAND_CARD_WORDS = {
    HandKind.PROCESS: QT_TRANSLATE_NOOP("QueueRules", "Process"),
    HandKind.CLARIFYING: QT_TRANSLATE_NOOP("QueueRules", "Question"),
    HandKind.REPLY: QT_TRANSLATE_NOOP("QueueRules", "Reply"),
    HandKind.NEW_POINT: QT_TRANSLATE_NOOP("QueueRules", "New"),
}


class Ordering(StrEnum):
    IN_ORDER = "in_order"
    FAIR = "fair"
    GO_ROUND = "go_round"


ORDERINGS = {
    Ordering.IN_ORDER: QT_TRANSLATE_NOOP("QueueRules", "In order of hands"),
    Ordering.FAIR: QT_TRANSLATE_NOOP("QueueRules", "Fair turns"),
    Ordering.GO_ROUND: QT_TRANSLATE_NOOP("QueueRules", "Go-round"),
}


@dataclass(frozen=True)
class Hand:
    """A raised hand. `person` is a stable key ("member:12", "guest:3", "someone:4"); `raised` counts up."""

    id: int
    person: str
    kind: HandKind
    raised: int
    perspective: str = "prefer_not_to_say"


@dataclass(frozen=True)
class Spoken:
    """What one person has said in this meeting so far."""

    turns: int = 0
    seconds: float = 0.0


@dataclass(frozen=True)
class Move:
    """The facilitator put one place just before (or after) another: `subject` and `anchor` are places' keys.

    A move holds to its neighbour, not to a number, so it stays true as the queue moves on. Once the
    neighbour has gone (called, withdrawn), the move no longer applies.
    """

    subject: str
    anchor: str
    after: bool = False


class Why(IntEnum):
    """Why a place is where it is: the words come from the panel, in the person's language."""

    RAISED_FIRST = 0  # in order of hands
    FEWER_TURNS = 1  # fair turns
    GO_ROUND = 2  # their turn in the round
    MOVED = 3  # the facilitator moved them


@dataclass(frozen=True)
class Place:
    """One place in the queue: a raised hand, or in a go-round a person whose turn it is (no hand)."""

    person: str
    hand: Hand | None
    why: Why
    spoken: Spoken = field(default_factory=Spoken)

    @property
    def key(self) -> str:
        """What a move names this place by: its hand, or in a go-round its person."""
        return place_key(self.hand.id if self.hand else None, self.person)


def place_key(hand_id: int | None, person: str) -> str:
    return f"hand:{hand_id}" if hand_id is not None else f"round:{person}"


def queue(
    hands: Iterable[Hand],
    ordering: Ordering,
    spoken: Mapping[str, Spoken] | None = None,
    present: Sequence[tuple[str, str]] = (),
    round_done: Iterable[str] = (),
    moves: Sequence[Move] = (),
) -> list[Place]:
    """The queue, next speaker first.

    `spoken`: each person's turns and time so far in this meeting. `present`: (person, perspective)
    for each person in the room, in the order of the round. `round_done`: who has had (or passed)
    their turn in this go-round. `moves`: the facilitator's, oldest first.
    """
    spoken = dict(spoken or {})
    hands = sorted(hands, key=lambda hand: (KIND_RANK[hand.kind], hand.raised, hand.id))
    if ordering == Ordering.GO_ROUND:
        places = _go_round(hands, spoken, present, set(round_done))
    elif ordering == Ordering.FAIR:
        places = _fair(hands, spoken, present)
    else:
        places = [_placed(hand, Why.RAISED_FIRST, spoken) for hand in hands]
    return _apply_moves(places, moves)


def _fair(hands: list[Hand], spoken: dict[str, Spoken], present: Sequence[tuple[str, str]]) -> list[Place]:
    under_heard = perspective_shortfall(spoken, present)

    def key(hand: Hand):
        turns = spoken.get(hand.person, Spoken()).turns
        # A larger shortfall of talking against presence goes sooner; prefer-not-to-say is never singled out.
        shortfall = under_heard.get(hand.perspective, 0.0)
        return (KIND_RANK[hand.kind], turns, -shortfall, hand.raised, hand.id)

    return [_placed(hand, Why.FEWER_TURNS, spoken) for hand in sorted(hands, key=key)]


def _go_round(
    hands: list[Hand], spoken: dict[str, Spoken], present: Sequence[tuple[str, str]], done: set[str]
) -> list[Place]:
    process = [hand for hand in hands if hand.kind == HandKind.PROCESS]
    waiting = [hand for hand in hands if hand.kind != HandKind.PROCESS]
    seen: set[str] = set()
    round_places = []
    for person, _perspective in present:
        if person not in done and person not in seen:  # once each, however the list was given
            seen.add(person)
            round_places.append(Place(person, None, Why.GO_ROUND, spoken.get(person, Spoken())))
    return (
        [_placed(hand, Why.RAISED_FIRST, spoken) for hand in process]
        + round_places
        + [_placed(hand, Why.RAISED_FIRST, spoken) for hand in waiting]
    )


def _placed(hand: Hand, why: Why, spoken: Mapping[str, Spoken]) -> Place:
    return Place(hand.person, hand, why, spoken.get(hand.person, Spoken()))


def _apply_moves(places: list[Place], moves: Sequence[Move]) -> list[Place]:
    for move in moves:
        keys = [place.key for place in places]
        if move.subject not in keys or move.anchor not in keys or move.subject == move.anchor:
            continue  # one of them has had their turn, or was withdrawn
        place = places.pop(keys.index(move.subject))
        anchor_at = [p.key for p in places].index(move.anchor)
        places.insert(anchor_at + 1 if move.after else anchor_at, Place(place.person, place.hand, Why.MOVED, place.spoken))
    return places


def perspective_shortfall(spoken: Mapping[str, Spoken], present: Sequence[tuple[str, str]]) -> dict[str, float]:
    """For each perspective in the room: its share of the people present less its share of the talking.

    Above nought, it has had less than its share. "Prefer not to say" is left out: it is a choice
    not to be counted, not a group to even up.
    """
    people = [(person, perspective) for person, perspective in dict(present).items()]
    counted = [(person, perspective) for person, perspective in people if perspective != "prefer_not_to_say"]
    if not counted:
        return {}
    talk: dict[str, float] = {}
    heads: dict[str, int] = {}
    for person, perspective in counted:
        heads[perspective] = heads.get(perspective, 0) + 1
        talk[perspective] = talk.get(perspective, 0.0) + spoken.get(person, Spoken()).seconds
    total_talk = sum(talk.values())
    return {
        perspective: heads[perspective] / len(counted) - (talk[perspective] / total_talk if total_talk else 0.0)
        for perspective in heads
    }
