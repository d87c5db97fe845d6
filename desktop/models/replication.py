"""Change-log snapshots back into rows, and upserts that never journal (rows
arriving from elsewhere must not travel back as new changes). Used where
records arrive from the other end: HQ applying a branch's bundle, a branch
applying HQ's directory from a return bundle.

Rows stay in their snapshot form (JSON values: UUIDs, times and dates as
text) until written: PostgreSQL parses text itself in COPY, and comparing two
snapshots needs no conversion; only the executemany path (SQLite) converts.
"""
from __future__ import annotations

import base64
import datetime as dt
import operator
import uuid

from sqlalchemy import Date, LargeBinary, Uuid, bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from .base import Base, UtcDateTime
from .journal import _plain
from .replicated import Replicated

#: fields that differ between two copies of the same state without meaning a different value
BOOKKEEPING = frozenset({"version", "created_at", "updated_at"})


def replicated_models() -> dict[str, type]:
    return {m.class_.__record_type__: m.class_ for m in Base.registry.mappers
            if issubclass(m.class_, Replicated) and m.class_.__record_type__}


def _converter(column):
    kind = column.type
    if isinstance(kind, Uuid):
        return lambda v: None if v is None else uuid.UUID(v)
    if isinstance(kind, UtcDateTime):
        return lambda v: None if v is None else dt.datetime.fromisoformat(v).astimezone(dt.timezone.utc)
    if isinstance(kind, Date):
        return lambda v: None if v is None else dt.date.fromisoformat(v)
    if isinstance(kind, LargeBinary):
        return lambda v: None if v is None else base64.b64decode(v)
    return None


class RowCodec:
    """The snapshots of one record type and the rows of its table."""

    def __init__(self, model):
        self.model = model
        self.table = model.__table__
        self.columns = [c.key for c in self.table.columns]
        self.column_set = frozenset(self.columns)
        self.cells = operator.itemgetter(*self.columns)  # a row's values in column order, as a tuple
        self.convert = {c.key: conv for c in self.table.columns if (conv := _converter(c)) is not None}
        self.self_refs = [fk.parent.key for fk in self.table.foreign_keys if fk.column.table is self.table]
        # An insert's snapshot is taken before the INSERT fills Python-side column
        # defaults, so a NOT NULL column may arrive as null: the default is what
        # the branch stored.
        self.defaults = {c.key: c.default.arg for c in self.table.columns
                         if not c.nullable and c.default is not None and c.default.is_scalar}
        # A column a later revision added (marked ``info={"added_in": revision}``) is
        # absent from the snapshots of a branch still on an older version, and of
        # changes made before it upgraded: it takes its default, or stays empty.
        # Any other column missing makes the row unreadable.
        self.optional = {c.key: (c.default.arg if c.default is not None and c.default.is_scalar else None)
                         for c in self.table.columns
                         if "added_in" in c.info and (c.nullable or (c.default is not None and c.default.is_scalar))}

    def values(self, snapshot: dict) -> dict:
        """The snapshot checked (every column present, types readable) with
        defaults filled in. A snapshot of exactly the columns is completed in
        place and returned (the common case: no copy for half a million rows)."""
        if not isinstance(snapshot, dict):
            raise ValueError("not a row")
        if snapshot.keys() == self.column_set:
            values = snapshot
        else:
            missing = [c for c in self.columns if c not in snapshot and c not in self.optional]
            if missing:
                raise ValueError("missing fields: " + ", ".join(missing))
            values = {c: snapshot[c] if c in snapshot else self.optional[c] for c in self.columns}
        for key, default in self.defaults.items():
            if values[key] is None:
                values[key] = default
        if not isinstance(values["version"], int) or not isinstance(values["id"], str):
            raise ValueError("no version or id")
        # Other malformed values fail the write, which refuses the whole bundle.
        return values

    def python(self, values: dict) -> dict:
        return {k: (self.convert[k](v) if k in self.convert else v) for k, v in values.items()}

    def current(self, session: Session, record_id: str) -> dict:
        """HQ's row in snapshot form."""
        row = session.execute(select(self.table).where(self.table.c.id == uuid.UUID(record_id))).mappings().one()
        return {k: _plain(v) for k, v in row.items()}


def _insert(session: Session, table):
    dialect = session.get_bind().dialect.name
    return (postgresql.insert(table) if dialect == "postgresql" else sqlite.insert(table))


def write_rows(session: Session, codec: RowCodec, *, inserts: list[dict], updates: list[dict],
               absent: bool = False) -> None:
    """Insert new records (skipping any already there) and update existing ones
    to a newer version (never back to an older one). Rows in snapshot form.
    ``absent``: the caller made sure no record to insert is there (PostgreSQL
    then copies them straight into the table; one that turned up meanwhile
    fails the statement instead of being skipped)."""
    table = codec.table
    postgres = session.get_bind().dialect.name == "postgresql"
    if inserts:
        deferred = []
        if codec.self_refs:
            # A record may point at one inserted later in the same batch (a merged visitor).
            for i, row in enumerate(inserts):
                refs = {k: row[k] for k in codec.self_refs if row[k] is not None}
                if refs:
                    deferred.append((row["id"], refs))
                    inserts[i] = {**row, **{k: None for k in refs}}
        if postgres:
            _copy_in(session, codec, inserts, update=False, direct=absent)
        else:
            stmt = _insert(session, table).on_conflict_do_nothing(index_elements=["id"])
            rows = [codec.python(r) for r in inserts]
            for start in range(0, len(rows), 5000):
                session.execute(stmt, rows[start:start + 5000])
        for record_id, refs in deferred:
            session.execute(update(table).where(table.c.id == uuid.UUID(record_id))
                            .values({k: uuid.UUID(v) for k, v in refs.items()}))
    if updates and postgres:
        _copy_in(session, codec, updates, update=True)
    elif updates:
        cols = [c for c in codec.columns if c != "id"]
        stmt = (update(table).where(table.c.id == bindparam("b_id"))
                .where(table.c.version < bindparam("b_version"))
                .values({c: bindparam(f"b_{c}") for c in cols}))
        params = [{f"b_{k}": v for k, v in codec.python(row).items()} for row in updates]
        for start in range(0, len(params), 5000):
            session.execute(stmt, params[start:start + 5000])


def _copy_in(session: Session, codec: RowCodec, rows: list[dict], *, update: bool, direct: bool = False) -> None:
    """PostgreSQL: COPY the rows into a temporary table, then one INSERT … ON
    CONFLICT DO NOTHING (or one UPDATE to newer versions only) from it; or,
    ``direct``, straight into the table. Row by row statements made HQ import
    several times slower.

    Times travel as UTC ISO text; a ``timestamp without time zone`` column
    ignores the +00:00, which is what UtcDateTime stores anyway.
    """
    table, cols, cells = codec.table, codec.columns, codec.cells
    quoted = ", ".join(f'"{c}"' for c in cols)
    temp = f"incoming_{table.name}"
    cursor = session.connection().connection.dbapi_connection.cursor()
    try:
        if not direct:
            cursor.execute(f'CREATE TEMPORARY TABLE IF NOT EXISTS "{temp}" (LIKE "{table.name}") ON COMMIT DROP')
            cursor.execute(f'TRUNCATE "{temp}"')
        with cursor.copy(f'COPY "{table.name if direct else temp}" ({quoted}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(cells(row))
        if update:
            assignments = ", ".join(f'"{c}" = s."{c}"' for c in cols if c != "id")
            cursor.execute(f'UPDATE "{table.name}" AS t SET {assignments} FROM "{temp}" AS s '
                           f'WHERE t.id = s.id AND t.version < s.version')
        elif not direct:
            cursor.execute(f'INSERT INTO "{table.name}" ({quoted}) SELECT {quoted} FROM "{temp}" '
                           f'ON CONFLICT (id) DO NOTHING')
    finally:
        cursor.close()
