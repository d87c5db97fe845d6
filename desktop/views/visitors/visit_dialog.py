"""Logging a visit in one action: needs and services as check boxes, notes, Enter saves."""
from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Refused
from desktop.i18n import fill
from desktop.services import limits, vocab
from desktop.services.visitors import VisitorService, VisitRow
from desktop.views.kit.forms import hold_at_most
from desktop.views.kit.widgets import MessageLabel, Retranslatable

COLUMNS = 3


def _check_grid(box: QGroupBox, table: dict[str, str], prefix: str) -> dict[str, QCheckBox]:
    grid = QGridLayout(box)
    boxes: dict[str, QCheckBox] = {}
    for i, code in enumerate(table):
        check = QCheckBox(box)
        check.setObjectName(f"{prefix}_{code}")
        grid.addWidget(check, i // COLUMNS, i % COLUMNS)
        boxes[code] = check
    return boxes


class VisitDialog(Retranslatable, QDialog):
    """Logs the visit when accepted; a refusal stays inline and the dialog stays open."""

    def __init__(self, service: VisitorService, *, person_id: uuid.UUID, number: str, name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("visit_dialog")
        self.service = service
        self.person_id = person_id
        self.number = number
        self.name = name
        self.logged: VisitRow | None = None

        self.who = QLabel(self)
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.who.setWordWrap(True)
        self.needs_box = QGroupBox(self)
        self.needs = _check_grid(self.needs_box, vocab.NEEDS, "need")
        self.services_box = QGroupBox(self)
        self.services = _check_grid(self.services_box, vocab.SERVICES, "service")
        self.notes_label = QLabel(self)
        self.notes = QLineEdit(self)
        self.notes.setObjectName("visit_notes")
        hold_at_most(self.notes, limits.VISIT["notes"])
        self.notes_label.setBuddy(self.notes)
        self.message = MessageLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(self.needs_box)
        layout.addWidget(self.services_box)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        first = next(iter(self.needs.values()))
        first.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Log a visit"))
        self.who.setText(fill(self.tr("Visit of %1 (%2), now."), self.name, self.number))
        self.needs_box.setTitle(self.tr("Needs"))
        self.services_box.setTitle(self.tr("Services given"))
        for code, check in self.needs.items():
            check.setText(vocab.label(vocab.NEEDS, code))
        for code, check in self.services.items():
            check.setText(vocab.label(vocab.SERVICES, code))
        self.notes_label.setText(self.tr("N&otes:"))
        self.save_button.setText(self.tr("Log visit"))
        self.cancel_button.setText(self.tr("Cancel"))

    def chosen_needs(self) -> tuple[str, ...]:
        return tuple(code for code, check in self.needs.items() if check.isChecked())

    def chosen_services(self) -> tuple[str, ...]:
        return tuple(code for code, check in self.services.items() if check.isChecked())

    def accept(self) -> None:
        try:
            self.logged = self.service.log_visit(self.person_id, needs=self.chosen_needs(),
                                                 services=self.chosen_services(), notes=self.notes.text())
        except Refused as err:
            self.message.show_error(str(err))
            return
        super().accept()
