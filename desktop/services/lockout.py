"""The lock-out record: how many times each key slot was tried, and until when
it is locked.

It lives in its own file beside the key-slot file (``qamqor.tries``), changed
only under the key-slot file's lock, so restoring ``qamqor.keys`` from a copy
(or a backup) does not reset it.

Every try is written down *before* the password is checked, and cleared only
after it succeeded. So tries in parallel are all counted (the sixth waits for
the lock, finds the account locked and is refused without a check), a program
killed in the middle of a try has still spent it, and a try that cannot be
written down (a full disk) is refused without checking the password.

What this does not stop: someone who copies the folder and runs their own
code against the key-slot file. Only the argon2id cost of each try and the
password policy stand in their way (README, "Security").
"""
from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..errors import AccountLocked
from ..i18n import fill
from .files import atomic_write
from .locks import FileLock

FORMAT = "qamqor-tries/1"
TRIES_NAME = "qamqor.tries"
MAX_FAILED = 5
LOCK_MINUTES = 15
# Tries kept one by one (with their times) per slot; older ones are only counted.
KEEP_TRIES = 500


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@dataclass(frozen=True)
class Try:
    """One try at one slot, written down before the password was checked."""

    tag: str
    id: str


@dataclass(frozen=True)
class Failure:
    at: str  # ISO time in UTC
    while_locked: bool
    earlier: int = 0  # tries before this one whose times were not kept


class LockOut:
    def __init__(self, path: Path, lock: FileLock, *, slot_tags):
        self.path = Path(path)
        self.lock = lock
        # The tags of the slots in the key file: a missing record locks them all.
        self._slot_tags = slot_tags

    # -- file ---------------------------------------------------------------
    def _load(self) -> dict | None:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            data = {}
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return None  # damaged: treated as missing, which locks every account
        return data

    def _save(self, data: dict) -> None:
        data["serial"] = data.get("serial", 0) + 1
        atomic_write(self.path, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))

    def create(self, carried: dict[str, dict] | None = None) -> None:
        """A fresh record (a new branch), or one carried over from an older key file."""
        with self.lock:
            self._save({"format": FORMAT, "serial": 0, "slots": dict(carried or {}),
                        "missing_since": None})

    def _current(self) -> dict:
        """The record; if it was deleted or damaged, a new one in which every
        slot is locked, so that removing the file never buys more tries."""
        data = self._load()
        if data is not None:
            return data
        until = (_now() + dt.timedelta(minutes=LOCK_MINUTES)).isoformat()
        data = {"format": FORMAT, "serial": 0, "missing_since": _now().isoformat(),
                "slots": {tag: {"tries": [], "streak": 0, "locked_until": until}
                          for tag in self._slot_tags()}}
        self._save(data)
        return data

    # -- tries --------------------------------------------------------------
    def begin(self, tag: str) -> Try:
        """Write down a try at this slot, or refuse it if the slot is locked.

        Raises ``AccountLocked`` (the try is written down as refused) or
        ``StorageError`` when the record cannot be written (then the password
        must not be checked).
        """
        with self.lock:
            data = self._current()
            slot = data["slots"].setdefault(tag, {"tries": [], "streak": 0, "locked_until": None})
            now = _now()
            this = Try(tag, os.urandom(8).hex())
            locked = self._locked_until(slot, now)
            slot["tries"].append({"id": this.id, "at": now.isoformat(), "locked": locked is not None})
            if len(slot["tries"]) > KEEP_TRIES:
                # Someone is hammering at the door: keep the file small, count the rest.
                slot["earlier"] = slot.get("earlier", 0) + len(slot["tries"]) - KEEP_TRIES
                slot["tries"] = slot["tries"][-KEEP_TRIES:]
            if locked is None:
                slot["streak"] += 1
                if slot["streak"] >= MAX_FAILED:
                    # This try is still checked; the lock holds for the next ones.
                    slot["streak"] = 0
                    slot["locked_until"] = (now + dt.timedelta(minutes=LOCK_MINUTES)).isoformat()
            self._save(data)
        if locked is not None:
            raise self._locked_error(locked, data)
        return this

    def check_locked(self, tag: str) -> None:
        """After a wrong password: say so if that try locked the account."""
        data = self._load() or {}
        slot = data.get("slots", {}).get(tag)
        until = self._locked_until(slot, _now()) if slot else None
        if until is not None:
            raise self._locked_error(until, data)

    def failures(self, attempt: Try) -> list[Failure]:
        """The other tries at this slot since its last success: failed ones."""
        data = self._load() or {}
        slot = data.get("slots", {}).get(attempt.tag) or {"tries": []}
        failures = [Failure(t["at"], bool(t.get("locked"))) for t in slot["tries"] if t["id"] != attempt.id]
        if failures and slot.get("earlier"):
            failures[0] = Failure(failures[0].at, failures[0].while_locked, slot["earlier"])
        return failures

    def succeeded(self, attempt: Try, *, reported: list[Failure]) -> None:
        """The password was right: forget this try and the failures already
        handed to the audit trail, and open the slot again."""
        told = {f.at for f in reported}
        with self.lock:
            data = self._current()
            slot = data["slots"].get(attempt.tag)
            if slot is None:
                return
            slot["tries"] = [t for t in slot["tries"] if t["id"] != attempt.id and t["at"] not in told]
            if reported and reported[0].earlier:
                slot["earlier"] = max(0, slot.get("earlier", 0) - reported[0].earlier)
            slot["streak"] = 0
            slot["locked_until"] = None
            data["missing_since"] = None
            self._save(data)

    def forget(self, tag: str) -> None:
        """A slot made anew (a new user, a password reset): its record starts clean."""
        with self.lock:
            data = self._current()
            if data["slots"].pop(tag, None) is not None:
                self._save(data)

    def locked_until(self, tag: str) -> dt.datetime | None:
        data = self._load() or {}
        slot = data.get("slots", {}).get(tag)
        return self._locked_until(slot, _now()) if slot else None

    @staticmethod
    def _locked_until(slot: dict, now: dt.datetime) -> dt.datetime | None:
        if not slot.get("locked_until"):
            return None
        until = dt.datetime.fromisoformat(slot["locked_until"])
        return until if until > now else None

    @staticmethod
    def _locked_error(until: dt.datetime, data: dict) -> AccountLocked:
        shown = until.astimezone().strftime("%H:%M")
        if data.get("missing_since"):
            return AccountLocked(fill(QCoreApplication.translate(
                "Storage", "The record of wrong passwords beside the key file was removed or damaged, "
                "so every account of this branch waits until %1."), shown))
        return AccountLocked(fill(QCoreApplication.translate(
            "Storage", "Too many wrong passwords. This account is locked until %1."), shown))


__all__ = ["Failure", "LOCK_MINUTES", "LockOut", "MAX_FAILED", "TRIES_NAME", "Try"]
