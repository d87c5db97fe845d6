"""The document seam: a document is made without being counted, and counted
(a letter) and audited only once it reached a printer or a file; a preview
says so on the page; a failed write counts nothing; the data of a document
is read in one transaction."""
from __future__ import annotations

import datetime as dt
import errno
import json
import os
import shutil
import subprocess
import threading

import pytest
from sqlalchemy import func, select

from desktop import cli
from desktop.errors import PermissionDenied, StorageError
from desktop.models import AuditEvent, Referral, Role, ServiceProvider
from desktop.reports import labels
from desktop.services.documents import FILE, PDF, PRINTER, XLSX, DocumentService
from desktop.services.files import atomic_write
from desktop.services.referrals import ProviderIn, ReferralIn, ReferralService
from desktop.services.shift_planning import ShiftPlanning
from desktop.services.shift_rows import SiteIn
from desktop.services.visitors import NewVisitor, VisitorService
from tests.conftest import AGREED, STAFF, STAFF_PASSWORD


def text_of(pdf: bytes, tmp_path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("pdftotext is missing (Debian poppler-utils)")
        pytest.skip("pdftotext is not installed")
    path = tmp_path / "document.pdf"
    path.write_bytes(pdf)
    return " ".join(subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def _issue(gate, director, *, count: int = 1) -> list[str]:
    person = VisitorService(gate.db, director).register(NewVisitor(
        family_name="Каримова", given_name="Дилноза", latin_name="KARIMOVA DILNOZA", sex="F",
        birth_date=dt.date(1987, 2, 3), citizenship="TJ", consents=AGREED))
    referrals = ReferralService(gate.db, director)
    provider = referrals.save_provider(ProviderIn("Заң көмегі", "Юридическая помощь", "Legal Aid Office",
                                                  "legal_aid"))
    return [referrals.issue_letter(referrals.create(ReferralIn(person.person_id, provider.provider_id,
                                                               "legal_aid")).referral_id).letter_number
            for _ in range(count)]


@pytest.fixture
def letters(any_gate, login):
    director = login(Role.DIRECTOR)
    return any_gate, DocumentService(any_gate.db, director), _issue(any_gate, director, count=2)


def _printed(gate, number: str) -> int:
    with gate.db.read() as s:
        return s.execute(select(Referral.copies_printed).where(Referral.letter_number == number)).scalar_one()


def _audit(gate, action: str) -> list[dict]:
    with gate.db.read() as s:
        return [json.loads(a.detail) for a in s.execute(select(AuditEvent).where(AuditEvent.action == action)
                                                        .order_by(AuditEvent.seq)).scalars()]


def test_a_letter_counts_only_when_delivered_and_then_later_ones_are_copies(letters):
    gate, documents, (number, _) = letters
    # Made, looked at, made again: nothing counted, nothing audited, still the original.
    preview = documents.letter(number, preview=True)
    made = documents.letter(number)
    again = documents.letter(number)
    assert (preview.preview, preview.copy, made.copy, again.copy) == (True, False, False, False)
    assert _printed(gate, number) == 0 and _audit(gate, "letter.print") == []
    assert (made.kind, made.title, made.file_name, made.media_type) == ("letter", number, f"{number}.pdf", PDF)
    documents.delivered(made, to=PRINTER, copies=2)
    assert _printed(gate, number) == 2
    assert documents.letter(number).copy
    documents.delivered(documents.letter(number), to=FILE)
    assert _printed(gate, number) == 3
    assert [(a["letter"], a["copy"], a["to"], a["copies"]) for a in _audit(gate, "letter.print")] == [
        (number, False, PRINTER, 2), (number, True, FILE, 1)]


def test_a_preview_says_preview_on_the_page_and_is_never_delivered(letters, tmp_path):
    gate, documents, (number, _) = letters
    preview = documents.letter(number, languages=("kk", "ru", "en"), preview=True)
    text = text_of(preview.content, tmp_path)
    for lang in ("kk", "ru", "en"):
        assert labels.translate(lang, "Letter", "Preview").upper() in text
        assert labels.translate(lang, "Letter", "Copy").upper() not in text
    with pytest.raises(ValueError):
        documents.delivered(preview, to=PRINTER)
    assert _printed(gate, number) == 0


def test_letters_issued_today_are_made_with_progress_and_stop_when_asked(letters):
    gate, documents, numbers = letters
    heard = []
    batch = documents.letters_issued_today(languages=("ru",), progress=lambda done, total: heard.append(
        (done, total)))
    assert sorted(d.title for d in batch) == sorted(numbers) and heard == [(1, 2), (2, 2)]
    assert all(d.content.startswith(b"%PDF-") and not d.copy for d in batch)
    assert documents.letters_issued_today(cancelled=lambda: True) == ()
    assert [_printed(gate, n) for n in numbers] == [0, 0]


def test_a_letter_cancelled_since_this_morning_is_left_out_of_todays_batch(letters, login):
    gate, documents, numbers = letters
    referrals = ReferralService(gate.db, login(Role.CASEWORKER))
    cancelled = next(r for r in referrals.list(view="issued_today") if r.letter_number == numbers[0])
    referrals.set_status(cancelled.referral_id, "cancelled", note="The person found help elsewhere")
    assert [d.title for d in documents.letters_issued_today()] == [numbers[1]]


def test_documents_are_refused_to_roles_that_may_not_make_them(letters, login):
    gate, _documents, (number, _) = letters
    reception = DocumentService(gate.db, login(Role.RECEPTIONIST))
    with pytest.raises(PermissionDenied):
        reception.letter(number)
    with pytest.raises(PermissionDenied):
        reception.hours_workbook(dt.date(2026, 1, 1), dt.date(2026, 1, 31), lang="en")
    caseworker = DocumentService(gate.db, login(Role.CASEWORKER))
    with pytest.raises(PermissionDenied):
        caseworker.roster(2026, 48, lang="en")


def test_other_documents_are_audited_when_delivered_and_name_nobody(any_gate, login):
    coordinator = login(Role.COORDINATOR)
    ShiftPlanning(any_gate.db, coordinator).save_site(SiteIn("Вокзал"))
    documents = DocumentService(any_gate.db, coordinator)
    roster = documents.roster(2026, 48, lang="kk")
    workbook = documents.hours_workbook(dt.date(2026, 11, 1), dt.date(2026, 11, 30), lang="ru")
    assert (roster.file_name, roster.media_type, roster.record_ids) == ("roster-2026-W48.pdf", PDF, ("2026-W48",))
    assert (workbook.file_name, workbook.media_type) == ("hours-2026-11-01-2026-11-30.xlsx", XLSX)
    assert workbook.content.startswith(b"PK")
    documents.delivered(roster, to=PRINTER, copies=3)
    documents.delivered(workbook, to=FILE)
    assert [(a["kind"], a["copies"]) for a in _audit(any_gate, "document.print")] == [("roster", 3)]
    assert [a["kind"] for a in _audit(any_gate, "document.save")] == ["hours_workbook"]


def test_the_data_of_a_document_is_read_in_one_transaction(any_gate, login):
    """A change committed by another desk while a document is gathered shows in all of it or none."""
    director = login(Role.DIRECTOR)
    _issue(any_gate, director)
    db = any_gate.db

    def providers() -> int:
        with db.read() as s:
            return s.execute(select(func.count()).select_from(ServiceProvider)).scalar_one()

    def another_desk_adds_one() -> None:
        ReferralService(db, director).save_provider(ProviderIn("", "", "Shelter", "shelter"))
    before = providers()
    with db.snapshot():
        first = providers()
        writer = threading.Thread(target=another_desk_adds_one)  # its own connection
        writer.start()
        writer.join()
        second = providers()
    assert first == second == before
    assert providers() == before + 1


def test_a_failed_write_is_one_message_and_counts_nothing(letters, tmp_path, monkeypatch):
    gate, documents, (number, _) = letters
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    letter = documents.letter(number)
    with pytest.raises(StorageError, match=f"^Cannot write {blocker / 'x.pdf'}: "):
        atomic_write(blocker / "x.pdf", letter.content)

    def full(*_args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr("desktop.services.files.write_atomically", full)
    with pytest.raises(StorageError, match="^The disk is full: y.pdf was not written"):
        atomic_write(tmp_path / "y.pdf", letter.content)
    assert _printed(gate, number) == 0
    assert not (tmp_path / "y.pdf").exists() and list(blocker.parent.glob("*.pdf")) == []


@pytest.fixture
def cli_env(monkeypatch, gate):
    director = gate.log_in(STAFF[Role.DIRECTOR], STAFF_PASSWORD)
    number = _issue(gate, director)[0]
    gate.close()
    monkeypatch.setenv("QAMQOR_DATA_DIR", str(gate.data_dir))
    monkeypatch.setenv("QAMQOR_USER", STAFF[Role.DIRECTOR])
    monkeypatch.setenv("QAMQOR_PASSWORD", STAFF_PASSWORD)
    monkeypatch.delenv("QAMQOR_DB", raising=False)
    return number


def test_the_letter_command_counts_a_letter_only_once_it_is_written(cli_env, tmp_path, capsys):
    number = cli_env
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    assert cli.main(["--lang", "en", "letter", number, "--out", str(blocker / "l.pdf")]) == 1
    assert capsys.readouterr().err.startswith(f"qamqor: Cannot write {blocker / 'l.pdf'}")
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    assert cli.main(["--lang", "en", "letter", number, "--out", str(first), "--lang", "kk,ru,en"]) == 0
    assert capsys.readouterr().out.strip() == f"Letter {number} written to {first}."
    assert cli.main(["--lang", "en", "letter", number, "--out", str(second)]) == 0
    assert capsys.readouterr().out.strip() == f"Letter {number} written to {second} (marked COPY)."
    assert "COPY" not in text_of(first.read_bytes(), tmp_path) and number in text_of(first.read_bytes(), tmp_path)
    assert labels.translate("ru", "Letter", "Copy").upper() in text_of(second.read_bytes(), tmp_path)
