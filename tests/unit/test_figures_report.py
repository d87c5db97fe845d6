"""The report as a PDF and as a workbook, on the branch counted by hand
(tests/unit/test_statistics.py): read back (pdftotext, openpyxl), they hold
the figures the dashboard counts; withheld, no figure of theirs can be worked
out by subtraction (the attack of tests/unit/test_suppression.py, run on the
figures read back from the file); exact, they are a recorded choice."""
from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.errors import PermissionDenied, Refused
from desktop.models import AuditEvent, Role
from desktop.reports.figures_xlsx import FIRST_ROW, HEADING_ROW, sheet_name
from desktop.services.documents import FILE, PDF, XLSX, DocumentService
from desktop.services.statistics import Period, StatisticsService
from desktop.services.statistics_report import WITHHELD, ReportService, figures_data
from tests.unit.test_statistics import NOVEMBER, TODAY, almaty, branch  # noqa: F401 (fixtures)
from tests.unit.test_suppression import published, reader_equations, recoverable

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


@pytest.fixture
def any_gate(gate):
    """The layouts are the same on either engine: SQLCipher is enough here
    (the figures themselves are checked on both in test_statistics.py)."""
    return gate


def documents(branch, role=Role.DIRECTOR) -> DocumentService:
    return DocumentService(branch.gate.db, branch.login(role))


def report(branch, *, exact: bool):
    return ReportService(StatisticsService(branch.gate.db, branch.login(Role.DIRECTOR))).report(
        NOVEMBER, exact=exact, today=TODAY, record=False)


def pdf_text(content: bytes, tmp_path, *, width: float | None = None) -> str:
    """The PDF's text laid out as on the page; ``width``: only the left part
    of each page, in points (the tables, without the charts beside them)."""
    path = tmp_path / "report.pdf"
    path.write_bytes(content)
    crop = ["-x", "0", "-y", "0", "-W", str(int(width)), "-H", "842"] if width else []
    return subprocess.run(["pdftotext", "-layout", *crop, str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def row_in(text: str, label: str, values: list[str]) -> bool:
    """A line with the label and the values; a label too long for its column
    goes on in the line below."""
    words = label.split()
    figures = "".join(r"\s+" + re.escape(v) for v in values) + r"\s*$"
    for k in range(len(words), 0, -1):
        rest = " ".join(words[k:])
        pattern = r"^\s*" + re.escape(" ".join(words[:k])) + figures + (
            r"\n\s*" + re.escape(rest) + r"\s*$" if rest else "")
        if re.search(pattern, text, re.M):
            return True
    return False


def as_printed(value) -> str:
    if value is None:
        return WITHHELD
    if isinstance(value, str):
        return value  # no figure at all: "—"
    return f"{value:,.1f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"


# -- the PDF ----------------------------------------------------------------------------------
@needs_pdftotext
@pytest.mark.parametrize("exact", [False, True])
def test_the_pdf_holds_every_figure_of_the_report(branch, tmp_path, exact):
    document = documents(branch).report_pdf(NOVEMBER, lang="en", exact=exact)
    assert document.media_type == PDF and document.content.startswith(b"%PDF")
    assert document.file_name == f"KZ-ALA-2026-11-en{'-exact' if exact else ''}.pdf"
    data = figures_data(report(branch, exact=exact), "en")
    whole = pdf_text(document.content, tmp_path)
    # The tables stand on the left two thirds of the page, their charts on the right.
    tables = pdf_text(document.content, tmp_path, width=14 * 72 / 25.4 + 0.6 * (595.28 - 28 * 72 / 25.4) + 4)
    assert "Branch figures".upper() in whole and "November 2026" in whole and "01.11.2026 – 30.11.2026" in whole
    assert ("Exact figures: small counts are not withheld" in whole) == exact
    assert ("Counts from 1 to 4 are withheld" in whole) != exact
    for row in data.headline.rows:
        assert row_in(whole, row.label, [as_printed(v) for v in row.values]), row
    for section in data.sections:
        assert section.heading in whole
        for table in section.tables:
            assert table.title in whole
            for row in table.rows:
                assert row_in(tables, row.label, [as_printed(v) for v in row.values]), (table.key, row)
    for first, *_ in zip(data.month_firsts):
        assert f"{first:%B %Y}" in whole
    assert "How the figures are counted" in whole
    # Every page says whether its small counts are withheld.
    pages = whole.split("\f")
    marking = "Exact figures: small counts are not withheld" if exact else "Counts from 1 to 4 are withheld"
    assert all(marking in page for page in pages if page.strip())


@needs_pdftotext
def test_the_withheld_pdf_shows_no_small_count_and_none_can_be_worked_out(branch, tmp_path):
    withheld = report(branch, exact=False)
    exact = report(branch, exact=True)
    text = pdf_text(documents(branch).report_pdf(NOVEMBER, lang="en").content, tmp_path)
    # Five people: the total shows; the sexes (2, 2, 1) do not.
    assert row_in(text, "People reached", ["5", WITHHELD, WITHHELD])
    assert WITHHELD in text
    # What the report withholds is no smaller and no larger than the suppression chose.
    seen, truth = published(withheld), published(exact)
    for key, value in truth.items():
        if key[1] != "volunteer_hours" and 0 < value < 5:
            assert seen[key] is None, key
    unknown = sorted((k for k, v in seen.items() if v is None), key=repr)
    assert recoverable(reader_equations(withheld), unknown) == set()


@needs_pdftotext
@pytest.mark.parametrize("lang, words", [
    ("kk", ("ФИЛИАЛ КӨРСЕТКІШТЕРІ", "Қараша 2026", "Қамтылған адамдар", "Сандар қалай есептеледі", "Әйелдер")),
    ("ru", ("ПОКАЗАТЕЛИ ФИЛИАЛА", "Ноябрь 2026", "Охвачено людей", "Как считаются цифры", "Женщины")),
])
def test_the_pdf_speaks_the_language_asked_for(branch, tmp_path, lang, words):
    text = pdf_text(documents(branch).report_pdf(NOVEMBER, lang=lang).content, tmp_path)
    for word in words:
        assert word in text, word
    assert "People reached" not in text


def test_a_preview_is_not_recorded_and_a_saved_exact_one_is(branch):
    service = documents(branch)
    preview = service.report_pdf(NOVEMBER, lang="en", exact=True, preview=True)
    assert preview.preview
    with pytest.raises(ValueError):
        service.delivered(preview, to=FILE)
    with branch.gate.db.read() as s:
        assert "report.exact" not in s.execute(select(AuditEvent.action)).scalars().all()
    saved = service.report_pdf(NOVEMBER, lang="en", exact=True)
    service.delivered(saved, to=FILE)
    with branch.gate.db.read() as s:
        actions = s.execute(select(AuditEvent.action).order_by(AuditEvent.seq)).scalars().all()
    assert actions[-2:] == ["report.exact", "document.save"]


def test_only_directors_and_administrators_make_reports_in_a_language_of_the_branch(branch):
    with pytest.raises(PermissionDenied):
        documents(branch, Role.CASEWORKER).report_pdf(NOVEMBER, lang="en")
    with pytest.raises(PermissionDenied):
        documents(branch, Role.RECEPTIONIST).report_xlsx(NOVEMBER, lang="en")
    with pytest.raises(Refused):
        documents(branch).report_pdf(NOVEMBER, lang="de")
    assert documents(branch, Role.ADMINISTRATOR).report_xlsx(NOVEMBER, lang="ru").media_type == XLSX


# -- the workbook -------------------------------------------------------------------------------
def read_workbook(content: bytes) -> dict[str, list[list]]:
    book = load_workbook(io.BytesIO(content))
    return {sheet.title: [list(r) for r in sheet.iter_rows(values_only=True)] for sheet in book.worksheets}


HEADLINE_ORDER = ("people_reached", "people_new", "people_returning", "visits", "referrals_made",
                  "referrals_completed", "volunteers_active", "volunteer_hours")
PERIODS = ("current", "previous", "year_before")


def workbook_figures(content: bytes, made) -> dict:
    """What the workbook says, keyed as tests/unit/test_suppression.published()
    keys a report: a number, or None where it says "<5"."""
    data = figures_data(made, "en")
    sheets = read_workbook(content)
    out = {}

    def take(key_of, cells) -> None:
        for name, value in zip(PERIODS, cells[1:1 + len(data.columns)]):
            out[key_of(name)] = None if value == WITHHELD else value

    taken: set[str] = set()
    for table in data.tables():
        rows = sheets[sheet_name(table.sheet, taken)]
        assert rows[HEADING_ROW][1:1 + len(data.columns)] == [f"{c}\n{r}" for c, r in zip(data.columns,
                                                                                       data.column_roles)]
        body = rows[FIRST_ROW:FIRST_ROW + len(table.rows)]
        assert [r[0] for r in body] == [row.label for row in table.rows]
        if table.key == "totals":
            for row, r in zip(table.rows, body):
                if row.code in HEADLINE_ORDER:
                    take(lambda name: (name, row.code, "total", "total"), r)
            continue
        indicator, breakdown = table.key.split("/")
        for row, r in zip(table.rows, body):
            take(lambda name: (name, indicator, breakdown, row.code), r)
    months = sheets[sheet_name(data.month_heading, {data.headline.sheet.casefold()})]
    for i, first in enumerate(data.month_firsts):
        for series, value in zip(data.months, months[FIRST_ROW + i][1:]):
            out[("bars", series.key, first.isoformat())] = None if value == WITHHELD else value
    return out


@pytest.mark.parametrize("exact", [False, True])
def test_the_workbook_holds_the_report_s_figures_a_sheet_a_table_each_with_a_chart(branch, exact):
    document = documents(branch).report_xlsx(NOVEMBER, lang="en", exact=exact)
    assert document.media_type == XLSX and document.file_name.endswith(".xlsx")
    made = report(branch, exact=exact)
    data = figures_data(made, "en")
    seen = workbook_figures(document.content, made)
    expected = published(made)
    for key, value in seen.items():
        # A category a period did not have is a zero in its column.
        assert value == expected.get(key, 0), key
    # Every figure of every period and every month is there.
    assert set(expected) <= set(seen)
    book = load_workbook(io.BytesIO(document.content))
    assert book.sheetnames[:2] == ["Totals", "By month"] and len(book.sheetnames) == 2 + sum(
        len(s.tables) for s in data.sections)
    assert all(len(sheet._charts) == (5 if sheet.title == "By month" else 0 if sheet.title == "Totals" else 1)
               for sheet in book.worksheets)
    totals = [r for r in book["Totals"].iter_rows(values_only=True)]
    assert (totals[2][0] == "Exact figures: small counts are not withheld. Do not send this report outside the "
                            "branch.") == exact
    assert any(r[0] == "How the figures are counted" for r in totals)
    # Figures are numbers, withheld ones the text "<5"; nothing is a formula.
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f"
    if not exact:
        assert any(v is None for v in seen.values())
        unknown = sorted((k for k, v in seen.items() if v is None), key=repr)
        assert recoverable(reader_equations(made), unknown) == set()
    else:
        assert all(v is not None for v in seen.values())


def test_the_workbook_in_kazakh_has_sheet_names_excel_accepts():
    taken: set[str] = set()
    names = [sheet_name(text, taken) for text in (
        "Адамдар азаматтығы бойынша", "Адамдар азаматтығы бойынша", "Жолдамалар: қызмет/мәртебе [x]",
        "Өте ұзын атау, отыз бір таңбадан әлдеқайда ұзын")]
    assert names[0] != names[1] and names[0].casefold() != names[1].casefold()
    assert all(len(n) <= 31 and not set(n) & set("[]:*?/\\") for n in names)


def test_a_range_quarter_and_year_are_named_in_each_language(branch):
    service = documents(branch)
    year = figures_data(ReportService(StatisticsService(branch.gate.db, branch.login(Role.DIRECTOR))).report(
        Period.year(2026), today=TODAY), "ru")
    assert year.period == "2026 год" and len(year.columns) == 2  # a year's previous period is the year before
    quarter = service.report_pdf(Period.quarter(2026, 4), lang="kk")
    assert quarter.file_name == "KZ-ALA-2026-Q4-kk.pdf"
    days = service.report_xlsx(Period.between(dt.date(2026, 11, 3), dt.date(2026, 11, 20)), lang="en")
    assert days.file_name == "KZ-ALA-2026-11-03_2026-11-20-en.xlsx"
    sheets = read_workbook(days.content)
    assert sheets["Totals"][1][0].startswith("Алматы филиалы (KZ-ALA) · 03.11.2026 – 20.11.2026 · Made on")
