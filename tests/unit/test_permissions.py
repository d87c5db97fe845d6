"""The whole role × action matrix, exercised through the services themselves."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop.models import Role
from desktop.services.accounts import AccountService
from desktop.services.audit import AuditService
from desktop.services.errors import PermissionDenied
from desktop.services.permissions import PERMISSIONS, Action
from desktop.services.settings import BranchSettings
from desktop.services.visitors import NewVisitor, VisitorService

R, C, O, D, A = (Role.RECEPTIONIST, Role.CASEWORKER, Role.COORDINATOR, Role.DIRECTOR,
                 Role.ADMINISTRATOR)

# Written out again on purpose: a change to the table in the code must be a
# change to this statement of intent too.
EXPECTED = {
    Action.MANAGE_USERS: {A},
    Action.VERIFY_AUDIT: {A, D},
    Action.CHANGE_BRANCH_SETTINGS: {A},
    Action.REGISTER_VISITOR: {R, C, D},
}

PROBES = {
    Action.MANAGE_USERS: lambda gate, who: AccountService(gate, who).list_users(),
    Action.VERIFY_AUDIT: lambda gate, who: AuditService(gate.db, who).verify(),
    Action.CHANGE_BRANCH_SETTINGS: lambda gate, who: BranchSettings(gate.db, who).set_idle_minutes(5),
    Action.REGISTER_VISITOR: lambda gate, who: VisitorService(gate.db, who).register(
        NewVisitor(family_name="Проверка", sex="M", birth_date=dt.date(1990, 1, 1))),
}


def test_every_action_has_an_expectation_and_a_probe():
    assert set(EXPECTED) == set(Action) == set(PROBES)
    assert {a: set(r) for a, r in PERMISSIONS.items()} == EXPECTED


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("role", list(Role))
def test_role_action_matrix(any_gate, login, role, action):
    who = login(role)
    probe = PROBES[action]
    if role in EXPECTED[action]:
        probe(any_gate, who)
    else:
        with pytest.raises(PermissionDenied):
            probe(any_gate, who)
