"""Settings: this computer's (language) and the branch's (idle lock, ...)."""
from __future__ import annotations


from PySide6.QtCore import QCoreApplication

from desktop.models import Setting
from desktop.models.journal import record_audit

from .accounts import Identity
from .changes import SETTING, Change
from ..errors import Refused
from .permissions import Action, require
from .storage import Database

IDLE_MINUTES_DEFAULT = 10


class BranchSettings:
    def __init__(self, db: Database, identity: Identity):
        self.db = db
        self.identity = identity

    def _get(self, key: str, default: str) -> str:
        with self.db.read() as s:
            row = s.get(Setting, key)
            return row.value if row else default

    def idle_minutes(self) -> int:
        return int(self._get("idle_minutes", str(IDLE_MINUTES_DEFAULT)))

    def set_idle_minutes(self, minutes: int) -> None:
        require(self.identity.role, Action.CHANGE_BRANCH_SETTINGS)
        if not 1 <= minutes <= 60:
            raise Refused(QCoreApplication.translate(
                "Settings", "The idle lock must be between 1 and 60 minutes."))
        with self.db.session(self.identity.username) as s:
            row = s.get(Setting, "idle_minutes")
            old = row.value if row else str(IDLE_MINUTES_DEFAULT)
            if row is None:
                s.add(Setting(key="idle_minutes", value=str(minutes)))
            else:
                row.value = str(minutes)
            record_audit(s, "setting.change", key="idle_minutes", old=old, new=str(minutes))
        self.db.changes.publish(Change.of(SETTING, "idle_minutes"))
