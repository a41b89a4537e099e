"""Every word a person sees or hears goes through translation: a pseudo-translation marks each one.

With a translator that wraps every string it is asked for in ⟦ ⟧, any visible text or accessible
name without the mark was never asked for: it would stay in English in Welsh.
"""

import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[1]
OPEN, CLOSE = "⟦", "⟧"


class PseudoTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        return f"{OPEN}{source}{CLOSE}" if source else source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo(qapp):
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def work(services):
    """A group with everything a screen can show: the typed words are the only unmarked text allowed."""
    groups, agreements = services
    group = groups.create_group("Harbour Lane group", "To plan the drop-in together")
    sam = groups.add_member(group.id, "Sam", "lived_experience", "Needs breaks")
    groups.add_member(group.id, "Priya", "carer")
    meeting = groups.set_meeting_status(
        groups.plan_meeting(group.id, "June meeting", date(2026, 6, 3), "Library", "Plan the drop-in").id,
        "in_progress",
    )
    groups.set_attended(meeting.id, sam.id, True)
    for words in ("We listen", "We take breaks"):
        agreement = agreements.propose(group.id, words, meeting_id=meeting.id, proposed_by_id=sam.id)
        agreements.change(agreement.id, status="agreed")
    agreements.propose(group.id, "Phones on silent")
    from copro_desktop import APP_NAME

    typed = {
        APP_NAME,
        "Harbour Lane group", "To plan the drop-in together", "Sam", "Priya", "Needs breaks", "June meeting",
        "Library", "Plan the drop-in", "We listen", "We take breaks", "Phones on silent",
    }  # fmt: skip
    return group, meeting, typed


def _unmarked(texts: list[str], typed: set[str]) -> list[str]:
    """Texts a person would see that no translation was asked for: not marked, not typed data, not a number."""
    left = []
    for text in texts:
        rest = text
        for word in sorted(typed, key=len, reverse=True):
            rest = rest.replace(word, "")
        while True:  # every marked part, innermost first, with the values put into it
            marked = re.sub(r"⟦[^⟦⟧]*⟧", " ", rest)
            if marked == rest:
                break
            rest = marked
        rest = re.sub(r"\b\w\b", "", rest)  # a key's own letter, as in Ctrl+P
        if re.sub(r"[\W\d_]+", "", rest):
            left.append(text)
    return left


def _seen(top: QWidget) -> list[str]:
    """Every visible text and accessible name in a window."""
    texts = [top.windowTitle(), top.accessibleName()]
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = max(1, model.columnCount())
            for row in range(model.rowCount()):
                texts += [str(model.index(row, column).data() or "") for column in range(columns)]
            texts += [str(model.headerData(c, widget_orientation()) or "") for c in range(columns)]
    return [text for text in texts if text]


def widget_orientation():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _menu_texts(window) -> list[str]:
    from copro_desktop.ui.accelerators import menus_of

    texts = [top.text() for top in window.menuBar().actions()]
    texts += [action.text() for menu in menus_of(window) for action in menu.actions()]
    return [text for text in texts if text]


def test_every_window_dialog_and_projector_view_asks_for_its_words(qtbot, pseudo, engine, paths, prompts, work):
    from copro_desktop.groups.dialogs import GroupDialog, MeetingDialog, MemberDialog
    from copro_desktop.shell.help import ShortcutsDialog, WhereWorkIsKeptDialog
    from copro_desktop.shell.main_window import MainWindow
    from copro_desktop.shell.print_preview import PrintPreview
    from copro_desktop.ui.text_dialog import TextDialog

    from copro_desktop.clock import full_date

    group, meeting, typed = work
    # Dates come from the locale (day and month names in the person's language), and the folder is the folder.
    typed |= {full_date(meeting.meeting_date), str(paths.root)}
    typed |= {"Change the words", "The agreement, in the group's words:", "The agreement, in the group's words"}
    window = MainWindow(engine, prompts)
    qtbot.addWidget(window)
    window.show()
    window.context.open_group(group.id)
    window.context.choose_meeting(meeting.id)
    problems: dict[str, list[str]] = {}

    def look(name: str, texts: list[str]) -> None:
        wrong = _unmarked(texts, typed)
        if wrong:
            problems[name] = wrong

    look("menus", _menu_texts(window))
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        look(f"main window, panel {row + 1}", _seen(window))
        window.send_to_projector()
        view = window.room.shown_view()
        look(f"projector, panel {row + 1}", view.texts() + [view.accessibleName(), view.accessibleDescription()])
    panel = window.open_panel("agreements")
    panel.revisit_button.click()
    look("revisiting", _seen(window) + window.room.view("agreements").texts())

    for dialog in (GroupDialog(window), MemberDialog(window), MeetingDialog(window)):
        qtbot.addWidget(dialog)
        dialog.show()
        look(type(dialog).__name__, _seen(dialog))
    text_box = TextDialog(window, "Change the words", "The agreement, in the group's words:", "We listen")
    qtbot.addWidget(text_box)
    text_box.show()
    look("the words box (its title and label come from the caller)", _seen(text_box))
    window.show_shortcuts()
    window.show_where_work_is_kept()
    window.print_actions[0].trigger()
    for kind in (ShortcutsDialog, WhereWorkIsKeptDialog, PrintPreview):
        dialog = window.findChild(kind)
        qtbot.addWidget(dialog)
        look(kind.__name__, _seen(dialog))
    window.close()
    assert problems == {}, "Never asked for a translation:\n" + "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_a_word_without_translation_is_caught(qtbot, pseudo):
    """The check itself: English put straight on a label is found; marked words and typed data are not."""
    shown = QLabel("Straight English")
    marked = QLabel(OPEN + "Asked for {name}" + CLOSE)
    assert _unmarked([shown.text(), marked.text(), "Sam", "4"], {"Sam"}) == ["Straight English"]


def _sources(ts: Path) -> set[tuple[str, str]]:
    root = ElementTree.parse(ts).getroot()
    return {
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
        if (message.find("translation") is None or message.find("translation").get("type") not in ("vanished", "obsolete"))
    }


def test_the_translators_files_hold_every_string_in_the_code(tmp_path):
    """`python tools/update_translations.py` was run after the last change of words: the .ts files cannot drift."""
    committed = ROOT / "translations" / "copro_desktop_cy.ts"
    fresh = tmp_path / committed.name
    fresh.write_bytes(committed.read_bytes())
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    modules = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "copro_desktop").rglob("*.py"))
    subprocess.run([str(tool), "-locations", "none", "-no-obsolete", *modules, "-ts", str(fresh)],
                   cwd=ROOT, check=True, capture_output=True, timeout=120)  # fmt: skip
    assert _sources(fresh) == _sources(committed)
    assert len(_sources(committed)) > 100


def test_compiled_translations_ship_inside_the_package_and_load():
    from PySide6.QtCore import QLocale

    from copro_desktop.i18n import TRANSLATIONS

    for ts in (ROOT / "translations").glob("copro_desktop_*.ts"):
        assert (TRANSLATIONS / ts.with_suffix(".qm").name).exists(), ts.name
    translator = QTranslator()
    assert translator.load(QLocale(QLocale.Language.Welsh), "copro_desktop", "_", str(TRANSLATIONS))


def test_the_welcome_screen_asks_for_its_words(qtbot, pseudo, engine, prompts):
    from copro_desktop.shell.main_window import MainWindow

    window = MainWindow(engine, prompts)  # no group yet: the welcome screen
    qtbot.addWidget(window)
    window.show()
    assert window.screens.currentIndex() == 0
    from copro_desktop import APP_NAME

    assert _unmarked(_seen(window) + _menu_texts(window), {APP_NAME}) == []  # the app's name is a name
    window.close()
