"""A person's rights over their record, answered by a director: everything
held about them (subject access, printed through documents.py), erasure at
their request, and the legal hold that keeps a record whole.

Erasure is the same anonymisation as retention (services/retention.py), done
at once: audited with the reason, entered in the purge log, sent to HQ in
the next bundle as ordinary updates. It is refused while a legal hold
stands (the hold's reason is shown), and while the person is also a
volunteer: the register reads their name from this record, and the
coordinator must end that first.
"""
from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (AuditEvent, Branch, Consent, HealthFlag, HouseholdMember, HqKeySet, IdentityDocument,
                            LegalHold, Person, PersonLanguage, Referral, ReferralEvent, ServiceProvider, Visit,
                            Volunteer, utcnow)
from desktop.models.journal import record_audit
from desktop.reports.labels import translate, translate_count
from desktop.reports.subject_access import (CONTEXT, OPERATIONS, RECORDS, WORDS, Section, SubjectAccessData,
                                            Table)

from . import vocab
from .accounts import Identity
from .changes import PERSON, Change
from .health import HealthFields
from ..errors import NotFound, Refused
from ..i18n import fill
from .permissions import Action, require
from .referrals import CATEGORIES, FACTS, PRIORITIES, STATUSES
from .retention import (Anonymised, after_anonymising, anonymise_people, due_on, last_activity, purge_entry,
                        retention_months, staff_names)
from .search import VisitorIndex
from .storage import Database

_PERSON_FIELDS = {"family_name", "given_name", "patronymic", "latin_name", "sex", "citizenship",
                  "country_of_origin", "arrival_date", "migration_status", "phone", "address", "notes"}
_FIELD_WORDS = {"birth_date": "birth", "birth_year": "birth", "anonymised_at": "anonymised"}
#: Audit actions that are a viewing of what a person's record restricts.
VIEWINGS = ("health.view", "volunteer.person_lookup", "document.save", "document.print")
SUBJECT_ACCESS = "subject_access"


@dataclass(frozen=True)
class HoldRow:
    hold_id: uuid.UUID
    reason: str
    placed_by: str  # the staff member's name
    placed_at: dt.datetime
    released_by: str = ""
    released_at: dt.datetime | None = None

    @property
    def active(self) -> bool:
        return self.released_at is None


def _hold_row(h: LegalHold, staff: dict[str, str]) -> HoldRow:
    return HoldRow(h.id, h.reason, staff.get(h.placed_by, h.placed_by), h.placed_at,
                   staff.get(h.released_by, h.released_by), h.released_at)


def _active_hold(s: Session, person_id: uuid.UUID) -> LegalHold | None:
    return s.execute(select(LegalHold).where(LegalHold.person_id == person_id, LegalHold.deleted.is_(False),
                                             LegalHold.released_at.is_(None))
                     .order_by(LegalHold.placed_at.desc()).limit(1)).scalar_one_or_none()


def _local_date(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%d.%m.%Y") if moment else ""


def _local_time(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%d.%m.%Y %H:%M") if moment else ""


def _date(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


class RightsService:
    """``index``: the window's search index, told at once of an erasure."""

    def __init__(self, db: Database, identity: Identity, *, index: VisitorIndex | None = None):
        self.db = db
        self.identity = identity
        self.index = index

    # -- finding the person ----------------------------------------------------------------
    def find(self, number: str) -> uuid.UUID:
        """The person a registration number names (a merged-away number names
        the record it was merged into)."""
        require(self.identity.role, Action.VIEW_VISITORS)
        with self.db.read() as s:
            person = s.execute(select(Person).where(Person.number == number.strip().upper())).scalar_one_or_none()
            seen = set()
            while person is not None and person.deleted and person.merged_into_id and person.id not in seen:
                seen.add(person.id)
                person = s.get(Person, person.merged_into_id)
            if person is None or person.deleted:
                raise NotFound(QCoreApplication.translate("Rights", "There is no visitor %1."), number.strip())
            return person.id

    def _live(self, s: Session, person_id: uuid.UUID) -> Person:
        person = s.get(Person, person_id)
        if person is None or person.deleted:
            raise NotFound(QCoreApplication.translate("Visitors", "This visitor's record no longer exists."))
        return person

    # -- legal holds -------------------------------------------------------------------------
    def hold(self, person_id: uuid.UUID) -> HoldRow | None:
        """The legal hold standing on the person, if any."""
        require(self.identity.role, Action.VIEW_VISITORS)
        with self.db.read() as s:
            hold = _active_hold(s, person_id)
            return _hold_row(hold, staff_names(s)) if hold is not None else None

    def place_hold(self, person_id: uuid.UUID, *, reason: str) -> HoldRow:
        require(self.identity.role, Action.PLACE_LEGAL_HOLD)
        reason = reason.strip()
        if not reason:
            raise Refused(QCoreApplication.translate(
                "Rights", "Say why the record must be kept (a court case, an investigation)."))
        with self.db.session(self.identity.username) as s:
            person = self._live(s, person_id)
            if person.anonymised_at is not None:
                raise Refused(QCoreApplication.translate(
                    "Rights", "This record was anonymised: there is nothing left to hold."))
            if _active_hold(s, person_id) is not None:
                raise Refused(QCoreApplication.translate("Rights", "A legal hold already stands on this record."))
            hold = LegalHold(person_id=person_id, reason=reason, placed_by=self.identity.username,
                             placed_at=utcnow())
            s.add(hold)
            s.flush()
            row = _hold_row(hold, staff_names(s))
        self.db.changes.publish(Change.of(PERSON, person_id))
        return row

    def release_hold(self, person_id: uuid.UUID, *, reason: str = "") -> None:
        require(self.identity.role, Action.PLACE_LEGAL_HOLD)
        with self.db.session(self.identity.username) as s:
            hold = _active_hold(s, person_id)
            if hold is None:
                raise Refused(QCoreApplication.translate("Rights", "No legal hold stands on this record."))
            hold.released_by = self.identity.username
            hold.released_at = utcnow()
            hold.release_reason = reason.strip()
        self.db.changes.publish(Change.of(PERSON, person_id))

    # -- erasure on request ------------------------------------------------------------------------
    def erase(self, person_id: uuid.UUID, *, reason: str) -> Anonymised:
        """Anonymise the person now, at their request."""
        require(self.identity.role, Action.ERASE_ON_REQUEST)
        reason = reason.strip()
        if not reason:
            raise Refused(QCoreApplication.translate(
                "Rights", "Say why the record is erased (for example: the person asked on 12.03.2026)."))
        with self.db.session(self.identity.username) as s:
            person = self._live(s, person_id)
            if person.anonymised_at is not None:
                raise Refused(fill(QCoreApplication.translate(
                    "Rights", "This record was anonymised on %1 already."), _local_date(person.anonymised_at)))
            hold = _active_hold(s, person_id)
            if hold is not None:
                staff = staff_names(s)
                raise Refused(fill(QCoreApplication.translate(
                    "Rights", "A legal hold keeps this record whole: %1 (placed by %2 on %3). A director must "
                    "release it before the record can be erased."), hold.reason,
                    staff.get(hold.placed_by, hold.placed_by), _local_date(hold.placed_at)))
            volunteer = s.execute(select(Volunteer.number).where(Volunteer.person_id == person_id,
                                                                 Volunteer.deleted.is_(False))).scalar()
            if volunteer is not None:
                raise Refused(fill(QCoreApplication.translate(
                    "Rights", "This person is also volunteer %1, whose record reads their name from this one. "
                    "Ask the coordinator to remove the volunteer first."), volunteer))
            counts = anonymise_people(s, [person_id], now=utcnow())
            record_audit(s, "person.erase", record_type="person", record_id=person_id, reason=reason)
            purge_entry(s, kind="request", actor=self.identity.username, people=1, counts=counts)
        after_anonymising(self.db, [person_id], self.index)
        return Anonymised(1, dict(counts))

    # -- everything held ---------------------------------------------------------------------
    def everything_held(self, person_id: uuid.UUID, *, lang: str, today: dt.date | None = None) -> SubjectAccessData:
        """What the subject-access page says, every value in ``lang``. Call it
        inside ``Database.snapshot()`` so the page is one moment's record."""
        require(self.identity.role, Action.SUBJECT_ACCESS)
        today = today or dt.date.today()
        with self.db.read() as s:
            return _Gatherer(s, lang, self.identity, self.db).gather(person_id, today)


class _Gatherer:
    """Words one person's whole record in one language."""

    def __init__(self, s: Session, lang: str, identity: Identity, db: Database):
        self.s, self.lang, self.identity, self.db = s, lang, identity, db
        self.staff = staff_names(s)
        # Health flags and notes are sealed: the director opens them with their
        # own health key, or is told that their account does not hold it yet.
        self.health = HealthFields(db, identity.health_key)

    def w(self, key: str) -> str:
        return translate(self.lang, CONTEXT, WORDS[key])

    def vocab(self, table: dict[str, str], code: str) -> str:
        source = table.get(code)
        return translate(self.lang, "Vocab", source) if source else code

    def referral_word(self, table: dict[str, str], code: str) -> str:
        source = table.get(code)
        return translate(self.lang, "Referrals", source) if source else code

    def who(self, username: str) -> str:
        return self.staff.get(username, username)

    def country(self, code: str) -> str:
        return vocab.country_name(code, self.lang) if code else ""

    def live(self, model, person_id: uuid.UUID, order=None):
        query = select(model).where(model.person_id == person_id, model.deleted.is_(False))
        return self.s.execute(query.order_by(order if order is not None else model.created_at)).scalars().all()

    def gather(self, person_id: uuid.UUID, today: dt.date) -> SubjectAccessData:
        s = self.s
        p = s.get(Person, person_id)
        if p is not None and p.deleted and p.merged_into_id:
            p = s.get(Person, p.merged_into_id)
        if p is None or p.deleted:
            raise NotFound(QCoreApplication.translate("Visitors", "This visitor's record no longer exists."))
        merged = self._merged(p.id)
        record_ids = {p.id, *merged.values()}
        branch = s.execute(select(Branch).where(Branch.is_local.is_(True))).scalar_one_or_none()
        branch_name = branch.name if branch else ""
        name = " ".join(x for x in (p.family_name, p.given_name, p.patronymic) if x) or p.latin_name
        hold = _active_hold(s, p.id)
        referrals = self.live(Referral, p.id)
        sections = [self._person(p, sorted(merged), hold), self._languages(p.id), self._documents(p.id),
                    self._household(p.id), self._consents(p.id), self._health(p.id),
                    Section(self.w("notes"), text=p.notes), self._visits(p.id), self._referrals(referrals),
                    self._referral_history(referrals), self._letters(referrals),
                    self._viewings(record_ids), self._changes(p.id, record_ids, referrals),
                    self._keeping(p, hold, today)]
        intro = fill(self.w("intro"), branch_name, _date(today), self.identity.display_name)
        return SubjectAccessData(self.lang, branch_name, p.number, name or p.number, today, intro, tuple(sections))

    def _merged(self, person_id: uuid.UUID) -> dict[str, uuid.UUID]:
        out: dict[str, uuid.UUID] = {}
        frontier = [person_id]
        while frontier:
            rows = self.s.execute(select(Person.number, Person.id).where(Person.merged_into_id.in_(frontier))).all()
            frontier = [rid for number, rid in rows if number not in out]
            out.update({number: rid for number, rid in rows})
        return out

    def _person(self, p: Person, merged: list[str], hold: LegalHold | None) -> Section:
        born = _date(p.birth_date) if p.birth_date else (fill(self.w("about"), p.birth_year) if p.birth_year else "")
        lines = [("number", p.number), ("family_name", p.family_name), ("given_name", p.given_name),
                 ("patronymic", p.patronymic), ("latin_name", p.latin_name),
                 ("sex", self.vocab(vocab.SEXES, p.sex) if p.sex else ""), ("birth", born),
                 ("citizenship", self.country(p.citizenship)),
                 ("country_of_origin", self.country(p.country_of_origin)),
                 ("arrival_date", _date(p.arrival_date)),
                 ("migration_status", self.vocab(vocab.MIGRATION_STATUSES, p.migration_status)
                  if p.migration_status else ""),
                 ("phone", p.phone), ("address", p.address), ("registered", _local_date(p.created_at))]
        if merged:
            lines.append(("merged", ", ".join(merged)))
        if p.anonymised_at is not None:
            lines.append(("anonymised", _local_date(p.anonymised_at)))
        if hold is not None:
            lines.append(("hold", fill(self.w("hold_text"), self.who(hold.placed_by), _local_date(hold.placed_at),
                                       hold.reason)))
        return Section(self.w("person"), lines=tuple((self.w(k), v) for k, v in lines))

    def _languages(self, person_id: uuid.UUID) -> Section:
        rows = tuple((vocab.LANGUAGES.get(x.language, x.language),
                      self.vocab(vocab.PROFICIENCY, x.proficiency) if x.proficiency else "",
                      self.w("yes") if x.interpreter_needed else self.w("no"))
                     for x in self.live(PersonLanguage, person_id))
        return Section(self.w("languages"), table=Table(
            (self.w("language"), self.w("proficiency"), self.w("interpreter")), rows, (0, 0.3, 0.3)))

    def _documents(self, person_id: uuid.UUID) -> Section:
        rows = tuple((self.vocab(vocab.DOCUMENT_TYPES, d.doc_type), d.number, d.issuer, _date(d.expiry))
                     for d in self.live(IdentityDocument, person_id))
        return Section(self.w("documents"), table=Table(
            (self.w("doc_type"), self.w("doc_number"), self.w("issuer"), self.w("expiry")), rows,
            (0.25, 0.2, 0, 0.15)))

    def _household(self, person_id: uuid.UUID) -> Section:
        rows = []
        for h in self.live(HouseholdMember, person_id):
            name = h.name
            if h.member_id is not None:
                member = self.s.get(Person, h.member_id)
                if member is not None:
                    name = f"{name} ({member.number})" if name else member.number
            rows.append((self.vocab(vocab.RELATIONS, h.relation), name, str(h.birth_year or "")))
        return Section(self.w("household"), table=Table(
            (self.w("relation"), self.w("name"), self.w("birth_year")), tuple(rows), (0.25, 0, 0.2)))

    def _consents(self, person_id: uuid.UUID) -> Section:
        rows = tuple((self.vocab(vocab.CONSENT_PURPOSES, c.purpose),
                      self.w("given") if c.given else self.w("withdrawn"), _date(c.on_date), self.who(c.recorded_by))
                     for c in self.live(Consent, person_id))
        return Section(self.w("consents"), table=Table(
            (self.w("purpose"), self.w("answer"), self.w("date"), self.w("recorded_by")), rows, (0, 0.14, 0.14, 0.22)))

    def _health(self, person_id: uuid.UUID) -> Section:
        rows = tuple((self.vocab(vocab.HEALTH_FLAGS, self.health.open(h.id, "flag", h.flag)),
                      self.health.open(h.id, "note", h.note), _local_date(h.created_at),
                      self.w("current") if h.active else self.w("past"))
                     for h in self.live(HealthFlag, person_id))
        return Section(self.w("health"), table=Table(
            (self.w("flag"), self.w("note"), self.w("date"), self.w("state")), rows, (0.25, 0, 0.14, 0.14)))

    def _visits(self, person_id: uuid.UUID) -> Section:
        rows = tuple((_local_time(v.visited_at),
                      ", ".join(self.vocab(vocab.NEEDS, c) for c in v.needs.split(",") if c),
                      ", ".join(self.vocab(vocab.SERVICES, c) for c in v.services.split(",") if c),
                      self.who(v.staff), v.notes)
                     for v in self.live(Visit, person_id, Visit.visited_at))
        return Section(self.w("visits"), table=Table(
            (self.w("when"), self.w("needs"), self.w("services"), self.w("staff"), self.w("notes")), rows,
            (0.17, 0.2, 0.2, 0.15, 0)))

    def _provider(self, provider_id: uuid.UUID) -> str:
        provider = self.s.get(ServiceProvider, provider_id)
        if provider is None:
            return ""
        names = {"kk": provider.name_kk, "ru": provider.name_ru, "en": provider.name_en}
        return names[self.lang] or provider.name_en or provider.name_ru or provider.name_kk

    def _referrals(self, referrals: list[Referral]) -> Section:
        facts = set(FACTS)
        rows = []
        for r in referrals:
            shared = ", ".join(translate(self.lang, "Referrals", FACTS[code])
                               for code in r.disclose.split(",") if code in facts)
            rows.append((_local_date(r.created_at), self.referral_word(CATEGORIES, r.service),
                         self._provider(r.provider_id), self.referral_word(PRIORITIES, r.priority),
                         self.referral_word(STATUSES, r.status), shared,
                         "\n".join(x for x in (r.reason, r.outcome) if x)))
        return Section(self.w("referrals"), table=Table(
            (self.w("made_on"), self.w("service"), self.w("provider"), self.w("priority"), self.w("status"),
             self.w("shared"), self.w("reason")), tuple(rows), (0.11, 0.13, 0.17, 0.12, 0.12, 0.15, 0)))

    def _referral_history(self, referrals: list[Referral]) -> Section:
        labels = {r.id: r.letter_number or _local_date(r.created_at) for r in referrals}
        rows = []
        if referrals:
            for e in self.s.execute(select(ReferralEvent).where(
                    ReferralEvent.referral_id.in_(list(labels)), ReferralEvent.deleted.is_(False))
                    .order_by(ReferralEvent.at)).scalars():
                rows.append((_local_time(e.at), labels[e.referral_id], self.referral_word(STATUSES, e.status),
                             self.who(e.actor), e.note))
        return Section(self.w("referral_history"), table=Table(
            (self.w("when"), self.w("referral"), self.w("status"), self.w("by"), self.w("note")), tuple(rows),
            (0.16, 0.2, 0.14, 0.18, 0)))

    def _letters(self, referrals: list[Referral]) -> Section:
        rows = tuple((r.letter_number, _local_date(r.issued_at), self.who(r.issued_by), self._provider(r.provider_id),
                      translate_count(self.lang, CONTEXT, "%n time(s)", r.copies_printed))
                     for r in referrals if r.letter_number)
        return Section(self.w("letters"), table=Table(
            (self.w("letter_number"), self.w("issued_on"), self.w("issued_by"), self.w("provider"), self.w("copies")),
            rows, (0.2, 0.13, 0.2, 0, 0.14)))

    def _viewings(self, record_ids: set[uuid.UUID]) -> Section:
        ids = [str(i) for i in record_ids]
        rows = []
        for e in self.s.execute(select(AuditEvent).where(AuditEvent.action.in_(VIEWINGS),
                                                         AuditEvent.record_id.in_(ids)).order_by(AuditEvent.seq)
                                ).scalars():
            try:
                detail = json.loads(e.detail)
            except ValueError:
                detail = {}
            if e.action == "health.view":
                what = "viewed_everything" if detail.get("via") == SUBJECT_ACCESS else "viewed_health"
            elif e.action == "volunteer.person_lookup":
                what = "looked_up"
            elif detail.get("kind") == SUBJECT_ACCESS:
                what = "printed_everything" if e.action == "document.print" else "saved_everything"
            else:
                continue  # another document about the person (none names restricted data)
            rows.append((_local_time(e.at), self.who(e.actor), self.w(what)))
        return Section(self.w("viewings"), table=Table((self.w("when"), self.w("who"), self.w("what")),
                                                       tuple(rows), (0.18, 0.3, 0)),
                       empty=self.w("viewings_text") + " " + self.w("nothing"))

    def _changes(self, person_id: uuid.UUID, record_ids: set[uuid.UUID], referrals: list[Referral]) -> Section:
        ids = set(record_ids)
        for model in (IdentityDocument, PersonLanguage, HouseholdMember, Consent, HealthFlag, Visit, LegalHold):
            ids.update(self.s.execute(select(model.id).where(model.person_id == person_id)).scalars())
        ids.update(r.id for r in referrals)
        names = [str(i) for i in ids]
        rows = []
        for start in range(0, len(names), 500):
            for e in self.s.execute(select(AuditEvent).where(AuditEvent.record_id.in_(names[start:start + 500]),
                                                             AuditEvent.record_type.in_(list(RECORDS)))
                                    .order_by(AuditEvent.seq)).scalars():
                kind, _, operation = e.action.rpartition(".")
                if kind not in RECORDS or operation not in OPERATIONS:
                    continue
                fields = ""
                if kind == "person":
                    try:
                        codes = json.loads(e.detail).get("fields", [])
                    except (ValueError, AttributeError):
                        codes = []
                    shown = dict.fromkeys(_FIELD_WORDS.get(c, c) for c in codes)
                    fields = ", ".join(self.w(c) for c in shown if c in _FIELD_WORDS.values() or c in _PERSON_FIELDS)
                rows.append((e.seq, _local_time(e.at), self.who(e.actor),
                             translate(self.lang, CONTEXT, RECORDS[kind]),
                             translate(self.lang, CONTEXT, OPERATIONS[operation]), fields))
        rows.sort()
        return Section(self.w("changes"), table=Table(
            (self.w("when"), self.w("who"), self.w("what"), "", self.w("changed_fields")),
            tuple(r[1:] for r in rows), (0.16, 0.2, 0.22, 0.12, 0)))

    def _keeping(self, p: Person, hold: LegalHold | None, today: dt.date) -> Section:
        texts = []
        if self.s.execute(select(HqKeySet.version).limit(1)).first() is not None:
            texts.append(self.w("hq_copy"))
        if p.anonymised_at is not None:
            texts.append(self.w("anonymised_text"))
        elif hold is not None:
            texts.append(self.w("kept_held"))
        else:
            months = retention_months(self.db)
            last = last_activity(self.s, p.id) or today
            texts.append(fill(self.w("kept_until"), months, _date(due_on(last, months) - dt.timedelta(days=1))))
            texts.append(self.w("erase"))
        return Section(self.w("copies_title"), text="\n\n".join(texts))


