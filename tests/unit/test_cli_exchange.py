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
               "--hq-keyset", str(hq_folder / "hq-keyset.json"), "--hq-fingerprint", keyset.spoken.lower()) == 0
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

    keyset = load_hq_keys(hq_folder).keyset
    assert run("keys", "install-hq", str(hq_folder / "hq-keyset.json")) == 1  # not checked by phone
    assert "Nothing was installed." in capsys.readouterr().err
    assert run("keys", "install-hq", str(hq_folder / "hq-keyset.json"),
               "--fingerprint", keyset.spoken.replace(" ", "")) == 0
    db, _ = EncryptedStore(env).open_with_keys(KeySlots(slots).escrow_unlock(escrow))
    db.close()


def test_init_refuses_a_key_set_whose_fingerprint_was_not_read_out_by_hq(env, hq_folder, capsys):
    keyset = load_hq_keys(hq_folder).keyset
    file = str(hq_folder / "hq-keyset.json")
    assert run("init", "--branch-code", "KZ-ALA", "--branch-name", "A", "--admin", "admin", "--hq-keyset", file) == 1
    assert capsys.readouterr().err == (
        "qamqor: Check the key set with HQ first: give the fingerprint HQ reads out by phone with --hq-fingerprint "
        f"(this file's fingerprint is {keyset.spoken}). Nothing was installed.\n")
    wrong = "0000 " + keyset.spoken[5:]
    assert run("init", "--branch-code", "KZ-ALA", "--branch-name", "A", "--admin", "admin", "--hq-keyset", file,
               "--hq-fingerprint", wrong) == 1
    assert "is not this file's" in capsys.readouterr().err
    assert not (env / "qamqor.db").exists()


def test_a_new_hq_escrow_key_in_a_return_bundle_gets_the_database_key(env, hq_folder, tmp_path, capsys):
    """HQ replaces its escrow key: the key set v2 (signed with HQ's key) comes in
    the return bundle, and the branch wraps its database key for the new one."""
    import dataclasses

    import pyrage
    from sqlalchemy import create_engine

    from desktop.exchange.keys import KEYSET_DOMAIN, KEYSET_FORMAT, parse_keyset, signed_document
    from desktop.hq.service import HqService
    from desktop.models import schema
    from desktop.services.accounts import BranchGate
    from desktop.services.storage import Database

    keys = load_hq_keys(hq_folder)
    assert run("init", "--branch-code", "KZ-ALA", "--branch-name", "A", "--admin", "admin",
               "--hq-keyset", str(hq_folder / "hq-keyset.json"), "--hq-fingerprint", keys.keyset.spoken) == 0
    gate = BranchGate(env, kdf=FAST)
    try:
        admin = gate.log_in("admin", PW)
        service = ExchangeService(gate.db, admin)
        enrolment, _ = service.enrolment()
        bundle = service.export_bundle(tmp_path).path
    finally:
        gate.close()

    new_escrow = pyrage.x25519.Identity.generate()
    body = {"format": KEYSET_FORMAT, "version": 2,
            "recipients": [keys.keyset.recipients[0], str(new_escrow.to_public())],
            "signing_public": keys.keyset.signing_public, "created_at": "2026-11-24T00:00:00+00:00"}
    v2 = parse_keyset(signed_document(body, key=keys.signing, domain=KEYSET_DOMAIN))
    hq = Database(create_engine(f"sqlite:///{tmp_path / 'hq.db'}"))
    schema.upgrade(hq)
    try:
        HqService(hq, keys=keys).enrol(enrolment)
        HqService(hq, keys=keys).import_bundle(bundle.read_bytes())
        answer = HqService(hq, keys=dataclasses.replace(keys, keyset=v2)).return_bundle("KZ-ALA")
    finally:
        hq.close()
    returned = tmp_path / answer.file_name
    returned.write_bytes(answer.data)

    assert run("import-return", str(returned)) == 0
    db, _ = EncryptedStore(env).open_with_keys(KeySlots(env / "qamqor.keys").escrow_unlock(str(new_escrow)))
    db.close()


@pytest.mark.parametrize("lang, words", [("en", "with 0 changes."), ("ru", "0 изменений."), ("kk", "0 өзгеріс.")])
def test_export_bundle_says_how_many_changes_in_words_of_the_language(env, hq_folder, tmp_path, capsys, lang, words):
    keyset = load_hq_keys(hq_folder).keyset
    assert run("init", "--branch-code", "KZ-ALA", "--branch-name", "Алматы", "--admin", "admin",
               "--hq-keyset", str(hq_folder / "hq-keyset.json"), "--hq-fingerprint", keyset.spoken) == 0
    capsys.readouterr()
    stick = tmp_path / "stick"
    stick.mkdir()
    assert run("--lang", lang, "--user", "admin", "export-bundle", "--out", str(stick)) == 0
    out = capsys.readouterr().out.strip()
    assert out.endswith(words) and "(s)" not in out and "KZ-ALA-00000001.qmb" in out
