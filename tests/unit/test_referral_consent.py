"""A referral shares a person's details with another service: only with
their consent to that ("referral_sharing"), the latest record of it counting.
Each consent records the version of the wording the person was told; the
wordings keep every version they had."""
from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import select

from desktop.errors import ConsentMissing
from desktop.models import AuditEvent, Consent, Role
from desktop.services import vocab
from desktop.services.documents import FILE, DocumentService
from desktop.services.referrals import ProviderIn, ReferralIn, ReferralService
from desktop.services.visitors import ConsentIn, NewVisitor, VisitorService

GIVEN = (ConsentIn("registration", True), ConsentIn("referral_sharing", True))
ZARINA = NewVisitor(family_name="Ахмади", given_name="Зарина", sex="F", birth_date=dt.date(1995, 3, 8),
                    citizenship="AF")

# The source text of every wording version, as sha256. A wording changed in
# place would make consents already given claim words the person never
# heard: a new wording gets a new version, and its line here.
WORDING_SHA256 = {
    ("registration", "1"): "1fdb53234f1ba6bd0516f227f89585c3490785463ac0bc7b70671709b2a665c1",
    ("referral_sharing", "1"): "cc58802b6f214c73be6fa6829ad66b2f234c59c55e81d37fc6ed0ff252139252",
    ("contact_phone", "1"): "ddd48db2ff7b87ae0827daa3ee937fff02da85cdadebb8ad5c40f9a1caecb890",
    ("hq_statistics", "1"): "91d978d369047745e747b186bfdfbec4697fb9ceb69b3cb1f4c00cc255eb62be",
    ("registration", "2"): "168a57bc9224bd933ecfeefa15220caa08e971004f6f22eb200abc7b6f2313a7",
    ("referral_sharing", "2"): "057358fdef331b0d723357dd59869c1a97cd9d4b87045d340139912906c425c0",
    ("contact_phone", "2"): "5ad79b5ffd5d6f87ce65dd39098c364dd978e5ab23931208ee64e95710a33bd3",
    ("hq_statistics", "2"): "82bf324e28547dae855a167d74c011b1619d7712ebd1a37867c7a4edad831ca9",
}


@pytest.fixture
def branch(any_gate, login):
    director = login(Role.DIRECTOR)
    caseworker = login(Role.CASEWORKER)
    clinic = ReferralService(any_gate.db, director).save_provider(ProviderIn(
        "Туберкулезге қарсы диспансер", "Противотуберкулёзный диспансер", "TB Dispensary", "tb_clinic"))
    return (any_gate, VisitorService(any_gate.db, caseworker), ReferralService(any_gate.db, caseworker),
            ReferralService(any_gate.db, director), clinic)


def test_no_referral_without_the_persons_consent_to_share(branch):
    gate, visitors, caseworker, _director, clinic = branch
    zarina = visitors.register(ZARINA)  # nothing asked about sharing
    with pytest.raises(ConsentMissing) as refused:
        caseworker.create(ReferralIn(zarina.person_id, clinic.provider_id, "tb_clinic"))
    assert refused.value.person_id == zarina.person_id and refused.value.purpose == "referral_sharing"
    assert zarina.number in str(refused.value) and "Зарина" not in str(refused.value)
    assert caseworker.list(person_id=zarina.person_id) == []


def test_a_draft_is_not_issued_once_the_consent_is_withdrawn(branch):
    gate, visitors, caseworker, director, clinic = branch
    zarina = visitors.register(NewVisitor(**{**ZARINA.__dict__, "consents": GIVEN}))
    draft = caseworker.create(ReferralIn(zarina.person_id, clinic.provider_id, "tb_clinic"))
    visitors.record_consent(zarina.person_id, purpose="referral_sharing", given=False)
    with pytest.raises(ConsentMissing) as refused:
        director.issue_letter(draft.referral_id)
    assert "withdr" in str(refused.value)
    assert director.get(draft.referral_id).status == "draft" and director.get(draft.referral_id).letter_number is None
    # Asked again, the person agrees: the latest record counts.
    visitors.record_consent(zarina.person_id, purpose="referral_sharing", given=True)
    assert director.issue_letter(draft.referral_id).status == "issued"


def test_an_issued_letter_is_not_printed_after_the_consent_is_withdrawn(branch):
    gate, visitors, caseworker, director, clinic = branch
    zarina = visitors.register(NewVisitor(**{**ZARINA.__dict__, "consents": GIVEN}))
    number = director.issue_letter(caseworker.create(ReferralIn(zarina.person_id, clinic.provider_id,
                                                                "tb_clinic")).referral_id).letter_number
    documents = DocumentService(gate.db, director.identity)
    documents.delivered(documents.letter(number), to=FILE)
    visitors.record_consent(zarina.person_id, purpose="referral_sharing", given=False)
    with pytest.raises(ConsentMissing):
        documents.letter(number)
    with pytest.raises(ConsentMissing):
        documents.letters_issued_today()


def test_each_consent_records_its_wording_version_who_and_when(branch):
    gate, visitors, _caseworker, _director, _clinic = branch
    zarina = visitors.register(NewVisitor(**{**ZARINA.__dict__, "consents": (ConsentIn("registration", True),)}))
    recorded = visitors.record_consent(zarina.person_id, purpose="referral_sharing", given=True)
    current = vocab.consent_version("referral_sharing")
    assert current != "1"
    assert (recorded.purpose, recorded.given, recorded.wording_version, recorded.on_date, recorded.recorded_by) == (
        "referral_sharing", True, current, dt.date.today(), "Caseworker")
    page = visitors.get_person(zarina.person_id)
    assert {(c.purpose, c.given, c.wording_version, c.recorded_by) for c in page.consents} == {
        ("registration", True, vocab.consent_version("registration"), "Caseworker"),
        ("referral_sharing", True, current, "Caseworker")}
    with gate.db.read() as s:
        rows = s.execute(select(Consent).where(Consent.person_id == zarina.person_id)).scalars().all()
        audit = s.execute(select(AuditEvent).where(AuditEvent.action == "consent.record")).scalars().all()
    assert {r.wording_version for r in rows} == {vocab.consent_version("registration"), current}
    assert [(a.actor, a.record_id) for a in audit] == [("caseworker", str(zarina.person_id))]
    assert "Зарина" not in audit[0].detail


def test_recording_the_same_answer_again_adds_nothing(branch):
    gate, visitors, *_ = branch
    zarina = visitors.register(NewVisitor(**{**ZARINA.__dict__, "consents": GIVEN}))
    visitors.record_consent(zarina.person_id, purpose="referral_sharing", given=True)
    with gate.db.read() as s:
        assert len(s.execute(select(Consent).where(Consent.person_id == zarina.person_id)).scalars().all()) == 2


def test_only_staff_who_keep_the_record_record_consent(branch, login):
    gate, visitors, *_ = branch
    zarina = visitors.register(ZARINA)
    from desktop.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        VisitorService(gate.db, login(Role.COORDINATOR)).record_consent(zarina.person_id, purpose="referral_sharing",
                                                                        given=True)


def test_every_wording_keeps_its_version(qapp):
    for purpose in vocab.CONSENT_PURPOSES:
        versions = vocab.CONSENT_WORDINGS[purpose]
        assert vocab.consent_version(purpose) == list(versions)[-1]
        for version, (_context, source) in versions.items():
            assert WORDING_SHA256[(purpose, version)] == hashlib.sha256(source.encode()).hexdigest(), (
                f"the wording of {purpose} version {version} changed: give the new wording a new version")
        assert vocab.consent_wording(purpose, "no such version") == ""
