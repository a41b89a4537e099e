import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from copro_desktop.text_rules import InvalidInput, clean_text, visible_length

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"  # 👨‍👩‍👧‍👦
BREAKS = ["\r", "\r\n", "\n", "\x85", "\u2028", "\u2029", "\x0b", "\x0c"]
INVISIBLE = [
    "\u200b", "\ufeff", "\u2060", "\u2800", "\u3164", "\u115f", "\u1160", "\uffa0", "\u180e", "\u034f",
    "\u00a0", "\u3000", "\u2028", "\u2029", "\u200e\u200f", "\u00ad", "\u0301", "\u20dd", "\ufe0f",
    " \u200b\ufeff \t\n\u3164 ",
]  # fmt: skip


def clean(value, multiline=True, required=True, limit=1000):
    return clean_text(value, what="agreement", limit=limit, multiline=multiline, required=required)


def test_empty_text_gets_a_plain_message():
    with pytest.raises(InvalidInput, match="Please write the agreement first"):
        clean("   \n ", limit=10)


def test_too_long_text_says_how_long_and_the_limit():
    with pytest.raises(InvalidInput, match="has 12 characters and the most is 10"):
        clean("x" * 12, limit=10)


def test_emoji_and_right_to_left_text_are_kept_as_typed():
    assert clean("  نحن نستمع 🙂 ", limit=50) == "نحن نستمع 🙂"


# Every control character (Unicode category Cc): C0, DEL and C1.
CONTROLS = [chr(code) for code in range(0x110000) if unicodedata.category(chr(code)) == "Cc"]


def test_invisible_control_characters_are_dropped():
    assert clean("We\x00 listen\x07\x1b", limit=50) == "We listen"


@pytest.mark.parametrize("control", CONTROLS, ids=lambda ch: f"U+{ord(ch):04X}")
@pytest.mark.parametrize("multiline", [True, False], ids=["several lines", "one line"])
def test_no_control_character_is_ever_saved(control, multiline):
    """Only a line break and a tab survive, and only where the field holds several lines."""
    cleaned = clean(f"We{control}listen{control}", multiline=multiline, limit=50)
    kept = {ch for ch in cleaned if unicodedata.category(ch) == "Cc"}
    assert kept <= ({"\n", "\t"} if multiline else set()), f"U+{ord(control):04X} was kept"
    assert cleaned.startswith("We") and cleaned.endswith("listen")


def test_a_lone_surrogate_is_refused_in_plain_english():
    with pytest.raises(InvalidInput, match="The agreement has a character that cannot be saved"):
        clean("We listen \ud800")


@pytest.mark.parametrize("value", INVISIBLE)
@pytest.mark.parametrize("multiline", [True, False])
def test_text_with_nothing_visible_counts_as_empty(value, multiline):
    with pytest.raises(InvalidInput, match="Please write the agreement first"):
        clean(value, multiline=multiline)
    assert clean(value, multiline=multiline, required=False) == ""


@pytest.mark.parametrize(
    "value",
    [
        "\u200fשלום לכולם\u200f",
        "\u202bنحن نستمع\u202c 🙂",
        "\u2067مرحبا\u2069 Anna",
        FAMILY + " and \U0001f3f3\ufe0f\u200d\U0001f308",
        "\u200e\u202a\u202d\u202e\u2066\u2068x\u2069\u202c",
    ],
)
def test_bidi_marks_and_joiners_in_visible_text_are_kept_exactly(value):
    assert clean(value).encode("utf-8") == value.encode("utf-8")
    assert clean(value, multiline=False).encode("utf-8") == value.encode("utf-8")


@pytest.mark.parametrize("brk", BREAKS)
def test_every_line_break_becomes_a_newline_or_a_space(brk):
    assert clean(f"Anna{brk}Smith") == "Anna\nSmith"
    assert clean(f"Anna{brk}Smith", multiline=False) == "Anna Smith"


def test_one_line_fields_collapse_runs_of_whitespace():
    assert clean(" Anna \t\r\n  Smith ", multiline=False) == "Anna Smith"
    assert clean("We listen.\r\n\r\nWe are kind.") == "We listen.\n\nWe are kind."


def test_text_is_saved_in_nfc():
    assert clean("Cafe\u0301") == "Caf\u00e9"


def test_limits_count_characters_as_people_see_them():
    assert visible_length(FAMILY * 43) == 43
    assert clean(FAMILY * 43, limit=60) == FAMILY * 43
    assert visible_length("\U0001f44d\U0001f3fd") == 1  # 👍🏽
    assert visible_length("\U0001f1ec\U0001f1e7") == 1  # 🇬🇧
    assert visible_length("e\u0301\u0323") == 1
    with pytest.raises(InvalidInput, match="has 61 characters and the most is 60"):
        clean(FAMILY * 61, limit=60)


def test_large_counts_use_thousands_separators():
    with pytest.raises(InvalidInput, match="has 2,001 characters and the most is 2,000"):
        clean("x" * 2001, limit=2000)


# Every code point, surrogates and unassigned ones included, plus the characters this is about.
ANY_TEXT = st.lists(
    st.one_of(
        st.characters(codec=None, blacklist_categories=()),
        st.sampled_from(BREAKS + INVISIBLE + ["\u200d", "\u0301", "e", FAMILY, "\U0001f3fd", "\t"]),
    ),
    max_size=60,
).map("".join)
HIDDEN = set("\u115f\u1160\u3164\uffa0\u2800")


def has_visible(text):
    """Some letter, number, punctuation, symbol or spacing mark that is not a known blank."""
    return any(unicodedata.category(ch)[0] in "LNPS" or unicodedata.category(ch) in ("Mc", "Co", "Cn")
               for ch in set(text) - HIDDEN)  # fmt: skip


@given(value=ANY_TEXT, multiline=st.booleans(), required=st.booleans(), limit=st.integers(0, 60))
@example(value="a\ud800", multiline=True, required=True, limit=10)
@example(value="\u3164\u200b", multiline=False, required=True, limit=10)
@example(value="a\x00\u0301", multiline=True, required=True, limit=10)
def test_clean_text_either_refuses_or_returns_text_that_is_safe_to_save(value, multiline, required, limit):
    try:
        cleaned = clean(value, multiline=multiline, required=required, limit=limit)
    except InvalidInput as refused:
        assert str(refused).startswith(("Please write", "The agreement"))
        return
    cleaned.encode("utf-8")
    controls = {ch for ch in cleaned if unicodedata.category(ch) == "Cc"}
    assert controls <= ({"\n", "\t"} if multiline else set())
    assert cleaned == cleaned.strip()
    assert unicodedata.is_normalized("NFC", cleaned)
    assert visible_length(cleaned) <= limit
    if not multiline:
        assert "  " not in cleaned
    assert has_visible(cleaned) or (cleaned == "" and not required)
    assert clean(cleaned, multiline=multiline, required=required, limit=limit) == cleaned


@given(ANY_TEXT)
def test_nothing_is_refused_below_the_limit_unless_it_cannot_be_saved(value):
    try:
        clean(value, required=False)
    except InvalidInput as refused:
        assert "cannot be saved" in str(refused)
        with pytest.raises(UnicodeEncodeError):
            value.encode("utf-8")


def test_accents_piled_on_one_letter_are_refused_as_too_long():
    with pytest.raises(InvalidInput, match="The name is too long. Please make it shorter."):
        clean_text("A" + "\u0301" * 20_000, what="name", limit=60, multiline=False)
    family = "\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466"
    assert clean_text(family * 60, what="name", limit=60, multiline=False) == family * 60
