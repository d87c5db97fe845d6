"""Human-readable record numbers: KZ-ALA-2026-000123."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Branch, Counter


def local_branch_code(session: Session) -> str:
    return session.execute(select(Branch.code).where(Branch.is_local.is_(True))).scalar_one()


def next_number(session: Session, *, kind: str, year: int, branch_code: str | None = None) -> str:
    """The next number of this kind and year, taken under a row lock so two
    desks on one PostgreSQL server never hand out the same one."""
    code = branch_code or local_branch_code(session)
    with session.no_autoflush:
        counter = session.execute(select(Counter).where(Counter.kind == kind, Counter.year == year)
                                  .with_for_update()).scalar_one_or_none()
    if counter is None:
        counter = Counter(kind=kind, year=year, value=0)
        session.add(counter)
    counter.value += 1
    return f"{code}-{year}-{counter.value:06d}"
