"""``qamqor demo`` into a branch that exists uses the credentials given, or
refuses clearly; it never logs in with the demo's own password in their place."""
from __future__ import annotations

from sqlalchemy import func, select

from desktop.models import AuditEvent, Person
from desktop.services.accounts import BranchGate
from tests.conftest import FAST

from .test_cli import PW, env, run  # noqa: F401 (the env fixture)


def _people(env) -> tuple[int, set[str]]:
    gate = BranchGate(env, kdf=FAST)
    gate.log_in("admin", PW)
    with gate.db.read() as s:
        count = s.execute(select(func.count()).select_from(Person)).scalar_one()
        actors = set(s.execute(select(AuditEvent.actor).where(AuditEvent.action.like("%demo%"))).scalars())
    gate.close()
    return count, actors


def _branch_with_a_receptionist(env, monkeypatch, capsys):
    assert run("init", "--branch-code", "KZ-SHY", "--branch-name", "Шымкент", "--admin", "admin") == 0
    monkeypatch.setenv("QAMQOR_NEW_PASSWORD", "desk-password-77")
    assert run("users", "add", "aigul", "--role", "receptionist", "--name", "Айгүл") == 0
    capsys.readouterr()


def test_demo_into_a_real_branch_without_credentials_refuses_and_adds_nothing(env, monkeypatch, capsys):
    _branch_with_a_receptionist(env, monkeypatch, capsys)
    monkeypatch.delenv("QAMQOR_USER")
    assert run("demo", "--visitors", "5") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--user" in err
    assert _people(env)[0] == 0


def test_demo_with_a_wrong_password_is_refused(env, monkeypatch, capsys):
    _branch_with_a_receptionist(env, monkeypatch, capsys)
    monkeypatch.setenv("QAMQOR_PASSWORD", "qamqor-demo")  # the demo's password is not hers
    assert run("demo", "--visitors", "5", "--user", "aigul") == 1
    assert "Wrong user name or password" in capsys.readouterr().err
    assert _people(env)[0] == 0


def test_demo_adds_visitors_in_the_name_of_who_logged_in(env, monkeypatch, capsys):
    _branch_with_a_receptionist(env, monkeypatch, capsys)
    monkeypatch.setenv("QAMQOR_PASSWORD", "desk-password-77")
    assert run("demo", "--visitors", "5", "--user", "aigul") == 0
    out = capsys.readouterr().out
    assert "5 visitors added" in out and "qamqor-demo" not in out
    count, actors = _people(env)
    assert count >= 5 and actors == {"aigul"}
