"""Retention and people's rights, on SQLCipher and PostgreSQL: who is due,
what anonymising removes and keeps, legal holds, erasure on request, and an
anonymised person found by no search."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select, update

from desktop.errors import Refused
from desktop.exchange.sealed import open_sealed
from desktop.models import (AuditEvent, ChangeLog, Consent, HealthFlag, HouseholdMember, IdentityDocument, Person,
                            PersonLanguage, PurgeLog, Referral, ReferralEvent, Role, Visit, Volunteer)
from desktop.models.journal import verify_chain
from desktop.services.referrals import ProviderIn, ReferralIn, ReferralService
from desktop.services.retention import DEFAULT_MONTHS, RetentionService, due_on, months_before, retention_months
from desktop.services.rights import RightsService
from desktop.services.search import VisitorIndex
from desktop.services.visitors import (ConsentIn, DocumentIn, HealthIn, HouseholdIn, LanguageIn, NewVisitor,
                                       VisitorService)

OLD = NewVisitor(family_name="Юлдашева", given_name="Мохира", patronymic="Баходировна",
                 latin_name="YULDASHEVA MOKHIRA", sex="F", birth_date=dt.date(1988, 8, 17), citizenship="UZ",
                 country_of_origin="UZ", phone="+998 93 765 43 21", address="Алматы, Жетісу ауданы, 5-үй",
                 arrival_date=dt.date(2019, 5, 20), migration_status="labour_migrant",
                 notes="Жұмыс берушісі төлемеген — Хасанов фирмасы",
                 documents=(DocumentIn("passport", "FA 7788990", issuer="МВД РУз", expiry=dt.date(2029, 1, 1)),),
                 languages=(LanguageIn("uz", "native"), LanguageIn("ru", "good")),
                 household=(HouseholdIn("child", "Юлдашев Тимур", 2012),),
                 consents=(ConsentIn("registration", True), ConsentIn("referral_sharing", True)),
                 health=(HealthIn("tb", "Тубдиспансерге жолдама, Юлдашева"),))
NAMES = ("Юлдашева", "Мохира", "Баходировна", "YULDASHEVA", "MOKHIRA", "765 43 21", "FA 7788990", "7788990",
         "Жетісу", "Хасанов")


@pytest.fixture
def branch(any_gate, login):
    director = login(Role.DIRECTOR)
    visitors = VisitorService(any_gate.db, director, VisitorIndex(any_gate.db))
    referrals = ReferralService(any_gate.db, director)
    return any_gate, director, visitors, referrals


def backdate(gate, person_id, *, years: float) -> None:
    """Make everything done with the person ``years`` ago (not journaled: the
    change log would otherwise take it for new activity)."""
    then = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=365.25 * years)
    with gate.db.session() as s:
        s.execute(update(Person).where(Person.id == person_id).values(created_at=then, updated_at=then))
        for model in (IdentityDocument, PersonLanguage, HouseholdMember, Consent, HealthFlag, Visit, Referral):
            s.execute(update(model).where(model.person_id == person_id).values(created_at=then, updated_at=then))
        s.execute(update(Visit).where(Visit.person_id == person_id).values(visited_at=then))


def _old_person(branch, *, years=6.0):
    gate, _director, visitors, referrals = branch
    row = visitors.register(OLD)
    visitors.log_visit(row.person_id, needs=("legal", "health"), services=("information",),
                       notes="Хасанов жалақы бермеді")
    provider = referrals.save_provider(ProviderIn("Заң көмегі", "Юрпомощь", "Legal aid", "legal_aid")).provider_id
    referral = referrals.create(ReferralIn(row.person_id, provider, "legal_aid", reason="Юлдашева: жалақы дауы",
                                           disclose=("name", "birth_date", "document")))
    referrals.issue_letter(referral.referral_id)
    referrals.set_status(referral.referral_id, "accepted", note="Юлдашеваны қабылдады")
    backdate(gate, row.person_id, years=years)
    return row


def _admin(gate, login):
    return RetentionService(gate.db, login(Role.ADMINISTRATOR))


def test_months_before_and_the_day_a_record_falls_due():
    assert months_before(dt.date(2026, 5, 31), 3) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2026, 3, 15), 60) == dt.date(2021, 3, 15)
    assert due_on(dt.date(2021, 3, 15), 60) == dt.date(2026, 3, 16)
    assert months_before(due_on(dt.date(2020, 2, 29), 12), 12) > dt.date(2020, 2, 29)


def test_only_people_inactive_for_the_period_are_due(branch, login):
    gate, director, visitors, _referrals = branch
    old = _old_person(branch)
    came_back = visitors.register(NewVisitor(family_name="Каримов", given_name="Азиз", sex="M"))
    backdate(gate, came_back.person_id, years=7)
    visitors.log_visit(came_back.person_id, needs=("food_cash",))
    recent = visitors.register(NewVisitor(family_name="Саидова", given_name="Лола", sex="F"))
    volunteer = visitors.register(NewVisitor(family_name="Рахимов", given_name="Бобур", sex="M"))
    backdate(gate, volunteer.person_id, years=8)
    with gate.db.session() as s:
        s.add(Volunteer(number="KZ-ALA-V-2019-000001", person_id=volunteer.person_id))
    retention = _admin(gate, login)
    due = retention.due()
    assert [d.number for d in due] == [old.number]
    assert due[0].visits == 1 and due[0].referrals == 1
    assert due[0].last_activity < months_before(dt.date.today(), DEFAULT_MONTHS)
    assert recent.number not in {d.number for d in due}
    # A shorter period brings no one else in: the others did something this year.
    retention.set_months(12)
    assert [d.number for d in retention.due()] == [old.number]
    with pytest.raises(Refused):
        retention.set_months(6)
    assert retention_months(gate.db) == 12


def test_anonymising_removes_names_contacts_documents_and_notes_and_keeps_the_statistics(branch, login):
    gate, director, visitors, referrals = branch
    old = _old_person(branch)
    other = visitors.register(NewVisitor(family_name="Юлдашев", given_name="Тимур", sex="M",
                                         household=(HouseholdIn("parent", "Юлдашева Мохира", member_id=None),)))
    with gate.db.session() as s:  # the mother's line in her son's record points at her record
        s.execute(update(HouseholdMember).where(HouseholdMember.person_id == other.person_id)
                  .values(member_id=old.person_id))
    letter = referrals.list(person_id=old.person_id)[0].letter_number
    code = f"QMQ1:{letter}:" + _check_code(gate, letter)
    result = _admin(gate, login).apply()
    assert result.people == 1

    with gate.db.read() as s:
        p = s.get(Person, old.person_id)
        assert (p.family_name, p.given_name, p.patronymic, p.latin_name) == ("", "", "", "")
        assert (p.phone, p.phone_key, p.address, p.notes, p.name_key, p.relative_key) == ("", "", "", "", "", "")
        assert p.birth_date == dt.date(1988, 7, 1) and p.birth_year == 1988
        assert p.arrival_date == dt.date(2019, 4, 1)
        assert (p.sex, p.citizenship, p.migration_status) == ("F", "UZ", "labour_migrant")
        assert p.anonymised_at is not None
        doc = s.execute(select(IdentityDocument).where(IdentityDocument.person_id == p.id)).scalar_one()
        assert doc.deleted and (doc.number, doc.number_key, doc.issuer, doc.expiry) == ("", "", "", None)
        assert doc.doc_type == "passport"
        visit = s.execute(select(Visit).where(Visit.person_id == p.id)).scalar_one()
        assert visit.notes == "" and visit.needs == "legal,health"
        flag = s.execute(select(HealthFlag).where(HealthFlag.person_id == p.id)).scalar_one()
        # The flag stays for the statistics, sealed with the health key as before.
        assert open_sealed(director.health_key, flag.flag, table="health_flag", record_id=flag.id,
                           field_name="flag") == "tb"
        assert flag.note == ""
        r = s.execute(select(Referral).where(Referral.person_id == p.id)).scalar_one()
        assert (r.reason, r.letter_content) == ("", "") and r.status == "accepted" and r.service == "legal_aid"
        assert all(e.note == "" for e in s.execute(select(ReferralEvent).where(
            ReferralEvent.referral_id == r.id)).scalars())
        members = s.execute(select(HouseholdMember)).scalars().all()
        assert all(m.name == "" and m.member_id is None for m in members if m.person_id == p.id)
        son_line = next(m for m in members if m.person_id == other.person_id)
        assert son_line.name == "" and son_line.member_id is None and son_line.relation == "parent"
        assert len(s.execute(select(PersonLanguage).where(PersonLanguage.person_id == p.id)).all()) == 2
        # Nothing the next bundle carries names her, old snapshots included.
        log = " ".join(s.execute(select(ChangeLog.row)).scalars())
        purge = s.execute(select(PurgeLog)).scalar_one()
        assert verify_chain(s).ok
    for name in NAMES:
        assert name not in log, name
    assert purge.kind == "retention" and purge.people == 1 and purge.period_months == DEFAULT_MONTHS
    counts = json.loads(purge.counts)
    assert counts["person"] == 1 and counts["identity_document"] == 1 and counts["household_member"] == 2
    assert str(old.person_id) not in purge.counts and old.number not in purge.counts
    # The letter the clinic holds is still genuine.
    assert ReferralService(gate.db, director).verify(code).genuine


def _check_code(gate, letter):
    with gate.db.read() as s:
        return s.execute(select(Referral.check_code).where(Referral.letter_number == letter)).scalar_one()


def test_an_anonymised_person_is_found_by_no_search(branch, login):
    gate, director, visitors, _referrals = branch
    old = _old_person(branch)
    index = visitors.index
    assert visitors.search("Юлдашева Мохира")[0].row.number == old.number
    _admin(gate, login).apply()
    index.refresh()  # another desk's index catches up from the change log
    fresh = VisitorService(gate.db, director, VisitorIndex(gate.db))  # and one read from scratch
    for service in (visitors, fresh):
        for query in ("Юлдашева Мохира", "YULDASHEVA", "+998 93 765 43 21", "FA 7788990", old.number,
                      "17.08.1988", "01.07.1988"):
            assert [h.row.number for h in service.search(query)] == [], query


def test_the_administrator_applies_only_who_is_still_due(branch, login):
    gate, _director, visitors, _referrals = branch
    first, second = _old_person(branch), _old_person(branch)
    retention = _admin(gate, login)
    listed = [d.person_id for d in retention.due()]
    assert set(listed) == {first.person_id, second.person_id}
    visitors.log_visit(second.person_id, needs=("other",))  # came back after the list was shown
    assert retention.apply(listed).people == 1
    assert [d.person_id for d in retention.due()] == []
    assert retention.overview().purges[0].people == 1


def test_a_legal_hold_keeps_a_person_from_retention_and_from_erasure(branch, login):
    gate, director, visitors, _referrals = branch
    old = _old_person(branch)
    rights = RightsService(gate.db, director)
    with pytest.raises(Refused):
        rights.place_hold(old.person_id, reason="  ")
    rights.place_hold(old.person_id, reason="Сот ісі № 2-1234/2026")
    retention = _admin(gate, login)
    overview = retention.overview()
    assert overview.due == ()
    assert [(h.number, h.reason, h.placed_by) for h in overview.held] == [(old.number, "Сот ісі № 2-1234/2026",
                                                                             "Director")]
    assert retention.apply().people == 0
    with pytest.raises(Refused) as refused:
        rights.erase(old.person_id, reason="The person asked on 01.12.2026")
    assert "Сот ісі № 2-1234/2026" in str(refused.value) and "Director" in str(refused.value)
    rights.release_hold(old.person_id, reason="Іс жабылды")
    assert rights.hold(old.person_id) is None
    assert [d.number for d in retention.due()] == [old.number]


def test_erasure_on_request_is_at_once_audited_and_travels(branch, login):
    gate, director, visitors, _referrals = branch
    row = visitors.register(OLD)
    rights = RightsService(gate.db, director, index=visitors.index)
    with pytest.raises(Refused):
        rights.erase(row.person_id, reason="")
    with gate.db.read() as s:
        before = s.scalar(select(ChangeLog.seq).order_by(ChangeLog.seq.desc()).limit(1))
    rights.erase(row.person_id, reason="Өтініш бойынша, 01.12.2026")
    assert visitors.search("Юлдашева") == []
    with gate.db.read() as s:
        event = s.execute(select(AuditEvent).where(AuditEvent.action == "person.erase")).scalar_one()
        sent = s.execute(select(ChangeLog).where(ChangeLog.seq > before, ChangeLog.record_id == row.person_id)
                         ).scalars().all()
        purge = s.execute(select(PurgeLog)).scalar_one()
    assert event.record_id == str(row.person_id) and json.loads(event.detail)["reason"] == "Өтініш бойынша, 01.12.2026"
    assert event.actor == "director"
    assert [c.operation for c in sent] == ["update"] and json.loads(sent[0].row)["family_name"] == ""
    assert json.loads(sent[0].row)["anonymised_at"]
    assert purge.kind == "request" and purge.people == 1 and purge.actor == "director"
    with pytest.raises(Refused) as again:
        rights.erase(row.person_id, reason="again")
    assert "already" in str(again.value)
    # Kept for the statistics only: nothing more is added to the record.
    with pytest.raises(Refused):
        visitors.log_visit(row.person_id, needs=("legal",))
    with pytest.raises(Refused):
        rights.place_hold(row.person_id, reason="too late")


def test_a_volunteer_is_not_erased_until_the_coordinator_removes_them(branch):
    gate, director, visitors, _referrals = branch
    row = visitors.register(OLD)
    with gate.db.session() as s:
        s.add(Volunteer(number="KZ-ALA-V-2026-000009", person_id=row.person_id))
    with pytest.raises(Refused) as refused:
        RightsService(gate.db, director).erase(row.person_id, reason="asked")
    assert "KZ-ALA-V-2026-000009" in str(refused.value)


def test_merged_records_of_the_person_are_anonymised_with_them(branch):
    gate, director, visitors, _referrals = branch
    keep = visitors.register(OLD)
    gone = visitors.register(NewVisitor(family_name="Юлдашева", given_name="Мохира", latin_name="YULDASHEVA MOHIRA",
                                        sex="F", birth_year=1988))
    visitors.merge(keep.person_id, gone.person_id)
    rights = RightsService(gate.db, director)
    assert rights.find(gone.number) == keep.person_id
    rights.erase(keep.person_id, reason="asked")
    with gate.db.read() as s:
        tombstone = s.get(Person, gone.person_id)
    assert (tombstone.family_name, tombstone.latin_name, tombstone.name_key) == ("", "", "")


def test_finding_a_number_that_does_not_exist_is_refused(branch):
    gate, director, _visitors, _referrals = branch
    with pytest.raises(Refused):
        RightsService(gate.db, director).find("KZ-ALA-2026-999999")
