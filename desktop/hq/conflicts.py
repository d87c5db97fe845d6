"""Edits of the same field at HQ and at a branch, kept for a person: listed,
and resolved one by one (HQ keeps its values, or takes the branch's)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.models import HqConflict, utcnow
from desktop.models.journal import record_audit
from desktop.models.replication import RowCodec, replicated_models

from ..errors import BundleError

#: the audit action of a resolved conflict; its detail names the fields and the choice
RESOLVED = "hq.conflict.resolve"


@dataclass(frozen=True)
class ConflictView:
    """One conflict; the two values of each field only when asked for (they are
    personal data, and looking at them is audited)."""

    id: int
    branch: str
    record_type: str
    record_id: str
    fields: tuple[str, ...]
    at: dt.datetime
    resolved: bool
    hq_values: dict
    branch_values: dict


def _view(conflict: HqConflict, *, values: bool = True) -> ConflictView:
    fields = tuple(f for f in conflict.fields.split(",") if f)
    hq_values: dict = {}
    branch_values: dict = {}
    if values:
        try:
            hq_row, branch_row = json.loads(conflict.hq_row), json.loads(conflict.branch_row)
        except ValueError:
            hq_row, branch_row = {}, {}
        hq_values, branch_values = {f: hq_row.get(f) for f in fields}, {f: branch_row.get(f) for f in fields}
    return ConflictView(conflict.id, conflict.branch_code, conflict.record_type, str(conflict.record_id), fields,
                        conflict.at, conflict.resolved, hq_values, branch_values)


def list_conflicts(session: Session, *, branch_code: str | None = None, include_resolved: bool = False,
                   values: bool = False) -> list[ConflictView]:
    """Conflicts kept for review, oldest first; with both values of each field
    when ``values`` (the caller audits the viewing)."""
    query = select(HqConflict).order_by(HqConflict.id)
    if branch_code:
        query = query.where(HqConflict.branch_code == branch_code)
    if not include_resolved:
        query = query.where(HqConflict.resolved.is_(False))
    return [_view(c, values=values) for c in session.execute(query).scalars()]


def resolve_conflict(session: Session, conflict_id: int, *, keep: str, note: str = "") -> ConflictView:
    """Close one conflict: ``keep="hq"`` leaves HQ's values; ``keep="branch"``
    writes the branch's values of the conflicting fields into HQ's record, and
    those fields are the branch's again. The session's actor, the time, the
    choice and the note go into the audit trail."""
    if keep not in ("hq", "branch"):
        raise ValueError(keep)
    conflict = session.execute(select(HqConflict).where(HqConflict.id == conflict_id)
                               .with_for_update()).scalar_one_or_none()
    if conflict is None:
        raise BundleError(QCoreApplication.translate("Exchange", "There is no conflict %1."), conflict_id)
    if conflict.resolved:
        raise BundleError(QCoreApplication.translate("Exchange", "Conflict %1 is already resolved."), conflict_id)
    view = _view(conflict, values=False)
    if keep == "branch":
        # An older branch value must not replace HQ's when the branch sent a newer one since.
        for later in session.execute(select(HqConflict).where(
                HqConflict.record_id == conflict.record_id, HqConflict.branch_code == conflict.branch_code,
                HqConflict.change_seq > conflict.change_seq).order_by(HqConflict.change_seq.desc())).scalars():
            if set(view.fields) & set(later.fields.split(",")):
                raise BundleError(QCoreApplication.translate(
                    "Exchange", "The branch sent newer values of these fields since conflict %1: "
                    "resolve conflict %2 instead."), conflict_id, later.id)
        model = replicated_models().get(conflict.record_type)
        if model is None:
            raise BundleError(QCoreApplication.translate(
                "Exchange", "Conflict %1 is about an unknown kind of record (%2)."), conflict_id, conflict.record_type)
        codec = RowCodec(model)
        values = codec.python({f: codec.values(json.loads(conflict.branch_row))[f] for f in view.fields})
        table = codec.table
        # Not journaled, like every row that comes from a branch: HQ's change
        # log and audit updates stay the record of HQ's own edits.
        session.execute(update(table).where(table.c.id == conflict.record_id)
                        .values(**values, version=table.c.version + 1, updated_at=utcnow()))
    conflict.resolved = True
    record_audit(session, RESOLVED, record_type=conflict.record_type, record_id=conflict.record_id,
                 conflict=conflict.id, branch=conflict.branch_code, change_seq=conflict.change_seq,
                 fields=list(view.fields), keep=keep, note=note)
    return dataclasses.replace(view, resolved=True)
