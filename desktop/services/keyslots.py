"""The key-slot file: the random database key, wrapped for each staff member
and for the HQ escrow key.

Each member has an age X25519 identity. Its secret half is sealed with a key
derived from their password (argon2id, then AES-256-GCM); the database key is
age-encrypted to its public half. So the administrator can wrap a new database
key for everyone after a rekey without knowing their passwords, and a password
change re-seals one identity.

The file holds no names: a slot is found by a keyed hash of the user name.

Several programs may use one branch at once (the window, command-line
imports, an administrator's ``users disable`` in another window's absence),
so the file is changed only under its lock (``qamqor.keys.lock``), always as
read-modify-write of the file on disk, never of a copy kept in memory, and
written atomically. The wrong-password count lives in ``qamqor.tries`` beside
it (services/lockout.py), under the same lock.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyrage
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from PySide6.QtCore import QCoreApplication

from ..errors import StorageError, WrongPassword
from ..exchange.sealed import key_id
from .files import atomic_write
from .locks import FileLock
from .lockout import LOCK_MINUTES, MAX_FAILED, TRIES_NAME, LockOut, Try

FORMAT = "qamqor-keyslots/1"
LOCK_NAME = "qamqor.keys.lock"


@dataclass(frozen=True)
class KdfParams:
    """argon2id cost of one password try.

    256 MiB and 3 passes take about half a second on a two-core laptop
    (``python -m benchmarks protection``): slow enough that guessing a copied
    key file offline costs real time, quick enough that nobody waits long at
    the log-in. Memory rather than passes, as RFC 9106 advises: memory is what
    makes each guess expensive on a graphics card too.
    """

    time_cost: int = 3
    memory_kib: int = 262144
    parallelism: int = 4

    @classmethod
    def fast(cls) -> "KdfParams":
        """For the test suite only: the same code path at a fraction of the cost."""
        return cls(time_cost=1, memory_kib=1024, parallelism=1)


def default_kdf() -> KdfParams:
    """The cost new slots are sealed with. The test suite makes it
    ``KdfParams.fast()`` for programs it runs in-process (tests/conftest.py)."""
    return KdfParams()


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


def _wrong_password() -> WrongPassword:
    return WrongPassword(QCoreApplication.translate("Storage", "Wrong user name or password."))


def generations(data: dict) -> list[int]:
    """The database keys the file holds: the current one and, during a rekey, the next."""
    return [data["generation"]] + ([data["pending"]] if data.get("pending") is not None else [])


@dataclass(frozen=True)
class Opened:
    """What a password (or HQ's escrow key) opened: an X25519 identity, and
    where its wrapped database keys are in the file (a slot's tag; None for
    the escrow). It unwraps the keys from whatever the file holds when asked,
    so a window follows a rekey made by another program."""

    identity: pyrage.x25519.Identity
    tag: str | None
    attempt: Try | None = None

    def keys(self, data: dict) -> dict[int, bytes]:
        holder = data.get("escrow") if self.tag is None else data["slots"].get(self.tag)
        if holder is None or holder.get("public", holder.get("recipient")) != str(self.identity.to_public()):
            raise StorageError(QCoreApplication.translate(
                "Storage", "Your key was removed from this branch's key file (the account was disabled "
                "or its password reset). Log in again."))
        return {int(g): pyrage.decrypt(_unb64(w), [self.identity]) for g, w in holder["keys"].items()}


class KeySlots:
    """The key-slot file beside the database."""

    def __init__(self, path: Path, kdf: KdfParams | None = None):
        self.path = Path(path)
        self.kdf = kdf or default_kdf()
        self.lock = FileLock(self.path.with_name(LOCK_NAME))
        self.lockout = LockOut(self.path.with_name(TRIES_NAME), self.lock, slot_tags=self._tags_on_disk)
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
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise StorageError(QCoreApplication.translate(
                "Storage", "The key file was made by a newer Qamqor. Install the newer version."))
        return data

    def fresh(self) -> dict:
        """The file as it is on disk now."""
        self._data = self._load()
        return self._data

    @property
    def data(self) -> dict:
        """The file as last read (for questions whose answer may be a moment old)."""
        if self._data is None:
            self._data = self._load()
        return self._data

    def reload(self) -> None:
        self._data = None

    def _save(self, data: dict) -> None:
        atomic_write(self.path, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))
        self._data = data

    @contextmanager
    def _changing(self) -> Iterator[dict]:
        """Read the file under its lock, let the block change it, write it back
        atomically. Nothing is written if the block raises."""
        with self.lock:
            data = self._load()
            yield data
            self._save(data)

    def _tags_on_disk(self) -> list[str]:
        try:
            return list(self._load()["slots"])
        except StorageError:
            return []

    # -- slots --------------------------------------------------------------
    @staticmethod
    def _tag_in(data: dict, username: str) -> str:
        salt = _unb64(data["salt"])
        return hmac.new(salt, username.casefold().encode("utf-8"), hashlib.sha256).hexdigest()

    def tag(self, username: str) -> str:
        return self._tag_in(self.data, username)

    def has_slot(self, username: str) -> bool:
        data = self.fresh()
        return self._tag_in(data, username) in data["slots"]

    def _kdf_params(self) -> dict:
        return {"t": self.kdf.time_cost, "m": self.kdf.memory_kib, "p": self.kdf.parallelism}

    def _seal_identity(self, identity: pyrage.x25519.Identity, password: str) -> dict:
        salt = os.urandom(16)
        params = self._kdf_params()
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
            raise _wrong_password() from None
        return pyrage.x25519.Identity.from_str(secret.decode("ascii"))

    @staticmethod
    def _wrap(db_key: bytes, recipient: str) -> str:
        return _b64(pyrage.encrypt(db_key, [pyrage.x25519.Recipient.from_str(recipient)]))

    def _slot_record(self, identity: pyrage.x25519.Identity, sealed: dict, keys: dict[int, bytes]) -> dict:
        public = str(identity.to_public())
        return {"public": public, "identity": sealed,
                "keys": {str(g): self._wrap(k, public) for g, k in keys.items()}}

    @staticmethod
    def _keys_for_every_generation(by: Opened, data: dict) -> dict[int, bytes]:
        keys = by.keys(data)
        if any(g not in keys for g in generations(data)):
            raise StorageError(QCoreApplication.translate(
                "Storage", "The key file changed while you were working. Log in again and repeat."))
        return {g: keys[g] for g in generations(data)}

    def create(self, *, username: str, password: str, db_key: bytes,
               escrow_recipient: str | None = None) -> Opened:
        identity = pyrage.x25519.Identity.generate()
        sealed = self._seal_identity(identity, password)
        with self.lock:
            data = {"format": FORMAT, "salt": _b64(os.urandom(16)), "generation": 1,
                    "pending": None, "slots": {}, "escrow": None}
            tag = self._tag_in(data, username)
            data["slots"][tag] = self._slot_record(identity, sealed, {1: db_key})
            if escrow_recipient:
                data["escrow"] = {"recipient": escrow_recipient,
                                  "keys": {"1": self._wrap(db_key, escrow_recipient)}}
            self._save(data)
            self.lockout.create()
        return Opened(identity, tag)

    def new_identity(self, password: str) -> tuple[pyrage.x25519.Identity, dict]:
        """A new identity sealed with this password: the slow part of
        ``add_or_reset``, to be done before any lock is taken."""
        identity = pyrage.x25519.Identity.generate()
        return identity, self._seal_identity(identity, password)

    def add_or_reset(self, *, username: str, by: Opened, password: str | None = None,
                     fresh: tuple[pyrage.x25519.Identity, dict] | None = None) -> None:
        """A new identity for this user, sealed with this password (new user,
        or an administrator's password reset: the old password is not needed).
        ``by`` is what the administrator's own password opened: it unwraps
        the database keys the file holds now, for the new slot."""
        identity, sealed = fresh or self.new_identity(password)
        with self._changing() as data:
            keys = self._keys_for_every_generation(by, data)
            tag = self._tag_in(data, username)
            data["slots"][tag] = self._slot_record(identity, sealed, keys)
        self.lockout.forget(tag)

    def seal(self, opened: Opened, password: str) -> tuple[str, dict]:
        """This identity sealed with a new password (the slow part, done
        before anything is locked); give the result to ``change_password``."""
        return str(opened.identity.to_public()), self._seal_identity(opened.identity, password)

    def change_password(self, *, username: str, sealed: tuple[str, dict]) -> None:
        """Put a re-sealed identity into its slot, if the slot still holds that identity."""
        public, identity = sealed
        with self._changing() as data:
            slot = data["slots"].get(self._tag_in(data, username))
            if slot is None or slot["public"] != public:
                raise StorageError(QCoreApplication.translate(
                    "Storage", "The key file changed while you were working. Log in again and repeat."))
            slot["identity"] = identity

    # -- unlocking ----------------------------------------------------------
    def unlock(self, username: str, password: str) -> Opened:
        """What this user's password opens.

        The try is written down before the password is checked (lockout.py);
        the fifth wrong one locks the account for fifteen minutes. The caller
        tells ``lockout.succeeded`` once the log-in is complete.
        """
        data = self.fresh()
        tag = self._tag_in(data, username)
        slot = data["slots"].get(tag)
        if slot is None:
            # The same message and about the same time as a wrong password:
            # a guesser learns nothing about which user names exist.
            _derive(password, b"\0" * 16, self._kdf_params())
            raise _wrong_password()
        self._carry_old_counts()
        attempt = self.lockout.begin(tag)
        try:
            identity = self._open_identity(slot, password)
        except WrongPassword:
            self.lockout.check_locked(tag)
            raise
        return Opened(identity, tag, attempt)

    def unlock_copy(self, data: dict, username: str, password: str) -> Opened:
        """What this password opens in a copy of a key-slot file (a backup's),
        counted in this branch's lock-out record like a log-in (a copy has
        the branch's salt, so a slot has the same tag in it)."""
        return unlock_in(data, username, password, lockout=self.lockout, kdf=self.kdf)

    def _carry_old_counts(self) -> None:
        """Key files made before ``qamqor.tries`` existed kept the count in each
        slot: move it there once, so an upgrade locks nobody out."""
        if self.lockout.path.exists():
            return
        with self.lock:
            if self.lockout.path.exists():
                return
            data = self._load()
            old = {tag: slot for tag, slot in data["slots"].items() if "streak" in slot}
            if not old:
                return  # a branch made with the record, which has gone: lockout locks all
            self.lockout.create({tag: {
                "tries": [{"id": os.urandom(8).hex(), "at": at, "locked": False} for at in slot.get("failed", [])],
                "streak": slot.get("streak", 0), "locked_until": slot.get("locked_until")}
                for tag, slot in old.items()})
            for slot in data["slots"].values():
                for field in ("failed", "streak", "locked_until"):
                    slot.pop(field, None)
            self._save(data)

    def keys_for(self, opened: Opened) -> dict[int, bytes]:
        return opened.keys(self.fresh())

    # -- rekey --------------------------------------------------------------
    def stage_rekey(self, new_key: bytes, *, remove: str | None = None) -> int:
        """Remove ``remove``'s slot and wrap ``new_key`` for every remaining slot
        and the escrow as the pending generation, in one atomic write, before
        the database itself is rekeyed. So there is no moment at which the
        removed slot could unwrap the new key, and a crash between this and
        the rekey leaves a database that the current key still opens."""
        with self._changing() as data:
            if remove is not None:
                data["slots"].pop(self._tag_in(data, remove), None)
            gen = data["generation"] + 1
            for slot in data["slots"].values():
                slot["keys"] = {g: w for g, w in slot["keys"].items() if int(g) <= data["generation"]}
                slot["keys"][str(gen)] = self._wrap(new_key, slot["public"])
            if data.get("escrow"):
                esc = data["escrow"]
                esc["keys"] = {g: w for g, w in esc["keys"].items() if int(g) <= data["generation"]}
                esc["keys"][str(gen)] = self._wrap(new_key, esc["recipient"])
            data["pending"] = gen
        return gen

    def begin_rekey(self, new_key: bytes) -> int:
        return self.stage_rekey(new_key)

    def finish_rekey(self, gen: int | None = None) -> None:
        """The database now opens with the pending key: make it the current one."""
        with self.lock:
            data = self._load()
            pending = data.get("pending")
            if pending is None or (gen is not None and pending != gen):
                return
            for holder in [*data["slots"].values(), data.get("escrow") or {"keys": {}}]:
                holder["keys"] = {k: v for k, v in holder["keys"].items() if k == str(pending)}
            data["generation"] = pending
            data["pending"] = None
            self._save(data)

    @property
    def generation(self) -> int:
        return self.data["generation"]

    @property
    def pending(self) -> int | None:
        return self.data.get("pending")

    def set_escrow(self, recipient: str, *, by: Opened) -> None:
        with self._changing() as data:
            keys = self._keys_for_every_generation(by, data)
            old = data.get("escrow") or {}
            data["escrow"] = {"recipient": recipient,
                              "keys": {str(g): self._wrap(k, recipient) for g, k in keys.items()}}
            if old.get("recipient") == recipient and old.get("health"):
                # The same escrow key again: it keeps the health key it had. A new
                # escrow key receives it from the next log-in of someone who holds it.
                data["escrow"]["health"] = old["health"]

    # -- the health key ----------------------------------------------------
    # A second random key seals the restricted health fields inside the
    # database (exchange/sealed.py). It is wrapped, like the database key, to
    # the X25519 identities of the accounts whose role may see health data, and
    # to HQ's escrow key; never to the others. Unwrapping needs the holder's
    # password, so only someone who holds it can give it to a colleague. It
    # does not change when the database is rekeyed (the rekey keeps every
    # slot's "health"), so another program's rekey cannot lose it.
    @staticmethod
    def health_key_id(data: dict) -> str | None:
        info = data.get("health")
        return info.get("id") if isinstance(info, dict) else None

    def health_key(self, opened: Opened, data: dict | None = None) -> bytes | None:
        """The health key as this identity holds it, or None when it holds none."""
        data = data if data is not None else self.fresh()
        kid = self.health_key_id(data)
        holder = data.get("escrow") if opened.tag is None else data["slots"].get(opened.tag)
        if kid is None or not holder or not holder.get("health"):
            return None
        if holder.get("public", holder.get("recipient")) != str(opened.identity.to_public()):
            return None
        try:
            key = pyrage.decrypt(_unb64(holder["health"]), [opened.identity])
        except pyrage.DecryptError:
            return None
        if key_id(key) != kid:
            raise StorageError(QCoreApplication.translate(
                "Health", "The key to health information in the key file is damaged. Restore the key file "
                          "from a backup."))
        return key

    def health_holders(self, data: dict | None = None) -> set[str]:
        """The slot tags that hold the health key."""
        data = data if data is not None else self.fresh()
        return {tag for tag, slot in data["slots"].items() if slot.get("health")}

    def escrow_health(self, data: dict | None = None) -> tuple[str, str] | None:
        """(key id, the health key wrapped for HQ's escrow key), for HQ's copy."""
        data = data if data is not None else self.fresh()
        kid, esc = self.health_key_id(data), data.get("escrow") or {}
        return (kid, esc["health"]) if kid and esc.get("health") else None

    def create_health_key(self, key: bytes, *, usernames: list[str]) -> bool:
        """Make ``key`` the branch's health key, wrapped for these users' slots
        and the escrow. False (and nothing written) when another program made
        one first: the caller then uses that one."""
        with self._changing() as data:
            if self.health_key_id(data) is not None:
                return False
            for name in usernames:
                slot = data["slots"].get(self._tag_in(data, name))
                if slot is not None:
                    slot["health"] = self._wrap(key, slot["public"])
            if data.get("escrow"):
                data["escrow"]["health"] = self._wrap(key, data["escrow"]["recipient"])
            data["health"] = {"id": key_id(key)}
        return True

    def grant_health(self, username: str, *, key: bytes) -> bool:
        """Wrap the health key (which the caller holds) for this user's slot;
        False when the user has no slot."""
        with self._changing() as data:
            if self.health_key_id(data) != key_id(key):
                raise StorageError(QCoreApplication.translate(
                    "Storage", "The key file changed while you were working. Log in again and repeat."))
            slot = data["slots"].get(self._tag_in(data, username))
            if slot is None:
                return False
            slot["health"] = self._wrap(key, slot["public"])
        return True

    def wrap_health_for_escrow(self, key: bytes) -> bool:
        """Give HQ's escrow key the health key if it lacks it (a key set
        installed after the health key was made). True when something changed."""
        data = self.fresh()
        esc = data.get("escrow")
        if not esc or esc.get("health") or self.health_key_id(data) != key_id(key):
            return False
        with self._changing() as data:
            esc = data.get("escrow")
            if not esc or esc.get("health") or self.health_key_id(data) != key_id(key):
                return False
            esc["health"] = self._wrap(key, esc["recipient"])
        return True

    def adopt_escrow_health(self, kid: str, wrapped: str) -> bool:
        """A branch rebuilt from HQ (services/recovery.py): the health key as
        HQ's escrow key holds it becomes the branch's, held by the escrow
        alone until HQ's escrow key gives it to a colleague. False when the
        file has no escrow, or another health key already."""
        with self._changing() as data:
            esc = data.get("escrow")
            if not esc or self.health_key_id(data) not in (None, kid):
                return False
            esc["health"] = wrapped
            data["health"] = {"id": kid}
        return True

    def revoke_health(self, username: str) -> bool:
        """Remove the health key from this user's slot (a role that may no
        longer see health data). True when there was one."""
        data = self.fresh()
        slot = data["slots"].get(self._tag_in(data, username))
        if slot is None or not slot.get("health"):
            return False
        with self._changing() as data:
            slot = data["slots"].get(self._tag_in(data, username))
            return bool(slot is not None and slot.pop("health", None))

    def escrow_opened(self, identity: str) -> Opened:
        """HQ recovery: what the escrow identity opens."""
        data = self.fresh()
        esc = data.get("escrow")
        if not esc:
            raise StorageError(QCoreApplication.translate("Storage", "This branch has no escrow key."))
        ident = pyrage.x25519.Identity.from_str(identity.strip())
        if str(ident.to_public()) != esc["recipient"]:
            raise WrongPassword(QCoreApplication.translate(
                "Storage", "This escrow key does not open this branch."))
        return Opened(ident, None)

    def escrow_unlock(self, identity: str) -> dict[int, bytes]:
        """HQ recovery: the database keys opened with the escrow identity."""
        opened = self.escrow_opened(identity)
        try:
            return opened.keys(self.data)
        except pyrage.DecryptError:
            raise WrongPassword(QCoreApplication.translate(
                "Storage", "This escrow key does not open this branch.")) from None


def unlock_in(data: dict, username: str, password: str, *, lockout: LockOut | None,
              kdf: KdfParams | None = None) -> Opened:
    """What this password opens in key-slot data held in memory (a backup's
    copy of the file). With ``lockout`` the try is counted as a log-in's is;
    without (a new computer with no branch yet) only the argon2 cost stands
    in a guesser's way, as it does for anyone with a copy of the file."""
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("slots"), dict):
        raise StorageError(QCoreApplication.translate(
            "Storage", "The key file of this branch is damaged. Restore it from a backup."))
    tag = KeySlots._tag_in(data, username)
    slot = data["slots"].get(tag)
    if slot is None:
        params = kdf or default_kdf()
        _derive(password, b"\0" * 16, {"t": params.time_cost, "m": params.memory_kib, "p": params.parallelism})
        raise _wrong_password()
    attempt = lockout.begin(tag) if lockout is not None else None
    try:
        identity = KeySlots._open_identity(slot, password)
    except WrongPassword:
        if lockout is not None:
            lockout.check_locked(tag)
        raise
    if lockout is not None:
        lockout.succeeded(attempt, reported=[])
    return Opened(identity, tag)


__all__ = ["KdfParams", "KeySlots", "LOCK_MINUTES", "MAX_FAILED", "Opened", "generations", "unlock_in"]
