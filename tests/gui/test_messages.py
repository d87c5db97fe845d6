"""A message shown under a page or form follows a language switch: it is made
again in the new language, or goes, never left in the old one."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt

from desktop.i18n import fill
from desktop.models import Role
from desktop.services.referrals import ProviderIn, ReferralIn, ReferralService
from desktop.services.visitors import NewVisitor, VisitorService
from desktop.views.kit.widgets import MessageLabel
from desktop.views.shell.areas import Area
from tests.conftest import AGREED, password_of

RUSTAM = NewVisitor(family_name="Абдуллаев", given_name="Рустам", sex="M", birth_date=dt.date(1990, 5, 1),
                    citizenship="UZ", consents=AGREED)


def test_a_message_made_by_a_function_is_made_again_and_a_finished_one_goes(qtbot, switcher):
    label = MessageLabel()
    qtbot.addWidget(label)
    label.show_done(lambda: QCoreApplication.translate("DocumentOutput", "Saved as %1.").replace("%1", "x.pdf"))
    assert label.text() == "Saved as x.pdf."
    switcher.choose("ru")
    qtbot.waitUntil(lambda: label.text() != "Saved as x.pdf.")
    assert label.text() == fill(QCoreApplication.translate("DocumentOutput", "Saved as %1."), "x.pdf")
    assert label.kind == MessageLabel.DONE and label.isVisibleTo(label.parentWidget() or label)

    label.show_error("Cannot write x.pdf: the disk is full")  # a finished text: no way to translate it again
    switcher.choose("kk")
    qtbot.waitUntil(lambda: label.kind is None)
    assert label.text() == "" and label.isHidden()


def test_saved_as_follows_the_language_switch(qtbot, open_window, dialogs, gate, switcher, tmp_path):
    director = gate.log_in("director", password_of("director"))
    person = VisitorService(gate.db, director).register(RUSTAM)
    referrals = ReferralService(gate.db, director)
    provider = referrals.save_provider(ProviderIn("Заң көмегі", "Юридическая помощь", "Legal Aid Office",
                                                  "legal_aid"))
    referral = referrals.create(ReferralIn(person.person_id, provider.provider_id, "legal_aid"))
    number = referrals.issue_letter(referral.referral_id).letter_number
    window = open_window(Role.DIRECTOR)
    window.show_area(Area.REFERRALS)
    page = window.pages[Area.REFERRALS]
    page.set_view(None)
    page.table.selectRow(0)
    dialogs.files.append(tmp_path / "letter")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.kind is not None, timeout=10_000)
    saved = tmp_path / "letter.pdf"
    assert page.message.text() == f"Letter {number} was saved as {saved}."

    switcher.choose("ru")
    russian = fill(QCoreApplication.translate("ReferralsPage", "Letter %1 was saved as %2."), number, str(saved))
    assert russian != f"Letter {number} was saved as {saved}."
    qtbot.waitUntil(lambda: page.message.text() == russian)
    switcher.choose("kk")
    kazakh = fill(QCoreApplication.translate("ReferralsPage", "Letter %1 was saved as %2."), number, str(saved))
    qtbot.waitUntil(lambda: page.message.text() == kazakh)
    qtbot.waitUntil(lambda: window.index_keeper is None or window.index_keeper.is_loaded)
    window.close()


def test_visit_logged_follows_the_language_switch(qtbot, open_window, gate, switcher):
    reception = gate.log_in("reception", password_of("reception"))
    row = VisitorService(gate.db, reception).register(RUSTAM)
    window = open_window(Role.RECEPTIONIST)
    qtbot.waitUntil(lambda: window.index_keeper.is_loaded)
    page = window.pages[Area.VISITORS]
    with qtbot.waitSignal(page.runner.results_ready, timeout=3000):
        page.search.insert("Абдуллаев")
    page.log_visit()
    dialog = page.opener.dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.needs["legal"].setChecked(True)
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.opener.dialog is None)
    english = f"Visit logged for Абдуллаев Рустам ({row.number})."
    assert page.message.text() == english
    switcher.choose("ru")
    russian = fill(QCoreApplication.translate("VisitorsPage", "Visit logged for %1 (%2)."), "Абдуллаев Рустам",
                   row.number)
    assert russian != english
    qtbot.waitUntil(lambda: page.message.text() == russian)
