"""Without the person's consent to sharing their details, the window says so
where the referral is made or issued, shows the words to read to them, and
records their answer there and then; the referral goes on once they agree."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.models import Role
from desktop.services import vocab
from desktop.services.referrals import ProviderIn, ReferralIn, ReferralService
from desktop.services.visitors import ConsentIn, NewVisitor, VisitorService
from desktop.views.referrals.consent_question import SharingConsentDialog
from desktop.views.referrals.referral_dialog import MakeReferralDialog
from desktop.views.shell.areas import Area
from tests.conftest import AGREED, password_of

ZARINA = NewVisitor(family_name="Ахмади", given_name="Зарина", sex="F", birth_date=dt.date(1995, 3, 8),
                    citizenship="AF", consents=(ConsentIn("registration", True),))


@pytest.fixture
def clinic(gate):
    director = gate.log_in("director", password_of("director"))
    return ReferralService(gate.db, director).save_provider(ProviderIn(
        "Туберкулезге қарсы диспансер", "Противотуберкулёзный диспансер", "City TB Dispensary", "tb_clinic"))


def test_the_referral_dialog_asks_for_consent_first_and_records_it(qtbot, open_window, gate, clinic):
    caseworker = gate.log_in("caseworker", password_of("caseworker"))
    zarina = VisitorService(gate.db, caseworker).register(ZARINA)
    window = open_window(Role.CASEWORKER)
    visitors = window.pages[Area.VISITORS]
    qtbot.waitUntil(lambda: window.index_keeper.is_loaded)
    visitors.open_person(zarina.person_id)
    view = visitors.person_view
    qtbot.mouseClick(view.refer_button, Qt.MouseButton.LeftButton)
    dialog = view.opener.dialog
    assert isinstance(dialog, MakeReferralDialog)
    qtbot.waitExposed(dialog)
    # Asked before anything else: the words to read, and nothing to make yet.
    assert dialog.consent.isVisible()
    assert zarina.number in dialog.consent.problem.text() and "has not been asked" in dialog.consent.problem.text()
    assert dialog.consent.wording.text() == vocab.consent_wording("referral_sharing")
    assert "the referral letter gives that service your name" in dialog.consent.wording.text()
    assert not dialog.ok_button.isEnabled()

    qtbot.mouseClick(dialog.consent.agree, Qt.MouseButton.LeftButton)
    assert not dialog.consent.isVisible()
    assert dialog.ok_button.isEnabled()
    assert dialog.message.text() == "Their consent is recorded."
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.opener.dialog is None)
    assert view.referrals_model.rowCount() == 1
    given = ReferralService(gate.db, caseworker).sharing_consent(zarina.person_id)
    assert (given.given, given.wording_version, given.recorded_by) == (
        True, vocab.consent_version("referral_sharing"), "Caseworker")  # the staff member's name
    # The person's page shows the answer with its wording's version, who and when.
    qtbot.waitUntil(lambda: "version" in view.list_values["consents"].text())
    consents = view.list_values["consents"].text()
    assert given.recorded_by in consents and dt.date.today().strftime("%d.%m.%Y") in consents
    window.close()


def test_a_refusal_is_recorded_and_no_referral_is_made(qtbot, open_window, gate, clinic):
    caseworker = gate.log_in("caseworker", password_of("caseworker"))
    zarina = VisitorService(gate.db, caseworker).register(ZARINA)
    service = ReferralService(gate.db, caseworker)
    dialog = MakeReferralDialog(service, person_id=zarina.person_id, person_label="Zarina",
                                person_number=zarina.number)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.consent.refuse, Qt.MouseButton.LeftButton)
    assert dialog.consent.isVisible() and not dialog.ok_button.isEnabled()
    assert "withdrew" in dialog.consent.problem.text()
    assert service.sharing_consent(zarina.person_id).given is False
    assert service.list(person_id=zarina.person_id) == []


def test_issuing_without_consent_asks_the_person_and_then_issues(qtbot, open_window, dialogs, gate, clinic):
    director = gate.log_in("director", password_of("director"))
    visitors = VisitorService(gate.db, director)
    zarina = visitors.register(NewVisitor(**{**ZARINA.__dict__, "consents": AGREED}))
    draft = ReferralService(gate.db, director).create(ReferralIn(zarina.person_id, clinic.provider_id, "tb_clinic"))
    visitors.record_consent(zarina.person_id, purpose="referral_sharing", given=False)

    window = open_window(Role.DIRECTOR)
    window.show_area(Area.REFERRALS)
    page = window.pages[Area.REFERRALS]
    page.set_view(None)
    assert page.select(draft.referral_id)
    dialogs.answers.append(True)
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    assert "withdrew" in page.message.text()
    asked = page.opener.dialog
    assert isinstance(asked, SharingConsentDialog)
    assert asked.panel.wording.text() == vocab.consent_wording("referral_sharing")
    assert page.detail.row.status == "draft"
    qtbot.mouseClick(asked.panel.agree, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.opener.dialog is None)
    assert page.detail.row.status == "issued" and page.detail.row.letter_number
    assert page.message.text() == f"Letter {page.detail.row.letter_number} was issued."
    window.close()
