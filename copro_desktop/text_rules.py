"""Checks for words people type or paste, with messages in plain words. No Qt at import.

Emoji and right-to-left scripts are kept exactly as typed: format characters
such as the zero-width joiner inside a family emoji and the bidi marks in
Arabic or Hebrew are part of the text, so they are never removed.
"""

import re
import unicodedata

from copro_desktop.i18n import translate


class InvalidInput(ValueError):
    """The message is shown to the facilitator as it is."""


# Every way a line can end: CRLF first so that it becomes one break, not two.
# Deleting these (as Cc characters) would glue words together ("Anna\rSmith").
_LINE_BREAKS = re.compile("\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")

# Categories that never show anything on their own: controls, format characters,
# surrogates, spaces and lone combining marks.
_INVISIBLE_CATEGORIES = {"Cc", "Cf", "Cs", "Zs", "Zl", "Zp", "Mn", "Me"}
# Letters and symbols that draw nothing: Hangul fillers and the blank Braille pattern.
# They are used to make names that look empty, so they must not count as writing.
_INVISIBLE_CHARACTERS = set("\u115f\u1160\u3164\uffa0\u2800")


# A family emoji is 7 code points and one character; anything far beyond that is not writing.
_MOST_CODE_POINTS_PER_CHARACTER = 8


def clean_text(value: str, *, what: str, limit: int, multiline: bool, required: bool = True) -> str:
    """The text as it will be saved, or InvalidInput with a message for the facilitator.

    multiline has no default on purpose: every field must say whether it may hold
    line breaks, because the wrong guess either glues or splits people's words.
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate from some paste sources: SQLite and the printer cannot store it.
        raise InvalidInput(
            translate(
                "TextRules", "The {what} has a character that cannot be saved. Please type it again without it."
            ).format(what=_noun(what))
        ) from None
    text = _LINE_BREAKS.sub("\n" if multiline else " ", value)
    # Other controls (NUL, BEL, ESC...) cannot be shown at all.
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    # One spelling for "é" whether it was typed as one character or e + accent.
    text = unicodedata.normalize("NFC", text)
    text = text.strip() if multiline else one_line(text)
    if not any(_shows(ch) for ch in text):
        if required:
            raise InvalidInput(translate("TextRules", "Please write the {what} first.").format(what=_noun(what)))
        return ""
    if len(text) > limit * _MOST_CODE_POINTS_PER_CHARACTER:
        # Hundreds of accents stacked on one letter count as one character but fill the screen.
        raise InvalidInput(
            translate("TextRules", "The {what} is too long. Please make it shorter.").format(what=_noun(what))
        )
    length = visible_length(text)
    if length > limit:
        raise InvalidInput(
            translate(
                "TextRules",
                "The {what} is too long: it has {length} characters and the most is {limit}. Please make it shorter.",
            ).format(what=_noun(what), length=f"{length:,}", limit=f"{limit:,}")
        )
    return text


def _noun(what: str) -> str:
    """The callers' nouns ("group's name", "venue") are marked with QT_TRANSLATE_NOOP("TextRules", …)."""
    return translate("TextRules", what)


def visible_length(text: str) -> int:
    """How many characters a person sees: a flag, a family emoji or e + accent is one."""
    import regex  # here, not at the top: it is only needed once someone types, and costs start-up.

    return len(regex.findall(r"\X", text))


def one_line(value: str) -> str:
    """Any run of spaces, tabs or line breaks becomes one space."""
    return " ".join(value.split())


def _shows(ch: str) -> bool:
    return unicodedata.category(ch) not in _INVISIBLE_CATEGORIES and ch not in _INVISIBLE_CHARACTERS
