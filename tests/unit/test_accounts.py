"""Log-in, lock-out and staff accounts, on SQLCipher and PostgreSQL."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.models import AuditEvent, Role, User
from desktop.services import accounts as accounts_mod
from desktop.services import lockout
from desktop.services.accounts import AccountService, BranchGate
from desktop.errors import AccountLocked, Refused, WrongPassword
from tests.conftest import ADMIN_PASSWORD, FAST, STAFF_PASSWORD


def _actions(gate) -> list[tuple[str, str]]:
    with gate.db.read() as s:
        return [(e.actor, e.action) for e in s.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars()]


def _shift_clock(monkeypatch, minutes: float) -> None:
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=minutes)
    monkeypatch.setattr(lockout, "_now", lambda: later)
    monkeypatch.setattr(accounts_mod, "utcnow", lambda: later)


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(any_gate, monkeypatch):
    for _ in range(4):
        with pytest.raises(WrongPassword):
            any_gate.log_in("reception", "wrong password")
    with pytest.raises(AccountLocked):
        any_gate.log_in("reception", "wrong password")
    # Locked: even the right password is refused, with the time it opens again.
    with pytest.raises(AccountLocked, match=r"\d\d:\d\d"):
        any_gate.log_in("reception", STAFF_PASSWORD)
    # Other accounts are not affected.
    assert any_gate.log_in("director", STAFF_PASSWORD).role is Role.DIRECTOR
    _shift_clock(monkeypatch, 16)
    assert any_gate.log_in("reception", STAFF_PASSWORD).role is Role.RECEPTIONIST


def test_failed_log_ins_reach_the_audit_trail(any_gate):
    for _ in range(2):
        with pytest.raises(WrongPassword):
            any_gate.log_in("caseworker", "wrong password")
    any_gate.log_in("caseworker", STAFF_PASSWORD)
    actions = _actions(any_gate)
    assert actions[-3:] == [("caseworker", "login.failed"), ("caseworker", "login.failed"),
                            ("caseworker", "login")]


def test_a_successful_log_in_resets_the_count(any_gate):
    for _ in range(4):
        with pytest.raises(WrongPassword):
            any_gate.log_in("reception", "wrong password")
    any_gate.log_in("reception", STAFF_PASSWORD)
    for _ in range(4):
        with pytest.raises(WrongPassword):
            any_gate.log_in("reception", "wrong password")
    assert any_gate.log_in("reception", STAFF_PASSWORD).username == "reception"


def test_administrator_adds_resets_and_disables_users(any_gate, login):
    admin = login(Role.ADMINISTRATOR)
    accounts = AccountService(any_gate, admin)
    accounts.add_user("Madina.K", display_name="Мадина Каримова", role=Role.CASEWORKER, password="first-password")
    assert any_gate.log_in("madina.k", "first-password").display_name == "Мадина Каримова"
    accounts.reset_password("madina.k", password="second-password")
    with pytest.raises(WrongPassword):
        any_gate.log_in("madina.k", "first-password")
    assert any_gate.log_in("madina.k", "second-password").role is Role.CASEWORKER
    accounts.disable_user("madina.k")
    with pytest.raises(WrongPassword):
        any_gate.log_in("madina.k", "second-password")
    rows = {u.username: u for u in accounts.list_users()}
    assert rows["madina.k"].active is False
    # Re-enabled by a reset, with a new password.
    accounts.reset_password("madina.k", password="third-password")
    assert any_gate.log_in("madina.k", "third-password").username == "madina.k"
    actions = [a for _, a in _actions(any_gate)]
    for expected in ("user.add", "user.password_reset", "user.disable"):
        assert expected in actions
    if not any_gate.db.is_postgres:
        assert "database.rekey" in actions


@pytest.mark.parametrize("bad, message", [
    ("x", "2 to 32"), ("has space", "2 to 32"), ("кирилл", "2 to 32"),
])
def test_user_names_are_checked(any_gate, login, bad, message):
    with pytest.raises(Refused, match=message):
        AccountService(any_gate, login()).add_user(bad, display_name="", role=Role.RECEPTIONIST,
                                                   password="long enough")


def test_short_passwords_and_taken_names_are_refused(any_gate, login):
    accounts = AccountService(any_gate, login())
    with pytest.raises(Refused, match="at least 10"):
        accounts.add_user("newone", display_name="", role=Role.RECEPTIONIST, password="short")
    with pytest.raises(Refused, match="taken"):
        accounts.add_user("director", display_name="", role=Role.RECEPTIONIST, password="long enough")


def test_the_last_administrator_stays(any_gate, login):
    admin = login()
    accounts = AccountService(any_gate, admin)
    with pytest.raises(Refused, match="your own"):
        accounts.disable_user("admin")
    with pytest.raises(Refused, match="at least one active administrator"):
        accounts.change_role("admin", role=Role.DIRECTOR)
    accounts.change_role("director", role=Role.ADMINISTRATOR)
    accounts.change_role("admin", role=Role.DIRECTOR)
    with any_gate.db.read() as s:
        assert s.execute(select(User.role).where(User.username == "admin")).scalar_one() is Role.DIRECTOR


def test_initialise_checks_its_input(tmp_path):
    gate = BranchGate(tmp_path, kdf=FAST)
    with pytest.raises(Refused, match="KZ-ALA"):
        gate.initialise(branch_code="almaty", branch_name="A", admin_username="admin", admin_password=ADMIN_PASSWORD)
    with pytest.raises(Refused, match="name"):
        gate.initialise(branch_code="KZ-ALA", branch_name="  ", admin_username="admin", admin_password=ADMIN_PASSWORD)
    assert not gate.is_initialised()
    gate.initialise(branch_code="kz-ala", branch_name="Almaty", admin_username="admin", admin_password=ADMIN_PASSWORD)
    assert gate.branch().code == "KZ-ALA"
    with pytest.raises(Refused, match="already"):
        gate.initialise(branch_code="KZ-ALA", branch_name="Again", admin_username="admin", admin_password=ADMIN_PASSWORD)
    gate.close()
