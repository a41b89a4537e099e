"""A perspective in words, the same on every screen, picture and file of turn-taking."""

from copro_desktop.groups.rules import PERSPECTIVES
from copro_desktop.i18n import translate
from copro_desktop.queue.balance import FOLDED, FOLDED_LABEL


def perspective_name(perspective: str) -> str:
    """"Carer or supporter"; the room's fold is "Other perspectives"; anything unknown counts as "Other"."""
    if perspective == FOLDED:
        return translate("QueueBalance", FOLDED_LABEL)
    return translate("GroupRules", PERSPECTIVES.get(perspective, PERSPECTIVES["other"]))
