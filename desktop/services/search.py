"""Finding visitors as the receptionist types.

The index lives in memory, in the compact columns of ``search_store``: every
visitor's folded name words (posting lists), phone digits, document numbers,
registration number, birth date, sex and last visit. A keystroke costs a fold,
a few look-ups per typed word and a word-by-word ranking of about a hundred
candidates.

Matching goes typed word by typed word. Each typed word stands for the stored
words that begin with it, that are a spelling variant of it
(``names.variant_key``: Rahmonova/Рахманова, Yuldasheva/Juldasheva, Yorkin/
Еркин) or that are a letter or two off; every visitor with any of those words
is a candidate, scored by how many typed words they answer and how well
(``names.typed_similarity``). A typed word that matches nothing lowers a
visitor's score and never removes them. A birth date typed with the name
lifts those born that day. Among equal scores, visitors of the sex the query
(Abdullaev, Abdullaeva) or the form gives come first, then the one seen most
recently.

Ready in a moment: the index is stored as a snapshot inside the database
(``search_store``), and loading reads it back and applies the change log
since. Without a usable snapshot the index is built from the records (off the
GUI thread in the window) and a snapshot is written for next time. The change
log also brings in what other desks of a multi-desk branch saved.
"""
from __future__ import annotations

import bisect
import datetime as dt
import json
import logging
import re
import sys
import threading
import uuid
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA
from sqlalchemy import String, and_, func, select, type_coerce
from sqlalchemy.exc import SQLAlchemyError

from desktop.models import ChangeLog, IdentityDocument, Person, SequenceHead, Visit

from . import search_store as store
from .names import (fold_words, minor_words, query_weight, relative_word, sex_of_words, typed_similarity,
                    typed_word_similarity, variant_key)
from desktop.models.database import Database
from desktop.models.schema import current_revision

log = logging.getLogger("qamqor")

FORMAT = 2             # of the stored snapshot: another value is rebuilt from the records
PRECISE = 64           # candidates ranked word by word
ROWS_PER_WORD = 4000   # visitors gathered for one typed word, best-matching stored words first
WORDS_PER_TYPED = 40   # stored words one typed word may stand for
PREFIX_WORDS = 200     # stored words that begin with a typed word, at most
TYPO_WORDS = 16        # spelling keys looked at for a typed word a letter or two off
NEAR_WORD = 70.0       # a stored word less alike than this is not taken for a typed one
DUPLICATE_WORD = 80.0  # nor, by the duplicate check, for a word of the form
MAX_DELTA = 50_000     # more changes since the snapshot than this: rebuilding is faster
RESAVE_AFTER = 2_000   # changes applied since the snapshot that make a new one worth writing
REBUILD_HOLES = 0.2    # share of superseded rows at which a rebuild beats carrying them
_DIGITS = re.compile(r"\D+")
_NUMBER_TAIL = re.compile(r"(\d{4})-(\d{1,6})$")
_DATE = re.compile(r"\b(?:(\d{1,2})[./](\d{1,2})[./](\d{4})|(\d{4})-(\d{1,2})-(\d{1,2}))\b")
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
# Letters that look alike in Cyrillic and Latin document numbers (АВ 123 / AB 123).
_LOOKALIKE = str.maketrans("АВЕКМНОРСТУХ", "ABEKMHOPCTYX")
_SEP = "\x1f"  # between the fields of one visitor's text (control characters never reach a name)
NUMBER, FAMILY, GIVEN, PATRONYMIC, LATIN, CITIZENSHIP, PHONE, KEYS = range(8)
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
PHONE_WIDTH, DOCUMENT_WIDTH = 16, 24


def phone_key(phone: str) -> str:
    """Digits only; a Kazakh 8-prefixed trunk number becomes the +7 form."""
    digits = _DIGITS.sub("", phone or "")
    if len(digits) == 11 and digits.startswith("8"):
        digits = "7" + digits[1:]
    return digits


def same_phone(a: str, b: str) -> bool:
    """Two phone keys for one number: equal, or one the other's local form
    (0555 123456 and +996 555 123456: the national trunk 0 and no country code)."""
    if a == b:
        return bool(a)
    a, b = a.lstrip("0"), b.lstrip("0")
    if len(a) > len(b):
        a, b = b, a
    return len(a) >= 9 and b.endswith(a)


def document_key(number: str) -> str:
    return "".join(ch for ch in (number or "").upper().translate(_LOOKALIKE) if ch.isalnum())


def _minutes(at: dt.datetime | None) -> int:
    if at is None:
        return 0
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.timezone.utc)
    return max(1, int((at - _EPOCH).total_seconds() // 60))


@dataclass(frozen=True)
class IndexRow:
    """One visitor as the index knows them (a copy, made for results only)."""

    person_id: uuid.UUID
    number: str
    family_name: str
    given_name: str
    patronymic: str
    latin_name: str
    birth_date: dt.date | None
    birth_year: int | None
    citizenship: str
    phone_key: str
    keys: tuple[str, ...]  # folded whole-name keys (native, Latin)
    sex: str = ""
    last_visit: dt.datetime | None = None


@dataclass(frozen=True)
class SearchHit:
    row: IndexRow
    score: float
    matched: str  # name | phone | document | number | birth_date


def _birth_in(text: str) -> tuple[str, dt.date | None, int | None]:
    """Take a birth date (31.12.1990 or 1990-12-31) or a year out of the query."""
    m = _DATE.search(text)
    if m:
        d, mo, y = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(6), m.group(5), m.group(4))
        try:
            date = dt.date(int(y), int(mo), int(d))
        except ValueError:
            date = None
        if date:
            return (text[:m.start()] + " " + text[m.end():]).strip(), date, date.year
    m = _YEAR.search(text)
    rest = _DIGITS.sub("", text)
    if m and rest.strip(" .-/") and not any(ch.isdigit() for ch in text[:m.start()] + text[m.end():]):
        return (text[:m.start()] + " " + text[m.end():]).strip(), None, int(m.group(1))
    return text, None, None


def _swapped(ordinal: int) -> int:
    """The same date with day and month exchanged (05.01 typed as 01.05), or 0."""
    d = dt.date.fromordinal(ordinal)
    if d.day > 12 or d.day == d.month:
        return 0
    return dt.date(d.year, d.day, d.month).toordinal()


def _name_tokens(text: str) -> list[str]:
    """The words of a query that can be part of a name. Names have no digits:
    a token with digits is a number, a phone, a document or a date being
    typed; letters beside such numbers are a document series (AB 1234567)
    unless one of them is a word of three letters or more."""
    tokens = text.split()
    names = [t for t in tokens if not any(ch.isdigit() for ch in t)]
    if len(names) < len(tokens) and not any(sum(ch.isalpha() for ch in t) >= 3 for t in names):
        return []
    return names


def _year_key(dated: bool, year: int) -> bytes:
    return (b"\1" if dated else b"\0") + year.to_bytes(2, "big")


def _id_bytes(value) -> bytes:
    """An id's 16 bytes from what the driver gives: a UUID (PostgreSQL) or
    its 32 hex digits (SQLite)."""
    if isinstance(value, uuid.UUID):
        return value.bytes
    if isinstance(value, (bytes, bytearray)) and len(value) == 16:
        return bytes(value)
    return uuid.UUID(str(value)).bytes if len(str(value)) != 32 else bytes.fromhex(value)


def _clean(text: str | None) -> str:
    return (text or "").replace(_SEP, " ")


class VisitorIndex:
    """The in-memory search index of one branch's visitors (thread-safe)."""

    def __init__(self, db: Database):
        self.db = db
        self._lock = threading.RLock()
        self._reset()
        self.last_seq = 0
        self.loaded = False
        self.stale = False  # the change log has a gap since last_seq: only a new load is right
        self.built = False  # the last load read every visitor (no usable snapshot)
        self.snapshot_seq: int | None = None  # where the stored snapshot this index matches stands
        self.changes_since_snapshot = 0

    def _reset(self) -> None:
        self._ids = bytearray()      # 16 bytes a row
        self._alive = bytearray()    # 0 for a superseded or removed row (a hole)
        self._sex = bytearray()      # ord("M"), ord("F") or 0
        self._birth = array("i")     # date ordinal, 0 when unknown
        self._year = array("H")      # 0 when unknown
        self._seen = array("i")      # minutes since 1970 of the last visit, 0 when none
        self._text = bytearray()     # the fields of every row, UTF-8, _SEP between them
        self._text_at = array("I", [0])
        self._words: dict[str, array] = {}
        self._word_list: list[str] = []
        self._variants: dict[str, list[str]] = {}
        self._variant_list: list[str] = []
        self._relatives: dict[str, list[str]] = {}
        self._new_words: list[str] = []
        self._match_cache: dict[tuple[str, bool], list[tuple[str, float]]] = {}
        self._tails = store.SortedKeys(4)
        self._births = store.SortedKeys(4)
        self._phones = store.SortedKeys(PHONE_WIDTH)
        self._phones_reversed = store.SortedKeys(PHONE_WIDTH)
        self._documents = store.SortedKeys(DOCUMENT_WIDTH)
        self._years = store.SortedKeys(3)  # dated or not, then the year: who may be the same person
        self._id_order = array("I")  # rows sorted by id, as of the last build or snapshot
        self._id_tail: list[int] = []  # rows added since, oldest first
        self._merged: dict[str, bytes] = {}  # merged-away number → the surviving visitor's id
        self._holes = 0
        self._undated: set[int] = set()  # rows without a birth date (a year at most)

    # -- loading ------------------------------------------------------------------
    _COLUMNS = (Person.id, Person.number, Person.family_name, Person.given_name, Person.patronymic,
                Person.latin_name, Person.sex, Person.birth_date, Person.birth_year, Person.citizenship,
                Person.phone_key, Person.name_key, Person.deleted, Person.merged_into_id, Person.anonymised_at)

    def load(self, progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> bool:
        """Read the index: from the stored snapshot and the changes since, or
        else from every visitor. Returns False when cancelled (the old index stays)."""
        fresh = VisitorIndex(self.db)
        try:
            ready = fresh._load_snapshot()
        except (SQLAlchemyError, ValueError, KeyError, TypeError) as err:
            # A cache that cannot be read is rebuilt, never trusted in part.
            log.warning("search snapshot not used (%s); reading every visitor", type(err).__name__)
            fresh = VisitorIndex(self.db)
            ready = False
        if not ready:
            fresh = VisitorIndex(self.db)
            if not fresh._build(progress, cancelled):
                return False
        with self._lock:
            self.__dict__.update({k: v for k, v in fresh.__dict__.items() if k not in ("_lock", "db")})
            self.loaded = True
        if progress:
            total = len(self)
            progress(total, total)
        return True

    @staticmethod
    def _head(s) -> int:
        head = s.scalar(select(SequenceHead.value).where(SequenceHead.name == "change"))
        return int(head or 0)

    def _build(self, progress, cancelled) -> bool:
        with self.db.read() as s:
            last_seq = self._head(s)
            total = s.scalar(select(func.count()).select_from(Person)) or 0
            docs: dict[uuid.UUID, list[str]] = {}
            for pid, key in s.execute(select(IdentityDocument.person_id, IdentityDocument.number_key)
                                      .where(IdentityDocument.deleted.is_(False))):
                docs.setdefault(pid, []).append(key)
            docs = {_id_bytes(k): v for k, v in docs.items()}
            rows: dict[bytes, int] = {}
            # The ids as the driver gives them (turning 200,000 of them into
            # UUID objects only to take their bytes cost seconds), through the
            # Core connection: the ORM's row handling is not needed here.
            query = (select(type_coerce(Person.id, String), *self._COLUMNS[1:])
                     .execution_options(yield_per=5000))
            add = self._add
            for i, (raw_id, number, family, given, patronymic, latin, sex, birth_date, birth_year, citizenship,
                    phone, name_key, deleted, merged_into, anonymised_at) in enumerate(
                        s.connection().execute(query)):
                if i % 5000 == 0:
                    if cancelled and cancelled():
                        return False
                    if progress:
                        progress(i, total)
                if deleted:
                    if merged_into:
                        self._merged[number] = _id_bytes(merged_into)
                    continue
                if anonymised_at is not None:
                    continue  # found by no search: not by its number either
                key = _id_bytes(raw_id)
                rows[key] = add(key, number, family, given, patronymic, latin, sex, birth_date, birth_year,
                                citizenship, phone, name_key, docs.get(key, ()), 0)
            del docs
            # A separate grouped scan: joined to the people, SQLite walks the
            # visits through their person index and takes several times longer.
            seen = select(type_coerce(Visit.person_id, String), func.max(Visit.visited_at))
            for pid, at in s.connection().execute(seen.where(Visit.deleted.is_(False))
                                                  .group_by(Visit.person_id)):
                idx = rows.get(_id_bytes(pid))
                if idx is not None:
                    self._seen[idx] = _minutes(at)
        del rows
        self._settle()
        self._sort_ids()
        self.last_seq = last_seq
        self.built = True
        return True

    def _load_snapshot(self) -> bool:
        meta = store.read_meta(self.db)
        if not meta or meta.get("format") != FORMAT or meta.get("revision") != current_revision(self.db):
            return False
        if not self._continuous_since(int(meta["seq"])):
            return False
        meta = store.restore(self, self.db, FORMAT)
        if meta is None:
            return False
        self._holes = len(self._alive) - self._alive.count(1)
        self._undated = {i for i, b in enumerate(self._birth) if not b}
        self._new_words = list(self._words)
        self._settle()
        self.last_seq = self.snapshot_seq = int(meta["seq"])
        self.refresh()
        return not self.stale

    def _continuous_since(self, seq: int) -> bool:
        """Every change after ``seq`` is still in the change log (not pruned
        after HQ acknowledged it), and not too many to apply one by one."""
        with self.db.read() as s:
            head = self._head(s)
            if head < seq or head - seq > MAX_DELTA:
                return False
            if head == seq:
                return True
            present = s.scalar(select(func.count()).select_from(ChangeLog)
                               .where(ChangeLog.seq > seq, ChangeLog.seq <= head))
        return present == head - seq

    # -- the snapshot ---------------------------------------------------------------
    def worth_saving(self) -> bool:
        """Whether writing a new snapshot would make the next load faster."""
        return self.loaded and not self.stale and (
            self.snapshot_seq is None or self.changes_since_snapshot >= RESAVE_AFTER)

    def save_snapshot(self) -> bool:
        """Store the index for the next load. A cache: when the database is busy
        or another process wrote a newer one, nothing is written and nothing fails."""
        if not self.loaded or self.stale:
            return False
        if self._holes > REBUILD_HOLES * max(1, len(self._alive)):
            # Too many superseded rows carried along: start clean.
            if not self.load():
                return False
        try:
            stored = store.read_meta(self.db)
            with self._lock:
                if stored and stored.get("format") == FORMAT and int(stored.get("seq", -1)) >= self.last_seq:
                    self.snapshot_seq = int(stored["seq"])
                    self.changes_since_snapshot = 0
                    return False
                self._sort_ids()
                parts = store.parts_of(self)
                meta = {"format": FORMAT, "seq": self.last_seq, "rows": len(self._alive),
                        "byteorder": sys.byteorder, "revision": current_revision(self.db),
                        "made_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
                store.write_parts(self.db, meta, parts)
                self.snapshot_seq = self.last_seq
                self.changes_since_snapshot = 0
        except SQLAlchemyError as err:
            log.warning("search snapshot not written (%s)", type(err).__name__)
            return False
        return True

    def _sort_ids(self) -> None:
        if self._id_tail or len(self._id_order) != len(self._alive):
            ids = self._ids
            self._id_order = array("I", sorted(range(len(self._alive)), key=lambda i: ids[16 * i:16 * i + 16]))
            self._id_tail = []

    # -- rows ---------------------------------------------------------------------------
    def _add(self, pid: bytes, number: str, family: str, given: str, patronymic: str, latin: str, sex: str,
             birth_date: dt.date | None, birth_year: int | None, citizenship: str, phone: str, name_key: str,
             documents: Iterable[str], seen: int) -> int:
        """Append one visitor: the id's 16 bytes and the columns of _COLUMNS after it."""
        idx = len(self._alive)
        self._ids += pid
        self._alive.append(1)
        self._sex.append(ord(sex) if sex in ("M", "F") else 0)
        birth = birth_date.toordinal() if birth_date else 0
        self._birth.append(birth)
        self._year.append(birth_year or 0)
        self._seen.append(seen)
        keys = [k for k in name_key.split(" | ") if k]
        fields = (number, family, given, patronymic, latin, citizenship, phone, "|".join(keys))
        record = _SEP.join(fields)
        if record.count(_SEP) != KEYS:
            record = _SEP.join(_clean(f) for f in fields)
        self._text += record.encode("utf-8")
        self._text_at.append(len(self._text))
        m = _NUMBER_TAIL.search(number)
        if m:
            self._tails.add(store.int_key(int(m.group(2))), idx)
        words = self._words
        for word in {w for k in keys for w in k.split()}:
            posting = words.get(word)
            if posting is None:
                posting = words[sys.intern(word)] = array("I")
                self._new_words.append(word)
            posting.append(idx)
        if birth:
            self._births.add(store.int_key(birth), idx)
        else:
            self._undated.add(idx)
        self._years.add(_year_key(bool(birth), birth_year or 0), idx)
        if phone:
            self._phones.add(phone.encode("ascii", "ignore"), idx)
            self._phones_reversed.add(phone[::-1].encode("ascii", "ignore"), idx)
        for doc in documents:
            if doc:
                self._documents.add(doc.encode("utf-8"), idx)
        self._id_tail.append(idx)
        return idx

    def _add_row(self, r, documents: Iterable[str], seen: int) -> int:
        return self._add(r.id.bytes, r.number, r.family_name, r.given_name, r.patronymic, r.latin_name, r.sex,
                         r.birth_date, r.birth_year, r.citizenship, r.phone_key, r.name_key, documents, seen)

    def _settle(self) -> None:
        new, self._new_words = self._new_words, []
        if new:
            self._match_cache.clear()
            if len(new) > 1000:
                self._word_list = sorted(self._words)
            else:
                for w in new:
                    bisect.insort(self._word_list, w)
            for w in new:
                key = variant_key(w)
                words = self._variants.get(key)
                if words is None:
                    self._variants[key] = [w]
                    if len(new) <= 1000:
                        bisect.insort(self._variant_list, key)
                else:
                    words.append(w)
                rel = relative_word(w)
                if rel:
                    self._relatives.setdefault(rel, []).append(w)
            if len(new) > 1000:
                self._variant_list = sorted(self._variants)
        for column in (self._tails, self._births, self._phones, self._phones_reversed, self._documents, self._years):
            column.settle()

    def _drop(self, idx: int) -> None:
        # A hole: the posting lists keep the number, searches skip it.
        if self._alive[idx]:
            self._alive[idx] = 0
            self._holes += 1

    def _find(self, person_id: uuid.UUID) -> int | None:
        needle = person_id.bytes
        ids, alive = self._ids, self._alive
        for idx in reversed(self._id_tail):
            if alive[idx] and ids[16 * idx:16 * idx + 16] == needle:
                return idx
        order = self._id_order
        at = bisect.bisect_left(order, needle, key=lambda i: ids[16 * i:16 * i + 16])
        while at < len(order) and ids[16 * order[at]:16 * order[at] + 16] == needle:
            if alive[order[at]]:
                return order[at]
            at += 1
        return None

    def _fields(self, idx: int) -> list[str]:
        return self._text[self._text_at[idx]:self._text_at[idx + 1]].decode("utf-8").split(_SEP)

    def _keys(self, idx: int) -> list[str]:
        at = self._text.rfind(_SEP.encode(), self._text_at[idx], self._text_at[idx + 1])
        return self._text[at + 1:self._text_at[idx + 1]].decode("ascii").split("|")

    def _by_number(self, number: str) -> int | None:
        m = _NUMBER_TAIL.search(number)
        if m:
            for idx in self._tails.prefix(store.int_key(int(m.group(2))), 50):
                if self._alive[idx] and self._fields(idx)[NUMBER] == number:
                    return idx
        target = self._merged.get(number)
        return self._find(uuid.UUID(bytes=target)) if target else None

    def upsert(self, person_ids: Iterable[uuid.UUID], *, new: bool = False) -> None:
        """Re-read these visitors (after a save here or at another desk).
        ``new``: the caller just created them, so there is no old entry to look for."""
        ids = list(dict.fromkeys(person_ids))
        for start in range(0, len(ids), 500):
            self._upsert(ids[start:start + 500], new)

    def _upsert(self, ids: list[uuid.UUID], new: bool) -> None:
        if not ids:
            return
        with self.db.read() as s:
            people = {r.id: r for r in s.execute(select(*self._COLUMNS).where(Person.id.in_(ids)))}
            docs: dict[uuid.UUID, list[str]] = {}
            for pid, key in s.execute(select(IdentityDocument.person_id, IdentityDocument.number_key)
                                      .where(IdentityDocument.person_id.in_(ids),
                                             IdentityDocument.deleted.is_(False))):
                docs.setdefault(pid, []).append(key)
        with self._lock:
            for pid in ids:
                old = None if new else self._find(pid)
                seen = 0
                if old is not None:
                    seen = self._seen[old]
                    self._drop(old)
                r = people.get(pid)
                if r is None:
                    continue
                if r.deleted:
                    if r.merged_into_id:
                        self._merged[r.number] = r.merged_into_id.bytes
                    continue
                if r.anonymised_at is not None:
                    continue  # found by no search: not by its number either
                self._add_row(r, docs.get(pid, ()), seen)
            self._settle()
            self.changes_since_snapshot += len(ids)

    def add_new(self, person, documents: Iterable[str] = ()) -> None:
        """A visitor this process just saved (a Person row as written, its
        document keys): added without reading them back."""
        with self._lock:
            self._add_row(person, documents, 0)
            self._settle()
            self.changes_since_snapshot += 1

    def touch(self, person_id: uuid.UUID, at: dt.datetime) -> None:
        """A visit was logged: the visitor counts as seen then."""
        with self._lock:
            idx = self._find(person_id)
            if idx is not None:
                self._seen[idx] = max(self._seen[idx], _minutes(at))

    def refresh(self) -> int:
        """Bring in changes saved since the index was read; returns how many
        visitors changed. A gap in the change log (pruned before this index saw
        it) sets ``stale``: only a new load is right then."""
        with self.db.read() as s:
            top = self._head(s)
            if top <= self.last_seq:
                return 0
            present = s.scalar(select(func.count()).select_from(ChangeLog)
                               .where(ChangeLog.seq > self.last_seq, ChangeLog.seq <= top))
            if present != top - self.last_seq:
                self.stale = True
                return 0
            changed = s.execute(select(ChangeLog.record_type, ChangeLog.record_id, ChangeLog.row)
                                .where(and_(ChangeLog.seq > self.last_seq, ChangeLog.seq <= top),
                                       ChangeLog.record_type.in_(("person", "identity_document", "visit")))
                                .order_by(ChangeLog.seq)).all()
        ids: dict[uuid.UUID, None] = {}
        visits: list[tuple[uuid.UUID, dt.datetime]] = []
        for record_type, record_id, row in changed:
            if record_type == "person":
                ids[record_id] = None
            elif record_type == "identity_document":
                ids[uuid.UUID(json.loads(row)["person_id"])] = None
            else:
                visit = json.loads(row)
                if not visit.get("deleted"):
                    visits.append((uuid.UUID(visit["person_id"]), dt.datetime.fromisoformat(visit["visited_at"])))
        self.upsert(ids)
        for person_id, at in visits:
            self.touch(person_id, at)
        with self._lock:
            self.changes_since_snapshot += len(visits)
            self.last_seq = top
        return len(ids)

    # -- reading --------------------------------------------------------------------
    def __len__(self) -> int:
        return self._alive.count(1)

    def row(self, idx: int) -> IndexRow:
        f = self._fields(idx)
        birth, seen, sex = self._birth[idx], self._seen[idx], self._sex[idx]
        return IndexRow(uuid.UUID(bytes=bytes(self._ids[16 * idx:16 * idx + 16])), f[NUMBER], f[FAMILY], f[GIVEN],
                        f[PATRONYMIC], f[LATIN], dt.date.fromordinal(birth) if birth else None,
                        self._year[idx] or None, f[CITIZENSHIP], f[PHONE],
                        tuple(k for k in f[KEYS].split("|") if k), chr(sex) if sex else "",
                        _EPOCH + dt.timedelta(minutes=seen) if seen else None)

    # -- searching ------------------------------------------------------------------
    def search(self, text: str, *, limit: int = 50, depth: int = PRECISE, sex: str = "") -> list[SearchHit]:
        """Visitors best first. ``depth``: how many name candidates are ranked
        word by word; ``sex``: the sex the form gives (else the query's
        gendered endings tell it), which puts those of the other sex after
        equally good matches."""
        text = (text or "").strip()
        if not text:
            return []
        with self._lock:
            scores: dict[int, tuple[float, str]] = {}
            self._search_numbers(text, scores)
            rest, birth, year = _birth_in(text)
            words = fold_words(" ".join(_name_tokens(rest)))
            if words:
                partial = frozenset(fold_words(rest.split()[-1]))
                self._search_names(words, partial, scores, birth.toordinal() if birth else 0, year or 0, depth)
            if birth or year:
                self._weigh_birth(scores, birth, year, only=bool(words))
            wanted = sex or sex_of_words(words)
            code = ord(wanted) if wanted in ("M", "F") else 0
            sexes, seen = self._sex, self._seen

            def order(item):
                # Equal scores (namesakes): the sex asked for first, then the
                # most recently seen. Rounding only hides arithmetic noise.
                idx, (score, _matched) = item
                other = bool(code and sexes[idx] and sexes[idx] != code)
                return (-round(score, 2), other, -seen[idx], idx)

            ranked = sorted(scores.items(), key=order)[:limit]
            return [SearchHit(self.row(i), round(score, 1), matched) for i, (score, matched) in ranked]

    def _hit(self, scores: dict, idx: int, score: float, matched: str) -> None:
        if self._alive[idx] and (idx not in scores or scores[idx][0] < score):
            scores[idx] = (score, matched)

    def _search_numbers(self, text: str, scores: dict) -> None:
        idx = self._by_number(text.upper())
        if idx is not None:
            self._hit(scores, idx, 200.0, "number")
        digits = _DIGITS.sub("", text)
        if digits and not any(ch.isalpha() for ch in text) and not _DATE.search(text):
            # Only digits (and +, spaces, dashes): a number's tail or a phone.
            if len(digits) <= 6:
                for idx in self._tails.prefix(store.int_key(int(digits)), 50):
                    self._hit(scores, idx, 140.0, "number")
            key = phone_key(text)
            if len(key) >= 4:
                # Typed from the start, or its last digits; a number written with
                # the national trunk 0 (0555 12 34 56) is the end of the full one.
                local = key.lstrip("0")
                for idx in (self._phones.prefix(key.encode(), 50)
                            + self._phones_reversed.prefix(local[::-1].encode(), 50)):
                    self._hit(scores, idx, 160.0, "phone")
        doc = document_key(text)
        if len(doc) >= 4 and any(ch.isdigit() for ch in doc) and not _DATE.search(text):
            for idx in self._documents.prefix(doc.encode("utf-8"), 50):
                self._hit(scores, idx, 150.0, "document")

    def _matching_words(self, typed: str, partial: bool) -> list[tuple[str, float]]:
        """The stored words ``typed`` may stand for, most alike first: itself,
        words it begins, spelling variants, and words a letter or two off."""
        cached = self._match_cache.get((typed, partial))
        if cached is not None:
            return cached
        found: dict[str, float] = {}
        words = self._word_list
        at = bisect.bisect_left(words, typed)
        for i in range(at, min(at + PREFIX_WORDS, len(words))):
            if not words[i].startswith(typed):
                break
            found[words[i]] = typed_word_similarity(typed, words[i])
        if len(typed) >= 3:
            key = variant_key(typed)
            keys = [key]
            if partial:
                # Still being typed: the variants that begin like it (Rahmo… for Рахманова).
                at = bisect.bisect_left(self._variant_list, key)
                keys += [v for v in self._variant_list[at:at + PREFIX_WORDS] if v.startswith(key)]
            near: list[str] = []
            if len(typed) >= 4:
                # A letter or two off: slips of the fingers (OSA counts two
                # letters swapped as one slip), on the words and on their
                # variant keys (a slip and a variant spelling together).
                near = [w for w, _, _ in process.extract(typed, words, scorer=OSA.normalized_similarity,
                                                         score_cutoff=0.6, limit=TYPO_WORDS)]
                keys += [v for v, _, _ in process.extract(key, self._variant_list, scorer=OSA.normalized_similarity,
                                                          score_cutoff=0.6, limit=TYPO_WORDS)]
            for v in dict.fromkeys(keys):
                near += self._variants.get(v, ())
            for w in near:
                if w not in found:
                    found[w] = typed_word_similarity(typed, w, partial=partial)
        result = sorted(((w, s) for w, s in found.items() if s >= NEAR_WORD), key=lambda ws: -ws[1])
        result = result[:WORDS_PER_TYPED]
        if len(self._match_cache) > 4096:
            self._match_cache.clear()
        self._match_cache[typed, partial] = result
        return result

    def _search_names(self, words: list[str], partial: frozenset, scores: dict, birth: int, year: int,
                      depth: int) -> None:
        # acc: for each candidate row, the sum over typed words of the best
        # similarity × the word's weight, counted in units of the first word's
        # weight. Set operations run in C; Python loops only over the rows
        # that answer more than one typed word.
        acc: dict[int, float] = {}
        first_weight = 0.0
        total_weight = sum(query_weight(w) for w in words)
        # A patronymic (and o‘g‘li, kyzy) is shared by thousands and tells
        # little: it does not bring candidates of its own, only ranks them below.
        telling = [w for w in words if query_weight(w) == len(w)] or words
        for typed in telling:
            weight = query_weight(typed)
            if not first_weight:
                first_weight = weight
            factor = weight / first_weight
            taken: set[int] = set()
            rows = 0
            for word, sim in self._matching_words(typed, typed in partial):
                posting = self._words[word]
                group = set(posting)
                group -= taken
                if not group:
                    continue
                taken |= group
                value = sim * factor
                common = group & acc.keys()
                if common:
                    group -= common
                    for r in common:
                        acc[r] += value
                acc.update(dict.fromkeys(group, value))
                rows += len(posting)
                if rows >= ROWS_PER_WORD:
                    break
        born: list[int] = []
        if birth:
            for day in (birth, _swapped(birth)):
                if day:
                    born += self._births.prefix(store.int_key(day), 500)
        if birth or year:
            self._lift_candidates(acc, birth, year, total_weight / first_weight)
        if len(acc) > depth:
            cut = sorted(acc.values(), reverse=True)[depth - 1]
            top = [r for r, v in acc.items() if v > cut]
            ties = [r for r, v in acc.items() if v == cut]
            if len(top) + len(ties) > depth:
                # Equals at the cut: the most recently seen go on.
                ties.sort(key=self._seen.__getitem__, reverse=True)
                del ties[depth - len(top):]
            top += ties
        else:
            top = list(acc)
        # Everyone born that day is ranked, however far down the name put them.
        chosen = set(top)
        top += [r for r in dict.fromkeys(born) if r not in chosen]
        alive = self._alive
        memo: dict[tuple[str, frozenset], float] = {}
        for idx in top:
            if not alive[idx]:
                continue
            f = self._fields(idx)
            minor = minor_words(f[FAMILY], f[GIVEN], f[PATRONYMIC])
            score = 0.0
            for key in f[KEYS].split("|"):
                if key:
                    found = memo.get((key, minor))
                    if found is None:
                        found = memo[key, minor] = typed_similarity(words, key.split(), partial, minor)
                    score = max(score, found)
            self._hit(scores, idx, score, "name")

    def _lift_candidates(self, acc: dict[int, float], birth: int, year: int, scale: float) -> None:
        """The birth date or year counts before the cut too (as _birth_lift),
        so that among many namesakes the one born then is not left out. Only
        rows it lifts are touched: lifting every other row alike changes no order."""
        if birth:
            # +20 all round: a different date adds nothing, the same day +50,
            # the day and month swapped +40, no date but the same year +30, no date +20.
            swapped = _swapped(birth)
            for day, lift in ((birth, 50.0), (swapped, 40.0)):
                if day:
                    for r in self._births.prefix(store.int_key(day), 500):
                        if r in acc:
                            acc[r] += lift * scale
            years = self._year
            for r in self._undated & acc.keys():
                acc[r] += (30.0 if years[r] == year else 20.0) * scale
            return
        low = dt.date(year, 1, 1).toordinal()
        high = dt.date(year, 12, 31).toordinal()
        for r in set(self._births.between(store.int_key(low), store.int_key(high))) & acc.keys():
            acc[r] += 6.0 * scale
        years = self._year
        for r in self._undated & acc.keys():
            if years[r] == year:
                acc[r] += 10.0 * scale

    def _birth_lift(self, idx: int, birth: int, swapped: int, year: int) -> float:
        """What a typed birth date (``swapped``: with day and month exchanged)
        or year adds to, or takes from, a visitor's score."""
        b = self._birth[idx]
        if birth and b:
            if b == birth:
                return 30.0
            return 20.0 if b == swapped else -20.0  # born another day: someone else
        if self._year[idx] != year:
            return 0.0
        # A year alone on either side is an estimate. Typed alone, it says the
        # person does not know the day: those registered by the year alone fit best.
        return 10.0 if birth or not b else 6.0

    def _weigh_birth(self, scores: dict, birth: dt.date | None, year: int | None, *, only: bool) -> None:
        """A birth date or year typed with the name lifts those it fits; typed
        alone, it finds everyone born then."""
        if not only and birth:
            for idx in self._births.prefix(store.int_key(birth.toordinal()), 500):
                self._hit(scores, idx, 120.0, "birth_date")
            return
        ordinal = birth.toordinal() if birth else 0
        swapped = _swapped(ordinal) if ordinal else 0
        for idx, (score, matched) in list(scores.items()):
            scores[idx] = (score + self._birth_lift(idx, ordinal, swapped, year or 0), matched)

    def duplicate_candidates(self, keys: list[str], *, birth: dt.date | None, year: int | None,
                             sex: str = "") -> list[IndexRow]:
        """Who may be the person a form describes, for the duplicate check
        (``keys``: the form's folded names): those born that day (day and month
        may be swapped) with a name word even loosely alike, and those of that
        year known by the year alone, or of no known age, with two name words
        near the form's. With no date or year on the form, the best name matches
        (those of the form's ``sex`` first among equals)."""
        words = sorted({w for key in keys for w in key.split()})
        if not words:
            return []
        with self._lock:
            if not (birth or year):
                return [h.row for h in self.search(" ".join(words), limit=20, depth=40, sex=sex)]
            near: list[set[str]] = []  # for each word of the form, the stored words near it
            loose: set[str] = set()
            for w in words:
                mine = set(self._relatives.get(relative_word(w), ()))
                for x, sim in self._matching_words(w, False):
                    loose.add(x)
                    if sim >= DUPLICATE_WORD:
                        mine.add(x)
                loose |= mine
                near.append(mine)
            rows: set[int] = set()
            if birth:
                # Born that day: a word of the name even loosely alike is enough.
                ordinal = birth.toordinal()
                for day in (ordinal, _swapped(ordinal)):
                    for r in self._births.prefix(store.int_key(day), 500) if day else ():
                        if loose.intersection(" ".join(self._keys(r)).split()):
                            rows.add(r)
                pool = set(self._years.prefix(_year_key(False, year or birth.year), 100_000))
            else:
                pool = set(self._years.prefix(_year_key(True, year), 100_000))
                pool.update(self._years.prefix(_year_key(False, year), 100_000))
            pool.update(self._years.prefix(_year_key(False, 0), 100_000))  # age not known
            # Only the birth date could bring a name that alike in one word alone
            # up to a duplicate: otherwise two words of the form must be near
            # (or the stored name has one word only).
            counts: dict[int, int] = {}
            for mine in near:
                found: set[int] = set()
                for w in mine:
                    found.update(pool.intersection(self._words.get(w, ())))
                for r in found:
                    counts[r] = counts.get(r, 0) + 1
            needed = min(2, len(words))
            for r, n in counts.items():
                if n >= needed or len(" ".join(self._keys(r)).split()) == 1:
                    rows.add(r)
            return [self.row(i) for i in rows if self._alive[i]]
