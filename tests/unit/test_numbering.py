"""Numbers after a branch is made again from a copy (a backup, HQ's records):
numbering moves past every number the copy or HQ's answer brings, and leaves
room for those the lost computer gave after the copy ended."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop.models import Counter
from desktop.services.numbering import (NUMBERS_RESERVED_AFTER_RESTORE, leave_room, move_past, next_number,
                                        number_parts)
from tests.conftest import ADMIN_PASSWORD


def _counters(gate) -> dict[tuple[str, int], int]:
    with gate.db.read() as s:
        return {(c.kind, c.year): c.value for c in s.scalars(select(Counter))}


def test_the_year_and_number_are_read_from_any_kind_of_number():
    assert number_parts("KZ-ALA-2026-000123") == (2026, 123)
    assert number_parts("KZ-ALA-V-2025-000007") == (2025, 7)
    assert number_parts("KZ-ALA-2026-0001x") is None and number_parts("") is None and number_parts(None) is None


def test_numbering_moves_past_this_branchs_numbers_and_ignores_others(gate):
    gate.log_in("admin", ADMIN_PASSWORD)
    with gate.db.session("admin") as s:
        move_past(s, "person", ["KZ-ALA-2026-000040", "KZ-ALA-2026-000012", "KZ-AST-2026-009999", None, "junk"])
        move_past(s, "volunteer", ["KZ-ALA-V-2026-000031"])
        move_past(s, "letter", ["KZ-ALA-2025-000300"])
    with gate.db.session("admin") as s:
        move_past(s, "person", ["KZ-ALA-2026-000020"])  # never back
        assert next_number(s, kind="person", year=2026) == "KZ-ALA-2026-000041"
    counters = _counters(gate)
    assert counters[("person", 2026)] == 41
    assert counters[("volunteer", 2026)] == 31 and counters[("letter", 2025)] == 300


def test_room_is_left_in_every_counter_for_the_days_since_the_copy(gate):
    gate.log_in("admin", ADMIN_PASSWORD)
    with gate.db.session("admin") as s:
        move_past(s, "person", ["KZ-ALA-2026-000010"])
        move_past(s, "letter", ["KZ-ALA-2026-000004"])
    before = _counters(gate)
    now = dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.timezone.utc)
    with gate.db.session("admin") as s:
        leave_room(s, since=now - dt.timedelta(days=5), now=now)  # three two-day stretches
    after = _counters(gate)
    assert {key: after[key] - value for key, value in before.items()} == \
        {key: 3 * NUMBERS_RESERVED_AFTER_RESTORE for key in before}


def test_a_year_or_kind_with_no_counter_yet_begins_past_the_reserve(gate):
    """A December backup restored in January: the lost computer may have begun
    the new year's numbers, and given letters the backup never saw."""
    gate.log_in("admin", ADMIN_PASSWORD)
    with gate.db.session("admin") as s:
        for counter in s.scalars(select(Counter)):
            s.delete(counter)
    with gate.db.session("admin") as s:
        move_past(s, "person", ["KZ-ALA-2025-000010"])
    made = dt.datetime(2025, 12, 20, 17, 0, tzinfo=dt.timezone.utc)
    now = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.timezone.utc)
    reserve = 8 * NUMBERS_RESERVED_AFTER_RESTORE  # 15.7 days: eight two-day stretches
    with gate.db.session("admin") as s:
        leave_room(s, since=made, now=now)
    assert _counters(gate) == {("person", 2025): 10 + reserve, ("person", 2026): reserve,
                               ("letter", 2025): reserve, ("letter", 2026): reserve,
                               ("volunteer", 2025): reserve, ("volunteer", 2026): reserve}


def test_a_time_without_a_zone_is_taken_as_utc():
    from desktop.services.numbering import numbers_reserved

    now = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.timezone.utc)
    assert numbers_reserved(dt.datetime(2026, 3, 1, 12, 0), now) == 5 * NUMBERS_RESERVED_AFTER_RESTORE
