"""The Visitors area: search as you type off the GUI thread, registering with
the keyboard, the duplicate warning, the person's page, restricted health
information, logging visits, merging, and who may see visitors at all."""
from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QToolTip
from sqlalchemy import select

from desktop.models import AuditEvent, Person, Role, Visit
from desktop.services.storage import Database
from desktop.services.visitors import DocumentIn, HealthIn, NewVisitor, VisitorService
from desktop.views.shell.areas import Area
from desktop.views.visitors.duplicate_dialog import DuplicateTableModel
from desktop.views.visitors.visitor_form import VisitorForm
from desktop.views.visitors.visitor_table import VisitorTableModel
from desktop.views.visitors.visitors_page import NoVisitorAccessPage, VisitorsPage
from tests.conftest import password_of

from .helpers import CatalogueTranslator, visible_texts

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

RUSTAM = NewVisitor(family_name="Абдуллаев", given_name="Рустам", sex="M", birth_date=dt.date(1990, 5, 1),
                    citizenship="UZ")
DILNOZA = NewVisitor(family_name="Karimova", given_name="Dilnoza", latin_name="KARIMOVA DILNOZA", sex="F",
                     birth_year=1987, citizenship="TJ", phone="+992 90 555 12 34",
                     documents=(DocumentIn("passport", "A 7654321"),))
AHMAD = NewVisitor(family_name="رحیمی", given_name="احمد", latin_name="RAHIMI AHMAD", sex="M",
                   birth_date=dt.date(1979, 3, 21), citizenship="AF")


@pytest.fixture
def desk(gate):
    """A visitor service for the role, to build data fast (not through the window)."""
    def make(role: Role = Role.CASEWORKER) -> VisitorService:
        username = {Role.RECEPTIONIST: "reception", Role.CASEWORKER: "caseworker", Role.DIRECTOR: "director"}[role]
        identity = gate.log_in(username, password_of(username))  # opens the database
        return VisitorService(gate.db, identity)
    return make


@pytest.fixture
def visitors(qtbot, open_window):
    """The main window of ``role`` on the Visitors area, its search index loaded."""
    def open_(role: Role = Role.RECEPTIONIST) -> tuple:
        window = open_window(role)
        qtbot.waitUntil(lambda: window.index_keeper.is_loaded)
        return window, window.pages[Area.VISITORS]
    return open_


def focused():
    return QApplication.focusWidget()


def type_keys(qtbot, text: str) -> None:
    """Type ASCII into whatever has the keyboard focus (keyClicks aborts on other letters)."""
    qtbot.keyClicks(focused(), text)


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifiers)


def search(qtbot, page: VisitorsPage, text: str) -> list[str]:
    """Put ``text`` in the search field as a person would and wait for the results."""
    with qtbot.waitSignal(page.runner.results_ready, timeout=3000):
        page.search.clear()
        page.search.insert(text)
    return [page.model.index(r, VisitorTableModel.NUMBER).data() for r in range(page.model.rowCount())]


def audit(gate, action: str) -> list[AuditEvent]:
    with gate.db.read() as s:
        return s.execute(select(AuditEvent).where(AuditEvent.action == action)).scalars().all()


def all_texts(widget) -> str:
    """Every text held by the labels and buttons of ``widget``, shown or not."""
    parts = [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)]
    return "\n".join(parts)


# -- search ------------------------------------------------------------------------------------
def test_search_finds_people_by_any_script_off_the_gui_thread(qtbot, desk, visitors, monkeypatch):
    service = desk()
    rustam, dilnoza, ahmad = (service.register(v) for v in (RUSTAM, DILNOZA, AHMAD))
    window, page = visitors(Role.RECEPTIONIST)
    assert page.search.hasFocus()

    threads = []
    original = page.service.search

    def recording(text, **kwargs):
        threads.append(threading.current_thread())
        return original(text, **kwargs)
    monkeypatch.setattr(page.service, "search", recording)

    # Cyrillic and Latin spellings of a Cyrillic record, and the other way round.
    assert search(qtbot, page, "Абдуллаев")[0] == rustam.number
    assert search(qtbot, page, "ABDULLAYEV RUST")[0] == rustam.number
    assert search(qtbot, page, "Каримова Дилноза")[0] == dilnoza.number
    # Arabic script, and the Latin and Cyrillic spellings of a name written in it.
    assert search(qtbot, page, "احمد رحیمی")[0] == ahmad.number
    assert search(qtbot, page, "Ahmad Rahimi")[0] == ahmad.number
    assert search(qtbot, page, "Ахмад")[0] == ahmad.number
    # Digits: a phone, a document, a registration number.
    assert search(qtbot, page, "555 12 34")[0] == dilnoza.number
    assert search(qtbot, page, "A7654321")[0] == dilnoza.number
    assert search(qtbot, page, rustam.number)[0] == rustam.number

    assert threads and all(t is not threading.main_thread() for t in threads)
    row = {page.model.headerData(c, Qt.Orientation.Horizontal): page.model.index(0, c).data()
           for c in range(VisitorTableModel.COLUMN_COUNT)}
    assert row == {"Number": rustam.number, "Name as written": "Абдуллаев Рустам", "Latin spelling": "",
                   "Born": "01.05.1990", "Citizenship": "Uzbekistan", "Found by": "Registration number"}
    search(qtbot, page, "Karimova")
    assert page.model.index(0, VisitorTableModel.BIRTH).data() == "≈ 1987"
    assert page.model.index(0, VisitorTableModel.MATCHED).data() == "Name"
    assert page.count.text().startswith("1 visitor")


def test_only_the_newest_query_is_shown(qtbot, desk, visitors):
    service = desk()
    service.register(RUSTAM)
    service.register(DILNOZA)
    _window, page = visitors()
    with qtbot.waitSignal(page.runner.results_ready, timeout=3000) as blocker:
        for ch in "karimova":
            qtbot.keyClicks(page.search, ch)
    assert blocker.args[0] == "karimova"
    qtbot.waitUntil(lambda: not page.runner.searching)
    assert page.model.rowCount() == 1
    assert page.model.row_at(0).row.latin_name == "KARIMOVA DILNOZA"


def test_other_desks_registrations_arrive_with_a_refresh(qtbot, desk, visitors):
    _window, page = visitors()
    assert search(qtbot, page, "Karimova") == []
    number = desk().register(DILNOZA).number  # saved at another desk
    with qtbot.waitSignal(page.keeper.refreshed, timeout=3000):
        page.keeper.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row_at(0).row.number == number


def test_enter_opens_the_person_and_esc_goes_back(qtbot, desk, visitors):
    number = desk().register(RUSTAM).number
    _window, page = visitors()
    search(qtbot, page, "rustam")
    press(qtbot, Qt.Key.Key_Return)
    view = page.person_view
    assert view.isVisible()
    assert view.heading.text() == "Абдуллаев Рустам"
    assert number in view.summary.text()
    qtbot.waitUntil(lambda: view.log_visit_button.hasFocus())
    press(qtbot, Qt.Key.Key_Escape)
    assert page.search_view.isVisible() and page.search.hasFocus()
    assert page.search.text() == "rustam"


# -- registering ---------------------------------------------------------------------------------
def test_register_a_visitor_with_only_the_keyboard(qtbot, visitors, gate):
    window, page = visitors(Role.RECEPTIONIST)
    press(qtbot, Qt.Key.Key_N, CTRL)
    form = page.opener.dialog
    assert isinstance(form, VisitorForm)
    qtbot.waitUntil(form.isActiveWindow)
    assert focused() is form.family_name

    type_keys(qtbot, "Karimov")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Aziz")
    press(qtbot, Qt.Key.Key_Tab)   # patronymic: none
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.sex
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)  # not given → female → male
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "1988-03-12")
    press(qtbot, Qt.Key.Key_Tab)   # a birth date given: the estimated year is passed by
    type_keys(qtbot, "uzb")        # the list filters as one types
    press(qtbot, Qt.Key.Key_Tab)
    assert form.citizenship.currentText() == "Uzbekistan"
    assert focused() is form.phone
    type_keys(qtbot, "+998 90 111 22 33")
    form.latin_name.setFocus()     # the Latin spelling waits in the other column
    type_keys(qtbot, "KARIMOV AZIZ")
    press(qtbot, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: page.opener.dialog is None, timeout=3000)
    with gate.db.read() as s:
        person = s.execute(select(Person).where(Person.family_name == "Karimov")).scalar_one()
    assert (person.given_name, person.latin_name, person.sex, person.birth_date, person.citizenship,
            person.phone) == ("Aziz", "KARIMOV AZIZ", "M", dt.date(1988, 3, 12), "UZ", "+998 90 111 22 33")
    view = page.person_view
    assert view.isVisible() and person.number in view.summary.text()
    assert view.banner.isVisible() and person.number in view.banner.text()
    # The new person is in the search index at once.
    assert search(qtbot, page, "Karimov Aziz") == [person.number]


def test_form_shows_each_problem_under_its_field(qtbot, visitors, dialogs):
    _window, page = visitors()
    page.new_visitor()
    form = page.opener.dialog
    qtbot.waitUntil(form.isActiveWindow)
    form.birth_date.setText("31.02.1990")
    form.phone.setText("12-34")
    qtbot.keyClick(form.phone, Qt.Key.Key_Return)
    assert form.isVisible()
    assert form.family_box.message.isVisible()
    assert form.family_box.message.text() == "Give at least one name."
    assert "31.12.1990 or 1990-12-31" in form.birth_date_box.message.text()
    assert form.phone_box.message.text().startswith("A phone number has 7 to 15 digits")
    assert not form.sex_box.message.isVisible()  # the date is the problem, not a missing age
    assert focused() is form.family_name

    form.family_name.insert("Юсупова")
    form.birth_date.setText("")
    form.phone.setText("")
    qtbot.keyClick(form.family_name, Qt.Key.Key_Return)
    assert form.sex_box.message.text().startswith("Give the sex or the age")
    assert not form.birth_date_box.message.isVisible()

    # Esc on a form with typing asks first; keeping it changes nothing.
    dialogs.answers.append(False)
    qtbot.keyClick(form.family_name, Qt.Key.Key_Escape)
    assert form.isVisible() and dialogs.shown[-1][1] == "Discard what was typed?"
    dialogs.answers.append(True)
    qtbot.keyClick(form.family_name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.opener.dialog is None)


def test_a_message_under_a_field_goes_as_soon_as_the_field_is_corrected(qtbot, visitors):
    _window, page = visitors()
    page.new_visitor()
    form = page.opener.dialog
    qtbot.waitUntil(form.isActiveWindow)
    form.birth_date.setText("31.02.1990")
    form.phone.setText("12-34")
    qtbot.keyClick(form.phone, Qt.Key.Key_Return)
    assert form.family_box.message.isVisible() and form.birth_date_box.message.isVisible()
    assert form.phone_box.message.isVisible()

    qtbot.keyClicks(form.family_name, "Y")  # one letter makes a name: its message goes at once
    assert not form.family_box.message.isVisible()
    assert form.birth_date_box.message.isVisible() and form.phone_box.message.isVisible()
    form.phone.setText("12-345")  # still wrong: the message stays
    assert form.phone_box.message.isVisible()
    form.phone.setText("+7 701 234 56 78")
    assert not form.phone_box.message.isVisible()
    form.birth_date.setText("28.02.1990")
    assert not form.birth_date_box.message.isVisible()
    # A problem not yet complained of waits for the next Register: nothing new appears while typing.
    form.family_name.clear()
    assert not form.family_box.message.isVisible()
    qtbot.keyClick(form.phone, Qt.Key.Key_Return)
    assert form.family_box.message.isVisible()


def test_fields_hold_what_the_service_accepts_and_a_long_note_is_named(qtbot, visitors):
    from desktop.services import limits
    _window, page = visitors()
    page.new_visitor()
    form = page.opener.dialog
    qtbot.waitUntil(form.isActiveWindow)
    assert form.family_name.maxLength() == limits.VISITOR["family_name"].chars == 120
    assert form.address.maxLength() == limits.VISITOR["address"].chars
    QApplication.clipboard().setText("Ж" * 500)
    qtbot.keyClick(form.family_name, Qt.Key.Key_V, CTRL)  # a paste: the field keeps what the service accepts
    assert form.family_name.text() == "Ж" * 120
    assert QToolTip.text() == "Family name: at most 120 characters; the rest was not taken."  # and says so
    form.birth_year.setText("1990")
    form.notes.setPlainText("n" * 4001)
    qtbot.keyClick(form.family_name, Qt.Key.Key_Return)
    assert form.isVisible()
    assert form.message.text() == "Notes: at most 4000 characters; this one has 4001."


def test_lists_languages_documents_and_household_by_keyboard(qtbot, visitors, gate):
    _window, page = visitors(Role.RECEPTIONIST)
    page.new_visitor()
    form = page.opener.dialog
    qtbot.waitUntil(form.isActiveWindow)
    form.family_name.insert("Назаров")
    form.sex.set_code("M")
    row = form.documents.rows[0]  # a new visitor's form has a document row ready
    row.widgets[0].setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "AB 1234567")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "MVD RT")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "31.12.2030")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.consents.checks["registration"]  # consent is asked next
    for _ in form.consents.checks.values():
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is row.remove
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.documents.add_button
    press(qtbot, Qt.Key.Key_Space)          # Add a document: the new row takes the focus
    assert focused() is form.documents.rows[1].widgets[0]
    form.household.add_row()
    form.household.rows[0].widgets[0].set_code("child")
    form.household.rows[0].widgets[1].insert("Мадина")
    form.household.rows[0].widgets[2].setText("20x5")
    form.languages.add_row()
    form.languages.rows[0].widgets[0].set_code("tg")
    form.languages.rows[0].widgets[2].setChecked(True)
    form.consents.checks["registration"].setChecked(True)
    assert form.health is None  # receptionists never get the health fields
    form.family_name.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert form.household.message.text() == "Row 1: Write the year with four digits, e.g. 1985."
    assert focused() is form.household.rows[0].widgets[0]
    form.household.rows[0].widgets[2].setText("2015")
    form.family_name.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.opener.dialog is None, timeout=3000)

    view = page.person_view
    assert view.list_values["documents"].text() == "Passport AB 1234567, issued by MVD RT, valid until 31.12.2030"
    assert view.list_values["household"].text() == "Child: Мадина, born 2015"
    assert view.list_values["languages"].text() == "Тоҷикӣ — interpreter needed"
    # With when, by whom and the version of the words the person was told.
    assert view.list_values["consents"].text() == (f"Keeping a record of the person: given on "
                                                   f"{dt.date.today():%d.%m.%Y} by Reception (wording version 2)")


# -- duplicates -----------------------------------------------------------------------------------
def _type_second_spelling(qtbot, page) -> VisitorForm:
    press(qtbot, Qt.Key.Key_N, CTRL)
    form = page.opener.dialog
    qtbot.waitUntil(form.isActiveWindow)
    type_keys(qtbot, "ABDULLAYEV")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "RUSTAM")
    form.birth_date.setText("01.05.1990")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.duplicate_dialog is not None, timeout=3000)
    return form


def test_second_spelling_warns_and_opens_the_existing_record(qtbot, desk, visitors, gate):
    first = desk().register(RUSTAM)
    _window, page = visitors(Role.RECEPTIONIST)
    form = _type_second_spelling(qtbot, page)
    dialog = form.duplicate_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    shown = {dialog.model.headerData(c, Qt.Orientation.Horizontal): dialog.model.index(0, c).data()
             for c in range(DuplicateTableModel.COLUMN_COUNT)}
    assert shown["Number"] == first.number
    assert shown["Name as written"] == "Абдуллаев Рустам"
    assert shown["Born"] == "01.05.1990"
    assert shown["Citizenship"] == "Uzbekistan"
    assert shown["Same as typed"] == "Name, Birth date"
    assert shown["Not the same"] == ""
    assert dialog.open_button.isDefault()

    press(qtbot, Qt.Key.Key_Return)  # the default: open this person
    qtbot.waitUntil(lambda: page.opener.dialog is None, timeout=3000)
    view = page.person_view
    assert view.isVisible()
    assert first.number in view.summary.text()
    assert "Already registered as " + first.number in view.banner.text()
    events = audit(gate, "person.duplicate_opened")
    assert len(events) == 1 and events[0].record_id == str(first.person_id)
    assert first.number in events[0].detail
    with gate.db.read() as s:
        assert len(s.execute(select(Person)).scalars().all()) == 1
    # The page offers to log today's visit: Enter does it.
    qtbot.waitUntil(lambda: _window.focusWidget() is view.log_visit_button)


def test_save_as_a_new_person_is_audited(qtbot, desk, visitors, gate):
    first = desk().register(RUSTAM)
    _window, page = visitors(Role.RECEPTIONIST)
    form = _type_second_spelling(qtbot, page)
    qtbot.mouseClick(form.duplicate_dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.opener.dialog is None, timeout=3000)
    with gate.db.read() as s:
        second = s.execute(select(Person).where(Person.family_name == "ABDULLAYEV")).scalar_one()
    events = audit(gate, "person.duplicate_override")
    assert len(events) == 1 and events[0].record_id == str(second.id)
    assert first.number in events[0].detail
    assert second.number in page.person_view.summary.text()


def test_back_to_the_form_keeps_what_was_typed(qtbot, desk, visitors):
    desk().register(RUSTAM)
    _window, page = visitors()
    form = _type_second_spelling(qtbot, page)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: form.duplicate_dialog is None)
    assert form.isVisible() and form.family_name.text() == "ABDULLAYEV"
    assert form.save_button.isEnabled()


# -- the person's page ----------------------------------------------------------------------------
HEALTH_WORDS = ("Tuberculosis", "HIV", "needs a specialist")


@pytest.fixture
def with_health(desk):
    return desk(Role.CASEWORKER).register(NewVisitor(
        family_name="Исмоилов", given_name="Фарход", sex="M", birth_year=1985, citizenship="TJ",
        health=(HealthIn("tb", "needs a specialist"), HealthIn("hiv"))))


def test_receptionist_never_sees_what_health_information_is(qtbot, visitors, with_health, gate):
    _window, page = visitors(Role.RECEPTIONIST)
    page.open_person(with_health.person_id)
    view = page.person_view
    assert view.health_notice.isVisible()
    assert view.health_notice.text() == "Restricted health information is recorded."
    assert not view.show_health_button.isVisible()
    everything = all_texts(page) + "\n".join(visible_texts(page))
    for word in HEALTH_WORDS:
        assert word not in everything
    assert audit(gate, "health.view") == []
    # The edit form has no health fields for a receptionist either.
    view.edit()
    assert view.opener.dialog.health is None
    assert "Tuberculosis" not in all_texts(view.opener.dialog)
    view.opener.dialog.reject()


def test_caseworker_sees_health_information_and_the_viewing_is_audited(qtbot, visitors, with_health, gate):
    _window, page = visitors(Role.CASEWORKER)
    page.open_person(with_health.person_id)
    view = page.person_view
    assert "Tuberculosis" not in all_texts(view)  # not before asking
    assert view.show_health_button.isVisible()
    qtbot.mouseClick(view.show_health_button, Qt.MouseButton.LeftButton)
    assert view.health_values.isVisible()
    assert view.health_values.text() == "Tuberculosis — needs a specialist\nHIV"
    events = audit(gate, "health.view")
    assert len(events) == 1 and events[0].record_id == str(with_health.person_id)


def test_edit_saves_with_the_version_and_shows_the_history(qtbot, desk, visitors, gate):
    row = desk().register(RUSTAM)
    _window, page = visitors(Role.RECEPTIONIST)
    page.open_person(row.person_id)
    view = page.person_view
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    form = view.opener.dialog
    assert form.windowTitle() == f"Edit Абдуллаев Рустам ({row.number})"
    assert form.birth_date.text() == "01.05.1990" and form.citizenship.code() == "UZ"
    form.phone.setText("+998 90 123 45 67")
    qtbot.keyClick(form.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.opener.dialog is None)
    assert view.detail_values["phone"].text() == "+998 90 123 45 67"
    history = [(view.history_model.index(r, 2).data(), view.history_model.index(r, 3).data())
               for r in range(view.history_model.rowCount())]
    assert history[0] == ("Personal details: changed", "Phone")
    assert history[-1] == ("Personal details: added", "")
    assert view.history_model.index(0, 1).data() == "Reception"  # the staff member's name, not "reception"

    # Someone else saves meanwhile, at another desk (another program on the same file,
    # whose changes this window does not hear of): this desk's edit is refused, not lost silently.
    there = desk()
    elsewhere = VisitorService(Database(there.db.engine, path=there.db.path), there.identity)
    elsewhere.update(row.person_id, NewVisitor(**{**RUSTAM.__dict__, "address": "Алматы"}),
                     expected_version=view.page.version)
    view.edit()
    form = view.opener.dialog
    form.notes.setPlainText("second")
    qtbot.keyClick(form.phone, Qt.Key.Key_Return)
    assert form.isVisible()
    assert form.message.text().startswith("Someone else changed this record")
    form.reject()


def test_log_a_visit_from_a_search_result(qtbot, desk, visitors, gate):
    row = desk().register(DILNOZA)
    _window, page = visitors(Role.RECEPTIONIST)
    search(qtbot, page, "Dilnoza")
    press(qtbot, Qt.Key.Key_V, CTRL_SHIFT)
    dialog = page.opener.dialog
    assert dialog is not None and dialog.objectName() == "visit_dialog"
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focused() is dialog.needs["health"]
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)  # Legal aid
    dialog.services["information"].setChecked(True)
    dialog.notes.setFocus()
    type_keys(qtbot, "work contract")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.opener.dialog is None)
    with gate.db.read() as s:
        visit = s.execute(select(Visit).where(Visit.person_id == row.person_id)).scalar_one()
    assert (visit.needs, visit.services, visit.notes, visit.staff) == ("legal", "information", "work contract",
                                                                        "reception")
    assert page.message.text() == f"Visit logged for Karimova Dilnoza ({row.number})."
    page.open_selected()
    assert page.person_view.visits_model.rowCount() == 1
    assert page.person_view.visits_model.index(0, 1).data() == "Legal aid"


def test_log_visit_without_a_chosen_visitor_says_what_to_do(qtbot, visitors):
    _window, page = visitors()
    press(qtbot, Qt.Key.Key_V, CTRL_SHIFT)
    assert page.opener.dialog is None
    assert page.message.text() == "Find the visitor first, then choose them in the list."


def test_director_merges_two_records_of_one_person(qtbot, desk, visitors, dialogs, gate):
    service = desk()
    keep = service.register(RUSTAM)
    gone = service.register(NewVisitor(family_name="Abdullaev", given_name="Rustam", sex="M", birth_year=1990,
                                       phone="+998 90 000 11 22"))
    window, page = visitors(Role.DIRECTOR)
    page.open_person(keep.person_id)
    view = page.person_view
    assert view.merge_button.isVisible()
    view.merge()
    dialog = view.opener.dialog
    with qtbot.waitSignal(dialog.runner.results_ready, timeout=3000):
        dialog.search.insert("Abdullaev")
    assert [dialog.model.row_at(r).row.number for r in range(dialog.model.rowCount())] == [gone.number]
    dialogs.answers.append(True)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.opener.dialog is None)
    assert dialogs.shown[-1][1] == "Merge two records?"
    assert view.list_values["merged"].text() == gone.number
    assert view.detail_values["phone"].text() == "+998 90 000 11 22"
    assert len(audit(gate, "person.merge")) == 1
    # The merged number still finds the person.
    page.back_to_search()
    assert search(qtbot, page, gone.number) == [keep.number]


def test_receptionist_has_no_merge(qtbot, desk, visitors):
    row = desk().register(RUSTAM)
    _window, page = visitors(Role.RECEPTIONIST)
    page.open_person(row.person_id)
    assert not page.person_view.merge_button.isVisible()
    assert not page.import_button.isVisible()


# -- who sees visitors ---------------------------------------------------------------------------
@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.ADMINISTRATOR])
def test_coordinators_and_administrators_do_not_see_visitors(qtbot, open_window, role):
    window = open_window(role)
    page = window.pages[Area.VISITORS]
    assert isinstance(page, NoVisitorAccessPage)
    assert page.notice.isVisible() and "has no access to visitors' records" in page.notice.text()
    assert window.index_keeper is None and window.visitor_index is None
    qtbot.keyClick(window.navigation, Qt.Key.Key_N, CTRL)
    assert window.findChildren(VisitorForm) == []


def test_the_lock_closes_the_form_and_stops_the_shortcuts(qtbot, visitors):
    window, page = visitors()
    page.new_visitor()
    form = page.opener.dialog
    form.family_name.insert("Тест")
    window.lock(reason="manual")
    qtbot.waitUntil(lambda: page.opener.dialog is None)
    qtbot.keyClick(window.lock_page.password, Qt.Key.Key_N, CTRL)
    assert page.opener.dialog is None
    window.unlock("battery staple")
    qtbot.waitUntil(lambda: not window.locked)
    assert window.pages[Area.VISITORS].new_action.isEnabled()


def test_a_cancelled_index_load_can_be_started_again(qtbot, gate, desk, open_window, monkeypatch):
    desk().register(RUSTAM)
    from desktop.services.search import VisitorIndex

    original = VisitorIndex.load

    def slow_to_cancel(self, progress=None, cancelled=None):
        qtbot_wait = threading.Event()
        while cancelled is not None and not cancelled() and not qtbot_wait.wait(0.01):
            pass
        return original(self, progress=progress, cancelled=cancelled)
    monkeypatch.setattr(VisitorIndex, "load", slow_to_cancel)
    window = open_window(Role.RECEPTIONIST)
    page = window.pages[Area.VISITORS]
    assert page.loading.isVisible() and page.long_work.progress.isVisible()
    assert page.loading_label.text().startswith("Loading the visitor list")
    with qtbot.waitSignal(page.keeper.load_cancelled, timeout=3000):
        qtbot.mouseClick(page.long_work.cancel_button, Qt.MouseButton.LeftButton)
    assert page.load_again_button.isVisible()
    monkeypatch.setattr(VisitorIndex, "load", original)
    with qtbot.waitSignal(page.keeper.loaded, timeout=3000):
        qtbot.mouseClick(page.load_again_button, Qt.MouseButton.LeftButton)
    assert not page.loading.isVisible()
    assert len(search(qtbot, page, "rustam")) == 1


# -- importing a register -------------------------------------------------------------------------
REGISTER = """Фамилия;Имя;Дата рождения;Гражданство;Телефон;Примечание
Абдуллаев;Рустам;01.05.1990;Узбекистан;;приходил в 2023
Саидова;Мехрибон;12.07.1995;Таджикистан;+992 93 111 22 33;
Турсунов;Бобур;31.02.1988;UZ;;
Қасымов;Ерлан;1979;Казахстан;+7 701 555 44 33;
"""


def test_import_wizard_imports_a_csv_and_reports(qtbot, desk, visitors, dialogs, gate, tmp_path):
    existing = desk().register(RUSTAM)
    path = tmp_path / "register.csv"
    path.write_text(REGISTER, encoding="utf-8")
    _window, page = visitors(Role.CASEWORKER)
    assert page.import_button.isVisible()
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    wizard = page.opener.dialog
    assert wizard.objectName() == "import_wizard"

    dialogs.files.append(path)
    qtbot.mouseClick(wizard.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == wizard.MAPPING, timeout=3000)
    # Guessed from the Russian headers; the notes column is mapped too.
    assert [c.currentData() for c in wizard.combos] == ["family_name", "given_name", "birth_date", "citizenship",
                                                       "phone", "notes"]
    model = wizard.preview_model
    assert model.rowCount() == 4
    assert model.headerData(model.FIRST_CELL, Qt.Orientation.Horizontal) == "Фамилия\n→ Family name"
    problems = {model.index(r, 0).data(): model.index(r, model.problems_column).data()
                for r in range(model.rowCount())}
    assert problems["2"] == "" and "31.02.1988" in problems["4"]
    # Leaving the notes out of the import greys that column.
    wizard.set_column(5, "")
    assert model.headerData(model.FIRST_CELL + 5, Qt.Orientation.Horizontal) == "Примечание"
    # Taking every name column away is refused before anything is imported.
    wizard.set_column(0, "")
    wizard.set_column(1, "")
    assert not wizard.next_button.isEnabled() and "No column holds names" in wizard.mapping_message.text()
    wizard.set_column(0, "family_name")
    wizard.set_column(1, "given_name")
    assert wizard.next_button.isEnabled()

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == wizard.REPORT, timeout=5000)
    report = wizard.report
    assert report.created == 2
    assert report.duplicates == [(2, existing.number)]
    assert [row for row, _ in report.errors] == [4]
    assert wizard.summary_label.text().startswith("2 row")
    dup = wizard.duplicates_model
    assert (dup.index(0, 0).data(), dup.index(0, 1).data()) == ("2", existing.number)
    assert wizard.errors_model.index(0, 0).data() == "4"
    assert wizard.duplicates_table.isVisible() and wizard.errors_table.isVisible()

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)  # Close
    qtbot.waitUntil(lambda: page.opener.dialog is None)
    assert len(search(qtbot, page, "Саидова")) == 1
    assert len(search(qtbot, page, "Kasymov Erlan")) == 1


def test_a_receptionist_cannot_import(qtbot, visitors):
    _window, page = visitors(Role.RECEPTIONIST)
    assert not page.import_button.isVisible()
    page.import_visitors()
    assert page.opener.dialog is None


# -- languages --------------------------------------------------------------------------------------
class Lengthening(QTranslator):
    """Every text half as long again, as Kazakh and Russian run: the layout must still fit."""

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return False

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if not source_text or len(source_text) < 2:
            return source_text
        return source_text + " " + "ө" * max(2, len(source_text) // 2)


def clipped(widget) -> list[str]:
    """Labels and buttons shown narrower than their text needs."""
    out = []
    for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        if not w.isVisible() or not w.text() or (isinstance(w, QLabel) and w.wordWrap()):
            continue
        if w.width() < w.sizeHint().width():
            out.append(f"{w.text()!r}: {w.width()} < {w.sizeHint().width()}")
    return out


def settles_unclipped(qtbot, widget) -> None:
    """Wait for the layouts to settle with every text whole; fail naming what stays cut."""
    try:
        qtbot.waitUntil(lambda: clipped(widget) == [], timeout=3000)
    except qtbot.TimeoutError:
        assert clipped(widget) == []


def test_long_translations_fit(qtbot, desk, visitors, install_translator, with_health):
    install_translator(Lengthening())
    window, page = visitors(Role.CASEWORKER)
    window.resize(1280, 800)
    assert page.heading.text() == "Visitors өөөө"
    settles_unclipped(qtbot, page.search_view)
    page.open_person(with_health.person_id)
    settles_unclipped(qtbot, page.person_view)
    page.person_view.edit()
    form = page.person_view.opener.dialog
    qtbot.waitExposed(form)
    assert form.health is not None
    assert clipped(form) == []
    form.reject()
    page.log_visit()
    dialog = page.opener.dialog
    qtbot.waitExposed(dialog)
    assert clipped(dialog) == []
    dialog.reject()


def test_the_area_follows_a_language_switch(qtbot, desk, visitors, switcher, install_translator):
    row = desk().register(RUSTAM)
    # Stand-ins for the texts the Russian catalogue may not have yet; where it has them, it wins.
    install_translator(CatalogueTranslator(switcher, "ru", {
        "Number": "Номер", "Find a visitor: name in any script, phone, document or registration number (Ctrl+F)":
        "Найти посетителя (Ctrl+F)", "Personal details": "Личные данные", "Log visit": "Отметить визит"}))
    window, page = visitors()
    search(qtbot, page, "rustam")
    page.open_person(row.person_id)
    english = page.search.placeholderText()
    switcher.choose("ru")
    qtbot.waitUntil(lambda: page.search.placeholderText() != english)
    assert "Ctrl+F" in page.search.placeholderText()
    assert page.model.headerData(VisitorTableModel.NUMBER, Qt.Orientation.Horizontal) != "Number"
    assert page.person_view.details_group.title() != "Personal details"
    assert page.visit_action.text() != "Log visit"
    # Country names are data in three languages, shown in the interface's.
    assert page.model.index(0, VisitorTableModel.CITIZENSHIP).data() == "Узбекистан"
    assert page.person_view.detail_values["citizenship"].text() == "Узбекистан"


def test_window_shortcuts_reach_the_visitors_from_any_area(qtbot, visitors):
    window, page = visitors()
    window.show_area(Area.SETTINGS)
    qtbot.keyClick(window.navigation, Qt.Key.Key_F, CTRL)
    assert window.current_area() == Area.VISITORS
    assert window.focusWidget() is page.search
    window.show_area(Area.SETTINGS)
    qtbot.keyClick(window.navigation, Qt.Key.Key_N, CTRL)
    assert window.current_area() == Area.VISITORS
    assert isinstance(page.opener.dialog, VisitorForm)
    page.opener.dialog.reject()


def test_the_duplicate_list_says_what_is_not_the_same(qtbot):
    """A renewed passport or a namesake: the receptionist sees the document differs."""
    from desktop.models import uuid7
    from desktop.services.visitors import DuplicateCandidate, VisitorRow

    row = VisitorRow(uuid7(), "KZ-ALA-2026-000007", "Абдуллаев", "Рустам", "", "", "M", None, 1990, "UZ")
    model = DuplicateTableModel()
    model.set_rows([DuplicateCandidate(row, 100.0, ("name", "birth_year", "citizenship"), ("document",))])
    assert model.index(0, DuplicateTableModel.MATCHED).data() == "Name, Year of birth, Citizenship"
    assert model.index(0, DuplicateTableModel.DIFFERS).data() == "Document"
    assert model.headerData(DuplicateTableModel.DIFFERS, Qt.Orientation.Horizontal) == "Not the same"


def test_the_window_stores_its_index_and_reads_it_again_after_a_gap(qtbot, desk, visitors, gate):
    """Built from every visitor once, the index is stored for the next log-in;
    when changes it never saw were pruned from the change log, it is read again."""
    from sqlalchemy import delete

    from desktop.models import ChangeLog
    from desktop.services import search_store

    first = desk().register(RUSTAM)
    window, page = visitors(Role.RECEPTIONIST)
    assert window.visitor_index.built
    qtbot.waitUntil(lambda: search_store.read_meta(gate.db) is not None, timeout=5000)
    assert search(qtbot, page, "Abdullaev Rustam")[0] == first.number

    ahmad = desk().register(AHMAD)
    with gate.db.session() as s:
        s.execute(delete(ChangeLog))  # acknowledged by HQ and pruned before this window saw it
    with qtbot.waitSignal(window.index_keeper.loaded, timeout=5000):
        window.index_keeper.refresh()
    qtbot.waitUntil(lambda: not page.runner.searching)  # the last query is run again on the new index
    assert search(qtbot, page, "Rahimi Ahmad")[0] == ahmad.number
