"""The volunteers' printed pages and the hours workbook as a coordinator, a
volunteer at the desk or an accountant gets them: PDFs read back with poppler
(pdftotext, pdfinfo, pdffonts), the workbook with openpyxl."""
from __future__ import annotations

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
from openpyxl import load_workbook

from desktop.reports import labels
from desktop.reports.hours_xlsx import HoursData, HoursEntry, hours_workbook
from desktop.reports.roster import (RosterData, RosterNeed, RosterShift, RosterVolunteer, ServiceRecordData,
                                    ServiceShift, ServiceTraining, SignInData, SignInShift, SignInVolunteer,
                                    format_hours, month_name, week_monday, weekday_name)
from desktop.reports.roster_layout import render_roster, render_service_record, render_sign_in_sheet


def _written(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


def write_roster(data, path: Path) -> Path:
    return _written(path, render_roster(data))


def write_sign_in_sheet(data, path: Path) -> Path:
    return _written(path, render_sign_in_sheet(data))


def write_service_record(data, path: Path) -> Path:
    return _written(path, render_service_record(data))


def write_hours_workbook(data, path: Path, lang: str) -> Path:
    return _written(path, hours_workbook(data, lang))

BRANCH = "Қазақстан Қызыл Жарты Ай қоғамы — Алматы филиалы"
MONDAY = dt.date(2026, 11, 23)  # 2026-W48
# Short enough to stay on one line in a roster cell, so pdftotext gives them whole.
CYRILLIC = "Айгүл Сейітова"
RUSSIAN = "Ольга Кравченко"
LATIN = "Tursunov Bakhtiyor"
DARI = "محمد احمدی"
LANGS = ("kk", "ru", "en")


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing (Debian poppler-utils, installed by .ci/run)")
        pytest.skip(f"{name} is not installed")
    return path


def pdftotext(path: Path, *options: str) -> str:
    out = subprocess.run([tool("pdftotext"), "-enc", "UTF-8", *options, str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    # Shaped Arabic letters are presentation forms; NFKC folds them back to the
    # letters typed (and only them: it would fold № to No).
    out = re.sub("[\ufb50-\ufdff\ufe70-\ufeff]+", lambda m: unicodedata.normalize("NFKC", m[0]), out)
    # pdftotext wraps a right-to-left run in embedding marks
    return re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", out)


def column_of(path: Path, page: int, column: int) -> str:
    """The words in one column of the roster's grid (0 the sites, 1 Monday …)."""
    from desktop.reports.roster_layout import RosterLayout

    layout = RosterLayout(roster())
    left = layout.margin_x + (column and layout.site_w + (column - 1) * layout.day_w)
    width = layout.site_w if column == 0 else layout.day_w
    crop = ["-x", str(int(left) + 1), "-y", "0", "-W", str(int(width) - 2), "-H", str(int(layout.page_h))]
    return " ".join(pdftotext(path, "-f", str(page), "-l", str(page), *crop).split())


def text_of(path: Path, *, page: int | None = None) -> str:
    """The words in reading order, however the page wraps them."""
    return " ".join(pdftotext(path, *(["-f", str(page), "-l", str(page)] if page else [])).split())


def lines_of(path: Path) -> list[str]:
    """The lines as laid out: a table's row on one line."""
    return [" ".join(line.split()) for line in pdftotext(path, "-layout").splitlines() if line.strip()]


def info(path: Path) -> dict[str, str]:
    out = subprocess.run([tool("pdfinfo"), str(path)], capture_output=True, text=True, check=True).stdout
    return dict(re.findall(r"^([^:]+):\s+(.*)$", out, re.M))


def page_count(path: Path) -> int:
    return int(info(path)["Pages"])


def assert_fonts_embedded(path: Path):
    out = subprocess.run([tool("pdffonts"), str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    for row in rows:
        assert row.split()[-5] == "yes", row  # name type encoding emb sub uni object ID
        assert "DejaVuSans" in row, row


def word(lang: str, source: str) -> str:
    return labels.translate(lang, "Roster", source)


def places_open(lang: str, n: int) -> str:
    return labels.translate_count(lang, "Roster", "%n place(s) open", n)


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(MONDAY + dt.timedelta(days=day), dt.time(hour, minute))


def roster(lang: str = "en", **changes) -> RosterData:
    shifts = (
        # Monday at the office: two of three places filled, one not yet confirmed
        RosterShift("Орталық кеңсе", at(0, 9), at(0, 13), places=3,
                    needs=(RosterNeed(2, "interpreter: Russian"), RosterNeed(1, "first aid")),
                    volunteers=(RosterVolunteer(CYRILLIC), RosterVolunteer(LATIN, "assigned"))),
        # Wednesday at the station: full
        RosterShift("Вокзал Алматы-2", at(2, 14), at(2, 18), places=1, volunteers=(RosterVolunteer(DARI),)),
        # Saturday night: the only volunteer declined, so both places are open
        RosterShift("Вокзал Алматы-2", at(5, 22), at(6, 6), places=2,
                    volunteers=(RosterVolunteer(RUSSIAN, "declined"),)),
    )
    data = dict(branch_name=BRANCH, monday=MONDAY, shifts=shifts, lang=lang,
                sites=("Орталық кеңсе", "Вокзал Алматы-2", "Мобильный пункт"), printed_on=dt.date(2026, 11, 20))
    data.update(changes)
    return RosterData(**data)


# -- the weekly roster -------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_roster_shows_week_days_sites_names_and_gaps_in_the_page_language(tmp_path, lang):
    path = write_roster(roster(lang), tmp_path / "roster.pdf")
    text = text_of(path)
    assert BRANCH in text
    assert word(lang, "Week %1").replace("%1", "2026-W48") in text
    assert "23.11.2026 – 29.11.2026" in text
    for i in range(7):
        day = MONDAY + dt.timedelta(days=i)
        assert f"{weekday_name(lang, day)} {day:%d.%m}" in text
    for site in ("Орталық кеңсе", "Вокзал Алматы-2", "Мобильный пункт"):
        assert site in text  # a site without shifts this week keeps its row
    for name in (CYRILLIC, LATIN, DARI, RUSSIAN):
        assert name in text
    assert "09:00–13:00" in text and "22:00–06:00" in text
    assert "2 × interpreter: Russian" in text and "1 × first aid" in text
    assert f"{LATIN} ({word(lang, 'not yet confirmed')})" in text
    assert f"{RUSSIAN} ({word(lang, 'declined')})" in text
    assert f"{CYRILLIC} (" not in text  # a confirmed volunteer needs no remark
    # the gaps: one place on Monday, two on Saturday night, three in all in the header
    assert f"⚠ {places_open(lang, 1)}" in text and f"⚠ {places_open(lang, 2)}" in text
    assert f"⚠ {places_open(lang, 3)}" in text
    assert word(lang, "Page %1 of %2").replace("%1", "1").replace("%2", "1") in text
    assert word(lang, "Legend") in text
    assert page_count(path) == 1


def test_roster_prints_kazakh_and_russian_weekday_names():
    assert [weekday_name("kk", MONDAY + dt.timedelta(days=i)) for i in range(7)] == [
        "Дүйсенбі", "Сейсенбі", "Сәрсенбі", "Бейсенбі", "Жұма", "Сенбі", "Жексенбі"]
    assert weekday_name("ru", MONDAY) == "Понедельник" and weekday_name("en", MONDAY) == "Monday"
    assert month_name("kk", 2026, 11) == "Қараша 2026" and month_name("ru", 2026, 11) == "Ноябрь 2026"


def test_roster_is_a4_landscape_with_every_font_embedded(tmp_path):
    path = write_roster(roster("kk"), tmp_path / "roster.pdf")
    width, height = map(float, re.match(r"([\d.]+) x ([\d.]+)", info(path)["Page size"]).groups())
    assert (round(width), round(height)) == (842, 595)
    assert_fonts_embedded(path)


def test_a_full_week_of_twenty_sites_runs_over_pages_with_the_header_on_each(tmp_path):
    sites = [f"Пункт помощи № {i + 1}" for i in range(20)]
    names = [CYRILLIC, RUSSIAN, LATIN, DARI]
    shifts = []
    for s, site in enumerate(sites):
        for day in range(7):
            for k, hour in enumerate((8, 13, 18)):
                n = (s + day + k) % 4  # none to three volunteers for three places
                shifts.append(RosterShift(site, at(day, hour), at(day, hour + 5), places=3,
                                          needs=(RosterNeed(1, "интерпретатор: таджикский"),),
                                          volunteers=tuple(RosterVolunteer(names[j]) for j in range(n))))
    data = roster("ru", shifts=tuple(shifts), sites=())
    path = write_roster(data, tmp_path / "roster.pdf")
    pages = page_count(path)
    assert pages >= 3
    total_open = sum(s.open_places for s in shifts)
    seen_sites = set()
    for page in range(1, pages + 1):
        text = text_of(path, page=page)
        assert BRANCH in text and "2026-W48" in text and "23.11.2026 – 29.11.2026" in text, page
        assert word("ru", "Page %1 of %2").replace("%1", str(page)).replace("%2", str(pages)) in text, page
        assert f"{weekday_name('ru', MONDAY)} 23.11" in text, page  # the day headings repeated
        assert f"⚠ {places_open('ru', total_open)}" in text, page
        seen_sites |= {site for site in sites if re.search(re.escape(site) + r"(?!\d)", text)}
    assert seen_sites == set(sites)
    # every gap printed: a cell's mark for each shift with open places
    whole = text_of(path)
    for n in (1, 2, 3):
        marks = len(re.findall(re.escape(f"⚠ {places_open('ru', n)}"), whole))
        in_header = pages if n == total_open else 0
        in_legend = pages if n == 1 else 0
        assert marks - in_header - in_legend == sum(s.open_places == n for s in shifts), n


def test_a_crowded_shift_runs_over_pages_and_names_its_site_again(tmp_path):
    volunteers = tuple(RosterVolunteer(f"Волонтёр {i:03d}", "assigned") for i in range(90))
    shifts = (RosterShift("Вокзал Алматы-2", at(2, 9), at(2, 13), places=95, volunteers=volunteers),
              RosterShift("Парк Горького", at(3, 9), at(3, 13), places=1))
    path = write_roster(roster("en", shifts=shifts, sites=()), tmp_path / "roster.pdf")
    pages = page_count(path)
    assert pages >= 2
    whole = text_of(path)
    assert [int(n) for n in re.findall(r"Волонтёр (\d{3})", whole)] == list(range(90))  # each once, in order
    for page in range(2, pages + 1):
        text = text_of(path, page=page)
        if "Волонтёр" in text:
            assert f"Вокзал Алматы-2 ({word('en', 'continued')})" in column_of(path, page, 0), page
            continued = f"Wednesday 25.11 09:00–13:00 ({word('en', 'continued')}) Волонтёр"
            assert continued in column_of(path, page, 3), page
    assert f"⚠ {places_open('en', 5)}" in whole and f"⚠ {places_open('en', 1)}" in whole


def test_an_empty_week_says_so(tmp_path):
    text = text_of(write_roster(roster("en", shifts=(), sites=()), tmp_path / "roster.pdf"))
    assert word("en", "No shifts planned this week.") in text
    assert "2026-W48" in text


def test_the_same_roster_gives_the_same_file():
    assert render_roster(roster()) == render_roster(roster())


@pytest.mark.parametrize("change", [{"monday": MONDAY + dt.timedelta(days=1)}, {"lang": "uz"},
                                    {"shifts": (RosterShift("X", at(7, 9), at(7, 10), places=1),)}])
def test_malformed_rosters_are_refused(change):
    with pytest.raises(ValueError):
        roster(**change)


def test_shift_and_volunteer_values_are_checked():
    with pytest.raises(ValueError):
        RosterVolunteer("A", "maybe")
    with pytest.raises(ValueError):
        RosterShift("X", at(0, 10), at(0, 9), places=1)
    assert week_monday("2026-W48") == MONDAY
    with pytest.raises(ValueError):
        week_monday("48/2026")


# -- the daily sign-in sheet ---------------------------------------------------------

def sign_in(lang: str = "en", **changes) -> SignInData:
    day = 2
    shifts = (
        SignInShift("Орталық кеңсе", at(day, 9), at(day, 13), task="Аудармашы: тәжік тілі", volunteers=(
            SignInVolunteer(CYRILLIC, "KZ-ALA-2026-000123"),
            SignInVolunteer(DARI, "KZ-ALA-2026-000124", ends=at(day, 12)),
            SignInVolunteer(LATIN, "KZ-ALA-2026-000125"))),
        SignInShift("Вокзал Алматы-2", at(day, 14), at(day, 18, 30),
                    volunteers=(SignInVolunteer(RUSSIAN, "KZ-ALA-2026-000126"),)),
    )
    data = dict(branch_name=BRANCH, day=MONDAY + dt.timedelta(days=day), shifts=shifts, lang=lang)
    data.update(changes)
    return SignInData(**data)


@pytest.mark.parametrize("lang", LANGS)
def test_sign_in_sheet_lists_each_shifts_volunteers_with_room_to_sign(tmp_path, lang):
    path = write_sign_in_sheet(sign_in(lang), tmp_path / "sign-in.pdf")
    text = text_of(path)
    assert BRANCH in text
    assert weekday_name(lang, MONDAY + dt.timedelta(days=2)) in text and "25.11.2026" in text
    assert "Орталық кеңсе · 09:00–13:00 Аудармашы: тәжік тілі" in text
    assert "Вокзал Алматы-2 · 14:00–18:30" in text
    lines = lines_of(path)
    rows = [f"1 {CYRILLIC} KZ-ALA-2026-000123 09:00–13:00", f"2 {DARI} KZ-ALA-2026-000124 09:00–12:00",
            f"3 {LATIN} KZ-ALA-2026-000125 09:00–13:00", f"1 {RUSSIAN} KZ-ALA-2026-000126 14:00–18:30"]
    assert [line for line in lines if line in rows] == rows
    headings = " ".join(word(lang, c) for c in ("No.", "Name", "Registration number", "Planned", "Time in",
                                                 "Time out", "Signature"))
    if lang == "en":  # a translated heading may wrap in its column
        assert lines.count(headings) == 2  # on each shift's table
    # after each shift's volunteers, three empty rows, numbered on
    assert [line for line in lines if line.isdigit()] == ["4", "5", "6", "2", "3", "4"]
    assert word(lang, "Coordinator") in text
    size = info(path)["Page size"]
    assert size.startswith("595.276 x 841.89"), size
    assert_fonts_embedded(path)


def test_a_long_sign_in_sheet_numbers_its_pages(tmp_path):
    volunteers = tuple(SignInVolunteer(f"Волонтёр {i:02d}", f"KZ-ALA-2026-{i:06d}") for i in range(60))
    data = sign_in("ru", shifts=(SignInShift("Вокзал", at(2, 9), at(2, 13), volunteers=volunteers),))
    path = write_sign_in_sheet(data, tmp_path / "sign-in.pdf")
    pages = page_count(path)
    assert pages >= 2
    for page in range(1, pages + 1):
        text = text_of(path, page=page)
        assert "25.11.2026" in text and word("ru", "Time in") in text, page
        assert word("ru", "Page %1 of %2").replace("%1", str(page)).replace("%2", str(pages)) in text, page
    assert re.findall(r"Волонтёр (\d\d)", text_of(path)) == [f"{i:02d}" for i in range(60)]


# -- a volunteer's service record ------------------------------------------------

def record(lang: str = "en", **changes) -> ServiceRecordData:
    shifts = tuple(ServiceShift(dt.date(2026, month, 10), "Вокзал Алматы-2", "Interpretation: Tajik", 4.5)
                   for month in range(1, 12))
    data = dict(branch_name=BRANCH, volunteer_name=DARI, registration_number="KZ-ALA-2026-000124",
                period_start=dt.date(2026, 1, 1), period_end=dt.date(2026, 12, 31),
                shifts=shifts + (ServiceShift(dt.date(2026, 11, 30), "Орталық кеңсе", "First aid", 3.25),),
                issued_on=dt.date(2026, 12, 1), lang=lang, director_name="Ержан Сәрсенбаев",
                trainings=(ServiceTraining("Алғашқы медициналық көмек", dt.date(2025, 3, 2), dt.date(2027, 3, 2)),
                           ServiceTraining("Psychological first aid", dt.date(2026, 2, 1))))
    data.update(changes)
    return ServiceRecordData(**data)


@pytest.mark.parametrize("lang", LANGS)
def test_service_record_totals_the_hours_and_lists_trainings(tmp_path, lang):
    path = write_service_record(record(lang), tmp_path / "record.pdf")
    text = text_of(path)
    total = format_hours(52.75, lang)
    assert total == ("52.75" if lang == "en" else "52,75")
    assert DARI in text and "KZ-ALA-2026-000124" in text and BRANCH in text
    assert "01.01.2026 – 31.12.2026" in text
    assert f"{word(lang, 'Total hours')} {total}" in text
    assert labels.translate_count(lang, "Roster", "%n shift(s)", 12) in text
    assert f"10.03.2026 Вокзал Алматы-2 Interpretation: Tajik {format_hours(4.5, lang)}" in text
    assert f"30.11.2026 Орталық кеңсе First aid {format_hours(3.25, lang)}" in text
    assert "Алғашқы медициналық көмек 02.03.2025 02.03.2027" in text
    assert "Psychological first aid 01.02.2026 —" in text
    assert "Ержан Сәрсенбаев" in text and word(lang, "Director") in text and "01.12.2026" in text
    assert_fonts_embedded(path)


def test_service_record_without_shifts_says_so(tmp_path):
    text = text_of(write_service_record(record(shifts=(), trainings=()), tmp_path / "record.pdf"))
    assert word("en", "No completed shifts in this period.") in text
    assert f"{word('en', 'Total hours')} 0" in text


def test_service_record_refuses_shifts_outside_its_period():
    with pytest.raises(ValueError):
        record(shifts=(ServiceShift(dt.date(2027, 1, 2), "X", "Y", 1),))


# -- plural forms from the catalogue -----------------------------------------------

def test_counts_take_the_languages_plural_forms(tmp_path, monkeypatch):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.fail("pyside6-lrelease is missing from the virtual environment")
    ts = tmp_path / "qamqor_ru.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ru_RU">\n'
        "<context><name>Roster</name>\n"
        '<message numerus="yes"><source>%n place(s) open</source><translation>'
        "<numerusform>%n место свободно</numerusform><numerusform>%n места свободно</numerusform>"
        "<numerusform>%n мест свободно</numerusform></translation></message>\n"
        "</context>\n</TS>\n", "utf-8")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "qamqor_ru.qm")], check=True)
    monkeypatch.setattr(labels, "translations_dir", lambda: tmp_path)
    labels._translator.cache_clear()
    try:
        assert [places_open("ru", n) for n in (1, 3, 5, 21)] == [
            "1 место свободно", "3 места свободно", "5 мест свободно", "21 место свободно"]
        # no catalogue entry: English, "(s)" taken or left by the number
        assert [places_open("en", n) for n in (1, 2)] == ["1 place open", "2 places open"]
        assert labels.translate("ru", "Roster", "Weekly roster") == "Weekly roster"
        text = text_of(write_roster(roster("ru"), tmp_path / "roster.pdf"))
    finally:
        labels._translator.cache_clear()
    assert "⚠ 1 место свободно" in text and "⚠ 2 места свободно" in text and "⚠ 3 места свободно" in text


def test_lupdate_collects_the_counted_words_with_their_plural_forms(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.fail("pyside6-lupdate is missing from the virtual environment")
    ts = tmp_path / "qamqor_ru.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ru_RU"></TS>\n',
                  "utf-8")
    sources = [str(Path(__file__).resolve().parents[2] / "desktop" / "reports" / name)
               for name in ("roster.py", "roster_layout.py", "hours_xlsx.py")]
    subprocess.run([str(lupdate), "-locations", "none", *sources, "-ts", str(ts)], check=True, capture_output=True)
    messages = {m.findtext("source"): m.get("numerus") for m in ET.parse(ts).getroot().iter("message")}
    assert messages["%n place(s) open"] == "yes" and messages["%n shift(s)"] == "yes"
    assert messages["Weekly roster"] is None and "Hours by volunteer and month" in messages


# -- the hours workbook ---------------------------------------------------------------

def hours(**changes) -> HoursData:
    entries = (
        HoursEntry(dt.date(2026, 10, 3), CYRILLIC, "V-0001", "Вокзал Алматы-2", 4.5),
        HoursEntry(dt.date(2026, 10, 9), CYRILLIC, "V-0001", "Орталық кеңсе", 3),
        HoursEntry(dt.date(2026, 12, 1), CYRILLIC, "V-0001", "Орталық кеңсе", 6.25),
        HoursEntry(dt.date(2026, 12, 2), DARI, "V-0002", "Вокзал Алматы-2", 2.25),
        HoursEntry(dt.date(2026, 10, 20), LATIN, "V-0003", "Вокзал Алматы-2", 8),
    )
    data = dict(branch_name=BRANCH, entries=entries)
    data.update(changes)
    return HoursData(**data)


@pytest.mark.parametrize("lang", LANGS)
def test_hours_workbook_sums_by_volunteer_and_month(tmp_path, lang):
    path = write_hours_workbook(hours(), tmp_path / "hours.xlsx", lang)
    assert [p.name for p in tmp_path.iterdir()] == ["hours.xlsx"]  # nothing left beside it
    book = load_workbook(path)
    months, shifts = book.worksheets
    assert months.title == word(lang, "Hours by volunteer and month")[:31]
    rows = list(months.iter_rows(values_only=True))
    assert rows[0] == (word(lang, "Volunteer"), word(lang, "Registration number"), month_name(lang, 2026, 10),
                       month_name(lang, 2026, 11), month_name(lang, 2026, 12), word(lang, "Total"))
    # November has no hours but keeps its column
    cyrillic, latin, dari = ((CYRILLIC, "V-0001", 7.5, 0, 6.25, 13.75), (LATIN, "V-0003", 8, 0, 0, 8),
                             (DARI, "V-0002", 0, 0, 2.25, 2.25))
    # in the alphabetical order of the page's language: Cyrillic first in Kazakh and Russian
    assert rows[1:] == [*([latin, cyrillic] if lang == "en" else [cyrillic, latin]), dari,
                        (word(lang, "Total"), None, 15.5, 0, 8.5, 24)]
    assert months.freeze_panes == "C2"
    assert all(months.column_dimensions[c].width >= 10 for c in "ABCDEF")
    assert months["A5"].font.b and months["F2"].font.b and not months["C2"].font.b
    assert isinstance(months["C2"].value, (int, float)) and months["C2"].number_format == "0.0#"

    rows = list(shifts.iter_rows(values_only=True))
    assert rows[0] == tuple(word(lang, w) for w in ("Date", "Volunteer", "Registration number", "Site", "Hours"))
    assert [(r[0].date(), r[1], r[4]) for r in rows[1:]] == [
        (dt.date(2026, 10, 3), CYRILLIC, 4.5), (dt.date(2026, 10, 9), CYRILLIC, 3),
        (dt.date(2026, 10, 20), LATIN, 8), (dt.date(2026, 12, 1), CYRILLIC, 6.25),
        (dt.date(2026, 12, 2), DARI, 2.25)]
    assert shifts.freeze_panes == "A2" and shifts["A2"].number_format == "DD.MM.YYYY"


def test_hours_workbook_months_asked_for_include_empty_ones(tmp_path):
    data = hours(first_month=dt.date(2026, 9, 1), last_month=dt.date(2027, 1, 1))
    rows = list(load_workbook(write_hours_workbook(data, tmp_path / "h.xlsx", "ru")).active.iter_rows(values_only=True))
    assert rows[0][2:-1] == ("Сентябрь 2026", "Октябрь 2026", "Ноябрь 2026", "Декабрь 2026", "Январь 2027")
    assert rows[-1][2:] == (0, 15.5, 0, 8.5, 0, 24)
    with pytest.raises(ValueError):
        hours(first_month=dt.date(2026, 11, 1))  # October's hours would be left out


def test_an_empty_hours_workbook_still_has_its_headings(tmp_path):
    book = load_workbook(write_hours_workbook(hours(entries=()), tmp_path / "h.xlsx", "en"))
    assert list(book.active.iter_rows(values_only=True)) == [
        ("Volunteer", "Registration number", "Total"), ("Total", None, 0)]


def test_importing_the_page_modules_loads_neither_reportlab_nor_openpyxl():
    # The services import these dataclasses at start-up; the libraries wait for the first page.
    probe = ("import sys, desktop.reports.roster, desktop.reports.hours_xlsx; "
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'openpyxl', 'xlsxwriter', "
             "'bidi')))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2]).stdout
    assert out.strip() == "[]"


def test_workbook_totals_add_exact_hours_and_round_once(tmp_path):
    from openpyxl import load_workbook

    # 20 minutes in each of three months: 0.33 + 0.33 + 0.33 would make 0.99.
    entries = [HoursEntry(dt.date(2026, month, 2), "Сейітова Айгүл", "KZ-ALA-V-2026-000001", "Орталық кеңсе", 1 / 3)
               for month in (9, 10, 11)]
    path = write_hours_workbook(HoursData("Алматы филиалы", entries), tmp_path / "hours.xlsx", "en")
    sheet = load_workbook(path).worksheets[0]
    assert [c.value for c in sheet[2]][2:] == [0.33, 0.33, 0.33, 1.0]
    assert [c.value for c in sheet[3]][2:] == [0.33, 0.33, 0.33, 1.0]


def test_text_that_looks_like_a_formula_stays_text_in_the_workbook(tmp_path):
    """Issue 12 item 21: a name or a site a person typed is never run as a formula."""
    tricky = ["=HYPERLINK(\"http://example.org\",\"x\")", "+7 701 000 00 00", "-Ivanova", "@SUM(A1:A2)"]
    entries = [HoursEntry(dt.date(2026, 11, 2), name, f"KZ-ALA-V-2026-00000{i}", tricky[-1 - i], 2)
               for i, name in enumerate(tricky)]
    path = write_hours_workbook(HoursData("=cmd|' /C calc'!A0", entries), tmp_path / "hours.xlsx", "en")
    book = load_workbook(path)
    months, shifts = book.worksheets
    names = [row[0].value for row in months.iter_rows(min_row=2)]
    assert set(tricky) <= set(names)
    assert all(row[0].data_type == "s" for row in months.iter_rows(min_row=2))
    sites = {row[3].value: row[3].data_type for row in shifts.iter_rows(min_row=2)}
    assert set(sites) == set(tricky) and set(sites.values()) == {"s"}
    assert "=" not in "".join(c.value or "" for row in months.iter_rows() for c in row if c.data_type == "f")


def test_the_workbook_is_made_without_a_temporary_file(tmp_path, monkeypatch):
    """No name reaches the disk while the workbook is made (openpyxl's write path kept them in the temp folder)."""
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile
    monkeypatch.setattr(tempfile, "tempdir", None)
    entries = [HoursEntry(dt.date(2026, 11, 2), "Сейітова Айгүл", "KZ-ALA-V-2026-000001", "Орталық кеңсе", 3)]
    data = hours_workbook(HoursData("Алматы филиалы", entries * 200), "en")
    assert data.startswith(b"PK") and list(tmp_path.iterdir()) == []
