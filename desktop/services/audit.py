"""Reading and checking the audit trail.

The chain itself finds an edited or removed row while the rows after it are
left alone. Someone with the database key can do more: cut the newest rows
and rewind the stored head, edit a row and re-hash everything after it, or
delete the whole trail and start again. Each of those leaves a chain that is
consistent in itself. What gives them away is a head remembered outside the
database: every backup's manifest records the trail's last sequence number
and hash, so the trail must still reach that number and have that hash
there (``compare_with_backup``). Every bundle's signed manifest carries it
to HQ too, which refuses a bundle whose trail no longer reaches the end it
saw last; HQ's return bundle brings that end back, and it is kept here
(``HQ_HEAD``) as the second witness, outside the branch.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import AuditEvent, BundleLog, Setting
from desktop.models.journal import ChainReport, verify_chain

from .accounts import Identity
from .backup_copy import RememberedHead
from .permissions import Action, require
from .storage import Database


@dataclass(frozen=True)
class BackupComparison:
    head: RememberedHead
    ok: bool
    problem: str = ""  # "missing": rows first..last are gone; "differs": row `last` is not the one recorded
    first: int = 0
    last: int = 0


@dataclass(frozen=True)
class TrailReport:
    chain: ChainReport
    backup: BackupComparison | None  # None: no backup to compare with
    hq: BackupComparison | None = None  # None: no return bundle from HQ named the trail's end yet

    @property
    def ok(self) -> bool:
        return self.chain.ok and all(c is None or c.ok for c in (self.backup, self.hq))


#: the setting that keeps the audit trail's end HQ last accepted, as its return bundle said
HQ_HEAD = "hq_audit_head"
#: how many earlier bundles' ends each bundle vouches for (HQ compares the one it saw last)
WITNESSES = 50


def trail_end(s: Session) -> dict:
    """The newest audit event's sequence number and hash (0 and "" for none)."""
    row = s.execute(select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).first()
    return {"seq": row[0], "hash": row[1]} if row else {"seq": 0, "hash": ""}


def manifest_audit(s: Session) -> dict:
    """What a bundle's manifest says of the audit trail: its end, and the hash
    that the end of each recent bundle (and the end HQ last confirmed) has in
    the trail now ("" when that row is gone). A trail cut or rewritten below
    the end HQ saw shows as a different hash there."""
    seqs = set(s.execute(select(BundleLog.audit_seq).where(BundleLog.audit_seq.is_not(None))
                         .order_by(BundleLog.seq.desc()).limit(WITNESSES)).scalars())
    confirmed = hq_head(s)
    if confirmed is not None:
        seqs.add(confirmed.seq)
    seqs.discard(0)
    found = dict(s.execute(select(AuditEvent.seq, AuditEvent.hash).where(AuditEvent.seq.in_(seqs))).all()) if seqs else {}
    return {**trail_end(s), "witnesses": [{"seq": n, "hash": found.get(n, "")} for n in sorted(seqs)]}


def remember_hq_head(s: Session, head: dict | None, *, return_seq: int) -> None:
    """Keep the audit trail's end HQ's return bundle names."""
    try:
        seq, digest = int(head["seq"]), str(head["hash"])
    except (TypeError, KeyError, ValueError):
        return
    value = json.dumps({"seq": seq, "hash": digest, "return": return_seq,
                        "at": dt.datetime.now(dt.timezone.utc).isoformat()}, sort_keys=True)
    row = s.get(Setting, HQ_HEAD)
    if row is None:
        s.add(Setting(key=HQ_HEAD, value=value))
    else:
        row.value = value


def hq_head(s: Session) -> RememberedHead | None:
    """The audit trail's end HQ last accepted (from its return bundle), as a
    remembered head whose ``file_name`` names the return bundle's number."""
    row = s.get(Setting, HQ_HEAD)
    if row is None:
        return None
    try:
        data = json.loads(row.value)
        return RememberedHead(str(data.get("return", "")), dt.datetime.fromisoformat(data["at"]),
                              int(data["seq"]), str(data["hash"]))
    except (ValueError, KeyError, TypeError):
        return None


class AuditService:
    """``newest_head`` gives the head recorded by the newest backup of the
    branch (BackupService.newest_audit_head), where there are backups."""

    def __init__(self, db: Database, identity: Identity, *,
                 newest_head: Callable[[], RememberedHead | None] | None = None):
        self.db = db
        self.identity = identity
        self._newest_head = newest_head

    def verify(self) -> ChainReport:
        require(self.identity.role, Action.VERIFY_AUDIT)
        with self.db.read() as s:
            return verify_chain(s)

    def verify_trail(self) -> TrailReport:
        """The chain, and its end against the newest backup's record of it."""
        require(self.identity.role, Action.VERIFY_AUDIT)
        head = self._newest_head() if self._newest_head is not None else None
        with self.db.read() as s:
            chain = verify_chain(s)
            comparison = compare_with_backup(s, head) if head is not None else None
            confirmed = hq_head(s)
            at_hq = compare_with_backup(s, confirmed) if confirmed is not None else None
        return TrailReport(chain, comparison, at_hq)


def compare_with_backup(s, head: RememberedHead) -> BackupComparison:
    """Does the trail still hold the row the backup (or HQ) saw last, unchanged?"""
    if head.seq <= 0:
        return BackupComparison(head, True)
    present = s.execute(select(AuditEvent.seq).where(AuditEvent.seq <= head.seq)
                        .order_by(AuditEvent.seq)).scalars().all()
    if len(present) < head.seq:
        have = set(present)
        missing = [n for n in range(1, head.seq + 1) if n not in have]
        return BackupComparison(head, False, "missing", missing[0], missing[-1])
    row_hash = s.scalar(select(AuditEvent.hash).where(AuditEvent.seq == head.seq))
    if row_hash != head.hash:
        # The chain may be whole in itself: rows up to here were rewritten and re-hashed.
        return BackupComparison(head, False, "differs", 1, head.seq)
    return BackupComparison(head, True)
