"""The ``qamqor`` command line: exit codes, messages and what lands in the database."""
from __future__ import annotations

import pytest

from desktop import cli
from desktop.services.accounts import BranchGate
from desktop.errors import WrongPassword
from tests.conftest import FAST

PW = "orchard-lantern"


@pytest.fixture
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("QAMQOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("QAMQOR_PASSWORD", PW)
    monkeypatch.setenv("QAMQOR_USER", "admin")
    monkeypatch.delenv("QAMQOR_DB", raising=False)
    return tmp_path / "data"


def run(*args) -> int:
    return cli.main(["--lang", "en", *args])


def test_init_users_and_audit(env, capsys):
    assert run("init", "--branch-code", "KZ-ALA", "--branch-name", "Алматы", "--admin", "admin") == 0
    assert "KZ-ALA" in capsys.readouterr().out
    assert run("users", "add", "aigerim", "--role", "receptionist", "--name", "Айгерим") == 1
    assert "QAMQOR_NEW_PASSWORD" in capsys.readouterr().err
    pwfile = env.parent / "new.txt"
    pwfile.write_text("copper-kettle-9\n")
    assert run("users", "add", "aigerim", "--role", "receptionist", "--name", "Айгерим",
               "--new-password-file", str(pwfile)) == 0
    assert BranchGate(env, kdf=FAST).log_in("aigerim", "copper-kettle-9").display_name == "Айгерим"
    capsys.readouterr()
    assert run("users", "list") == 0
    out = capsys.readouterr().out
    assert "aigerim\tАйгерим\tReceptionist\tactive" in out
    assert run("users", "disable", "aigerim") == 0
    with pytest.raises(WrongPassword):
        BranchGate(env, kdf=FAST).log_in("aigerim", "copper-kettle-9")
    capsys.readouterr()
    assert run("audit", "verify") == 0
    assert "intact" in capsys.readouterr().out


def test_audit_verify_names_the_altered_row(env, capsys):
    assert run("init", "--branch-code", "KZ-ALA", "--branch-name", "A", "--admin", "admin") == 0
    gate = BranchGate(env, kdf=FAST)
    gate.log_in("admin", PW)
    with gate.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_event SET action = 'nothing' WHERE seq = 2")
    gate.close()
    capsys.readouterr()
    assert run("audit", "verify") == 1
    err = capsys.readouterr().err.strip()
    assert err == "qamqor: audit event 2 was altered"


def test_refusals_are_one_line_with_status_1(env, capsys, monkeypatch):
    assert run("users", "list") == 1
    assert "qamqor init" in capsys.readouterr().err
    assert run("init", "--branch-code", "KZ-ALA", "--branch-name", "A", "--admin", "admin") == 0
    monkeypatch.setenv("QAMQOR_PASSWORD", "wrong-password")
    capsys.readouterr()
    assert run("users", "list") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Wrong user name or password" in err


def test_usage_errors_exit_2(env):
    with pytest.raises(SystemExit) as exc:
        run("users", "frobnicate")
    assert exc.value.code == 2


def test_messages_follow_the_language(env, capsys):
    assert cli.main(["--lang", "ru", "users", "list"]) == 1
    err = capsys.readouterr().err
    assert "qamqor init" in err and "branch" not in err


def test_health_key_from_the_command_line(env, capsys, tmp_path, monkeypatch):
    """A director gives the key to a new caseworker; when the last holder is
    disabled, the administrator gives it again with HQ's escrow key."""
    from desktop.exchange.keys import generate_hq_keys

    hq = tmp_path / "hq"
    keyset = generate_hq_keys(hq)
    assert run("init", "--branch-code", "KZ-ALA", "--branch-name", "Алматы", "--admin", "admin",
               "--hq-keyset", str(hq / "hq-keyset.json"), "--hq-fingerprint", keyset.spoken) == 0
    pwfile = tmp_path / "new.txt"
    pwfile.write_text("copper-kettle-9\n")
    for name, role in (("dana", "director"), ("marat", "caseworker")):
        assert run("users", "add", name, "--role", role, "--new-password-file", str(pwfile)) == 0
    capsys.readouterr()
    # The log-in of ``users add marat`` was the first to find an account with a
    # health role: it made the key for the director; marat, added after, waits.
    assert run("users", "list") == 0
    out = capsys.readouterr().out
    assert "dana\tdana\tDirector\tactive\tholds the health key" in out
    assert "marat\tmarat\tCaseworker\tactive\twaits for the health key" in out
    assert "admin\tadmin\tAdministrator\tactive\n" in out
    assert run("users", "grant-health", "marat") == 1
    assert "may not do this" in capsys.readouterr().err
    assert run("users", "add", "aliya", "--role", "caseworker", "--new-password-file", str(pwfile)) == 0
    monkeypatch.setenv("QAMQOR_USER", "dana")
    monkeypatch.setenv("QAMQOR_PASSWORD", "copper-kettle-9")
    capsys.readouterr()
    assert run("users", "health-access") == 0
    out = capsys.readouterr().out
    assert "aliya\taliya\tCaseworker\twaits for the health key" in out
    assert "dana\tdana\tDirector\tholds the health key" in out
    for name in ("marat", "aliya"):
        assert run("users", "grant-health", name) == 0
        assert f"{name} now holds the key" in capsys.readouterr().out
    monkeypatch.setenv("QAMQOR_USER", "admin")
    monkeypatch.setenv("QAMQOR_PASSWORD", PW)
    for name in ("marat", "aliya"):
        assert run("users", "disable", name) == 0
    capsys.readouterr()
    assert run("users", "disable", "dana") == 0
    assert "only HQ's escrow key does" in capsys.readouterr().out
    assert run("users", "add", "gulnar", "--role", "director", "--new-password-file", str(pwfile)) == 0
    assert run("users", "grant-health", "gulnar", "--escrow-key", str(hq / "hq-escrow.agekey")) == 0
    assert BranchGate(env, kdf=FAST).log_in("gulnar", "copper-kettle-9").health_key is not None
