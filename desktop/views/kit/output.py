"""Every document a person previews, saves or prints goes through here.

A view hands ``DocumentOutput`` a way to make the document (a call of
services.documents.DocumentService, run on the pool thread while the output's
``long_work`` shows its progress bar and Cancel button where the view put it)
and says what the person asked for:

- ``show_preview``: the pages on screen, marked PREVIEW where the document
  has such a mark; its Print… and Save… make the real document;
- ``save``: a save dialog that starts in the person's Documents folder with a
  suggested name and the right filter (PDF or XLSX), then the file written in
  one step (services.files.atomic_write, the one "Cannot write" message);
- ``print``: the printer and the number of copies (the document's title on
  one line), then the PDF handed to the spooler;
- ``save_all`` / ``print_all``: a batch (today's letters) into a folder or
  to a printer, with progress by document.

Only after a document reached a file or a printer is the service told
(``DocumentService.delivered``): that is when a letter counts as printed.

``PrintPagesDialog`` asks the volunteers' pages what they need first: the
page's language, the day (a sign-in sheet), and where it goes.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.services.documents import FILE, PDF, PRINTER, XLSX, Document, DocumentService
from desktop.services.files import atomic_write
from desktop.views.kit.dates import pydate, qdate
from desktop.views.kit.dialogs import DialogService
from desktop.views.kit.long_work import LongWork
from desktop.views.kit.opener import DialogOpener
from desktop.views.kit.printing import MAX_COPIES, DocumentPreview, PrinterDialog, Printers, open_in_viewer, \
    page_images
from desktop.views.kit.text import interface_language
from desktop.views.kit.widgets import MessageLabel, Retranslatable
from desktop.views.kit.workers import JobContext, WorkerPool

PAGE_LANGUAGES = (("kk", "Қазақша"), ("ru", "Русский"), ("en", "English"))
SUFFIXES = {PDF: ".pdf", XLSX: ".xlsx"}

#: Makes the document on the pool thread: ``make(ctx, preview)``.
Make = Callable[[JobContext, bool], Document]
#: Makes a batch on the pool thread, reporting its progress on ``ctx``.
MakeMany = Callable[[JobContext], Sequence[Document]]


def documents_folder() -> Path:
    """Where save dialogs start: the person's Documents folder (or home)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def file_filter(media_type: str) -> str:
    if media_type == XLSX:
        return QCoreApplication.translate("DocumentOutput", "Excel workbooks (*.xlsx)")
    return QCoreApplication.translate("DocumentOutput", "PDF files (*.pdf)")


class PrintPagesDialog(Retranslatable, QDialog):
    """The language of the page, the day (for a sign-in sheet) and where it goes:
    print preview, a PDF file, or one of the system's printers (with copies)."""

    PREVIEW = "\x00preview"
    SAVE = "\x00save"

    def __init__(self, *, title: str, text: str, printers: list[str], day: dt.date | None = None,
                 parent: QWidget | None = None):
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
        for name in printers:
            self.target.addItem(name, name)
        self.copies = QSpinBox(self)
        self.copies.setObjectName("page_copies")
        self.copies.setRange(1, MAX_COPIES)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.day_label = QLabel(self)
        self.day_label.setBuddy(self.day)
        self.target_label = QLabel(self)
        self.target_label.setBuddy(self.target)
        self.copies_label = QLabel(self)
        self.copies_label.setBuddy(self.copies)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        if day is not None:
            form.addRow(self.day_label, self.day)
        else:
            self.day.hide()
            self.day_label.hide()
        form.addRow(self.target_label, self.target)
        form.addRow(self.copies_label, self.copies)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.target.currentIndexChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate_ui()
        self._update()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.title)
        self.explanation.setText(self.text)
        self.language_label.setText(self.tr("Page &language:"))
        self.day_label.setText(self.tr("&Day:"))
        self.target_label.setText(self.tr("&Send to:"))
        self.copies_label.setText(self.tr("&Copies:"))
        self.target.setItemText(0, self.tr("Print preview"))
        self.target.setItemText(1, self.tr("A PDF file…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def _update(self, *_args) -> None:
        to_paper = self.chosen_target() not in (self.PREVIEW, self.SAVE)
        self.copies.setVisible(to_paper)
        self.copies_label.setVisible(to_paper)

    def chosen_language(self) -> str:
        return self.language.currentData()

    def chosen_day(self) -> dt.date:
        return pydate(self.day.date())

    def chosen_target(self) -> str:
        return self.target.currentData()

    def chosen_copies(self) -> int:
        return self.copies.value()


class DocumentOutput(QObject):
    """Makes a document off the GUI thread and previews, saves or prints it,
    for one view: its message line, and ``long_work`` (a progress bar and a
    Cancel button) that the view puts where the person looks."""

    busy_changed = Signal(bool)

    def __init__(self, documents: DocumentService, *, workers: WorkerPool, dialogs: DialogService,
                 printers: Printers, message: MessageLabel, name: str, parent: QWidget):
        super().__init__(parent)
        self.view = parent
        self.documents = documents
        self.dialogs = dialogs
        self.printers = printers
        self.message = message
        self.long_work = LongWork(workers, message=message, name=name, parent=parent)
        self.opener = DialogOpener(self)
        self.preview: DocumentPreview | None = None
        self.long_work.busy_changed.connect(lambda _busy: self.busy_changed.emit(self.busy()))
        self.opener.busy_changed.connect(lambda _busy: self.busy_changed.emit(self.busy()))

    def busy(self) -> bool:
        return self.long_work.busy() or self.opener.busy()

    def cancel(self) -> None:
        self.long_work.cancel()

    def stop(self) -> None:
        """The session ends: a document still being made is not wanted."""
        self.long_work.stop()

    # -- what the person asked for ------------------------------------------------------
    def show_preview(self, make: Make, *, title: str, file_name: str, media_type: str = PDF,
                     saved: Callable[[Path], str] | None = None, printed: Callable[[str], str] | None = None) -> None:
        """The pages on screen; Print… and Save… there make the real document."""
        def work(ctx: JobContext):
            document = make(ctx, True)
            if ctx.cancelled():
                return None
            return document, page_images(document.content)

        def show(result) -> None:
            document, images = result
            if images is None:
                # No poppler here: the system's PDF viewer shows it, from a private
                # file that goes when Qamqor ends (the viewer may still read it).
                if not open_in_viewer(document.content, name=document.file_name):
                    self.message.show_error(lambda: QCoreApplication.translate(
                        "DocumentOutput", "No program to show PDF files was found. Save it as PDF instead."))
                return
            # A reference to the dialog (and so its QPrinter) while it is open: PITFALLS.md.
            self.preview = DocumentPreview(images, title=title, may_print=bool(self.printers.names()),
                                           parent=self.view)
            self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.preview.finished.connect(lambda _r: setattr(self, "preview", None))
            self.preview.print_requested.connect(lambda: self.print(make, title=title, printed=printed))
            self.preview.save_requested.connect(lambda: self.save(make, file_name=file_name, media_type=media_type,
                                                                  saved=saved))
            self.preview.open()
        self._start(work, show)

    def save(self, make: Make, *, file_name: str, media_type: str = PDF,
             saved: Callable[[Path], str] | None = None, title: str = "") -> None:
        """Ask where (the Documents folder, the suggested name), then make and write it."""
        if self.busy():
            return
        path = self.dialogs.get_save_file(
            self.view, title or QCoreApplication.translate("DocumentOutput", "Save as"),
            directory=str(documents_folder() / file_name), file_filter=file_filter(media_type))
        if path is None:
            return
        suffix = SUFFIXES[media_type]
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        documents = self.documents

        def work(ctx: JobContext):
            document = make(ctx, False)
            if ctx.cancelled():
                return None
            atomic_write(path, document.content)  # a full disk or a pulled stick leaves no half file
            documents.delivered(document, to=FILE)
            return path

        # Made again in the new language if the language changes while it shows.
        self._start(work, lambda done: self.message.show_done(lambda: (
            saved(done) if saved else fill(QCoreApplication.translate("DocumentOutput", "Saved as %1."), str(done)))))

    def print(self, make: Make, *, title: str, text: str = "",
              printed: Callable[[str], str] | None = None) -> None:
        """Ask which printer and how many copies, then make and print it."""
        if self.busy():
            return
        names = self.printers.names()
        if not names:
            self.dialogs.warning(self.view, QCoreApplication.translate("DocumentOutput", "Print"),
                                 QCoreApplication.translate(
                                     "DocumentOutput", "No printer is set up on this computer. Save the document "
                                     "as PDF, or ask for a printer to be installed."))
            return
        dialog = PrinterDialog(names, default=self.printers.default_name(), title=title, text=text, parent=self.view)
        self._ask(dialog, lambda: self.print_to(make, dialog.chosen(), copies=dialog.chosen_copies(),
                                                printed=printed))

    def print_to(self, make: Make, queue: str, *, copies: int = 1,
                 printed: Callable[[str], str] | None = None) -> None:
        """Make it and hand it to ``queue``. A counted document (a letter) goes as
        itself once and, for further copies, as the copy it then is."""
        documents, printers = self.documents, self.printers

        def work(ctx: JobContext):
            document = make(ctx, False)
            if ctx.cancelled():
                return None
            first = 1 if document.counted and copies > 1 else copies
            printers.send(document.content, queue, title=document.title, copies=first)
            documents.delivered(document, to=PRINTER, copies=first)
            if first < copies:
                again = make(ctx, False)
                printers.send(again.content, queue, title=again.title, copies=copies - first)
                documents.delivered(again, to=PRINTER, copies=copies - first)
            return queue

        self._start(work, lambda done: self.message.show_done(lambda: (
            printed(done) if printed else fill(QCoreApplication.translate("DocumentOutput", "Sent to %1."), done))))

    def send(self, make: Make, *, target: str, title: str, file_name: str, copies: int = 1,
             saved: Callable[[Path], str] | None = None, printed: Callable[[str], str] | None = None) -> None:
        """Where PrintPagesDialog said: a preview, a file or a printer's queue."""
        if target == PrintPagesDialog.PREVIEW:
            self.show_preview(make, title=title, file_name=file_name, saved=saved, printed=printed)
        elif target == PrintPagesDialog.SAVE:
            self.save(make, file_name=file_name, saved=saved)
        else:
            self.print_to(make, target, copies=copies, printed=printed)

    def save_all(self, make: MakeMany, folder: Path, *, done_text: Callable[[int, int], str]) -> None:
        """A batch into ``folder``, each document under its own name."""
        self._many(make, lambda document: atomic_write(folder / document.file_name, document.content), FILE,
                   done_text)

    def print_all(self, make: MakeMany, queue: str, *, done_text: Callable[[int, int], str]) -> None:
        printers = self.printers
        self._many(make, lambda document: printers.send(document.content, queue, title=document.title), PRINTER,
                   done_text)

    # -- the work -------------------------------------------------------------------------
    def _many(self, make: MakeMany, put: Callable[[Document], object], to: str,
              done_text: Callable[[int, int], str]) -> None:
        documents = self.documents

        def work(ctx: JobContext) -> tuple[int, int]:
            made = make(ctx)
            done = 0
            for document in made:
                if ctx.cancelled():
                    break
                put(document)
                documents.delivered(document, to=to)
                done += 1
                ctx.progress(done, len(made))
            return done, len(made)

        self._start(work, lambda result: self.message.show_done(lambda: done_text(*result)))

    def _ask(self, dialog: QDialog, on_accepted: Callable[[], None]) -> None:
        self.opener.open(dialog, on_accepted)

    def _start(self, work, on_done: Callable[[object], None]) -> None:
        self.long_work.run(work, on_done=on_done, stopped_text=QCoreApplication.translate(
            "DocumentOutput", "Stopped; nothing was printed."))
