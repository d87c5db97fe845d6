"""Which backups to keep: borg's pruning rules, and a limit of age.

The rules are borg's (``borg prune --keep-daily 7 --keep-weekly 4
--keep-monthly 12``): going from the newest backup back, each rule keeps the
newest backup of each day (week, month) until it has kept its number; a
backup a finer rule already kept does not count for a coarser one, so the
weekly ones reach back beyond the seven days. When a rule runs out of
backups before its number, it keeps the oldest one too.

``max_age`` is the branch's retention period: a person erased or anonymised
leaves every copy within a known time, because no backup older than that is
kept, whatever the rules say. Without it the rules alone decide.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class RotationPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    max_age: dt.timedelta | None = None

    def with_retention(self, months: int | None) -> "RotationPolicy":
        """The same rules, and nothing older than ``months`` (the retention setting)."""
        if months is None:
            return RotationPolicy(self.daily, self.weekly, self.monthly, None)
        return RotationPolicy(self.daily, self.weekly, self.monthly, dt.timedelta(days=round(months * 30.4375)))


def _day(t: dt.datetime) -> tuple:
    return (t.year, t.month, t.day)


def _week(t: dt.datetime) -> tuple:
    year, week, _ = t.isocalendar()
    return (year, week)


def _month(t: dt.datetime) -> tuple:
    return (t.year, t.month)


def to_keep(items: Sequence[T], when: Callable[[T], dt.datetime], policy: RotationPolicy, *,
            now: dt.datetime) -> tuple[list[T], dict[int, str]]:
    """The items to keep, and why each is kept (by position in ``items``):
    "daily 3" is the third kept by the daily rule. Times are compared in the
    local time of ``when`` (a person's day ends at their midnight)."""
    order = sorted(range(len(items)), key=lambda i: when(items[i]), reverse=True)
    if policy.max_age is not None:
        order = [i for i in order if now - when(items[i]) <= policy.max_age]
    kept: dict[int, str] = {}
    for rule, count, period in (("daily", policy.daily, _day), ("weekly", policy.weekly, _week),
                                ("monthly", policy.monthly, _month)):
        if count <= 0:
            continue
        last = None
        taken = 0
        for i in order:
            p = period(when(items[i]))
            if p == last:
                continue
            last = p
            if i in kept:
                continue
            taken += 1
            kept[i] = f"{rule} {taken}"
            if taken == count:
                break
        else:
            # Not enough periods yet: borg keeps the oldest one as well.
            if order and order[-1] not in kept and taken < count:
                kept[order[-1]] = f"{rule} oldest"
    return [items[i] for i in sorted(kept)], kept
