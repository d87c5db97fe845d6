"""`qamqor init --hq-keyset`: the branch is set up with the HQ key set installed,
its fingerprint printed to read out by phone, and its database key wrapped
for the HQ escrow key."""
from __future__ import annotations

from pathlib import Path

import pytest

from desktop.exchange.keys import generate_hq_keys, load_hq_keys, read_identities
from desktop.services.exchange import ExchangeService
from desktop.services.keyslots import KeySlots
from desktop.services.storage import EncryptedStore
from tests.conftest import FAST

from .test_cli import PW, env, run  # noqa: F401 (the env fixture)


@pytest.fixture(scope="module")
def hq_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hq") / "keys"
    generate_hq_keys(folder)
    return folder


def test_init_installs_the_hq_key_set_and_prints_its_fingerprint(env, hq_folder, capsys):
    keyset = load_hq_keys(hq_folder).keyset
    assert run("init", "--branch-code", "KZ-ALA", "--branch-name", "Алматы", "--admin", "admin",
               "--hq-keyset", str(hq_folder / "hq-keyset.json")) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == f"HQ key set version 1 installed. Fingerprint (check it with HQ by phone): {keyset.spoken}"

    from desktop.services.accounts import BranchGate

    gate = BranchGate(env, kdf=FAST)
    try:
        admin = gate.log_in("admin", PW)
        status = ExchangeService(gate.db, admin).status()
    finally:
        gate.close()
    assert status.keyset is not None and status.keyset.fingerprint == keyset.fingerprint
    # HQ's escrow key opens the new branch's database (DESIGN.md, Storage).
    escrow = read_identities(hq_folder / "hq-escrow.agekey")[0]
    db, _ = EncryptedStore(env).open_with_keys(KeySlots(env / "qamqor.keys").escrow_unlock(escrow))
    db.close()


def test_init_with_a_file_that_is_no_key_set_sets_up_nothing(env, tmp_path, capsys):
    junk = tmp_path / "hq-keyset.json"
    junk.write_text('{"body": {}, "signature": ""}')
    assert run("init", "--branch-code", "KZ-ALA", "--branch-name", "A", "--admin", "admin",
               "--hq-keyset", str(junk)) == 1
    assert capsys.readouterr().err == "qamqor: This file is not a qamqor-hq-keyset file.\n"
    assert not (env / "qamqor.db").exists()
    assert run("init", "--branch-code", "KZ-ALA", "--branch-name", "A", "--admin", "admin",
               "--hq-keyset", str(tmp_path / "missing.json")) == 1
    assert capsys.readouterr().err.startswith(f"qamqor: Cannot read {tmp_path / 'missing.json'}: ")
    assert not (env / "qamqor.db").exists()


def test_a_key_set_installed_after_set_up_wraps_the_key_for_hq_escrow(env, hq_folder, capsys):
    assert run("init", "--branch-code", "KZ-ALA", "--branch-name", "Алматы", "--admin", "admin") == 0
    escrow = read_identities(hq_folder / "hq-escrow.agekey")[0]
    slots = env / "qamqor.keys"
    with pytest.raises(Exception, match="no escrow key"):
        KeySlots(slots).escrow_unlock(escrow)

    assert run("keys", "install-hq", str(hq_folder / "hq-keyset.json")) == 0
    db, _ = EncryptedStore(env).open_with_keys(KeySlots(slots).escrow_unlock(escrow))
    db.close()
