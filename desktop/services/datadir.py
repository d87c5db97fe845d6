"""The files of a branch's data folder, and this computer's own settings.

Light to import (no SQLAlchemy, no cryptography): the start-up path asks
whether a branch exists and which language to show before anything heavy loads.
"""
from __future__ import annotations

import json
from pathlib import Path

from .files import atomic_write

DB_NAME = "qamqor.db"
KEYS_NAME = "qamqor.keys"
SETTINGS_NAME = "settings.json"


def branch_files_exist(root: Path) -> bool:
    """An embedded branch is its database and its key file, together."""
    return (Path(root) / DB_NAME).exists() and (Path(root) / KEYS_NAME).exists()


class LocalSettings:
    """Per computer, read before anyone logs in; holds no personal data."""

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / SETTINGS_NAME

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

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

    @property
    def branch(self) -> tuple[str, str] | None:
        """The code and name of the branch in this folder, for the log-in window
        to say which branch it opens before any key is given (neither is personal)."""
        value = self.get("branch")
        if isinstance(value, dict) and isinstance(value.get("code"), str) and isinstance(value.get("name"), str):
            return value["code"], value["name"]
        return None

    def remember_branch(self, code: str, name: str) -> None:
        if self.branch != (code, name):  # most log-ins find it already there: no write
            self.set("branch", {"code": code, "name": name})
