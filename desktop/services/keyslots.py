"""The key-slot file: the random database key, wrapped for each staff member
and for the HQ escrow key.

Each member has an age X25519 identity. Its secret half is sealed with a key
derived from their password (argon2id, then AES-256-GCM); the database key is
age-encrypted to its public half. So the administrator can wrap a new database
key for everyone after a rekey without knowing their passwords, and a password
change re-seals one identity.

The file holds no names: a slot is found by a keyed hash of the user name.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path

import pyrage
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from PySide6.QtCore import QCoreApplication

from ..errors import AccountLocked, StorageError, WrongPassword
from ..i18n import fill
from .files import atomic_write

FORMAT = "qamqor-keyslots/1"
MAX_FAILED = 5
LOCK_MINUTES = 15


@dataclass(frozen=True)
class KdfParams:
    """argon2id cost. 64 MiB and 3 passes take about 0.15 s here (OWASP's
    second recommended setting is 19 MiB / 2 passes; we can afford more)."""

    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 4

    @classmethod
    def fast(cls) -> "KdfParams":
        """For the test suite only: the same code path at a fraction of the cost."""
        return cls(time_cost=1, memory_kib=1024, parallelism=1)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _derive(password: str, salt: bytes, params: dict) -> bytes:
    return hash_secret_raw(password.encode("utf-8"), salt, time_cost=params["t"],
                           memory_cost=params["m"], parallelism=params["p"], hash_len=32,
                           type=Type.ID)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class KeySlots:
    """Reads and atomically rewrites the key-slot file beside the database."""

    def __init__(self, path: Path, kdf: KdfParams | None = None):
        self.path = Path(path)
        self.kdf = kdf or KdfParams()
        self._data: dict | None = None

    # -- file ---------------------------------------------------------------
    def exists(self) -> bool:
        return self.path.exists()

    def _load(self) -> dict:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            raise StorageError(QCoreApplication.translate(
                "Storage", "The key file of this branch is missing. Restore it from a backup.")) from None
        except (OSError, ValueError):
            raise StorageError(QCoreApplication.translate(
                "Storage", "The key file of this branch is damaged. Restore it from a backup.")) from None
        if data.get("format") != FORMAT:
            raise StorageError(QCoreApplication.translate(
                "Storage", "The key file was made by a newer Qamqor. Install the newer version."))
        return data

    @property
    def data(self) -> dict:
        if self._data is None:
            self._data = self._load()
        return self._data

    def reload(self) -> None:
        self._data = None

    def _save(self) -> None:
        text = json.dumps(self.data, indent=1, sort_keys=True)
        atomic_write(self.path, text.encode("utf-8"))

    # -- slots --------------------------------------------------------------
    def _tag(self, username: str) -> str:
        salt = _unb64(self.data["salt"])
        return hmac.new(salt, username.casefold().encode("utf-8"), hashlib.sha256).hexdigest()

    def _slot(self, username: str) -> dict | None:
        return self.data["slots"].get(self._tag(username))

    def has_slot(self, username: str) -> bool:
        return self._slot(username) is not None

    def _seal_identity(self, identity: pyrage.x25519.Identity, password: str) -> dict:
        salt = os.urandom(16)
        params = {"t": self.kdf.time_cost, "m": self.kdf.memory_kib, "p": self.kdf.parallelism}
        nonce = os.urandom(12)
        sealed = AESGCM(_derive(password, salt, params)).encrypt(
            nonce, str(identity).encode("ascii"), FORMAT.encode("ascii"))
        return {"kdf": "argon2id", **params, "salt": _b64(salt), "nonce": _b64(nonce),
                "sealed": _b64(sealed)}

    @staticmethod
    def _open_identity(slot: dict, password: str) -> pyrage.x25519.Identity:
        sealed = slot["identity"]
        key = _derive(password, _unb64(sealed["salt"]), sealed)
        try:
            secret = AESGCM(key).decrypt(_unb64(sealed["nonce"]), _unb64(sealed["sealed"]),
                                         FORMAT.encode("ascii"))
        except InvalidTag:
            raise WrongPassword(QCoreApplication.translate(
                "Storage", "Wrong user name or password.")) from None
        return pyrage.x25519.Identity.from_str(secret.decode("ascii"))

    @staticmethod
    def _wrap(db_key: bytes, recipient: str) -> str:
        return _b64(pyrage.encrypt(db_key, [pyrage.x25519.Recipient.from_str(recipient)]))

    def create(self, *, username: str, password: str, db_key: bytes,
               escrow_recipient: str | None = None) -> None:
        self._data = {"format": FORMAT, "salt": _b64(os.urandom(16)), "generation": 1,
                      "pending": None, "slots": {}, "escrow": None}
        self._put_slot(username, password, {1: db_key})
        if escrow_recipient:
            self.data["escrow"] = {"recipient": escrow_recipient,
                                   "keys": {"1": self._wrap(db_key, escrow_recipient)}}
        self._save()

    def _put_slot(self, username: str, password: str, keys: dict[int, bytes]) -> None:
        identity = pyrage.x25519.Identity.generate()
        public = str(identity.to_public())
        self.data["slots"][self._tag(username)] = {
            "public": public,
            "identity": self._seal_identity(identity, password),
            "keys": {str(g): self._wrap(k, public) for g, k in keys.items()},
            "failed": [],
            "streak": 0,
            "locked_until": None,
        }

    def add_or_reset(self, *, username: str, password: str, db_key: bytes) -> None:
        """A new identity for this user, sealed with this password (new user,
        or an administrator's password reset: the old password is not needed)."""
        self._put_slot(username, password, {self.data["generation"]: db_key})
        self._save()

    def change_password(self, *, username: str, old_password: str, new_password: str) -> None:
        slot = self._slot(username)
        if slot is None:
            raise WrongPassword(QCoreApplication.translate("Storage", "Wrong user name or password."))
        identity = self._open_identity(slot, old_password)
        slot["identity"] = self._seal_identity(identity, new_password)
        self._save()

    def remove(self, username: str) -> None:
        self.data["slots"].pop(self._tag(username), None)
        self._save()

    # -- unlocking ----------------------------------------------------------
    def check_not_locked(self, username: str) -> None:
        slot = self._slot(username)
        if slot is None or not slot.get("locked_until"):
            return
        until = dt.datetime.fromisoformat(slot["locked_until"])
        if until > _now():
            raise AccountLocked(fill(QCoreApplication.translate(
                "Storage", "Too many wrong passwords. This account is locked until %1."),
                until.astimezone().strftime("%H:%M")))

    def unlock(self, username: str, password: str) -> dict[int, bytes]:
        """The database keys (current and, during a rekey, pending) for this user.

        Wrong passwords are counted in the file; the fifth locks the account for
        fifteen minutes. The count and times are handed to the audit trail by
        :meth:`take_failures` once the database is open.
        """
        slot = self._slot(username)
        if slot is None:
            # The same message and about the same time as a wrong password:
            # a guesser learns nothing about which user names exist.
            _derive(password, b"\0" * 16, {"t": self.kdf.time_cost, "m": self.kdf.memory_kib,
                                           "p": self.kdf.parallelism})
            raise WrongPassword(QCoreApplication.translate("Storage", "Wrong user name or password."))
        self.check_not_locked(username)
        try:
            identity = self._open_identity(slot, password)
        except WrongPassword:
            self.reload()
            slot = self._slot(username)
            slot["failed"].append(_now().isoformat())
            slot["streak"] = slot.get("streak", 0) + 1
            if slot["streak"] >= MAX_FAILED:
                slot["streak"] = 0
                slot["locked_until"] = (_now() + dt.timedelta(minutes=LOCK_MINUTES)).isoformat()
            self._save()
            self.check_not_locked(username)
            raise
        keys = {int(g): pyrage.decrypt(_unb64(w), [identity]) for g, w in slot["keys"].items()}
        return keys

    def failures(self, username: str) -> list[str]:
        slot = self._slot(username)
        return list(slot["failed"]) if slot else []

    def clear_failures(self, username: str) -> None:
        slot = self._slot(username)
        if slot and (slot["failed"] or slot["locked_until"] or slot.get("streak")):
            slot["failed"] = []
            slot["streak"] = 0
            slot["locked_until"] = None
            self._save()

    @property
    def generation(self) -> int:
        return self.data["generation"]

    @property
    def pending(self) -> int | None:
        return self.data.get("pending")

    # -- rekey --------------------------------------------------------------
    def begin_rekey(self, new_key: bytes) -> int:
        """Wrap ``new_key`` for every slot and the escrow as the pending
        generation, and save, before the database itself is rekeyed: a crash
        between the two steps leaves a database that some slot still opens."""
        gen = self.data["generation"] + 1
        for slot in self.data["slots"].values():
            slot["keys"][str(gen)] = self._wrap(new_key, slot["public"])
        if self.data.get("escrow"):
            esc = self.data["escrow"]
            esc["keys"][str(gen)] = self._wrap(new_key, esc["recipient"])
        self.data["pending"] = gen
        self._save()
        return gen

    def finish_rekey(self) -> None:
        gen = self.data["pending"]
        if gen is None:
            return
        for holder in [*self.data["slots"].values(), self.data.get("escrow") or {"keys": {}}]:
            holder["keys"] = {k: v for k, v in holder["keys"].items() if k == str(gen)}
        self.data["generation"] = gen
        self.data["pending"] = None
        self._save()

    def set_escrow(self, recipient: str, db_key: bytes) -> None:
        self.data["escrow"] = {"recipient": recipient,
                               "keys": {str(self.generation): self._wrap(db_key, recipient)}}
        self._save()

    def escrow_unlock(self, identity: str) -> dict[int, bytes]:
        """HQ recovery: the database keys opened with the escrow identity."""
        esc = self.data.get("escrow")
        if not esc:
            raise StorageError(QCoreApplication.translate("Storage", "This branch has no escrow key."))
        ident = pyrage.x25519.Identity.from_str(identity.strip())
        try:
            return {int(g): pyrage.decrypt(_unb64(w), [ident]) for g, w in esc["keys"].items()}
        except pyrage.DecryptError:
            raise WrongPassword(QCoreApplication.translate(
                "Storage", "This escrow key does not open this branch.")) from None
