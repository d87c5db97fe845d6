"""Retention: people with no activity for the branch's retention period are
anonymised once the administrator has seen the list and confirmed it.

"Activity" is anything done with the person's record: registering or editing
it, a visit (logged, or dated), a referral and each change of its status, a
document, a consent. A person is passed by while a legal hold stands (the
hold itself is no activity: released, the record is due as its last real
activity says), and while they are also a volunteer (the register reads their name
from this record; the coordinator keeps it).

Anonymising (``anonymise_people``) follows models/erasure.py: names,
contacts, documents and notes go, birth dates keep their quarter, statistics
stay. The rows change through the ORM, so each change travels to HQ in the
next bundle as an ordinary update, and the snapshots still waiting in the
change log are scrubbed too. The search index forgets the person, the
stored search snapshot is dropped (it holds names), and the purge log
records what and when, never whom.

The period is also what the backups keep: ``retention_months(db)`` is the
hook the backup rotation reads, so that a copy of an erased person is gone
from every backup within the same period.
"""
from __future__ import annotations

import calendar
import datetime as dt
import json
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, literal, select, union_all
from sqlalchemy.orm import Session

from desktop.models import (Consent, HealthFlag, HouseholdMember, IdentityDocument, LegalHold, Person,
                            PersonLanguage, PurgeLog, Referral, Setting, User, UtcDateTime, Visit, Volunteer,
                            utcnow)
from desktop.models.erasure import CHUNK, erased_values, family, related, scrub_change_log
from desktop.models.journal import canonical_json, record_audit

from .accounts import Identity
from .changes import PERSON, REFERRAL, VISIT, Change
from .changes import SETTING as SETTING_CHANGE
from ..errors import Refused
from ..i18n import fill
from .permissions import Action, require
from .search import VisitorIndex
from .storage import Database

SETTING = "retention_months"
DEFAULT_MONTHS = 60
MIN_MONTHS, MAX_MONTHS = 12, 240


def retention_months(db: Database) -> int:
    """The branch's retention period in months. Read by the backup rotation
    too: a backup older than this is deleted, so what an anonymisation removed
    leaves every copy within the same time."""
    with db.read() as s:
        row = s.get(Setting, SETTING)
    try:
        months = int(row.value) if row is not None else DEFAULT_MONTHS
    except ValueError:
        months = DEFAULT_MONTHS
    return months if MIN_MONTHS <= months <= MAX_MONTHS else DEFAULT_MONTHS


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier (the month's last day
    when it has no such day: 31 May less three months is 28 or 29 February)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def months_after(day: dt.date, months: int) -> dt.date:
    return months_before(day, -months)


def due_on(last: dt.date, months: int) -> dt.date:
    """The first day on which a person whose last activity was on ``last`` is
    due: the day whose cutoff (``months_before``) is after ``last``."""
    day = months_after(last, months) - dt.timedelta(days=3)
    while months_before(day, months) <= last:
        day += dt.timedelta(days=1)
    return day


def retention_cutoff(db: Database, today: dt.date | None = None) -> dt.date:
    """People whose last activity was before this day are due; backups made
    before it are past keeping."""
    return months_before(today or dt.date.today(), retention_months(db))


@dataclass(frozen=True)
class DuePerson:
    """A person due for anonymisation, as the administrator sees them: their
    number and dates, never their name (administrators keep accounts, keys and
    backups; they do not read case records)."""

    person_id: uuid.UUID
    number: str
    registered: dt.date
    last_activity: dt.date
    visits: int
    referrals: int


@dataclass(frozen=True)
class HeldPerson:
    """Inactive for the period, kept whole by a legal hold."""

    number: str
    last_activity: dt.date
    placed_by: str
    placed_on: dt.date
    reason: str


@dataclass(frozen=True)
class PurgeRow:
    at: dt.datetime
    kind: str  # retention | request | hq
    actor: str
    period_months: int | None
    people: int
    counts: dict[str, int]


@dataclass(frozen=True)
class RetentionOverview:
    months: int
    cutoff: dt.date
    due: tuple[DuePerson, ...]
    held: tuple[HeldPerson, ...]
    purges: tuple[PurgeRow, ...]


@dataclass(frozen=True)
class Anonymised:
    people: int
    counts: dict[str, int] = field(default_factory=dict)


def refuse_if_anonymised(person: Person) -> None:
    """An anonymised record is kept for the statistics only: nothing is added to it."""
    if person.anonymised_at is not None:
        raise Refused(fill(QCoreApplication.translate(
            "Retention", "This record was anonymised on %1: it is kept for the statistics only and cannot be "
            "changed."), person.anonymised_at.astimezone().strftime("%d.%m.%Y")))


# -- the anonymisation itself ---------------------------------------------------------
def anonymise_people(s: Session, person_ids: Iterable[uuid.UUID], *, now: dt.datetime) -> Counter:
    """Anonymise these people (and the records merged into them) in this
    transaction; how many records of each type changed."""
    records = family(s, person_ids)
    rows = related(s, records)
    # First the snapshots the change log holds from before (they would travel
    # to HQ with names in them), then the rows, whose changes the journal adds.
    scrub_change_log(s, {row.id: record_type for record_type, row in rows})
    counts: Counter = Counter()
    for record_type, row in rows:
        current = {key: getattr(row, key) for key in row.__mapper__.column_attrs.keys()}
        changed = False
        for key, value in erased_values(record_type, current).items():
            if current[key] != value:
                setattr(row, key, value)
                changed = True
        if record_type == "person" and row.anonymised_at is None:
            row.anonymised_at = now
            changed = True
        if changed:
            counts[record_type] += 1
    return counts


#: What anonymising changes, for the views: people (and other people's household
#: lines), their visits' notes, their referrals; not named one by one.
ANONYMISED = Change({PERSON: (), VISIT: (), REFERRAL: ()})


def after_anonymising(db: Database, person_ids: list[uuid.UUID], index: VisitorIndex | None) -> None:
    """Outside the transaction: the search index forgets them, the windows
    hear of it, and the database's log is written back into the file so old
    pages go (SQLCipher overwrites freed space: secure_delete is on by default)."""
    if index is not None and index.loaded:
        index.upsert(person_ids)
    db.changes.publish(ANONYMISED)
    if not db.is_postgres:
        conn = db.raw()
        try:
            # PASSIVE: never waits for another program's reads; what it cannot
            # write back now goes at the next checkpoint.
            conn.cursor().execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            conn.close()


def purge_entry(s: Session, *, kind: str, actor: str, people: int, counts: Counter,
                period_months: int | None = None) -> None:
    s.add(PurgeLog(at=utcnow(), kind=kind, actor=actor, period_months=period_months, people=people,
                   counts=canonical_json(dict(sorted(counts.items())))))


# -- who is due -----------------------------------------------------------------------
def _activity():
    """(person, moment) for everything done with a person's records."""
    parts = [select(Person.id.label("person_id"), Person.updated_at.label("at")),
             select(Person.id, Person.created_at),
             select(Visit.person_id, func.max(Visit.visited_at)).group_by(Visit.person_id)]
    # A legal hold is not activity: it keeps the record while it stands, and
    # once released the record is due as its real activity says.
    for model in (Visit, Referral, IdentityDocument, PersonLanguage, HouseholdMember, Consent, HealthFlag):
        parts.append(select(model.person_id, func.max(model.updated_at)).group_by(model.person_id))
    return union_all(*parts).subquery("activity")


def last_activity(s: Session, person_id: uuid.UUID) -> dt.date | None:
    """The day of the last thing done with one person's records."""
    activity = _activity()
    last = s.scalar(select(func.max(activity.c.at)).where(activity.c.person_id == person_id))
    return _as_date(last)


def _held_ids(s: Session) -> set[uuid.UUID]:
    return set(s.execute(select(LegalHold.person_id).where(LegalHold.deleted.is_(False),
                                                           LegalHold.released_at.is_(None))).scalars())


def _inactive(s: Session, cutoff: dt.date) -> list[tuple[uuid.UUID, str, dt.datetime, dt.datetime]]:
    """(person, number, registered, last activity) of the live, not yet
    anonymised people with nothing done since before ``cutoff``."""
    activity = _activity()
    moment = dt.datetime.combine(cutoff, dt.time(), tzinfo=dt.timezone.utc)
    last = func.max(activity.c.at)
    latest = (select(activity.c.person_id, last.label("last")).group_by(activity.c.person_id)
              .having(last < literal(moment, UtcDateTime)).subquery("latest"))
    volunteers = select(Volunteer.person_id).where(Volunteer.person_id.is_not(None), Volunteer.deleted.is_(False))
    query = (select(Person.id, Person.number, Person.created_at, latest.c.last)
             .join(latest, latest.c.person_id == Person.id)
             .where(Person.deleted.is_(False), Person.anonymised_at.is_(None), Person.id.not_in(volunteers))
             .order_by(latest.c.last, Person.number))
    return [tuple(r) for r in s.execute(query)]


def _counts(s: Session, model, column, ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    out: dict[uuid.UUID, int] = {}
    for start in range(0, len(ids), CHUNK):
        for pid, n in s.execute(select(column, func.count()).where(column.in_(ids[start:start + CHUNK]),
                                                                    model.deleted.is_(False)).group_by(column)):
            out[pid] = n
    return out


def _as_date(moment: dt.datetime | None) -> dt.date | None:
    return moment.astimezone(dt.timezone.utc).date() if moment is not None else None


def staff_names(s: Session) -> dict[str, str]:
    return dict(s.execute(select(User.username, User.display_name)).all())


class RetentionService:
    """The administrator's side: the period, the list of people due, and the
    anonymisation they confirm. ``index``: the window's search index, told
    at once."""

    def __init__(self, db: Database, identity: Identity, *, index: VisitorIndex | None = None):
        self.db = db
        self.identity = identity
        self.index = index

    def months(self) -> int:
        return retention_months(self.db)

    def set_months(self, months: int) -> None:
        require(self.identity.role, Action.MANAGE_RETENTION)
        if not MIN_MONTHS <= months <= MAX_MONTHS:
            raise Refused(fill(QCoreApplication.translate(
                "Retention", "The retention period must be between %1 and %2 months."), MIN_MONTHS, MAX_MONTHS))
        with self.db.session(self.identity.username) as s:
            row = s.get(Setting, SETTING)
            old = row.value if row else str(DEFAULT_MONTHS)
            if row is None:
                s.add(Setting(key=SETTING, value=str(months)))
            else:
                row.value = str(months)
            record_audit(s, "setting.change", key=SETTING, old=old, new=str(months))
        self.db.changes.publish(Change.of(SETTING_CHANGE, SETTING))

    def due(self, *, today: dt.date | None = None) -> list[DuePerson]:
        require(self.identity.role, Action.MANAGE_RETENTION)
        cutoff = retention_cutoff(self.db, today)
        with self.db.read() as s:
            return self._due(s, cutoff)

    def _due(self, s: Session, cutoff: dt.date, inactive: list | None = None) -> list[DuePerson]:
        held = _held_ids(s)
        rows = [r for r in (inactive if inactive is not None else _inactive(s, cutoff)) if r[0] not in held]
        ids = [r[0] for r in rows]
        visits = _counts(s, Visit, Visit.person_id, ids)
        referrals = _counts(s, Referral, Referral.person_id, ids)
        return [DuePerson(pid, number, _as_date(created), _as_date(last), visits.get(pid, 0),
                          referrals.get(pid, 0)) for pid, number, created, last in rows]

    def overview(self, *, today: dt.date | None = None) -> RetentionOverview:
        """What the retention screen shows: the period, who is due, who is
        kept by a legal hold, and what was anonymised before."""
        require(self.identity.role, Action.MANAGE_RETENTION)
        months = retention_months(self.db)
        cutoff = months_before(today or dt.date.today(), months)
        with self.db.read() as s:
            everyone = _inactive(s, cutoff)
            due = self._due(s, cutoff, everyone)
            held_ids = _held_ids(s)
            staff = staff_names(s)
            inactive = {r[0]: r for r in everyone if r[0] in held_ids}
            held = []
            for hold in s.execute(select(LegalHold).where(LegalHold.person_id.in_(list(inactive)),
                                                          LegalHold.deleted.is_(False),
                                                          LegalHold.released_at.is_(None))
                                  .order_by(LegalHold.placed_at)).scalars():
                _pid, number, _created, last = inactive[hold.person_id]
                held.append(HeldPerson(number, _as_date(last), staff.get(hold.placed_by, hold.placed_by),
                                       _as_date(hold.placed_at), hold.reason))
            purges = tuple(_purge_row(p, staff) for p in s.execute(
                select(PurgeLog).order_by(PurgeLog.id.desc()).limit(50)).scalars())
        return RetentionOverview(months, cutoff, tuple(due), tuple(held), purges)

    def apply(self, person_ids: Iterable[uuid.UUID] | None = None, *, today: dt.date | None = None) -> Anonymised:
        """Anonymise the people due: those listed in ``person_ids`` that are
        still due now (someone may have come back since the list was shown),
        or everyone due when it is None. One transaction, one purge-log entry."""
        require(self.identity.role, Action.MANAGE_RETENTION)
        months = retention_months(self.db)
        cutoff = months_before(today or dt.date.today(), months)
        wanted = None if person_ids is None else set(person_ids)
        with self.db.session(self.identity.username) as s:
            due = [p.person_id for p in self._due(s, cutoff) if wanted is None or p.person_id in wanted]
            if not due:
                return Anonymised(0)
            counts = anonymise_people(s, due, now=utcnow())
            purge_entry(s, kind="retention", actor=self.identity.username, people=len(due), counts=counts,
                        period_months=months)
            record_audit(s, "retention.apply", people=len(due), months=months, cutoff=cutoff.isoformat())
        after_anonymising(self.db, due, self.index)
        return Anonymised(len(due), dict(counts))


def _purge_row(p: PurgeLog, staff: dict[str, str]) -> PurgeRow:
    try:
        counts = {str(k): int(v) for k, v in json.loads(p.counts).items()}
    except (ValueError, TypeError, AttributeError):
        counts = {}
    return PurgeRow(p.at, p.kind, staff.get(p.actor, p.actor), p.period_months, p.people, counts)
