"""Rebuilding a branch from HQ's records, when its computer was lost or
stolen: HQ writes a recovery bundle for the new computer's recovery request
and, in the same transaction, revokes the old computer's signing key.

HQ keeps no owner column on the records: a branch's records are found the
way its numbers name them. Its visitors are the people numbered with its
code (``KZ-ALA-2026-000123``), its volunteers those numbered ``KZ-ALA-V-…``;
what belongs to a visitor or a volunteer comes with them (documents,
visits, health flags, referrals and their events, legal holds, shift
assignments), and so do the sites its volunteers were assigned at, with
every shift and shift template of those sites. The provider directory is
HQ's own and comes whole, as in every return bundle. Only what HQ holds is
sent; nothing is invented.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.exchange.bundle import grouped, key_fingerprint
from desktop.exchange.keys import Enrolment, HqKeys
from desktop.exchange.recovery import SUFFIX, build_recovery, next_epoch
from desktop.models import (Assignment, AssignmentEvent, Consent, HealthFlag, HouseholdMember, HqBundle,
                            HqHealthKey, HqRevokedKey, IdentityDocument, LegalHold, Person, PersonLanguage,
                            Referral, ReferralEvent, ServiceProvider, Shift, ShiftTemplate, Site, Visit, Volunteer,
                            VolunteerAvailability, VolunteerBlock, VolunteerLanguage, VolunteerTraining)
from desktop.models.journal import canonical_json, record_audit

from ..errors import BundleError
from .branches import locked_branch

#: the audit action of a recovery at HQ
RECOVERED = "hq.branch.recover"


@dataclass(frozen=True)
class RecoveryBundle:
    file_name: str
    data: bytes
    records: int
    counts: dict[str, int]
    cursor: int  # HQ holds the branch's changes through this one
    last_bundle: int  # the last bundle HQ accepted (0: none)
    last_bundle_at: dt.datetime | None
    revoked: str  # the fingerprint of the lost computer's signing key, in groups
    epoch: int


def _owned(code: str) -> list[tuple[type, object]]:
    """Each replicated table, parents first, with the condition that picks
    the branch's rows."""
    people = select(Person.id).where(Person.number.like(f"{code}-%"))
    volunteers = select(Volunteer.id).where(Volunteer.number.like(f"{code}-V-%"))
    referrals = select(Referral.id).where(Referral.person_id.in_(people))
    assignments = select(Assignment.id).where(Assignment.volunteer_id.in_(volunteers))
    sites = select(Shift.site_id).where(Shift.id.in_(select(Assignment.shift_id).where(
        Assignment.volunteer_id.in_(volunteers))))
    return [
        (ServiceProvider, True),
        (Person, Person.id.in_(people)),
        (PersonLanguage, PersonLanguage.person_id.in_(people)),
        (IdentityDocument, IdentityDocument.person_id.in_(people)),
        (HouseholdMember, HouseholdMember.person_id.in_(people)),
        (Consent, Consent.person_id.in_(people)),
        (HealthFlag, HealthFlag.person_id.in_(people)),
        (Visit, Visit.person_id.in_(people)),
        (LegalHold, LegalHold.person_id.in_(people)),
        (Referral, Referral.id.in_(referrals)),
        (ReferralEvent, ReferralEvent.referral_id.in_(referrals)),
        (Volunteer, Volunteer.id.in_(volunteers)),
        (VolunteerLanguage, VolunteerLanguage.volunteer_id.in_(volunteers)),
        (VolunteerTraining, VolunteerTraining.volunteer_id.in_(volunteers)),
        (VolunteerAvailability, VolunteerAvailability.volunteer_id.in_(volunteers)),
        (VolunteerBlock, VolunteerBlock.volunteer_id.in_(volunteers)),
        (Site, Site.id.in_(sites)),
        (ShiftTemplate, ShiftTemplate.site_id.in_(sites)),
        (Shift, Shift.site_id.in_(sites)),
        (Assignment, Assignment.id.in_(assignments)),
        (AssignmentEvent, AssignmentEvent.assignment_id.in_(assignments)),
    ]


def branch_records(session: Session, code: str, *, changed_since: dt.datetime | None = None
                   ) -> Iterator[tuple[str, str]]:
    """(record type, canonical JSON row) of every record HQ holds of the
    branch, parents before children, read in batches. ``changed_since``:
    only the rows changed since then, and not the provider directory (every
    return bundle carries it anyway)."""
    owned = _owned(code)
    if changed_since is not None:
        owned = [(model, model.__table__.c.updated_at >= changed_since if condition is True
                  else condition & (model.__table__.c.updated_at >= changed_since))
                 for model, condition in owned if model is not ServiceProvider]
    if session.get_bind().dialect.name == "postgresql":
        # Fresh statistics first: right after a large import PostgreSQL knows
        # nothing of the new rows, guesses a handful, and joins each child
        # table to its parents row by row (minutes at 200,000 visitors instead
        # of seconds). ANALYZE reads a sample of each table, and may run
        # inside this transaction.
        tables = ", ".join(model.__table__.name for model, _ in owned)
        session.execute(text(f"ANALYZE {tables}"))
    for model, condition in owned:
        table = model.__table__
        query = select(table) if condition is True else select(table).where(condition)
        rows = session.execute(query.order_by(table.c.id).execution_options(yield_per=20000)).mappings()
        record_type = model.__record_type__
        for row in rows:
            yield record_type, canonical_json(dict(row))


def make_recovery(session: Session, *, branch_code: str, enrolment: Enrolment, hq: HqKeys,
                  actor: str) -> RecoveryBundle:
    """The branch's recovery bundle for the new computer's request; the old
    computer's signing key is revoked and the new one enrolled in this
    transaction, and the branch begins a new exchange epoch at HQ."""
    branch = locked_branch(session, branch_code)
    if branch is None:
        raise BundleError(QCoreApplication.translate("Exchange", "Branch %1 is not enrolled at HQ."), branch_code)
    if enrolment.code != branch.code:
        raise BundleError(QCoreApplication.translate(
            "Exchange", "This recovery request is for branch %1, not for %2."), enrolment.code, branch.code)
    new_key = key_fingerprint(enrolment.signing_public)
    if enrolment.signing_public == branch.signing_public:
        raise BundleError(QCoreApplication.translate(
            "Exchange", "This request carries the key HQ already holds for branch %1: make a new recovery "
            "request on the new computer."), branch.code)
    if session.get(HqRevokedKey, new_key) is not None:
        raise BundleError(QCoreApplication.translate(
            "Exchange", "This request carries a key HQ revoked before: make a new recovery request on the new "
            "computer."))
    old_key = key_fingerprint(branch.signing_public)
    last = session.get(HqBundle, (branch.code, branch.last_seq)) if branch.last_seq else None
    health = session.execute(select(HqHealthKey).where(HqHealthKey.branch_code == branch.code)
                             .order_by(HqHealthKey.received_at.desc())).scalars().first()
    epoch = next_epoch(dt.datetime.now(dt.timezone.utc), after=branch.epoch)
    manifest = {
        "branch_code": branch.code, "branch_id": str(branch.branch_id), "branch_name": branch.name,
        "enrolment": enrolment.fingerprint, "cursor": branch.cursor,
        "last_bundle": {"sequence": branch.last_seq, "manifest_hash": last.manifest_hash if last else "",
                        "imported_at": last.imported_at.isoformat() if last else None},
        "epoch": {"id": epoch, "parent": branch.epoch, "base_change": branch.cursor,
                  "base_bundle": branch.last_seq, "restored_change": branch.cursor},
        "staff": json.loads(branch.staff) if branch.staff else [],
        "revoked": old_key,
    }
    if health is not None:
        manifest["health_key"] = {"id": health.key_id, "wrapped": health.escrow_wrapped}
    counts: dict[str, int] = {}

    def counted() -> Iterator[tuple[str, str]]:
        for record_type, row in branch_records(session, branch.code):
            counts[record_type] = counts.get(record_type, 0) + 1
            yield record_type, row

    data = build_recovery(counted(), manifest, hq=hq, recipient=enrolment.recipient)
    session.add(HqRevokedKey(fingerprint=old_key, branch_code=branch.code, signing_public=branch.signing_public,
                             revoked_by=actor))
    record_audit(session, RECOVERED, record_type="hq_branch", record_id=branch.code, revoked=old_key,
                 enrolled=new_key, request=enrolment.fingerprint, cursor=branch.cursor, last_bundle=branch.last_seq,
                 epoch=epoch, parent=branch.epoch, audit_seq=branch.audit_seq, audit_hash=branch.audit_hash,
                 counts=counts)
    branch.signing_public, branch.recipient = enrolment.signing_public, enrolment.recipient
    branch.epoch = epoch
    # The recovery bundle carries every record: nothing is left to send back after an earlier restore.
    branch.giveback_since, branch.giveback_return = None, 0
    # The rebuilt branch's audit trail begins anew; its first bundle gives HQ the new end.
    branch.audit_seq = branch.audit_hash = None
    return RecoveryBundle(f"{branch.code}-{epoch}{SUFFIX}", data, sum(counts.values()), counts, branch.cursor,
                          manifest["last_bundle"]["sequence"], last.imported_at if last else None,
                          grouped(old_key), epoch)


__all__ = ["RECOVERED", "RecoveryBundle", "branch_records", "make_recovery"]
