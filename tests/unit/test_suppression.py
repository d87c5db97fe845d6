"""Small-cell suppression: for every suppressed report built here, a reader
holding it tries to work each withheld figure out of the others — solving the
equations any reader knows (each table's categories add up to its total,
totals of the same people agree, new and returning people make the people
reached, the months' bars add up to the period) — and must fail.

The attack is written here on its own, from the published report only (the
CSV and the report's tables), with its own linear algebra (a rank test), not
the one the suppression uses."""
from __future__ import annotations

import csv
import datetime as dt
import io
import random
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.errors import PermissionDenied
from desktop.models import AuditEvent, Role

from desktop.services.statistics import (FDRS_AGE_BANDS, SEXES, UNKNOWN, AgeBands, Figures, Filters, MonthBar,
                                         Period, Table)
from desktop.services.statistics_report import WITHHELD, build_report, csv_bytes
from desktop.reports.suppression import Grid, bounds, suppress
from tests.unit.test_statistics import NOVEMBER, TODAY, almaty, branch  # noqa: F401 (fixtures)

# What a reader knows about the report's tables: which breakdowns add up.
ADDS_UP = {
    "people_reached": ("sex", "age_band", "citizenship", "migration_status"),
    "referrals_made": ("service", "status"),
    "referrals_completed": ("service",),
    "volunteers_active": ("sex", "volunteer_age_band"),
    "volunteer_hours": ("sex", "volunteer_age_band"),
}
ADDITIVE = ("visits", "referrals_made", "referrals_completed", "volunteer_hours")


def rank(rows: list[list[Fraction]]) -> int:
    rows = [r[:] for r in rows if any(r)]
    n = 0
    width = len(rows[0]) if rows else 0
    for c in range(width):
        pivot = next((i for i in range(n, len(rows)) if rows[i][c] != 0), None)
        if pivot is None:
            continue
        rows[n], rows[pivot] = rows[pivot], rows[n]
        for i in range(n + 1, len(rows)):
            if rows[i][c] != 0:
                f = rows[i][c] / rows[n][c]
                rows[i] = [a - f * b for a, b in zip(rows[i], rows[n])]
        n += 1
    return n


def recoverable(equations: list[dict], unknown: list) -> set:
    """The unknowns the equations fix: x is fixed exactly when adding the row
    "x" to the system's unknown part does not raise its rank. Unknowns that
    share no equation are solved apart (the same answer, far sooner)."""
    parent = {k: k for k in unknown}

    def root(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for eq in equations:
        inside = [k for k in eq if k in parent]
        for a, b in zip(inside, inside[1:]):
            parent[root(a)] = root(b)
    groups: dict = {}
    for k in unknown:
        groups.setdefault(root(k), []).append(k)
    out = set()
    for group in groups.values():
        members = set(group)
        out |= _recoverable([eq for eq in equations if any(k in members for k in eq)], group)
    return out


def _recoverable(equations: list[dict], unknown: list) -> set:
    index = {k: i for i, k in enumerate(unknown)}
    rows = []
    for eq in equations:
        row = [Fraction(0)] * len(unknown)
        for key, c in eq.items():
            if key in index:
                row[index[key]] += c
        rows.append(row)
    base = rank(rows)
    out = set()
    for key in unknown:
        unit = [Fraction(0)] * len(unknown)
        unit[index[key]] = Fraction(1)
        if rank(rows + [unit]) == base:
            out.add(key)
    return out


def published(report) -> dict:
    """Every figure of the report as a reader sees it: a number, or None when "<5"."""
    out = {}
    for name, section in report.sections():
        for table in section.tables:
            for cell in table.cells:
                out[(name, table.indicator, table.breakdown, cell.category)] = cell.value
    for bar in report.months:
        for indicator, value in bar.values:
            out[("bars", indicator, bar.month.isoformat())] = value
    return out


def reader_equations(report) -> list[dict]:
    """The equations a reader of this report can write down."""
    eqs = []
    for name, section in report.sections():
        for table in section.tables:
            if table.breakdown in ADDS_UP.get(table.indicator, ()):
                eq = {(name, table.indicator, table.breakdown, c.category): 1 for c in table.cells}
                eq[(name, table.indicator, "total", "total")] = -1
                eqs.append(eq)
        if section.table("people_new"):
            eqs.append({(name, "people_new", "total", "total"): 1, (name, "people_returning", "total", "total"): 1,
                        (name, "people_reached", "total", "total"): -1})
        months = [b for b in report.months if section.period.first <= b.month <= section.period.last]
        whole = months and months[0].month == section.period.first and (
            section.period.kind == "month" and len(months) == 1 or
            section.period.kind == "quarter" and len(months) == 3 or section.period.kind == "year" and len(months) == 12)
        if whole:
            for indicator in ("people_reached", *ADDITIVE):
                if indicator == "people_reached" and len(months) != 1:
                    continue
                if section.table(indicator) is None:
                    continue
                eq = {("bars", indicator, b.month.isoformat()): 1 for b in months}
                eq[(name, indicator, "total", "total")] = -1
                eqs.append(eq)
    return eqs


def attack(report) -> set:
    """The withheld figures a reader recovers by subtraction (none, we hope)."""
    seen = published(report)
    unknown = sorted((k for k, v in seen.items() if v is None), key=repr)
    return recoverable(reader_equations(report), unknown)


def check_report(report, truth: dict) -> None:
    seen = published(report)
    # Shown figures are the true ones; small counts are never shown.
    for key, value in seen.items():
        if value is not None:
            assert value == truth[key], key
    for key, value in truth.items():
        if key[:2] != ("bars", "volunteer_hours") and key[1] != "volunteer_hours" and 0 < value < 5:
            assert seen[key] is None, key
    assert attack(report) == set()
    # The CSV says the same as the report's current period.
    rows = list(csv.reader(io.StringIO(csv_bytes(report).decode("utf-8"))))
    assert rows[0] == ["indicator", "breakdown", "category", "value"]
    for indicator, breakdown, category, value in rows[1:]:
        shown = seen[("current", indicator, breakdown, category)]
        assert value == (WITHHELD if shown is None else f"{shown:g}")


# -- reports made from random people -----------------------------------------------------------
AGES = AgeBands((0, 5, 12, 18, 60))
COUNTRIES = ("UZ", "TJ", "KG", UNKNOWN)
STATUSES = ("labour_migrant", "refugee", UNKNOWN)
SERVICES = ("tb_clinic", "legal_aid", "shelter")
REFERRAL_STATES = ("issued", "accepted", "completed", "declined")
FDRS = AgeBands(FDRS_AGE_BANDS)


def marginal(records, pick, codes) -> tuple:
    counts = {c: 0 for c in codes}
    for r in records:
        counts[pick(r)] += 1
    return tuple(counts.items())


def figures(rng: random.Random, period: Period, scale: int) -> tuple[Figures, dict]:
    people = [(rng.choice(SEXES), rng.choice(AGES.codes), rng.choice(COUNTRIES), rng.choice(STATUSES),
               rng.random() < 0.4) for _ in range(rng.randint(0, scale))]
    visits = len(people) + rng.randint(0, scale)
    made = [(rng.choice(SERVICES), rng.choice(REFERRAL_STATES)) for _ in range(rng.randint(0, scale // 2))]
    done = [rng.choice(SERVICES) for _ in range(rng.randint(0, scale // 3))]
    crew = [(rng.choice(SEXES), rng.choice(FDRS.codes), rng.choice((120, 240, 480, 600, 900)))
            for _ in range(rng.randint(0, scale // 3))]
    active = [v for v in crew if v[2] >= 480]
    returning = sum(1 for p in people if p[4])

    def hours(pick, codes):
        sums = {c: 0.0 for c in codes}
        support = {c: 0 for c in codes}
        for v in crew:
            sums[pick(v)] += v[2] / 60
            support[pick(v)] += 1
        return tuple(sums.items()), tuple(support[c] for c in codes)

    by_sex, sex_support = hours(lambda v: v[0], SEXES)
    by_age, age_support = hours(lambda v: v[1], FDRS.codes)
    tables = (
        Table("people_reached", "total", (("total", len(people)),)),
        Table("people_reached", "sex", marginal(people, lambda p: p[0], SEXES)),
        Table("people_reached", "age_band", marginal(people, lambda p: p[1], AGES.codes)),
        Table("people_reached", "citizenship", marginal(people, lambda p: p[2], COUNTRIES)),
        Table("people_reached", "migration_status", marginal(people, lambda p: p[3], STATUSES)),
        Table("people_reached", "service", (("information", rng.randint(0, len(people))),), partition=False),
        Table("people_new", "total", (("total", len(people) - returning),)),
        Table("people_returning", "total", (("total", returning),)),
        Table("visits", "total", (("total", visits),)),
        Table("visits", "need", (("legal", rng.randint(0, visits)), ("health", rng.randint(0, visits))),
              partition=False),
        Table("referrals_made", "total", (("total", len(made)),)),
        Table("referrals_made", "service", marginal(made, lambda m: m[0], SERVICES)),
        Table("referrals_made", "status", marginal(made, lambda m: m[1], REFERRAL_STATES)),
        Table("referrals_completed", "total", (("total", len(done)),)),
        Table("referrals_completed", "service", marginal(done, lambda d: d, SERVICES)),
        Table("volunteers_active", "total", (("total", len(active)),)),
        Table("volunteers_active", "sex", marginal(active, lambda v: v[0], SEXES)),
        Table("volunteers_active", "volunteer_age_band", marginal(active, lambda v: v[1], FDRS.codes)),
        Table("volunteer_hours", "total", (("total", sum(v[2] for v in crew) / 60),), support=(len(crew),)),
        Table("volunteer_hours", "sex", by_sex, support=sex_support),
        Table("volunteer_hours", "volunteer_age_band", by_age, support=age_support),
    )
    result = Figures(period, Filters(), ("people", "referrals", "volunteers"), tables)
    return result, {(t.indicator, t.breakdown, c): v for t in tables for c, v in t.cells}


def random_report(seed: int, scale: int, kind: str):
    rng = random.Random(seed)
    period = Period.month(2026, 11) if kind == "month" else Period.quarter(2026, 4) if kind == "quarter" else \
        Period.year(2026)
    sections, truth = {}, {}
    periods = {"current": period, "previous": period.previous()}
    if period.year_before() != period.previous():
        periods["year_before"] = period.year_before()
    for name, p in periods.items():
        sections[name], cells = figures(rng, p, scale)
        truth.update({(name, *k): v for k, v in cells.items()})
    firsts = [dt.date(2025, 11, 1)]
    while len(firsts) < 13:
        firsts.append((firsts[-1] + dt.timedelta(days=32)).replace(day=1))
    bars = []
    for month in firsts:
        values = {i: rng.randint(0, scale) for i in ("people_reached", "visits", "referrals_made",
                                                     "referrals_completed")}
        values["volunteer_hours"] = float(rng.choice((0, 2, 3, 8, 40)))
        bars.append(values)
    # The bars inside a period add up to it (and a month's people bar is the month's people).
    for name, p in periods.items():
        inside = [i for i, m in enumerate(firsts) if p.first <= m <= p.last]
        count = {"month": 1, "quarter": 3, "year": 12}[p.kind]
        if len(inside) != count:
            continue
        for indicator in ("visits", "referrals_made", "referrals_completed", "volunteer_hours"):
            total = truth[(name, indicator, "total", "total")]
            share = [0] * count
            for _ in range(int(total)):
                share[rng.randrange(count)] += 1
            share[0] += total - int(total)
            for i, v in zip(inside, share):
                bars[i][indicator] = v
        if count == 1:
            bars[inside[0]]["people_reached"] = truth[(name, "people_reached", "total", "total")]
    months = tuple(MonthBar(m, b["people_reached"], b["visits"], b["referrals_made"], b["referrals_completed"],
                            b["volunteer_hours"]) for m, b in zip(firsts, bars))
    truth.update({("bars", i, m.isoformat()): b[i] for m, b in zip(firsts, bars) for i in b})
    report = build_report(sections, months, branch_code="KZ-ALA", branch_name="Алматы", exact=False,
                          filters=Filters(), made_on=dt.date(2026, 12, 15))
    return report, truth


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10 ** 9), scale=st.sampled_from((3, 8, 15, 40)),
       kind=st.sampled_from(("month", "quarter", "year")))
def test_no_withheld_figure_of_a_random_report_can_be_worked_out(seed, scale, kind):
    report, truth = random_report(seed, scale, kind)
    check_report(report, truth)


def test_exact_reports_withhold_nothing():
    rng = random.Random(4)
    current, _ = figures(rng, Period.month(2026, 11), 6)
    previous, _ = figures(rng, Period.month(2026, 10), 6)
    report = build_report({"current": current, "previous": previous}, (), branch_code="KZ-ALA",
                          branch_name="Алматы", exact=True, filters=Filters(), made_on=dt.date(2026, 12, 1))
    assert all(v is not None for v in published(report).values())
    assert "<5" not in csv_bytes(report).decode()
    assert "Do not send" in report.note("en")[-1]


# -- the rule itself, on small tables a person can check --------------------------------------------
def table_grid(cells: dict, total: int) -> Grid:
    values = {**cells, "T": total}
    return Grid(values, ({**{k: 1 for k in cells}, "T": -1},),
                frozenset(k for k, v in values.items() if 0 < v <= 4),
                {k: 4 for k, v in values.items() if 0 < v <= 4}, frozenset(values), frozenset({"T"}))


def test_one_small_count_takes_the_next_smallest_with_it():
    # F 2, M 30, unknown 9: F withheld, and unknown (the next smallest) with it; the total stays.
    assert suppress(table_grid({"F": 2, "M": 30, "U": 9}, 41)) == {"F", "U"}


def test_ties_go_together():
    assert suppress(table_grid({"a": 3, "b": 7, "c": 7, "d": 20}, 37)) == {"a", "b", "c"}


def test_two_fours_are_not_left_to_be_worked_out():
    # "<5" and "<5" adding up to 8 can only be 4 and 4: a third figure goes too.
    grid = table_grid({"F": 4, "M": 4, "U": 0, "X": 9}, 17)
    withheld = suppress(grid)
    assert {"F", "M"} < withheld
    assert all(hi - lo >= 1 for lo, hi in bounds(grid, set(withheld)).values())


def test_two_ones_are_not_left_to_be_worked_out():
    # Withheld, 1 and 1 with 2 between them could only be 1 and 1.
    grid = table_grid({"F": 1, "M": 1, "U": 20}, 22)
    withheld = suppress(grid)
    assert withheld == {"F", "M", "U"}


def test_a_zero_goes_before_a_total():
    grid = table_grid({"F": 4, "M": 4, "U": 0}, 8)
    assert suppress(grid) == {"F", "M", "U"}


def test_a_total_goes_only_when_nothing_else_can_and_then_everywhere():
    # F and M are 4 and 4 (8 between them); only the total can hide them, and
    # the total is also the one age group's figure, which must go too.
    values = {"F": 4, "M": 4, "T": 8, "age": 8}
    grid = Grid(values, ({"F": 1, "M": 1, "T": -1}, {"age": 1, "T": -1}), frozenset({"F", "M"}),
                {"F": 4, "M": 4}, frozenset(values), frozenset({"T"}))
    withheld = suppress(grid)
    assert withheld == {"F", "M", "T", "age"}
    assert recoverable(list(grid.equations), sorted(withheld)) == set()


# -- the report of a branch counted by hand ------------------------------------------------------------
def _save_report(branch, role, path, **options):
    from desktop.services.documents import FILE, DocumentService

    documents = DocumentService(branch.gate.db, branch.login(role))
    document = documents.report_csv(NOVEMBER, **options)
    path.write_bytes(document.content)
    documents.delivered(document, to=FILE)
    return document


def test_the_report_of_a_real_branch_withholds_its_small_counts(branch, tmp_path):
    from desktop.services.statistics import StatisticsService
    from desktop.services.statistics_report import ReportService

    document = _save_report(branch, Role.DIRECTOR, tmp_path / "nov.csv")
    assert document.file_name == "KZ-ALA-2026-11.csv" and document.media_type == "text/csv"
    rows = list(csv.reader(io.StringIO((tmp_path / "nov.csv").read_text("utf-8"))))
    assert rows[0] == ["indicator", "breakdown", "category", "value"]
    values = {tuple(r[:3]): r[3] for r in rows[1:]}
    # Five people, three referrals, two volunteers: every one of them under five.
    assert values[("people_reached", "total", "total")] == "5"
    assert values[("people_reached", "sex", "F")] == WITHHELD and values[("people_reached", "sex", "M")] == WITHHELD
    assert values[("referrals_made", "total", "total")] == WITHHELD
    assert values[("volunteers_active", "total", "total")] == WITHHELD
    assert values[("people_reached", "sex", "unknown")] == WITHHELD  # 1
    assert values[("people_reached", "age_band", "0-4")] == "0"
    assert {r[0] for r in rows[1:]} == {"people_reached", "people_new", "people_returning", "visits", "referrals_made",
                                       "referrals_completed", "volunteers_active", "volunteer_hours"}
    report = ReportService(StatisticsService(branch.gate.db, branch.login(Role.DIRECTOR))).report(
        NOVEMBER, today=TODAY)
    assert csv_bytes(report) == document.content
    assert attack(report) == set()
    with branch.gate.db.read() as s:
        events = s.execute(select(AuditEvent.action, AuditEvent.detail).where(
            AuditEvent.action.in_(("document.save", "report.exact")))).all()
    assert [a for a, _ in events] == ["document.save"] and '"kind":"report"' in events[0][1]


def test_exact_figures_are_a_recorded_choice(branch, tmp_path):
    from desktop.services.documents import DocumentService

    _save_report(branch, Role.DIRECTOR, tmp_path / "exact.csv", exact=True)
    text = (tmp_path / "exact.csv").read_text("utf-8")
    assert "<5" not in text and "people_reached,sex,F,2\n" in text
    with branch.gate.db.read() as s:
        events = s.execute(select(AuditEvent.action, AuditEvent.actor).where(
            AuditEvent.action.in_(("document.save", "report.exact"))).order_by(AuditEvent.seq)).all()
    assert [tuple(e) for e in events] == [("report.exact", "director"), ("document.save", "director")]
    with pytest.raises(PermissionDenied):
        DocumentService(branch.gate.db, branch.login(Role.CASEWORKER)).report_csv(NOVEMBER)
