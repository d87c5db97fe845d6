"""``qamqor referrals`` and ``qamqor verify-letter``."""
from __future__ import annotations

import pytest

from desktop import cli
from desktop.services.accounts import BranchGate
from desktop.services.demo import DEMO_PASSWORD, make_demo
from desktop.services.documents import DocumentService
from desktop.services.referrals import ReferralService
from tests.conftest import FAST


@pytest.fixture(scope="module")
def demo_branch(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo") / "branch"
    gate = BranchGate(root, kdf=FAST)
    make_demo(root, visitors=120, gate=gate)
    gate.close()
    return root


@pytest.fixture
def env(monkeypatch, demo_branch):
    monkeypatch.setenv("QAMQOR_DATA_DIR", str(demo_branch))
    monkeypatch.setenv("QAMQOR_USER", "director")
    monkeypatch.setenv("QAMQOR_PASSWORD", DEMO_PASSWORD)
    return demo_branch


def test_referrals_lists_every_status_and_filters(env, capsys):
    assert cli.main(["--lang", "en", "referrals"]) == 0
    lines = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert {fields[4] for fields in lines} == {"draft", "issued", "accepted", "declined", "completed", "no_show",
                                               "cancelled"}
    assert all(len(fields) == 6 for fields in lines)
    assert cli.main(["--lang", "en", "referrals", "--status", "issued"]) == 0
    issued = capsys.readouterr().out.splitlines()
    assert issued and all(line.split("\t")[4] == "issued" and line.startswith("KZ-ALA-") for line in issued)


def test_verify_letter_accepts_genuine_codes_and_refuses_altered_ones(env, capsys):
    gate = BranchGate(env, kdf=FAST)
    director = gate.log_in("director", DEMO_PASSWORD)
    service = ReferralService(gate.db, director)
    number = service.list(status="completed")[0].letter_number
    content = DocumentService(gate.db, director).letter_data(number)
    gate.close()
    assert cli.main(["--lang", "en", "verify-letter", content.qr_payload]) == 0
    assert f"Genuine letter {number}" in capsys.readouterr().out
    altered = content.qr_payload[:-2] + ("AA" if not content.qr_payload.endswith("AA") else "BB")
    assert cli.main(["--lang", "en", "verify-letter", altered]) == 1
    assert "NOT GENUINE" in capsys.readouterr().err
