"""The branch's own keys, kept inside the encrypted database."""
from __future__ import annotations

import base64

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.orm import Session

from desktop.models import BranchKey
from desktop.models.journal import record_audit


def signing_key(session: Session) -> Ed25519PrivateKey:
    """The branch's Ed25519 signing key, made on first use."""
    row = session.get(BranchKey, "signing")
    if row is None:
        key = Ed25519PrivateKey.generate()
        raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
        public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        session.add(BranchKey(name="signing", secret=raw, public=base64.b64encode(public).decode("ascii")))
        record_audit(session, "key.create", record_type="branch_key", record_id="signing")
        return key
    return Ed25519PrivateKey.from_private_bytes(row.secret)
