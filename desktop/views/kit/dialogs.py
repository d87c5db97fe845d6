"""Message boxes and file dialogs behind one small object.

Every view asks its ``DialogService`` instead of calling ``QMessageBox`` or
``QFileDialog`` itself, so a test can pass an object that answers at once
(Picard and Vorta do the same).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class DialogService:
    """The real dialogs. Texts arrive translated; they are shown as plain text
    because they may quote names a person typed."""

    def _box(self, icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box

    def _tell(self, icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str) -> None:
        box = self._box(icon, parent, title, text)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        self._tell(QMessageBox.Icon.Information, parent, title, text)

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        self._tell(QMessageBox.Icon.Warning, parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self._tell(QMessageBox.Icon.Critical, parent, title, text)

    def question(self, parent: QWidget | None, title: str, text: str, *,
                 accept_text: str | None = None, reject_text: str | None = None) -> bool:
        """True when the person chose ``accept_text`` (a verb such as "Disable").

        The safe answer is the default, so a stray Enter changes nothing.
        """
        box = self._box(QMessageBox.Icon.Question, parent, title, text)
        if accept_text:
            yes = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
        else:
            yes = box.addButton(QMessageBox.StandardButton.Yes)
        if reject_text:
            no = box.addButton(reject_text, QMessageBox.ButtonRole.RejectRole)
        else:
            no = box.addButton(QMessageBox.StandardButton.No)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def get_open_file(self, parent: QWidget | None, title: str, *, directory: str = "",
                      file_filter: str = "") -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, directory, file_filter)
        return Path(name) if name else None

    def get_save_file(self, parent: QWidget | None, title: str, *, directory: str = "",
                      file_filter: str = "") -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, directory, file_filter)
        return Path(name) if name else None

    def get_existing_directory(self, parent: QWidget | None, title: str, *,
                               directory: str = "") -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, directory)
        return Path(name) if name else None
