"""The volunteer form: registers a volunteer or edits one (read-only for the director).

Keyboard first, like the visitor form: the fields follow in reading order,
Enter saves, Esc cancels (asking first when something was typed). A new
volunteer needs their consent. A former visitor is linked by the number and
the birth date on their card (numbers run in order: the number alone would
let anyone read visitor after visitor): the form then shows their name, birth
date and phone, read-only, and nothing else of their record (the coordinator
sees no case history).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Refused
from desktop.i18n import fill
from desktop.services import limits, vocab
from desktop.services.visitors import FieldError, ValidationError
from desktop.services.volunteers import (
    SKILLS,
    STATUSES,
    PersonSummary,
    VolunteerIn,
    VolunteerRecord,
    VolunteerRow,
    VolunteerService,
    label,
    validate,
)
from desktop.views.kit.dialogs import DialogService
from desktop.views.kit.forms import LABEL_WIDTH, CodeCombo, DateField, FieldBox, ShownErrors, _form_layout, hold_at_most
from desktop.views.kit.widgets import MessageLabel, Retranslatable
from desktop.views.volunteers.volunteer_fields import (
    AvailabilityEditor,
    BlockedEditor,
    TrainingsEditor,
    VolunteerCombo,
    VolunteerLanguagesEditor,
)


# -- the form ---------------------------------------------------------------------------------
class VolunteerForm(Retranslatable, QDialog):
    """Registers a new volunteer, or edits ``page`` (a VolunteerRecord) when given;
    ``read_only`` shows it without Save. ``saved`` holds the VolunteerRow once saved."""

    def __init__(self, service: VolunteerService, *, dialogs: DialogService, page: VolunteerRecord | None = None,
                 read_only: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("volunteer_form")
        self.service = service
        self.dialogs = dialogs
        self.page = page
        self.read_only = read_only
        self.saved: VolunteerRow | None = None
        self.person: PersonSummary | None = None  # the former visitor linked in this form
        self.person_id = page.form.person_id if page is not None else None

        self.hint = QLabel(self)
        self.hint.setWordWrap(True)

        # -- former visitor ------------------------------------------------------
        self.visitor_group = QGroupBox(self)
        self.visitor_note = QLabel(self)
        self.visitor_note.setWordWrap(True)
        self.visitor_number = QLineEdit(self)
        self.visitor_number.setObjectName("visitor_number")
        self.visitor_number.setMaxLength(40)
        # Room for a whole number (KZ-ALA-2026-000123) and its example.
        self.visitor_number.setMinimumWidth(self.visitor_number.fontMetrics().horizontalAdvance("0") * 22)
        self.visitor_birth_date = DateField(self)
        self.visitor_birth_date.setObjectName("visitor_birth_date")
        self.visitor_birth_date_label = QLabel(self)
        self.visitor_birth_date_label.setBuddy(self.visitor_birth_date)
        self.find_button = QPushButton(self)
        self.find_button.setObjectName("find_visitor")
        self.find_button.setAutoDefault(False)
        self.find_button.clicked.connect(self.find_visitor)
        self.unlink_button = QPushButton(self)
        self.unlink_button.setObjectName("unlink_visitor")
        self.unlink_button.setAutoDefault(False)
        self.unlink_button.clicked.connect(self.unlink_visitor)
        self.linked = QLabel(self)
        self.linked.setObjectName("linked_visitor")
        self.linked.setWordWrap(True)
        self.linked.setTextFormat(Qt.TextFormat.PlainText)
        self.visitor_message = MessageLabel(self)
        self.visitor_message.setObjectName("visitor_message")
        # Enter in the number or birth date field looks the visitor up (not Save).
        self.visitor_number.installEventFilter(self)
        self.visitor_birth_date.installEventFilter(self)
        # Two rows: the number, then the birth date and the button (long Kazakh
        # and Russian labels leave no room for all four on one).
        number_row = QHBoxLayout()
        number_row.addWidget(self.visitor_number, 1)
        number_row.addWidget(self.unlink_button)
        find_row = QHBoxLayout()
        find_row.addWidget(self.visitor_birth_date_label)
        find_row.addWidget(self.visitor_birth_date, 1)
        find_row.addWidget(self.find_button)
        visitor_layout = QVBoxLayout(self.visitor_group)
        visitor_layout.addWidget(self.visitor_note)
        visitor_layout.addLayout(number_row)
        visitor_layout.addLayout(find_row)
        visitor_layout.addWidget(self.linked)
        visitor_layout.addWidget(self.visitor_message)

        # -- name and contact ----------------------------------------------------------
        self.family_name = self._line("family_name", limits.VOLUNTEER["family_name"])
        self.given_name = self._line("given_name", limits.VOLUNTEER["given_name"])
        self.latin_name = self._line("latin_name", limits.VOLUNTEER["latin_name"])
        self.birth_date = DateField(self)
        self.birth_date.setObjectName("birth_date")
        # For the volunteers' figures by sex (FDRS); a former visitor's, when left empty, is their record's.
        self.sex = CodeCombo(vocab.SEXES, empty=QT_TRANSLATE_NOOP("VisitorForm", "Not given"), parent=self)
        self.sex.setObjectName("volunteer_sex")
        self.phone = self._line("phone", limits.VOLUNTEER["phone"])
        self.emergency_name = self._line("emergency_name", limits.VOLUNTEER["emergency_name"])
        self.emergency_phone = self._line("emergency_phone", limits.VOLUNTEER["emergency_phone"])
        self.family_box = FieldBox(self.family_name)
        self.birth_box = FieldBox(self.birth_date)
        self.phone_box = FieldBox(self.phone)
        self.emergency_phone_box = FieldBox(self.emergency_phone)
        self.person_group = QGroupBox(self)
        self.person_fields = (self.family_name, self.given_name, self.latin_name, self.birth_date, self.sex,
                              self.phone, self.emergency_name, self.emergency_phone)
        self.person_labels = [QLabel(self) for _ in self.person_fields]
        person_form = _form_layout()
        for lab, field, box in zip(self.person_labels, self.person_fields,
                                   (self.family_box, self.given_name, self.latin_name, self.birth_box, self.sex,
                                    self.phone_box, self.emergency_name, self.emergency_phone_box)):
            person_form.addRow(lab, box)
            lab.setBuddy(field)
        self.person_group.setLayout(person_form)

        # -- status and consent -----------------------------------------------------------
        self.status = VolunteerCombo(STATUSES, parent=self)
        self.status.setObjectName("volunteer_status")
        self.status.set_code("active")
        self.consent = QCheckBox(self)
        self.consent.setObjectName("consent_given")
        self.consent_date = DateField(self)
        self.consent_date.setObjectName("consent_date")
        self.consent.toggled.connect(self._consent_toggled)
        self.status_box = FieldBox(self.status)
        self.consent_box = FieldBox(self.consent)
        self.consent_date_box = FieldBox(self.consent_date)
        self.status_group = QGroupBox(self)
        self.status_labels = [QLabel(self) for _ in range(3)]
        status_form = _form_layout()
        for lab, field, box in zip(self.status_labels, (self.status, self.consent, self.consent_date),
                                   (self.status_box, self.consent_box, self.consent_date_box)):
            status_form.addRow(lab, box)
            lab.setBuddy(field)
        self.status_group.setLayout(status_form)

        # -- skills ---------------------------------------------------------------------------
        self.skills_group = QGroupBox(self)
        self.skills = QListWidget(self)
        self.skills.setObjectName("volunteer_skills")
        for code in SKILLS:
            item = QListWidgetItem(self.skills)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
        # Every skill in sight: no scrolling inside the form's own scrolling.
        self.skills.setFixedHeight(self.skills.sizeHintForRow(0) * self.skills.count()
                                   + 2 * self.skills.frameWidth() + 4)
        self.skills_message = MessageLabel(self)
        skills_layout = QVBoxLayout(self.skills_group)
        skills_layout.addWidget(self.skills)
        skills_layout.addWidget(self.skills_message)

        # -- lists and notes ------------------------------------------------------------------
        self.languages = VolunteerLanguagesEditor(self)
        self.trainings = TrainingsEditor(self)
        self.availability = AvailabilityEditor(self)
        self.blocked = BlockedEditor(self)
        self.editors = {"languages": self.languages, "trainings": self.trainings,
                        "availability": self.availability, "blocked": self.blocked}
        for editor in self.editors.values():
            editor.rows_changed.connect(self._fix_tab_order)
        self.notes_group = QGroupBox(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("volunteer_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 12)
        QVBoxLayout(self.notes_group).addWidget(self.notes)

        # -- layout: two columns in a scroll area ---------------------------------------------
        self.content = QWidget()
        left = QVBoxLayout()
        for w in (self.visitor_group, self.person_group, self.status_group, self.skills_group):
            left.addWidget(w)
        left.addStretch(1)
        right = QVBoxLayout()
        for w in (self.languages, self.trainings, self.availability, self.blocked, self.notes_group):
            right.addWidget(w)
        right.addStretch(1)
        columns = QHBoxLayout(self.content)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(self.content)

        self.message = MessageLabel(self)
        # A message under a field goes as soon as the field is corrected.
        self.shown_errors = ShownErrors(self, lambda: {e.field for e in self.collect()[1]})
        self.message.setObjectName("volunteer_form_message")
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_volunteer")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel_volunteer")
        self.cancel_button.setAutoDefault(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.cancel)
        # The notes field takes Enter for a new line; Ctrl+Enter saves from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1120, 760)

        if page is not None:
            self._fill(page)
        self._consent_toggled(self.consent.isChecked())
        self._show_link()
        if read_only:
            self._make_read_only()
        self.retranslate_ui()
        self._fix_tab_order()
        self._initial_state = self._state()
        (self.cancel_button if read_only else self.visitor_number if page is None else self.family_name).setFocus()

    def _line(self, name: str, limit: limits.Limit) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        hold_at_most(edit, limit)
        return edit

    # -- language -----------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        if self.page is None:
            self.setWindowTitle(self.tr("New volunteer"))
        else:
            self.setWindowTitle(fill(self.tr("Volunteer %1 (%2)"), self.page.row.full_name, self.page.row.number))
        if self.read_only:
            self.hint.setText(self.tr("You may read this record; only the coordinator changes it. Esc closes."))
        elif self.page is None:
            self.hint.setText(self.tr("A name and the volunteer's consent are required; everything else can "
                                      "stay empty. Enter saves, Esc cancels."))
        else:
            self.hint.setText(self.tr("Only a name is required. Enter saves, Esc cancels."))
        self.visitor_group.setTitle(self.tr("Former visitor"))
        self.visitor_note.setText(self.tr(
            "If the volunteer came to the branch as a visitor, type the registration number and the birth date "
            "from their card. "
            "Their name, birth date and phone are then taken from that record; nothing else of it is shown."))
        self.visitor_number.setPlaceholderText(self.tr("e.g. KZ-ALA-2026-000123"))
        self.visitor_birth_date_label.setText(self.tr("Bo&rn:"))
        self.visitor_birth_date.setPlaceholderText(self.tr("31.12.1990 or 1990-12-31"))
        self.find_button.setText(self.tr("&Link visitor"))
        self.unlink_button.setText(self.tr("Unlink"))
        self.person_group.setTitle(self.tr("Name and contact"))
        for lab, text in zip(self.person_labels, (
                self.tr("&Family name:"), self.tr("&Given name:"), self.tr("&Latin spelling:"),
                self.tr("&Birth date:"), self.tr("Se&x:"), self.tr("P&hone:"), self.tr("&Emergency contact:"),
                self.tr("Emergency &phone:"))):
            lab.setText(text)
        self.latin_name.setPlaceholderText(self.tr("as in the passport, e.g. IVANOVA ANNA"))
        self.birth_date.setPlaceholderText(self.tr("31.12.1990 or 1990-12-31"))
        self.phone.setPlaceholderText(self.tr("+7 701 234 56 78"))
        self.emergency_name.setPlaceholderText(self.tr("who to call, e.g. a parent"))
        self.emergency_phone.setPlaceholderText(self.tr("+7 701 234 56 78"))
        self.status_group.setTitle(self.tr("Status and consent"))
        for lab, text in zip(self.status_labels, (self.tr("&Status:"), self.tr("Consent:"),
                                                  self.tr("Consent &date:"))):
            lab.setText(text)
        self.status.retranslate()
        self.sex.retranslate()
        self.consent.setText(self.tr("The volunteer agreed that the branch keeps this record"))
        self.consent_date.setPlaceholderText(self.tr("today, if left empty"))
        self.skills_group.setTitle(self.tr("Skills"))
        for i in range(self.skills.count()):
            item = self.skills.item(i)
            item.setText(label(SKILLS, item.data(Qt.ItemDataRole.UserRole)))
        self.skills.setToolTip(self.tr("Space ticks or unticks the skill chosen"))
        for editor in self.editors.values():
            editor.retranslate()
        self.notes_group.setTitle(self.tr("Notes"))
        self.save_button.setText(self.tr("Register") if self.page is None else self.tr("Save"))
        self.cancel_button.setText(self.tr("Close") if self.read_only else self.tr("Cancel"))
        self._show_link()
        # One column of fields down the left side; longer labels wrap rather than squeeze the fields.
        labels = self.person_labels + self.status_labels
        for lab in labels:
            lab.setWordWrap(False)
            lab.setMinimumWidth(0)
        width = min(max(lab.sizeHint().width() for lab in labels), LABEL_WIDTH)
        for lab in labels:
            lab.setWordWrap(lab.sizeHint().width() > width)
            lab.setFixedWidth(width)

    # -- keyboard -------------------------------------------------------------------------
    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [self.visitor_number, self.visitor_birth_date, self.find_button, self.unlink_button,
                                *self.person_fields, self.status, self.consent, self.consent_date, self.skills]
        for editor in self.editors.values():
            chain += editor.focus_chain()
        chain += [self.notes, self.save_button, self.cancel_button]
        return chain

    def _fix_tab_order(self) -> None:
        chain = self.focus_chain()
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.cancel()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (watched in (self.visitor_number, self.visitor_birth_date) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.find_visitor()
            return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if event.spontaneous() and not self._may_discard():
            event.ignore()
            return
        super().closeEvent(event)

    def _consent_toggled(self, given: bool) -> None:
        self.consent_date.setEnabled(given and not self.read_only)

    def _make_read_only(self) -> None:
        for w in self.content.findChildren(QWidget):
            if isinstance(w, QLineEdit):
                w.setReadOnly(True)
            elif isinstance(w, QPlainTextEdit):
                w.setReadOnly(True)
            elif isinstance(w, (QComboBox, QCheckBox, QTimeEdit, QPushButton)):
                w.setEnabled(False)
        for i in range(self.skills.count()):
            item = self.skills.item(i)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        for editor in self.editors.values():
            editor.add_button.hide()
            for row in editor.rows:
                row.remove.hide()
        self.visitor_number.hide()
        self.visitor_birth_date.hide()
        self.visitor_birth_date_label.hide()
        self.find_button.hide()
        self.unlink_button.hide()
        self.visitor_note.hide()
        self.save_button.hide()

    # -- the former visitor -----------------------------------------------------------------
    def find_visitor(self) -> None:
        if self.read_only:
            return
        number = self.visitor_number.text().strip()
        self.visitor_message.clear_message()
        if not number:
            self.visitor_message.show_error(lambda: self.tr("Type the registration number from the visitor's card."))
            self.visitor_number.setFocus()
            return
        try:
            birth_date = self.visitor_birth_date.date()
        except Refused as err:
            self.visitor_message.show_error(str(err))
            self.visitor_birth_date.setFocus()
            self.visitor_birth_date.selectAll()
            return
        if birth_date is None:
            self.visitor_message.show_error(lambda: self.tr("Type the birth date from the visitor's card too."))
            self.visitor_birth_date.setFocus()
            return
        try:
            found = self.service.find_person(number, birth_date)
        except Refused as err:
            self.visitor_message.show_error(str(err))
            self.visitor_number.setFocus()
            self.visitor_number.selectAll()
            return
        self.person = found
        self.person_id = found.person_id
        self.family_name.setText(found.family_name)
        self.given_name.setText(found.given_name)
        self.latin_name.setText(found.latin_name)
        self.birth_date.set_date(found.birth_date)
        self.phone.setText(found.phone)
        if not self.languages.values() and found.languages:
            self.languages.set_values(found.languages)
            self._fix_tab_order()
        self.visitor_number.clear()
        self.visitor_birth_date.clear()
        self._show_link()
        self.emergency_name.setFocus()

    def unlink_visitor(self) -> None:
        if self.read_only or self.person_id is None:
            return
        self.person = None
        self.person_id = None
        for field in (self.family_name, self.given_name, self.latin_name, self.birth_date, self.phone):
            field.clear()
        self._show_link()
        self.family_name.setFocus()

    def _show_link(self) -> None:
        linked = self.person_id is not None
        for field in (self.family_name, self.given_name, self.latin_name, self.birth_date, self.phone):
            field.setReadOnly(linked or self.read_only)
        self.unlink_button.setVisible(linked and not self.read_only)
        self.find_button.setVisible(not linked and not self.read_only)
        self.visitor_number.setVisible(not linked and not self.read_only)
        self.visitor_birth_date.setVisible(not linked and not self.read_only)
        self.visitor_birth_date_label.setVisible(not linked and not self.read_only)
        self.linked.setVisible(linked)
        if linked:
            number = self.person.number if self.person is not None else ""
            if number:
                self.linked.setText(fill(self.tr("Linked to visitor %1: name, birth date and phone come from "
                                                 "that record."), number))
            else:
                self.linked.setText(self.tr("Linked to a visitor's record: name, birth date and phone come from "
                                            "that record."))

    # -- what the form holds ----------------------------------------------------------------
    def _state(self) -> tuple:
        values: list[object] = [self.person_id]
        for w in self.content.findChildren(QWidget):
            if isinstance(w, QLineEdit) and w is not self.visitor_number:
                values.append(w.text())
            elif isinstance(w, QComboBox):
                values.append(w.currentIndex())
            elif isinstance(w, QCheckBox):
                values.append(w.isChecked())
            elif isinstance(w, QPlainTextEdit):
                values.append(w.toPlainText())
            elif isinstance(w, QTimeEdit):
                values.append(w.time().toString())
        values += [self.skills.item(i).checkState() == Qt.CheckState.Checked for i in range(self.skills.count())]
        return tuple(values)

    def is_dirty(self) -> bool:
        return not self.read_only and self._state() != self._initial_state

    def _fill(self, page: VolunteerRecord) -> None:
        f, row = page.form, page.row
        # A linked person's fields are read from their record: the row has them.
        self.family_name.setText(f.family_name or row.family_name if f.person_id else f.family_name)
        self.given_name.setText(f.given_name or row.given_name if f.person_id else f.given_name)
        self.latin_name.setText(f.latin_name or row.latin_name if f.person_id else f.latin_name)
        self.birth_date.set_date(f.birth_date or row.birth_date if f.person_id else f.birth_date)
        self.phone.setText(f.phone or row.phone if f.person_id else f.phone)
        self.emergency_name.setText(f.emergency_name)
        self.emergency_phone.setText(f.emergency_phone)
        self.status.set_code(f.status)
        self.sex.set_code(f.sex)
        self.consent.setChecked(f.consent_given)
        self.consent_date.set_date(f.consent_date)
        for i in range(self.skills.count()):
            item = self.skills.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in f.skills
                               else Qt.CheckState.Unchecked)
        self.languages.set_values(f.languages)
        self.trainings.set_values(f.trainings)
        self.availability.set_values(f.availability)
        self.blocked.set_values(f.blocked)
        self.notes.setPlainText(f.notes)

    def collect(self) -> tuple[VolunteerIn, list[FieldError]]:
        """The form as a VolunteerIn, and every problem found in it (parsing first, then the service's checks)."""
        errors: list[FieldError] = []

        def parsed(field: str, read: Callable[[], object]) -> object:
            try:
                return read()
            except Refused as err:
                errors.append(FieldError(field, str(err)))
                return None

        linked = self.person_id is not None
        birth_date = None if linked else parsed("birth_date", self.birth_date.date)
        consent_date = parsed("consent_date", self.consent_date.date) if self.consent.isChecked() else None
        languages = self.languages.values()
        trainings, training_errors = self.trainings.values()
        availability = self.availability.values()
        blocked, blocked_errors = self.blocked.values()
        errors += [FieldError(f"trainings.{i}", m) for i, m in training_errors]
        errors += [FieldError(f"blocked.{i}", m) for i, m in blocked_errors]
        if self.page is None and not self.consent.isChecked():
            errors.append(FieldError("consent", self.tr(
                "A volunteer is registered only with their consent: ask them, then tick the box.")))
        skills = tuple(self.skills.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.skills.count())
                       if self.skills.item(i).checkState() == Qt.CheckState.Checked)
        new = VolunteerIn(
            person_id=self.person_id,
            family_name="" if linked else self.family_name.text().strip(),
            given_name="" if linked else self.given_name.text().strip(),
            latin_name="" if linked else self.latin_name.text().strip(),
            birth_date=birth_date, phone="" if linked else self.phone.text().strip(),
            emergency_name=self.emergency_name.text().strip(), emergency_phone=self.emergency_phone.text().strip(),
            status=self.status.code(), consent_given=self.consent.isChecked(), consent_date=consent_date,
            skills=skills, languages=tuple(x for _, x in languages), trainings=tuple(x for _, x in trainings),
            availability=tuple(x for _, x in availability), blocked=tuple(x for _, x in blocked),
            notes=self.notes.toPlainText().strip(), sex=self.sex.code())
        # The service numbers list errors by the entries it got; the form by its rows.
        rows = {"languages": [i for i, _ in languages], "trainings": [i for i, _ in trainings],
                "availability": [i for i, _ in availability], "blocked": [i for i, _ in blocked]}
        for err in validate(new):
            name, _, pos = err.field.partition(".")
            if name in rows and pos.isdigit():
                err = FieldError(f"{name}.{rows[name][int(pos)]}", err.message)
            errors.append(err)
        return new, errors

    def _boxes(self) -> dict[str, FieldBox]:
        return {"family_name": self.family_box, "birth_date": self.birth_box, "phone": self.phone_box,
                "emergency_phone": self.emergency_phone_box, "status": self.status_box,
                "consent": self.consent_box, "consent_date": self.consent_date_box}

    def clear_errors(self) -> None:
        self.shown_errors.forget()
        for box in self._boxes().values():
            box.message.clear_message()
        for editor in self.editors.values():
            editor.message.clear_message()
        self.skills_message.clear_message()
        self.message.clear_message()

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each message under its field; the first field with a problem gets the focus."""
        self.clear_errors()
        boxes = self._boxes()
        focus_targets: list[QWidget] = []
        shown: dict[int, tuple] = {}
        for err in errors:
            name, _, pos = err.field.partition(".")
            if err.field in boxes:
                target, text, focus = boxes[err.field].message, err.message, boxes[err.field].field
            elif name in self.editors and pos.isdigit() and int(pos) < len(self.editors[name].rows):
                editor = self.editors[name]
                target = editor.message
                text = fill(self.tr("Row %1: %2"), int(pos) + 1, err.message)
                focus = editor.rows[int(pos)].widgets[0]
            elif name == "skills":
                target, text, focus = self.skills_message, err.message, self.skills
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
        chain = self.focus_chain()
        first = min(focus_targets, key=lambda w: chain.index(w) if w in chain else len(chain), default=None)
        if first is not None:
            first.setFocus()
            self.scroll.ensureWidgetVisible(first)

    # -- saving ---------------------------------------------------------------------------------
    def accept(self) -> None:
        """Enter or the Save button."""
        if self.read_only:
            self.reject()
            return
        new, errors = self.collect()
        if errors:
            self.show_errors(errors)
            return
        self.clear_errors()
        try:
            if self.page is None:
                self.saved = self.service.register(new)
            else:
                self.saved = self.service.update(self.page.row.volunteer_id, new,
                                                 expected_version=self.page.version)
        except ValidationError as err:
            self.show_errors(err.errors)
            return
        except Refused as err:
            self.message.show_error(str(err))
            return
        super().accept()

    # -- leaving --------------------------------------------------------------------------------
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
