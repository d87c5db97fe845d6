"""Shifts: planning a week, assigning with warnings and overrides, statuses,
check-in and hours, suggestions, language cover and the texts and sheets."""
from __future__ import annotations

import datetime as dt
import json
import threading
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.models import Assignment, AuditEvent, ChangeLog, Role, Shift
from desktop.errors import PermissionDenied, Refused
from desktop.services.shift_rules import Limits, Need
from desktop.services.shifts import (STATUSES, TRANSITIONS, RuleWarnings, ShiftIn, ShiftService, SiteIn, TemplateIn)
from desktop.services.visitors import LanguageIn as VisitorLanguage
from desktop.services.visitors import NewVisitor, VisitorService
from desktop.services.volunteers import AvailabilityIn, VolunteerLanguageIn, TrainingIn, VolunteerIn, VolunteerService
from tests.conftest import STAFF, STAFF_PASSWORD

MONDAY = dt.date(2026, 11, 30)  # ISO 2026-W49
#: the Monday before (ISO 2026-W48), gone by when these tests run: a shift is
#: completed, or missed, only once it has started
PAST = -7


def at(day: int, hour: float) -> dt.datetime:
    return dt.datetime.combine(MONDAY, dt.time()) + dt.timedelta(days=day, hours=hour)


def wall(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=None)


class Branch:
    def __init__(self, gate, login=None):
        self.gate = gate
        identity = login(Role.COORDINATOR) if login else gate.log_in(STAFF[Role.COORDINATOR], STAFF_PASSWORD)
        self.shifts = ShiftService(gate.db, identity)
        self.register = VolunteerService(gate.db, identity)
        self.site = self.shifts.save_site(SiteIn("Пункт выдачи", "Алматы, Толе би 1"))

    def volunteer(self, name: str, **kw):
        return self.register.register(VolunteerIn(given_name=name, birth_date=kw.pop("birth_date", dt.date(1990, 1, 1)),
                                                  **kw)).volunteer_id

    def shift(self, day: int, start: float, hours: float, *needs: Need, site=None, title=""):
        return self.shifts.create_shift(ShiftIn((site or self.site).site_id, at(day, start),
                                                at(day, start + hours), needs or (Need("none", "", 2),), title))


@pytest.fixture
def branch(any_gate, login):
    return Branch(any_gate, login)


def _count(gate, model) -> int:
    with gate.db.read() as s:
        return s.execute(select(func.count()).select_from(model).where(model.deleted.is_(False))).scalar_one()


def test_a_shift_keeps_local_wall_time_and_stores_utc(gate, monkeypatch):
    monkeypatch.setenv("TZ", "ALMT-5")  # Almaty, UTC+5, no daylight saving
    time.tzset()
    try:
        branch = Branch(gate)
        evening = branch.shift(0, 20, 3)
        assert wall(evening.starts_at) == at(0, 20) and evening.starts_at.utcoffset() == dt.timedelta(hours=5)
        # 20:00–23:00 in Almaty is a night shift, though 15:00–18:00 in UTC.
        assert evening.night
        with gate.db.read() as s:
            stored = s.get(Shift, evening.shift_id).starts_at
        assert stored == dt.datetime(2026, 11, 30, 15, 0, tzinfo=dt.timezone.utc)
        plan = branch.shifts.week_plan(2026, 49)
        assert [r.shift_id for r in plan.cell(MONDAY, branch.site.site_id)] == [evening.shift_id]
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_a_shift_must_make_sense(branch):
    with pytest.raises(Refused, match="end after"):
        branch.shift(0, 9, 0)
    with pytest.raises(Refused, match="24"):
        branch.shift(0, 9, 25)
    with pytest.raises(Refused, match="juggling"):
        branch.shift(0, 9, 4, Need("skill", "juggling", 1))
    assert not branch.shift(0, 9, 4).night and branch.shift(0, 18, 5).night


def test_a_warning_saves_nothing_until_a_reason_is_given(branch):
    gate = branch.gate
    anna = branch.volunteer("Анна", availability=(AvailabilityIn(0, dt.time(8), dt.time(17)),))
    branch.shifts.assign(branch.shift(0, 8, 8).shift_id, anna)
    late = branch.shift(0, 17, 3)
    before = (_count(gate, Assignment), _changes(gate))
    with pytest.raises(RuleWarnings) as err:
        branch.shifts.assign(late.shift_id, anna)
    assert [w.code for w in err.value.warnings] == ["day_hours", "unavailable"]
    assert "Анна" in str(err.value)
    assert (_count(gate, Assignment), _changes(gate)) == before
    saved = branch.shifts.assign(late.shift_id, anna, override_reason="Only Uzbek speaker this week")
    assert saved.override_codes == ("day_hours", "unavailable")
    assert saved.override_reason == "Only Uzbek speaker this week"
    assert saved.events[0].note == "Only Uzbek speaker this week" and saved.events[0].actor == "coordinator"
    with gate.db.read() as s:
        audit = s.execute(select(AuditEvent).where(AuditEvent.action == "assignment.override")).scalar_one()
    assert audit.actor == "coordinator" and audit.record_id == str(saved.assignment_id)
    assert json.loads(audit.detail) == {"reason": "Only Uzbek speaker this week", "rules": ["day_hours", "unavailable"]}


def _changes(gate) -> int:
    with gate.db.read() as s:
        return s.execute(select(func.count()).select_from(ChangeLog)).scalar_one()


def test_the_same_volunteer_twice_on_a_shift_is_refused_even_with_a_reason(branch):
    anna = branch.volunteer("Анна")
    sid = branch.shift(0, 9, 4).shift_id
    branch.shifts.assign(sid, anna)
    with pytest.raises(Refused, match="already on this shift"):
        branch.shifts.assign(sid, anna, override_reason="twice")


def test_declined_assignments_do_not_count(branch):
    anna = branch.volunteer("Анна")
    first = branch.shifts.assign(branch.shift(0, 9, 4).shift_id, anna)
    branch.shifts.set_status(first.assignment_id, "declined", note="exam")
    other = branch.shift(0, 10, 4)
    assert branch.shifts.check(other.shift_id, anna) == []
    assert branch.shifts.assign(other.shift_id, anna).override_codes == ()


def test_limits_are_the_branch_s_own(branch):
    anna = branch.volunteer("Анна")
    sid = branch.shift(0, 9, 8).shift_id
    assert branch.shifts.check(sid, anna) == []
    branch.shifts.set_limits(Limits(max_day_hours=6, max_week_hours=40, min_rest_hours=11))
    assert branch.shifts.limits().max_day_hours == 6
    assert [w.code for w in branch.shifts.check(sid, anna)] == ["day_hours"]
    with pytest.raises(Refused):
        branch.shifts.set_limits(Limits(max_day_hours=30))
    with branch.gate.db.read() as s:
        changes = [json.loads(a.detail) for a in s.execute(
            select(AuditEvent).where(AuditEvent.action == "setting.change")).scalars()]
    assert changes == [{"key": "shift_max_day_hours", "new": "6", "old": "10"}]


def test_rules_read_the_register(branch):
    minor = branch.volunteer("Дана", birth_date=dt.date(2010, 3, 3))
    night = branch.shift(1, 22, 8)
    assert {w.code for w in branch.shifts.check(night.shift_id, minor)} == {"night_minor", "minor_alone"}
    weekdays = branch.volunteer("Бекзат", availability=(AvailabilityIn(0, dt.time(9), dt.time(18)),))
    assert [w.code for w in branch.shifts.check(night.shift_id, weekdays)] == ["unavailable"]
    first_aid = branch.shift(2, 9, 4, Need("skill", "first_aid", 1))
    lapsed = branch.volunteer("Самал", trainings=(TrainingIn("first_aid", dt.date(2023, 1, 1), dt.date(2026, 12, 1)),))
    warning = branch.shifts.check(first_aid.shift_id, lapsed)
    assert [w.code for w in warning] == ["training"] and "01.12.2026" in warning[0].message
    paused = branch.volunteer("Ерлан")
    branch.register.set_status(paused, "paused")
    assert [w.code for w in branch.shifts.check(first_aid.shift_id, paused)] == ["inactive", "training"]


ALL = list(STATUSES)


def _walk(branch, path):
    anna = branch.volunteer("Анна")
    a = branch.shifts.assign(branch.shift(PAST, 9, 4).shift_id, anna)
    for step in path:
        branch.shifts.set_status(a.assignment_id, step)
    return a.assignment_id


@pytest.mark.parametrize("start, target", [(a, b) for a in ALL for b in ALL if b not in TRANSITIONS[a]])
def test_illegal_status_changes_are_refused(any_gate, login, start, target):
    branch = Branch(any_gate, login)
    path = {"assigned": [], "confirmed": ["confirmed"], "declined": ["declined"],
            "completed": ["confirmed", "completed"], "no_show": ["confirmed", "no_show"]}[start]
    aid = _walk(branch, path)
    with pytest.raises(Refused):
        branch.shifts.set_status(aid, target)


def test_check_in_and_out_at_the_desk_credit_the_hours(branch, login):
    anna = branch.volunteer("Анна")
    sid = branch.shift(PAST, 9, 8).shift_id
    a = branch.shifts.assign(sid, anna)
    desk = ShiftService(branch.gate.db, login(Role.RECEPTIONIST))
    with pytest.raises(PermissionDenied):
        desk.assign(sid, branch.volunteer("Бекзат"))
    with pytest.raises(Refused, match="first"):
        desk.check_out(a.assignment_id, at=at(PAST, 17))
    desk.check_in(a.assignment_id, at=at(PAST, 9.25))
    with pytest.raises(Refused, match="Already"):
        desk.check_in(a.assignment_id)
    done = desk.check_out(a.assignment_id, at=at(PAST, 16.75))
    assert done.status == "completed" and done.minutes == 450 and done.hours == 7.5
    assert [(e.status, e.actor) for e in done.events] == [
        ("assigned", "coordinator"), ("confirmed", "reception"), ("completed", "reception")]
    assert wall(done.checked_in_at) == at(PAST, 9.25)


def test_completed_without_times_counts_the_shift_and_hand_set_hours_need_a_note(branch):
    anna = branch.volunteer("Анна")
    a = branch.shifts.assign(branch.shift(PAST, 9, 6).shift_id, anna)
    branch.shifts.set_status(a.assignment_id, "confirmed")
    assert branch.shifts.set_status(a.assignment_id, "completed").minutes == 360
    with pytest.raises(Refused, match="why"):
        branch.shifts.set_manual_hours(a.assignment_id, hours=4, note="")
    manual = branch.shifts.set_manual_hours(a.assignment_id, hours=4.5, note="left early, sick child")
    assert manual.minutes == 270 and manual.manual and manual.hours_note == "left early, sick child"
    assert branch.shifts.set_manual_hours(a.assignment_id, hours=None, note="").minutes == 360
    with branch.gate.db.read() as s:
        audits = [json.loads(e.detail) for e in s.execute(
            select(AuditEvent).where(AuditEvent.action == "assignment.manual_hours")).scalars()]
    assert audits == [{"old_minutes": 360, "new_minutes": 270}, {"old_minutes": 270, "new_minutes": 360}]


def test_week_plan_shows_needed_assigned_and_gaps(branch):
    clinic = branch.shifts.save_site(SiteIn("Мобильная клиника"))
    uz = branch.volunteer("Анна", languages=(VolunteerLanguageIn("uz", "fluent"),))
    ru = branch.volunteer("Бекзат", languages=(VolunteerLanguageIn("ru", "fluent"),))
    desk = branch.shift(0, 9, 4, Need("language", "uz", 1), Need("none", "", 2))
    branch.shift(2, 14, 4, site=clinic)
    branch.shift(9, 9, 4)  # next week
    branch.shifts.assign(desk.shift_id, ru)
    branch.shifts.assign(desk.shift_id, uz)
    plan = branch.shifts.week_plan(2026, 49)
    assert plan.days[0] == MONDAY and len(plan.days) == 7
    assert [s.name for s in plan.sites] == ["Мобильная клиника", "Пункт выдачи"]
    (row,) = plan.cell(MONDAY, branch.site.site_id)
    assert [(n.kind, n.code, n.needed, n.filled, n.gap) for n in row.needs] == [
        ("language", "uz", 1, 1, 0), ("none", "", 2, 1, 1)]
    assert (row.headcount, row.assigned, row.gap) == (3, 2, 1)
    assert {a.volunteer_name for a in row.assignments} == {"Анна", "Бекзат"}
    assert plan.needed == 5 and plan.gaps == 3
    assert plan.cell(MONDAY + dt.timedelta(days=1), branch.site.site_id) == ()
    places = branch.shifts.open_places(MONDAY, MONDAY + dt.timedelta(days=6))
    assert [(p.site_name, p.kind, p.missing) for p in places] == [("Пункт выдачи", "none", 1),
                                                                  ("Мобильная клиника", "none", 2)]


def test_templates_make_shifts_once_and_weeks_copy_without_people(branch):
    branch.shifts.save_template(TemplateIn(branch.site.site_id, 0, dt.time(9), dt.time(13), title="Утро"))
    branch.shifts.save_template(TemplateIn(branch.site.site_id, 4, dt.time(22), dt.time(6), (Need("none", "", 1),)))
    assert branch.shifts.apply_templates(MONDAY, MONDAY + dt.timedelta(days=13)) == 4
    assert branch.shifts.apply_templates(MONDAY, MONDAY + dt.timedelta(days=20)) == 2
    week = branch.shifts.shifts(MONDAY, MONDAY + dt.timedelta(days=6))
    assert [(wall(r.starts_at), wall(r.ends_at), r.title, r.night) for r in week] == [
        (at(0, 9), at(0, 13), "Утро", False), (at(4, 22), at(5, 6), "", True)]
    branch.shifts.assign(week[0].shift_id, branch.volunteer("Анна"))
    assert branch.shifts.copy_week(2026, 49, 2027, 2) == 2
    assert branch.shifts.copy_week(2026, 49, 2027, 2) == 0
    copied = branch.shifts.week_plan(2027, 2).shifts
    assert [wall(r.starts_at) for r in copied] == [dt.datetime(2027, 1, 11, 9), dt.datetime(2027, 1, 15, 22)]
    assert all(r.assigned == 0 for r in copied)


def test_suggestions_put_matching_rested_and_fair_first(branch):
    sid = branch.shift(7, 9, 4, Need("language", "tg", 1), Need("none", "", 1)).shift_id
    busy = branch.volunteer("Алия", languages=(VolunteerLanguageIn("tg", "fluent"),))
    branch.shifts.assign(branch.shift(7, 10, 2).shift_id, busy)  # overlaps
    tajik = branch.volunteer("Бахор", languages=(VolunteerLanguageIn("tg", "working"),))
    hardworking = branch.volunteer("Вера")
    fresh = branch.volunteer("Гульмира")
    branch.volunteer("Дина", availability=(AvailabilityIn(5, dt.time(9), dt.time(18)),))
    left = branch.volunteer("Ержан")
    branch.register.set_status(left, "left")
    past = branch.shifts.assign(branch.shift(PAST, 9, 6).shift_id, hardworking)
    branch.shifts.set_status(past.assignment_id, "confirmed")
    branch.shifts.set_status(past.assignment_id, "completed")
    names = [(s.name, s.matches, s.available, [w.code for w in s.warnings], s.recent_minutes)
             for s in branch.shifts.suggest(sid)]
    assert names == [("Бахор", (("language", "tg"),), True, [], 0),
                     ("Гульмира", (), True, [], 0),
                     ("Вера", (), True, [], 360),
                     ("Алия", (("language", "tg"),), True, ["overlap"], 0),
                     ("Дина", (), False, ["unavailable"], 0)]
    assert [s.name for s in branch.shifts.suggest(sid, limit=2)] == ["Бахор", "Гульмира"]
    branch.shifts.assign(sid, tajik)
    assert "Бахор" not in [s.name for s in branch.shifts.suggest(sid)]
    assert fresh


def test_language_cover_counts_people_not_names(branch, login):
    today = dt.date(2026, 11, 25)  # next week is W49
    desk = VisitorService(branch.gate.db, login(Role.RECEPTIONIST))
    for name, langs in (("Каримов", ("uz", "ru")), ("Рахимов", ("uz",)), ("Назаров", ("tg",))):
        p = desk.register(NewVisitor(family_name=name, sex="M", languages=tuple(
            VisitorLanguage(code, "native", interpreter_needed=code != "ru") for code in langs)))
        desk.log_visit(p.person_id, at=dt.datetime(2026, 11, 20, 10, tzinfo=dt.timezone.utc))
    old = desk.register(NewVisitor(family_name="Давний", sex="F", languages=(VisitorLanguage("ky", "", True),)))
    desk.log_visit(old.person_id, at=dt.datetime(2026, 9, 1, 10, tzinfo=dt.timezone.utc))
    uz = branch.volunteer("Анна", languages=(VolunteerLanguageIn("uz", "fluent"), VolunteerLanguageIn("tg", "basic")))
    branch.shifts.assign(branch.shift(1, 9, 4).shift_id, uz)
    cover = branch.shifts.language_cover(today=today)
    assert [(c.language, c.visitors, c.volunteers, c.covered) for c in cover] == [
        ("tg", 1, 0, False), ("uz", 2, 1, True)]
    assert "Каримов" not in repr(cover)


def test_sms_text_in_the_volunteer_s_language(branch):
    anna = branch.volunteer("Анна")
    branch.shifts.assign(branch.shift(1, 9, 4, title="Выдача").shift_id, anna)
    branch.shifts.assign(branch.shift(3, 18, 3).shift_id, anna)
    declined = branch.shifts.assign(branch.shift(4, 9, 4).shift_id, anna)
    branch.shifts.set_status(declined.assignment_id, "declined")
    branch.shifts.assign(branch.shift(30, 9, 4).shift_id, anna)  # too far ahead
    for lang in ("kk", "ru", "en"):
        text = branch.shifts.sms_text(anna, lang, now=at(0, 12))
        lines = text.splitlines()
        assert len(lines) == 4 and "Анна" in lines[0]
        assert "01.12" in lines[1] and "09:00" in lines[1] and "13:00" in lines[1]
        assert "Пункт выдачи (Выдача)" in lines[1] and "03.12" in lines[2] and "18:00" in lines[2]
        assert "04.12" not in text
    assert "Анна" in branch.shifts.sms_text(anna, "en", now=at(40, 0)) and "\n" not in branch.shifts.sms_text(
        anna, "en", now=at(40, 0))
    with pytest.raises(Refused):
        branch.shifts.sms_text(anna, "de")


def test_moving_and_cancelling_shifts(branch):
    anna = branch.volunteer("Анна")
    row = branch.shift(0, 9, 4)
    a = branch.shifts.assign(row.shift_id, anna)
    moved = branch.shifts.update_shift(row.shift_id, ShiftIn(branch.site.site_id, at(1, 10), at(1, 15),
                                                             (Need("language", "uz", 1),), "Переводчик"),
                                       expected_version=row.version)
    assert (wall(moved.starts_at), moved.headcount, moved.title) == (at(1, 10), 1, "Переводчик")
    assert [x.volunteer_name for x in moved.assignments] == ["Анна"]
    with pytest.raises(Refused, match="meanwhile"):
        branch.shifts.update_shift(row.shift_id, ShiftIn(branch.site.site_id, at(1, 10), at(1, 14)),
                                   expected_version=row.version)
    branch.shifts.delete_shift(row.shift_id)
    assert branch.shifts.shifts(MONDAY, MONDAY + dt.timedelta(days=6)) == []
    assert _count(branch.gate, Assignment) == 0
    with pytest.raises(Refused):
        branch.shifts.check_in(a.assignment_id)
    done = branch.shifts.assign(branch.shift(PAST, 9, 4).shift_id, anna)
    branch.shifts.set_status(done.assignment_id, "confirmed")
    branch.shifts.set_status(done.assignment_id, "completed")
    with pytest.raises(Refused, match="hours"):
        branch.shifts.delete_shift(done.shift_id)
    closed = branch.shifts.save_site(SiteIn("Старый пункт", active=False))
    assert [x.name for x in branch.shifts.sites()] == ["Пункт выдачи"]
    assert {x.name for x in branch.shifts.sites(include_inactive=True)} == {"Пункт выдачи", closed.name}


def test_roster_sign_in_sheet_and_service_record(branch):
    anna = branch.volunteer("Анна")
    bek = branch.volunteer("Бекзат")
    monday = branch.shift(PAST, 9, 4, Need("none", "", 3), title="Выдача")
    day = MONDAY + dt.timedelta(days=PAST)
    a = branch.shifts.assign(monday.shift_id, anna)
    b = branch.shifts.assign(monday.shift_id, bek)
    branch.shifts.set_status(b.assignment_id, "declined")
    roster = branch.shifts.roster(2026, 48)
    assert roster.branch_name == "Алматы филиалы" and roster.sites == ("Пункт выдачи",)
    (cell,) = roster.cells
    assert cell.day == day and cell.shifts[0].volunteers == ("Анна",) and cell.shifts[0].gap == 2
    sheet = branch.shifts.sign_in_sheet(day)
    assert [(line.name, line.status) for line in sheet.shifts[0].lines] == [("Анна", "assigned")]
    branch.shifts.check_in(a.assignment_id, at=at(PAST, 9))
    branch.shifts.check_out(a.assignment_id, at=at(PAST, 12.5))
    record = branch.shifts.service_record(anna)
    assert [(e.day, e.site_name, e.minutes) for e in record.entries] == [(day, "Пункт выдачи", 210)]
    assert record.total_hours == 3.5 and record.name == "Анна"


# -- properties through the service ---------------------------------------------------------
ATTEMPTS = st.lists(st.tuples(st.integers(0, 2), st.integers(0, 5 * 24 - 1), st.integers(1, 12)),
                    min_size=1, max_size=8)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(attempts=ATTEMPTS)
def test_nothing_that_breaks_a_rule_is_saved_without_an_override(gate, attempts):
    """Random shifts for three adults: every assignment saved without a reason
    breaks none of the time rules against what was saved before it, and every
    refusal saved nothing."""
    identity = gate.log_in(STAFF[Role.COORDINATOR], STAFF_PASSWORD)
    shifts, register = ShiftService(gate.db, identity), VolunteerService(gate.db, identity)
    site = shifts.save_site(SiteIn("Пункт"))
    people = [register.register(VolunteerIn(given_name=f"V{i}", birth_date=dt.date(1990, 1, 1))).volunteer_id
              for i in range(3)]
    limits = shifts.limits()
    held: dict[int, list[tuple[dt.datetime, dt.datetime]]] = {0: [], 1: [], 2: []}
    for who, start_hour, hours in attempts:
        starts = at(0, start_hour)
        ends = starts + dt.timedelta(hours=hours)
        sid = shifts.create_shift(ShiftIn(site.site_id, starts, ends, (Need("none", "", 5),))).shift_id
        before = _count(gate, Assignment)
        try:
            shifts.assign(sid, people[who])
        except RuleWarnings as err:
            assert _count(gate, Assignment) == before
            assert _breaks(starts, ends, held[who], limits), [w.code for w in err.value.warnings]
        else:
            assert not _breaks(starts, ends, held[who], limits)
            held[who].append((starts, ends))


def _breaks(starts, ends, others, limits: Limits) -> bool:
    """The time rules from first principles, minute by minute per day and week."""
    if any(a < ends and starts < b for a, b in others):
        return True
    per_day: dict[dt.date, int] = {}
    for a, b in others + [(starts, ends)]:
        t = a
        while t < b:
            per_day[t.date()] = per_day.get(t.date(), 0) + 1
            t += dt.timedelta(minutes=1)
    mine = {starts.date(), (ends - dt.timedelta(minutes=1)).date()}
    if any(per_day[d] > limits.max_day_hours * 60 for d in mine):
        return True
    for week in {d.isocalendar()[:2] for d in mine}:
        if sum(m for d, m in per_day.items() if d.isocalendar()[:2] == week) > limits.max_week_hours * 60:
            return True
    for a, b in others:
        if a.date() != starts.date():
            gap = starts - b if b <= starts else a - ends
            if gap < dt.timedelta(hours=limits.min_rest_hours):
                return True
    return False


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=st.lists(st.tuples(st.integers(0, 40), st.integers(1, 10), st.sampled_from(
    ["completed", "checked", "manual", "no_show", "declined", "confirmed"])), min_size=1, max_size=6))
def test_hours_add_up(gate, plan):
    """What each assignment credits, the monthly table and the service record
    all give the same total."""
    identity = gate.log_in(STAFF[Role.COORDINATOR], STAFF_PASSWORD)
    shifts, register = ShiftService(gate.db, identity), VolunteerService(gate.db, identity)
    site = shifts.save_site(SiteIn("Пункт"))
    vid = register.register(VolunteerIn(given_name="Часы", birth_date=dt.date(1990, 1, 1))).volunteer_id
    expected = 0
    for day, hours, how in plan:
        starts = at(day * 2 - 90, 8)  # every other day (no rule in the way), all gone by now
        sid = shifts.create_shift(ShiftIn(site.site_id, starts, starts + dt.timedelta(hours=hours))).shift_id
        aid = shifts.assign(sid, vid, override_reason="property test").assignment_id
        if how == "declined":
            shifts.set_status(aid, "declined")
            continue
        shifts.set_status(aid, "confirmed")
        if how == "completed":
            shifts.set_status(aid, "completed")
            expected += hours * 60
        elif how == "checked":
            shifts.check_in(aid, at=starts + dt.timedelta(minutes=10))
            shifts.check_out(aid, at=starts + dt.timedelta(hours=hours))
            expected += hours * 60 - 10
        elif how == "manual":
            shifts.set_status(aid, "completed")
            shifts.set_manual_hours(aid, hours=1.25, note="hand")
            expected += 75
        elif how == "no_show":
            shifts.set_status(aid, "no_show")
    table = [r for r in shifts.hours_by_volunteer_and_month(MONDAY - dt.timedelta(days=90), MONDAY)
             if r.volunteer_id == vid]
    record = shifts.service_record(vid)
    assert sum(r.minutes for r in table) == record.total_minutes == expected
    assert sum(r.shifts for r in table) == len(record.entries)
    assert {r.month for r in table} <= {dt.date(2026, 8, 1), dt.date(2026, 9, 1), dt.date(2026, 10, 1),
                                        dt.date(2026, 11, 1)}


def test_moving_a_shift_checks_its_volunteers_again(branch):
    anna = branch.volunteer("Анна")
    morning, afternoon = branch.shift(0, 9, 4), branch.shift(0, 14, 4)
    branch.shifts.assign(morning.shift_id, anna)
    branch.shifts.assign(afternoon.shift_id, anna)
    onto_the_morning = ShiftIn(branch.site.site_id, at(0, 11), at(0, 15))
    with pytest.raises(RuleWarnings) as refused:
        branch.shifts.update_shift(afternoon.shift_id, onto_the_morning)
    assert [w.code for w in refused.value.warnings] == ["overlap"]
    assert wall(branch.shifts.shift(afternoon.shift_id).starts_at) == at(0, 14)  # nothing saved

    moved = branch.shifts.update_shift(afternoon.shift_id, onto_the_morning, override_reason="Anna agreed by phone")
    assert wall(moved.starts_at) == at(0, 11)
    # A new title alone checks nothing again.
    branch.shifts.update_shift(afternoon.shift_id, ShiftIn(branch.site.site_id, at(0, 11), at(0, 15), title="Desk"))
    with branch.gate.db.read() as s:
        audit = s.execute(select(AuditEvent).where(AuditEvent.action == "shift.override")).scalars().all()
    assert [(a.record_id, json.loads(a.detail)) for a in audit] == [
        (str(afternoon.shift_id), {"rules": ["overlap"], "reason": "Anna agreed by phone"})]


@pytest.mark.postgres
def test_two_desks_assigning_the_last_place_at_once_fill_it_once(pg_gate):
    branch = Branch(pg_gate)
    people = [branch.volunteer(name) for name in ("Анна", "Бекзат")]
    for hour in (8, 12, 16):
        place = branch.shift(3, hour, 3, Need("none", "", 1))
        barrier = threading.Barrier(2)
        outcome: list[str] = []

        def desk(volunteer):
            barrier.wait()
            try:
                ShiftService(pg_gate.db, branch.shifts.identity).assign(place.shift_id, volunteer)
                outcome.append("assigned")
            except RuleWarnings as refused:
                outcome.append(",".join(w.code for w in refused.warnings))
        threads = [threading.Thread(target=desk, args=(v,)) for v in people]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(outcome) == ["assigned", "shift_full"]
        assert len(branch.shifts.shift(place.shift_id).assignments) == 1


def test_fewer_places_or_a_new_need_check_the_volunteers_on_the_shift_again(branch):
    row = branch.shift(0, 9, 4, Need("none", "", 2))
    for name in ("Анна", "Бекзат"):
        branch.shifts.assign(row.shift_id, branch.volunteer(name))
    one_place = ShiftIn(branch.site.site_id, at(0, 9), at(0, 13), (Need("none", "", 1),))
    with pytest.raises(RuleWarnings) as refused:
        branch.shifts.update_shift(row.shift_id, one_place)
    assert {w.code for w in refused.value.warnings} == {"shift_full"}
    first_aid = ShiftIn(branch.site.site_id, at(0, 9), at(0, 13), (Need("skill", "first_aid", 1), Need("none", "", 1)))
    with pytest.raises(RuleWarnings) as refused:
        branch.shifts.update_shift(row.shift_id, first_aid)
    assert {w.code for w in refused.value.warnings} == {"training"}
    assert branch.shifts.shift(row.shift_id).headcount == 2  # nothing saved
    assert [n.kind for n in branch.shifts.shift(row.shift_id).needs] == ["none"]
    changed = branch.shifts.update_shift(row.shift_id, first_aid, override_reason="Anna's certificate is on its way")
    assert [n.code for n in changed.needs] == ["first_aid", ""]


def test_a_shift_not_yet_begun_is_neither_completed_nor_missed(branch, login):
    hour = dt.datetime.now().replace(minute=0, second=0, microsecond=0)
    coming = branch.shifts.create_shift(ShiftIn(branch.site.site_id, hour + dt.timedelta(days=1),
                                                hour + dt.timedelta(days=1, hours=4))).shift_id
    a = branch.shifts.assign(coming, branch.volunteer("Анна"))
    branch.shifts.set_status(a.assignment_id, "confirmed")
    for status in ("completed", "no_show"):
        with pytest.raises(Refused, match="before it has started"):
            branch.shifts.set_status(a.assignment_id, status)
    desk = ShiftService(branch.gate.db, login(Role.RECEPTIONIST))
    desk.check_in(a.assignment_id)  # early, say the evening before
    with pytest.raises(Refused, match="before it has started"):
        desk.check_out(a.assignment_id)
    still = branch.shifts.shift(coming).assignments[0]
    assert (still.status, still.minutes, still.checked_out_at) == ("confirmed", 0, None)
    # Once it has begun, it may be closed either way.
    begun = branch.shifts.create_shift(ShiftIn(branch.site.site_id, hour - dt.timedelta(hours=1),
                                               hour + dt.timedelta(hours=3), (Need("none", "", 2),))).shift_id
    for name, status in (("Бекзат", "completed"), ("Вера", "no_show")):
        b = branch.shifts.assign(begun, branch.volunteer(name))
        branch.shifts.set_status(b.assignment_id, "confirmed")
        assert branch.shifts.set_status(b.assignment_id, status).status == status


def test_templates_do_not_bring_back_shifts_cancelled_or_moved(branch):
    branch.shifts.save_template(TemplateIn(branch.site.site_id, 0, dt.time(9), dt.time(13), title="Утро"))
    two_weeks = (MONDAY, MONDAY + dt.timedelta(days=13))
    assert branch.shifts.apply_templates(*two_weeks) == 2
    first, second = branch.shifts.shifts(*two_weeks)
    branch.shifts.delete_shift(first.shift_id)
    branch.shifts.update_shift(second.shift_id, ShiftIn(branch.site.site_id, at(7, 10), at(7, 14), title="Утро"))
    assert branch.shifts.apply_templates(*two_weeks) == 0
    assert [wall(r.starts_at) for r in branch.shifts.shifts(*two_weeks)] == [at(7, 10)]
    # A week not made before is made as usual.
    assert branch.shifts.apply_templates(MONDAY, MONDAY + dt.timedelta(days=20)) == 1
