"""The key to restricted health information: who holds it, giving it to a
colleague, and sealing the fields written before sealing began.

Every staff password opens the database (its key is wrapped for every
account). The health flags and their notes are sealed inside it once more
(exchange/sealed.py) with a second random key, the *health key*, wrapped only
for the accounts whose role may see health data and for HQ's escrow key
(services/keyslots.py). A receptionist's password, or a copy of the folder and
that password, opens the database but not those fields.

Who gives the key to whom (written down in the README's security section):

- The key is made by the first log-in, of anyone, that finds accounts whose
  role may see health data and no key yet: a new branch once its first
  director or caseworker exists, or a branch upgraded from a version that kept
  health fields under the database key alone. It is wrapped for every such
  account at that moment and for HQ's escrow key, and any field still in plain
  text is sealed then. Those accounts could read the fields before; nobody
  gains anything.
- After that only someone who holds the key can give it: a director or
  caseworker, to a colleague whose role may see health data (a new account, a
  role changed to caseworker or director, a password reset by the
  administrator, which gives the account a new identity). The administrator
  manages accounts and roles but never holds the key, so making an account or
  resetting a director's password does not open health data to them; a holder
  sees the colleagues who wait, with their names and roles, and decides.
- When no holder is left (the only director's password forgotten), the HQ
  escrow key can give it again (``qamqor users grant-health USER
  --escrow-key FILE``), as it can open the database itself.
- A role changed away from caseworker or director loses its wrapped copy at
  once. A disabled account loses its slot and the database its old key. The
  health key itself is not replaced: someone who once held it still needs the
  database's current key to reach the sealed fields (see the README).

On PostgreSQL (a branch with several desks) there is no key-slot file and the
fields are not sealed: the server's own access rules are what separate roles
there (README, security).
"""
from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import bindparam, or_, select, update

from desktop.models import ChangeLog, HealthFlag, Setting, User
from desktop.models.journal import bulk_update, canonical_json, record_audit

from ..errors import NotFound, Refused, StorageError
from ..exchange.sealed import (SEALED_FIELDS, FieldKey, PREFIX, is_sealed, key_id, open_sealed, seal)
from .changes import USER, Change
from .permissions import PERMISSIONS, Action, allowed, require
from .storage import Database, EncryptedStore

log = logging.getLogger("qamqor")

# The id of the health key this database's fields are sealed with: a key
# file restored from before the key was made must not make a second one.
KEY_SETTING = "health_key_id"
# The health key wrapped for HQ's escrow key (copied from the key file), for
# the manifest of every bundle: HQ keeps it beside the sealed fields it stores.
ESCROW_SETTING = "health_key_escrow"
# Every field was found sealed with this key (its id): later log-ins need not
# look again. A restored older database does not have it, and is looked at.
SEALED_SETTING = "health_fields_sealed"
TABLE = "health_flag"


class HealthKeyMissing(Refused):
    """The role may see health data, but this account does not hold the key (yet)."""


def key_missing() -> HealthKeyMissing:
    return HealthKeyMissing(QCoreApplication.translate(
        "Health", "Your account has not been given the key to restricted health information yet. A director "
                  "or caseworker who holds it gives it to you in Settings; then log in again."))


def health_roles():
    return PERMISSIONS[Action.VIEW_HEALTH_DATA]


@dataclass(frozen=True)
class Colleague:
    username: str
    display_name: str
    role: object  # desktop.models.Role
    holds_key: bool


class HealthFields:
    """Seals and opens the health fields for the staff member at the keyboard.

    On an embedded branch every value is written sealed; one that is not
    sealed (written before sealing began) is read as it is. On PostgreSQL
    nothing is sealed."""

    def __init__(self, db: Database, key: FieldKey | None):
        self.sealing = db.path is not None
        self.key = key

    @property
    def can_open(self) -> bool:
        return self.key is not None or not self.sealing

    def require_key(self) -> None:
        if self.sealing and self.key is None:
            raise key_missing()

    def seal(self, record_id: uuid.UUID, field_name: str, text: str) -> str:
        if not self.sealing:
            return text
        self.require_key()
        return seal(self.key, text, table=TABLE, record_id=record_id, field_name=field_name)

    def open(self, record_id: uuid.UUID, field_name: str, value: str) -> str:
        if not is_sealed(value):
            return value
        if self.key is None:
            raise key_missing()
        return open_sealed(self.key, value, table=TABLE, record_id=record_id, field_name=field_name)


# -- at log-in -------------------------------------------------------------------
def _health_accounts(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.execute(select(User.username).where(
            User.active.is_(True), User.role.in_(list(health_roles()))).order_by(User.username)).scalars())


def _database_key_id(db: Database) -> str | None:
    with db.read() as s:
        row = s.get(Setting, KEY_SETTING)
        return row.value if row else None


def _remember_key_id(db: Database, kid: str, actor: str) -> None:
    with db.session(actor) as s:
        row = s.get(Setting, KEY_SETTING)
        if row is None:
            s.add(Setting(key=KEY_SETTING, value=kid))
        elif row.value != kid:
            raise StorageError(_mismatch())


def _mismatch() -> str:
    return QCoreApplication.translate(
        "Health", "The key file does not hold the key this database's health information was sealed "
                  "with. Restore the key file and the database together from one backup.")


def key_at_log_in(store: EncryptedStore, db: Database, username: str, opened) -> FieldKey | None:
    """The health key this log-in holds (None if it holds none), after the
    work a log-in does for it: making the key when the branch has none yet,
    sealing fields still in plain text, and giving HQ's escrow key its copy."""
    slots = store.slots
    data = slots.fresh()
    file_kid = slots.health_key_id(data)
    db_kid = _database_key_id(db)
    try:
        return _key_at_log_in(store, db, username, opened, data, file_kid, db_kid)
    finally:
        _remember_escrow_copy(store, db, username)


def _key_at_log_in(store, db, username, opened, data, file_kid, db_kid) -> FieldKey | None:
    slots = store.slots
    if file_kid is None:
        if db_kid is not None:
            # The key file is older than the database (restored alone): making a
            # second key would leave every sealed field unreadable for good.
            log.warning("the key file holds no health key but the database names one")
            return None
        return _make_key(store, db, username, opened)
    if db_kid is not None and db_kid != file_kid:
        log.warning("the key file's health key is not the database's")
        return None
    secret = slots.health_key(opened, data)
    if db_kid is None:
        # A crash between writing the key file and the database, or a branch
        # whose key was made by an older run: the database learns the id now.
        _remember_key_id(db, file_kid, username)
    if secret is None:
        return None
    key = FieldKey(secret)
    with db.read() as s:
        done = s.get(Setting, SEALED_SETTING)
        done = done is not None and done.value == key.key_id
    if not done:
        seal_plain_fields(db, key, actor=username)
    if slots.wrap_health_for_escrow(secret):
        with db.session(username) as s:
            record_audit(s, "health.key_escrow", record_type="hq_keyset")
    return key


def _remember_escrow_copy(store: EncryptedStore, db: Database, actor: str) -> None:
    """Copy the escrow's wrapped health key from the key file into the
    database, where the bundle export finds it."""
    data = store.slots.fresh()
    esc = store.slots.escrow_health(data)
    if esc is None:
        return
    value = canonical_json({"id": esc[0], "recipient": data["escrow"]["recipient"], "wrapped": esc[1]})
    with db.read() as s:
        row = s.get(Setting, ESCROW_SETTING)
        if row is not None and row.value == value:
            return
    with db.session(actor) as s:
        row = s.get(Setting, ESCROW_SETTING)
        if row is None:
            s.add(Setting(key=ESCROW_SETTING, value=value))
        else:
            row.value = value


def escrow_copy(session) -> dict | None:
    """What the next bundle tells HQ about the health key: its id, the escrow
    recipient it is wrapped for, and the wrapped key (None before there is one)."""
    row = session.get(Setting, ESCROW_SETTING)
    return json.loads(row.value) if row is not None else None


def _make_key(store: EncryptedStore, db: Database, username: str, opened) -> FieldKey | None:
    names = _health_accounts(db)
    if not names:
        return None  # nobody may see health data yet: the first such account's log-in makes it
    key = FieldKey.generate()
    if not store.slots.create_health_key(key.secret, usernames=names):
        # Another program made it meanwhile: take that one, if it was wrapped for us.
        secret = store.slots.health_key(opened)
        return FieldKey(secret) if secret is not None else None
    with db.session(username) as s:
        row = s.get(Setting, KEY_SETTING)
        if row is None:
            s.add(Setting(key=KEY_SETTING, value=key.key_id))
        else:
            row.value = key.key_id
        record_audit(s, "health.key_create", record_type="setting", record_id=KEY_SETTING,
                     holders=len(names), escrow=store.slots.escrow_health() is not None)
    # Whoever makes the key could read any field still in plain text anyway.
    seal_plain_fields(db, key, actor=username)
    return key if username in names else None


def seal_plain_fields(db: Database, key: FieldKey, *, actor: str) -> int:
    """Seal every health field still in plain text, in the records and in the
    change log's snapshots (which feed the bundles), in one transaction.
    Returns how many records were sealed.

    The records change with their change-log rows and audit events, as any
    edit does, so the change reaches HQ (whose copy then holds the sealed
    value too). SQLite's secure_delete is on for the transaction, so the plain
    text is overwritten on the pages it leaves rather than left in free space
    that the database key alone would open. Written in bulk: an upgraded
    branch's first log-in waits for it (``python -m benchmarks protection``)."""
    fields = SEALED_FIELDS[TABLE]
    table = HealthFlag.__table__
    plain_row = or_(*[table.c[f].not_like(f"{PREFIX}%") for f in fields])
    with db.read() as s:
        nothing_plain = (s.execute(select(table.c.id).where(plain_row).limit(1)).first() is None
                         and not _plain_snapshots(s))
    if nothing_plain:
        with db.session(actor) as s:
            _mark_sealed(s, key)
        return 0
    with db.session(actor) as s:
        secure = db.path is not None
        if secure:
            s.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        try:
            rows = []
            for row in s.execute(select(table).where(plain_row)).mappings():
                values = dict(row)
                for f in fields:
                    value = values[f] or ""
                    if not is_sealed(value):
                        values[f] = seal(key, value, table=TABLE, record_id=values["id"], field_name=f)
                rows.append(values)
            sealed = bulk_update(s, HealthFlag, rows, fields=fields)
            log_table = ChangeLog.__table__
            rewritten = []
            for seq, record_id, text in s.execute(select(log_table.c.seq, log_table.c.record_id, log_table.c.row)
                                                  .where(log_table.c.record_type == TABLE)):
                row = json.loads(text)
                plain = [f for f in fields if isinstance(row.get(f), str) and not is_sealed(row[f])]
                if plain:
                    for f in plain:
                        row[f] = seal(key, row[f], table=TABLE, record_id=record_id, field_name=f)
                    rewritten.append({"b_seq": seq, "b_row": canonical_json(row)})
            if rewritten:
                s.execute(update(log_table).where(log_table.c.seq == bindparam("b_seq"))
                          .values(row=bindparam("b_row")), rewritten)
            record_audit(s, "health.seal", record_type=TABLE, records=sealed, snapshots=len(rewritten))
            _mark_sealed(s, key)
            s.flush()
        finally:
            if secure:
                s.connection().exec_driver_sql("PRAGMA secure_delete = OFF")
    return sealed


def _mark_sealed(s, key: FieldKey) -> None:
    row = s.get(Setting, SEALED_SETTING)
    if row is None:
        s.add(Setting(key=SEALED_SETTING, value=key.key_id))
    elif row.value != key.key_id:
        row.value = key.key_id


def _plain_snapshots(s) -> bool:
    """Does any change-log snapshot of a health record still hold a field in
    plain text? Asked at every log-in of a holder, so in SQL: a snapshot is
    canonical JSON (sorted keys, no spaces), where a sealed field reads
    ``"flag":"qh1:…``."""
    log_table = ChangeLog.__table__
    plain = or_(*[log_table.c.row.not_like(f'%"{f}":"{PREFIX}%') for f in SEALED_FIELDS[TABLE]])
    return s.execute(select(log_table.c.seq).where(log_table.c.record_type == TABLE, plain).limit(1)).first() is not None


# -- giving the key to a colleague ------------------------------------------------
class HealthAccessService:
    """Who holds the key to health information, and giving it to a colleague.

    ``gate`` is the BranchGate the staff member logged in through."""

    def __init__(self, gate, identity):
        self.gate = gate
        self.db = gate.db
        self.identity = identity

    @property
    def sealing(self) -> bool:
        return self.gate.store is not None

    def colleagues(self) -> list[Colleague]:
        """The active accounts whose role may see health data, and whether each
        holds the key (on PostgreSQL: all of them, there is no key)."""
        if not (allowed(self.identity.role, Action.VIEW_HEALTH_DATA)
                or allowed(self.identity.role, Action.MANAGE_USERS)):
            require(self.identity.role, Action.VIEW_HEALTH_DATA)
        holders = None
        if self.sealing:
            data = self.gate.store.slots.fresh()
            holders = self.gate.store.slots.health_holders(data)
            tag = lambda name: self.gate.store.slots._tag_in(data, name)  # noqa: E731
        with self.db.read() as s:
            users = s.execute(select(User).where(User.active.is_(True), User.role.in_(list(health_roles())))
                              .order_by(User.display_name)).scalars().all()
            return [Colleague(u.username, u.display_name, u.role,
                              True if holders is None else tag(u.username) in holders) for u in users]

    def waiting(self) -> list[Colleague]:
        """Colleagues whose role may see health data but who do not hold the key yet."""
        if not self.sealing:
            return []
        return [c for c in self.colleagues() if not c.holds_key]

    def holds_key(self) -> bool:
        return not self.sealing or self.identity.health_key is not None

    def grant(self, username: str) -> None:
        """Give the key this staff member holds to a colleague whose role may see health data."""
        require(self.identity.role, Action.GRANT_HEALTH_KEY)
        if not self.sealing:
            return
        key = self.identity.health_key
        if key is None:
            raise key_missing()
        self._give(username, key, how="holder")

    def grant_with_escrow(self, username: str, escrow_identity: str) -> None:
        """Give the key from HQ's escrow copy, when no holder is left. Whoever has
        HQ's escrow key can open the whole branch anyway; the administrator runs it."""
        require(self.identity.role, Action.RECOVER_HEALTH_KEY)
        if not self.sealing:
            return
        slots = self.gate.store.slots
        opened = slots.escrow_opened(escrow_identity)
        secret = slots.health_key(opened)
        if secret is None:
            raise Refused(QCoreApplication.translate(
                "Health", "HQ's escrow key holds no key to health information for this branch."))
        self._give(username, FieldKey(secret), how="escrow")

    def _give(self, username: str, key: FieldKey, *, how: str) -> None:
        name = username.strip().lower()
        with self.db.read() as s:
            user = s.execute(select(User).where(User.username == name)).scalar_one_or_none()
            if user is None or not user.active:
                raise NotFound(QCoreApplication.translate("Health", "There is no active account %1."), name)
            if not allowed(user.role, Action.VIEW_HEALTH_DATA):
                raise Refused(QCoreApplication.translate(
                    "Health", "The role of %1 may not see health information: change the role first."),
                    user.display_name)
            user_id = user.id
        if not self.gate.store.slots.grant_health(name, key=key.secret):
            raise Refused(QCoreApplication.translate(
                "Health", "%1 has no key slot in this branch: the administrator sets a new password first."),
                name)
        with self.db.session(self.identity.username) as s:
            record_audit(s, "health.key_grant", record_type="user", record_id=user_id, via=how)
        self.db.changes.publish(Change.of(USER, user_id))


__all__ = ["Colleague", "FieldKey", "HealthAccessService", "HealthFields", "HealthKeyMissing", "KEY_SETTING",
           "key_at_log_in", "key_id", "seal_plain_fields"]
