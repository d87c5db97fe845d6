"""From a draft referral to a printed letter in few, obvious steps: a draft is
edited in the referral dialog; a director sees the drafts waiting for them,
with their count, and issues and prints in one step; a double click on a
referral on a person's page opens it in the Referrals area."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.models import Role
from desktop.services.referrals import ProviderIn, ReferralIn, ReferralService
from desktop.services.visitors import NewVisitor, VisitorService
from desktop.views.kit.printing import PrinterDialog
from desktop.views.referrals.referral_dialog import MakeReferralDialog
from desktop.views.referrals.referrals_page import ReferralsPage
from desktop.views.shell.areas import Area
from tests.conftest import AGREED, password_of

RUSTAM = NewVisitor(family_name="Абдуллаев", given_name="Рустам", sex="M", birth_date=dt.date(1990, 5, 1),
                    citizenship="UZ", phone="+998 90 765 43 21", consents=AGREED)


@pytest.fixture
def draft(gate):
    caseworker = gate.log_in("caseworker", password_of("caseworker"))
    person = VisitorService(gate.db, caseworker).register(RUSTAM)
    director = ReferralService(gate.db, gate.log_in("director", password_of("director")))
    clinic = director.save_provider(ProviderIn("Туберкулезге қарсы диспансер", "Противотуберкулёзный диспансер",
                                               "City TB Dispensary", "tb_clinic"))
    director.save_provider(ProviderIn("Заң көмегі", "Юридическая помощь", "Legal Aid Office", "legal_aid"))
    return ReferralService(gate.db, caseworker).create(ReferralIn(person.person_id, clinic.provider_id, "tb_clinic",
                                                                  reason="Cough"))


def referrals_page(window) -> ReferralsPage:
    window.show_area(Area.REFERRALS)
    return window.pages[Area.REFERRALS]


def test_a_draft_is_edited_in_the_referral_dialog(qtbot, open_window, gate, draft):
    window = open_window(Role.CASEWORKER)
    page = referrals_page(window)
    page.set_view(None)
    assert page.select(draft.referral_id)
    assert page.edit_button.isVisible()
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.opener.dialog
    assert isinstance(dialog, MakeReferralDialog)
    assert dialog.windowTitle() == "Edit the draft referral"
    assert dialog.ok_button.text() == "Save draft"
    assert (dialog.category.currentData(), dialog.provider.currentText(), dialog.reason.toPlainText()) == (
        "tb_clinic", "City TB Dispensary", "Cough")
    dialog.set_category("legal_aid")
    dialog.priority.setCurrentIndex(dialog.priority.findData("urgent"))
    dialog.reason.setPlainText("Employer keeps his passport")
    dialog.facts["phone"].setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.opener.dialog is None)
    row = page.detail.row
    assert (row.referral_id, row.status, row.service, row.priority, row.reason, row.disclose) == (
        draft.referral_id, "draft", "legal_aid", "urgent", "Employer keeps his passport", ("name", "birth_date", "phone"))
    assert page.detail.values["provider"].text() == "Legal Aid Office"
    assert page.message.text() == "The draft was saved."
    window.close()


def test_a_director_issues_and_prints_the_drafts_waiting_in_one_step(qtbot, open_window, gate, draft, dialogs,
                                                                    printers):
    printers.queues = ["Front desk"]
    window = open_window(Role.DIRECTOR)
    page = referrals_page(window)
    # The drafts waiting for a director come first, with their count.
    assert page.current_view() == "drafts"
    assert page.view_bar.tabText(0) == "Drafts to issue (1)"
    assert [r.referral_id for r in page.model.rows()] == [draft.referral_id]
    page.table.selectRow(0)
    assert page.issue_print_button.isVisible() and page.edit_button.isVisible()
    dialogs.answers.append(True)
    qtbot.mouseClick(page.issue_print_button, Qt.MouseButton.LeftButton)
    chooser = page.output.opener.dialog
    assert isinstance(chooser, PrinterDialog)
    issued = ReferralService(gate.db, window.identity).get(draft.referral_id)
    assert issued.status == "issued" and chooser.document.text() == issued.letter_number
    chooser.accept()
    qtbot.waitUntil(lambda: not page.output.busy() and page.message.kind is not None, timeout=10_000)
    assert page.message.text() == f"Letter {issued.letter_number} was sent to Front desk."
    assert [(queue, title) for _pdf, queue, title, _copies in printers.sent] == [("Front desk", issued.letter_number)]
    # Nothing waits any more.
    qtbot.waitUntil(lambda: page.view_bar.tabText(0) == "Drafts to issue (0)")
    window.close()


def test_a_caseworker_has_no_drafts_view(qtbot, open_window, draft):
    window = open_window(Role.CASEWORKER)
    page = referrals_page(window)
    assert "drafts" not in [page.view_code(i) for i in range(page.view_bar.count())]
    window.close()


def test_a_double_click_on_a_persons_referral_opens_it_in_the_referrals_area(qtbot, open_window, draft):
    window = open_window(Role.CASEWORKER)
    visitors = window.pages[Area.VISITORS]
    qtbot.waitUntil(lambda: window.index_keeper.is_loaded)
    visitors.open_person(draft.person_id)
    table = visitors.person_view.referrals_table
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    index = table.model().index(0, 0)
    rect = table.visualRect(index)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_area() == Area.REFERRALS
    page = window.pages[Area.REFERRALS]
    assert page.tabs.currentIndex() == 0
    assert page.detail.row is not None and page.detail.row.referral_id == draft.referral_id
    assert page.table.selectionModel().selectedRows()
    window.close()
