"""A branch's bundle: the changes it carries, written at the branch and read at
HQ. Bytes in, bytes out: the branch's exchange service reads its change log,
HQ applies the changes (desktop/hq/)."""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QCoreApplication

from .bundle import BUNDLE_DOMAIN, FORMAT_VERSION, Opened, key_fingerprint, public_b64, seal
from ..errors import BundleError

CHANGES = "changes.jsonl.gz"
GENESIS = ""


@dataclass(frozen=True)
class BundleContent:
    plaintext: bytes
    manifest: dict
    manifest_hash: str


# One change as the branch's change log holds it, every field already in the
# bundle's text form: seq, record type, record id (a UUID's canonical text),
# operation, base version, the row's canonical JSON, actor, time (UTC ISO 8601).
ChangeRow = tuple[int, str, str, str, int, str, str, str]


def build_bundle(changes: Iterable[ChangeRow], *, signing: Ed25519PrivateKey, bundle_id: str, branch_id: str,
                 branch_code: str, sequence: int, previous_manifest: str, acknowledged_through: int,
                 progress=None, epoch: dict | None = None, health_key: dict | None = None,
                 audit: dict | None = None, staff: list[dict] | None = None, returned: int = 0) -> BundleContent:
    """The changes above what HQ acknowledged, in order, signed by the branch key.
    ``progress(done)`` hears of every 20,000 changes written. ``epoch``: after a
    restore, the branch's exchange epoch (services/epochs.py). ``health_key``:
    the branch's health key wrapped for HQ's escrow key (id, recipient,
    wrapped), so HQ can keep it beside the sealed fields. ``audit``: the end
    of the branch's audit trail (seq, hash) and ``witnesses``, the hash each
    earlier bundle's end has in the trail now (HQ compares the one it saw).
    ``staff``: the branch's accounts (user name, name, role, active), which
    HQ keeps so that a rebuilt branch gets them back. ``returned``: the last
    return bundle the branch applied (HQ then knows what reached it)."""
    raw = io.BytesIO()
    counts: dict[str, int] = {}
    last = acknowledged_through
    total = 0
    # Fast compression: the rows are JSON text and the export is on the clock.
    with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=3, mtime=0) as gz:
        batch: list[str] = []
        dumps = json.JSONEncoder(ensure_ascii=False).encode
        for seq, record_type, record_id, operation, base_version, row, actor, at in changes:
            # The canonical form (keys sorted, no spaces) written out by hand: this
            # loop runs once per change, half a million times for a large branch.
            # Operation and record type are our own ASCII identifiers.
            batch.append(f'{{"actor":{dumps(actor)},"at":"{at}","base_version":{int(base_version)},'
                         f'"operation":"{operation}","record_id":"{record_id}",'
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
        "format": FORMAT_VERSION, "kind": "bundle", "bundle_id": bundle_id,
        "branch_id": branch_id, "branch_code": branch_code,
        "signer": key_fingerprint(public_b64(signing)), "sequence": sequence,
        "previous_manifest": previous_manifest,
        "changes": {"from": acknowledged_through + 1, "to": last, "count": total},
        "counts": dict(sorted(counts.items())),
        "acknowledged_through": acknowledged_through,
        "created_at": dt.datetime.now(dt.timezone.utc).isoformat(),
    }
    if epoch:
        manifest["epoch"] = epoch
    if health_key is not None:
        manifest["health_key"] = health_key
    if audit is not None:
        manifest["audit"] = audit
    if staff is not None:
        manifest["staff"] = staff
    if returned:
        manifest["returned"] = returned
    return BundleContent(*seal(manifest, {CHANGES: raw.getvalue()}, key=signing, domain=BUNDLE_DOMAIN))


def check_manifest_shape(manifest: dict) -> None:
    try:
        ok = (isinstance(manifest["sequence"], int) and manifest["sequence"] >= 1
              and isinstance(manifest["changes"]["from"], int) and isinstance(manifest["changes"]["to"], int)
              and isinstance(manifest["branch_code"], str) and isinstance(manifest["previous_manifest"], str))
    except (KeyError, TypeError):
        ok = False
    if not ok:
        raise BundleError(QCoreApplication.translate("Exchange", "This file is not a Qamqor bundle."))


_DECODER = json.JSONDecoder()
_scan = _DECODER.scan_once


def read_json(text):
    """json.loads, with the same result and the same errors, a third faster on
    the texts a bundle is made of: one JSON value, no whitespace around it, UTF-8.

    json.loads spends that third in Python around its C scanner (finding the
    encoding, skipping whitespace, checking for extra data); a bundle's half a
    million rows, each read twice, pay it a million times. Anything else (a
    byte order mark, whitespace, another encoding, an error) goes to json.loads
    itself, which then decides exactly as it always did.
    """
    kind = type(text)
    try:
        string = text.decode("utf-8") if kind is bytes else text if kind is str else None
        if string is not None:
            value, end = _scan(string, 0)
            if end == len(string):
                return value
    except (StopIteration, ValueError):
        pass
    return json.loads(text)


def change_lines(opened: Opened) -> list[bytes]:
    """The change rows of a verified bundle, in order, each still JSON text."""
    return [line for line in gzip.decompress(opened.members[CHANGES]).splitlines() if line]


def change_line_pieces(opened: Opened, *, piece: int = 1 << 20) -> Iterator[list[bytes]]:
    """change_lines a piece of the compressed member at a time, so that the
    whole text is never in memory at once (a large bundle's is a third of a
    gigabyte). Only a member that is one complete gzip stream is read; anything
    else raises ValueError, and change_lines is the one to ask."""
    data = opened.members[CHANGES]
    stream = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    carry = b""
    for start in range(0, len(data), piece):
        text = carry + stream.decompress(data[start:start + piece])
        cut = max(text.rfind(b"\n"), text.rfind(b"\r")) + 1
        carry = text[cut:]
        # A line break split between two pieces ("\r" | "\n") leaves an empty line, dropped like any other.
        yield [line for line in text[:cut].splitlines() if line]
    if not stream.eof or stream.unused_data:
        raise ValueError("not one complete gzip stream")
    text = carry + stream.flush()
    yield [line for line in text.splitlines() if line]


def iter_changes(opened: Opened):
    """The change rows of a verified bundle, in order."""
    for line in change_lines(opened):
        yield read_json(line)
