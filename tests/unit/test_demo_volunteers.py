"""The demo branch's volunteers, sites and shifts: what a coordinator trying
Qamqor finds on the first morning."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop.models import Assignment, AssignmentEvent, AuditEvent, Volunteer
from desktop.services.accounts import BranchGate
from desktop.services.demo import DEMO_PASSWORD, add_demo_volunteers, make_demo
from desktop.services.shift_planning import ShiftPlanning
from desktop.services.volunteers import VolunteerService
from tests.conftest import FAST

TODAY = dt.date.today()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo") / "branch"
    gate = BranchGate(root, kdf=FAST)
    result = make_demo(root, visitors=80, seed=3, gate=gate)
    coordinator = gate.log_in("coordinator", DEMO_PASSWORD)
    yield result, gate, ShiftPlanning(gate.db, coordinator), VolunteerService(gate.db, coordinator)
    gate.close()


def test_the_register_has_former_visitors_minors_and_certificates_running_out(demo):
    result, gate, _, register = demo
    assert result.volunteers_added == 50
    rows = register.list()
    assert len(rows) == 50
    assert 8 <= sum(r.former_visitor for r in rows) <= 12
    minors = [r for r in rows if r.birth_date and (TODAY - r.birth_date).days < 18 * 365.25]
    assert 2 <= len(minors) <= 3
    assert {r.status for r in rows} == {"active", "paused", "left"}
    assert {code for r in rows for code, _ in r.languages} >= {"kk", "ru", "uz", "ky", "tg"}
    assert all(r.full_name.strip() for r in rows)
    expiring = register.expiring_certificates()
    assert any(e.expired for e in expiring) and any(not e.expired for e in expiring)
    pages = [register.get(r.volunteer_id).form for r in rows]
    assert sum(bool(f.availability) for f in pages) > 25 and any(f.blocked for f in pages)


def test_a_month_of_shifts_from_the_weekly_templates_in_every_status(demo):
    _, gate, shifts, _ = demo
    sites = shifts.sites()
    assert 5 <= len(sites) <= 8
    assert any("автовокзал" in s.name.casefold() for s in sites)
    rows = shifts.shifts(TODAY - dt.timedelta(days=14), TODAY + dt.timedelta(days=14))
    assert len(rows) > 100 and all(r.template_id is not None for r in rows)
    statuses = {a.status for r in rows for a in r.assignments}
    assert statuses == {"assigned", "confirmed", "declined", "completed", "no_show"}
    done = [a for r in rows for a in r.assignments if a.status == "completed"]
    assert all(a.minutes > 0 for a in done)
    checked = [a for a in done if a.checked_in_at]
    assert checked and all(a.checked_in_at < a.checked_out_at for a in checked)
    assert any(a.manual and a.hours_note for a in done)
    assert not any(a.status == "completed" for r in rows if r.starts_at.date() > TODAY for a in r.assignments)
    assert sum(r.gap for r in rows if r.starts_at.date() > TODAY) > 0  # open places to fill
    overridden = [a for r in rows for a in r.assignments if a.override_codes]
    assert 1 <= len(overridden) <= 6 and all(a.override_reason for a in overridden)
    with gate.db.read() as s:
        audited = s.execute(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "assignment.override")).scalar_one()
        events = s.execute(select(func.count()).select_from(AssignmentEvent)).scalar_one()
        assignments = s.execute(select(func.count()).select_from(Assignment)).scalar_one()
    assert audited == len(overridden) and events >= assignments


def test_the_volunteers_are_added_once(demo):
    _, gate, _, register = demo
    assert add_demo_volunteers(gate, seed=3) == 0
    assert len(register.list()) == 50


def test_the_same_seed_gives_the_same_volunteers(demo, tmp_path):
    _, gate, _, register = demo
    other = BranchGate(tmp_path / "again", kdf=FAST)
    make_demo(tmp_path / "again", visitors=80, seed=3, gate=other)
    columns = (Volunteer.number, Volunteer.family_name, Volunteer.given_name, Volunteer.birth_date,
               Volunteer.skills, Volunteer.person_id.is_(None))
    with gate.db.read() as s, other.db.read() as t:
        assert sorted(s.execute(select(*columns)).all()) == sorted(t.execute(select(*columns)).all())
    other.close()
