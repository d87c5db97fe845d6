"""How the visitor search index is kept: compact columns, and a snapshot of
them in the encrypted database.

A window with 200,000 visitors cannot afford a Python object per visitor per
field (that cost some 140 MB and seven seconds to build), so the index keeps
a handful of flat buffers: fixed-width sorted keys for phones, documents,
birth dates and registration numbers, ``array`` posting lists per name word,
and the visitors' texts in one UTF-8 buffer. The same buffers are what the
snapshot stores, so loading the index is reading a few arrays back rather
than folding and sorting every visitor again.

The snapshot is a cache, and it lives where the records do (inside the
SQLCipher file, or the branch's PostgreSQL database), never in a plain file:
it holds names. It is written in chunks of a megabyte, and read back chunk by
chunk straight into the arrays, so reading never holds an array twice.
"""
from __future__ import annotations

import json
import sys
from array import array
from collections.abc import Callable, Iterator

from sqlalchemy import delete, insert, select

from desktop.models import SearchSnapshot

from desktop.models.database import Database

CHUNK = 1 << 20
META = "meta"


class SortedKeys:
    """Byte keys of one fixed width kept in sorted order, each with the row it
    belongs to. Prefix look-ups bisect the buffer; a key costs its width plus
    four bytes, not a Python string and a list slot."""

    def __init__(self, width: int):
        self.width = width
        self.data = bytearray()
        self.rows = array("I")
        self._pending: list[tuple[bytes, int]] = []

    def __len__(self) -> int:
        return len(self.rows)

    def add(self, key: bytes, row: int) -> None:
        if key:
            self._pending.append((key[:self.width].ljust(self.width, b"\0"), row))

    def settle(self) -> None:
        """Put what was added in its place: the new keys are sorted and merged
        into the buffer in one pass of slices."""
        pending, self._pending = self._pending, []
        if not pending:
            return
        pending.sort()
        w = self.width
        data, rows = self.data, self.rows
        if len(pending) <= 64:
            # A few (a visitor saved at the desk): moved into place, no new buffer.
            for key, row in pending:
                at = self._first_above(key, 0)
                data[at * w:at * w] = key
                rows.insert(at, row)
            return
        if len(pending) * 8 > len(rows):
            # Many at once (a first build, an import): one sort of everything.
            entries = [(bytes(data[i * w:(i + 1) * w]), rows[i]) for i in range(len(rows))] + pending
            entries.sort()
            self.data = bytearray(b"".join(k for k, _ in entries))
            self.rows = array("I", (r for _, r in entries))
            return
        pieces: list = []
        row_pieces: list = []
        at = 0
        for key, row in pending:
            # After any equal keys, so rows of one key stay in the order added.
            end = self._first_above(key, at)
            pieces.append(data[at * w:end * w])
            pieces.append(key)
            row_pieces.append(rows[at:end])
            row_pieces.append(array("I", (row,)))
            at = end
        pieces.append(data[at * w:])
        row_pieces.append(rows[at:])
        self.data = bytearray(b"".join(pieces))
        merged = array("I")
        for piece in row_pieces:
            merged.extend(piece)
        self.rows = merged

    def _first_above(self, key: bytes, lo: int) -> int:
        """The first entry from ``lo`` on whose key sorts after ``key``."""
        data, w = self.data, self.width
        hi = len(self.rows)
        while lo < hi:
            mid = (lo + hi) // 2
            if data[mid * w:(mid + 1) * w] <= key:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _first_at_least(self, key: bytes, n: int) -> int:
        """The first entry whose first ``n`` bytes are not below ``key``."""
        data, w = self.data, self.width
        lo, hi = 0, len(self.rows)
        while lo < hi:
            mid = (lo + hi) // 2
            if data[mid * w:mid * w + n] < key:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def between(self, low: bytes, high: bytes) -> array:
        """Rows whose full key is from ``low`` to ``high``, both included."""
        start = self._first_at_least(low, self.width)
        return self.rows[start:self._first_above(high, start)]

    def prefix(self, key: bytes, limit: int) -> list[int]:
        """Rows whose key starts with ``key`` (all of it for fixed-size keys)."""
        key = key[:self.width]
        n = len(key)
        if not n:
            return []
        at = self._first_at_least(key, n)
        data, w, rows = self.data, self.width, self.rows
        out = []
        while at < len(rows) and len(out) < limit and data[at * w:at * w + n] == key:
            out.append(rows[at])
            at += 1
        return out


def int_key(value: int) -> bytes:
    """Four bytes that sort as the number does (dates as ordinals, number tails)."""
    return value.to_bytes(4, "big")


# -- posting lists -------------------------------------------------------------------
def pack_postings(postings: dict[str, array]) -> tuple[bytes, array, array]:
    """Words (one per line), how many rows each has, and all rows in a row."""
    words = sorted(postings)
    counts = array("I", (len(postings[w]) for w in words))
    flat = array("I")
    for w in words:
        flat.extend(postings[w])
    return "\n".join(words).encode("ascii"), counts, flat


def unpack_postings(words: bytes, counts: array, flat: array) -> dict[str, array]:
    out: dict[str, array] = {}
    at = 0
    names = words.decode("ascii").split("\n") if words else []
    for word, n in zip(names, counts):
        out[word] = flat[at:at + n]
        at += n
    return out


# -- the index's buffers as snapshot parts -------------------------------------------------
# (part, attribute of the VisitorIndex, array typecode or "" for a bytearray)
BUFFERS = (("ids", "_ids", ""), ("alive", "_alive", ""), ("sex", "_sex", ""), ("birth", "_birth", "i"),
           ("year", "_year", "H"), ("seen", "_seen", "i"), ("text", "_text", ""), ("text_at", "_text_at", "I"),
           ("id_order", "_id_order", "I"))
# (part, attribute): the SortedKeys columns, each stored as its keys and rows
COLUMNS = (("tails", "_tails"), ("births", "_births"), ("phones", "_phones"), ("phones_r", "_phones_reversed"),
           ("documents", "_documents"), ("years", "_years"))


def parts_of(index) -> dict[str, object]:
    """The buffers of a VisitorIndex, by part name, as they are (no copies)."""
    parts: dict[str, object] = {name: getattr(index, attr) for name, attr, _ in BUFFERS}
    parts["words"], parts["word_counts"], parts["word_rows"] = pack_postings(index._words)
    parts["merged"] = json.dumps({k: v.hex() for k, v in index._merged.items()}).encode("ascii")
    for name, attr in COLUMNS:
        column = getattr(index, attr)
        parts[name + ".keys"], parts[name + ".rows"] = column.data, column.rows
    return parts


def restore(index, db: Database, format_: int) -> dict | None:
    """Read the stored snapshot into ``index``'s buffers; its meta record, or
    None (and the index untouched) when there is none of ``format_`` or its
    parts do not fit together."""
    arrays = {name: array(code) for name, _, code in BUFFERS if code}
    arrays.update({"word_counts": array("I"), "word_rows": array("I")})
    arrays.update({name + ".rows": array("I") for name, _ in COLUMNS})
    buffers = {name: bytearray() for name, _, code in BUFFERS if not code}
    buffers.update({"words": bytearray(), "merged": bytearray()})
    buffers.update({name + ".keys": bytearray() for name, _ in COLUMNS})

    def sink(part: str, data: bytes) -> None:
        if part in arrays:
            arrays[part].frombytes(data)
        elif part in buffers:
            buffers[part].extend(data)

    meta = read_parts(db, sink)
    if not meta or meta.get("format") != format_:
        return None
    if meta.get("byteorder") != sys.byteorder:
        for values in arrays.values():
            values.byteswap()
    n = int(meta["rows"])
    text_at = arrays["text_at"]
    if not (len(buffers["ids"]) == 16 * n and len(buffers["alive"]) == len(buffers["sex"]) == n
            and len(arrays["birth"]) == len(arrays["year"]) == len(arrays["seen"]) == len(arrays["id_order"]) == n
            and len(text_at) == n + 1 and text_at[-1] == len(buffers["text"])
            and sum(arrays["word_counts"]) == len(arrays["word_rows"])
            and all(len(buffers[name + ".keys"]) == getattr(index, attr).width * len(arrays[name + ".rows"])
                    for name, attr in COLUMNS)):
        return None
    for name, attr, code in BUFFERS:
        setattr(index, attr, arrays[name] if code else buffers[name])
    index._words = unpack_postings(bytes(buffers["words"]), arrays["word_counts"], arrays["word_rows"])
    index._merged = {k: bytes.fromhex(v) for k, v in json.loads(bytes(buffers["merged"]) or b"{}").items()}
    for name, attr in COLUMNS:
        column = getattr(index, attr)
        column.data, column.rows = buffers[name + ".keys"], arrays[name + ".rows"]
    return meta


# -- the snapshot table ----------------------------------------------------------------
def read_meta(db: Database) -> dict | None:
    with db.read() as s:
        data = s.scalar(select(SearchSnapshot.data).where(SearchSnapshot.part == META, SearchSnapshot.chunk == 0))
    if data is None:
        return None
    try:
        meta = json.loads(bytes(data).decode("utf-8"))
    except ValueError:
        return None
    return meta if isinstance(meta, dict) else None


def read_parts(db: Database, sink: Callable[[str, bytes], None]) -> dict | None:
    """Hand every chunk of the stored snapshot to ``sink(part, data)`` in order,
    within one read transaction (so all parts are of one snapshot); returns the
    meta record, or None when there is no snapshot."""
    with db.read() as s:
        data = s.scalar(select(SearchSnapshot.data).where(SearchSnapshot.part == META, SearchSnapshot.chunk == 0))
        if data is None:
            return None
        try:
            meta = json.loads(bytes(data).decode("utf-8"))
        except ValueError:
            return None
        result = s.execute(select(SearchSnapshot.part, SearchSnapshot.data)
                           .where(SearchSnapshot.part != META)
                           .order_by(SearchSnapshot.part, SearchSnapshot.chunk)
                           .execution_options(yield_per=4))
        for part, chunk in result:
            sink(part, chunk)
    return meta


def _chunks(value) -> Iterator[bytes]:
    view = memoryview(value).cast("B")
    if not len(view):
        yield b""
    for at in range(0, len(view), CHUNK):
        yield bytes(view[at:at + CHUNK])


def write_parts(db: Database, meta: dict, parts: dict[str, object]) -> None:
    """Replace the stored snapshot with ``parts`` (bytes-like values) in one
    transaction, a chunk at a time."""
    table = SearchSnapshot.__table__
    with db.session("system") as s:
        s.execute(delete(table))
        for name, value in parts.items():
            for n, data in enumerate(_chunks(value)):
                s.execute(insert(table).values(part=name, chunk=n, data=data))
        s.execute(insert(table).values(part=META, chunk=0, data=json.dumps(meta).encode("utf-8")))


def forget(db: Database) -> None:
    """Remove the snapshot (it is rebuilt from the records the next time)."""
    with db.session("system") as s:
        s.execute(delete(SearchSnapshot.__table__))
