"""Finding visitors as the receptionist types.

The index lives in memory: every visitor's folded name words, relative words,
phone digits, document numbers and registration number, in sorted lists that
answer a prefix with two bisections. A keystroke costs a fold, a few
bisections, and a rapidfuzz ranking of at most a few hundred candidates, so it
stays within a few milliseconds for hundreds of thousands of visitors. The
index is built off the GUI thread after log-in and kept current from the
change log, which also brings in what other desks of a multi-desk branch saved.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from rapidfuzz import fuzz, process
from sqlalchemy import func, select

from desktop.models import ChangeLog, IdentityDocument, Person

from .names import fold_name, fold_words, name_similarity, relative_key
from .storage import Database

MAX_CANDIDATES = 400  # ranked precisely; more are pre-ranked by rapidfuzz first
_DIGITS = re.compile(r"\D+")
_NUMBER_TAIL = re.compile(r"(\d{4})-(\d{1,6})$")
# Letters that look alike in Cyrillic and Latin document numbers (АВ 123 / AB 123).
_LOOKALIKE = str.maketrans("АВЕКМНОРСТУХ", "ABEKMHOPCTYX")


def phone_key(phone: str) -> str:
    """Digits only; a Kazakh 8-prefixed trunk number becomes the +7 form."""
    digits = _DIGITS.sub("", phone or "")
    if len(digits) == 11 and digits.startswith("8"):
        digits = "7" + digits[1:]
    return digits


def document_key(number: str) -> str:
    return "".join(ch for ch in (number or "").upper().translate(_LOOKALIKE) if ch.isalnum())


class IndexRow(NamedTuple):
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
    relative: str


@dataclass(frozen=True)
class SearchHit:
    row: IndexRow
    score: float
    matched: str  # name | phone | document | number


def _person_keys(p_family: str, p_given: str, p_patronymic: str, p_latin: str) -> tuple[str, ...]:
    native = " ".join(x for x in (p_family, p_given, p_patronymic) if x)
    keys = [fold_name(native)]
    latin = fold_name(p_latin)
    if latin and latin not in keys:
        keys.append(latin)
    return tuple(k for k in keys if k)


class _Sorted:
    """A sorted list of (text, row) pairs answering prefix queries."""

    def __init__(self):
        self.items: list[tuple[str, int]] = []
        self.dirty = False

    def add(self, text: str, row: int) -> None:
        if text:
            self.items.append((text, row))
            self.dirty = True

    def settle(self) -> None:
        if self.dirty:
            self.items.sort()
            self.dirty = False

    def prefix(self, text: str, limit: int) -> list[int]:
        lo = bisect.bisect_left(self.items, (text, -1))
        out = []
        for i in range(lo, len(self.items)):
            key, row = self.items[i]
            if not key.startswith(text):
                break
            out.append(row)
            if len(out) >= limit:
                break
        return out


class VisitorIndex:
    """The in-memory search index of one branch's visitors (thread-safe)."""

    def __init__(self, db: Database):
        self.db = db
        self._lock = threading.RLock()
        self._rows: list[IndexRow | None] = []
        self._by_id: dict[uuid.UUID, int] = {}
        self._numbers: dict[str, int] = {}        # full registration number → row
        self._number_tails: dict[int, list[int]] = {}  # 123 → rows numbered …-000123
        self._words: dict[str, list[int]] = {}    # folded word → rows
        self._word_list: list[str] = []           # sorted distinct words
        self._relatives: dict[str, list[int]] = {}
        self._phones = _Sorted()
        self._phones_reversed = _Sorted()
        self._documents = _Sorted()
        self.last_seq = 0
        self.loaded = False

    # -- building -----------------------------------------------------------
    def load(self, progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> bool:
        """Read every visitor. Returns False when cancelled."""
        with self.db.read() as s:
            last_seq = s.scalar(select(func.coalesce(func.max(ChangeLog.seq), 0)))
            total = s.scalar(select(func.count()).select_from(Person))
            docs: dict[uuid.UUID, list[str]] = {}
            for pid, key in s.execute(select(IdentityDocument.person_id, IdentityDocument.number_key)
                                      .where(IdentityDocument.deleted.is_(False))):
                docs.setdefault(pid, []).append(key)
            result = s.execute(select(
                Person.id, Person.number, Person.family_name, Person.given_name, Person.patronymic,
                Person.latin_name, Person.birth_date, Person.birth_year, Person.citizenship,
                Person.phone_key, Person.name_key, Person.relative_key, Person.deleted,
                Person.merged_into_id).execution_options(yield_per=5000))
            rows: list[tuple] = []
            for i, r in enumerate(result):
                rows.append(r)
                if progress and i % 5000 == 0:
                    progress(i, total)
                if cancelled and i % 5000 == 0 and cancelled():
                    return False
        with self._lock:
            self._clear()
            merged: list[tuple[str, uuid.UUID]] = []
            for r in rows:
                if r.deleted:
                    if r.merged_into_id:
                        merged.append((r.number, r.merged_into_id))
                    continue
                self._add(IndexRow(r.id, r.number, r.family_name, r.given_name, r.patronymic,
                                   r.latin_name, r.birth_date, r.birth_year, r.citizenship,
                                   r.phone_key, tuple(k for k in r.name_key.split(" | ") if k),
                                   r.relative_key), docs.get(r.id, ()))
            for number, target in merged:
                if target in self._by_id:
                    self._numbers[number] = self._by_id[target]
            self._settle()
            self.last_seq = last_seq
            self.loaded = True
        if progress:
            progress(total, total)
        return True

    def _clear(self) -> None:
        self.__init__(self.db)

    def _add(self, row: IndexRow, documents: Iterable[str]) -> None:
        idx = len(self._rows)
        self._rows.append(row)
        self._by_id[row.person_id] = idx
        self._numbers[row.number] = idx
        m = _NUMBER_TAIL.search(row.number)
        if m:
            self._number_tails.setdefault(int(m.group(2)), []).append(idx)
        seen = set()
        for key in row.keys:
            for word in key.split():
                if word not in seen:
                    seen.add(word)
                    self._words.setdefault(word, []).append(idx)
        for word in set(row.relative.split()):
            self._relatives.setdefault(word, []).append(idx)
        if row.phone_key:
            self._phones.add(row.phone_key, idx)
            self._phones_reversed.add(row.phone_key[::-1], idx)
        for doc in documents:
            self._documents.add(doc, idx)

    def _settle(self) -> None:
        self._word_list = sorted(self._words)
        self._phones.settle()
        self._phones_reversed.settle()
        self._documents.settle()

    def upsert(self, person_ids: Iterable[uuid.UUID]) -> None:
        """Re-read these visitors (after a save here or at another desk)."""
        ids = list(person_ids)
        if not ids:
            return
        with self.db.read() as s:
            people = {p.id: p for p in s.execute(select(
                Person.id, Person.number, Person.family_name, Person.given_name, Person.patronymic,
                Person.latin_name, Person.birth_date, Person.birth_year, Person.citizenship,
                Person.phone_key, Person.name_key, Person.relative_key, Person.deleted,
                Person.merged_into_id).where(Person.id.in_(ids)))}
            docs: dict[uuid.UUID, list[str]] = {}
            for pid, key in s.execute(select(IdentityDocument.person_id, IdentityDocument.number_key)
                                      .where(IdentityDocument.person_id.in_(ids),
                                             IdentityDocument.deleted.is_(False))):
                docs.setdefault(pid, []).append(key)
        with self._lock:
            for pid in ids:
                old = self._by_id.pop(pid, None)
                if old is not None:
                    self._rows[old] = None  # a hole: cheaper than rebuilding the lists
                p = people.get(pid)
                if p is None:
                    continue
                if p.deleted:
                    if p.merged_into_id in self._by_id:
                        self._numbers[p.number] = self._by_id[p.merged_into_id]
                    continue
                self._add(IndexRow(p.id, p.number, p.family_name, p.given_name, p.patronymic,
                                   p.latin_name, p.birth_date, p.birth_year, p.citizenship,
                                   p.phone_key, tuple(k for k in p.name_key.split(" | ") if k),
                                   p.relative_key), docs.get(pid, ()))
            self._settle()

    def refresh(self) -> int:
        """Bring in changes saved since the index was read; returns how many visitors changed."""
        with self.db.read() as s:
            changed = s.execute(select(ChangeLog.seq, ChangeLog.record_type, ChangeLog.record_id, ChangeLog.row)
                                .where(ChangeLog.seq > self.last_seq,
                                       ChangeLog.record_type.in_(("person", "identity_document")))
                                .order_by(ChangeLog.seq)).all()
            top = s.scalar(select(func.coalesce(func.max(ChangeLog.seq), 0)))
        ids: set[uuid.UUID] = set()
        for _, record_type, record_id, row in changed:
            if record_type == "person":
                ids.add(record_id)
            else:
                import json

                ids.add(uuid.UUID(json.loads(row)["person_id"]))
        self.upsert(ids)
        self.last_seq = top
        return len(ids)

    # -- searching ----------------------------------------------------------
    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, person_id: uuid.UUID) -> IndexRow | None:
        idx = self._by_id.get(person_id)
        return self._rows[idx] if idx is not None else None

    def _word_rows(self, word: str, cap: int) -> tuple[list[int], bool]:
        """Rows having a word that starts with ``word``; exact matches first."""
        out = list(self._words.get(word, ()))
        exact = bool(out)
        lo = bisect.bisect_left(self._word_list, word)
        for i in range(lo, len(self._word_list)):
            w = self._word_list[i]
            if not w.startswith(word):
                break
            if w != word:
                out.extend(self._words[w])
            if len(out) >= cap:
                break
        return out, exact

    def _fuzzy_rows(self, word: str, cap: int) -> list[int]:
        """Rows with a word spelled nearly like ``word`` (a misspelling)."""
        if len(word) < 3:
            return []
        cutoff = 80 if len(word) >= 5 else 85
        out: list[int] = []
        for w, _score, _ in process.extract(word, self._word_list, scorer=fuzz.ratio,
                                            score_cutoff=cutoff, limit=12):
            out.extend(self._words[w])
            if len(out) >= cap:
                break
        return out

    def search(self, text: str, *, limit: int = 50) -> list[SearchHit]:
        text = (text or "").strip()
        if not text:
            return []
        with self._lock:
            hits: dict[int, SearchHit] = {}
            self._search_numbers(text, hits)
            # Names have no digits: a query with digits is a number, a phone or a document.
            words = [] if any(ch.isdigit() for ch in text) else fold_words(text)
            if words:
                self._search_names(words, hits)
            ranked = sorted(hits.values(), key=lambda h: (-h.score, h.row.number))
            return ranked[:limit]

    def _search_numbers(self, text: str, hits: dict[int, SearchHit]) -> None:
        upper = text.upper()
        if upper in self._numbers:
            self._hit(hits, self._numbers[upper], 200.0, "number")
        digits = _DIGITS.sub("", text)
        if digits and not any(ch.isalpha() for ch in text):
            # Only digits (and +, spaces, dashes): a number's tail or a phone.
            if len(digits) <= 6:
                for idx in self._number_tails.get(int(digits), ()):
                    self._hit(hits, idx, 140.0, "number")
            key = phone_key(text)
            if len(key) >= 4:
                for idx in self._phones.prefix(key, 50) + self._phones_reversed.prefix(key[::-1], 50):
                    self._hit(hits, idx, 160.0, "phone")
        doc = document_key(text)
        if len(doc) >= 4 and any(ch.isdigit() for ch in doc):
            for idx in self._documents.prefix(doc, 50):
                self._hit(hits, idx, 150.0, "document")

    def _hit(self, hits: dict[int, SearchHit], idx: int, score: float, matched: str) -> None:
        row = self._rows[idx]
        if row is not None and (idx not in hits or hits[idx].score < score):
            hits[idx] = SearchHit(row, score, matched)

    def _search_names(self, words: list[str], hits: dict[int, SearchHit]) -> None:
        # The rarest word narrows first; the others must match too (by prefix,
        # or, for a misspelt word, by a near spelling).
        per_word: list[set[int]] = []
        for w in sorted(words, key=len, reverse=True):
            rows, _ = self._word_rows(w, 20000)
            if not rows:
                rows = self._fuzzy_rows(w, 5000)
            if rows:
                per_word.append(set(rows))
        if not per_word:
            return
        per_word.sort(key=len)
        candidates = per_word[0]
        for other in per_word[1:]:
            narrowed = candidates & other
            if narrowed:
                candidates = narrowed
        candidates = [i for i in candidates if self._rows[i] is not None]
        query_key = " ".join(sorted(words))
        if len(candidates) > MAX_CANDIDATES:
            choices = {i: self._rows[i].keys[0] for i in candidates}
            candidates = [i for _, _, i in process.extract(query_key, choices, scorer=fuzz.token_set_ratio,
                                                           limit=MAX_CANDIDATES)]
        for idx in candidates:
            row = self._rows[idx]
            score = max(_prefix_score(words, key) for key in row.keys)
            if idx not in hits or hits[idx].score < score:
                hits[idx] = SearchHit(row, score, "name")

    def relatives_and_namesakes(self, name: str, *, cap: int = 400) -> list[int]:
        """Rows whose relative key shares a word with ``name`` (duplicate check)."""
        out: set[int] = set()
        for w in relative_key(name).split():
            out.update(self._relatives.get(w, ())[:cap])
        return [i for i in out if self._rows[i] is not None]

    def rows(self, indexes: Iterable[int]) -> list[IndexRow]:
        return [self._rows[i] for i in indexes if self._rows[i] is not None]


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
