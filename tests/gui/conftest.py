"""Fixtures for the window tests: a branch with fast key derivation (from
tests/conftest.py), the language machinery, a dialog service that answers at
once, and ways to open the log-in and main windows."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.app import Launcher
from desktop.i18n import Translations
from desktop.models import Role
from desktop.services.accounts import BranchGate
from desktop.views.shell.language import LanguageSwitcher
from desktop.views.shell.main_window import MainWindow
from tests.conftest import FAST, STAFF, password_of

from .helpers import FakeDialogs, RecordingPrinters

# The offscreen platform cannot do these; real platforms can, so they are no bug of ours.
OFFSCREEN_LIMITS = ("This plugin does not support",)


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_LIMITS))


@pytest.fixture(autouse=True)
def translations():
    """English from its catalogue (its plural forms: "1 volunteer", "2 volunteers")
    in every window test, whatever ran before."""
    t = Translations()
    t.install("en")
    yield t
    # Translators are global to the application: leave English for the next test.
    t.install("en")


@pytest.fixture
def make_switcher(translations):
    def make(data_dir: Path) -> LanguageSwitcher:
        return LanguageSwitcher(translations, data_dir=data_dir)
    return make


@pytest.fixture
def switcher(make_switcher, branch_dir) -> LanguageSwitcher:
    return make_switcher(branch_dir)


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def printers() -> RecordingPrinters:
    """No real print queue in a window test: pages sent are recorded."""
    return RecordingPrinters()


@pytest.fixture
def install_translator():
    installed: list[QTranslator] = []

    def install(translator: QTranslator) -> QTranslator:
        QCoreApplication.installTranslator(translator)
        installed.append(translator)
        return translator
    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def make_launcher(qtbot, make_switcher, dialogs):
    """A Launcher on a data folder (a gate given, or made with fast key derivation);
    its windows are closed after the test."""
    launchers: list[Launcher] = []

    def make(data_dir: Path, *, gate: BranchGate | None = None, idle_timeout_ms: int | None = None) -> Launcher:
        launcher = Launcher(data_dir, switcher=make_switcher(data_dir), gate=gate, kdf=FAST,
                            dialogs=dialogs, idle_timeout_ms=idle_timeout_ms)
        launchers.append(launcher)
        return launcher
    yield make
    for launcher in launchers:
        for window in (launcher.main_window, launcher.login_dialog, launcher.wizard):
            if window is not None:
                window.close()
        if launcher._gate is not None:
            launcher._gate.close()


@pytest.fixture
def launcher(make_launcher, gate) -> Launcher:
    return make_launcher(gate.data_dir, gate=gate)


@pytest.fixture
def open_window(qtbot, gate, switcher, dialogs, printers):
    """Log in as the staff member of ``role`` and show their main window."""

    def open_(role: Role = Role.ADMINISTRATOR, *, idle_timeout_ms: int | None = None) -> MainWindow:
        username = STAFF[role]
        identity = gate.log_in(username, password_of(username))
        window = MainWindow(gate, identity, switcher=switcher, dialogs=dialogs, printers=printers,
                            idle_timeout_ms=idle_timeout_ms)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # Window shortcuts (Ctrl+1…, Ctrl+L) reach only the active window.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window
    return open_


@pytest.fixture
def admin_window(open_window) -> MainWindow:
    return open_window(Role.ADMINISTRATOR)
