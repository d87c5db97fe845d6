"""HQ's side of the sealed health fields: they are stored as they arrive
(sealed), and the branch's health key is kept as the signed manifest carries
it, wrapped for HQ's escrow key. Only that key opens them at HQ."""
from __future__ import annotations

import base64
import binascii

import pyrage
from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import HqHealthKey

from ..errors import Refused
from ..exchange.sealed import FieldKey, key_id


def remember_health_key(session: Session, branch_code: str, manifest: dict) -> bool:
    """Keep the health key a verified bundle's manifest names (once per key).
    True when it was new. A malformed entry is ignored: the sealed fields
    still arrive and are kept; only opening them at HQ waits for a good one."""
    info = manifest.get("health_key")
    if not isinstance(info, dict):
        return False
    kid, wrapped = info.get("id"), info.get("wrapped")
    if not (isinstance(kid, str) and isinstance(wrapped, str) and 0 < len(kid) <= 16):
        return False
    if session.get(HqHealthKey, (branch_code, kid)) is not None:
        return False
    session.add(HqHealthKey(branch_code=branch_code, key_id=kid, escrow_wrapped=wrapped))
    return True


def health_keys_at_hq(session: Session, branch_code: str, escrow_identity: str) -> dict[str, FieldKey]:
    """The branch's health keys (by key id) that HQ's escrow identity opens."""
    identity = pyrage.x25519.Identity.from_str(escrow_identity.strip())
    out: dict[str, FieldKey] = {}
    for row in session.execute(select(HqHealthKey).where(HqHealthKey.branch_code == branch_code)).scalars():
        try:
            secret = pyrage.decrypt(base64.b64decode(row.escrow_wrapped), [identity])
        except (pyrage.DecryptError, binascii.Error, ValueError):
            continue
        if key_id(secret) == row.key_id:
            out[row.key_id] = FieldKey(secret)
    if not out:
        raise Refused(QCoreApplication.translate(
            "Health", "HQ holds no key to the health information of branch %1 that this escrow key opens."),
            branch_code)
    return out
