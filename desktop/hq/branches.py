"""The branches HQ knows: enrolled with their public keys, and how far HQ has
applied each one's changes."""
from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.exchange.keys import Enrolment
from desktop.models import Branch, HqBranch

from ..errors import BundleError


def enrol(session: Session, enrolment: Enrolment) -> bool:
    """Register a branch's keys. True when new; the same keys again is no change;
    other keys for a known branch are refused (re-enrolment is a deliberate act)."""
    row = session.get(HqBranch, enrolment.code)
    if row is not None:
        if row.signing_public == enrolment.signing_public and row.recipient == enrolment.recipient:
            return False
        raise BundleError(QCoreApplication.translate(
            "Exchange", "Branch %1 is already enrolled with other keys: refused."), enrolment.code)
    branch_id = uuid.UUID(enrolment.branch_id)
    session.add(HqBranch(code=enrolment.code, branch_id=branch_id, name=enrolment.name,
                         signing_public=enrolment.signing_public, recipient=enrolment.recipient))
    if session.get(Branch, branch_id) is None:
        session.add(Branch(id=branch_id, code=enrolment.code, name=enrolment.name, is_local=False))
    return True


def locked_branch(session: Session, code: str) -> HqBranch | None:
    """The enrolled branch, its row locked until the transaction ends: one
    import, return or recovery of a branch at a time."""
    return session.execute(select(HqBranch).where(HqBranch.code == code).with_for_update()).scalar_one_or_none()
