"""Fields sealed a second time, with the branch's health key.

The database key opens the whole database for every staff member, so the
fields only some roles may see (TB, HIV and the other health flags, and their
notes) are sealed inside it once more, field by field, with a random key that
only those roles' accounts and HQ's escrow key can unwrap (services/keyslots.py).

A sealed value is text, so it fits any column, travels in the change log and
in bundles as it is stored, and is kept at HQ as it arrives:

    qh1:<key id, 8 hex digits>:<base64 of nonce (12 bytes) + AES-256-GCM ciphertext and tag>

The associated data names the table, the record's id and the field, so a
sealed value moved to another record or another field does not open (it is
refused as damaged rather than shown in the wrong place). The plaintext is
padded (ISO/IEC 7816-4: 0x80 then zeros) to 32 bytes, or to a multiple of 64
for longer text, so the length of a sealed flag does not tell "tb" from "hiv".
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import uuid
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from PySide6.QtCore import QCoreApplication

from ..errors import StorageError

PREFIX = "qh1:"
DOMAIN = b"qamqor-sealed-field/1\0"

# The one list of sealed fields: table → fields. Everything that seals, opens,
# migrates or checks sealed data reads it from here.
SEALED_FIELDS: dict[str, tuple[str, ...]] = {
    "health_flag": ("flag", "note"),
}


@dataclass(frozen=True)
class FieldKey:
    """The branch's health key (32 random bytes). Never printed: no repr."""

    secret: bytes = field(repr=False)

    def __post_init__(self):
        if len(self.secret) != 32:
            raise ValueError("a field key has 32 bytes")

    @property
    def key_id(self) -> str:
        """Names the key without revealing it: which key sealed a value."""
        return key_id(self.secret)

    @classmethod
    def generate(cls) -> "FieldKey":
        return cls(os.urandom(32))


def key_id(secret: bytes) -> str:
    return hmac.new(secret, b"qamqor-field-key-id", hashlib.sha256).hexdigest()[:8]


def is_sealed(value: object) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX)


def _associated(table: str, record_id: uuid.UUID | str, field_name: str) -> bytes:
    return DOMAIN + f"{table}\0{uuid.UUID(str(record_id))}\0{field_name}".encode("ascii")


def _pad(data: bytes) -> bytes:
    size = len(data) + 1
    target = 32 if size <= 32 else -(-size // 64) * 64
    return data + b"\x80" + b"\0" * (target - size)


def _unpad(data: bytes) -> bytes:
    end = data.rstrip(b"\0")
    if not end.endswith(b"\x80"):
        raise ValueError("bad padding")
    return end[:-1]


def seal(key: FieldKey, text: str, *, table: str, record_id: uuid.UUID | str, field_name: str) -> str:
    nonce = os.urandom(12)
    sealed = AESGCM(key.secret).encrypt(nonce, _pad(text.encode("utf-8")),
                                         _associated(table, record_id, field_name))
    return f"{PREFIX}{key.key_id}:{base64.b64encode(nonce + sealed).decode('ascii')}"


def sealed_key_id(value: str) -> str:
    """The id of the key that sealed this value ('' when it is not a sealed value)."""
    if not is_sealed(value):
        return ""
    return value[len(PREFIX):].split(":", 1)[0]


def _damaged() -> StorageError:
    return StorageError(QCoreApplication.translate(
        "Health", "A sealed health field does not open: it is damaged or was moved from another record."))


def open_sealed(key: FieldKey, value: str, *, table: str, record_id: uuid.UUID | str, field_name: str) -> str:
    """The text of a sealed value. A value that is not sealed (written before
    sealing began, or emptied by a program that knows nothing of sealing) is
    returned as it is."""
    if not is_sealed(value):
        return value
    try:
        kid, body = value[len(PREFIX):].split(":", 1)
    except ValueError:
        raise _damaged() from None
    if kid != key.key_id:
        raise StorageError(QCoreApplication.translate(
            "Health", "This health information was sealed with another key than this branch's: the key "
                      "file and the database do not belong together. Restore them together from one backup."))
    try:
        raw = base64.b64decode(body.encode("ascii"), validate=True)
        plain = AESGCM(key.secret).decrypt(raw[:12], raw[12:], _associated(table, record_id, field_name))
        return _unpad(plain).decode("utf-8")
    except (InvalidTag, ValueError, binascii.Error, UnicodeDecodeError):
        raise _damaged() from None


__all__ = ["FieldKey", "PREFIX", "SEALED_FIELDS", "is_sealed", "key_id", "open_sealed", "seal",
           "sealed_key_id"]
