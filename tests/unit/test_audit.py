"""The hash-chained audit trail notices edits and removals."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from desktop.models import Role
from desktop.models.journal import audit_hash
from desktop.services.audit import AuditService


def _tamper(gate, sql: str) -> None:
    with gate.db.engine.begin() as conn:
        conn.execute(text(sql))


def test_untouched_trail_verifies(any_gate, login):
    director = login(Role.DIRECTOR)
    report = AuditService(any_gate.db, director).verify()
    assert report.ok and report.checked >= 6


@pytest.mark.parametrize("sql, seq, problem", [
    ("UPDATE audit_event SET actor = 'someone' WHERE seq = 3", 3, "altered"),
    ("UPDATE audit_event SET detail = '{}' WHERE seq = 2", 2, "altered"),
    ("DELETE FROM audit_event WHERE seq = 4", 4, "missing"),
    ("DELETE FROM audit_event WHERE seq = (SELECT max(seq) FROM audit_event)", None, "missing"),
])
def test_edited_or_removed_rows_are_named(any_gate, login, sql, seq, problem):
    auditor = login(Role.ADMINISTRATOR)
    with any_gate.db.read() as s:
        last = s.execute(text("SELECT max(seq) FROM audit_event")).scalar()
    _tamper(any_gate, sql)
    report = AuditService(any_gate.db, auditor).verify()
    assert not report.ok
    assert report.problem == problem
    assert report.first_bad_seq == (seq if seq is not None else last)


def test_rewriting_a_row_with_a_fresh_hash_breaks_the_next_link(any_gate, login):
    auditor = login(Role.ADMINISTRATOR)
    with any_gate.db.read() as s:
        row = s.execute(text("SELECT seq, at, action, record_type, record_id, detail, prev_hash "
                             "FROM audit_event WHERE seq = 2")).one()
    # Raw SQL gives the stored naive UTC value (a string on SQLite).
    at = row.at if isinstance(row.at, dt.datetime) else dt.datetime.fromisoformat(row.at)
    forged = audit_hash(seq=2, at=at.replace(tzinfo=dt.timezone.utc), actor="intruder",
                        action=row.action, record_type=row.record_type, record_id=row.record_id,
                        detail=row.detail, prev_hash=row.prev_hash)
    _tamper(any_gate, f"UPDATE audit_event SET actor = 'intruder', hash = '{forged}' WHERE seq = 2")
    report = AuditService(any_gate.db, auditor).verify()
    assert (report.ok, report.first_bad_seq, report.problem) == (False, 3, "chain")
