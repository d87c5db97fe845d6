"""Importing a legacy register: the Excel or CSV file a branch kept before Qamqor.

Four steps, each usable on its own so the window can show what will happen
before anything is written:

1. ``read_table(path)``: the first sheet of an .xlsx workbook, or a .csv in
   whatever delimiter and encoding Excel saved it with;
2. ``guess_mapping(headers)``: which column holds which field, from headers
   written in Kazakh, Russian or English;
3. ``check_rows(table, mapping)``: per data row, the visitor it would become
   and what is wrong with it, naming the column and the row as Excel shows it;
4. ``ImportService.import_rows(results)``: registers the people who are not
   registered yet, a few hundred per transaction.

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

import csv
import datetime as dt
import io
import re
import unicodedata
import uuid
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from desktop.i18n import translate_n
from desktop.models import IdentityDocument, Person
from desktop.models.journal import bulk_insert, record_audit

from . import vocab
from .accounts import Identity
from ..errors import Refused
from ..i18n import fill
from .names import name_similarity
from .numbering import next_numbers
from .permissions import Action, require
from .search import VisitorIndex, document_key
from .storage import Database
from .visitors import DocumentIn, NewVisitor, name_digits, parse_date, person_values, validate

__all__ = ["BATCH_SIZE", "FIELDS", "ImportReport", "ImportService", "RowResult", "Table", "TableRow",
           "check_rows", "guess_mapping", "read_table", "summary"]

# Rows per transaction: large enough that the journal's per-batch work is
# noise, small enough that cancelling answers within a fraction of a second.
BATCH_SIZE = 500

FIELDS = ("family_name", "given_name", "patronymic", "full_name", "latin_name", "sex", "birth_date",
          "birth_year", "citizenship", "phone", "document_number", "address", "notes")
NAME_FIELDS = frozenset({"family_name", "given_name", "patronymic", "full_name", "latin_name"})


# -- reading the file ------------------------------------------------------------------
class TableRow(NamedTuple):
    row_no: int  # as Excel numbers it: the first line of the file is row 1
    cells: tuple


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]  # the data rows below the header; empty rows left out
    header_row: int = 1


def read_table(path: str | Path) -> Table:
    """The register in ``path`` (.csv or .xlsx) as a header and data rows."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv", ".txt"):
        numbered = _read_csv(path)
    elif suffix in (".xlsx", ".xlsm"):
        numbered = _read_xlsx(path)
    else:
        raise Refused(fill(QCoreApplication.translate(
            "Import", "Cannot read “%1”: save the register from Excel as .xlsx or .csv."), path.name))
    header_row, headers, rows = None, (), []
    for row_no, cells in numbered:
        if not any(_text(c) for c in cells):
            continue
        if header_row is None:
            header_row, headers = row_no, tuple(_text(c) for c in cells)
        else:
            rows.append(TableRow(row_no, tuple(cells)))
    if header_row is None:
        raise Refused(fill(QCoreApplication.translate("Import", "“%1” is empty."), path.name))
    return Table(headers, tuple(rows), header_row)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise Refused(fill(QCoreApplication.translate("Import", "Cannot open “%1”: %2"),
                             path.name, err.strerror or err)) from err


def _decode(raw: bytes, name: str) -> str:
    # Excel offers "CSV UTF-8" (with a byte-order mark) and plain "CSV", which
    # on a Russian or Kazakh Windows is cp1251; "Unicode text" is UTF-16.
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1251")
    except UnicodeDecodeError as err:
        raise Refused(fill(QCoreApplication.translate(
            "Import", "Cannot read the text of “%1”: save it from Excel as “CSV UTF-8”."), name)) from err


def _pick_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number of
    columns as the header, most often and into the most columns."""
    sample = [line for line in text.splitlines()[:50] if line.strip()][:20]
    best, best_score = ",", (-1, 0)
    for delimiter in (";", "\t", ","):
        counts = [len(r) for r in csv.reader(sample, delimiter=delimiter)]
        if not counts or counts[0] < 2:
            continue
        score = (sum(1 for c in counts if c == counts[0]), counts[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path) -> list[tuple[int, tuple]]:
    text = _decode(_read_bytes(path), path.name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_pick_delimiter(text))
    try:
        # One record is one Excel row, even when a quoted cell spans lines.
        return [(row_no, tuple(cells)) for row_no, cells in enumerate(reader, 1)]
    except csv.Error as err:
        raise Refused(fill(QCoreApplication.translate("Import", "“%1” is not a readable CSV file: %2"),
                             path.name, err)) from err


def _read_xlsx(path: Path) -> list[tuple[int, tuple]]:
    import openpyxl

    data = _read_bytes(path)
    # openpyxl warns about every feature it skips (data validation, default
    # styles); none of them matters for reading values.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                ws = wb.worksheets[0]
                # Some programs write a wrong "used range"; without it openpyxl reads every row there is.
                ws.reset_dimensions()
                return [(row_no, tuple(cells)) for row_no, cells in enumerate(ws.iter_rows(values_only=True), 1)]
            finally:
                wb.close()
        except Exception as err:
            # A damaged or foreign file makes openpyxl raise anything from
            # BadZipFile to KeyError or an XML parse error: all mean the same to the user.
            raise Refused(fill(QCoreApplication.translate(
                "Import", "“%1” is not an Excel workbook that can be read (.xlsx)."), path.name)) from err


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone or document number typed into a number cell
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


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
class RowResult:
    row_no: int
    visitor: NewVisitor  # what the row would become (also when it has errors)
    errors: tuple[str, ...] = ()

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
    text = _text(value)
    if not text:
        return None, None
    m = _YEAR_ONLY.match(text)
    if m:
        return None, int(m.group(1))
    try:
        return parse_date(_MIDNIGHT.sub("", text)), None
    except Refused as err:
        raise _Bad(str(err)) from err


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

        text = {name: _text(value) for name, value in cell.items()}
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

        visitor = NewVisitor(family_name=family, given_name=given, patronymic=patronymic,
                             latin_name=text.get("latin_name", ""), sex=sex, birth_date=birth_date,
                             birth_year=birth_year, citizenship=citizenship, phone=text.get("phone", ""),
                             address=text.get("address", ""), notes=text.get("notes", ""),
                             documents=documents)
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
        return RowResult(row_no, visitor, tuple(errors))


def check_rows(table: Table, mapping: dict[int, str], *, today: dt.date | None = None) -> list[RowResult]:
    """What each data row would become; rows with nothing in the mapped columns are skipped."""
    if not NAME_FIELDS & set(mapping.values()):
        raise Refused(QCoreApplication.translate(
            "Import", "No column holds names. Head the name columns Фамилия / Тегі / family_name, "
                      "Имя / Аты / given_name, or ФИО / Аты-жөні / full_name for the whole name."))
    checker = _RowChecker(table.headers, mapping, today or dt.date.today())
    columns = list(mapping.items())
    out: list[RowResult] = []
    for row in table.rows:
        cells = row.cells
        cell = {name: cells[i] if i < len(cells) else None for i, name in columns}
        if not any(_text(v) for v in cell.values()):
            continue  # a pre-numbered empty line of the register
        out.append(checker.check(row.row_no, cell))
    return out


# -- importing -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportReport:
    created: int
    duplicates: list[tuple[int, str]]  # (row, registration number of the person it repeats)
    errors: list[tuple[int, str]]      # (row, message); a row may have several
    cancelled: bool = False
    created_numbers: list[tuple[int, str]] = field(default_factory=list)  # (row, new number)
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
    QCoreApplication.translate("Import", "%n imported row(s) to check: the same name and birth date as a "
                                         "person registered with another document number.", "", 1)


def summary(report: ImportReport) -> str:
    """One line for a person: what was imported, skipped and refused."""
    parts = [
        translate_n("Import", "%n row(s) imported.", report.created),
        translate_n("Import", "%n duplicate(s) skipped.", len(report.duplicates)),
        translate_n("Import", "%n row(s) with errors.", report.error_rows),
    ]
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
                 "digits", "documents")

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
        table = read_table(path)
        results = check_rows(table, guess_mapping(table.headers))
        return self.import_rows(results, progress=progress, cancelled=cancelled)

    def import_rows(self, results: Sequence[RowResult], *,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None,
                    batch_size: int = BATCH_SIZE) -> ImportReport:
        """Register the rows without errors that repeat nobody. Each batch is one
        transaction; ``cancelled`` is asked between batches, so a batch is
        either all saved or not at all."""
        require(self.identity.role, Action.IMPORT_VISITORS)
        register = _Register.load(self.db)
        year = dt.date.today().year
        errors: list[tuple[int, str]] = []
        duplicates: list[tuple[int, _Known]] = []
        review: list[tuple[int, _Known, _Known]] = []
        created: list[tuple[int, _Known]] = []
        stopped = False
        total = len(results)
        for start in range(0, total, batch_size):
            if cancelled and cancelled():
                stopped = True
                break
            batch = results[start:start + batch_size]
            with self.db.session(self.identity.username) as s:
                fresh: list[tuple[RowResult, dict, _Known, list[str]]] = []
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
                        duplicates.append((result.row_no, match[1]))
                        row.same_as = match[1]  # a later row repeating this one repeats that person
                    else:
                        fresh.append((result, values, row, docs))
                        if match is not None:
                            review.append((result.row_no, row, match[1]))
                    register.add(row, phone=values["phone_key"], documents=docs)
                ids = self._save(s, fresh, year) if fresh else []
            created.extend((result.row_no, row) for result, _, row, _ in fresh)
            if ids and self.index is not None and self.index.loaded:
                self.index.upsert(ids, new=True)
            if progress:
                progress(min(start + batch_size, total), total)
        report = ImportReport(
            created=len(created),
            duplicates=[(row_no, known.number or "") for row_no, known in duplicates],
            errors=errors, cancelled=stopped,
            created_numbers=[(row_no, known.number or "") for row_no, known in created],
            review=[(row_no, new.number or "", known.number or "") for row_no, new, known in review])
        with self.db.session(self.identity.username) as s:
            # Counts only: the audit trail must not become a copy of the register.
            record_audit(s, "visitors.import", rows=total, created=report.created,
                         duplicates=len(report.duplicates), errors=report.error_rows, cancelled=stopped,
                         review=len(report.review))
        return report

    def _save(self, s, fresh: list[tuple[RowResult, dict, _Known, list[str]]], year: int) -> list[uuid.UUID]:
        numbers = next_numbers(s, kind="person", year=year, count=len(fresh))
        people = []
        for (_, values, row, _), number in zip(fresh, numbers):
            values["number"] = row.number = number
            people.append(values)
        ids = bulk_insert(s, Person, people)
        documents = [dict(person_id=pid, doc_type=d.doc_type, number=d.number.strip(),
                          number_key=document_key(d.number), issuer=d.issuer.strip(), expiry=d.expiry)
                     for pid, (result, _, _, _) in zip(ids, fresh) for d in result.visitor.documents]
        bulk_insert(s, IdentityDocument, documents)
        return ids
