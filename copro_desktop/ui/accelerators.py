"""Underlined letters (Alt + letter) that clash.

When two things a person can reach at once underline the same letter, Alt + that letter
only moves between them and a second press is needed; when a label's letter has no box
to go to, or the button was given other keys, it does nothing at all. A window's own controls, its menu bar titles and the
Alt letters in a menu bar are reachable together; the items of one open menu are a
separate set, as only that menu answers while it is open.
"""

from collections import defaultdict
from dataclasses import dataclass

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QMenu, QTabWidget, QWidget


@dataclass(frozen=True)
class Clash:
    where: str  # "window" or the name of a menu
    letter: str
    texts: tuple[str, ...]

    def __str__(self) -> str:
        shown = ", ".join(f"“{text}”" for text in self.texts)
        return f"Alt+{self.letter.upper()} in the {self.where}: {shown}"


def accelerator_letter(text: str) -> str | None:
    """The letter after a single &, in lower case; "&&" is a plain ampersand."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            if text[index + 1] != "&":
                return text[index + 1].lower()
            index += 1  # skip the second & of "&&"
        index += 1
    return None


def clashes(top: QWidget) -> list[Clash]:
    """Every letter used twice among what is visible in `top` (enabled or not: a greyed-out
    button comes back), and within each menu of its menu bar."""
    found = _clashes_in("window", _window_texts(top))
    if isinstance(top, QMainWindow):
        for menu in menus_of(top):
            texts = [action.text() for action in menu.actions() if action.isVisible() and not action.isSeparator()]
            found += _clashes_in(f"{menu.title().replace('&', '')} menu", texts)
    return found


def dead_letters(top: QWidget) -> list[str]:
    """Buttons that underline a letter which does nothing: giving a button other keys
    (setShortcut) replaces the Alt + letter its text promises."""
    dead = []
    for button in top.findChildren(QAbstractButton):
        letter = accelerator_letter(button.text())
        if letter is None or not button.isVisibleTo(top) or button.window() is not top:
            continue
        if button.shortcut() != QKeySequence.mnemonic(button.text()):
            keys = button.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
            dead.append(f"Alt+{letter.upper()}: “{button.text()}” answers to {keys or 'nothing'} instead")
    return dead


def _window_texts(top: QWidget) -> list[str]:
    texts = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.window() is not top:
            continue  # a hidden page, or another window that happens to be a child
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    if isinstance(top, QMainWindow) and top.menuBar().isVisibleTo(top):
        texts += [action.text() for action in top.menuBar().actions() if action.isVisible()]
    return texts


def menus_of(window: QMainWindow) -> list[QMenu]:
    """Every menu of the window's menu bar, submenus too, in order."""
    menus, waiting = [], [action.menu() for action in window.menuBar().actions() if action.menu()]
    while waiting:
        menu = waiting.pop(0)
        menus.append(menu)
        waiting += [action.menu() for action in menu.actions() if action.menu()]  # submenus are menus too
    return menus


def _clashes_in(where: str, texts: list[str]) -> list[Clash]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        letter = accelerator_letter(text)
        if letter is not None:
            by_letter[letter].append(text)
    return [Clash(where, letter, tuple(used)) for letter, used in sorted(by_letter.items()) if len(used) > 1]
