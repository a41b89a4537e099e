import pytest
from hypothesis import given
from hypothesis import strategies as st

from copro_desktop.text_rules import InvalidInput, clean_text


def test_empty_text_gets_a_plain_message():
    with pytest.raises(InvalidInput, match="Please write the agreement first"):
        clean_text("   \n ", what="agreement", limit=10)


def test_too_long_text_says_how_long_and_the_limit():
    with pytest.raises(InvalidInput, match="has 12 characters and the most is 10"):
        clean_text("x" * 12, what="agreement", limit=10)


def test_emoji_and_right_to_left_text_are_kept_as_typed():
    assert clean_text("  نحن نستمع 🙂 ", what="x", limit=50) == "نحن نستمع 🙂"


def test_invisible_control_characters_are_dropped():
    assert clean_text("We\x00 listen\x07", what="x", limit=50) == "We listen"


@given(st.text(max_size=200))
def test_clean_text_never_returns_control_characters_or_outer_spaces(value):
    try:
        cleaned = clean_text(value, what="x", limit=1000, required=False)
    except InvalidInput:
        pytest.fail("no limit was reached, so nothing should be refused")
    assert cleaned == cleaned.strip()
    assert "\x00" not in cleaned
