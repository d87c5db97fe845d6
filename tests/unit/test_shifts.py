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
from desktop.models.volunteer import FILLS_A_PLACE
from desktop.errors import PermissionDenied, Refused
from desktop.services.shift_rules import Limits, Need
from desktop.services.shift_assignments import ShiftAssignments
from desktop.services.shift_planning import ShiftPlanning
from desktop.services.shift_rows import STATUSES, TRANSITIONS, RuleWarnings, ShiftIn, SiteIn, TemplateIn
from desktop.services.shift_templates import ShiftTemplates, TemplatesCancelled
from desktop.services.statistics import Period, StatisticsService
from desktop.services.volunteer_hours import VolunteerHours
from desktop.services.visitors import LanguageIn as VisitorLanguage
from desktop.services.visitors import NewVisitor, VisitorService
from desktop.services.documents import roster_data
from desktop.services.volunteers import AvailabilityIn, TrainingIn, VolunteerIn, VolunteerLanguageIn, VolunteerService
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
        self.planning = ShiftPlanning(gate.db, identity)
        self.templates = ShiftTemplates(gate.db, identity)
        self.assignments = ShiftAssignments(gate.db, identity)
        self.hours = VolunteerHours(gate.db, identity)
        self.register = VolunteerService(gate.db, identity)
        self.site = self.planning.save_site(SiteIn("Пункт выдачи", "Алматы, Толе би 1"))

    def volunteer(self, name: str, **kw):
        return self.register.register(VolunteerIn(given_name=name, birth_date=kw.pop("birth_date", dt.date(1990, 1, 1)),
                                                  **kw)).volunteer_id

    def shift(self, day: int, start: float, hours: float, *needs: Need, site=None, title=""):
        return self.planning.create_shift(ShiftIn((site or self.site).site_id, at(day, start),
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
        plan = branch.planning.week_plan(2026, 49)
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
    branch.assignments.assign(branch.shift(0, 8, 8).shift_id, anna)
    late = branch.shift(0, 17, 3)
    before = (_count(gate, Assignment), _changes(gate))
    with pytest.raises(RuleWarnings) as err:
        branch.assignments.assign(late.shift_id, anna)
    assert [w.code for w in err.value.warnings] == ["day_hours", "unavailable"]
    assert "Анна" in str(err.value)
    assert (_count(gate, Assignment), _changes(gate)) == before
    saved = branch.assignments.assign(late.shift_id, anna, override_reason="Only Uzbek speaker this week")
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
    branch.assignments.assign(sid, anna)
    with pytest.raises(Refused, match="already on this shift"):
        branch.assignments.assign(sid, anna, override_reason="twice")


def test_declined_assignments_do_not_count(branch):
    anna = branch.volunteer("Анна")
    first = branch.assignments.assign(branch.shift(0, 9, 4).shift_id, anna)
    branch.assignments.set_status(first.assignment_id, "declined", note="exam")
    other = branch.shift(0, 10, 4)
    assert branch.assignments.check(other.shift_id, anna) == []
    assert branch.assignments.assign(other.shift_id, anna).override_codes == ()


def test_limits_are_the_branch_s_own(branch):
    anna = branch.volunteer("Анна")
    sid = branch.shift(0, 9, 8).shift_id
    assert branch.assignments.check(sid, anna) == []
    branch.planning.set_limits(Limits(max_day_hours=6, max_week_hours=40, min_rest_hours=11))
    assert branch.planning.limits().max_day_hours == 6
    assert [w.code for w in branch.assignments.check(sid, anna)] == ["day_hours"]
    with pytest.raises(Refused):
        branch.planning.set_limits(Limits(max_day_hours=30))
    with branch.gate.db.read() as s:
        changes = [json.loads(a.detail) for a in s.execute(
            select(AuditEvent).where(AuditEvent.action == "setting.change")).scalars()]
    assert changes == [{"key": "shift_max_day_hours", "new": "6", "old": "10"}]


def test_rules_read_the_register(branch):
    minor = branch.volunteer("Дана", birth_date=dt.date(2010, 3, 3))
    night = branch.shift(1, 22, 8)
    assert {w.code for w in branch.assignments.check(night.shift_id, minor)} == {"night_minor", "minor_alone"}
    weekdays = branch.volunteer("Бекзат", availability=(AvailabilityIn(0, dt.time(9), dt.time(18)),))
    assert [w.code for w in branch.assignments.check(night.shift_id, weekdays)] == ["unavailable"]
    first_aid = branch.shift(2, 9, 4, Need("skill", "first_aid", 1))
    lapsed = branch.volunteer("Самал", trainings=(TrainingIn("first_aid", dt.date(2023, 1, 1), dt.date(2026, 12, 1)),))
    warning = branch.assignments.check(first_aid.shift_id, lapsed)
    assert [w.code for w in warning] == ["training"] and "01.12.2026" in warning[0].message
    paused = branch.volunteer("Ерлан")
    branch.register.set_status(paused, "paused")
    assert [w.code for w in branch.assignments.check(first_aid.shift_id, paused)] == ["inactive", "training"]


ALL = list(STATUSES)


def _walk(branch, path):
    anna = branch.volunteer("Анна")
    a = branch.assignments.assign(branch.shift(PAST, 9, 4).shift_id, anna)
    for step in path:
        branch.assignments.set_status(a.assignment_id, step)
    return a.assignment_id


@pytest.mark.parametrize("start, target", [(a, b) for a in ALL for b in ALL if b not in TRANSITIONS[a]])
def test_illegal_status_changes_are_refused(any_gate, login, start, target):
    branch = Branch(any_gate, login)
    path = {"assigned": [], "confirmed": ["confirmed"], "declined": ["declined"],
            "completed": ["confirmed", "completed"], "no_show": ["confirmed", "no_show"]}[start]
    aid = _walk(branch, path)
    with pytest.raises(Refused):
        branch.assignments.set_status(aid, target)


def test_check_in_and_out_at_the_desk_credit_the_hours(branch, login):
    anna = branch.volunteer("Анна")
    sid = branch.shift(PAST, 9, 8).shift_id
    a = branch.assignments.assign(sid, anna)
    desk = ShiftAssignments(branch.gate.db, login(Role.RECEPTIONIST))
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
    a = branch.assignments.assign(branch.shift(PAST, 9, 6).shift_id, anna)
    branch.assignments.set_status(a.assignment_id, "confirmed")
    assert branch.assignments.set_status(a.assignment_id, "completed").minutes == 360
    with pytest.raises(Refused, match="why"):
        branch.assignments.set_manual_hours(a.assignment_id, hours=4, note="")
    manual = branch.assignments.set_manual_hours(a.assignment_id, hours=4.5, note="left early, sick child")
    assert manual.minutes == 270 and manual.manual and manual.hours_note == "left early, sick child"
    assert branch.assignments.set_manual_hours(a.assignment_id, hours=None, note="").minutes == 360
    with branch.gate.db.read() as s:
        audits = [json.loads(e.detail) for e in s.execute(
            select(AuditEvent).where(AuditEvent.action == "assignment.manual_hours")).scalars()]
    assert audits == [{"old_minutes": 360, "new_minutes": 270}, {"old_minutes": 270, "new_minutes": 360}]


def test_week_plan_shows_needed_assigned_and_gaps(branch):
    clinic = branch.planning.save_site(SiteIn("Мобильная клиника"))
    uz = branch.volunteer("Анна", languages=(VolunteerLanguageIn("uz", "fluent"),))
    ru = branch.volunteer("Бекзат", languages=(VolunteerLanguageIn("ru", "fluent"),))
    desk = branch.shift(0, 9, 4, Need("language", "uz", 1), Need("none", "", 2))
    branch.shift(2, 14, 4, site=clinic)
    branch.shift(9, 9, 4)  # next week
    branch.assignments.assign(desk.shift_id, ru)
    branch.assignments.assign(desk.shift_id, uz)
    plan = branch.planning.week_plan(2026, 49)
    assert plan.days[0] == MONDAY and len(plan.days) == 7
    assert [s.name for s in plan.sites] == ["Мобильная клиника", "Пункт выдачи"]
    (row,) = plan.cell(MONDAY, branch.site.site_id)
    assert [(n.kind, n.code, n.needed, n.filled, n.gap) for n in row.needs] == [
        ("language", "uz", 1, 1, 0), ("none", "", 2, 1, 1)]
    assert (row.headcount, row.assigned, row.gap) == (3, 2, 1)
    assert {a.volunteer_name for a in row.assignments} == {"Анна", "Бекзат"}
    assert plan.needed == 5 and plan.gaps == 3
    assert plan.cell(MONDAY + dt.timedelta(days=1), branch.site.site_id) == ()
    places = branch.planning.open_places(MONDAY, MONDAY + dt.timedelta(days=6))
    assert [(p.site_name, p.kind, p.missing) for p in places] == [("Пункт выдачи", "none", 1),
                                                                  ("Мобильная клиника", "none", 2)]


def test_templates_make_shifts_once_and_weeks_copy_without_people(branch):
    branch.templates.save_template(TemplateIn(branch.site.site_id, 0, dt.time(9), dt.time(13), title="Утро"))
    branch.templates.save_template(TemplateIn(branch.site.site_id, 4, dt.time(22), dt.time(6), (Need("none", "", 1),)))
    assert branch.templates.apply_templates(MONDAY, MONDAY + dt.timedelta(days=13)) == 4
    assert branch.templates.apply_templates(MONDAY, MONDAY + dt.timedelta(days=20)) == 2
    week = branch.planning.shifts(MONDAY, MONDAY + dt.timedelta(days=6))
    assert [(wall(r.starts_at), wall(r.ends_at), r.title, r.night) for r in week] == [
        (at(0, 9), at(0, 13), "Утро", False), (at(4, 22), at(5, 6), "", True)]
    branch.assignments.assign(week[0].shift_id, branch.volunteer("Анна"))
    assert branch.templates.copy_week(2026, 49, 2027, 2) == 2
    assert branch.templates.copy_week(2026, 49, 2027, 2) == 0
    copied = branch.planning.week_plan(2027, 2).shifts
    assert [wall(r.starts_at) for r in copied] == [dt.datetime(2027, 1, 11, 9), dt.datetime(2027, 1, 15, 22)]
    assert all(r.assigned == 0 for r in copied)


def test_suggestions_put_matching_rested_and_fair_first(branch):
    sid = branch.shift(7, 9, 4, Need("language", "tg", 1), Need("none", "", 1)).shift_id
    busy = branch.volunteer("Алия", languages=(VolunteerLanguageIn("tg", "fluent"),))
    branch.assignments.assign(branch.shift(7, 10, 2).shift_id, busy)  # overlaps
    tajik = branch.volunteer("Бахор", languages=(VolunteerLanguageIn("tg", "working"),))
    hardworking = branch.volunteer("Вера")
    fresh = branch.volunteer("Гульмира")
    branch.volunteer("Дина", availability=(AvailabilityIn(5, dt.time(9), dt.time(18)),))
    left = branch.volunteer("Ержан")
    branch.register.set_status(left, "left")
    past = branch.assignments.assign(branch.shift(PAST, 9, 6).shift_id, hardworking)
    branch.assignments.set_status(past.assignment_id, "confirmed")
    branch.assignments.set_status(past.assignment_id, "completed")
    names = [(s.name, s.matches, s.available, [w.code for w in s.warnings], s.recent_minutes)
             for s in branch.assignments.suggest(sid)]
    assert names == [("Бахор", (("language", "tg"),), True, [], 0),
                     ("Гульмира", (), True, [], 0),
                     ("Вера", (), True, [], 360),
                     ("Алия", (("language", "tg"),), True, ["overlap"], 0),
                     ("Дина", (), False, ["unavailable"], 0)]
    assert [s.name for s in branch.assignments.suggest(sid, limit=2)] == ["Бахор", "Гульмира"]
    branch.assignments.assign(sid, tajik)
    assert "Бахор" not in [s.name for s in branch.assignments.suggest(sid)]
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
    branch.assignments.assign(branch.shift(1, 9, 4).shift_id, uz)
    cover = branch.planning.language_cover(today=today)
    assert [(c.language, c.visitors, c.volunteers, c.covered) for c in cover] == [
        ("tg", 1, 0, False), ("uz", 2, 1, True)]
    assert "Каримов" not in repr(cover)


def test_sms_text_in_the_volunteer_s_language(branch):
    anna = branch.volunteer("Анна")
    branch.assignments.assign(branch.shift(1, 9, 4, title="Выдача").shift_id, anna)
    branch.assignments.assign(branch.shift(3, 18, 3).shift_id, anna)
    declined = branch.assignments.assign(branch.shift(4, 9, 4).shift_id, anna)
    branch.assignments.set_status(declined.assignment_id, "declined")
    branch.assignments.assign(branch.shift(30, 9, 4).shift_id, anna)  # too far ahead
    for lang in ("kk", "ru", "en"):
        text = branch.hours.sms_text(anna, lang, now=at(0, 12))
        lines = text.splitlines()
        assert len(lines) == 4 and "Анна" in lines[0]
        assert "01.12" in lines[1] and "09:00" in lines[1] and "13:00" in lines[1]
        assert "Пункт выдачи (Выдача)" in lines[1] and "03.12" in lines[2] and "18:00" in lines[2]
        assert "04.12" not in text
    assert "Анна" in branch.hours.sms_text(anna, "en", now=at(40, 0)) and "\n" not in branch.hours.sms_text(
        anna, "en", now=at(40, 0))
    with pytest.raises(Refused):
        branch.hours.sms_text(anna, "de")


def test_moving_and_cancelling_shifts(branch):
    anna = branch.volunteer("Анна")
    row = branch.shift(0, 9, 4)
    a = branch.assignments.assign(row.shift_id, anna)
    moved = branch.planning.update_shift(row.shift_id, ShiftIn(branch.site.site_id, at(1, 10), at(1, 15),
                                                             (Need("language", "uz", 1),), "Переводчик"),
                                       expected_version=row.version)
    assert (wall(moved.starts_at), moved.headcount, moved.title) == (at(1, 10), 1, "Переводчик")
    assert [x.volunteer_name for x in moved.assignments] == ["Анна"]
    with pytest.raises(Refused, match="meanwhile"):
        branch.planning.update_shift(row.shift_id, ShiftIn(branch.site.site_id, at(1, 10), at(1, 14)),
                                   expected_version=row.version)
    branch.planning.delete_shift(row.shift_id)
    assert branch.planning.shifts(MONDAY, MONDAY + dt.timedelta(days=6)) == []
    assert _count(branch.gate, Assignment) == 0
    with pytest.raises(Refused):
        branch.assignments.check_in(a.assignment_id)
    done = branch.assignments.assign(branch.shift(PAST, 9, 4).shift_id, anna)
    branch.assignments.set_status(done.assignment_id, "confirmed")
    branch.assignments.set_status(done.assignment_id, "completed")
    with pytest.raises(Refused, match="hours"):
        branch.planning.delete_shift(done.shift_id)
    closed = branch.planning.save_site(SiteIn("Старый пункт", active=False))
    assert [x.name for x in branch.planning.sites()] == ["Пункт выдачи"]
    assert {x.name for x in branch.planning.sites(include_inactive=True)} == {"Пункт выдачи", closed.name}


def test_roster_sign_in_sheet_and_service_record(branch):
    anna = branch.volunteer("Анна")
    bek = branch.volunteer("Бекзат")
    monday = branch.shift(PAST, 9, 4, Need("none", "", 3), title="Выдача")
    day = MONDAY + dt.timedelta(days=PAST)
    a = branch.assignments.assign(monday.shift_id, anna)
    b = branch.assignments.assign(monday.shift_id, bek)
    branch.assignments.set_status(b.assignment_id, "declined")
    # The printed roster's data, made from the week plan.
    roster = roster_data(branch.planning, 2026, 48, "ru")
    assert roster.branch_name == "Алматы филиалы" and roster.sites == ("Пункт выдачи",)
    (shift,) = roster.shifts
    assert shift.starts.date() == day and shift.open_places == 2
    assert [v.name for v in shift.volunteers if v.status in FILLS_A_PLACE] == ["Анна"]
    sheet = branch.planning.sign_in_sheet(day)
    assert [(line.name, line.status) for line in sheet.shifts[0].lines] == [("Анна", "assigned")]
    branch.assignments.check_in(a.assignment_id, at=at(PAST, 9))
    branch.assignments.check_out(a.assignment_id, at=at(PAST, 12.5))
    record = branch.hours.service_record(anna)
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
    planning, assignments = ShiftPlanning(gate.db, identity), ShiftAssignments(gate.db, identity)
    register = VolunteerService(gate.db, identity)
    site = planning.save_site(SiteIn("Пункт"))
    people = [register.register(VolunteerIn(given_name=f"V{i}", birth_date=dt.date(1990, 1, 1))).volunteer_id
              for i in range(3)]
    limits = planning.limits()
    held: dict[int, list[tuple[dt.datetime, dt.datetime]]] = {0: [], 1: [], 2: []}
    for who, start_hour, hours in attempts:
        starts = at(0, start_hour)
        ends = starts + dt.timedelta(hours=hours)
        sid = planning.create_shift(ShiftIn(site.site_id, starts, ends, (Need("none", "", 5),))).shift_id
        before = _count(gate, Assignment)
        try:
            assignments.assign(sid, people[who])
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
    planning, assignments = ShiftPlanning(gate.db, identity), ShiftAssignments(gate.db, identity)
    volunteer_hours = VolunteerHours(gate.db, identity)
    register = VolunteerService(gate.db, identity)
    site = planning.save_site(SiteIn("Пункт"))
    vid = register.register(VolunteerIn(given_name="Часы", birth_date=dt.date(1990, 1, 1))).volunteer_id
    expected = 0
    for day, hours, how in plan:
        starts = at(day * 2 - 90, 8)  # every other day (no rule in the way), all gone by now
        sid = planning.create_shift(ShiftIn(site.site_id, starts, starts + dt.timedelta(hours=hours))).shift_id
        aid = assignments.assign(sid, vid, override_reason="property test").assignment_id
        if how == "declined":
            assignments.set_status(aid, "declined")
            continue
        assignments.set_status(aid, "confirmed")
        if how == "completed":
            assignments.set_status(aid, "completed")
            expected += hours * 60
        elif how == "checked":
            assignments.check_in(aid, at=starts + dt.timedelta(minutes=10))
            assignments.check_out(aid, at=starts + dt.timedelta(hours=hours))
            expected += hours * 60 - 10
        elif how == "manual":
            assignments.set_status(aid, "completed")
            assignments.set_manual_hours(aid, hours=1.25, note="hand")
            expected += 75
        elif how == "no_show":
            assignments.set_status(aid, "no_show")
    table = [r for r in volunteer_hours.hours_by_volunteer_and_month(MONDAY - dt.timedelta(days=90), MONDAY)
             if r.volunteer_id == vid]
    record = volunteer_hours.service_record(vid)
    assert sum(r.minutes for r in table) == record.total_minutes == expected
    assert sum(r.shifts for r in table) == len(record.entries)
    assert {r.month for r in table} <= {dt.date(2026, 8, 1), dt.date(2026, 9, 1), dt.date(2026, 10, 1),
                                        dt.date(2026, 11, 1)}


def test_moving_a_shift_checks_its_volunteers_again(branch):
    anna = branch.volunteer("Анна")
    morning, afternoon = branch.shift(0, 9, 4), branch.shift(0, 14, 4)
    branch.assignments.assign(morning.shift_id, anna)
    branch.assignments.assign(afternoon.shift_id, anna)
    onto_the_morning = ShiftIn(branch.site.site_id, at(0, 11), at(0, 15))
    with pytest.raises(RuleWarnings) as refused:
        branch.planning.update_shift(afternoon.shift_id, onto_the_morning)
    assert [w.code for w in refused.value.warnings] == ["overlap"]
    assert wall(branch.planning.shift(afternoon.shift_id).starts_at) == at(0, 14)  # nothing saved

    moved = branch.planning.update_shift(afternoon.shift_id, onto_the_morning, override_reason="Anna agreed by phone")
    assert wall(moved.starts_at) == at(0, 11)
    # A new title alone checks nothing again.
    branch.planning.update_shift(afternoon.shift_id, ShiftIn(branch.site.site_id, at(0, 11), at(0, 15), title="Desk"))
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
                ShiftAssignments(pg_gate.db, branch.assignments.identity).assign(place.shift_id, volunteer)
                outcome.append("assigned")
            except RuleWarnings as refused:
                outcome.append(",".join(w.code for w in refused.warnings))
        threads = [threading.Thread(target=desk, args=(v,)) for v in people]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(outcome) == ["assigned", "shift_full"]
        assert len(branch.planning.shift(place.shift_id).assignments) == 1


def test_fewer_places_or_a_new_need_check_the_volunteers_on_the_shift_again(branch):
    row = branch.shift(0, 9, 4, Need("none", "", 2))
    for name in ("Анна", "Бекзат"):
        branch.assignments.assign(row.shift_id, branch.volunteer(name))
    one_place = ShiftIn(branch.site.site_id, at(0, 9), at(0, 13), (Need("none", "", 1),))
    with pytest.raises(RuleWarnings) as refused:
        branch.planning.update_shift(row.shift_id, one_place)
    assert {w.code for w in refused.value.warnings} == {"shift_full"}
    first_aid = ShiftIn(branch.site.site_id, at(0, 9), at(0, 13), (Need("skill", "first_aid", 1), Need("none", "", 1)))
    with pytest.raises(RuleWarnings) as refused:
        branch.planning.update_shift(row.shift_id, first_aid)
    assert {w.code for w in refused.value.warnings} == {"training"}
    assert branch.planning.shift(row.shift_id).headcount == 2  # nothing saved
    assert [n.kind for n in branch.planning.shift(row.shift_id).needs] == ["none"]
    changed = branch.planning.update_shift(row.shift_id, first_aid, override_reason="Anna's certificate is on its way")
    assert [n.code for n in changed.needs] == ["first_aid", ""]


def test_a_shift_not_yet_begun_is_neither_completed_nor_missed(branch, login):
    hour = dt.datetime.now().replace(minute=0, second=0, microsecond=0)
    coming = branch.planning.create_shift(ShiftIn(branch.site.site_id, hour + dt.timedelta(days=1),
                                                hour + dt.timedelta(days=1, hours=4))).shift_id
    a = branch.assignments.assign(coming, branch.volunteer("Анна"))
    branch.assignments.set_status(a.assignment_id, "confirmed")
    for status in ("completed", "no_show"):
        with pytest.raises(Refused, match="before it has started"):
            branch.assignments.set_status(a.assignment_id, status)
    desk = ShiftAssignments(branch.gate.db, login(Role.RECEPTIONIST))
    desk.check_in(a.assignment_id)  # early, say the evening before
    with pytest.raises(Refused, match="before it has started"):
        desk.check_out(a.assignment_id)
    still = branch.planning.shift(coming).assignments[0]
    assert (still.status, still.minutes, still.checked_out_at) == ("confirmed", 0, None)
    # Once it has begun, it may be closed either way.
    begun = branch.planning.create_shift(ShiftIn(branch.site.site_id, hour - dt.timedelta(hours=1),
                                               hour + dt.timedelta(hours=3), (Need("none", "", 2),))).shift_id
    for name, status in (("Бекзат", "completed"), ("Вера", "no_show")):
        b = branch.assignments.assign(begun, branch.volunteer(name))
        branch.assignments.set_status(b.assignment_id, "confirmed")
        assert branch.assignments.set_status(b.assignment_id, status).status == status


def test_templates_do_not_bring_back_shifts_cancelled_or_moved(branch):
    branch.templates.save_template(TemplateIn(branch.site.site_id, 0, dt.time(9), dt.time(13), title="Утро"))
    two_weeks = (MONDAY, MONDAY + dt.timedelta(days=13))
    assert branch.templates.apply_templates(*two_weeks) == 2
    first, second = branch.planning.shifts(*two_weeks)
    branch.planning.delete_shift(first.shift_id)
    branch.planning.update_shift(second.shift_id, ShiftIn(branch.site.site_id, at(7, 10), at(7, 14), title="Утро"))
    assert branch.templates.apply_templates(*two_weeks) == 0
    assert [wall(r.starts_at) for r in branch.planning.shifts(*two_weeks)] == [at(7, 10)]
    # A week not made before is made as usual.
    assert branch.templates.apply_templates(MONDAY, MONDAY + dt.timedelta(days=20)) == 1


# -- one rule for open places, on screen and on paper -----------------------------------------------
OPEN_AFTER = {"assigned": 0, "confirmed": 0, "completed": 0, "declined": 1, "no_show": 1}


@pytest.mark.parametrize("status", sorted(OPEN_AFTER))
def test_the_week_plan_and_the_printed_roster_count_the_same_open_places(branch, status):
    """A volunteer who did not come did not fill the place that day: the week
    plan, its list of open places and the roster all show it open, as for one
    who declined; one assigned, confirmed or who completed it fills it."""
    shift = branch.shift(PAST, 9, 4, Need("language", "uz", 1))
    who = branch.volunteer("Анна", languages=(VolunteerLanguageIn("uz", "fluent"),))
    a = branch.assignments.assign(shift.shift_id, who)
    path = {"assigned": [], "confirmed": ["confirmed"], "declined": ["declined"],
            "completed": ["confirmed", "completed"], "no_show": ["confirmed", "no_show"]}[status]
    for step in path:
        branch.assignments.set_status(a.assignment_id, step)
    expected = OPEN_AFTER[status]
    day = MONDAY + dt.timedelta(days=PAST)
    (row,) = branch.planning.week_plan(2026, 48).cell(day, branch.site.site_id)
    assert (row.gap, row.needs[0].gap) == (expected, expected)
    assert sum(p.missing for p in branch.planning.open_places(day, day)) == expected
    (printed,) = roster_data(branch.planning, 2026, 48, "ru").shifts
    assert printed.open_places == expected
    director = branch.gate.log_in(STAFF[Role.DIRECTOR], STAFF_PASSWORD)
    figures = StatisticsService(branch.gate.db, director).figures(Period(day, day))
    assert figures.open_places == expected  # and the branch's figures for HQ


def test_someone_may_take_the_place_of_a_volunteer_who_did_not_come(branch):
    """The rules agree with the plan: the place of a no-show is open, not full."""
    hour = dt.datetime.now().replace(minute=0, second=0, microsecond=0)
    running = branch.planning.create_shift(ShiftIn(branch.site.site_id, hour - dt.timedelta(hours=1),
                                                   hour + dt.timedelta(hours=3), (Need("none", "", 1),))).shift_id
    missing = branch.assignments.assign(running, branch.volunteer("Анна"))
    branch.assignments.set_status(missing.assignment_id, "confirmed")
    stand_in = branch.volunteer("Бекзат")
    assert [w.code for w in branch.assignments.check(running, stand_in)] == ["shift_full"]
    branch.assignments.set_status(missing.assignment_id, "no_show")
    assert branch.assignments.check(running, stand_in) == []
    assert [s.name for s in branch.assignments.suggest(running)] == ["Бекзат"]  # not the one who did not come
    branch.assignments.assign(running, stand_in)
    assert branch.planning.shift(running).gap == 0


def test_candidates_are_the_active_volunteers_found_each_with_their_warnings(branch):
    """The shift dialog's search: any spelling, the number or the phone; by name;
    what each would break, as the assignment itself would say."""
    sid = branch.shift(0, 9, 4, Need("none", "", 1)).shift_id
    anna = branch.volunteer("Анна", family_name="Абдуллаева", phone="+7 701 234 56 78",
                            languages=(VolunteerLanguageIn("uz", "fluent"),), skills=("registration",))
    rustam = branch.volunteer("Рустам", family_name="Абдуллаев")
    paused = branch.volunteer("Рахим", family_name="Абдуллаев")
    branch.register.set_status(paused, "paused")
    branch.assignments.assign(sid, anna)
    found = branch.assignments.candidates(sid, "abdullaev")
    assert [(c.name, c.skills, c.languages) for c in found] == [
        ("Абдуллаев Рустам", (), ()), ("Абдуллаева Анна", ("registration",), (("uz", "fluent"),))]
    by_id = {c.volunteer_id: c for c in found}
    assert [w.code for w in by_id[rustam].warnings] == [w.code for w in branch.assignments.check(sid, rustam)] == [
        "shift_full"]
    assert [w.code for w in by_id[anna].warnings] == ["already_assigned"]
    assert [c.volunteer_id for c in branch.assignments.candidates(sid, "234 56")] == [anna]
    number = by_id[rustam].number
    assert [c.volunteer_id for c in branch.assignments.candidates(sid, number.lower())] == [rustam]
    assert branch.assignments.candidates(sid, "   ") == []
    assert len(branch.assignments.candidates(sid, "абдуллаев", limit=1)) == 1


def test_applying_templates_reports_its_progress_and_a_cancel_makes_nothing(branch):
    branch.templates.save_template(TemplateIn(branch.site.site_id, 0, dt.time(9), dt.time(13), title="Утро"))
    branch.templates.save_template(TemplateIn(branch.site.site_id, 3, dt.time(22), dt.time(6), title="Ночь"))
    period = (MONDAY, MONDAY + dt.timedelta(days=27))  # four weeks
    heard: list[tuple[int, int]] = []
    asked = []

    def cancelled() -> bool:
        asked.append(len(heard))
        return len(heard) == 2  # after the second week
    with pytest.raises(TemplatesCancelled):
        branch.templates.apply_templates(*period, progress=lambda done, total: heard.append((done, total)),
                                         cancelled=cancelled)
    assert heard == [(7, 28), (14, 28)] and asked == [0, 1, 2]
    assert branch.planning.shifts(*period) == []  # all or nothing: the weeks made were not kept
    heard.clear()
    assert branch.templates.apply_templates(*period, progress=lambda done, total: heard.append((done, total))) == 8
    assert heard == [(7, 28), (14, 28), (21, 28), (28, 28)]
    assert len(branch.planning.shifts(*period)) == 8
