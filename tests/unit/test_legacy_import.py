"""Importing a branch's legacy register (Excel or CSV), on SQLCipher and PostgreSQL."""
from __future__ import annotations

import datetime as dt
import json
import random

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.models import AuditEvent, ChangeLog, IdentityDocument, Person, Role
from desktop.models.journal import verify_chain
from desktop.services.demo_names import make_person
from desktop.errors import PermissionDenied, Refused
from desktop.services.legacy_import import ImportService, check_rows, guess_mapping, read_table, summary
from desktop.services.search import VisitorIndex
from desktop.services.visitors import DocumentIn, NewVisitor, VisitorService

RUSSIAN = [
    ["№", "Фамилия", "Имя", "Отчество", "Дата рождения", "Пол", "Гражданство", "Телефон", "Номер паспорта",
     "Примечание"],
    ["1", "Абдуллаев", "Рустам", "Каримович", "01.05.1990", "М", "Узбекистан", "+998 90 123 45 67", "AB1234567",
     "нужна работа"],
    ["2", "Каримова", "Малика", "", "1985", "Ж", "TJ", "", "", ""],
    ["3", "Ёлдошев", "Фёдор", "", "1992-12-31", "муж", "Кыргызская Республика", "", "12345", ""],
]
ENGLISH = ["family_name", "given_name", "patronymic", "latin_name", "sex", "birth_date", "citizenship", "phone",
           "document_number", "notes"]


def write_csv(path, rows, *, encoding="utf-8", delimiter=";"):
    text = "\r\n".join(delimiter.join(cell for cell in row) for row in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def results_of(path):
    table = read_table(path)
    return check_rows(table, guess_mapping(table.headers), today=dt.date(2026, 6, 1))


@pytest.fixture
def importer(any_gate, login):
    def _importer(role=Role.CASEWORKER, index=None):
        who = login(role)  # opens the database
        return ImportService(any_gate.db, who, index)
    return _importer


def _people(gate):
    with gate.db.read() as s:
        return {p.number: p for p in s.execute(select(Person).where(Person.deleted.is_(False))).scalars()}


def _import_events(gate):
    with gate.db.read() as s:
        return [json.loads(e.detail) for e in s.execute(
            select(AuditEvent).where(AuditEvent.action == "visitors.import").order_by(AuditEvent.seq)).scalars()]


# -- reading files --------------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251"])
def test_csv_with_russian_headers_in_each_encoding(tmp_path, encoding):
    results = results_of(write_csv(tmp_path / "register.csv", RUSSIAN, encoding=encoding))
    assert [r.row_no for r in results] == [2, 3, 4]
    rustam, malika, fyodor = (r.visitor for r in results)
    assert (rustam.family_name, rustam.given_name, rustam.patronymic) == ("Абдуллаев", "Рустам", "Каримович")
    assert rustam.birth_date == dt.date(1990, 5, 1) and rustam.sex == "M" and rustam.citizenship == "UZ"
    assert rustam.phone == "+998 90 123 45 67" and rustam.notes == "нужна работа"
    assert rustam.documents == (DocumentIn("passport", "AB1234567"),)
    assert malika.birth_year == 1985 and malika.birth_date is None and malika.sex == "F"
    assert malika.citizenship == "TJ" and malika.documents == ()
    assert fyodor.family_name == "Ёлдошев" and fyodor.citizenship == "KG"
    assert fyodor.documents == (DocumentIn("other", "12345"),)
    assert all(r.ok for r in results)


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_the_delimiter_is_found(tmp_path, delimiter):
    rows = [["ФИО", "Дата рождения", "Пол"], ["Иванов Иван Иванович", "02.03.1970", "М"]]
    [result] = results_of(write_csv(tmp_path / "r.csv", rows, delimiter=delimiter))
    assert (result.visitor.family_name, result.visitor.given_name, result.visitor.patronymic) == (
        "Иванов", "Иван", "Иванович")


def test_commas_inside_a_header_do_not_fool_the_delimiter(tmp_path):
    rows = [["Фамилия, имя, отчество", "Дата рождения"], ["Иванов Иван", "02.03.1970"],
            ["Петров Пётр", "1980"]]
    table = read_table(write_csv(tmp_path / "r.csv", rows, encoding="cp1251", delimiter=";"))
    assert table.headers == ("Фамилия, имя, отчество", "Дата рождения")
    assert guess_mapping(table.headers) == {0: "full_name", 1: "birth_date"}


def test_quoted_cells_and_blank_lines_keep_excel_row_numbers(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text('family_name,given_name,sex,notes\r\n\r\nKarimov,Aziz,M,"two\r\nlines"\r\n'
                    ',,,\r\nSaidova,Nodira,F,\r\n', encoding="utf-8")
    results = results_of(path)
    assert [(r.row_no, r.visitor.family_name) for r in results] == [(3, "Karimov"), (5, "Saidova")]
    assert results[0].visitor.notes == "two\nlines"  # the line break kept, as one newline


def test_xlsx_with_kazakh_headers_and_date_cells(tmp_path):
    path = write_xlsx(tmp_path / "тізім.xlsx", [
        [],
        ["Тегі", "Аты", "Әкесінің аты", "Туған күні", "Жынысы", "Азаматтығы", "Телефон", "Ескертпе"],
        ["Сейтқалиев", "Ержан", "Серікұлы", dt.datetime(1988, 7, 14), "Е", "Қазақстан", 77011234567, None],
        ["Омарова", "Гүлнар", None, dt.date(1990, 1, 2), "Ә", "Өзбекстан", "8 701 765 43 21", "қандас"],
        [None, None, None, None, None, None, None, None],
        ["Нурланқызы", "Айгерім", None, 1999, "әйел", "kz", None, None],
    ])
    table = read_table(path)
    assert table.header_row == 2
    results = check_rows(table, guess_mapping(table.headers))
    assert [r.row_no for r in results] == [3, 4, 6]
    erzhan, gulnar, aigerim = (r.visitor for r in results)
    assert erzhan.birth_date == dt.date(1988, 7, 14) and erzhan.sex == "M" and erzhan.citizenship == "KZ"
    assert erzhan.patronymic == "Серікұлы" and erzhan.phone == "77011234567"
    assert gulnar.birth_date == dt.date(1990, 1, 2) and gulnar.sex == "F" and gulnar.citizenship == "UZ"
    assert gulnar.notes == "қандас"
    assert aigerim.birth_year == 1999 and aigerim.birth_date is None and aigerim.citizenship == "KZ"
    assert all(r.ok for r in results)


def test_english_canonical_headers_map_one_to_one(tmp_path):
    assert guess_mapping(ENGLISH) == dict(enumerate(ENGLISH))
    path = write_csv(tmp_path / "r.csv", [ENGLISH, ["Karimov", "Aziz", "", "KARIMOV AZIZ", "male", "1991-02-03",
                                                    "Uzbekistan", "", "FA 1234567", ""]], delimiter=",")
    [result] = results_of(path)
    assert result.visitor.latin_name == "KARIMOV AZIZ" and result.visitor.sex == "M"
    assert result.visitor.documents == (DocumentIn("passport", "FA 1234567"),)


@pytest.mark.parametrize("header, field", [
    ("Фамилия", "family_name"), ("ТЕГІ", "family_name"), ("Тегi", "family_name"), ("Surname", "family_name"),
    ("Family name:", "family_name"), ("Имя", "given_name"), ("Аты", "given_name"), ("First Name", "given_name"),
    ("Отчество", "patronymic"), ("Әкесінің аты", "patronymic"), ("Дата рождения", "birth_date"),
    ("Дата рождения (дд.мм.гггг)", "birth_date"), ("Туған күні", "birth_date"), ("Date of birth", "birth_date"),
    ("Год рождения", "birth_year"), ("Гражданство", "citizenship"), ("Азаматтығы", "citizenship"),
    ("Телефон", "phone"), ("Телефон (моб.)", "phone"), ("Номер документа", "document_number"),
    ("Паспорт", "document_number"), ("№ паспорта", "document_number"), ("Пол", "sex"), ("Жынысы", "sex"),
    ("Gender", "sex"), ("Примечание", "notes"), ("Ескертпе", "notes"), ("ФИО", "full_name"),
    ("Ф.И.О.", "full_name"), ("Full name", "full_name"), ("Аты-жөні", "full_name"),
    ("Фамилия латиницей", "latin_name"), ("Имя (лат.)", "latin_name"), ("Адрес", "address"),
])
def test_headers_in_three_languages(header, field):
    assert guess_mapping(["№ п/п", header]) == {1: field}


def test_a_field_is_taken_by_its_first_column_and_unknown_headers_are_left_out():
    assert guess_mapping(["Фамилия", "Surname", "Зарплата", "", "Имя"]) == {0: "family_name", 4: "given_name"}


@pytest.mark.parametrize("value, sex", [("F", "F"), ("m", "M"), ("Ж", "F"), ("М", "M"), ("ж.", "F"),
                                        ("Ә", "F"), ("Е", "M"), ("әйел", "F"), ("ер", "M"), ("Female", "F"),
                                        ("male", "M"), ("жен", "F"), ("муж.", "M"), ("женский", "F")])
def test_sex_in_every_spelling(tmp_path, value, sex):
    [result] = results_of(write_csv(tmp_path / "r.csv", [["Имя", "Пол"], ["Малика", value]]))
    assert result.ok and result.visitor.sex == sex


def test_errors_name_the_row_and_the_column(tmp_path):
    rows = [RUSSIAN[0],
            ["1", "Абдуллаев", "Рустам", "", "31.02.1990", "М", "UZ", "", "", ""],
            ["2", "", "", "", "01.01.1990", "Ж", "UZ", "", "", "без имени"],
            ["3", "Каримов", "Азиз", "", "1990", "М", "Атлантида", "", "", ""],
            ["4", "Саидова", "Нодира", "", "", "X", "UZ", "12", "", ""],
            ["5", "Петров", "Пётр", "", "2999", "М", "RU", "", "AB!1234", ""],
            ["6", "Ким", "Ольга", "", "", "", "KZ", "", "", ""]]
    results = results_of(write_csv(tmp_path / "r.csv", rows))
    errors = {r.row_no: r.errors for r in results}
    assert list(errors) == [2, 3, 4, 5, 6, 7]
    assert len(errors[2]) == 1 and "Дата рождения" in errors[2][0] and "31.02.1990" in errors[2][0]
    assert len(errors[3]) == 1 and "Фамилия" in errors[3][0] and "Имя" in errors[3][0]
    assert len(errors[4]) == 1 and "Гражданство" in errors[4][0] and "Атлантида" in errors[4][0]
    assert len(errors[5]) == 2
    assert any("Пол" in e and "“X”" in e for e in errors[5]) and any("Телефон" in e for e in errors[5])
    assert len(errors[6]) == 2
    assert any("Дата рождения" in e and "2026" in e for e in errors[6])
    assert any("Номер паспорта" in e and "AB!1234" in e for e in errors[6])
    assert len(errors[7]) == 1 and "Пол" in errors[7][0] and "Дата рождения" in errors[7][0]


@pytest.mark.parametrize("name, content", [
    ("register.xls", b"\xd0\xcf\x11\xe0 old excel"),
    ("register.pdf", b"%PDF-1.4"),
    ("register.xlsx", b"not a zip at all"),
    ("register.csv", b""),
    ("register.csv", b"\n;;\n"),
])
def test_unreadable_files_are_refused_with_a_message(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(Refused) as err:
        read_table(path)
    assert name in str(err.value)


def test_a_missing_file_and_a_file_without_names_are_refused(tmp_path):
    with pytest.raises(Refused, match="nowhere.csv"):
        read_table(tmp_path / "nowhere.csv")
    table = read_table(write_csv(tmp_path / "r.csv", [["Дата рождения", "Пол"], ["01.01.1990", "М"]]))
    with pytest.raises(Refused, match="ФИО"):
        check_rows(table, guess_mapping(table.headers))


# -- importing --------------------------------------------------------------------------------
def test_import_stores_people_documents_journal_and_one_audit_event(any_gate, importer, tmp_path):
    path = write_csv(tmp_path / "register.csv", RUSSIAN)
    report = importer(Role.DIRECTOR).import_file(path)
    assert report.created == 3 and report.duplicates == [] and report.errors == []
    assert [row for row, _ in report.created_numbers] == [2, 3, 4]
    people = _people(any_gate)
    assert sorted(people) == sorted(number for _, number in report.created_numbers)
    assert all(n.startswith(f"KZ-ALA-{dt.date.today().year}-") for n in people)
    rustam = people[report.created_numbers[0][1]]
    assert (rustam.family_name, rustam.given_name, rustam.patronymic, rustam.birth_date, rustam.citizenship) == (
        "Абдуллаев", "Рустам", "Каримович", dt.date(1990, 5, 1), "UZ")
    assert rustam.name_key == "abdulaev karimovich rustam" and rustam.phone_key == "998901234567"
    malika = people[report.created_numbers[1][1]]
    assert malika.birth_year == 1985 and malika.birth_date is None
    with any_gate.db.read() as s:
        docs = {(d.person_id, d.doc_type, d.number, d.number_key)
                for d in s.execute(select(IdentityDocument)).scalars()}
        changes = s.execute(select(ChangeLog.record_type, ChangeLog.record_id, ChangeLog.actor)).all()
        assert verify_chain(s).ok
        inserts = s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "person.insert"))
    assert (rustam.id, "passport", "AB1234567", "AB1234567") in docs and len(docs) == 2
    assert sorted(t for t, _, _ in changes) == ["identity_document"] * 2 + ["person"] * 3
    assert {actor for _, _, actor in changes} == {"director"} and inserts == 3
    [event] = _import_events(any_gate)
    assert event == {"rows": 3, "created": 3, "duplicates": 0, "errors": 0, "cancelled": False}
    with any_gate.db.read() as s:
        detail = s.scalar(select(AuditEvent.detail).where(AuditEvent.action == "visitors.import"))
    assert "Абдуллаев" not in detail and "abdul" not in detail


def test_duplicates_of_registered_people_and_of_earlier_rows(any_gate, importer, login, tmp_path):
    receptionist = login(Role.RECEPTIONIST)
    desk = VisitorService(any_gate.db, receptionist)
    known = desk.register(NewVisitor(family_name="Абдуллаев", given_name="Рустам", patronymic="Каримович",
                                     sex="M", birth_date=dt.date(1990, 5, 1), citizenship="UZ"))
    by_document = desk.register(NewVisitor(family_name="Saidov", given_name="Bobur", sex="M",
                                           documents=(DocumentIn("passport", "АА 7654321"),)))
    by_phone = desk.register(NewVisitor(family_name="Юсупова", given_name="Дилноза", sex="F",
                                        phone="+7 701 111 22 33"))
    rows = [ENGLISH,
            ["ABDULLAYEV", "RUSTAM", "KARIMOVICH", "", "M", "1990-05-01", "UZ", "", "", ""],   # 2: registered
            ["Abdullaev", "Rustam", "Karimovich", "", "M", "1990-05-02", "UZ", "", "", ""],    # 3: another day
            ["Сайдов", "Бобур", "", "", "M", "", "", "", "AA7654321", ""],                   # 4: same passport
            ["Yusupova", "Dilnoza", "", "", "F", "", "", "87011112233", "", ""],             # 5: phone and name
            ["Юсупов", "Тимур", "", "", "M", "", "", "87011112233", "", ""],                 # 6: her family
            ["Kim", "Olga", "", "", "F", "1979", "KZ", "", "", ""],                          # 7: new
            ["КИМ", "ОЛЬГА", "", "", "Ж", "1979", "Казахстан", "", "", ""],                  # 8: as row 7
            ["Kim", "Olga", "", "", "F", "1979-03-04", "KZ", "", "", ""],                    # 9: 1979 too
            ["Kim", "Olga", "", "", "F", "1979", "RU", "", "", ""]]                          # 10: a Russian
    path = write_csv(tmp_path / "r.csv", rows, delimiter=",")
    report = importer().import_file(path)
    new = dict(report.created_numbers)
    assert sorted(new) == [3, 6, 7, 10]
    assert report.duplicates == [(2, known.number), (4, by_document.number), (5, by_phone.number),
                                 (8, new[7]), (9, new[7])]
    assert len(_people(any_gate)) == 3 + 4
    assert summary(report).startswith("4 row")


def test_another_document_number_is_listed_for_review_and_digits_tell_people_apart(any_gate, importer, login,
                                                                                    tmp_path):
    """Issue 12, item 25: the same name, birth date and citizenship with another
    passport number is a renewed passport or a namesake: registered and listed
    for a person to check, never skipped as "already registered"; names that
    differ only by a number are two people."""
    receptionist = login(Role.RECEPTIONIST)  # opens the database
    desk = VisitorService(any_gate.db, receptionist)
    known = desk.register(NewVisitor(family_name="Тўйчиева", given_name="Мохинур", sex="F",
                                     birth_date=dt.date(1988, 8, 8), citizenship="UZ",
                                     documents=(DocumentIn("passport", "AB1111111"),)))
    rows = [ENGLISH,
            ["Тўйчиева", "Мохинур", "", "", "F", "1988-08-08", "UZ", "", "AB2222222", ""],  # 2: another passport
            ["Тўйчиева", "Мохинур", "", "", "F", "1988-08-08", "UZ", "", "AB1111111", ""],  # 3: the same one
            ["Тўйчиева", "Мохинур", "", "", "F", "1988-08-08", "UZ", "", "", ""],           # 4: no passport
            ["Неизвестный 1", "", "", "", "M", "1990", "AF", "", "", ""],                  # 5
            ["Неизвестный 2", "", "", "", "M", "1990", "AF", "", "", ""],                  # 6: another man
            ["Неизвестный 2", "", "", "", "M", "1990", "AF", "", "", ""]]                  # 7: as row 6
    report = importer().import_file(write_csv(tmp_path / "r.csv", rows, delimiter=","))
    new = dict(report.created_numbers)
    assert sorted(new) == [2, 5, 6]
    assert report.review == [(2, new[2], known.number)]
    assert report.duplicates == [(3, known.number), (4, known.number), (7, new[6])]
    assert "1 imported row" in summary(report)  # with or without the English catalogue
    [event] = _import_events(any_gate)
    assert event["review"] == 1


def test_import_duplicates_are_among_the_desks_candidates(any_gate, importer, login, tmp_path):
    """The import's rule is the strict end of the desk's duplicate check."""
    rng = random.Random(3)
    people = [make_person(rng) for _ in range(40)]
    rows = [ENGLISH] + [[p.family_name, p.given_name, p.patronymic, p.latin_name, p.sex,
                         p.birth_date.isoformat() if p.birth_date else str(p.birth_year), p.citizenship,
                         f"+998 90 {1000000 + i}", f"AC{1000000 + i}", ""] for i, p in enumerate(people)]
    path = write_csv(tmp_path / "r.csv", rows, delimiter=",")
    first = importer().import_file(path)
    assert first.created == 40
    again = importer().import_file(path)
    assert again.created == 0 and len(again.duplicates) == 40
    caseworker = login(Role.CASEWORKER)
    desk = VisitorService(any_gate.db, caseworker)
    for result, (row_no, number) in zip(results_of(path), again.duplicates):
        assert row_no == result.row_no
        assert number in [c.row.number for c in desk.find_duplicates(result.visitor)]


def test_importing_the_same_file_twice_creates_nothing_new(any_gate, login, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [
        ["ФИО", "Туған күні", "Жынысы", "Азаматтығы", "Паспорт"],
        ["Абдуллаев Рустам Каримович", dt.date(1990, 5, 1), "М", "UZ", "AB1234567"],
        ["Ахмад", 1995, "М", "Афганистан", None],
        ["Ким Ольга", None, "Ж", None, None],
        ["Без Даты", "вчера", "М", None, None],
    ])
    caseworker = login(Role.CASEWORKER)
    index = VisitorIndex(any_gate.db)
    index.load()
    first = ImportService(any_gate.db, caseworker, index).import_file(path)
    assert first.created == 3 and [row for row, _ in first.errors] == [5]
    before = _people(any_gate)
    second = ImportService(any_gate.db, caseworker, index).import_file(path)
    assert second.created == 0 and second.duplicates == first.created_numbers
    assert second.errors == first.errors
    assert _people(any_gate).keys() == before.keys()
    assert [e["created"] for e in _import_events(any_gate)] == [3, 0]
    # The shared search index saw the new people as they were created.
    assert [h.row.number for h in index.search("Abdullayev Rustam")][:1] == [first.created_numbers[0][1]]


def test_batches_report_progress_and_stop_between_batches_when_cancelled(any_gate, importer, tmp_path):
    rows = [ENGLISH] + [[f"Family{chr(65 + i)}", "Name", "", "", "F", "", "", "", "", ""] for i in range(7)]
    results = results_of(write_csv(tmp_path / "r.csv", rows, delimiter=","))
    seen = []
    report = importer().import_rows(results, batch_size=3, progress=lambda done, total: seen.append((done, total)),
                                    cancelled=lambda: len(seen) >= 2)
    assert seen == [(3, 7), (6, 7)]
    assert report.cancelled and report.created == 6
    assert len(_people(any_gate)) == 6
    assert _import_events(any_gate) == [{"rows": 7, "created": 6, "duplicates": 0, "errors": 0, "cancelled": True}]
    assert "cancelled" in summary(report)
    rest = importer().import_rows(results, batch_size=3)
    assert rest.created == 1 and len(rest.duplicates) == 6


def test_a_failing_batch_leaves_nothing_of_itself(any_gate, importer, tmp_path, monkeypatch):
    rows = [ENGLISH] + [[f"Family{chr(65 + i)}", "Name", "", "", "M", "", "", "", "", ""] for i in range(4)]
    results = results_of(write_csv(tmp_path / "r.csv", rows, delimiter=","))
    import desktop.services.legacy_import as legacy

    real = legacy.bulk_insert
    batches = []

    def failing(session, model, values):
        if model is IdentityDocument:  # the last write of a batch
            batches.append(len(values))
            if len(batches) == 2:
                raise RuntimeError("the disk went away")
        return real(session, model, values)

    monkeypatch.setattr(legacy, "bulk_insert", failing)
    with pytest.raises(RuntimeError):
        importer().import_rows(results, batch_size=2)
    assert len(_people(any_gate)) == 2


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.COORDINATOR, Role.ADMINISTRATOR])
def test_only_caseworkers_and_directors_import(any_gate, importer, role, tmp_path):
    path = write_csv(tmp_path / "r.csv", RUSSIAN)
    with pytest.raises(PermissionDenied):
        importer(role).import_file(path)
    with pytest.raises(PermissionDenied):
        importer(role).import_rows(results_of(path))
    assert _people(any_gate) == {} and _import_events(any_gate) == []
