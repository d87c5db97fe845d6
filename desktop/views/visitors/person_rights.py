"""The person's rights, on their page: everything held about them (printed,
saved or previewed in the language they read), the legal hold, and erasure
at their request. The buttons are the director's; the hold's notice is shown
to everyone who opens the record (its reason to directors only)."""
from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Refused
from desktop.i18n import fill
from desktop.services.documents import DocumentService
from desktop.services.permissions import Action, allowed
from desktop.services.rights import HoldRow, RightsService
from desktop.services.visitors import PersonRecord
from desktop.views.kit.dialogs import DialogService
from desktop.views.kit.opener import DialogOpener
from desktop.views.kit.output import DocumentOutput, PrintPagesDialog
from desktop.views.kit.printing import Printers
from desktop.views.kit.text import format_date, full_name
from desktop.views.kit.widgets import MessageLabel, Retranslatable
from desktop.views.kit.workers import WorkerPool


def _plain_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class LegalHoldDialog(Retranslatable, QDialog):
    """Place a legal hold (with its reason) or release the one that stands."""

    def __init__(self, rights: RightsService, *, person_id: uuid.UUID, label: str, hold: HoldRow | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("legal_hold_dialog")
        self.rights = rights
        self.person_id = person_id
        self.label = label
        self.hold = hold
        self.explanation = _plain_label(self)
        self.reason_label = QLabel(self)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("hold_reason")
        self.reason_label.setBuddy(self.reason)
        self.message = MessageLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.act_button = QPushButton(self)
        self.act_button.setObjectName("hold_act")
        self.act_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.buttons.addButton(self.act_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate_ui()
        self.reason.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Legal hold"))
        if self.hold is None:
            self.explanation.setText(fill(self.tr(
                "A legal hold keeps the record of %1 whole: retention passes it by and it cannot be erased, "
                "even at the person's request, until a director releases the hold."), self.label))
            self.reason_label.setText(self.tr("&Why (a court case, an investigation; the administrator sees it):"))
            self.act_button.setText(self.tr("Place the hold"))
        else:
            self.explanation.setText(fill(self.tr(
                "A legal hold keeps the record of %1 whole. Placed by %2 on %3: %4"), self.label,
                self.hold.placed_by, format_date(self.hold.placed_at.astimezone().date()), self.hold.reason))
            self.reason_label.setText(self.tr("&Why it is released (optional):"))
            self.act_button.setText(self.tr("Release the hold"))
        self.cancel_button.setText(self.tr("Cancel"))

    def accept(self) -> None:
        try:
            if self.hold is None:
                self.rights.place_hold(self.person_id, reason=self.reason.text())
            else:
                self.rights.release_hold(self.person_id, reason=self.reason.text())
        except Refused as err:
            self.message.show_error(str(err))
            return
        super().accept()


class EraseDialog(Retranslatable, QDialog):
    """Erasure at the person's request: a reason, then a last question."""

    def __init__(self, rights: RightsService, *, person_id: uuid.UUID, label: str, dialogs: DialogService,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("erase_dialog")
        self.rights = rights
        self.person_id = person_id
        self.label = label
        self.dialogs = dialogs
        self.explanation = _plain_label(self)
        self.reason_label = QLabel(self)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("erase_reason")
        self.reason_label.setBuddy(self.reason)
        self.message = MessageLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.erase_button = QPushButton(self)
        self.erase_button.setObjectName("erase_act")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setDefault(True)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate_ui()
        self.reason.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Erase at the person's request"))
        self.explanation.setText(fill(self.tr(
            "Erasing %1 removes their names, contacts, identity documents and every note from this record at "
            "once, and from headquarters with the next bundle. Their visits and referrals stay only as numbers "
            "in the statistics. Give them their record first if they want it (Everything held…)."), self.label))
        self.reason_label.setText(self.tr("&Why (who asked, when, how; kept in the audit trail):"))
        self.erase_button.setText(self.tr("Erase…"))
        self.cancel_button.setText(self.tr("Cancel"))

    def accept(self) -> None:
        if not self.reason.text().strip():
            self.message.show_error(self.tr("Say why the record is erased."))
            return
        if not self.dialogs.question(self, self.tr("Erase this record?"), fill(self.tr(
                "The names, contacts, documents and notes of %1 will be removed for good. This cannot be undone."),
                self.label), accept_text=self.tr("Erase"), reject_text=self.tr("Cancel")):
            return
        try:
            self.rights.erase(self.person_id, reason=self.reason.text())
        except Refused as err:
            self.message.show_error(str(err))
            return
        super().accept()


class PersonRights(Retranslatable, QWidget):
    """The row of rights on a person's page, and the notice of a legal hold."""

    changed = Signal(object)  # the person's id: the record or its hold changed

    def __init__(self, rights: RightsService, *, documents: DocumentService, printers: Printers,
                 workers: WorkerPool, dialogs: DialogService, message: MessageLabel, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("person_rights")
        self.rights = rights
        self.documents = documents
        self.printers = printers
        self.dialogs = dialogs
        role = rights.identity.role
        self.may_export = allowed(role, Action.SUBJECT_ACCESS)
        self.may_hold = allowed(role, Action.PLACE_LEGAL_HOLD)
        self.may_erase = allowed(role, Action.ERASE_ON_REQUEST)
        self.page: PersonRecord | None = None
        self.hold: HoldRow | None = None

        self.notice = _plain_label(self)
        self.notice.setObjectName("hold_notice")
        self.notice.setStyleSheet("color: #8a4b00;")
        self.everything_button = QPushButton(self)
        self.everything_button.setObjectName("everything_held")
        self.everything_button.clicked.connect(self.everything_held)
        self.hold_button = QPushButton(self)
        self.hold_button.setObjectName("legal_hold")
        self.hold_button.clicked.connect(self.legal_hold)
        self.erase_button = QPushButton(self)
        self.erase_button.setObjectName("erase_person")
        self.erase_button.clicked.connect(self.erase)
        self.output = DocumentOutput(documents, workers=workers, dialogs=dialogs, printers=printers, message=message,
                                     name="rights_work", parent=self)
        self.output.busy_changed.connect(lambda _busy: self._update())
        self.opener = DialogOpener(self)
        self.opener.busy_changed.connect(lambda _busy: self._update())

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for b in (self.everything_button, self.hold_button, self.erase_button):
            row.addWidget(b)
        row.addWidget(self.output.long_work, 1)
        row.addStretch(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addLayout(row)
        self.retranslate_ui()
        self.show_person(None)

    def retranslate_ui(self) -> None:
        self.everything_button.setText(self.tr("Everything &held…"))
        self.everything_button.setToolTip(self.tr(
            "Everything the branch holds about this person, to give them: print, save as PDF or preview, "
            "in Kazakh, Russian or English"))
        self.hold_button.setText(self.tr("Legal &hold…"))
        self.erase_button.setText(self.tr("Erase at their request…"))
        self._render_notice()

    # -- showing ------------------------------------------------------------------------------
    def show_person(self, page: PersonRecord | None) -> None:
        self.page = page
        self.hold = None
        if page is not None and page.anonymised_at is None:
            try:
                self.hold = self.rights.hold(page.row.person_id)
            except Refused:
                self.hold = None
        self._render_notice()
        self._update()

    def _render_notice(self) -> None:
        hold = self.hold
        if hold is None:
            self.notice.clear()
            self.notice.hide()
            return
        when = format_date(hold.placed_at.astimezone().date())
        if self.may_hold:
            text = fill(self.tr("Legal hold: kept whole until a director releases it. Placed by %1 on %2: %3"),
                        hold.placed_by, when, hold.reason)
        else:
            text = fill(self.tr("Legal hold: kept whole until a director releases it (placed by %1 on %2)."),
                        hold.placed_by, when)
        self.notice.setText(text)
        self.notice.show()

    def _update(self) -> None:
        live = self.page is not None and self.page.anonymised_at is None
        idle = not self.output.busy() and not self.opener.busy()
        self.everything_button.setVisible(self.may_export and self.page is not None)
        self.everything_button.setEnabled(idle)
        self.hold_button.setVisible(self.may_hold and live)
        self.hold_button.setEnabled(idle)
        self.erase_button.setVisible(self.may_erase and live)
        self.erase_button.setEnabled(idle and self.hold is None)
        self.erase_button.setToolTip(self.tr("A legal hold stands: a director must release it first.")
                                     if self.hold is not None else "")

    def _label(self) -> str:
        row = self.page.row
        name = full_name(row)
        return f"{name} ({row.number})" if name else row.number

    # -- actions --------------------------------------------------------------------------------
    def everything_held(self) -> None:
        if self.page is None or not self.may_export or self.output.busy() or self.opener.busy():
            return
        person_id, number = self.page.row.person_id, self.page.row.number
        dialog = PrintPagesDialog(title=self.tr("Everything held about a person"), text=fill(self.tr(
            "Everything the branch holds about %1, to give to them: their details, visits, referrals, the letters "
            "issued and who saw their restricted information. Choose the language they read."), self._label()),
            printers=self.printers.names(), parent=self)
        documents = self.documents

        def chosen() -> None:
            lang = dialog.chosen_language()
            self.output.send(lambda _ctx, preview: documents.subject_access(person_id, lang=lang, preview=preview),
                             target=dialog.chosen_target(), title=fill(self.tr("Everything held %1"), number),
                             file_name=f"{number}-everything-held.pdf", copies=dialog.chosen_copies())
        self.opener.open(dialog, chosen)

    def legal_hold(self) -> None:
        if self.page is None or not self.may_hold or self.opener.busy():
            return
        person_id = self.page.row.person_id
        dialog = LegalHoldDialog(self.rights, person_id=person_id, label=self._label(), hold=self.hold, parent=self)
        self.opener.open(dialog, lambda: self.changed.emit(person_id))

    def erase(self) -> None:
        if self.page is None or not self.may_erase or self.opener.busy():
            return
        person_id = self.page.row.person_id
        dialog = EraseDialog(self.rights, person_id=person_id, label=self._label(), dialogs=self.dialogs,
                             parent=self)
        self.opener.open(dialog, lambda: self.changed.emit(person_id))

    def stop(self) -> None:
        """The page goes away: no dialog left open, no document still being made."""
        self.opener.close()
        self.output.stop()
