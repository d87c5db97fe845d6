"""Stand-ins and small helpers for the window tests."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QWidget

from desktop.views.kit.dialogs import DialogService
from desktop.views.kit.printing import Printers
from desktop.views.shell.language import LanguageSwitcher


class FakeDialogs(DialogService):
    """Answers at once and remembers what it was asked.

    ``answers`` is a queue of replies to ``question()``; a question nobody
    expected fails the test.
    """

    def __init__(self):
        self.shown: list[tuple[str, str, str]] = []
        self.answers: list[bool] = []
        self.files: list[Path | None] = []
        self.asked: list[tuple[str, str, str]] = []  # (title, where the dialog starts, file filter)

    def _tell(self, icon, parent, title, text) -> None:
        self.shown.append((icon.name, title, text))

    def question(self, parent, title, text, *, accept_text=None, reject_text=None) -> bool:
        self.shown.append(("Question", title, text))
        assert self.answers, f"unexpected question: {title}"
        return self.answers.pop(0)

    def _file(self) -> Path | None:
        assert self.files, "unexpected file dialog"
        return self.files.pop(0)

    def get_open_file(self, parent, title, *, directory="", file_filter=""):
        return self._file()

    def get_save_file(self, parent, title, *, directory="", file_filter=""):
        self.asked.append((title, directory, file_filter))
        return self._file()

    def get_existing_directory(self, parent, title, *, directory=""):
        return self._file()


class RecordingPrinters(Printers):
    """Printers that take every page and keep it: ``sent`` holds (pdf, queue,
    title, copies). No printer at all until a test names some."""

    def __init__(self, names: list[str] | None = None):
        self.queues = list(names or [])
        self.sent: list[tuple[bytes, str, str, int]] = []

    def names(self) -> list[str]:
        return list(self.queues)

    def default_name(self) -> str:
        return self.queues[0] if self.queues else ""

    def send(self, pdf: bytes, queue: str, *, title: str, copies: int = 1) -> str:
        self.sent.append((pdf, queue, title, copies))
        return f"{queue}-{len(self.sent)}"


class CatalogueTranslator(QTranslator):
    """A translator built from a dict, active only while ``lang`` is the chosen
    language: lets a test see texts change before any .qm file exists."""

    def __init__(self, switcher: LanguageSwitcher, lang: str, texts: dict[str, str]):
        super().__init__()
        self.switcher = switcher
        self.lang = lang
        self.texts = texts

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return False

    def translate(self, context, source_text, disambiguation=None, n=-1):
        # Never None for "not translated": PySide6 6.12 then drops a reference
        # to None too many and the interpreter aborts at exit.
        if self.switcher.language != self.lang:
            return source_text
        return self.texts.get(source_text, source_text)


def visible_texts(window: QWidget) -> list[str]:
    """Every text a person could read in ``window`` right now (not password fields)."""
    texts = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton)
             if w.isVisible() and w.text()]
    texts += [g.title() for g in window.findChildren(QGroupBox) if g.isVisible()]
    texts += [e.text() for e in window.findChildren(QLineEdit)
              if e.isVisible() and e.echoMode() == QLineEdit.EchoMode.Normal]
    return texts
