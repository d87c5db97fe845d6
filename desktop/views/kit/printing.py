"""Paper: the system's printers, and a document's pages drawn on screen.

QtPdf is not shipped (PITFALLS.md), so Qt cannot draw a PDF onto a QPrinter.
The documents are ReportLab PDFs, and the system's print spooler takes a PDF
as it is: on Linux and macOS ``lp`` (CUPS) reads it on its standard input,
so no file is written; on Windows the shell's "printto" verb hands a file to
the PDF viewer. The queues offered are Qt's (``QPrinterInfo``), so the person
sees the same printers as in any Qt print dialog. ``Printers`` is handed to
the views (tests give a recording stand-in).

A preview draws the pages that poppler's ``pdftoppm`` renders from memory
into memory; without it, the PDF opens in the system's viewer from a private
file (services.private_files).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

from PySide6.QtCore import QCoreApplication, QRect, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewWidget
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from desktop.errors import Refused
from desktop.i18n import fill
from desktop.services.private_files import keep_until_exit
from desktop.views.kit.widgets import Retranslatable

PREVIEW_DPI = 110
LP_TIMEOUT_S = 30
MAX_COPIES = 99


class Printers:
    """The system's print queues, and a way to hand them a PDF."""

    def names(self) -> list[str]:
        """As Qt sees them (empty without CUPS on Linux)."""
        return [p.printerName() for p in QPrinterInfo.availablePrinters()]

    def default_name(self) -> str:
        return QPrinterInfo.defaultPrinterName()

    def send(self, pdf: bytes, queue: str, *, title: str, copies: int = 1) -> str:
        """Hand ``pdf`` to ``queue``, ``copies`` times; the job id when known.
        ``title`` is what the queue shows: a letter number, never a name."""
        if sys.platform == "win32":
            return _print_with_shell(pdf, queue, title=title, copies=copies)
        lp = shutil.which("lp")
        if lp is None:
            raise Refused(QCoreApplication.translate(
                "Printing", "The system's print command (lp) is missing; save the letter as PDF instead."))
        try:
            # No file name: lp reads the document from its standard input.
            done = subprocess.run([lp, "-d", queue, "-t", title, "-n", str(copies)], input=pdf,
                                  capture_output=True, timeout=LP_TIMEOUT_S, check=False)
        except (OSError, subprocess.TimeoutExpired) as err:
            raise Refused(QCoreApplication.translate("Printing", "The printer %1 did not take the letter: %2"),
                          queue, err) from err
        out = done.stdout.decode("utf-8", "replace")
        if done.returncode != 0:
            raise Refused(QCoreApplication.translate("Printing", "The printer %1 did not take the letter: %2"),
                          queue, (done.stderr.decode("utf-8", "replace") or out).strip())
        found = re.search(r"request id is (\S+)", out)
        return found.group(1) if found else ""


def _print_with_shell(pdf: bytes, queue: str, *, title: str, copies: int) -> str:
    """Windows: the shell's "printto" verb sends the file to ``queue`` through
    the PDF viewer, which opens the file after this returns; so the private
    file stays until Qamqor ends."""
    path = keep_until_exit(pdf, name=title + ".pdf")
    try:
        for _ in range(copies):  # the verb has no number of copies
            os.startfile(str(path), "printto", arguments=f'"{queue}"')  # noqa: S606 — Windows only
    except OSError as err:
        raise Refused(QCoreApplication.translate("Printing", "The printer did not take the letter: %1"), err) from err
    return ""


def page_images(pdf: bytes, *, dpi: int = PREVIEW_DPI) -> list[QImage] | None:
    """The pages as images, rendered by poppler's pdftoppm from memory into
    memory (no file); None when pdftoppm is missing."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return None
    try:
        # "-" reads the PDF from standard input; with no output name every page
        # comes out on standard output, one binary PPM after the other.
        done = subprocess.run([tool, "-r", str(dpi), "-"], input=pdf, capture_output=True, timeout=60, check=True)
    except (OSError, subprocess.SubprocessError) as err:
        raise Refused(QCoreApplication.translate("Printing", "The letter could not be shown: %1"), err) from err
    return [image for image in map(_image, _ppm_pages(done.stdout)) if not image.isNull()]


def _ppm_pages(data: bytes) -> list[bytes]:
    """Split concatenated binary PPMs: "P6", width, height, maxval, then the pixels."""
    pages, at = [], 0
    header = re.compile(rb"P6\s+(\d+)\s+(\d+)\s+(\d+)\s")
    while at < len(data):
        found = header.match(data, at)
        if found is None:
            break
        width, height, maxval = map(int, found.groups())
        end = found.end() + width * height * 3 * (2 if maxval > 255 else 1)
        pages.append(data[at:end])
        at = end
    return pages


def _image(ppm: bytes) -> QImage:
    image = QImage()
    image.loadFromData(ppm, "PPM")
    return image


def open_in_viewer(pdf: bytes, *, name: str) -> bool:
    """The system's PDF viewer, from a private file kept until Qamqor ends."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(keep_until_exit(pdf, name=name))))


class DocumentPreview(Retranslatable, QDialog):
    """The pages as they will print, with Print… and Save… that make the real
    document (a preview is marked so, and never counted). Qt's preview widget
    draws them; it holds its own QPrinter: a temporary one crashes the
    process (PITFALLS.md)."""

    print_requested = Signal()
    save_requested = Signal()

    def __init__(self, images: list[QImage], *, title: str, may_print: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("document_preview")
        self.images = images
        self.title = title
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        landscape = bool(images) and images[0].width() > images[0].height()
        self.printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                        else QPageLayout.Orientation.Portrait)
        self.printer.setDocName(title)
        self.pages = QPrintPreviewWidget(self.printer, self)
        self.pages.setObjectName("preview_pages")
        self.pages.paintRequested.connect(self._paint)
        self.fit_button = QPushButton(self)
        self.fit_button.setObjectName("preview_fit")
        self.fit_button.clicked.connect(self.pages.fitInView)
        self.zoom_in_button = QPushButton(self)
        self.zoom_in_button.setObjectName("preview_zoom_in")
        self.zoom_in_button.clicked.connect(lambda: self.pages.zoomIn())
        self.zoom_out_button = QPushButton(self)
        self.zoom_out_button.setObjectName("preview_zoom_out")
        self.zoom_out_button.clicked.connect(lambda: self.pages.zoomOut())
        self.page_count = QLabel(self)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("preview_print")
        self.print_button.setVisible(may_print)
        self.print_button.clicked.connect(self._print)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("preview_save")
        self.save_button.clicked.connect(self._save)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("preview_close")
        self.close_button.clicked.connect(self.reject)
        tools = QHBoxLayout()
        for b in (self.fit_button, self.zoom_out_button, self.zoom_in_button):
            tools.addWidget(b)
        tools.addWidget(self.page_count)
        tools.addStretch(1)
        for b in (self.print_button, self.save_button, self.close_button):
            tools.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.pages, 1)
        self.resize(900, 820)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate("Printing", "Print preview — %1"), self.title))
        self.fit_button.setText(self.tr("Whole page"))
        self.zoom_in_button.setText(self.tr("Larger"))
        self.zoom_out_button.setText(self.tr("Smaller"))
        self.page_count.setText(self.tr("%n page(s)", "", len(self.images)))
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save…"))
        self.close_button.setText(self.tr("Close"))

    def _print(self) -> None:
        self.accept()
        self.print_requested.emit()

    def _save(self) -> None:
        self.accept()
        self.save_requested.emit()

    def _paint(self, printer: QPrinter) -> None:
        painter = QPainter(printer)
        try:
            for i, image in enumerate(self.images):
                if i:
                    printer.newPage()
                page = printer.pageLayout().fullRectPixels(printer.resolution())
                margins = printer.pageLayout().marginsPixels(printer.resolution())
                # The PDF has its own margins: draw the whole sheet, moved to the paper's corner.
                target = QRect(-margins.left(), -margins.top(), page.width(), page.height())
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.fillRect(target, Qt.GlobalColor.white)
                painter.drawImage(QRect(target.topLeft(), scaled), image)
        finally:
            painter.end()


class PrinterDialog(Retranslatable, QDialog):
    """Which printer and how many copies; the document's title on one line."""

    FOLDER = "\x00folder"  # the choice "save PDF files into a folder" (no queue has this name)

    def __init__(self, names: list[str], *, default: str = "", title: str = "", text: str = "",
                 allow_folder: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.allow_folder = allow_folder
        self.setObjectName("printer_dialog")
        self.title = title
        self.text = text
        self.document = QLabel(title, self)
        self.document.setObjectName("printed_document")
        self.document.setTextFormat(Qt.TextFormat.PlainText)
        self.document.setWordWrap(False)  # a letter number is never broken
        font = self.document.font()
        font.setBold(True)
        self.document.setFont(font)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.printer = QComboBox(self)
        self.printer.setObjectName("printer_choice")
        for name in names:
            self.printer.addItem(name, name)
        if allow_folder:
            self.printer.addItem("", self.FOLDER)
        if default in names:
            self.printer.setCurrentIndex(names.index(default))
        self.copies = QSpinBox(self)
        self.copies.setObjectName("printed_copies")
        self.copies.setRange(1, MAX_COPIES)
        self.printer_label = QLabel(self)
        self.printer_label.setBuddy(self.printer)
        self.copies_label = QLabel(self)
        self.copies_label.setBuddy(self.copies)
        form = QFormLayout()
        form.addRow(self.printer_label, self.printer)
        form.addRow(self.copies_label, self.copies)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.printer.currentIndexChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.document)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._update()
        # As wide as the title on one line, whatever the language of the rest.
        self.setMinimumWidth(max(380, self.document.sizeHint().width() + 40))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Print"))
        self.document.setVisible(bool(self.title))
        self.explanation.setText(self.text)
        self.explanation.setVisible(bool(self.text))
        self.printer_label.setText(self.tr("&Printer:"))
        self.copies_label.setText(self.tr("&Copies:"))
        if self.allow_folder:
            self.printer.setItemText(self.printer.count() - 1, self.tr("Save as PDF files in a folder…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Print"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def _update(self, *_args) -> None:
        to_paper = self.chosen() != self.FOLDER
        self.copies.setVisible(to_paper)
        self.copies_label.setVisible(to_paper)

    def chosen(self) -> str:
        """A queue's name, or FOLDER."""
        return self.printer.currentData()

    def chosen_copies(self) -> int:
        return self.copies.value()
