"""Tampering that leaves a consistent chain is found against the newest
backup's record of the trail's end (issue 13, section 6)."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from desktop import cli
from desktop.models.journal import GENESIS, audit_hash
from desktop.services.audit import AuditService
from desktop.services.backups import BackupService
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture
def admin(gate):
    return gate.log_in("admin", ADMIN_PASSWORD)


def _rows(gate) -> list:
    with gate.db.read() as s:
        return list(s.execute(text("SELECT seq, at, actor, action, record_type, record_id, detail, prev_hash, hash "
                                   "FROM audit_event ORDER BY seq")))


def _rehash_from(gate, first: int) -> None:
    """What someone with the database key can do: every hash from ``first`` on made
    anew, and the stored head moved to the new end, so the chain holds in itself."""
    rows = _rows(gate)
    prev = rows[first - 2].hash if first > 1 else GENESIS
    with gate.db.engine.begin() as conn:
        for row in rows[first - 1:]:
            at = row.at if isinstance(row.at, dt.datetime) else dt.datetime.fromisoformat(row.at)
            digest = audit_hash(seq=row.seq, at=at.replace(tzinfo=dt.timezone.utc), actor=row.actor,
                                action=row.action, record_type=row.record_type, record_id=row.record_id,
                                detail=row.detail, prev_hash=prev)
            conn.execute(text("UPDATE audit_event SET prev_hash = :p, hash = :h WHERE seq = :s"),
                         {"p": prev, "h": digest, "s": row.seq})
            prev = digest
        conn.execute(text("UPDATE sequence_head SET value = (SELECT coalesce(max(seq), 0) FROM audit_event), "
                          "last_hash = :h WHERE name = 'audit'"), {"h": prev})


def _truncate(gate, keep: int) -> None:
    with gate.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE seq > :n"), {"n": keep})
    _rehash_from(gate, keep)


def _edit(gate, seq: int) -> None:
    with gate.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET detail = :d WHERE seq = :s"), {"d": '{"forged":1}', "s": seq})
    _rehash_from(gate, seq)


def _wipe(gate) -> None:
    with gate.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event"))
        conn.execute(text("DELETE FROM sequence_head WHERE name = 'audit'"))


def _trail(gate, admin):
    return AuditService(gate.db, admin, newest_head=BackupService(gate, admin).newest_audit_head).verify_trail()


def test_an_untouched_trail_reaches_the_backups_head(gate, admin):
    BackupService(gate, admin).make()
    report = _trail(gate, admin)
    assert report.ok and report.backup is not None and report.backup.ok


@pytest.mark.parametrize("tamper, problem", [
    (lambda gate, n: _truncate(gate, n - 4), "missing"),
    (lambda gate, n: _edit(gate, 3), "differs"),
    (lambda gate, n: _wipe(gate), "missing"),
])
def test_tampering_that_keeps_the_chain_whole_is_found_against_the_backup(gate, admin, tamper, problem):
    head = BackupService(gate, admin).make()
    seen = BackupService(gate, admin).newest_audit_head().seq
    tamper(gate, seen)
    report = _trail(gate, admin)
    assert report.chain.ok  # the chain alone cannot tell
    assert not report.ok and report.backup.problem == problem
    assert report.backup.head.file_name == head.path.name
    if problem == "missing":
        assert report.backup.last == seen
        assert report.backup.first == (1 if report.chain.checked == 0 else seen - 3)


def test_the_command_line_names_the_missing_rows(gate, admin, branch_dir, monkeypatch, capsys):
    BackupService(gate, admin).make()
    seen = BackupService(gate, admin).newest_audit_head().seq
    _truncate(gate, seen - 2)
    gate.close()
    monkeypatch.setenv("QAMQOR_PASSWORD", ADMIN_PASSWORD)
    assert cli.main(["--lang", "en", "--data-dir", str(branch_dir), "--user", "admin", "audit", "verify"]) == 1
    err = capsys.readouterr().err
    # Its own log-in took number seen - 1 again; the backup's last row is gone.
    assert f"audit event {seen} is missing: the backup KZ-ALA-" in err
    assert f"saw the trail reach event {seen}" in err
