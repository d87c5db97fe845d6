"""The shift rules over plain data, one by one and against simple oracles
(hypothesis): what a coordinator is warned about, and only that."""
from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.services.shift_rules import (Booking, Certificate, Colleague, Limits, Need, ShiftFacts, VolunteerFacts,
                                          Window, capabilities, check, credited_minutes, day_pieces, decode_needs,
                                          encode_needs, fill_needs, is_night)

MONDAY = dt.datetime(2026, 11, 30)  # an ISO week starts here
ADULT = VolunteerFacts("v", "Анна Иванова", birth_date=dt.date(1990, 5, 1))
TRAININGS = frozenset({"first_aid", "safeguarding"})


def at(day: int, hour: float) -> dt.datetime:
    return MONDAY + dt.timedelta(days=day, hours=hour)


def shift(day: int, start: float, hours: float, needs=(Need("none", "", 3),), sid="s") -> ShiftFacts:
    return ShiftFacts(sid, at(day, start), at(day, start) + dt.timedelta(hours=hours), tuple(needs))


def booking(day: int, start: float, hours: float, sid="b") -> Booking:
    return Booking(sid, at(day, start), at(day, start) + dt.timedelta(hours=hours))


def codes(*args, **kwargs) -> set[str]:
    return {w.code for w in check(*args, **kwargs)}


def test_a_free_adult_on_a_day_shift_breaks_nothing():
    assert check(ADULT, shift(0, 9, 8)) == []


def test_overlapping_shifts_are_named_with_the_other_shift():
    warnings = check(ADULT, shift(0, 9, 8), bookings=[booking(0, 16, 4)])
    overlap = [w for w in warnings if w.code == "overlap"]
    assert overlap and "30.11.2026 16:00–20:00" in overlap[0].message and "Анна Иванова" in overlap[0].message


def test_back_to_back_shifts_do_not_overlap():
    assert "overlap" not in codes(ADULT, shift(0, 9, 4), bookings=[booking(0, 13, 4)])


def test_rest_between_working_days_is_at_least_eleven_hours():
    # Evening until 23:00, then 09:00 next morning: ten hours' rest.
    assert "rest" in codes(ADULT, shift(1, 9, 6), bookings=[booking(0, 17, 6)])
    # Until 22:00, then 09:00: eleven hours is enough.
    assert "rest" not in codes(ADULT, shift(1, 9, 6), bookings=[booking(0, 16, 6)])
    # Two shifts of one day with a break are the daily limit's business, not rest.
    assert "rest" not in codes(ADULT, shift(0, 14, 3), bookings=[booking(0, 8, 4)])


def test_rest_limit_is_configurable():
    assert "rest" not in codes(ADULT, shift(1, 9, 6), bookings=[booking(0, 17, 6)], limits=Limits(min_rest_hours=8))


def test_more_than_ten_hours_a_day():
    warnings = check(ADULT, shift(0, 14, 5), bookings=[booking(0, 6, 6)])
    day = [w for w in warnings if w.code == "day_hours"]
    assert day and "11 hours" in day[0].message and "30.11.2026" in day[0].message
    assert "day_hours" not in codes(ADULT, shift(0, 14, 4), bookings=[booking(0, 6, 6)])
    assert "day_hours" not in codes(ADULT, shift(0, 14, 5), bookings=[booking(0, 6, 6)], limits=Limits(max_day_hours=12))


def test_a_night_shift_counts_on_both_days():
    # 20:00–08:00: four hours on Monday, eight on Tuesday; with Tuesday's 10:00–13:00 that is eleven.
    assert "day_hours" in codes(ADULT, shift(0, 20, 12), bookings=[booking(1, 10, 3)])


def test_more_than_forty_hours_a_week():
    week = [booking(d, 8, 8, sid=f"b{d}") for d in range(5)]  # 40 hours Monday to Friday
    warnings = check(ADULT, shift(5, 10, 2), bookings=week)
    assert {w.code for w in warnings} == {"week_hours"}
    assert "42 hours" in warnings[0].message and "30.11.2026" in warnings[0].message
    # The next Monday is another week.
    assert "week_hours" not in codes(ADULT, shift(7, 10, 2), bookings=week)


def test_outside_weekly_availability():
    v = VolunteerFacts("v", "Анна", availability=(Window(0, 8 * 60, 12 * 60), Window(0, 12 * 60, 18 * 60)))
    assert check(v, shift(0, 9, 8)) == []  # two windows joined cover it
    assert "unavailable" in codes(v, shift(0, 9, 10))  # until 19:00
    assert "unavailable" in codes(v, shift(1, 9, 4))  # nothing on Tuesdays
    nights = VolunteerFacts("v", "Анна", availability=(Window(0, 20 * 60, 1440), Window(1, 0, 8 * 60)))
    assert check(nights, shift(0, 22, 8)) == []  # Monday 22:00 to Tuesday 06:00


def test_no_availability_recorded_means_no_warning():
    assert "unavailable" not in codes(ADULT, shift(6, 3, 5))


def test_blocked_dates():
    v = VolunteerFacts("v", "Анна", blocked=((dt.date(2026, 12, 1), dt.date(2026, 12, 3)),))
    assert "blocked" in codes(v, shift(2, 9, 4))
    assert "blocked" in codes(v, shift(0, 20, 8))  # runs into the first blocked day
    assert "blocked" not in codes(v, shift(4, 9, 4))


def test_a_required_training_missing_or_expired():
    needs = (Need("skill", "first_aid", 1),)
    without = VolunteerFacts("v", "Анна")
    expired = VolunteerFacts("v", "Анна", certificates=(Certificate("first_aid", dt.date(2023, 1, 1), dt.date(2026, 11, 1)),))
    valid = VolunteerFacts("v", "Анна", certificates=(Certificate("first_aid", dt.date(2026, 1, 1), dt.date(2027, 1, 1)),))
    labels = {"first_aid": "First aid certificate"}
    missing = check(without, shift(0, 9, 4, needs), training_kinds=TRAININGS, training_labels=labels)
    assert [w.code for w in missing] == ["training"] and "First aid certificate" in missing[0].message
    lapsed = check(expired, shift(0, 9, 4, needs), training_kinds=TRAININGS)
    assert [w.code for w in lapsed] == ["training"] and "01.11.2026" in lapsed[0].message
    assert check(valid, shift(0, 9, 4, needs), training_kinds=TRAININGS) == []
    # Listing first aid among one's skills is no certificate.
    skilled = VolunteerFacts("v", "Анна", skills=frozenset({"first_aid"}))
    assert "training" in codes(skilled, shift(0, 9, 4, needs), training_kinds=TRAININGS)


def test_a_training_need_can_wait_for_someone_else_while_places_are_open():
    needs = (Need("skill", "first_aid", 1), Need("none", "", 2))
    without = VolunteerFacts("v", "Анна")
    assert "training" not in codes(without, shift(0, 9, 4, needs), training_kinds=TRAININGS)
    one_left = [Colleague("c", None, frozenset({("none", "")}))]
    assert "training" not in codes(without, shift(0, 9, 4, needs), colleagues=one_left, training_kinds=TRAININGS)
    two = one_left + [Colleague("d", None, frozenset({("none", "")}))]
    # The last place: it must be someone with the certificate.
    assert "training" in codes(without, shift(0, 9, 4, needs), colleagues=two, training_kinds=TRAININGS)
    covered = [Colleague("c", None, frozenset({("none", ""), ("skill", "first_aid")})), two[1]]
    assert "training" not in codes(without, shift(0, 9, 4, needs), colleagues=covered, training_kinds=TRAININGS)


def test_under_eighteen_at_night_or_alone():
    minor = VolunteerFacts("m", "Дана", birth_date=dt.date(2009, 6, 1))
    adult = [Colleague("a", dt.date(1980, 1, 1))]
    assert codes(minor, shift(0, 9, 4)) == {"minor_alone"}
    assert codes(minor, shift(0, 9, 4), colleagues=adult) == set()
    assert codes(minor, shift(0, 18, 5), colleagues=adult) == {"night_minor"}
    another_minor = [Colleague("b", dt.date(2010, 1, 1))]
    assert codes(minor, shift(0, 9, 4), colleagues=another_minor) == {"minor_alone"}
    # Eighteen on the shift's day is an adult.
    birthday = VolunteerFacts("m", "Дана", birth_date=dt.date(2008, 11, 30))
    assert codes(birthday, shift(0, 23, 4)) == set()


def test_inactive_already_assigned_and_full():
    paused = VolunteerFacts("v", "Анна", active=False)
    assert codes(paused, shift(0, 9, 4)) == {"inactive"}
    assert codes(ADULT, shift(0, 9, 4), already_assigned=True) == {"already_assigned"}
    full = [Colleague(c, None) for c in "abc"]
    assert codes(ADULT, shift(0, 9, 4), colleagues=full) == {"shift_full"}


def test_night_is_any_part_between_ten_and_six():
    assert not is_night(at(0, 6), at(0, 22))
    assert is_night(at(0, 21), at(0, 22.25))
    assert is_night(at(0, 5.5), at(0, 9))
    assert is_night(at(0, 23), at(1, 2))


def test_needs_round_trip_through_their_column():
    needs = (Need("language", "uz", 2), Need("skill", "first_aid", 1), Need("none", "", 3))
    assert decode_needs(encode_needs(needs)) == needs
    assert decode_needs("") == ()


def test_credited_minutes():
    kw = dict(shift_minutes=480, checked_in=None, checked_out=None, manual=None)
    assert credited_minutes(status="assigned", **kw) == 0
    assert credited_minutes(status="completed", **kw) == 480
    assert credited_minutes(status="no_show", **kw) == 0
    assert credited_minutes(status="completed", **{**kw, "checked_in": at(0, 9), "checked_out": at(0, 15.5)}) == 390
    assert credited_minutes(status="completed", **{**kw, "manual": 120}) == 120
    # Hours set by hand before the volunteer declined or did not come do not survive it.
    assert credited_minutes(status="declined", **{**kw, "manual": 480}) == 0
    assert credited_minutes(status="no_show", **{**kw, "manual": 480}) == 0


# -- properties -----------------------------------------------------------------------
HALF_HOURS = st.integers(min_value=0, max_value=13 * 48)  # start, in half hours from Monday 00:00, two weeks
LENGTHS = st.integers(min_value=1, max_value=28)  # half an hour to fourteen hours


@st.composite
def spans(draw):
    start = draw(HALF_HOURS)
    return start, start + draw(LENGTHS)


def _dt(half_hours: int) -> dt.datetime:
    return MONDAY + dt.timedelta(minutes=30 * half_hours)


def _oracle(target, others, limits: Limits) -> set[str]:
    """The time rules, worked out half hour by half hour, with no shared code."""
    found = set()
    lo, hi = target
    overlapping = [o for o in others if o[0] < hi and lo < o[1]]
    if overlapping:
        found.add("overlap")
    counted = [target] + [o for o in others if o not in overlapping]
    per_day: dict[dt.date, int] = {}
    for a, b in counted:
        for h in range(a, b):
            day = _dt(h).date()
            per_day[day] = per_day.get(day, 0) + 30
    my_days = {_dt(h).date() for h in range(lo, hi)}
    if any(per_day[d] > limits.max_day_hours * 60 for d in my_days):
        found.add("day_hours")
    weeks = {d.isocalendar()[:2] for d in my_days}
    for week in weeks:
        if sum(m for d, m in per_day.items() if d.isocalendar()[:2] == week) > limits.max_week_hours * 60:
            found.add("week_hours")
    for a, b in others:
        if (a, b) in overlapping or _dt(a).date() == _dt(lo).date():
            continue
        gap = (lo - b) if b <= lo else (a - hi)
        if gap * 30 < limits.min_rest_hours * 60:
            found.add("rest")
    return found


@settings(max_examples=300, deadline=None)
@given(target=spans(), others=st.lists(spans(), max_size=8),
       limits=st.sampled_from([Limits(), Limits(8, 30, 12), Limits(12, 48, 9)]))
def test_time_rules_agree_with_a_half_hour_oracle(target, others, limits):
    others = list(dict.fromkeys(o for o in others if o != target))
    facts = ShiftFacts("s", _dt(target[0]), _dt(target[1]), (Need("none", "", 5),))
    bookings = [Booking(f"b{i}", _dt(a), _dt(b)) for i, (a, b) in enumerate(others)]
    found = codes(ADULT, facts, bookings=bookings, limits=limits)
    assert found == _oracle(target, others, limits)


@settings(max_examples=200, deadline=None)
@given(needs=st.lists(st.tuples(st.sampled_from(["skill", "language", "none"]), st.sampled_from(["a", "b"]),
                                st.integers(1, 2)), min_size=1, max_size=3),
       people=st.lists(st.frozensets(st.sampled_from([("skill", "a"), ("skill", "b"), ("language", "a"),
                                                      ("language", "b")]), max_size=3), max_size=4))
def test_needs_are_filled_as_well_as_any_arrangement_could(needs, people):
    needs = [Need(kind, "" if kind == "none" else code, n) for kind, code, n in needs]
    people = [p | {("none", "")} for p in people]
    filled = fill_needs(needs, people)
    assert all(0 <= f <= n.headcount for f, n in zip(filled, needs))
    assert sum(filled) <= len(people)
    # Brute force: the most specific places any one-person-one-place arrangement fills.
    slots = [(n.kind, n.code) for n in needs if n.kind != "none" for _ in range(n.headcount)]
    options = [[None] + [i for i, slot in enumerate(slots) if slot in p] for p in people]
    best = 0
    for chosen in itertools.product(*options):
        taken = [c for c in chosen if c is not None]
        if len(taken) == len(set(taken)):
            best = max(best, len(taken))
    assert sum(f for f, n in zip(filled, needs) if n.kind != "none") == best
    anyone = sum(n.headcount for n in needs if n.kind == "none")
    assert sum(f for f, n in zip(filled, needs) if n.kind == "none") == min(anyone, len(people) - best)


@settings(max_examples=200, deadline=None)
@given(start=HALF_HOURS, length=LENGTHS)
def test_pieces_of_a_shift_add_up_to_its_length(start, length):
    pieces = day_pieces(_dt(start), _dt(start + length))
    assert sum(b - a for _, a, b in pieces) == 30 * length
    assert all(0 <= a < b <= 1440 for _, a, b in pieces)


def test_a_certificate_counts_only_while_valid():
    v = VolunteerFacts("v", "Анна", certificates=(Certificate("first_aid", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),),
                       languages=(("uz", "fluent"), ("ru", "basic")))
    assert ("skill", "first_aid") in capabilities(v, dt.date(2026, 12, 31), TRAININGS)
    assert ("skill", "first_aid") not in capabilities(v, dt.date(2027, 1, 1), TRAININGS)
    assert ("language", "uz") in capabilities(v, dt.date(2026, 6, 1), TRAININGS)
    assert ("language", "ru") not in capabilities(v, dt.date(2026, 6, 1), TRAININGS)
