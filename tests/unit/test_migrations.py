"""Migrations: from the first revision, copied aside first, newer schemas refused."""
from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from desktop.models import Base, Branch, Role, User
from desktop.models import schema
from desktop.services import backup_file
from desktop.services.backups import check_offline
from desktop.services.accounts import BranchGate, _hasher
from desktop.errors import StorageError
from desktop.services.storage import EncryptedStore, open_sqlcipher_engine
from tests.conftest import ADMIN_PASSWORD, FAST


def _branch_at_first_revision(root):
    store = EncryptedStore(root, kdf=FAST)
    db, _ = store.create(username="admin", password=ADMIN_PASSWORD)
    key = db.key
    schema.upgrade(db, target="0001")
    with db.session("admin") as s:
        s.add(Branch(code="KZ-ALA", name="Алматы"))
        s.add(User(username="admin", display_name="Админ", role=Role.ADMINISTRATOR,
                   password_hash=_hasher(FAST).hash(ADMIN_PASSWORD)))
    db.checkpoint()
    db.close()
    return key


def test_migration_from_the_first_revision_keeps_data_and_copies_the_file_aside(tmp_path):
    root = tmp_path / "branch"
    _branch_at_first_revision(root)
    gate = BranchGate(root, kdf=FAST)
    identity = gate.log_in("admin", ADMIN_PASSWORD)
    assert identity.display_name == "Админ"
    assert gate.migrated_from == "0001"
    assert schema.current_revision(gate.db) == schema.head_revision()
    with gate.db.read() as s:
        assert s.execute(select(Branch.name)).scalar_one() == "Алматы"
        assert "person" in inspect(s.connection()).get_table_names()
    copies = list((root / "backups").iterdir())
    assert len(copies) == 1 and copies[0].name.endswith(".qmbackup")
    manifest = backup_file.read_header(copies[0]).manifest
    assert manifest["reason"] == "before-migration" and manifest["schema"] == "0001"
    gate.close()
    # The copy opens, whole, with the password of its time, and holds the old schema.
    assert check_offline(copies[0], tmp_path / "elsewhere", username="admin", password=ADMIN_PASSWORD).schema == "0001"
    # Nothing to migrate the second time, so no second copy.
    BranchGate(root, kdf=FAST).log_in("admin", ADMIN_PASSWORD)
    assert len(list((root / "backups").iterdir())) == 1


def test_a_newer_schema_is_refused_and_left_alone(gate, branch_dir):
    gate.log_in("admin", ADMIN_PASSWORD)
    with gate.db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    key = gate.db_key
    gate.close()
    with pytest.raises(StorageError, match="newer version"):
        BranchGate(branch_dir, kdf=FAST).log_in("admin", ADMIN_PASSWORD)
    engine = open_sqlcipher_engine(branch_dir / "qamqor.db", key)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0999"
    engine.dispose()
    assert not (branch_dir / "backups").exists()


def test_migrations_build_exactly_the_models(any_gate, login):
    login()
    with any_gate.db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
