"""Exchange with HQ: what a branch remembers about its bundles and HQ's keys,
and what HQ remembers about every enrolled branch."""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import UUID, Base, UtcDateTime, utcnow


# -- at the branch -----------------------------------------------------------
class HqKeySet(Base):
    """HQ key sets installed at this branch; the highest version is in force."""

    __tablename__ = "hq_keyset"

    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    document: Mapped[str] = mapped_column(Text)  # the signed hq-keyset.json as installed
    fingerprint: Mapped[str] = mapped_column(String(64))
    installed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)


class BundleLog(Base):
    """Every bundle this branch wrote, so the next one chains to it."""

    __tablename__ = "bundle_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    bundle_id: Mapped[uuid.UUID] = mapped_column(UUID)
    manifest_hash: Mapped[str] = mapped_column(String(64))
    change_from: Mapped[int] = mapped_column(Integer)
    change_to: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(200))
    made_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    made_by: Mapped[str] = mapped_column(String(64), default="")
    # The audit trail's end when the bundle was made (revision 0012): the next
    # bundles show HQ that the trail still holds this row with this hash.
    audit_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    audit_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)


class ExchangeState(Base):
    """Small named values: acknowledged-through, last return bundle applied."""

    __tablename__ = "exchange_state"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    # 64 bits: a time in seconds is kept here too (epoch_restored_at), past 2038.
    value: Mapped[int] = mapped_column(BigInteger, default=0)


# -- at HQ -------------------------------------------------------------------
class HqBranch(Base):
    """A branch enrolled at HQ, its public keys and how far its changes are applied."""

    __tablename__ = "hq_branch"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(UUID, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    signing_public: Mapped[str] = mapped_column(String(64))  # base64 Ed25519
    recipient: Mapped[str] = mapped_column(String(100))  # age X25519 recipient
    cursor: Mapped[int] = mapped_column(Integer, default=0)  # change-log seq applied through
    last_seq: Mapped[int] = mapped_column(Integer, default=0)  # highest bundle sequence seen
    return_seq: Mapped[int] = mapped_column(Integer, default=0)
    enrolled_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    # The exchange epoch of the branch's bundles: 0 until the branch is restored
    # from a backup (services/epochs.py; hq/importing.py follows it).
    epoch: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The end of the branch's audit trail in the last bundle HQ accepted
    # (revision 0012): the next bundle's trail must reach it unchanged.
    audit_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    audit_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # The branch's staff accounts as its last bundle named them (JSON: user
    # name, name, role, active; never a password): a recovery brings them back.
    staff: Mapped[str | None] = mapped_column(Text, nullable=True)
    # After the branch was restored from a backup (revision 0013): HQ sends back
    # its records of the branch changed since this time (the backup may lack
    # them) in every return bundle until a bundle of the branch says it applied
    # one of them (``giveback_return``, 0 until one is written). None: nothing to send.
    giveback_since: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    giveback_return: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class HqRevokedKey(Base):
    """A branch computer's signing key HQ no longer accepts (the computer was
    lost or stolen and the branch was rebuilt from HQ's records)."""

    __tablename__ = "hq_revoked_key"

    fingerprint: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of the public key
    branch_code: Mapped[str] = mapped_column(String(16), index=True)
    signing_public: Mapped[str] = mapped_column(String(64))
    revoked_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    revoked_by: Mapped[str] = mapped_column(String(64), default="")


class HqBundle(Base):
    """Bundles seen at HQ: a second, different manifest for a sequence is a fork."""

    __tablename__ = "hq_bundle"

    branch_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    bundle_id: Mapped[uuid.UUID] = mapped_column(UUID)
    manifest_hash: Mapped[str] = mapped_column(String(64))
    change_to: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)


class HqConflict(Base):
    """A branch edit of a field HQ changed too: kept for a person to resolve.

    The rest of the branch's change is applied; only these fields wait.
    ``qamqor-hq resolve`` sets ``resolved``; who, when, the choice and the
    note are in the audit trail (action ``hq.conflict.resolve``).
    """

    __tablename__ = "hq_conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    branch_code: Mapped[str] = mapped_column(String(16), index=True)
    change_seq: Mapped[int] = mapped_column(Integer)
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID] = mapped_column(UUID, index=True)
    fields: Mapped[str] = mapped_column(Text)  # comma-separated: the conflicting fields only
    # The branch's whole snapshot, as sent: its values of the fields, and the
    # base HQ merges the branch's next change of the record against.
    branch_row: Mapped[str] = mapped_column(Text)
    hq_row: Mapped[str] = mapped_column(Text)  # HQ's row once the rest of the change was applied
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class HqRejected(Base):
    """A change HQ could not apply; it travels back in the return bundle."""

    __tablename__ = "hq_rejected"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    branch_code: Mapped[str] = mapped_column(String(16), index=True)
    change_seq: Mapped[int] = mapped_column(Integer)
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)


class HqHealthKey(Base):
    """A branch's health key as HQ's escrow key can unwrap it (exchange/sealed.py).

    Health fields arrive sealed and are stored sealed; the key travels in the
    signed manifest of a bundle, wrapped for the escrow key only, so opening
    them at HQ takes the escrow key, as opening the branch's database does."""

    __tablename__ = "hq_health_key"

    branch_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    escrow_wrapped: Mapped[str] = mapped_column(Text)  # base64 of an age file for the escrow recipient
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)


class HqErasure(Base):
    """A person HQ has anonymised its own copies of (models/erasure.py): what HQ
    itself held beyond the branch's rows (its own edits, conflicts kept for
    review) is scrubbed once, when the branch's anonymised row arrives."""

    __tablename__ = "hq_erasure"

    person_id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    branch_code: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
