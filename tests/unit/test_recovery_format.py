"""The recovery bundle's format: only the computer that asked opens it, only
with HQ's key set as read out by phone, and nothing altered is taken."""
from __future__ import annotations

import pyrage
import pytest

from desktop.errors import BundleError, Refused
from desktop.exchange.keys import generate_hq_keys, load_hq_keys
from desktop.exchange.recovery import build_recovery, read_recovery
from desktop.exchange.returns import build_return

ROWS = [("person", '{"family_name":"Юсупова","id":"01a2420c-235b-700f-b9e5-3258f7c46a0f"}'),
        ("visit", '{"id":"01a2420c-2f78-701a-99f7-b9bfcdfd2344","notes":"первичный приём"}')]


@pytest.fixture(scope="module")
def hq(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hq") / "keys"
    generate_hq_keys(folder)
    return load_hq_keys(folder)


@pytest.fixture
def laptop():
    return pyrage.x25519.Identity.generate()


def _manifest() -> dict:
    return {"branch_code": "KZ-ALA", "branch_id": "01a2420c-0000-7000-8000-000000000001", "branch_name": "Алматы",
            "enrolment": "ab" * 32, "cursor": 41, "epoch": {"id": 7, "parent": 0}, "staff": [],
            "last_bundle": {"sequence": 3, "manifest_hash": "cd" * 32, "imported_at": None}}


def _trust(hq):
    def check(keyset):
        if keyset.fingerprint != hq.keyset.fingerprint:
            raise Refused("another key set")
    return check


def test_the_asking_computer_reads_every_record_back(hq, laptop):
    data = build_recovery(iter(ROWS), _manifest(), hq=hq, recipient=str(laptop.to_public()))
    assert "Юсупова".encode() not in data
    content = read_recovery(data, identities=[str(laptop)], check_keyset=_trust(hq))
    assert [(t, r["id"]) for t, r in content.records()] == [("person", "01a2420c-235b-700f-b9e5-3258f7c46a0f"),
                                                          ("visit", "01a2420c-2f78-701a-99f7-b9bfcdfd2344")]
    assert content.manifest["counts"] == {"person": 1, "visit": 1} and content.manifest["cursor"] == 41


def test_another_computer_cannot_open_it(hq, laptop):
    data = build_recovery(iter(ROWS), _manifest(), hq=hq, recipient=str(laptop.to_public()))
    with pytest.raises(BundleError, match="not addressed to this key"):
        read_recovery(data, identities=[str(pyrage.x25519.Identity.generate())], check_keyset=_trust(hq))


def test_a_key_set_other_than_the_one_read_out_is_refused(hq, laptop, tmp_path):
    generate_hq_keys(tmp_path / "impostor")
    impostor = load_hq_keys(tmp_path / "impostor")
    data = build_recovery(iter(ROWS), _manifest(), hq=impostor, recipient=str(laptop.to_public()))
    with pytest.raises(Refused, match="another key set"):
        read_recovery(data, identities=[str(laptop)], check_keyset=_trust(hq))


def test_a_changed_byte_is_refused(hq, laptop):
    data = bytearray(build_recovery(iter(ROWS), _manifest(), hq=hq, recipient=str(laptop.to_public())))
    data[len(data) // 2] ^= 1
    with pytest.raises(BundleError, match="damaged or was altered"):
        read_recovery(bytes(data), identities=[str(laptop)], check_keyset=_trust(hq))


def test_a_return_bundle_is_not_taken_for_a_recovery(hq, laptop):
    data = build_return(bundle_id="01a2420c-0000-7000-8000-000000000002", branch_code="KZ-ALA",
                        branch_id=_manifest()["branch_id"], sequence=1, acknowledged_through=0, rejected=[],
                        providers=[], hq=hq, recipient=str(laptop.to_public()))
    with pytest.raises(BundleError, match="not a Qamqor bundle"):
        read_recovery(data, identities=[str(laptop)], check_keyset=_trust(hq))
