"""The return bundle HQ sends a branch: acknowledged-through, rejected
changes, the provider directory and HQ's key set; after the branch was
restored from a backup, also HQ's records of the branch changed since the
backup was made (what the backup may lack), until the branch says it
applied them."""
from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.exchange.keys import HqKeys
from desktop.exchange.returns import build_return
from desktop.models import HqRejected, ServiceProvider, uuid7
from desktop.models.journal import record_audit, snapshot

from ..errors import BundleError
from .branches import locked_branch
from .recovery import branch_records

#: the audit action of records sent back to a restored branch
GIVEN_BACK = "hq.branch.giveback"


@dataclass(frozen=True)
class ReturnBundle:
    file_name: str
    data: bytes
    sequence: int
    acknowledged_through: int
    rejected: int
    given_back: int = 0  # the branch's records sent back after its restore from a backup


def make_return(session: Session, *, branch_code: str, hq: HqKeys) -> ReturnBundle:
    """The branch's next return bundle; its number is taken in this transaction."""
    branch = locked_branch(session, branch_code)
    if branch is None:
        raise BundleError(QCoreApplication.translate("Exchange", "Branch %1 is not enrolled at HQ."), branch_code)
    rejected = [{"seq": r.change_seq, "record_type": r.record_type, "record_id": r.record_id, "reason": r.reason}
                for r in session.execute(select(HqRejected).where(HqRejected.branch_code == branch_code)
                                         .order_by(HqRejected.id)).scalars()]
    providers = [snapshot(p) for p in session.execute(select(ServiceProvider).order_by(ServiceProvider.id)).scalars()]
    branch.return_seq += 1
    records, counts = [], {}
    if branch.giveback_since is not None:
        for record_type, row in branch_records(session, branch.code, changed_since=branch.giveback_since):
            records.append({"record_type": record_type, "row": json.loads(row)})
            counts[record_type] = counts.get(record_type, 0) + 1
        # Sent again in every return bundle until a bundle of the branch says it applied this one.
        branch.giveback_return = branch.return_seq
        record_audit(session, GIVEN_BACK, record_type="hq_branch", record_id=branch.code, epoch=branch.epoch,
                     since=branch.giveback_since.isoformat(), return_seq=branch.return_seq, counts=counts)
    data = build_return(bundle_id=str(uuid7()), branch_code=branch.code, branch_id=str(branch.branch_id),
                        sequence=branch.return_seq, acknowledged_through=branch.cursor, rejected=rejected,
                        providers=providers, records=records, hq=hq, recipient=branch.recipient,
                        audit=None if branch.audit_seq is None else {"seq": branch.audit_seq,
                                                                      "hash": branch.audit_hash or ""})
    return ReturnBundle(f"{branch.code}-return-{branch.return_seq:08d}.qmr", data, branch.return_seq,
                        branch.cursor, len(rejected), len(records))
