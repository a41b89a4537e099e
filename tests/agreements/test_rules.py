import pytest
from hypothesis import given
from hypothesis import strategies as st

from copro_desktop.agreements import rules
from copro_desktop.text_rules import InvalidInput


@pytest.mark.parametrize(
    ("current", "wanted"),
    [("proposed", "agreed"), ("proposed", "retired"), ("agreed", "retired"), ("retired", "proposed")],
)
def test_allowed_steps(current, wanted):
    rules.check_transition(current, wanted)


@pytest.mark.parametrize(("current", "wanted"), [("agreed", "proposed"), ("retired", "agreed"), ("agreed", "agreed")])
def test_refused_steps_say_why_in_plain_words(current, wanted):
    with pytest.raises(InvalidInput, match="This change cannot be made"):
        rules.check_transition(current, wanted)


def test_change_kinds():
    assert rules.change_kind("proposed", "agreed") == "agreed"
    assert rules.change_kind("agreed", "agreed") == "edited"
    assert rules.change_kind("retired", "proposed") == "brought_back"


@given(st.lists(st.integers(), min_size=1, max_size=30, unique=True), st.data())
def test_moving_keeps_every_item_once_and_puts_it_where_asked(order, data):
    item = data.draw(st.sampled_from(order))
    to_index = data.draw(st.integers(min_value=-5, max_value=40))
    result = rules.moved(order, item, to_index)
    assert sorted(result) == sorted(order)
    assert result.index(item) == max(0, min(to_index, len(order) - 1))


def test_changed_outcome_needs_new_words():
    with pytest.raises(InvalidInput):
        rules.check_outcome("changed", "  ")
    assert rules.check_outcome("kept", "ignored") is None


def test_examples_are_short_enough_for_the_projector():
    assert all(len(example) <= rules.TEXT_LIMIT for example in rules.EXAMPLES)


def test_statuses_kinds_and_outcomes_are_the_stored_words():
    # The enums are the strings already in people's work files: no migration, nothing to convert.
    assert [str(s) for s in rules.Status] == ["proposed", "agreed", "retired"]
    assert rules.ChangeKind.BROUGHT_BACK == "brought_back"
    assert [str(o) for o in rules.Outcome] == ["kept", "changed", "retired"]
    assert set(rules.STATUS_LABELS) == set(rules.Status)
    assert set(rules.CHANGE_LABELS) == set(rules.ChangeKind)
    assert set(rules.OUTCOME_LABELS) == set(rules.Outcome)


def test_what_each_status_allows():
    assert rules.allowed("proposed") == {rules.Status.AGREED, rules.Status.RETIRED}
    assert rules.allowed("agreed") == {rules.Status.RETIRED}
    assert rules.allowed("retired") == {rules.Status.PROPOSED}
    assert rules.allowed(None) == set()
    assert rules.can_edit("agreed") and not rules.can_edit("retired") and not rules.can_edit(None)
