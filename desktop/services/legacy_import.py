"""Importing a legacy register: the Excel or CSV file a branch kept before Qamqor.

Four steps, each usable on its own so the window can show what will happen
before anything is written:

1. ``Register(path)`` (legacy_files): the first sheet of an .xlsx workbook,
   or a .csv in whatever delimiter and encoding Excel saved it with, its rows
   streamed from the file (``read_table`` holds a small one, or the first
   rows of a large one, in memory);
2. ``guess_mapping(headers)``: which column holds which field, from headers
   written in Kazakh, Russian or English;
3. ``check_rows`` / ``iter_checked``: per data row, the visitor it would
   become (and the visit, when the register has a visit date) and what is
   wrong with it, naming the column and the row as Excel shows it;
4. ``ImportService.import_rows(results)``: registers the people who are not
   registered yet, and records their visits, a few hundred rows per
   transaction, the rows streamed through.

A register with a visit date column has a row per visit: the same person on
several rows becomes one person with several visits (the duplicate rule below
finds the person; the row adds its visit). A visit already recorded — the same
person, day and needs — is not recorded twice, so importing a file again, or
after an import stopped half way, adds only what is missing.

The desk's duplicate check (``VisitorService.find_duplicates``) shows likely
candidates to a person who decides. An import has nobody to ask about each of
100,000 rows, so it skips only people it is sure of: the same folded name
(and the same numbers in it, if any) and the same birth date (or year), the
same identity document, or the same phone with a similar name. The same name
and birth date with a different document number is not sure (a renewed
passport, or a namesake): such a row is registered and listed for review, so
a person decides whether to merge it from the person's page. Anyone else is
registered, and a near match can be merged later the same way. These three tests are exact look-ups, answered
from dictionaries built once per import (one query) and grown as rows are
registered, so a row costs microseconds; the desk's fuzzy check costs some
milliseconds a row (3 ms with 20,000 visitors), several minutes for a register
of 100,000. Every person the import skips is also among the desk's candidates
(a test checks it). The shared search index is updated batch by batch.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from desktop.i18n import translate_n
from desktop.models import IdentityDocument, Person, Visit
from desktop.models.journal import bulk_insert, record_audit
from desktop.reports.labels import translate as translate_in

from . import limits, vocab
from .accounts import Identity
from .changes import PERSON, VISIT, Change
from ..errors import Refused, StorageError
from ..i18n import LANGUAGES, fill
from .legacy_files import Register, Table, TableRow, read_table, text_of
from .names import name_similarity
from .numbering import next_numbers
from .permissions import Action, require
from .search import VisitorIndex, document_key
from .storage import Database
from .visitors import DocumentIn, NewVisitor, name_digits, parse_date, person_values, validate

__all__ = ["BATCH_SIZE", "FIELDS", "ImportReport", "ImportService", "ImportStopped", "Register", "RowResult",
           "Table", "TableRow", "VisitIn", "check_rows", "guess_mapping", "iter_checked", "read_table", "summary"]

# Rows per transaction: large enough that the journal's per-batch work is
# noise, small enough that cancelling answers within a fraction of a second.
BATCH_SIZE = 500

FIELDS = ("family_name", "given_name", "patronymic", "full_name", "latin_name", "sex", "birth_date",
          "birth_year", "citizenship", "phone", "document_number", "address", "notes", "visit_date", "needs")
NAME_FIELDS = frozenset({"family_name", "given_name", "patronymic", "full_name", "latin_name"})


# -- which column is which ---------------------------------------------------------------
_HEADERS = {
    "family_name": ("family_name", "family name", "surname", "last name", "фамилия", "тегі", "тек"),
    "given_name": ("given_name", "given name", "first name", "forename", "имя", "аты", "есімі", "есім"),
    "patronymic": ("patronymic", "middle name", "father's name", "отчество", "әкесінің аты",
                   "әкесінің есімі"),
    "full_name": ("full_name", "full name", "name", "фио", "ф.и.о.", "фамилия имя отчество",
                  "фамилия и имя", "имя и фамилия", "аты-жөні", "толық аты-жөні", "тегі аты әкесінің аты"),
    "latin_name": ("latin_name", "latin name", "name in latin", "passport name", "name as in passport",
                   "фио латиницей", "латиница", "латынша"),
    "sex": ("sex", "gender", "пол", "жынысы", "жыныс"),
    "birth_date": ("birth_date", "birth date", "date of birth", "dob", "born", "дата рождения", "д.р.",
                   "туған күні", "туған күн", "туылған күні", "туған күні мен жылы"),
    "birth_year": ("birth_year", "birth year", "year of birth", "год рождения", "г.р.", "туған жылы"),
    "citizenship": ("citizenship", "nationality", "country", "гражданство", "страна гражданства", "страна",
                    "азаматтығы", "азаматтық", "ел"),
    "phone": ("phone", "telephone", "mobile", "phone number", "телефон", "тел", "номер телефона",
              "контактный телефон", "телефон нөмірі", "ұялы телефон", "байланыс телефоны"),
    "document_number": ("document_number", "document number", "document", "passport", "passport number",
                        "passport no", "номер документа", "документ", "паспорт", "номер паспорта",
                        "серия и номер паспорта", "паспортные данные", "құжат нөмірі", "құжат",
                        "паспорт нөмірі", "төлқұжат", "төлқұжат нөмірі"),
    "address": ("address", "адрес", "адрес проживания", "мекенжайы", "мекенжай", "тұратын мекенжайы"),
    "notes": ("notes", "note", "comment", "comments", "remarks", "примечание", "примечания",
              "комментарий", "ескертпе", "ескерту", "ескертулер"),
    "visit_date": ("visit_date", "visit date", "date of visit", "visited on", "date", "дата посещения",
                   "дата обращения", "дата визита", "дата приёма", "дата", "келген күні", "келу күні",
                   "өтініш күні", "қабылдау күні", "күні"),
    "needs": ("needs", "need", "request", "requests", "потребности", "потребность", "нужды", "запрос",
              "запросы", "цель обращения", "қажеттіліктер", "қажеттілік", "сұраныс", "өтініш мақсаты"),
}
_WORD = re.compile(r"\w+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _header_key(text: str) -> str:
    """Letters and digits only, case-folded: "Дата рождения:" and "ДАТА_РОЖДЕНИЯ" meet."""
    # № first: NFKC would make it the letters "No" ("№ паспорта").
    s = unicodedata.normalize("NFKC", text.replace("№", " ")).casefold().replace("ё", "е")
    s = "".join(ch for ch in s if ch.isalnum())
    if _CYRILLIC.search(s):
        # Kazakh і is often typed as the Latin i of the keyboard (Тегi).
        s = s.replace("i", "і")
    return s


_HEADER_LOOKUP = {_header_key(h): f for f, spellings in _HEADERS.items() for h in spellings}
# Prefixes only of some length: "Телефон (моб.)" is a phone, but "Имя" must not
# claim every header that starts with those letters.
_HEADER_PREFIXES = sorted(((k, f) for k, f in _HEADER_LOOKUP.items() if len(k) >= 5),
                          key=lambda kf: -len(kf[0]))


def _is_latin_header(text: str) -> bool:
    words = _WORD.findall(text.casefold())
    return any(w.startswith(("латин", "латын", "latin")) or w in ("лат", "lat") for w in words)


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index → field for the headers this recognises; each field at most once."""
    exact: list[tuple[int, str]] = []
    loose: list[tuple[int, str]] = []
    for i, header in enumerate(headers):
        key = _header_key(header or "")
        if not key:
            continue
        if key in _HEADER_LOOKUP:
            exact.append((i, _HEADER_LOOKUP[key]))
        elif _is_latin_header(header):
            loose.append((i, "latin_name"))
        else:
            found = next((f for prefix, f in _HEADER_PREFIXES if key.startswith(prefix)), None)
            if found:
                loose.append((i, found))
    mapping: dict[int, str] = {}
    for i, name in exact + loose:
        if name not in mapping.values():
            mapping[i] = name
    return dict(sorted(mapping.items()))


# -- checking the rows ---------------------------------------------------------------------
@dataclass(frozen=True)
class VisitIn:
    """A visit a register row records."""

    at: dt.datetime  # UTC: the day at local noon, or the time the cell gives
    needs: tuple[str, ...] = ()  # codes of vocab.NEEDS
    notes: str = ""  # needs as written, where some were not recognised

    @property
    def day(self) -> dt.date:
        return self.at.astimezone().date()


@dataclass(frozen=True)
class RowResult:
    row_no: int
    visitor: NewVisitor  # what the row would become (also when it has errors)
    errors: tuple[str, ...] = ()
    visit: VisitIn | None = None  # with a visit date column: the visit the row records

    @property
    def ok(self) -> bool:
        return not self.errors


_SEXES = {
    **dict.fromkeys(("f", "female", "woman", "ж", "жен", "женский", "женщина", "ә", "әйел", "әйеладам"), "F"),
    # Latin e stands in for the Kazakh Е where a register was typed on an English layout.
    **dict.fromkeys(("m", "male", "man", "м", "муж", "мужской", "мужчина", "е", "e", "ер", "еркек",
                     "ерадам"), "M"),
}
_YEAR_ONLY = re.compile(r"^(?:~|≈|ca\.?|около)?\s*(\d{4})\s*(?:г|ж|год|жыл)?\.?$", re.IGNORECASE)
_MIDNIGHT = re.compile(r"[ T]0?0:00(?::00)?$")  # a date cell saved to CSV as "1990-05-01 00:00:00"
_NUMBER_SIGN = re.compile(r"^(?:№|N°|No\.)\s*")
# Passport numbers: one or two letters and 6 to 9 digits (Kazakh, Uzbek, Tajik,
# Kyrgyz), or the 9 and 10 digits of Russian passports (series and number).
_PASSPORT = re.compile(r"^(?:[A-Z]{1,2}\d{6,9}|\d{9,10})$")


class _Bad(Exception):
    """One cell that cannot be read; the message names what it holds."""


def _birth(value: object) -> tuple[dt.date | None, int | None]:
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value).is_integer() and 1000 <= value <= 2999:
            return None, int(value)
        if 2999 < value < 100000:
            # A date in a cell formatted as a number: Excel's day count.
            from openpyxl.utils.datetime import from_excel

            return from_excel(value).date(), None
    text = text_of(value)
    if not text:
        return None, None
    m = _YEAR_ONLY.match(text)
    if m:
        return None, int(m.group(1))
    try:
        return parse_date(_MIDNIGHT.sub("", text)), None
    except Refused as err:
        raise _Bad(str(err)) from err


# Needs as registers write them, beside the codes and the labels in kk, ru and en.
_NEED_WORDS = {
    "health": ("здоровье", "медицина", "медицинская помощь", "лечение", "врач", "денсаулық", "медициналық көмек",
               "дәрігер", "medical", "medical care"),
    "legal": ("юридическая помощь", "юридическая консультация", "юрист", "правовая помощь", "заң көмегі", "заңгер",
              "заң кеңесі", "legal", "lawyer", "legal advice"),
    "shelter": ("жильё", "жилье", "приют", "ночлег", "баспана", "тұрғын үй", "housing", "accommodation"),
    "documents": ("документы", "документ", "паспорт", "регистрация", "құжаттар", "құжат", "тіркеу", "papers"),
    "family_links": ("поиск родственников", "розыск родственников", "розыск", "связь с семьёй", "туыстарын іздеу",
                     "туысқандарды іздеу", "tracing", "family tracing"),
    "psychosocial": ("психолог", "психологическая помощь", "психологическая поддержка", "психологиялық көмек",
                     "psychologist", "counselling"),
    "food_cash": ("еда", "продукты", "питание", "деньги", "материальная помощь", "продуктовый набор", "азық-түлік",
                  "тамақ", "ақша", "food", "cash", "money"),
    "employment": ("работа", "трудоустройство", "поиск работы", "жұмыс", "жұмысқа орналасу", "work", "job"),
    "other": ("другое", "прочее", "басқа", "other"),
}
_NEED_SPLIT = re.compile(r"[,;/|\n+]+")
_NEED_LOOKUP: dict[str, str] | None = None


def _need_lookup() -> dict[str, str]:
    global _NEED_LOOKUP
    if _NEED_LOOKUP is None:
        lookup = {}
        for code, source in vocab.NEEDS.items():
            lookup[_header_key(code)] = code
            for lang in LANGUAGES:
                lookup[_header_key(translate_in(lang, "Vocab", source))] = code
        for code, words in _NEED_WORDS.items():
            for word in words:
                lookup.setdefault(_header_key(word), code)
        _NEED_LOOKUP = lookup
    return _NEED_LOOKUP


def _needs(text: str) -> tuple[tuple[str, ...], str]:
    """The need codes a cell names, and the words not recognised (kept in the
    visit's notes, as "other")."""
    lookup = _need_lookup()
    codes, unknown = [], []
    for word in (w.strip() for w in _NEED_SPLIT.split(text)):
        key = _header_key(word)
        if not key:
            continue
        code = lookup.get(key) or next((c for k, c in lookup.items() if len(k) >= 5 and key.startswith(k)), None)
        if code is None:
            code = "other"
            unknown.append(word)
        if code not in codes:
            codes.append(code)
    return tuple(codes), ", ".join(unknown)


def _visit_moment(value: object, today: dt.date) -> dt.datetime | None:
    """The visit's moment in UTC: the time a cell gives, or else local noon of its day."""
    if isinstance(value, dt.datetime):
        day, at = value.date(), (value.time() if value.time() != dt.time() else dt.time(12))
    else:
        day, year = _birth(value) if not isinstance(value, (int, float)) or value > 2999 else (None, None)
        if day is None and year is None:
            if text_of(value):
                raise _Bad(fill(QCoreApplication.translate(
                    "Import", "“%1” is not a date: write it like 31.12.2019."), text_of(value)))
            return None
        if day is None:
            raise _Bad(fill(QCoreApplication.translate(
                "Import", "“%1” is a year, not the date of a visit: write it like 31.12.2019."), text_of(value)))
        at = dt.time(12)
    if day > today:
        raise _Bad(QCoreApplication.translate("Import", "A visit date cannot be in the future."))
    if day.year < 1950:
        raise _Bad(fill(QCoreApplication.translate("Import", "%1 is too long ago for a visit: check the year."),
                        day.strftime("%d.%m.%Y")))
    return dt.datetime.combine(day, at).astimezone().astimezone(dt.timezone.utc)


def _split_full_name(text: str) -> tuple[str, str, str]:
    """ФИО order: family, given, then the patronymic (which may be two words:
    Karimovich, Karim o‘g‘li). A single word is taken as the given name."""
    words = text.split()
    if len(words) == 1:
        return "", words[0], ""
    return words[0], words[1], " ".join(words[2:])


class _RowChecker:
    def __init__(self, headers: Sequence[str], mapping: dict[int, str], today: dt.date):
        self.today = today
        self.column = {name: i for i, name in mapping.items()}
        self.labels = {name: self._label(headers, i) for name, i in self.column.items()}
        self.countries: dict[str, str | None] = {}

    @staticmethod
    def _label(headers: Sequence[str], i: int) -> str:
        if i < len(headers) and headers[i]:
            return headers[i]
        from openpyxl.utils import get_column_letter

        return get_column_letter(i + 1)

    def _in_column(self, names: Iterable[str], message: str) -> str:
        labels = [self.labels[n] for n in names if n in self.labels]
        if not labels:
            return message
        return fill(QCoreApplication.translate("Import", "Column “%1”: %2"), " / ".join(labels), message)

    def _country(self, text: str) -> str | None:
        if text not in self.countries:
            self.countries[text] = vocab.country_code(text)
        return self.countries[text]

    def check(self, row_no: int, cell: dict[str, object]) -> RowResult:
        errors: list[str] = []
        failed: set[str] = set()

        def bad(name: str, message: str) -> None:
            errors.append(self._in_column([name], message))
            failed.add(name)

        text = {name: text_of(value) for name, value in cell.items()}
        family, given, patronymic = (text.get(n, "") for n in ("family_name", "given_name", "patronymic"))
        if text.get("full_name") and not (family or given):
            family, given, split_patronymic = _split_full_name(text["full_name"])
            patronymic = patronymic or split_patronymic

        sex = ""
        if text.get("sex"):
            sex = _SEXES.get(_header_key(text["sex"]), "")
            if not sex:
                bad("sex", fill(QCoreApplication.translate(
                    "Import", "“%1” is not a sex: write F or M (Ж or М, Ә or Е)."), text["sex"]))

        birth_date, birth_year = None, None
        for name in ("birth_date", "birth_year"):
            if name in cell and birth_date is None and birth_year is None:
                try:
                    birth_date, birth_year = _birth(cell[name])
                except _Bad as err:
                    bad(name, str(err))

        citizenship = ""
        if text.get("citizenship"):
            citizenship = self._country(text["citizenship"]) or ""
            if not citizenship:
                bad("citizenship", fill(QCoreApplication.translate(
                    "Import", "Unknown country “%1”: write its name or its two-letter code (UZ, TJ, KG)."),
                    text["citizenship"]))

        documents: tuple[DocumentIn, ...] = ()
        number = _NUMBER_SIGN.sub("", text.get("document_number", ""))
        if number:
            kind = "passport" if _PASSPORT.match(document_key(number)) else "other"
            documents = (DocumentIn(kind, number),)

        visit = None
        if "visit_date" in cell:
            try:
                at = _visit_moment(cell["visit_date"], self.today)
            except _Bad as err:
                bad("visit_date", str(err))
                at = None
            if at is not None:
                needs, as_written = _needs(text.get("needs", ""))
                notes = fill(QCoreApplication.translate("Import", "Needs as written in the register: %1"),
                             as_written) if as_written else ""
                notes = limits.clean(notes, multiline=True)
                if len(notes) > limits.VISIT["notes"].chars:
                    bad("needs", limits.too_long_message(limits.VISIT["notes"], len(notes)))
                visit = VisitIn(at, needs, notes)

        visitor = NewVisitor(family_name=family, given_name=given, patronymic=patronymic,
                             latin_name=text.get("latin_name", ""), sex=sex, birth_date=birth_date,
                             birth_year=birth_year, citizenship=citizenship, phone=text.get("phone", ""),
                             address=text.get("address", ""), notes=text.get("notes", ""),
                             documents=documents)
        # An old register's cells carry what its program put there (NUL, form feeds): out before the checks.
        visitor = limits.cleaned(visitor, limits.VISITOR)
        for err in validate(visitor, today=self.today):
            name = err.field.split(".")[0]
            if name == "family_name":
                errors.append(self._in_column(
                    [n for n in FIELDS if n in NAME_FIELDS], err.message))
            elif name == "sex":
                if not failed & {"sex", "birth_date", "birth_year"}:
                    errors.append(self._in_column(["sex", "birth_date", "birth_year"], err.message))
            elif name in ("birth_date", "birth_year"):
                errors.append(self._in_column(["birth_date", "birth_year"], err.message))
            elif name == "documents":
                errors.append(self._in_column(["document_number"], err.message))
            elif name not in failed:
                errors.append(self._in_column([name], err.message))
        return RowResult(row_no, visitor, tuple(errors), visit)


def iter_checked(headers: Sequence[str], rows: Iterable[TableRow], mapping: dict[int, str], *,
                 today: dt.date | None = None) -> Iterator[RowResult]:
    """What each data row would become, row by row as ``rows`` are read;
    rows with nothing in the mapped columns are skipped. A mapping that
    cannot work is refused here, before the first row is read."""
    fields = set(mapping.values())
    if not NAME_FIELDS & fields:
        raise Refused(QCoreApplication.translate(
            "Import", "No column holds names. Head the name columns Фамилия / Тегі / family_name, "
                      "Имя / Аты / given_name, or ФИО / Аты-жөні / full_name for the whole name."))
    if "needs" in fields and "visit_date" not in fields:
        raise Refused(QCoreApplication.translate(
            "Import", "Needs are recorded with a visit: choose the column with the visit dates too."))
    checker = _RowChecker(headers, mapping, today or dt.date.today())
    return _checked(checker, rows, list(mapping.items()))


def _checked(checker: _RowChecker, rows: Iterable[TableRow], columns: list) -> Iterator[RowResult]:
    for row in rows:
        cells = row.cells
        cell = {name: cells[i] if i < len(cells) else None for i, name in columns}
        if not any(text_of(v) for v in cell.values()):
            continue  # a pre-numbered empty line of the register
        yield checker.check(row.row_no, cell)


def check_rows(table: Table, mapping: dict[int, str], *, today: dt.date | None = None) -> list[RowResult]:
    """What each data row of a table in memory would become."""
    return list(iter_checked(table.headers, table.rows, mapping, today=today))


# -- importing -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportReport:
    created: int
    duplicates: list[tuple[int, str]]  # (row, registration number of the person it repeats)
    errors: list[tuple[int, str]]      # (row, message); a row may have several
    cancelled: bool = False
    created_numbers: list[tuple[int, str]] = field(default_factory=list)  # (row, new number)
    visits: int = 0  # visits recorded
    visits_known: list[tuple[int, str]] = field(default_factory=list)  # (row, person) whose visit was there already
    # Rows registered that may repeat a person with another document number:
    # (row, the new number, the number of the person it may repeat).
    review: list[tuple[int, str, str]] = field(default_factory=list)

    @property
    def error_rows(self) -> int:
        return len({row for row, _ in self.errors})


def _plural_sources() -> None:  # never called: for pyside6-lupdate (see desktop.i18n.translate_n)
    QCoreApplication.translate("Import", "%n row(s) imported.", "", 1)
    QCoreApplication.translate("Import", "%n duplicate(s) skipped.", "", 1)
    QCoreApplication.translate("Import", "%n row(s) with errors.", "", 1)
    QCoreApplication.translate("Import", "%n visit(s) recorded.", "", 1)
    QCoreApplication.translate("Import", "%n visit(s) were recorded already and skipped.", "", 1)
    QCoreApplication.translate("Import", "%n person(s) registered", "", 1)
    QCoreApplication.translate("Import", "%n visit(s)", "", 1)
    QCoreApplication.translate("Import", "%n imported row(s) to check: the same name and birth date as a "
                                         "person registered with another document number.", "", 1)


def summary(report: ImportReport) -> str:
    """One line for a person: what was imported, skipped and refused."""
    parts = [
        translate_n("Import", "%n row(s) imported.", report.created),
        translate_n("Import", "%n duplicate(s) skipped.", len(report.duplicates)),
        translate_n("Import", "%n row(s) with errors.", report.error_rows),
    ]
    if report.visits:
        parts.append(translate_n("Import", "%n visit(s) recorded.", report.visits))
    if report.visits_known:
        parts.append(translate_n("Import", "%n visit(s) were recorded already and skipped.",
                                 len(report.visits_known)))
    if report.review:
        parts.append(translate_n("Import", "%n imported row(s) to check: the same name and birth date as a "
                                           "person registered with another document number.", len(report.review)))
    if report.cancelled:
        parts.append(QCoreApplication.translate(
            "Import", "The import was cancelled; the rows imported before that are kept."))
    return " ".join(parts)


class _Known:
    """A person registered before the import, or by an earlier row of the file."""

    __slots__ = ("number", "native", "keys", "birth_date", "birth_year", "sex", "citizenship", "same_as",
                 "digits", "documents", "person_id")

    def __init__(self, number: str | None, *, native: str, latin: str, birth_date: dt.date | None,
                 birth_year: int | None, sex: str, citizenship: str, digits: tuple[str, ...] = ()):
        self.number = number  # None until the row's batch is numbered
        self.native = native  # folded key of the name as written ('' when only a Latin name is known)
        self.keys = tuple(dict.fromkeys(k for k in (native, latin) if k))
        self.birth_date = birth_date
        self.birth_year = birth_year
        self.sex = sex
        self.citizenship = citizenship
        self.same_as: _Known | None = None  # a row that was itself a duplicate: the person it repeats
        self.digits = digits  # numbers written in the name, which folding drops ("Unknown 2")
        self.documents: set[str] = set()
        self.person_id: uuid.UUID | None = None  # once saved (visits are recorded against it)

    @classmethod
    def from_values(cls, values: dict, *, native_written: bool) -> _Known:
        """From Person columns (person_values or a database row): name_key is
        "native | Latin" with equal or empty parts left out."""
        keys = [k for k in values["name_key"].split(" | ") if k]
        if not native_written:
            native, latin = "", keys[0] if keys else ""
        elif len(keys) == 2 or not values["latin_name"]:
            native, latin = keys[0] if keys else "", keys[1] if len(keys) == 2 else ""
        else:
            native = latin = keys[0] if keys else ""
        digits = name_digits(values["family_name"], values["given_name"], values["patronymic"], values["latin_name"])
        return cls(values["number"] or None, native=native, latin=latin, birth_date=values["birth_date"],
                   birth_year=values["birth_year"], sex=values["sex"], citizenship=values["citizenship"],
                   digits=digits)

    def person(self) -> _Known:
        return self.same_as.person() if self.same_as else self


def _same_name(a: _Known, b: _Known) -> bool:
    if a.digits != b.digits:
        return False
    # Names as written decide when both have one: the passport's Latin line
    # leaves out the patronymic, so two brothers' sons may share it.
    if a.native and b.native:
        return a.native == b.native
    return bool(set(a.keys) & set(b.keys))


def _same_birth(a: _Known, b: _Known) -> bool:
    if a.birth_date and b.birth_date:
        return a.birth_date == b.birth_date
    # Only a year on one side (or on neither): the year is all there is to compare.
    return a.birth_year == b.birth_year


def _agree(a: _Known, b: _Known) -> bool:
    """Nothing known on both sides says these are two people."""
    return (not (a.sex and b.sex) or a.sex == b.sex) and (
        not (a.citizenship and b.citizenship) or a.citizenship == b.citizenship)


class _Register:
    """Exact look-ups for the import's duplicate rule (see the module docstring)."""

    def __init__(self):
        self.by_key: dict[str, list[_Known]] = {}
        self.by_phone: dict[str, list[_Known]] = {}
        self.by_document: dict[str, _Known] = {}

    @classmethod
    def load(cls, db: Database) -> _Register:
        register = cls()
        with db.read() as s:
            people: dict[uuid.UUID, _Known] = {}
            for r in s.execute(select(Person.id, Person.number, Person.family_name, Person.given_name,
                                      Person.patronymic, Person.latin_name, Person.name_key, Person.birth_date,
                                      Person.birth_year, Person.sex, Person.citizenship, Person.phone_key)
                               .where(Person.deleted.is_(False))):
                values = r._mapping
                known = _Known.from_values(values, native_written=bool(
                    r.family_name.strip() or r.given_name.strip() or r.patronymic.strip()))
                known.person_id = r.id
                people[r.id] = known
                register.add(known, phone=r.phone_key, documents=())
            for person_id, key in s.execute(select(IdentityDocument.person_id, IdentityDocument.number_key)
                                            .where(IdentityDocument.deleted.is_(False))):
                if key and person_id in people:
                    register.by_document.setdefault(key, people[person_id])
                    people[person_id].documents.add(key)
        return register

    def add(self, known: _Known, *, phone: str, documents: Iterable[str]) -> None:
        known.documents.update(d for d in documents if d)
        for key in known.keys:
            self.by_key.setdefault(key, []).append(known)
        if phone:
            self.by_phone.setdefault(phone, []).append(known)
        for doc in documents:
            self.by_document.setdefault(doc, known)

    def match(self, row: _Known, *, phone: str, documents: Iterable[str]) -> tuple[str, _Known] | None:
        """("duplicate", the person) when the row surely repeats someone;
        ("review", the person) when it has their name and birth date but
        another document number; None when it is someone new."""
        documents = [d for d in documents if d]
        for doc in documents:
            if doc in self.by_document:
                return "duplicate", self.by_document[doc].person()
        review = None
        for key in row.keys:
            for known in self.by_key.get(key, ()):
                if _same_name(row, known) and _same_birth(row, known) and _agree(row, known):
                    person = known.person()
                    theirs = person.documents | known.documents
                    if documents and theirs:
                        # A renewed passport, or a namesake: a person decides.
                        review = review or person
                        continue
                    return "duplicate", person
        if len(phone) >= 7:
            for known in self.by_phone.get(phone, ()):
                # Families share one phone: the name must be alike too.
                if (known.digits == row.digits
                        and max((name_similarity(a, b) for a in row.keys for b in known.keys), default=0) >= 85):
                    return "duplicate", known.person()
        return ("review", review) if review is not None else None


class ImportStopped(StorageError):
    """The import stopped half way (a full disk): the message says what was saved."""

    def __init__(self, message: str, *arguments: object, report: ImportReport):
        super().__init__(message, *arguments)
        self.report = report


class ImportService:
    """Registering the people of a legacy register. ``index`` is the shared
    search index, kept current as people are created."""

    def __init__(self, db: Database, identity: Identity, index: VisitorIndex | None = None):
        self.db = db
        self.identity = identity
        self.index = index

    def import_file(self, path: str | Path, *, progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> ImportReport:
        """Read, map by the headers, check and import ``path`` in one go."""
        require(self.identity.role, Action.IMPORT_VISITORS)
        register = Register(path)
        return self.import_register(register, guess_mapping(register.headers), progress=progress,
                                    cancelled=cancelled)

    def import_register(self, register: Register, mapping: dict[int, str], *,
                        progress: Callable[[int, int], None] | None = None,
                        cancelled: Callable[[], bool] | None = None) -> ImportReport:
        """Import a register file with the columns mapped as given, its rows
        streamed from the file. It is read through once first: a file that
        cannot be read to its end is refused before anything is saved (and
        the count gives the progress its end)."""
        require(self.identity.role, Action.IMPORT_VISITORS)
        total = register.count()
        results = iter_checked(register.headers, register.rows(), mapping)
        return self.import_rows(results, total=total, progress=progress, cancelled=cancelled)

    def import_rows(self, results: Iterable[RowResult], *, total: int | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None,
                    batch_size: int = BATCH_SIZE) -> ImportReport:
        """Register the rows without errors that repeat nobody, and record the
        visits the rows give. Each batch is one transaction; ``cancelled`` is
        asked between batches, so a batch is either all saved or not at all.
        ``results`` may be a stream: a batch at a time is held. A disk that
        fills up stops the import with a message saying what was saved.

        The windows hear of the people and visits saved as one change, when
        the import ends, also when it stops part way."""
        with self.db.changes.together():
            return self._import_rows(results, total=total, progress=progress, cancelled=cancelled,
                                     batch_size=batch_size)

    def _import_rows(self, results: Iterable[RowResult], *, total: int | None,
                     progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None,
                     batch_size: int) -> ImportReport:
        require(self.identity.role, Action.IMPORT_VISITORS)
        if total is None and isinstance(results, Sized):
            total = len(results)
        register = _Register.load(self.db)
        year = dt.date.today().year
        errors: list[tuple[int, str]] = []
        duplicates: list[tuple[int, _Known]] = []
        review: list[tuple[int, _Known, _Known]] = []
        created: list[tuple[int, _Known]] = []
        visits_known: list[tuple[int, _Known]] = []
        visits = 0
        saved_rows: list[int] = []  # the first and the last row of the batches saved
        stopped = False
        done = 0
        rows = iter(results)
        while True:
            if cancelled and cancelled():
                stopped = done < (total or 0) or next(rows, None) is not None
                break
            batch = list(itertools.islice(rows, batch_size))
            if not batch:
                break
            try:
                with self.db.session(self.identity.username) as s:
                    fresh: list[tuple[RowResult, dict, _Known, list[str]]] = []
                    visiting: list[tuple[RowResult, _Known]] = []
                    for result in batch:
                        if result.errors:
                            errors.extend((result.row_no, message) for message in result.errors)
                            continue
                        new = result.visitor
                        values = person_values(new, number="")
                        docs = [k for k in (document_key(d.number) for d in new.documents) if k]
                        row = _Known.from_values(values, native_written=bool(
                            new.family_name.strip() or new.given_name.strip() or new.patronymic.strip()))
                        match = register.match(row, phone=values["phone_key"], documents=docs)
                        if match is not None and match[0] == "duplicate":
                            known = match[1]
                            if result.visit is None:
                                duplicates.append((result.row_no, known))
                            else:
                                visiting.append((result, known))  # one more visit of someone known
                            row.same_as = known  # a later row repeating this one repeats that person
                        else:
                            fresh.append((result, values, row, docs))
                            if match is not None:
                                review.append((result.row_no, row, match[1]))  # registered; a person decides
                            if result.visit is not None:
                                visiting.append((result, row))
                        register.add(row, phone=values["phone_key"], documents=docs)
                    ids = self._save(s, fresh, year) if fresh else []
                    added, known, visit_ids, visited = self._save_visits(s, visiting)
            except StorageError as err:
                partial = self._report(created, duplicates, errors, visits, visits_known, review, stopped=True)
                raise self._stopped(err, batch[0].row_no, saved_rows, partial) from err
            saved_rows[1:] = [batch[-1].row_no] if saved_rows else [batch[0].row_no, batch[-1].row_no]
            created.extend((result.row_no, row) for result, _, row, _ in fresh)
            visits += added
            visits_known.extend(known)
            change = Change.of(PERSON, *ids) if ids else Change()
            if visit_ids:
                change |= Change.of(VISIT, *visit_ids, person=visited)
            self.db.changes.publish(change)  # gathered: see import_rows
            if ids and self.index is not None and self.index.loaded:
                self.index.upsert(ids, new=True)
            done += len(batch)
            if progress:
                progress(done, max(total or 0, done))
        report = self._report(created, duplicates, errors, visits, visits_known, review, stopped=stopped)
        with self.db.session(self.identity.username) as s:
            # Counts only: the audit trail must not become a copy of the register.
            record_audit(s, "visitors.import", rows=total if total is not None else done, created=report.created,
                         duplicates=len(report.duplicates), errors=report.error_rows, cancelled=stopped,
                         **({"visits": visits, "visits_known": len(visits_known)} if visits or visits_known
                            else {}), **({"review": len(review)} if review else {}))
        return report

    @staticmethod
    def _report(created, duplicates, errors, visits, visits_known, review, *, stopped: bool) -> ImportReport:
        return ImportReport(
            created=len(created),
            duplicates=[(row_no, known.number or "") for row_no, known in duplicates],
            errors=errors, cancelled=stopped,
            created_numbers=[(row_no, known.number or "") for row_no, known in created],
            visits=visits, visits_known=[(row_no, known.number or "") for row_no, known in visits_known],
            review=[(row_no, new.number or "", known.number or "") for row_no, new, known in review])

    @staticmethod
    def _stopped(err: StorageError, failed_row: int, saved_rows: list[int], report: ImportReport) -> ImportStopped:
        if not saved_rows:
            return ImportStopped(QCoreApplication.translate(
                "Import", "The disk is full: nothing of the register was saved. Free some space and import it "
                          "again."), report=report)
        people = translate_n("Import", "%n person(s) registered", report.created)
        visits = translate_n("Import", "%n visit(s)", report.visits)
        return ImportStopped(QCoreApplication.translate(
            "Import", "The disk is full. Rows %1 to %2 of the register were saved (%3, %4); nothing from row %5 "
                      "on. Free some space and import the file again: what was saved is recognised and skipped."),
            saved_rows[0], saved_rows[-1], people, visits, failed_row, report=report)

    def _save_visits(self, s, visiting: list[tuple[RowResult, _Known]]) -> tuple[int, list[tuple[int, _Known]],
                                                                               list[uuid.UUID], set[uuid.UUID]]:
        """Record the rows' visits, but not one the person has already: the
        same day and the same needs (a file imported again, or twice the same
        row)."""
        if not visiting:
            return 0, [], [], set()
        people = {known.person().person_id for _, known in visiting}
        recorded: set[tuple] = set()
        ids = [p for p in people if p is not None]
        for start in range(0, len(ids), 500):
            for pid, at, needs in s.execute(select(Visit.person_id, Visit.visited_at, Visit.needs).where(
                    Visit.person_id.in_(ids[start:start + 500]), Visit.deleted.is_(False))):
                recorded.add((pid, at.astimezone().date(), tuple(sorted(filter(None, needs.split(","))))))
        rows, known = [], []
        for result, who in visiting:
            person = who.person()
            visit = result.visit
            key = (person.person_id, visit.day, tuple(sorted(visit.needs)))
            if key in recorded:
                known.append((result.row_no, person))
                continue
            recorded.add(key)
            rows.append(dict(person_id=person.person_id, visited_at=visit.at, staff=self.identity.username,
                             needs=",".join(visit.needs), services="", notes=visit.notes))
        ids = bulk_insert(s, Visit, rows)
        return len(rows), known, ids, {r["person_id"] for r in rows}

    def _save(self, s, fresh: list[tuple[RowResult, dict, _Known, list[str]]], year: int) -> list[uuid.UUID]:
        numbers = next_numbers(s, kind="person", year=year, count=len(fresh))
        people = []
        for (_, values, row, _), number in zip(fresh, numbers):
            values["number"] = row.number = number
            people.append(values)
        ids = bulk_insert(s, Person, people)
        for (_, _, row, _), pid in zip(fresh, ids):
            row.person_id = pid
        documents = [dict(person_id=pid, doc_type=d.doc_type, number=d.number.strip(),
                          number_key=document_key(d.number), issuer=d.issuer.strip(), expiry=d.expiry)
                     for pid, (result, _, _, _) in zip(ids, fresh) for d in result.visitor.documents]
        bulk_insert(s, IdentityDocument, documents)
        return ids
