"""Human-readable record numbers: KZ-ALA-2026-000123."""
from __future__ import annotations

import datetime as dt
import math

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Branch, Counter
from desktop.models.base import hold


def local_branch_code(session: Session) -> str:
    return session.execute(select(Branch.code).where(Branch.is_local.is_(True))).scalar_one()


def next_numbers(session: Session, *, kind: str, year: int, count: int,
                 branch_code: str | None = None) -> list[str]:
    """``count`` consecutive numbers at once (bulk imports)."""
    code = branch_code or local_branch_code(session)
    query = select(Counter).where(Counter.kind == kind, Counter.year == year).with_for_update()
    with session.no_autoflush:
        counter = session.execute(query).scalar_one_or_none()
        if counter is None:
            # A new kind or year: two desks may both find no row; the second
            # waits here and then takes the first's.
            hold(session, f"counter:{kind}:{year}")
            counter = session.execute(query).scalar_one_or_none()
    if counter is None:
        counter = Counter(kind=kind, year=year, value=0)
        session.add(counter)
    first = counter.value + 1
    counter.value += count
    return [f"{code}-{year}-{n:06d}" for n in range(first, first + count)]


def next_number(session: Session, *, kind: str, year: int, branch_code: str | None = None) -> str:
    """The next number of this kind and year, taken under a row lock so two
    desks on one PostgreSQL server never hand out the same one."""
    return next_numbers(session, kind=kind, year=year, count=1, branch_code=branch_code)[0]


#: where numbers taken from a counter are kept: record type, column, counter kind
NUMBERED = (("person", "number", "person"), ("referral", "letter_number", "letter"),
            ("volunteer", "number", "volunteer"))


def number_parts(number: object) -> tuple[int, int] | None:
    """The year and the number of ``KZ-ALA-2026-000123`` (the last two parts)."""
    try:
        _, year, n = str(number).rsplit("-", 2)
        return int(year), int(n)
    except ValueError:
        return None


def move_past(session: Session, kind: str, numbers, *, branch_code: str | None = None) -> None:
    """Each counter of ``kind`` past the highest of ``numbers`` given by this
    branch: numbers that came from elsewhere (HQ's copy of the records) are
    never given again."""
    code = branch_code or local_branch_code(session)
    highest: dict[int, int] = {}
    for number in numbers:
        parts = number_parts(number) if isinstance(number, str) and number.startswith(code + "-") else None
        if parts is not None:
            highest[parts[0]] = max(highest.get(parts[0], 0), parts[1])
    for year, value in highest.items():
        counter = _counter(session, kind, year)
        if counter is None:
            session.add(Counter(kind=kind, year=year, value=value))
        elif counter.value < value:
            counter.value = value


def _counter(session: Session, kind: str, year: int) -> Counter | None:
    """The counter row, locked; when there is none, the lock that makes a
    second desk wait until the first has added it (as ``next_numbers``)."""
    query = select(Counter).where(Counter.kind == kind, Counter.year == year).with_for_update()
    with session.no_autoflush:
        counter = session.execute(query).scalar_one_or_none()
        if counter is None:
            hold(session, f"counter:{kind}:{year}")
            counter = session.execute(query).scalar_one_or_none()
    return counter


# More than a busy branch gives in the two days after which a missing backup is
# shown to the administrator.
NUMBERS_RESERVED_AFTER_RESTORE = 1000


def numbers_reserved(since: dt.datetime | None, now: dt.datetime) -> int:
    """Numbers left unused when a branch is made again from a copy that ends
    at ``since`` (a backup's time, HQ's last bundle): a busy branch's two
    days' worth for every two days since (an old copy leaves more room)."""
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=dt.timezone.utc)  # an old manifest's time, written in UTC
    days = max(0.0, (now - since).total_seconds() / 86_400) if since is not None else 0.0
    return NUMBERS_RESERVED_AFTER_RESTORE * max(1, math.ceil(days / 2))


def leave_room(session: Session, *, since: dt.datetime | None, now: dt.datetime) -> None:
    """Every counter moved on by ``numbers_reserved``: the numbers the lost
    computer gave after the copy was made are unknown here, and HQ, a
    printed letter or a visitor's card may hold them. A gap in the numbers
    is harmless; a second owner of one is not."""
    reserve = numbers_reserved(since, now)
    for counter in session.execute(select(Counter).with_for_update()).scalars():
        counter.value += reserve
    # A kind or a year the copy has no counter for yet (a backup of December
    # restored in January, the first letter given after the backup): the lost
    # computer may have begun it, so it begins past the reserve too.
    first_year = (since or now).year
    for _, _, kind in NUMBERED:
        for year in range(min(first_year, now.year), now.year + 1):
            if _counter(session, kind, year) is None:
                session.add(Counter(kind=kind, year=year, value=reserve))
                session.flush()
