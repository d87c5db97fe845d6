"""A large bundle into PostgreSQL at speed: read in chunks, each chunk written
set-based (new records COPY'd straight into their tables, updates COPY'd into
a staging table and applied by one UPDATE per record type) by a second
thread while this one reads the next chunk, and a third one decompresses.

The changes are taken exactly as merging.py takes them, one by one in
sequence order; only the writing is different. A record is written when its
chunk is: a later change of it, in a later chunk, is an update to a newer
version. Where that could make a difference, streaming gives up and
importing.py applies the bundle change by change from the start instead (in
the same transaction, nothing of the attempt kept): when the database refuses
a row (merging.py then finds the change to blame), when the changes are not
in sequence order, when a record id is not written the way the branch writes
ids, when a record to insert turns up at HQ meanwhile, or on anything
unexpected. A bundle a branch made meets none of these but the first, and
that one rarely.

Only one thread uses the connection at a time: the thread that reads the
changes touches the session only once the writer has finished everything
sent to it.
"""
from __future__ import annotations

import contextlib
import gc
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy.orm import Session

from desktop.exchange.branch import read_json
from desktop.models import ChangeLog, HqBranch
from desktop.models.replication import write_rows

from .merging import Merger

#: changes read, looked up and written together; large enough that the
#: statements per chunk cost little, small enough to keep both threads busy
CHUNK = 20_000

# How the branch writes a record id (a UUID's str): the only ids looked up here,
# so that PostgreSQL and Python's uuid never read one differently.
_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class NotStreamable(Exception):
    """This bundle is applied change by change instead."""


def stream_changes(session: Session, branch: HqBranch, pieces: Iterator[list[bytes]], result, *,
                   chunk: int = CHUNK) -> None:
    """Apply the change rows of one bundle (JSON text, in sequence order, in
    pieces as they are decompressed) on PostgreSQL; raise on anything the
    change-by-change road must decide."""
    with _collector_paused():
        _stream(session, branch, pieces, result, chunk)


@contextlib.contextmanager
def _collector_paused():
    """Python's cycle collector off while a bundle streams in. The import keeps
    hundreds of thousands of rows alive, each a dict, and makes no cycles to
    speak of: every automatic collection would walk them all again for nothing
    (a third of the reading time on a large bundle). Reference counting still
    frees what is dropped; the collector comes back as it was."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _chunks(pieces: Iterator[list[bytes]], size: int, reader: ThreadPoolExecutor) -> Iterator[list[bytes]]:
    """The lines in chunks of about ``size``; the next piece is decompressed by
    ``reader`` meanwhile (zlib lets go of the interpreter while it works)."""
    ahead = reader.submit(next, pieces, None)
    chunk: list[bytes] = []
    while True:
        piece = ahead.result()
        if piece is None:
            break
        ahead = reader.submit(next, pieces, None)
        chunk += piece
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _stream(session: Session, branch: HqBranch, pieces: Iterator[list[bytes]], result, chunk: int) -> None:
    merger = Merger(session, branch, result, history=False)
    raw = session.connection().connection.dbapi_connection
    states, looked_up = merger.states, set()
    last_seq = -1
    reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hq-import-read")
    writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hq-import-write")
    written = None
    try:
        for lines in _chunks(pieces, chunk, reader):
            pending = []
            for line in lines:
                change = read_json(line)
                if merger.sort(change):
                    pending.append(change)
                if change["seq"] <= last_seq:
                    raise NotStreamable("changes out of sequence")
                last_seq = change["seq"]
            del lines
            # The records not met before, looked up at HQ by id.
            unseen: dict[str, list[str]] = {}
            for change in pending:
                key = (change["record_type"], change["record_id"])
                if key not in states and key not in looked_up:
                    if not _ID.fullmatch(key[1]):
                        raise NotStreamable("a record id not written as the branch writes them")
                    looked_up.add(key)
                    unseen.setdefault(key[0], []).append(key[1])
            tables = {record_type: codec.table.name for record_type in unseen
                      if (codec := merger.codec(record_type)) is not None}
            # Sent after the previous chunk's writes, so it also waits for them.
            found = writer.submit(_look_up, raw, tables, unseen)
            # Meanwhile this thread parses the rows.
            readings = [merger.read(change) for change in pending]
            for record_type, rows in found.result():
                merger.found(record_type, rows)
            for change, values in zip(pending, readings):
                merger.take(change, values)
            writes = merger.dirty()
            merger.written()
            if writes:
                written = writer.submit(_write, session, writes)
        if written is not None:
            written.result()
    finally:
        # Whatever happened, the writer is done with the connection before anyone else uses it.
        reader.shutdown(wait=True, cancel_futures=True)
        writer.shutdown(wait=True, cancel_futures=True)
    merger.finish()


def _look_up(raw, tables: dict[str, str], unseen: dict[str, list[str]]) -> list[tuple[str, list]]:
    """The records HQ holds among those: (id, version, whether HQ edited it itself)."""
    out = []
    with raw.cursor() as cursor:
        for record_type, table in tables.items():
            ids = unseen[record_type]
            cursor.execute(f'SELECT t.id::text, t.version, EXISTS (SELECT 1 FROM "{_CHANGE_LOG}" c '
                           f'WHERE c.record_id = t.id) FROM "{table}" t WHERE t.id = ANY(%s::uuid[])',
                           (ids,))
            out.append((record_type, cursor.fetchall()))
    return out


def _write(session: Session, writes) -> None:
    # Every record to insert was looked up and is not at HQ: straight into its table.
    for codec, inserts, updates in writes:
        write_rows(session, codec, inserts=inserts, updates=updates, absent=True)


_CHANGE_LOG = ChangeLog.__table__.name
