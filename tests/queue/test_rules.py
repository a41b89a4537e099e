"""The queue's ordering, as pure rules: properties over any hands, turns and rooms (hypothesis), then examples."""

from hypothesis import given
from hypothesis import strategies as st

from copro_desktop.queue.rules import (
    HandKind,
    Hand,
    Move,
    Ordering,
    Spoken,
    Why,
    perspective_shortfall,
    queue,
)

PEOPLE = [f"member:{n}" for n in range(8)]
PERSPECTIVES = ["lived_experience", "carer", "professional", "other", "prefer_not_to_say"]


@st.composite
def rooms(draw):
    """People present (in round order), what each has said, and hands raised by some of them."""
    present = draw(st.lists(st.sampled_from(PEOPLE), min_size=0, max_size=8, unique=True))
    perspective = {person: draw(st.sampled_from(PERSPECTIVES)) for person in PEOPLE}
    spoken = {
        person: Spoken(turns, float(seconds))
        for person in PEOPLE
        for turns, seconds in [draw(st.tuples(st.integers(0, 5), st.integers(0, 600)))]
    }
    count = draw(st.integers(0, 10))
    hands = [
        Hand(
            id=n + 1,
            person=draw(st.sampled_from(PEOPLE)),
            kind=draw(st.sampled_from(list(HandKind))),
            raised=draw(st.integers(0, 50)),
        )
        for n in range(count)
    ]
    hands = [Hand(h.id, h.person, h.kind, h.raised, perspective[h.person]) for h in hands]
    return hands, spoken, [(person, perspective[person]) for person in present]


_keys = st.one_of(st.integers(1, 10).map(lambda n: f"hand:{n}"), st.sampled_from(PEOPLE).map(lambda p: f"round:{p}"))
moves = st.lists(st.builds(Move, subject=_keys, anchor=_keys, after=st.booleans()), max_size=4)


@given(rooms(), st.sampled_from(list(Ordering)))
def test_a_process_point_always_comes_before_a_new_point(room, ordering):
    hands, spoken, present = room
    order = queue(hands, ordering, spoken, present)
    kinds = [place.hand.kind if place.hand else None for place in order]
    if HandKind.PROCESS in kinds and HandKind.NEW_POINT in kinds:
        last_process = max(i for i, kind in enumerate(kinds) if kind == HandKind.PROCESS)
        first_new = min(i for i, kind in enumerate(kinds) if kind == HandKind.NEW_POINT)
        assert last_process < first_new


@given(rooms(), moves)
def test_fair_turns_never_puts_more_turns_ahead_of_fewer_unless_moved(room, facilitator_moves):
    hands, spoken, present = room
    order = queue(hands, Ordering.FAIR, spoken, present, moves=facilitator_moves)
    for i, earlier in enumerate(order):
        for later in order[i + 1 :]:
            if earlier.why == Why.MOVED or later.why == Why.MOVED or earlier.hand.kind != later.hand.kind:
                continue
            assert spoken[earlier.person].turns <= spoken[later.person].turns


@given(rooms(), st.data())
def test_a_go_round_visits_each_person_present_exactly_once(room, data):
    hands, spoken, present = room
    present = present + present[:2]  # a name given twice is still one person
    done: list[str] = []
    while True:
        order = queue(hands, Ordering.GO_ROUND, spoken, present, round_done=done)
        turn = next((place for place in order if place.why == Why.GO_ROUND), None)
        if turn is None:
            break
        done.append(turn.person)  # spoke, or passed
        assert len(done) <= len(present)
    assert done == list(dict.fromkeys(person for person, _ in present))


@given(rooms(), moves, st.lists(st.sampled_from(list(Ordering)), min_size=1, max_size=5))
def test_switching_how_the_queue_is_ordered_loses_no_one(room, facilitator_moves, orderings):
    hands, spoken, present = room
    for ordering in orderings:
        order = queue(hands, ordering, spoken, present, moves=facilitator_moves)
        assert sorted(place.hand.id for place in order if place.hand) == sorted(hand.id for hand in hands)


@given(rooms())
def test_shares_of_talk_and_of_people_even_out_across_the_perspectives_counted(room):
    _hands, spoken, present = room
    shortfall = perspective_shortfall(spoken, present)
    assert "prefer_not_to_say" not in shortfall
    talked = sum(spoken[person].seconds for person, view in present if view != "prefer_not_to_say")
    if talked:
        assert abs(sum(shortfall.values())) < 1e-9  # both sets of shares add up to the whole


def hand(id, person, kind=HandKind.NEW_POINT, raised=None, perspective="lived_experience"):
    return Hand(id, person, kind, id if raised is None else raised, perspective)


def test_in_order_of_hands_within_the_kinds():
    hands = [hand(1, "a"), hand(2, "b", HandKind.REPLY), hand(3, "c", HandKind.PROCESS), hand(4, "d", HandKind.CLARIFYING)]
    assert [place.person for place in queue(hands, Ordering.IN_ORDER)] == ["c", "d", "b", "a"]


def test_fair_turns_puts_who_has_not_spoken_first_then_the_under_heard_perspective():
    spoken = {"a": Spoken(2, 90), "b": Spoken(0, 0), "c": Spoken(1, 20), "d": Spoken(1, 20)}
    present = [("a", "professional"), ("b", "carer"), ("c", "professional"), ("d", "lived_experience")]
    hands = [hand(1, "a", perspective="professional"), hand(2, "c", perspective="professional"),
             hand(3, "d", perspective="lived_experience"), hand(4, "b", perspective="carer")]
    # b has not spoken; c and d have one turn each, and lived experience has had none of the talking.
    assert [place.person for place in queue(hands, Ordering.FAIR, spoken, present)] == ["b", "d", "c", "a"]


def test_a_move_is_kept_and_said_and_a_finished_hand_is_let_go():
    hands = [hand(1, "a"), hand(2, "b"), hand(3, "c")]
    order = queue(hands, Ordering.IN_ORDER, moves=[Move("hand:3", "hand:1"), Move("hand:99", "hand:1")])
    assert [(place.person, place.why) for place in order] == [("c", Why.MOVED), ("a", Why.RAISED_FIRST), ("b", Why.RAISED_FIRST)]


def test_a_move_holds_to_its_neighbour_as_the_queue_moves_on():
    hands = [hand(1, "a"), hand(2, "b"), hand(3, "c"), hand(4, "d")]
    moves = [Move("hand:4", "hand:2")]  # d up, to just before b
    assert [p.person for p in queue(hands, Ordering.IN_ORDER, moves=moves)] == ["a", "d", "b", "c"]
    # a has spoken: d is still just before b, not at a number that now means something else
    assert [p.person for p in queue(hands[1:], Ordering.IN_ORDER, moves=moves)] == ["d", "b", "c"]
    # b has withdrawn: the move no longer applies, and d goes back to its own place
    assert [p.person for p in queue([hands[0], hands[2], hands[3]], Ordering.IN_ORDER, moves=moves)] == ["a", "c", "d"]


def test_a_move_down_goes_just_after_its_neighbour_and_a_go_round_place_can_move():
    hands = [hand(1, "a"), hand(2, "b")]
    assert [p.person for p in queue(hands, Ordering.IN_ORDER, moves=[Move("hand:1", "hand:2", after=True)])] == ["b", "a"]
    present = [("x", "carer"), ("y", "other"), ("z", "other")]
    order = queue([], Ordering.GO_ROUND, present=present, moves=[Move("round:z", "round:x")])
    assert [(p.person, p.why) for p in order] == [("z", Why.MOVED), ("x", Why.GO_ROUND), ("y", Why.GO_ROUND)]


def test_a_go_round_puts_process_points_first_and_other_hands_after_the_round():
    hands = [hand(1, "x", HandKind.NEW_POINT), hand(2, "y", HandKind.PROCESS)]
    present = [("a", "carer"), ("b", "other")]
    order = queue(hands, Ordering.GO_ROUND, present=present, round_done=["a"])
    assert [(place.person, place.why) for place in order] == [
        ("y", Why.RAISED_FIRST), ("b", Why.GO_ROUND), ("x", Why.RAISED_FIRST)
    ]


def test_everyone_preferring_not_to_say_or_an_empty_room_has_no_shortfall():
    assert perspective_shortfall({}, []) == {}
    assert perspective_shortfall({"a": Spoken(1, 30)}, [("a", "prefer_not_to_say")]) == {}
    assert perspective_shortfall({"a": Spoken(1, 30)}, [("a", "carer")]) == {"carer": 0.0}
