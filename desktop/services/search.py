"""Finding visitors as the receptionist types.

The index lives in memory: every visitor's folded name words, relative words,
phone digits, document numbers, registration number and birth date. Columns
are kept in plain lists with repeated names interned and row numbers in
``array`` posting lists, so 200,000 visitors take tens of megabytes, not
hundreds. A keystroke costs a fold, a few bisections, a substring filter and a
rapidfuzz ranking of at most a few hundred candidates.

The index is built off the GUI thread after log-in and kept current from the
change log, which also brings in what other desks of a multi-desk branch saved.
"""
from __future__ import annotations

import bisect
import datetime as dt
import json
import re
import sys
import threading
import uuid
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import func, select

from desktop.models import ChangeLog, IdentityDocument, Person

from .names import fold_words, name_similarity, relative_key
from .storage import Database

BASE_CAP = 3000       # rows gathered for the most telling word of a query
MAX_CANDIDATES = 300  # ranked precisely; more are pre-ranked by rapidfuzz first
_DIGITS = re.compile(r"\D+")
_NUMBER_TAIL = re.compile(r"(\d{4})-(\d{1,6})$")
_DATE = re.compile(r"\b(?:(\d{1,2})[./](\d{1,2})[./](\d{4})|(\d{4})-(\d{1,2})-(\d{1,2}))\b")
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
# Letters that look alike in Cyrillic and Latin document numbers (АВ 123 / AB 123).
_LOOKALIKE = str.maketrans("АВЕКМНОРСТУХ", "ABEKMHOPCTYX")
_intern = sys.intern
# Folded endings of Russian, Uzbek, Tajik, Kyrgyz and Kazakh patronymics.
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna|ugli|ogli|kizi|kyzy|uulu|ulu|uly)$")


def phone_key(phone: str) -> str:
    """Digits only; a Kazakh 8-prefixed trunk number becomes the +7 form."""
    digits = _DIGITS.sub("", phone or "")
    if len(digits) == 11 and digits.startswith("8"):
        digits = "7" + digits[1:]
    return digits


def document_key(number: str) -> str:
    return "".join(ch for ch in (number or "").upper().translate(_LOOKALIKE) if ch.isalnum())


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


@dataclass(frozen=True)
class SearchHit:
    row: IndexRow
    score: float
    matched: str  # name | phone | document | number | birth_date


class _SortedColumn:
    """Sorted texts with the row each belongs to, answering prefix queries."""

    def __init__(self):
        self.texts: list[str] = []
        self.rows = array("I")
        self._pending: list[tuple[str, int]] = []

    def add(self, text: str, row: int) -> None:
        if text:
            self._pending.append((text, row))

    def settle(self) -> None:
        if not self._pending:
            return
        if len(self._pending) > 1000 or not self.texts:
            merged = sorted([*zip(self.texts, self.rows), *self._pending])
            self.texts = [t for t, _ in merged]
            self.rows = array("I", (r for _, r in merged))
        else:
            for text, row in self._pending:
                at = bisect.bisect_right(self.texts, text)
                self.texts.insert(at, text)
                self.rows.insert(at, row)
        self._pending = []

    def prefix(self, text: str, limit: int) -> list[int]:
        lo = bisect.bisect_left(self.texts, text)
        out = []
        for i in range(lo, min(lo + limit, len(self.texts))):
            if not self.texts[i].startswith(text):
                break
            out.append(self.rows[i])
        return out


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


class VisitorIndex:
    """The in-memory search index of one branch's visitors (thread-safe)."""

    def __init__(self, db: Database):
        self.db = db
        self._lock = threading.RLock()
        self._reset()
        self.last_seq = 0
        self.loaded = False

    def _reset(self) -> None:
        # 16 bytes a visitor in one buffer: 200,000 UUID objects and a dict of
        # them would take some thirty megabytes more.
        self._ids = bytearray()
        self._alive = bytearray()
        self._number: list[str] = []
        self._family: list[str] = []
        self._given: list[str] = []
        self._patronymic: list[str] = []
        self._latin: list[str] = []
        self._birth = array("i")   # date ordinal, 0 when unknown
        self._year = array("H")    # 0 when unknown
        self._citizenship: list[str] = []
        self._phone: list[str] = []
        self._keys: list[str] = []  # " key one | key two", every word after a space
        self._merged: dict[str, uuid.UUID] = {}  # merged-away number → the surviving visitor
        self._number_tails: dict[int, array] = {}
        self._words: dict[str, array] = {}
        self._word_list: list[str] = []
        self._new_words: list[str] = []
        self._relatives: dict[str, array] = {}
        self._births: dict[int, array] = {}
        self._phones = _SortedColumn()
        self._phones_reversed = _SortedColumn()
        self._documents = _SortedColumn()

    # -- building -----------------------------------------------------------
    _COLUMNS = (Person.id, Person.number, Person.family_name, Person.given_name, Person.patronymic,
                Person.latin_name, Person.birth_date, Person.birth_year, Person.citizenship,
                Person.phone_key, Person.name_key, Person.relative_key, Person.deleted, Person.merged_into_id,
                Person.anonymised_at)

    def load(self, progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> bool:
        """Read every visitor. Returns False when cancelled (the old index stays)."""
        fresh = VisitorIndex(self.db)
        with self.db.read() as s:
            last_seq = s.scalar(select(func.coalesce(func.max(ChangeLog.seq), 0)))
            total = s.scalar(select(func.count()).select_from(Person))
            docs: dict[uuid.UUID, list[str]] = {}
            for pid, key in s.execute(select(IdentityDocument.person_id, IdentityDocument.number_key)
                                      .where(IdentityDocument.deleted.is_(False))):
                docs.setdefault(pid, []).append(key)
            merged: list[tuple[str, uuid.UUID]] = []
            result = s.execute(select(*self._COLUMNS).execution_options(yield_per=5000))
            for i, r in enumerate(result):
                if i % 5000 == 0:
                    if cancelled and cancelled():
                        return False
                    if progress:
                        progress(i, total)
                if r.deleted:
                    if r.merged_into_id:
                        merged.append((r.number, r.merged_into_id))
                    continue
                if r.anonymised_at is not None:
                    continue  # found by no search: not by its number either
                fresh._add(r, docs.get(r.id, ()))
        fresh._merged.update(merged)
        fresh._settle()
        with self._lock:
            self.__dict__.update({k: v for k, v in fresh.__dict__.items() if k.startswith("_") and k != "_lock"})
            self.last_seq = last_seq
            self.loaded = True
        if progress:
            progress(total, total)
        return True

    def _add(self, r, documents: Iterable[str]) -> None:
        idx = len(self._alive)
        self._ids += r.id.bytes
        self._alive.append(1)
        self._number.append(r.number)
        self._family.append(_intern(r.family_name))
        self._given.append(_intern(r.given_name))
        self._patronymic.append(_intern(r.patronymic))
        self._latin.append(r.latin_name)
        self._birth.append(r.birth_date.toordinal() if r.birth_date else 0)
        self._year.append(r.birth_year or 0)
        self._citizenship.append(_intern(r.citizenship))
        self._phone.append(r.phone_key)
        keys = [k for k in r.name_key.split(" | ") if k]
        self._keys.append(" " + " | ".join(keys))
        m = _NUMBER_TAIL.search(r.number)
        if m:
            self._number_tails.setdefault(int(m.group(2)), array("I")).append(idx)
        for word in {w for k in keys for w in k.split()}:
            posting = self._words.get(word)
            if posting is None:
                posting = self._words[_intern(word)] = array("I")
                self._new_words.append(word)
            posting.append(idx)
        for word in set(r.relative_key.split()):
            self._relatives.setdefault(_intern(word), array("I")).append(idx)
        if r.birth_date:
            self._births.setdefault(self._birth[idx], array("I")).append(idx)
        if r.phone_key:
            self._phones.add(r.phone_key, idx)
            self._phones_reversed.add(r.phone_key[::-1], idx)
        for doc in documents:
            self._documents.add(doc, idx)

    def _settle(self) -> None:
        if self._new_words:
            if len(self._new_words) > 1000:
                self._word_list = sorted(self._words)
            else:
                for w in self._new_words:
                    bisect.insort(self._word_list, w)
            self._new_words = []
        self._phones.settle()
        self._phones_reversed.settle()
        self._documents.settle()

    def _drop(self, idx: int) -> None:
        # A hole: the posting lists keep the number, searches skip it.
        self._alive[idx] = 0

    def _find(self, person_id: uuid.UUID) -> int | None:
        needle = person_id.bytes
        at = self._ids.find(needle)
        while at >= 0:
            if at % 16 == 0 and self._alive[at // 16]:
                return at // 16
            at = self._ids.find(needle, at + 1)
        return None

    def _by_number(self, number: str) -> int | None:
        m = _NUMBER_TAIL.search(number)
        if m:
            for idx in self._number_tails.get(int(m.group(2)), ()):
                if self._number[idx] == number and self._alive[idx]:
                    return idx
        target = self._merged.get(number)
        return self._find(target) if target else None

    def upsert(self, person_ids: Iterable[uuid.UUID], *, new: bool = False) -> None:
        """Re-read these visitors (after a save here or at another desk).
        ``new``: the caller just created them, so there is no old entry to
        look for (the look-up scans every id)."""
        ids = list(person_ids)
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
                if old is not None:
                    self._drop(old)
                r = people.get(pid)
                if r is None:
                    continue
                if r.deleted:
                    if r.merged_into_id:
                        self._merged[r.number] = r.merged_into_id
                    continue
                if r.anonymised_at is not None:
                    continue
                self._add(r, docs.get(pid, ()))
            self._settle()

    def refresh(self) -> int:
        """Bring in changes saved since the index was read; returns how many visitors changed."""
        with self.db.read() as s:
            changed = s.execute(select(ChangeLog.record_type, ChangeLog.record_id, ChangeLog.row)
                                .where(ChangeLog.seq > self.last_seq,
                                       ChangeLog.record_type.in_(("person", "identity_document")))
                                .order_by(ChangeLog.seq)).all()
            top = s.scalar(select(func.coalesce(func.max(ChangeLog.seq), 0)))
        ids: set[uuid.UUID] = set()
        for record_type, record_id, row in changed:
            ids.add(record_id if record_type == "person" else uuid.UUID(json.loads(row)["person_id"]))
        self.upsert(ids)
        self.last_seq = top
        return len(ids)

    # -- reading ------------------------------------------------------------
    def __len__(self) -> int:
        return self._alive.count(1)

    def row(self, idx: int) -> IndexRow:
        birth = self._birth[idx]
        return IndexRow(uuid.UUID(bytes=bytes(self._ids[idx * 16:idx * 16 + 16])), self._number[idx], self._family[idx], self._given[idx],
                        self._patronymic[idx], self._latin[idx],
                        dt.date.fromordinal(birth) if birth else None, self._year[idx] or None,
                        self._citizenship[idx], self._phone[idx],
                        tuple(k.strip() for k in self._keys[idx].split(" | ")))

    def get(self, person_id: uuid.UUID) -> IndexRow | None:
        idx = self._find(person_id)
        return self.row(idx) if idx is not None else None

    def rows(self, indexes: Iterable[int]) -> list[IndexRow]:
        return [self.row(i) for i in indexes if self._alive[i]]

    # -- searching ----------------------------------------------------------
    def search(self, text: str, *, limit: int = 50, depth: int = MAX_CANDIDATES) -> list[SearchHit]:
        """Visitors best first. ``depth``: how many name candidates are scored
        precisely (the duplicate check, which knows the birth date, needs few)."""
        text = (text or "").strip()
        if not text:
            return []
        with self._lock:
            scores: dict[int, tuple[float, str]] = {}
            self._search_numbers(text, scores)
            rest, birth, year = _birth_in(text)
            # Names have no digits: what is left with digits is a number, a phone or a document.
            words = [] if any(ch.isdigit() for ch in rest) else fold_words(rest)
            if words:
                self._search_names(words, scores, birth.toordinal() if birth else 0, depth)
            if birth or year:
                self._weigh_birth(scores, birth, year, only=bool(words))
            ranked = sorted(scores.items(), key=lambda kv: (-kv[1][0], self._number[kv[0]]))[:limit]
            return [SearchHit(self.row(i), score, matched) for i, (score, matched) in ranked]

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
                for idx in self._number_tails.get(int(digits), ()):
                    self._hit(scores, idx, 140.0, "number")
            key = phone_key(text)
            if len(key) >= 4:
                for idx in self._phones.prefix(key, 50) + self._phones_reversed.prefix(key[::-1], 50):
                    self._hit(scores, idx, 160.0, "phone")
        doc = document_key(text)
        if len(doc) >= 4 and any(ch.isdigit() for ch in doc) and not _DATE.search(text):
            for idx in self._documents.prefix(doc, 50):
                self._hit(scores, idx, 150.0, "document")

    def _word_rows(self, word: str, cap: int) -> list[int]:
        """Rows having a word that starts with ``word``; exact matches first."""
        out = list(self._words.get(word, ()))
        lo = bisect.bisect_left(self._word_list, word)
        for i in range(lo, len(self._word_list)):
            if len(out) >= cap:
                break
            w = self._word_list[i]
            if not w.startswith(word):
                break
            if w != word:
                out.extend(self._words[w])
        return out[:cap]

    def _near_words(self, word: str) -> list[str]:
        """Words spelled nearly like ``word`` (a misspelling)."""
        if len(word) < 3:
            return []
        cutoff = 80 if len(word) >= 5 else 85
        return [w for w, _, _ in process.extract(word, self._word_list, scorer=fuzz.ratio,
                                                 score_cutoff=cutoff, limit=12)]

    def _search_names(self, words: list[str], scores: dict, birth: int, depth: int) -> None:
        # The longest word usually tells most; the others (often a prefix still
        # being typed) filter what it found. A patronymic never narrows: many
        # records were written without one.
        order = sorted(words, key=lambda w: (bool(_PATRONYMIC.search(w)), -len(w)))
        base, others = order[0], order[1:]
        cap = BASE_CAP if len(base) >= 3 else depth
        rows = self._word_rows(base, cap)
        if not rows:
            for w in self._near_words(base):
                rows.extend(self._words[w])
                if len(rows) >= cap:
                    break
        keys = self._keys
        rows = [i for i in rows if self._alive[i]]
        first = []
        if birth:
            # Everyone born that day is a candidate, however the name was spelt.
            for day in (birth, _swapped(birth)):
                first.extend(i for i in self._births.get(day, ()) if self._alive[i])
        if others:
            needles = [" " + o for o in others]
            first += [i for i in rows if all(n in keys[i] for n in needles)]
        else:
            first += rows
        first = list(dict.fromkeys(first))[:depth]
        query_key = " ".join(sorted(words))
        if len(first) < depth and len(rows) > len(first):
            # A misspelt other word: the nearest spellings of the whole name fill up.
            taken = set(first)
            rest = [i for i in rows if i not in taken]
            first += [rest[j] for _, _, j in process.extract(query_key, [keys[i] for i in rest],
                                                             scorer=fuzz.token_set_ratio,
                                                             limit=depth - len(first))]
        for idx in first:
            score = max(_prefix_score(words, k.strip()) for k in keys[idx].split(" | "))
            self._hit(scores, idx, score, "name")

    def _weigh_birth(self, scores: dict, birth: dt.date | None, year: int | None, *, only: bool) -> None:
        """A birth date or year typed with the name lifts those it fits; typed
        alone, it finds everyone born then."""
        if not only and birth:
            for idx in self._births.get(birth.toordinal(), ()):
                self._hit(scores, idx, 120.0, "birth_date")
            return
        ordinal = birth.toordinal() if birth else 0
        swapped = _swapped(ordinal) if ordinal else 0
        for idx, (score, matched) in list(scores.items()):
            b = self._birth[idx]
            if ordinal and b == ordinal:
                scores[idx] = (score + 30, matched)
            elif ordinal and b and b == swapped:
                scores[idx] = (score + 20, matched)
            elif ordinal and b:
                scores[idx] = (score - 20, matched)  # born another day: someone else
            elif self._year[idx] == year:
                scores[idx] = (score + 10, matched)

    def relatives_and_namesakes(self, name: str, *, birth: dt.date | None = None, year: int | None = None,
                                cap: int = 40) -> list[int]:
        """Rows whose relative key shares a word with ``name`` (duplicate check),
        born the same day (day and month may be swapped) or, where either side
        knows only the year, the same year."""
        out: set[int] = set()
        for w in relative_key(name).split():
            out.update(self._relatives.get(w, array("I")))
        ordinal = birth.toordinal() if birth else 0
        swapped = _swapped(ordinal) if ordinal else 0
        keep = []
        for i in out:
            if not self._alive[i]:
                continue
            b = self._birth[i]
            if (ordinal and b in (ordinal, swapped)) or ((not ordinal or not b) and year and self._year[i] == year):
                keep.append(i)
        if len(keep) > cap:
            # The nearest spellings first, cheaply (rapidfuzz runs in C).
            query = relative_key(name)
            keep = [keep[j] for _, _, j in process.extract(query, [self._keys[i] for i in keep],
                                                           scorer=fuzz.token_set_ratio, limit=cap)]
        return keep


def _swapped(ordinal: int) -> int:
    """The same date with day and month exchanged (05.01 typed as 01.05), or 0."""
    d = dt.date.fromordinal(ordinal)
    if d.day > 12 or d.day == d.month:
        return 0
    return dt.date(d.year, d.day, d.month).toordinal()


def _prefix_score(words: list[str], key: str) -> float:
    """Similarity of a typed (possibly unfinished) query with a stored key.

    While typing, the last word is a prefix; a stored word that starts with a
    typed word counts as matching it fully, so "abdu rus" ranks Abdullaev
    Rustam as well as the finished name would.
    """
    key_words = key.split()
    completed = []
    for w in words:
        best = next((k for k in key_words if k.startswith(w)), None)
        completed.append(best if best and len(w) >= 2 else w)
    return name_similarity(" ".join(sorted(completed)), key)
