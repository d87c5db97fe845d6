"""Restoring a backup, and reading one whole: the pieces the backup service
and the command line share, and a restore onto a computer where no branch
opens (a new laptop, a database that no longer opens).

A restore extracts the backup's database into a held temporary file while
reading the file whole (any damage stops it there), opens it with its key,
checks it (``PRAGMA integrity_check``, every count), brings an older schema
up to date in the copy, and only then touches the branch.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from PySide6.QtCore import QCoreApplication
from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.files import fsync_dir
from desktop.models import ExchangeState
from desktop.models import schema
from desktop.models.journal import record_audit

from . import backup_copy, backup_file, epochs
from ..errors import PermissionDenied, Refused, StorageError, WrongPassword
from .backup_copy import LOCK_NAME, write_failed
from .backup_file import Cancelled, Header
from .files import atomic_write
from .keyslots import Opened, unlock_in
from .locks import FileLock
from .numbering import leave_room
from .storage import Database, EncryptedStore, open_sqlcipher_engine
from .temp_files import HeldTemp, remove_left_behind

Progress = Callable[[int, int], None]
# Left as they are by a restore: who may log in (they must match the key
# file, which a restore does not rewind), HQ's keys, what the exchange sent
# and was told (so the next bundle follows the last one HQ saw) and the
# audit trail (what happened stays recorded; the restore is added to it).
KEPT = ("app_user", "hq_keyset", "bundle_log", "exchange_state", "audit_event")
_PROGRESS = 1000  # the scale of progress(done, total) reported by the long operations


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class BackupCancelled(Refused):
    """The person stopped the work; nothing was written or changed."""


def _cancelled() -> BackupCancelled:
    return BackupCancelled(QCoreApplication.translate(
        "Backups", "Stopped. Nothing was written and nothing was changed."))


def _phase(progress: Progress | None, start: int, end: int) -> Progress | None:
    """Map one step's (done, total) onto its share of the whole bar."""
    if progress is None:
        return None
    return lambda done, total: progress(start + (end - start) * done // max(total, 1), _PROGRESS)


@dataclass(frozen=True)
class CheckedBackup:
    path: Path
    made_at: dt.datetime
    records: int
    schema: str | None


@dataclass(frozen=True)
class RestoreResult:
    backup_made_at: dt.datetime
    records: int
    set_aside: Path | None  # the records replaced, kept as a backup of their own
    epoch: int


def _records(counts: dict) -> tuple[int, int]:
    """Records (the branch's own data: people, visits, referrals, volunteers,
    shifts …) and visitors, from a manifest's counts."""
    from desktop.models.replication import replicated_models

    tables = {m.__tablename__ for m in replicated_models().values()}
    counts = counts if isinstance(counts, dict) else {}
    return (sum(int(n) for t, n in counts.items() if t in tables and isinstance(n, int)),
            int(counts.get("person") or 0))


def _made_at(manifest: dict) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(manifest["made_at"])
    except (KeyError, TypeError, ValueError):
        return None


def _seconds(at: dt.datetime | None) -> int:
    """A time as whole seconds since 1970 UTC (0 when unknown), rounded down."""
    if at is None:
        return 0
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.timezone.utc)
    return int(at.timestamp())


def _key_opens(path: Path, key: bytes) -> bool:
    try:
        backup_copy.connect(path, key).close()
        return True
    except sqlcipher3.DatabaseError:
        return False


@dataclass
class _Extracted:
    """A backup's database, extracted into a held temporary file."""

    path: Path
    header: Header
    keys: bytes
    db: HeldTemp
    key: bytes | None = None


def _open_offline(got: _Extracted, store: EncryptedStore, *, username: str, password: str,
                  escrow: str | None = None) -> bytes:
    """The backup's key from the password of someone who had an account when
    it was made (or from HQ's escrow identity), with no branch open here."""
    data = _keys_data(got)
    if escrow is not None:
        opened = _escrow_opened(data, escrow)
    else:
        lockout = store.slots.lockout if store.slots.lockout.path.exists() else None
        opened = unlock_in(data, username, password, lockout=lockout, kdf=store.slots.kdf)
    try:
        keys = opened.keys(data)
    except Refused:
        keys = {}
    for key in keys.values():
        if _key_opens(got.db.path, key):
            return key
    raise backup_file.damaged(got.path)


def _escrow_opened(data: dict, identity_text: str) -> Opened:
    import pyrage

    escrow = data.get("escrow") or {}
    try:
        identity = pyrage.x25519.Identity.from_str(identity_text.strip())
    except Exception:  # noqa: BLE001 - pyrage raises its own kinds for a malformed key
        identity = None
    if identity is None or not escrow or str(identity.to_public()) != escrow.get("recipient"):
        raise WrongPassword(QCoreApplication.translate("Storage", "This escrow key does not open this branch."))
    return Opened(identity, None)


def check_offline(path: Path, data_dir: Path, *, username: str = "", password: str = "",
                  escrow: str | None = None, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> CheckedBackup:
    """Check a backup where no branch is open: on a new computer before a
    restore, or at HQ with the escrow key."""
    store = EncryptedStore(Path(data_dir))
    folder = Path(data_dir) / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    path = Path(path)
    try:
        with _ExtractContext(path, folder, _phase(progress, 0, 400), cancelled) as got:
            key = _open_offline(got, store, username=username, password=password, escrow=escrow)
            if progress is not None:
                progress(450, _PROGRESS)
            backup_copy.check_database(got.db.path, key, got.header.manifest, name=path.name)
    except Cancelled:
        raise _cancelled() from None
    manifest = got.header.manifest
    return CheckedBackup(path, _made_at(manifest), _records(manifest.get("counts"))[0], manifest.get("schema"))


def restore_into_folder(path: Path, data_dir: Path, *, username: str, password: str, replace_damaged: bool = False,
                        progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                        clock: Callable[[], dt.datetime] | None = None) -> RestoreResult:
    """Make the branch from a backup in a folder that holds none (a new
    computer), or whose branch no longer opens (``replace_damaged``: its
    files are moved into ``backups/damaged-…`` first, never deleted).

    The password must be one of an administrator who had an account when
    the backup was made. The backup's key file comes with it: the accounts
    of that time log in with their passwords of that time.
    """
    data_dir = Path(data_dir)
    store = EncryptedStore(data_dir)
    present = [p for p in (store.dirs.db_path, store.dirs.keys_path, Path(f"{store.dirs.db_path}-wal"))
               if p.exists()]
    if present and not replace_damaged:
        raise Refused(QCoreApplication.translate(
            "Backups", "There is a branch in %1 already. Log in to it to restore a backup, or, if it no longer "
            "opens, restore with --replace-damaged (its files are kept aside)."), data_dir)
    folder = data_dir / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    path = Path(path)
    now = (clock or _utcnow)()
    stop = cancelled or (lambda: False)
    try:
        with FileLock(data_dir / LOCK_NAME, timeout=600):
            remove_left_behind(folder, ".")
            with _ExtractContext(path, folder, _phase(progress, 0, 300), stop, durable=True) as got:
                manifest = got.header.manifest
                _known_schema(path, manifest)
                key = _open_offline(got, store, username=username, password=password)
                got.key = key
                if progress is not None:
                    progress(320, _PROGRESS)
                backup_copy.check_database(got.db.path, key, manifest, name=path.name)
                _require_administrator(got.db.path, key, username)
                if stop():
                    raise Cancelled()
                _bring_up_to_date(got)
                engine = open_sqlcipher_engine(got.db.path, key)
                copy = Database(engine, path=got.db.path, key=key)
                try:
                    with copy.session(username.strip().lower()) as s:
                        epoch = start_epoch(s, manifest, now=now)
                        record_audit(s, "backup.restore", record_type="backup", record_id=path.name[:40],
                                     made_at=manifest.get("made_at"), epoch=epoch,
                                     replaced_damaged=bool(present), backup_audit_head=manifest.get("audit_head"))
                    copy.checkpoint()  # one file, no write-ahead log beside it
                finally:
                    copy.close()
                if progress is not None:
                    progress(900, _PROGRESS)
                if present:
                    aside = folder / f"damaged-{now.astimezone().strftime('%Y-%m-%d-%H%M%S')}"
                    aside.mkdir(parents=True, exist_ok=True)
                    for p in [*present, Path(f"{store.dirs.db_path}-shm")]:
                        if p.exists():
                            os.replace(p, aside / p.name)
                else:
                    aside = None
                atomic_write(store.dirs.keys_path, got.keys)
                for extra in ("-wal", "-shm"):
                    Path(f"{got.db.path}{extra}").unlink(missing_ok=True)
                got.db.commit(store.dirs.db_path)
                fsync_dir(data_dir)
                if not store.slots.lockout.path.exists():
                    store.slots.lockout.create()
    except Cancelled:
        raise _cancelled() from None
    except OSError as err:
        raise write_failed(data_dir, err) from err
    if progress is not None:
        progress(_PROGRESS, _PROGRESS)
    return RestoreResult(_made_at(manifest), _records(manifest.get("counts"))[0], aside, epoch)


def _require_administrator(db_path: Path, key: bytes, username: str) -> None:
    with closing(backup_copy.connect(db_path, key)) as conn:
        row = conn.execute("SELECT role, active FROM app_user WHERE username = ?",
                           (username.strip().lower(),)).fetchone()
    if row is None or str(row[0]).lower() != "administrator" or not row[1]:
        raise PermissionDenied(QCoreApplication.translate(
            "Backups", "Only an administrator who had an account when the backup was made may restore it here."))


class _ExtractContext:
    """Check a backup whole while copying its database out into a held
    temporary file in ``folder``; the file goes when the block ends."""

    def __init__(self, path: Path, folder: Path, progress, cancelled, *, durable: bool = False):
        # durable: the copy becomes the branch's database file (forced to disk);
        # otherwise it is only read, and goes when the block ends.
        self.path, self.folder, self.progress, self.cancelled = path, folder, progress, cancelled
        self.durable = durable
        self.got: _Extracted | None = None

    def __enter__(self) -> _Extracted:
        header = backup_file.read_header(self.path)
        db = HeldTemp(self.folder, ".restore.")
        try:
            targets = {backup_file.DB_MEMBER: db.fd}
            if any(m.name == backup_file.WAL_MEMBER for m in header.members):
                # SQLite finds the log beside the file, under the file's name + "-wal".
                wal_fd = os.open(f"{db.path}-wal", os.O_RDWR | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
                targets[backup_file.WAL_MEMBER] = wal_fd
            try:
                header, keys = backup_file.check_and_extract(self.path, targets, progress=self.progress,
                                                             cancelled=self.cancelled, durable=self.durable)
            finally:
                if backup_file.WAL_MEMBER in targets:
                    os.close(targets[backup_file.WAL_MEMBER])
        except BaseException:
            db.discard()
            raise
        self.got = _Extracted(self.path, header, keys, db)
        return self.got

    def __exit__(self, *exc) -> None:
        if self.got is not None:
            self.got.db.discard()


def _keys_data(got: _Extracted) -> dict:
    try:
        data = json.loads(got.keys.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        data = None
    if not isinstance(data, dict) or not isinstance(data.get("slots"), dict):
        raise backup_file.damaged(got.path)
    return data


def _known_schema(path: Path, manifest: dict) -> None:
    revision = manifest.get("schema")
    if revision is not None and not schema.is_known(revision):
        raise StorageError(QCoreApplication.translate(
            "Backups", "The backup %1 was made by a newer version of Qamqor (schema %2). Install that version "
            "to restore it; nothing was changed."), path.name, revision)


def _bring_up_to_date(got: _Extracted) -> None:
    """A backup from an older version: migrate the extracted copy (never the file)."""
    revision = got.header.manifest.get("schema")
    if revision == schema.head_revision():
        return
    engine = open_sqlcipher_engine(got.db.path, got.key)
    try:
        schema.upgrade(Database(engine, path=got.db.path, key=got.key))
    finally:
        engine.dispose()


def _copy_records(s: Session, raw, manifest: dict, *, progress: Progress | None, cancelled,
                  now: dt.datetime) -> int:
    """Inside the caller's transaction: every table but ``KEPT`` takes the
    restored database's rows; record numbers and the change-log head never
    go back (numbers given out since the backup are not given twice, and
    HQ's cursor stays below the next change); a new epoch begins."""
    live_counters = {(k, y): v for k, y, v in raw.execute("SELECT kind, year, value FROM main.counter")}
    live_change = raw.execute("SELECT value FROM main.sequence_head WHERE name = 'change'").fetchone()
    live_change = live_change[0] if live_change else 0
    names = [t for t in backup_copy.tables(raw) if t not in KEPT]
    restored_tables = set(backup_copy.tables(raw, "restored"))
    for i, table in enumerate(names):
        if cancelled():
            raise Cancelled()
        if table not in restored_tables:
            raise StorageError(QCoreApplication.translate(
                "Backups", "The backup lacks the table %1 even after it was brought up to date; nothing was "
                "changed."), table)
        for statement in _replacing(raw, table):
            s.execute(text(statement))
        if progress is not None:
            progress(i + 1, len(names) + 1)
    for (kind, year), value in live_counters.items():
        s.execute(text("UPDATE counter SET value = max(value, :v) WHERE kind = :k AND year = :y"),
                  {"v": value, "k": kind, "y": year})
        s.execute(text("INSERT INTO counter (kind, year, value) SELECT :k, :y, :v WHERE NOT EXISTS "
                       "(SELECT 1 FROM counter WHERE kind = :k AND year = :y)"), {"v": value, "k": kind, "y": year})
    s.execute(text("UPDATE sequence_head SET value = max(value, :v) WHERE name = 'change'"), {"v": live_change})
    # Numbering goes on from where it was: the epoch's base is the present.
    head = s.execute(text("SELECT value FROM sequence_head WHERE name = 'change'")).scalar() or 0
    last_bundle = s.execute(text("SELECT max(seq) FROM bundle_log")).scalar() or 0
    return start_epoch(s, manifest, now=now, base_change=head, base_bundle=last_bundle)


def _replacing(raw, table: str) -> list[str]:
    """The statements that give ``main.table`` exactly the rows of
    ``restored.table``. Rows equal in every column stay where they are: a
    restore usually rewinds a few days, and rewriting 200,000 unchanged
    visitors (their pages, their indexes) would cost most of its time."""
    q = backup_copy._quote
    info = list(raw.execute(f"PRAGMA main.table_info({q(table)})"))
    columns = [c[1] for c in info]
    keys = [c[1] for c in sorted(info, key=lambda c: c[5]) if c[5] > 0]
    only = " AND name <> 'audit'" if table == "sequence_head" else ""  # the audit head stays with the trail
    listed = ",".join(q(c) for c in columns)
    t = q(table)
    if not keys:
        where = f" WHERE 1{only}"
        return [f"DELETE FROM main.{t}{where}",
                f"INSERT INTO main.{t} ({listed}) SELECT {listed} FROM restored.{t}{where}"]
    same_key = " AND ".join(f"r.{q(k)} = m.{q(k)}" for k in keys)
    same_row = " AND ".join(f"r.{q(c)} IS m.{q(c)}" for c in columns)
    return [
        f"DELETE FROM main.{t} AS m WHERE NOT EXISTS (SELECT 1 FROM restored.{t} AS r WHERE {same_row}){only}",
        f"INSERT INTO main.{t} ({listed}) SELECT {listed} FROM restored.{t} AS r "
        f"WHERE NOT EXISTS (SELECT 1 FROM main.{t} AS m WHERE {same_key}){only.replace('name', 'r.name')}",
    ]


def start_epoch(s: Session, manifest: dict, *, now: dt.datetime, base_change: int | None = None,
                base_bundle: int | None = None) -> int:
    """Record a new exchange epoch after a restore from the backup ``manifest``
    (services/epochs.py); the base is the backup's unless given."""
    state = {row.name: row.value for row in s.query(ExchangeState).filter(ExchangeState.name.in_(epochs.NAMES))}
    parent = int(state.get(epochs.EPOCH) or (manifest.get("exchange") or {}).get("epoch") or 0)
    restored = int(manifest.get("change_head") or 0)
    epoch = epochs.next_epoch(now, after=max(state.get(epochs.EPOCH, 0), parent))
    values = {epochs.EPOCH: epoch, epochs.PARENT: parent,
              epochs.BASE_CHANGE: restored if base_change is None else base_change,
              epochs.BASE_BUNDLE: int((manifest.get("exchange") or {}).get("bundle") or 0)
              if base_bundle is None else base_bundle,
              epochs.RESTORED_CHANGE: restored, epochs.RESTORED_AT: _seconds(_made_at(manifest))}
    for name, value in values.items():
        row = s.get(ExchangeState, name)
        if row is None:
            s.add(ExchangeState(name=name, value=value))
        else:
            row.value = value
    if base_change is None:
        # The records come from the backup alone (a new computer, or a branch
        # that no longer opened): numbering goes on past a reserve
        # (services/numbering.py), and the first return bundle moves it past
        # every number HQ holds (services/given_back.py).
        leave_room(s, since=_made_at(manifest), now=now)
    return epoch
