"""An issued letter, printed to PDF: only consented facts, a QR code that verifies."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from desktop.services.documents import DocumentService
from desktop.services.referrals import ProviderIn, ReferralIn, ReferralService
from desktop.services.visitors import DocumentIn, HealthIn, NewVisitor, VisitorService
from tests.conftest import AGREED

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("zbarimg"),
                                reason="poppler-utils and zbar-tools are installed by .ci/run")


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_printed_letter_shows_only_consented_facts_and_its_qr_verifies(gate, tmp_path):
    director = gate.log_in("director", "battery staple")
    person = VisitorService(gate.db, director).register(NewVisitor(
        family_name="Абдуллаев", given_name="Рустам", latin_name="ABDULLAEV RUSTAM", sex="M",
        birth_date=dt.date(1990, 5, 1), citizenship="UZ", phone="+998 90 765 43 21", address="Райымбек 12",
        documents=(DocumentIn("passport", "FA7654321"),), health=(HealthIn("tb", "cavitary lesion"),), consents=AGREED))
    referrals = ReferralService(gate.db, director)
    provider = referrals.save_provider(ProviderIn("ЖИТС орталығы", "Центр СПИД", "AIDS Centre", "hiv_clinic"))
    r = referrals.create(ReferralIn(person.person_id, provider.provider_id, "hiv_clinic",
                                    disclose=("name", "birth_date", "citizenship")))
    number = referrals.issue_letter(r.referral_id).letter_number
    documents = DocumentService(gate.db, director)
    content = documents.letter_data(number)
    pdf = documents.letter(number, languages=("kk", "ru")).content
    text = _text(pdf, tmp_path)
    for shown in ("Абдуллаев Рустам", "ABDULLAEV RUSTAM", "01.05.1990", number, "Центр СПИД", "ЖИТС орталығы"):
        assert shown in text
    for hidden in ("765 43 21", "Райымбек", "FA7654321", "cavitary", "Tuberculosis", "туберкул", "Туберкул"):
        assert hidden not in text
    page = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", str(tmp_path / "letter.pdf"), str(page)],
                   check=True)
    decoded = subprocess.run(["zbarimg", "--raw", "-q", str(page) + "-1.png"], capture_output=True, text=True,
                             check=True).stdout.strip()
    assert decoded == content.qr_payload
    assert referrals.verify(decoded).genuine
    assert not referrals.verify(decoded[:-1] + ("Q" if decoded[-1] != "Q" else "R")).genuine
