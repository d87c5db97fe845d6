"""Rebuilding a branch from HQ's records on a new computer (the old one was
lost or stolen).

1. ``make_request`` on the new computer, before any branch exists there:
   new signing and age keys for the branch, kept in ``qamqor.recovery`` in
   the data folder sealed with the future administrator's password (age's
   scrypt passphrase encryption), and a recovery request for HQ: an
   enrolment file with those public keys, read out by phone as any enrolment.
2. HQ writes the recovery bundle for that request and revokes the lost
   computer's key (desktop/hq/recovery.py).
3. ``recover`` on the new computer: the bundle is opened with the request's
   key and checked against HQ's key set (its fingerprint read out by phone);
   the branch is set up with its own id, the person running it as its
   administrator, and HQ's records written as they are, without journalling
   (they are HQ's already, as with the provider directory). Numbers go on
   above the highest HQ had, the change log above the last change HQ
   applied, the bundles after the last one HQ accepted, in the new exchange
   epoch HQ began. The other staff accounts come back disabled with no key
   slot: the administrator sets a password for each. The health key comes
   back as HQ's escrow key holds it; that key gives it to a director or
   caseworker (``qamqor users grant-health USER --escrow-key FILE``).

What the lost computer recorded after its last bundle reached HQ is not in
HQ's records: the result says which change and bundle HQ's copy reaches.
"""
from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.exchange.bundle import public_b64
from desktop.exchange.keys import KeySet, make_enrolment, parse_enrolment
from desktop.exchange.recovery import read_recovery
from desktop.models import (Base, BranchKey, BundleLog, ExchangeState, HqKeySet, Role, SequenceHead, Setting, User,
                            uuid7)
from desktop.models.journal import canonical_json, record_audit
from desktop.models.replication import RowCodec, replicated_models, write_rows

from . import epochs
from .accounts import BRANCH_CODE, BranchGate, Identity, check_password_strength
from .datadir import DB_NAME, KEYS_NAME
from .exchange import ACK
from .files import atomic_write
from .keyslots import LOCK_NAME
from .lockout import TRIES_NAME
from .numbering import NUMBERED, leave_room, move_past
from .health import ESCROW_SETTING, KEY_SETTING
from ..errors import BundleError, Refused, StorageError

REQUEST_NAME = "qamqor.recovery"
#: a password hash no password matches: recovered accounts wait for a new one
NO_PASSWORD = "!recovered"
_BATCH = 20000


@dataclass(frozen=True)
class RecoveryRequest:
    path: Path  # the request file for HQ
    spoken: str  # its fingerprint in groups of four, to read out by phone


@dataclass(frozen=True)
class RecoveredBranch:
    code: str
    name: str
    records: int
    counts: dict[str, int]
    disabled: tuple[str, ...]  # staff accounts that wait for a new password
    cursor: int  # HQ's copy holds the branch's changes through this one
    last_bundle: int
    last_bundle_at: dt.datetime | None
    health_by_escrow: bool  # the health key came back, held by HQ's escrow key alone
    administrator: Identity


def _request_path(data_dir: Path) -> Path:
    return Path(data_dir) / REQUEST_NAME


def make_request(data_dir: Path, out_dir: Path, *, branch_code: str, password: str) -> RecoveryRequest:
    """New keys for the branch on this computer, kept sealed with ``password``
    (the one the administrator will give to ``recover``), and the request
    file for HQ in ``out_dir``. A new request replaces an earlier one here."""
    code = branch_code.strip().upper()
    if not BRANCH_CODE.match(code):
        raise Refused(QCoreApplication.translate(
            "Accounts", "A branch code looks like KZ-ALA: country, dash, 2 to 6 letters or digits."))
    data_dir, out_dir = Path(data_dir), Path(out_dir)
    if (data_dir / DB_NAME).exists() or (data_dir / KEYS_NAME).exists():
        raise Refused(QCoreApplication.translate(
            "Recovery", "A branch already exists in %1: a branch is rebuilt only on a computer (or in a data "
            "folder) that has none."), data_dir)
    if not out_dir.is_dir():
        raise Refused(QCoreApplication.translate("Exchange", "The folder %1 does not exist."), out_dir)
    # The administrator's password to come: the policy's checks now, not after HQ has answered.
    check_password_strength(password, branch=(code,))
    signing = Ed25519PrivateKey.generate()
    age = pyrage.x25519.Identity.generate()
    document = make_enrolment(branch_id=str(uuid7()), code=code, name=code, signing=signing,
                              recipient=str(age.to_public()))
    enrolment = parse_enrolment(document)
    secret = json.dumps({"code": code, "request": enrolment.fingerprint, "age": str(age),
                         "signing": base64.b64encode(signing.private_bytes(
                             serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())).decode("ascii")}).encode("utf-8")
    data_dir.mkdir(parents=True, exist_ok=True)
    atomic_write(_request_path(data_dir), pyrage.passphrase.encrypt(secret, password))
    path = out_dir / f"{code}-recovery-request.json"
    atomic_write(path, document)
    return RecoveryRequest(path, enrolment.spoken)


def _read_request(data_dir: Path, password: str) -> dict:
    path = _request_path(data_dir)
    try:
        sealed = path.read_bytes()
    except FileNotFoundError:
        raise Refused(QCoreApplication.translate(
            "Recovery", "There is no recovery request in %1: run qamqor recovery-request here first and send "
            "its file to HQ."), data_dir) from None
    except OSError as err:
        raise StorageError(QCoreApplication.translate("Exchange", "Cannot read %1: %2"), path,
                           err.strerror or err) from err
    try:
        return json.loads(pyrage.passphrase.decrypt(sealed, password))
    except (pyrage.DecryptError, ValueError):
        raise Refused(QCoreApplication.translate(
            "Recovery", "The recovery request here was made with another password: give the same one.")) from None


def recover(gate: BranchGate, data: bytes, *, admin_username: str, admin_password: str,
            admin_display_name: str = "", check_keyset: Callable[[KeySet], None],
            branch_code: str | None = None) -> RecoveredBranch:
    """Make the branch in ``gate``'s data folder from HQ's recovery bundle
    (``branch_code``, when given, must be the request's)."""
    if gate.store is None:
        raise Refused(QCoreApplication.translate(
            "Recovery", "A branch is rebuilt from HQ onto a computer's own data folder; a branch on a database "
            "server is restored by the server's administrator."))
    if gate.is_initialised():
        raise Refused(QCoreApplication.translate("Accounts", "This branch is already set up."))
    request = _read_request(gate.data_dir, admin_password)
    if branch_code and branch_code.strip().upper() != request["code"]:
        raise Refused(QCoreApplication.translate(
            "Recovery", "The recovery request here is for branch %1, not %2."), request["code"],
            branch_code.strip().upper())
    try:
        content = read_recovery(data, identities=[request["age"]], check_keyset=check_keyset)
    except BundleError as err:
        raise Refused(str(err)) from err
    manifest = content.manifest
    if manifest["branch_code"] != request["code"] or manifest.get("enrolment") != request["request"]:
        raise Refused(QCoreApplication.translate(
            "Recovery", "This recovery bundle was made for another request than the one made here: ask HQ for "
            "the bundle of this computer's request."))
    keyset = content.keyset
    escrow = keyset.recipients[1] if len(keyset.recipients) > 1 else None
    created = not (gate.data_dir / DB_NAME).exists()
    try:
        admin = gate.initialise(branch_code=manifest["branch_code"], branch_name=str(manifest.get("branch_name") or
                                                                                 manifest["branch_code"]),
                                admin_username=admin_username, admin_password=admin_password,
                                admin_display_name=admin_display_name, escrow_recipient=escrow,
                                branch_id=uuid.UUID(manifest["branch_id"]))
        with gate.db.session(admin.username) as s:
            counts = _write_records(s, content)
            disabled = _staff(s, manifest.get("staff") or [], admin.username)
            _continue_numbers(s, manifest["branch_code"])
            imported = (manifest.get("last_bundle") or {}).get("imported_at")
            leave_room(s, since=dt.datetime.fromisoformat(imported) if imported else None,
                       now=dt.datetime.now(dt.timezone.utc))
            _exchange_state(s, manifest, request, keyset)
            health = _health(s, gate, manifest, escrow)
            record_audit(s, "branch.recover", record_type="branch", record_id=manifest["branch_id"],
                         cursor=manifest["cursor"], last_bundle=manifest["last_bundle"]["sequence"],
                         epoch=manifest["epoch"]["id"], revoked=manifest.get("revoked", ""), counts=counts,
                         disabled=len(disabled), health_by_escrow=health)
    except BaseException:
        gate.close()
        if created:
            _remove_half_made(gate.data_dir)
        raise
    _request_path(gate.data_dir).unlink(missing_ok=True)
    last = manifest["last_bundle"]
    at = dt.datetime.fromisoformat(last["imported_at"]) if last.get("imported_at") else None
    return RecoveredBranch(manifest["branch_code"], str(manifest.get("branch_name") or ""), sum(counts.values()),
                           counts, disabled, manifest["cursor"], int(last["sequence"]), at, health, admin)


def _remove_half_made(folder: Path) -> None:
    """A recovery that failed half way leaves no branch behind: it is run again."""
    for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEYS_NAME, LOCK_NAME, TRIES_NAME):
        try:
            (folder / name).unlink(missing_ok=True)
        except OSError:
            pass


def _write_records(s: Session, content) -> dict[str, int]:
    """HQ's rows, as they are, parents first; not journalled (HQ has them)."""
    models = replicated_models()
    codecs: dict[str, RowCodec] = {}
    pending: dict[str, list[dict]] = {}
    counts: dict[str, int] = {}

    def flush(record_type: str) -> None:
        rows = pending.pop(record_type, [])
        if rows:
            write_rows(s, codecs[record_type], inserts=rows, updates=[])

    current = None
    for record_type, row in content.records():
        if record_type != current:
            # HQ writes parents first: a kind's last rows go in before its children's.
            for earlier in list(pending):
                flush(earlier)
            current = record_type
        if record_type not in models:
            raise Refused(QCoreApplication.translate(
                "Recovery", "The recovery bundle holds records of a kind this program does not know (%1): "
                "update Qamqor."), record_type)
        if record_type not in codecs:
            codecs[record_type] = RowCodec(models[record_type])
        rows = pending.setdefault(record_type, [])
        rows.append(codecs[record_type].values(row))
        counts[record_type] = counts.get(record_type, 0) + 1
        if len(rows) >= _BATCH:
            flush(record_type)
    order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
    for record_type in sorted(pending, key=lambda t: order[codecs[t].table.name]):
        flush(record_type)
    return counts


def _staff(s: Session, staff: list, admin_username: str) -> tuple[str, ...]:
    """The branch's other accounts, disabled, with no password and no key slot."""
    disabled = []
    for item in staff:
        try:
            username, role = str(item["username"]), Role(item["role"])
        except (KeyError, TypeError, ValueError):
            continue
        if username == admin_username or s.execute(select(User).where(User.username == username)).first():
            continue
        user = User(username=username, display_name=str(item.get("display_name") or username), role=role,
                    password_hash=NO_PASSWORD, active=False)
        s.add(user)
        s.flush()
        record_audit(s, "user.recover", record_type="user", record_id=user.id, username=username, role=role.value)
        if item.get("active"):
            disabled.append(username)
    return tuple(disabled)


def _continue_numbers(s: Session, code: str) -> None:
    """Each counter above the highest number of its kind HQ had: no number is given twice."""
    models = replicated_models()
    for record_type, column, kind in NUMBERED:
        table = models[record_type].__table__
        move_past(s, kind, s.execute(select(table.c[column]).where(table.c[column].is_not(None))).scalars(),
                  branch_code=code)


def _state(s: Session, name: str, value: int) -> None:
    row = s.get(ExchangeState, name)
    if row is None:
        s.add(ExchangeState(name=name, value=value))
    else:
        row.value = value


def _exchange_state(s: Session, manifest: dict, request: dict, keyset: KeySet) -> None:
    """The branch's keys from the request, HQ's key set, and the exchange
    going on from where HQ's copy stands, in the epoch HQ began."""
    signing = Ed25519PrivateKey.from_private_bytes(base64.b64decode(request["signing"]))
    age = pyrage.x25519.Identity.from_str(request["age"])
    for name, secret, public in (("signing", base64.b64decode(request["signing"]), public_b64(signing)),
                                 ("age", request["age"].encode("ascii"), str(age.to_public()))):
        row = s.get(BranchKey, name)
        if row is None:
            s.add(BranchKey(name=name, secret=secret, public=public))
        else:
            row.secret, row.public = secret, public
    s.add(HqKeySet(version=keyset.version, document=keyset.document.decode("utf-8"), fingerprint=keyset.fingerprint))
    cursor = int(manifest["cursor"])
    head = s.get(SequenceHead, "change")
    if head is None:
        s.add(SequenceHead(name="change", value=cursor, last_hash=""))
    else:
        head.value = max(head.value, cursor)
    _state(s, ACK, cursor)
    epoch = manifest["epoch"]
    for name, key in ((epochs.EPOCH, "id"), (epochs.PARENT, "parent"), (epochs.BASE_CHANGE, "base_change"),
                      (epochs.BASE_BUNDLE, "base_bundle"), (epochs.RESTORED_CHANGE, "restored_change")):
        _state(s, name, int(epoch.get(key) or 0))
    last = manifest["last_bundle"]
    if int(last["sequence"]) > 0:
        # HQ's record of the last bundle it accepted: the next one follows it.
        s.add(BundleLog(seq=int(last["sequence"]), bundle_id=uuid7(), manifest_hash=str(last["manifest_hash"]),
                        change_from=cursor, change_to=cursor, file_name="", made_by="hq"))


def _health(s: Session, gate: BranchGate, manifest: dict, escrow: str | None) -> bool:
    """The health key as HQ's escrow key holds it, into the key file and the
    database. True when it came back."""
    info = manifest.get("health_key")
    if not isinstance(info, dict) or escrow is None:
        return False
    kid, wrapped = str(info.get("id") or ""), str(info.get("wrapped") or "")
    if not kid or not wrapped or not gate.store.slots.adopt_escrow_health(kid, wrapped):
        return False
    s.add(Setting(key=KEY_SETTING, value=kid))
    s.add(Setting(key=ESCROW_SETTING, value=canonical_json({"id": kid, "recipient": escrow, "wrapped": wrapped})))
    return True


__all__ = ["RecoveredBranch", "RecoveryRequest", "make_request", "recover"]
