"""Turn-taking storage: every action is stored as it happens and undoes exactly; times come from the caller."""

from datetime import datetime, timedelta, timezone

import pytest

from copro_desktop.queue.rules import HandKind, Ordering, Spoken
from copro_desktop.queue.service import QueueService
from copro_desktop.queue.turns import HandState, TurnState

START = datetime(2026, 3, 4, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def queue_service(engine):
    return QueueService(engine)


@pytest.fixture
def room(services, group, meeting):
    groups, _ = services
    sam = groups.add_member(group.id, "Sam", "lived_experience")
    priya = groups.add_member(group.id, "Priya", "professional")
    for member in (sam, priya):
        groups.set_attended(meeting.id, member.id, True)
    return sam, priya


def test_a_turn_is_timed_and_the_next_call_ends_it(queue_service, group, meeting, room):
    sam, priya = room
    first, _ = queue_service.raise_hand(meeting.id, HandKind.NEW_POINT, member_id=sam.id)
    queue_service.raise_hand(meeting.id, HandKind.REPLY, member_id=priya.id)
    called = queue_service.call(meeting.id, START, hand_id=first.id)
    queue_service.checkpoint(called.turn_id, START + timedelta(seconds=5))
    facts = queue_service.facts(meeting.id, group.id)
    assert facts.current.person == f"member:{sam.id}"
    assert facts.current.elapsed(START + timedelta(seconds=40)) == 40
    assert [hand.person for hand in facts.hands] == [f"member:{priya.id}"]

    second = queue_service.call(meeting.id, START + timedelta(seconds=40), hand_id=facts.hands[0].id)
    facts = queue_service.facts(meeting.id, group.id)
    assert facts.spoken[f"member:{sam.id}"] == Spoken(1, 40.0)
    assert facts.current.person == f"member:{priya.id}"

    queue_service.uncall(second)  # undo: Sam carries on as if never stopped, Priya's hand is up again
    facts = queue_service.facts(meeting.id, group.id)
    assert facts.current.person == f"member:{sam.id}" and facts.current.state == TurnState.SPEAKING
    assert facts.current.elapsed(START + timedelta(seconds=60)) == 60
    assert [hand.person for hand in facts.hands] == [f"member:{priya.id}"]


def test_a_guest_and_two_someones_are_three_people(queue_service, group, meeting, room):
    guest, _ = queue_service.raise_hand(meeting.id, HandKind.NEW_POINT, guest_name="Jo", perspective="carer")
    one, _ = queue_service.raise_hand(meeting.id, HandKind.NEW_POINT)
    two, _ = queue_service.raise_hand(meeting.id, HandKind.NEW_POINT)
    facts = queue_service.facts(meeting.id, group.id)
    assert len({hand.person for hand in facts.hands}) == 3
    assert ("guest:jo", "carer") in facts.present  # a guest with a hand up is in the room
    assert facts.names["guest:jo"] == "Jo"
    for hand in (guest, one, two):
        queue_service.call(meeting.id, START, hand_id=hand.id)
    queue_service.end_turn(meeting.id, START + timedelta(seconds=3))
    assert len(queue_service.facts(meeting.id, group.id).spoken) == 3


def test_a_pass_is_recorded_as_a_pass_and_is_not_talk(queue_service, group, meeting, room):
    sam, _priya = room
    queue_service.set_ordering(meeting.id, Ordering.GO_ROUND)
    facts = queue_service.facts(meeting.id, group.id)
    assert facts.round_number == 1
    queue_service.call(meeting.id, START, person=(sam.id, None, "lived_experience"), round_number=1, passed=True)
    facts = queue_service.facts(meeting.id, group.id)
    assert facts.round_done == {f"member:{sam.id}"}
    assert facts.spoken == {}
    assert [turn.state for turn in queue_service.turns(meeting.id)] == [TurnState.PASSED]


def test_a_running_turn_left_by_a_crash_comes_back_interrupted_with_the_time_written_down(
    queue_service, group, meeting, room
):
    sam, _ = room
    hand, _ = queue_service.raise_hand(meeting.id, HandKind.NEW_POINT, member_id=sam.id)
    called = queue_service.call(meeting.id, START, hand_id=hand.id)
    queue_service.checkpoint(called.turn_id, START + timedelta(seconds=35))
    # the app stops here, 3 seconds after the last checkpoint; it starts again much later
    back = QueueService(queue_service.engine).interrupt_running(meeting.id)
    assert back.state == TurnState.INTERRUPTED and back.seconds == 35
    queue_service.set_running(back.id, True, START + timedelta(hours=1))
    assert queue_service.turn(back.id).elapsed(START + timedelta(hours=1, seconds=10)) == 45


def test_withdrawing_and_ordering_undo_exactly(queue_service, group, meeting, room):
    sam, _ = room
    hand, _ = queue_service.raise_hand(meeting.id, HandKind.CLARIFYING, member_id=sam.id)
    assert queue_service.set_hand_state(hand.id, HandState.WITHDRAWN) == HandState.WAITING
    assert queue_service.facts(meeting.id, group.id).hands == []
    queue_service.set_hand_state(hand.id, HandState.WAITING)
    assert len(queue_service.facts(meeting.id, group.id).hands) == 1
    before = queue_service.set_ordering(meeting.id, Ordering.FAIR)
    queue_service.restore_ordering(meeting.id, before)
    assert queue_service.facts(meeting.id, group.id).ordering == Ordering.IN_ORDER


def test_a_removed_member_s_turns_stay_without_their_name(queue_service, services, group, meeting, room):
    groups, _ = services
    sam, _priya = room
    hand, _ = queue_service.raise_hand(meeting.id, HandKind.NEW_POINT, member_id=sam.id)
    queue_service.call(meeting.id, START, hand_id=hand.id)
    queue_service.end_turn(meeting.id, START + timedelta(seconds=30))
    groups.remove_member(sam.id)
    [turn] = queue_service.turns(meeting.id)
    assert (turn.member_id, turn.perspective, turn.seconds) == (None, "lived_experience", 30.0)
    facts = queue_service.facts(meeting.id, group.id)
    assert list(facts.spoken.values()) == [Spoken(1, 30.0)] and not any("member:" in p for p in facts.spoken)
