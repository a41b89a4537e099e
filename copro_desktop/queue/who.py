"""Who a typed name is: a member, "someone", or a guest; asking when it is only part of a member's name."""

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from copro_desktop.groups.tables import Member
from copro_desktop.i18n import translate
from copro_desktop.ui.prompts import Prompts

CANCELLED = object()  # the facilitator cancelled choosing who a hand is for


def who_is_it(parent: QWidget, text: str, members: Sequence[Member], here: set[int], prompts: Prompts):
    """(member id, guest name) for the words typed, or CANCELLED.

    A member by their whole name (the name box fills it in as you type; those here first); "someone"
    (None, None); a guest by any other name. Part of a member's name ("Helen" for "Dr Helen Clarke")
    is asked about, with Cancel the default, so no one becomes a guest by mistake, and a guest "Al"
    is never taken for "Alice" without asking.
    """
    typed = " ".join(text.split())
    if not typed or typed.casefold() == translate("QueuePanel", "Someone").casefold():
        return None, None
    folded = typed.casefold()
    ordered = sorted(members, key=lambda m: m.id not in here)
    found = next((m for m in ordered if m.display_name.casefold() == folded), None)
    if found is not None:
        return found.id, None
    near = [m for m in ordered if any(word.startswith(folded) for word in m.display_name.casefold().split())]
    if not near:
        return None, typed
    choices = [(f"member:{m.id}", m.display_name) for m in near[:4]]
    choices += [
        ("guest", translate("QueuePanel", "A guest called {name}").format(name=typed)),
        ("cancel", translate("QueuePanel", "Cancel")),
    ]
    answer = prompts.choose(
        parent,
        translate("QueuePanel", "Who is it?"),
        translate("QueuePanel", "“{name}” is part of a member's name. Who has a hand up?").format(name=typed),
        choices,
        "cancel",
    )
    if answer == "guest":
        return None, typed
    if answer and answer.startswith("member:"):
        return int(answer.split(":")[1]), None
    return CANCELLED
