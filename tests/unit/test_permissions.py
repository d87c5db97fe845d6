"""The whole role × action matrix, exercised through the services themselves."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pyrage
import pytest

from desktop.models import Role
from desktop.services.accounts import AccountService
from desktop.services.audit import AuditService
from desktop.services.backups import BackupService
from desktop.errors import PermissionDenied
from desktop.services.documents import DocumentService
from desktop.services.exchange import ExchangeService
from desktop.services.health import HealthAccessService
from desktop.services.legacy_import import ImportService, check_rows, guess_mapping, read_table
from desktop.services.permissions import PERMISSIONS, Action
from desktop.services.referrals import ProviderIn, ReferralIn, ReferralService
from desktop.services.retention import RetentionService
from desktop.services.rights import RightsService
from desktop.services.settings import BranchSettings
from desktop.services.shift_assignments import ShiftAssignments
from desktop.services.shift_planning import ShiftPlanning
from desktop.services.shift_rows import ShiftIn, SiteIn
from desktop.services.statistics import Period, StatisticsService
from desktop.services.statistics_report import ReportService
from desktop.services.visitors import HealthIn, NewVisitor, VisitorService
from desktop.services.volunteers import VolunteerIn, VolunteerService
from tests.conftest import AGREED, STAFF, password_of

R, C, O, D, A = (Role.RECEPTIONIST, Role.CASEWORKER, Role.COORDINATOR, Role.DIRECTOR,
                 Role.ADMINISTRATOR)

# Written out again on purpose: a change to the table in the code must be a
# change to this statement of intent too.
EXPECTED = {
    Action.MANAGE_USERS: {A},
    Action.VERIFY_AUDIT: {A, D},
    Action.CHANGE_BRANCH_SETTINGS: {A},
    Action.REGISTER_VISITOR: {R, C, D},
    Action.VIEW_VISITORS: {R, C, D},
    Action.EDIT_VISITOR: {R, C, D},
    Action.LOG_VISIT: {R, C, D},
    Action.VIEW_HEALTH_DATA: {C, D},
    Action.EDIT_HEALTH_DATA: {C, D},
    Action.GRANT_HEALTH_KEY: {C, D},
    Action.RECOVER_HEALTH_KEY: {A},
    Action.MERGE_VISITORS: {D},
    Action.IMPORT_VISITORS: {C, D},
    Action.VIEW_REFERRALS: {C, D},
    Action.MAKE_REFERRAL: {C, D},
    Action.UPDATE_REFERRAL: {C, D},
    Action.ISSUE_LETTER: {D},
    Action.PRINT_LETTER: {C, D},
    Action.MANAGE_PROVIDERS: {C, D},
    Action.EXCHANGE_WITH_HQ: {A},
    Action.MANAGE_BACKUPS: {A},
    Action.SEE_SHIFTS: {R, O, D},
    Action.VIEW_VOLUNTEERS: {O, D},
    Action.MANAGE_VOLUNTEERS: {O},
    Action.PLAN_SHIFTS: {O},
    Action.ASSIGN_VOLUNTEERS: {O},
    Action.CHECK_IN_VOLUNTEERS: {R, O},
    Action.MANAGE_RETENTION: {A},
    Action.PLACE_LEGAL_HOLD: {D},
    Action.SUBJECT_ACCESS: {D},
    Action.ERASE_ON_REQUEST: {D},
    Action.VIEW_STATISTICS: {D, A},
    Action.VIEW_REFERRAL_STATISTICS: {C, D, A},
}

NEW = NewVisitor(family_name="Проверка", given_name="Тест", sex="M", birth_date=dt.date(1990, 1, 1))


def _import(gate, who, ctx):
    table = read_table(ctx.csv)
    results = check_rows(table, guess_mapping(table.headers))
    return ImportService(gate.db, who).import_rows(results)


def _on_shift(gate, *, assigned: bool):
    """A volunteer and a shift (with the volunteer on it) made by the coordinator."""
    coordinator = gate.log_in(STAFF[O], password_of(STAFF[O]))
    shifts = ShiftPlanning(gate.db, coordinator)
    volunteer = VolunteerService(gate.db, coordinator).register(
        VolunteerIn(given_name="Проба", birth_date=dt.date(1990, 1, 1))).volunteer_id
    site = shifts.save_site(SiteIn("Пункт")).site_id
    start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(9))
    shift = shifts.create_shift(ShiftIn(site, start, start + dt.timedelta(hours=4))).shift_id
    if not assigned:
        return shift, volunteer
    return ShiftAssignments(gate.db, coordinator).assign(shift, volunteer).assignment_id


def _recover_health_key(gate, who, ctx):
    """HQ's escrow key gives the health key again (an escrow is installed and a
    holder's log-in gave it the key first)."""
    escrow = pyrage.x25519.Identity.generate()
    if gate.store is not None:
        gate.log_in(STAFF[A], password_of(STAFF[A]))
        gate.set_escrow(str(escrow.to_public()))
        gate.log_in(STAFF[D], password_of(STAFF[D]))
    HealthAccessService(gate, who).grant_with_escrow(STAFF[C], str(escrow))


PROBES = {
    Action.MANAGE_USERS: lambda gate, who, ctx: AccountService(gate, who).list_users(),
    Action.VERIFY_AUDIT: lambda gate, who, ctx: AuditService(gate.db, who).verify(),
    Action.CHANGE_BRANCH_SETTINGS: lambda gate, who, ctx: BranchSettings(gate.db, who).set_idle_minutes(5),
    Action.REGISTER_VISITOR: lambda gate, who, ctx: VisitorService(gate.db, who).register(NEW),
    Action.VIEW_VISITORS: lambda gate, who, ctx: VisitorService(gate.db, who).get_person(ctx.person),
    Action.EDIT_VISITOR: lambda gate, who, ctx: VisitorService(gate.db, who).update(
        ctx.person, NEW, expected_version=1),
    Action.LOG_VISIT: lambda gate, who, ctx: VisitorService(gate.db, who).log_visit(ctx.person, needs=("legal",)),
    Action.VIEW_HEALTH_DATA: lambda gate, who, ctx: VisitorService(gate.db, who).view_health(ctx.person),
    Action.EDIT_HEALTH_DATA: lambda gate, who, ctx: VisitorService(gate.db, who).update(
        ctx.person, NewVisitor(**{**NEW.__dict__, "health": (HealthIn("tb"),)}), expected_version=1),
    Action.GRANT_HEALTH_KEY: lambda gate, who, ctx: HealthAccessService(gate, who).grant(STAFF[C]),
    Action.RECOVER_HEALTH_KEY: _recover_health_key,
    Action.MERGE_VISITORS: lambda gate, who, ctx: VisitorService(gate.db, who).merge(ctx.person, ctx.other),
    Action.IMPORT_VISITORS: _import,
    Action.VIEW_REFERRALS: lambda gate, who, ctx: ReferralService(gate.db, who).list(),
    Action.MAKE_REFERRAL: lambda gate, who, ctx: ReferralService(gate.db, who).create(
        ReferralIn(ctx.person, ctx.provider, "legal_aid")),
    Action.UPDATE_REFERRAL: lambda gate, who, ctx: ReferralService(gate.db, who).set_status(ctx.draft, "cancelled"),
    Action.ISSUE_LETTER: lambda gate, who, ctx: ReferralService(gate.db, who).issue_letter(ctx.draft),
    Action.PRINT_LETTER: lambda gate, who, ctx: DocumentService(gate.db, who).letter_data(ctx.letter),
    Action.MANAGE_PROVIDERS: lambda gate, who, ctx: ReferralService(gate.db, who).save_provider(
        ProviderIn("Заң көмегі", "Юридическая помощь", "Legal aid office", "legal_aid")),
    Action.EXCHANGE_WITH_HQ: lambda gate, who, ctx: ExchangeService(gate.db, who).enrolment(),
    Action.MANAGE_BACKUPS: lambda gate, who, ctx: BackupService(gate, who).health(),
    Action.SEE_SHIFTS: lambda gate, who, ctx: ShiftPlanning(gate.db, who).week_plan(2026, 49),
    Action.VIEW_VOLUNTEERS: lambda gate, who, ctx: VolunteerService(gate.db, who).list(),
    Action.MANAGE_VOLUNTEERS: lambda gate, who, ctx: VolunteerService(gate.db, who).register(
        VolunteerIn(given_name="Жаңа")),
    Action.PLAN_SHIFTS: lambda gate, who, ctx: ShiftPlanning(gate.db, who).save_site(SiteIn("Пункт")),
    Action.ASSIGN_VOLUNTEERS: lambda gate, who, ctx: ShiftAssignments(gate.db, who).assign(
        *_on_shift(gate, assigned=False)),
    Action.CHECK_IN_VOLUNTEERS: lambda gate, who, ctx: ShiftAssignments(gate.db, who).check_in(
        _on_shift(gate, assigned=True)),
    Action.MANAGE_RETENTION: lambda gate, who, ctx: RetentionService(gate.db, who).due(),
    Action.PLACE_LEGAL_HOLD: lambda gate, who, ctx: RightsService(gate.db, who).place_hold(ctx.person, reason="Сот"),
    Action.SUBJECT_ACCESS: lambda gate, who, ctx: DocumentService(gate.db, who).subject_access(ctx.person, lang="kk"),
    Action.ERASE_ON_REQUEST: lambda gate, who, ctx: RightsService(gate.db, who).erase(ctx.other, reason="Өтініш"),
    Action.VIEW_STATISTICS: lambda gate, who, ctx: ReportService(StatisticsService(gate.db, who)).report(
        Period.month(2026, 11)),
    Action.VIEW_REFERRAL_STATISTICS: lambda gate, who, ctx: StatisticsService(gate.db, who).dashboard(
        Period.month(2026, 11)),
}


def test_every_action_has_an_expectation_and_a_probe():
    assert set(EXPECTED) == set(Action) == set(PROBES)
    assert {a: set(r) for a, r in PERMISSIONS.items()} == EXPECTED


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("role", list(Role))
def test_role_action_matrix(any_gate, login, role, action, tmp_path):
    director = any_gate.log_in(STAFF[D], password_of(STAFF[D]))
    visitors = VisitorService(any_gate.db, director)
    csv = tmp_path / "register.csv"
    csv.write_text("family_name,given_name,sex,birth_date\nИмпортова,Алия,F,1999-09-09\n", "utf-8")
    referrals = ReferralService(any_gate.db, director)
    person = visitors.register(NewVisitor(family_name="Сапарова", given_name="Дина", sex="F",
                                          consents=AGREED)).person_id
    provider = referrals.save_provider(ProviderIn("Баспана", "Приют", "Shelter", "shelter")).provider_id
    issued = referrals.create(ReferralIn(person, provider, "shelter")).referral_id
    ctx = SimpleNamespace(
        person=person,
        other=visitors.register(NewVisitor(family_name="Сапарова", given_name="Дина", sex="F",
                                           birth_year=1985)).person_id,
        csv=csv, provider=provider,
        draft=referrals.create(ReferralIn(person, provider, "shelter")).referral_id,
        letter=referrals.issue_letter(issued).letter_number)
    who = login(role)
    probe = PROBES[action]
    if role in EXPECTED[action]:
        probe(any_gate, who, ctx)
    else:
        with pytest.raises(PermissionDenied):
            probe(any_gate, who, ctx)
