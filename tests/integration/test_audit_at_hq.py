"""HQ as the witness of the branch's audit trail (issue 13, section 6): every
bundle names the trail's end, HQ refuses one whose trail no longer reaches
the end it saw, and the return bundle's record of that end lets
`qamqor audit verify` find the same tampering at the branch."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop import cli, hq_cli
from desktop.models import HqBranch
from desktop.services.audit import AuditService, hq_head
from desktop.services.storage import open_postgres
from tests.conftest import ADMIN_PASSWORD
from tests.integration.test_exchange import Branch, hq_import
from tests.unit.test_audit_backup_head import _edit, _truncate, _wipe

pytestmark = pytest.mark.postgres


@pytest.fixture(autouse=True)
def _application(qapp):
    return qapp


@pytest.fixture(scope="module")
def hq_keys(tmp_path_factory):
    from desktop.exchange.keys import generate_hq_keys

    folder = tmp_path_factory.mktemp("hq") / "keys"
    generate_hq_keys(folder)
    return folder


@pytest.fixture
def branch(gate, hq_keys, tmp_path) -> Branch:
    stick = tmp_path / "stick"
    stick.mkdir()
    return Branch(gate, hq_keys, stick)


@pytest.fixture
def hq(pg_server, hq_keys, branch):
    url = pg_server.create_fresh_database("hq")
    assert hq_cli.main(["enrol", "--db", url, str(branch.enrolment)]) == 0
    return url


def _hq_head(url: str) -> tuple[int, str]:
    db = open_postgres(url)
    try:
        with db.read() as s:
            row = s.execute(select(HqBranch).where(HqBranch.code == "KZ-ALA")).scalar_one()
            return row.audit_seq, row.audit_hash
    finally:
        db.close()


def _exchange_round(branch: Branch, hq: str, hq_keys, tmp_path) -> int:
    """Branch → HQ → return bundle → branch; the end of the trail HQ keeps."""
    assert hq_import(hq, hq_keys, branch.export()) == 0
    out = tmp_path / "returns"
    out.mkdir(exist_ok=True)
    assert hq_cli.main(["return", "--db", hq, "--branch", "KZ-ALA", "--out", str(out), "--keys", str(hq_keys)]) == 0
    newest = max(out.iterdir())
    branch.service.import_return(newest.read_bytes())
    seen, digest = _hq_head(hq)
    with branch.gate.db.read() as s:
        kept = hq_head(s)
    assert (kept.seq, kept.hash) == (seen, digest)
    return seen


def test_an_untouched_trail_is_accepted_and_its_end_travels_back(branch, hq, hq_keys, tmp_path):
    branch.register(2)
    first = _exchange_round(branch, hq, hq_keys, tmp_path)
    branch.register(1)
    second = _exchange_round(branch, hq, hq_keys, tmp_path)
    assert second > first
    admin = branch.gate.log_in("admin", ADMIN_PASSWORD)
    report = AuditService(branch.gate.db, admin).verify_trail()
    assert report.ok and report.hq is not None and report.hq.head.seq == second


@pytest.mark.parametrize("tamper, problem, words", [
    (lambda gate, n: _truncate(gate, n - 4), "missing", "were removed at the branch"),
    (lambda gate, n: _edit(gate, 3), "differs", "is no longer the one"),
    (lambda gate, n: _wipe(gate), "missing", "were removed at the branch"),
])
def test_a_cut_or_rewritten_trail_is_refused_by_hq_and_found_by_audit_verify(
        branch, hq, hq_keys, tmp_path, capsys, tamper, problem, words):
    branch.register(2)
    seen = _exchange_round(branch, hq, hq_keys, tmp_path)
    tamper(branch.gate, seen)
    branch.register(1)
    before = _hq_head(hq)
    capsys.readouterr()
    assert hq_import(hq, hq_keys, branch.export()) == 1
    err = capsys.readouterr().err
    assert words in err and "nothing was merged" in err
    assert _hq_head(hq) == before  # HQ's memory of the trail is not moved by a refused bundle
    admin = branch.gate.log_in("admin", ADMIN_PASSWORD)
    report = AuditService(branch.gate.db, admin).verify_trail()
    assert report.chain.ok  # consistent in itself: only HQ's record gives it away
    assert not report.ok and report.hq.problem == problem
    if problem == "missing":
        assert report.hq.last == seen


def test_audit_verify_names_the_rows_missing_against_hqs_record(branch, hq, hq_keys, tmp_path, branch_dir,
                                                                monkeypatch, capsys):
    branch.register(1)
    seen = _exchange_round(branch, hq, hq_keys, tmp_path)
    _truncate(branch.gate, seen - 3)
    branch.gate.close()
    monkeypatch.setenv("QAMQOR_PASSWORD", ADMIN_PASSWORD)
    capsys.readouterr()
    assert cli.main(["--lang", "en", "--data-dir", str(branch_dir), "--user", "admin", "audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert f"is missing: HQ's return bundle" in err or f"are missing: HQ's return bundle" in err
    assert f"says the trail reached event {seen}" in err
