"""Shared fixtures: a branch built once per run and copied for every test,
on SQLCipher and on a PostgreSQL server the suite starts itself."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.fonts.warning=false")

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.models import Role
from desktop.services.accounts import AccountService, BranchGate, Identity
from desktop.services.keyslots import KdfParams
from desktop.services.visitors import ConsentIn
from desktop.views.shell.collector import GuiThreadCollector, collect_due
from tests.support.postgres import PostgresServer, find_pg_bin

FAST = KdfParams.fast()
ADMIN_PASSWORD = "correct horse"
STAFF_PASSWORD = "battery staple"
# What a person referred in a test agreed to: a referral needs the second.
AGREED = (ConsentIn("registration", True), ConsentIn("referral_sharing", True))

STAFF = {
    Role.ADMINISTRATOR: "admin",
    Role.RECEPTIONIST: "reception",
    Role.CASEWORKER: "caseworker",
    Role.COORDINATOR: "coordinator",
    Role.DIRECTOR: "director",
}


def _populate(gate: BranchGate) -> None:
    admin = gate.initialise(branch_code="KZ-ALA", branch_name="Алматы филиалы",
                            admin_username="admin", admin_display_name="Ержан Администратор",
                            admin_password=ADMIN_PASSWORD)
    accounts = AccountService(gate, admin)
    for role, username in STAFF.items():
        if role is not Role.ADMINISTRATOR:
            accounts.add_user(username, display_name=username.title(), role=role, password=STAFF_PASSWORD)
    # As on a real branch after its first log-in: the key to health information
    # exists, held by the caseworker and the director (services/health.py).
    gate.log_in(STAFF[Role.DIRECTOR], STAFF_PASSWORD)


def password_of(username: str) -> str:
    return ADMIN_PASSWORD if username == "admin" else STAFF_PASSWORD


@pytest.fixture(scope="session", autouse=True)
def _fast_key_derivation():
    """Programs the tests run in-process (the command lines, the window)
    seal new slots at the test cost; production's is measured by
    ``python -m benchmarks protection``."""
    from desktop.services import keyslots

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keyslots, "default_kdf", KdfParams.fast)
        yield


@pytest.fixture(scope="session", autouse=True)
def _one_application(qapp):
    """One QApplication for the whole run, made first: a command-line test
    calling ``cli.main`` in-process would otherwise make a QCoreApplication,
    and a window test after it could not have its QApplication. As in the
    program, reference cycles are collected on the GUI thread only: a pool
    thread collecting a closed window of an earlier test could hang the run."""
    collector = GuiThreadCollector(qapp)
    yield qapp
    collector.stop()


@pytest.fixture(autouse=True)
def _collect_between_tests():
    yield
    collect_due()


@pytest.fixture(autouse=True)
def _no_error_log_left():
    """A command line run in-process sends the qamqor logger to its branch's
    log file: the next test starts without that handler."""
    yield
    from desktop import errorlog

    errorlog.uninstall()


@pytest.fixture(scope="session")
def branch_template(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("template") / "branch"
    gate = BranchGate(root, kdf=FAST)
    _populate(gate)
    gate.db.checkpoint()
    gate.close()
    return root


@pytest.fixture
def branch_dir(tmp_path, branch_template) -> Path:
    target = tmp_path / "branch"
    shutil.copytree(branch_template, target)
    return target


@pytest.fixture
def gate(branch_dir):
    """An embedded (SQLCipher) branch with one user per role; nobody logged in."""
    g = BranchGate(branch_dir, kdf=FAST)
    yield g
    g.close()


@pytest.fixture(scope="session")
def pg_server():
    if find_pg_bin() is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL server binaries are missing (Debian package postgresql)")
        pytest.skip("PostgreSQL server binaries are not installed")
    with PostgresServer() as server:
        yield server


@pytest.fixture(scope="session")
def pg_template(pg_server, tmp_path_factory) -> str:
    name = "qamqor_template"
    pg_server.create_database(name)
    gate = BranchGate(tmp_path_factory.mktemp("pg-local"), db_url=pg_server.url(name), kdf=FAST)
    _populate(gate)
    gate.close()
    return name


@pytest.fixture
def pg_gate(pg_server, pg_template, tmp_path):
    name = f"t_{os.urandom(6).hex()}"
    with pg_server.connect() as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
    g = BranchGate(tmp_path, db_url=pg_server.url(name), kdf=FAST)
    yield g
    g.close()
    pg_server.drop_database(name)


@pytest.fixture(params=["sqlcipher", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_gate(request):
    """The same branch on each engine: service tests run on both."""
    return request.getfixturevalue("gate" if request.param == "sqlcipher" else "pg_gate")


@dataclass
class LoggedIn:
    gate: BranchGate
    identity: Identity


@pytest.fixture
def login(any_gate):
    def _login(role: Role = Role.ADMINISTRATOR) -> Identity:
        username = STAFF[role]
        return any_gate.log_in(username, password_of(username))
    return _login
