"""The bundle format: an age file whose plaintext is a small tar of a canonical
JSON manifest, its Ed25519 signature and the payload members.

Decryption happens in memory and nothing inside is parsed until age has
authenticated the whole file (streaming age emits plaintext before it sees a
truncation). age names no sender, so the manifest is signed inside; the
signature covers a domain tag, so a branch bundle, a return bundle, a key set
and an enrolment can never be passed off as one another.
"""
from __future__ import annotations

import base64
import hashlib
import io
import json
import tarfile
from dataclasses import dataclass

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from PySide6.QtCore import QCoreApplication

from ..errors import BundleError
from ..i18n import fill

FORMAT_VERSION = 1
BUNDLE_DOMAIN = b"qamqor-bundle-v1\0"
RETURN_DOMAIN = b"qamqor-return-v1\0"
KEYSET_DOMAIN = b"qamqor-keyset-v1\0"
ENROLMENT_DOMAIN = b"qamqor-enrolment-v1\0"
RECOVERY_DOMAIN = b"qamqor-recovery-v1\0"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
# Well above any real branch; a cap keeps a hostile archive from exhausting memory.
MAX_MEMBER = 4 << 30


def canonical(data) -> bytes:
    """Sorted keys, no spaces, UTF-8 kept: the bytes a signature covers, the same
    at the branch and at HQ. Only JSON's own types: a date or an identifier is
    written as text by whoever puts it in."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def public_b64(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    if isinstance(key, Ed25519PrivateKey):
        key = key.public_key()
    return base64.b64encode(key.public_bytes(serialization.Encoding.Raw,
                                             serialization.PublicFormat.Raw)).decode("ascii")


def key_fingerprint(public: str) -> str:
    """SHA-256 of the raw public key, hex."""
    return sha256(base64.b64decode(public))


def grouped(hex_digest: str, groups: int = 8) -> str:
    """The first ``groups`` × 4 hex digits in groups of four, to read aloud by phone."""
    return " ".join(hex_digest[i:i + 4] for i in range(0, groups * 4, 4)).upper()


def sign(key: Ed25519PrivateKey, domain: bytes, message: bytes) -> bytes:
    return key.sign(domain + message)


def verify(public: str, domain: bytes, message: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public)).verify(signature, domain + message)
    except (InvalidSignature, ValueError):
        return False
    return True


# -- archive -------------------------------------------------------------------
def pack(members: dict[str, bytes]) -> bytes:
    """A tar in memory, members in the given order, fixed metadata (no owner, no time)."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = 0o600
            tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


def not_a_bundle() -> BundleError:
    return BundleError(QCoreApplication.translate("Exchange", "This file is not a Qamqor bundle."))


def unpack(plaintext: bytes) -> dict[str, bytes]:
    members: dict[str, bytes] = {}
    try:
        with tarfile.open(fileobj=io.BytesIO(plaintext), mode="r:") as tar:
            for info in tar:
                if not info.isfile() or info.size > MAX_MEMBER or "/" in info.name or info.name in members:
                    raise not_a_bundle()
                members[info.name] = tar.extractfile(info).read()
    except (tarfile.TarError, EOFError) as err:
        raise not_a_bundle() from err
    return members


# -- encryption ----------------------------------------------------------------
def encrypt(plaintext: bytes, recipients: list[str], writer) -> None:
    """Encrypt to the age recipients, streaming into ``writer`` (a file opened for bytes)."""
    try:
        parsed = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    except Exception as err:  # pyrage raises its own RecipientError or ValueError
        raise BundleError(QCoreApplication.translate("Exchange", "A recipient key in the HQ key set is not valid.")) from err
    pyrage.encrypt_io(io.BytesIO(plaintext), writer, parsed)


def decrypt(data: bytes, identities: list[str]) -> bytes:
    """Decrypt in memory; raise before returning anything if age does not authenticate it all."""
    if not data.startswith(b"age-encryption.org/v1\n"):
        raise not_a_bundle()
    try:
        keys = [pyrage.x25519.Identity.from_str(i) for i in identities]
    except Exception as err:
        raise BundleError(QCoreApplication.translate("Exchange", "The decryption key is not a valid age identity.")) from err
    try:
        return pyrage.decrypt(data, keys)
    except pyrage.DecryptError as err:
        message = str(err).lower()
        if "no matching keys" in message or "no identity matched" in message:
            raise BundleError(QCoreApplication.translate(
                "Exchange", "This bundle is not addressed to this key: it cannot be decrypted here.")) from err
        raise BundleError(QCoreApplication.translate(
            "Exchange", "The bundle is damaged or was altered (truncated or changed bytes): refused.")) from err
    except Exception as err:
        raise BundleError(QCoreApplication.translate(
            "Exchange", "The bundle is damaged or was altered (truncated or changed bytes): refused.")) from err


# -- signed, encrypted bundles ------------------------------------------------------
@dataclass(frozen=True)
class Opened:
    manifest: dict
    manifest_bytes: bytes
    members: dict[str, bytes]

    @property
    def manifest_hash(self) -> str:
        return sha256(self.manifest_bytes)


def seal(manifest: dict, payload: dict[str, bytes], *, key: Ed25519PrivateKey, domain: bytes) -> tuple[bytes, dict, str]:
    """The plaintext tar: the manifest (with every member's hash and size), its
    signature, the members. Returns the tar, the manifest and the manifest's hash."""
    manifest = dict(manifest)
    manifest["members"] = {name: {"sha256": sha256(data), "size": len(data)} for name, data in payload.items()}
    manifest_bytes = canonical(manifest)
    signature = sign(key, domain, manifest_bytes)
    return pack({MANIFEST: manifest_bytes, SIGNATURE: signature, **payload}), manifest, sha256(manifest_bytes)


def open_sealed(plaintext: bytes, *, domain: bytes, kind: str, signer_public) -> Opened:
    """Check a decrypted tar: format, signature (``signer_public(manifest)`` names the
    key the manifest must be signed by) and every member's hash and size."""
    members = unpack(plaintext)
    manifest_bytes, signature = members.get(MANIFEST), members.get(SIGNATURE)
    if manifest_bytes is None or signature is None:
        raise not_a_bundle()
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as err:
        raise not_a_bundle() from err
    if not isinstance(manifest, dict) or manifest.get("kind") != kind:
        raise not_a_bundle()
    if manifest.get("format") != FORMAT_VERSION:
        raise BundleError(fill(QCoreApplication.translate(
            "Exchange", "This bundle has format version %1, which this program does not know: update Qamqor."),
            manifest.get("format")))
    public = signer_public(manifest)
    if not verify(public, domain, manifest_bytes, signature):
        raise BundleError(QCoreApplication.translate(
            "Exchange", "The bundle's signature does not match the sender's key: refused."))
    listed = manifest.get("members")
    if not isinstance(listed, dict) or set(listed) != set(members) - {MANIFEST, SIGNATURE}:
        raise BundleError(QCoreApplication.translate(
            "Exchange", "The bundle's contents do not match its manifest: refused."))
    for name, meta in listed.items():
        data = members[name]
        if not isinstance(meta, dict) or meta.get("size") != len(data) or meta.get("sha256") != sha256(data):
            raise BundleError(fill(QCoreApplication.translate(
                "Exchange", "The bundle member %1 does not match its manifest: refused."), name))
    return Opened(manifest, manifest_bytes, members)
