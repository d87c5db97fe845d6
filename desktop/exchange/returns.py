"""HQ's return bundle: what HQ applied, what it rejected, its provider
directory and key set, and after a restore from a backup the branch's own
records HQ holds that the backup may lack; signed by HQ and encrypted to the
branch. Written at
HQ (desktop/hq/returns.py), read at the branch (services/exchange.py)."""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from .bundle import FORMAT_VERSION, RETURN_DOMAIN, canonical, decrypt, encrypt, key_fingerprint, open_sealed, seal
from ..errors import BundleError
from .keys import HqKeys

RETURN = "return.json.gz"


def build_return(*, bundle_id: str, branch_code: str, branch_id: str, sequence: int, acknowledged_through: int,
                 rejected: list[dict], providers: list[dict], hq: HqKeys, recipient: str,
                 audit: dict | None = None, records: list[dict] | None = None) -> bytes:
    """The return bundle, signed with HQ's key and encrypted to the branch's
    ``recipient``; ``providers`` are directory rows in snapshot form. HQ's key
    set travels with it, so a branch learns of a new one. ``audit``: the end
    of the branch's audit trail (seq, hash) in the last bundle HQ accepted,
    which the branch keeps as a witness outside itself. ``records``: the
    branch's records sent back after its restore from a backup
    (``{"record_type", "row"}``, rows in snapshot form, parents first)."""
    manifest = {"format": FORMAT_VERSION, "kind": "return", "bundle_id": bundle_id,
                "branch_code": branch_code, "branch_id": branch_id,
                "signer": key_fingerprint(hq.keyset.signing_public), "sequence": sequence,
                "acknowledged_through": acknowledged_through,
                "created_at": dt.datetime.now(dt.timezone.utc).isoformat()}
    if audit is not None:
        manifest["audit"] = audit
    body = {"rejected": rejected, "providers": providers, "keyset": hq.keyset.document.decode("utf-8")}
    if records:
        body["records"] = records
        manifest["given_back"] = len(records)
    payload = gzip.compress(canonical(body), mtime=0)
    plaintext, _, _ = seal(manifest, {RETURN: payload}, key=hq.signing, domain=RETURN_DOMAIN)
    out = io.BytesIO()
    encrypt(plaintext, [recipient], out)
    return out.getvalue()


@dataclass(frozen=True)
class ReturnContent:
    manifest: dict
    acknowledged_through: int
    rejected: list[dict]
    providers: list[dict]
    keyset: str | None
    records: list[dict] = ()  # the branch's own records sent back after a restore


def read_return(data: bytes, *, identities: list[str], hq_signing_public: str, branch_code: str) -> ReturnContent:
    plaintext = decrypt(data, identities)
    opened = open_sealed(plaintext, domain=RETURN_DOMAIN, kind="return",
                         signer_public=lambda _m: hq_signing_public)
    manifest = opened.manifest
    if manifest.get("branch_code") != branch_code:
        raise BundleError(QCoreApplication.translate(
            "Exchange", "This return bundle is for branch %1, not for this branch (%2)."),
            manifest.get("branch_code"), branch_code)
    if RETURN not in opened.members:
        raise BundleError(QCoreApplication.translate("Exchange", "This file is not a Qamqor bundle."))
    body = json.loads(gzip.decompress(opened.members[RETURN]))
    return ReturnContent(manifest, int(manifest["acknowledged_through"]), body.get("rejected", []),
                         body.get("providers", []), body.get("keyset"), body.get("records") or [])
