"""The branch's own records HQ sends back after a restore from a backup.

A restore rewinds the branch's records to the backup's time; HQ still holds
what the branch sent it since, and its next return bundle carries the
branch's records it holds changed since the backup was made
(desktop/hq/returns.py). Here, inside the transaction that applies the return
bundle, each such row is written where the branch lacks the record or holds
an older version of it, and nowhere else:

- a record the branch changed since (a higher or equal version) stays as the
  branch has it, and so does one with a change still waiting to go to HQ:
  HQ merges that change as any other (a field both changed becomes a
  conflict for a person at HQ, never an overwrite here);
- rows are written without journalling, as HQ's provider directory is: they
  are HQ's already and must not travel back as new changes (the search
  indexes learn of the visitors through a gap in the change log, below);
- a record whose number the branch has meanwhile given to another record
  (possible only after a restore onto another computer) is left out, with
  what hangs off it, and counted: HQ keeps it, and the recovery bundle of
  ``qamqor-hq recover`` has it;
- numbering moves past every number HQ sent back: a visitor, volunteer or
  letter registered afterwards never takes a number HQ holds for another
  (after a restore onto another computer the branch could not know them;
  the reserve ``start_epoch`` leaves covers only the days until this bundle).
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.models import ChangeLog, SearchSnapshot
from desktop.models.journal import skip_change_number
from desktop.models.replication import RowCodec, replicated_models, write_rows

from .changes import (ASSIGNMENT, PERSON, REFERRAL, SHIFT, SITE, TEMPLATE, VISIT, VOLUNTEER, Change)
from .numbering import NUMBERED, move_past

_BATCH = 500
_NUMBERED = {record_type: (column, kind) for record_type, column, kind in NUMBERED}

#: the kind of record a person sees (services/changes.py) of each record type HQ may send back
_KINDS = {
    "person": PERSON, "person_language": PERSON, "identity_document": PERSON, "household_member": PERSON,
    "consent": PERSON, "health_flag": PERSON, "legal_hold": PERSON, "visit": VISIT,
    "referral": REFERRAL, "referral_event": REFERRAL,
    "volunteer": VOLUNTEER, "volunteer_language": VOLUNTEER, "volunteer_training": VOLUNTEER,
    "volunteer_availability": VOLUNTEER, "volunteer_block": VOLUNTEER,
    "site": SITE, "shift_template": TEMPLATE, "shift": SHIFT,
    "assignment": ASSIGNMENT, "assignment_event": ASSIGNMENT,
}


@dataclass
class GivenBack:
    written: int = 0  # rows the branch lacked or held at an older version
    kept: int = 0  # rows the branch holds as new or newer, or has a change of waiting for HQ
    left_out: int = 0  # rows whose number the branch gave to another record since
    people: set[uuid.UUID] = field(default_factory=set)  # visitors whose search entry changes
    ids: dict[str, set] = field(default_factory=dict)  # kind → ids written

    def change(self) -> Change:
        return Change({kind: ids for kind, ids in self.ids.items()})


def apply_given_back(s: Session, records: list[dict], *, acknowledged_through: int) -> GivenBack:
    """Write HQ's rows of this branch's records that the branch lacks or holds
    older; ``records`` are ``{"record_type", "row"}``, parents before children.
    Raises ValueError on a row that cannot be read (the caller refuses the
    whole return bundle)."""
    result = GivenBack()
    if not isinstance(records, list):
        raise ValueError("not a list of records")
    models = replicated_models()
    grouped: dict[str, list[dict]] = {}
    for item in records:
        record_type = item.get("record_type") if isinstance(item, dict) else None
        if record_type not in _KINDS or record_type not in models:
            raise ValueError("unknown record type")
        grouped.setdefault(record_type, []).append(item["row"])
    left_out: set[str] = set()  # ids of records left out: what hangs off them is too
    for record_type, rows in grouped.items():
        codec = RowCodec(models[record_type])
        values = [codec.values(row) for row in rows]
        _count_past(s, record_type, values)
        references = [c.key for c in codec.table.columns if c.foreign_keys and c.key != "id"]
        values = [v for v in values if not _hangs_off(v, references, left_out, result)]
        inserts, updates = [], []
        for start in range(0, len(values), _BATCH):
            batch = values[start:start + _BATCH]
            held = _held_versions(s, codec, [v["id"] for v in batch])
            waiting = _waiting(s, record_type, [v["id"] for v in batch], acknowledged_through)
            for v in batch:
                version = held.get(v["id"])
                if version is None:
                    inserts.append(v)
                elif version < v["version"] and v["id"] not in waiting:
                    updates.append(v)
                else:
                    result.kept += 1
        inserts = _without_clashes(s, codec, inserts, left_out, result)
        write_rows(s, codec, inserts=inserts, updates=updates)
        kind = _KINDS[record_type]
        for v in inserts + updates:
            result.written += 1
            record_id = uuid.UUID(v["id"])
            result.ids.setdefault(kind, set()).add(record_id)
            if record_type == "person":
                result.people.add(record_id)
            elif record_type in ("identity_document", "visit"):
                result.people.add(uuid.UUID(v["person_id"]))
    if result.people:
        # The search index follows the change log, which these rows do not
        # enter: the stored copy is dropped (rebuilt from the records at its
        # next load), and a change number spent with no change under it shows
        # the indexes open at other desks a gap, so they read the records afresh.
        s.execute(delete(SearchSnapshot.__table__))
        skip_change_number(s)
    return result


def _count_past(s: Session, record_type: str, values: list[dict]) -> None:
    if record_type in _NUMBERED:
        column, kind = _NUMBERED[record_type]
        move_past(s, kind, (v.get(column) for v in values))


def _hangs_off(values: dict, references: list[str], left_out: set[str], result: GivenBack) -> bool:
    if any(values.get(key) in left_out for key in references):
        left_out.add(values["id"])
        result.left_out += 1
        return True
    return False


def _held_versions(s: Session, codec: RowCodec, ids: list[str]) -> dict[str, int]:
    table = codec.table
    rows = s.execute(select(table.c.id, table.c.version).where(table.c.id.in_([uuid.UUID(i) for i in ids])))
    return {str(record_id): version for record_id, version in rows}


def _waiting(s: Session, record_type: str, ids: list[str], acknowledged_through: int) -> set[str]:
    """Records of these with a change HQ has not acknowledged yet."""
    rows = s.execute(select(ChangeLog.record_id).where(
        ChangeLog.seq > acknowledged_through, ChangeLog.record_type == record_type,
        ChangeLog.record_id.in_([uuid.UUID(i) for i in ids])))
    return {str(record_id) for (record_id,) in rows}


def _without_clashes(s: Session, codec: RowCodec, inserts: list[dict], left_out: set[str],
                     result: GivenBack) -> list[dict]:
    """The new records but those whose number another record holds here."""
    unique = [c for c in codec.table.columns if c.unique and c.key != "id"]
    if not unique or not inserts:
        return inserts
    kept = []
    for start in range(0, len(inserts), _BATCH):
        batch = inserts[start:start + _BATCH]
        taken: set[tuple[str, object]] = set()
        for column in unique:
            wanted = [v[column.key] for v in batch if v[column.key] is not None]
            if wanted:
                taken |= {(column.key, value) for (value,) in
                          s.execute(select(column).where(column.in_(wanted)))}
        for v in batch:
            if any((column.key, v[column.key]) in taken for column in unique):
                left_out.add(v["id"])
                result.left_out += 1
            else:
                kept.append(v)
    return kept
