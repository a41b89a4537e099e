"""One registry: a feature declared once appears in the navigation, the Panels menu, the projector and print."""

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from copro_desktop.shell.registry import discover
from copro_desktop.ui.audience import AudienceView, Block
from copro_desktop.ui.declaration import AudienceSpec, Feature, PrintSpec
from copro_desktop.ui.forms import plain


class _NotesAudience(AudienceView):
    def __init__(self, context):
        super().__init__("Notes")
        self.context = context
        self.refresh()

    def heading(self) -> str:
        return "Our notes"

    def blocks(self) -> list[Block]:
        return [Block(f"Notes for {self.context.group.name}" if self.context.group else "No group")]


@dataclass
class _Document:
    pdf: bytes
    pages: int
    left_out: set


def _notes_pdf(context, paper):
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(100, 700, f"Notes for {context.group.name} on {paper}")
    canvas.save()
    return _Document(buffer.getvalue(), 1, set())


NOTES = Feature(
    key="notes",
    title="Notes",
    order=99,
    make_panel=lambda context: QLabel("The notes panel"),
    audience=AudienceSpec("notes", "Notes", _NotesAudience),
    prints=(PrintSpec("notes-sheet", "&Notes sheet…", "Notes", _notes_pdf),),
    help="A feature made up by this test.",
)


def test_the_app_finds_every_feature_from_its_declaration():
    assert [feature.key for feature in discover()] == ["agreements", "members", "meetings", "queue"]


def test_a_new_feature_appears_everywhere_with_no_shell_code_changed(qtbot, engine, prompts, group):
    from copro_desktop.shell.main_window import MainWindow

    window = MainWindow(engine, prompts, features=[*discover(), NOTES])
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.context.open_group(group.id)

    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles[-1] == "Notes"
    panels_menu = next(a.menu() for a in window.menuBar().actions() if plain(a.text()) == "Panels")
    item = next(a for a in panels_menu.actions() if plain(a.text()).endswith("Notes"))
    assert item.shortcut().toString() == "Ctrl+5"

    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.panel_stack.currentWidget().findChild(QLabel).text() == "The notes panel"
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.projector is not None and window.projector.isVisible())
    assert window.projector.shown_view().texts() == ["Our notes", f"Notes for {group.name}"]

    from copro_desktop.shell.print_preview import PrintPreview

    notes_sheet = next(a for a in window.print_actions if plain(a.text()) == "Notes sheet…")
    notes_sheet.trigger()
    preview = window.findChild(PrintPreview)
    qtbot.addWidget(preview)
    assert preview.windowTitle() == f"Print: Notes, {group.name}"
    assert preview.document.pageCount() == 1
    preview.close()
    assert ("Panels", "5 Notes", "Ctrl+5") in window.shortcut_rows()
    window.close()


def test_two_features_may_not_share_a_key(engine, prompts):
    import pytest

    from copro_desktop.shell.main_window import MainWindow

    with pytest.raises(ValueError, match="share a key"):
        MainWindow(engine, prompts, features=[*discover(), NOTES, NOTES])


def test_help_says_what_each_panel_is_for_in_its_own_declared_words(qtbot, engine, prompts):
    from copro_desktop.shell.main_window import MainWindow

    window = MainWindow(engine, prompts, features=[*discover(), NOTES])
    qtbot.addWidget(window)
    help_menu = next(a.menu() for a in window.menuBar().actions() if plain(a.text()) == "Help")
    next(a for a in help_menu.actions() if plain(a.text()) == "About the panels").trigger()
    title, text = prompts.last("inform")
    assert title == "About the panels"
    for feature in discover():
        assert f"{feature.title}: {feature.help}" in text
    assert "Notes: A feature made up by this test." in text
    window.close()
