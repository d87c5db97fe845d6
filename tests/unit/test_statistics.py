"""The branch's figures, checked against a small branch counted by hand, on
SQLCipher and PostgreSQL, in Almaty time (UTC+5): a visit at 23:30 on
31 October is October's, one at 00:10 on 1 November is November's."""
from __future__ import annotations

import datetime as dt
import time
from types import SimpleNamespace

import pytest
from sqlalchemy import select, update

from desktop.errors import PermissionDenied, Refused
from desktop.models import (Assignment, AuditEvent, Referral, ReferralEvent, Role, Shift, Site, Volunteer)
from desktop.models.journal import bulk_insert
from desktop.services.referrals import ProviderIn, ReferralIn, ReferralService
from desktop.services.shift_rows import to_utc
from desktop.services.statistics import AgeBands, Filters, Period, StatisticsService
from desktop.services.visitors import ConsentIn, NewVisitor, VisitorService
from desktop.services.volunteers import VolunteerIn, VolunteerService

SHARING = (ConsentIn("registration", True), ConsentIn("referral_sharing", True))
NOVEMBER = Period.month(2026, 11)
TODAY = dt.date(2026, 12, 15)


@pytest.fixture
def almaty(monkeypatch):
    monkeypatch.setenv("TZ", "ALMT-5")  # UTC+5, no daylight saving
    time.tzset()
    yield
    monkeypatch.delenv("TZ")
    time.tzset()


def local(*args) -> dt.datetime:
    return to_utc(dt.datetime(*args))


def _visit(visitors, person, when, needs=(), services=()):
    visitors.log_visit(person.person_id, at=local(*when), needs=needs, services=services)


@pytest.fixture
def branch(almaty, any_gate, login):
    """Six people, five referrals and four volunteers, as the comments say."""
    gate = any_gate
    director = login(Role.DIRECTOR)
    reception = VisitorService(gate.db, login(Role.RECEPTIONIST))
    casework = VisitorService(gate.db, login(Role.CASEWORKER))
    desk = VisitorService(gate.db, director)
    register = lambda **kw: desk.register(NewVisitor(consents=SHARING, **kw))  # noqa: E731
    # New in November (first visit ever), 36 on 30 November: 18-59. Two visits, counted once.
    aigerim = register(family_name="Сейтқали", given_name="Айгерім", sex="F", birth_date=dt.date(1990, 5, 1),
                       citizenship="KZ", migration_status="citizen")
    _visit(casework, aigerim, (2026, 11, 3, 10, 0), needs=("legal", "health"), services=("information",))
    _visit(casework, aigerim, (2026, 11, 20, 15, 0), needs=("legal",))
    # Estimated birth year 2014: 12 in 2026. Came at 23:30 on 31 October and again
    # at 00:10 on 1 November: new in October, returning in November.
    rustam = register(family_name="Каримов", given_name="Рустам", sex="M", birth_year=2014, citizenship="UZ",
                      migration_status="labour_migrant")
    _visit(reception, rustam, (2026, 10, 31, 23, 30))
    _visit(reception, rustam, (2026, 11, 1, 0, 10), needs=("employment", "documents"))
    # Sex not given, no citizenship or status: "unknown"; the last minutes of November.
    nameless = register(given_name="Аноним", birth_year=1970)
    _visit(reception, nameless, (2026, 11, 30, 23, 50))
    # Came in November 2025 (the year before) and December 2026: not reached in November 2026.
    malika = register(family_name="Назарова", given_name="Малика", sex="F", birth_date=dt.date(2023, 1, 10),
                      citizenship="TJ", migration_status="refugee")
    _visit(reception, malika, (2025, 11, 15, 12, 0), needs=("health",))
    _visit(reception, malika, (2026, 12, 1, 0, 5))
    # Registered twice; the copy's visit of June 2025 moves with the merge: returning, counted once.
    bahrom = register(family_name="Юсупов", given_name="Бахром", sex="M", birth_date=dt.date(1980, 2, 29),
                      citizenship="UZ", migration_status="labour_migrant")
    copy = register(family_name="Юсупов", given_name="Бахромжон", sex="M", birth_year=1980)
    _visit(reception, bahrom, (2026, 11, 10, 9, 0), needs=("health",))
    _visit(reception, copy, (2025, 6, 1, 9, 0))
    desk.merge(bahrom.person_id, copy.person_id)
    # No birth date or year: age "unknown".
    zarina = register(family_name="Ахмади", given_name="Зарина", sex="F", citizenship="AF",
                      migration_status="stateless")
    _visit(reception, zarina, (2026, 11, 15, 11, 0), needs=("shelter",))

    referrals = ReferralService(gate.db, director)
    provider = {c: referrals.save_provider(ProviderIn(c, c, c, c)).provider_id
                for c in ("legal_aid", "tb_clinic", "shelter")}

    def referral(person, service, issued, *steps, created_by=None):
        r = referrals.create(ReferralIn(person.person_id, provider[service], service))
        if issued is None:
            return r.referral_id
        referrals.issue_letter(r.referral_id)
        for status, _ in steps:
            referrals.set_status(r.referral_id, status, note="no place" if status == "declined" else "")
        with gate.db.session("test") as s:  # the past, as it happened
            s.execute(update(Referral).where(Referral.id == r.referral_id).values(
                issued_at=local(*issued), due_date=dt.date(*issued[:3]) + dt.timedelta(days=14)))
            s.execute(update(ReferralEvent).where(ReferralEvent.referral_id == r.referral_id,
                                                  ReferralEvent.status == "issued").values(at=local(*issued)))
            for status, when in steps:
                s.execute(update(ReferralEvent).where(ReferralEvent.referral_id == r.referral_id,
                                                      ReferralEvent.status == status).values(at=local(*when)))
        return r.referral_id

    # Made in October, completed in November after 16 days.
    referral(aigerim, "legal_aid", (2026, 10, 20, 10, 0), ("accepted", (2026, 10, 25, 10, 0)),
             ("completed", (2026, 11, 5, 10, 0)))
    # Made and completed in November after 10 days.
    referral(rustam, "tb_clinic", (2026, 11, 2, 10, 0), ("accepted", (2026, 11, 3, 10, 0)),
             ("completed", (2026, 11, 12, 10, 0)))
    # Made in November, still issued: due 9 December, overdue on 15 December.
    referral(bahrom, "shelter", (2026, 11, 25, 10, 0))
    # A draft is not a referral made.
    referral(nameless, "shelter", None)
    # Made in November, declined.
    referral(rustam, "legal_aid", (2026, 11, 28, 10, 0), ("declined", (2026, 11, 29, 10, 0)))

    coordinator = login(Role.COORDINATOR)
    volunteers = VolunteerService(gate.db, coordinator)
    v_anna = volunteers.register(VolunteerIn(family_name="Ли", given_name="Анна", sex="F",
                                             birth_date=dt.date(1995, 3, 1))).volunteer_id  # 31: 30-39
    v_timur = volunteers.register(VolunteerIn(family_name="Ким", given_name="Тимур", sex="M",
                                              birth_date=dt.date(2010, 1, 1))).volunteer_id  # 16: 13-17
    # A former visitor (sex and birth from the person record: M, 46): a migrant who became a volunteer.
    v_bahrom = volunteers.register(VolunteerIn(person_id=bahrom.person_id)).volunteer_id
    v_nobody = volunteers.register(VolunteerIn(given_name="Кто-то")).volunteer_id
    with gate.db.session("coordinator") as s:
        s.execute(update(Volunteer).where(Volunteer.id == v_bahrom).values(created_at=local(2026, 11, 5, 9, 0)))
        s.execute(update(Volunteer).where(Volunteer.id != v_bahrom).values(created_at=local(2026, 1, 5, 9, 0)))
        site = bulk_insert(s, Site, [dict(name="Пункт")])[0]
        shifts = bulk_insert(s, Shift, [
            dict(site_id=site, starts_at=local(2026, 11, d, h), ends_at=local(2026, 11, d, h + n), headcount=c)
            for d, h, n, c in ((4, 9, 5, 2), (11, 9, 5, 3), (18, 9, 8, 1), (25, 9, 4, 2))])
        bulk_insert(s, Assignment, [
            dict(shift_id=shifts[0], volunteer_id=v_anna, status="completed", minutes=300),
            dict(shift_id=shifts[0], volunteer_id=v_timur, status="completed", minutes=240),
            dict(shift_id=shifts[1], volunteer_id=v_anna, status="completed", minutes=300),
            dict(shift_id=shifts[2], volunteer_id=v_bahrom, status="completed", minutes=480),
            dict(shift_id=shifts[3], volunteer_id=v_nobody, status="declined", minutes=0)])
    return SimpleNamespace(gate=gate, login=login)


def stats(branch, role=Role.DIRECTOR) -> StatisticsService:
    return StatisticsService(branch.gate.db, branch.login(role))


def cells(figures, indicator, breakdown):
    return {code: value for code, value in figures.table(indicator, breakdown).cells if value}


def test_people_reached_new_and_returning_as_counted_by_hand(branch):
    board = stats(branch).dashboard(NOVEMBER, today=TODAY)
    now = board.current
    assert now.value("people_reached") == 5
    assert (now.value("people_new"), now.value("people_returning")) == (3, 2)
    assert cells(now, "people_reached", "sex") == {"F": 2, "M": 2, "unknown": 1}
    assert cells(now, "people_reached", "age_band") == {"18-59": 3, "12-17": 1, "unknown": 1}
    assert cells(now, "people_reached", "citizenship") == {"KZ": 1, "UZ": 2, "AF": 1, "unknown": 1}
    assert cells(now, "people_reached", "migration_status") == {
        "citizen": 1, "labour_migrant": 2, "stateless": 1, "unknown": 1}
    assert cells(now, "people_new", "sex") == {"F": 2, "unknown": 1}
    assert cells(now, "people_returning", "sex") == {"M": 2}
    # October: Rustam's 23:30 visit, his first.
    assert board.previous.period == Period.month(2026, 10)
    assert (board.previous.value("people_reached"), board.previous.value("people_new")) == (1, 1)
    assert cells(board.previous, "people_reached", "age_band") == {"12-17": 1}
    # November 2025: Malika, two years old then.
    assert board.year_before.period == Period.month(2025, 11)
    assert board.year_before.value("people_reached") == 1
    assert cells(board.year_before, "people_reached", "age_band") == {"0-4": 1}
    assert board.compare("people_reached") == (5, 1, 1)


def test_visits_and_needs(branch):
    now = stats(branch).figures(NOVEMBER)
    assert now.value("visits") == 6
    assert cells(now, "visits", "need") == {"health": 2, "legal": 2, "employment": 1, "documents": 1, "shelter": 1}
    assert cells(now, "people_reached", "service") == {"information": 1}


def test_referrals_made_completed_median_and_overdue(branch):
    board = stats(branch).dashboard(NOVEMBER, today=TODAY)
    now = board.current
    assert now.value("referrals_made") == 3
    assert cells(now, "referrals_made", "service") == {"tb_clinic": 1, "shelter": 1, "legal_aid": 1}
    assert cells(now, "referrals_made", "status") == {"completed": 1, "issued": 1, "declined": 1}
    # One made in October, completed in November: counted completed in November.
    assert now.value("referrals_completed") == 2
    assert cells(now, "referrals_completed", "service") == {"legal_aid": 1, "tb_clinic": 1}
    assert now.median_days_to_completion == 13.0
    assert board.previous.value("referrals_made") == 1 and board.previous.value("referrals_completed") == 0
    assert board.overdue_now == 1


def test_volunteers_active_hours_places_and_migrants(branch):
    now = stats(branch).figures(NOVEMBER)
    assert now.value("volunteers_active") == 2
    assert cells(now, "volunteers_active", "sex") == {"F": 1, "M": 1}
    assert cells(now, "volunteers_active", "volunteer_age_band") == {"30-39": 1, "40-49": 1}
    assert now.value("volunteer_hours") == 22
    assert cells(now, "volunteer_hours", "sex") == {"F": 10, "M": 12}
    assert cells(now, "volunteer_hours", "volunteer_age_band") == {"30-39": 10, "13-17": 4, "40-49": 8}
    assert now.open_places == 4  # 0 + 2 + 0 + 2: a declined volunteer holds no place
    assert now.migrants_became_volunteers == 1


def test_months_of_bars(branch):
    board = stats(branch).dashboard(NOVEMBER, today=TODAY)
    assert [b.month for b in board.months][0] == dt.date(2025, 11, 1)
    assert board.months[-1].month == dt.date(2026, 11, 1) and len(board.months) == 13
    by_month = {b.month: b for b in board.months}
    november, october = by_month[dt.date(2026, 11, 1)], by_month[dt.date(2026, 10, 1)]
    assert (november.people_reached, november.visits, november.referrals_made,
            november.referrals_completed, november.volunteer_hours) == (5, 6, 3, 2, 22)
    assert (october.people_reached, october.visits, october.referrals_made) == (1, 1, 1)
    assert by_month[dt.date(2025, 11, 1)].people_reached == 1


def test_filters_by_staff_and_by_service(branch):
    service = stats(branch)
    mine = service.figures(NOVEMBER, Filters(staff="caseworker"))
    assert (mine.value("people_reached"), mine.value("people_new"), mine.value("visits")) == (1, 1, 2)
    given = service.figures(NOVEMBER, Filters(service="information"))
    assert (given.value("people_reached"), given.value("visits")) == (1, 1)
    tb = service.figures(NOVEMBER, Filters(referral_service="tb_clinic"))
    assert (tb.value("referrals_made"), tb.value("referrals_completed")) == (1, 1)
    # Returning is decided on the whole record: Rustam, seen by reception in October, is returning here too.
    desk = service.figures(NOVEMBER, Filters(staff="reception"))
    assert (desk.value("people_reached"), desk.value("people_returning")) == (4, 2)
    with pytest.raises(Refused):
        service.figures(NOVEMBER, Filters(service="no_such_service"))


def test_age_bands_are_the_branch_s_choice(branch):
    admin = stats(branch, Role.ADMINISTRATOR)
    admin.set_age_bands((0, 18, 50))
    assert AgeBands((0, 18, 50)).codes == ("0-17", "18-49", "50+", "unknown")
    now = admin.figures(NOVEMBER)
    assert cells(now, "people_reached", "age_band") == {"18-49": 2, "0-17": 1, "50+": 1, "unknown": 1}
    with pytest.raises(Refused):
        admin.set_age_bands((5, 3))
    with pytest.raises(PermissionDenied):
        stats(branch).set_age_bands((0, 18))
    with branch.gate.db.read() as s:
        assert s.execute(select(AuditEvent.detail).where(AuditEvent.action == "setting.change")).scalar_one()


def test_who_sees_what(branch):
    caseworker = stats(branch, Role.CASEWORKER).dashboard(NOVEMBER, today=TODAY)
    assert caseworker.current.sections == ("referrals",)
    assert caseworker.current.table("people_reached") is None and caseworker.current.value("referrals_made") == 3
    assert caseworker.months[-1].people_reached is None and caseworker.months[-1].referrals_made == 3
    for role in (Role.RECEPTIONIST, Role.COORDINATOR):
        with pytest.raises(PermissionDenied):
            stats(branch, role).dashboard(NOVEMBER)


@pytest.mark.parametrize("period", [Period.year(2031), Period.month(2019, 1), Period.between(
    dt.date(2026, 11, 7), dt.date(2026, 11, 7))])
def test_a_future_period_or_one_before_the_first_record_is_zeros(branch, period):
    board = stats(branch).dashboard(period, today=TODAY)
    assert board.current.is_empty()
    assert board.first_record == dt.date(2025, 6, 1)


def test_a_branch_with_no_data_gives_zeros(almaty, any_gate, login):
    director = login(Role.DIRECTOR)  # opens the database
    board = StatisticsService(any_gate.db, director).dashboard(NOVEMBER)
    assert board.current.is_empty() and board.first_record is None and board.overdue_now == 0
    assert all(b.people_reached == 0 and b.volunteer_hours == 0 for b in board.months)


def test_periods():
    assert Period.parse("2026-11") == NOVEMBER and NOVEMBER.days == 30
    assert Period.parse("2026-Q4") == Period.quarter(2026, 4) and Period.quarter(2026, 4).days == 92
    assert Period.parse("2024").days == 366
    assert NOVEMBER.previous() == Period.month(2026, 10)
    assert Period.month(2026, 1).previous() == Period.month(2025, 12)
    assert Period.quarter(2026, 1).previous() == Period.quarter(2025, 4)
    assert Period.year(2026).previous() == Period.year(2025) == Period.year(2026).year_before()
    week = Period.between(dt.date(2026, 11, 2), dt.date(2026, 11, 8))
    assert week.previous() == Period.between(dt.date(2026, 10, 26), dt.date(2026, 11, 1))
    leap = Period.between(dt.date(2024, 2, 29), dt.date(2024, 3, 1)).year_before()
    assert (leap.first, leap.last) == (dt.date(2023, 2, 28), dt.date(2023, 3, 1))
    for bad in ("2026-13", "26-11", "november", "2026-Q5", ""):
        with pytest.raises(Refused):
            Period.parse(bad)
    with pytest.raises(Refused):
        Period.between(dt.date(2026, 11, 8), dt.date(2026, 11, 2))
