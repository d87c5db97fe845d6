"""What anonymising a person takes away, in one table that the branch and HQ
both apply.

Names, contacts, identity documents and every free-text note go; the birth
date (and the arrival date) become the first day of their quarter; what the
statistics count stays: sex, the year of birth, citizenship, the needs and
services of each visit, referrals by service and status, consents, health
flags without their notes. Links that would name the person again go too:
the household's links to other records, and the person's name in other
people's households.

The branch changes its rows through the ORM, so every change is journaled
and travels to HQ as an ordinary update; it also scrubs the snapshots of
those records still waiting in its change log (``scrub_snapshot``). HQ
applies the rows it receives and then, for each person whose row arrives
anonymised, the same table to whatever else it holds of them (its own
edits, conflicts kept for review), without journaling (hq/).
"""
from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from .core import ChangeLog
from .exchange import HqConflict, HqErasure
from .journal import canonical_json, record_audit
from .person import Consent, HealthFlag, HouseholdMember, IdentityDocument, Person, PersonLanguage, Visit
from .referral import Referral, ReferralEvent
from .retention import LegalHold, PurgeLog

#: Each record type's fields and the value they take.
ERASED: dict[str, dict[str, object]] = {
    "person": {"family_name": "", "given_name": "", "patronymic": "", "latin_name": "", "phone": "",
               "phone_key": "", "address": "", "notes": "", "name_key": "", "relative_key": ""},
    # A document is the person's identity: the record goes (a tombstone), its type stays.
    "identity_document": {"number": "", "number_key": "", "issuer": "", "expiry": None, "deleted": True},
    "household_member": {"name": "", "member_id": None},
    "health_flag": {"note": ""},
    "visit": {"notes": ""},
    # The letter's frozen text names the person; its fingerprint and check code stay,
    # so a clinic can still be told a letter was genuine.
    "referral": {"reason": "", "outcome": "", "letter_content": ""},
    "referral_event": {"note": ""},
    # Why a hold was placed may name a court case: a released hold keeps only its dates.
    "legal_hold": {"reason": "", "release_reason": ""},
}
#: Dates kept only to their quarter.
COARSENED: dict[str, tuple[str, ...]] = {"person": ("birth_date", "arrival_date")}

PERSON_CHILDREN = (IdentityDocument, PersonLanguage, HouseholdMember, Consent, HealthFlag, Visit, Referral,
                   LegalHold)
CHUNK = 500


def quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _coarse(value):
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return quarter_start(value)
    if isinstance(value, str) and value:
        try:
            return quarter_start(dt.date.fromisoformat(value[:10])).isoformat()
        except ValueError:
            return None
    return value


def erased_values(record_type: str, current: dict) -> dict:
    """The fields of ``current`` (a row's values, Python or snapshot JSON)
    that anonymising changes, with their new values."""
    out = {k: v for k, v in ERASED.get(record_type, {}).items() if k in current}
    for key in COARSENED.get(record_type, ()):
        if key in current and current[key] is not None:
            out[key] = _coarse(current[key])
    return out


def scrub_snapshot(record_type: str, row: dict, *, anonymised_at: str | None = None) -> dict:
    scrubbed = dict(row)
    scrubbed.update(erased_values(record_type, row))
    if record_type == "person" and anonymised_at and "anonymised_at" in row:
        scrubbed["anonymised_at"] = anonymised_at
    return scrubbed


def family(session: Session, person_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
    """Every person record that is one of these people: the records themselves
    and those merged into them, however long ago (record id → the person)."""
    found = {pid: pid for pid in person_ids}
    frontier = list(found)
    while frontier:
        step = []
        for start in range(0, len(frontier), CHUNK):
            chunk = frontier[start:start + CHUNK]
            for rid, into in session.execute(select(Person.id, Person.merged_into_id)
                                             .where(Person.merged_into_id.in_(chunk))):
                if rid not in found:
                    found[rid] = found[into]
                    step.append(rid)
        frontier = step
    return found


def related(session: Session, person_records: Iterable[uuid.UUID]) -> list[tuple[str, object]]:
    """(record type, ORM row) of every record that belongs to these person
    records, and of the other people's household lines that point at them."""
    ids = list(person_records)
    out: list[tuple[str, object]] = []
    referral_ids: list[uuid.UUID] = []
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        for person in session.execute(select(Person).where(Person.id.in_(chunk))).scalars():
            out.append(("person", person))
        for model in PERSON_CHILDREN:
            for row in session.execute(select(model).where(model.person_id.in_(chunk))).scalars():
                out.append((model.__record_type__, row))
                if model is Referral:
                    referral_ids.append(row.id)
        for row in session.execute(select(HouseholdMember).where(HouseholdMember.member_id.in_(chunk),
                                                                 HouseholdMember.person_id.not_in(chunk))).scalars():
            out.append(("household_member", row))
    for start in range(0, len(referral_ids), CHUNK):
        for row in session.execute(select(ReferralEvent).where(
                ReferralEvent.referral_id.in_(referral_ids[start:start + CHUNK]))).scalars():
            out.append(("referral_event", row))
    return out


def scrub_change_log(session: Session, records: dict[uuid.UUID, str], *, anonymised_at: str | None = None) -> int:
    """Scrub the snapshots the change log still holds of these records (those
    not yet acknowledged by HQ, at a branch; HQ's own edits, at HQ).
    ``records``: record id → record type. Returns how many rows changed."""
    ids = list(records)
    table = ChangeLog.__table__
    # Core, many rows per statement: the ORM would look for each row among the
    # objects the session holds, which costs seconds at thousands of people.
    rewrite = update(table).where(table.c.seq == bindparam("at_seq")).values(row=bindparam("new_row"))
    changed = 0
    for start in range(0, len(ids), CHUNK):
        rows = session.execute(select(table.c.seq, table.c.record_type, table.c.row)
                               .where(table.c.record_id.in_(ids[start:start + CHUNK]))).all()
        updates = []
        for seq, record_type, text in rows:
            try:
                row = json.loads(text)
            except ValueError:
                row = None
            if not isinstance(row, dict):
                continue
            scrubbed = scrub_snapshot(record_type, row, anonymised_at=anonymised_at)
            if scrubbed != row:
                updates.append({"at_seq": seq, "new_row": canonical_json(scrubbed)})
        if updates:
            session.connection().execute(rewrite, updates)
            changed += len(updates)
    return changed


# -- at HQ ---------------------------------------------------------------------------
def settle_erasures(session: Session, *, branch_code: str, actor: str) -> int:
    """HQ's part, after a bundle is applied: every person whose row now says
    anonymised and whom HQ has not settled yet has whatever HQ holds of them
    scrubbed too — fields HQ kept as its own edits, the snapshots of HQ's own
    edits in its change log, the values kept with conflicts (closed: there is
    nothing left to choose between). Core statements, not the ORM: this is
    no HQ edit, and must not make fields HQ's. Returns how many people."""
    settled = select(HqErasure.person_id).where(HqErasure.person_id == Person.id).exists()
    new = list(session.execute(select(Person.id).where(Person.anonymised_at.is_not(None), Person.deleted.is_(False),
                                                       ~settled)).scalars())
    if not new:
        return 0
    counts: dict[str, int] = {}
    for start in range(0, len(new), CHUNK):
        chunk = new[start:start + CHUNK]
        records = family(session, chunk)
        rows = related(session, records)
        ids = {}
        for record_type, row in rows:
            ids[row.id] = record_type
            current = {key: getattr(row, key) for key in row.__mapper__.column_attrs.keys()}
            values = {k: v for k, v in erased_values(record_type, current).items() if current[k] != v}
            if values:
                table = row.__table__
                session.execute(update(table).where(table.c.id == row.id).values(**values))
                counts[record_type] = counts.get(record_type, 0) + 1
        # Loaded above for reading only: what the Core statements wrote is read fresh.
        for _record_type, row in rows:
            session.expire(row)
        scrub_change_log(session, ids)
        for start_ids in range(0, len(ids), CHUNK):
            part = list(ids)[start_ids:start_ids + CHUNK]
            for conflict in session.execute(select(HqConflict).where(HqConflict.record_id.in_(part))).scalars():
                for column in ("branch_row", "hq_row"):
                    try:
                        row = json.loads(getattr(conflict, column))
                    except ValueError:
                        row = {}
                    if isinstance(row, dict):
                        setattr(conflict, column, canonical_json(scrub_snapshot(conflict.record_type, row)))
                conflict.resolved = True
        session.add_all(HqErasure(person_id=pid, branch_code=branch_code) for pid in chunk)
    session.add(PurgeLog(kind="hq", actor=actor, people=len(new), counts=canonical_json(dict(sorted(counts.items())))))
    record_audit(session, "hq.erasure", branch=branch_code, people=len(new))
    return len(new)
