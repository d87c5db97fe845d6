"""HQ's use cases, each one transaction on HQ's PostgreSQL database.

``qamqor-hq`` parses its arguments, calls one method here and prints what
comes back; whatever the world refuses (no database, unreadable keys, a
damaged or forked bundle) arrives as a ``Refused`` with a message for the
person at HQ. A new use case (a recovery bundle, a report across branches)
is a method here, or a module beside this one that takes the same
``HqService``: opening the database, the schema, the keys, the person named
in the audit trail and the transaction are done once, here.
"""
from __future__ import annotations

import contextlib
import getpass
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from desktop.exchange.keys import HqKeys, load_hq_keys, parse_enrolment
from desktop.files import atomic_write
from desktop.models import schema
from desktop.models.database import Database, open_postgres
from desktop.models.journal import record_audit

from ..errors import Refused, StorageError
from .branches import enrol
from .conflicts import ConflictView, list_conflicts, resolve_conflict
from .importing import ImportResult, import_bundle
from .recovery import RecoveryBundle, make_recovery
from .report import HqReport, ReportPeriod, csv_bytes, report_across_branches, xlsx_bytes
from .returns import ReturnBundle, make_return

# The audit action of looking at the values of conflicts.
CONFLICTS_VIEWED = "hq.conflict.view"
# The audit action of a report across branches with exact figures (small counts not withheld).
REPORT_EXACT = "hq.report.exact"
REPORT_SUFFIXES = (".xlsx", ".csv")


def person_at_hq(name: str | None = None) -> str:
    """Who works at HQ, for the audit trail: the name given, else the
    operating system's user."""
    if name and name.strip():
        return name.strip()[:64]
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment nor the password database
        return "hq"


@dataclass(frozen=True)
class Enrolled:
    code: str
    name: str
    spoken: str  # the enrolment's fingerprint in groups of four, to read out by phone
    new: bool  # False: the branch was already enrolled with these keys


@dataclass(frozen=True)
class WrittenReturn:
    path: Path
    sequence: int
    acknowledged_through: int
    rejected: int
    given_back: int = 0  # the branch's records sent back after its restore from a backup


class HqService:
    """HQ's database and, where a use case needs them, HQ's keys (the folder
    is read when the service opens, so bad keys are told before anything is
    done). ``actor`` is the person the audit trail names."""

    def __init__(self, db: Database, *, actor: str = "hq", keys: HqKeys | None = None):
        self.db = db
        self.actor = actor
        self._keys = keys

    @classmethod
    def open(cls, url: str | None, *, actor: str = "hq", keys: Path | None = None) -> HqService:
        """Connect to HQ's database and bring its schema up to date."""
        loaded = load_hq_keys(Path(keys)) if keys is not None else None
        if not url:
            raise Refused(QCoreApplication.translate(
                "Exchange", "Give the HQ database with --db URL (or QAMQOR_HQ_DB)."))
        db = open_postgres(url)
        try:
            schema.upgrade(db)
        except BaseException:
            db.close()
            raise
        return cls(db, actor=actor, keys=loaded)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> HqService:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def keys(self) -> HqKeys:
        if self._keys is None:
            raise Refused(QCoreApplication.translate("Exchange", "This needs the HQ keys: give their folder with --keys."))
        return self._keys

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work at HQ, under the person's name; for the use cases
        in this package."""
        with self.db.session(self.actor) as session:
            yield session

    # -- branches ---------------------------------------------------------------
    def enrol(self, data: bytes) -> Enrolled:
        """Register a branch's enrolment file (see branches.enrol)."""
        enrolment = parse_enrolment(data)
        with self.transaction() as s:
            new = enrol(s, enrolment)
        return Enrolled(enrolment.code, enrolment.name, enrolment.spoken, new)

    def import_bundle(self, data: bytes) -> ImportResult:
        """Apply one branch bundle, all of it or nothing."""
        with self.transaction() as s:
            return import_bundle(s, data, identities=self.keys.identities)

    def return_bundle(self, branch_code: str) -> ReturnBundle:
        """The branch's next return bundle (its number is used up)."""
        with self.transaction() as s:
            return make_return(s, branch_code=branch_code.strip().upper(), hq=self.keys)

    def write_return(self, branch_code: str, folder: Path) -> WrittenReturn:
        """Write the branch's next return bundle into ``folder``. Written inside
        the transaction: if the file cannot be written, the number is not used up."""
        folder = Path(folder)
        if not folder.is_dir():
            raise Refused(QCoreApplication.translate("Exchange", "The folder %1 does not exist."), folder)
        with self.transaction() as s:
            bundle = make_return(s, branch_code=branch_code.strip().upper(), hq=self.keys)
            path = folder / bundle.file_name
            atomic_write(path, bundle.data)
        return WrittenReturn(path, bundle.sequence, bundle.acknowledged_through, bundle.rejected,
                             bundle.given_back)

    # -- a branch rebuilt from HQ's records --------------------------------------------
    def write_recovery(self, branch_code: str, enrolment: bytes, path: Path) -> RecoveryBundle:
        """Write the recovery bundle for a new computer's request (an enrolment
        file) to ``path``; the lost computer's key is revoked in the same
        transaction, so if the file cannot be written nothing has changed."""
        path = Path(path)
        if not path.parent.is_dir():
            raise Refused(QCoreApplication.translate("Exchange", "The folder %1 does not exist."), path.parent)
        request = parse_enrolment(enrolment)
        with self.transaction() as s:
            bundle = make_recovery(s, branch_code=branch_code.strip().upper(), enrolment=request, hq=self.keys,
                                   actor=self.actor)
            atomic_write(path, bundle.data)
        return bundle

    # -- conflicts ----------------------------------------------------------------
    def conflicts(self, *, branch_code: str | None = None, include_resolved: bool = False,
                  show_values: bool = False) -> list[ConflictView]:
        """Conflicts kept for review, oldest first. Their values are personal
        data: with ``show_values`` they come along, and the viewing is audited."""
        with self.transaction() as s:
            rows = list_conflicts(s, branch_code=branch_code.strip().upper() if branch_code else None,
                                  include_resolved=include_resolved, values=show_values)
            if show_values and rows:
                record_audit(s, CONFLICTS_VIEWED, conflicts=[r.id for r in rows])
        return rows

    def resolve_conflict(self, conflict_id: int, *, keep: str, note: str = "") -> ConflictView:
        """Close one conflict (see conflicts.resolve_conflict); audited."""
        with self.transaction() as s:
            return resolve_conflict(s, conflict_id, keep=keep, note=note)

    # -- the report across branches ----------------------------------------------
    def report(self, period: ReportPeriod, *, branches: tuple[str, ...] = (), exact: bool = False) -> HqReport:
        """The figures of ``period`` for ``branches`` (codes; none: all
        enrolled), small counts withheld unless ``exact``, which is audited."""
        with self.transaction() as s:
            report = report_across_branches(s, period, branches=branches, exact=exact)
            if exact:
                record_audit(s, REPORT_EXACT, period=period.code, branches=[code for code, _ in report.branches])
        return report

    def write_report(self, path: Path, period: ReportPeriod, *, branches: tuple[str, ...] = (),
                     exact: bool = False, lang: str = "en") -> HqReport:
        """The report written to ``path``, a workbook (.xlsx, in ``lang``) or
        the long CSV (.csv); all of it or, when it cannot be written, nothing."""
        path = Path(path)
        if path.suffix.lower() not in REPORT_SUFFIXES:
            raise Refused(QCoreApplication.translate(
                "Exchange", "The report is written to a .xlsx or .csv file, not %1."), path.name)
        report = self.report(period, branches=branches, exact=exact)
        atomic_write(path, xlsx_bytes(report, lang) if path.suffix.lower() == ".xlsx" else csv_bytes(report))
        return report


def read_file(path: str | Path) -> bytes:
    """A file given at HQ (a bundle, an enrolment), or a refusal that names it."""
    try:
        return Path(path).read_bytes()
    except OSError as err:
        raise StorageError(QCoreApplication.translate("Exchange", "Cannot read %1: %2"), path,
                           err.strerror or err) from err
