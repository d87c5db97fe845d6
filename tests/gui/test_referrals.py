"""The Referrals area and referrals from a person's page: a caseworker refers,
the director issues the letter, the caseworker follows it to the end; only
the steps a status allows are offered; receptionists see no referrals; a
letter saved as PDF is the letter."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from desktop.models import Role
from desktop.reports import labels
from desktop.services.documents import DocumentService
from desktop.services.referrals import ProviderIn, ReferralIn, ReferralService
from desktop.services.visitors import NewVisitor, VisitorService
from desktop.views.kit.output import documents_folder
from desktop.views.shell.areas import Area
from desktop.views.referrals.referral_dialog import MakeReferralDialog
from desktop.views.referrals.referrals_page import NoReferralAccessPage, NoteDialog, ReferralsPage, ReferralTableModel
from tests.conftest import AGREED, password_of

from .helpers import CatalogueTranslator

RUSTAM = NewVisitor(family_name="Абдуллаев", given_name="Рустам", latin_name="ABDULLAEV RUSTAM", sex="M",
                    birth_date=dt.date(1990, 5, 1), citizenship="UZ", phone="+998 90 765 43 21",
                    consents=AGREED)


@pytest.fixture
def branch_data(gate):
    """A visitor and a TB dispensary, made through the services as the director."""
    director = gate.log_in("director", password_of("director"))
    person = VisitorService(gate.db, director).register(RUSTAM)
    referrals = ReferralService(gate.db, director)
    provider = referrals.save_provider(ProviderIn("Туберкулезге қарсы диспансер", "Противотуберкулёзный диспансер",
                                                  "City TB Dispensary", "tb_clinic", phone="+7 727 000 00 00"))
    referrals.save_provider(ProviderIn("Заң көмегі", "Юридическая помощь", "Legal Aid Office", "legal_aid"))
    return person, provider


def statuses(page: ReferralsPage) -> list[str]:
    return [page.model.index(r, ReferralTableModel.STATUS).data() for r in range(page.model.rowCount())]


def visible_steps(page: ReferralsPage) -> set[str]:
    return {status for status, b in page.action_buttons.items() if b.isVisible()}


def open_referrals(qtbot, window) -> ReferralsPage:
    window.show_area(Area.REFERRALS)
    page = window.pages[Area.REFERRALS]
    assert isinstance(page, ReferralsPage)
    page.set_view(None)
    return page


def close(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.index_keeper is None or window.index_keeper.is_loaded)
    window.close()


def test_a_referral_goes_from_the_person_page_to_completed(qtbot, open_window, dialogs, gate, branch_data):
    person, provider = branch_data

    # -- the caseworker refers from the person's page ------------------------------
    window = open_window(Role.CASEWORKER)
    visitors = window.pages[Area.VISITORS]
    qtbot.waitUntil(lambda: window.index_keeper.is_loaded)
    visitors.open_person(person.person_id)
    view = visitors.person_view
    assert view.refer_button.isVisible()
    assert "No referrals yet." in view.referrals_notice.text()
    qtbot.mouseClick(view.refer_button, Qt.MouseButton.LeftButton)
    dialog = view.opener.dialog
    assert isinstance(dialog, MakeReferralDialog)
    qtbot.waitExposed(dialog)
    # The consent checklist: only the name and the birth date, and the name stays.
    assert dialog.disclosed() == ("name", "birth_date")
    assert not dialog.facts["name"].isEnabled()
    dialog.set_category("tb_clinic")
    assert dialog.provider.currentText() == "City TB Dispensary"
    dialog.priority.setCurrentIndex(dialog.priority.findData("urgent"))
    assert dialog.due.text() == (dt.date.today() + dt.timedelta(days=3)).strftime("%d.%m.%Y")
    dialog.reason.insertPlainText("Cough for three weeks; needs screening")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.opener.dialog is None)
    assert view.referrals_table.isVisible()
    assert view.referrals_model.rowCount() == 1
    assert view.referrals_model.index(0, ReferralTableModel.STATUS).data() == "Draft"

    page = open_referrals(qtbot, window)
    assert statuses(page) == ["Draft"]
    page.table.selectRow(0)
    # A draft: no "Completed", no "Accepted"; a caseworker cannot issue.
    assert visible_steps(page) == {"cancelled"}
    assert not page.issue_button.isVisible()
    assert not page.letter_group.isVisible()
    assert page.detail.values["facts"].text() == "Name, Date of birth"
    close(qtbot, window)

    # -- the director issues the letter -----------------------------------------------
    window = open_window(Role.DIRECTOR)
    page = open_referrals(qtbot, window)
    page.table.selectRow(0)
    assert page.issue_button.isVisible()
    dialogs.answers.append(True)
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    assert dialogs.shown[-1][1] == "Issue the letter?"
    number = page.detail.row.letter_number
    assert number and number.startswith("KZ-ALA-")
    assert statuses(page) == ["Issued"]
    assert page.model.index(0, ReferralTableModel.LETTER).data() == number
    assert not page.issue_button.isVisible()
    close(qtbot, window)

    # -- the caseworker follows it up: accepted, then completed -------------------------
    window = open_window(Role.CASEWORKER)
    page = open_referrals(qtbot, window)
    page.table.selectRow(0)
    assert visible_steps(page) == {"accepted", "declined", "no_show", "cancelled"}
    assert page.letter_group.isVisible()
    qtbot.mouseClick(page.action_buttons["accepted"], Qt.MouseButton.LeftButton)
    assert statuses(page) == ["Accepted"]
    assert visible_steps(page) == {"completed", "no_show", "cancelled"}
    qtbot.mouseClick(page.action_buttons["completed"], Qt.MouseButton.LeftButton)
    note = page.opener.dialog
    assert isinstance(note, NoteDialog)
    note.note.insertPlainText("Screened; no treatment needed")
    note.buttons.button(note.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: statuses(page) == ["Completed"])
    assert visible_steps(page) == set()
    assert page.detail.values["outcome"].text() == "Screened; no treatment needed"
    history = page.detail.events.text()
    for status in ("Draft", "Issued", "Accepted", "Completed"):
        assert status in history
    assert "director" in history and "caseworker" in history
    row = ReferralService(gate.db, window.identity).list()[0]
    assert (row.status, row.outcome) == ("completed", "Screened; no treatment needed")


def test_declining_asks_why_and_a_refusal_keeps_the_dialog(qtbot, open_window, gate, branch_data):
    person, provider = branch_data
    director = gate.log_in("director", password_of("director"))
    service = ReferralService(gate.db, director)
    r = service.create(ReferralIn(person.person_id, provider.provider_id, "tb_clinic"))
    service.issue_letter(r.referral_id)
    window = open_window(Role.CASEWORKER)
    page = open_referrals(qtbot, window)
    page.set_view("awaiting_feedback")
    assert statuses(page) == ["Issued"]
    page.table.selectRow(0)
    qtbot.mouseClick(page.action_buttons["declined"], Qt.MouseButton.LeftButton)
    note = page.opener.dialog
    note.buttons.button(note.buttons.StandardButton.Ok).click()
    assert note.isVisible() and note.message.text() == "This cannot be left empty."
    note.note.insertPlainText("No free places this month")
    note.buttons.button(note.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.detail.row is not None and page.detail.row.status == "declined")
    assert "No free places this month" in page.detail.events.text()
    close(qtbot, window)


def test_a_receptionist_has_no_referrals(qtbot, open_window, branch_data):
    person, _provider = branch_data
    window = open_window(Role.RECEPTIONIST)
    window.show_area(Area.REFERRALS)
    page = window.pages[Area.REFERRALS]
    assert isinstance(page, NoReferralAccessPage)
    assert "has no access to referrals" in page.notice.text() and page.notice.isVisible()
    visitors = window.pages[Area.VISITORS]
    qtbot.waitUntil(lambda: window.index_keeper.is_loaded)
    visitors.open_person(person.person_id)
    view = visitors.person_view
    assert not view.refer_button.isVisible()
    assert view.referrals_model.rowCount() == 0
    assert view.referrals_notice.text() == "Referrals are kept for caseworkers and directors."
    close(qtbot, window)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by .ci/run")
def test_save_as_pdf_writes_the_letter(qtbot, open_window, dialogs, gate, branch_data, tmp_path):
    person, provider = branch_data
    director = gate.log_in("director", password_of("director"))
    service = ReferralService(gate.db, director)
    r = service.create(ReferralIn(person.person_id, provider.provider_id, "tb_clinic"))
    number = service.issue_letter(r.referral_id).letter_number
    window = open_window(Role.DIRECTOR)
    page = open_referrals(qtbot, window)
    page.table.selectRow(0)
    page.language_boxes["en"].setChecked(True)
    assert page.letter_languages() == ("kk", "ru", "en")
    target = tmp_path / "out" / "letter"
    target.parent.mkdir()
    dialogs.files.append(target)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.kind is not None, timeout=10_000)
    assert page.message.kind == "done", page.message.text()
    saved = target.with_name("letter.pdf")
    # The save dialog started in the person's Documents folder, with the letter's name and PDF files.
    title, start, file_filter = dialogs.asked[-1]
    assert Path(start) == documents_folder() / f"{number}.pdf" and file_filter == "PDF files (*.pdf)"
    assert page.message.text() == f"Letter {number} was saved as {saved}."
    text = subprocess.run(["pdftotext", str(saved), "-"], capture_output=True, text=True, check=True).stdout
    assert number in text
    assert "Абдуллаев Рустам" in text
    assert "765 43 21" not in text  # the phone was not consented
    assert list(saved.parent.iterdir()) == [saved]  # no half-written file left beside it
    close(qtbot, window)


def test_print_without_printers_says_so(qtbot, open_window, dialogs, gate, branch_data):
    person, provider = branch_data
    director = gate.log_in("director", password_of("director"))
    service = ReferralService(gate.db, director)
    r = service.create(ReferralIn(person.person_id, provider.provider_id, "tb_clinic"))
    service.issue_letter(r.referral_id)
    window = open_window(Role.DIRECTOR)  # the printers fixture has no queue
    page = open_referrals(qtbot, window)
    page.table.selectRow(0)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert dialogs.shown[-1][0] == "Warning" and "No printer is set up" in dialogs.shown[-1][2]
    close(qtbot, window)


def test_todays_letters_are_saved_into_a_folder_with_progress(qtbot, open_window, dialogs, gate, branch_data,
                                                             tmp_path):
    person, provider = branch_data
    director = gate.log_in("director", password_of("director"))
    service = ReferralService(gate.db, director)
    numbers = []
    for _ in range(2):
        r = service.create(ReferralIn(person.person_id, provider.provider_id, "tb_clinic"))
        numbers.append(service.issue_letter(r.referral_id).letter_number)
    service.create(ReferralIn(person.person_id, provider.provider_id, "tb_clinic"))  # a draft: not printed
    window = open_window(Role.DIRECTOR)
    page = open_referrals(qtbot, window)
    folder = tmp_path / "today"
    folder.mkdir()
    dialogs.files.append(folder)
    qtbot.mouseClick(page.batch_button, Qt.MouseButton.LeftButton)
    chooser = page.opener.dialog
    assert "2 letters" in chooser.explanation.text() or "2 letter" in chooser.explanation.text()
    chooser.accept()  # the only choice without printers: a folder
    assert page.output.long_work.progress.isVisible() and page.output.long_work.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not page.output.busy(), timeout=15_000)
    assert page.message.text() == "2 letter(s) saved." or page.message.text() == "2 letters saved."
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{n}.pdf" for n in numbers)
    # Each one reached a file: each is counted, so a reprint says COPY.
    documents = DocumentService(gate.db, director)
    assert all(documents.letter_data(n).copy for n in numbers)
    assert not page.output.long_work.progress.isVisible()
    close(qtbot, window)


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils is installed by .ci/run")
def test_print_preview_shows_the_letter_pages(qtbot, open_window, gate, branch_data):
    person, provider = branch_data
    director = gate.log_in("director", password_of("director"))
    service = ReferralService(gate.db, director)
    r = service.create(ReferralIn(person.person_id, provider.provider_id, "tb_clinic"))
    service.issue_letter(r.referral_id)
    window = open_window(Role.DIRECTOR)
    page = open_referrals(qtbot, window)
    page.table.selectRow(0)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.output.preview is not None, timeout=10_000)
    preview = page.output.preview
    assert preview.images and not preview.images[0].isNull()
    assert preview.images[0].width() < preview.images[0].height()  # an A4 page, upright
    # The preview keeps its own printer while it is open (PITFALLS.md).
    assert preview.printer is not None
    preview.reject()
    qtbot.waitUntil(lambda: page.output.preview is None)
    close(qtbot, window)


def test_the_directory_adds_a_provider_and_round_trips_csv(qtbot, open_window, dialogs, gate, branch_data,
                                                          tmp_path):
    window = open_window(Role.CASEWORKER)
    page = open_referrals(qtbot, window)
    page.tabs.setCurrentWidget(page.providers)
    directory = page.providers
    assert directory.model.rowCount() == 2
    qtbot.mouseClick(directory.add_button, Qt.MouseButton.LeftButton)
    dialog = directory.opener.dialog
    dialog.name_en.setText("Family Links Desk")
    dialog.name_ru.insert("Служба розыска")
    dialog.category.setCurrentIndex(dialog.category.findData("family_links"))
    dialog.languages.setText("ru, kk, uz")
    dialog.last_verified.setText("01.11.2026")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: directory.model.rowCount() == 3)
    names = [directory.model.row_at(i).name_en for i in range(3)]
    assert "Family Links Desk" in names

    csv_path = tmp_path / "providers.csv"
    dialogs.files.append(csv_path)
    qtbot.mouseClick(directory.export_button, Qt.MouseButton.LeftButton)
    assert "Family Links Desk" in csv_path.read_text(encoding="utf-8-sig")
    dialogs.files.append(csv_path)
    qtbot.mouseClick(directory.import_button, Qt.MouseButton.LeftButton)
    assert directory.message.text() == "Added 0, updated 3."
    assert directory.model.rowCount() == 3
    close(qtbot, window)


def test_the_area_follows_a_language_switch(qtbot, open_window, gate, branch_data, switcher, install_translator):
    person, provider = branch_data
    director = gate.log_in("director", password_of("director"))
    ReferralService(gate.db, director).create(ReferralIn(person.person_id, provider.provider_id, "tb_clinic"))
    # The catalogue makes sure each text has a Russian form; the real one, where it
    # has these texts, wins.
    install_translator(CatalogueTranslator(switcher, "ru", {
        "Overdue": "Просроченные", "Draft": "Черновик", "Status": "Статус", "Service directory": "Справочник служб",
        "Issue letter…": "Выдать направление…"}))
    window = open_window(Role.DIRECTOR)
    page = open_referrals(qtbot, window)
    page.table.selectRow(0)
    overdue = [code for code, _ in page.views].index("overdue")  # a director's first list is the drafts
    english = (page.view_bar.tabText(overdue), page.tabs.tabText(1), statuses(page), page.issue_button.text(),
               page.detail.values["service"].text())
    assert english == ("Overdue", "Service directory", ["Draft"], "Issue letter…", "TB clinic")
    switcher.choose("ru")

    def ru(context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)
    qtbot.waitUntil(lambda: page.view_bar.tabText(overdue) == ru("ReferralsPage", "Overdue") != "Overdue")
    assert page.tabs.tabText(1) == ru("ReferralsPage", "Service directory") != "Service directory"
    assert page.model.headerData(ReferralTableModel.STATUS, Qt.Orientation.Horizontal) == ru("ReferralsPage", "Status")
    assert statuses(page) == [ru("Referrals", "Draft")] != ["Draft"]
    assert page.issue_button.text() == ru("ReferralsPage", "Issue letter…") != "Issue letter…"
    assert page.detail.values["service"].text() == ru("Referrals", "TB clinic")
    close(qtbot, window)


def test_overdue_referrals_are_listed_and_marked(qtbot, open_window, gate, branch_data):
    from desktop.models import Referral

    person, provider = branch_data
    director = gate.log_in("director", password_of("director"))
    service = ReferralService(gate.db, director)
    late = service.issue_letter(service.create(ReferralIn(person.person_id, provider.provider_id, "tb_clinic",
                                                          priority="emergency")).referral_id)
    service.issue_letter(service.create(ReferralIn(person.person_id, provider.provider_id, "tb_clinic")).referral_id)
    with gate.db.session("director") as s:  # as if issued last week
        s.get(Referral, late.referral_id).due_date = dt.date.today() - dt.timedelta(days=5)
    window = open_window(Role.CASEWORKER)
    page = open_referrals(qtbot, window)
    page.set_view("overdue")
    assert [page.model.row_at(r).letter_number for r in range(page.model.rowCount())] == [late.letter_number]
    assert statuses(page) == ["Issued — overdue"]
    index = page.model.index(0, ReferralTableModel.DUE)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Overdue" in index.data(Qt.ItemDataRole.ToolTipRole)
    page.set_view(None)
    assert sorted(statuses(page)) == ["Issued", "Issued — overdue"]
    assert page.count.text() in ("2 referral(s)", "2 referrals")
    close(qtbot, window)


def test_print_sends_the_letter_to_the_chosen_printer(qtbot, open_window, gate, branch_data, printers):
    person, provider = branch_data
    director = gate.log_in("director", password_of("director"))
    service = ReferralService(gate.db, director)
    r = service.create(ReferralIn(person.person_id, provider.provider_id, "tb_clinic"))
    number = service.issue_letter(r.referral_id).letter_number
    printers.queues = ["Front desk", "Office"]
    window = open_window(Role.DIRECTOR)
    page = open_referrals(qtbot, window)
    page.table.selectRow(0)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    chooser = page.output.opener.dialog
    assert [chooser.printer.itemText(i) for i in range(chooser.printer.count())] == ["Front desk", "Office"]
    # The letter number on one line, and a number of copies.
    assert chooser.document.text() == number and not chooser.document.wordWrap()
    chooser.printer.setCurrentIndex(1)
    chooser.copies.setValue(2)
    chooser.accept()
    qtbot.waitUntil(lambda: not page.output.busy() and page.message.kind is not None, timeout=10_000)
    assert page.message.text() == f"Letter {number} was sent to Office."
    # The queue shows the letter number, never the person's name; the first copy is the
    # original and the second says COPY.
    assert [(pdf[:5], queue, title, copies) for pdf, queue, title, copies in printers.sent] == [
        (b"%PDF-", "Office", number, 1), (b"%PDF-", "Office", number, 1)]
    assert printers.sent[0][0] != printers.sent[1][0]
    assert DocumentService(gate.db, director).letter_data(number).copy
    close(qtbot, window)


def test_temporary_letter_files_are_private_and_removed():
    from desktop.services.private_files import private_file

    with private_file(b"%PDF-1.4 test", name="KZ-ALA-2026-000001.pdf") as path:
        assert path.read_bytes() == b"%PDF-1.4 test"
        assert path.stat().st_mode & 0o777 == 0o600
        assert path.parent.stat().st_mode & 0o777 == 0o700
    assert not path.exists() and not path.parent.exists()


def _saved_letter_text(path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils is installed by .ci/run")
def test_a_preview_is_no_printing_and_a_failed_save_counts_nothing(qtbot, open_window, dialogs, gate, branch_data,
                                                                  tmp_path):
    """Issue 12 item 2: only a letter that reached a printer or a file counts; the
    first one that really does is the original, not a COPY."""
    person, provider = branch_data
    director = gate.log_in("director", password_of("director"))
    service = ReferralService(gate.db, director)
    number = service.issue_letter(service.create(ReferralIn(person.person_id, provider.provider_id,
                                                            "tb_clinic")).referral_id).letter_number
    window = open_window(Role.DIRECTOR)
    page = open_referrals(qtbot, window)
    page.table.selectRow(0)
    page.language_boxes["en"].setChecked(True)
    # Looked at first: not a printing.
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.output.preview is not None, timeout=10_000)
    page.output.preview.reject()
    qtbot.waitUntil(lambda: page.output.preview is None)
    # A save that fails (the folder is not there): not a printing either.
    dialogs.files.append(tmp_path / "missing" / "deeper" / "letter.pdf")
    (tmp_path / "missing").write_text("a file where a folder should be")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.kind is not None, timeout=10_000)
    assert page.message.kind == "error", page.message.text()
    # The first letter that reaches a file is the original ...
    first = tmp_path / "first.pdf"
    dialogs.files.append(first)
    page.message.clear_message()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.kind is not None, timeout=10_000)
    assert page.message.kind == "done", page.message.text()
    assert number in _saved_letter_text(first) and "COPY" not in _saved_letter_text(first)
    # ... and the next one says COPY.
    second = tmp_path / "second.pdf"
    dialogs.files.append(second)
    page.message.clear_message()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.kind is not None, timeout=10_000)
    assert "COPY" in _saved_letter_text(second)
    close(qtbot, window)


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils is installed by .ci/run")
def test_print_from_the_preview_prints_the_real_letter(qtbot, open_window, gate, branch_data, printers):
    person, provider = branch_data
    director = gate.log_in("director", password_of("director"))
    service = ReferralService(gate.db, director)
    number = service.issue_letter(service.create(ReferralIn(person.person_id, provider.provider_id,
                                                            "tb_clinic")).referral_id).letter_number
    printers.queues = ["Office"]
    window = open_window(Role.DIRECTOR)
    page = open_referrals(qtbot, window)
    page.table.selectRow(0)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.output.preview is not None, timeout=10_000)
    preview = page.output.preview
    assert preview.print_button.isVisible() and preview.save_button.isVisible()
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    chooser = page.output.opener.dialog
    assert chooser is not None and chooser.document.text() == number
    chooser.accept()
    qtbot.waitUntil(lambda: not page.output.busy() and page.message.kind is not None, timeout=10_000)
    assert page.message.text() == f"Letter {number} was sent to Office."
    [(pdf, queue, title, copies)] = printers.sent
    path = window.gate.data_dir.parent / "printed.pdf"
    path.write_bytes(pdf)
    text = _saved_letter_text(path)
    # The original went to the printer: no PREVIEW, no COPY on it; the next one is a copy.
    marks = [labels.translate(lang, "Letter", word).upper() for lang in ("kk", "ru") for word in ("Preview", "Copy")]
    assert number in text and not any(mark in text for mark in marks)
    assert DocumentService(gate.db, director).letter_data(number).copy
    close(qtbot, window)
