"""HQ key sets and branch enrolment files: small signed JSON documents.

A document is ``{"body": {...}, "signature": base64}``, the signature over a
domain tag and the canonical body; its fingerprint (SHA-256 of the canonical
body) is read aloud by phone to check that the file was not swapped.
"""
from __future__ import annotations

import base64
import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QCoreApplication

from .bundle import (ENROLMENT_DOMAIN, KEYSET_DOMAIN, canonical, grouped, public_b64, sha256, sign, verify)
from ..errors import BundleError
from ..i18n import fill

KEYSET_FORMAT = "qamqor-hq-keyset"
ENROLMENT_FORMAT = "qamqor-enrolment"


def signed_document(body: dict, *, key: Ed25519PrivateKey, domain: bytes) -> bytes:
    signature = base64.b64encode(sign(key, domain, canonical(body))).decode("ascii")
    return json.dumps({"body": body, "signature": signature}, ensure_ascii=False, indent=2,
                      sort_keys=True).encode("utf-8") + b"\n"


def _load(data: bytes, kind: str) -> tuple[dict, bytes]:
    try:
        doc = json.loads(data.decode("utf-8"))
        body, signature = doc["body"], base64.b64decode(doc["signature"], validate=True)
        if not isinstance(body, dict) or body.get("format") != kind:
            raise ValueError
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as err:
        raise BundleError(fill(QCoreApplication.translate("Exchange", "This file is not a %1 file."), kind)) from err
    return body, signature


def fingerprint(body: dict) -> str:
    return sha256(canonical(body))


# -- the HQ key set ---------------------------------------------------------------
@dataclass(frozen=True)
class KeySet:
    version: int
    recipients: list[str]  # age X25519: primary, escrow
    signing_public: str  # base64 Ed25519
    fingerprint: str
    document: bytes

    @property
    def spoken(self) -> str:
        return grouped(self.fingerprint)


def parse_keyset(data: bytes, *, trusted_signing_public: str | None = None) -> KeySet:
    """Check a key set. A first key set signs itself (its fingerprint is checked by
    phone); an update must be signed by the HQ key already trusted."""
    body, signature = _load(data, KEYSET_FORMAT)
    try:
        recipients = [str(r) for r in body["recipients"]]
        signing_public = str(body["signing_public"])
        version = int(body["version"])
        for r in recipients:
            pyrage.x25519.Recipient.from_str(r)
    except Exception as err:
        raise BundleError(fill(QCoreApplication.translate("Exchange", "This file is not a %1 file."),
                               KEYSET_FORMAT)) from err
    if not recipients:
        raise BundleError(fill(QCoreApplication.translate("Exchange", "This file is not a %1 file."), KEYSET_FORMAT))
    signer = trusted_signing_public or signing_public
    if not verify(signer, KEYSET_DOMAIN, canonical(body), signature):
        raise BundleError(QCoreApplication.translate(
            "Exchange", "The HQ key set's signature does not verify: it was altered or not made by HQ."))
    return KeySet(version, recipients, signing_public, fingerprint(body), data)


def _age_key_file(identity) -> bytes:
    # The layout age-keygen writes, so the age command reads it (-i FILE).
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    return (f"# created: {now}\n# public key: {identity.to_public()}\n{identity}\n").encode("ascii")


def _write_secret(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


HQ_FILES = ("hq-primary.agekey", "hq-escrow.agekey", "hq-signing.key", "hq-keyset.json")


def generate_hq_keys(out: Path, *, version: int = 1) -> KeySet:
    out.mkdir(parents=True, exist_ok=True)
    existing = [name for name in HQ_FILES if (out / name).exists()]
    if existing:
        raise BundleError(fill(QCoreApplication.translate(
            "Exchange", "%1 already exists: HQ keys are never overwritten."), out / existing[0]))
    primary, escrow = pyrage.x25519.Identity.generate(), pyrage.x25519.Identity.generate()
    signing = Ed25519PrivateKey.generate()
    body = {"format": KEYSET_FORMAT, "version": version,
            "recipients": [str(primary.to_public()), str(escrow.to_public())],
            "signing_public": public_b64(signing),
            "created_at": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()}
    document = signed_document(body, key=signing, domain=KEYSET_DOMAIN)
    _write_secret(out / "hq-primary.agekey", _age_key_file(primary))
    _write_secret(out / "hq-escrow.agekey", _age_key_file(escrow))
    _write_secret(out / "hq-signing.key", signing.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    _write_secret(out / "hq-keyset.json", document)
    return parse_keyset(document)


@dataclass(frozen=True)
class HqKeys:
    """The HQ secrets as read from the key folder."""

    identities: list[str]
    signing: Ed25519PrivateKey
    keyset: KeySet


def read_identities(path: Path) -> list[str]:
    lines = path.read_text("ascii").splitlines()
    return [line.strip() for line in lines if line.strip().startswith("AGE-SECRET-KEY-")]


def load_hq_keys(folder: Path) -> HqKeys:
    try:
        identities = read_identities(folder / "hq-primary.agekey")
        if (folder / "hq-escrow.agekey").exists():
            identities += read_identities(folder / "hq-escrow.agekey")
        signing = serialization.load_pem_private_key((folder / "hq-signing.key").read_bytes(), None)
        keyset = parse_keyset((folder / "hq-keyset.json").read_bytes())
    except (OSError, ValueError) as err:
        raise BundleError(fill(QCoreApplication.translate(
            "Exchange", "Cannot read the HQ keys in %1: %2"), folder, getattr(err, "strerror", None) or err)) from err
    if not isinstance(signing, Ed25519PrivateKey) or public_b64(signing) != keyset.signing_public:
        raise BundleError(fill(QCoreApplication.translate(
            "Exchange", "The HQ signing key in %1 does not belong to its key set."), folder))
    return HqKeys(identities, signing, keyset)


# -- branch enrolment -------------------------------------------------------------
@dataclass(frozen=True)
class Enrolment:
    branch_id: str
    code: str
    name: str
    signing_public: str
    recipient: str
    fingerprint: str

    @property
    def spoken(self) -> str:
        return grouped(self.fingerprint)


def make_enrolment(*, branch_id: str, code: str, name: str, signing: Ed25519PrivateKey, recipient: str) -> bytes:
    body = {"format": ENROLMENT_FORMAT, "version": 1, "branch_id": branch_id, "code": code, "name": name,
            "signing_public": public_b64(signing), "recipient": recipient,
            "created_at": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()}
    return signed_document(body, key=signing, domain=ENROLMENT_DOMAIN)


def parse_enrolment(data: bytes) -> Enrolment:
    body, signature = _load(data, ENROLMENT_FORMAT)
    try:
        enrolment = Enrolment(str(body["branch_id"]), str(body["code"]), str(body["name"]),
                              str(body["signing_public"]), str(body["recipient"]), fingerprint(body))
        pyrage.x25519.Recipient.from_str(enrolment.recipient)
    except Exception as err:
        raise BundleError(fill(QCoreApplication.translate("Exchange", "This file is not a %1 file."),
                               ENROLMENT_FORMAT)) from err
    if not verify(enrolment.signing_public, ENROLMENT_DOMAIN, canonical(body), signature):
        raise BundleError(QCoreApplication.translate(
            "Exchange", "The enrolment file's signature does not verify: it was altered."))
    return enrolment
