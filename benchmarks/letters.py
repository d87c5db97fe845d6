"""Referral letters: time to render one letter (A4 PDF with its QR code),
and, in the same run, a bare ReportLab page with the same text and fonts
(one flow of Paragraphs, no header, tables or QR code), and their ratio.

    python -m benchmarks letters [--letters 100]

The two alternate so that a noisy neighbour slows both; the ratio of their
processor time is printed as well, which a busy machine disturbs far less.
Targets: at most 40 ms per letter and at most 1.5 times the bare page.
"""
from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from ._util import median, percentile

NAMES = (
    ("Каримов Рустам Алишерович (Karimov Rustam)", "Узбекистан"),
    ("Tursunov Bakhtiyor", "Tajikistan"),
    ("محمد احمدی (Mohammad Ahmadi)", "Афганистан"),
    ("Абдылдаева Айжан Маратовна", "Кыргызстан"),
)


def _letter(i: int):
    from desktop.reports.letter import LetterData

    number = f"KZ-ALA-2026-{i + 1:06d}"
    check = f"{i:04d}MFRGGZDFMZTW"[:16]
    name, citizenship = NAMES[i % len(NAMES)]
    return LetterData(
        letter_number=number, issued_on=dt.date(2026, 3, 14),
        branch_name="Қазақстан Қызыл Жарты Ай қоғамы — Алматы қалалық филиалы", branch_code="KZ-ALA",
        branch_address="050000, Алматы, Абай даңғылы 86", branch_phone="+7 727 261 22 33",
        priority=("normal", "urgent", "emergency")[i % 3], due_date=dt.date(2026, 3, 17),
        provider_name_kk="№ 1 Қалалық туберкулезге қарсы диспансер",
        provider_name_ru="Городской противотуберкулёзный диспансер № 1",
        provider_name_en="City TB Dispensary No. 1", provider_address="Алматы, Бекмаханов көшесі 96",
        provider_phone="+7 727 233 10 10", service="tb_clinic",
        facts=(("name", name), ("birth_date", "04.09.1991"), ("citizenship", citizenship)),
        signatory_name="Айгүл Сейітова", qr_payload=f"QMQ1:{number}:{check}", check_code=check,
        reason="Обратился в филиал сам; просит направить его на консультацию." if i % 2 else "",
        copy=i % 10 == 9)


def _text_of(pdf: bytes) -> list[str]:
    """The letter's text as pdftotext reads it: what the bare page prints."""
    tool = shutil.which("pdftotext")
    if tool is None:
        raise SystemExit("pdftotext (Debian poppler-utils) is needed to take the letter's text")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "letter.pdf"
        path.write_bytes(pdf)
        out = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    return [line for line in out.stdout.splitlines() if line.strip()]


def _bare_page(lines: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from desktop.reports.fonts import BOLD, REGULAR, register_fonts

    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5)
    title = ParagraphStyle("title", body, fontName=BOLD, fontSize=13, leading=16)
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=True)
    doc.build([Paragraph(escape(lines[0]), title), *(Paragraph(escape(line), body) for line in lines[1:])])
    return buffer.getvalue()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks letters")
    parser.add_argument("--letters", type=int, default=100)
    args = parser.parse_args(argv)

    from desktop.reports.letter_layout import render_letter

    t = time.perf_counter()
    first = render_letter(_letter(0))  # loads ReportLab and registers the fonts
    warm_up = time.perf_counter() - t
    texts = [_text_of(render_letter(_letter(i))) for i in range(len(NAMES))]
    _bare_page(texts[0])

    letters, bare, letters_cpu, bare_cpu = [], [], [], []
    for i in range(args.letters):
        data = _letter(i)
        t, c = time.perf_counter(), time.thread_time()
        render_letter(data)
        letters.append(time.perf_counter() - t)
        letters_cpu.append(time.thread_time() - c)
        lines = texts[i % len(texts)]
        t, c = time.perf_counter(), time.thread_time()
        _bare_page(lines)
        bare.append(time.perf_counter() - t)
        bare_cpu.append(time.thread_time() - c)
    ours, theirs = median(letters), median(bare)
    print(f"referral letters, {args.letters} letters with QR codes ({len(first):,} bytes each, "
          f"first letter {warm_up * 1000:.0f} ms with ReportLab and fonts loading)")
    print(f"  letter            {ours * 1000:8.1f} ms   (p95 {percentile(letters, 95) * 1000:.1f})   target <= 40 ms")
    print(f"  bare page         {theirs * 1000:8.1f} ms   (p95 {percentile(bare, 95) * 1000:.1f})")
    print(f"  ratio             {ours / theirs:8.2f}      target <= 1.5")
    # The processor time of this thread alone: what other programs on a busy
    # machine add to the clock does not count, so the ratio varies far less.
    print(f"  ratio of CPU time {median(letters_cpu) / median(bare_cpu):8.2f}      "
          f"(letter {median(letters_cpu) * 1000:.1f} ms, bare page {median(bare_cpu) * 1000:.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
