"""People's rights in the window: the director's buttons on a person's page
(everything held, legal hold, erasure) and the administrator's retention area."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from sqlalchemy import select

from desktop.models import Person, PurgeLog, Role
from desktop.services.retention import retention_months
from desktop.services.rights import RightsService
from desktop.services.visitors import VisitorService
from desktop.views.kit.output import PrintPagesDialog
from desktop.views.shell.areas import Area
from tests.conftest import STAFF, password_of
from tests.unit.test_retention import OLD, backdate


@pytest.fixture
def person(gate):
    director = gate.log_in(STAFF[Role.DIRECTOR], password_of(STAFF[Role.DIRECTOR]))
    visitors = VisitorService(gate.db, director)
    row = visitors.register(OLD)
    visitors.log_visit(row.person_id, needs=("legal",), notes="Жалақы төленбеген")
    return row


def _page_of(qtbot, window, person_id):
    qtbot.waitUntil(lambda: window.index_keeper.is_loaded)
    page = window.pages[Area.VISITORS]
    page.open_person(person_id)
    return page.person_view


def _dialog(qtbot, rights, kind):
    qtbot.waitUntil(lambda: isinstance(rights.opener.dialog, kind))
    return rights.opener.dialog


def test_only_a_director_sees_the_rights_buttons_and_others_see_the_hold(qtbot, open_window, gate, person):
    RightsService(gate.db, gate.log_in(STAFF[Role.DIRECTOR], password_of(STAFF[Role.DIRECTOR]))).place_hold(
        person.person_id, reason="Сот ісі № 2-55/2026")
    window = open_window(Role.RECEPTIONIST)
    view = _page_of(qtbot, window, person.person_id)
    rights = view.rights
    assert not rights.everything_button.isVisible()
    assert not rights.hold_button.isVisible() and not rights.erase_button.isVisible()
    assert rights.notice.isVisible() and "Legal hold" in rights.notice.text()
    assert "Сот ісі" not in rights.notice.text()  # the reason is for directors


def test_director_places_a_hold_then_erases_after_releasing_it(qtbot, open_window, gate, person, dialogs):
    window = open_window(Role.DIRECTOR)
    view = _page_of(qtbot, window, person.person_id)
    rights = view.rights
    assert rights.everything_button.isVisible() and rights.erase_button.isEnabled()

    rights.hold_button.click()
    dialog = _dialog(qtbot, rights, object)
    dialog.reason.insert("Сот ісі № 2-55/2026")
    dialog.act_button.click()
    qtbot.waitUntil(lambda: rights.notice.isVisible())
    assert "Сот ісі № 2-55/2026" in rights.notice.text()
    assert not rights.erase_button.isEnabled()
    assert view.banner.text() == "The legal hold was placed."

    rights.hold_button.click()
    dialog = _dialog(qtbot, rights, object)
    dialog.act_button.click()
    qtbot.waitUntil(lambda: not rights.notice.isVisible())
    assert rights.erase_button.isEnabled()

    rights.erase_button.click()
    dialog = _dialog(qtbot, rights, object)
    dialog.erase_button.click()
    assert "Say why" in dialog.message.text()
    dialog.reason.insert("Өзі жазбаша сұрады, 01.12.2026")
    dialogs.answers.append(True)
    dialog.erase_button.click()
    qtbot.waitUntil(lambda: view.heading.text() == "Anonymised record")
    assert "anonymised" in view.banner.text()
    assert not view.edit_button.isVisible() and not view.log_visit_button.isVisible()
    assert not rights.erase_button.isVisible() and not rights.hold_button.isVisible()
    assert rights.everything_button.isVisible()  # what is left can still be given
    with gate.db.read() as s:
        assert s.get(Person, person.person_id).family_name == ""
    assert view.service.search("Юлдашева") == []


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by .ci/run")
def test_director_saves_everything_held_in_russian(qtbot, open_window, person, dialogs, tmp_path):
    window = open_window(Role.DIRECTOR)
    view = _page_of(qtbot, window, person.person_id)
    rights = view.rights
    rights.everything_button.click()
    dialog = _dialog(qtbot, rights, PrintPagesDialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.target.setCurrentIndex(dialog.target.findData(PrintPagesDialog.SAVE))
    target = tmp_path / "everything.pdf"
    dialogs.files.append(target)
    dialog.accept()
    qtbot.waitUntil(lambda: view.message.kind == "done", timeout=10_000)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Всё, что хранится о человеке" in text and "Юлдашева" in text and person.number in text
    assert dialogs.asked[0][1].endswith(f"{person.number}-everything-held.pdf")


def test_administrator_sees_who_is_due_without_names_and_confirms(qtbot, open_window, gate, person, dialogs):
    backdate(gate, person.person_id, years=6)
    window = open_window(Role.ADMINISTRATOR)
    assert window.areas[-1] == Area.RETENTION
    window.show_area(Area.RETENTION)
    page = window.pages[Area.RETENTION]
    qtbot.waitUntil(lambda: page.due_model.rowCount() == 1)
    assert page.due_model.index(0, 0).data() == person.number
    shown = [page.due_model.index(0, c).data() for c in range(page.due_model.columnCount())]
    assert not any("Юлдашева" in (x or "") for x in shown)
    assert page.apply_button.text() == "Anonymise 1 person…"
    dialogs.answers.append(False)
    page.apply_button.click()
    assert page.due_model.rowCount() == 1
    dialogs.answers.append(True)
    page.apply_button.click()
    qtbot.waitUntil(lambda: page.message.kind == "done", timeout=10_000)
    assert page.message.text() == "1 person anonymised."
    qtbot.waitUntil(lambda: not page.long_work.busy() and page.due_model.rowCount() == 0)
    assert not page.apply_button.isEnabled()
    assert page.purge_model.rowCount() == 1
    assert page.purge_model.index(0, 1).data() == "Retention period over"
    with gate.db.read() as s:
        assert s.execute(select(PurgeLog)).scalar_one().people == 1


def test_administrator_changes_the_period(qtbot, open_window, gate):
    window = open_window(Role.ADMINISTRATOR)
    window.show_area(Area.RETENTION)
    page = window.pages[Area.RETENTION]
    qtbot.waitUntil(lambda: page.overview is not None)
    assert page.months.value() == 60 and page.due_text.text().startswith("Nobody is due")
    page.months.setValue(36)
    page.save_button.click()
    assert page.message.text() == "Records are now kept 36 months after their last activity."
    qtbot.waitUntil(lambda: not page.long_work.busy())
    assert page.months.value() == 36
    assert retention_months(gate.db) == 36
