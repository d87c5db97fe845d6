"""The bundle format and the refusals of HQ import, on a SQLite stand-in for
the HQ database (the PostgreSQL runs are in tests/integration/test_exchange.py)."""
from __future__ import annotations

import gzip
import io
import json
import random
import tarfile

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import create_engine, func, select

from desktop.exchange.bundle import (BUNDLE_DOMAIN, ENROLMENT_DOMAIN, KEYSET_DOMAIN, RETURN_DOMAIN, BundleError,
                                     canonical, decrypt, encrypt, open_sealed, pack, public_b64, seal, sha256, sign, unpack,
                                     verify)
from desktop.exchange.keys import generate_hq_keys, load_hq_keys, parse_enrolment, parse_keyset
from desktop.models import HqBranch, HqBundle, Person
from desktop.models.journal import canonical_json
from desktop.models import schema
from desktop.errors import Refused
from desktop.hq.service import HqService
from desktop.services.exchange import ExchangeService
from desktop.services.storage import Database
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture(scope="module")
def hq_keys(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hq") / "keys"
    generate_hq_keys(folder)
    return load_hq_keys(folder)


def register(db, count: int, *, start: int = 0) -> None:
    with db.session("admin") as s:
        for i in range(start, start + count):
            s.add(Person(number=f"KZ-ALA-2026-{i:06d}", family_name=f"Абдуллаев {i}", given_name="Рустам"))


@pytest.fixture
def env(gate, hq_keys, tmp_path):
    """A branch with three visitors and its first bundle; an HQ database with the branch enrolled."""
    admin = gate.log_in("admin", ADMIN_PASSWORD)
    service = ExchangeService(gate.db, admin)
    service.install_hq_keyset(hq_keys.keyset.document)
    enrolment, _ = service.enrolment()
    register(gate.db, 3)
    stick = tmp_path / "stick"
    stick.mkdir()
    result = service.export_bundle(stick)
    hq = Database(create_engine(f"sqlite:///{tmp_path / 'hq.db'}"))
    schema.upgrade(hq)
    at_hq = HqService(hq, keys=hq_keys)
    at_hq.enrol(enrolment)

    class Env:
        pass

    e = Env()
    e.gate, e.service, e.stick, e.hq, e.keys, e.at_hq = gate, service, stick, hq, hq_keys, at_hq
    e.bundle = result.path.read_bytes()
    yield e
    hq.close()


def hq_state(hq: Database) -> tuple:
    with hq.read() as s:
        return (s.scalar(select(func.count()).select_from(Person)),
                s.scalar(select(func.count()).select_from(HqBundle)),
                s.scalar(select(HqBranch.cursor)))


def refused(env, data: bytes, match: str | None = None) -> str:
    before = hq_state(env.hq)
    with pytest.raises(BundleError, match=match) as info:
        env.at_hq.import_bundle(data)
    assert hq_state(env.hq) == before
    assert "\n" not in str(info.value)
    return str(info.value)


def plaintext_of(env) -> bytes:
    return decrypt(env.bundle, env.keys.identities)


def reencrypt(env, plaintext: bytes) -> bytes:
    out = io.BytesIO()
    encrypt(plaintext, env.keys.keyset.recipients, out)
    return out.getvalue()


# -- the format ------------------------------------------------------------------------
def test_manifest_is_canonical_json_naming_every_member(env):
    members = unpack(plaintext_of(env))
    assert list(members) == ["manifest.json", "manifest.sig", "changes.jsonl.gz"]
    raw = members["manifest.json"]
    manifest = json.loads(raw)
    assert raw == json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    assert manifest["format"] == 1 and manifest["kind"] == "bundle" and manifest["sequence"] == 1
    assert manifest["branch_code"] == "KZ-ALA" and manifest["previous_manifest"] == ""
    assert manifest["changes"] == {"from": 1, "to": manifest["changes"]["to"], "count": 3}
    assert manifest["counts"] == {"person": 3}
    entry = manifest["members"]["changes.jsonl.gz"]
    assert entry["size"] == len(members["changes.jsonl.gz"])
    lines = gzip.decompress(members["changes.jsonl.gz"]).decode().splitlines()
    rows = [json.loads(line) for line in lines]
    assert lines == [canonical_json(r) for r in rows]
    assert [r["operation"] for r in rows] == ["insert"] * 3
    assert {json.loads(r["row"])["family_name"] for r in rows} == {"Абдуллаев 0", "Абдуллаев 1", "Абдуллаев 2"}


def test_signature_is_domain_separated():
    key = Ed25519PrivateKey.generate()
    message = canonical({"a": 1})
    signature = sign(key, BUNDLE_DOMAIN, message)
    assert verify(public_b64(key), BUNDLE_DOMAIN, message, signature)
    for other in (RETURN_DOMAIN, KEYSET_DOMAIN, ENROLMENT_DOMAIN, b""):
        assert not verify(public_b64(key), other, message, signature)
    # The bare manifest bytes are not what is signed.
    assert not verify(public_b64(key), b"", BUNDLE_DOMAIN + message, key.sign(message))


def test_member_hash_mismatch_is_refused():
    key = Ed25519PrivateKey.generate()
    plaintext, manifest, _ = seal({"format": 1, "kind": "bundle"}, {"changes.jsonl.gz": b"abc"},
                                  key=key, domain=BUNDLE_DOMAIN)
    members = unpack(plaintext)
    members["changes.jsonl.gz"] = b"abd"
    with pytest.raises(BundleError, match="does not match its manifest"):
        open_sealed(pack(members), domain=BUNDLE_DOMAIN, kind="bundle", signer_public=lambda m: public_b64(key))
    members["changes.jsonl.gz"] = b"abc"
    members["extra"] = b"x"
    with pytest.raises(BundleError, match="do not match its manifest"):
        open_sealed(pack(members), domain=BUNDLE_DOMAIN, kind="bundle", signer_public=lambda m: public_b64(key))


def test_key_set_and_enrolment_verify_and_refuse_alteration(env, hq_keys):
    keyset = parse_keyset(hq_keys.keyset.document)
    assert keyset.recipients == hq_keys.keyset.recipients and len(keyset.spoken.split()) == 8
    doc = json.loads(hq_keys.keyset.document)
    doc["body"]["recipients"] = [str(pyrage.x25519.Identity.generate().to_public())]
    with pytest.raises(BundleError, match="signature"):
        parse_keyset(json.dumps(doc).encode())
    with pytest.raises(Refused, match="signature"):
        env.service.install_hq_keyset(json.dumps(doc).encode())
    data, fingerprint = env.service.enrolment()
    assert parse_enrolment(data).fingerprint == fingerprint
    doc = json.loads(data)
    doc["body"]["code"] = "KZ-AST"
    with pytest.raises(BundleError, match="signature"):
        parse_enrolment(json.dumps(doc).encode())


# -- HQ refuses bad bundles and changes nothing ------------------------------------------
def test_good_bundle_applies_once(env):
    first = env.at_hq.import_bundle(env.bundle)
    assert (first.applied, first.status) == (3, "applied")
    again = env.at_hq.import_bundle(env.bundle)
    assert (again.applied, again.status, again.already) == (0, "duplicate", 3)
    assert hq_state(env.hq)[:2] == (3, 1)


@pytest.mark.parametrize("cut", [0, 1, 10, 21, 22, 60, 100, 150, 200, 300, -300, -100, -17, -16, -2, -1])
def test_truncated_bundle_is_refused(env, cut):
    refused(env, env.bundle[:cut] if cut else b"")


def test_random_byte_flips_are_refused(env):
    rng = random.Random(6)
    for _ in range(60):
        data = bytearray(env.bundle)
        pos = rng.randrange(len(data))
        data[pos] ^= 1 << rng.randrange(8)
        refused(env, bytes(data))


def test_bundle_for_someone_else_is_refused(env):
    stranger = pyrage.x25519.Identity.generate()
    out = io.BytesIO()
    encrypt(plaintext_of(env), [str(stranger.to_public())], out)
    assert "not addressed" in refused(env, out.getvalue())


def test_unknown_branch_is_refused(env):
    with env.hq.session("hq") as s:
        s.delete(s.get(HqBranch, "KZ-ALA"))
    assert "not enrolled" in refused(env, env.bundle)


def test_bundle_signed_by_another_key_is_refused(env):
    members = unpack(plaintext_of(env))
    manifest = json.loads(members["manifest.json"])
    del manifest["members"]
    other = Ed25519PrivateKey.generate()
    forged, _, _ = seal(manifest, {"changes.jsonl.gz": members["changes.jsonl.gz"]}, key=other, domain=BUNDLE_DOMAIN)
    refused(env, reencrypt(env, forged), "signature|signed")
    # Same manifest, signature from another domain (a return bundle signed by the branch key).
    members["manifest.sig"] = other.sign(RETURN_DOMAIN + members["manifest.json"])
    refused(env, reencrypt(env, pack(members)), "signature")


def test_unknown_format_version_is_refused(env):
    members = unpack(plaintext_of(env))
    manifest = json.loads(members["manifest.json"])
    manifest["format"] = 2
    members["manifest.json"] = canonical(manifest)
    assert "format version 2" in refused(env, reencrypt(env, pack(members)))


@pytest.mark.parametrize("kind", ["empty", "text", "tar", "age-of-text", "age-of-gzip"])
def test_not_a_bundle_is_refused(env, kind):
    data = {
        "empty": b"",
        "text": "Привет, HQ".encode(),
        "tar": pack({"readme.txt": b"hello"}),
        "age-of-text": None,
        "age-of-gzip": None,
    }[kind]
    if kind == "age-of-text":
        data = reencrypt(env, b"just some words")
    elif kind == "age-of-gzip":
        data = reencrypt(env, gzip.compress(b"{}"))
    refused(env, data)


def test_manifest_of_the_wrong_kind_is_refused(env):
    members = unpack(plaintext_of(env))
    manifest = json.loads(members["manifest.json"])
    manifest["kind"] = "return"
    members["manifest.json"] = canonical(manifest)
    refused(env, reencrypt(env, pack(members)), "not a Qamqor bundle")


def test_tar_with_a_path_is_refused():
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tar:
        info = tarfile.TarInfo("../manifest.json")
        info.size = 2
        tar.addfile(info, io.BytesIO(b"{}"))
    with pytest.raises(BundleError):
        unpack(out.getvalue())


def test_export_writes_no_plaintext_and_chains_bundles(env):
    assert env.bundle.startswith(b"age-encryption.org/v1\n")
    assert "Абдуллаев".encode() not in env.bundle
    assert not [p for p in env.stick.iterdir() if p.name.startswith(".")]
    register(env.gate.db, 2, start=10)
    second = env.service.export_bundle(env.stick)
    assert second.path.name == "KZ-ALA-00000002.qmb" and second.changes == 5  # cumulative
    first = json.loads(unpack(plaintext_of(env))["manifest.json"])
    env.bundle = second.path.read_bytes()
    manifest = json.loads(unpack(plaintext_of(env))["manifest.json"])
    assert manifest["previous_manifest"] == sha256(canonical(first))


def test_return_bundles_are_checked_before_anything_changes(env):
    from desktop.models import ChangeLog

    env.at_hq.import_bundle(env.bundle)
    good = env.at_hq.return_bundle("KZ-ALA")

    def log_size():
        with env.gate.db.read() as s:
            return s.scalar(select(func.count()).select_from(ChangeLog))

    before = log_size()
    for bad in (good.data[:-1], good.data[:200] + bytes([good.data[200] ^ 4]) + good.data[201:], env.bundle):
        with pytest.raises(Refused):
            env.service.import_return(bad)
    assert log_size() == before == 3
    # Signed by someone other than HQ.
    members = unpack(decrypt(good.data, [str(_branch_age(env))]))
    members["manifest.sig"] = Ed25519PrivateKey.generate().sign(RETURN_DOMAIN + members["manifest.json"])
    out = io.BytesIO()
    with env.gate.db.read() as s:
        from desktop.models import BranchKey

        recipient = s.get(BranchKey, "age").public
    encrypt(pack(members), [recipient], out)
    with pytest.raises(Refused, match="signature"):
        env.service.import_return(out.getvalue())
    assert log_size() == 3
    result = env.service.import_return(good.data)
    assert (result.acknowledged_through, result.pruned) == (3, 3) and log_size() == 0


def _branch_age(env):
    from desktop.services.exchange import age_identity

    with env.gate.db.read() as s:
        return age_identity(s)
