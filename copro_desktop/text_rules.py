"""Checks for words people type, with messages in plain English."""

import unicodedata


class InvalidInput(ValueError):
    """The message is shown to the facilitator as it is."""


def clean_text(value: str, *, what: str, limit: int, required: bool = True) -> str:
    """Trim, drop invisible control characters, and check the length.

    Emoji and right-to-left scripts are kept as typed; only characters that
    cannot be shown at all (such as NUL) are dropped.
    """
    kept = "".join(ch for ch in value if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    kept = kept.strip()
    if required and not kept:
        raise InvalidInput(f"Please write the {what} first.")
    if len(kept) > limit:
        raise InvalidInput(
            f"The {what} is too long: it has {len(kept):,} characters and the most is {limit:,}. "
            "Please make it shorter."
        )
    return kept


def one_line(value: str) -> str:
    return " ".join(value.split())
