"""The volunteer register: who volunteers, what they can do, when they can come.

A volunteer may have been a visitor first. Then the one person record is
linked, and only the name, birth date, phone and languages are ever read from
it: never visits, referrals, health flags or notes (the coordinator does not
see case histories).
"""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from sqlalchemy import select

from desktop.models import (Person, PersonLanguage, Volunteer, VolunteerAvailability, VolunteerBlock,
                            VolunteerLanguage, VolunteerTraining)
from desktop.models.journal import record_audit

from . import limits, vocab
from .accounts import Identity
from .changes import VOLUNTEER, Change
from ..errors import NotFound, Refused
from ..i18n import fill
from .names import fold_name
from .numbering import local_branch_code, next_number
from .permissions import Action, require
from .search import phone_key
from .shift_rules import Certificate, VolunteerFacts, Window
from .storage import Database
from .visitors import PHONE_CHARS, FieldError, ValidationError

# pyside6-lupdate reads translate("Context", "text"); the short name keeps lines short.
translate = QCoreApplication.translate

SKILLS = {
    "interpreting": QT_TRANSLATE_NOOP("Volunteers", "Interpreting"),
    "first_aid": QT_TRANSLATE_NOOP("Volunteers", "First aid"),
    "psychosocial": QT_TRANSLATE_NOOP("Volunteers", "Psychosocial support"),
    "registration": QT_TRANSLATE_NOOP("Volunteers", "Registration desk"),
    "distribution": QT_TRANSLATE_NOOP("Volunteers", "Distribution of aid"),
    "childcare": QT_TRANSLATE_NOOP("Volunteers", "Child-friendly space"),
    "driving": QT_TRANSLATE_NOOP("Volunteers", "Driving"),
    "cooking": QT_TRANSLATE_NOOP("Volunteers", "Cooking"),
    "logistics": QT_TRANSLATE_NOOP("Volunteers", "Warehouse and logistics"),
    "it_support": QT_TRANSLATE_NOOP("Volunteers", "Computers and phones"),
    "family_links": QT_TRANSLATE_NOOP("Volunteers", "Restoring family links"),
}

#: Trainings and certificates. A shift need of kind "skill" whose code is one
#: of these asks for a certificate valid on the shift's date.
TRAININGS = {
    "first_aid": QT_TRANSLATE_NOOP("Volunteers", "First aid certificate"),
    "psychological_first_aid": QT_TRANSLATE_NOOP("Volunteers", "Psychological first aid"),
    "safeguarding": QT_TRANSLATE_NOOP("Volunteers", "Child safeguarding"),
    "rcrc_induction": QT_TRANSLATE_NOOP("Volunteers", "Red Crescent induction"),
    "driving_licence": QT_TRANSLATE_NOOP("Volunteers", "Driving licence"),
    "food_hygiene": QT_TRANSLATE_NOOP("Volunteers", "Food hygiene"),
    "family_links": QT_TRANSLATE_NOOP("Volunteers", "Restoring family links training"),
}
TRAINING_KINDS = frozenset(TRAININGS)

STATUSES = {
    "active": QT_TRANSLATE_NOOP("Volunteers", "Active"),
    "paused": QT_TRANSLATE_NOOP("Volunteers", "Paused"),
    "left": QT_TRANSLATE_NOOP("Volunteers", "Left"),
}

PROFICIENCY = {
    "basic": QT_TRANSLATE_NOOP("Volunteers", "Basic"),
    "working": QT_TRANSLATE_NOOP("Volunteers", "Working"),
    "fluent": QT_TRANSLATE_NOOP("Volunteers", "Fluent"),
}
# A visitor's proficiency (vocab.PROFICIENCY) read as a volunteer's.
_FROM_VISITOR = {"native": "fluent", "good": "working", "basic": "basic"}

EXPIRY_WARNING_DAYS = 30


def label(table: dict, code: str) -> str:
    """The translated label of a code of SKILLS, TRAININGS, STATUSES or PROFICIENCY."""
    text = table.get(code)
    return translate("Volunteers", text) if text else code


# -- what the form holds ------------------------------------------------------
@dataclass(frozen=True)
class VolunteerLanguageIn:
    language: str  # a code of vocab.LANGUAGES
    proficiency: str = "working"  # basic | working | fluent


@dataclass(frozen=True)
class TrainingIn:
    kind: str  # a code of TRAININGS
    completed_on: dt.date | None = None
    expires_on: dt.date | None = None


@dataclass(frozen=True)
class AvailabilityIn:
    """A weekly window. ``ends`` of 00:00 means midnight at the end of the day."""

    weekday: int  # 0 Monday … 6 Sunday
    starts: dt.time
    ends: dt.time


@dataclass(frozen=True)
class BlockIn:
    starts_on: dt.date
    ends_on: dt.date
    note: str = ""


@dataclass(frozen=True)
class VolunteerIn:
    """Everything the volunteer form holds. With ``person_id`` (a former
    visitor), names, birth date and phone left empty are read from that
    person's record; a phone given here is the volunteer's own."""

    person_id: uuid.UUID | None = None
    family_name: str = ""
    given_name: str = ""
    latin_name: str = ""
    birth_date: dt.date | None = None
    phone: str = ""
    emergency_name: str = ""
    emergency_phone: str = ""
    status: str = "active"
    consent_given: bool = False
    consent_date: dt.date | None = None
    skills: tuple[str, ...] = ()
    languages: tuple[VolunteerLanguageIn, ...] = ()
    trainings: tuple[TrainingIn, ...] = ()
    availability: tuple[AvailabilityIn, ...] = ()
    blocked: tuple[BlockIn, ...] = ()
    notes: str = ""
    # F, M or "" (not given); a former visitor's is read from their record when empty.
    sex: str = ""


# -- what the service returns ----------------------------------------------------
@dataclass(frozen=True)
class VolunteerRow:
    volunteer_id: uuid.UUID
    number: str
    person_id: uuid.UUID | None
    family_name: str
    given_name: str
    latin_name: str
    birth_date: dt.date | None
    phone: str
    status: str
    skills: tuple[str, ...]
    languages: tuple[tuple[str, str], ...]  # (code, proficiency)
    consent_given: bool
    version: int

    @property
    def full_name(self) -> str:
        return " ".join(x for x in (self.family_name, self.given_name) if x) or self.latin_name

    @property
    def former_visitor(self) -> bool:
        return self.person_id is not None


@dataclass(frozen=True)
class VolunteerRecord:
    row: VolunteerRow
    form: VolunteerIn  # the record as the form shows it (a linked person's fields left empty)
    version: int


@dataclass(frozen=True)
class PersonSummary:
    """What the register may read of a visitor who becomes a volunteer."""

    person_id: uuid.UUID
    number: str
    family_name: str
    given_name: str
    latin_name: str
    birth_date: dt.date | None
    phone: str
    languages: tuple[VolunteerLanguageIn, ...]


@dataclass(frozen=True)
class ExpiringCertificate:
    volunteer_id: uuid.UUID
    number: str
    name: str
    kind: str
    expires_on: dt.date
    expired: bool  # already past (still shown, so it is renewed)


# -- reading many at once (the shift service uses these too) ---------------------------
@dataclass(frozen=True)
class _Identity:
    family_name: str
    given_name: str
    latin_name: str
    birth_date: dt.date | None
    phone: str


def _people(s, person_ids: Collection[uuid.UUID]) -> dict[uuid.UUID, Person]:
    """The linked person records (following a merge to the surviving record);
    only the columns the register may read are used."""
    if not person_ids:
        return {}
    found = {p.id: p for p in s.execute(select(Person).where(Person.id.in_(list(person_ids)))).scalars()}
    merged = {pid: p.merged_into_id for pid, p in found.items() if p.deleted and p.merged_into_id}
    if merged:
        survivors = {p.id: p for p in s.execute(select(Person).where(Person.id.in_(list(merged.values())))).scalars()}
        for pid, target in merged.items():
            if target in survivors:
                found[pid] = survivors[target]
    return found


def _identity(v: Volunteer, person: Person | None) -> _Identity:
    if person is None:
        return _Identity(v.family_name, v.given_name, v.latin_name, v.birth_date, v.phone)
    return _Identity(v.family_name or person.family_name, v.given_name or person.given_name,
                     v.latin_name or person.latin_name, v.birth_date or person.birth_date, v.phone or person.phone)


def identities(s, volunteers: Collection[Volunteer]) -> dict[uuid.UUID, _Identity]:
    people = _people(s, {v.person_id for v in volunteers if v.person_id})
    return {v.id: _identity(v, people.get(v.person_id)) for v in volunteers}


def display_name(ident: _Identity) -> str:
    return " ".join(x for x in (ident.family_name, ident.given_name) if x) or ident.latin_name


def matching(text: str) -> Callable[[str, _Identity | VolunteerRow], bool] | None:
    """Whether a volunteer (their number, and a record with their names and
    phone) is found by ``text``: any spelling of the name, the number, or four
    digits or more of the phone. ``None`` for an empty text, which finds everyone."""
    needle = text.strip()
    if not needle:
        return None
    key, digits = fold_name(needle), phone_key(needle)

    def hit(number: str, who: _Identity | VolunteerRow) -> bool:
        return (needle.casefold() in number.casefold()
                or bool(key and key in fold_name(f"{who.family_name} {who.given_name}"))
                or bool(key and key in fold_name(who.latin_name))
                or (len(digits) >= 4 and digits in phone_key(who.phone)))
    return hit


def load_facts(s, volunteer_ids: Collection[uuid.UUID] | None = None) -> dict[uuid.UUID, VolunteerFacts]:
    """What the shift rules need of each volunteer, in five queries whatever
    their number. ``None``: every volunteer who has not left."""
    q = select(Volunteer).where(Volunteer.deleted.is_(False))
    if volunteer_ids is None:
        q = q.where(Volunteer.status != "left")
    else:
        if not volunteer_ids:
            return {}
        q = q.where(Volunteer.id.in_(list(volunteer_ids)))
    volunteers = s.execute(q).scalars().all()
    ids = [v.id for v in volunteers]
    if not ids:
        return {}

    def children(model, *columns):
        out: dict[uuid.UUID, list] = {}
        q = select(model.volunteer_id, *columns).where(model.deleted.is_(False))
        if volunteer_ids is not None:
            q = q.where(model.volunteer_id.in_(ids))
        for vid, *rest in s.execute(q):
            out.setdefault(vid, []).append(tuple(rest))
        return out

    langs = children(VolunteerLanguage, VolunteerLanguage.language, VolunteerLanguage.proficiency)
    certs = children(VolunteerTraining, VolunteerTraining.kind, VolunteerTraining.completed_on,
                     VolunteerTraining.expires_on)
    windows = children(VolunteerAvailability, VolunteerAvailability.weekday, VolunteerAvailability.from_minute,
                       VolunteerAvailability.to_minute)
    blocks = children(VolunteerBlock, VolunteerBlock.starts_on, VolunteerBlock.ends_on)
    idents = identities(s, volunteers)
    return {v.id: VolunteerFacts(
        volunteer_id=v.id, name=display_name(idents[v.id]), active=v.status == "active",
        birth_date=idents[v.id].birth_date, skills=frozenset(filter(None, v.skills.split(","))),
        languages=tuple(sorted(langs.get(v.id, ()))),
        certificates=tuple(Certificate(*c) for c in certs.get(v.id, ())),
        availability=tuple(Window(*w) for w in windows.get(v.id, ())),
        blocked=tuple(blocks.get(v.id, ())), number=v.number) for v in volunteers}


# -- validation ----------------------------------------------------------------------
def _minute(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def _to_minute(t: dt.time) -> int:
    return _minute(t) or 1440


def _time(minute: int) -> dt.time:
    return dt.time() if minute >= 1440 else dt.time(minute // 60, minute % 60)


def validate(new: VolunteerIn, *, today: dt.date | None = None) -> list[FieldError]:
    today = today or dt.date.today()
    errors: list[FieldError] = []
    if new.person_id is None and not (new.family_name.strip() or new.given_name.strip() or new.latin_name.strip()):
        errors.append(FieldError("family_name", translate("Volunteers", "Give at least one name.")))
    if new.sex not in ("", "F", "M"):
        errors.append(FieldError("sex", translate("Volunteers", "Sex is F, M or not given.")))
    if new.status not in STATUSES:
        errors.append(FieldError("status", fill(translate("Volunteers", "Unknown status %1."), new.status)))
    if new.birth_date and not (dt.date(1900, 1, 1) <= new.birth_date <= today):
        errors.append(FieldError("birth_date", translate(
            "Volunteers", "The birth date cannot be in the future or before 1900.")))
    for name, value in (("phone", new.phone), ("emergency_phone", new.emergency_phone)):
        if value.strip() and (not PHONE_CHARS.match(value.strip()) or not 7 <= len(phone_key(value)) <= 15):
            errors.append(FieldError(name, translate(
                "Volunteers", "A phone number has 7 to 15 digits, e.g. +7 701 234 56 78.")))
    if new.consent_given and new.consent_date and new.consent_date > today:
        errors.append(FieldError("consent_date", translate("Volunteers", "The consent date cannot be in the future.")))
    unknown = [s for s in new.skills if s not in SKILLS]
    if unknown:
        errors.append(FieldError("skills", fill(translate("Volunteers", "Unknown skill %1."), ", ".join(unknown))))
    for i, lang in enumerate(new.languages):
        if lang.language not in vocab.LANGUAGES or lang.proficiency not in PROFICIENCY:
            errors.append(FieldError(f"languages.{i}", fill(translate("Volunteers", "Unknown language %1."), lang.language)))
    for i, t in enumerate(new.trainings):
        if t.kind not in TRAININGS:
            errors.append(FieldError(f"trainings.{i}", fill(translate("Volunteers", "Unknown training %1."), t.kind)))
        elif t.completed_on and t.expires_on and t.expires_on < t.completed_on:
            errors.append(FieldError(f"trainings.{i}", fill(translate(
                "Volunteers", "%1: the certificate cannot expire before it was obtained."), label(TRAININGS, t.kind))))
    for i, w in enumerate(new.availability):
        if not 0 <= w.weekday <= 6 or _minute(w.starts) >= _to_minute(w.ends):
            errors.append(FieldError(f"availability.{i}", translate(
                "Volunteers", "An available time needs a day of the week and a start before its end.")))
    for i, b in enumerate(new.blocked):
        if b.ends_on < b.starts_on:
            errors.append(FieldError(f"blocked.{i}", translate("Volunteers", "A period cannot end before it starts.")))
    errors += [FieldError(name, message) for name, message in limits.too_long(new, limits.VOLUNTEER)]
    return errors


def _row(v: Volunteer, ident: _Identity, langs: tuple[tuple[str, str], ...]) -> VolunteerRow:
    return VolunteerRow(v.id, v.number, v.person_id, ident.family_name, ident.given_name, ident.latin_name,
                        ident.birth_date, ident.phone, v.status, tuple(filter(None, v.skills.split(","))),
                        langs, v.consent_given, v.version)


class VolunteerService:
    """The coordinator's register (the director may read it; the desk may not)."""

    def __init__(self, db: Database, identity: Identity):
        self.db = db
        self.identity = identity

    # -- reading -------------------------------------------------------------------
    def list(self, *, status: str | None = None, text: str = "") -> list[VolunteerRow]:
        """Volunteers by name; ``text`` matches any spelling of the name, the number or the phone."""
        require(self.identity.role, Action.VIEW_VOLUNTEERS)
        with self.db.read() as s:
            q = select(Volunteer).where(Volunteer.deleted.is_(False))
            if status:
                q = q.where(Volunteer.status == status)
            volunteers = s.execute(q).scalars().all()
            idents = identities(s, volunteers)
            langs: dict[uuid.UUID, list[tuple[str, str]]] = {}
            for vid, code, level in s.execute(select(VolunteerLanguage.volunteer_id, VolunteerLanguage.language,
                                                     VolunteerLanguage.proficiency)
                                              .where(VolunteerLanguage.deleted.is_(False))):
                langs.setdefault(vid, []).append((code, level))
        rows = [_row(v, idents[v.id], tuple(sorted(langs.get(v.id, ())))) for v in volunteers]
        hit = matching(text)
        if hit is not None:
            rows = [r for r in rows if hit(r.number, r)]
        rows.sort(key=lambda r: (r.full_name.casefold(), r.number))
        return rows

    def get(self, volunteer_id: uuid.UUID) -> VolunteerRecord:
        require(self.identity.role, Action.VIEW_VOLUNTEERS)
        with self.db.read() as s:
            v = self._live(s, volunteer_id)
            live = lambda model: s.execute(select(model).where(  # noqa: E731
                model.volunteer_id == v.id, model.deleted.is_(False)).order_by(model.created_at)).scalars().all()
            langs = tuple(VolunteerLanguageIn(x.language, x.proficiency) for x in live(VolunteerLanguage))
            trainings = tuple(TrainingIn(t.kind, t.completed_on, t.expires_on) for t in live(VolunteerTraining))
            windows = tuple(AvailabilityIn(w.weekday, _time(w.from_minute), _time(w.to_minute))
                            for w in sorted(live(VolunteerAvailability), key=lambda w: (w.weekday, w.from_minute)))
            blocks = tuple(BlockIn(b.starts_on, b.ends_on, b.note)
                           for b in sorted(live(VolunteerBlock), key=lambda b: b.starts_on))
            ident = identities(s, [v])[v.id]
            form = VolunteerIn(v.person_id, v.family_name, v.given_name, v.latin_name, v.birth_date, v.phone,
                               v.emergency_name, v.emergency_phone, v.status, v.consent_given, v.consent_date,
                               tuple(filter(None, v.skills.split(","))), langs, trainings, windows, blocks, v.notes,
                               sex=v.sex)
            row = _row(v, ident, tuple(sorted((x.language, x.proficiency) for x in langs)))
            return VolunteerRecord(row, form, v.version)

    def _live(self, s, volunteer_id: uuid.UUID) -> Volunteer:
        v = s.get(Volunteer, volunteer_id)
        if v is None or v.deleted:
            raise NotFound(translate("Volunteers", "This volunteer's record no longer exists."))
        return v

    def find_person(self, number: str, birth_date: dt.date) -> PersonSummary:
        """A visitor who is to become a volunteer, by the number and the birth
        date on their card: only name, birth date, phone and languages (audited).

        Registration numbers run in order, so the number alone would let anyone
        with this permission read visitor after visitor: the birth date shows
        the person is at hand. An unknown number and a wrong birth date get the
        same answer, which tells nothing of who is registered."""
        require(self.identity.role, Action.MANAGE_VOLUNTEERS)
        with self.db.session(self.identity.username) as s:
            person = s.execute(select(Person).where(Person.number == number.strip())).scalar_one_or_none()
            if person is not None and person.deleted and person.merged_into_id:
                person = s.get(Person, person.merged_into_id)
            if person is None or person.deleted or person.birth_date is None or person.birth_date != birth_date:
                raise NotFound(translate(
                    "Volunteers", "No visitor has this registration number and birth date. Check both on the card."))
            langs = tuple(VolunteerLanguageIn(lang, _FROM_VISITOR.get(level, "working")) for lang, level in s.execute(
                select(PersonLanguage.language, PersonLanguage.proficiency).where(
                    PersonLanguage.person_id == person.id, PersonLanguage.deleted.is_(False))))
            record_audit(s, "volunteer.person_lookup", record_type="person", record_id=person.id)
            return PersonSummary(person.id, person.number, person.family_name, person.given_name,
                                 person.latin_name, person.birth_date, person.phone, langs)

    def expiring_certificates(self, *, within_days: int = EXPIRY_WARNING_DAYS,
                              today: dt.date | None = None) -> list[ExpiringCertificate]:
        """Certificates of volunteers who have not left that expire within
        ``within_days`` (or have expired and were not renewed), soonest first."""
        require(self.identity.role, Action.VIEW_VOLUNTEERS)
        today = today or dt.date.today()
        with self.db.read() as s:
            rows = s.execute(select(VolunteerTraining, Volunteer).join(
                Volunteer, Volunteer.id == VolunteerTraining.volunteer_id).where(
                VolunteerTraining.deleted.is_(False), Volunteer.deleted.is_(False), Volunteer.status != "left",
                VolunteerTraining.expires_on.is_not(None),
                VolunteerTraining.expires_on <= today + dt.timedelta(days=within_days))).all()
            latest: dict[tuple[uuid.UUID, str], dt.date | None] = {}
            for vid, kind, expires in s.execute(select(VolunteerTraining.volunteer_id, VolunteerTraining.kind,
                                                       VolunteerTraining.expires_on)
                                                .where(VolunteerTraining.deleted.is_(False))):
                old = latest.get((vid, kind), dt.date.min)
                latest[(vid, kind)] = None if expires is None or old is None else max(old, expires)
            idents = identities(s, {v for _, v in rows})
        out = []
        for t, v in rows:
            if latest.get((v.id, t.kind)) != t.expires_on:
                continue  # renewed: a later certificate of the same kind
            out.append(ExpiringCertificate(v.id, v.number, display_name(idents[v.id]), t.kind, t.expires_on,
                                           t.expires_on < today))
        out.sort(key=lambda e: (e.expires_on, e.name))
        return out

    # -- writing -------------------------------------------------------------------
    def register(self, new: VolunteerIn) -> VolunteerRow:
        require(self.identity.role, Action.MANAGE_VOLUNTEERS)
        new = limits.cleaned(new, limits.VOLUNTEER)
        errors = validate(new)
        if errors:
            raise ValidationError(errors)
        with self.db.session(self.identity.username) as s:
            if new.person_id is not None:
                self._check_person(s, new.person_id)
            year = dt.date.today().year
            number = next_number(s, kind="volunteer", year=year, branch_code=f"{local_branch_code(s)}-V")
            v = Volunteer(number=number, **self._scalars(new))
            s.add(v)
            s.flush()
            self._sync_children(s, v.id, new)
            s.flush()
            row = _row(v, identities(s, [v])[v.id], tuple(sorted((x.language, x.proficiency) for x in new.languages)))
        return self._said(row)

    def update(self, volunteer_id: uuid.UUID, new: VolunteerIn, *, expected_version: int) -> VolunteerRow:
        require(self.identity.role, Action.MANAGE_VOLUNTEERS)
        new = limits.cleaned(new, limits.VOLUNTEER)
        errors = validate(new)
        if errors:
            raise ValidationError(errors)
        with self.db.session(self.identity.username) as s:
            v = self._live(s, volunteer_id)
            if v.version != expected_version:
                raise Refused(translate(
                    "Volunteers", "Someone else changed this volunteer meanwhile. Open the record again."))
            if new.person_id is not None and new.person_id != v.person_id:
                self._check_person(s, new.person_id)
            for attr, value in self._scalars(new).items():
                if getattr(v, attr) != value:
                    setattr(v, attr, value)
            self._sync_children(s, v.id, new)
            s.flush()
            row = _row(v, identities(s, [v])[v.id], tuple(sorted((x.language, x.proficiency) for x in new.languages)))
        return self._said(row)

    def set_status(self, volunteer_id: uuid.UUID, status: str) -> VolunteerRow:
        """Active, paused or left; a volunteer who left keeps their service record."""
        require(self.identity.role, Action.MANAGE_VOLUNTEERS)
        if status not in STATUSES:
            raise Refused(fill(translate("Volunteers", "Unknown status %1."), status))
        with self.db.session(self.identity.username) as s:
            v = self._live(s, volunteer_id)
            if v.status != status:
                v.status = status
            s.flush()
            langs = tuple(sorted((code, level) for code, level in s.execute(
                select(VolunteerLanguage.language, VolunteerLanguage.proficiency).where(
                    VolunteerLanguage.volunteer_id == v.id, VolunteerLanguage.deleted.is_(False)))))
            row = _row(v, identities(s, [v])[v.id], langs)
        return self._said(row)

    def _said(self, row: VolunteerRow) -> VolunteerRow:
        self.db.changes.publish(Change.of(VOLUNTEER, row.volunteer_id))
        return row

    @staticmethod
    def _check_person(s, person_id: uuid.UUID) -> None:
        person = s.get(Person, person_id)
        if person is None or person.deleted:
            raise NotFound(translate("Volunteers", "This visitor's record no longer exists."))
        # A record merged into this one is the same person too.
        same = [person_id, *s.execute(select(Person.id).where(Person.merged_into_id == person_id)).scalars()]
        taken = s.execute(select(Volunteer.number).where(Volunteer.person_id.in_(same),
                                                         Volunteer.deleted.is_(False))).first()
        if taken:
            raise Refused(fill(translate(
                "Volunteers", "This person is already registered as volunteer %1."), taken[0]))

    @staticmethod
    def _scalars(new: VolunteerIn) -> dict:
        return dict(person_id=new.person_id, family_name=new.family_name.strip(), given_name=new.given_name.strip(),
                    latin_name=new.latin_name.strip(), birth_date=new.birth_date, phone=new.phone.strip(),
                    emergency_name=new.emergency_name.strip(), emergency_phone=new.emergency_phone.strip(),
                    status=new.status, consent_given=new.consent_given,
                    consent_date=(new.consent_date or dt.date.today()) if new.consent_given else new.consent_date,
                    skills=",".join(dict.fromkeys(new.skills)), notes=new.notes, sex=new.sex)

    @staticmethod
    def _sync_children(s, volunteer_id: uuid.UUID, new: VolunteerIn) -> None:
        """Rows that stay the same are kept; others become tombstones and the
        new ones are added, so the change log holds only real changes."""
        def sync(model, wanted: list[dict]):
            existing = s.execute(select(model).where(model.volunteer_id == volunteer_id,
                                                     model.deleted.is_(False))).scalars().all()
            keys = list(wanted[0]) if wanted else []
            pending = list(wanted)
            for rec in existing:
                values = {k: getattr(rec, k) for k in keys} if keys else None
                if values in pending:
                    pending.remove(values)
                else:
                    rec.deleted = True
            for values in pending:
                s.add(model(volunteer_id=volunteer_id, **values))

        sync(VolunteerLanguage, [dict(language=x.language, proficiency=x.proficiency)
                                 for x in dict.fromkeys(new.languages)])
        sync(VolunteerTraining, [dict(kind=t.kind, completed_on=t.completed_on, expires_on=t.expires_on)
                                 for t in new.trainings])
        sync(VolunteerAvailability, [dict(weekday=w.weekday, from_minute=_minute(w.starts),
                                          to_minute=_to_minute(w.ends)) for w in new.availability])
        sync(VolunteerBlock, [dict(starts_on=b.starts_on, ends_on=b.ends_on, note=b.note.strip()) for b in new.blocked])
