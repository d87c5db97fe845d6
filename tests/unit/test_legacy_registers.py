"""Legacy registers as branches really have them: one row per visit over
years, CSV files with broken quotes or giant cells, workbooks too large to
hold in memory, and a disk that fills up half way (SQLCipher and PostgreSQL)."""
from __future__ import annotations

import datetime as dt
import random
import re

import openpyxl
import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from desktop.errors import Refused
from desktop.models import Person, Role, Visit
from desktop.services import legacy_files
from desktop.services.demo_names import make_person
from desktop.services.legacy_import import (ImportService, ImportStopped, Register, check_rows, guess_mapping,
                                            iter_checked, read_table, summary)
from desktop.services.visitors import NewVisitor, VisitorService

VISITS = [
    ["ФИО", "Дата рождения", "Пол", "Гражданство", "Дата обращения", "Запрос"],
    ["Абдуллаев Рустам", "01.05.1990", "М", "UZ", "12.03.2019", "работа, документы"],
    ["Каримова Малика", "1985", "Ж", "TJ", "15.03.2019", "жильё"],
    ["Абдуллаев Рустам", "01.05.1990", "М", "UZ", "02.04.2019", "Юридическая помощь"],
    ["ABDULLAEV RUSTAM", "01.05.1990", "M", "Uzbekistan", "2021-11-30", "справка для школы"],
    ["Каримова Малика", "1985", "Ж", "TJ", "", ""],
]


def write_csv(path, rows, *, delimiter=";", encoding="utf-8"):
    path.write_bytes(("\r\n".join(delimiter.join(r) for r in rows) + "\r\n").encode(encoding))
    return path


@pytest.fixture
def importer(any_gate, login):
    def _importer(role=Role.CASEWORKER):
        who = login(role)  # opens the database
        return ImportService(any_gate.db, who)
    return _importer


def people_and_visits(gate):
    with gate.db.read() as s:
        people = s.execute(select(func.count()).select_from(Person).where(Person.deleted.is_(False))).scalar_one()
        visits = s.execute(select(Person.family_name, Visit.visited_at, Visit.needs, Visit.notes, Visit.staff)
                           .join(Person, Person.id == Visit.person_id).order_by(Visit.visited_at)).all()
    return people, [tuple(v) for v in visits]


# -- visits --------------------------------------------------------------------------------------------------
def test_a_register_with_a_row_per_visit_becomes_people_and_their_visits(any_gate, importer, tmp_path):
    path = write_csv(tmp_path / "журнал.csv", VISITS)
    assert guess_mapping(read_table(path).headers) == {0: "full_name", 1: "birth_date", 2: "sex", 3: "citizenship",
                                                        4: "visit_date", 5: "needs"}
    report = importer().import_file(path)
    assert report.created == 2 and report.visits == 4 and report.errors == []
    # Malika's second row has no visit date: her record only, a duplicate of row 3.
    assert report.duplicates == [(6, report.created_numbers[1][1])]
    people, visits = people_and_visits(any_gate)
    assert people == 2
    assert [(name, at.astimezone().date(), needs) for name, at, needs, _, _ in visits] == [
        ("Абдуллаев", dt.date(2019, 3, 12), "employment,documents"),
        ("Каримова", dt.date(2019, 3, 15), "shelter"),
        ("Абдуллаев", dt.date(2019, 4, 2), "legal"),
        ("Абдуллаев", dt.date(2021, 11, 30), "other")]
    # At local noon of the day; a need not recognised is kept as written.
    assert all(at.astimezone().hour == 12 for _, at, _, _, _ in visits)
    assert visits[-1][3] == "Needs as written in the register: справка для школы"
    assert {staff for *_, staff in visits} == {"caseworker"}
    assert re.search(r"\b4 visit(\(s\)|s) recorded\.", summary(report))  # with the English catalogue or without


def test_importing_the_visits_again_records_nothing_twice_and_says_so(any_gate, importer, tmp_path):
    path = write_csv(tmp_path / "журнал.csv", VISITS)
    importer().import_file(path)
    again = importer().import_file(path)
    assert again.created == 0 and again.visits == 0 and len(again.visits_known) == 4
    assert re.search(r"\b4 visit(\(s\)|s) were recorded already and skipped\.", summary(again))
    assert people_and_visits(any_gate)[0] == 2 and len(people_and_visits(any_gate)[1]) == 4


def test_a_visit_row_of_someone_registered_adds_a_visit_to_them(any_gate, importer, login, tmp_path):
    receptionist = login(Role.RECEPTIONIST)  # opens the database
    desk = VisitorService(any_gate.db, receptionist)
    known = desk.register(NewVisitor(family_name="Абдуллаев", given_name="Рустам", sex="M",
                                     birth_date=dt.date(1990, 5, 1), citizenship="UZ"))
    report = importer().import_file(write_csv(tmp_path / "r.csv", VISITS[:2]))
    assert report.created == 0 and report.duplicates == [] and report.visits == 1
    with any_gate.db.read() as s:
        assert s.execute(select(Visit.person_id)).scalars().all() == [known.person_id]


def test_visit_dates_that_cannot_be_right_are_row_errors(tmp_path):
    rows = [VISITS[0],
            ["Ким Ольга", "1979", "Ж", "KZ", "31.02.2019", ""],
            ["Ли Анна", "1980", "Ж", "KZ", "2019", ""],
            ["Пак Олег", "1981", "М", "KZ", "01.01.2999", ""],
            ["Цой Инна", "1982", "Ж", "KZ", "вчера", ""]]
    table = read_table(write_csv(tmp_path / "r.csv", rows))
    results = check_rows(table, guess_mapping(table.headers), today=dt.date(2026, 6, 1))
    assert [r.row_no for r in results if r.errors] == [2, 3, 4, 5]
    assert all(r.errors[0].startswith("Column “Дата обращения”") for r in results)
    assert "future" in results[2].errors[0] and "a year" in results[1].errors[0]


def test_needs_without_visit_dates_are_refused(tmp_path):
    rows = [["ФИО", "Пол", "Запрос"], ["Ким Ольга", "Ж", "жильё"]]
    table = read_table(write_csv(tmp_path / "r.csv", rows))
    with pytest.raises(Refused, match="visit dates"):
        check_rows(table, guess_mapping(table.headers))


# -- CSV files the csv module chokes on ----------------------------------------------------------------------
def test_an_unclosed_quote_is_refused_with_its_row_and_nothing_is_imported(any_gate, importer, tmp_path):
    path = tmp_path / "r.csv"
    path.write_text('ФИО;Пол\r\nКим Ольга;Ж\r\n"Ли Анна;Ж\r\nПак Олег;М\r\nЦой Инна;Ж\r\n', "utf-8")
    with pytest.raises(Refused) as err:
        importer().import_file(path)
    assert str(err.value).startswith("Row 3 of “r.csv” cannot be read: a quotation mark")
    assert "Nothing was imported" in str(err.value)
    assert people_and_visits(any_gate)[0] == 0


@pytest.mark.parametrize("row", [2, 60])
def test_a_cell_over_the_csv_limit_is_refused_with_its_row(any_gate, importer, tmp_path, row):
    lines = ["ФИО;Пол;Примечание"] + [f"Ким{i} Ольга;Ж;" for i in range(2, 80)]
    lines[row - 1] += "x" * 140_000
    path = tmp_path / "r.csv"
    path.write_text("\r\n".join(lines) + "\r\n", "utf-8")
    with pytest.raises(Refused) as err:
        importer().import_file(path)
    assert str(err.value).startswith(f"Row {row} of “r.csv” cannot be read: a cell holds more than 131,072 characters")
    assert people_and_visits(any_gate)[0] == 0


def test_a_file_over_the_stated_size_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(legacy_files, "MAX_BYTES", 1000)
    path = write_csv(tmp_path / "r.csv", [["ФИО", "Пол"]] + [["Ким Ольга", "Ж"]] * 100)
    with pytest.raises(Refused, match="a register of up to 0 MB can be imported at once"):
        Register(path)


# -- large workbooks ------------------------------------------------------------------------------------------
def test_a_workbook_is_read_row_by_row_from_the_file(tmp_path, monkeypatch):
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["Фамилия", "Имя", "Дата рождения", "Пол", "Дата посещения"])
    for i in range(3000):
        ws.append([f"Фамилия{i}", "Имя", "01.01.1990", "М", "02.03.2020"])
    wb.save(tmp_path / "big.xlsx")
    opened = []
    real = openpyxl.load_workbook

    def spy(source, **options):
        opened.append((source, options))
        return real(source, **options)

    monkeypatch.setattr(openpyxl, "load_workbook", spy)
    register = Register(tmp_path / "big.xlsx")
    assert register.count() == 3000
    # From the file, in openpyxl's read-only (streaming) mode: never the whole file read into memory first.
    assert opened and all(source == tmp_path / "big.xlsx" and options.get("read_only") for source, options in opened)
    rows = register.rows()
    assert next(rows).cells[0] == "Фамилия0"
    rows.close()


def test_the_import_takes_rows_a_batch_at_a_time(any_gate, importer, tmp_path):
    rng = random.Random(5)
    people = [make_person(rng) for _ in range(30)]
    rows = [["ФИО", "Пол", "Год рождения"]] + [[p.full_name, p.sex, str(1960 + i)] for i, p in enumerate(people)]
    register = Register(write_csv(tmp_path / "r.csv", rows))
    pulled = []

    def counting(stream):
        for row in stream:
            pulled.append(row.row_no)
            yield row

    seen = []
    service = importer()
    results = iter_checked(register.headers, counting(register.rows()), guess_mapping(register.headers))
    report = service.import_rows(results, total=30, batch_size=10,
                                 progress=lambda done, total: seen.append((done, len(pulled))))
    assert report.created == 30
    # When the first batch was saved, only its rows had been read from the file.
    assert seen == [(10, 10), (20, 20), (30, 30)]


# -- a disk that fills up ---------------------------------------------------------------------------------------
def test_a_full_disk_says_what_was_saved_and_a_rerun_skips_it(any_gate, importer, tmp_path, monkeypatch):
    rng = random.Random(6)
    rows = [["ФИО", "Пол", "Год рождения", "Дата обращения"]] + [
        [p.full_name, p.sex, str(1960 + i), "01.03.2020"] for i, p in enumerate(make_person(rng) for _ in range(7))]
    path = write_csv(tmp_path / "r.csv", rows)
    import desktop.services.legacy_import as legacy

    real = legacy.bulk_insert
    calls = []

    def filling(session, model, values):
        if model is Person:
            calls.append(len(values))
            if len(calls) == 3:
                raise OperationalError("INSERT INTO person", {}, Exception("database or disk is full"))
        return real(session, model, values)

    monkeypatch.setattr(legacy, "bulk_insert", filling)
    monkeypatch.setattr(legacy, "BATCH_SIZE", 2)
    service = importer()
    with pytest.raises(ImportStopped) as err:
        service.import_rows(check_rows(read_table(path), guess_mapping(rows[0])), batch_size=2)
    assert re.fullmatch(r"The disk is full\. Rows 2 to 5 of the register were saved \(4 (person\(s\)|people) "
                        r"registered, 4 visit(\(s\)|s)\); nothing from row 6 on\. Free some space and import the "
                        r"file again: what was saved is recognised and skipped\.", str(err.value))
    assert err.value.report.created == 4
    assert people_and_visits(any_gate)[0] == 4
    monkeypatch.setattr(legacy, "bulk_insert", real)
    again = service.import_file(path)
    assert again.created == 3 and again.visits == 3 and len(again.visits_known) == 4
    assert people_and_visits(any_gate)[0] == 7 and len(people_and_visits(any_gate)[1]) == 7


def test_a_full_disk_before_anything_was_saved_says_so(any_gate, importer, tmp_path, monkeypatch):
    import desktop.services.legacy_import as legacy

    def full(session, model, values):
        raise OperationalError("INSERT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(legacy, "bulk_insert", full)
    with pytest.raises(ImportStopped, match="nothing of the register was saved"):
        importer().import_file(write_csv(tmp_path / "r.csv", [["ФИО", "Пол"], ["Ким Ольга", "Ж"]]))
    assert people_and_visits(any_gate)[0] == 0
