"""``qamqor backup``, ``backup list``, ``backup verify`` and ``restore``: exit codes, messages, files."""
from __future__ import annotations

import pytest

from desktop import cli
from desktop.services.accounts import BranchGate
from desktop.services.visitors import NewVisitor, VisitorService
from tests.conftest import ADMIN_PASSWORD, FAST


@pytest.fixture
def env(monkeypatch, branch_dir):
    monkeypatch.setenv("QAMQOR_DATA_DIR", str(branch_dir))
    monkeypatch.setenv("QAMQOR_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("QAMQOR_USER", "admin")
    monkeypatch.delenv("QAMQOR_DB", raising=False)
    return branch_dir


def run(*args) -> int:
    return cli.main(["--lang", "en", *args])


def _register(data_dir, family: str) -> None:
    gate = BranchGate(data_dir, kdf=FAST)
    try:
        director = gate.log_in("director", "battery staple")
        VisitorService(gate.db, director).register(NewVisitor(family_name=family, given_name="Тест", sex="M"))
    finally:
        gate.close()


def _count(data_dir, family: str) -> int:
    gate = BranchGate(data_dir, kdf=FAST)
    try:
        director = gate.log_in("director", "battery staple")
        return sum(1 for hit in VisitorService(gate.db, director).search(family) if hit.row.family_name == family)
    finally:
        gate.close()


def test_backup_list_verify_restore(env, capsys, tmp_path):
    assert run("backup") == 0
    out = capsys.readouterr().out
    assert "Backup written and checked:" in out and ".qmbackup" in out
    path = next((env / "backups").glob("*.qmbackup"))
    assert run("backup", "list") == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(path.name) and "checked" in line
    assert run("backup", "verify", str(path)) == 0
    assert f"The backup {path.name} is whole" in capsys.readouterr().out
    _register(env, "Кейінгіқосылған")
    assert _count(env, "Кейінгіқосылған") == 1
    assert run("restore", str(path)) == 0
    out = capsys.readouterr().out
    assert "The records it replaced are kept in" in out and "HQ" in out
    assert _count(env, "Кейінгіқосылған") == 0


def test_backup_out_file_and_refusals(env, capsys, tmp_path, monkeypatch):
    out_file = tmp_path / "copy.qmbackup"
    assert run("backup", "--out", str(out_file)) == 0
    assert out_file.exists() and not list((env / "backups").glob("*.qmbackup"))
    capsys.readouterr()
    broken = tmp_path / "broken.qmbackup"
    data = bytearray(out_file.read_bytes())
    data[len(data) // 2] ^= 0xFF
    broken.write_bytes(bytes(data))
    assert run("backup", "verify", str(broken)) == 1
    assert capsys.readouterr().err.strip() == "qamqor: The backup broken.qmbackup is damaged. Nothing was changed; use another backup."
    assert run("restore", str(broken)) == 1
    assert "damaged" in capsys.readouterr().err
    monkeypatch.setenv("QAMQOR_PASSWORD", "battery staple")
    assert run("--user", "director", "backup") == 1
    assert "may not do this" in capsys.readouterr().err


def test_restore_onto_a_new_computer_and_over_a_branch_that_does_not_open(env, capsys, tmp_path, monkeypatch):
    assert run("backup", "--out", str(tmp_path / "b.qmbackup")) == 0
    laptop = tmp_path / "laptop"
    monkeypatch.setenv("QAMQOR_DATA_DIR", str(laptop))
    assert run("backup", "verify", str(tmp_path / "b.qmbackup")) == 0  # no branch here: the backup's own passwords
    assert run("restore", str(tmp_path / "b.qmbackup")) == 0
    assert BranchGate(laptop, kdf=FAST).log_in("admin", ADMIN_PASSWORD).username == "admin"
    # Now the database here is damaged: refused unless asked to replace it.
    db = laptop / "qamqor.db"
    data = bytearray(db.read_bytes())
    data[8192:12288] = bytes(4096)
    db.write_bytes(bytes(data))
    (laptop / "qamqor.db-wal").unlink(missing_ok=True)
    capsys.readouterr()
    assert run("restore", str(tmp_path / "b.qmbackup")) == 1
    assert "--replace-damaged" in capsys.readouterr().err
    assert run("restore", "--replace-damaged", str(tmp_path / "b.qmbackup")) == 0
    assert any(p.name.startswith("damaged-") for p in (laptop / "backups").iterdir())
