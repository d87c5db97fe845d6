"""The branch's side of the format: what goes into a bundle, and what a return
bundle from HQ says."""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QCoreApplication
from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from desktop.models import ChangeLog, uuid7

from .bundle import (BUNDLE_DOMAIN, FORMAT_VERSION, RETURN_DOMAIN, Opened, decrypt, key_fingerprint, open_sealed, public_b64, seal)
from ..errors import BundleError
from ..i18n import fill

CHANGES = "changes.jsonl.gz"
RETURN = "return.json.gz"
GENESIS = ""


@dataclass(frozen=True)
class BundleContent:
    plaintext: bytes
    manifest: dict
    manifest_hash: str


def build_bundle(session: Session, *, signing: Ed25519PrivateKey, branch_id: str, branch_code: str,
                 sequence: int, previous_manifest: str, acknowledged_through: int,
                 progress=None, health_key: dict | None = None) -> BundleContent:
    """Every change above what HQ acknowledged, in order, signed by the branch key.

    ``health_key``: the branch's health key wrapped for HQ's escrow key
    (id, recipient, wrapped), so HQ can keep it beside the sealed fields."""
    raw = io.BytesIO()
    counts: dict[str, int] = {}
    last = acknowledged_through
    total = 0
    # Fast compression: the rows are JSON text and the export is on the clock.
    with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=3, mtime=0) as gz:
        # record_id and at are read as stored, without SQLAlchemy's per-value
        # conversion (a third of the export time on 500,000 changes); _uuid_text
        # and _utc_text give the same text the conversion would.
        rows = session.execute(
            select(ChangeLog.seq, ChangeLog.record_type, type_coerce(ChangeLog.record_id, String),
                   ChangeLog.operation, ChangeLog.base_version, ChangeLog.row, ChangeLog.actor,
                   type_coerce(ChangeLog.at, String))
            .where(ChangeLog.seq > acknowledged_through).order_by(ChangeLog.seq)
            .execution_options(yield_per=20000))
        batch: list[str] = []
        dumps = json.JSONEncoder(ensure_ascii=False).encode
        for seq, record_type, record_id, operation, base_version, row, actor, at in rows:
            # The canonical form (keys sorted, no spaces) written out by hand: this
            # loop runs once per change, half a million times for a large branch.
            # Operation and record type are our own ASCII identifiers.
            batch.append(f'{{"actor":{dumps(actor)},"at":"{_utc_text(at)}","base_version":{int(base_version)},'
                         f'"operation":"{operation}","record_id":"{_uuid_text(record_id)}",'
                         f'"record_type":"{record_type}","row":{dumps(row)},"seq":{int(seq)}}}')
            counts[record_type] = counts.get(record_type, 0) + 1
            last = seq
            total += 1
            if len(batch) >= 20000:
                gz.write(("\n".join(batch) + "\n").encode("utf-8"))
                batch.clear()
                if progress is not None:
                    progress(total)
        if batch:
            gz.write(("\n".join(batch) + "\n").encode("utf-8"))
    manifest = {
        "format": FORMAT_VERSION, "kind": "bundle", "bundle_id": str(uuid7()),
        "branch_id": branch_id, "branch_code": branch_code,
        "signer": key_fingerprint(public_b64(signing)), "sequence": sequence,
        "previous_manifest": previous_manifest,
        "changes": {"from": acknowledged_through + 1, "to": last, "count": total},
        "counts": dict(sorted(counts.items())),
        "acknowledged_through": acknowledged_through,
        "created_at": dt.datetime.now(dt.timezone.utc).isoformat(),
    }
    if health_key is not None:
        manifest["health_key"] = health_key
    return BundleContent(*seal(manifest, {CHANGES: raw.getvalue()}, key=signing, domain=BUNDLE_DOMAIN))


def _uuid_text(value) -> str:
    if isinstance(value, str) and len(value) == 32:  # SQLite keeps 32 hex digits
        return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
    return str(value)


def _utc_text(value) -> str:
    if isinstance(value, str) and len(value) == 26 and value[10] == " ":
        # SQLite keeps naive UTC as 'YYYY-MM-DD HH:MM:SS.ffffff'; isoformat() drops zero microseconds.
        text = value[:10] + "T" + value[11:]
        return (text[:-7] if text.endswith(".000000") else text) + "+00:00"
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc).isoformat()


def check_manifest_shape(manifest: dict) -> None:
    try:
        ok = (isinstance(manifest["sequence"], int) and manifest["sequence"] >= 1
              and isinstance(manifest["changes"]["from"], int) and isinstance(manifest["changes"]["to"], int)
              and isinstance(manifest["branch_code"], str) and isinstance(manifest["previous_manifest"], str))
    except (KeyError, TypeError):
        ok = False
    if not ok:
        raise BundleError(QCoreApplication.translate("Exchange", "This file is not a Qamqor bundle."))


def iter_changes(opened: Opened):
    """The change rows of a verified bundle, in order."""
    data = gzip.decompress(opened.members[CHANGES])
    for line in data.splitlines():
        if line:
            yield json.loads(line)


# -- return bundles ------------------------------------------------------------------
@dataclass(frozen=True)
class ReturnContent:
    manifest: dict
    acknowledged_through: int
    rejected: list[dict]
    providers: list[dict]
    keyset: str | None


def read_return(data: bytes, *, identities: list[str], hq_signing_public: str, branch_code: str) -> ReturnContent:
    plaintext = decrypt(data, identities)
    opened = open_sealed(plaintext, domain=RETURN_DOMAIN, kind="return",
                         signer_public=lambda _m: hq_signing_public)
    manifest = opened.manifest
    if manifest.get("branch_code") != branch_code:
        raise BundleError(fill(QCoreApplication.translate(
            "Exchange", "This return bundle is for branch %1, not for this branch (%2)."),
            manifest.get("branch_code"), branch_code))
    if RETURN not in opened.members:
        raise BundleError(QCoreApplication.translate("Exchange", "This file is not a Qamqor bundle."))
    body = json.loads(gzip.decompress(opened.members[RETURN]))
    return ReturnContent(manifest, int(manifest["acknowledged_through"]), body.get("rejected", []),
                         body.get("providers", []), body.get("keyset"))
