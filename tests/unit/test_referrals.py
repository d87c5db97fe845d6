"""Referrals: the directory, the status machine, issuing and checking letters."""
from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json

import pytest
from sqlalchemy import select

from desktop.models import AuditEvent, ChangeLog, Role
from desktop.errors import PermissionDenied, Refused
from desktop.services.documents import FILE, DocumentService
from desktop.services.referrals import (STATUSES, TRANSITIONS, ProviderIn, ReferralIn, ReferralService)
from desktop.services.visitors import DocumentIn, HealthIn, NewVisitor, VisitorService
from tests.conftest import AGREED

CLIENT = NewVisitor(family_name="Абдуллаев", given_name="Рустам", latin_name="ABDULLAEV RUSTAM", sex="M",
                    birth_date=dt.date(1990, 5, 1), citizenship="UZ", phone="+998 90 123 45 67",
                    address="Алматы, Райымбек 12", documents=(DocumentIn("passport", "AB1234567"),),
                    health=(HealthIn("tb", "on treatment"),), consents=AGREED)


@pytest.fixture
def setup(any_gate, login):
    director = login(Role.DIRECTOR)
    person = VisitorService(any_gate.db, director).register(CLIENT)
    director_desk = ReferralService(any_gate.db, director)
    clinic = director_desk.save_provider(ProviderIn(
        name_kk="№1 туберкулезге қарсы диспансер", name_ru="Противотуберкулёзный диспансер №1",
        name_en="TB Dispensary No. 1", category="tb_clinic", address="Алматы, Бекмаханова 1",
        phone="+7 727 000 00 01", languages=("kk", "ru"), cost="free"))
    caseworker = ReferralService(any_gate.db, login(Role.CASEWORKER))
    return any_gate, person, clinic, caseworker, director_desk


def test_priority_sets_the_due_date(setup):
    _, person, clinic, caseworker, _ = setup
    today = dt.date.today()
    for priority, days in (("emergency", 1), ("urgent", 3), ("normal", 14)):
        r = caseworker.create(ReferralIn(person.person_id, clinic.provider_id, "tb_clinic", priority=priority))
        assert r.due_date == today + dt.timedelta(days=days) and r.status == "draft"


def test_walk_from_draft_to_completed_with_who_and_when(setup):
    gate, person, clinic, caseworker, director = setup
    r = caseworker.create(ReferralIn(person.person_id, clinic.provider_id, "tb_clinic", reason="cough for a month"))
    with pytest.raises(PermissionDenied):
        caseworker.issue_letter(r.referral_id)
    issued = director.issue_letter(r.referral_id)
    assert issued.letter_number.startswith("KZ-ALA-") and issued.status == "issued"
    caseworker.set_status(r.referral_id, "accepted")
    done = caseworker.set_status(r.referral_id, "completed", outcome="Seen, treatment started")
    assert [(e.status, e.actor) for e in done.events] == [
        ("draft", "caseworker"), ("issued", "director"), ("accepted", "caseworker"), ("completed", "caseworker")]
    assert done.outcome == "Seen, treatment started"
    with gate.db.read() as s:
        types = {c.record_type for c in s.execute(select(ChangeLog)).scalars()}
        actions = {a.action for a in s.execute(select(AuditEvent)).scalars()}
    assert {"referral", "referral_event", "service_provider"} <= types
    assert "letter.issue" in actions


ALL = list(STATUSES)


@pytest.mark.parametrize("start, target", [
    (a, b) for a, b in itertools.product(ALL, ALL) if b not in TRANSITIONS[a] and a != "draft" or (
        a == "draft" and b not in TRANSITIONS["draft"])])
def test_illegal_transitions_are_refused(setup, start, target):
    _, person, clinic, caseworker, director = setup
    r = caseworker.create(ReferralIn(person.person_id, clinic.provider_id, "tb_clinic"))
    path = {"draft": [], "issued": ["issued"], "accepted": ["issued", "accepted"],
            "declined": ["issued", "declined"], "completed": ["issued", "accepted", "completed"],
            "no_show": ["issued", "no_show"], "cancelled": ["cancelled"]}[start]
    for step in path:
        if step == "issued":
            director.issue_letter(r.referral_id)
        else:
            caseworker.set_status(r.referral_id, step, note="reason")
    with pytest.raises(Refused):
        if target == "issued":
            director.issue_letter(r.referral_id)
        else:
            caseworker.set_status(r.referral_id, target, note="reason")
    assert caseworker.get(r.referral_id).status == start


def test_declining_needs_a_reason(setup):
    _, person, clinic, caseworker, director = setup
    r = caseworker.create(ReferralIn(person.person_id, clinic.provider_id, "tb_clinic"))
    director.issue_letter(r.referral_id)
    with pytest.raises(Refused, match="reason"):
        caseworker.set_status(r.referral_id, "declined")
    assert caseworker.set_status(r.referral_id, "declined", note="No free beds").status == "declined"


def test_letter_holds_only_consented_facts_and_never_health(setup):
    _, person, clinic, caseworker, director = setup
    r = caseworker.create(ReferralIn(person.person_id, clinic.provider_id, "tb_clinic",
                                     disclose=("name", "birth_date")))
    director.issue_letter(r.referral_id)
    content = DocumentService(director.db, director.identity).letter_data(director.get(r.referral_id).letter_number)
    assert not content.copy
    assert [code for code, _ in content.facts] == ["name", "birth_date"]
    # Citizenship (UZ) was not consented: no fact carries it. (A substring test
    # would be fooled by the random check code, which may contain "UZ".)
    assert all(value != "UZ" for _, value in content.facts)
    text = json.dumps({**content.__dict__, "check_code": "", "qr_payload": ""}, default=str, ensure_ascii=False)
    for secret in ("998", "Райымбек", "AB1234567", "on treatment", '"tb"'):
        assert secret not in text
    assert "Абдуллаев Рустам (ABDULLAEV RUSTAM)" in text and "01.05.1990" in text


def test_reprint_is_the_same_letter_marked_copy(setup):
    _, person, clinic, caseworker, director = setup
    r = caseworker.create(ReferralIn(person.person_id, clinic.provider_id, "tb_clinic"))
    number = director.issue_letter(r.referral_id).letter_number
    documents = DocumentService(caseworker.db, caseworker.identity)
    first = documents.letter_data(number)
    documents.delivered(documents.letter(number), to=FILE)
    second = documents.letter_data(number)
    assert (first.copy, second.copy) == (False, True) and first == dataclasses.replace(second, copy=False)


def test_check_codes_verify_and_forgeries_do_not(setup):
    _, person, clinic, caseworker, director = setup
    r = caseworker.create(ReferralIn(person.person_id, clinic.provider_id, "tb_clinic"))
    number = director.issue_letter(r.referral_id).letter_number
    content = DocumentService(director.db, director.identity).letter_data(number)
    ok = caseworker.verify(content.qr_payload)
    assert ok.genuine and ok.letter_number == number and ok.provider == "TB Dispensary No. 1"
    assert caseworker.verify(f"{number} {content.check_code}").genuine
    forged = content.check_code[:-1] + ("A" if content.check_code[-1] != "A" else "B")
    assert not caseworker.verify(f"QMQ1:{number}:{forged}").genuine
    other = caseworker.create(ReferralIn(person.person_id, clinic.provider_id, "legal_aid"))
    other_number = director.issue_letter(other.referral_id).letter_number
    assert not caseworker.verify(f"QMQ1:{other_number}:{content.check_code}").genuine
    assert not caseworker.verify("not a code").genuine


def test_lists_overdue_due_this_week_awaiting_feedback(setup):
    _, person, clinic, caseworker, director = setup
    urgent = caseworker.create(ReferralIn(person.person_id, clinic.provider_id, "tb_clinic", priority="urgent"))
    director.issue_letter(urgent.referral_id)
    later = dt.date.today() + dt.timedelta(days=10)
    assert [r.referral_id for r in caseworker.list(view="overdue", today=later)] == [urgent.referral_id]
    assert [r.referral_id for r in caseworker.list(view="awaiting_feedback")] == [urgent.referral_id]
    assert [r.referral_id for r in caseworker.list(person_id=person.person_id)] == [urgent.referral_id]
    caseworker.set_status(urgent.referral_id, "accepted")
    assert caseworker.list(view="awaiting_feedback") == []


def test_only_a_name_is_mandatory_and_categories_are_checked(setup):
    _, person, clinic, caseworker, _ = setup
    with pytest.raises(Refused, match="name"):
        caseworker.create(ReferralIn(person.person_id, clinic.provider_id, "tb_clinic", disclose=("birth_date",)))
    with pytest.raises(Refused):
        caseworker.create(ReferralIn(person.person_id, clinic.provider_id, "diagnosis: TB"))


def test_directory_round_trips_through_csv(setup, tmp_path):
    from desktop.services.referrals import export_providers, import_providers

    _, _, clinic, caseworker, director = setup
    path = tmp_path / "providers.csv"
    assert export_providers(director, path) == 1
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    text = path.read_text("utf-8-sig").replace("free", "тегін")
    text += "Заң көмегі,Юрпомощь,Legal Help,legal_aid,,,kk,,,x,,1\n"
    text += "Баспана,Приют,Night Shelter,shelter,Алматы,,ru,,,10,2026-10-01,1\n"
    path.write_text(text, "utf-8-sig")
    added, updated, errors = import_providers(director, path)
    assert (added, updated) == (1, 1) and [row for row, _ in errors] == [3]
    names = {p.name_en: p for p in director.providers()}
    assert names["TB Dispensary No. 1"].cost == "тегін"
    assert names["Night Shelter"].capacity == 10


def test_merging_two_records_moves_their_referrals(setup):
    gate, person, clinic, caseworker, director_desk = setup
    visitors = VisitorService(gate.db, director_desk.identity)
    twin = visitors.register(NewVisitor(family_name="Abdullayev", given_name="Rustam", sex="M",
                                        birth_date=dt.date(1990, 5, 1), consents=AGREED))
    r = caseworker.create(ReferralIn(twin.person_id, clinic.provider_id, "tb_clinic"))
    visitors.merge(person.person_id, twin.person_id)
    assert [x.referral_id for x in caseworker.list(person_id=person.person_id)] == [r.referral_id]
    assert visitors.get_person(person.person_id).row.person_id == person.person_id


def test_the_drafts_view_lists_what_waits_for_a_director_oldest_first(setup):
    gate, person, clinic, caseworker, director_desk = setup
    first = caseworker.create(ReferralIn(person.person_id, clinic.provider_id, "tb_clinic", priority="normal"))
    second = caseworker.create(ReferralIn(person.person_id, clinic.provider_id, "tb_clinic", priority="emergency"))
    issued = caseworker.create(ReferralIn(person.person_id, clinic.provider_id, "tb_clinic"))
    director_desk.issue_letter(issued.referral_id)
    assert [r.referral_id for r in caseworker.list(view="drafts")] == [first.referral_id, second.referral_id]
