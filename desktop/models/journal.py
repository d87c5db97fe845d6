"""The change log and the audit trail, written in the same transaction as the
change they describe.

A ``before_flush`` hook turns every insert, update and delete of a
:class:`Replicated` record into a change-log row (a full snapshot) and an audit
event, and chains every audit event queued with :func:`record_audit`. The
session's ``info["actor"]`` names the user responsible.
"""
from __future__ import annotations

import base64
import datetime as dt
import decimal
import enum
import hashlib
import json
import uuid
from dataclasses import dataclass

from sqlalchemy import bindparam, event, func, inspect, select, update
from sqlalchemy.orm import Session

from .base import hold, utcnow, uuid7
from .core import AuditEvent, ChangeLog, SequenceHead
from .replicated import Replicated

GENESIS = "0" * 64
# PostgreSQL: every transaction that adds to the change log says so on this
# channel when it commits (NOTIFY is transactional), so the other desks'
# windows bring the change into their search at once (services/change_watch.py).
CHANGE_CHANNEL = "qamqor_change"


def record_audit(session: Session, action: str, *, record_type: str = "", record_id: object = "",
                 **detail) -> None:
    """Add an audit event to this transaction; it is numbered and chained at flush."""
    event_row = AuditEvent(action=action, record_type=record_type,
                           record_id=str(record_id) if record_id else "",
                           detail=canonical_json(detail))
    session.info.setdefault("audit_queue", []).append(event_row)
    session.add(event_row)


def _plain(value):
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def canonical_json(data) -> str:
    """Sorted keys, no spaces, UTF-8 kept: the same bytes for the same data everywhere."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_plain)


def snapshot(obj) -> dict:
    mapper = inspect(obj).mapper
    return {attr.key: _plain(getattr(obj, attr.key)) for attr in mapper.column_attrs}


def audit_hash(*, seq: int, at: dt.datetime, actor: str, action: str, record_type: str,
               record_id: str, detail: str, prev_hash: str) -> str:
    payload = canonical_json({
        "seq": seq, "at": at, "actor": actor, "action": action, "record_type": record_type,
        "record_id": record_id, "detail": detail, "prev": prev_hash,
    })
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _head(session: Session, name: str) -> SequenceHead:
    """The head row, locked until the transaction ends (FOR UPDATE on
    PostgreSQL; on SQLite the transaction began IMMEDIATE), so numbers are
    taken inside the writing transaction and never twice."""
    query = select(SequenceHead).where(SequenceHead.name == name).with_for_update()
    with session.no_autoflush:
        head = session.execute(query).scalar_one_or_none()
        if head is None:
            # Two desks may both find no row: the second waits here and then sees the first's.
            hold(session, f"sequence_head:{name}")
            head = session.execute(query).scalar_one_or_none()
        if head is None:
            head = SequenceHead(name=name, value=0, last_hash=GENESIS if name == "audit" else "")
            session.add(head)
        if name == "change":
            _announce(session)
    return head


def skip_change_number(session: Session) -> int:
    """Spend one change-log number with no change under it, in the caller's
    transaction. Rows written without journalling (records that came back
    from HQ) are invisible to whoever follows the change log, such as the
    search index of a window open at another desk or in another program; a
    gap in the log is what tells such a reader it missed something, and it
    then reads the records afresh. Returns the number spent."""
    head = _head(session, "change")
    head.value += 1
    return head.value


def _announce(session: Session) -> None:
    """Queue one NOTIFY for this transaction (PostgreSQL only): delivered at
    COMMIT, dropped by a rollback, and sent once however many flushes ask,
    since PostgreSQL folds identical notifications of one transaction."""
    transaction = session.get_transaction()
    if session.info.get("announced") is transaction or session.get_bind().dialect.name != "postgresql":
        return
    session.execute(select(func.pg_notify(CHANGE_CHANNEL, "")))
    session.info["announced"] = transaction


def _column_defaults(mapper) -> dict[str, object]:
    """Python-side column defaults, which SQLAlchemy applies only while it
    writes the INSERT, after before_flush: the snapshot needs them now."""
    out = {}
    for attr in mapper.column_attrs:
        default = attr.columns[0].default
        if default is not None and (default.is_scalar or default.is_callable):
            out[attr.key] = default
    return out


def _default_value(default):
    return default.arg if default.is_scalar else default.arg(None)


def _fill_defaults(obj) -> None:
    for key, default in _column_defaults(inspect(obj).mapper).items():
        if getattr(obj, key) is None:
            setattr(obj, key, _default_value(default))


def _changed_fields(obj) -> list[str]:
    state = inspect(obj)
    return sorted(a.key for a in state.mapper.column_attrs
                  if a.key not in ("version", "updated_at") and state.attrs[a.key].history.has_changes())


@event.listens_for(Session, "before_flush")
def _journal(session: Session, flush_context, instances) -> None:
    actor = session.info.get("actor", "system")
    now = utcnow()
    changes: list[tuple[str, Replicated]] = []
    for obj in list(session.new):
        if isinstance(obj, Replicated):
            changes.append(("insert", obj))
    for obj in list(session.dirty):
        if isinstance(obj, Replicated) and session.is_modified(obj, include_collections=False):
            changes.append(("update", obj))
    for obj in list(session.deleted):
        if isinstance(obj, Replicated):
            changes.append(("delete", obj))
    queue: list[AuditEvent] = session.info.pop("audit_queue", [])
    if not changes and not queue:
        return

    if changes:
        head = _head(session, "change")
        for operation, obj in changes:
            if operation == "insert":
                _fill_defaults(obj)
            if obj.id is None:
                obj.id = uuid7()
            base_version = obj.version or 0
            detail = {}
            if operation == "update":
                detail["fields"] = _changed_fields(obj)
                if obj.deleted and "deleted" in detail["fields"]:
                    operation = "delete"
            obj.version = base_version + 1
            obj.updated_at = now
            if obj.created_at is None:
                obj.created_at = now
            if obj.deleted is None:
                obj.deleted = False
            head.value += 1
            session.add(ChangeLog(
                seq=head.value, record_type=obj.__record_type__, record_id=obj.id,
                operation=operation, base_version=base_version, row=canonical_json(snapshot(obj)),
                actor=actor, at=now))
            row = AuditEvent(action=f"{obj.__record_type__}.{operation}",
                             record_type=obj.__record_type__, record_id=str(obj.id),
                             detail=canonical_json(detail))
            session.add(row)
            queue.append(row)

    head = _head(session, "audit")
    for row in queue:
        head.value += 1
        row.seq, row.at, row.actor, row.prev_hash = head.value, now, actor, head.last_hash
        row.hash = audit_hash(seq=row.seq, at=now, actor=actor, action=row.action,
                              record_type=row.record_type, record_id=row.record_id,
                              detail=row.detail, prev_hash=row.prev_hash)
        head.last_hash = row.hash


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    first_bad_seq: int | None = None
    problem: str = ""  # "altered", "missing", "chain", "truncated"


def verify_chain(session: Session) -> ChainReport:
    """Walk the audit trail and name the first row that was edited or removed."""
    expected_seq = 1
    prev = GENESIS
    checked = 0
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars()
    for row in rows:
        if row.seq != expected_seq:
            return ChainReport(False, checked, expected_seq, "missing")
        if row.prev_hash != prev:
            return ChainReport(False, checked, row.seq, "chain")
        digest = audit_hash(seq=row.seq, at=row.at, actor=row.actor, action=row.action,
                            record_type=row.record_type, record_id=row.record_id,
                            detail=row.detail, prev_hash=row.prev_hash)
        if digest != row.hash:
            return ChainReport(False, checked, row.seq, "altered")
        prev = row.hash
        expected_seq += 1
        checked += 1
    head = session.get(SequenceHead, "audit")
    if head is not None and (head.value != checked or head.last_hash != prev):
        if head.value > checked:
            return ChainReport(False, checked, checked + 1, "missing")
        return ChainReport(False, checked, head.value, "chain")
    return ChainReport(True, checked)


def bulk_insert(session: Session, model, rows: list[dict]) -> list[uuid.UUID]:
    """Insert many new records of one Replicated type with their change-log rows
    and chained audit events, without building ORM objects.

    For imports and demo data, where per-object flushes would cost minutes; the
    log and trail are the same as the ORM path writes.
    """
    if not rows:
        return []
    actor = session.info.get("actor", "system")
    now = utcnow()
    mapper = inspect(model)
    columns = [a.key for a in mapper.column_attrs]
    defaults = _column_defaults(mapper)
    record_type = model.__record_type__
    change = _head(session, "change")
    audit = _head(session, "audit")
    session.flush()
    changes, events, ids = [], [], []
    for values in rows:
        values.setdefault("id", uuid7())
        values.update(version=1, deleted=False, created_at=now, updated_at=now)
        for col in columns:
            if col not in values:
                values[col] = _default_value(defaults[col]) if col in defaults else None
        change.value += 1
        changes.append({"seq": change.value, "record_type": record_type, "record_id": values["id"],
                        "operation": "insert", "base_version": 0,
                        "row": canonical_json({c: _plain(values[c]) for c in columns}),
                        "actor": actor, "at": now})
        audit.value += 1
        record_id = str(values["id"])
        digest = audit_hash(seq=audit.value, at=now, actor=actor, action=f"{record_type}.insert",
                            record_type=record_type, record_id=record_id, detail="{}", prev_hash=audit.last_hash)
        events.append({"seq": audit.value, "at": now, "actor": actor, "action": f"{record_type}.insert",
                       "record_type": record_type, "record_id": record_id, "detail": "{}",
                       "prev_hash": audit.last_hash, "hash": digest})
        audit.last_hash = digest
        ids.append(values["id"])
    session.execute(model.__table__.insert(), rows)
    session.execute(ChangeLog.__table__.insert(), changes)
    session.execute(AuditEvent.__table__.insert(), events)
    return ids


def bulk_update(session: Session, model, rows: list[dict], *, fields: tuple[str, ...]) -> int:
    """Write new values of ``fields`` into existing records of one Replicated
    type, with their change-log rows and chained audit events, without
    building ORM objects (as ``bulk_insert`` does for new records).

    Each row is the record's every column as read, with the new values of
    ``fields`` already in it (pass only rows whose fields changed). The log
    and trail are what the ORM path writes for the same change. Returns how
    many records changed.
    """
    if not rows:
        return 0
    actor = session.info.get("actor", "system")
    now = utcnow()
    columns = [a.key for a in inspect(model).column_attrs]
    record_type = model.__record_type__
    change = _head(session, "change")
    audit = _head(session, "audit")
    session.flush()
    detail = canonical_json({"fields": sorted(fields)})
    changes, events, params = [], [], []
    for values in rows:
        base_version = values["version"] or 0
        values.update(version=base_version + 1, updated_at=now)
        change.value += 1
        changes.append({"seq": change.value, "record_type": record_type, "record_id": values["id"],
                        "operation": "update", "base_version": base_version,
                        "row": canonical_json({c: _plain(values[c]) for c in columns}),
                        "actor": actor, "at": now})
        audit.value += 1
        record_id = str(values["id"])
        digest = audit_hash(seq=audit.value, at=now, actor=actor, action=f"{record_type}.update",
                            record_type=record_type, record_id=record_id, detail=detail, prev_hash=audit.last_hash)
        events.append({"seq": audit.value, "at": now, "actor": actor, "action": f"{record_type}.update",
                       "record_type": record_type, "record_id": record_id, "detail": detail,
                       "prev_hash": audit.last_hash, "hash": digest})
        audit.last_hash = digest
        params.append({"b_id": values["id"], "b_version": values["version"], "b_updated_at": now,
                       **{f"b_{f}": values[f] for f in fields}})
    table = model.__table__
    session.execute(update(table).where(table.c.id == bindparam("b_id"))
                    .values(version=bindparam("b_version"), updated_at=bindparam("b_updated_at"),
                            **{f: bindparam(f"b_{f}") for f in fields}), params)
    session.execute(ChangeLog.__table__.insert(), changes)
    session.execute(AuditEvent.__table__.insert(), events)
    return len(rows)
