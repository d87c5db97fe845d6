"""The referral letter as a clinic receives it: read back with poppler
(pdftotext, pdffonts, pdftoppm) and zbar, as a person or a scanner would."""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.reports import labels
from desktop.reports.letter import FACTS, LetterData
from desktop.reports.letter_layout import render_letter

CHECK = "MFRGGZDFMZTWQ2LK"
NUMBER = "KZ-ALA-2026-000123"
PAYLOAD = f"QMQ1:{NUMBER}:{CHECK}"
PROVIDER = {"kk": "№ 1 Қалалық туберкулезге қарсы диспансер",
            "ru": "Городской противотуберкулёзный диспансер № 1",
            "en": "City TB Dispensary No. 1"}
# What the register holds about the person; the letter gets only what they agreed to share.
PERSON = {"name": "Каримов Рустам Алишерович", "birth_date": "04.09.1991", "citizenship": "Узбекистан",
          "phone": "+7 701 999 88 77", "document": "Паспорт FA1234567", "address": "Алматы, Райымбек 12"}


def letter(**changes) -> LetterData:
    data = dict(
        letter_number=NUMBER, issued_on=dt.date(2026, 3, 14),
        branch_name="Қазақстан Қызыл Жарты Ай қоғамы — Алматы филиалы", branch_code="KZ-ALA",
        branch_address="Алматы, Абай даңғылы 86", branch_phone="+7 727 261 22 33",
        priority="urgent", due_date=dt.date(2026, 3, 17),
        provider_name_kk=PROVIDER["kk"], provider_name_ru=PROVIDER["ru"], provider_name_en=PROVIDER["en"],
        provider_address="Алматы, Бекмаханов көшесі 96", provider_phone="+7 727 233 10 10",
        service="tb_clinic", facts=(("name", PERSON["name"]), ("birth_date", PERSON["birth_date"])),
        signatory_name="Айгүл Сейітова", qr_payload=PAYLOAD, check_code=CHECK)
    data.update(changes)
    return LetterData(**data)


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing (Debian poppler-utils / zbar-tools, installed by .ci/run)")
        pytest.skip(f"{name} is not installed")
    return path


def pdf_file(tmp_path: Path, data: LetterData, name: str = "letter.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(render_letter(data))
    return path


def text_of(path: Path, *, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run([tool("pdftotext"), "-enc", "UTF-8", *pages, str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def page_count(path: Path) -> int:
    info = subprocess.run([tool("pdfinfo"), str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def words(lang: str, source: str) -> str:
    return labels.translate(lang, "Letter", source)


def flat(text: str) -> str:
    """pdftotext breaks lines where the letter wraps them."""
    return " ".join(text.split())


# -- what the letter says -------------------------------------------------------

def test_kazakh_and_russian_letter_shows_the_person_the_number_and_both_providers(tmp_path):
    path = pdf_file(tmp_path, letter())
    text = flat(text_of(path))
    assert PERSON["name"] in text
    assert NUMBER in text
    assert PROVIDER["kk"] in text and PROVIDER["ru"] in text
    assert PROVIDER["en"] not in text  # English is not one of this letter's languages
    for lang in ("kk", "ru"):
        assert words(lang, "Confidential").upper() in text
        assert words(lang, "Referral letter").upper() in text
        assert words(lang, "Tuberculosis clinic") in text
    assert "14.03.2026" in text and "17.03.2026" in text
    assert "MFRG GZDF MZTW Q2LK" in text  # the check code, beside the QR code
    assert page_count(path) == 1


def test_letter_with_english_shows_a_latin_name_and_the_english_provider(tmp_path):
    name = "Tursunov Bakhtiyor"
    path = pdf_file(tmp_path, letter(languages=("ru", "en"), facts=(("name", name),)))
    text = flat(text_of(path))
    assert name in text
    assert PROVIDER["ru"] in text and PROVIDER["en"] in text
    assert "CONFIDENTIAL" in text and words("ru", "Confidential").upper() in text
    assert "Please receive the person by" in text


def test_arabic_script_name_is_shaped_and_drawn_right_to_left(tmp_path):
    name = "محمد احمدی"
    path = pdf_file(tmp_path, letter(languages=("kk", "ru", "en"),
                                     facts=(("name", f"{name} (Mohammad Ahmadi)"), ("birth_date", "12.01.1995"))))
    # pdftotext puts right-to-left text back in reading order; shaped letters
    # are presentation forms, which NFKC folds back to the plain letters.
    text = unicodedata.normalize("NFKC", text_of(path))
    assert name in text
    assert "(Mohammad Ahmadi)" in text  # the Latin part intact, brackets the right way round
    # On the page: "محمد" (read first) stands to the right of "احمدی", and each
    # word's glyphs run right to left in their joining forms.
    bbox = subprocess.run([tool("pdftotext"), "-bbox", "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    drawn = [(float(w.get("xMin")), w.text) for w in ET.fromstring(bbox).iter("{http://www.w3.org/1999/xhtml}word")
             if re.search("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]", w.text or "")]
    assert len(drawn) == 2
    right_to_left = [t for _, t in sorted(drawn, reverse=True)]
    assert [unicodedata.normalize("NFKC", t[::-1]) for t in right_to_left] == ["محمد", "احمدی"]
    assert all(unicodedata.name(ch).startswith("ARABIC LETTER") and "FORM" in unicodedata.name(ch)
               for t in right_to_left for ch in t)


def test_every_font_is_embedded(tmp_path):
    path = pdf_file(tmp_path, letter(languages=("kk", "ru", "en"), copy=True, reason="Тест",
                                     facts=(("name", "محمد احمدی (Mohammad Ahmadi)"),)))
    out = subprocess.run([tool("pdffonts"), str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    for row in rows:
        # name type(1-2 words) encoding emb sub uni object ID
        emb = row.split()[-5]
        assert emb == "yes", row
    assert all("DejaVuSans" in row for row in rows), out


def test_qr_code_on_the_first_page_reads_back_as_the_payload(tmp_path):
    path = pdf_file(tmp_path, letter())
    subprocess.run([tool("pdftoppm"), "-r", "150", "-f", "1", "-l", "1", "-png", "-singlefile", str(path),
                    str(tmp_path / "page")], check=True)
    result = subprocess.run([tool("zbarimg"), "--raw", "-q", str(tmp_path / "page.png")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [PAYLOAD]



def test_qr_codes_are_the_ones_the_qrcode_package_makes():
    """reports/qr.py chooses the mask pattern itself, faster: the same choice and
    the same modules as the package's own, for short payloads and long ones
    (QR versions 1 to 9)."""
    import base64
    import random

    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    from desktop.reports.qr import qr_matrix

    rng = random.Random(11)
    versions = set()
    for length in (3, 17, 41, 42, 64, 90, 150, 250) * 12:
        payload = "QMQ1:" + base64.b32encode(rng.randbytes(length)).decode()[:length]
        code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
        code.add_data(payload)
        code.make(fit=True)
        versions.add(code.version)
        assert qr_matrix(payload) == tuple(tuple(row) for row in code.get_matrix()), payload
    assert {1, 3, 7} <= versions  # 7 and above carry version information


def test_qr_codes_of_many_letters_read_back(tmp_path):
    """Codes of letters from other branches, numbers and check codes read back with a scanner."""
    import base64
    import random

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from desktop.reports.qr import draw_qr, qr_matrix

    rng = random.Random(7)
    payloads = [f"QMQ1:KZ-{branch}-{year}-{rng.randint(1, 999_999):06d}:"
                f"{base64.b32encode(rng.randbytes(10)).decode()[:16]}"
                for branch, year in zip(("ALA", "AST", "SHY", "KAR", "PAV", "TRK") * 2, range(2026, 2038))]
    path = tmp_path / "codes.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    for i, payload in enumerate(payloads):
        draw_qr(canvas, qr_matrix(payload), 40 + (i % 3) * 180, 60 + (i // 3) * 190, 110)
    canvas.save()
    subprocess.run([tool("pdftoppm"), "-r", "150", "-png", "-singlefile", str(path), str(tmp_path / "codes")],
                   check=True)
    result = subprocess.run([tool("zbarimg"), "--raw", "-q", str(tmp_path / "codes.png")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert sorted(result.stdout.splitlines()) == sorted(payloads)


# -- what it must never say ---------------------------------------------------------

def test_facts_the_person_did_not_agree_to_share_never_appear(tmp_path):
    consented = ("name", "citizenship")
    data = letter(facts=tuple((code, PERSON[code]) for code in consented))
    text = flat(text_of(pdf_file(tmp_path, data)))
    assert PERSON["name"] in text and PERSON["citizenship"] in text
    for code in set(PERSON) - set(consented):
        assert PERSON[code] not in text, code
    for lang in ("kk", "ru"):
        assert words(lang, FACTS["phone"]) not in text
        assert words(lang, FACTS["document"]) not in text


def test_a_letter_has_no_place_for_health_information():
    names = {f.name for f in dataclasses.fields(LetterData)}
    assert not {n for n in names if re.search("health|diagnos|hiv|tb_|illness|medical", n)}
    assert set(FACTS) == {"name", "birth_date", "citizenship", "phone", "document", "address", "languages"}
    with pytest.raises(ValueError):
        letter(facts=(("name", "X"), ("hiv_status", "positive")))
    with pytest.raises(ValueError):
        letter(service="tuberculosis, infectious")  # a category, never a diagnosis


@pytest.mark.parametrize("change", [{"languages": ()}, {"languages": ("kk", "ru", "en", "kk")},
                                    {"languages": ("uz",)}, {"priority": "soon"},
                                    {"facts": (("name", "A"), ("name", "B"))}, {"qr_payload": ""}])
def test_malformed_letters_are_refused(change):
    with pytest.raises(ValueError):
        letter(**change)


# -- pages ---------------------------------------------------------------------

def test_a_long_reason_runs_over_with_the_header_and_page_numbers_on_every_page(tmp_path):
    reason = " ".join(f"Предложение {i} из подробного описания положения человека." for i in range(120))
    path = pdf_file(tmp_path, letter(reason=reason))
    pages = page_count(path)
    assert pages >= 2
    for page in range(1, pages + 1):
        text = flat(text_of(path, page=page))
        assert NUMBER in text, page
        assert "Қазақстан Қызыл Жарты Ай қоғамы" in text, page
        assert "14.03.2026" in text, page
        assert words("kk", "Confidential").upper() in text and words("ru", "Confidential").upper() in text
        assert words("ru", "Urgent").upper() in text
        for lang in ("kk", "ru"):
            assert words(lang, "Page %1 of %2").replace("%1", str(page)).replace("%2", str(pages)) in text
    whole = flat(text_of(path))
    assert "Предложение 119 из" in whole  # nothing lost at the page breaks
    # the feedback slip, once, at the end, with the letter number again
    slip = words("kk", "Feedback slip").upper()
    assert whole.count(slip) == 1
    assert slip in flat(text_of(path, page=pages))


def test_copy_mark_on_every_page_of_a_copy_only(tmp_path):
    reason = "Подробное описание. " * 400
    original = pdf_file(tmp_path, letter(reason=reason), "original.pdf")
    copy = pdf_file(tmp_path, letter(reason=reason, copy=True), "copy.pdf")
    marks = {words(lang, "Copy").upper() for lang in ("kk", "ru")}
    assert page_count(copy) >= 2
    for page in range(1, page_count(copy) + 1):
        text = text_of(copy, page=page)
        assert all(mark in text for mark in marks), page
    assert not any(mark in text_of(original) for mark in marks)


def test_preview_mark_on_every_page_of_a_preview_and_no_copy_mark(tmp_path):
    reason = "Подробное описание. " * 400
    preview = pdf_file(tmp_path, letter(reason=reason, preview=True), "preview.pdf")
    marks = {words(lang, "Preview").upper() for lang in ("kk", "ru")}
    copies = {words(lang, "Copy").upper() for lang in ("kk", "ru")}
    assert page_count(preview) >= 2
    for page in range(1, page_count(preview) + 1):
        text = text_of(preview, page=page)
        assert all(mark in text for mark in marks), page
        assert not any(mark in text for mark in copies), page
    assert not any(mark in text_of(pdf_file(tmp_path, letter(reason=reason))) for mark in marks)
    with pytest.raises(ValueError):
        letter(copy=True, preview=True)


def test_the_same_letter_gives_the_same_file(tmp_path):
    assert render_letter(letter()) == render_letter(letter())
    assert render_letter(letter()) != render_letter(letter(copy=True))
    assert render_letter(letter(preview=True)) not in (render_letter(letter()), render_letter(letter(copy=True)))


def test_importing_the_letter_module_loads_neither_reportlab_nor_fonts():
    # The window imports LetterData at start-up; ReportLab and the fonts cost
    # a few hundred milliseconds and wait for the first letter.
    probe = ("import sys, desktop.reports.letter; "
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'qrcode', 'bidi')))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2]).stdout
    assert out.strip() == "[]"


# -- languages -------------------------------------------------------------------

def test_letter_prints_the_catalogue_translation_once_there_is_one(tmp_path, monkeypatch):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.fail("pyside6-lrelease is missing from the virtual environment")
    ts = tmp_path / "qamqor_ru.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ru_RU">\n'
        "<context><name>Letter</name>\n"
        "<message><source>Referral letter</source><translation>Направление</translation></message>\n"
        "<message><source>Page %1 of %2</source><translation>Страница %1 из %2</translation></message>\n"
        "</context>\n</TS>\n", "utf-8")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "qamqor_ru.qm")], check=True)
    monkeypatch.setattr(labels, "translations_dir", lambda: tmp_path)
    labels._translator.cache_clear()
    try:
        text = flat(text_of(pdf_file(tmp_path, letter(languages=("ru", "en")))))
    finally:
        labels._translator.cache_clear()
    assert "НАПРАВЛЕНИЕ / REFERRAL LETTER" in text
    assert "Страница 1 из 1" in text and "Page 1 of 1" in text
    # a string nobody has translated yet prints in English, once
    assert text.count("RECEIVING ORGANISATION") == 1
