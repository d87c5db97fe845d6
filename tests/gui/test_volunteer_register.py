"""The volunteer register, the volunteer form and the lists: the coordinator
registers with the keyboard (consent first), links a former visitor by number and
birth date without seeing their case, edits; certificates running out are named; a
volunteer's shifts are copied as text; the lists show open places, uncovered
languages and hours (exported to Excel); the director only reads."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from desktop.models import Role
from desktop.services.documents import DocumentService
from desktop.services.shift_rules import Need
from desktop.services.shift_assignments import ShiftAssignments
from desktop.services.shift_planning import ShiftPlanning
from desktop.services.shift_rows import ShiftIn, SiteIn
from desktop.services.volunteer_hours import VolunteerHours
from desktop.services.visitors import LanguageIn as VisitorLanguage
from desktop.services.visitors import NewVisitor, VisitorService
from desktop.services.volunteers import TrainingIn, VolunteerIn, VolunteerService
from desktop.views.kit.changes import ChangeBus
from desktop.views.volunteers.volunteer_form import VolunteerForm
from desktop.views.volunteers.volunteer_lists import CertificateTableModel, LanguageCoverTableModel, OpenPlaceTableModel, VolunteerLists
from desktop.views.volunteers.volunteer_register import ShiftTextDialog, VolunteerRegister, VolunteerTableModel
from desktop.views.kit.workers import WorkerPool
from tests.conftest import STAFF, password_of

from .helpers import CatalogueTranslator, RecordingPrinters, visible_texts

TODAY = dt.date.today()


class Desk:
    """The services of one person and the two widgets built on them."""

    def __init__(self, gate, role: Role, dialogs, qtbot):
        self.identity = gate.log_in(STAFF[role], password_of(STAFF[role]))
        self.volunteers = VolunteerService(gate.db, self.identity)
        self.planning = ShiftPlanning(gate.db, self.identity)
        self.assignments = ShiftAssignments(gate.db, self.identity)
        self.hours = VolunteerHours(gate.db, self.identity)
        self.documents = DocumentService(gate.db, self.identity)
        self.printers = RecordingPrinters()
        self.workers = WorkerPool()
        self.bus = ChangeBus()
        self.dialogs = dialogs
        self.qtbot = qtbot
        self.widgets = []

    def _show(self, widget):
        self.qtbot.addWidget(widget)
        widget.resize(1100, 640)
        widget.show()
        self.qtbot.waitExposed(widget)
        # Shortcuts (Ctrl+N) reach only the active window.
        widget.activateWindow()
        self.qtbot.waitUntil(widget.isActiveWindow)
        self.widgets.append(widget)
        return widget

    def register(self) -> VolunteerRegister:
        return self._show(VolunteerRegister(self.volunteers, self.hours, documents=self.documents,
                                            printers=self.printers, workers=self.workers, bus=self.bus,
                                            dialogs=self.dialogs))

    def lists(self) -> VolunteerLists:
        return self._show(VolunteerLists(self.volunteers, self.planning, self.hours, documents=self.documents,
                                         printers=self.printers, workers=self.workers, bus=self.bus,
                                         dialogs=self.dialogs))

    def close(self) -> None:
        self.workers.shutdown()
        for w in self.widgets:
            w.close()


@pytest.fixture
def desk(gate, dialogs, qtbot):
    made = []

    def make(role: Role = Role.COORDINATOR) -> Desk:
        made.append(Desk(gate, role, dialogs, qtbot))
        return made[-1]
    yield make
    for d in made:
        d.close()


def cells(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def open_form(qtbot, register: VolunteerRegister) -> VolunteerForm:
    qtbot.waitUntil(lambda: isinstance(register.opener.dialog, VolunteerForm))
    form = register.opener.dialog
    qtbot.waitExposed(form)
    return form


def enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def on_shift(d: Desk, volunteer_id, *, day: dt.date, hour: int = 9, hours: int = 4, needs=(Need("none", "", 1),)):
    site = d.planning.sites()[0] if d.planning.sites() else d.planning.save_site(SiteIn("Пункт выдачи"))
    start = dt.datetime.combine(day, dt.time(hour))
    shift = d.planning.create_shift(ShiftIn(site.site_id, start, start + dt.timedelta(hours=hours), needs))
    if volunteer_id is not None:
        return d.assignments.assign(shift.shift_id, volunteer_id, override_reason="test")
    return shift


def test_the_coordinator_registers_a_volunteer_with_the_keyboard(qtbot, desk, dialogs):
    d = desk()
    register = d.register()
    assert register.model.rowCount() == 0
    qtbot.keyClick(register.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = open_form(qtbot, register)
    assert form.windowTitle() == "New volunteer"
    # The visitor's number and birth date come first; Tab goes on through the fields in reading order.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.visitor_number)
    qtbot.keyClick(form.visitor_number, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.visitor_birth_date
    for _ in range(2):  # past "Link visitor"
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    for text in ("Ivanova", "Anna", "", "08.03.1995", "F", "12"):  # F chooses "Female" in the sex list
        assert QApplication.focusWidget() in form.person_fields
        qtbot.keyClicks(QApplication.focusWidget(), text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert (form.family_name.text(), form.given_name.text(), form.birth_date.text(), form.sex.code(),
            form.phone.text()) == ("Ivanova", "Anna", "08.03.1995", "F", "12")
    enter(qtbot, form.given_name)
    # Nothing saved: consent first, and the phone is wrong; each said under its field.
    assert form.isVisible() and d.volunteers.list() == []
    assert "consent" in form.consent_box.message.text() and form.consent_box.message.isVisible()
    assert "7 to 15 digits" in form.phone_box.message.text()
    form.phone.clear()
    qtbot.keyClicks(form.phone, "+7 701 111 22 33")
    # Each message goes as soon as its field is right, the other stays until its own is.
    assert not form.phone_box.message.isVisible() and form.consent_box.message.isVisible()
    form.consent.setFocus()
    qtbot.keyClick(form.consent, Qt.Key.Key_Space)
    assert form.consent.isChecked() and form.consent_date.isEnabled()
    assert not form.consent_box.message.isVisible()
    enter(qtbot, form.phone)
    qtbot.waitUntil(lambda: register.opener.dialog is None)

    stored = d.volunteers.list()
    assert [(r.full_name, r.phone, r.consent_given) for r in stored] == [("Ivanova Anna", "+7 701 111 22 33", True)]
    assert d.volunteers.get(stored[0].volunteer_id).form.sex == "F"
    assert cells(register.model, VolunteerTableModel.NAME) == ["Ivanova Anna"]
    age = TODAY.year - 1995 - ((TODAY.month, TODAY.day) < (3, 8))
    assert cells(register.model, VolunteerTableModel.AGE) == [str(age)]
    assert f"Ivanova Anna was registered as {stored[0].number}." == register.message.text()
    assert register.count.text() == "1 volunteer"


def test_escape_asks_before_losing_what_was_typed(qtbot, desk, dialogs):
    register = desk().register()
    register.new_button.click()
    form = open_form(qtbot, register)
    qtbot.keyClick(form, Qt.Key.Key_Escape)  # nothing typed: closes at once
    qtbot.waitUntil(lambda: register.opener.dialog is None)
    assert dialogs.shown == []
    register.new_button.click()
    form = open_form(qtbot, register)
    qtbot.keyClicks(form.family_name, "Ivanova")
    dialogs.answers.append(False)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible() and dialogs.shown[-1][1] == "Discard what was typed?"
    dialogs.answers.append(True)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: register.opener.dialog is None)


def test_a_former_visitor_is_linked_by_number_and_nothing_of_their_case_shows(qtbot, gate, desk):
    reception = gate.log_in("reception", password_of("reception"))
    visitors = VisitorService(gate.db, reception)
    person = visitors.register(NewVisitor(family_name="Karimov", given_name="Farhod", sex="M",
                                          birth_date=dt.date(1988, 2, 2), phone="+998 90 555 44 33",
                                          notes="secret case note", languages=(VisitorLanguage("uz", "native"),)))
    visitors.log_visit(person.person_id, needs=("legal",), notes="secret visit note")

    d = desk()
    register = d.register()
    register.new_button.click()
    form = open_form(qtbot, register)
    qtbot.keyClicks(form.visitor_number, person.number)
    enter(qtbot, form.visitor_number)
    # The number alone finds no one: numbers run in order, anyone could walk them.
    assert "birth date" in form.visitor_message.text() and form.family_name.text() == ""
    assert form.visitor_birth_date.isVisible()
    refused = "No visitor has this registration number and birth date."
    qtbot.keyClicks(form.visitor_birth_date, "03.02.1988")
    enter(qtbot, form.visitor_birth_date)
    assert refused in form.visitor_message.text()
    assert form.isVisible() and form.family_name.text() == ""
    form.visitor_number.clear()
    qtbot.keyClicks(form.visitor_number, "KZ-ALA-0000-999999")
    form.visitor_birth_date.clear()
    qtbot.keyClicks(form.visitor_birth_date, "02.02.1988")
    enter(qtbot, form.visitor_number)
    assert refused in form.visitor_message.text()  # the same answer: nothing told about who exists
    assert form.family_name.text() == ""
    form.visitor_number.clear()
    qtbot.keyClicks(form.visitor_number, person.number)
    enter(qtbot, form.visitor_birth_date)
    assert form.isVisible()  # Enter there links; it does not save
    assert not form.visitor_birth_date.isVisible() and form.visitor_birth_date.text() == ""
    assert (form.family_name.text(), form.given_name.text(), form.birth_date.text(), form.phone.text()) == (
        "Karimov", "Farhod", "02.02.1988", "+998 90 555 44 33")
    assert form.family_name.isReadOnly() and form.phone.isReadOnly()
    assert f"Linked to visitor {person.number}" in form.linked.text()
    texts = " ".join(visible_texts(form))
    assert "secret" not in texts and "legal" not in texts.lower()
    form.consent.setChecked(True)
    form.save_button.click()
    qtbot.waitUntil(lambda: register.opener.dialog is None)

    row = d.volunteers.list()[0]
    assert row.person_id == person.person_id and row.full_name == "Karimov Farhod"
    assert cells(register.model, VolunteerTableModel.FORMER) == ["yes"]
    assert cells(register.model, VolunteerTableModel.LANGUAGES) == ["Oʻzbekcha"]
    # Opened again: still the visitor's name, and still none of their case.
    register.table.selectRow(0)
    register.open_selected()
    form = open_form(qtbot, register)
    assert form.family_name.text() == "Karimov" and form.family_name.isReadOnly()
    assert "secret" not in " ".join(visible_texts(form))
    form.reject()


def test_editing_shows_the_change_and_a_conflict_is_told(qtbot, desk):
    d = desk()
    saved = d.volunteers.register(VolunteerIn(family_name="Ivanova", given_name="Anna", consent_given=True,
                                              phone="+7 701 111 22 33"))
    register = d.register()
    register.table.setFocus()
    register.table.selectRow(0)
    enter(qtbot, register.table)
    form = open_form(qtbot, register)
    assert form.windowTitle() == f"Volunteer Ivanova Anna ({saved.number})"
    form.phone.selectAll()
    qtbot.keyClicks(form.phone, "+7 777 000 11 22")
    form.skills.item(0).setCheckState(Qt.CheckState.Checked)
    enter(qtbot, form.phone)
    qtbot.waitUntil(lambda: register.opener.dialog is None)
    assert cells(register.model, VolunteerTableModel.PHONE) == ["+7 777 000 11 22"]
    assert cells(register.model, VolunteerTableModel.SKILLS) == ["Interpreting"]
    assert register.message.text() == f"The record of Ivanova Anna ({saved.number}) was saved."

    # Someone else saves while the form is open: the form says so and keeps what was typed.
    register.open_selected()
    form = open_form(qtbot, register)
    page = d.volunteers.get(saved.volunteer_id)
    d.volunteers.update(saved.volunteer_id, page.form.__class__(**{**page.form.__dict__, "notes": "elsewhere"}),
                        expected_version=page.version)
    qtbot.keyClicks(form.given_name, "-Maria")
    form.save_button.click()
    assert form.isVisible() and "Someone else changed this volunteer" in form.message.text()
    assert d.volunteers.list()[0].given_name == "Anna"
    form.reject()


def test_certificates_running_out_are_named_and_marked(qtbot, desk):
    d = desk()
    d.volunteers.register(VolunteerIn(family_name="Ivanova", given_name="Anna", consent_given=True,
                                      trainings=(TrainingIn("first_aid", TODAY - dt.timedelta(days=700),
                                                            TODAY + dt.timedelta(days=10)),)))
    d.volunteers.register(VolunteerIn(family_name="Serikov", given_name="Bek", consent_given=True,
                                      trainings=(TrainingIn("safeguarding", None, TODAY - dt.timedelta(days=3)),)))
    d.volunteers.register(VolunteerIn(family_name="Ospanova", given_name="Dana", consent_given=True,
                                      trainings=(TrainingIn("first_aid", None, TODAY + dt.timedelta(days=200)),)))
    register = d.register()
    assert register.warning.isVisible()
    warning = register.warning.text()
    assert warning.startswith("2 certificates expire within 30 days or have expired:")
    soon = (TODAY + dt.timedelta(days=10)).strftime("%d.%m.%Y")
    assert f"Ivanova Anna (First aid certificate expires on {soon})" in warning
    assert "Serikov Bek (Child safeguarding expired on" in warning and "Ospanova" not in warning
    marks = dict(zip(cells(register.model, VolunteerTableModel.NAME),
                     cells(register.model, VolunteerTableModel.CERTIFICATES)))
    assert marks == {"Ivanova Anna": f"Expires {soon}", "Serikov Bek": "Expired", "Ospanova Dana": ""}

    lists = d.lists()
    assert cells(lists.cert_model, CertificateTableModel.NAME) == ["Serikov Bek", "Ivanova Anna"]
    assert cells(lists.cert_model, CertificateTableModel.STATE) == ["Expired", "In 10 days"]

    # In the form, the row of the expired certificate says so.
    register.search.setText("Serikov")
    assert register.model.rowCount() == 1
    register.table.selectRow(0)
    register.open_selected()
    form = open_form(qtbot, register)
    assert form.trainings.rows[0].widgets[3].text() == "Expired"
    form.reject()


def test_shifts_as_text_are_copied_in_the_chosen_language(qtbot, desk):
    d = desk()
    anna = d.volunteers.register(VolunteerIn(family_name="Ivanova", given_name="Anna", consent_given=True))
    on_shift(d, anna.volunteer_id, day=TODAY + dt.timedelta(days=2), hour=9)
    register = d.register()
    register.table.selectRow(0)
    register.text_button.click()
    qtbot.waitUntil(lambda: isinstance(register.opener.dialog, ShiftTextDialog))
    dialog = register.opener.dialog
    assert dialog.language.currentData() == "en"
    english = dialog.text.toPlainText()
    assert english.startswith("Hello, Anna!") and "09:00" in english
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    russian = dialog.text.toPlainText()
    assert "Anna" in russian and "09:00" in russian
    QApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == russian
    assert dialog.message.text().startswith("Copied.")
    dialog.reject()


def test_lists_show_an_open_place_and_an_uncovered_language(qtbot, gate, desk):
    reception = gate.log_in("reception", password_of("reception"))
    visitors = VisitorService(gate.db, reception)
    person = visitors.register(NewVisitor(family_name="Nazarov", sex="M",
                                          languages=(VisitorLanguage("tg", "native", interpreter_needed=True),)))
    visitors.log_visit(person.person_id)
    d = desk()
    day = TODAY + dt.timedelta(days=5)
    on_shift(d, None, day=day, hour=10, needs=(Need("language", "uz", 1), Need("none", "", 1)))
    lists = d.lists()
    places = [(cells(lists.open_model, c)) for c in (OpenPlaceTableModel.NEED, OpenPlaceTableModel.GAP)]
    assert sorted(zip(*places)) == [("Anyone", "1"), ("Oʻzbekcha", "1")]
    assert set(cells(lists.open_model, OpenPlaceTableModel.TIME)) == {"10:00–14:00"}
    assert cells(lists.cover_model, LanguageCoverTableModel.LANGUAGE) == ["Тоҷикӣ"]
    assert cells(lists.cover_model, LanguageCoverTableModel.STATE) == ["NOT COVERED"]
    lists.tabs.setCurrentIndex(VolunteerLists.LANGUAGES)
    assert lists.uncovered.isVisible()
    assert lists.uncovered.text() == "No volunteer on next week's shifts speaks: Тоҷикӣ."
    assert "Nazarov" not in " ".join(visible_texts(lists))


def test_hours_are_shown_and_exported_to_excel(qtbot, desk, dialogs, tmp_path):
    d = desk()
    anna = d.volunteers.register(VolunteerIn(family_name="Ivanova", given_name="Anna", consent_given=True))
    a = on_shift(d, anna.volunteer_id, day=TODAY - dt.timedelta(days=1), hour=9, hours=6)
    d.assignments.set_status(a.assignment_id, "confirmed")
    d.assignments.set_status(a.assignment_id, "completed")
    lists = d.lists()
    lists.tabs.setCurrentIndex(VolunteerLists.HOURS)
    lists.hours_from.set_date(TODAY - dt.timedelta(days=40))
    lists.hours_to.set_date(TODAY)
    enter(qtbot, lists.hours_to)
    qtbot.waitUntil(lambda: lists.hours_job is None)  # counted off the GUI thread
    assert cells(lists.hours_model, 1) == ["Ivanova Anna"] and cells(lists.hours_model, 4) == ["6"]
    assert lists.hours_total.text() == "Hours in all: 6 (1 volunteer)"

    target = tmp_path / "hours"
    dialogs.files.append(target)
    lists.export_button.click()
    assert lists.output.long_work.progress.isVisible() and lists.output.long_work.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not lists.output.busy())
    saved = tmp_path / "hours.xlsx"
    assert dialogs.asked[-1][2] == "Excel workbooks (*.xlsx)"
    assert lists.message.text() == f"The hours were saved as {saved}."
    book = openpyxl.load_workbook(saved)
    values = [v for row in book.worksheets[0].iter_rows(values_only=True) for v in row if v is not None]
    assert "Ivanova Anna" in values and 6 in values


def test_the_coordinator_sets_the_limits(qtbot, desk):
    d = desk()
    lists = d.lists()
    lists.tabs.setCurrentIndex(VolunteerLists.LIMITS)
    assert lists.max_day.value() == 10 and lists.save_limits_button.isVisible()
    lists.max_day.setValue(8)
    lists.save_limits_button.click()
    assert d.planning.limits().max_day_hours == 8
    assert lists.limits_message.text().startswith("The limits were saved.")


def test_the_director_reads_but_cannot_edit(qtbot, desk):
    coordinator = desk()
    coordinator.volunteers.register(VolunteerIn(family_name="Ivanova", given_name="Anna", consent_given=True))
    d = desk(Role.DIRECTOR)
    register = d.register()
    assert not register.new_button.isVisible() and not register.new_action.isEnabled()
    qtbot.keyClick(register.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert register.opener.dialog is None
    assert cells(register.model, VolunteerTableModel.NAME) == ["Ivanova Anna"]
    register.table.selectRow(0)
    assert register.open_button.text() == "&View…"
    register.open_selected()
    form = open_form(qtbot, register)
    assert form.read_only and not form.save_button.isVisible() and form.family_name.isReadOnly()
    assert not form.status.isEnabled() and not form.languages.add_button.isVisible()
    qtbot.keyClick(form, Qt.Key.Key_Escape)  # nothing to lose: no question
    qtbot.waitUntil(lambda: register.opener.dialog is None)

    lists = d.lists()
    lists.tabs.setCurrentIndex(VolunteerLists.LIMITS)
    assert not lists.save_limits_button.isVisible() and lists.max_day.isReadOnly()


def test_the_service_record_is_saved_as_pdf(qtbot, desk, dialogs, tmp_path):
    d = desk()
    anna = d.volunteers.register(VolunteerIn(family_name="Ivanova", given_name="Anna", consent_given=True))
    a = on_shift(d, anna.volunteer_id, day=TODAY - dt.timedelta(days=2), hours=5)
    d.assignments.set_status(a.assignment_id, "confirmed")
    d.assignments.set_status(a.assignment_id, "completed")
    register = d.register()
    register.table.selectRow(0)
    dialogs.files.append(tmp_path / "record")
    register.record_save_action.trigger()
    assert register.output.long_work.progress.isVisible() and not register.record_button.isEnabled()
    qtbot.waitUntil(lambda: not register.output.busy())
    saved = tmp_path / "record.pdf"
    assert register.message.text() == f"The service record of Ivanova Anna was saved as {saved}."
    assert saved.read_bytes().startswith(b"%PDF") and register.record_button.isEnabled()


def test_the_screens_follow_a_language_switch(qtbot, desk, switcher, install_translator):
    install_translator(CatalogueTranslator(switcher, "ru", {
        "Active": "Активен", "Open places": "Открытые места", "Number": "Номер",
        "&New volunteer… (Ctrl+N)": "&Новый волонтёр… (Ctrl+N)",
        "Hours a &day at most:": "Часов в &день не более:"}))
    d = desk()
    d.volunteers.register(VolunteerIn(family_name="Ivanova", given_name="Anna", consent_given=True))
    register, lists = d.register(), d.lists()
    assert (register.new_button.text(), cells(register.model, VolunteerTableModel.STATUS)) == (
        "&New volunteer… (Ctrl+N)", ["Active"])
    switcher.choose("ru")

    def ru(context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)
    qtbot.waitUntil(lambda: register.new_button.text() == ru("VolunteerRegister", "&New volunteer… (Ctrl+N)")
                    != "&New volunteer… (Ctrl+N)")
    assert cells(register.model, VolunteerTableModel.STATUS) == [ru("Volunteers", "Active")] != ["Active"]
    assert register.model.headerData(VolunteerTableModel.NUMBER, Qt.Orientation.Horizontal) == ru(
        "VolunteerRegister", "Number") != "Number"
    assert lists.tabs.tabText(VolunteerLists.OPEN) == ru("VolunteerLists", "Open places") != "Open places"
    assert lists.limit_labels[0].text() == ru("VolunteerLists", "Hours a &day at most:")
    # The text for the volunteer starts in the interface's language.
    register.table.selectRow(0)
    register.text_button.click()
    qtbot.waitUntil(lambda: isinstance(register.opener.dialog, ShiftTextDialog))
    assert register.opener.dialog.language.currentData() == "ru"
    register.opener.dialog.reject()
