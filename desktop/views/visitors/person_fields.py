"""The registration form's lists and boxes: languages, documents, household, consents\nand the restricted health data."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.errors import Refused
from desktop.services import limits, vocab
from desktop.services.visitors import ConsentIn, DocumentIn, HealthIn, HealthRow, HouseholdIn, LanguageIn
from desktop.views.kit.forms import CodeCombo, DateField, ListEditor, ListRow, YearField, hold_at_most
from desktop.views.kit.widgets import MessageLabel


class LanguagesEditor(ListEditor):
    def column_titles(self) -> list[str]:
        return [QCoreApplication.translate("VisitorForm", "Language"),
                QCoreApplication.translate("VisitorForm", "Proficiency"),
                QCoreApplication.translate("VisitorForm", "Interpreter")]

    def stretches(self) -> list[int]:
        return [3, 2, 1]

    def make_widgets(self) -> list[QWidget]:
        language = CodeCombo(vocab.LANGUAGES, translated=False, empty="", parent=self)
        language.setObjectName("language_code")
        proficiency = CodeCombo(vocab.PROFICIENCY, empty="", parent=self)
        interpreter = QCheckBox(self)
        return [language, proficiency, interpreter]

    def retranslate_widgets(self, row: ListRow) -> None:
        row.widgets[1].retranslate()
        row.widgets[2].setText(QCoreApplication.translate("VisitorForm", "needed"))

    def title_text(self) -> str:
        return QCoreApplication.translate("VisitorForm", "Languages")

    def add_text(self) -> str:
        return QCoreApplication.translate("VisitorForm", "Add a language")

    def empty_text(self) -> str:
        return QCoreApplication.translate("VisitorForm", "No languages recorded.")

    def set_values(self, items: tuple[LanguageIn, ...]) -> None:
        self.clear_rows()
        for item in items:
            row = self.add_row(record_id=item.record_id)
            row.widgets[0].set_code(item.language)
            row.widgets[1].set_code(item.proficiency)
            row.widgets[2].setChecked(item.interpreter_needed)

    def values(self) -> list[tuple[int, LanguageIn]]:
        out = []
        for i, row in enumerate(self.rows):
            language, proficiency, interpreter = row.widgets
            if not language.code():
                continue  # an empty row added by mistake
            out.append((i, LanguageIn(language.code(), proficiency.code(), interpreter.isChecked(), row.record_id)))
        return out


class DocumentsEditor(ListEditor):
    def column_titles(self) -> list[str]:
        return [QCoreApplication.translate("VisitorForm", "Type"),
                QCoreApplication.translate("VisitorForm", "Number"),
                QCoreApplication.translate("VisitorForm", "Issued by"),
                QCoreApplication.translate("VisitorForm", "Valid until")]

    def stretches(self) -> list[int]:
        return [3, 3, 3, 2]

    def make_widgets(self) -> list[QWidget]:
        doc_type = CodeCombo(vocab.DOCUMENT_TYPES, parent=self)
        number = QLineEdit(self)
        number.setObjectName("document_number")
        hold_at_most(number, limits.VISITOR["documents.number"])
        # A passport number whole in sight, however long the column headers of the language.
        number.setMinimumWidth(number.fontMetrics().horizontalAdvance("AB 12345678") + 16)
        issuer = QLineEdit(self)
        hold_at_most(issuer, limits.VISITOR["documents.issuer"])
        expiry = DateField(self)
        return [doc_type, number, issuer, expiry]

    def retranslate_widgets(self, row: ListRow) -> None:
        row.widgets[0].retranslate()
        row.widgets[3].setPlaceholderText(QCoreApplication.translate("VisitorForm", "31.12.2030"))

    def title_text(self) -> str:
        return QCoreApplication.translate("VisitorForm", "Identity documents")

    def add_text(self) -> str:
        return QCoreApplication.translate("VisitorForm", "Add a document")

    def empty_text(self) -> str:
        return QCoreApplication.translate("VisitorForm", "No documents recorded.")

    def set_values(self, items: tuple[DocumentIn, ...]) -> None:
        self.clear_rows()
        for item in items:
            row = self.add_row(record_id=item.record_id)
            row.widgets[0].set_code(item.doc_type)
            row.widgets[1].setText(item.number)
            row.widgets[2].setText(item.issuer)
            row.widgets[3].set_date(item.expiry)

    def values(self) -> tuple[list[tuple[int, DocumentIn]], list[tuple[int, str]]]:
        out, errors = [], []
        for i, row in enumerate(self.rows):
            doc_type, number, issuer, expiry = row.widgets
            if not (number.text().strip() or issuer.text().strip() or expiry.text().strip()):
                continue
            try:
                expires = expiry.date()
            except Refused as err:
                errors.append((i, str(err)))
                continue
            out.append((i, DocumentIn(doc_type.code(), number.text(), issuer.text(), expires, row.record_id)))
        return out, errors


class HouseholdEditor(ListEditor):
    def column_titles(self) -> list[str]:
        return [QCoreApplication.translate("VisitorForm", "Relation"),
                QCoreApplication.translate("VisitorForm", "Name"),
                QCoreApplication.translate("VisitorForm", "Year of birth")]

    def stretches(self) -> list[int]:
        return [2, 4, 1]

    def make_widgets(self) -> list[QWidget]:
        relation = CodeCombo(vocab.RELATIONS, parent=self)
        name = QLineEdit(self)
        name.setObjectName("member_name")
        hold_at_most(name, limits.VISITOR["household.name"])
        year = YearField(self)
        return [relation, name, year]

    def retranslate_widgets(self, row: ListRow) -> None:
        row.widgets[0].retranslate()

    def title_text(self) -> str:
        return QCoreApplication.translate("VisitorForm", "Household")

    def add_text(self) -> str:
        return QCoreApplication.translate("VisitorForm", "Add a household member")

    def empty_text(self) -> str:
        return QCoreApplication.translate("VisitorForm", "No household members recorded.")

    def set_values(self, items: tuple[HouseholdIn, ...]) -> None:
        self.clear_rows()
        for item in items:
            row = self.add_row(record_id=item.record_id)
            row.widgets[0].set_code(item.relation)
            row.widgets[1].setText(item.name)
            row.widgets[2].set_year(item.birth_year)
            row.member_id = item.member_id  # a registered member stays linked

    def values(self) -> tuple[list[tuple[int, HouseholdIn]], list[tuple[int, str]]]:
        out, errors = [], []
        for i, row in enumerate(self.rows):
            relation, name, year = row.widgets
            member_id = getattr(row, "member_id", None)
            if not (name.text().strip() or year.text().strip() or member_id):
                continue
            try:
                born = year.year()
            except Refused as err:
                errors.append((i, str(err)))
                continue
            out.append((i, HouseholdIn(relation.code(), name.text(), born, member_id, row.record_id)))
        return out, errors


class ConsentsBox(QGroupBox):
    """One check box per purpose. Only what was asked is recorded: a purpose
    never ticked is not saved as a refusal."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.checks: dict[str, QCheckBox] = {}
        self.previous: dict[str, bool] = {}
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        for code in vocab.CONSENT_PURPOSES:
            check = QCheckBox(self)
            check.setObjectName(f"consent_{code}")
            layout.addWidget(check)
            self.checks[code] = check
        self.message = MessageLabel(self)
        layout.addWidget(self.message)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("VisitorForm", "Consent"))
        self.note.setText(QCoreApplication.translate(
            "VisitorForm", "Tick what the person agreed to after it was explained to them."))
        for code, check in self.checks.items():
            check.setText(vocab.label(vocab.CONSENT_PURPOSES, code))
            check.setToolTip(vocab.consent_wording(code))  # what to explain: the wording recorded with the answer

    def set_values(self, items: tuple[ConsentIn, ...]) -> None:
        self.previous = {c.purpose: c.given for c in items}
        for code, check in self.checks.items():
            check.setChecked(self.previous.get(code, False))

    def values(self) -> tuple[ConsentIn, ...]:
        return tuple(ConsentIn(code, check.isChecked()) for code, check in self.checks.items()
                     if check.isChecked() or code in self.previous)


class HealthBox(QGroupBox):
    """Restricted health flags, for roles allowed to edit them: a check box and a note each."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("health_box")
        self.checks: dict[str, QCheckBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        self.existing: list[HealthRow] = []
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        grid = QGridLayout()
        for r, code in enumerate(vocab.HEALTH_FLAGS):
            check = QCheckBox(self)
            check.setObjectName(f"health_{code}")
            note = QLineEdit(self)
            hold_at_most(note, limits.VISITOR["health.note"])
            note.setEnabled(False)
            check.toggled.connect(note.setEnabled)
            grid.addWidget(check, r, 0)
            grid.addWidget(note, r, 1)
            self.checks[code] = check
            self.notes[code] = note
        grid.setColumnStretch(1, 1)
        self.message = MessageLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(grid)
        layout.addWidget(self.message)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("VisitorForm", "Restricted health information"))
        self.warning.setText(QCoreApplication.translate(
            "VisitorForm", "Seen only by caseworkers and directors; every viewing is recorded. "
            "Record only what the person needs help with."))
        for code, check in self.checks.items():
            check.setText(vocab.label(vocab.HEALTH_FLAGS, code))
            self.notes[code].setPlaceholderText(QCoreApplication.translate("VisitorForm", "Note (optional)"))

    def set_values(self, rows: list[HealthRow]) -> None:
        self.existing = list(rows)
        for row in rows:
            if row.active and row.flag in self.checks:
                self.checks[row.flag].setChecked(True)
                self.notes[row.flag].setText(row.note)

    def values(self) -> tuple[HealthIn, ...]:
        out: list[HealthIn] = []
        active = {r.flag: r for r in self.existing if r.active}
        for code, check in self.checks.items():
            if check.isChecked():
                old = active.get(code)
                out.append(HealthIn(code, self.notes[code].text(), old.record_id if old else None))
        # Flags no longer active stay as they are: their history is not the form's to erase.
        for r in self.existing:
            if not r.active:
                out.append(HealthIn(r.flag, r.note, r.record_id))
        return tuple(out)

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for code in self.checks:
            chain += [self.checks[code], self.notes[code]]
        return chain
