"""HQ's side: enrol branches, apply their bundles once and only once, answer
with return bundles, and keep edits of the same field at both ends for a
person to resolve.

Merging a branch change into a record HQ edited itself, field by field:

- A change-log row carries the record's full snapshot after the change and the
  version it started from, not the values it started from. HQ's own edits are
  journaled at HQ (HQ's change log holds nothing else: rows arriving from
  branches are written without journaling), and each one's audit event names
  the fields it changed. The fields that are *HQ's* on a record are those its
  own edits changed, less those a person later gave back to the branch
  (``resolve ... --keep branch``).
- Versions alone cannot say who changed what: HQ's version 2 and the branch's
  version 2 of the same record are different rows. So every change to a record
  HQ has edited is merged, whatever its version: each field that is not HQ's
  takes the branch's value; a field that is HQ's keeps HQ's value, and becomes
  a conflict when the branch changed it too. Records HQ never edited take the
  branch's row whole when the versions follow on; when they do not (a
  directory entry two branches edit), the fields changed at HQ since the
  branch's base are treated as HQ's.
- "The branch changed it too" needs the branch's snapshot the change started
  from: the previous change of the record in the same bundle (bundles carry
  everything not yet acknowledged, so it is there until HQ's return bundle is
  applied), or the branch row kept with an earlier conflict on the record.
  When neither is there (the base was acknowledged and pruned at the branch),
  HQ cannot tell an old branch value from a new one and keeps the field as a
  conflict rather than drop a branch edit: nothing is overwritten silently,
  at the cost of an extra conflict a person closes with ``--keep hq``.
"""
from __future__ import annotations

import binascii
import dataclasses
import datetime as dt
import gzip
import io
import json
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select, update
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from desktop.models import (AuditEvent, Base, Branch, ChangeLog, HqBranch, HqBundle, HqConflict, HqRejected,
                            ServiceProvider, utcnow, uuid7)
from desktop.models.erasure import settle_erasures
from desktop.models.journal import _plain, canonical_json, record_audit, snapshot

from .branch import CHANGES, RETURN, check_manifest_shape, iter_changes
from .bundle import (BUNDLE_DOMAIN, FORMAT_VERSION, RETURN_DOMAIN, decrypt, encrypt, key_fingerprint, open_sealed, seal)
from ..errors import BundleError
from ..i18n import fill
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
    # People the branch anonymised: what HQ holds of them beyond the rows just applied goes too.
    settle_erasures(session, branch_code=branch.code, actor=session.info.get("actor", "hq"))
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
    hq_fields: set[str] | None = None  # HQ edited this record itself: the fields that are HQ's
    changes: list | None = None  # (change, how it was counted) for every change in values

    def took(self, change: dict, counted: str) -> None:
        if self.changes is None:
            self.changes = []
        self.changes.append((change, counted))


def _apply(session: Session, branch: HqBranch, opened, result: ImportResult) -> None:
    models = replicated_models()
    codecs: dict[str, RowCodec] = {}
    pending = []
    # The branch's latest change of every record in this bundle, applied before
    # or not: the snapshot a later change of the same record started from.
    latest: dict[tuple[str, str], dict] = {}
    malformed = []
    for change in iter_changes(opened):
        if not isinstance(change, dict) or not isinstance(change.get("seq"), int):
            raise ValueError("a change without a sequence number")
        named = isinstance(change.get("record_type"), str) and isinstance(change.get("record_id"), str)
        if change["seq"] <= branch.cursor:
            result.already += 1
            if named:
                latest[(change["record_type"], change["record_id"])] = change
        elif named:
            pending.append(change)
        else:
            malformed.append(change)
    if not pending and not malformed:
        return
    # Current versions at HQ of every record the bundle touches, and whether
    # HQ edited it itself (HQ's own edits are the only rows in HQ's change log).
    states: dict[tuple[str, str], _State] = {}
    by_type: dict[str, set[str]] = {}
    for change in pending:
        by_type.setdefault(change["record_type"], set()).add(change["record_id"])
    edited: dict[str, list[uuid.UUID]] = {}
    for record_type, ids in by_type.items():
        model = models.get(record_type)
        if model is None:
            continue
        codecs[record_type] = RowCodec(model)
        table = model.__table__
        try:
            id_list = [uuid.UUID(i) for i in ids]
        except (ValueError, TypeError, AttributeError):
            id_list = [u for u in map(_uuid_or_none, ids) if u is not None]
        hq_edit = select(ChangeLog.seq).where(ChangeLog.record_id == table.c.id).exists()
        for start in range(0, len(id_list), 2000):
            for rid, version, by_hq in session.execute(select(table.c.id, table.c.version, hq_edit)
                                                       .where(table.c.id.in_(id_list[start:start + 2000]))):
                states[(record_type, str(rid))] = _State(version)
                if by_hq:
                    edited.setdefault(record_type, []).append(rid)
    bases = _load_edited(session, branch, codecs, edited, states)

    def reject(change, reason: str) -> None:
        result.rejected += 1
        session.add(HqRejected(branch_code=branch.code, change_seq=change["seq"],
                               record_type=str(change.get("record_type"))[:40],
                               record_id=str(change.get("record_id"))[:40], reason=reason))

    for change in malformed:
        reject(change, "no record type or id")

    for change in pending:
        record_type = change["record_type"]
        codec = codecs.get(record_type)
        if codec is None:
            reject(change, f"unknown record type {record_type}")
            continue
        key = (record_type, change["record_id"])
        try:
            row = json.loads(change["row"])
            values = codec.values(row)
            if values["id"] != change["record_id"] or not isinstance(change.get("base_version"), int):
                raise ValueError("the row is not the record the change names")
        except (ValueError, TypeError) as err:
            reject(change, f"unreadable row: {err}")
            continue
        previous, latest[key] = latest.get(key), change
        state = states.get(key)
        version = values["version"]
        if state is None:
            states[key] = state = _State(version, values, new=True, dirty=True)
            state.took(change, "applied")
            result.applied += 1
        elif state.version >= version and change.get("operation") == "insert":
            result.already += 1
        elif state.hq_fields is None and state.version == change["base_version"]:
            state.version, state.values, state.dirty = version, values, True
            state.took(change, "applied")
            result.applied += 1
        else:
            if state.values is None:  # versions that disagree on a record HQ never edited: rare
                state.values = codec.current(session, change["record_id"])
            base = _base(codec, change["base_version"], previous, bases.get(key))
            merged, clash = _merge(state, values, base)
            if merged is not None:
                state.version, state.values, state.dirty = merged["version"], merged, True
                state.took(change, "conflicts" if clash else "applied")
            if clash:
                result.conflicts += 1
                session.add(HqConflict(branch_code=branch.code, change_seq=change["seq"], record_type=record_type,
                                       record_id=uuid.UUID(values["id"]), fields=",".join(clash),
                                       branch_row=change["row"], hq_row=canonical_json(state.values)))
            elif merged is not None:
                result.applied += 1
            else:
                result.already += 1
    try:
        with session.begin_nested():
            _write(session, codecs, states)
    except (IntegrityError, DataError, session.get_bind().dialect.dbapi.Error):
        # The database refused a value: find the rows that cannot be stored,
        # reject the changes that made them, and write the rest once more (a
        # second failure refuses the bundle). Checked only now, as checking
        # every value of every change would halve the import rate.
        bad = [(state, reason) for (record_type, _rid), state in states.items()
               if state.dirty and (reason := _unstorable(codecs[record_type], state.values))]
        if not bad:
            raise
        for state, reason in bad:
            state.dirty = False
            *earlier, (last, counted) = state.changes
            setattr(result, counted, getattr(result, counted) - 1)
            reject(last, f"unreadable row: {reason}")
            for change, counted in earlier:
                setattr(result, counted, getattr(result, counted) - 1)
                reject(change, f"not applied: change {last['seq']} of the same record is unreadable")
        _write(session, codecs, states)


def _write(session: Session, codecs: dict[str, RowCodec], states: dict) -> None:
    # Parents before children: the tables in foreign-key order.
    grouped: dict[str, tuple[list, list]] = {t: ([], []) for t in codecs}
    for (record_type, _rid), state in states.items():
        if state.dirty:
            grouped[record_type][0 if state.new else 1].append(state.values)
    order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
    for record_type, codec in sorted(codecs.items(), key=lambda item: order[item[1].table.name]):
        inserts, updates = grouped[record_type]
        write_rows(session, codec, inserts=inserts, updates=updates)


def _unstorable(codec: RowCodec, values: dict) -> str:
    """Why the database would refuse this row ("" when it would not)."""
    # The reason names the column, never the value: it travels back to the
    # branch and into its audit trail, where a name or a birth date must not.
    for key, convert in codec.convert.items():
        if values.get(key) is not None:
            try:
                convert(values[key])
            except (ValueError, TypeError, AttributeError, binascii.Error):
                return f"{key}: unreadable value"
    row = codec.python(values)
    for column in codec.table.columns:
        value = row[column.key]
        if value is None:
            if not column.nullable:
                return f"{column.key}: missing"
            continue
        try:
            kind = column.type.python_type
        except NotImplementedError:
            continue
        if column.key not in codec.convert and kind not in (str, int, bool):
            continue  # a type that stays text in the snapshot: the database's own check decides
        if kind is int and isinstance(value, bool) or not isinstance(value, kind):
            return f"{column.key}: not a {kind.__name__}"
        if isinstance(value, str):
            length = getattr(column.type, "length", None)
            if length and len(value) > length:
                return f"{column.key}: too long"
            if "\x00" in value:
                return f"{column.key}: NUL character"
    return ""


def _uuid_or_none(text):
    try:
        return uuid.UUID(text)
    except (ValueError, TypeError, AttributeError):
        return None


def _load_edited(session: Session, branch: HqBranch, codecs: dict[str, RowCodec],
                 edited: dict[str, list[uuid.UUID]], states: dict) -> dict[tuple[str, str], dict[int, str]]:
    """For the records HQ edited itself: HQ's row, the fields that are HQ's, and
    the branch snapshots kept with earlier conflicts (merge bases). A few
    queries per bundle, none per change."""
    bases: dict[tuple[str, str], dict[int, str]] = {}
    for record_type, ids in edited.items():
        codec = codecs[record_type]
        fields = _hq_fields(session, record_type, ids)
        for start in range(0, len(ids), 2000):
            chunk = ids[start:start + 2000]
            for row in session.execute(select(codec.table).where(codec.table.c.id.in_(chunk))).mappings():
                state = states[(record_type, str(row["id"]))]
                state.values = {k: _plain(v) for k, v in row.items()}
                state.hq_fields = fields.get(str(row["id"]), set())
            for rid, branch_row in session.execute(
                    select(HqConflict.record_id, HqConflict.branch_row)
                    .where(HqConflict.record_id.in_(chunk), HqConflict.record_type == record_type,
                           HqConflict.branch_code == branch.code)):
                try:
                    kept = json.loads(branch_row)
                    bases.setdefault((record_type, str(rid)), {})[kept["version"]] = branch_row
                except (ValueError, TypeError, KeyError):
                    continue
    return bases


def _hq_fields(session: Session, record_type: str, ids: list[uuid.UUID]) -> dict[str, set[str]]:
    """The fields of each record that HQ changed itself and no person since gave
    back to the branch (a conflict resolved "keep branch"), from HQ's audit trail."""
    out: dict[str, set[str]] = {}
    actions = [f"{record_type}.update", f"{record_type}.delete", RESOLVED]
    for start in range(0, len(ids), 2000):
        names = [str(i) for i in ids[start:start + 2000]]
        rows = session.execute(select(AuditEvent.record_id, AuditEvent.action, AuditEvent.detail)
                               .where(AuditEvent.action.in_(actions), AuditEvent.record_type == record_type,
                                      AuditEvent.record_id.in_(names))
                               .order_by(AuditEvent.seq))
        for rid, action, detail in rows:
            try:
                detail = json.loads(detail)
                fields = set(detail.get("fields", []))
            except (ValueError, TypeError, AttributeError):
                continue
            mine = out.setdefault(rid, set())
            if action != RESOLVED:
                mine |= fields
            elif detail.get("keep") == "branch":
                mine -= fields
    return out


def _base(codec: RowCodec, base_version: int, previous: dict | None, kept: dict[int, str] | None) -> dict | None:
    """The branch's snapshot this change started from, when HQ has it: the
    previous change of the record in this bundle, or a branch row kept with an
    earlier conflict."""
    candidates = []
    if previous is not None:
        candidates.append(previous["row"])
    if kept and base_version in kept:
        candidates.append(kept[base_version])
    for text in candidates:
        try:
            row = json.loads(text)
        except ValueError:
            continue
        if isinstance(row, dict) and row.get("version") == base_version:
            defaults = codec.defaults  # filled as codec.values does; the row was checked when it arrived
            return {k: defaults[k] if v is None and k in defaults else v for k, v in row.items()}
    return None


def _merge(state: _State, values: dict, base: dict | None) -> tuple[dict | None, list[str]]:
    """Three-way merge of a branch change into HQ's row: the branch's value of
    every field that is the branch's; a field that is HQ's (or was changed at
    HQ by anyone since the base) stays as it is, and is a conflict when the
    branch changed it too (or HQ cannot tell: no base).
    Returns the merged row (None when nothing changes) and the conflicting fields."""
    current = state.values
    theirs: set[str] | None = set(state.hq_fields or ())
    if base is not None:
        # A record another branch edits too (a provider): what changed since the base is not this branch's.
        theirs |= {f for f, v in base.items() if f not in BOOKKEEPING and current.get(f) != v}
    elif state.hq_fields is None:
        # Versions disagree on a record HQ never edited, and the base is gone:
        # whose each field is cannot be told, so every difference is a conflict.
        theirs = None
    merged = None
    clash = []
    for field, value in values.items():
        if field in BOOKKEEPING or value == current.get(field):
            continue
        if theirs is not None and field not in theirs:
            if merged is None:
                merged = dict(current)
            merged[field] = value
        elif base is None or base.get(field) != value:
            clash.append(field)
    if merged is not None:
        merged["version"] = state.version + 1
        merged["updated_at"] = values["updated_at"]
    return merged, sorted(clash)


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


# -- conflicts -----------------------------------------------------------------------
#: the audit action of a resolved conflict; its detail names the fields and the choice
RESOLVED = "hq.conflict.resolve"


@dataclass(frozen=True)
class ConflictView:
    id: int
    branch: str
    record_type: str
    record_id: str
    fields: tuple[str, ...]
    at: dt.datetime
    resolved: bool
    hq_values: dict
    branch_values: dict


def _view(conflict: HqConflict) -> ConflictView:
    fields = tuple(f for f in conflict.fields.split(",") if f)
    try:
        hq_row, branch_row = json.loads(conflict.hq_row), json.loads(conflict.branch_row)
    except ValueError:
        hq_row, branch_row = {}, {}
    return ConflictView(conflict.id, conflict.branch_code, conflict.record_type, str(conflict.record_id), fields,
                        conflict.at, conflict.resolved, {f: hq_row.get(f) for f in fields},
                        {f: branch_row.get(f) for f in fields})


def list_conflicts(session: Session, *, branch_code: str | None = None,
                   include_resolved: bool = False) -> list[ConflictView]:
    """Conflicts kept for review, oldest first."""
    query = select(HqConflict).order_by(HqConflict.id)
    if branch_code:
        query = query.where(HqConflict.branch_code == branch_code)
    if not include_resolved:
        query = query.where(HqConflict.resolved.is_(False))
    return [_view(c) for c in session.execute(query).scalars()]


def resolve_conflict(session: Session, conflict_id: int, *, keep: str, note: str = "") -> ConflictView:
    """Close one conflict: ``keep="hq"`` leaves HQ's values; ``keep="branch"``
    writes the branch's values of the conflicting fields into HQ's record, and
    those fields are the branch's again. The session's actor, the time, the
    choice and the note go into the audit trail."""
    if keep not in ("hq", "branch"):
        raise ValueError(keep)
    conflict = session.execute(select(HqConflict).where(HqConflict.id == conflict_id)
                               .with_for_update()).scalar_one_or_none()
    if conflict is None:
        raise BundleError(fill(QCoreApplication.translate("Exchange", "There is no conflict %1."), conflict_id))
    if conflict.resolved:
        raise BundleError(fill(QCoreApplication.translate(
            "Exchange", "Conflict %1 is already resolved."), conflict_id))
    view = _view(conflict)
    if keep == "branch":
        # An older branch value must not replace HQ's when the branch sent a newer one since.
        for later in session.execute(select(HqConflict).where(
                HqConflict.record_id == conflict.record_id, HqConflict.branch_code == conflict.branch_code,
                HqConflict.change_seq > conflict.change_seq).order_by(HqConflict.change_seq.desc())).scalars():
            if set(view.fields) & set(later.fields.split(",")):
                raise BundleError(fill(QCoreApplication.translate(
                    "Exchange", "The branch sent newer values of these fields since conflict %1: "
                    "resolve conflict %2 instead."), conflict_id, later.id))
        model = replicated_models().get(conflict.record_type)
        if model is None:
            raise BundleError(fill(QCoreApplication.translate(
                "Exchange", "Conflict %1 is about an unknown kind of record (%2)."), conflict_id, conflict.record_type))
        codec = RowCodec(model)
        values = codec.python({f: codec.values(json.loads(conflict.branch_row))[f] for f in view.fields})
        table = codec.table
        # Not journaled, like every row that comes from a branch: HQ's change
        # log and audit updates stay the record of HQ's own edits.
        session.execute(update(table).where(table.c.id == conflict.record_id)
                        .values(**values, version=table.c.version + 1, updated_at=utcnow()))
    conflict.resolved = True
    record_audit(session, RESOLVED, record_type=conflict.record_type, record_id=conflict.record_id,
                 conflict=conflict.id, branch=conflict.branch_code, change_seq=conflict.change_seq,
                 fields=list(view.fields), keep=keep, note=note)
    return dataclasses.replace(view, resolved=True)
