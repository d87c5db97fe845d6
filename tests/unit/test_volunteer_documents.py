"""The volunteers' documents made from what the shift service stores: the roster,
the sign-in sheet, the service record (PDFs read back with pdftotext) and
the hours workbook (read back with openpyxl)."""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.models import Role
from desktop.reports import labels
from desktop.errors import PermissionDenied, Refused
from desktop.services.shift_rules import Need
from desktop.services.documents import (DocumentService, hours_data, roster_data, service_record_data,
                                        sign_in_data)
from desktop.services.files import atomic_write
from desktop.services.shift_assignments import ShiftAssignments
from desktop.services.shift_planning import ShiftPlanning
from desktop.services.shift_rows import ShiftIn, SiteIn
from desktop.services.volunteer_hours import VolunteerHours
from desktop.services.volunteers import TrainingIn, VolunteerIn, VolunteerLanguageIn, VolunteerService
from tests.conftest import STAFF, STAFF_PASSWORD

MONDAY = dt.date(2026, 11, 23)  # ISO 2026-W48


def at(day: int, hour: float) -> dt.datetime:
    return dt.datetime.combine(MONDAY, dt.time()) + dt.timedelta(days=day, hours=hour)


def _documents(shifts: ShiftPlanning | VolunteerHours) -> DocumentService:
    return DocumentService(shifts.db, shifts.identity)


def roster_pdf(shifts: ShiftPlanning | VolunteerHours, year: int, week: int, lang: str) -> bytes:
    return _documents(shifts).roster(year, week, lang=lang).content


def sign_in_pdf(shifts: ShiftPlanning | VolunteerHours, day: dt.date, lang: str) -> bytes:
    return _documents(shifts).sign_in_sheet(day, lang=lang).content


def service_record_pdf(shifts: ShiftPlanning | VolunteerHours, volunteer_id, lang: str, **period) -> bytes:
    return _documents(shifts).service_record(volunteer_id, lang=lang, **period).content


def hours_xlsx(shifts: ShiftPlanning | VolunteerHours, from_date: dt.date, to_date: dt.date, path: Path, lang: str) -> Path:
    return atomic_write(path, _documents(shifts).hours_workbook(from_date, to_date, lang=lang).content)


def pdftotext(data: bytes, tmp_path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("pdftotext is missing (Debian poppler-utils)")
        pytest.skip("pdftotext is not installed")
    assert data.startswith(b"%PDF-")
    path = tmp_path / "page.pdf"
    path.write_bytes(data)
    out = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


class Branch:
    """Two sites, three volunteers, a week with a completed, a confirmed, an
    unconfirmed and a declined assignment and an open place."""

    def __init__(self, gate):
        self.gate = gate
        self.coordinator = gate.log_in(STAFF[Role.COORDINATOR], STAFF_PASSWORD)
        self.planning = ShiftPlanning(gate.db, self.coordinator)
        self.assignments = ShiftAssignments(gate.db, self.coordinator)
        self.hours = VolunteerHours(gate.db, self.coordinator)
        register = VolunteerService(gate.db, self.coordinator)
        self.desk = self.planning.save_site(SiteIn("Орталық кеңсе"))
        self.station = self.planning.save_site(SiteIn("Вокзал Алматы-2"))
        self.empty = self.planning.save_site(SiteIn("Жылжымалы топ"))
        self.aigul = register.register(VolunteerIn(
            family_name="Сейітова", given_name="Айгүл", birth_date=dt.date(1995, 3, 1),
            languages=(VolunteerLanguageIn("uz", "fluent"),),
            trainings=(TrainingIn("first_aid", dt.date(2026, 2, 1), dt.date(2028, 2, 1)),))).volunteer_id
        self.bakhtiyor = register.register(VolunteerIn(
            latin_name="Tursunov Bakhtiyor", birth_date=dt.date(1990, 5, 5))).volunteer_id
        self.olga = register.register(VolunteerIn(
            family_name="Кравченко", given_name="Ольга", birth_date=dt.date(1988, 8, 8))).volunteer_id
        monday = self.planning.create_shift(ShiftIn(self.desk.site_id, at(0, 9), at(0, 13),
                                                  (Need("language", "uz", 1), Need("none", "", 2)),
                                                  "Тіркеу үстелі"))
        a = self.assignments.assign(monday.shift_id, self.aigul)
        self.assignments.check_in(a.assignment_id, at=at(0, 9))
        self.assignments.check_out(a.assignment_id, at=at(0, 12.5))
        self.assignments.assign(monday.shift_id, self.bakhtiyor)
        wednesday = self.planning.create_shift(ShiftIn(self.station.site_id, at(2, 14), at(2, 18),
                                                     (Need("skill", "first_aid", 1), Need("none", "", 1))))
        d = self.assignments.assign(wednesday.shift_id, self.olga)
        self.assignments.set_status(d.assignment_id, "declined", note="ill")
        c = self.assignments.assign(wednesday.shift_id, self.aigul)
        self.assignments.set_status(c.assignment_id, "confirmed")
        # four weeks before, so the hours run over two months (a shift is
        # completed only once it has started: not one still to come)
        october = self.planning.create_shift(ShiftIn(self.station.site_id, at(-28, 10), at(-28, 16)))
        b = self.assignments.assign(october.shift_id, self.bakhtiyor)
        self.assignments.set_status(b.assignment_id, "confirmed")
        self.assignments.set_status(b.assignment_id, "completed")


@pytest.fixture
def branch(gate):
    return Branch(gate)


def test_roster_shows_the_week_sites_volunteers_needs_and_gaps(branch, tmp_path):
    text = pdftotext(roster_pdf(branch.planning, 2026, 48, "en"), tmp_path)
    assert "Week 2026-W48" in text and "23.11.2026 – 29.11.2026" in text
    assert "Алматы филиалы" in text
    for site in ("Орталық кеңсе", "Вокзал Алматы-2", "Жылжымалы топ"):
        assert site in text  # the site without shifts keeps its row
    assert "09:00–13:00 Тіркеу үстелі" in text and "14:00–18:00" in text  # with what the shift is for
    assert "Сейітова Айгүл" in text
    assert "Tursunov Bakhtiyor (not yet confirmed)" in text
    assert "Кравченко Ольга (declined)" in text
    assert "1 × language: Oʻzbekcha" in text and "1 × First aid certificate" in text
    # Monday: 3 places, 2 taken; Wednesday: 2 places, Olga declined
    assert "2 shifts · ⚠ 2 places open" in text
    assert "10:00–16:00" not in text  # October's shift is not on it


def test_roster_labels_follow_the_page_language_not_the_interface(branch, tmp_path):
    text = pdftotext(roster_pdf(branch.planning, 2026, 48, "ru"), tmp_path)
    week = labels.translate("ru", "Roster", "Week %1").replace("%1", "2026-W48")
    assert week in text
    declined = labels.translate("ru", "Roster", "declined")
    assert f"Кравченко Ольга ({declined})" in text
    certificate = labels.translate("ru", "Volunteers", "First aid certificate")
    assert f"1 × {certificate}" in text


def test_roster_data_keeps_statuses_and_site_order(branch):
    data = roster_data(branch.planning, 2026, 48, "kk", printed_on=dt.date(2026, 11, 20))
    assert data.monday == MONDAY and data.lang == "kk"
    assert set(data.sites) == {"Орталық кеңсе", "Вокзал Алматы-2", "Жылжымалы топ"}
    wednesday = next(s for s in data.shifts if s.site == "Вокзал Алматы-2")
    assert [(v.name, v.status) for v in wednesday.volunteers] == [("Сейітова Айгүл", "confirmed"),
                                                                  ("Кравченко Ольга", "declined")]
    assert wednesday.open_places == 1 and wednesday.starts == at(2, 14)


def test_an_empty_week_prints_a_page_that_says_so(branch, tmp_path):
    text = pdftotext(roster_pdf(branch.planning, 2027, 10, "en"), tmp_path)
    assert "Week 2027-W10" in text and "Орталық кеңсе" in text and "Сейітова" not in text


def test_sign_in_sheet_lists_the_days_volunteers_by_shift(branch, tmp_path):
    text = pdftotext(sign_in_pdf(branch.planning, MONDAY + dt.timedelta(days=2), "en"), tmp_path)
    assert "25.11.2026" in text and "Вокзал Алматы-2" in text and "14:00" in text
    assert "Сейітова Айгүл" in text and re.search(r"KZ-ALA-V-\d{4}-\d+", text)
    assert "Кравченко" not in text  # she declined
    assert "Орталық кеңсе" not in text  # no shift there that day
    monday = pdftotext(sign_in_pdf(branch.planning, MONDAY, "kk"), tmp_path)
    assert "Орталық кеңсе" in monday and "Тіркеу үстелі" in monday and "Tursunov Bakhtiyor" in monday


def test_sign_in_sheet_runs_through_the_day_by_time_then_site(branch, tmp_path):
    for site, start in ((branch.desk, 6), (branch.station, 8), (branch.empty, 8)):
        branch.planning.create_shift(ShiftIn(site.site_id, at(3, start), at(3, start + 3)))
    text = pdftotext(sign_in_pdf(branch.planning, MONDAY + dt.timedelta(days=3), "kk"), tmp_path)
    order = [text.index(f"{site} · {time}") for site, time in (
        ("Орталық кеңсе", "06:00–09:00"), ("Вокзал Алматы-2", "08:00–11:00"), ("Жылжымалы топ", "08:00–11:00"))]
    assert order == sorted(order)


def test_service_record_lists_completed_shifts_trainings_and_total(branch, tmp_path):
    text = pdftotext(service_record_pdf(branch.hours, branch.aigul, "en"), tmp_path)
    assert "Сейітова Айгүл" in text and "Орталық кеңсе" in text and "23.11.2026" in text
    assert "Вокзал Алматы-2" not in text  # confirmed there, not yet completed
    assert "First aid certificate" in text and "01.02.2028" in text
    assert "Total hours 3.5" in text  # checked in 09:00, out 12:30
    bakhtiyor = pdftotext(service_record_pdf(branch.hours, branch.bakhtiyor, "ru"), tmp_path)
    assert "Tursunov Bakhtiyor" in bakhtiyor and "26.10.2026" in bakhtiyor and "Вокзал Алматы-2" in bakhtiyor
    only_november = pdftotext(service_record_pdf(branch.hours, branch.bakhtiyor, "en",
                                                 from_date=dt.date(2026, 11, 1), to_date=dt.date(2026, 11, 30)),
                              tmp_path)
    assert "26.10.2026" not in only_november and "No completed shifts in this period." in only_november


def test_hours_workbook_sums_by_volunteer_and_month(branch, tmp_path):
    path = hours_xlsx(branch.planning, dt.date(2026, 10, 1), dt.date(2026, 11, 30), tmp_path / "hours.xlsx", "en")
    assert path == tmp_path / "hours.xlsx" and not list(tmp_path.glob(".*part"))
    book = load_workbook(path)
    months, shifts = book.worksheets
    rows = [[c.value for c in row] for row in months.iter_rows()]
    assert rows[0][2:] == ["October 2026", "November 2026", "Total"]
    by_name = {r[0]: r for r in rows[1:]}
    assert by_name["Сейітова Айгүл"][2:] == [0, 3.5, 3.5]
    assert by_name["Tursunov Bakhtiyor"][2:] == [6, 0, 6]
    assert by_name["Total"][2:] == [6, 3.5, 9.5]
    assert "Кравченко Ольга" not in by_name  # declined: no hours
    listed = [[c.value for c in row] for row in shifts.iter_rows(min_row=2)]
    assert [(r[0].date(), r[1], r[3], r[4]) for r in listed] == [
        (dt.date(2026, 10, 26), "Tursunov Bakhtiyor", "Вокзал Алматы-2", 6),
        (MONDAY, "Сейітова Айгүл", "Орталық кеңсе", 3.5)]


def test_hours_workbook_headings_in_russian_and_a_backwards_period_refused(branch, tmp_path):
    path = hours_xlsx(branch.planning, dt.date(2026, 11, 1), dt.date(2026, 11, 30), tmp_path / "h.xlsx", "ru")
    sheet = load_workbook(path).worksheets[0]
    assert sheet.cell(1, 3).value == "Ноябрь 2026"
    assert sheet.cell(1, 1).value == labels.translate("ru", "Roster", "Volunteer")
    with pytest.raises(Refused):
        hours_xlsx(branch.planning, dt.date(2026, 12, 1), dt.date(2026, 11, 1), tmp_path / "x.xlsx", "en")
    assert not (tmp_path / "x.xlsx").exists()


def test_pages_are_refused_to_roles_that_may_not_see_volunteers(branch, tmp_path):
    caseworker = branch.gate.log_in(STAFF[Role.CASEWORKER], STAFF_PASSWORD)
    theirs, their_hours = ShiftPlanning(branch.gate.db, caseworker), VolunteerHours(branch.gate.db, caseworker)
    with pytest.raises(PermissionDenied):
        roster_pdf(theirs, 2026, 48, "en")
    with pytest.raises(PermissionDenied):
        sign_in_pdf(theirs, MONDAY, "en")
    with pytest.raises(PermissionDenied):
        service_record_pdf(their_hours, branch.aigul, "en")
    with pytest.raises(PermissionDenied):
        hours_xlsx(theirs, MONDAY, MONDAY, tmp_path / "h.xlsx", "en")
    assert not (tmp_path / "h.xlsx").exists()


def test_the_director_who_makes_the_service_record_is_named_on_it(branch):
    director = branch.gate.log_in(STAFF[Role.DIRECTOR], STAFF_PASSWORD)
    signed = service_record_data(VolunteerHours(branch.gate.db, director), branch.aigul, "en")
    assert signed.director_name == director.display_name and signed.volunteer_name == "Сейітова Айгүл"
    assert service_record_data(branch.hours, branch.aigul, "en").director_name == ""


def test_the_desk_prints_the_roster_and_sign_in_sheet_but_not_hours_or_service_records(branch, tmp_path):
    reception = branch.gate.log_in(STAFF[Role.RECEPTIONIST], STAFF_PASSWORD)
    desk = ShiftPlanning(branch.gate.db, reception)
    assert [v.name for v in sign_in_data(desk, MONDAY, "en").shifts[0].volunteers] == [
        "Сейітова Айгүл", "Tursunov Bakhtiyor"]
    assert roster_data(desk, 2026, 48, "en").shifts
    with pytest.raises(PermissionDenied):
        service_record_pdf(VolunteerHours(branch.gate.db, reception), branch.aigul, "en")
    with pytest.raises(PermissionDenied):
        hours_xlsx(desk, MONDAY, MONDAY, tmp_path / "h.xlsx", "en")
    assert not (tmp_path / "h.xlsx").exists()


@pytest.mark.parametrize("status", ["declined", "no_show", "confirmed"])
def test_hours_set_by_hand_count_nothing_unless_completed(branch, status):
    shift = branch.planning.create_shift(ShiftIn(branch.desk.site_id, at(-7, 9), at(-7, 17)))
    a = branch.assignments.assign(shift.shift_id, branch.olga)
    branch.assignments.set_status(a.assignment_id, "confirmed")
    assert branch.assignments.set_manual_hours(a.assignment_id, hours=8, note="the whole day").minutes == 480
    if status != "confirmed":  # declined or did not come: the hours set before go
        assert branch.assignments.set_status(a.assignment_id, status).minutes == 0
    # The monthly table, the service record and the workbook agree: only completed shifts count.
    months = branch.hours.hours_by_volunteer_and_month(MONDAY - dt.timedelta(days=7), MONDAY)
    assert [r for r in months if r.volunteer_id == branch.olga] == []
    assert branch.hours.service_record(branch.olga).entries == ()
    assert [e for e in hours_data(branch.planning, MONDAY - dt.timedelta(days=7), MONDAY).entries
            if e.volunteer_name == "Кравченко Ольга"] == []
