"""HQ's report across branches: two branches' bundles imported into a
throwaway PostgreSQL, then ``qamqor-hq report``. Each branch's figures at HQ
are the ones the branch counts itself; the total is their sum; small counts
are withheld and none can be worked out from what is shown."""
from __future__ import annotations

import csv
import datetime as dt
import io
import random
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop import hq_cli
from desktop.exchange.keys import generate_hq_keys
from desktop.hq.report import OVERLAPPING, REPORT_TABLES, TOTAL, HqReport, ReportPeriod, report_across_branches
from desktop.models import (Assignment, AuditEvent, Person, Referral, ReferralEvent, ServiceProvider, Shift, Site,
                            Visit, Volunteer)
from desktop.models.journal import bulk_insert
from desktop.services.accounts import BranchGate
from desktop.services.statistics import Period, StatisticsService
from desktop.services.storage import open_postgres
from tests.conftest import ADMIN_PASSWORD, FAST
from tests.integration.test_exchange import Branch, hq_import
from tests.unit.test_statistics import almaty, local  # noqa: F401 (fixture)
from tests.unit.test_suppression import recoverable

pytestmark = pytest.mark.postgres

NOVEMBER = Period.month(2025, 11)
COUNTRIES = ("UZ", "TJ", "KG", "KZ", "AF", "")
STATUSES = ("labour_migrant", "refugee", "citizen", "kandas", "")
NEEDS = ("health", "legal", "shelter", "documents")
SERVICES = ("information", "food_parcel", "cash", "first_aid")
CATEGORIES = ("tb_clinic", "legal_aid", "shelter")


@pytest.fixture(autouse=True)
def _application(qapp):
    return qapp


@pytest.fixture(scope="module")
def hq_keys(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hq") / "keys"
    generate_hq_keys(folder)
    return folder


def populate(gate: BranchGate, code: str, rng: random.Random, people: int) -> None:
    """People who came before and during November 2025, their visits,
    referrals made and completed, and volunteers on shifts."""
    with gate.db.session("admin") as s:
        providers = dict(zip(CATEGORIES, bulk_insert(s, ServiceProvider, [
            dict(name_kk=c, name_ru=c, name_en=c, category=c) for c in CATEGORIES])))
        born = lambda: dt.date(rng.randint(1950, 2024), rng.randint(1, 12), rng.randint(1, 28))  # noqa: E731
        rows = []
        for i in range(people):
            r = rng.random()
            rows.append(dict(number=f"{code}-2025-{i + 1:06d}", family_name=f"Фамилия {i}", given_name="Имя",
                             sex=rng.choice(("F", "M", "M", "")), birth_date=born() if r < 0.7 else None,
                             birth_year=rng.randint(1950, 2020) if 0.7 <= r < 0.9 else None,
                             citizenship=rng.choice(COUNTRIES), migration_status=rng.choice(STATUSES)))
        ids = bulk_insert(s, Person, rows)
        visits, referrals = [], []
        for pid in ids:
            for _ in range(rng.randint(1, 3)):
                month = rng.choice((9, 10, 11, 11, 11))
                visits.append(dict(person_id=pid, visited_at=local(2025, month, rng.randint(1, 30), 10),
                                   staff=rng.choice(("reception", "caseworker")),
                                   needs=",".join(rng.sample(NEEDS, rng.randint(0, 2))),
                                   services=",".join(rng.sample(SERVICES, rng.randint(1, 2)))))
            if rng.random() < 0.4:
                service = rng.choice(CATEGORIES)
                status = rng.choice(("issued", "accepted", "completed", "completed", "declined"))
                issued = local(2025, rng.choice((10, 11)), rng.randint(1, 20), 11)
                referrals.append((dict(person_id=pid, provider_id=providers[service], service=service,
                                       status=status, priority="normal", issued_at=issued,
                                       due_date=issued.date() + dt.timedelta(14),
                                       created_by="caseworker"), issued))
        bulk_insert(s, Visit, visits)
        made = bulk_insert(s, Referral, [row for row, _ in referrals])
        events = []
        for rid, (row, issued) in zip(made, referrals):
            events.append(dict(referral_id=rid, status="issued", at=issued, actor="director"))
            if row["status"] == "completed":
                events.append(dict(referral_id=rid, status="completed", at=issued + dt.timedelta(days=12),
                                   actor="director"))
        bulk_insert(s, ReferralEvent, events)
        volunteers = bulk_insert(s, Volunteer, [
            dict(number=f"{code}-2025-{900 + i:06d}", given_name=f"Волонтёр {i}", sex=rng.choice(("F", "M", "")),
                 birth_date=dt.date(rng.randint(1960, 2009), 6, 1)) for i in range(rng.randint(5, 9))]
            + [dict(number=f"{code}-2025-000999", person_id=ids[0])])  # a former visitor: sex and age from them
        site = bulk_insert(s, Site, [dict(name="Пункт")])[0]
        shifts = bulk_insert(s, Shift, [dict(site_id=site, starts_at=local(2025, 11, d, 9), ends_at=local(2025, 11, d, 14),
                                             headcount=3) for d in (3, 10, 17, 24)])
        bulk_insert(s, Assignment, [
            dict(shift_id=shift, volunteer_id=vid, status="completed", minutes=rng.choice((120, 240, 300)))
            for vid in volunteers for shift in rng.sample(shifts, rng.randint(1, 3))])


@pytest.fixture
def two_branches(almaty, gate, pg_server, hq_keys, tmp_path):  # noqa: F811
    """KZ-ALA (the test branch) and KZ-AST, each with its records, both
    imported at HQ. Returns HQ's URL and each branch's own figures."""
    other = BranchGate(tmp_path / "astana", kdf=FAST)
    other.initialise(branch_code="KZ-AST", branch_name="Астана филиалы", admin_username="admin",
                     admin_display_name="Әкімші", admin_password=ADMIN_PASSWORD)
    url = pg_server.create_fresh_database("hq")
    own = {}
    try:
        for code, branch_gate, seed, people in (("KZ-ALA", gate, 3, 70), ("KZ-AST", other, 4, 25)):
            stick = tmp_path / f"stick-{code}"
            stick.mkdir()
            branch = Branch(branch_gate, hq_keys, stick)  # logs in, so the branch's database is open
            populate(branch_gate, code, random.Random(seed), people)
            assert hq_cli.main(["enrol", "--db", url, str(branch.enrolment)]) == 0
            assert hq_import(url, hq_keys, branch.export()) == 0
            own[code] = StatisticsService(branch_gate.db, branch_gate.log_in("admin", ADMIN_PASSWORD)).figures(NOVEMBER)
    finally:
        other.close()
    return url, own


def hq_report(url: str, *, exact: bool, branches: tuple[str, ...] = ()) -> HqReport:
    db = open_postgres(url)
    try:
        with db.read() as s:
            return report_across_branches(s, ReportPeriod.parse("2025-11"), branches=branches, exact=exact)
    finally:
        db.close()


def test_each_branch_at_hq_has_the_figures_it_counts_itself(two_branches):
    url, own = two_branches
    report = hq_report(url, exact=True)
    assert [code for code, _ in report.branches] == ["KZ-ALA", "KZ-AST"]
    assert dict(report.branches)["KZ-AST"] == "Астана филиалы"
    for indicator, breakdown in REPORT_TABLES:
        table = report.table(indicator, breakdown)
        for code in {*table.codes, *own["KZ-ALA"].table(indicator, breakdown).codes}:
            for branch, figures in own.items():
                assert table.value(branch, code) == pytest.approx(figures.value(indicator, breakdown, code)), \
                    (branch, indicator, breakdown, code)
            assert table.value(TOTAL, code) == pytest.approx(sum(table.value(b, code) for b in own))
    # The test is about something: both branches have people, referrals and volunteers.
    for branch in own:
        for indicator in ("people_reached", "people_returning", "visits", "referrals_made", "referrals_completed",
                          "volunteers_active", "volunteer_hours"):
            assert report.table(indicator).value(branch, TOTAL) > 0, (branch, indicator)


def reader_equations(report: HqReport) -> list[dict]:
    """What a reader of the report knows, written down independently of
    HQ's code: breakdowns that add up to the branch's total, branches that
    add up to the total of all, new and returning people that make the
    people reached."""
    rows = [b for b, _ in report.branches]
    eqs = []
    for t in report.tables:
        for code in t.codes:
            eq = {(b, t.indicator, t.breakdown, code): 1 for b in rows}
            eq[(TOTAL, t.indicator, t.breakdown, code)] = -1
            eqs.append(eq)
        if t.breakdown != "total" and (t.indicator, t.breakdown) not in OVERLAPPING:
            for b in (*rows, TOTAL):
                eq = {(b, t.indicator, t.breakdown, code): 1 for code in t.codes}
                eq[(b, t.indicator, "total", TOTAL)] = -1
                eqs.append(eq)
    for b in (*rows, TOTAL):
        eqs.append({(b, "people_new", "total", TOTAL): 1, (b, "people_returning", "total", TOTAL): 1,
                    (b, "people_reached", "total", TOTAL): -1})
    return eqs


def test_small_counts_are_withheld_and_cannot_be_worked_out(two_branches):
    url, _ = two_branches
    exact, shown = hq_report(url, exact=True), hq_report(url, exact=False)
    seen, truth = {}, {}
    for e, t in zip(exact.tables, shown.tables):
        assert (e.indicator, e.breakdown, e.codes) == (t.indicator, t.breakdown, t.codes)
        for (b, true_values), (_, values) in zip(e.rows, t.rows):
            for code, true_value, value in zip(e.codes, true_values, values):
                key = (b, e.indicator, e.breakdown, code)
                seen[key], truth[key] = value, true_value
    withheld = [k for k, v in seen.items() if v is None]
    assert withheld, "the branches' data has small counts"
    for key, value in seen.items():
        if value is not None:
            assert value == truth[key], key
        elif key[1] != "volunteer_hours":
            assert truth[key] >= 0
    for key, value in truth.items():
        if key[1] != "volunteer_hours" and 0 < value < 5:
            assert seen[key] is None, key
    assert recoverable(reader_equations(shown), sorted(withheld, key=repr)) == set()


def test_the_command_writes_the_workbook_and_the_csv(two_branches, tmp_path, capsys):
    url, own = two_branches
    out = tmp_path / "hq.xlsx"
    assert hq_cli.main(["--lang", "ru", "report", "--db", url, "--period", "2025-11", "--out", str(out)]) == 0
    assert "2025-11" in capsys.readouterr().out
    report = hq_report(url, exact=False)
    book = load_workbook(out, read_only=True)
    totals = [row for row in book.worksheets[0].iter_rows(values_only=True)]
    assert totals[0][0] == "Итоги"
    rows = {row[0]: row[1:] for row in totals[5:8]}
    assert set(rows) == {"Алматы филиалы (KZ-ALA)", "Астана филиалы (KZ-AST)", "Все филиалы"}
    headline = [t for t in report.tables if t.breakdown == "total"]
    for label, code in (("Алматы филиалы (KZ-ALA)", "KZ-ALA"), ("Все филиалы", TOTAL)):
        expected = ["<5" if t.value(code, TOTAL) is None else t.value(code, TOTAL) for t in headline]
        assert list(rows[label][:len(headline)]) == pytest.approx(expected)
    # A sheet a breakdown; what is withheld reads "<5".
    by_sex = next(sheet for sheet in book.worksheets if sheet.title == "Люди по полу")
    cells = [row for row in by_sex.iter_rows(values_only=True)]
    assert cells[4][:4] == ("Филиал", "Женщины", "Мужчины", "Неизвестно")
    sex = report.table("people_reached", "sex")
    for row in cells[5:8]:
        code = "KZ-ALA" if "KZ-ALA" in row[0] else "KZ-AST" if "KZ-AST" in row[0] else TOTAL
        assert list(row[1:4]) == ["<5" if v is None else v for v in (sex.value(code, c) for c in ("F", "M", "unknown"))]

    out_csv = tmp_path / "hq.csv"
    assert hq_cli.main(["report", "--db", url, "--period", "2025-11", "--branch", "kz-ast", "--out",
                        str(out_csv)]) == 0
    lines = list(csv.reader(io.StringIO(out_csv.read_text("utf-8"))))
    assert lines[0] == ["branch", "indicator", "breakdown", "category", "value"]
    assert {line[0] for line in lines[1:]} == {"KZ-AST", "total"}
    # One branch: its rows and the total's are the same, withheld alike.
    alone = hq_report(url, exact=False, branches=("KZ-AST",))
    for branch, indicator, breakdown, category, value in lines[1:]:
        shown = alone.table(indicator, breakdown).value(branch, category)
        assert value == ("<5" if shown is None else f"{shown:g}"), (branch, indicator, breakdown, category)
    assert len(lines) - 1 == 2 * sum(len(t.codes) for t in alone.tables)
    exact = hq_report(url, exact=True, branches=("KZ-AST",))
    assert exact.table("people_reached").value("KZ-AST", TOTAL) == own["KZ-AST"].value("people_reached")


def test_exact_figures_are_recorded_and_wrong_requests_refused(two_branches, tmp_path, capsys):
    url, _ = two_branches
    out = tmp_path / "exact.csv"
    assert hq_cli.main(["--lang", "en", "report", "--db", url, "--period", "2025-Q4", "--out", str(out), "--exact",
                        "--by", "Analyst"]) == 0
    assert "(exact figures)" in capsys.readouterr().out
    assert "<5" not in out.read_text("utf-8")
    db = open_postgres(url)
    try:
        with db.read() as s:
            events = s.execute(select(AuditEvent).where(AuditEvent.action == "hq.report.exact")).scalars().all()
            assert [(e.actor, e.detail) for e in events] == [
                ("Analyst", '{"branches":["KZ-ALA","KZ-AST"],"period":"2025-Q4"}')]
    finally:
        db.close()
    for argv, message in (
            (["--period", "2025-11", "--branch", "KZ-XXX", "--out", str(tmp_path / "a.csv")],
             "Branch KZ-XXX is not enrolled at HQ."),
            (["--period", "November", "--out", str(tmp_path / "b.csv")], "There is no period November"),
            (["--period", "2025-11", "--out", str(tmp_path / "c.pdf")], "not c.pdf")):
        assert hq_cli.main(["--lang", "en", "report", "--db", url, *argv]) == 1
        assert message in capsys.readouterr().err
        assert not list(tmp_path.glob("[abc].*"))
