"""Every turn-taking action as an undoable command: a slip in a live meeting costs nothing.

Each stores its change at once, says how to undo it, and afterwards the model works the queue out
again, telling its views only the rows that changed. Redo brings back the same hand, turn or move
(the same id), so the commands after it still find what they refer to.
"""

from dataclasses import dataclass

from copro_desktop.i18n import translate
from copro_desktop.queue.model import QueueModel
from copro_desktop.queue.rules import HandKind, Ordering, Place
from copro_desktop.queue.turns import HandState
from copro_desktop.ui.undo import Change, Ref


def _refs(model: QueueModel, **ids: int | None) -> set[Ref]:
    refs = {(kind, value) for kind, value in ids.items() if value is not None}
    if model.meeting_id is not None:
        refs.add(("meeting", model.meeting_id))
    return refs


@dataclass
class _Kept:
    """What a first do made (an id, a time), shared with its redo."""

    made_id: int | None = None
    when: object = None
    ticked_in: bool = False  # a raised hand marked its member as here


def raise_hand(
    model: QueueModel,
    kind: HandKind,
    name: str,
    *,
    member_id: int | None = None,
    guest_name: str | None = None,
    perspective: str | None = None,
) -> Change:
    """`name` is for the undo label: "Undo raise a hand for Sam"."""
    service, meeting_id, kept = model.service, model.meeting_id, _Kept()

    def do() -> tuple[int, bool]:
        hand, ticked_in = service.raise_hand(
            meeting_id,
            kind,
            member_id=member_id,
            guest_name=guest_name,
            perspective=perspective,
            hand_id=kept.made_id,
            raised_at=kept.when,
        )
        kept.made_id, kept.when, kept.ticked_in = hand.id, hand.raised_at, ticked_in
        return hand.id, ticked_in

    def changed() -> None:
        if kept.ticked_in:  # the hand marked them as here (or its undo took that back): who is here changed
            model.context.attendanceEdited.emit(meeting_id, member_id)
        else:
            model.refresh_hands()

    command = Change(
        translate("QueueCommands", "raise a hand for {name}").format(name=name),
        do,
        lambda receipt: service.lower_hand(*receipt),
        changed,
        _refs(model, member=member_id),
    )
    command.kept = kept  # the panel selects the new hand
    return command


def withdraw_hand(model: QueueModel, hand_id: int, name: str) -> Change:
    service = model.service
    return Change(
        translate("QueueCommands", "withdraw {name}'s hand").format(name=name),
        lambda: service.set_hand_state(hand_id, HandState.WITHDRAWN),
        lambda before: service.set_hand_state(hand_id, before),
        model.refresh_hands,
        _refs(model),
    )


def call_next(model: QueueModel, place: Place, passed: bool = False) -> Change:
    """This place speaks now (the turn before ends), or, in a go-round, passes."""
    service, meeting_id, kept = model.service, model.meeting_id, _Kept()
    facts = model.facts
    person = None
    round_number = None
    if place.hand is None:  # a go-round place: the person, as they are in the room
        perspective = dict(facts.present).get(place.person, "prefer_not_to_say")
        member_id = int(place.person.split(":", 1)[1]) if place.person.startswith("member:") else None
        guest_name = facts.names.get(place.person) if place.person.startswith("guest:") else None
        person = (member_id, guest_name, perspective)
        round_number = facts.round_number

    def do():
        called = service.call(
            meeting_id,
            model.now(),
            hand_id=place.hand.id if place.hand else None,
            person=person,
            round_number=round_number,
            passed=passed,
            turn_id=kept.made_id,
        )
        kept.made_id = called.turn_id
        return called

    name = model.name_of(place.person)
    if passed:
        label = translate("QueueCommands", "record a pass for {name}").format(name=name)
    else:
        label = translate("QueueCommands", "call {name} to speak").format(name=name)
    return Change(label, do, service.uncall, model.refresh, _refs(model))


def end_turn(model: QueueModel) -> Change:
    service, meeting_id = model.service, model.meeting_id

    def do():
        ended = service.end_turn(meeting_id, model.now())
        return Change.NOTHING if ended is None else ended

    return Change(translate("QueueCommands", "end the turn"), do, service.restore_turn, model.refresh, _refs(model))


def set_running(model: QueueModel, turn_id: int, running: bool) -> Change:
    """Pause or resume the turn (an interrupted one resumes too)."""
    service = model.service
    label = translate("QueueCommands", "resume the turn") if running else translate("QueueCommands", "pause the turn")
    return Change(
        label,
        lambda: service.set_running(turn_id, running, model.now()),
        service.restore_turn,
        model.refresh,
        _refs(model),
    )


def pass_current(model: QueueModel, turn_id: int, name: str) -> Change:
    """The person just called in a go-round passes."""
    service = model.service
    return Change(
        translate("QueueCommands", "record a pass for {name}").format(name=name),
        lambda: service.pass_turn(turn_id),
        service.restore_turn,
        model.refresh,
        _refs(model),
    )


def move_place(model: QueueModel, subject: str, anchor: str, after: bool, name: str) -> Change:
    """Put one place just before (or after) another: shown beside the name as moved."""
    service, meeting_id, kept = model.service, model.meeting_id, _Kept()

    def do() -> int:
        kept.made_id = service.add_move(meeting_id, subject, anchor, after, move_id=kept.made_id)
        return kept.made_id

    label = translate("QueueCommands", "move {name} in the queue").format(name=name)
    return Change(label, do, service.remove_move, model.refresh_hands, _refs(model))


def set_ordering(model: QueueModel, ordering: Ordering) -> Change:
    service, meeting_id = model.service, model.meeting_id

    def do():
        if model.facts.ordering == ordering:
            return Change.NOTHING
        return service.set_ordering(meeting_id, ordering)

    return Change(
        translate("QueueCommands", "change how the queue is ordered"),
        do,
        lambda before: service.restore_ordering(meeting_id, before),
        model.refresh_hands,
        _refs(model),
    )


def change_settings(model: QueueModel, label: str, **values) -> Change:
    """The group's choices for turn-taking (names on the projector, the soft time limit)."""
    service, group_id = model.service, model.group_id

    def undo(before) -> None:
        service.save_settings(group_id, **{name: getattr(before, name) for name in values})

    return Change(label, lambda: service.save_settings(group_id, **values), undo, model.reload_settings, set())
