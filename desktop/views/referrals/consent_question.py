"""Asking the person, there and then, whether their details may be shared on
referral: the words to read to them (the wording's newest version), and their
answer recorded with who asked and when. Shown inside the referral dialog when
the consent is missing, and as a dialog when issuing a letter finds it missing."""
from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Refused
from desktop.i18n import fill
from desktop.services import vocab
from desktop.services.referrals import SHARING, ReferralService
from desktop.services.visitors import ConsentRow
from desktop.views.kit.text import format_date
from desktop.views.kit.widgets import MessageLabel, Retranslatable, grow_to_wrapped_text


class SharingConsentPanel(Retranslatable, QFrame):
    """What the person is asked and two answers. ``answered(given)`` once the
    answer is recorded."""

    answered = Signal(bool)

    def __init__(self, service: ReferralService, *, person_id: uuid.UUID, person_number: str,
                 current: ConsentRow | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sharing_consent")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.service = service
        self.person_id = person_id
        self.person_number = person_number
        self.current = current

        self.problem = QLabel(self)
        self.problem.setObjectName("consent_problem")
        self.problem.setWordWrap(True)
        self.read_out = QLabel(self)
        self.wording = QLabel(self)
        self.wording.setObjectName("consent_wording")
        self.wording.setWordWrap(True)
        self.wording.setTextFormat(Qt.TextFormat.PlainText)
        self.wording.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.wording.setStyleSheet("QLabel { background: palette(base); padding: 6px; }")
        self.agree = QPushButton(self)
        self.agree.setObjectName("consent_agree")
        self.agree.clicked.connect(lambda: self._record(True))
        self.refuse = QPushButton(self)
        self.refuse.setObjectName("consent_refuse")
        self.refuse.clicked.connect(lambda: self._record(False))
        self.message = MessageLabel(self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.agree)
        buttons.addWidget(self.refuse)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.read_out)
        layout.addWidget(self.wording)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self.current is None:
            self.problem.setText(fill(self.tr(
                "Person %1 has not been asked whether their details may be shared with services on referral. "
                "A referral needs their consent."), self.person_number))
        elif not self.current.given:
            self.problem.setText(fill(self.tr(
                "Person %1 withdrew their consent to share their details with services on referral on %2 "
                "(recorded by %3). A referral needs it: ask them again."),
                self.person_number, format_date(self.current.on_date), self.current.recorded_by))
        else:
            self.problem.setText(fill(self.tr("Person %1 agreed to share their details on referral."),
                                      self.person_number))
        self.read_out.setText(fill(self.tr("Read this to the person (wording version %1):"),
                                   vocab.consent_version(SHARING)))
        self.wording.setText(vocab.consent_wording(SHARING))
        self.agree.setText(self.tr("The person &agrees"))
        self.refuse.setText(self.tr("The person does &not agree"))

    def _record(self, given: bool) -> None:
        try:
            self.current = self.service.record_sharing_consent(self.person_id, given=given)
        except Refused as err:
            self.message.show_error(str(err))
            return
        self.retranslate_ui()
        if given:
            self.message.show_done(lambda: self.tr("Their consent is recorded."))
        else:
            self.message.show_error(
                lambda: self.tr("Their answer is recorded: no referral can be made without it."))
        self.answered.emit(given)


class SharingConsentDialog(Retranslatable, QDialog):
    """The panel on its own, when issuing a letter finds the consent missing:
    accepted once the person agreed."""

    def __init__(self, service: ReferralService, *, person_id: uuid.UUID, person_number: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sharing_consent_dialog")
        try:
            current = service.sharing_consent(person_id)
        except Refused:
            current = None
        self.panel = SharingConsentPanel(service, person_id=person_id, person_number=person_number,
                                         current=current, parent=self)
        self.panel.answered.connect(lambda given: self.accept() if given else None)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate_ui()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        grow_to_wrapped_text(self)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Consent to share details"))
        if self.isVisible():
            grow_to_wrapped_text(self)
