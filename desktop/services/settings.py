"""Settings: this computer's (language) and the branch's (idle lock, ...)."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.models import Setting
from desktop.models.journal import record_audit

from .accounts import Identity
from .errors import UserError
from .files import atomic_write
from .permissions import Action, require
from .storage import SETTINGS_NAME, Database

IDLE_MINUTES_DEFAULT = 10


class LocalSettings:
    """Per computer, read before anyone logs in; holds no personal data."""

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / SETTINGS_NAME

    def _read(self) -> dict:
        try:
            return json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}

    def get(self, key: str, default=None):
        return self._read().get(key, default)

    def set(self, key: str, value) -> None:
        data = self._read()
        data[key] = value
        atomic_write(self.path, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))

    @property
    def language(self) -> str | None:
        return self.get("language")

    @language.setter
    def language(self, lang: str) -> None:
        self.set("language", lang)


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
            raise UserError(QCoreApplication.translate(
                "Settings", "The idle lock must be between 1 and 60 minutes."))
        with self.db.session(self.identity.username) as s:
            row = s.get(Setting, "idle_minutes")
            old = row.value if row else str(IDLE_MINUTES_DEFAULT)
            if row is None:
                s.add(Setting(key="idle_minutes", value=str(minutes)))
            else:
                row.value = str(minutes)
            record_audit(s, "setting.change", key="idle_minutes", old=old, new=str(minutes))
