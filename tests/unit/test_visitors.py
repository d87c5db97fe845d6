"""Registering, finding and keeping visitors' records, on SQLCipher and PostgreSQL."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from desktop.models import AuditEvent, ChangeLog, Role
from desktop.errors import PermissionDenied, Refused
from desktop.services.search import VisitorIndex
from desktop.services.visitors import (ConsentIn, DocumentIn, HealthIn, LanguageIn, NewVisitor, ValidationError,
                                       VisitorService, parse_date)

RUSTAM = NewVisitor(family_name="Абдуллаев", given_name="Рустам", patronymic="Каримович",
                    latin_name="ABDULLAEV RUSTAM", sex="M", birth_date=dt.date(1990, 5, 1), citizenship="UZ",
                    phone="+998 90 123 45 67", documents=(DocumentIn("passport", "AB 1234567"),),
                    languages=(LanguageIn("uz", "native"), LanguageIn("ru", "basic", True)),
                    consents=(ConsentIn("registration", True),))


@pytest.fixture
def desk(any_gate, login):
    def _desk(role=Role.CASEWORKER):
        who = login(role)
        return VisitorService(any_gate.db, who, VisitorIndex(any_gate.db))
    return _desk


def _audit(gate, action):
    with gate.db.read() as s:
        return s.execute(select(AuditEvent).where(AuditEvent.action == action)).scalars().all()


def test_only_a_name_and_the_sex_or_age_are_required(desk):
    v = desk(Role.RECEPTIONIST)
    assert v.register(NewVisitor(given_name="Малика", sex="F")).number.startswith("KZ-ALA-")
    assert v.register(NewVisitor(family_name="Каримов", birth_year=1980)).number
    with pytest.raises(ValidationError) as err:
        v.register(NewVisitor(family_name="Каримов"))
    assert [e.field for e in err.value.errors] == ["sex"]
    with pytest.raises(ValidationError) as err:
        v.register(NewVisitor(sex="F"))
    assert [e.field for e in err.value.errors] == ["family_name"]


@pytest.mark.parametrize("field, form", [
    ("birth_date", NewVisitor(given_name="A", sex="F", birth_date=dt.date(2999, 1, 1))),
    ("phone", NewVisitor(given_name="A", sex="F", phone="12-34")),
    ("phone", NewVisitor(given_name="A", sex="F", phone="call me")),
    ("documents.0", NewVisitor(given_name="A", sex="F", documents=(DocumentIn("passport", "№!"),))),
    ("citizenship", NewVisitor(given_name="A", sex="F", citizenship="QQ")),
    ("arrival_date", NewVisitor(given_name="A", sex="F", arrival_date=dt.date.today() + dt.timedelta(days=3))),
])
def test_invalid_fields_are_named(desk, field, form):
    with pytest.raises(ValidationError) as err:
        desk().register(form)
    assert field in [e.field for e in err.value.errors]


def test_dates_in_both_written_forms():
    assert parse_date("31.12.1990") == parse_date("1990-12-31") == dt.date(1990, 12, 31)
    assert parse_date("") is None
    with pytest.raises(Refused, match="31.12.1990"):
        parse_date("31.02.1990")


def test_registration_lands_in_the_change_log_and_audit(any_gate, desk):
    row = desk().register(RUSTAM)
    with any_gate.db.read() as s:
        changes = s.execute(select(ChangeLog).order_by(ChangeLog.seq)).scalars().all()
    types = [c.record_type for c in changes]
    assert types.count("person") == 1 and types.count("identity_document") == 1
    assert types.count("person_language") == 2 and types.count("consent") == 1
    snap = json.loads(next(c.row for c in changes if c.record_type == "person"))
    assert snap["number"] == row.number and snap["family_name"] == "Абдуллаев"
    assert [c.seq for c in changes] == list(range(changes[0].seq, changes[0].seq + len(changes)))
    assert len(_audit(any_gate, "person.insert")) == 1


@pytest.mark.parametrize("query", [
    "Абдуллаев Рустам", "Abdullaev Rustam", "ABDULLAYEV RUSTAM", "Rustam Abdullayev", "абдуллаев",
    "Abdulaev", "Абдуллаев Рустам Каримович", "ab 1234567", "AB1234567", "+998901234567", "901234567",
    "Абдулаев Рустм",
])
def test_search_finds_the_person_by_any_spelling_or_number(desk, query):
    v = desk()
    row = v.register(RUSTAM)
    v.register(NewVisitor(family_name="Абдуллаева", given_name="Нилуфар", sex="F", birth_year=1993))
    hits = v.search(query)
    assert hits and hits[0].row.person_id == row.person_id


def test_search_by_arabic_script_and_registration_number(desk):
    v = desk()
    row = v.register(NewVisitor(family_name="احمدی", given_name="محمد", sex="M", citizenship="AF"))
    assert v.search("Mohammad Ahmadi")[0].row.person_id == row.person_id
    assert v.search("Мохаммад Ахмади")[0].row.person_id == row.person_id
    assert v.search(row.number)[0].row.person_id == row.person_id


def test_duplicate_check_names_the_fields_that_matched(desk):
    v = desk(Role.RECEPTIONIST)
    row = v.register(RUSTAM)
    v.register(NewVisitor(family_name="Абдуллаев", given_name="Рустам", sex="M", birth_date=dt.date(1961, 2, 2)))
    again = NewVisitor(latin_name="ABDULLAYEV RUSTAM", sex="M", birth_date=dt.date(1990, 5, 1), citizenship="UZ")
    candidates = v.find_duplicates(again)
    assert [c.row.person_id for c in candidates] == [row.person_id]
    assert set(candidates[0].matched) == {"name", "birth_date", "citizenship"}
    by_document = v.find_duplicates(NewVisitor(given_name="Someone", sex="M",
                                               documents=(DocumentIn("passport", "АВ-1234567"),)))
    assert by_document[0].row.person_id == row.person_id and "document" in by_document[0].matched
    by_phone = v.find_duplicates(NewVisitor(given_name="Рустам", sex="M", phone="998 90 123 45 67"))
    assert by_phone[0].row.person_id == row.person_id and "phone" in by_phone[0].matched


def test_another_document_number_is_a_candidate_for_the_desk_to_decide(desk):
    """Issue 12, item 25: a renewed passport or a namesake is shown, marked as
    having another document number, for the receptionist to decide."""
    v = desk(Role.RECEPTIONIST)
    row = v.register(RUSTAM)
    renewed = NewVisitor(**{**RUSTAM.__dict__, "phone": "", "documents": (DocumentIn("passport", "AC 7654321"),)})
    [candidate] = v.find_duplicates(renewed)
    assert candidate.row.person_id == row.person_id
    assert {"name", "birth_date", "citizenship"} <= set(candidate.matched) and candidate.differs == ("document",)


def test_names_that_differ_only_by_a_number_are_two_people(desk):
    v = desk(Role.RECEPTIONIST)
    first = v.register(NewVisitor(family_name="Неизвестный 1", sex="M", birth_year=1990, citizenship="AF"))
    assert v.find_duplicates(NewVisitor(family_name="Неизвестный 2", sex="M", birth_year=1990,
                                        citizenship="AF")) == []
    again = v.find_duplicates(NewVisitor(family_name="Неизвестный 1", sex="M", birth_year=1990, citizenship="AF"))
    assert [c.row.person_id for c in again] == [first.person_id]


def test_relatives_are_candidates_confirmed_by_birth_date(desk):
    v = desk(Role.RECEPTIONIST)
    v.register(RUSTAM)
    sister = NewVisitor(family_name="Абдуллаева", given_name="Рустам", sex="F", birth_date=dt.date(1990, 5, 1),
                        citizenship="UZ")
    assert v.find_duplicates(sister)
    unrelated = NewVisitor(family_name="Абдуллаева", given_name="Гулнора", sex="F", birth_date=dt.date(1971, 8, 8))
    assert v.find_duplicates(unrelated) == []


def test_the_choice_after_a_duplicate_warning_is_audited(any_gate, desk):
    v = desk(Role.RECEPTIONIST)
    first = v.register(RUSTAM)
    v.register(RUSTAM, duplicates_shown=(first.number,))
    v.chose_existing(first.person_id, candidates=(first.number,))
    override = _audit(any_gate, "person.duplicate_override")
    assert len(override) == 1 and first.number in override[0].detail
    assert len(_audit(any_gate, "person.duplicate_opened")) == 1


def test_health_flags_are_hidden_from_a_receptionist_and_every_viewing_is_audited(any_gate, desk):
    caseworker = desk(Role.CASEWORKER)
    row = caseworker.register(NewVisitor(**{**RUSTAM.__dict__, "health": (HealthIn("tb", "on treatment"),)}))
    reception = desk(Role.RECEPTIONIST)
    page = reception.get_person(row.person_id)
    assert page.has_health_data and page.health_restricted
    assert "tb" not in repr(page) and "on treatment" not in repr(page)
    with pytest.raises(PermissionDenied):
        reception.view_health(row.person_id)
    with pytest.raises(PermissionDenied):
        reception.register(NewVisitor(given_name="X", sex="M", health=(HealthIn("hiv"),)))
    flags = caseworker.view_health(row.person_id)
    assert [(f.flag, f.note) for f in flags] == [("tb", "on treatment")]
    caseworker.view_health(row.person_id)
    assert len(_audit(any_gate, "health.view")) == 2
    history = caseworker.get_person(row.person_id).history
    assert all(h.fields == () for h in history if h.record_type == "health_flag")


def test_edits_show_in_the_history_and_stale_edits_are_refused(desk):
    v = desk()
    row = v.register(RUSTAM)
    page = v.get_person(row.person_id)
    changed = NewVisitor(**{**page.form.__dict__, "phone": "+7 701 111 22 33", "address": "Алматы, Райымбек 12"})
    v.update(row.person_id, changed, expected_version=page.version)
    with pytest.raises(Refused, match="changed this record"):
        v.update(row.person_id, changed, expected_version=page.version)
    history = v.get_person(row.person_id).history
    latest_person = next(h for h in history if h.record_type == "person")
    assert latest_person.operation == "update" and latest_person.fields == ("address", "phone")
    assert latest_person.actor == "Caseworker"  # the staff name, not the user name
    assert v.search("87011112233")[0].row.person_id == row.person_id


def test_consent_changes_keep_their_history(any_gate, desk):
    v = desk()
    row = v.register(RUSTAM)
    page = v.get_person(row.person_id)
    withdrawn = NewVisitor(**{**page.form.__dict__, "consents": (ConsentIn("registration", False),)})
    v.update(row.person_id, withdrawn, expected_version=page.version)
    assert v.get_person(row.person_id).form.consents == (ConsentIn("registration", False),)
    with any_gate.db.read() as s:
        rows = s.execute(select(ChangeLog).where(ChangeLog.record_type == "consent")).scalars().all()
    assert [json.loads(r.row)["given"] for r in rows] == [True, False]


def test_visits_are_logged_and_listed(desk):
    v = desk(Role.RECEPTIONIST)
    row = v.register(RUSTAM)
    v.log_visit(row.person_id, needs=("health", "legal"), services=("information",), notes="first")
    v.log_visit(row.person_id, needs=("shelter",))
    visits = v.get_person(row.person_id).visits
    assert [x.needs for x in visits] == [("shelter",), ("health", "legal")]
    with pytest.raises(Refused):
        v.log_visit(row.person_id, needs=("teleportation",))


def test_director_merges_two_records(any_gate, desk):
    v = desk(Role.DIRECTOR)
    keep = v.register(RUSTAM)
    gone = v.register(NewVisitor(family_name="Abdullayev", given_name="Rustam", sex="M",
                                 birth_date=dt.date(1990, 5, 1), address="Алматы"))
    v.log_visit(gone.person_id, needs=("legal",))
    v.merge(keep.person_id, gone.person_id)
    page = v.get_person(gone.person_id)  # the merged-away record leads to the survivor
    assert page.row.person_id == keep.person_id
    assert page.merged_numbers == (gone.number,)
    assert [x.needs for x in page.visits] == [("legal",)]
    assert page.form.address == "Алматы"
    assert v.search(gone.number)[0].row.person_id == keep.person_id
    assert len(_audit(any_gate, "person.merge")) == 1


def test_another_desk_sees_new_visitors_after_a_refresh(any_gate, login):
    who = login(Role.RECEPTIONIST)
    desk_a = VisitorService(any_gate.db, who, VisitorIndex(any_gate.db))
    desk_b = VisitorService(any_gate.db, who, VisitorIndex(any_gate.db))
    assert desk_b.search("Абдуллаев") == []
    row = desk_a.register(RUSTAM)
    assert desk_b.index.refresh() == 1
    assert desk_b.search("Abdullaev")[0].row.person_id == row.person_id


def test_insert_snapshots_carry_the_column_defaults(any_gate, desk):
    v = desk()
    row = v.register(NewVisitor(given_name="Малика", sex="F"))
    v.log_visit(row.person_id, needs=("legal",))
    with any_gate.db.read() as s:
        snaps = [json.loads(c.row) for c in s.execute(select(ChangeLog).order_by(ChangeLog.seq)).scalars()]
    person = next(x for x in snaps if x.get("number") == row.number)
    visit = next(x for x in snaps if x.get("staff"))
    assert person["notes"] == "" and person["deleted"] is False and person["version"] == 1
    assert visit["services"] == "" and visit["notes"] == ""
    assert all(value is not None for key, value in person.items()
               if key not in ("birth_date", "birth_year", "arrival_date", "merged_into_id", "anonymised_at"))
