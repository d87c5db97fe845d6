"""Exchange with HQ at the branch: keys, the next bundle, HQ's answer."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyrage
from PySide6.QtCore import QCoreApplication
from sqlalchemy import String, delete, func, select, type_coerce
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.exchange import branch as fmt
from desktop.exchange.bundle import encrypt, grouped
from desktop.exchange.keys import KeySet, make_enrolment, parse_enrolment, parse_keyset
from desktop.exchange.returns import read_return
from desktop.files import fsync_dir
from desktop.models import (AuditEvent, Branch, BranchKey, BundleLog, ChangeLog, ExchangeState, HqKeySet,
                            ServiceProvider, User, uuid7)
from desktop.models.journal import record_audit
from desktop.models.replication import RowCodec, replicated_models, write_rows

from . import epochs
from .accounts import Identity
from .audit import manifest_audit, remember_hq_head
from .changes import EXCHANGE, PROVIDER, Change
from ..errors import BundleError, Refused, StorageError
from ..i18n import fill
from .files import atomic_write
from .given_back import apply_given_back
from .health import escrow_copy
from .keys import signing_key
from .permissions import Action, require
from .search import VisitorIndex
from .storage import Database
from .temp_files import HeldTemp, remove_left_behind

ACK = "acknowledged_through"
RETURN_SEQ = "return_seq"
WRITTEN_SEQ = "written_seq"
PROBE = ".qamqor-probe."  # the temporary file that shows a folder can be written  # the last bundle whose file was written and read back


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
class InstalledKeySet:
    version: int
    fingerprint: str
    spoken: str  # the fingerprint in groups of four, to read out by phone
    installed_at: dt.datetime


@dataclass(frozen=True)
class WrittenBundle:
    sequence: int
    file_name: str
    folder: str  # "" for bundles written before the folder was recorded
    written_at: dt.datetime
    changes: int
    change_to: int


@dataclass(frozen=True)
class RejectedChange:
    seq: int
    record_type: str
    record_id: str
    reason: str
    number: str = ""  # the record's own number where it has one (registration or letter number)


@dataclass(frozen=True)
class AppliedReturn:
    sequence: int
    acknowledged_through: int
    applied_at: dt.datetime
    rejected: tuple[RejectedChange, ...]


@dataclass(frozen=True)
class ExchangeStatus:
    waiting: int  # changes not yet acknowledged by HQ
    acknowledged_through: int
    last_bundle: int | None  # the last sequence number given out (its file may have failed)
    keyset_fingerprint: str | None
    keyset: InstalledKeySet | None = None
    written: WrittenBundle | None = None
    last_return: AppliedReturn | None = None


class ExportCancelled(Refused):
    """The person stopped the export before anything was written."""


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
    given_back: int = 0  # records HQ sent back after a restore that the branch lacked or held older
    left_out: int = 0  # records HQ sent back whose number the branch gave to another record since


def _state(session: Session, name: str) -> int:
    row = session.get(ExchangeState, name)
    return row.value if row else 0


def _set_state(session: Session, name: str, value: int) -> None:
    row = session.get(ExchangeState, name)
    if row is None:
        session.add(ExchangeState(name=name, value=value))
    else:
        row.value = value


def _wrap(err: BundleError) -> Refused:
    return Refused(str(err))


def read_hq_keyset(data: bytes) -> KeySet:
    """Check an HQ key set file without installing it, so its fingerprint can be
    read out by phone before anyone trusts it."""
    try:
        return parse_keyset(data)
    except BundleError as err:
        raise _wrap(err) from err


def hq_escrow_recipient(keyset: KeySet) -> str | None:
    """The HQ escrow key (the key set's second recipient, as ``qamqor-hq keygen``
    orders them): a new branch wraps its database key for it too."""
    return keyset.recipients[1] if len(keyset.recipients) > 1 else None


# The numbers a person finds a record by; none of them says more than the record's existence.
_NUMBERS = {"person": "number", "volunteer": "number", "referral": "letter_number"}


def _rejected(session: Session, items) -> tuple[RejectedChange, ...]:
    models = replicated_models()
    out = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        record_type, record_id = str(item.get("record_type") or ""), str(item.get("record_id") or "")
        number = ""
        model = models.get(record_type)
        if model is not None and record_type in _NUMBERS:
            try:
                number = session.scalar(select(getattr(model, _NUMBERS[record_type]))
                                        .where(model.id == uuid.UUID(record_id))) or ""
            except ValueError:
                pass
        out.append(RejectedChange(int(item.get("seq") or 0), record_type, record_id,
                                  str(item.get("reason") or ""), number))
    return tuple(out)


def _last_event(session: Session, action: str, record_id: str | None = None) -> AuditEvent | None:
    query = select(AuditEvent).where(AuditEvent.action == action)
    if record_id is not None:
        query = query.where(AuditEvent.record_id == record_id)
    return session.execute(query.order_by(AuditEvent.seq.desc()).limit(1)).scalar_one_or_none()


class ExchangeService:
    """``escrow``: given by the window and the command line on an embedded
    branch, it wraps the database key for HQ's escrow recipient when a key
    set is installed after set-up (``BranchGate.set_escrow``). ``index``:
    the window's visitor search index (or how to find it: the window makes
    it when the visitors are first shown), told of visitors a return bundle
    brings back after a restore."""

    def __init__(self, db: Database, identity: Identity, *, escrow: Callable[[str], None] | None = None,
                 index: VisitorIndex | Callable[[], VisitorIndex | None] | None = None):
        self.db = db
        self.identity = identity
        self._escrow = escrow
        self._index = index  # the window's visitor search index: it learns of visitors HQ sends back

    def _keyset(self, session: Session) -> KeySet | None:
        row = session.execute(select(HqKeySet).order_by(HqKeySet.version.desc()).limit(1)).scalar_one_or_none()
        return None if row is None else parse_keyset(row.document.encode("utf-8"))

    def status(self) -> ExchangeStatus:
        require(self.identity.role, Action.EXCHANGE_WITH_HQ)
        with self.db.read() as s:
            ack = _state(s, ACK)
            waiting = s.scalar(select(func.count()).select_from(ChangeLog).where(ChangeLog.seq > ack))
            last = s.scalar(select(func.max(BundleLog.seq)))
            row = s.execute(select(HqKeySet).order_by(HqKeySet.version.desc()).limit(1)).scalar_one_or_none()
            keyset = None if row is None else InstalledKeySet(row.version, row.fingerprint,
                                                               grouped(row.fingerprint), row.installed_at)
            written = None
            bundle = s.get(BundleLog, _state(s, WRITTEN_SEQ))
            if bundle is not None:
                event = _last_event(s, "exchange.export", str(bundle.seq))
                detail = json.loads(event.detail) if event is not None else {}
                written = WrittenBundle(bundle.seq, bundle.file_name, str(detail.get("folder", "")),
                                        bundle.made_at, int(detail.get("changes", 0)), bundle.change_to)
            last_return = None
            event = _last_event(s, "exchange.return")
            if event is not None:
                detail = json.loads(event.detail)
                last_return = AppliedReturn(int(event.record_id), int(detail.get("acknowledged_through", 0)),
                                            event.at, _rejected(s, detail.get("rejected")))
        return ExchangeStatus(waiting, ack, last, keyset.fingerprint if keyset else None, keyset, written,
                              last_return)

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
                raise Refused(fill(QCoreApplication.translate(
                    "Exchange", "This HQ key set (version %1) is not newer than the one installed (version %2)."),
                    keyset.version, current.version))
            escrow = hq_escrow_recipient(keyset)
            if escrow is not None and self._escrow is not None:
                # Before the commit: HQ can always open what it holds the key set for.
                self._escrow(escrow)
            s.add(HqKeySet(version=keyset.version, document=data.decode("utf-8"), fingerprint=keyset.fingerprint))
            record_audit(s, "exchange.keyset_install", record_type="hq_keyset", record_id=str(keyset.version),
                         fingerprint=keyset.fingerprint, escrow=escrow is not None and self._escrow is not None)
        self.db.changes.publish(Change.of(EXCHANGE, ("keyset", keyset.version)))
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

    def write_enrolment(self, folder: Path) -> tuple[Path, str]:
        """Save the enrolment file into ``folder``; its path and the fingerprint in
        groups of four, to read out by phone."""
        data, fingerprint = self.enrolment()
        code = parse_enrolment(data).code
        path = Path(folder) / f"{code}-enrolment.json"
        atomic_write(path, data)
        return path, grouped(fingerprint)

    # -- export --------------------------------------------------------------------------
    def export_bundle(self, out_dir: Path, *, progress=None, cancelled=None) -> ExportResult:
        """Write the next bundle into ``out_dir`` atomically and read it back.

        ``progress(done, total)`` hears of the changes collected, then
        ``progress(0, 0)`` once the file is being written; ``cancelled()`` is asked
        until then, and a cancelled export changes nothing (ExportCancelled).
        """
        require(self.identity.role, Action.EXCHANGE_WITH_HQ)
        out_dir = Path(out_dir)
        if not out_dir.is_dir():
            raise Refused(fill(QCoreApplication.translate("Exchange", "The folder %1 does not exist."), out_dir))
        # Before a bundle number is given out: a read-only or full stick is told at once.
        _check_writable(out_dir)

        def stop_if_cancelled() -> None:
            if cancelled is not None and cancelled():
                raise ExportCancelled(QCoreApplication.translate(
                    "Exchange", "The export was cancelled. Nothing was written."))

        with self.db.session(self.identity.username) as s:
            keyset = self._keyset(s)
            if keyset is None:
                raise Refused(QCoreApplication.translate(
                    "Exchange", "Install the HQ key set first (qamqor keys install-hq FILE)."))
            branch = s.execute(select(Branch).where(Branch.is_local.is_(True))).scalar_one()
            key = signing_key(s)
            last = s.execute(select(BundleLog).order_by(BundleLog.seq.desc()).limit(1)).scalar_one_or_none()
            sequence = (last.seq if last else 0) + 1
            ack = _state(s, ACK)
            total = s.scalar(select(func.count()).select_from(ChangeLog).where(ChangeLog.seq > ack)) or 0
            stop_if_cancelled()
            if progress is not None:
                progress(0, total)
            audit = manifest_audit(s)

            def collected(done: int) -> None:
                stop_if_cancelled()
                if progress is not None:
                    progress(done, total)
            content = fmt.build_bundle(unacknowledged_changes(s, ack), signing=key, bundle_id=str(uuid7()),
                                       branch_id=str(branch.id), branch_code=branch.code, sequence=sequence,
                                       previous_manifest=last.manifest_hash if last else fmt.GENESIS,
                                       acknowledged_through=ack, progress=collected,
                                       epoch=epochs.manifest_part({n: _state(s, n) for n in epochs.NAMES}),
                                       health_key=escrow_copy(s), audit=audit, staff=staff_list(s),
                                       returned=_state(s, RETURN_SEQ))
            stop_if_cancelled()
            name = f"{branch.code}-{sequence:08d}.qmb"
            path = out_dir / name
            changes = content.manifest["changes"]
            s.add(BundleLog(seq=sequence, bundle_id=uuid.UUID(content.manifest["bundle_id"]),
                            manifest_hash=content.manifest_hash, change_from=changes["from"],
                            change_to=changes["to"], file_name=name, made_by=self.identity.username,
                            audit_seq=audit["seq"], audit_hash=audit["hash"]))
            record_audit(s, "exchange.export", record_type="bundle", record_id=str(sequence),
                         changes=changes["count"], to=changes["to"], folder=str(out_dir))
        # The number is spent before the file exists: a failed write leaves a gap
        # HQ does not mind (bundles are cumulative), never two different bundles
        # with one number (which HQ must refuse as a fork).
        if progress is not None:
            progress(0, 0)
        try:
            _write_encrypted(path, content.plaintext, keyset.recipients)
            with self.db.session(self.identity.username) as s:
                _set_state(s, WRITTEN_SEQ, sequence)
        finally:
            self.db.changes.publish(Change.of(EXCHANGE, ("bundle", sequence)))  # its number is spent either way
        return ExportResult(path, sequence, changes["count"], changes["from"], changes["to"])

    # -- HQ's answer -------------------------------------------------------------------
    def import_return(self, data: bytes) -> ReturnResult:
        require(self.identity.role, Action.EXCHANGE_WITH_HQ)
        with self.db.session(self.identity.username) as s:
            keyset = self._keyset(s)
            if keyset is None:
                raise Refused(QCoreApplication.translate(
                    "Exchange", "Install the HQ key set first (qamqor keys install-hq FILE)."))
            branch = s.execute(select(Branch).where(Branch.is_local.is_(True))).scalar_one()
            try:
                content = read_return(data, identities=[str(age_identity(s))],
                                      hq_signing_public=keyset.signing_public, branch_code=branch.code)
            except BundleError as err:
                raise _wrap(err) from err
            sequence = int(content.manifest["sequence"])
            if sequence <= _state(s, RETURN_SEQ):
                return ReturnResult(_state(s, ACK), 0, [], 0, None, True)
            exported_to = s.scalar(select(func.max(BundleLog.change_to))) or 0
            if content.acknowledged_through > exported_to:
                raise Refused(fill(QCoreApplication.translate(
                    "Exchange", "HQ acknowledges changes through %1, but this branch sent only through %2: "
                    "is this database restored from an old backup? Nothing was changed."),
                    content.acknowledged_through, exported_to))
            ack = max(_state(s, ACK), content.acknowledged_through)
            try:
                # A record with a change HQ has not acknowledged yet is kept as it is.
                given = apply_given_back(s, content.records, acknowledged_through=ack)
            except (ValueError, KeyError, TypeError) as err:
                raise Refused(QCoreApplication.translate(
                    "Exchange", "HQ's return bundle carries a record this program cannot read: nothing was "
                    "changed. Ask HQ whether the branch needs a newer Qamqor.")) from err
            except IntegrityError as err:
                # The database's message may quote a value: not shown.
                raise Refused(QCoreApplication.translate(
                    "Exchange", "HQ's return bundle brings back records that do not fit with this branch's: "
                    "nothing was changed. Tell HQ.")) from err
            pruned = s.execute(delete(ChangeLog).where(ChangeLog.seq <= ack)).rowcount or 0
            _set_state(s, ACK, ack)
            _set_state(s, RETURN_SEQ, sequence)
            provider_ids = self._apply_providers(s, content.providers)
            providers = len(provider_ids)
            version = None
            if content.keyset:
                try:
                    newer = parse_keyset(content.keyset.encode("utf-8"), trusted_signing_public=keyset.signing_public)
                except BundleError as err:
                    raise _wrap(err) from err
                if newer.version > keyset.version:
                    escrow = hq_escrow_recipient(newer)
                    if escrow is not None and self._escrow is not None and escrow != hq_escrow_recipient(keyset):
                        self._escrow(escrow)  # HQ changed its escrow key: the database key follows
                    s.add(HqKeySet(version=newer.version, document=content.keyset, fingerprint=newer.fingerprint))
                    version = newer.version
            remember_hq_head(s, content.manifest.get("audit"), return_seq=sequence)
            record_audit(s, "exchange.return", record_type="bundle", record_id=str(sequence),
                         acknowledged_through=ack, pruned=pruned, rejected=content.rejected, providers=providers,
                         given_back=given.written, kept=given.kept, left_out=given.left_out)
        index = self._index() if callable(self._index) else self._index
        if given.people and index is not None and index.loaded:
            index.upsert(given.people)
        change = Change.of(EXCHANGE, ("return", sequence), *([("keyset", version)] if version else []))
        if provider_ids:
            change |= Change.of(PROVIDER, *provider_ids)
        if given.written:
            change |= given.change()
        self.db.changes.publish(change)
        return ReturnResult(ack, pruned, content.rejected, providers, version, False, given.written,
                            given.left_out)

    @staticmethod
    def _apply_providers(s: Session, providers: list[dict]) -> list[uuid.UUID]:
        """HQ's directory, as the ids of the providers added or updated."""
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
        return [uuid.UUID(str(values["id"])) for values in inserts + updates]


def staff_list(session: Session) -> list[dict]:
    """The branch's accounts as a bundle tells HQ of them: no password, no key."""
    return [{"username": u.username, "display_name": u.display_name, "role": u.role.value, "active": bool(u.active)}
            for u in session.execute(select(User).order_by(User.username)).scalars()]


def unacknowledged_changes(session: Session, acknowledged_through: int) -> Iterator[fmt.ChangeRow]:
    """Every change above what HQ acknowledged, in order, in the bundle's text form."""
    # record_id and at are read as stored, without SQLAlchemy's per-value
    # conversion (a third of the export time on 500,000 changes); _uuid_text
    # and _utc_text give the same text the conversion would.
    rows = session.execute(
        select(ChangeLog.seq, ChangeLog.record_type, type_coerce(ChangeLog.record_id, String),
               ChangeLog.operation, ChangeLog.base_version, ChangeLog.row, ChangeLog.actor,
               type_coerce(ChangeLog.at, String))
        .where(ChangeLog.seq > acknowledged_through).order_by(ChangeLog.seq)
        .execution_options(yield_per=20000))
    return ((seq, record_type, _uuid_text(record_id), operation, base_version, row, actor, _utc_text(at))
            for seq, record_type, record_id, operation, base_version, row, actor, at in rows)


def _uuid_text(value) -> str:
    if isinstance(value, str) and len(value) == 32:  # SQLite keeps 32 hex digits
        return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
    return str(value)


def _utc_text(value) -> str:
    if isinstance(value, str) and len(value) == 26 and value[10] == " ":
        # SQLite keeps naive UTC as 'YYYY-MM-DD HH:MM:SS.ffffff'; isoformat() drops zero microseconds.
        text = value[:10] + "T" + value[11:]
        return (text[:-7] if text.endswith(".000000") else text) + "+00:00"
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc).isoformat()


class _HashingWriter:
    def __init__(self, fh):
        self.fh, self.digest, self.size = fh, hashlib.sha256(), 0
        self.error: OSError | None = None  # pyrage reports a failed write as EncryptError: keep the cause

    def write(self, data) -> int:
        self.digest.update(data)
        self.size += len(data)
        try:
            return self.fh.write(data)
        except OSError as err:
            self.error = err
            raise

    def flush(self) -> None:
        self.fh.flush()


def _file_digest(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _write_failed(path: Path, err: OSError) -> StorageError:
    return StorageError(fill(QCoreApplication.translate(
        "Exchange", "Could not write the bundle %1: %2. Nothing was lost: the changes stay waiting for the "
        "next export. Check the stick (full, read-only or pulled out) and export again."),
        path, err.strerror or err))


def _check_writable(folder: Path) -> None:
    try:
        # Held, like every temporary file here: one a killed program leaves goes later.
        remove_left_behind(folder, PROBE)
        HeldTemp(folder, PROBE).discard()
    except OSError as err:
        raise StorageError(fill(QCoreApplication.translate(
            "Exchange", "Cannot write into the folder %1: %2. Choose another folder or stick."),
            folder, err.strerror or err)) from err


def _write_encrypted(path: Path, plaintext: bytes, recipients: list[str]) -> None:
    """Encrypt straight into a temporary file beside the target (only ciphertext
    touches the disk), fsync, rename, then read it back: a bad USB stick shows
    here, not at HQ. The temporary file is held (services/temp_files.py): one
    a killed export left behind goes at the next export into that folder."""
    tmp = writer = None
    try:
        remove_left_behind(path.parent, f".{path.name.rsplit('-', 1)[0]}-")
        remove_left_behind(path.parent, PROBE)
        tmp = HeldTemp(path.parent, f".{path.name}.")
        with os.fdopen(tmp.fd, "wb", closefd=False) as fh:
            writer = _HashingWriter(fh)
            try:
                encrypt(plaintext, recipients, writer)
            except pyrage.EncryptError as err:
                # The stick filled up or went away while age was writing to it.
                raise writer.error or OSError(str(err)) from err
            fh.flush()
            os.fsync(fh.fileno())
        tmp.commit(path)
        fsync_dir(path.parent)
        if _file_digest(path) != (writer.digest.hexdigest(), writer.size):
            os.unlink(path)
            raise StorageError(fill(QCoreApplication.translate(
                "Exchange", "The bundle written to %1 does not read back as written: use another stick."), path))
    except BundleError as err:
        raise _wrap(err) from err
    except OSError as err:
        raise _write_failed(path, err) from err
    finally:
        if tmp is not None:
            tmp.discard()
