"""Reading and checking the audit trail.

The chain itself finds an edited or removed row while the rows after it are
left alone. Someone with the database key can do more: cut the newest rows
and rewind the stored head, edit a row and re-hash everything after it, or
delete the whole trail and start again. Each of those leaves a chain that is
consistent in itself. What gives them away is a head remembered outside the
database: every backup's manifest records the trail's last sequence number
and hash, so the trail must still reach that number and have that hash
there (``compare_with_backup``).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from desktop.models import AuditEvent
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

    @property
    def ok(self) -> bool:
        return self.chain.ok and (self.backup is None or self.backup.ok)


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
        return TrailReport(chain, comparison)


def compare_with_backup(s, head: RememberedHead) -> BackupComparison:
    """Does the trail still hold the row the backup saw last, unchanged?"""
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
