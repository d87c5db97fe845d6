"""The recovery bundle: everything HQ holds of one branch, to rebuild it on a
new computer after the old one was lost or stolen. Written at HQ
(desktop/hq/recovery.py), read at the branch (services/recovery.py).

Like a return bundle it is signed by HQ and encrypted with age, here to the
recipient of the new computer's recovery request (an enrolment file made
before the branch exists there). The manifest says what HQ knew of the
branch: its identity, the last bundle it accepted and the change it reached,
the new exchange epoch, the staff accounts (no passwords), the health key as
HQ's escrow key holds it, and HQ's key set, whose fingerprint the branch
checks by phone as at any first installation. The records are one gzip
member of JSON lines, ``{"record_type", "row"}``, the row in snapshot form.
"""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from .bundle import (FORMAT_VERSION, RECOVERY_DOMAIN, Opened, decrypt, encrypt, key_fingerprint, not_a_bundle,
                     open_sealed, seal)
from .keys import HqKeys, KeySet, parse_keyset
from ..errors import BundleError

RECORDS = "records.jsonl.gz"
SUFFIX = ".qmrecovery"
_ORIGIN = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)


def next_epoch(now: dt.datetime, *, after: int) -> int:
    """A number for a new exchange epoch: the seconds since 2020 (fits a
    32-bit column until 2088), above ``after``. Used by a restore at the
    branch and by a recovery at HQ."""
    return max(int((now - _ORIGIN).total_seconds()), after + 1)


def build_recovery(records: Iterable[tuple[str, str]], manifest: dict, *, hq: HqKeys, recipient: str) -> bytes:
    """The recovery bundle: ``records`` are (record type, canonical JSON row);
    ``manifest`` what HQ says of the branch (see the module's doc)."""
    raw = io.BytesIO()
    counts: dict[str, int] = {}
    with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=3, mtime=0) as gz:
        batch: list[str] = []
        for record_type, row in records:
            batch.append(f'{{"record_type":"{record_type}","row":{row}}}')
            counts[record_type] = counts.get(record_type, 0) + 1
            if len(batch) >= 20000:
                gz.write(("\n".join(batch) + "\n").encode("utf-8"))
                batch.clear()
        if batch:
            gz.write(("\n".join(batch) + "\n").encode("utf-8"))
    manifest = {**manifest, "format": FORMAT_VERSION, "kind": "recovery",
                "signer": key_fingerprint(hq.keyset.signing_public), "counts": dict(sorted(counts.items())),
                "keyset": hq.keyset.document.decode("utf-8"),
                "created_at": dt.datetime.now(dt.timezone.utc).isoformat()}
    plaintext, _, _ = seal(manifest, {RECORDS: raw.getvalue()}, key=hq.signing, domain=RECOVERY_DOMAIN)
    out = io.BytesIO()
    encrypt(plaintext, [recipient], out)
    return out.getvalue()


@dataclass(frozen=True)
class RecoveryContent:
    manifest: dict
    keyset: KeySet
    opened: Opened

    def records(self) -> Iterator[tuple[str, dict]]:
        """(record type, row in snapshot form), in the order HQ wrote them."""
        # Line by line: a large branch's records are hundreds of megabytes of text.
        with gzip.GzipFile(fileobj=io.BytesIO(self.opened.members[RECORDS]), mode="rb") as gz:
            for line in gz:
                if line.strip():
                    item = json.loads(line)
                    yield item["record_type"], item["row"]


def read_recovery(data: bytes, *, identities: list[str], check_keyset) -> RecoveryContent:
    """Decrypt and check a recovery bundle. ``check_keyset(keyset)`` raises
    unless the HQ key set it carries is the one HQ read out by phone; the
    manifest must then be signed by that key set's signing key."""
    plaintext = decrypt(data, identities)
    found: dict[str, KeySet] = {}

    def signer(manifest: dict) -> str:
        try:
            keyset = parse_keyset(str(manifest["keyset"]).encode("utf-8"))
        except (KeyError, TypeError) as err:
            raise not_a_bundle() from err
        check_keyset(keyset)
        found["keyset"] = keyset
        return keyset.signing_public

    opened = open_sealed(plaintext, domain=RECOVERY_DOMAIN, kind="recovery", signer_public=signer)
    manifest = opened.manifest
    try:
        ok = (RECORDS in opened.members and isinstance(manifest["branch_code"], str)
              and isinstance(manifest["branch_id"], str) and isinstance(manifest["cursor"], int)
              and isinstance(manifest["epoch"], dict) and isinstance(manifest.get("staff", []), list))
    except KeyError:
        ok = False
    if not ok:
        raise BundleError(QCoreApplication.translate("Exchange", "This file is not a Qamqor recovery bundle."))
    return RecoveryContent(manifest, found["keyset"], opened)
