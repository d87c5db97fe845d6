"""The volunteer register: registering, former visitors (one person record, no
case history), editing, finding, and certificates running out."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from desktop.models import AuditEvent, ChangeLog, Role
from desktop.errors import NotFound, PermissionDenied, Refused
from desktop.services.shift_assignments import ShiftAssignments
from desktop.services.shift_planning import ShiftPlanning
from desktop.services.shift_rows import ShiftIn, SiteIn
from desktop.services.volunteer_hours import VolunteerHours
from desktop.services.visitors import LanguageIn as VisitorLanguage
from desktop.services.visitors import NewVisitor, ValidationError, VisitorService
from desktop.services.volunteers import (AvailabilityIn, BlockIn, VolunteerLanguageIn, TrainingIn, VolunteerIn,
                                         VolunteerService)

ANNA = VolunteerIn(family_name="Иванова", given_name="Анна", latin_name="IVANOVA ANNA", birth_date=dt.date(1995, 3, 8),
                   phone="+7 701 111 22 33", emergency_name="Иванов Пётр", emergency_phone="+7 701 111 22 44",
                   consent_given=True, skills=("interpreting", "registration"),
                   languages=(VolunteerLanguageIn("ru", "fluent"), VolunteerLanguageIn("uz", "working")),
                   trainings=(TrainingIn("first_aid", dt.date(2025, 1, 10), dt.date(2027, 1, 10)),),
                   availability=(AvailabilityIn(0, dt.time(9), dt.time(13)), AvailabilityIn(0, dt.time(15), dt.time(19)),
                                 AvailabilityIn(5, dt.time(20), dt.time(0))),
                   blocked=(BlockIn(dt.date(2026, 12, 20), dt.date(2027, 1, 5), "holidays"),))


@pytest.fixture
def coordinator(any_gate, login):
    identity = login(Role.COORDINATOR)  # opens the database
    return VolunteerService(any_gate.db, identity)


def test_register_and_read_back_everything(coordinator):
    row = coordinator.register(ANNA)
    assert row.number.startswith("KZ-ALA-V-") and row.full_name == "Иванова Анна" and not row.former_visitor
    page = coordinator.get(row.volunteer_id)
    assert page.row.languages == (("ru", "fluent"), ("uz", "working"))
    form = page.form
    assert form.skills == ANNA.skills and form.trainings == ANNA.trainings and form.blocked == ANNA.blocked
    assert set(form.availability) == set(ANNA.availability)
    assert form.consent_given and form.consent_date == dt.date.today()
    assert form.emergency_phone == "+7 701 111 22 44"


def test_numbers_count_up(coordinator):
    first = coordinator.register(VolunteerIn(given_name="Бекзат"))
    second = coordinator.register(VolunteerIn(given_name="Самал"))
    assert int(second.number[-6:]) == int(first.number[-6:]) + 1


@pytest.mark.parametrize("change, field", [
    (dict(family_name="", given_name="", latin_name=""), "family_name"),
    (dict(phone="12"), "phone"),
    (dict(status="retired"), "status"),
    (dict(skills=("juggling",)), "skills"),
    (dict(languages=(VolunteerLanguageIn("xx"),)), "languages.0"),
    (dict(trainings=(TrainingIn("first_aid", dt.date(2026, 5, 1), dt.date(2026, 4, 1)),)), "trainings.0"),
    (dict(availability=(AvailabilityIn(2, dt.time(18), dt.time(9)),)), "availability.0"),
    (dict(blocked=(BlockIn(dt.date(2026, 5, 2), dt.date(2026, 5, 1)),)), "blocked.0"),
    (dict(birth_date=dt.date.today() + dt.timedelta(days=1)), "birth_date"),
])
def test_what_the_form_may_not_hold(coordinator, change, field):
    with pytest.raises(ValidationError) as err:
        coordinator.register(VolunteerIn(**{**ANNA.__dict__, **change}))
    assert field in [e.field for e in err.value.errors] and str(err.value)
    assert coordinator.list() == []


def test_a_former_visitor_is_one_person_record_and_no_case_history(any_gate, login, coordinator):
    desk = VisitorService(any_gate.db, login(Role.RECEPTIONIST))
    person = desk.register(NewVisitor(family_name="Каримов", given_name="Фарход", sex="M", birth_date=dt.date(1988, 2, 2),
                                      phone="+998 90 555 44 33", notes="case note: never for the coordinator",
                                      languages=(VisitorLanguage("uz", "native"), VisitorLanguage("ru", "basic"))))
    desk.log_visit(person.person_id, needs=("legal",), notes="visit note")
    found = coordinator.find_person(person.number, dt.date(1988, 2, 2))
    assert (found.family_name, found.birth_date, found.phone) == ("Каримов", dt.date(1988, 2, 2), "+998 90 555 44 33")
    assert set(found.languages) == {VolunteerLanguageIn("uz", "fluent"), VolunteerLanguageIn("ru", "basic")}
    assert not {"notes", "visits", "health"} & set(found.__dataclass_fields__)
    row = coordinator.register(VolunteerIn(person_id=found.person_id, languages=found.languages, consent_given=True))
    assert row.former_visitor and row.full_name == "Каримов Фарход" and row.phone == "+998 90 555 44 33"
    with any_gate.db.read() as s:
        lookups = s.execute(select(AuditEvent).where(AuditEvent.action == "volunteer.person_lookup")).scalars().all()
        snapshot = json.loads(s.execute(select(ChangeLog.row).where(ChangeLog.record_type == "volunteer")).scalar_one())
    assert [e.actor for e in lookups] == ["coordinator"]
    # The name is not copied: the person record stays the one place it is kept.
    assert snapshot["family_name"] == "" and snapshot["person_id"] == str(person.person_id)
    page = coordinator.get(row.volunteer_id)
    assert "case note" not in repr(page) and "visit note" not in repr(page)
    # A new phone at the desk is the volunteer's phone too.
    full = desk.get_person(person.person_id)
    desk.update(person.person_id, NewVisitor(**{**full.form.__dict__, "phone": "+998 90 000 00 01"}),
                expected_version=full.version)
    assert coordinator.get(row.volunteer_id).row.phone == "+998 90 000 00 01"
    with pytest.raises(Refused, match=row.number):
        coordinator.register(VolunteerIn(person_id=person.person_id))
    with pytest.raises(NotFound) as unknown:
        coordinator.find_person("KZ-ALA-2026-999999", dt.date(1988, 2, 2))
    with pytest.raises(NotFound) as wrong_birth_date:
        coordinator.find_person(person.number, dt.date(1988, 2, 3))
    # The same answer either way: a wrong guess tells nothing of who is registered.
    assert str(unknown.value) == str(wrong_birth_date.value)
    with pytest.raises(PermissionDenied):
        VisitorService(any_gate.db, coordinator.identity).get_person(person.person_id)


def test_a_merged_visitor_is_followed_to_the_surviving_record(any_gate, login, coordinator):
    director = VisitorService(any_gate.db, login(Role.DIRECTOR))
    keep = director.register(NewVisitor(family_name="Омаров", given_name="Ali", sex="M", birth_date=dt.date(1990, 1, 1)))
    gone = director.register(NewVisitor(family_name="Омаров", given_name="Али", sex="M", birth_year=1990))
    row = coordinator.register(VolunteerIn(person_id=gone.person_id))
    director.merge(keep.person_id, gone.person_id)
    assert coordinator.get(row.volunteer_id).row.given_name == "Ali"
    with pytest.raises(Refused, match=row.number):
        coordinator.register(VolunteerIn(person_id=keep.person_id))


def test_update_keeps_unchanged_rows_and_logs_only_real_changes(any_gate, coordinator):
    row = coordinator.register(ANNA)
    with any_gate.db.read() as s:
        before = s.execute(select(ChangeLog.record_type, ChangeLog.operation)).all()
    changed = VolunteerIn(**{**ANNA.__dict__, "languages": (VolunteerLanguageIn("ru", "fluent"), VolunteerLanguageIn("kk", "basic")),
                             "phone": "+7 701 999 88 77"})
    coordinator.update(row.volunteer_id, changed, expected_version=row.version)
    with any_gate.db.read() as s:
        after = s.execute(select(ChangeLog.record_type, ChangeLog.operation)).all()[len(before):]
    assert sorted(after) == sorted([("volunteer", "update"), ("volunteer_language", "delete"),
                                    ("volunteer_language", "insert")])
    page = coordinator.get(row.volunteer_id)
    assert page.row.languages == (("kk", "basic"), ("ru", "fluent")) and page.row.phone == "+7 701 999 88 77"
    with pytest.raises(Refused, match="meanwhile"):
        coordinator.update(row.volunteer_id, ANNA, expected_version=row.version)


def test_find_by_any_spelling_number_or_phone(coordinator):
    anna = coordinator.register(ANNA)
    coordinator.register(VolunteerIn(family_name="Сейтқали", given_name="Нұрлан", phone="+7 777 000 11 22"))
    assert [r.volunteer_id for r in coordinator.list(text="ivanova")] == [anna.volunteer_id]
    assert [r.full_name for r in coordinator.list(text="Seitkali")] == ["Сейтқали Нұрлан"]
    assert [r.full_name for r in coordinator.list(text="0001122")] == ["Сейтқали Нұрлан"]
    assert [r.volunteer_id for r in coordinator.list(text=anna.number)] == [anna.volunteer_id]
    assert [r.full_name for r in coordinator.list()] == ["Иванова Анна", "Сейтқали Нұрлан"]


def test_status_changes_and_lists_by_status(coordinator):
    anna = coordinator.register(ANNA)
    coordinator.register(VolunteerIn(given_name="Самал"))
    assert coordinator.set_status(anna.volunteer_id, "paused").status == "paused"
    assert [r.full_name for r in coordinator.list(status="active")] == ["Самал"]
    with pytest.raises(Refused):
        coordinator.set_status(anna.volunteer_id, "gone")


def test_certificates_expiring_within_thirty_days(coordinator):
    today = dt.date(2026, 12, 1)
    soon = coordinator.register(VolunteerIn(given_name="Скоро", trainings=(
        TrainingIn("first_aid", dt.date(2024, 12, 20), dt.date(2026, 12, 20)),)))
    coordinator.register(VolunteerIn(given_name="Позже", trainings=(
        TrainingIn("first_aid", dt.date(2025, 3, 1), dt.date(2027, 3, 1)),)))
    lapsed = coordinator.register(VolunteerIn(given_name="Истёк", trainings=(
        TrainingIn("safeguarding", dt.date(2024, 1, 1), dt.date(2026, 11, 1)),)))
    coordinator.register(VolunteerIn(given_name="Продлил", trainings=(
        TrainingIn("first_aid", dt.date(2024, 12, 1), dt.date(2026, 12, 10)),
        TrainingIn("first_aid", dt.date(2026, 11, 25), dt.date(2028, 11, 25)))))
    left = coordinator.register(VolunteerIn(given_name="Ушёл", trainings=(
        TrainingIn("first_aid", dt.date(2024, 12, 1), dt.date(2026, 12, 5)),)))
    coordinator.set_status(left.volunteer_id, "left")
    rows = coordinator.expiring_certificates(today=today)
    assert [(r.volunteer_id, r.kind, r.expired) for r in rows] == [
        (lapsed.volunteer_id, "safeguarding", True), (soon.volunteer_id, "first_aid", False)]


def test_the_desk_sees_today_s_shifts_but_not_the_register(any_gate, login, coordinator):
    anna = coordinator.register(ANNA)
    planner = ShiftPlanning(any_gate.db, coordinator.identity)
    site = planner.save_site(SiteIn("Пункт"))
    today = dt.date.today()
    shift = planner.create_shift(ShiftIn(site.site_id, dt.datetime.combine(today, dt.time(9)),
                                         dt.datetime.combine(today, dt.time(13))))
    on_it = ShiftAssignments(any_gate.db, coordinator.identity).assign(shift.shift_id, anna.volunteer_id, override_reason="test")
    reception = login(Role.RECEPTIONIST)
    desk, desk_shifts = VolunteerService(any_gate.db, reception), ShiftPlanning(any_gate.db, reception)
    desk_hours, desk_steps = VolunteerHours(any_gate.db, reception), ShiftAssignments(any_gate.db, reception)
    # Phones, birth dates, emergency contacts, hours and service records are the register's.
    for read in (lambda: desk.get(anna.volunteer_id), desk.list, lambda: desk.register(ANNA),
                 lambda: desk_hours.sms_text(anna.volunteer_id, "ru"),
                 lambda: desk_hours.service_record(anna.volunteer_id),
                 lambda: desk_hours.hours_by_volunteer_and_month(today, today)):
        with pytest.raises(PermissionDenied):
            read()
    # Today's shifts with the names on them, check-in, and the sign-in sheet are the desk's.
    (row,) = desk_shifts.shifts(today, today)
    assert [a.volunteer_name for a in row.assignments] == ["Иванова Анна"]
    assert desk_steps.check_in(on_it.assignment_id).status == "confirmed"
    assert [line.name for line in desk_shifts.sign_in_sheet(today).shifts[0].lines] == ["Иванова Анна"]
    with pytest.raises(PermissionDenied):
        VolunteerService(any_gate.db, login(Role.CASEWORKER)).list()
