"""Applying a branch's bundle at HQ: once and only once, in one transaction.

The bundle is decrypted in memory, its signature checked against the key the
branch enrolled with and its members against the manifest; a bundle already
applied changes nothing, a second different bundle with a seen number is a
fork and is refused, and a bundle that starts after a gap is refused. The
changes above the branch's cursor are then applied in order: streamed in
chunks on PostgreSQL (streaming.py), change by change otherwise (merging.py);
both leave HQ's database the same.
"""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from desktop.exchange.branch import CHANGES, change_line_pieces, check_manifest_shape, iter_changes
from desktop.exchange.bundle import BUNDLE_DOMAIN, decrypt, key_fingerprint, open_sealed
from desktop.models import HqBranch, HqBundle

from ..errors import BundleError
from .branches import locked_branch
from .merging import apply_changes
from .streaming import CHUNK, stream_changes

_log = logging.getLogger(__name__)


@dataclass
class ImportResult:
    branch: str
    sequence: int
    applied: int = 0
    already: int = 0
    conflicts: int = 0
    rejected: int = 0
    status: str = "applied"  # applied | duplicate | older


def import_bundle(session: Session, data: bytes, *, identities: list[str], streamed: bool | None = None,
                  chunk: int = CHUNK) -> ImportResult:
    """Apply one bundle inside the caller's transaction; raise BundleError (the
    caller rolls back) on anything wrong. On PostgreSQL the changes are streamed
    (streaming.py) unless ``streamed`` is False; elsewhere, and whenever
    streaming gives up, they are applied change by change (merging.py)."""
    plaintext = decrypt(data, identities)
    enrolled: dict[str, HqBranch] = {}

    def signer(manifest: dict) -> str:
        check_manifest_shape(manifest)
        code = manifest["branch_code"]
        row = locked_branch(session, code)
        if row is None:
            raise BundleError(QCoreApplication.translate(
                "Exchange", "Branch %1 is not enrolled at HQ: run qamqor-hq enrol with its enrolment file first."), code)
        if str(row.branch_id) != manifest.get("branch_id") or manifest.get("signer") != key_fingerprint(row.signing_public):
            raise BundleError(QCoreApplication.translate(
                "Exchange", "The bundle is not signed with the enrolled key of branch %1: refused."), code)
        enrolled["row"] = row
        return row.signing_public

    opened = open_sealed(plaintext, domain=BUNDLE_DOMAIN, kind="bundle", signer_public=signer)
    if CHANGES not in opened.members:
        raise BundleError(QCoreApplication.translate("Exchange", "This file is not a Qamqor bundle."))
    branch, manifest = enrolled["row"], opened.manifest
    seq, digest = manifest["sequence"], opened.manifest_hash
    result = ImportResult(branch.code, seq)
    seen = session.get(HqBundle, (branch.code, seq))
    if seen is not None:
        if seen.manifest_hash != digest:
            raise BundleError(QCoreApplication.translate(
                "Exchange", "FORK: branch %1 sent two different bundles numbered %2 (a restored or copied "
                "computer?). Refused; nothing was merged. Call the branch."), branch.code, seq)
        result.status = "duplicate"
        result.already = manifest["changes"]["count"]
        return result
    before = session.get(HqBundle, (branch.code, seq - 1))
    if before is not None and before.manifest_hash != manifest["previous_manifest"]:
        raise BundleError(QCoreApplication.translate(
            "Exchange", "FORK: bundle %2 of branch %1 does not follow the bundle %3 HQ already has. "
            "Refused; nothing was merged. Call the branch."), branch.code, seq, seq - 1)
    if manifest["changes"]["from"] > branch.cursor + 1:
        raise BundleError(QCoreApplication.translate(
            "Exchange", "Bundle %2 of branch %1 starts at change %3 but HQ has applied only through %4: "
            "changes are missing. Refused."), branch.code, seq, manifest["changes"]["from"], branch.cursor)
    if seq < branch.last_seq:
        result.status = "older"
    if streamed is None:
        streamed = session.get_bind().dialect.name == "postgresql"
    try:
        with session.begin_nested():
            if not streamed or not _streamed(session, branch, opened, result, chunk):
                apply_changes(session, branch, iter_changes(opened), result)
    except (IntegrityError, DataError, ValueError, session.get_bind().dialect.dbapi.Error) as err:
        reason = getattr(err, "orig", None) or err
        raise BundleError(QCoreApplication.translate(
            "Exchange", "Bundle %2 of branch %1 could not be applied (%3); nothing was changed."),
            branch.code, seq, str(reason).splitlines()[0]) from err
    session.add(HqBundle(branch_code=branch.code, seq=seq, bundle_id=uuid.UUID(manifest["bundle_id"]),
                         manifest_hash=digest, change_to=manifest["changes"]["to"]))
    branch.cursor = max(branch.cursor, manifest["changes"]["to"])
    branch.last_seq = max(branch.last_seq, seq)
    return result


def _streamed(session: Session, branch: HqBranch, opened, result: ImportResult, chunk: int) -> bool:
    """Stream the bundle's changes in; False, with nothing changed, when the
    change-by-change road must take the bundle instead."""
    counts = ImportResult(result.branch, result.sequence, status=result.status)
    try:
        with session.begin_nested():
            stream_changes(session, branch, change_line_pieces(opened), counts, chunk=chunk)
    except Exception as err:  # noqa: BLE001 -- whatever it was, the change-by-change road decides, from the start
        # The kind only: a database's message may quote a value from the bundle.
        _log.info("bundle %s of %s applied change by change (%s)", result.sequence, result.branch,
                  type(err).__name__)
        return False
    result.applied, result.already, result.conflicts, result.rejected = (
        counts.applied, counts.already, counts.conflicts, counts.rejected)
    return True
