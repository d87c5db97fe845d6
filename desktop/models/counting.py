"""How the records are counted, in SQL both a branch and HQ use: the age
bands, sex as counted, a code in a comma-separated list. The branch's
statistics (services/statistics.py) and HQ's report across branches
(hq/report.py) build their queries from these, so a figure means the same
at both ends.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import String, case, literal

UNKNOWN = "unknown"
SEXES = ("F", "M", UNKNOWN)
DEFAULT_AGE_BANDS = (0, 5, 12, 18, 60)
# IFRC FDRS volunteer age bands (lower bounds); under 6 is "unknown" (a mistyped date).
FDRS_AGE_BANDS = (6, 13, 18, 30, 40, 50, 60, 70, 80)
ACTIVE_MINUTES = 8 * 60  # a volunteer with this much credited time in a period is active


def years_before(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` earlier; 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def band_codes(lower: tuple[int, ...]) -> tuple[str, ...]:
    """"0-4", "5-11", …, "60+", "unknown" for the lower bounds (0, 5, …, 60)."""
    out = [f"{lo}-{hi - 1}" for lo, hi in zip(lower, lower[1:])]
    return (*out, f"{lower[-1]}+", UNKNOWN)


def age_band_expression(lower: tuple[int, ...], birth_date, birth_year, on: dt.date):
    """SQL for the age band on day ``on``, from a birth date or else an
    estimated birth year; computed from cut-off dates, so both engines agree."""
    codes = band_codes(lower)
    by_date = case(
        (birth_date > on, UNKNOWN),
        *[(birth_date <= years_before(on, lo), code) for lo, code in reversed(list(zip(lower, codes)))],
        else_=UNKNOWN)
    by_year = case(
        (birth_year > on.year, UNKNOWN),
        *[(birth_year <= on.year - lo, code) for lo, code in reversed(list(zip(lower, codes)))],
        else_=UNKNOWN)
    return case((birth_date.is_not(None), by_date), (birth_year.is_not(None), by_year), else_=UNKNOWN)


def sex_expression(column):
    return case((column.in_(("F", "M")), column), else_=UNKNOWN)


def has_code(column, code: str):
    """A comma-separated list of codes holds ``code`` (the same LIKE on both engines)."""
    return (literal(",", String) + column + literal(",", String)).like(f"%,{code},%")
