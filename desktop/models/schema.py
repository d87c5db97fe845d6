"""Alembic migrations, run before the main window opens and before HQ works on its database."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from PySide6.QtCore import QCoreApplication
from sqlalchemy import text

from ..errors import StorageError
from ..i18n import fill
from .database import READ_ONLY, WRITERS_LOCK, Database

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(db: Database) -> str | None:
    with db.engine.connect().execution_options(**{READ_ONLY: True}) as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _known(script: ScriptDirectory, rev: str) -> bool:
    try:
        return script.get_revision(rev) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False


def is_known(revision: str) -> bool:
    """Is this a schema revision of this program (the head or an older one)?"""
    return _known(ScriptDirectory.from_config(_config()), revision)


def upgrade(db: Database, *, target: str = "head", before=None) -> bool:
    """Bring the schema to ``target``. Returns True when something was migrated.

    ``before(current, head)`` runs first when a migration is due (the caller
    copies the database aside there). A schema newer than this program is
    refused: migrating it down could lose data.
    """
    cfg = _config()
    script = ScriptDirectory.from_config(cfg)
    current = current_revision(db)
    if current is not None and not _known(script, current):
        raise StorageError(fill(QCoreApplication.translate(
            "Storage", "This database was updated by a newer version of Qamqor (schema %1). "
            "Install the newer version; nothing was changed."), current))
    wanted = script.get_current_head() if target == "head" else target
    if current == wanted:
        return False
    if before is not None and current is not None:
        before(current, wanted)
    with db.engine.begin() as conn:
        # Two programs may start at once: the second waits here (SQLite: the
        # transaction began IMMEDIATE; PostgreSQL: the writers' lock) and then
        # finds the work done.
        if db.is_postgres:
            conn.execute(text("SELECT pg_advisory_xact_lock(:n)"), {"n": WRITERS_LOCK})
        if MigrationContext.configure(conn).get_current_revision() == wanted:
            return False
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    return True
