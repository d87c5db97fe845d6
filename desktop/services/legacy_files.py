"""Reading a legacy register from disk: the first sheet of an .xlsx workbook,
or a .csv in whatever delimiter and encoding Excel saved it with — row by row.

A register can be large (a 300 MB workbook holds millions of rows), so
nothing here reads the whole file into memory: ``Register.rows()`` streams
the rows from the file each time it is called (openpyxl's read-only mode for
workbooks, the csv module over a decoding text stream for CSV), and the
import checks and saves them batch by batch. A file over ``MAX_BYTES`` is
refused with a message saying so.

A CSV file is read strictly: a quotation mark never closed, or a cell over
the csv module's limit (131,072 characters), is refused with the row it is
in, before anything is imported (the import reads the file through once to
check it, then again to save it).
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from ..errors import Refused
from ..i18n import fill

MAX_BYTES = 200 * 1024 * 1024
CHUNK = 1024 * 1024
DELIMITER_SAMPLE = 50  # lines


class TableRow(NamedTuple):
    row_no: int  # as Excel numbers it: the first line of the file is row 1
    cells: tuple


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]  # the data rows below the header; empty rows left out
    header_row: int = 1


def text_of(value: object) -> str:
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


def _refuse_open(path: Path, err: OSError) -> Refused:
    return Refused(fill(QCoreApplication.translate("Import", "Cannot open “%1”: %2"), path.name,
                        err.strerror or err))


class Register:
    """A register file on disk: its header, and its data rows on demand."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        suffix = self.path.suffix.lower()
        if suffix in (".csv", ".tsv", ".txt"):
            self.kind = "csv"
        elif suffix in (".xlsx", ".xlsm"):
            self.kind = "xlsx"
        else:
            raise Refused(fill(QCoreApplication.translate(
                "Import", "Cannot read “%1”: save the register from Excel as .xlsx or .csv."), self.path.name))
        try:
            size = self.path.stat().st_size
        except OSError as err:
            raise _refuse_open(self.path, err) from err
        if size > MAX_BYTES:
            raise Refused(fill(QCoreApplication.translate(
                "Import", "“%1” is %2 MB; a register of up to %3 MB can be imported at once. Save it as several "
                          "smaller files (a year each, for instance) and import them one after another."),
                self.path.name, f"{size / 1e6:.0f}", f"{MAX_BYTES / 1e6:.0f}"))
        if self.kind == "csv":
            self.encoding = self._encoding()
            self.delimiter = self._delimiter()
        self.header_row, self.headers = self._header()

    # -- what the person sees -------------------------------------------------------------
    def rows(self) -> Iterator[TableRow]:
        """The data rows below the header, empty rows left out, read from the file as they are asked for."""
        for row_no, cells in self._numbered():
            if row_no <= self.header_row or not any(text_of(c) for c in cells):
                continue
            yield TableRow(row_no, tuple(cells))

    def count(self) -> int:
        """How many data rows there are; reading them all checks the whole file."""
        return sum(1 for _ in self.rows())

    def table(self, *, limit: int | None = None) -> Table:
        """The header and the data rows (the first ``limit`` of them) in memory."""
        rows = []
        for row in self.rows():
            if limit is not None and len(rows) >= limit:
                break
            rows.append(row)
        return Table(self.headers, tuple(rows), self.header_row)

    # -- reading -------------------------------------------------------------------------------
    def _header(self) -> tuple[int, tuple[str, ...]]:
        rows = self._numbered()
        try:
            for row_no, cells in rows:
                if any(text_of(c) for c in cells):
                    return row_no, tuple(text_of(c) for c in cells)
        finally:
            rows.close()
        raise Refused(fill(QCoreApplication.translate("Import", "“%1” is empty."), self.path.name))

    def _numbered(self) -> Iterator[tuple[int, tuple]]:
        return self._csv_rows() if self.kind == "csv" else self._xlsx_rows()

    def _encoding(self) -> str:
        """Excel offers "CSV UTF-8" (with a byte-order mark) and plain "CSV",
        which on a Russian or Kazakh Windows is cp1251; "Unicode text" is
        UTF-16. Decided by reading the file through once, a megabyte at a time."""
        try:
            with self.path.open("rb") as f:
                start = f.read(4)
                if start.startswith((b"\xff\xfe", b"\xfe\xff")):
                    return "utf-16"
                f.seek(0)
                decoder = codecs.getincrementaldecoder("utf-8-sig")()
                try:
                    while chunk := f.read(CHUNK):
                        decoder.decode(chunk)
                    decoder.decode(b"", final=True)
                    return "utf-8-sig"
                except UnicodeDecodeError:
                    return "cp1251"
        except OSError as err:
            raise _refuse_open(self.path, err) from err

    def _text(self):
        try:
            return self.path.open(encoding=self.encoding, newline="")
        except OSError as err:
            raise _refuse_open(self.path, err) from err

    def _delimiter(self) -> str:
        """The delimiter that splits the first lines into the same number of
        columns as the header, most often and into the most columns."""
        sample = []
        try:
            with self._text() as f:
                for number, line in enumerate(f, 1):
                    if line.strip():
                        sample.append(line)
                    if len(sample) >= 20 or number >= DELIMITER_SAMPLE:
                        break
        except UnicodeDecodeError as err:
            raise self._undecodable() from err
        best, best_score = ",", (-1, 0)
        for delimiter in (";", "\t", ","):
            try:
                counts = [len(r) for r in csv.reader(sample, delimiter=delimiter)]
            except csv.Error:
                continue  # an overlong cell or a stray quote: the strict read names its row
            if not counts or counts[0] < 2:
                continue
            score = (sum(1 for c in counts if c == counts[0]), counts[0])
            if score > best_score:
                best, best_score = delimiter, score
        return best

    def _undecodable(self) -> Refused:
        return Refused(fill(QCoreApplication.translate(
            "Import", "Cannot read the text of “%1”: save it from Excel as “CSV UTF-8”."), self.path.name))

    def _csv_rows(self) -> Iterator[tuple[int, tuple]]:
        f = self._text()
        row_no = 0
        try:
            # One record is one Excel row, even when a quoted cell spans lines.
            for cells in csv.reader(f, delimiter=self.delimiter, strict=True):
                row_no += 1
                yield row_no, tuple(cells)
        except csv.Error as err:
            raise self._bad_row(row_no + 1, str(err)) from err
        except UnicodeDecodeError as err:
            raise self._undecodable() from err
        finally:
            f.close()

    def _bad_row(self, row_no: int, problem: str) -> Refused:
        if "field larger than field limit" in problem:
            reason = fill(QCoreApplication.translate("Import", "a cell holds more than %1 characters"),
                          f"{csv.field_size_limit():,}")
        elif "unexpected end of data" in problem or "EOF" in problem:
            reason = QCoreApplication.translate(
                "Import", "a quotation mark (\") opened in it is never closed, so every row after it would "
                          "run into one cell")
        else:
            reason = problem
        return Refused(fill(QCoreApplication.translate(
            "Import", "Row %1 of “%2” cannot be read: %3. Nothing was imported; correct the file and try again."),
            row_no, self.path.name, reason))

    def _xlsx_rows(self) -> Iterator[tuple[int, tuple]]:
        import openpyxl

        # openpyxl warns about every feature it skips (data validation, default
        # styles); none of them matters for reading values.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                # From the path, read-only: the workbook's rows are parsed as they are asked for.
                wb = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
            except OSError as err:
                raise _refuse_open(self.path, err) from err
            except Exception as err:
                raise self._not_a_workbook() from err
            try:
                ws = wb.worksheets[0]
                # Some programs write a wrong "used range"; without it openpyxl reads every row there is.
                ws.reset_dimensions()
                row_no = 0
                rows = ws.iter_rows(values_only=True)
                while True:
                    try:
                        cells = next(rows)
                    except StopIteration:
                        return
                    except Exception as err:
                        # A damaged or foreign file makes openpyxl raise anything from
                        # BadZipFile to KeyError or an XML parse error: all mean the same to the user.
                        raise self._not_a_workbook() from err
                    row_no += 1
                    yield row_no, tuple(cells)
            except IndexError as err:
                raise self._not_a_workbook() from err
            finally:
                wb.close()

    def _not_a_workbook(self) -> Refused:
        return Refused(fill(QCoreApplication.translate(
            "Import", "“%1” is not an Excel workbook that can be read (.xlsx)."), self.path.name))


def read_table(path: str | Path, *, limit: int | None = None) -> Table:
    """The register in ``path`` (.csv or .xlsx) as a header and data rows
    (the first ``limit`` of them), for a preview or a small file."""
    return Register(path).table(limit=limit)
