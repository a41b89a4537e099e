"""How a feature declares itself, once: the shell builds navigation, menus, projector views and print from this.

A feature's `feature.py` holds one `FEATURE` (or several, as `FEATURES`); the groups feature also
holds the `SPINE` every panel hangs on. Everything here is lazy: `make` callables run when the main window is built, never at import.
Each callable takes the window's `GroupContext` (typed loosely here: this package imports no feature).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractItemModel
    from PySide6.QtWidgets import QWidget

    from copro_desktop.ui.audience import AudienceView


@dataclass(frozen=True)
class AudienceSpec:
    """One view the room can be sent. `make(context)` builds it on the one model its panel also watches."""

    key: str
    title: str  # as the facilitator sees it named: "Agreements", shown beside the live copy
    make: "Callable[[Any], AudienceView]"


@dataclass(frozen=True)
class PrintSpec:
    """One printed document, shown first in the print preview.

    `build(context, paper)` returns the document (an object with `pdf`, `pages` and `left_out`);
    it runs only when the person asks, so ReportLab loads on first use.
    """

    key: str
    label: str  # the menu item, with its underlined letter: "&Agreements poster…"
    name: str  # "Agreements poster": the preview's title and the suggested file name start with it
    build: "Callable[[Any, str], Any]"
    shortcut: str | None = None


@dataclass(frozen=True)
class Feature:
    key: str
    title: str  # in the navigation and the Panels menu
    order: int  # where it comes in the navigation: lower first
    make_panel: "Callable[[Any], QWidget]"
    audience: AudienceSpec | None = None  # what F5 sends while this panel is open
    more_audiences: tuple[AudienceSpec, ...] = ()  # other views the panel itself sends (a picture, say)
    prints: tuple[PrintSpec, ...] = ()
    help: str = ""  # one or two plain sentences for Help
    shortcut: str | None = None  # else the shell gives the first nine Ctrl+1 … Ctrl+9, in order


def feature_title(feature: Feature) -> str:
    """The feature's title in the person's language (declarations hold the English, marked for translators)."""
    from copro_desktop.i18n import translate

    return translate("Features", feature.title)


@dataclass(frozen=True)
class Spine:
    """What every panel hangs on: the group and its meetings. One feature declares it (as SPINE).

    The shell builds the window around it without naming that feature: the context every panel
    receives, the welcome page for a first start, the window for a new group, and how a meeting
    is named in the meeting choice.
    """

    make_context: "Callable[..., Any]"  # (engine, prompts, history, read_only_reason, parent) -> the context
    make_welcome: "Callable[[Any], QWidget]"  # (context) -> a page with a groupCreated(int) signal
    new_group: "Callable[[QWidget, Any], int | None]"  # (parent, context) -> the new group's id, or None
    meeting_choices: "Callable[[Any], QAbstractItemModel]"  # (context) -> the meeting choice's rows, id as UserRole
    after_group_created: str  # the panel to open once a group is made, so the facilitator can add people
