"""Print preview for documents: look first, then print through the system dialog or save a PDF.

Loaded on first use only: QtPdf and ReportLab are too heavy for start-up.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from copro_desktop.errors import friendly_message
from copro_desktop.printing.paper import PAPER_SIZES
from copro_desktop.ui.forms import button, wrapped
from copro_desktop.ui.prompts import Prompts
from copro_desktop.ui.screen_fit import fit_on_screen, largest_frame


class PrintPreview(QDialog):
    """Shows a PDF built by `build(paper)`, with Print… and Save as PDF…"""

    def __init__(
        self, parent: QWidget | None, title: str, file_name: str, build: Callable[[str], Any], prompts: Prompts
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(QSize(820, 900).boundedTo(largest_frame(self)))  # made to fit exactly once shown
        self.file_name = file_name
        self.build = build
        self.prompts = prompts
        self.poster: Any = None  # the built document: its pdf, pages and left_out
        self.document = QPdfDocument(self)
        self.buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setAccessibleName("Print preview")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setDocument(self.document)
        self.paper = QComboBox()
        self.paper.addItems(list(PAPER_SIZES))
        self.paper.setAccessibleName("Paper size")
        self.paper.currentTextChanged.connect(self.rebuild)
        paper_label = QLabel("Paper si&ze:")  # S is for Save as PDF
        paper_label.setBuddy(self.paper)
        self.note = wrapped("")
        self.note.setAccessibleName("Note about this document")
        self.print_button = button("&Print…", self.print_document)
        self.save_button = button("&Save as PDF…", self.save_pdf)
        self.close_button = button("&Close", self.reject)
        self.print_button.setDefault(True)

        actions = QHBoxLayout()
        actions.addWidget(paper_label)
        actions.addWidget(self.paper)
        actions.addStretch()
        for widget in (self.print_button, self.save_button, self.close_button):
            actions.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, stretch=1)
        layout.addWidget(self.note)
        layout.addLayout(actions)
        self.rebuild()
        self.paper.setFocus()  # the one choice to make before printing; Enter still prints

    def showEvent(self, event) -> None:
        super().showEvent(event)
        fit_on_screen(self)

    def rebuild(self) -> None:
        self.poster = self.build(self.paper.currentText())
        self.document.close()
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(self.poster.pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)
        pages = f"{self.poster.pages} page" + ("s" if self.poster.pages != 1 else "")
        note = f"{pages} on {self.paper.currentText()} paper."
        if self.poster.left_out:
            note += (
                " Some characters, such as emoji or letters from some alphabets, cannot be printed in this "
                f"typeface and were left out: {' '.join(sorted(self.poster.left_out))}"
            )
        self.note.setText(note)

    def save_pdf(self) -> None:
        path = self.prompts.save_path(self, "Save as PDF", self.file_name, "PDF documents (*.pdf)")
        if not path:
            return
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        try:
            target.write_bytes(self.poster.pdf)
        except OSError as error:
            self.prompts.warn(self, "Save as PDF", f"The PDF was not saved. {friendly_message(error)}")
            return
        self.prompts.inform(self, "Save as PDF", f"Saved as {target}.")

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            self.prompts.warn(self, "Print", "The printer could not be started. Check it is switched on and try again.")
            return
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
                image = self.document.render(page, QSize(area.width(), area.height()))
                painter.drawImage(QPoint(0, 0), image)
        finally:
            painter.end()

