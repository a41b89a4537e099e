"""Whose voices are heard: shares that add up, odd rooms handled, and no one singled out on the projector."""

from hypothesis import given
from hypothesis import strategies as st

from copro_desktop.queue.balance import FOLDED, balance, for_the_room
from copro_desktop.queue.rules import Spoken

PERSPECTIVES = ["lived_experience", "carer", "professional", "other", "prefer_not_to_say"]

rooms = st.lists(
    st.tuples(st.integers(0, 30).map(lambda n: f"member:{n}"), st.sampled_from(PERSPECTIVES)), max_size=25
)
talk = st.dictionaries(
    st.integers(0, 30).map(lambda n: f"member:{n}"),
    st.builds(Spoken, st.integers(0, 6), st.floats(0, 900, allow_nan=False)),
)


@given(rooms, talk)
def test_the_shares_add_up_to_the_whole(present, spoken):
    shares = balance(present, spoken)
    people = dict(present)
    assert sum(share.people for share in shares) == len(people)
    if people:
        assert abs(sum(share.people_share for share in shares) - 1) < 1e-9
    talked = sum(spoken.get(person, Spoken()).seconds for person in people)
    assert abs(sum(share.talk_share for share in shares) - (1 if talked else 0)) < 1e-9
    assert abs(sum(share.seconds for share in shares) - talked) < 1e-6  # only people present count


@given(rooms, talk)
def test_the_room_never_sees_a_group_of_one_and_the_whole_still_adds_up(present, spoken):
    shares = balance(present, spoken)
    shown = for_the_room(shares)
    assert all(share.people >= 2 for share in shown if len(dict(present)) >= 2)
    assert sum(share.people for share in shown) == sum(share.people for share in shares)
    assert abs(sum(s.talk_share for s in shown) - sum(s.talk_share for s in shares)) < 1e-9
    assert [s.perspective for s in shown].count(FOLDED) <= 1


def test_an_empty_meeting_one_person_and_everyone_preferring_not_to_say():
    assert balance([], {}) == [] and for_the_room([]) == []
    [alone] = balance([("a", "carer")], {"a": Spoken(1, 30)})
    assert (alone.people_share, alone.talk_share) == (1, 1)
    assert [s.perspective for s in for_the_room([alone])] == [FOLDED]  # their perspective is not put on the wall
    [quiet] = balance([("a", "prefer_not_to_say"), ("b", "prefer_not_to_say")], {})
    assert (quiet.perspective, quiet.people, quiet.talk_share) == ("prefer_not_to_say", 2, 0)


def test_professionals_thirty_percent_of_the_room_and_sixty_percent_of_the_talking():
    present = [(f"p{n}", "professional") for n in range(3)] + [(f"l{n}", "lived_experience") for n in range(7)]
    spoken = {"p0": Spoken(3, 360), "l0": Spoken(2, 120), "l1": Spoken(2, 120)}
    shares = {share.perspective: share for share in balance(present, spoken)}
    assert (round(shares["professional"].people_share, 2), round(shares["professional"].talk_share, 2)) == (0.3, 0.6)
    assert list(shares) == ["lived_experience", "professional"]  # always in the same order


def test_a_lone_perspective_is_folded_with_another_so_no_one_is_singled_out():
    present = [("a", "lived_experience"), ("b", "lived_experience"), ("c", "lived_experience"), ("d", "carer"),
               ("e", "professional")]
    shown = {share.perspective: share.people for share in for_the_room(balance(present, {}))}
    assert shown == {"lived_experience": 3, FOLDED: 2}
    present = present[:4]  # now the carer is the only one on their own
    shown = {share.perspective: share.people for share in for_the_room(balance(present, {}))}
    assert shown == {FOLDED: 4}  # folding them alone would still point at them
