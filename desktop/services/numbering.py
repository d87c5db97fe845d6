"""Human-readable record numbers: KZ-ALA-2026-000123."""
from __future__ import annotations

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
