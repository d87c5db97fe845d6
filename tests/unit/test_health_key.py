"""Restricted health fields sealed with a second key: a receptionist's password
opens the database but not them, even with a copy of the folder; only accounts
given the health key (and HQ's escrow key) open them."""
from __future__ import annotations

import datetime as dt
import json
import shutil

import pyrage
import pytest
from sqlalchemy import inspect, select, text

from desktop.errors import PermissionDenied, Refused
from desktop.services import backup_file
from desktop.exchange.sealed import FieldKey, is_sealed, open_sealed, seal
from desktop.models import ChangeLog, HealthFlag, Role
from desktop.services.accounts import AccountService, BranchGate
from desktop.services.health import HealthAccessService, HealthKeyMissing
from desktop.services.keyslots import KeySlots
from desktop.services.storage import EncryptedStore, open_sqlcipher_engine
from desktop.services.visitors import HealthIn, NewVisitor, VisitorService
from tests.conftest import ADMIN_PASSWORD, FAST, STAFF, STAFF_PASSWORD

NOTE = "кашель три недели, направить во фтизиатрию"
PERSON = NewVisitor(family_name="Юсупова", given_name="Мадина", sex="F", birth_date=dt.date(1988, 3, 8),
                    citizenship="TJ", health=(HealthIn("hiv", NOTE), HealthIn("tb")))


def _log_in(gate: BranchGate, role: Role, password: str = STAFF_PASSWORD):
    return gate.log_in(STAFF[role], password)


def _register(gate: BranchGate):
    caseworker = _log_in(gate, Role.CASEWORKER)
    return VisitorService(gate.db, caseworker).register(PERSON).person_id


def _raw_rows(branch_dir, username: str, password: str) -> dict[str, list[tuple]]:
    """Every row of every table, read as someone with a copy of the folder and
    this password would: straight from the file with the database key."""
    slots = KeySlots(branch_dir / "qamqor.keys", FAST)
    opened = slots.unlock(username, password)
    keys = opened.keys(slots.fresh())
    engine = open_sqlcipher_engine(branch_dir / "qamqor.db", keys[slots.fresh()["generation"]])
    try:
        with engine.connect() as conn:
            tables = inspect(conn).get_table_names()
            return {t: [tuple(r) for r in conn.execute(text(f'SELECT * FROM "{t}"'))] for t in tables}
    finally:
        engine.dispose()


def test_a_receptionists_password_opens_the_database_but_no_health_field(gate, branch_dir):
    _register(gate)
    gate.db.checkpoint()
    rows = _raw_rows(branch_dir, STAFF[Role.RECEPTIONIST], STAFF_PASSWORD)
    everything = repr(rows)
    assert "Юсупова" in everything  # the database itself is open to the receptionist
    assert NOTE not in everything and "фтизиатр" not in everything
    flags = rows["health_flag"]
    assert len(flags) == 2
    columns = [c["name"] for c in inspect(gate.db.engine).get_columns("health_flag")]
    for row in flags:
        values = dict(zip(columns, row))
        assert is_sealed(values["flag"]) and is_sealed(values["note"])
        assert values["flag"] not in ("hiv", "tb")
    # The sealed flags are padded: "tb" and "hiv" are as long as each other.
    assert len({len(dict(zip(columns, r))["flag"]) for r in flags}) == 1
    # The change log (which feeds the bundles) carries the sealed values too.
    logged = [json.loads(r[5]) for r in rows["change_log"] if r[1] == "health_flag"]
    assert logged and all(is_sealed(r["flag"]) and is_sealed(r["note"]) for r in logged)
    # The receptionist's key slot holds no health key.
    slots = KeySlots(branch_dir / "qamqor.keys", FAST)
    assert slots.health_key(slots.unlock(STAFF[Role.RECEPTIONIST], STAFF_PASSWORD)) is None
    assert slots.health_key(slots.unlock(STAFF[Role.ADMINISTRATOR], ADMIN_PASSWORD)) is None


def test_the_directors_password_opens_them_offline_and_in_the_program(gate, branch_dir):
    person = _register(gate)
    gate.db.checkpoint()
    slots = KeySlots(branch_dir / "qamqor.keys", FAST)
    secret = slots.health_key(slots.unlock(STAFF[Role.DIRECTOR], STAFF_PASSWORD))
    assert secret is not None
    rows = _raw_rows(branch_dir, STAFF[Role.DIRECTOR], STAFF_PASSWORD)
    columns = [c["name"] for c in inspect(gate.db.engine).get_columns("health_flag")]
    opened = set()
    for row in rows["health_flag"]:
        values = dict(zip(columns, row))
        opened.add(tuple(open_sealed(FieldKey(secret), values[f], table="health_flag",
                                     record_id=values["id"], field_name=f) for f in ("flag", "note")))
    assert opened == {("hiv", NOTE), ("tb", "")}
    director = VisitorService(gate.db, _log_in(gate, Role.DIRECTOR))
    assert sorted((h.flag, h.note) for h in director.view_health(person)) == [("hiv", NOTE), ("tb", "")]


def test_a_sealed_value_does_not_open_in_another_record_or_field():
    key = FieldKey.generate()
    a, b = "0190f7a0-0000-7000-8000-000000000001", "0190f7a0-0000-7000-8000-000000000002"
    value = seal(key, "tb", table="health_flag", record_id=a, field_name="flag")
    assert open_sealed(key, value, table="health_flag", record_id=a, field_name="flag") == "tb"
    for record_id, field_name in ((b, "flag"), (a, "note")):
        with pytest.raises(Refused, match="does not open"):
            open_sealed(key, value, table="health_flag", record_id=record_id, field_name=field_name)
    with pytest.raises(Refused, match="another key"):
        open_sealed(FieldKey.generate(), value, table="health_flag", record_id=a, field_name="flag")


def test_editing_other_fields_does_not_touch_the_sealed_ones(gate):
    person = _register(gate)
    caseworker = VisitorService(gate.db, _log_in(gate, Role.CASEWORKER))
    page = caseworker.get_person(person)
    flags = caseworker.view_health(person)
    with gate.db.read() as s:
        before = s.execute(select(HealthFlag.id, HealthFlag.flag, HealthFlag.note)).all()
        logged = s.scalar(select(ChangeLog.seq).order_by(ChangeLog.seq.desc()).limit(1))
    kept = tuple(HealthIn(f.flag, f.note, f.record_id) for f in flags)
    caseworker.update(person, NewVisitor(**{**page.form.__dict__, "phone": "+992 93 555 12 34", "health": kept}),
                      expected_version=page.version)
    with gate.db.read() as s:
        assert s.execute(select(HealthFlag.id, HealthFlag.flag, HealthFlag.note)).all() == before
        types = s.execute(select(ChangeLog.record_type).where(ChangeLog.seq > logged)).scalars().all()
    assert types == ["person"]
    # A changed note is sealed again; the other flag stays as it was.
    edited = tuple(HealthIn(f.flag, "на лечении" if f.flag == "tb" else f.note, f.record_id) for f in flags)
    page = caseworker.get_person(person)
    caseworker.update(person, NewVisitor(**{**page.form.__dict__, "health": edited}), expected_version=page.version)
    assert sorted((h.flag, h.note) for h in caseworker.view_health(person)) == [("hiv", NOTE), ("tb", "на лечении")]


def test_a_new_caseworker_waits_until_a_holder_gives_the_key(gate):
    person = _register(gate)
    admin = AccountService(gate, _log_in(gate, Role.ADMINISTRATOR, ADMIN_PASSWORD))
    admin.add_user("marat", display_name="Марат Ахметов", role=Role.CASEWORKER, password="көктемгі жаңбыр астында")
    marat = gate.log_in("marat", "көктемгі жаңбыр астында")
    assert marat.health_key is None
    visitors = VisitorService(gate.db, marat)
    page = visitors.get_person(person)
    assert page.has_health_data and not page.health_restricted and page.health_key_missing
    with pytest.raises(HealthKeyMissing, match="Settings"):
        visitors.view_health(person)
    with pytest.raises(HealthKeyMissing):
        visitors.register(NewVisitor(given_name="Қайрат", sex="M", health=(HealthIn("tb"),)))
    # The administrator manages the account but cannot give what they do not hold.
    with pytest.raises(PermissionDenied):
        HealthAccessService(gate, admin.identity).grant("marat")
    director = HealthAccessService(gate, _log_in(gate, Role.DIRECTOR))
    assert [c.username for c in director.waiting()] == ["marat"]
    # Only a role that may see health data receives it.
    with pytest.raises(Refused, match="may not see health"):
        director.grant(STAFF[Role.RECEPTIONIST])
    director.grant("marat")
    assert director.waiting() == []
    marat = gate.log_in("marat", "көктемгі жаңбыр астында")
    assert sorted(h.flag for h in VisitorService(gate.db, marat).view_health(person)) == ["hiv", "tb"]


def test_a_password_reset_or_a_role_change_takes_the_key_away(gate, branch_dir):
    person = _register(gate)
    admin = AccountService(gate, _log_in(gate, Role.ADMINISTRATOR, ADMIN_PASSWORD))
    # The administrator resets the director's password and logs in as the director:
    # the database opens, the health fields do not.
    admin.reset_password(STAFF[Role.DIRECTOR], password="тау басындағы бұлт")
    director = gate.log_in(STAFF[Role.DIRECTOR], "тау басындағы бұлт")
    with pytest.raises(HealthKeyMissing):
        VisitorService(gate.db, director).view_health(person)
    HealthAccessService(gate, _log_in(gate, Role.CASEWORKER)).grant(STAFF[Role.DIRECTOR])
    director = gate.log_in(STAFF[Role.DIRECTOR], "тау басындағы бұлт")
    assert len(VisitorService(gate.db, director).view_health(person)) == 2
    # A caseworker moved to the desk loses the key at once, in the key file itself.
    admin.change_role(STAFF[Role.CASEWORKER], role=Role.RECEPTIONIST)
    slots = KeySlots(branch_dir / "qamqor.keys", FAST)
    assert slots.health_key(slots.unlock(STAFF[Role.CASEWORKER], STAFF_PASSWORD)) is None
    admin.change_role(STAFF[Role.CASEWORKER], role=Role.CASEWORKER)
    waiting = HealthAccessService(gate, director).waiting()
    assert [c.username for c in waiting] == [STAFF[Role.CASEWORKER]]


def test_the_health_key_survives_a_rekey_by_another_program(gate, branch_dir):
    person = _register(gate)
    director = _log_in(gate, Role.DIRECTOR)
    kid = KeySlots(branch_dir / "qamqor.keys", FAST).fresh()["health"]["id"]
    # Another program disables the coordinator: the database gets a new key.
    other = BranchGate(branch_dir, kdf=FAST)
    try:
        AccountService(other, other.log_in("admin", ADMIN_PASSWORD)).disable_user(STAFF[Role.COORDINATOR])
    finally:
        other.close()
    data = KeySlots(branch_dir / "qamqor.keys", FAST).fresh()
    assert data["generation"] == 2 and data["health"]["id"] == kid
    # The open session follows the rekey and still opens the fields; so does a new log-in.
    assert len(VisitorService(gate.db, director).view_health(person)) == 2
    fresh = BranchGate(branch_dir, kdf=FAST)
    try:
        again = fresh.log_in(STAFF[Role.DIRECTOR], STAFF_PASSWORD)
        assert len(VisitorService(fresh.db, again).view_health(person)) == 2
    finally:
        fresh.close()


def test_a_new_director_account_gets_the_key_from_a_holder(gate):
    person = _register(gate)
    admin = AccountService(gate, _log_in(gate, Role.ADMINISTRATOR, ADMIN_PASSWORD))
    admin.add_user("gulnar", display_name="Гүлнар Омарова", role=Role.DIRECTOR, password="алма ағашы гүлдеді")
    admin.disable_user(STAFF[Role.DIRECTOR])
    HealthAccessService(gate, _log_in(gate, Role.CASEWORKER)).grant("gulnar")
    gulnar = gate.log_in("gulnar", "алма ағашы гүлдеді")
    assert sorted(h.flag for h in VisitorService(gate.db, gulnar).view_health(person)) == ["hiv", "tb"]


def test_hq_escrow_gives_the_key_again_when_no_holder_is_left(tmp_path):
    escrow = pyrage.x25519.Identity.generate()
    gate = BranchGate(tmp_path / "branch", kdf=FAST)
    try:
        admin_id = gate.initialise(branch_code="KZ-SHY", branch_name="Шымкент", admin_username="admin",
                                   admin_password=ADMIN_PASSWORD, escrow_recipient=str(escrow.to_public()))
        admin = AccountService(gate, admin_id)
        admin.add_user("dana", display_name="Дана", role=Role.DIRECTOR, password=STAFF_PASSWORD)
        dana = gate.log_in("dana", STAFF_PASSWORD)
        person = VisitorService(gate.db, dana).register(PERSON).person_id
        admin_id = gate.log_in("admin", ADMIN_PASSWORD)
        admin = AccountService(gate, admin_id)
        admin.disable_user("dana")
        admin.add_user("aruzhan", display_name="Аружан", role=Role.DIRECTOR, password=STAFF_PASSWORD)
        with pytest.raises(Refused, match="does not open this branch"):
            HealthAccessService(gate, admin_id).grant_with_escrow(
                "aruzhan", str(pyrage.x25519.Identity.generate()))
        HealthAccessService(gate, admin_id).grant_with_escrow("aruzhan", str(escrow))
        aruzhan = gate.log_in("aruzhan", STAFF_PASSWORD)
        assert sorted(h.flag for h in VisitorService(gate.db, aruzhan).view_health(person)) == ["hiv", "tb"]
    finally:
        gate.close()


def test_a_key_file_restored_from_before_the_key_makes_no_second_key(tmp_path):
    root = tmp_path / "branch"
    gate = BranchGate(root, kdf=FAST)
    admin = AccountService(gate, gate.initialise(branch_code="KZ-TRZ", branch_name="Тараз",
                                                 admin_username="admin", admin_password=ADMIN_PASSWORD))
    admin.add_user("dana", display_name="Дана", role=Role.DIRECTOR, password=STAFF_PASSWORD)
    old_keys = tmp_path / "old.keys"
    shutil.copy2(root / "qamqor.keys", old_keys)  # no health key yet
    dana = gate.log_in("dana", STAFF_PASSWORD)
    person = VisitorService(gate.db, dana).register(PERSON).person_id
    gate.close()
    shutil.copy2(old_keys, root / "qamqor.keys")
    again = BranchGate(root, kdf=FAST)
    try:
        dana = again.log_in("dana", STAFF_PASSWORD)
        assert dana.health_key is None
        assert "health" not in KeySlots(root / "qamqor.keys", FAST).fresh()
        with pytest.raises(HealthKeyMissing):
            VisitorService(again.db, dana).view_health(person)
    finally:
        again.close()


def test_an_empty_branch_makes_the_key_when_its_first_director_exists(tmp_path):
    gate = BranchGate(tmp_path / "branch", kdf=FAST)
    store = EncryptedStore(tmp_path / "branch", kdf=FAST)
    try:
        admin = AccountService(gate, gate.initialise(branch_code="KZ-TRZ", branch_name="Тараз",
                                                     admin_username="admin", admin_password=ADMIN_PASSWORD))
        gate.log_in("admin", ADMIN_PASSWORD)
        assert "health" not in store.slots.fresh()  # nobody may see health data yet
        admin.add_user("dana", display_name="Дана", role=Role.DIRECTOR, password=STAFF_PASSWORD)
        admin.add_user("erlan", display_name="Ерлан", role=Role.RECEPTIONIST, password=STAFF_PASSWORD)
        dana = gate.log_in("dana", STAFF_PASSWORD)
        assert dana.health_key is not None
        data = store.slots.fresh()
        assert store.slots.health_holders(data) == {store.slots.tag("dana")}
    finally:
        gate.close()


# -- upgrading a branch whose health fields were under the database key alone --------------
BEFORE_SEALING = "0010"  # the last revision before 0011_sealed_health


def _decrypted_pages(path, key: bytes) -> list[bytes]:
    """Every page of a SQLCipher 4 file decrypted with the raw key (AES-256-CBC,
    the IV in the page's reserved tail): what the database key alone shows
    someone who reads the file page by page, free pages included."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    data, size, reserve = path.read_bytes(), 4096, 80
    out = []
    for start in range(0, len(data), size):
        page = data[start:start + size]
        iv = page[size - reserve:size - reserve + 16]
        body = page[16 if start == 0 else 0:size - reserve]  # page 1 begins with the salt
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(decryptor.update(body) + decryptor.finalize())
    return out


def _branch_before_sealing(root) -> tuple[bytes, str]:
    """A branch as the version before sealing left it: health flags and notes
    in plain text in the records and in the change log."""
    from desktop.models import Branch, Person, User
    from desktop.models import schema
    from desktop.services.accounts import _hasher

    store = EncryptedStore(root, kdf=FAST)
    db, opened = store.create(username="admin", password=ADMIN_PASSWORD)
    schema.upgrade(db, target=BEFORE_SEALING)
    with db.session("admin") as s:
        s.add(Branch(code="KZ-ALA", name="Алматы"))
        s.add(User(username="admin", display_name="Админ", role=Role.ADMINISTRATOR,
                   password_hash=_hasher(FAST).hash(ADMIN_PASSWORD)))
        for role in (Role.DIRECTOR, Role.RECEPTIONIST):
            s.add(User(username=STAFF[role], display_name=STAFF[role].title(), role=role,
                       password_hash=_hasher(FAST).hash(STAFF_PASSWORD)))
            store.slots.add_or_reset(username=STAFF[role], by=opened, password=STAFF_PASSWORD)
    with db.session("director") as s:
        person = Person(number="KZ-ALA-2025-000001", family_name="Юсупова", given_name="Мадина", sex="F")
        s.add(person)
        s.flush()
        s.add(HealthFlag(person_id=person.id, flag="hiv", note=NOTE))
    with db.session("director") as s:
        # An edit, so the change log holds two snapshots of the note.
        s.execute(select(HealthFlag)).scalar_one().note = NOTE + " (повторно)"
    db.checkpoint()
    key = db.key
    db.close()
    return key, str(person.id)


def test_upgrading_seals_the_old_fields_at_the_first_log_in(tmp_path):
    root = tmp_path / "branch"
    key, person = _branch_before_sealing(root)
    assert any(NOTE.encode() in page for page in _decrypted_pages(root / "qamqor.db", key))
    # The receptionist is the first to start the new version: the upgrade makes
    # the key for the director, seals every field, and the receptionist gets none.
    gate = BranchGate(root, kdf=FAST)
    try:
        reception = gate.log_in(STAFF[Role.RECEPTIONIST], STAFF_PASSWORD)
        assert gate.migrated_from == BEFORE_SEALING and reception.health_key is None
        with gate.db.read() as s:
            flag = s.execute(select(HealthFlag)).scalar_one()
            assert is_sealed(flag.flag) and is_sealed(flag.note)
            snapshots = [json.loads(r) for r in s.execute(
                select(ChangeLog.row).where(ChangeLog.record_type == "health_flag")).scalars()]
        assert len(snapshots) == 3  # insert, edit, and the sealing itself (so HQ's copy is sealed too)
        assert all(is_sealed(r["flag"]) and is_sealed(r["note"]) for r in snapshots)
        gate.db.checkpoint()
        # Nothing of the old plain text is left anywhere in the file, free pages included.
        pages = _decrypted_pages(root / "qamqor.db", gate.db.key)
        assert any("Юсупова".encode() in page for page in pages)
        assert not any(NOTE.encode() in page for page in pages)
        director = gate.log_in(STAFF[Role.DIRECTOR], STAFF_PASSWORD)
        rows = VisitorService(gate.db, director).view_health(__import__("uuid").UUID(person))
        assert [(r.flag, r.note) for r in rows] == [("hiv", NOTE + " (повторно)")]
    finally:
        gate.close()
    # The copy made before the upgrade still holds them under the old database key
    # alone: the README says so, and that it goes with the backups' rotation.
    copies = list((root / "backups").iterdir())
    assert len(copies) == 1
    manifest = backup_file.read_header(copies[0]).manifest
    assert manifest["reason"] == "before-migration" and manifest["schema"] == BEFORE_SEALING


def test_the_demo_branch_has_sealed_health_flags_for_the_roles_to_see(tmp_path):
    from desktop.services.demo import DEMO_HEALTH, DEMO_PASSWORD, make_demo

    root = tmp_path / "demo"
    make_demo(root, visitors=120, seed=3, gate=BranchGate(root, kdf=FAST))
    gate = BranchGate(root, kdf=FAST)
    try:
        director = gate.log_in("director", DEMO_PASSWORD)
        with gate.db.read() as s:
            people = set(s.execute(select(HealthFlag.person_id)).scalars())
            assert people and all(is_sealed(f) for f in s.execute(select(HealthFlag.note)).scalars())
        seen = {h.flag for p in people for h in VisitorService(gate.db, director).view_health(p)}
        assert seen <= {flag for flag, _ in DEMO_HEALTH} and seen
        reception = VisitorService(gate.db, gate.log_in("reception", DEMO_PASSWORD))
        page = reception.get_person(next(iter(people)))
        assert page.has_health_data and page.health_restricted
    finally:
        gate.close()


def test_a_field_found_in_plain_text_later_is_sealed_at_the_next_holders_log_in(gate):
    """A database restored from a copy made before sealing began, say: the
    first holder who logs in seals what it finds."""
    from desktop.models import Setting
    from desktop.services.health import SEALED_SETTING

    person = _register(gate)
    with gate.db.session("test") as s:
        assert s.get(Setting, SEALED_SETTING) is not None
        flag = s.execute(select(HealthFlag).where(HealthFlag.person_id == person)).scalars().first()
        s.execute(text("UPDATE health_flag SET note = 'plain again' WHERE id = :id"), {"id": flag.id.hex})
        s.execute(text("DELETE FROM setting WHERE key = :k"), {"k": SEALED_SETTING})
    director = _log_in(gate, Role.DIRECTOR)
    with gate.db.read() as s:
        notes = s.execute(select(HealthFlag.note).where(HealthFlag.person_id == person)).scalars().all()
    assert all(is_sealed(n) for n in notes)
    assert "plain again" in [h.note for h in VisitorService(gate.db, director).view_health(person)]
