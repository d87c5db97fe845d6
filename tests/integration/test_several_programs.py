"""Several programs on one branch at once, as real separate processes: imports
from the command line while desks register visitors, on SQLCipher and on
PostgreSQL. Every one must succeed, every number must be unique, and the
audit chain must hold."""
from __future__ import annotations

import os
import random
import string
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.models import AuditEvent, ChangeLog, Person
from tests.conftest import ADMIN_PASSWORD, STAFF_PASSWORD

ROOT = Path(__file__).resolve().parents[2]
IMPORT_ROWS = 40
SAVES = 25


def _env(user: str, password: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", QAMQOR_USER=user, QAMQOR_PASSWORD=password)
    env.pop("QAMQOR_DB", None)
    env.pop("QAMQOR_DATA_DIR", None)
    return env


def _register_file(path: Path, seed: int) -> Path:
    rng = random.Random(seed)
    lines = ["family_name,given_name,sex,birth_date"]
    for _ in range(IMPORT_ROWS):
        family = "".join(rng.choice(string.ascii_uppercase) for _ in range(10))
        given = "".join(rng.choice(string.ascii_uppercase) for _ in range(7))
        lines.append(f"{family},{given},{rng.choice('FM')},{rng.randint(1960, 2005)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _location(data_dir: Path, db_url: str | None) -> list[str]:
    return ["--data-dir", str(data_dir)] + (["--db", db_url] if db_url else [])


def _four_programs_at_once(tmp_path: Path, data_dir: Path, db_url: str | None) -> None:
    programs = []
    for n in range(2):
        csv = _register_file(tmp_path / f"register-{n}.csv", seed=n)
        programs.append(subprocess.Popen(
            [sys.executable, "-m", "desktop", "--lang", "en", *_location(data_dir, db_url),
             "import-visitors", str(csv)],
            env=_env("caseworker", STAFF_PASSWORD), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    for n in range(2):
        args = ["--data-dir", str(data_dir)] + (["--db", db_url] if db_url else [])
        programs.append(subprocess.Popen(
            [sys.executable, "-m", "tests.support.desk", *args, "--user", "reception",
             "--saves", str(SAVES), "--tag", f"desk{n}"],
            env=_env("reception", STAFF_PASSWORD), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    results = [(p.args, *p.communicate(timeout=240), p.returncode) for p in programs]
    for args, out, err, code in results:
        assert code == 0, f"{args[2:]} failed ({code}): {err.strip()[-2000:]}"
    for _args, out, _err, _code in results[:2]:
        assert f"{IMPORT_ROWS}" in out  # "40 visitors registered" or the like
    saved = [line for _a, out, _e, _c in results[2:] for line in out.split()]
    assert len(saved) == 2 * SAVES and len(set(saved)) == 2 * SAVES


def _check_branch(gate, expected_people: int) -> None:
    with gate.db.read() as s:
        people = s.scalar(select(func.count()).select_from(Person))
        numbers = s.scalar(select(func.count(func.distinct(Person.number))))
        changes, last_change = s.execute(select(func.count(), func.max(ChangeLog.seq))).one()
        events, last_event = s.execute(select(func.count(), func.max(AuditEvent.seq))).one()
    assert people == expected_people
    assert numbers == people, "two people were given the same number"
    assert changes == last_change, "the change log has a gap or a repeated number"
    assert events == last_event, "the audit trail has a gap or a repeated number"


def _audit_verify(data_dir: Path, db_url: str | None) -> None:
    done = subprocess.run([sys.executable, "-m", "desktop", "--lang", "en", *_location(data_dir, db_url),
                           "audit", "verify"], env=_env("admin", ADMIN_PASSWORD), cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "intact" in done.stdout


def _people(gate) -> int:
    with gate.db.read() as s:
        return s.scalar(select(func.count()).select_from(Person))


@pytest.mark.slow
def test_four_programs_write_to_one_sqlcipher_branch_at_once(gate, branch_dir, tmp_path):
    gate.log_in("admin", ADMIN_PASSWORD)
    before = _people(gate)
    _four_programs_at_once(tmp_path, branch_dir, None)
    _check_branch(gate, before + 2 * IMPORT_ROWS + 2 * SAVES)
    _audit_verify(branch_dir, None)


@pytest.mark.slow
@pytest.mark.postgres
def test_four_desks_write_to_one_postgresql_branch_at_once(pg_gate, pg_server, tmp_path):
    pg_gate.log_in("admin", ADMIN_PASSWORD)
    before = _people(pg_gate)
    url = pg_gate.db_url
    _four_programs_at_once(tmp_path, tmp_path / "desk", url)
    _check_branch(pg_gate, before + 2 * IMPORT_ROWS + 2 * SAVES)
    _audit_verify(tmp_path / "desk", url)
