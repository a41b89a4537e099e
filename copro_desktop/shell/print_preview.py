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
from copro_desktop.i18n import COUNTED, QT_TRANSLATE_NOOP, translate
from copro_desktop.printing.paper import PAPER_SIZES
from copro_desktop.ui.files import documents_folder
from copro_desktop.ui.forms import button, wrapped
from copro_desktop.ui.prompts import Prompts
from copro_desktop.ui.screen_fit import fit_on_screen, largest_frame


# The paper names as a person reads them (printing/paper.py keeps the sizes under these names).
QT_TRANSLATE_NOOP("Paper", "A4")
QT_TRANSLATE_NOOP("Paper", "Letter")


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
        self.view.setAccessibleName(translate("PrintPreview", "Print preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setDocument(self.document)
        self.paper = QComboBox()
        for name in PAPER_SIZES:
            self.paper.addItem(translate("Paper", name), name)
        self.paper.setAccessibleName(translate("PrintPreview", "Paper size"))
        self.paper.currentTextChanged.connect(self.rebuild)
        paper_label = QLabel(translate("PrintPreview", "Paper si&ze:"))  # S is for Save as PDF
        paper_label.setBuddy(self.paper)
        self.note = wrapped("")
        self.note.setAccessibleName(translate("PrintPreview", "Note about this document"))
        self.print_button = button(translate("PrintPreview", "&Print…"), self.print_document)
        self.save_button = button(translate("PrintPreview", "&Save as PDF…"), self.save_pdf)
        self.close_button = button(translate("PrintPreview", "&Close"), self.reject)
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
        self.poster = self.build(self.paper.currentData())
        self.document.close()
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(self.poster.pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)
        pages = self.poster.pages
        note = translate("PrintPreview", "%n page(s) on {paper} paper.", None, COUNTED, pages).format(
            paper=self.paper.currentText()
        )
        if self.poster.left_out:
            note += " " + translate(
                "PrintPreview",
                "Some characters, such as emoji or letters from some alphabets, cannot be printed in this "
                "typeface and were left out: {characters}",
            ).format(characters=" ".join(sorted(self.poster.left_out)))
        self.note.setText(note)

    def save_pdf(self) -> None:
        path = self.prompts.save_path(
            self,
            translate("PrintPreview", "Save as PDF"),
            str(documents_folder() / self.file_name),
            translate("PrintPreview", "PDF documents (*.pdf)"),
        )
        if not path:
            return
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        try:
            target.write_bytes(self.poster.pdf)
        except OSError as error:
            self.prompts.warn(
                self,
                translate("PrintPreview", "Save as PDF"),
                translate("PrintPreview", "The PDF was not saved. {why}").format(why=friendly_message(error)),
            )
            return
        self.prompts.inform(
            self,
            translate("PrintPreview", "Save as PDF"),
            translate("PrintPreview", "Saved as {file}.").format(file=target),
        )

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            self.prompts.warn(
                self,
                translate("PrintPreview", "Print"),
                translate("PrintPreview", "The printer could not be started. Check it is switched on and try again."),
            )
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

