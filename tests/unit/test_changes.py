"""Changes said by those who made them: every service call that changes records
publishes one Change naming exactly the records it changed, in one vocabulary
of kinds; a call that changes nothing (refused, or nothing to do) says nothing."""
from __future__ import annotations

import datetime as dt
import re
import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from desktop.errors import Refused
from desktop.models import Assignment, Person, Referral, Role, Shift, ShiftTemplate, User, Visit
from desktop.services.accounts import AccountService
from desktop.services.changes import (
    ASSIGNMENT,
    BACKUP,
    EXCHANGE,
    KINDS,
    PERSON,
    PROVIDER,
    REFERRAL,
    SETTING,
    SHIFT,
    SITE,
    TEMPLATE,
    USER,
    VISIT,
    VOLUNTEER,
    Change,
    ChangeFeed,
)
from desktop.services.documents import PRINTER, DocumentService
from desktop.services.legacy_import import ImportService, Table, TableRow, check_rows, guess_mapping
from desktop.services.referrals import ProviderIn, ReferralIn, ReferralService, export_providers, import_providers
from desktop.services.settings import BranchSettings
from desktop.services.shift_rules import Limits, Need
from desktop.services.shift_assignments import ShiftAssignments
from desktop.services.shift_planning import ShiftPlanning
from desktop.services.shift_rows import ShiftIn, SiteIn, TemplateIn
from desktop.services.shift_templates import ShiftTemplates
from desktop.services.visitors import NewVisitor, VisitorService
from desktop.services.volunteers import VolunteerIn, VolunteerService
from tests.conftest import ADMIN_PASSWORD, AGREED, STAFF, STAFF_PASSWORD

ROOT = Path(__file__).resolve().parents[2]
RUSTAM = NewVisitor(family_name="Абдуллаев", given_name="Рустам", birth_date=dt.date(1990, 5, 1), citizenship="UZ",
                   consents=AGREED)
DILNOZA = NewVisitor(family_name="Каримова", given_name="Дилноза", birth_date=dt.date(1994, 2, 3), citizenship="UZ",
                    consents=AGREED)


def log_in(gate, role: Role):
    return gate.log_in(STAFF[role], ADMIN_PASSWORD if role is Role.ADMINISTRATOR else STAFF_PASSWORD)


def as_(gate, role: Role) -> tuple:
    """The database and the identity for a service (logging in opens the database)."""
    identity = log_in(gate, role)
    return gate.db, identity


@pytest.fixture
def heard(gate):
    """What the branch's services published, in order (log in first: the database opens then)."""
    changes: list[Change] = []

    def listen() -> list[Change]:
        gate.db.changes.subscribe(changes.append)
        return changes
    return listen


# -- the vocabulary -------------------------------------------------------------------------------
def test_a_change_names_kinds_ids_and_the_records_it_is_about():
    change = Change.of(VISIT, "v1", person="p1") | Change.of(PERSON, "p2")
    assert change.kinds == {VISIT, PERSON}
    assert change.ids_of(VISIT) == {"v1"} and change.ids_of(PERSON) == {"p2"} and change.ids_of(SHIFT) == set()
    assert change.touches(VISIT) and change.touches(SHIFT, PERSON) and not change.touches(SHIFT)
    # The person's page shows the visit: it is concerned; another person's is not.
    assert change.concerns(PERSON, "p1") and change.concerns(PERSON, "p2") and not change.concerns(PERSON, "p3")
    # "Some shifts" concerns every shift; joined with named ones it stays "some".
    some = Change.of(SHIFT) | Change.of(SHIFT, "s1")
    assert some.ids_of(SHIFT) == set() and some.concerns(SHIFT, "s9")
    assert not Change() and Change.of(USER)


def test_a_misspelt_kind_is_refused_at_once():
    with pytest.raises(ValueError, match="visitor"):
        Change.of("visitor", "p1")
    with pytest.raises(ValueError, match="persons"):
        Change.of(PERSON).touches("persons")
    with pytest.raises(ValueError):
        Change.of(VISIT, "v1", people="p1")
    assert KINDS == {PERSON, VISIT, REFERRAL, PROVIDER, VOLUNTEER, SITE, SHIFT, TEMPLATE, ASSIGNMENT, USER, SETTING,
                     EXCHANGE, BACKUP}


def test_the_feed_gathers_a_block_into_one_change_and_forgets_who_left():
    feed = ChangeFeed()
    got: list[Change] = []
    stop = feed.subscribe(got.append)
    with feed.together():
        feed.publish(Change.of(PROVIDER, 1))
        with feed.together():
            feed.publish(Change.of(PROVIDER, 2))
        assert got == []
        feed.publish(Change())  # nothing changed: nothing said
    assert got == [Change.of(PROVIDER, 1, 2)]
    elsewhere: list[Change] = []
    thread = threading.Thread(target=lambda: feed.publish(Change.of(SITE, 3)))
    with feed.together():
        thread.start()
        thread.join()  # another thread's change is not held back by this block
        elsewhere.extend(got)
    assert elsewhere[-1] == Change.of(SITE, 3)
    stop()
    feed.publish(Change.of(SITE, 4))
    assert got[-1] == Change.of(SITE, 3)


# -- visitors -------------------------------------------------------------------------------------------
def test_visitor_calls_name_the_people_and_visits_they_changed(gate, heard):
    desk = VisitorService(*as_(gate, Role.CASEWORKER))
    changes = heard()
    rustam = desk.register(RUSTAM)
    assert changes == [Change.of(PERSON, rustam.person_id)]
    desk.update(rustam.person_id, NewVisitor(**{**RUSTAM.__dict__, "phone": "+998 90 123 45 67"}),
                expected_version=desk.get_person(rustam.person_id).version)
    assert changes[-1] == Change.of(PERSON, rustam.person_id)
    visit = desk.log_visit(rustam.person_id, needs=("legal",))
    assert changes[-1] == Change.of(VISIT, visit.visit_id, person=rustam.person_id)
    assert changes[-1].concerns(PERSON, rustam.person_id)

    # Refused: nothing changed, nothing said.
    before = len(changes)
    with pytest.raises(Refused):
        desk.update(rustam.person_id, RUSTAM, expected_version=1)
    with pytest.raises(Refused):
        desk.log_visit(rustam.person_id, needs=("nonsense",))
    desk.chose_existing(rustam.person_id, candidates=("KZ-ALA-2026-000001",))  # audited, no record changed
    assert len(changes) == before

    # A merge moves the visits and referrals of the record merged away.
    twin = desk.register(NewVisitor(family_name="Abdullaev", given_name="Rustam", birth_date=dt.date(1990, 5, 1),
                                   consents=AGREED))
    twin_visit = desk.log_visit(twin.person_id)
    provider = ReferralService(*as_(gate, Role.DIRECTOR)).save_provider(
        ProviderIn(name_kk="", name_ru="Клиника", name_en="Clinic", category="tb_clinic"))
    referral = ReferralService(gate.db, desk.identity).create(
        ReferralIn(person_id=twin.person_id, provider_id=provider.provider_id, service="tb_clinic", priority="normal",
                   reason="", disclose=("name",)))
    director = VisitorService(*as_(gate, Role.DIRECTOR))
    director.merge(rustam.person_id, twin.person_id)
    with gate.db.read() as s:
        assert s.get(Visit, twin_visit.visit_id).person_id == rustam.person_id
        assert s.get(Referral, referral.referral_id).person_id == rustam.person_id
    assert changes[-1] == (Change.of(PERSON, rustam.person_id, twin.person_id) | Change.of(VISIT, twin_visit.visit_id)
                           | Change.of(REFERRAL, referral.referral_id))


def test_an_imported_register_is_one_change_naming_everyone_registered(gate, heard):
    identity = log_in(gate, Role.CASEWORKER)
    changes = heard()
    table = Table(("Фамилия", "Имя", "Дата рождения"),
                  (TableRow(2, ("Абдуллаев", "Рустам", "01.05.1990")), TableRow(3, ("Каримова", "Дилноза", "03.02.1994")),
                   TableRow(4, ("Турсунов", "Бобур", "31.02.1988"))))
    results = check_rows(table, guess_mapping(table.headers))
    report = ImportService(gate.db, identity).import_rows(results, batch_size=1)
    assert report.created == 2
    (change,) = changes
    with gate.db.read() as s:
        people = set(s.execute(select(Person.id)).scalars())  # the branch had nobody before
    assert change == Change.of(PERSON, *people) and len(people) == 2


def test_a_register_with_visit_dates_names_the_visits_and_their_people(gate, heard):
    identity = log_in(gate, Role.CASEWORKER)
    rustam = VisitorService(gate.db, identity).register(RUSTAM)
    changes = heard()
    table = Table(("Фамилия", "Имя", "Дата рождения", "Дата посещения"),
                  (TableRow(2, ("Абдуллаев", "Рустам", "01.05.1990", "03.03.2025")),
                   TableRow(3, ("Каримова", "Дилноза", "03.02.1994", "04.03.2025")),
                   TableRow(4, ("Каримова", "Дилноза", "03.02.1994", "05.03.2025"))))
    report = ImportService(gate.db, identity).import_rows(check_rows(table, guess_mapping(table.headers)),
                                                          batch_size=2)
    assert report.created == 1 and report.visits == 3
    (change,) = changes  # two batches, one change
    with gate.db.read() as s:
        dilnoza = s.execute(select(Person.id).where(Person.id != rustam.person_id)).scalar_one()
        visits = set(s.execute(select(Visit.id)).scalars())
    assert change == (Change.of(PERSON, dilnoza)
                      | Change.of(VISIT, *visits, person=(rustam.person_id, dilnoza)))
    assert change.concerns(PERSON, rustam.person_id) and len(visits) == 3


# -- referrals and the directory ----------------------------------------------------------------------
def test_referral_calls_name_the_referral_and_its_person(gate, heard, tmp_path):
    admin = ReferralService(*as_(gate, Role.DIRECTOR))
    person = VisitorService(*as_(gate, Role.CASEWORKER)).register(DILNOZA)
    changes = heard()
    provider = admin.save_provider(ProviderIn(name_kk="", name_ru="Юрист", name_en="Lawyer", category="legal_aid"))
    assert changes == [Change.of(PROVIDER, provider.provider_id)]
    caseworker = ReferralService(*as_(gate, Role.CASEWORKER))
    draft = caseworker.create(ReferralIn(person_id=person.person_id, provider_id=provider.provider_id,
                                         service="legal_aid", priority="urgent", reason="", disclose=("name",)))
    said = Change.of(REFERRAL, draft.referral_id, person=person.person_id)
    assert changes[-1] == said
    director = ReferralService(*as_(gate, Role.DIRECTOR))
    issued = director.issue_letter(draft.referral_id)
    assert changes[-1] == said
    # A letter printed counts its copies on the referral; a preview changes nothing.
    documents = DocumentService(gate.db, director.identity)
    before = len(changes)
    documents.letter(issued.letter_number, languages=("kk", "ru"), preview=True)
    documents.delivered(documents.letter(issued.letter_number, languages=("kk", "ru")), to=PRINTER, copies=2)
    assert changes[before:] == [said]
    director.set_status(draft.referral_id, "accepted")
    director.record_follow_up(draft.referral_id, follow_up_date=None, outcome="seen")
    assert changes[-3:] == [said, said, said]
    before = len(changes)
    with pytest.raises(Refused):
        director.set_status(draft.referral_id, "draft")
    assert len(changes) == before

    # A list of providers imported row by row is one change for the whole list.
    path = tmp_path / "providers.csv"
    admin.save_provider(ProviderIn(name_kk="", name_ru="Приют", name_en="Shelter", category="shelter"))
    export_providers(admin, path)
    path.write_text(path.read_text(encoding="utf-8-sig").replace("Shelter", "Night shelter"), encoding="utf-8")
    before = len(changes)
    added, updated, errors = import_providers(admin, path)
    assert (added, updated, errors) == (1, 1, [])
    assert len(changes) == before + 1
    ids = {p.provider_id for p in admin.providers(include_inactive=True)
           if p.name_en in ("Lawyer", "Night shelter")}
    assert changes[-1] == Change.of(PROVIDER, *ids)


# -- volunteers and shifts -------------------------------------------------------------------------
def test_volunteer_calls_name_the_volunteer(gate, heard):
    register = VolunteerService(*as_(gate, Role.COORDINATOR))
    changes = heard()
    row = register.register(VolunteerIn(given_name="Айгерім", birth_date=dt.date(2000, 1, 1)))
    register.update(row.volunteer_id, VolunteerIn(given_name="Айгерім", family_name="Сейітова",
                                                  birth_date=dt.date(2000, 1, 1)), expected_version=row.version)
    register.set_status(row.volunteer_id, "paused")
    assert changes == [Change.of(VOLUNTEER, row.volunteer_id)] * 3


def test_shift_calls_name_shifts_sites_templates_settings_and_assignments(gate, heard):
    identity = log_in(gate, Role.COORDINATOR)
    planning, assignments = ShiftPlanning(gate.db, identity), ShiftAssignments(gate.db, identity)
    templates = ShiftTemplates(gate.db, identity)
    volunteer = VolunteerService(gate.db, identity).register(
        VolunteerIn(given_name="Ерлан", birth_date=dt.date(1990, 1, 1))).volunteer_id
    changes = heard()

    planning.set_limits(Limits(max_day_hours=8, max_week_hours=30, min_rest_hours=11))
    assert changes == [Change.of(SETTING, "shift_max_day_hours", "shift_max_week_hours")]
    planning.set_limits(Limits(max_day_hours=8, max_week_hours=30, min_rest_hours=11))
    assert len(changes) == 1  # the same limits again: nothing changed

    site = planning.save_site(SiteIn("Пункт выдачи", "Толе би 1"))
    assert changes[-1] == Change.of(SITE, site.site_id)
    past = dt.datetime.combine(dt.date.today() - dt.timedelta(days=2), dt.time(9))
    new = ShiftIn(site.site_id, past, past + dt.timedelta(hours=4), (Need("none", "", 2),), "")
    shift = planning.create_shift(new)
    assert changes[-1] == Change.of(SHIFT, shift.shift_id)
    planning.update_shift(shift.shift_id, ShiftIn(**{**new.__dict__, "title": "Утро"}))
    assert changes[-1] == Change.of(SHIFT, shift.shift_id)

    a = assignments.assign(shift.shift_id, volunteer)
    said = Change.of(ASSIGNMENT, a.assignment_id, shift=shift.shift_id, volunteer=volunteer)
    assert changes[-1] == said and said.concerns(SHIFT, shift.shift_id) and said.concerns(VOLUNTEER, volunteer)
    assignments.check_in(a.assignment_id, at=past)
    assignments.check_out(a.assignment_id, at=past + dt.timedelta(hours=3))
    assignments.set_manual_hours(a.assignment_id, hours=4, note="stayed to tidy up")
    assert changes[-3:] == [said] * 3
    other = planning.create_shift(ShiftIn(site.site_id, past + dt.timedelta(days=1),
                                        past + dt.timedelta(days=1, hours=2), (Need("none", "", 1),), ""))
    b = assignments.assign(other.shift_id, volunteer)
    assignments.set_status(b.assignment_id, "declined", note="ill")
    assert changes[-1] == Change.of(ASSIGNMENT, b.assignment_id, shift=other.shift_id, volunteer=volunteer)
    planning.delete_shift(other.shift_id)
    assert changes[-1] == (Change.of(SHIFT, other.shift_id)
                           | Change.of(ASSIGNMENT, b.assignment_id, shift=other.shift_id, volunteer=volunteer))
    with gate.db.read() as s:
        assert s.get(Assignment, b.assignment_id).deleted

    template = templates.save_template(TemplateIn(site.site_id, 0, dt.time(9), dt.time(13), (Need("none", "", 1),), ""))
    assert changes[-1] == Change.of(TEMPLATE, template.template_id)
    monday = dt.date(2030, 1, 7)
    assert templates.apply_templates(monday, monday + dt.timedelta(days=13)) == 2
    with gate.db.read() as s:
        made = set(s.execute(select(Shift.id).where(Shift.template_id == template.template_id)).scalars())
    assert len(made) == 2 and changes[-1] == Change.of(SHIFT, *made)
    before = len(changes)
    assert templates.apply_templates(monday, monday + dt.timedelta(days=13)) == 0
    assert len(changes) == before  # nothing made, nothing said
    assert templates.copy_week(2030, 2, 2030, 4) == 1
    with gate.db.read() as s:
        copied = set(s.execute(select(Shift.id).where(
            Shift.template_id == template.template_id, Shift.id.not_in(made))).scalars())
        assert s.get(ShiftTemplate, template.template_id) is not None
    assert len(copied) == 1 and changes[-1] == Change.of(SHIFT, *copied)


# -- accounts and settings --------------------------------------------------------------------------
def test_account_calls_name_the_user(gate, heard):
    admin = log_in(gate, Role.ADMINISTRATOR)
    accounts = AccountService(gate, admin)
    changes = heard()
    row = accounts.add_user("nurlan", display_name="Нұрлан", role=Role.RECEPTIONIST, password="long enough 123")
    accounts.reset_password("nurlan", password="another long 456")
    accounts.change_role("nurlan", role=Role.CASEWORKER)
    accounts.disable_user("nurlan")
    assert changes == [Change.of(USER, row.user_id)] * 4
    with gate.db.read() as s:
        admin_id = s.execute(select(User.id).where(User.username == "admin")).scalar_one()
    accounts.change_own_password(old_password=ADMIN_PASSWORD, new_password="a new chief password 789")
    assert changes[-1] == Change.of(USER, admin_id)
    before = len(changes)
    with pytest.raises(Refused):
        accounts.disable_user("admin")
    assert len(changes) == before


def test_a_branch_setting_is_named_by_its_key(gate, heard):
    settings = BranchSettings(*as_(gate, Role.ADMINISTRATOR))
    changes = heard()
    settings.set_idle_minutes(15)
    assert changes == [Change.of(SETTING, "idle_minutes")]
    with pytest.raises(Refused):
        settings.set_idle_minutes(0)
    assert len(changes) == 1


# -- the exchange with HQ ---------------------------------------------------------------------------
def test_exchange_calls_name_the_key_set_the_bundle_and_hq_s_providers(gate, heard, tmp_path):
    from desktop.exchange.keys import generate_hq_keys, load_hq_keys
    from desktop.hq.service import HqService
    from desktop.models import ServiceProvider, schema
    from desktop.services.exchange import ExchangeService
    from desktop.services.storage import Database

    generate_hq_keys(tmp_path / "hq")
    keys = load_hq_keys(tmp_path / "hq")
    service = ExchangeService(*as_(gate, Role.ADMINISTRATOR))
    changes = heard()
    service.install_hq_keyset(keys.keyset.document)
    assert changes == [Change.of(EXCHANGE, ("keyset", keys.keyset.version))]
    service.install_hq_keyset(keys.keyset.document)  # the same again: nothing changed
    assert len(changes) == 1
    result = service.export_bundle(tmp_path)
    assert changes[-1] == Change.of(EXCHANGE, ("bundle", result.sequence))

    hq = Database(create_engine(f"sqlite:///{tmp_path / 'hq.db'}"))
    schema.upgrade(hq)
    try:
        at_hq = HqService(hq, keys=keys)
        at_hq.enrol(service.enrolment()[0])
        at_hq.import_bundle(result.path.read_bytes())
        with hq.session("hq") as s:
            s.add(ServiceProvider(name_kk="", name_ru="Центр", name_en="Centre", category="legal_aid"))
        answer = at_hq.return_bundle("KZ-ALA")
        with hq.read() as s:
            provider_id = s.execute(select(ServiceProvider.id)).scalar_one()
    finally:
        hq.close()
    service.import_return(answer.data)
    assert changes[-1] == Change.of(EXCHANGE, ("return", 1)) | Change.of(PROVIDER, provider_id)


# -- the views ----------------------------------------------------------------------------------------
def test_no_view_composes_a_change():
    """The services say what changed; a view only listens."""
    offenders = []
    for path in sorted((ROOT / "desktop" / "views").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for pattern in (r"\bannounce\(", r"\bChange\(", r"\bChange\.of\(", r"\.publish\(", r"\bChangeFeed\("):
            if re.search(pattern, text):
                offenders.append(f"{path.relative_to(ROOT)}: {pattern}")
    assert not offenders, offenders
