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

import datetime as dt
import logging
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from desktop.exchange.branch import CHANGES, change_line_pieces, check_manifest_shape, iter_changes
from desktop.exchange.bundle import BUNDLE_DOMAIN, canonical, decrypt, key_fingerprint, open_sealed
from desktop.models import HqBranch, HqBundle, HqRevokedKey
from desktop.models.journal import record_audit
from desktop.models.erasure import settle_erasures

from ..errors import BundleError
from .branches import locked_branch
from .health import remember_health_key
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
    new_epoch: int = 0  # the branch was restored from a backup: the epoch its bundles begin


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
        revoked = session.get(HqRevokedKey, str(manifest.get("signer")))
        if revoked is not None and revoked.branch_code == code:
            raise BundleError(QCoreApplication.translate(
                "Exchange", "This bundle of branch %1 is signed by the computer HQ revoked on %2, when the branch "
                "was rebuilt from HQ's records (the computer was lost or stolen): refused; nothing was merged. "
                "Tell the branch and whoever brought the bundle."), code, revoked.revoked_at.strftime("%Y-%m-%d"))
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
    result.new_epoch = _follow_epoch(session, branch, manifest)
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
    audit = _check_audit(branch, manifest, result)
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
    # People the branch anonymised: what HQ holds of them beyond the rows just applied goes too.
    settle_erasures(session, branch_code=branch.code, actor=session.info.get("actor", "hq"))
    session.add(HqBundle(branch_code=branch.code, seq=seq, bundle_id=uuid.UUID(manifest["bundle_id"]),
                         manifest_hash=digest, change_to=manifest["changes"]["to"]))
    remember_health_key(session, branch.code, manifest)
    if audit is not None and (branch.audit_seq is None or audit[0] >= branch.audit_seq or result.new_epoch):
        branch.audit_seq, branch.audit_hash = audit
    staff = manifest.get("staff")
    if isinstance(staff, list) and result.status != "older":
        branch.staff = canonical(staff).decode("utf-8")
    branch.cursor = max(branch.cursor, manifest["changes"]["to"])
    branch.last_seq = max(branch.last_seq, seq)
    _settle_giveback(branch, manifest)
    return result


def _settle_giveback(branch: HqBranch, manifest: dict) -> None:
    """The branch applied the return bundle that carried back what its backup
    lacked (or a later one): those records are not sent again."""
    try:
        returned = int(manifest.get("returned") or 0)
    except (TypeError, ValueError):
        return
    if branch.giveback_since is not None and 0 < branch.giveback_return <= returned:
        branch.giveback_since, branch.giveback_return = None, 0


def _check_audit(branch: HqBranch, manifest: dict, result: ImportResult) -> tuple[int, str] | None:
    """The end of the branch's audit trail the bundle names, once checked
    against the end HQ saw last: the trail must still reach it (no fewer
    events) and still hold that event with that hash. Someone who holds the
    branch's key can cut the trail and re-hash it so that it is whole in
    itself; HQ's memory of its end is what gives that away. A branch that
    begins a new epoch (restored from a backup on a new computer, or rebuilt
    from HQ) starts from the trail it has, and that is recorded with the
    epoch. None for a bundle of an older program that does not say."""
    audit = manifest.get("audit")
    if not isinstance(audit, dict):
        return None
    try:
        seq, digest = int(audit["seq"]), str(audit["hash"])
        witnesses = {int(w["seq"]): str(w["hash"]) for w in audit.get("witnesses") or []}
    except (KeyError, TypeError, ValueError):
        raise BundleError(QCoreApplication.translate("Exchange", "This file is not a Qamqor bundle.")) from None
    last = branch.audit_seq
    if last is None or result.new_epoch or result.status == "older":
        return seq, digest
    if seq < last:
        raise BundleError(QCoreApplication.translate(
            "Exchange", "Bundle %2 of branch %1: its audit trail ends at event %3, but an earlier bundle showed "
            "HQ the trail reaching event %4. Events %5 to %4 were removed at the branch. Refused; nothing was "
            "merged. Call the branch."), branch.code, result.sequence, seq, last, seq + 1)
    seen = digest if seq == last else witnesses.get(last)
    if seen is not None and seen != branch.audit_hash:
        raise BundleError(QCoreApplication.translate(
            "Exchange", "Bundle %2 of branch %1: audit event %3 is no longer the one an earlier bundle showed "
            "HQ (the trail was rewritten or deleted up to there). Refused; nothing was merged. Call the branch."),
            branch.code, result.sequence, last)
    return seq, digest


def _follow_epoch(session: Session, branch: HqBranch, manifest: dict) -> int:
    """A branch restored from a backup sends bundles of a new epoch
    (services/epochs.py): the first one that follows the epoch HQ knows begins
    it, here, inside the import's transaction. HQ forgets the bundles numbered
    above the restored records' last one (the branch no longer has them, and
    its next ones take their numbers; what they carried stays applied) and
    takes the changes numbered above the epoch's base as new. A bundle of an
    earlier epoch (a stick from before the restore) is refused. Returns the
    epoch begun, or 0."""
    epoch = manifest.get("epoch")
    if not isinstance(epoch, dict):
        epoch = {}
    try:
        number, parent = int(epoch.get("id") or 0), int(epoch.get("parent") or 0)
        base_change, base_bundle = int(epoch.get("base_change") or 0), int(epoch.get("base_bundle") or 0)
    except (TypeError, ValueError):
        raise BundleError(QCoreApplication.translate("Exchange", "This file is not a Qamqor bundle.")) from None
    if number == branch.epoch:
        return 0
    # Epochs are numbered by the time of the restore: a smaller one is an older
    # state of the branch. (Its parent may be an epoch HQ never saw: restored
    # twice between two bundles.)
    if number < branch.epoch:
        raise BundleError(QCoreApplication.translate(
            "Exchange", "Bundle %2 of branch %1 was made before the branch was restored from a backup (it belongs "
            "to an earlier state of the branch): refused; the branch's newer bundles carry everything."),
            branch.code, manifest["sequence"])
    superseded = session.execute(select(HqBundle).where(HqBundle.branch_code == branch.code,
                                                        HqBundle.seq > base_bundle)).scalars().all()
    record_audit(session, "hq.branch.epoch", record_type="hq_branch", record_id=branch.code, epoch=number,
                 parent=parent, base_change=base_change, base_bundle=base_bundle,
                 restored_change=int(epoch.get("restored_change") or base_change),
                 restored_at=str(epoch.get("restored_at") or ""),
                 cursor=branch.cursor, audit_seq=branch.audit_seq, audit_hash=branch.audit_hash, superseded=[b.seq for b in superseded])
    for bundle in superseded:
        session.delete(bundle)
    session.flush()
    branch.cursor = min(branch.cursor, base_change)
    branch.last_seq = min(branch.last_seq, base_bundle)
    branch.epoch = number
    branch.giveback_since, branch.giveback_return = giveback_since(epoch.get("restored_at")), 0
    return number


#: how far before the backup's time HQ looks for records to send back: the
#: branch's clock and HQ's may differ, and a record sent back that the branch
#: already holds at that version changes nothing there
CLOCK_MARGIN = dt.timedelta(days=1)


def giveback_since(restored_at) -> dt.datetime:
    """Since when HQ's records of a restored branch go back to it: the backup's
    time, less the margin; all of them when the bundle does not say (a branch
    program older than that), since the branch keeps what it holds as new."""
    try:
        at = dt.datetime.fromisoformat(str(restored_at))
    except ValueError:
        return dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.timezone.utc)
    return at.astimezone(dt.timezone.utc) - CLOCK_MARGIN


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
