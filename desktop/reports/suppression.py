"""Small-cell suppression: which figures of a report to withhold so that no
count from 1 to 4 can be read, or worked out, by anyone holding the report.

A report is a set of cells (numbers) tied together by linear equations that
any reader knows: the categories of a table add up to its total, the totals
of tables about the same people are the same number, new and returning people
add up to the people reached, and so on. Withholding the small counts alone
(primary suppression) is not enough: a withheld count in a table whose other
cells and total are shown is its total less the others. So more cells are
withheld (complementary suppression) until

1. no withheld cell is determined by the equations, whatever the withheld
   values (exact linear algebra over the rationals: a withheld cell is
   determined exactly when its unit vector lies in the row space of the
   equations restricted to the withheld cells); and
2. as far as more withheld cells can help, no withheld cell is pinned to one
   value by the equations together with what a reader knows of withheld
   cells: a withheld count is at least 1 (zeros are withheld only as a last
   resort, and then counted as at least 0), a withheld small count is at most
   4 (interval propagation over the equations: "<5" and "<5" with 8 between
   them would be 4 and 4, and with 2 between them 1 and 1). When every cell
   of the equations concerned is withheld already, nothing more can be done
   by withholding; rule 1 always holds.

Complements are chosen as the issue asks: in an equation that holds a
determined (or pinned) cell, the next smallest shown cell, ties included;
other cells before totals (a withheld total hides a figure in every table of
those people), non-zero cells before zeros. Plain Python and exact integer
arithmetic.
"""
from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field, replace

Key = Hashable
INF = math.inf
SMALL = 4  # counts from 1 to this are withheld
WITHHELD = "<5"  # what a withheld figure shows


@dataclass(frozen=True)
class Grid:
    """The cells of a report and what ties them.

    ``equations``: each a mapping cell → coefficient, meaning the sum of
    coefficient × value is zero. ``primary``: the cells that must be withheld.
    ``at_most``: what a reader knows about a withheld cell's value beyond the
    equations (4 for a small count). ``counts``: cells holding whole numbers
    of people (the interval rule applies to them). ``totals``: cells to keep
    shown if at all possible.
    """

    values: Mapping[Key, float]
    equations: tuple[Mapping[Key, int], ...]
    primary: frozenset
    at_most: Mapping[Key, float] = field(default_factory=dict)
    counts: frozenset = frozenset()
    totals: frozenset = frozenset()


def determined(equations: Iterable[Mapping[Key, int]], withheld: Iterable[Key]) -> set:
    """The withheld cells whose value the equations fix, given every shown cell.

    Gauss-Jordan elimination restricted to the withheld cells, exact: rows
    are sparse (cell → integer coefficient) and are combined without
    division (``p·row − a·pivot row``, then divided by the gcd of their
    coefficients), so no rounding can hide or invent a determined cell. A
    cell is fixed exactly when its reduced row holds nothing else. Each
    equation touches a few cells, so sparse rows keep the work to what the
    equations share (an HQ report across twenty branches has thousands of
    cells)."""
    hidden = set(withheld)
    pivots: dict[Key, dict[Key, int]] = {}  # pivot cell → its row, with no other pivot cell in it
    holding: dict[Key, set[Key]] = {}  # cell → the pivot cells whose rows hold it
    for eq in equations:
        row: dict[Key, int] = {}
        for key, coefficient in eq.items():
            if key in hidden and coefficient:
                row[key] = row.get(key, 0) + coefficient
        row = {k: v for k, v in row.items() if v}
        for key in [k for k in row if k in pivots]:
            a = row.get(key)
            if a:
                row = _combine(row, pivots[key][key], pivots[key], a)
        if not row:
            continue
        column = min(row, key=lambda k: (len(holding.get(k, ())), repr(k)))
        for other in list(holding.get(column, ())):
            old = pivots[other]
            new = _combine(old, row[column], row, old[column])
            for k in old:
                if k not in new:
                    holding[k].discard(other)
            for k in new:
                holding.setdefault(k, set()).add(other)
            pivots[other] = new
        pivots[column] = row
        for k in row:
            holding.setdefault(k, set()).add(column)
    return {cell for cell, row in pivots.items() if len(row) == 1}


def _combine(row: dict, p: int, other: dict, a: int) -> dict:
    """p·row − a·other, without the cells that cancel, divided by the gcd."""
    out = {k: p * v for k, v in row.items()}
    for k, v in other.items():
        out[k] = out.get(k, 0) - a * v
    out = {k: v for k, v in out.items() if v}
    g = 0
    for v in out.values():
        g = math.gcd(g, v)
        if g == 1:
            break
    if g > 1:
        out = {k: v // g for k, v in out.items()}
    return out


def bounds(grid: Grid, withheld: set) -> dict[Key, tuple[float, float]]:
    """What a reader can tell of each withheld cell: its lowest and highest
    possible value, from the equations and the known limits, propagated until
    nothing tightens."""
    box: dict[Key, list[float]] = {}
    for key in withheld:
        value = grid.values[key]
        low = 1.0 if (key in grid.counts and value > 0) else 0.0
        box[key] = [low, float(grid.at_most.get(key, INF))]
    relevant = [eq for eq in grid.equations if any(k in withheld for k in eq)]
    for _ in range(200):
        changed = False
        for eq in relevant:
            rest = -sum(c * grid.values[k] for k, c in eq.items() if k not in withheld)
            inside = [(k, c) for k, c in eq.items() if k in withheld]
            # Each term's range, and their sums (infinite ends counted apart,
            # so one term's own part can be taken out of the sum).
            terms = []
            top = bottom = 0.0
            tops = bottoms = 0
            for k, c in inside:
                lo, hi = box[k]
                a, b = c * lo, c * hi
                least, most = min(a, b), max(a, b)
                terms.append((least, most))
                if most == INF:
                    tops += 1
                else:
                    top += most
                if least == -INF:
                    bottoms += 1
                else:
                    bottom += least
            for (key, coefficient), (least, most) in zip(inside, terms):
                # coefficient·x = rest − Σ others; the others' range gives x's.
                others_top = INF if tops - (most == INF) > 0 else top - (0.0 if most == INF else most)
                others_bottom = -INF if bottoms - (least == -INF) > 0 else bottom - (0.0 if least == -INF else least)
                low, high = rest - others_top, rest - others_bottom
                if coefficient < 0:
                    low, high = -high, -low
                low, high = low / abs(coefficient), high / abs(coefficient)
                if key in grid.counts:
                    low = math.ceil(low - 1e-9) if low != -INF else low
                    high = math.floor(high + 1e-9) if high != INF else high
                lo, hi = box[key]
                if low > lo + 1e-9:
                    box[key][0] = low
                    changed = True
                if high < hi - 1e-9:
                    box[key][1] = high
                    changed = True
        if not changed:
            break
    return {k: (lo, hi) for k, (lo, hi) in box.items()}


def pinned(grid: Grid, withheld: set) -> set:
    """Withheld counts the equations and the limits leave one value for."""
    return {key for key, (lo, hi) in bounds(grid, withheld).items() if key in grid.counts and hi - lo < 0.5}



def suppress(grid: Grid) -> frozenset:
    """The cells to withhold: the primary ones and enough complements.

    Cells no equation ties together are protected apart (a report across
    branches is many such parts: each breakdown of needs, the referrals, the
    volunteers), each part withholding what it needs alone; the same cells
    as one pass over all of them, far sooner."""
    parent: dict[Key, Key] = {}

    def root(k: Key) -> Key:
        parent.setdefault(k, k)
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for eq in grid.equations:
        keys = list(eq)
        for a, b in zip(keys, keys[1:]):
            parent[root(a)] = root(b)
    parts: dict[Key, tuple[list, set]] = {}
    for eq in grid.equations:
        parts.setdefault(root(next(iter(eq))), ([], set()))[0].append(eq)
    alone = set()
    for key in grid.primary:
        if key in parent:
            parts.setdefault(root(key), ([], set()))[1].add(key)
        else:
            alone.add(key)
    withheld = set(alone)
    for equations, primary in parts.values():
        if primary:
            withheld |= _suppress(replace(grid, equations=tuple(equations), primary=frozenset(primary)))
    return frozenset(withheld)


def _suppress(grid: Grid) -> frozenset:
    withheld = set(grid.primary)
    by_cell: dict[Key, list[Mapping[Key, int]]] = {}
    for eq in grid.equations:
        for key in eq:
            by_cell.setdefault(key, []).append(eq)
    for _ in range(len(grid.values) + 1):
        solved = determined(grid.equations, withheld)
        bad = solved | pinned(grid, withheld)
        if not bad:
            return frozenset(withheld)
        added = set()
        for key in sorted(bad, key=repr):
            # The equation with the fewest withheld cells is the one giving it away.
            for eq in sorted(by_cell.get(key, ()), key=lambda e: (sum(k in withheld for k in e), repr(sorted(
                    e, key=repr)))):
                added = _complements(grid, eq, withheld)
                if added:
                    break
            if added:
                break
        if not added and solved:
            # Every equation of every exposed cell is withheld whole, yet a
            # chain of equations still solves one: take the smallest shown cell
            # of any equation that holds a withheld cell.
            shown = {k for eq in grid.equations if any(c in withheld for c in eq) for k in eq} - withheld
            added = _smallest(grid, shown)
        if not added:
            # Only the limits pin what is left, in equations withheld whole (a
            # total of 4 over four categories: 1 each, to a reader who takes
            # every "<5" for at least 1). Nothing shown is left to withhold
            # there; no subtraction recovers any of it.
            return frozenset(withheld)
        withheld |= added
    raise AssertionError("small-cell suppression did not settle")


def _complements(grid: Grid, eq: Mapping[Key, int], withheld: set) -> set:
    return _smallest(grid, [k for k in eq if k not in withheld])


def _smallest(grid: Grid, candidates: Iterable[Key]) -> set:
    ranked = {}
    for key in candidates:
        value = grid.values[key]
        ranked[key] = (key in grid.totals, value == 0, value)
    if not ranked:
        return set()
    best = min(ranked.values())
    return {k for k, r in ranked.items() if r == best}
