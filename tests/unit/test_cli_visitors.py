"""``qamqor import-visitors`` and ``qamqor search``: exit codes, printed lines, what lands in the database."""
from __future__ import annotations

import re

import pytest

from desktop import cli

ADMIN_PW = "orchard-lantern"
CASEWORKER_PW = "quiet-meadow-47"
REGISTER = (
    "Фамилия;Имя;Отчество;Дата рождения;Пол;Гражданство;Телефон;Номер паспорта\r\n"
    "Абдуллаев;Рустам;Каримович;01.05.1990;М;Узбекистан;+998 90 123 45 67;AB1234567\r\n"
    "Каримова;Малика;;1985;Ж;Таджикистан;;\r\n"
    ";;;01.01.1990;Ж;UZ;;\r\n"
    "АБДУЛЛАЕВ;РУСТАМ;КАРИМОВИЧ;01.05.1990;М;UZ;;\r\n"
    "Саидов;Бобур;;31.02.1990;М;Атлантида;;\r\n"
)


def run(*args) -> int:
    return cli.main(["--lang", "en", *args])


@pytest.fixture
def branch(monkeypatch, tmp_path, capsys):
    """A branch with a caseworker, who is the one logged in."""
    monkeypatch.setenv("QAMQOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("QAMQOR_USER", "admin")
    monkeypatch.setenv("QAMQOR_PASSWORD", ADMIN_PW)
    monkeypatch.delenv("QAMQOR_DB", raising=False)
    assert run("init", "--branch-code", "KZ-ALA", "--branch-name", "Алматы", "--admin", "admin") == 0
    pwfile = tmp_path / "caseworker.txt"
    pwfile.write_text(CASEWORKER_PW + "\n")
    assert run("users", "add", "caseworker", "--role", "caseworker", "--new-password-file", str(pwfile)) == 0
    monkeypatch.setenv("QAMQOR_USER", "caseworker")
    monkeypatch.setenv("QAMQOR_PASSWORD", CASEWORKER_PW)
    capsys.readouterr()
    return tmp_path


def _register(folder, encoding="cp1251"):
    path = folder / "register.csv"
    path.write_bytes(REGISTER.encode(encoding))
    return path


def test_import_prints_a_summary_and_each_error_and_duplicate(branch, capsys):
    assert run("import-visitors", str(_register(branch))) == 0
    lines = capsys.readouterr().out.splitlines()
    assert re.match(r"2 rows? ?(\(s\))? imported\. 1 duplicates? ?(\(s\))? skipped\. 2 rows? ?(\(s\))? with errors\.",
                    lines[0]), lines[0]
    assert [line.split(":")[0] for line in lines[1:]] == ["Row 4", "Row 5", "Row 6", "Row 6"]
    assert "Фамилия" in lines[1] and "name" in lines[1]
    assert re.fullmatch(r"Row 5: already registered as KZ-ALA-\d{4}-000001", lines[2])
    assert "31.02.1990" in lines[3] and "Атлантида" in lines[4]


def test_importing_again_only_finds_duplicates(branch, capsys):
    path = _register(branch)
    assert run("import-visitors", str(path)) == 0
    capsys.readouterr()
    assert run("import-visitors", str(path)) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("0 row")
    assert sum("already registered" in line for line in out) == 3


def test_a_cyrillic_name_is_found_by_its_latin_spelling(branch, capsys):
    assert run("import-visitors", str(_register(branch, "utf-8-sig"))) == 0
    capsys.readouterr()
    assert run("search", "Abdullayev Rustam") == 0
    lines = capsys.readouterr().out.splitlines()
    number, name, latin, born, citizenship = lines[0].split("\t")
    assert re.fullmatch(r"KZ-ALA-\d{4}-000001", number)
    assert (name, latin, born, citizenship) == ("Абдуллаев Рустам Каримович", "", "1990-05-01", "UZ")
    assert run("search", "Karimova") == 0
    assert capsys.readouterr().out.splitlines()[0].split("\t")[1:] == ["Каримова Малика", "", "1985", "TJ"]


def test_search_with_no_match_prints_nothing_and_succeeds(branch, capsys):
    assert run("search", "Nobody Atall") == 0
    assert capsys.readouterr().out == ""


def test_refusals_exit_1_with_one_line(branch, capsys, monkeypatch, tmp_path):
    assert run("import-visitors", str(tmp_path / "missing.xlsx")) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing.xlsx" in err
    bad = tmp_path / "register.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0")
    assert run("import-visitors", str(bad)) == 1
    assert ".xlsx or .csv" in capsys.readouterr().err
    # The administrator keeps accounts; visitors' records are not theirs to import or search.
    monkeypatch.setenv("QAMQOR_USER", "admin")
    monkeypatch.setenv("QAMQOR_PASSWORD", ADMIN_PW)
    assert run("import-visitors", str(_register(tmp_path))) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Administrator" in err
    assert run("search", "Rustam") == 1
    assert "Administrator" in capsys.readouterr().err


def test_usage_errors_exit_2(branch):
    with pytest.raises(SystemExit) as exc:
        run("search")
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        run("import-visitors")
    assert exc.value.code == 2
