"""A demo branch with realistic data, for trying Qamqor and for benchmarks."""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.models import Role
from desktop.models.journal import record_audit

from .accounts import AccountService, BranchGate, Identity
from .demo_names import make_person, spelling_variant
from .numbering import next_number
from .visitors import NewVisitor, person_from

DEMO_PASSWORD = "qamqor-demo"
DEMO_BRANCH = ("KZ-ALA", "Алматы филиалы (демо)")
DEMO_STAFF = (
    ("admin", "Ержан Сейтқалиев", Role.ADMINISTRATOR),
    ("director", "Гүлнар Омарова", Role.DIRECTOR),
    ("caseworker", "Dilnoza Karimova", Role.CASEWORKER),
    ("coordinator", "Асель Жумабекова", Role.COORDINATOR),
    ("reception", "Айгерим Нурланқызы", Role.RECEPTIONIST),
)


@dataclass(frozen=True)
class DemoResult:
    created_branch: bool
    visitors_added: int


def ensure_demo_branch(gate: BranchGate) -> tuple[bool, Identity]:
    """Set up the demo branch unless one exists; log in as its administrator."""
    if gate.is_initialised():
        return False, gate.log_in("admin", DEMO_PASSWORD)
    identity = gate.initialise(branch_code=DEMO_BRANCH[0], branch_name=DEMO_BRANCH[1],
                               admin_username="admin", admin_display_name=DEMO_STAFF[0][1],
                               admin_password=DEMO_PASSWORD)
    accounts = AccountService(gate, identity)
    for username, display, role in DEMO_STAFF[1:]:
        accounts.add_user(username, display_name=display, role=role, password=DEMO_PASSWORD)
    return True, identity


def add_demo_visitors(gate: BranchGate, identity: Identity, count: int, *, seed: int = 1,
                      progress: Callable[[int], None] | None = None) -> int:
    """``count`` visitors; about one in six is the same person registered again
    under another spelling, as real registers have (what duplicate search must find)."""
    rng = random.Random(seed)
    recent: list = []
    made = 0
    while made < count:
        n = min(2000, count - made)
        with gate.db.session(identity.username) as s:
            for _ in range(n):
                if recent and rng.random() < 0.16:
                    demo = spelling_variant(rng.choice(recent), rng)
                else:
                    demo = make_person(rng)
                    recent.append(demo)
                    if len(recent) > 500:
                        recent.pop(0)
                new = NewVisitor(family_name=demo.family_name, given_name=demo.given_name,
                                 patronymic=demo.patronymic, latin_name=demo.latin_name,
                                 sex=demo.sex, birth_date=demo.birth_date, birth_year=demo.birth_year,
                                 citizenship=demo.citizenship)
                year = rng.choice((2024, 2025, 2026))
                s.add(person_from(new, number=next_number(s, kind="person", year=year)))
                made += 1
            record_audit(s, "demo.visitors", count=n)
        if progress:
            progress(made)
    return made


def make_demo(data_dir: Path, *, visitors: int, seed: int = 1, gate: BranchGate | None = None,
              progress: Callable[[int], None] | None = None) -> DemoResult:
    gate = gate or BranchGate(data_dir)
    created, identity = ensure_demo_branch(gate)
    added = add_demo_visitors(gate, identity, visitors, seed=seed, progress=progress) if visitors else 0
    return DemoResult(created, added)
