"""Visitors: registering, finding, and keeping the record of the people who
come to the desk."""
from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from desktop.models import (ChangeLog, Consent, User, HealthFlag, HouseholdMember, IdentityDocument, Person,
                            PersonLanguage, Referral, Visit, Volunteer, utcnow, uuid7)
from desktop.models.journal import record_audit

from . import limits, vocab
from .accounts import Identity
from .changes import PERSON, REFERRAL, VISIT, VOLUNTEER, Change
from ..errors import NotFound, Refused
from .health import HealthFields
from ..i18n import fill
from .names import fold_name, name_similarity, relative_key
from .numbering import next_number
from .permissions import Action, allowed, require
from .retention import refuse_if_anonymised
from .search import IndexRow, SearchHit, VisitorIndex, document_key, phone_key, same_phone
from .storage import Database

_BOOKKEEPING = {"version", "updated_at", "created_at", "name_key", "relative_key", "phone_key", "number_key"}
PHONE_CHARS = re.compile(r"^\+?[\d\s()\-]{5,24}$")
DOC_NUMBER = re.compile(r"^[0-9A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{4,20}$")


# -- what the form holds ------------------------------------------------------
@dataclass(frozen=True)
class DocumentIn:
    doc_type: str
    number: str
    issuer: str = ""
    expiry: dt.date | None = None
    record_id: uuid.UUID | None = None  # set when editing an existing document


@dataclass(frozen=True)
class LanguageIn:
    language: str
    proficiency: str = ""
    interpreter_needed: bool = False
    record_id: uuid.UUID | None = None


@dataclass(frozen=True)
class HouseholdIn:
    relation: str
    name: str = ""
    birth_year: int | None = None
    member_id: uuid.UUID | None = None
    record_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ConsentIn:
    purpose: str
    given: bool


@dataclass(frozen=True)
class HealthIn:
    flag: str
    note: str = ""
    record_id: uuid.UUID | None = None


@dataclass(frozen=True)
class NewVisitor:
    """Everything the registration form holds. Only a name and the sex or age
    are required: many walk-ins have no documents."""

    family_name: str = ""
    given_name: str = ""
    patronymic: str = ""
    latin_name: str = ""
    sex: str = ""
    birth_date: dt.date | None = None
    birth_year: int | None = None
    citizenship: str = ""
    country_of_origin: str = ""
    phone: str = ""
    address: str = ""
    arrival_date: dt.date | None = None
    migration_status: str = ""
    notes: str = ""
    languages: tuple[LanguageIn, ...] = ()
    documents: tuple[DocumentIn, ...] = ()
    household: tuple[HouseholdIn, ...] = ()
    consents: tuple[ConsentIn, ...] = ()
    # None: not touched (a role without the health-data permission never sends it).
    health: tuple[HealthIn, ...] | None = None


# -- what the services return ---------------------------------------------------
@dataclass(frozen=True)
class VisitorRow:
    person_id: uuid.UUID
    number: str
    family_name: str
    given_name: str
    patronymic: str
    latin_name: str
    sex: str
    birth_date: dt.date | None
    birth_year: int | None
    citizenship: str

    @property
    def full_name(self) -> str:
        return " ".join(x for x in (self.family_name, self.given_name, self.patronymic) if x) or self.latin_name


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str


class ValidationError(Refused):
    def __init__(self, errors: list[FieldError]):
        super().__init__("\n".join(e.message for e in errors))
        self.errors = errors


@dataclass(frozen=True)
class DuplicateCandidate:
    row: VisitorRow
    score: float
    matched: tuple[str, ...]  # name, birth_date, birth_year, citizenship, phone, document
    differs: tuple[str, ...] = ()  # known on both sides and not the same: birth_date, citizenship, document, sex


@dataclass(frozen=True)
class VisitRow:
    visit_id: uuid.UUID
    visited_at: dt.datetime
    staff: str
    needs: tuple[str, ...]
    services: tuple[str, ...]
    notes: str


@dataclass(frozen=True)
class HistoryRow:
    at: dt.datetime
    actor: str
    record_type: str
    operation: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class HealthRow:
    record_id: uuid.UUID
    flag: str
    note: str
    active: bool


@dataclass(frozen=True)
class ConsentRow:
    """A person's answer for one purpose: the latest record of it counts."""

    purpose: str
    given: bool
    on_date: dt.date
    wording_version: str  # the words they were told: vocab.consent_wording(purpose, version)
    recorded_by: str      # the staff member's name


@dataclass(frozen=True)
class PersonRecord:
    row: VisitorRow
    form: NewVisitor  # the record as the form shows it (health left out: see health_restricted)
    version: int
    visits: tuple[VisitRow, ...]
    history: tuple[HistoryRow, ...]
    has_health_data: bool
    health_restricted: bool  # the viewer may not see what it is
    merged_numbers: tuple[str, ...] = field(default=())
    consents: tuple[ConsentRow, ...] = field(default=())  # the current answer per purpose, with who and when
    # The viewer's role may see it, but their account does not hold the key yet.
    health_key_missing: bool = False
    anonymised_at: dt.datetime | None = None  # kept for the statistics only (services/retention.py)


def _row(p: Person | IndexRow) -> VisitorRow:
    sex = getattr(p, "sex", "")
    return VisitorRow(p.person_id if isinstance(p, IndexRow) else p.id, p.number, p.family_name,
                      p.given_name, p.patronymic, p.latin_name, sex, p.birth_date, p.birth_year,
                      p.citizenship)


# -- parsing and validation -------------------------------------------------------
def parse_date(text: str) -> dt.date | None:
    """YYYY-MM-DD or DD.MM.YYYY (also with / or -); '' gives None."""
    text = (text or "").strip()
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y", "%Y.%m.%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise Refused(fill(QCoreApplication.translate(
        "Visitors", "“%1” is not a date: write it as 31.12.1990 or 1990-12-31."), text))


def validate(new: NewVisitor, *, today: dt.date | None = None) -> list[FieldError]:
    today = today or dt.date.today()
    errors: list[FieldError] = []
    if not (new.family_name.strip() or new.given_name.strip() or new.latin_name.strip()):
        errors.append(FieldError("family_name", QCoreApplication.translate("Visitors", "Give at least one name.")))
    if new.sex not in ("", "F", "M"):
        errors.append(FieldError("sex", QCoreApplication.translate("Visitors", "Sex is female, male or not given.")))
    if not new.sex and new.birth_date is None and new.birth_year is None:
        errors.append(FieldError("sex", QCoreApplication.translate(
            "Visitors", "Give the sex or the age (a birth date or an estimated year of birth).")))
    if new.birth_date and not (dt.date(1900, 1, 1) <= new.birth_date <= today):
        errors.append(FieldError("birth_date", QCoreApplication.translate(
            "Visitors", "The birth date cannot be in the future or before 1900.")))
    if new.birth_year is not None and not (1900 <= new.birth_year <= today.year):
        errors.append(FieldError("birth_year", fill(QCoreApplication.translate(
            "Visitors", "The year of birth must be between 1900 and %1."), today.year)))
    if new.arrival_date and new.arrival_date > today:
        errors.append(FieldError("arrival_date", QCoreApplication.translate(
            "Visitors", "The arrival date cannot be in the future.")))
    if new.phone.strip():
        digits = phone_key(new.phone)
        if not PHONE_CHARS.match(new.phone.strip()) or not 7 <= len(digits) <= 15:
            errors.append(FieldError("phone", QCoreApplication.translate(
                "Visitors", "A phone number has 7 to 15 digits, e.g. +7 701 234 56 78.")))
    for code_field in ("citizenship", "country_of_origin"):
        code = getattr(new, code_field)
        if code and code.upper() not in vocab.COUNTRIES:
            errors.append(FieldError(code_field, fill(QCoreApplication.translate(
                "Visitors", "Unknown country code %1."), code)))
    if new.migration_status and new.migration_status not in vocab.MIGRATION_STATUSES:
        errors.append(FieldError("migration_status", "migration_status"))
    for i, doc in enumerate(new.documents):
        key = doc.number.upper().replace(" ", "").replace("-", "")
        if doc.doc_type not in vocab.DOCUMENT_TYPES:
            errors.append(FieldError(f"documents.{i}", fill(QCoreApplication.translate(
                "Visitors", "Unknown document type %1."), doc.doc_type)))
        if not DOC_NUMBER.match(key):
            errors.append(FieldError(f"documents.{i}", fill(QCoreApplication.translate(
                "Visitors", "Document number “%1”: 4 to 20 letters and digits."), doc.number)))
    for i, lang in enumerate(new.languages):
        if lang.language not in vocab.LANGUAGES or (lang.proficiency and lang.proficiency not in vocab.PROFICIENCY):
            errors.append(FieldError(f"languages.{i}", fill(QCoreApplication.translate(
                "Visitors", "Unknown language %1."), lang.language)))
    for i, member in enumerate(new.household):
        if member.relation not in vocab.RELATIONS or not (member.name.strip() or member.member_id):
            errors.append(FieldError(f"household.{i}", QCoreApplication.translate(
                "Visitors", "A household member needs a name and a relation.")))
    for c in new.consents:
        if c.purpose not in vocab.CONSENT_PURPOSES:
            errors.append(FieldError("consents", c.purpose))
    for h in new.health or ():
        if h.flag not in vocab.HEALTH_FLAGS:
            errors.append(FieldError("health", h.flag))
    errors += [FieldError("health" if name.startswith("health.") else name, message)
               for name, message in limits.too_long(new, limits.VISITOR)]
    return errors


_NAME_DIGITS = re.compile(r"\d+")


def name_digits(*names: str) -> tuple[str, ...]:
    """The numbers written in a name ("Неизвестный 2"), which folding leaves out."""
    return tuple(_NAME_DIGITS.findall(" ".join(names)))


def _same_date(a: dt.date, b: dt.date) -> bool:
    """Equal, or with day and month swapped (31.01 typed as 01.31 cannot
    happen, 05.01 as 01.05 does, between registers)."""
    return a == b or (a.year == b.year and a.month == b.day and a.day == b.month)


def _keys(new: NewVisitor) -> tuple[str, str]:
    native = " ".join(x.strip() for x in (new.family_name, new.given_name, new.patronymic) if x.strip())
    latin = new.latin_name.strip()
    keys = []
    for k in (fold_name(native), fold_name(latin)):
        if k and k not in keys:
            keys.append(k)
    return " | ".join(keys), relative_key(native or latin)


def person_values(new: NewVisitor, *, number: str) -> dict:
    """The columns of a new Person row from the form (no children, no checks)."""
    name_key, rel_key = _keys(new)
    return dict(number=number, family_name=new.family_name.strip(), given_name=new.given_name.strip(),
                patronymic=new.patronymic.strip(), latin_name=new.latin_name.strip(), sex=new.sex,
                birth_date=new.birth_date,
                birth_year=new.birth_year or (new.birth_date.year if new.birth_date else None),
                citizenship=new.citizenship.upper(), country_of_origin=new.country_of_origin.upper(),
                phone=new.phone.strip(), phone_key=phone_key(new.phone), address=new.address.strip(),
                arrival_date=new.arrival_date, migration_status=new.migration_status,
                notes=new.notes, name_key=name_key, relative_key=rel_key, merged_into_id=None)


def person_from(new: NewVisitor, *, number: str) -> Person:
    return Person(**person_values(new, number=number))


def _apply_scalars(p: Person, new: NewVisitor) -> None:
    fresh = person_values(new, number=p.number)
    for attr in ("family_name", "given_name", "patronymic", "latin_name", "sex", "birth_date", "birth_year",
                 "citizenship", "country_of_origin", "phone", "phone_key", "address", "arrival_date",
                 "migration_status", "notes", "name_key", "relative_key"):
        value = fresh[attr]
        if getattr(p, attr) != value:
            setattr(p, attr, value)



def current_consents(s, person_id: uuid.UUID, staff: dict[str, str] | None = None) -> dict[str, ConsentRow]:
    """The latest consent record per purpose (records are never edited: a
    changed answer is a new dated record)."""
    out: dict[str, ConsentRow] = {}
    for c in s.execute(select(Consent).where(Consent.person_id == person_id, Consent.deleted.is_(False))
                       .order_by(Consent.created_at, Consent.id)).scalars():
        who = (staff or {}).get(c.recorded_by, c.recorded_by)
        out[c.purpose] = ConsentRow(c.purpose, c.given, c.on_date, c.wording_version, who)
    return out


def _staff_names(s) -> dict[str, str]:
    """User name → the staff member's name, as the person's page shows who did what."""
    return dict(s.execute(select(User.username, User.display_name)).all())

class VisitorService:
    """One staff member's work with visitors. ``index`` is the shared search index."""

    def __init__(self, db: Database, identity: Identity, index: VisitorIndex | None = None):
        self.db = db
        self.identity = identity
        self.index = index
        # Restricted health fields are sealed with a key only some accounts hold.
        self.health = HealthFields(db, identity.health_key)

    def holds_health_key(self) -> bool:
        """Can this staff member open (and write) the restricted health fields?"""
        return allowed(self.identity.role, Action.VIEW_HEALTH_DATA) and self.health.can_open

    def _index(self) -> VisitorIndex:
        if self.index is None:
            self.index = VisitorIndex(self.db)
        if not self.index.loaded or self.index.stale:
            self.index.load()
            if self.index.worth_saving():
                # A command line run that had to read every visitor leaves the
                # prepared index behind, so the next one is ready at once.
                self.index.save_snapshot()
        return self.index

    # -- search -------------------------------------------------------------
    def search(self, text: str, *, limit: int = 50, sex: str = "") -> list[SearchHit]:
        """Visitors best first; ``sex`` (when known) puts those of that sex
        before others with as good a match."""
        require(self.identity.role, Action.VIEW_VISITORS)
        return self._index().search(text, limit=limit, sex=sex)

    def find_duplicates(self, new: NewVisitor, *, exclude: uuid.UUID | None = None,
                        limit: int = 8) -> list[DuplicateCandidate]:
        """People who may be the one being registered, best first, each with
        the fields that matched and those that disagree. A person decides: a
        different document number may be a renewed passport or a namesake."""
        require(self.identity.role, Action.VIEW_VISITORS)
        index = self._index()
        query_keys = [k for k in _keys(new)[0].split(" | ") if k]
        digits = name_digits(new.family_name, new.given_name, new.patronymic, new.latin_name)
        year = new.birth_year or (new.birth_date.year if new.birth_date else None)
        pool: dict[uuid.UUID, IndexRow] = {
            row.person_id: row for row in index.duplicate_candidates(query_keys, birth=new.birth_date, year=year,
                                                                     sex=new.sex)}
        phone = phone_key(new.phone)
        if len(phone) >= 7:
            for hit in index.search(phone, limit=10):
                if hit.matched == "phone" and same_phone(hit.row.phone_key, phone):
                    pool[hit.row.person_id] = hit.row
        doc_keys = {document_key(d.number) for d in new.documents if d.number.strip()}
        for key in doc_keys:
            for hit in index.search(key, limit=10):
                if hit.matched == "document":
                    pool[hit.row.person_id] = hit.row
        pool.pop(exclude, None)
        person_docs = self._document_keys(list(pool)) if doc_keys else {}
        out: list[DuplicateCandidate] = []
        for row in pool.values():
            score = max((name_similarity(q, k) for q in query_keys for k in row.keys), default=0.0)
            if digits != name_digits(row.family_name, row.given_name, row.patronymic, row.latin_name):
                # Folding drops digits, but "Unknown 1" and "Unknown 2" are two people.
                score = 0.0
            matched, differs = [], []
            if score >= 85:
                matched.append("name")
            both_dated = bool(new.birth_date and row.birth_date)
            if both_dated and _same_date(new.birth_date, row.birth_date):
                matched.append("birth_date")
            elif not both_dated and year and row.birth_year == year:
                # One side knows only the year (an estimated age): the year is all we can compare.
                matched.append("birth_year")
            elif both_dated:
                differs.append("birth_date")
            if new.citizenship and row.citizenship:
                (matched if row.citizenship == new.citizenship.upper() else differs).append("citizenship")
            if phone and same_phone(row.phone_key, phone):
                matched.append("phone")
            theirs = person_docs.get(row.person_id, set())
            if doc_keys & theirs:
                matched.append("document")
            elif doc_keys and theirs:
                differs.append("document")
            if new.sex and row.sex and new.sex != row.sex:
                differs.append("sex")
            strong = {"phone", "document"} & set(matched)
            born_same = {"birth_date", "birth_year"} & set(matched)
            contradicts = "birth_date" in differs or bool(
                year and row.birth_year and abs(row.birth_year - year) > 2)
            unknown_age = not year or not row.birth_year
            if (strong or (score >= 85 and not contradicts and (born_same or unknown_age))
                    # Spelt rather differently, but born the same day in the same country.
                    or (score >= 70 and "birth_date" in matched and "citizenship" in matched)):
                out.append(DuplicateCandidate(_row(row), score, tuple(matched), tuple(differs)))
        out.sort(key=lambda c: (-((len(c.matched) - len(c.differs)) * 100 + c.score), c.row.number))
        return out[:limit]

    def _document_keys(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, set[str]]:
        out: dict[uuid.UUID, set[str]] = {}
        if not ids:
            return out
        with self.db.read() as s:
            for pid, key in s.execute(select(IdentityDocument.person_id, IdentityDocument.number_key).where(
                    IdentityDocument.person_id.in_(ids), IdentityDocument.deleted.is_(False))):
                out.setdefault(pid, set()).add(key)
        return out

    # -- registering and editing -----------------------------------------------------
    def register(self, new: NewVisitor, *, duplicates_shown: tuple[str, ...] = ()) -> VisitorRow:
        """Save a new person. ``duplicates_shown``: the numbers of the candidates
        the receptionist saw and chose not to open (audited)."""
        require(self.identity.role, Action.REGISTER_VISITOR)
        if new.health and not allowed(self.identity.role, Action.EDIT_HEALTH_DATA):
            require(self.identity.role, Action.EDIT_HEALTH_DATA)
        if new.health:
            self.health.require_key()
        new = limits.cleaned(new, limits.VISITOR)
        errors = validate(new)
        if errors:
            raise ValidationError(errors)
        with self.db.session(self.identity.username) as s:
            person = person_from(new, number=next_number(s, kind="person", year=dt.date.today().year))
            s.add(person)
            s.flush()
            self._sync_children(s, person.id, new, fresh=True)
            if duplicates_shown:
                record_audit(s, "person.duplicate_override", record_type="person", record_id=person.id,
                             candidates=list(duplicates_shown))
            row = _row(person)
        if self.index is not None and self.index.loaded:
            # As written, without reading the person back.
            self.index.add_new(person, [document_key(d.number) for d in new.documents])
        self.db.changes.publish(Change.of(PERSON, row.person_id))
        return row

    def chose_existing(self, person_id: uuid.UUID, *, candidates: tuple[str, ...]) -> None:
        """The receptionist opened an existing record instead of registering again."""
        require(self.identity.role, Action.VIEW_VISITORS)
        with self.db.session(self.identity.username) as s:
            record_audit(s, "person.duplicate_opened", record_type="person", record_id=person_id,
                         candidates=list(candidates))

    def update(self, person_id: uuid.UUID, new: NewVisitor, *, expected_version: int) -> VisitorRow:
        require(self.identity.role, Action.EDIT_VISITOR)
        if new.health is not None:
            require(self.identity.role, Action.EDIT_HEALTH_DATA)
            self.health.require_key()
        new = limits.cleaned(new, limits.VISITOR)
        errors = validate(new)
        if errors:
            raise ValidationError(errors)
        with self.db.session(self.identity.username) as s:
            person = self._live(s, person_id)
            if person.version != expected_version:
                raise Refused(QCoreApplication.translate(
                    "Visitors", "Someone else changed this record meanwhile. Open it again to see their change."))
            _apply_scalars(person, new)
            self._sync_children(s, person.id, new)
            row = _row(person)
        if self.index is not None and self.index.loaded:
            self.index.upsert([person_id])
        self.db.changes.publish(Change.of(PERSON, person_id))
        return row

    def _live(self, s, person_id: uuid.UUID) -> Person:
        person = s.get(Person, person_id)
        if person is None or person.deleted:
            raise NotFound(QCoreApplication.translate("Visitors", "This visitor's record no longer exists."))
        refuse_if_anonymised(person)
        return person

    def _sync_children(self, s, person_id: uuid.UUID, new: NewVisitor, *, fresh: bool = False) -> None:
        """Bring the person's documents, languages, household, health flags and
        consents to what the form holds. ``fresh``: the person was just created,
        so there is nothing stored to compare with."""
        def sync(model, items, make, update_fields):
            existing = {} if fresh else {r.id: r for r in s.execute(select(model).where(
                model.person_id == person_id, model.deleted.is_(False))).scalars()}
            keep = set()
            for item in items:
                if item.record_id and item.record_id in existing:
                    rec = existing[item.record_id]
                    keep.add(rec.id)
                    for attr, value in update_fields(item).items():
                        if getattr(rec, attr) != value:
                            setattr(rec, attr, value)
                else:
                    s.add(make(item))
            for rid, rec in existing.items():
                if rid not in keep:
                    rec.deleted = True

        sync(IdentityDocument, new.documents,
             lambda d: IdentityDocument(person_id=person_id, doc_type=d.doc_type, number=d.number.strip(),
                                        number_key=document_key(d.number), issuer=d.issuer.strip(), expiry=d.expiry),
             lambda d: dict(doc_type=d.doc_type, number=d.number.strip(), number_key=document_key(d.number),
                            issuer=d.issuer.strip(), expiry=d.expiry))
        sync(PersonLanguage, new.languages,
             lambda x: PersonLanguage(person_id=person_id, language=x.language, proficiency=x.proficiency,
                                      interpreter_needed=x.interpreter_needed),
             lambda x: dict(language=x.language, proficiency=x.proficiency, interpreter_needed=x.interpreter_needed))
        sync(HouseholdMember, new.household,
             lambda h: HouseholdMember(person_id=person_id, relation=h.relation, name=h.name.strip(),
                                       birth_year=h.birth_year, member_id=h.member_id),
             lambda h: dict(relation=h.relation, name=h.name.strip(), birth_year=h.birth_year, member_id=h.member_id))
        if new.health is not None:
            self._sync_health(s, person_id, new.health)
        # Consents are never edited in place: a change is a new dated record,
        # so the history of what the person agreed to stays.
        current = {} if fresh else current_consents(s, person_id)
        for c in new.consents:
            if c.purpose not in current or current[c.purpose].given != c.given:
                self._add_consent(s, person_id, c.purpose, c.given)

    def _add_consent(self, s, person_id: uuid.UUID, purpose: str, given: bool) -> None:
        s.add(Consent(person_id=person_id, purpose=purpose, given=given, on_date=dt.date.today(),
                      wording_version=vocab.consent_version(purpose), recorded_by=self.identity.username))

    def record_consent(self, person_id: uuid.UUID, *, purpose: str, given: bool) -> ConsentRow:
        """The person's answer for one purpose after they were told its wording
        (the newest version), recorded with who asked and when, and audited.
        The same answer again changes nothing."""
        require(self.identity.role, Action.EDIT_VISITOR)
        if purpose not in vocab.CONSENT_PURPOSES:
            raise Refused(QCoreApplication.translate("Visitors", "Unknown purpose of consent %1."), purpose)
        with self.db.session(self.identity.username) as s:
            self._live(s, person_id)
            before = current_consents(s, person_id).get(purpose)
            if before is None or before.given != given:
                self._add_consent(s, person_id, purpose, given)
                s.flush()
                record_audit(s, "consent.record", record_type="person", record_id=person_id, purpose=purpose,
                             given=given, version=vocab.consent_version(purpose))
            row = current_consents(s, person_id, _staff_names(s))[purpose]
        if before is None or before.given != given:
            self.db.changes.publish(Change.of(PERSON, person_id))
        return row

    def consent(self, person_id: uuid.UUID, purpose: str) -> ConsentRow | None:
        """The person's current answer for ``purpose`` (None: never asked)."""
        require(self.identity.role, Action.VIEW_VISITORS)
        with self.db.read() as s:
            return current_consents(s, person_id, _staff_names(s)).get(purpose)

    def _sync_health(self, s, person_id: uuid.UUID, items: tuple[HealthIn, ...]) -> None:
        """As ``sync`` above, on sealed fields: a field is sealed again only when
        its text changed (a new seal is new bytes every time, which would look
        like an edit in the change log and at HQ)."""
        existing = {r.id: r for r in s.execute(select(HealthFlag).where(
            HealthFlag.person_id == person_id, HealthFlag.deleted.is_(False))).scalars()}
        keep = set()
        for item in items:
            values = {"flag": item.flag, "note": item.note.strip()}
            rec = existing.get(item.record_id) if item.record_id else None
            if rec is None:
                record_id = uuid7()  # the seal names the record, so its id comes first
                s.add(HealthFlag(id=record_id, person_id=person_id, active=True,
                                 **{k: self.health.seal(record_id, k, v) for k, v in values.items()}))
                continue
            keep.add(rec.id)
            for name, value in values.items():
                if self.health.open(rec.id, name, getattr(rec, name)) != value:
                    setattr(rec, name, self.health.seal(rec.id, name, value))
        for rid, rec in existing.items():
            if rid not in keep:
                rec.deleted = True

    # -- the person's page ---------------------------------------------------------
    def get_person(self, person_id: uuid.UUID) -> PersonRecord:
        require(self.identity.role, Action.VIEW_VISITORS)
        with self.db.read() as s:
            p = s.get(Person, person_id)
            if p is not None and p.deleted and p.merged_into_id:
                p = s.get(Person, p.merged_into_id)
            if p is None or p.deleted:
                raise NotFound(QCoreApplication.translate("Visitors", "This visitor's record no longer exists."))
            live = lambda model: s.execute(select(model).where(  # noqa: E731
                model.person_id == p.id, model.deleted.is_(False)).order_by(model.created_at)).scalars().all()
            docs = tuple(DocumentIn(d.doc_type, d.number, d.issuer, d.expiry, d.id) for d in live(IdentityDocument))
            langs = tuple(LanguageIn(x.language, x.proficiency, x.interpreter_needed, x.id) for x in live(PersonLanguage))
            household = tuple(HouseholdIn(h.relation, h.name, h.birth_year, h.member_id, h.id) for h in live(HouseholdMember))
            staff = _staff_names(s)
            consent_rows = tuple(current_consents(s, p.id, staff).values())
            consents = tuple(ConsentIn(c.purpose, c.given) for c in consent_rows)
            has_health = bool(s.execute(select(HealthFlag.id).where(
                HealthFlag.person_id == p.id, HealthFlag.deleted.is_(False), HealthFlag.active.is_(True)).limit(1)).first())
            visits = tuple(VisitRow(v.id, v.visited_at, staff.get(v.staff, v.staff), tuple(filter(None, v.needs.split(","))),
                                    tuple(filter(None, v.services.split(","))), v.notes)
                           for v in s.execute(select(Visit).where(Visit.person_id == p.id, Visit.deleted.is_(False))
                                              .order_by(Visit.visited_at.desc())).scalars())
            merged = tuple(s.execute(select(Person.number).where(Person.merged_into_id == p.id)).scalars())
            form = NewVisitor(p.family_name, p.given_name, p.patronymic, p.latin_name, p.sex, p.birth_date,
                              p.birth_year, p.citizenship, p.country_of_origin, p.phone, p.address, p.arrival_date,
                              p.migration_status, p.notes, langs, docs, household, consents, None)
            history = self._history(s, p.id, staff)
            may_see = allowed(self.identity.role, Action.VIEW_HEALTH_DATA)
            page = PersonRecord(_row(p), form, p.version, visits, history, has_health, not may_see, merged,
                                consent_rows, health_key_missing=may_see and not self.health.can_open,
                                anonymised_at=p.anonymised_at)
        return page

    def _history(self, s, person_id: uuid.UUID, staff: dict[str, str]) -> tuple[HistoryRow, ...]:
        """Who changed what, when: consecutive change-log snapshots of the person
        and their records, compared. Health records name no fields. Who is the
        staff member's name; a user name not known here (HQ's, another
        branch's) stays as it is."""
        ids = [person_id]
        for model in (IdentityDocument, PersonLanguage, HouseholdMember, Consent, HealthFlag, Visit):
            ids.extend(s.execute(select(model.id).where(model.person_id == person_id)).scalars())
        previous: dict[uuid.UUID, dict] = {}
        out = []
        for c in s.execute(select(ChangeLog).where(ChangeLog.record_id.in_(ids)).order_by(ChangeLog.seq)).scalars():
            snap = json.loads(c.row)
            before = previous.get(c.record_id)
            fields: tuple[str, ...] = ()
            if before is not None and c.record_type != "health_flag":
                fields = tuple(sorted(k for k, v in snap.items()
                                      if k not in _BOOKKEEPING and before.get(k) != v))
            previous[c.record_id] = snap
            out.append(HistoryRow(c.at, staff.get(c.actor, c.actor), c.record_type, c.operation, fields))
        out.reverse()
        return tuple(out)

    # -- restricted health data -------------------------------------------------------
    def view_health(self, person_id: uuid.UUID) -> list[HealthRow]:
        """The health flags; only for roles with the permission, and every viewing is audited."""
        require(self.identity.role, Action.VIEW_HEALTH_DATA)
        self.health.require_key()
        with self.db.session(self.identity.username) as s:
            rows = [HealthRow(h.id, self.health.open(h.id, "flag", h.flag), self.health.open(h.id, "note", h.note),
                              h.active) for h in s.execute(
                select(HealthFlag).where(HealthFlag.person_id == person_id, HealthFlag.deleted.is_(False))
                .order_by(HealthFlag.created_at)).scalars()]
            record_audit(s, "health.view", record_type="person", record_id=person_id)
        return rows

    # -- visits -------------------------------------------------------------------------
    def log_visit(self, person_id: uuid.UUID, *, needs: tuple[str, ...] = (), services: tuple[str, ...] = (),
                  notes: str = "", at: dt.datetime | None = None) -> VisitRow:
        require(self.identity.role, Action.LOG_VISIT)
        unknown = [n for n in needs if n not in vocab.NEEDS] + [x for x in services if x not in vocab.SERVICES]
        if unknown:
            raise Refused(fill(QCoreApplication.translate("Visitors", "Unknown need or service: %1"), ", ".join(unknown)))
        notes = limits.checked_text(notes, limits.VISIT["notes"])
        with self.db.session(self.identity.username) as s:
            self._live(s, person_id)
            v = Visit(person_id=person_id, visited_at=at or utcnow(), staff=self.identity.username,
                      needs=",".join(needs), services=",".join(services), notes=notes.strip())
            s.add(v)
            s.flush()
            row = VisitRow(v.id, v.visited_at, self.identity.display_name, tuple(needs), tuple(services), v.notes)
        if self.index is not None and self.index.loaded:
            self.index.touch(person_id, row.visited_at)
        self.db.changes.publish(Change.of(VISIT, row.visit_id, person=person_id))
        return row

    # -- merging --------------------------------------------------------------------------
    def merge(self, keep_id: uuid.UUID, merge_id: uuid.UUID) -> VisitorRow:
        """Move everything of ``merge_id`` to ``keep_id``; the merged record stays
        as a tombstone whose number still finds the person."""
        require(self.identity.role, Action.MERGE_VISITORS)
        if keep_id == merge_id:
            raise Refused(QCoreApplication.translate("Visitors", "Choose two different records to merge."))
        with self.db.session(self.identity.username) as s:
            keep, gone = self._live(s, keep_id), self._live(s, merge_id)
            moved = 0
            # Everything that points at the person moves, a volunteer's link too.
            kinds = {Visit: VISIT, Referral: REFERRAL, Volunteer: VOLUNTEER}
            change = Change.of(PERSON, keep_id, merge_id)
            for model in (IdentityDocument, PersonLanguage, HouseholdMember, Consent, HealthFlag, Visit, Referral,
                          Volunteer):
                for rec in s.execute(select(model).where(model.person_id == merge_id)).scalars():
                    rec.person_id = keep_id
                    moved += 1
                    if model in kinds:
                        change |= Change.of(kinds[model], rec.id)
            for attr in ("latin_name", "birth_date", "citizenship", "country_of_origin", "phone", "address",
                         "arrival_date", "migration_status"):
                if not getattr(keep, attr) and getattr(gone, attr):
                    setattr(keep, attr, getattr(gone, attr))
            keep.phone_key = phone_key(keep.phone)
            if gone.notes:
                keep.notes = (keep.notes + "\n" + gone.notes).strip()
            gone.deleted = True
            gone.merged_into_id = keep_id
            record_audit(s, "person.merge", record_type="person", record_id=keep_id,
                         merged=gone.number, merged_id=str(merge_id), moved=moved)
            row = _row(keep)
        if self.index is not None and self.index.loaded:
            self.index.upsert([keep_id, merge_id])
        self.db.changes.publish(change)
        return row
