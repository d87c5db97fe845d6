"""Printed pages: the dialog that asks the language, the day and where a page goes
(preview, a PDF file or a printer), and the runner that makes it off the GUI thread."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Refused
from desktop.files import write_atomically
from desktop.i18n import fill
from desktop.views.kit.dates import pydate, qdate
from desktop.views.kit.dialogs import DialogService
from desktop.views.kit.printing import (
    LetterPreview,
    open_in_viewer,
    page_images,
    printer_names,
    private_pdf,
    send_to_printer,
)
from desktop.views.kit.text import interface_language
from desktop.views.kit.widgets import MessageLabel, Retranslatable
from desktop.views.kit.workers import Job, JobContext, WorkerPool

PAGE_LANGUAGES = (("kk", "Қазақша"), ("ru", "Русский"), ("en", "English"))


class PrintPagesDialog(Retranslatable, QDialog):
    """The language of the page, the day (for a sign-in sheet) and where it goes:
    print preview, a PDF file, or one of the system's printers."""

    PREVIEW = "\x00preview"
    SAVE = "\x00save"

    def __init__(self, *, title: str, text: str, day: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("print_pages_dialog")
        self.title = title
        self.text = text
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.language = QComboBox(self)
        self.language.setObjectName("page_language")
        for code, name in PAGE_LANGUAGES:
            self.language.addItem(name, code)  # each language in its own name
        self.language.setCurrentIndex(self.language.findData(interface_language()))
        self.day = QDateEdit(qdate(day or dt.date.today()), self)
        self.day.setObjectName("page_day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.target = QComboBox(self)
        self.target.setObjectName("page_target")
        self.target.addItem("", self.PREVIEW)
        self.target.addItem("", self.SAVE)
        for name in printer_names():
            self.target.addItem(name, name)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.day_label = QLabel(self)
        self.day_label.setBuddy(self.day)
        self.target_label = QLabel(self)
        self.target_label.setBuddy(self.target)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        if day is not None:
            form.addRow(self.day_label, self.day)
        else:
            self.day.hide()
            self.day_label.hide()
        form.addRow(self.target_label, self.target)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.title)
        self.explanation.setText(self.text)
        self.language_label.setText(self.tr("Page &language:"))
        self.day_label.setText(self.tr("&Day:"))
        self.target_label.setText(self.tr("&Send to:"))
        self.target.setItemText(0, self.tr("Print preview"))
        self.target.setItemText(1, self.tr("A PDF file…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def chosen_language(self) -> str:
        return self.language.currentData()

    def chosen_day(self) -> dt.date:
        return pydate(self.day.date())

    def chosen_target(self) -> str:
        return self.target.currentData()


class PageJobs(QObject):
    """Makes a printed page on the pool thread (a progress bar and Cancel meanwhile)
    and sends it where the person chose: preview, a file or a printer.

    The pages name volunteers: a preview without poppler goes through a private
    temporary file (printing.private_pdf), removed when Qamqor ends.
    """

    def __init__(self, *, workers: WorkerPool, dialogs: DialogService, message: MessageLabel,
                 progress: QProgressBar, cancel_button: QPushButton, parent: QWidget):
        super().__init__(parent)
        self.view = parent
        self.workers = workers
        self.dialogs = dialogs
        self.message = message
        self.progress = progress
        self.cancel_button = cancel_button
        self.job: Job | None = None
        self.preview: LetterPreview | None = None
        self._viewer_files: list = []
        self.progress.hide()
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)

    def busy(self) -> bool:
        return self.job is not None

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def run(self, make_pdf: Callable[[], bytes], *, target: str, title: str, file_name: str,
            done_text: str, on_finished: Callable[[], None] | None = None) -> None:
        """``make_pdf`` runs on a pool thread; ``title`` (no names) is what a print queue shows."""
        if self.job is not None:
            return
        path: Path | None = None
        if target == PrintPagesDialog.SAVE:
            path = self.dialogs.get_save_file(self.view, self.tr("Save as PDF"), directory=file_name,
                                              file_filter=self.tr("PDF files (*.pdf)"))
            if path is None:
                return
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
        self.message.clear_message()

        def work(ctx: JobContext):
            pdf = make_pdf()
            if ctx.cancelled():
                return None
            if target == PrintPagesDialog.PREVIEW:
                return pdf, page_images(pdf)
            if path is not None:
                try:
                    return write_atomically(path, pdf)
                except OSError as err:
                    raise Refused(fill(QCoreApplication.translate("WeekPlan", "Cannot write %1: %2"),
                                         path, err.strerror or err)) from err
            return send_to_printer(pdf, target, title=title)

        def finish() -> None:
            self.job = None
            self.progress.hide()
            self.cancel_button.hide()
            if on_finished is not None:
                on_finished()

        def done(value) -> None:
            finish()
            if value is None:
                self.message.show_done(self.tr("Stopped; nothing was printed."))
            elif target == PrintPagesDialog.PREVIEW:
                self._show(*value, title=title, file_name=file_name)
            elif path is not None:
                self.message.show_done(fill(self.tr("Saved as %1."), str(value)))
            else:
                self.message.show_done(done_text)

        def failed(text: str) -> None:
            finish()
            self.message.show_error(text)
        self.progress.setRange(0, 0)  # one page set: no steps to count
        self.progress.show()
        self.cancel_button.show()
        self.job = self.workers.start(work, on_done=done, on_failed=failed)

    def _show(self, pdf: bytes, images, *, title: str, file_name: str) -> None:
        if images is None:
            keep = private_pdf(pdf, name=file_name)
            path = keep.__enter__()
            self._viewer_files.append(keep)
            if not open_in_viewer(path):
                self.message.show_error(self.tr("No program to show PDF files was found. Save the page as PDF "
                                                "instead."))
            return
        # A reference to the dialog (and so its QPrinter) while it is open: PITFALLS.md.
        self.preview = LetterPreview(images, title=title, parent=self.view)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.finished.connect(lambda _r: setattr(self, "preview", None))
        self.preview.open()

    def stop(self) -> None:
        for keep in self._viewer_files:
            keep.__exit__(None, None, None)
        self._viewer_files = []
