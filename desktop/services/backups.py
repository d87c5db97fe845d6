"""Backups of an embedded branch: made, listed, checked, rotated and restored.

A backup is one file (services/backup_file.py) in the branch's ``backups``
folder and, when the administrator chose one, a second folder (a USB stick).
It is the database file's bytes at one moment (services/backup_copy.py:
Snapshot), written under a temporary name and read back while ``PRAGMA
integrity_check`` checks that same moment with the same key, the manifest's
counts read in it too; only when both passed is it renamed: a file under a
backup's name is always a whole, checked backup. A check or a restore later
copies the database out of the file and checks that copy again (it opens
with the key, ``integrity_check`` finds nothing, every count matches).

The window makes one automatically when it closes, at most once a day, and
the administrator sees on the main window when the newest backup is more
than two days old or the last one failed. Rotation follows borg's rules
(services/backup_rotation.py) and the branch's retention period.

A restore checks the whole file first, keeps the records it replaces aside
(as a backup of their own), replaces them in one transaction, and starts a
new exchange epoch (services/epochs.py) so that HQ does not take the next
bundle for a fork. Accounts, the audit trail and the exchange's bookkeeping
are not rewound (``KEPT``): they describe what happened, not the records.

On PostgreSQL the server's administrator keeps the backups (README).
"""
from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from PySide6.QtCore import QCoreApplication
from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.files import fsync_dir
from desktop.models.database import storage_error
from desktop.models.journal import record_audit

from . import backup_copy, backup_file
from ..errors import PermissionDenied, Refused, StorageError, WrongPassword
from ..i18n import fill
from .accounts import BranchGate, Identity
from .backup_copy import LOCK_NAME, RememberedHead, backup_name, make_folder, write_copy_aside, write_failed
from .backup_file import Cancelled, Header
from .backup_restore import (BackupCancelled, CheckedBackup, RestoreResult, _bring_up_to_date, _cancelled,
                             _copy_records, _Extracted, _ExtractContext, _key_opens, _keys_data, _known_schema,
                             _made_at, _phase, _PROGRESS, _records, _utcnow, check_offline, restore_into_folder)
from .backup_rotation import RotationPolicy, to_keep
from .changes import BACKUP, Change
from .datadir import LocalSettings
from .files import atomic_write
from .keyslots import Opened, generations
from .locks import FileLock
from .permissions import Action, require
from .storage import Database
from .temp_files import HeldTemp, remove_left_behind

SQLITE_NOTADB = 26  # "file is not a database": the key no longer fits (another program rekeyed)
# Beside the database, not in the backups folder: a folder that cannot be
# written is one of the failures it must record.
JOURNAL_NAME = "qamqor.backups.json"
JOURNAL_FORMAT = "qamqor-backups/1"
SECOND_FOLDER = "backup_folder"  # key in this computer's settings.json
OVERDUE = dt.timedelta(days=2)
# A copy kept aside before a restore (or a migration) stays this long, whatever
# the rules, so a restore can be undone; never beyond the retention period.
KEEP_ASIDE = dt.timedelta(days=90)
ASIDE_REASONS = ("before-restore", "before-migration")
Progress = Callable[[int, int], None]


def _postgres_refusal() -> Refused:
    return Refused(QCoreApplication.translate(
        "Backups", "This branch's records are on a PostgreSQL server: its administrator backs them up "
        "with the server's own tools (see the README). Qamqor makes backups of branches kept on this computer."))


class BackupNeedsPassword(Refused):
    """The backup's key is not the database's now and the account at the
    keyboard had no key then: a password of someone who had one is needed."""


@dataclass(frozen=True)
class BackupEntry:
    """One backup file, as the list shows it."""

    file_name: str
    paths: tuple[Path, ...]  # where it is: the data folder, the second folder, or both
    made_at: dt.datetime | None
    size: int
    reason: str
    records: int
    visitors: int
    schema: str | None
    checked_at: dt.datetime | None  # when this program last read it whole and found it good
    damaged: bool  # unreadable, or found damaged when last checked
    in_data_folder: bool = True
    in_second_folder: bool = False

    @property
    def path(self) -> Path:
        return self.paths[0]


@dataclass(frozen=True)
class BackupHealth:
    on_server: bool  # PostgreSQL: the server's administrator keeps the backups
    last_backup: dt.datetime | None
    overdue: bool  # nothing made for more than two days
    last_failure: str | None  # the last automatic or manual backup that failed, if after the last success
    failed_at: dt.datetime | None
    second_folder: Path | None
    second_folder_problem: str | None  # the last copy to the second folder failed


@dataclass(frozen=True)
class MadeBackup:
    path: Path
    made_at: dt.datetime
    size: int
    records: int
    copied_to: Path | None  # the copy in the second folder
    copy_problem: str | None  # why there is none, when a second folder is set
    removed: int  # old backups removed by rotation


class BackupService:
    """The administrator's backups of an embedded branch (``gate`` is logged in)."""

    def __init__(self, gate: BranchGate, identity: Identity, *, policy: RotationPolicy | None = None,
                 clock: Callable[[], dt.datetime] | None = None):
        self.gate = gate
        self.identity = identity
        self.store = gate.store
        self.policy = policy or RotationPolicy()
        self._now = clock or _utcnow
        if self.store is not None:
            self.root = self.store.dirs.root
            self.folder = self.store.dirs.backups
            self.lock = FileLock(self.root / LOCK_NAME, timeout=600)
            self.settings = LocalSettings(self.root)

    @property
    def db(self) -> Database:
        return self.gate.db

    def _embedded(self) -> None:
        if self.store is None:
            raise _postgres_refusal()

    # -- folders --------------------------------------------------------------------
    def second_folder(self) -> Path | None:
        if self.store is None:
            return None
        value = self.settings.get(SECOND_FOLDER)
        return Path(value) if isinstance(value, str) and value else None

    def set_second_folder(self, folder: Path | None) -> None:
        """Where a copy of every backup goes too (a USB stick); None: nowhere."""
        require(self.identity.role, Action.MANAGE_BACKUPS)
        self._embedded()
        if folder is not None:
            folder = Path(folder)
            if not folder.is_dir():
                raise Refused(QCoreApplication.translate("Backups", "The folder %1 does not exist."), folder)
            if folder.resolve() == self.folder.resolve():
                raise Refused(QCoreApplication.translate(
                    "Backups", "Choose a folder other than the branch's own backups folder: the copy is "
                    "there so that one broken disk does not take every backup."))
            _check_writable(folder)
        self.settings.set(SECOND_FOLDER, str(folder) if folder is not None else "")
        with self.db.session(self.identity.username) as s:
            record_audit(s, "backup.folder", record_type="backup", set=folder is not None)
        self.db.changes.publish(Change.of(BACKUP))

    def _folders(self) -> list[tuple[Path, bool]]:
        folders = [(self.folder, False)]
        second = self.second_folder()
        if second is not None:
            folders.append((second, True))
        return folders

    # -- journal: which files were checked, what failed -------------------------------
    def _journal_path(self) -> Path:
        return self.root / JOURNAL_NAME

    def _journal(self) -> dict:
        try:
            data = json.loads(self._journal_path().read_text("utf-8"))
        except (OSError, ValueError):
            return {"format": JOURNAL_FORMAT, "checked": {}}
        if not isinstance(data, dict) or data.get("format") != JOURNAL_FORMAT:
            return {"format": JOURNAL_FORMAT, "checked": {}}
        data.setdefault("checked", {})
        return data

    def _note(self, change: Callable[[dict], None]) -> None:
        """Change the journal under the backup lock. A journal that cannot be
        written loses only these notes, never a backup."""
        try:
            with self.lock:
                # Under the lock no other program writes the journal: any
                # temporary file of it is one a killed program left.
                remove_left_behind(self.root, f".{JOURNAL_NAME}.")
                data = self._journal()
                change(data)
                atomic_write(self._journal_path(), json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))
        except Refused:
            pass

    def _note_checked(self, path: Path, *, ok: bool) -> None:
        try:
            size = path.stat().st_size
        except OSError:
            return
        at = self._now().isoformat()

        def change(data: dict) -> None:
            data["checked"][path.name] = {"size": size, "at": at, "ok": ok}
            # Forget files that are gone from both folders.
            present = {p.name for f, _ in self._folders() for p in _backup_files(f)}
            data["checked"] = {k: v for k, v in data["checked"].items() if k in present}
        self._note(change)

    def _note_failure(self, message: str, *, second_folder: bool = False) -> None:
        at = self._now().isoformat()

        def change(data: dict) -> None:
            data["second_folder_failure" if second_folder else "failure"] = {"at": at, "message": message}
        self._note(change)

    def _note_success(self, *, second_folder_ok: bool | None) -> None:
        def change(data: dict) -> None:
            data.pop("failure", None)
            if second_folder_ok:
                data.pop("second_folder_failure", None)
        self._note(change)

    # -- the list -------------------------------------------------------------------
    def list(self) -> list[BackupEntry]:
        """This branch's backups in both folders, newest first."""
        require(self.identity.role, Action.MANAGE_BACKUPS)
        if self.store is None:
            return []
        branch_id = self._branch_id()
        checked = self._journal()["checked"]
        found: dict[str, dict] = {}
        for folder, second in self._folders():
            for path in _backup_files(folder):
                entry = found.setdefault(path.name, {"paths": [], "data": False, "second": False, "header": None})
                entry["paths"].append(path)
                entry["second" if second else "data"] = True
                if entry["header"] is None:
                    try:
                        entry["header"] = read_header_quietly(path)
                    except Refused:
                        entry["header"] = False
        out = []
        for name, entry in found.items():
            header = entry["header"]
            if header and (header.manifest.get("branch") or {}).get("id") not in (branch_id, None):
                continue  # another branch's backup on a shared stick
            manifest = header.manifest if header else {}
            records, visitors = _records(manifest.get("counts"))
            note = checked.get(name) or {}
            path = entry["paths"][0]
            try:
                size = path.stat().st_size
            except OSError:
                size = 0
            fresh_note = note.get("size") == size
            checked_at = None
            if fresh_note and note.get("ok"):
                try:
                    checked_at = dt.datetime.fromisoformat(note["at"])
                except (KeyError, TypeError, ValueError):
                    checked_at = None
            out.append(BackupEntry(
                file_name=name, paths=tuple(entry["paths"]), made_at=_made_at(manifest), size=size,
                reason=str(manifest.get("reason", "")), records=records, visitors=visitors,
                schema=manifest.get("schema"), checked_at=checked_at,
                damaged=not header or (fresh_note and note.get("ok") is False),
                in_data_folder=entry["data"], in_second_folder=entry["second"]))
        far_past = dt.datetime.min.replace(tzinfo=dt.timezone.utc)
        return sorted(out, key=lambda e: e.made_at or far_past, reverse=True)

    def _branch_id(self) -> str:
        with self.db.read() as s:
            return _local_branch_id(s)

    def newest_audit_head(self) -> RememberedHead | None:
        """The audit trail's end as the newest of this branch's backups
        recorded it (services/audit.py). No permission is asked: a manifest's
        numbers say nothing of anyone, and a director checks the trail too."""
        if self.store is None:
            return None
        branch_id = self._branch_id()
        newest = None
        for folder, _ in self._folders():
            for path in _backup_files(folder):
                try:
                    manifest = read_header_quietly(path).manifest
                except Refused:
                    continue
                made = _made_at(manifest)
                head = manifest.get("audit_head") or {}
                if made is None or (manifest.get("branch") or {}).get("id") != branch_id:
                    continue
                if not isinstance(head.get("seq"), int) or not isinstance(head.get("hash"), str):
                    continue
                if newest is None or made > newest.made_at:
                    newest = RememberedHead(path.name, made, head["seq"], head["hash"])
        return newest

    # -- health ---------------------------------------------------------------------
    def health(self) -> BackupHealth:
        """What the administrator's main window warns about."""
        require(self.identity.role, Action.MANAGE_BACKUPS)
        if self.store is None:
            return BackupHealth(True, None, False, None, None, None, None)
        entries = [e for e in self.list() if not e.damaged and e.made_at is not None]
        last = max((e.made_at for e in entries), default=None)
        journal = self._journal()
        now = self._now()
        since = last or self._branch_created()
        overdue = since is None or now - since > OVERDUE
        failure = journal.get("failure") or {}
        failed_at = _time(failure.get("at"))
        if failed_at is not None and last is not None and failed_at < last:
            failed_at = None
        second = self.second_folder()
        second_problem = None
        if second is not None:
            if not second.is_dir():
                second_problem = fill(QCoreApplication.translate(
                    "Backups", "The second folder %1 cannot be found (is the USB stick in?)."), second)
            else:
                sf = journal.get("second_folder_failure") or {}
                second_problem = sf.get("message") if sf else None
        return BackupHealth(False, last, overdue, failure.get("message") if failed_at else None, failed_at,
                            second, second_problem)

    def _branch_created(self) -> dt.datetime | None:
        from desktop.models import Branch
        from sqlalchemy import select

        with self.db.read() as s:
            return s.scalar(select(Branch.created_at).where(Branch.is_local.is_(True)))

    def due(self) -> bool:
        """No backup made today (this computer's day) in the data folder."""
        if self.store is None:
            return False
        today = self._now().astimezone().date()
        for path in _backup_files(self.folder):
            try:
                made = _made_at(read_header_quietly(path).manifest)
            except Refused:
                continue
            if made is not None and made.astimezone().date() == today:
                return False
        return True

    # -- making one -----------------------------------------------------------------
    def make(self, out: Path | None = None, *, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None) -> MadeBackup:
        """A backup now, into the data folder and the second folder; with
        ``out``, into that file only (a name ending in .qmbackup is advised)."""
        require(self.identity.role, Action.MANAGE_BACKUPS)
        self._embedded()
        try:
            return self._make("manual", progress, cancelled, out=Path(out) if out is not None else None)
        except BackupCancelled:
            raise
        except Refused as err:
            self._note_failure(str(err))
            raise

    def make_automatic(self, *, progress: Progress | None = None,
                       cancelled: Callable[[], bool] | None = None) -> MadeBackup | None:
        """Today's backup, if none was made today and no other program is making one.

        No permission is asked: the window makes it for whoever closes it, as
        the branch's own safety copy. It opens only with a password, like the
        database itself, and no one sees or chooses anything in it.
        """
        if self.store is None or not self.due():
            return None
        if not self.lock.acquire(wait=False):
            return None  # another program is making one (or restoring) right now
        try:
            if not self.due():
                return None
            return self._make("automatic", progress, cancelled)
        except BackupCancelled:
            return None
        except Refused as err:
            self._note_failure(str(err))
            raise
        finally:
            self.lock.release()

    def _make(self, reason: str, progress: Progress | None, cancelled: Callable[[], bool] | None, *,
              out: Path | None = None) -> MadeBackup:
        stop = cancelled or (lambda: False)
        with self.lock:
            make_folder(self.folder)
            remove_left_behind(self.folder, ".")
            made_at = self._now()
            code = self.gate.branch().code
            folder = self.folder if out is None else out.parent
            if out is not None:
                if not folder.is_dir():
                    raise Refused(QCoreApplication.translate("Backups", "The folder %1 does not exist."), folder)
                remove_left_behind(folder, f".{out.name}.")
            name = backup_name(code, made_at, self.folder) if out is None else out.name
            with HeldTemp(folder, f".{name}.") as held:
                try:
                    manifest = self._copy_checked(held, made_at=made_at, reason=reason, name=name,
                                                  progress=progress, cancelled=stop)
                    if stop():
                        raise Cancelled()
                    path = folder / name
                    held.commit(path)
                    fsync_dir(folder)
                except Cancelled:
                    raise _cancelled() from None
                except OSError as err:
                    raise write_failed(folder, err) from err
            copied = problem = None
            removed = 0
            if out is None:
                self._note_checked(path, ok=True)
                copied, problem = self._copy_to_second(path)
                removed = self._rotate()
                self._note_success(second_folder_ok=copied is not None if self.second_folder() else None)
        records, _ = _records(manifest["counts"])
        with self.db.session(self.identity.username) as s:
            record_audit(s, "backup.make", record_type="backup", record_id=name[:40], reason=reason,
                         second_folder=copied is not None, audit_head=manifest["audit_head"]["seq"])
        self.db.changes.publish(Change.of(BACKUP))
        return MadeBackup(path, made_at, path.stat().st_size, records, copied, problem, removed)

    def _copy_checked(self, out: HeldTemp, *, made_at: dt.datetime, reason: str, name: str,
                      progress: Progress | None, cancelled: Callable[[], bool]) -> dict:
        """The backup file written into ``out`` and read back: the database's
        bytes at one moment and the key file that wraps their key, while
        SQLite checks those same bytes on another core
        (services/backup_copy.py). Returns the manifest as written."""
        snapshot, keys = self._snapshot()
        with snapshot:
            manifest = backup_copy.manifest_for(snapshot.facts, made_at=made_at, reason=reason,
                                                key_generation=keys[1])
            snapshot.start_check()
            manifest = backup_file.write(out.fd, manifest, [(backup_file.KEYS_MEMBER, keys[0]), *snapshot.members],
                                         progress=_phase(progress, 0, 400), cancelled=cancelled,
                                         read=snapshot.copied)
            # Read back whole (the bytes as the file system gives them back, not
            # as they were handed to it) while the check goes on.
            backup_file.check_whole_file(out.path, progress=_phase(progress, 400, 550), cancelled=cancelled)
            found = snapshot.check_result(progress=_phase(progress, 550, 1000), cancelled=cancelled)
        if found != ["ok"]:
            raise StorageError(QCoreApplication.translate(
                "Backups", "SQLite found errors in the branch's database, so no backup was made (the backups "
                "made before are kept). Restore the newest backup, or ask for help before you go on."))
        return manifest

    def _snapshot(self) -> tuple[backup_copy.Snapshot, tuple[bytes, int]]:
        """The database at this moment (begun) and the key file as it is.

        The key file is read under its lock, with the key the database has
        then; the snapshot begins after the lock is let go (log-ins wait for
        that lock). If another program gives the database a new key in
        between, the old key no longer reads the file: it starts again with
        the new key and the file as it is then. Once begun, a snapshot keeps
        reading the pages of its moment, whatever key they get later.
        """
        for attempt in range(3):
            with self.store.slots.lock:
                with self.db.read():
                    pass  # takes the key another program may have given the database
                key = self.db.key
                keys = self._key_file_for(key)
            try:
                snapshot = backup_copy.Snapshot(self.db.path, key).begin()
            except sqlcipher3.DatabaseError as err:
                if getattr(err, "sqlite_errorcode", None) != SQLITE_NOTADB:
                    raise storage_error(err) or err  # busy for a minute, a full disk, a damaged file
                if attempt == 2:
                    raise StorageError(QCoreApplication.translate(
                        "Backups", "The key file does not hold the database's key right now (another program is "
                        "changing it). Try the backup again in a moment.")) from None
                continue
            return snapshot, keys
        raise AssertionError("unreachable")

    def _key_file_for(self, key: bytes) -> tuple[bytes, int]:
        """The key-slot file as it is (the caller holds its lock), and the
        generation of ``key`` in it: the file must wrap the key the copy is
        encrypted with, or the backup would open with no password."""
        raw = self.store.slots.path.read_bytes()
        data = json.loads(raw)
        opened = self.gate.opened
        if opened is not None:
            try:
                keys = opened.keys(data)
            except Refused:
                keys = {}
            for gen in generations(data):
                if keys.get(gen) == key:
                    return raw, gen
            raise StorageError(QCoreApplication.translate(
                "Backups", "The key file does not hold the database's key right now (another program is "
                "changing it). Try the backup again in a moment."))
        return raw, data["generation"]

    def _copy_to_second(self, path: Path) -> tuple[Path | None, str | None]:
        second = self.second_folder()
        if second is None:
            return None, None
        try:
            if not second.is_dir():
                raise Refused(QCoreApplication.translate(
                    "Backups", "The second folder %1 cannot be found (is the USB stick in?)."), second)
            remove_left_behind(second, ".")
            with HeldTemp(second, f".{path.name}.") as out:
                with open(path, "rb") as src:
                    while chunk := src.read(1 << 20):
                        _write_all(out.fd, chunk)
                os.fsync(out.fd)
                backup_file.check_whole_file(out.path)
                out.commit(second / path.name)
                fsync_dir(second)
        except OSError as err:
            message = str(write_failed(second, err))
        except Refused as err:
            message = str(err)
        else:
            self._note_checked(second / path.name, ok=True)
            return second / path.name, None
        self._note_failure(message, second_folder=True)
        return None, message

    # -- rotation -------------------------------------------------------------------
    def _rotate(self) -> int:
        """Remove the backups the rules no longer keep, in both folders. Files
        it cannot read (another branch's, a newer Qamqor's, damaged) stay."""
        policy = self.policy
        retention = self._retention_months()
        if retention is not None:
            policy = policy.with_retention(retention)
        now = self._now()
        removed = 0
        branch_id = self._branch_id()
        for folder, _ in self._folders():
            mine = []
            for path in _backup_files(folder):
                try:
                    manifest = read_header_quietly(path).manifest
                except Refused:
                    continue
                made = _made_at(manifest)
                if made is None or (manifest.get("branch") or {}).get("id") != branch_id:
                    continue
                mine.append((path, made, manifest.get("reason")))
            regular = [m for m in mine if m[2] not in ASIDE_REASONS]
            kept, _ = to_keep(regular, lambda m: m[1].astimezone(), policy, now=now.astimezone())
            keep = {m[0] for m in kept}
            limit = KEEP_ASIDE if policy.max_age is None else min(KEEP_ASIDE, policy.max_age)
            keep |= {m[0] for m in mine if m[2] in ASIDE_REASONS and now - m[1] <= limit}
            for path, _made, _reason in mine:
                if path not in keep:
                    try:
                        path.unlink()
                        removed += 1
                    except OSError:
                        pass
        return removed

    def _retention_months(self) -> int | None:
        """The branch's retention period in months (the default when none is
        set); backups older than it are removed."""
        from .retention import retention_months

        return retention_months(self.db)

    # -- checking one ---------------------------------------------------------------
    def check(self, path: Path, *, username: str | None = None, password: str | None = None,
              progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> CheckedBackup:
        """Read a backup whole and open its database: the same checks a
        restore makes before it changes anything."""
        require(self.identity.role, Action.MANAGE_BACKUPS)
        self._embedded()
        path = Path(path)
        try:
            with self.lock:
                self.folder.mkdir(parents=True, exist_ok=True)
                remove_left_behind(self.folder, ".")
                with self._extract(path, progress=_phase(progress, 0, 400), cancelled=cancelled) as got:
                    self._same_branch(path, got.header.manifest)
                    got.key = self._backup_key(got, username=username, password=password)
                    if progress is not None:
                        progress(450, _PROGRESS)
                    backup_copy.check_database(got.db.path, got.key, got.header.manifest, name=path.name)
        except Cancelled:
            raise _cancelled() from None
        except StorageError:
            self._note_checked(path, ok=False)
            self.db.changes.publish(Change.of(BACKUP))
            raise
        self._note_checked(path, ok=True)
        self.db.changes.publish(Change.of(BACKUP))
        manifest = got.header.manifest
        return CheckedBackup(path, _made_at(manifest), _records(manifest.get("counts"))[0], manifest.get("schema"))

    def _extract(self, path: Path, *, progress: Progress | None, cancelled) -> "_ExtractContext":
        return _ExtractContext(path, self.folder, progress, cancelled)

    def _same_branch(self, path: Path, manifest: dict) -> None:
        theirs = manifest.get("branch") or {}
        if theirs.get("id") != self._branch_id():
            raise Refused(QCoreApplication.translate(
                "Backups", "The backup %1 is of branch %2, not of this branch. Nothing was changed."),
                path.name, theirs.get("code") or "?")

    def _backup_key(self, got: _Extracted, *, username: str | None, password: str | None,
                    confirmed: Opened | None = None) -> bytes:
        """The key that opens the backup's database: the database's key now,
        or what the key file in the backup gives to this account's key (or,
        with a password, to that account's slot in it)."""
        candidates = [self.db.key]
        data = _keys_data(got)
        for opened in (confirmed, self.gate.opened):
            if opened is None:
                continue
            try:
                candidates += list(opened.keys(data).values())
            except (Refused, Exception):  # noqa: BLE001 - a slot of another time: simply no key from it
                pass
        if password:
            opened = self.store.slots.unlock_copy(data, username or self.identity.username, password)
            candidates += list(opened.keys(data).values())
        for key in candidates:
            if key and _key_opens(got.db.path, key):
                return key
        if password:
            raise WrongPassword(QCoreApplication.translate(
                "Backups", "This password opens the key file of the backup, but not its database: "
                "the backup is damaged."))
        raise BackupNeedsPassword(QCoreApplication.translate(
            "Backups", "This backup was made with an earlier key of the database, which your account did not have. "
            "Give the user name and password of someone who had an account when it was made (in the window: "
            "under your password; on the command line: --backup-user and QAMQOR_BACKUP_PASSWORD)."))

    # -- restoring ------------------------------------------------------------------
    def restore(self, path: Path, *, password: str, other_user: str | None = None, other_password: str | None = None,
                progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> RestoreResult:
        """Replace the branch's records with those in the backup.

        ``password`` is the administrator's own, asked again because nothing
        is more destructive. When the backup is older than the administrator's
        key (and the database's key changed since), ``other_user`` and
        ``other_password``, of someone who had an account then, open it.
        Everything is checked before anything changes; the records replaced
        are kept aside as a backup of their own.
        """
        require(self.identity.role, Action.MANAGE_BACKUPS)
        self._embedded()
        path = Path(path)
        confirmed = self._confirm(password)
        stop = cancelled or (lambda: False)
        try:
            with self.lock:
                self.folder.mkdir(parents=True, exist_ok=True)
                remove_left_behind(self.folder, ".")
                with self._extract(path, progress=_phase(progress, 0, 250), cancelled=stop) as got:
                    manifest = got.header.manifest
                    self._same_branch(path, manifest)
                    _known_schema(path, manifest)
                    got.key = self._backup_key(got, username=other_user,
                                               password=other_password if other_user else None, confirmed=confirmed)
                    if progress is not None:
                        progress(260, _PROGRESS)
                    backup_copy.check_database(got.db.path, got.key, manifest, name=path.name)
                    if stop():
                        raise Cancelled()
                    _bring_up_to_date(got)
                    if progress is not None:
                        progress(450, _PROGRESS)
                    return self._replace(path, got, progress=_phase(progress, 450, 1000), cancelled=stop)
        except Cancelled:
            raise _cancelled() from None

    def _confirm(self, password: str) -> Opened:
        if not password:
            raise WrongPassword(QCoreApplication.translate("Backups", "Type your password to restore a backup."))
        data = self.store.slots.fresh()
        return self.store.slots.unlock_copy(data, self.identity.username, password)

    def _replace(self, path: Path, got: _Extracted, *, progress: Progress | None,
                 cancelled: Callable[[], bool]) -> RestoreResult:
        manifest = got.header.manifest
        made_at = self._now()
        code = self.gate.branch().code
        self.db.checkpoint()  # a small write-ahead log: a quick copy set aside
        # SQLite gives this thread one connection (SingletonThreadPool): no
        # other read or session on this thread until the block ends.
        with self.db.engine.connect() as conn:
            raw = conn.connection.driver_connection
            raw.execute(f"ATTACH DATABASE ? AS restored KEY \"x'{got.key.hex()}'\"", (str(got.db.path),))
            raw.execute("PRAGMA foreign_keys = OFF")
            try:
                with Session(bind=conn) as s:
                    s.info["actor"] = self.identity.username
                    s.execute(text("SELECT count(*) FROM branch"))  # BEGIN IMMEDIATE: other writers wait from here
                    with self.store.slots.lock:
                        aside = self._set_aside(raw, made_at, code)
                    if cancelled():
                        raise Cancelled()
                    epoch = _copy_records(s, raw, manifest, progress=progress, cancelled=cancelled, now=made_at)
                    record_audit(s, "backup.restore", record_type="backup", record_id=path.name[:40],
                                 made_at=manifest.get("made_at"), epoch=epoch, set_aside=aside.name,
                                 backup_audit_head=manifest.get("audit_head"))
                    s.commit()
            finally:
                raw.execute("PRAGMA foreign_keys = ON")
                raw.execute("DETACH DATABASE restored")
        self.db.checkpoint()
        # Every kind of record may have changed: the window logs everyone out
        # (views/admin/backups_page.py); the list of backups has one more.
        self.db.changes.publish(Change.of(BACKUP))
        return RestoreResult(_made_at(manifest), _records(manifest.get("counts"))[0], aside, epoch)

    def _set_aside(self, raw, made_at: dt.datetime, code: str) -> Path:
        """The records a restore replaces, kept for as long as a restore may
        need undoing (``KEEP_ASIDE``)."""
        try:
            return write_copy_aside(raw, db_path=self.db.path, keys=self._key_file_for(self.db.key),
                                    folder=self.folder, code=code, made_at=made_at, reason="before-restore")
        except OSError as err:
            raise StorageError(QCoreApplication.translate(
                "Backups", "The records could not be kept aside before the restore (%1). Nothing was changed."),
                err.strerror or err) from err


def _local_branch_id(s) -> str:
    from desktop.models import Branch
    from sqlalchemy import select

    return str(s.scalar(select(Branch.id).where(Branch.is_local.is_(True))))


def _time(value) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _backup_files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in Path(folder).iterdir()
                      if p.name.endswith(backup_file.SUFFIX) and not p.name.startswith(".") and p.is_file())
    except OSError:
        return []


def read_header_quietly(path: Path) -> Header:
    return backup_file.read_header(path)


def _check_writable(folder: Path) -> None:
    try:
        remove_left_behind(folder, ".qamqor-probe.")
        HeldTemp(folder, ".qamqor-probe.").discard()
    except OSError as err:
        raise StorageError(QCoreApplication.translate(
            "Backups", "Cannot write into the folder %1: %2. Choose another folder."), folder, err.strerror or err) from err


__all__ = ["BackupCancelled", "BackupEntry", "BackupHealth", "BackupNeedsPassword", "BackupService", "CheckedBackup",
           "MadeBackup", "RestoreResult", "RotationPolicy", "PermissionDenied", "check_offline", "restore_into_folder"]
