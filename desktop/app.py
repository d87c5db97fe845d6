"""Start-up: language, then the first-run wizard or the log-in window, then the
main window.

The log-in window must appear about as fast as a bare Qt window, so nothing
here loads SQLAlchemy, Alembic, argon2, pyrage or cryptography before it is
shown: they come with the first use of the gate (pressing Log in), or from a
zero-timer once the window is up. Migrations run inside ``BranchGate.log_in``,
before the main window opens.
"""
from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop import errorlog
from desktop.errors import Refused
from desktop.i18n import LANGUAGES, Translations, fill, system_language

# Light imports only before the first window: datadir loads no SQLAlchemy.
from .services.datadir import DB_NAME as DB_FILE  # noqa: F401  (public: tests compare the names)
from .services.datadir import KEYS_NAME as KEYS_FILE  # noqa: F401
from .services.datadir import SETTINGS_NAME as SETTINGS_FILE  # noqa: F401
from .services.datadir import LocalSettings, branch_files_exist
from .services.locks import WindowLock
from .services.private_files import remove_left_behind
from .views.shell.collector import GuiThreadCollector
from .views.shell.language import LanguageSwitcher
from .views.shell.login import LoginDialog

if TYPE_CHECKING:
    from desktop.services.accounts import BranchGate, Identity
    from desktop.services.keyslots import KdfParams

    from .views.kit.changes import ChangeBus
    from .views.kit.dialogs import DialogService
    from .views.shell.first_run import FirstRunWizard
    from .views.shell.main_window import MainWindow

def branch_exists(data_dir: Path) -> bool:
    """What ``EncryptedStore(data_dir).exists()`` answers, without loading the storage code."""
    return branch_files_exist(data_dir)


def saved_language(data_dir: Path) -> str | None:
    """The language this computer remembers, if it is one Qamqor speaks."""
    lang = LocalSettings(data_dir).language
    return lang if lang in LANGUAGES else None


def startup_language(data_dir: Path, requested: str | None = None) -> str:
    return requested or saved_language(data_dir) or system_language()


class Launcher(QObject):
    """Leads from the first window to the main window and back to the log-in.

    Give it a ``gate`` (tests do, with fast key derivation) or let it make one
    at first use from ``data_dir``, ``db_url`` and ``kdf``.
    """

    def __init__(self, data_dir: Path, *, switcher: LanguageSwitcher, db_url: str | None = None,
                 gate: BranchGate | None = None, kdf: KdfParams | None = None,
                 dialogs: DialogService | None = None, idle_timeout_ms: int | None = None,
                 auto_backup: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.db_url = db_url
        self.kdf = kdf
        self.switcher = switcher
        self.dialogs = dialogs
        self.idle_timeout_ms = idle_timeout_ms
        # The day's backup when a main window closes (the program; tests choose).
        self.auto_backup = auto_backup
        self._gate = gate
        self._told_of_migration = False
        # The one "what changed" signal of the application (STYLE.md rule 5),
        # made with the first main window; it outlives log-outs.
        self.bus: ChangeBus | None = None
        self.login_dialog: LoginDialog | None = None
        self.wizard: FirstRunWizard | None = None
        self.main_window: MainWindow | None = None

    def gate(self) -> BranchGate:
        if self._gate is None:
            from desktop.services.accounts import BranchGate

            self._gate = BranchGate(self.data_dir, db_url=self.db_url, kdf=self.kdf)
        return self._gate

    def needs_setup(self) -> bool:
        if self._gate is not None or self.db_url:
            from desktop.errors import Refused

            try:
                return not self.gate().is_initialised()
            except Refused:
                # The server is out of reach: the log-in window will say so.
                return False
        return not branch_exists(self.data_dir)

    def start(self) -> QWidget:
        """Show the wizard or the log-in window, and return it."""
        if self.needs_setup():
            return self.show_wizard()
        return self.show_login()

    def show_login(self) -> LoginDialog:
        dialog = LoginDialog(self.gate, switcher=self.switcher, branch=LocalSettings(self.data_dir).branch)
        dialog.logged_in.connect(self.open_main_window)
        self.login_dialog = dialog
        dialog.show()
        return dialog

    def show_wizard(self) -> FirstRunWizard:
        from .views.shell.first_run import FirstRunWizard

        location = self.data_dir if not self.db_url else self.db_url.split("@")[-1]
        wizard = FirstRunWizard(self.gate, switcher=self.switcher, data_location=location, dialogs=self.dialogs)
        wizard.branch_created.connect(self.open_main_window)
        self.wizard = wizard
        wizard.show()
        return wizard

    def open_main_window(self, identity: Identity) -> MainWindow:
        from .views.kit.changes import ChangeBus
        from .views.kit.dialogs import DialogService
        from .views.shell.main_window import MainWindow

        if self.dialogs is None:
            self.dialogs = DialogService()
        if self.bus is None:
            self.bus = ChangeBus(self)
        gate = self.gate()
        window = MainWindow(gate, identity, switcher=self.switcher, bus=self.bus, dialogs=self.dialogs,
                            idle_timeout_ms=self.idle_timeout_ms, auto_backup=self.auto_backup)
        window.log_out_requested.connect(self.show_login)
        self.main_window = window
        window.show()
        if gate.migrated_from and gate.store is not None and not self._told_of_migration:
            self._told_of_migration = True
            self.dialogs.information(window, "Qamqor", fill(QCoreApplication.translate(
                "Launcher", "The branch's database was brought up to date for this version of Qamqor. "
                "A copy of the previous one was kept first in %1."), str(gate.store.dirs.backups)))
        return window


class _ShownReporter(QObject):
    """For the start-up benchmark: say when the first window is on screen, then quit."""

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self._done = False
        widget.windowHandle().installEventFilter(self)
        if widget.windowHandle().isExposed():
            QTimer.singleShot(0, self._report)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Expose and watched.isExposed():
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        if self._done:
            return
        self._done = True
        print("QAMQOR-SHOWN", flush=True)
        QApplication.exit(0)


def _warm_up() -> None:
    # The window is up: load the storage and main-window code now, so pressing
    # Log in costs only the key derivation.
    import desktop.services.accounts  # noqa: F401
    import desktop.services.settings  # noqa: F401
    import desktop.views.shell.main_window  # noqa: F401


def _show_bugs(log_file: Path, dialogs: DialogService | None = None) -> None:
    """Anything raised that is not a Refused is a bug: its type and place go
    to the log file (never its message, which may quote a person's data), and
    the person is told where that file is, instead of the program failing
    silently or printing a traceback with names in it."""
    showing = False

    def hook(exc_type, exc, tb) -> None:
        nonlocal showing
        errorlog.log_unexpected(exc_type, exc, tb)
        if showing or QApplication.instance() is None:
            return
        showing = True
        try:
            from .views.kit.dialogs import DialogService

            (dialogs or DialogService()).error(QApplication.activeWindow(), "Qamqor", fill(
                QCoreApplication.translate(
                    "Application", "Something went wrong inside Qamqor; what you were doing may not have been "
                    "saved. If it happens again, tell your administrator and give them the file %1 (it says "
                    "where in the program the error happened, and holds no personal data)."), str(log_file)))
        finally:
            showing = False

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not SystemExit:
            errorlog.log_unexpected(args.exc_type, args.exc_value, args.exc_traceback,
                                    where="unexpected error in a thread")

    sys.excepthook = hook
    threading.excepthook = thread_hook


def run_app(*, data_dir: Path, db_url: str | None = None, language: str | None = None,
            exit_when_shown: bool = False, dialogs: DialogService | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1] or ["qamqor"])
    app.setApplicationName("Qamqor")
    app.setOrganizationName("Qamqor")
    # Private files (a PDF handed to a viewer) that a Qamqor which crashed left behind.
    remove_left_behind()
    log_file = errorlog.install(data_dir)
    translations = Translations()
    translations.install(startup_language(data_dir, language))
    # One window per branch folder on this computer (services/locks.py).
    window_lock = WindowLock(data_dir)
    try:
        window_lock.acquire()
    except Refused as err:
        from .views.kit.dialogs import DialogService

        (dialogs or DialogService()).error(None, "Qamqor", str(err))
        return 1
    try:
        switcher = LanguageSwitcher(translations, data_dir=data_dir)
        previous_hook, previous_thread_hook = sys.excepthook, threading.excepthook
        _show_bugs(log_file, dialogs)
        collector = GuiThreadCollector(app)
        launcher = Launcher(data_dir, switcher=switcher, db_url=db_url, dialogs=dialogs,
                            auto_backup=not exit_when_shown)
        first = launcher.start()
        if exit_when_shown:
            _ShownReporter(first)
        else:
            QTimer.singleShot(0, _warm_up)
        code = app.exec()
        if launcher.main_window is not None:
            launcher.main_window.end_session()
        collector.stop()
        sys.excepthook, threading.excepthook = previous_hook, previous_thread_hook
    finally:
        window_lock.release()
    return code
