"""Opening a branch, logging in, and managing staff accounts.

On an embedded branch the password opens the user's key slot, which opens the
database; wrong passwords are counted in the key-slot file (the database is
still closed) and reach the audit trail at the next successful log-in. On
PostgreSQL the users table holds the password hash and the count.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from desktop.models import AuditEvent, Branch, Role, User, schema, utcnow
from desktop.models.journal import record_audit

from . import health
from ..errors import AccountLocked, NotFound, Refused, StorageError, WrongPassword
from ..i18n import fill
from . import keyslots, limits
from .changes import USER, Change
from .datadir import LocalSettings
from .keyslots import LOCK_MINUTES, MAX_FAILED, KdfParams, Opened
from .lockout import Failure
from .passwords import check_password
from .permissions import Action, allowed, require
from .storage import Database, EncryptedStore, open_postgres
from ..exchange.sealed import FieldKey

log = logging.getLogger("qamqor")

log = logging.getLogger("qamqor")

BRANCH_CODE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{2,6}$")
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


@dataclass(frozen=True)
class Identity:
    """The staff member at the keyboard."""

    user_id: uuid.UUID
    username: str
    display_name: str
    role: Role
    # The key to restricted health information, when this account holds it
    # (services/health.py). Never printed, never compared.
    health_key: FieldKey | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class BranchInfo:
    code: str
    name: str


@dataclass(frozen=True)
class UserRow:
    user_id: uuid.UUID
    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: dt.datetime | None
    # The key to health information: "holds", "waiting" (the role may see health
    # data, the account has not been given the key yet) or "" (neither, or PostgreSQL).
    health_key: str = ""


def _hasher(kdf: KdfParams) -> PasswordHasher:
    return PasswordHasher(time_cost=kdf.time_cost, memory_cost=kdf.memory_kib,
                          parallelism=kdf.parallelism)


def check_password_strength(password: str, *, username: str = "", branch: Iterable[str] = ()) -> None:
    """services/passwords.py: long enough, not a name, not a common one."""
    check_password(password, username=username, branch=branch)


def _branch_words(s) -> tuple[str, ...]:
    row = s.execute(select(Branch).where(Branch.is_local.is_(True))).scalar_one_or_none()
    return (row.code, row.name) if row is not None else ()


def check_username(username: str) -> str:
    name = username.strip().lower()
    if not USERNAME.match(name):
        raise Refused(QCoreApplication.translate(
            "Accounts", "A user name has 2 to 32 Latin letters, digits, dots, dashes or underscores."))
    return name


class BranchGate:
    """The way into one branch's data: set it up, or log in and open it.

    ``data_dir`` holds the embedded database and its key slots; with ``db_url``
    the data lives on a PostgreSQL server instead.
    """

    def __init__(self, data_dir: Path, *, db_url: str | None = None, kdf: KdfParams | None = None):
        self.data_dir = Path(data_dir)
        self.db_url = db_url
        self.kdf = kdf or keyslots.default_kdf()
        self.store = None if db_url else EncryptedStore(self.data_dir, kdf=self.kdf)
        self.db: Database | None = None
        # What the last password typed here opened (embedded branches): it
        # unwraps the database key again after another program rekeys, and
        # wraps it for new slots.
        self.opened: Opened | None = None
        self._opened_by: dict[str, Opened] = {}
        self.migrated_from: str | None = None

    @property
    def db_key(self) -> bytes | None:
        return self.db.key if self.db is not None else None

    # -- state --------------------------------------------------------------
    def is_initialised(self) -> bool:
        if self.store is not None:
            return self.store.exists()
        db = self._postgres()
        if schema.current_revision(db) is None:
            return False
        with db.read() as s:
            return s.scalar(select(func.count()).select_from(Branch)) > 0

    def _postgres(self) -> Database:
        if self.db is None:
            self.db = open_postgres(self.db_url)
        return self.db

    def branch(self) -> BranchInfo:
        with self.db.read() as s:
            b = s.execute(select(Branch).where(Branch.is_local.is_(True))).scalar_one()
            return BranchInfo(b.code, b.name)

    # -- set-up -------------------------------------------------------------
    def initialise(self, *, branch_code: str, branch_name: str, admin_username: str,
                   admin_password: str, admin_display_name: str = "",
                   escrow_recipient: str | None = None, branch_id: uuid.UUID | None = None) -> Identity:
        """``branch_id``: the branch's id when it is rebuilt (services/recovery.py)."""
        code = branch_code.strip().upper()
        if not BRANCH_CODE.match(code):
            raise Refused(QCoreApplication.translate(
                "Accounts", "A branch code looks like KZ-ALA: country, dash, 2 to 6 letters or digits."))
        branch_name = limits.checked_text(branch_name, limits.BRANCH_NAME)
        admin_display_name = limits.checked_text(admin_display_name, limits.DISPLAY_NAME)
        if not branch_name.strip():
            raise Refused(QCoreApplication.translate("Accounts", "Give the branch a name."))
        username = check_username(admin_username)
        check_password_strength(admin_password, username=username, branch=(code, branch_name))
        if self.is_initialised():
            raise Refused(QCoreApplication.translate("Accounts", "This branch is already set up."))
        if self.store is not None:
            self.db, opened = self.store.create(
                username=username, password=admin_password, escrow_recipient=escrow_recipient)
            self._remember(username, opened)
        else:
            self._postgres()
        schema.upgrade(self.db)
        with self.db.session(username) as s:
            s.add(Branch(id=branch_id, code=code, name=branch_name.strip(), is_local=True))
            user = User(username=username, display_name=admin_display_name.strip() or username,
                        role=Role.ADMINISTRATOR, password_hash=_hasher(self.kdf).hash(admin_password))
            s.add(user)
            s.flush()
            record_audit(s, "branch.create", record_type="branch", code=code)
            record_audit(s, "user.add", record_type="user", record_id=user.id,
                         username=username, role=Role.ADMINISTRATOR.value)
            record_audit(s, "login", record_type="user", record_id=user.id)
            identity = Identity(user.id, user.username, user.display_name, user.role)
        self._remember_branch()
        return identity

    # -- log-in -------------------------------------------------------------
    def log_in(self, username: str, password: str) -> Identity:
        username = username.strip().lower()
        if self.store is not None:
            identity = self._log_in_embedded(username, password)
        else:
            identity = self._log_in_postgres(username, password)
        self._remember_branch()  # a branch set up by an older version learns it here
        return identity

    def _remember_branch(self) -> None:
        """Keep the branch's code and name where the log-in window reads them
        before any key is given. A folder that cannot be written costs only
        that line on the log-in window, never the log-in."""
        if not self.data_dir.is_dir():
            return  # a database server's branch used from a computer without a data folder
        info = self.branch()
        try:
            LocalSettings(self.data_dir).remember_branch(info.code, info.name)
        except StorageError as err:
            log.warning("could not note the branch's name for the log-in window: %s", err)

    def _log_in_embedded(self, username: str, password: str) -> Identity:
        slots = self.store.slots
        opened = slots.unlock(username, password)  # the try is counted before the check
        if self.db is None:
            self.db, _ = self.store.open_with_keys(opened, follow=lambda: self.opened)
            self._remember(username, opened)
            self._migrate()
        self._remember(username, opened)
        failures = slots.lockout.failures(opened.attempt)
        with self.db.session(username) as s:
            user = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
            if user is None or not user.active:
                # A slot without an active account: left over from an interrupted
                # removal. The try stays counted as a failure.
                raise WrongPassword(QCoreApplication.translate("Storage", "Wrong user name or password."))
            _audit_failures(s, user, failures, "login.failed")
            record_audit(s, "login", record_type="user", record_id=user.id)
            identity = Identity(user.id, user.username, user.display_name, user.role)
        slots.lockout.succeeded(opened.attempt, reported=failures)
        return dataclasses.replace(identity, health_key=self._health_key(username, opened))

    def _health_key(self, username: str, opened: Opened) -> FieldKey | None:
        """The key to health information this log-in holds. A failure here (a
        full disk while sealing old fields) leaves the log-in valid: the work
        is done again at the next one."""
        try:
            return health.key_at_log_in(self.store, self.db, username, opened)
        except StorageError as err:
            log.warning("health key work at log-in failed: %s", type(err).__name__)
            try:
                secret = self.store.slots.health_key(opened)
            except StorageError:
                return None
            return FieldKey(secret) if secret is not None else None

    def _log_in_postgres(self, username: str, password: str, *, action: str = "login") -> Identity:
        """The count is taken and committed before the password is checked (as
        on an embedded branch), so parallel tries and a killed program are
        counted too; the row lock makes the sixth try wait and find the lock."""
        db = self._postgres()
        self._migrate()
        with db.session(username) as s:
            user = s.execute(select(User).where(User.username == username).with_for_update()
                             ).scalar_one_or_none()
            if user is None or not user.active:
                user_hash = None
            else:
                user_hash = user.password_hash
                locked = _db_locked_until(user)
                if locked is None:
                    _count_failure(user)
                else:
                    record_audit(s, f"{action}.failed", record_type="user", record_id=user.id, locked=True)
        if user_hash is None:
            _hasher(self.kdf).hash(password)  # about the time of a check: names stay secret
            raise WrongPassword(QCoreApplication.translate("Storage", "Wrong user name or password."))
        if locked is not None:
            raise _locked(locked)
        try:
            _hasher(self.kdf).verify(user_hash, password)
            right = True
        except (VerificationError, InvalidHashError):
            right = False
        with db.session(username) as s:
            user = s.execute(select(User).where(User.username == username).with_for_update()).scalar_one()
            if right:
                user.failed_attempts = 0
                user.locked_until = None
                record_audit(s, action, record_type="user", record_id=user.id)
                identity = Identity(user.id, user.username, user.display_name, user.role)
            else:
                record_audit(s, f"{action}.failed", record_type="user", record_id=user.id)
                locked = _db_locked_until(user)
        if not right:
            if locked is not None:
                raise _locked(locked)
            raise WrongPassword(QCoreApplication.translate("Storage", "Wrong user name or password."))
        return identity

    def _remember(self, username: str, opened: Opened) -> None:
        self._opened_by[username] = opened
        self.opened = opened

    def opened_by(self, username: str) -> Opened:
        """What this staff member's own password opened in this program."""
        opened = self._opened_by.get(username)
        if opened is None:
            raise StorageError(QCoreApplication.translate(
                "Storage", "Your key was removed from this branch's key file (the account was disabled "
                "or its password reset). Log in again."))
        return opened

    def _migrate(self) -> None:
        def copy_aside(current: str, head: str) -> None:
            self.migrated_from = current
            if self.store is not None:
                # One backup file, listed with the others (services/backups.py).
                from .backup_copy import keep_before_update

                keep_before_update(self.store, self.db)

        schema.upgrade(self.db, before=copy_aside)

    def verify_password(self, identity: Identity, password: str) -> None:
        """Unlock the window again: the same checks as a log-in, counted the same way."""
        if self.store is None:
            try:
                self._log_in_postgres(identity.username, password, action="unlock")
            except WrongPassword:
                raise _wrong_unlock_password() from None
            return
        slots = self.store.slots
        try:
            opened = slots.unlock(identity.username, password)
        except (WrongPassword, AccountLocked) as err:
            with self.db.session(identity.username) as s:
                record_audit(s, "unlock.failed", record_type="user", record_id=identity.user_id)
            if isinstance(err, WrongPassword):
                raise _wrong_unlock_password() from None
            raise
        failures = slots.lockout.failures(opened.attempt)
        with self.db.session(identity.username) as s:
            user = s.get(User, identity.user_id)
            _audit_failures(s, user, failures, "unlock.failed")
            record_audit(s, "unlock", record_type="user", record_id=identity.user_id)
        slots.lockout.succeeded(opened.attempt, reported=failures)
        self._remember(identity.username, opened)

    def record_lock(self, identity: Identity, *, reason: str) -> None:
        with self.db.session(identity.username) as s:
            record_audit(s, "lock", record_type="user", record_id=identity.user_id, reason=reason)

    def set_escrow(self, recipient: str) -> None:
        """Wrap the database key for HQ's escrow recipient (an embedded branch;
        on PostgreSQL HQ holds no key of ours)."""
        if self.store is not None and self.opened is not None:
            self.store.slots.set_escrow(recipient, by=self.opened)

    def log_out(self, identity: Identity) -> None:
        with self.db.session(identity.username) as s:
            record_audit(s, "logout", record_type="user", record_id=identity.user_id)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
        self.opened = None
        self._opened_by.clear()


def _db_locked_until(user: User) -> dt.datetime | None:
    return user.locked_until if user.locked_until and user.locked_until > utcnow() else None


def _wrong_unlock_password() -> WrongPassword:
    # Unlocking asks only for the password of the person already named on the lock
    # screen: naming the user name as a possible mistake would only confuse.
    return WrongPassword(QCoreApplication.translate("Storage", "Wrong password."))


def _locked(until: dt.datetime) -> AccountLocked:
    return AccountLocked(fill(QCoreApplication.translate(
        "Storage", "Too many wrong passwords. This account is locked until %1."),
        until.astimezone().strftime("%H:%M")))


def _count_failure(user: User) -> None:
    user.failed_attempts = (user.failed_attempts or 0) + 1
    if user.failed_attempts >= MAX_FAILED:
        user.failed_attempts = 0
        user.locked_until = utcnow() + dt.timedelta(minutes=LOCK_MINUTES)


def _rekey_recorded(s, user_id: uuid.UUID) -> bool:
    """Was the rekey after this account's latest disable written down?"""
    last = {}
    for action in ("user.disable", "database.rekey"):
        last[action] = s.scalar(select(func.max(AuditEvent.seq)).where(
            AuditEvent.action == action, AuditEvent.record_id == str(user_id)))
    return last["database.rekey"] is not None and last["database.rekey"] > (last["user.disable"] or 0)


def _audit_failures(s, user: User, failures: list[Failure], action: str) -> None:
    for failure in failures:
        detail = {"at": failure.at}
        if failure.while_locked:
            detail["locked"] = True
        if failure.earlier:
            detail["earlier_tries"] = failure.earlier
        record_audit(s, action, record_type="user", record_id=user.id, **detail)


class AccountService:
    """The administrator's work on staff accounts."""

    def __init__(self, gate: BranchGate, identity: Identity):
        self.gate = gate
        self.db = gate.db
        self.identity = identity

    def list_users(self) -> list[UserRow]:
        require(self.identity.role, Action.MANAGE_USERS)
        holds = lambda _name: False  # noqa: E731
        if self.gate.store is not None:
            slots = self.gate.store.slots
            data = slots.fresh()
            holders = slots.health_holders(data)
            holds = lambda name: slots._tag_in(data, name) in holders  # noqa: E731
        with self.db.read() as s:
            return [UserRow(u.id, u.username, u.display_name, u.role, u.active, u.locked_until,
                            self._health_state(u, holds))
                    for u in s.execute(select(User).order_by(User.username)).scalars()]

    def _health_state(self, user: User, holds) -> str:
        if self.gate.store is None or not user.active or not allowed(user.role, Action.VIEW_HEALTH_DATA):
            return ""
        return "holds" if holds(user.username) else "waiting"

    def add_user(self, username: str, *, display_name: str, role: Role, password: str) -> UserRow:
        require(self.identity.role, Action.MANAGE_USERS)
        username = check_username(username)
        display_name = limits.checked_text(display_name, limits.DISPLAY_NAME)
        with self.db.read() as s:
            check_password_strength(password, username=username, branch=_branch_words(s))
        password_hash, fresh = self._slow_password_work(password)
        with self.db.session(self.identity.username) as s:
            if s.execute(select(User).where(User.username == username)).scalar_one_or_none():
                raise Refused(fill(QCoreApplication.translate(
                    "Accounts", "The user name %1 is taken."), username))
            user = User(username=username, display_name=display_name.strip() or username, role=role,
                        password_hash=password_hash)
            s.add(user)
            s.flush()
            record_audit(s, "user.add", record_type="user", record_id=user.id,
                         username=username, role=role.value)
            row = UserRow(user.id, user.username, user.display_name, user.role, True, None)
            if self.gate.store is not None:
                # Written before the commit: a slot without a user opens nothing.
                self.gate.store.slots.add_or_reset(username=username, fresh=fresh,
                                                   by=self.gate.opened_by(self.identity.username))
        self.db.changes.publish(Change.of(USER, row.user_id))
        return row

    def _slow_password_work(self, password: str):
        """The key derivations for a new password, before the transaction, so
        other programs' writes do not wait for them."""
        password_hash = _hasher(self.gate.kdf).hash(password)
        fresh = self.gate.store.slots.new_identity(password) if self.gate.store is not None else None
        return password_hash, fresh

    def _get(self, s, username: str) -> User:
        user = s.execute(select(User).where(User.username == username.strip().lower())
                         ).scalar_one_or_none()
        if user is None:
            raise NotFound(fill(QCoreApplication.translate("Accounts", "There is no user %1."), username))
        return user

    def reset_password(self, username: str, *, password: str) -> None:
        """Set a new password (and re-enable a disabled account)."""
        require(self.identity.role, Action.MANAGE_USERS)
        with self.db.read() as s:
            check_password_strength(password, username=username.strip().lower(), branch=_branch_words(s))
        password_hash, fresh = self._slow_password_work(password)
        with self.db.session(self.identity.username) as s:
            user = self._get(s, username)
            user.password_hash = password_hash
            user.failed_attempts = 0
            user.locked_until = None
            was_active = user.active
            user.active = True
            record_audit(s, "user.password_reset", record_type="user", record_id=user.id,
                         enabled=not was_active)
            if self.gate.store is not None:
                self.gate.store.slots.add_or_reset(username=user.username, fresh=fresh,
                                                   by=self.gate.opened_by(self.identity.username))
        self.db.changes.publish(Change.of(USER, user.id))

    def change_role(self, username: str, *, role: Role) -> None:
        require(self.identity.role, Action.MANAGE_USERS)
        with self.db.session(self.identity.username) as s:
            user = self._get(s, username)
            if user.role == Role.ADMINISTRATOR and role != Role.ADMINISTRATOR:
                self._keep_one_admin(s, user)
            old = user.role
            user.role = role
            record_audit(s, "user.role", record_type="user", record_id=user.id,
                         old=old.value, new=role.value)
            if (self.gate.store is not None and not allowed(role, Action.VIEW_HEALTH_DATA)
                    and self.gate.store.slots.revoke_health(user.username)):
                # Before the commit: the new role holds no copy of the health key
                # from the moment it is in force.
                record_audit(s, "health.key_revoke", record_type="user", record_id=user.id)
        self.db.changes.publish(Change.of(USER, user.id))

    def _keep_one_admin(self, s, user: User) -> None:
        admins = s.scalar(select(func.count()).select_from(User).where(
            User.role == Role.ADMINISTRATOR, User.active.is_(True), User.id != user.id))
        if admins == 0:
            raise Refused(QCoreApplication.translate(
                "Accounts", "The branch needs at least one active administrator."))

    def disable_user(self, username: str) -> bool:
        """Disable the account, remove its key slot and rekey the database, so a
        copy of the database taken from now on does not open with its password.

        Interrupted at any point, running it again finishes the work: an
        account already disabled still has its slot removed and the database
        rekeyed if that had not happened yet.

        True when the account was the last at the branch that held the key to
        health information: only HQ's escrow key holds it now."""
        require(self.identity.role, Action.MANAGE_USERS)
        last_holder = self._last_health_holder(username.strip().lower())
        if username.strip().lower() == self.identity.username:
            raise Refused(QCoreApplication.translate("Accounts", "You cannot disable your own account."))
        with self.db.session(self.identity.username) as s:
            user = self._get(s, username)
            if user.active:
                if user.role == Role.ADMINISTRATOR:
                    self._keep_one_admin(s, user)
                user.active = False
                record_audit(s, "user.disable", record_type="user", record_id=user.id)
            name, user_id = user.username, user.id
        if self.gate.store is not None:
            rekeyed = self.gate.store.remove_and_rekey(
                name, by=self.gate.opened_by(self.identity.username), db=self.db)
            with self.db.session(self.identity.username) as s:
                # Also when an interrupted run had rekeyed but not yet said so.
                if rekeyed or not _rekey_recorded(s, user_id):
                    record_audit(s, "database.rekey", record_type="user", record_id=user_id,
                                 reason="user.disable")
        self.db.changes.publish(Change.of(USER, user_id))
        return last_holder

    def _last_health_holder(self, username: str) -> bool:
        if self.gate.store is None:
            return False
        slots = self.gate.store.slots
        data = slots.fresh()
        holders = slots.health_holders(data)
        return holders == {slots._tag_in(data, username)}

    def change_own_password(self, *, old_password: str, new_password: str) -> None:
        with self.db.read() as s:
            check_password_strength(new_password, username=self.identity.username, branch=_branch_words(s))
        self.gate.verify_password(self.identity, old_password)
        # The slow key derivations before the transaction, so other programs' writes do not wait.
        password_hash = _hasher(self.gate.kdf).hash(new_password)
        sealed = None
        if self.gate.store is not None:
            sealed = self.gate.store.slots.seal(self.gate.opened_by(self.identity.username), new_password)
        with self.db.session(self.identity.username) as s:
            user = self._get(s, self.identity.username)
            user.password_hash = password_hash
            record_audit(s, "user.password_change", record_type="user", record_id=user.id)
            if sealed is not None:
                self.gate.store.slots.change_password(username=user.username, sealed=sealed)
        self.db.changes.publish(Change.of(USER, user.id))


__all__ = ["AccountService", "BranchGate", "BranchInfo", "Identity", "StorageError", "UserRow"]
