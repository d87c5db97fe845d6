"""``qamqor report``: the long CSV from the command line, and what it says
about periods it cannot report."""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import subprocess

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop import cli
from desktop.models import AuditEvent, Role
from desktop.services.accounts import BranchGate
from desktop.services.visitors import NewVisitor, VisitorService
from tests.conftest import FAST, STAFF, STAFF_PASSWORD


@pytest.fixture
def env(monkeypatch, branch_dir):
    """Seven people who came in November 2026, one of them twice."""
    gate = BranchGate(branch_dir, kdf=FAST)
    reception = gate.log_in(STAFF[Role.RECEPTIONIST], STAFF_PASSWORD)  # opens the database
    desk = VisitorService(gate.db, reception)
    for i in range(7):
        person = desk.register(NewVisitor(family_name=f"Каримов{i}", given_name="Рустам", sex="M" if i else "F",
                                          birth_year=1990, citizenship="UZ"))
        desk.log_visit(person.person_id, at=dt.datetime(2026, 11, 10 + i, 9, tzinfo=dt.timezone.utc),
                       needs=("legal",))
        if i == 3:
            desk.log_visit(person.person_id, at=dt.datetime(2026, 11, 25, 9, tzinfo=dt.timezone.utc))
    gate.close()
    monkeypatch.setenv("QAMQOR_DATA_DIR", str(branch_dir))
    monkeypatch.setenv("QAMQOR_USER", STAFF[Role.DIRECTOR])
    monkeypatch.setenv("QAMQOR_PASSWORD", STAFF_PASSWORD)
    monkeypatch.delenv("QAMQOR_DB", raising=False)
    return branch_dir


def rows_of(path) -> dict:
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8"))))
    assert rows[0] == ["indicator", "breakdown", "category", "value"]
    return {tuple(r[:3]): r[3] for r in rows[1:]}


def test_a_month_to_csv_with_small_counts_withheld(env, tmp_path, capsys):
    out = tmp_path / "out" / "2026-11.csv"
    assert cli.main(["--lang", "en", "report", "--period", "2026-11", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == (
        f"The report for 2026-11 was written to {out} (small counts withheld as <5).")
    values = rows_of(out)
    assert values[("people_reached", "total", "total")] == "7"
    assert values[("visits", "total", "total")] == "8"
    assert values[("people_reached", "sex", "M")] == "<5" and values[("people_reached", "sex", "F")] == "<5"
    assert values[("people_reached", "citizenship", "UZ")] == "7"
    assert values[("visits", "need", "legal")] == "7"
    assert [p.name for p in out.parent.iterdir()] == ["2026-11.csv"]  # no temporary file left beside it


def test_exact_figures_from_a_range_are_audited(env, tmp_path, capsys):
    out = tmp_path / "exact.csv"
    assert cli.main(["--lang", "en", "report", "--from", "01.11.2026", "--to", "2026-11-30", "--exact",
                     "--out", str(out)]) == 0
    assert "(exact figures)" in capsys.readouterr().out
    values = rows_of(out)
    assert (values[("people_reached", "sex", "F")], values[("people_reached", "sex", "M")]) == ("1", "6")
    gate = BranchGate(env, kdf=FAST)
    gate.log_in(STAFF[Role.DIRECTOR], STAFF_PASSWORD)
    with gate.db.read() as s:
        assert "report.exact" in s.execute(select(AuditEvent.action)).scalars().all()
    gate.close()


@pytest.mark.parametrize("args, message", [
    (["--period", "2026-13"], "There is no period 2026-13"),
    (["--from", "30.11.2026", "--to", "01.11.2026"], "ends (01.11.2026) before it starts (30.11.2026)"),
    (["--period", "2099"], "The period 2099 has not begun yet"),
])
def test_periods_that_cannot_be_reported_are_refused_in_one_line(env, tmp_path, capsys, args, message):
    assert cli.main(["--lang", "en", "report", *args, "--out", str(tmp_path / "r.csv")]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "r.csv").exists()


def test_a_period_before_the_first_record_gives_zeros_and_says_so(env, tmp_path, capsys):
    out = tmp_path / "old.csv"
    assert cli.main(["--lang", "en", "report", "--period", "2019", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "records begin on" in printed and "the figures are zeros" in printed
    assert rows_of(out)[("people_reached", "total", "total")] == "0"


def test_the_report_as_pdf_and_as_a_workbook_in_the_language_asked_for(env, tmp_path, capsys):
    pdf, xlsx = tmp_path / "out" / "2026-11.pdf", tmp_path / "out" / "2026-11.xlsx"
    assert cli.main(["--lang", "en", "report", "--period", "2026-11", "--lang", "ru", "--out", str(pdf)]) == 0
    assert capsys.readouterr().out.strip() == (
        f"The report for 2026-11 was written to {pdf} (small counts withheld as <5).")
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "ПОКАЗАТЕЛИ ФИЛИАЛА" in text and "Ноябрь 2026" in text
        assert re.search(r"^\s*Охвачено людей\s+7\s+0\s+0\s*$", text, re.M)
    assert cli.main(["report", "--period", "2026-11", "--lang", "kk", "--exact", "--out", str(xlsx)]) == 0
    book = load_workbook(xlsx)
    assert book.sheetnames[0] == "Жиынтық"
    totals = {r[0]: r[1:4] for r in book.worksheets[0].iter_rows(values_only=True) if r[0]}
    assert totals["Қамтылған адамдар"] == (7, 0, 0) and totals["Келулер"] == (8, 0, 0)
    # Each written in one step: nothing beside them but themselves.
    assert sorted(p.name for p in pdf.parent.iterdir()) == ["2026-11.pdf", "2026-11.xlsx"]


def test_other_files_are_usage_errors(env, tmp_path, capsys):
    assert cli.main(["--lang", "en", "report", "--period", "2026-11", "--out", str(tmp_path / "r.txt")]) == 2
    assert ".pdf, .xlsx or .csv file" in capsys.readouterr().err
    assert cli.main(["--lang", "en", "report", "--from", "01.11.2026", "--out", str(tmp_path / "r.csv")]) == 2
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--lang", "en", "report", "--period", "2026-11", "--lang", "de", "--out", str(tmp_path / "r.pdf")])
    assert exit_.value.code == 2
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("r.")]


def test_only_directors_and_administrators_write_reports(env, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("QAMQOR_USER", STAFF[Role.CASEWORKER])
    assert cli.main(["--lang", "en", "report", "--period", "2026-11", "--out", str(tmp_path / "r.csv")]) == 1
    assert "may not do this" in capsys.readouterr().err
    assert not (tmp_path / "r.csv").exists()
