"""Make a referral for the person on screen, or change a draft one: the service,
a provider from the directory, the priority (which sets the due date), the
reason, and exactly which facts the person agreed the letter may show."""
from __future__ import annotations

import datetime as dt
import functools
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ConsentMissing, Refused
from desktop.i18n import fill
from desktop.services.referrals import (
    CATEGORIES,
    DEFAULT_DISCLOSE,
    DUE_DAYS,
    FACTS,
    PRIORITIES,
    ReferralIn,
    ReferralRow,
    ReferralService,
    label,
)
from desktop.views.kit.sorting import interface_collator
from desktop.views.kit.text import format_date, interface_language
from desktop.views.referrals.consent_question import SharingConsentPanel
from desktop.views.kit.widgets import MessageLabel, Retranslatable, grow_to_wrapped_text


class MakeReferralDialog(Retranslatable, QDialog):
    """Creates the draft referral when accepted, or saves the changes to
    ``draft``; ``saved`` holds the result."""

    def __init__(self, service: ReferralService, *, person_id: uuid.UUID, person_label: str,
                 person_number: str = "", draft: ReferralRow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("make_referral_dialog")
        self.service = service
        self.draft = draft
        self.person_id = person_id
        self.person_label = person_label
        self.saved: ReferralRow | None = None

        self.person = QLabel(self)
        self.person.setTextFormat(Qt.TextFormat.PlainText)
        self.person.setWordWrap(True)  # a long name with its number must not widen the dialog off the screen
        self.category = QComboBox(self)
        self.category.setObjectName("referral_category")
        for code in CATEGORIES:
            self.category.addItem(label(CATEGORIES, code), code)
        self.provider = QComboBox(self)
        self.provider.setObjectName("referral_provider")
        self.no_provider = QLabel(self)
        self.no_provider.setWordWrap(True)
        self.priority = QComboBox(self)
        self.priority.setObjectName("referral_priority")
        for code in PRIORITIES:
            self.priority.addItem(label(PRIORITIES, code), code)
        self.priority.setCurrentIndex(self.priority.findData("normal"))
        self.due = QLabel(self)
        self.due.setObjectName("referral_due")
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("referral_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the text wraps
        self.reason.setFixedHeight(80)
        self.labels = [QLabel(self) for _ in range(5)]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for lab, field in zip(self.labels, (self.category, self.provider, self.priority, self.due, self.reason)):
            lab.setBuddy(field)
            form.addRow(lab, field)
        form.insertRow(2, "", self.no_provider)

        self.consent_group = QGroupBox(self)
        self.consent_group.setObjectName("consent_group")
        self.consent_note = QLabel(self)
        self.consent_note.setWordWrap(True)
        self.facts: dict[str, QCheckBox] = {}
        grid = QGridLayout(self.consent_group)
        grid.addWidget(self.consent_note, 0, 0, 1, 2)
        for i, code in enumerate(FACTS):
            box = QCheckBox(self)
            box.setObjectName(f"disclose_{code}")
            box.setChecked(code in DEFAULT_DISCLOSE)
            if code == "name":
                box.setEnabled(False)  # a letter must name the person
            self.facts[code] = box
            grid.addWidget(box, 1 + i // 2, i % 2)

        # Asked first, before the caseworker fills in the rest: without the
        # person's consent to sharing, no referral can be made.
        try:
            current = service.sharing_consent(person_id)
        except Refused:
            current = None
        self.consent = SharingConsentPanel(service, person_id=person_id, person_number=person_number or person_label,
                                           current=current, parent=self)
        self.consent.answered.connect(self._consent_answered)
        self.consent.setVisible(current is None or not current.given)

        self.message = MessageLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self)
        self.ok_button.setObjectName("make_referral_ok")
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.person)
        layout.addWidget(self.consent)
        layout.addLayout(form)
        layout.addWidget(self.consent_group)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        self.category.currentIndexChanged.connect(self._load_providers)
        self.priority.currentIndexChanged.connect(self._show_due)
        self.retranslate_ui()
        self._load_providers()
        if draft is not None:
            self._show_draft(draft)

    def _show_draft(self, draft: ReferralRow) -> None:
        self.set_category(draft.service)
        self.provider.setCurrentIndex(max(self.provider.findData(draft.provider_id), 0))
        self.priority.setCurrentIndex(self.priority.findData(draft.priority))
        self.reason.setPlainText(draft.reason)
        for code, box in self.facts.items():
            box.setChecked(code == "name" or code in draft.disclose)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit the draft referral") if self.draft else self.tr("Make a referral"))
        self.person.setText(fill(self.tr("Referral for %1"), self.person_label))
        for lab, text in zip(self.labels, (self.tr("&Service:"), self.tr("&Provider:"), self.tr("P&riority:"),
                                           self.tr("Due by:"), self.tr("R&eason:"))):
            lab.setText(text)
        for i in range(self.category.count()):
            self.category.setItemText(i, label(CATEGORIES, self.category.itemData(i)))
        for i in range(self.priority.count()):
            self.priority.setItemText(i, label(PRIORITIES, self.priority.itemData(i)))
        self.reason.setPlaceholderText(self.tr("Why the person needs this service, in a few words. "
                                               "No diagnosis: the letter names only the service."))
        self.no_provider.setText(self.tr("No provider of this service is in the directory yet. "
                                         "Add one under Referrals → Service directory."))
        self.consent_group.setTitle(self.tr("What the letter may say about the person"))
        self.consent_note.setText(self.tr("Tick only what the person agreed to share with this provider. "
                                          "The name is always on the letter."))
        for code, box in self.facts.items():
            box.setText(label(FACTS, code))
        self.ok_button.setText(self.tr("Save draft") if self.draft else self.tr("Make referral"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_due()
        self._fill_provider_names()

    # -- fields ------------------------------------------------------------------------
    def _load_providers(self) -> None:
        code = self.category.currentData()
        self.provider.clear()
        try:
            self._providers = self.service.providers(category=code)
        except Refused as err:
            self._providers = []
            self.message.show_error(str(err))
        # A→Z in the interface language's alphabet, as the directory reads.
        collator, lang = interface_collator(), interface_language()
        self._providers.sort(key=functools.cmp_to_key(lambda a, b: collator.compare(a.name(lang), b.name(lang))))
        for p in self._providers:
            self.provider.addItem("", p.provider_id)
        self._fill_provider_names()
        self.no_provider.setVisible(not self._providers)
        self._update_ok()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        grow_to_wrapped_text(self)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if self.isVisible():
            grow_to_wrapped_text(self)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(getattr(self, "_providers", None)) and not self.consent.isVisibleTo(self))

    def _consent_answered(self, given: bool) -> None:
        if given:
            self.consent.hide()
            self.message.show_done(lambda: self.tr("Their consent is recorded."))
            self.setMinimumHeight(0)
            grow_to_wrapped_text(self)
        self._update_ok()

    def _fill_provider_names(self) -> None:
        lang = interface_language()
        for i, p in enumerate(getattr(self, "_providers", [])):
            self.provider.setItemText(i, p.name(lang))

    def _show_due(self) -> None:
        days = DUE_DAYS.get(self.priority.currentData(), 14)
        self.due.setText(format_date(dt.date.today() + dt.timedelta(days=days)))

    def set_category(self, code: str) -> None:
        self.category.setCurrentIndex(self.category.findData(code))

    def disclosed(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.facts.items() if box.isChecked())

    # -- saving ------------------------------------------------------------------------
    def accept(self) -> None:
        provider_id = self.provider.currentData()
        if provider_id is None:
            self.message.show_error(lambda: self.tr("Choose the provider."))
            return
        new = ReferralIn(person_id=self.person_id, provider_id=provider_id, service=self.category.currentData(),
                         priority=self.priority.currentData(), reason=self.reason.toPlainText(),
                         disclose=self.disclosed())
        try:
            if self.draft is not None:
                self.saved = self.service.update_draft(self.draft.referral_id, new,
                                                       expected_version=self.draft.version)
            else:
                self.saved = self.service.create(new)
        except ConsentMissing as err:  # withdrawn meanwhile, at another desk
            self.consent.current = self.service.sharing_consent(self.person_id)
            self.consent.retranslate_ui()
            self.consent.show()
            self._update_ok()
            self.message.show_error(str(err))
            return
        except Refused as err:
            self.message.show_error(str(err))
            return
        super().accept()
