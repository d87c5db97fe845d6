"""Referral letters on paper: the system's printers, print preview, PDF files.

QtPdf is not shipped (PITFALLS.md), so Qt cannot draw a PDF onto a QPrinter.
The letter is a ReportLab PDF, and the system's print spooler can take a PDF
as it is: on Linux and macOS ``lp -d QUEUE FILE`` (CUPS), on Windows the
shell's "print" verb. The queues offered are Qt's (``QPrinterInfo``), so the
person sees the same printers as in any Qt print dialog.

Preview draws the pages rendered by poppler's ``pdftoppm`` (when installed)
into a ``QPrintPreviewDialog``; without it the PDF opens in the system's
viewer.

A letter carries personal data: every temporary PDF is written 0600 in a
private (0700) temporary folder and removed once the spooler has its copy.
"""
from __future__ import annotations

import atexit
import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.errors import Refused
from desktop.i18n import fill
from desktop.views.kit.widgets import Retranslatable

PREVIEW_DPI = 110
LP_TIMEOUT_S = 30


def printer_names() -> list[str]:
    """The system's print queues as Qt sees them (empty without CUPS on Linux)."""
    return [p.printerName() for p in QPrinterInfo.availablePrinters()]


def default_printer_name() -> str:
    return QPrinterInfo.defaultPrinterName()


@contextlib.contextmanager
def private_pdf(pdf: bytes, *, name: str = "letter.pdf") -> Iterator[Path]:
    """``pdf`` in a file only this user can read, gone when the block ends."""
    folder = Path(tempfile.mkdtemp(prefix="qamqor-print-"))  # mkdtemp makes it 0700
    path = folder / name
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(pdf)
        yield path
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text) or "letter"


def send_to_printer(pdf: bytes, queue: str, *, title: str) -> str:
    """Hand ``pdf`` to the spooler's queue ``queue``; returns the job id when known.

    ``title`` is what the queue shows: the letter number, never a name.
    """
    if sys.platform == "win32":
        return _print_with_shell(pdf, queue, title=title)
    with private_pdf(pdf, name=_safe_name(title) + ".pdf") as path:
        lp = shutil.which("lp")
        if lp is None:
            raise Refused(QCoreApplication.translate(
                "Printing", "The system's print command (lp) is missing; save the letter as PDF instead."))
        try:
            # lp copies the file to the spooler before it returns, so the file
            # may go right after.
            done = subprocess.run([lp, "-d", queue, "-t", title, "--", str(path)], capture_output=True,
                                  text=True, timeout=LP_TIMEOUT_S, check=False)
        except (OSError, subprocess.TimeoutExpired) as err:
            raise Refused(fill(QCoreApplication.translate("Printing", "The printer %1 did not take the letter: %2"),
                                 queue, err)) from err
        if done.returncode != 0:
            raise Refused(fill(QCoreApplication.translate("Printing", "The printer %1 did not take the letter: %2"),
                                 queue, (done.stderr or done.stdout).strip()))
        found = re.search(r"request id is (\S+)", done.stdout)
        return found.group(1) if found else ""


_LATER: list[contextlib.AbstractContextManager] = []


def _print_with_shell(pdf: bytes, queue: str, *, title: str) -> str:
    """Windows: the shell's "printto" verb sends the file to ``queue`` through
    the PDF viewer, which opens the file after this returns; so the private
    file goes when Qamqor ends, not now."""
    keep = private_pdf(pdf, name=_safe_name(title) + ".pdf")
    path = keep.__enter__()
    _LATER.append(keep)
    if len(_LATER) == 1:
        atexit.register(_remove_later)
    try:
        os.startfile(str(path), "printto", arguments=f'"{queue}"')  # noqa: S606 — Windows only
    except OSError as err:
        raise Refused(fill(QCoreApplication.translate("Printing", "The printer did not take the letter: %1"),
                             err)) from err
    return ""


def _remove_later() -> None:
    while _LATER:
        _LATER.pop().__exit__(None, None, None)


def page_images(pdf: bytes, *, dpi: int = PREVIEW_DPI) -> list[QImage] | None:
    """The pages as images (poppler's pdftoppm); None when pdftoppm is missing."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return None
    with private_pdf(pdf) as path:
        prefix = path.parent / "page"
        try:
            subprocess.run([tool, "-png", "-r", str(dpi), str(path), str(prefix)], capture_output=True,
                           timeout=60, check=True)
        except (OSError, subprocess.SubprocessError) as err:
            raise Refused(fill(QCoreApplication.translate("Printing", "The letter could not be shown: %1"),
                                 err)) from err
        files = sorted(path.parent.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        # Loaded into memory before the folder goes.
        return [QImage(str(f)) for f in files]


class LetterPreview(QPrintPreviewDialog):
    """Qt's print preview over the letter's page images. It holds its own
    QPrinter: a temporary one crashes the process (PITFALLS.md)."""

    def __init__(self, images: list[QImage], *, title: str, parent: QWidget | None = None):
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self.printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        self.printer.setDocName(title)
        super().__init__(self.printer, parent)
        self.setObjectName("letter_preview")
        self.images = images
        self.setWindowTitle(fill(QCoreApplication.translate("Printing", "Print preview — %1"), title))
        self.paintRequested.connect(self._paint)

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


def open_in_viewer(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PrinterDialog(Retranslatable, QDialog):
    """Which printer: the system's queues, the default one chosen."""

    FOLDER = "\x00folder"  # the choice "save PDF files into a folder" (no queue has this name)

    def __init__(self, names: list[str], *, text: str = "", allow_folder: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.allow_folder = allow_folder
        self.setObjectName("printer_dialog")
        self.text = text
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.printer = QComboBox(self)
        self.printer.setObjectName("printer_choice")
        for name in names:
            self.printer.addItem(name, name)
        if allow_folder:
            self.printer.addItem("", self.FOLDER)
        default = default_printer_name()
        if default in names:
            self.printer.setCurrentIndex(names.index(default))
        self.printer_label = QLabel(self)
        self.printer_label.setBuddy(self.printer)
        form = QFormLayout()
        form.addRow(self.printer_label, self.printer)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Print"))
        self.explanation.setText(self.text)
        self.explanation.setVisible(bool(self.text))
        self.printer_label.setText(self.tr("&Printer:"))
        if self.allow_folder:
            self.printer.setItemText(self.printer.count() - 1, self.tr("Save as PDF files in a folder…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Print"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def chosen(self) -> str:
        """A queue's name, or FOLDER."""
        return self.printer.currentData()
