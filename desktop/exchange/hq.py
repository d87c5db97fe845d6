"""HQ's side: enrol branches, apply their bundles once and only once, answer
with return bundles."""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from desktop.models import Base, Branch, HqBranch, HqBundle, HqConflict, HqRejected, ServiceProvider, uuid7
from desktop.models.journal import canonical_json, snapshot

from .branch import CHANGES, RETURN, check_manifest_shape, iter_changes
from .bundle import (BUNDLE_DOMAIN, FORMAT_VERSION, RETURN_DOMAIN, BundleError, decrypt, encrypt, fill,
                     key_fingerprint, open_sealed, seal)
from .keys import Enrolment, HqKeys
from .records import BOOKKEEPING, RowCodec, replicated_models, write_rows


def enrol(session: Session, enrolment: Enrolment) -> bool:
    """Register a branch's keys. True when new; the same keys again is no change;
    other keys for a known branch are refused (re-enrolment is a deliberate act)."""
    row = session.get(HqBranch, enrolment.code)
    if row is not None:
        if row.signing_public == enrolment.signing_public and row.recipient == enrolment.recipient:
            return False
        raise BundleError(fill(QCoreApplication.translate(
            "Exchange", "Branch %1 is already enrolled with other keys: refused."), enrolment.code))
    branch_id = uuid.UUID(enrolment.branch_id)
    session.add(HqBranch(code=enrolment.code, branch_id=branch_id, name=enrolment.name,
                         signing_public=enrolment.signing_public, recipient=enrolment.recipient))
    if session.get(Branch, branch_id) is None:
        session.add(Branch(id=branch_id, code=enrolment.code, name=enrolment.name, is_local=False))
    return True


@dataclass
class ImportResult:
    branch: str
    sequence: int
    applied: int = 0
    already: int = 0
    conflicts: int = 0
    rejected: int = 0
    status: str = "applied"  # applied | duplicate | older


def import_bundle(session: Session, data: bytes, *, identities: list[str]) -> ImportResult:
    """Apply one bundle inside the caller's transaction; raise BundleError (the
    caller rolls back) on anything wrong."""
    plaintext = decrypt(data, identities)
    enrolled: dict[str, HqBranch] = {}

    def signer(manifest: dict) -> str:
        check_manifest_shape(manifest)
        code = manifest["branch_code"]
        row = session.execute(select(HqBranch).where(HqBranch.code == code).with_for_update()).scalar_one_or_none()
        if row is None:
            raise BundleError(fill(QCoreApplication.translate(
                "Exchange", "Branch %1 is not enrolled at HQ: run qamqor-hq enrol with its enrolment file first."), code))
        if str(row.branch_id) != manifest.get("branch_id") or manifest.get("signer") != key_fingerprint(row.signing_public):
            raise BundleError(fill(QCoreApplication.translate(
                "Exchange", "The bundle is not signed with the enrolled key of branch %1: refused."), code))
        enrolled["row"] = row
        return row.signing_public

    opened = open_sealed(plaintext, domain=BUNDLE_DOMAIN, kind="bundle", signer_public=signer)
    if CHANGES not in opened.members:
        raise BundleError(QCoreApplication.translate("Exchange", "This file is not a Qamqor bundle."))
    branch, manifest = enrolled["row"], opened.manifest
    seq, digest = manifest["sequence"], opened.manifest_hash
    result = ImportResult(branch.code, seq)
    seen = session.get(HqBundle, (branch.code, seq))
    if seen is not None:
        if seen.manifest_hash != digest:
            raise BundleError(fill(QCoreApplication.translate(
                "Exchange", "FORK: branch %1 sent two different bundles numbered %2 (a restored or copied "
                "computer?). Refused; nothing was merged. Call the branch."), branch.code, seq))
        result.status = "duplicate"
        result.already = manifest["changes"]["count"]
        return result
    before = session.get(HqBundle, (branch.code, seq - 1))
    if before is not None and before.manifest_hash != manifest["previous_manifest"]:
        raise BundleError(fill(QCoreApplication.translate(
            "Exchange", "FORK: bundle %2 of branch %1 does not follow the bundle %3 HQ already has. "
            "Refused; nothing was merged. Call the branch."), branch.code, seq, seq - 1))
    if manifest["changes"]["from"] > branch.cursor + 1:
        raise BundleError(fill(QCoreApplication.translate(
            "Exchange", "Bundle %2 of branch %1 starts at change %3 but HQ has applied only through %4: "
            "changes are missing. Refused."), branch.code, seq, manifest["changes"]["from"], branch.cursor))
    if seq < branch.last_seq:
        result.status = "older"
    try:
        with session.begin_nested():
            _apply(session, branch, opened, result)
    except (IntegrityError, DataError, ValueError, session.get_bind().dialect.dbapi.Error) as err:
        reason = getattr(err, "orig", None) or err
        raise BundleError(fill(QCoreApplication.translate(
            "Exchange", "Bundle %2 of branch %1 could not be applied (%3); nothing was changed."),
            branch.code, seq, str(reason).splitlines()[0])) from err
    session.add(HqBundle(branch_code=branch.code, seq=seq, bundle_id=uuid.UUID(manifest["bundle_id"]),
                         manifest_hash=digest, change_to=manifest["changes"]["to"]))
    branch.cursor = max(branch.cursor, manifest["changes"]["to"])
    branch.last_seq = max(branch.last_seq, seq)
    return result


@dataclass
class _State:
    version: int
    values: dict | None = None  # the snapshot HQ will hold, when it changes
    new: bool = False
    dirty: bool = False


def _apply(session: Session, branch: HqBranch, opened, result: ImportResult) -> None:
    models = replicated_models()
    codecs: dict[str, RowCodec] = {}
    pending = []
    for change in iter_changes(opened):
        if change["seq"] <= branch.cursor:
            result.already += 1
            continue
        pending.append(change)
    if not pending:
        return
    # Current versions at HQ of every record the bundle touches.
    states: dict[tuple[str, str], _State] = {}
    by_type: dict[str, set[str]] = {}
    for change in pending:
        by_type.setdefault(change["record_type"], set()).add(change["record_id"])
    for record_type, ids in by_type.items():
        model = models.get(record_type)
        if model is None:
            continue
        codecs[record_type] = RowCodec(model)
        table = model.__table__
        id_list = [uuid.UUID(i) for i in ids]
        for start in range(0, len(id_list), 2000):
            for rid, version in session.execute(select(table.c.id, table.c.version)
                                                .where(table.c.id.in_(id_list[start:start + 2000]))):
                states[(record_type, str(rid))] = _State(version)

    def reject(change, reason: str) -> None:
        result.rejected += 1
        session.add(HqRejected(branch_code=branch.code, change_seq=change["seq"], record_type=change["record_type"],
                               record_id=str(change["record_id"]), reason=reason))

    for change in pending:
        record_type = change["record_type"]
        codec = codecs.get(record_type)
        if codec is None:
            reject(change, f"unknown record type {record_type}")
            continue
        try:
            row = json.loads(change["row"])
            values = codec.values(row)
        except (ValueError, TypeError) as err:
            reject(change, f"unreadable row: {err}")
            continue
        key = (record_type, change["record_id"])
        state = states.get(key)
        version = values["version"]
        if state is None:
            states[key] = _State(version, values, new=True, dirty=True)
            result.applied += 1
        elif state.version >= version and change["operation"] == "insert":
            result.already += 1
        elif state.version == change["base_version"]:
            state.version, state.values, state.dirty = version, values, True
            result.applied += 1
        else:
            current = state.values if state.values is not None else codec.current(session, change["record_id"])
            differ = sorted(k for k in values if k not in BOOKKEEPING and values[k] != current.get(k))
            if not differ:
                result.already += 1
                continue
            result.conflicts += 1
            session.add(HqConflict(branch_code=branch.code, change_seq=change["seq"], record_type=record_type,
                                   record_id=uuid.UUID(values["id"]), fields=",".join(differ),
                                   branch_row=change["row"], hq_row=canonical_json(current)))
    # Parents before children: the tables in foreign-key order.
    grouped: dict[str, tuple[list, list]] = {t: ([], []) for t in codecs}
    for (record_type, _rid), state in states.items():
        if state.dirty:
            grouped[record_type][0 if state.new else 1].append(state.values)
    order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
    for record_type, codec in sorted(codecs.items(), key=lambda item: order[item[1].table.name]):
        inserts, updates = grouped[record_type]
        write_rows(session, codec, inserts=inserts, updates=updates)


# -- return bundles ------------------------------------------------------------------
@dataclass(frozen=True)
class ReturnBundle:
    file_name: str
    data: bytes
    sequence: int
    acknowledged_through: int
    rejected: int


def make_return(session: Session, *, branch_code: str, hq: HqKeys) -> ReturnBundle:
    branch = session.execute(select(HqBranch).where(HqBranch.code == branch_code).with_for_update()).scalar_one_or_none()
    if branch is None:
        raise BundleError(fill(QCoreApplication.translate(
            "Exchange", "Branch %1 is not enrolled at HQ."), branch_code))
    rejected = [{"seq": r.change_seq, "record_type": r.record_type, "record_id": r.record_id, "reason": r.reason}
                for r in session.execute(select(HqRejected).where(HqRejected.branch_code == branch_code)
                                         .order_by(HqRejected.id)).scalars()]
    providers = [snapshot(p) for p in session.execute(select(ServiceProvider).order_by(ServiceProvider.id)).scalars()]
    body = {"rejected": rejected, "providers": providers, "keyset": hq.keyset.document.decode("utf-8")}
    branch.return_seq += 1
    manifest = {"format": FORMAT_VERSION, "kind": "return", "bundle_id": str(uuid7()),
                "branch_code": branch.code, "branch_id": str(branch.branch_id),
                "signer": key_fingerprint(hq.keyset.signing_public), "sequence": branch.return_seq,
                "acknowledged_through": branch.cursor,
                "created_at": dt.datetime.now(dt.timezone.utc).isoformat()}
    payload = gzip.compress(canonical_json(body).encode("utf-8"), mtime=0)
    plaintext, _, _ = seal(manifest, {RETURN: payload}, key=hq.signing, domain=RETURN_DOMAIN)
    out = io.BytesIO()
    encrypt(plaintext, [branch.recipient], out)
    return ReturnBundle(f"{branch.code}-return-{branch.return_seq:08d}.qmr", out.getvalue(), branch.return_seq,
                        branch.cursor, len(rejected))
