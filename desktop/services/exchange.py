"""Exchange with HQ at the branch: keys, the next bundle, HQ's answer."""
from __future__ import annotations

import hashlib
import os
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import pyrage
from PySide6.QtCore import QCoreApplication
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.exchange import branch as fmt
from desktop.exchange.bundle import BundleError, encrypt
from desktop.exchange.keys import KeySet, make_enrolment, parse_enrolment, parse_keyset
from desktop.exchange.records import RowCodec, write_rows
from desktop.models import Branch, BranchKey, BundleLog, ChangeLog, ExchangeState, HqKeySet, ServiceProvider
from desktop.models.journal import record_audit

from .accounts import Identity
from .errors import StorageError, UserError, fill
from .files import _fsync_dir
from .keys import signing_key
from .permissions import Action, require
from .storage import Database

ACK = "acknowledged_through"
RETURN_SEQ = "return_seq"


def age_identity(session: Session) -> pyrage.x25519.Identity:
    """The branch's age X25519 identity (return bundles are encrypted to it), made on first use."""
    row = session.get(BranchKey, "age")
    if row is None:
        identity = pyrage.x25519.Identity.generate()
        session.add(BranchKey(name="age", secret=str(identity).encode("ascii"), public=str(identity.to_public())))
        record_audit(session, "key.create", record_type="branch_key", record_id="age")
        return identity
    return pyrage.x25519.Identity.from_str(row.secret.decode("ascii"))


@dataclass(frozen=True)
class ExchangeStatus:
    waiting: int  # changes not yet acknowledged by HQ
    acknowledged_through: int
    last_bundle: int | None
    keyset_fingerprint: str | None


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sequence: int
    changes: int
    change_from: int
    change_to: int


@dataclass(frozen=True)
class ReturnResult:
    acknowledged_through: int
    pruned: int
    rejected: list[dict]
    providers: int
    keyset_version: int | None
    already: bool


def _state(session: Session, name: str) -> int:
    row = session.get(ExchangeState, name)
    return row.value if row else 0


def _set_state(session: Session, name: str, value: int) -> None:
    row = session.get(ExchangeState, name)
    if row is None:
        session.add(ExchangeState(name=name, value=value))
    else:
        row.value = value


def _wrap(err: BundleError) -> UserError:
    return UserError(str(err))


class ExchangeService:
    def __init__(self, db: Database, identity: Identity):
        self.db = db
        self.identity = identity

    def _keyset(self, session: Session) -> KeySet | None:
        row = session.execute(select(HqKeySet).order_by(HqKeySet.version.desc()).limit(1)).scalar_one_or_none()
        return None if row is None else parse_keyset(row.document.encode("utf-8"))

    def status(self) -> ExchangeStatus:
        with self.db.read() as s:
            ack = _state(s, ACK)
            waiting = s.scalar(select(func.count()).select_from(ChangeLog).where(ChangeLog.seq > ack))
            last = s.scalar(select(func.max(BundleLog.seq)))
            keyset = self._keyset(s)
        return ExchangeStatus(waiting, ack, last, keyset.fingerprint if keyset else None)

    # -- keys ----------------------------------------------------------------------
    def install_hq_keyset(self, data: bytes) -> KeySet:
        require(self.identity.role, Action.EXCHANGE_WITH_HQ)
        with self.db.session(self.identity.username) as s:
            current = self._keyset(s)
            try:
                keyset = parse_keyset(data, trusted_signing_public=current.signing_public if current else None)
            except BundleError as err:
                raise _wrap(err) from err
            if current is not None and keyset.version <= current.version:
                if keyset.fingerprint == current.fingerprint:
                    return keyset
                raise UserError(fill(QCoreApplication.translate(
                    "Exchange", "This HQ key set (version %1) is not newer than the one installed (version %2)."),
                    keyset.version, current.version))
            s.add(HqKeySet(version=keyset.version, document=data.decode("utf-8"), fingerprint=keyset.fingerprint))
            record_audit(s, "exchange.keyset_install", record_type="hq_keyset", record_id=str(keyset.version),
                         fingerprint=keyset.fingerprint)
        return keyset

    def enrolment(self) -> tuple[bytes, str]:
        """The enrolment file for HQ and its fingerprint to read out by phone."""
        require(self.identity.role, Action.EXCHANGE_WITH_HQ)
        with self.db.session(self.identity.username) as s:
            branch = s.execute(select(Branch).where(Branch.is_local.is_(True))).scalar_one()
            data = make_enrolment(branch_id=str(branch.id), code=branch.code, name=branch.name,
                                  signing=signing_key(s), recipient=str(age_identity(s).to_public()))
            record_audit(s, "exchange.enrolment", record_type="branch", record_id=branch.id)
        return data, parse_enrolment(data).fingerprint

    # -- export --------------------------------------------------------------------------
    def export_bundle(self, out_dir: Path, *, progress=None) -> ExportResult:
        """Write the next bundle into ``out_dir`` atomically and read it back."""
        require(self.identity.role, Action.EXCHANGE_WITH_HQ)
        out_dir = Path(out_dir)
        if not out_dir.is_dir():
            raise UserError(fill(QCoreApplication.translate("Exchange", "The folder %1 does not exist."), out_dir))
        with self.db.session(self.identity.username) as s:
            keyset = self._keyset(s)
            if keyset is None:
                raise UserError(QCoreApplication.translate(
                    "Exchange", "Install the HQ key set first (qamqor keys install-hq FILE)."))
            branch = s.execute(select(Branch).where(Branch.is_local.is_(True))).scalar_one()
            key = signing_key(s)
            last = s.execute(select(BundleLog).order_by(BundleLog.seq.desc()).limit(1)).scalar_one_or_none()
            sequence = (last.seq if last else 0) + 1
            ack = _state(s, ACK)
            content = fmt.build_bundle(s, signing=key, branch_id=str(branch.id), branch_code=branch.code,
                                       sequence=sequence, previous_manifest=last.manifest_hash if last else fmt.GENESIS,
                                       acknowledged_through=ack, progress=progress)
            name = f"{branch.code}-{sequence:08d}.qmb"
            path = out_dir / name
            changes = content.manifest["changes"]
            s.add(BundleLog(seq=sequence, bundle_id=uuid.UUID(content.manifest["bundle_id"]),
                            manifest_hash=content.manifest_hash, change_from=changes["from"],
                            change_to=changes["to"], file_name=name, made_by=self.identity.username))
            record_audit(s, "exchange.export", record_type="bundle", record_id=str(sequence),
                         changes=changes["count"], to=changes["to"])
        # The number is spent before the file exists: a failed write leaves a gap
        # HQ does not mind (bundles are cumulative), never two different bundles
        # with one number (which HQ must refuse as a fork).
        _write_encrypted(path, content.plaintext, keyset.recipients)
        return ExportResult(path, sequence, changes["count"], changes["from"], changes["to"])

    # -- HQ's answer -------------------------------------------------------------------
    def import_return(self, data: bytes) -> ReturnResult:
        require(self.identity.role, Action.EXCHANGE_WITH_HQ)
        with self.db.session(self.identity.username) as s:
            keyset = self._keyset(s)
            if keyset is None:
                raise UserError(QCoreApplication.translate(
                    "Exchange", "Install the HQ key set first (qamqor keys install-hq FILE)."))
            branch = s.execute(select(Branch).where(Branch.is_local.is_(True))).scalar_one()
            try:
                content = fmt.read_return(data, identities=[str(age_identity(s))],
                                          hq_signing_public=keyset.signing_public, branch_code=branch.code)
            except BundleError as err:
                raise _wrap(err) from err
            sequence = int(content.manifest["sequence"])
            if sequence <= _state(s, RETURN_SEQ):
                return ReturnResult(_state(s, ACK), 0, [], 0, None, True)
            exported_to = s.scalar(select(func.max(BundleLog.change_to))) or 0
            if content.acknowledged_through > exported_to:
                raise UserError(fill(QCoreApplication.translate(
                    "Exchange", "HQ acknowledges changes through %1, but this branch sent only through %2: "
                    "is this database restored from an old backup? Nothing was changed."),
                    content.acknowledged_through, exported_to))
            ack = max(_state(s, ACK), content.acknowledged_through)
            pruned = s.execute(delete(ChangeLog).where(ChangeLog.seq <= ack)).rowcount or 0
            _set_state(s, ACK, ack)
            _set_state(s, RETURN_SEQ, sequence)
            providers = self._apply_providers(s, content.providers)
            version = None
            if content.keyset:
                try:
                    newer = parse_keyset(content.keyset.encode("utf-8"), trusted_signing_public=keyset.signing_public)
                except BundleError as err:
                    raise _wrap(err) from err
                if newer.version > keyset.version:
                    s.add(HqKeySet(version=newer.version, document=content.keyset, fingerprint=newer.fingerprint))
                    version = newer.version
            record_audit(s, "exchange.return", record_type="bundle", record_id=str(sequence),
                         acknowledged_through=ack, pruned=pruned, rejected=content.rejected, providers=providers)
        return ReturnResult(ack, pruned, content.rejected, providers, version, False)

    @staticmethod
    def _apply_providers(s: Session, providers: list[dict]) -> int:
        codec = RowCodec(ServiceProvider)
        known = {str(pid): version for pid, version in s.execute(select(ServiceProvider.id, ServiceProvider.version))}
        inserts, updates = [], []
        for row in providers:
            values = codec.values(row)
            current = known.get(values["id"])
            if current is None:
                inserts.append(values)
            elif current < values["version"]:
                updates.append(values)
        # Written without journalling: HQ's directory must not travel back as branch changes.
        write_rows(s, codec, inserts=inserts, updates=updates)
        return len(inserts) + len(updates)


class _HashingWriter:
    def __init__(self, fh):
        self.fh, self.digest, self.size = fh, hashlib.sha256(), 0

    def write(self, data) -> int:
        self.digest.update(data)
        self.size += len(data)
        return self.fh.write(data)

    def flush(self) -> None:
        self.fh.flush()


def _file_digest(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _write_encrypted(path: Path, plaintext: bytes, recipients: list[str]) -> None:
    """Encrypt straight into a temporary file beside the target (only ciphertext
    touches the disk), fsync, rename, then read it back: a bad USB stick shows
    here, not at HQ."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            writer = _HashingWriter(fh)
            encrypt(plaintext, recipients, writer)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
        if _file_digest(path) != (writer.digest.hexdigest(), writer.size):
            os.unlink(path)
            raise StorageError(fill(QCoreApplication.translate(
                "Exchange", "The bundle written to %1 does not read back as written: use another stick."), path))
    except (OSError, BundleError) as err:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(err, BundleError):
            raise _wrap(err) from err
        raise StorageError(fill(QCoreApplication.translate(
            "Exchange", "Could not write the bundle %1: %2"), path, err.strerror or err)) from err


