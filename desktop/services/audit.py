"""Reading and checking the audit trail."""
from __future__ import annotations

from desktop.models.journal import ChainReport, verify_chain

from .accounts import Identity
from .permissions import Action, require
from .storage import Database


class AuditService:
    def __init__(self, db: Database, identity: Identity):
        self.db = db
        self.identity = identity

    def verify(self) -> ChainReport:
        require(self.identity.role, Action.VERIFY_AUDIT)
        with self.db.read() as s:
            return verify_chain(s)
