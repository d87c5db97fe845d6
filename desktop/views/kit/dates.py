"""How days, weeks, times and hours read on screen, and Qt's dates to Python's."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale


# -- how times and weeks read -------------------------------------------------------------
def this_week(today: dt.date | None = None) -> tuple[int, int]:
    year, week, _ = (today or dt.date.today()).isocalendar()
    return year, week


def add_weeks(iso_year: int, iso_week: int, n: int) -> tuple[int, int]:
    year, week, _ = (dt.date.fromisocalendar(iso_year, iso_week, 1) + dt.timedelta(weeks=n)).isocalendar()
    return year, week


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def day_and_month(day: dt.date) -> str:
    """"23 Nov" in the interface language."""
    return QLocale().toString(qdate(day), "d MMM")


def week_label(iso_year: int, iso_week: int) -> str:
    """"2026-W48, 23–29 Nov" (the months named in the interface language)."""
    monday = dt.date.fromisocalendar(iso_year, iso_week, 1)
    sunday = monday + dt.timedelta(days=6)
    if monday.month == sunday.month:
        dates = f"{monday.day}–{day_and_month(sunday)}"
    else:
        dates = f"{day_and_month(monday)} – {day_and_month(sunday)}"
    return f"{iso_year}-W{iso_week:02d}, {dates}"


def weekday_and_date(day: dt.date) -> str:
    """"Mon 23 Nov" in the interface language."""
    return f"{QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)} {day_and_month(day)}"


def time_range(starts: dt.datetime, ends: dt.datetime) -> str:
    text = f"{starts:%H:%M}–{ends:%H:%M}"
    return text + " (+1)" if ends.date() > starts.date() else text


def hours_text(minutes: int) -> str:
    return f"{minutes / 60:.2f}".rstrip("0").rstrip(".")
