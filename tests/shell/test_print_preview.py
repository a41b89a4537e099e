"""Print preview from the main window: see the pages, save a PDF, print."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from copro_desktop.shell.print_preview import PrintPreview


@pytest.fixture
def preview(qtbot, window, group, agree):
    """The print preview of a group with one agreed agreement, opened with Ctrl+P."""
    agree("We listen")
    window.context.open_group(group.id)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = window.findChild(PrintPreview)
    qtbot.waitUntil(lambda: preview is not None and preview.isVisible())
    qtbot.addWidget(preview)
    return preview


def test_preview_shows_the_poster_pages(qtbot, preview):
    assert preview.document.pageCount() == 1
    assert preview.note.text() == "1 page on A4 paper."
    preview.paper.setCurrentText("Letter")
    assert preview.note.text() == "1 page on Letter paper."
    assert preview.document.pageCount() == 1


def test_save_as_pdf_writes_the_file(qtbot, window, preview, tmp_path):
    window.prompts.save_paths.append(str(tmp_path / "agreements"))
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "agreements.pdf"
    assert saved.read_bytes() == preview.poster.pdf and saved.read_bytes().startswith(b"%PDF")
    assert window.prompts.last("inform")[1] == f"Saved as {saved}."


def test_a_save_that_fails_says_so_plainly(qtbot, window, preview, tmp_path):
    window.prompts.save_paths.append(str(tmp_path / "no such folder" / "agreements.pdf"))
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    title, text = window.prompts.last("warn")
    assert text.startswith("The PDF was not saved.")
    assert "Traceback" not in text


def test_printing_draws_every_page(qtbot, preview, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.print_to(printer)
    printed = (tmp_path / "printed.pdf").read_bytes()
    assert printed.startswith(b"%PDF") and len(printed) > 5000


def test_save_as_pdf_is_offered_in_documents_or_else_the_home_folder(qtbot, window, preview, tmp_path, monkeypatch):
    from pathlib import Path

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))  # a laptop with no Documents folder yet
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(home / "Documents"))
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert Path(window.prompts.shown[-1][2]).parent == home
    (home / "Documents").mkdir()
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert Path(window.prompts.shown[-1][2]).parent == home / "Documents"
