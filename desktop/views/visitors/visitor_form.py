"""The registration form (also used to edit a record) and the duplicate warning.

Keyboard first: the fields follow in reading order, Enter saves, Esc cancels
(asking first when something was typed). Only a name and the sex or age are
required. Before a new person is saved, the people who may be the same one
are shown; the receptionist opens the existing record or saves a new one, and
the service audits either choice.
"""
from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Refused
from desktop.i18n import fill
from desktop.services import limits, vocab
from desktop.services.visitors import (
    DuplicateCandidate,
    FieldError,
    HealthRow,
    NewVisitor,
    PersonRecord,
    ValidationError,
    VisitorRow,
    VisitorService,
    validate,
)
from desktop.views.kit.dialogs import DialogService
from desktop.views.kit.forms import (
    LABEL_WIDTH,
    CodeCombo,
    CountryCombo,
    DateField,
    FieldBox,
    ShownErrors,
    YearField,
    _form_layout,
    hold_at_most,
)
from desktop.views.kit.search_index import IndexKeeper
from desktop.views.kit.text import full_name
from desktop.views.kit.widgets import MessageLabel, Retranslatable
from desktop.views.kit.workers import Job, WorkerPool
from desktop.views.visitors.duplicate_dialog import DuplicateDialog
from desktop.views.visitors.person_fields import (
    ConsentsBox,
    DocumentsEditor,
    HealthBox,
    HouseholdEditor,
    LanguagesEditor,
)


# -- the form --------------------------------------------------------------------------------
class VisitorForm(Retranslatable, QDialog):
    """Registers a new visitor, or edits ``person`` (a PersonRecord) when given.

    When it closes accepted, ``outcome`` says what happened: "registered"
    (``saved`` is the new VisitorRow), "existing" (``existing_id`` and
    ``existing_number``: the person was already registered and the
    receptionist opened that record) or "updated".
    """

    REGISTERED, EXISTING, UPDATED = "registered", "existing", "updated"

    def __init__(self, service: VisitorService, *, keeper: IndexKeeper, workers: WorkerPool,
                 dialogs: DialogService, may_edit_health: bool, person: PersonRecord | None = None,
                 health: list[HealthRow] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("visitor_form")
        self.service = service
        self.keeper = keeper
        self.workers = workers
        self.dialogs = dialogs
        self.person = person
        self.may_edit_health = may_edit_health
        self.outcome: str | None = None
        self.saved: VisitorRow | None = None
        self.existing_id: uuid.UUID | None = None
        self.existing_number = ""
        self.duplicate_dialog: DuplicateDialog | None = None
        self._pending: NewVisitor | None = None
        self._job: Job | None = None
        self._busy = False

        self.hint = QLabel(self)
        self.hint.setWordWrap(True)

        # -- name ------------------------------------------------------------
        self.family_name = self._line("family_name", limits.VISITOR["family_name"])
        self.given_name = self._line("given_name", limits.VISITOR["given_name"])
        self.patronymic = self._line("patronymic", limits.VISITOR["patronymic"])
        self.latin_name = self._line("latin_name", limits.VISITOR["latin_name"])
        self.family_box = FieldBox(self.family_name)
        # One group for what is asked first (name, sex and age, citizenship, phone):
        # one title and one frame leave room for consent on a laptop's screen.
        self.person_group = QGroupBox(self)
        self.name_labels = [QLabel(self) for _ in range(3)]
        person_form = _form_layout()
        for label, field in zip(self.name_labels, (self.family_box, self.given_name, self.patronymic)):
            person_form.addRow(label, field)
        for label, field in zip(self.name_labels, (self.family_name, self.given_name, self.patronymic)):
            label.setBuddy(field)

        # -- the person --------------------------------------------------------
        self.sex = CodeCombo(vocab.SEXES, empty=QT_TRANSLATE_NOOP("VisitorForm", "Not given"))
        self.sex.setObjectName("sex")
        self.birth_date = DateField()
        self.birth_date.setObjectName("birth_date")
        self.birth_year = YearField()
        self.birth_year.setObjectName("birth_year")
        self.sex_box = FieldBox(self.sex)
        self.birth_date_box = FieldBox(self.birth_date)
        self.birth_year_box = FieldBox(self.birth_year)
        self.person_labels = [QLabel(self) for _ in range(3)]
        for label, box in zip(self.person_labels, (self.sex_box, self.birth_date_box, self.birth_year_box)):
            person_form.addRow(label, box)
            label.setBuddy(box.field)
        # A birth date makes the estimated year needless: Tab passes it by.
        self.birth_date.textChanged.connect(self._offer_year)

        # -- origin and status -------------------------------------------------
        self.citizenship = CountryCombo()
        self.citizenship.setObjectName("citizenship")
        self.country_of_origin = CountryCombo()
        self.country_of_origin.setObjectName("country_of_origin")
        self.arrival_date = DateField()
        self.arrival_date.setObjectName("arrival_date")
        self.migration_status = CodeCombo(vocab.MIGRATION_STATUSES,
                                          empty=QT_TRANSLATE_NOOP("VisitorForm", "Not known"))
        self.migration_status.setObjectName("migration_status")
        self.citizenship_box = FieldBox(self.citizenship)
        self.origin_box = FieldBox(self.country_of_origin)
        self.arrival_box = FieldBox(self.arrival_date)
        self.status_box = FieldBox(self.migration_status)
        self.phone = self._line("phone", limits.VISITOR["phone"])
        self.address = self._line("address", limits.VISITOR["address"])
        self.phone_box = FieldBox(self.phone)

        # Citizenship and phone are asked next; the rest of origin and contact waits
        # in the right-hand column ("Other details") with the Latin spelling.
        self.contact_labels = [QLabel(self) for _ in range(2)]
        for label, box in zip(self.contact_labels, (self.citizenship_box, self.phone_box)):
            person_form.addRow(label, box)
            label.setBuddy(box.field)
        self.person_group.setLayout(person_form)
        self.origin_group = QGroupBox(self)
        self.origin_labels = [QLabel(self) for _ in range(5)]
        origin_form = _form_layout()
        for label, box in zip(self.origin_labels, (self.latin_name, self.origin_box, self.arrival_box,
                                                   self.status_box, self.address)):
            origin_form.addRow(label, box)
            label.setBuddy(box.field if isinstance(box, FieldBox) else box)
        self.origin_group.setLayout(origin_form)

        # -- lists, consent, health, notes -----------------------------------------
        self.languages = LanguagesEditor(self)
        self.documents = DocumentsEditor(self)
        self.household = HouseholdEditor(self)
        for editor in (self.languages, self.documents, self.household):
            editor.rows_changed.connect(self._fix_tab_order)
        self.consents = ConsentsBox(self)
        self.health: HealthBox | None = HealthBox(self) if may_edit_health else None
        self.notes_group = QGroupBox(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 12)
        notes_layout = QVBoxLayout(self.notes_group)
        notes_layout.addWidget(self.notes)

        # -- layout: two columns in a scroll area -------------------------------
        # Left, in the order a receptionist asks: name, sex and age, citizenship and
        # phone, a document, consent. It fits a 1366×768 laptop without scrolling;
        # the right-hand column holds what is asked less often.
        content = QWidget()
        left = QVBoxLayout()
        for w in (self.person_group, self.documents, self.consents):
            left.addWidget(w)
        left.addStretch(1)
        right = QVBoxLayout()
        for w in (self.origin_group, self.languages, self.household, self.health, self.notes_group):
            if w is not None:
                right.addWidget(w)
        right.addStretch(1)
        columns = QHBoxLayout(content)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(content)

        self.message = MessageLabel(self)
        # A message under a field goes as soon as the field is corrected.
        self.shown_errors = ShownErrors(self, lambda: {e.field for e in self.collect()[1]})
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_visitor")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.cancel)
        # The notes field takes Enter for a new line; Ctrl+Enter saves from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1100, 660)
        # Leaving a country field with Tab while its list is open tells the field
        # nothing (the list had the keyboard): watch where the focus goes instead.
        QApplication.instance().focusChanged.connect(self._focus_moved)

        if person is not None:
            self._fill(person, health)
        else:
            self.documents.add_row()  # most walk-ins show a passport: its row is ready
        self.retranslate_ui()
        self._fix_tab_order()
        self._initial_state = self._state()
        self.family_name.setFocus()

    def _line(self, name: str, limit: limits.Limit) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        hold_at_most(edit, limit)
        return edit

    # -- language -----------------------------------------------------------------
    def retranslate_ui(self) -> None:
        if self.person is None:
            self.setWindowTitle(self.tr("New visitor"))
        else:
            self.setWindowTitle(fill(self.tr("Edit %1 (%2)"), full_name(self.person.row), self.person.row.number))
        self.hint.setText(self.tr("Only a name and the sex or the age are required; everything else can stay "
                                  "empty. Enter saves, Esc cancels."))
        self.person_group.setTitle(self.tr("The person"))
        for label, text in zip(self.name_labels, (
                self.tr("&Family name:"), self.tr("&Given name:"), self.tr("&Patronymic:"))):
            label.setText(text)
        self.family_name.setPlaceholderText(self.tr("as the visitor writes it, in any script"))
        self.latin_name.setPlaceholderText(self.tr("as in the passport, e.g. ABDULLAEV RUSTAM"))
        for label, text in zip(self.person_labels, (
                self.tr("Se&x:"), self.tr("&Birth date:"), self.tr("or estimated &year of birth:"))):
            label.setText(text)
        self.sex.retranslate()
        self.birth_date.setPlaceholderText(self.tr("31.12.1990 or 1990-12-31"))
        self.birth_year.setPlaceholderText(self.tr("e.g. 1985"))
        self.origin_group.setTitle(self.tr("Other details"))
        for label, text in zip(self.origin_labels, (
                self.tr("&Latin spelling:"), self.tr("Country of &origin:"), self.tr("&Arrival date:"),
                self.tr("&Migration status:"), self.tr("A&ddress:"))):
            label.setText(text)
        for combo in (self.citizenship, self.country_of_origin):
            combo.retranslate()
            combo.lineEdit().setPlaceholderText(self.tr("type to find a country"))
        self.arrival_date.setPlaceholderText(self.tr("31.12.2025"))
        self.migration_status.retranslate()
        self.contact_labels[0].setText(self.tr("&Citizenship:"))
        self.contact_labels[1].setText(self.tr("P&hone:"))
        self.phone.setPlaceholderText(self.tr("+7 701 234 56 78"))
        for editor in (self.languages, self.documents, self.household):
            editor.retranslate()
        self.consents.retranslate()
        if self.health is not None:
            self.health.retranslate()
        self.notes_group.setTitle(self.tr("Notes"))
        self.save_button.setText(self.tr("Save") if self.person is not None else self.tr("Register"))
        self.cancel_button.setText(self.tr("Cancel"))
        # One column of fields down the left side, whatever the length of each group's labels.
        # Labels longer than that wrap onto a second line rather than squeeze the fields.
        labels = self.name_labels + self.person_labels + self.origin_labels + self.contact_labels
        for label in labels:
            label.setWordWrap(False)
            label.setMinimumWidth(0)
        width = min(max(label.sizeHint().width() for label in labels), LABEL_WIDTH)
        for label in labels:
            label.setWordWrap(label.sizeHint().width() > width)
            label.setFixedWidth(width)

    # -- keyboard ---------------------------------------------------------------------
    def focus_chain(self) -> list[QWidget]:
        # The order a receptionist asks in: the first document's fields, then
        # consent; the documents' buttons (Remove, Add a document) and any
        # further rows come after consent, then the right-hand column.
        chain: list[QWidget] = [self.family_name, self.given_name, self.patronymic, self.sex, self.birth_date]
        if self.birth_year.isEnabled():
            chain.append(self.birth_year)
        chain += [self.citizenship, self.phone]
        documents = self.documents.focus_chain()
        first_row = list(self.documents.rows[0].widgets) if self.documents.rows else []
        chain += first_row + list(self.consents.checks.values())
        chain += [w for w in documents if w not in first_row]
        chain += [self.latin_name, self.country_of_origin, self.arrival_date, self.migration_status, self.address]
        chain += self.languages.focus_chain() + self.household.focus_chain()
        if self.health is not None:
            chain += self.health.focus_chain()
        chain += [self.notes, self.save_button, self.cancel_button]
        return chain

    def _offer_year(self) -> None:
        self.birth_year.setEnabled(not self.birth_date.text().strip() or bool(self.birth_year.text().strip()))
        self._fix_tab_order()

    def _focus_moved(self, old: QWidget | None, _new: QWidget | None) -> None:
        for combo in (self.citizenship, self.country_of_origin):
            if old is combo or old is combo.lineEdit():
                combo.settle()

    def _fix_tab_order(self) -> None:
        chain = self.focus_chain()
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if event.spontaneous() and not self._may_discard():
            event.ignore()
            return
        self._stop()
        super().closeEvent(event)

    # -- what the form holds -----------------------------------------------------------
    def _state(self) -> tuple:
        values: list[object] = []
        for w in self.findChildren(QWidget):
            if isinstance(w, QLineEdit):
                values.append(w.text())
            elif isinstance(w, QComboBox):
                values.append(w.currentIndex())
            elif isinstance(w, QCheckBox):
                values.append(w.isChecked())
            elif isinstance(w, QPlainTextEdit):
                values.append(w.toPlainText())
        return tuple(values)

    def is_dirty(self) -> bool:
        return self._state() != self._initial_state

    def _fill(self, page: PersonRecord, health: list[HealthRow] | None) -> None:
        f = page.form
        self.family_name.setText(f.family_name)
        self.given_name.setText(f.given_name)
        self.patronymic.setText(f.patronymic)
        self.latin_name.setText(f.latin_name)
        self.sex.set_code(f.sex)
        self.birth_date.set_date(f.birth_date)
        # A birth year the service derived from the date is not an estimate.
        self.birth_year.set_year(f.birth_year if not f.birth_date else None)
        self.citizenship.set_code(f.citizenship)
        self.country_of_origin.set_code(f.country_of_origin)
        self.arrival_date.set_date(f.arrival_date)
        self.migration_status.set_code(f.migration_status)
        self.phone.setText(f.phone)
        self.address.setText(f.address)
        self.languages.set_values(f.languages)
        self.documents.set_values(f.documents)
        self.household.set_values(f.household)
        self.consents.set_values(f.consents)
        if self.health is not None:
            self.health.set_values(health or [])
        self.notes.setPlainText(f.notes)

    def collect(self) -> tuple[NewVisitor, list[FieldError]]:
        """The form as a NewVisitor, and every problem found in it (parsing first, then the service's checks)."""
        errors: list[FieldError] = []

        def parsed(field: str, read: Callable[[], object]) -> object:
            try:
                return read()
            except Refused as err:
                errors.append(FieldError(field, str(err)))
                return None

        birth_date = parsed("birth_date", self.birth_date.date)
        birth_year = parsed("birth_year", self.birth_year.year)
        arrival_date = parsed("arrival_date", self.arrival_date.date)
        codes = {}
        for field, combo in (("citizenship", self.citizenship), ("country_of_origin", self.country_of_origin)):
            code = combo.code()
            if code is None:
                errors.append(FieldError(field, self.tr("Choose a country from the list.")))
                code = ""
            codes[field] = code
        languages = self.languages.values()
        documents, doc_errors = self.documents.values()
        household, member_errors = self.household.values()
        errors += [FieldError(f"documents.{i}", m) for i, m in doc_errors]
        errors += [FieldError(f"household.{i}", m) for i, m in member_errors]
        new = NewVisitor(
            family_name=self.family_name.text().strip(), given_name=self.given_name.text().strip(),
            patronymic=self.patronymic.text().strip(), latin_name=self.latin_name.text().strip(),
            sex=self.sex.code(), birth_date=birth_date, birth_year=birth_year,
            citizenship=codes["citizenship"], country_of_origin=codes["country_of_origin"],
            phone=self.phone.text().strip(), address=self.address.text().strip(), arrival_date=arrival_date,
            migration_status=self.migration_status.code(), notes=self.notes.toPlainText().strip(),
            languages=tuple(x for _, x in languages), documents=tuple(x for _, x in documents),
            household=tuple(x for _, x in household), consents=self.consents.values(),
            health=self.health.values() if self.health is not None else None)
        # The service numbers list errors by the entries it got; the form by its rows.
        rows = {"languages": [i for i, _ in languages], "documents": [i for i, _ in documents],
                "household": [i for i, _ in household]}
        unreadable = {e.field for e in errors}
        for err in validate(new):
            name, _, pos = err.field.partition(".")
            if name in rows and pos.isdigit():
                err = FieldError(f"{name}.{rows[name][int(pos)]}", err.message)
            if err.field == "sex" and unreadable & {"birth_date", "birth_year"}:
                continue  # a mistyped date is the problem to fix, not a missing age
            errors.append(err)
        return new, errors

    def _boxes(self) -> dict[str, FieldBox]:
        return {"family_name": self.family_box, "sex": self.sex_box, "birth_date": self.birth_date_box,
                "birth_year": self.birth_year_box, "citizenship": self.citizenship_box,
                "country_of_origin": self.origin_box, "arrival_date": self.arrival_box,
                "migration_status": self.status_box, "phone": self.phone_box}

    def clear_errors(self) -> None:
        self.shown_errors.forget()
        for box in self._boxes().values():
            box.message.clear_message()
        for editor in (self.languages, self.documents, self.household, self.consents):
            editor.message.clear_message()
        if self.health is not None:
            self.health.message.clear_message()
        self.message.clear_message()

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each message under its field; the first field with a problem gets the focus."""
        self.clear_errors()
        boxes = self._boxes()
        editors = {"languages": self.languages, "documents": self.documents, "household": self.household}
        focus_targets: list[QWidget] = []
        shown: dict[int, tuple] = {}
        for err in errors:
            name, _, pos = err.field.partition(".")
            if err.field in boxes:
                target, text, focus = boxes[err.field].message, err.message, boxes[err.field].field
            elif name in editors and pos.isdigit() and int(pos) < len(editors[name].rows):
                editor = editors[name]
                target = editor.message
                text = fill(self.tr("Row %1: %2"), int(pos) + 1, err.message)
                focus = editor.rows[int(pos)].widgets[0]
            elif name == "consents":
                target, text, focus = self.consents.message, err.message, None
            elif name == "health" and self.health is not None:
                target, text, focus = self.health.message, err.message, None
            else:
                target, text, focus = self.message, err.message, None
            texts, fields = shown.setdefault(id(target), (target, [], set()))[1:]
            texts.append(text)
            fields.add(err.field)
            if focus is not None:
                focus_targets.append(focus)
        for target, texts, fields in shown.values():
            target.show_error("\n".join(dict.fromkeys(texts)))
            self.shown_errors.shown(target, fields)
        # The first field with a problem in reading order gets the focus.
        chain = self.focus_chain()
        first = min(focus_targets, key=lambda w: chain.index(w) if w in chain else len(chain), default=None)
        if first is not None:
            first.setFocus()
            self.scroll.ensureWidgetVisible(first)

    # -- saving -------------------------------------------------------------------------
    def accept(self) -> None:
        """Enter or the Save button: check the form, then (for a new person) the duplicates."""
        if self._busy:
            return
        new, errors = self.collect()
        if errors:
            self.show_errors(errors)
            return
        self.clear_errors()
        if self.person is not None:
            self._update(new)
            return
        self._pending = new
        self._set_busy(True)
        self.message.show_done(lambda: self.tr("Checking whether this person is already registered…"))
        self.keeper.when_loaded(self._check_duplicates)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)

    def _check_duplicates(self) -> None:
        new = self._pending
        if new is None:
            return
        service = self.service
        self._job = self.workers.start(lambda _ctx: service.find_duplicates(new),
                                       on_done=self._duplicates_checked, on_failed=self._failed)

    def _failed(self, message: str) -> None:
        self._job = None
        self._set_busy(False)
        self.message.show_error(message)

    def _duplicates_checked(self, candidates: list[DuplicateCandidate]) -> None:
        self._job = None
        if self._pending is None:
            return
        if not candidates:
            self._register(())
            return
        self.message.clear_message()
        dialog = DuplicateDialog(candidates, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._duplicate_answer(dialog))
        self.duplicate_dialog = dialog
        dialog.open()

    def _duplicate_answer(self, dialog: DuplicateDialog) -> None:
        self.duplicate_dialog = None
        if dialog.choice == DuplicateDialog.OPEN and dialog.chosen is not None:
            chosen = dialog.chosen.row
            try:
                self.service.chose_existing(chosen.person_id, candidates=dialog.numbers())
            except Refused as err:
                self._failed(str(err))
                return
            self.outcome = self.EXISTING
            self.existing_id, self.existing_number = chosen.person_id, chosen.number
            self._finish()
        elif dialog.choice == DuplicateDialog.NEW:
            self._register(dialog.numbers())
        else:
            self._set_busy(False)
            self.message.clear_message()
            self.family_name.setFocus()

    def _register(self, duplicates_shown: tuple[str, ...]) -> None:
        new = self._pending
        try:
            self.saved = self.service.register(new, duplicates_shown=duplicates_shown)
        except ValidationError as err:
            self._set_busy(False)
            self.show_errors(err.errors)
            return
        except Refused as err:
            self._failed(str(err))
            return
        self.outcome = self.REGISTERED
        self._finish()

    def _update(self, new: NewVisitor) -> None:
        try:
            self.saved = self.service.update(self.person.row.person_id, new, expected_version=self.person.version)
        except ValidationError as err:
            self.show_errors(err.errors)
            return
        except Refused as err:
            self.message.show_error(str(err))
            return
        self.outcome = self.UPDATED
        self._finish()

    def _finish(self) -> None:
        self._pending = None
        self._set_busy(False)
        super().accept()

    # -- leaving -------------------------------------------------------------------------
    def _may_discard(self) -> bool:
        if not self.is_dirty():
            return True
        return self.dialogs.question(
            self, self.tr("Discard what was typed?"),
            self.tr("Nothing of this form has been saved. Close it and lose what was typed?"),
            accept_text=self.tr("Discard"), reject_text=self.tr("Keep editing"))

    def cancel(self) -> None:
        """Esc or Cancel: asks first when something was typed."""
        if self._may_discard():
            self.reject()

    def reject(self) -> None:
        # Unconditional: the window's lock closes open dialogs through here.
        self._stop()
        super().reject()

    def done(self, result: int) -> None:
        try:
            QApplication.instance().focusChanged.disconnect(self._focus_moved)
        except (RuntimeError, TypeError):
            pass  # already disconnected
        super().done(result)

    def _stop(self) -> None:
        self._pending = None
        self.keeper.forget_waiting(self._check_duplicates)
        if self._job is not None:
            self._job.discard()
            self._job = None
        if self.duplicate_dialog is not None:
            self.duplicate_dialog.reject()
            self.duplicate_dialog = None
