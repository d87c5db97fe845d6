"""Referrals: the service directory, referrals followed to the end, and the
letters a director issues (documents.py prints them)."""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import uuid
from pathlib import Path
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from sqlalchemy import select

from desktop.models import (Branch, IdentityDocument, Person, PersonLanguage, Referral, ReferralEvent,
                            ServiceProvider, utcnow)
from desktop.models.journal import canonical_json, record_audit

from .accounts import Identity
from . import limits
from .changes import PROVIDER, REFERRAL, Change
from ..errors import ConsentMissing, NotFound, Refused
from ..i18n import fill
from .keys import signing_key
from .numbering import next_number
from .permissions import Action, require
from .retention import refuse_if_anonymised
from .storage import Database
from .visitors import ConsentRow, VisitorService, _staff_names, current_consents

CATEGORIES = {
    "tb_clinic": QT_TRANSLATE_NOOP("Referrals", "TB clinic"),
    "hiv_clinic": QT_TRANSLATE_NOOP("Referrals", "HIV / AIDS centre"),
    "legal_aid": QT_TRANSLATE_NOOP("Referrals", "Legal aid"),
    "shelter": QT_TRANSLATE_NOOP("Referrals", "Shelter"),
    "migration_centre": QT_TRANSLATE_NOOP("Referrals", "Migration service centre"),
    "psychosocial": QT_TRANSLATE_NOOP("Referrals", "Psychosocial support"),
    "family_links": QT_TRANSLATE_NOOP("Referrals", "Restoring family links"),
    "other": QT_TRANSLATE_NOOP("Referrals", "Other service"),
}

PRIORITIES = {
    "emergency": QT_TRANSLATE_NOOP("Referrals", "Emergency (24 hours)"),
    "urgent": QT_TRANSLATE_NOOP("Referrals", "Urgent (72 hours)"),
    "normal": QT_TRANSLATE_NOOP("Referrals", "Normal (2 weeks)"),
}
DUE_DAYS = {"emergency": 1, "urgent": 3, "normal": 14}

STATUSES = {
    "draft": QT_TRANSLATE_NOOP("Referrals", "Draft"),
    "issued": QT_TRANSLATE_NOOP("Referrals", "Issued"),
    "accepted": QT_TRANSLATE_NOOP("Referrals", "Accepted"),
    "declined": QT_TRANSLATE_NOOP("Referrals", "Declined"),
    "completed": QT_TRANSLATE_NOOP("Referrals", "Completed"),
    "no_show": QT_TRANSLATE_NOOP("Referrals", "Did not attend"),
    "cancelled": QT_TRANSLATE_NOOP("Referrals", "Cancelled"),
}

# draft → issued → accepted | declined (reason) → completed | no-show | cancelled
TRANSITIONS = {
    "draft": {"issued", "cancelled"},
    "issued": {"accepted", "declined", "no_show", "cancelled"},
    "accepted": {"completed", "no_show", "cancelled"},
    "declined": set(),
    "completed": set(),
    "no_show": set(),
    "cancelled": set(),
}

# What a letter may say about the person; each only with their consent.
FACTS = {
    "name": QT_TRANSLATE_NOOP("Referrals", "Name"),
    "birth_date": QT_TRANSLATE_NOOP("Referrals", "Date of birth"),
    "citizenship": QT_TRANSLATE_NOOP("Referrals", "Citizenship"),
    "phone": QT_TRANSLATE_NOOP("Referrals", "Phone"),
    "document": QT_TRANSLATE_NOOP("Referrals", "Identity document"),
    "address": QT_TRANSLATE_NOOP("Referrals", "Address"),
    "languages": QT_TRANSLATE_NOOP("Referrals", "Languages"),
}
DEFAULT_DISCLOSE = ("name", "birth_date")
CHECK_DOMAIN = b"qamqor-letter-v1\x00"
QR_PREFIX = "QMQ1"


@dataclass(frozen=True)
class ProviderRow:
    provider_id: uuid.UUID
    name_kk: str
    name_ru: str
    name_en: str
    category: str
    address: str
    phone: str
    languages: tuple[str, ...]
    cost: str
    hours: str
    capacity: int | None
    last_verified: dt.date | None
    active: bool

    def name(self, lang: str) -> str:
        return {"kk": self.name_kk, "ru": self.name_ru}.get(lang) or self.name_en or self.name_ru or self.name_kk


@dataclass(frozen=True)
class ProviderIn:
    name_kk: str
    name_ru: str
    name_en: str
    category: str
    address: str = ""
    phone: str = ""
    languages: tuple[str, ...] = ()
    cost: str = ""
    hours: str = ""
    capacity: int | None = None
    last_verified: dt.date | None = None
    active: bool = True


@dataclass(frozen=True)
class ReferralIn:
    person_id: uuid.UUID
    provider_id: uuid.UUID
    service: str
    priority: str = "normal"
    reason: str = ""
    disclose: tuple[str, ...] = DEFAULT_DISCLOSE
    follow_up_date: dt.date | None = None


@dataclass(frozen=True)
class ReferralEventRow:
    status: str
    at: dt.datetime
    actor: str
    note: str


@dataclass(frozen=True)
class ReferralRow:
    referral_id: uuid.UUID
    person_id: uuid.UUID
    person_number: str
    person_name: str
    provider_id: uuid.UUID
    provider_name: str
    service: str
    priority: str
    due_date: dt.date
    status: str
    letter_number: str | None
    reason: str
    disclose: tuple[str, ...]
    follow_up_date: dt.date | None
    outcome: str
    issued_at: dt.datetime | None
    version: int
    events: tuple[ReferralEventRow, ...] = ()
    provider_names: tuple[str, str, str] = ("", "", "")  # Kazakh, Russian, English, as the directory has them

    def provider_in(self, lang: str) -> str:
        """The provider's name in ``lang`` (another of its names when it has none in it)."""
        kk, ru, en = self.provider_names
        return {"kk": kk, "ru": ru}.get(lang) or en or ru or kk or self.provider_name


@dataclass(frozen=True)
class Verification:
    genuine: bool
    letter_number: str = ""
    issued_on: dt.date | None = None
    provider: str = ""
    service: str = ""
    status: str = ""


def label(table: dict, code: str) -> str:
    text = table.get(code)
    return QCoreApplication.translate("Referrals", text) if text else code


def _provider_row(p: ServiceProvider) -> ProviderRow:
    return ProviderRow(p.id, p.name_kk, p.name_ru, p.name_en, p.category, p.address, p.phone,
                       tuple(filter(None, p.languages.split(","))), p.cost, p.hours, p.capacity,
                       p.last_verified, p.active)


def _check_code(key, letter_number: str, fingerprint: str) -> str:
    """The first 10 bytes (80 bits) of the branch's Ed25519 signature over the
    letter number and its content fingerprint, in base32. Ed25519 signatures are
    deterministic (RFC 8032), so the branch checks a code by signing again."""
    sig = key.sign(CHECK_DOMAIN + letter_number.encode() + b"\x00" + fingerprint.encode())
    return base64.b32encode(sig[:10]).decode("ascii")


def qr_payload(letter_number: str, check_code: str) -> str:
    return f"{QR_PREFIX}:{letter_number}:{check_code}"


SHARING = "referral_sharing"


def require_sharing_consent(s, person: Person) -> None:
    """A letter gives a provider the person's details: only while their
    latest answer to sharing them on referral is yes. The message names the
    registration number, never the person."""
    answer = current_consents(s, person.id).get(SHARING)
    if answer is None:
        raise ConsentMissing(QCoreApplication.translate(
            "Referrals", "Person %1 has not agreed to share their details with services on referral. Ask them, "
            "and record their answer first."), person.number, person_id=person.id, purpose=SHARING)
    if not answer.given:
        raise ConsentMissing(QCoreApplication.translate(
            "Referrals", "Person %1 withdrew their consent to share their details with services on referral "
            "(%2). A referral needs it: ask them again, and record their answer first."),
            person.number, answer.on_date.strftime("%d.%m.%Y"), person_id=person.id, purpose=SHARING)


class ReferralService:
    def __init__(self, db: Database, identity: Identity):
        self.db = db
        self.identity = identity

    def _said(self, row: ReferralRow) -> ReferralRow:
        """Tell the windows the referral changed; its person's page lists it."""
        self.db.changes.publish(Change.of(REFERRAL, row.referral_id, person=row.person_id))
        return row

    # -- directory ----------------------------------------------------------
    def providers(self, *, category: str | None = None, include_inactive: bool = False) -> list[ProviderRow]:
        require(self.identity.role, Action.VIEW_REFERRALS)
        with self.db.read() as s:
            q = select(ServiceProvider).where(ServiceProvider.deleted.is_(False))
            if category:
                q = q.where(ServiceProvider.category == category)
            if not include_inactive:
                q = q.where(ServiceProvider.active.is_(True))
            return [_provider_row(p) for p in s.execute(q.order_by(ServiceProvider.category,
                                                                   ServiceProvider.name_en)).scalars()]

    def _check_provider(self, new: ProviderIn) -> ProviderIn:
        new = limits.cleaned(new, limits.PROVIDER)
        limits.refuse_too_long(new, limits.PROVIDER)
        if new.category not in CATEGORIES:
            raise Refused(fill(QCoreApplication.translate("Referrals", "Unknown service category %1."), new.category))
        if not (new.name_kk.strip() or new.name_ru.strip() or new.name_en.strip()):
            raise Refused(QCoreApplication.translate("Referrals", "Give the provider a name in at least one language."))
        if new.capacity is not None and new.capacity < 0:
            raise Refused(QCoreApplication.translate("Referrals", "Capacity cannot be negative."))
        return new

    def save_provider(self, new: ProviderIn, *, provider_id: uuid.UUID | None = None) -> ProviderRow:
        require(self.identity.role, Action.MANAGE_PROVIDERS)
        new = self._check_provider(new)
        values = dict(new.__dict__, languages=",".join(new.languages))
        with self.db.session(self.identity.username) as s:
            if provider_id is None:
                p = ServiceProvider(**values)
                s.add(p)
            else:
                p = s.get(ServiceProvider, provider_id)
                if p is None or p.deleted:
                    raise NotFound(QCoreApplication.translate("Referrals", "This provider no longer exists."))
                for k, v in values.items():
                    if getattr(p, k) != v:
                        setattr(p, k, v)
            s.flush()
            row = _provider_row(p)
        self.db.changes.publish(Change.of(PROVIDER, row.provider_id))
        return row

    # -- referrals ----------------------------------------------------------
    def sharing_consent(self, person_id: uuid.UUID) -> ConsentRow | None:
        """The person's current answer to sharing their details on referral (None: never asked)."""
        require(self.identity.role, Action.VIEW_REFERRALS)
        with self.db.read() as s:
            return current_consents(s, person_id, _staff_names(s)).get(SHARING)

    def record_sharing_consent(self, person_id: uuid.UUID, *, given: bool) -> ConsentRow:
        """The person's answer, asked at the referral, to sharing their details:
        recorded as on their page (who, when, the wording's version; audited)."""
        return VisitorService(self.db, self.identity).record_consent(person_id, purpose=SHARING, given=given)

    def create(self, new: ReferralIn) -> ReferralRow:
        """A draft referral (caseworker or director)."""
        require(self.identity.role, Action.MAKE_REFERRAL)
        new = self._check(new)
        with self.db.session(self.identity.username) as s:
            person = s.get(Person, new.person_id)
            provider = s.get(ServiceProvider, new.provider_id)
            if person is None or person.deleted or provider is None or provider.deleted:
                raise NotFound(QCoreApplication.translate("Referrals", "The person or the provider no longer exists."))
            refuse_if_anonymised(person)
            require_sharing_consent(s, person)
            r = Referral(person_id=new.person_id, provider_id=new.provider_id, service=new.service,
                         priority=new.priority, reason=new.reason.strip(), disclose=",".join(new.disclose),
                         due_date=dt.date.today() + dt.timedelta(days=DUE_DAYS[new.priority]),
                         follow_up_date=new.follow_up_date, status="draft", created_by=self.identity.username)
            s.add(r)
            s.flush()
            s.add(ReferralEvent(referral_id=r.id, status="draft", at=utcnow(), actor=self.identity.username))
            s.flush()
            row = self._row(s, r)
        return self._said(row)

    def _check(self, new: ReferralIn) -> ReferralIn:
        new = limits.cleaned(new, limits.REFERRAL)
        limits.refuse_too_long(new, limits.REFERRAL)
        if new.service not in CATEGORIES:
            raise Refused(fill(QCoreApplication.translate("Referrals", "Unknown service category %1."), new.service))
        if new.priority not in PRIORITIES:
            raise Refused(fill(QCoreApplication.translate("Referrals", "Unknown priority %1."), new.priority))
        unknown = [f for f in new.disclose if f not in FACTS]
        if unknown:
            raise Refused(fill(QCoreApplication.translate("Referrals", "Unknown fact %1."), ", ".join(unknown)))
        if "name" not in new.disclose:
            raise Refused(QCoreApplication.translate(
                "Referrals", "A letter must at least name the person; ask for their consent to share the name."))
        return new

    def update_draft(self, referral_id: uuid.UUID, new: ReferralIn, *, expected_version: int) -> ReferralRow:
        require(self.identity.role, Action.MAKE_REFERRAL)
        new = self._check(new)
        with self.db.session(self.identity.username) as s:
            r = self._changeable(s, referral_id)
            if r.status != "draft":
                raise Refused(QCoreApplication.translate("Referrals", "Only a draft can be changed; this letter is issued."))
            if r.version != expected_version:
                raise Refused(QCoreApplication.translate(
                    "Referrals", "Someone else changed this referral meanwhile. Open it again."))
            for k, v in dict(provider_id=new.provider_id, service=new.service, priority=new.priority,
                             reason=new.reason.strip(), disclose=",".join(new.disclose),
                             due_date=dt.date.today() + dt.timedelta(days=DUE_DAYS[new.priority]),
                             follow_up_date=new.follow_up_date).items():
                if getattr(r, k) != v:
                    setattr(r, k, v)
            s.flush()
            row = self._row(s, r)
        return self._said(row)

    def _get(self, s, referral_id: uuid.UUID) -> Referral:
        r = s.get(Referral, referral_id)
        if r is None or r.deleted:
            raise NotFound(QCoreApplication.translate("Referrals", "This referral no longer exists."))
        return r

    def _changeable(self, s, referral_id: uuid.UUID) -> Referral:
        """A referral to change: not one of an anonymised person's."""
        r = self._get(s, referral_id)
        refuse_if_anonymised(s.get(Person, r.person_id))
        return r

    def set_status(self, referral_id: uuid.UUID, status: str, *, note: str = "", outcome: str | None = None,
                   follow_up_date: dt.date | None = None) -> ReferralRow:
        """Move a referral along; issuing has its own act (issue_letter)."""
        require(self.identity.role, Action.UPDATE_REFERRAL)
        if status == "issued":
            raise Refused(QCoreApplication.translate("Referrals", "A letter is issued by the director's own act."))
        note = limits.checked_text(note, limits.REFERRAL_NOTE)
        if outcome is not None:
            outcome = limits.checked_text(outcome, limits.REFERRAL_OUTCOME)
        with self.db.session(self.identity.username) as s:
            r = self._changeable(s, referral_id)
            self._move(s, r, status, note=note)
            if outcome is not None:
                r.outcome = outcome.strip()
            if follow_up_date is not None:
                r.follow_up_date = follow_up_date
            s.flush()
            row = self._row(s, r)
        return self._said(row)

    def _move(self, s, r: Referral, status: str, *, note: str) -> None:
        if status not in STATUSES:
            raise Refused(fill(QCoreApplication.translate("Referrals", "Unknown status %1."), status))
        if status not in TRANSITIONS[r.status]:
            raise Refused(fill(QCoreApplication.translate(
                "Referrals", "A referral that is “%1” cannot become “%2”."),
                label(STATUSES, r.status), label(STATUSES, status)))
        if status == "declined" and not note.strip():
            raise Refused(QCoreApplication.translate("Referrals", "Give the reason the provider declined."))
        r.status = status
        s.add(ReferralEvent(referral_id=r.id, status=status, at=utcnow(), actor=self.identity.username,
                            note=note.strip()))

    def record_follow_up(self, referral_id: uuid.UUID, *, follow_up_date: dt.date | None, outcome: str) -> ReferralRow:
        require(self.identity.role, Action.UPDATE_REFERRAL)
        outcome = limits.checked_text(outcome, limits.REFERRAL_OUTCOME)
        with self.db.session(self.identity.username) as s:
            r = self._changeable(s, referral_id)
            r.follow_up_date = follow_up_date
            r.outcome = outcome.strip()
            s.flush()
            row = self._row(s, r)
        return self._said(row)

    # -- letters ---------------------------------------------------------------
    def issue_letter(self, referral_id: uuid.UUID) -> ReferralRow:
        """The director's act: fix the letter number, freeze what the letter
        says, fingerprint it and sign it with the branch key."""
        require(self.identity.role, Action.ISSUE_LETTER)
        with self.db.session(self.identity.username) as s:
            r = self._changeable(s, referral_id)
            self._move(s, r, "issued", note="")
            require_sharing_consent(s, s.get(Person, r.person_id))
            now = utcnow()
            branch = s.execute(select(Branch).where(Branch.is_local.is_(True))).scalar_one()
            number = next_number(s, kind="letter", year=now.year)
            r.letter_number = number
            r.issued_at = now
            r.issued_by = self.identity.username
            r.due_date = now.date() + dt.timedelta(days=DUE_DAYS[r.priority])
            content = self._content(s, r, branch, now.date())
            r.letter_content = canonical_json(content)
            r.letter_fingerprint = hashlib.sha256(r.letter_content.encode("utf-8")).hexdigest()
            r.check_code = _check_code(signing_key(s), number, r.letter_fingerprint)
            record_audit(s, "letter.issue", record_type="referral", record_id=r.id, letter=number)
            s.flush()
            row = self._row(s, r)
        return self._said(row)

    def _content(self, s, r: Referral, branch: Branch, today: dt.date) -> dict:
        person = s.get(Person, r.person_id)
        provider = s.get(ServiceProvider, r.provider_id)
        facts = []
        for code in r.disclose.split(","):
            if code == "name":
                native = " ".join(x for x in (person.family_name, person.given_name, person.patronymic) if x)
                value = native + (f" ({person.latin_name})" if person.latin_name and native else person.latin_name)
            elif code == "birth_date":
                value = person.birth_date.strftime("%d.%m.%Y") if person.birth_date else (
                    f"≈ {person.birth_year}" if person.birth_year else "")
            elif code == "citizenship":
                value = person.citizenship
            elif code == "phone":
                value = person.phone
            elif code == "address":
                value = person.address
            elif code == "document":
                doc = s.execute(select(IdentityDocument).where(IdentityDocument.person_id == person.id,
                                                               IdentityDocument.deleted.is_(False))
                                .order_by(IdentityDocument.created_at)).scalars().first()
                value = f"{doc.doc_type}: {doc.number}" if doc else ""
            elif code == "languages":
                value = ",".join(x.language for x in s.execute(select(PersonLanguage).where(
                    PersonLanguage.person_id == person.id, PersonLanguage.deleted.is_(False))).scalars())
            else:
                continue
            if value:
                facts.append([code, value])
        return {
            "letter_number": r.letter_number, "issued_on": today.isoformat(), "branch_code": branch.code,
            "branch_name": branch.name, "signatory": self.identity.display_name, "priority": r.priority,
            "due_date": r.due_date.isoformat(), "service": r.service, "reason": r.reason,
            "provider": {"name_kk": provider.name_kk, "name_ru": provider.name_ru, "name_en": provider.name_en,
                         "address": provider.address, "phone": provider.phone},
            "facts": facts,
        }

    def verify(self, code: str) -> Verification:
        """Is this QR payload (or 'NUMBER CHECKCODE') from a genuine letter of this branch?"""
        require(self.identity.role, Action.VIEW_REFERRALS)
        text = code.strip()
        parts = text.split(":") if text.startswith(QR_PREFIX + ":") else [QR_PREFIX, *text.split()]
        if len(parts) != 3:
            return Verification(False)
        _, number, check = parts
        with self.db.read() as s:
            r = s.execute(select(Referral).where(Referral.letter_number == number.upper())).scalar_one_or_none()
            if r is None or not r.letter_fingerprint:
                return Verification(False, number)
            expected = _check_code(signing_key(s), r.letter_number, r.letter_fingerprint)
            # An erased person's letter keeps its fingerprint, not its text: the
            # code still proves the branch issued it.
            erased = not r.letter_content and s.get(Person, r.person_id).anonymised_at is not None
            same_text = erased or hashlib.sha256(r.letter_content.encode("utf-8")).hexdigest() == r.letter_fingerprint
            genuine = same_text and check.strip().upper() == expected
            provider = s.get(ServiceProvider, r.provider_id)
            return Verification(genuine, r.letter_number, r.issued_at.date() if r.issued_at else None,
                                _provider_row(provider).name("en"), r.service, r.status)

    # -- lists ------------------------------------------------------------------
    def _row(self, s, r: Referral, *, events: bool = True) -> ReferralRow:
        person = s.get(Person, r.person_id)
        provider = s.get(ServiceProvider, r.provider_id)
        evs = ()
        if events:
            evs = tuple(ReferralEventRow(e.status, e.at, e.actor, e.note) for e in s.execute(
                select(ReferralEvent).where(ReferralEvent.referral_id == r.id).order_by(ReferralEvent.at)).scalars())
        name = " ".join(x for x in (person.family_name, person.given_name, person.patronymic) if x) or person.latin_name
        return ReferralRow(r.id, person.id, person.number, name, provider.id, _provider_row(provider).name("en"),
                           r.service, r.priority, r.due_date, r.status, r.letter_number, r.reason,
                           tuple(filter(None, r.disclose.split(","))), r.follow_up_date, r.outcome, r.issued_at,
                           r.version, evs, (provider.name_kk, provider.name_ru, provider.name_en))

    def get(self, referral_id: uuid.UUID) -> ReferralRow:
        require(self.identity.role, Action.VIEW_REFERRALS)
        with self.db.read() as s:
            return self._row(s, self._get(s, referral_id))

    def list(self, *, status: str | None = None, view: str | None = None, person_id: uuid.UUID | None = None,
             today: dt.date | None = None) -> list[ReferralRow]:
        """``view``: drafts (waiting for a director to issue them, oldest first) |
        overdue | due_this_week | awaiting_feedback | issued_today | follow_up."""
        require(self.identity.role, Action.VIEW_REFERRALS)
        today = today or dt.date.today()
        open_states = ("issued", "accepted")
        with self.db.read() as s:
            q = select(Referral).where(Referral.deleted.is_(False))
            if status:
                q = q.where(Referral.status == status)
            if person_id:
                q = q.where(Referral.person_id == person_id)
            if view == "drafts":
                q = q.where(Referral.status == "draft")
                rows = s.execute(q.order_by(Referral.created_at)).scalars().all()
                return [self._row(s, r, events=False) for r in rows]
            if view == "overdue":
                q = q.where(Referral.status.in_(open_states), Referral.due_date < today)
            elif view == "due_this_week":
                q = q.where(Referral.status.in_(open_states), Referral.due_date >= today,
                            Referral.due_date <= today + dt.timedelta(days=6 - today.weekday()))
            elif view == "awaiting_feedback":
                q = q.where(Referral.status == "issued")
            elif view == "issued_today":
                start = dt.datetime.combine(today, dt.time(), dt.timezone.utc)
                q = q.where(Referral.issued_at >= start, Referral.issued_at < start + dt.timedelta(days=1))
            elif view == "follow_up":
                q = q.where(Referral.follow_up_date <= today, Referral.status.in_(open_states))
            rows = s.execute(q.order_by(Referral.due_date, Referral.created_at)).scalars().all()
            return [self._row(s, r, events=False) for r in rows]


PROVIDER_COLUMNS = ("name_kk", "name_ru", "name_en", "category", "address", "phone", "languages", "cost",
                    "hours", "capacity", "last_verified", "active")


#: What makes Excel, LibreOffice and Google Sheets read a cell as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def as_spreadsheet_text(value: str) -> str:
    """A value a spreadsheet shows as the text it is: one that would start a
    formula gets a leading apostrophe, the spreadsheets' own "this is text"
    mark (a provider named "=HYPERLINK(…)" must not run in the reader's
    Excel; a phone "+7 727 …" is not a sum either)."""
    return "'" + value if value.startswith(FORMULA_START) else value


def from_spreadsheet_text(value: str) -> str:
    """The value as it was before as_spreadsheet_text."""
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_START) else value


def export_providers(service: ReferralService, path) -> int:
    """The directory as CSV (UTF-8 with a byte-order mark, so Excel opens Cyrillic right)."""
    import csv
    import io

    from .files import atomic_write

    rows = service.providers(include_inactive=True)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(PROVIDER_COLUMNS)
    for p in rows:
        writer.writerow([as_spreadsheet_text(v) for v in (
            p.name_kk, p.name_ru, p.name_en, p.category, p.address, p.phone, ",".join(p.languages), p.cost, p.hours,
            "" if p.capacity is None else str(p.capacity), p.last_verified.isoformat() if p.last_verified else "",
            "1" if p.active else "0")])
    atomic_write(path, buffer.getvalue().encode("utf-8-sig"))
    return len(rows)


def import_providers(service: ReferralService, path) -> tuple[int, int, list[tuple[int, str]]]:
    """Add or update providers from a CSV made by export_providers (matched by
    category and English or Russian name). Returns (added, updated, errors by row).
    The whole file is read first: a file the csv module cannot read to its end
    (a quotation mark never closed, a cell over its limit) changes nothing."""
    import csv
    import io

    from .visitors import parse_date

    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise Refused(fill(QCoreApplication.translate("Referrals", "Cannot read %1: %2"), path, err)) from err
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records: list[list[str]] = []
    try:
        for cells in reader:
            # Control characters out at once: the match with the providers already listed reads the names.
            records.append([limits.clean(from_spreadsheet_text(c), multiline=True) for c in cells])
    except csv.Error as err:
        raise Refused(fill(QCoreApplication.translate(
            "Referrals", "Row %1 of %2 cannot be read (%3). Nothing was imported; correct the file and try again."),
            len(records) + 1, Path(path).name, err)) from err
    header = records[0] if records else []
    missing = [c for c in ("category", "name_en") if c not in header]
    if missing:
        raise Refused(fill(QCoreApplication.translate(
            "Referrals", "This is not a provider list: the columns %1 are missing."), ", ".join(missing)))
    existing = {(p.category, (p.name_en or p.name_ru).casefold()): p for p in service.providers(include_inactive=True)}
    added = updated = 0
    errors: list[tuple[int, str]] = []
    with service.db.changes.together():  # one change for the whole list, not one a row
        for row_no, cells in enumerate(records[1:], start=2):
            if not any(c.strip() for c in cells):
                continue
            row = dict(zip(header, cells))
            try:
                capacity = int(row["capacity"]) if (row.get("capacity") or "").strip() else None
                new = ProviderIn(
                    name_kk=row.get("name_kk", "").strip(), name_ru=row.get("name_ru", "").strip(),
                    name_en=row.get("name_en", "").strip(), category=row.get("category", "").strip(),
                    address=row.get("address", "").strip(), phone=row.get("phone", "").strip(),
                    languages=tuple(x.strip() for x in (row.get("languages") or "").split(",") if x.strip()),
                    cost=row.get("cost", "").strip(), hours=row.get("hours", "").strip(), capacity=capacity,
                    last_verified=parse_date(row.get("last_verified", "")),
                    active=(row.get("active") or "1").strip() not in ("0", "no", "false"))
                key = (new.category, (new.name_en or new.name_ru).casefold())
                old = existing.get(key)
                saved = service.save_provider(new, provider_id=old.provider_id if old else None)
                existing[key] = saved
                updated += bool(old)
                added += not old
            except ValueError:
                errors.append((row_no, QCoreApplication.translate("Referrals", "Capacity must be a whole number.")))
            except Refused as err:
                errors.append((row_no, str(err)))
    return added, updated, errors

