"""``qamqor --self-test``: does this copy of Qamqor work here?

Run in CI against the frozen program, and by hand on a branch laptop after
copying the folder from the USB stick. Offscreen unless a platform was chosen,
in a temporary folder that is deleted at the end; nothing touches the real
branch data. One line per step on stdout; exit status 0 when every step
passed, 1 otherwise with the reason on stderr. Any Qt warning, Python warning
or logged warning counts as a failure (Qt's offscreen platform saying "This
plugin does not support ..." is expected and ignored).

It is an entry point like ``desktop.app`` (it builds the application object
and drives the real windows), so it sits beside it rather than in a layer.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import faulthandler
import importlib
import logging
import os
import secrets
import shutil
import sys
import tempfile
import time
import traceback
import warnings
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QLibraryInfo,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtWidgets import QApplication

from desktop.app import Launcher
from desktop.i18n import LANGUAGES, Translations, translations_dir
from desktop.views.kit.dialogs import DialogService
from desktop.views.shell.areas import Area
from desktop.views.shell.collector import GuiThreadCollector
from desktop.views.shell.language import LanguageSwitcher

# How long the whole self-test may take before it is declared stuck (a modal
# dialog nobody answers, a worker that never ends): a traceback, then exit 1.
DEADLINE_S = 300
# Qt's offscreen platform says this about window features it does not have.
EXPECTED_QT = ("This plugin does not support",)

BRANCH_A = "KZ-SLF"
BRANCH_B = "KZ-MIG"


class SelfTestFailure(Exception):
    pass


class _Problems(logging.Handler):
    """Collects Qt messages, Python warnings and logged warnings."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.items: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.items.append(f"log {record.levelname}: {record.getMessage()}")

    def qt_message(self, mode, _context, message: str) -> None:
        if mode in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            return
        if any(text in message for text in EXPECTED_QT):
            return
        self.items.append(f"Qt {mode.name}: {message}")

    def python_warning(self, message, category, filename, lineno, file=None, line=None) -> None:
        self.items.append(f"Python {category.__name__}: {message} ({filename}:{lineno})")


def _say(text: str) -> None:
    print(f"self-test: {text}", flush=True)


def _tell_error(text: str) -> None:
    # A windowed program on Windows has no stderr at all.
    if sys.stderr is not None:
        print(text, file=sys.stderr, flush=True)


class _Run:
    """The steps, in order; each raises on failure."""

    def __init__(self, root: Path, problems: _Problems):
        self.root = root
        self.problems = problems
        self.password = secrets.token_urlsafe(18)
        self.director_password = secrets.token_urlsafe(18)
        self.launchers: list[Launcher] = []

    # -- helpers ---------------------------------------------------------------
    def step(self, name: str, action: Callable[[], str | None]) -> None:
        start = time.perf_counter()
        try:
            detail = action()
        except SelfTestFailure:
            raise
        except Exception as err:
            raise SelfTestFailure(f"{name}: {type(err).__name__}: {err}\n{traceback.format_exc()}") from err
        self._pump()
        if self.problems.items:
            raise SelfTestFailure(f"{name}: unexpected messages:\n  " + "\n  ".join(self.problems.items))
        ms = (time.perf_counter() - start) * 1000
        _say(f"{name}: ok ({ms:.0f} ms){' — ' + detail if detail else ''}")

    @staticmethod
    def _pump() -> None:
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()

    def _wait(self, what: str, done: Callable[[], bool], timeout_s: float = 30) -> None:
        deadline = time.monotonic() + timeout_s
        while not done():
            if time.monotonic() > deadline:
                raise SelfTestFailure(f"timed out waiting for {what}")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.005)

    # -- steps -----------------------------------------------------------------
    def catalogues(self) -> str:
        for lang in LANGUAGES:
            if not QTranslator().load(f"qamqor_{lang}", str(translations_dir())):
                raise SelfTestFailure(f"qamqor_{lang}.qm is missing from {translations_dir()}")
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for lang in ("kk", "ru"):
            if not QTranslator().load(f"qtbase_{lang}", qt_dir):
                raise SelfTestFailure(f"Qt's qtbase_{lang}.qm is missing from {qt_dir}")
        return f"qamqor_{{{','.join(LANGUAGES)}}}.qm and qtbase_{{kk,ru}}.qm load"

    def new_branch(self) -> str:
        from desktop.models import Role
        from desktop.services.accounts import AccountService, BranchGate

        gate = BranchGate(self.root / "new")
        try:
            admin = gate.initialise(branch_code=BRANCH_A, branch_name="Өзін-өзі тексеру",
                                    admin_username="admin", admin_password=self.password)
            AccountService(gate, admin).add_user("director", display_name="Директор", role=Role.DIRECTOR,
                                                 password=self.director_password)
        finally:
            gate.close()
        return f"branch {BRANCH_A} with an administrator and a director, closed"

    def old_branch(self) -> str:
        """A branch left at the first schema revision, as an old version made it."""
        from argon2 import PasswordHasher

        from desktop.models import Branch, Role, User
        from desktop.models import schema
        from desktop.services.keyslots import KdfParams
        from desktop.services.storage import EncryptedStore

        kdf = KdfParams()
        db, _key = EncryptedStore(self.root / "old", kdf=kdf).create(username="admin", password=self.password)
        try:
            schema.upgrade(db, target="0001")
            hasher = PasswordHasher(time_cost=kdf.time_cost, memory_cost=kdf.memory_kib,
                                    parallelism=kdf.parallelism)
            with db.session("admin") as s:
                s.add(Branch(code=BRANCH_B, name="Ескі нұсқа"))
                s.add(User(username="admin", display_name="Әкімші", role=Role.ADMINISTRATOR,
                           password_hash=hasher.hash(self.password)))
            db.checkpoint()
            at = schema.current_revision(db)
        finally:
            db.close()
        if at != "0001":
            raise SelfTestFailure(f"the old branch is at {at}, not 0001")
        return f"branch {BRANCH_B} at schema 0001 (head is {schema.head_revision()})"

    def log_in(self, folder: str, username: str, password: str, *, wrong_first: bool):
        """Through the log-in window, as a person would: the key slot opens the database."""
        translations = Translations()
        translations.install("en")
        dialogs = _Answers()
        switcher = LanguageSwitcher(translations, data_dir=self.root / folder)
        launcher = Launcher(self.root / folder, switcher=switcher, dialogs=dialogs, idle_timeout_ms=3_600_000)
        self.launchers.append(launcher)
        first = launcher.start()
        if first is not launcher.login_dialog:
            raise SelfTestFailure("the log-in window did not come first on a set-up branch")
        self._wait("the log-in window", first.isVisible)
        login = launcher.login_dialog
        if wrong_first:
            login.username.setText(username)
            login.password.setText(password + "-wrong")
            login.log_in_button.click()
            self._wait("the password check", lambda: not login.long_work.busy())
            if launcher.main_window is not None or not login.message.text():
                raise SelfTestFailure("a wrong password was not refused")
        login.username.setText(username)
        login.password.setText(password)
        login.log_in_button.click()
        # Checked on a pool thread, as in the window: wait for the answer.
        self._wait("the log-in", lambda: launcher.main_window is not None or login.message.kind == "error")
        window = launcher.main_window
        if window is None:
            raise SelfTestFailure(f"log-in of {username} failed: {login.message.text()!r}")
        self._wait("the main window", window.isVisible)
        return launcher, window, dialogs

    def show_areas(self, window) -> list[str]:
        shown = []
        for area in Area:
            if area not in window.areas:
                continue
            window.show_area(area)
            self._pump()
            page = window.pages[area]
            if window.current_area() is not area or not page.isVisible():
                raise SelfTestFailure(f"the {area.name} area did not show")
            shown.append(area.name.lower())
        if window.visitor_index is not None:
            self._wait("the visitor index", lambda: window.visitor_index.loaded)
        return shown

    def director_session(self) -> str:
        launcher, window, dialogs = self.log_in("new", "director", self.director_password, wrong_first=True)
        shown = self.show_areas(window)
        if dialogs.told:
            raise SelfTestFailure(f"unexpected message boxes: {dialogs.told}")
        window.close()
        self._pump()
        if launcher.gate().db is not None:
            raise SelfTestFailure("closing the main window left the database open")
        return f"wrong password refused; director saw {', '.join(shown)}; logged out"

    def migrated_session(self) -> str:
        from desktop.models import schema

        launcher, window, dialogs = self.log_in("old", "admin", self.password, wrong_first=False)
        gate = launcher.gate()
        if gate.migrated_from != "0001":
            raise SelfTestFailure(f"expected a migration from 0001, got {gate.migrated_from!r}")
        now, head = schema.current_revision(gate.db), schema.head_revision()
        if now != head:
            raise SelfTestFailure(f"the schema is at {now}, not at head {head}")
        if not list((self.root / "old" / "backups").iterdir()):
            raise SelfTestFailure("no copy of the database was kept before migrating")
        if not any("brought up to date" in text for text in dialogs.told):
            raise SelfTestFailure(f"the person was not told of the migration: {dialogs.told}")
        shown = self.show_areas(window)
        window.close()
        self._pump()
        return f"0001 → {head}, copy kept, person told; administrator saw {', '.join(shown)}"

    def pdf(self) -> str:
        # By name, as the document service loads it (lazily): the package must carry both.
        letter = importlib.import_module("desktop.reports.letter")
        layout = importlib.import_module("desktop.reports.letter_layout")
        data = layout.render_letter(_sample_letter(letter.LetterData))
        _check_pdf(data, "desktop.reports.letter_layout.render_letter")
        return f"a referral letter in Kazakh, Russian and English: {len(data)} bytes"

    def close_all(self) -> None:
        for launcher in self.launchers:
            for widget in (launcher.main_window, launcher.login_dialog, launcher.wizard):
                if widget is not None:
                    widget.close()
                    widget.deleteLater()
            launcher.gate().close()
            launcher.deleteLater()
        self.launchers.clear()
        self._pump()


class _Answers(DialogService):
    """Answers every message box at once (none may wait for a person here)."""

    def __init__(self):
        self.told: list[str] = []

    def _tell(self, icon, parent, title, text) -> None:
        self.told.append(text)

    def question(self, parent, title, text, *, accept_text=None, reject_text=None) -> bool:
        raise SelfTestFailure(f"unexpected question: {text}")

    def _no_files(self, *args, **kwargs):
        raise SelfTestFailure("unexpected file dialog")

    get_open_file = get_save_file = get_existing_directory = _no_files


def _sample_letter(letter_data: type):
    """A letter with every script it may print: Kazakh, Russian, Latin, digits.

    Only the fields it must have are given, by name, so fields added later with
    a default need no change here."""
    today = dt.date.today()
    number = f"{BRANCH_A}-{today.year}-000001"
    sample = {
        "letter_number": number, "issued_on": today, "branch_name": "Өзін-өзі тексеру",
        "branch_code": BRANCH_A, "priority": "urgent", "due_date": today + dt.timedelta(days=3),
        "provider_name_kk": "Қалалық емхана", "provider_name_ru": "Городская поликлиника",
        "provider_name_en": "City clinic", "service": "legal_aid",
        "facts": (("name", "Сәрсенбаев Әлихан (Sarsenbayev Alikhan)"), ("birth_date", "01.02.1990")),
        "signatory_name": "Директор", "qr_payload": f"QAMQOR:{number}:SELFTEST", "check_code": "SELFTEST",
        "languages": ("kk", "ru", "en"), "reason": "Өзін-өзі тексеру / Самопроверка / Self-test",
    }
    fields = {f.name: f for f in dataclasses.fields(letter_data)}
    missing = [name for name, f in fields.items() if name not in sample
               and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    if missing:
        raise SelfTestFailure(f"the sample letter in desktop/selftest.py lacks {', '.join(missing)}")
    return letter_data(**{k: v for k, v in sample.items() if k in fields})


def _check_pdf(data: bytes, where: str) -> None:
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise SelfTestFailure(f"{where} did not produce a PDF")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("qamqor")
    except PackageNotFoundError:
        return "unknown version"


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.stderr is not None:
        faulthandler.dump_traceback_later(DEADLINE_S, exit=True)
    problems = _Problems()
    logging.getLogger().addHandler(problems)
    previous_handler = qInstallMessageHandler(problems.qt_message)
    previous_showwarning = warnings.showwarning
    warnings.showwarning = problems.python_warning
    app = QApplication.instance() or QApplication(sys.argv[:1] or ["qamqor"])
    collector = GuiThreadCollector(app)
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    _say(f"Qamqor {_version()} ({frozen}), Qt {qVersion()}, platform {app.platformName()}")
    root = Path(tempfile.mkdtemp(prefix="qamqor-self-test-"))
    run = _Run(root, problems)
    code = 0
    try:
        run.step("translations", run.catalogues)
        run.step("new branch", run.new_branch)
        run.step("log-in and every area", run.director_session)
        run.step("branch at schema 0001", run.old_branch)
        run.step("log-in with migration", run.migrated_session)
        run.step("PDF", run.pdf)
        run.step("close", run.close_all)
    except SelfTestFailure as err:
        _tell_error(f"qamqor --self-test: FAILED: {err}")
        code = 1
    finally:
        try:
            run.close_all()
        except Exception:  # already failing, or failing now: say so below
            _tell_error(f"qamqor --self-test: closing failed:\n{traceback.format_exc()}")
            code = 1
        try:
            shutil.rmtree(root)
        except OSError as err:
            _tell_error(f"qamqor --self-test: could not delete {root}: {err}")
            code = 1
        collector.stop()
        warnings.showwarning = previous_showwarning
        qInstallMessageHandler(previous_handler)
        logging.getLogger().removeHandler(problems)
        if sys.stderr is not None:
            faulthandler.cancel_dump_traceback_later()
    if code == 0:
        _say("temporary folder deleted; all steps passed")
    return code
