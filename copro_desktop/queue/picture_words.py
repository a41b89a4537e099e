"""Whose voices are heard, in words: the same figures as the pictures, for screen readers and the room's words."""

import math
from collections.abc import Sequence

from PySide6.QtCore import QLocale

from copro_desktop.i18n import COUNTED, translate
from copro_desktop.queue.balance import TREND_MEETINGS, Share
from copro_desktop.queue.perspective_words import perspective_name


# Words


def percent(fraction: float) -> str:
    """A share as a whole percentage, the number formatted by the locale: 0.3 -> "30%"."""
    number = QLocale().toString(int(math.floor(max(0.0, fraction) * 100 + 0.5)))
    return translate("QueuePicture", "{number}%").format(number=number)


def anyone_spoke(shares: Sequence[Share]) -> bool:
    return any(share.talk_share > 0 for share in shares)


def balance_words(shares: Sequence[Share]) -> list[str]:
    """One sentence per perspective, for screen readers and a text fallback."""
    if not shares:
        return [translate("QueuePicture", "No one is here yet.")]
    locale = QLocale()
    present = locale.toString(sum(share.people for share in shares))
    spoke = anyone_spoke(shares)
    words = [] if spoke else [translate("QueuePicture", "No one has spoken yet.")]
    for share in shares:
        values = {
            "name": perspective_name(share.perspective),
            "people": locale.toString(share.people),
            "present": present,
            "people_share": percent(share.people_share),
            "talk_share": percent(share.talk_share),
        }
        if spoke:
            turns = share.turns  # lupdate marks a plural only for a plain name in fifth place
            sentence = translate(
                "QueuePicture",
                "{name}: {people} of {present} people here ({people_share}), {talk_share} of the talking, %n turn(s).",
                None, COUNTED, turns
            )  # fmt: skip
        else:
            sentence = translate("QueuePicture", "{name}: {people} of {present} people here ({people_share}).")
        words.append(sentence.format(**values))
    return words


def trend_words(meetings: Sequence[tuple[str, Sequence[Share]]]) -> list[str]:
    """One shorter sentence per meeting shown in the trend, oldest first."""
    shown = list(meetings)[-TREND_MEETINGS:]
    if not shown:
        return [translate("QueuePicture", "No meetings to show yet.")]
    words = []
    for meeting, shares in shown:
        if not shares:
            words.append(translate("QueuePicture", "{meeting}: no one was here.").format(meeting=meeting))
            continue
        spoke = anyone_spoke(shares)
        parts = []
        for share in shares:
            if spoke:
                part = translate("QueuePicture", "{name} {people_share} here, {talk_share} talking")
            else:
                part = translate("QueuePicture", "{name} {people_share} here")
            parts.append(
                part.format(
                    name=perspective_name(share.perspective),
                    people_share=percent(share.people_share),
                    talk_share=percent(share.talk_share),
                )
            )
        groups = "; ".join(parts)
        if spoke:
            sentence = translate("QueuePicture", "{meeting}: {groups}.")
        else:
            sentence = translate("QueuePicture", "{meeting}: no one spoke; {groups}.")
        words.append(sentence.format(meeting=meeting, groups=groups))
    return words
