"""HQ's use cases through HqService, on a SQLite stand-in for HQ's database:
what a refusal says, what is left unchanged, what is audited."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desktop.errors import Refused
from desktop.hq.service import CONFLICTS_VIEWED, HqService, person_at_hq
from desktop.models import AuditEvent, HqBranch, Person
from tests.unit.test_bundle_format import env, hq_keys  # noqa: F401  (fixtures)


def test_without_a_database_url_hq_is_told_how_to_give_one():
    with pytest.raises(Refused) as refused:
        HqService.open("")
    assert str(refused.value) == "Give the HQ database with --db URL (or QAMQOR_HQ_DB)."


def test_a_use_case_that_needs_the_keys_says_so(env):
    without_keys = HqService(env.hq)
    with pytest.raises(Refused, match="needs the HQ keys"):
        without_keys.import_bundle(env.bundle)
    with env.hq.read() as s:
        assert s.scalar(select(HqBranch.cursor)) == 0


def test_a_return_bundle_that_cannot_be_written_uses_up_no_number(env, tmp_path):
    env.at_hq.import_bundle(env.bundle)
    with pytest.raises(Refused, match="does not exist"):
        env.at_hq.write_return("KZ-ALA", tmp_path / "missing")
    blocked = tmp_path / "out"
    (blocked / "KZ-ALA-return-00000001.qmr").mkdir(parents=True)  # a folder where the file should go
    with pytest.raises(Refused, match="KZ-ALA-return-00000001.qmr"):
        env.at_hq.write_return("kz-ala", blocked)
    with env.hq.read() as s:
        assert s.scalar(select(HqBranch.return_seq)) == 0
    free = tmp_path / "free"
    free.mkdir()
    written = env.at_hq.write_return(" kz-ala ", free)
    assert (written.path, written.sequence, written.acknowledged_through) == (free / "KZ-ALA-return-00000001.qmr", 1, 3)
    assert written.path.read_bytes().startswith(b"age-encryption.org/v1\n")


def test_conflict_values_come_only_when_asked_and_the_looking_is_audited(env):
    env.at_hq.import_bundle(env.bundle)
    with env.hq.session("hq-analyst") as s:
        s.execute(select(Person).where(Person.number == "KZ-ALA-2026-000001")).scalar_one().given_name = "HQ"
    with env.gate.db.session("admin") as s:
        s.execute(select(Person).where(Person.number == "KZ-ALA-2026-000001")).scalar_one().given_name = "Branch"
    second = env.service.export_bundle(env.stick)
    assert env.at_hq.import_bundle(second.path.read_bytes()).conflicts == 1

    (hidden,) = env.at_hq.conflicts()
    assert hidden.fields == ("given_name",) and (hidden.hq_values, hidden.branch_values) == ({}, {})
    with env.hq.read() as s:
        assert s.execute(select(AuditEvent).where(AuditEvent.action == CONFLICTS_VIEWED)).first() is None

    looking = HqService(env.hq, actor=person_at_hq("  Aigerim "))
    (shown,) = looking.conflicts(branch_code="kz-ala", show_values=True)
    assert (shown.hq_values, shown.branch_values) == ({"given_name": "HQ"}, {"given_name": "Branch"})
    with env.hq.read() as s:
        (event,) = s.execute(select(AuditEvent).where(AuditEvent.action == CONFLICTS_VIEWED)).scalars()
        assert (event.actor, json.loads(event.detail)) == ("Aigerim", {"conflicts": [shown.id]})
    assert looking.conflicts(branch_code="KZ-AST", show_values=True) == []

    resolved = looking.resolve_conflict(shown.id, keep="branch", note="checked by phone")
    assert resolved.resolved and (resolved.hq_values, resolved.branch_values) == ({}, {})
    with env.hq.read() as s:
        assert s.scalar(select(Person.given_name).where(Person.number == "KZ-ALA-2026-000001")) == "Branch"
    assert looking.conflicts() == [] and len(looking.conflicts(include_resolved=True)) == 1
