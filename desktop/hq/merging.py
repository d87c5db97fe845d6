"""Applying a branch's changes one by one, as HQ always could: every change is
looked at in order, and a change to a record HQ edited itself is merged into
it field by field. desktop/hq/importing.py hands it the changes its set-based
path does not take, or the whole bundle when that path cannot be used.

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
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from desktop.exchange.branch import read_json
from desktop.models import AuditEvent, Base, ChangeLog, HqBranch, HqConflict, HqRejected
from desktop.models.journal import _plain, canonical_json
from desktop.models.replication import BOOKKEEPING, RowCodec, replicated_models, write_rows

from .conflicts import RESOLVED


@dataclass(slots=True)
class _State:
    version: int
    values: dict | None = None  # the snapshot HQ will hold, when it changes
    new: bool = False
    dirty: bool = False
    hq_fields: set[str] | None = None  # HQ edited this record itself: the fields that are HQ's
    changes: list | None = None  # (change, how it was counted) for every change in values

    def took(self, change: dict, counted: str, history: bool) -> None:
        if not history:
            return
        if self.changes is None:
            self.changes = []
        self.changes.append((change, counted))


class Merger:
    """One bundle's changes, taken one by one in sequence order: what HQ will
    hold for every record they touch, the counts, the rejections and the
    conflicts. Whoever drives it looks the records up at HQ (``found``) before
    taking their changes, and writes the records it leaves dirty; the
    rejections and conflicts go into the session at ``finish``.
    ``history`` keeps, per record, the changes that made its row, so that a
    row the database refuses can take its changes back (``unstorable``)."""

    def __init__(self, session: Session, branch: HqBranch, result, *, history: bool = True):
        self.session, self.branch, self.result, self.history = session, branch, result, history
        self.cursor = branch.cursor  # read once: an ORM attribute costs a call per change
        self.models = replicated_models()
        self.codecs: dict[str, RowCodec] = {}
        self.states: dict[tuple[str, str], _State] = {}
        # The branch's latest change of every record in this bundle, applied before
        # (the change) or taken now (its row, all that is needed of it): the
        # snapshot a later change of the same record started from.
        self.latest: dict[tuple[str, str], dict | str] = {}
        self.bases: dict[tuple[str, str], dict[int, str]] = {}
        self.touched: dict[tuple[str, str], _State] = {}  # made dirty since last written, in that order
        self.malformed: list[dict] = []
        self.rejected: list[tuple[dict, str]] = []
        self.conflicts: list[HqConflict] = []

    def codec(self, record_type: str) -> RowCodec | None:
        codec = self.codecs.get(record_type)
        if codec is None and record_type in self.models:
            codec = self.codecs[record_type] = RowCodec(self.models[record_type])
        return codec

    def sort(self, change) -> bool:
        """Count a change HQ applied before, keep a nameless one for rejection;
        True for a change to take."""
        if not isinstance(change, dict) or not isinstance(change.get("seq"), int):
            raise ValueError("a change without a sequence number")
        named = isinstance(change.get("record_type"), str) and isinstance(change.get("record_id"), str)
        if change["seq"] <= self.cursor:
            self.result.already += 1
            if named:
                self.latest[(change["record_type"], change["record_id"])] = change
            return False
        if not named:
            self.malformed.append(change)
        return named

    def found(self, record_type: str, rows: Iterable[tuple[object, int, bool]]) -> None:
        """Records of one type that HQ holds: (id, version, whether HQ edited it
        itself — HQ's own edits are the only rows in HQ's change log)."""
        edited = []
        for rid, version, by_hq in rows:
            self.states[(record_type, str(rid))] = _State(version)
            if by_hq:
                edited.append(rid if isinstance(rid, uuid.UUID) else uuid.UUID(rid))
        if edited:
            self.bases.update(_load_edited(self.session, self.branch, self.codecs, {record_type: edited},
                                           self.states))

    def reject(self, change: dict, reason: str) -> None:
        self.result.rejected += 1
        self.rejected.append((change, reason))

    def read(self, change: dict) -> dict | str:
        """A named change's row, checked: its values, or why the change is rejected.
        Needs nothing from the database, so it may run ahead of ``take``."""
        record_type = change["record_type"]
        codec = self.codec(record_type)
        if codec is None:
            return f"unknown record type {record_type}"
        try:
            row = read_json(change["row"])
            values = codec.values(row)
            if values["id"] != change["record_id"] or not isinstance(change.get("base_version"), int):
                raise ValueError("the row is not the record the change names")
        except (ValueError, TypeError) as err:
            return f"unreadable row: {err}"
        return values

    def take(self, change: dict, values: dict | str | None = None) -> None:
        """One named change above HQ's cursor, in sequence order, with what
        ``read`` made of it (read now when not given)."""
        result = self.result
        if values is None:
            values = self.read(change)
        if isinstance(values, str):
            self.reject(change, values)
            return
        record_type = change["record_type"]
        codec = self.codecs[record_type]
        key = (record_type, change["record_id"])
        previous, self.latest[key] = self.latest.get(key), change["row"]
        state = self.states.get(key)
        version = values["version"]
        if state is None:
            self.states[key] = self.touched[key] = state = _State(version, values, new=True, dirty=True)
            state.took(change, "applied", self.history)
            result.applied += 1
        elif state.version >= version and change.get("operation") == "insert":
            result.already += 1
        elif state.hq_fields is None and state.version == change["base_version"]:
            state.version, state.values, state.dirty = version, values, True
            self.touched[key] = state
            state.took(change, "applied", self.history)
            result.applied += 1
        else:
            if state.values is None:  # versions that disagree on a record HQ never edited: rare
                state.values = codec.current(self.session, change["record_id"])
            base = _base(codec, change["base_version"], previous, self.bases.get(key))
            merged, clash = _merge(state, values, base)
            if merged is not None:
                state.version, state.values, state.dirty = merged["version"], merged, True
                self.touched[key] = state
                state.took(change, "conflicts" if clash else "applied", self.history)
            if clash:
                result.conflicts += 1
                self.conflicts.append(HqConflict(
                    branch_code=self.branch.code, change_seq=change["seq"], record_type=record_type,
                    record_id=uuid.UUID(values["id"]), fields=",".join(clash), branch_row=change["row"],
                    hq_row=canonical_json(state.values)))
            elif merged is not None:
                result.applied += 1
            else:
                result.already += 1

    def dirty(self) -> list[tuple[RowCodec, list[dict], list[dict]]]:
        """The records to write, per type in foreign-key order (parents first):
        new ones to insert, known ones to update."""
        grouped: dict[str, tuple[list, list]] = {}
        for (record_type, _rid), state in self.touched.items():
            if state.dirty:
                grouped.setdefault(record_type, ([], []))[0 if state.new else 1].append(state.values)
        return [(codec, *grouped[record_type]) for record_type, codec in sorted(
            self.codecs.items(), key=lambda item: _TABLE_ORDER[item[1].table.name]) if record_type in grouped]

    def written(self) -> None:
        """The dirty records are written: a later change of one is an update."""
        for state in self.touched.values():
            state.dirty = state.new = False
        self.touched.clear()

    def unstorable(self) -> bool:
        """After the database refused to write the dirty records: reject the
        changes that made the rows it cannot store, which are no longer written.
        False when no row can be blamed."""
        bad = [(state, reason) for (record_type, _rid), state in self.states.items()
               if state.dirty and (reason := _unstorable(self.codecs[record_type], state.values))]
        if not bad:
            return False
        for state, reason in bad:
            state.dirty = False
            *earlier, (last, counted) = state.changes
            setattr(self.result, counted, getattr(self.result, counted) - 1)
            self.reject(last, f"unreadable row: {reason}")
            for change, counted in earlier:
                setattr(self.result, counted, getattr(self.result, counted) - 1)
                self.reject(change, f"not applied: change {last['seq']} of the same record is unreadable")
        return True

    def finish(self) -> None:
        """The rejections (nameless changes first) and conflicts, into the session."""
        branch = self.branch.code
        for change, reason in [(c, "no record type or id") for c in self.malformed] + self.rejected:
            self.session.add(HqRejected(branch_code=branch, change_seq=change["seq"],
                                        record_type=str(change.get("record_type"))[:40],
                                        record_id=str(change.get("record_id"))[:40], reason=reason))
        self.session.add_all(self.conflicts)


def apply_changes(session: Session, branch: HqBranch, changes: Iterable, result) -> None:
    """Apply the changes (in sequence order) of one bundle, all looked at before
    anything is written; ``result`` (an ImportResult) counts them. Works on
    every engine; importing.py streams large bundles on PostgreSQL instead."""
    merger = Merger(session, branch, result)
    pending = [change for change in changes if merger.sort(change)]
    if not pending and not merger.malformed:
        return
    # Current versions at HQ of every record the bundle touches, and whether HQ edited it itself.
    by_type: dict[str, set[str]] = {}
    for change in pending:
        by_type.setdefault(change["record_type"], set()).add(change["record_id"])
    for record_type, ids in by_type.items():
        codec = merger.codec(record_type)
        if codec is None:
            continue
        table = codec.table
        try:
            id_list = [uuid.UUID(i) for i in ids]
        except (ValueError, TypeError, AttributeError):
            id_list = [u for u in map(_uuid_or_none, ids) if u is not None]
        hq_edit = select(ChangeLog.seq).where(ChangeLog.record_id == table.c.id).exists()
        for start in range(0, len(id_list), 2000):
            merger.found(record_type, session.execute(select(table.c.id, table.c.version, hq_edit)
                                                      .where(table.c.id.in_(id_list[start:start + 2000]))))
    for change in pending:
        merger.take(change)
    try:
        with session.begin_nested():
            _write(session, merger.dirty())
    except (IntegrityError, DataError, session.get_bind().dialect.dbapi.Error):
        # The database refused a value: reject the changes whose rows it cannot
        # store and write the rest once more (a second failure refuses the
        # bundle). Checked only now, as checking every value of every change
        # would halve the import rate.
        if not merger.unstorable():
            raise
        _write(session, merger.dirty())
    merger.finish()


def _write(session: Session, writes: list[tuple[RowCodec, list[dict], list[dict]]]) -> None:
    for codec, inserts, updates in writes:
        write_rows(session, codec, inserts=inserts, updates=updates)


_TABLE_ORDER = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}


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


def _base(codec: RowCodec, base_version: int, previous: dict | str | None,
          kept: dict[int, str] | None) -> dict | None:
    """The branch's snapshot this change started from, when HQ has it: the
    previous change of the record in this bundle, or a branch row kept with an
    earlier conflict."""
    candidates = []
    if previous is not None:
        candidates.append(previous if isinstance(previous, str) else previous["row"])
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


