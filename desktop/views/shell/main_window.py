"""The main window: navigation on the left, the chosen area on the right, the
branch and the person in the status bar; locks itself when left idle."""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Refused
from desktop.i18n import fill
from desktop.services.accounts import AccountService, BranchGate, Identity
from desktop.services.backups import BackupService
from desktop.services.documents import DocumentService
from desktop.services.exchange import ExchangeService
from desktop.services.health import HealthAccessService
from desktop.services.permissions import Action, allowed, role_label
from desktop.services.referrals import ReferralService
from desktop.services.retention import RetentionService
from desktop.services.search import VisitorIndex
from desktop.services.settings import BranchSettings
from desktop.services.shift_assignments import ShiftAssignments
from desktop.services.shift_planning import ShiftPlanning
from desktop.services.shift_templates import ShiftTemplates
from desktop.services.statistics import StatisticsService
from desktop.services.volunteer_hours import VolunteerHours
from desktop.services.visitors import VisitorService
from desktop.services.volunteers import VolunteerService
from desktop.views.admin.backups_page import BackupsPage, BackupWarning, ClosingBackup
from desktop.views.admin.exchange_page import ExchangePage, NoExchangeAccessPage
from desktop.views.admin.retention_page import RetentionPage
from desktop.views.admin.settings_page import SettingsPage
from desktop.views.admin.staff import StaffPage
from desktop.views.kit.changes import BACKUP, SETTING, Change, ChangeBus
from desktop.views.kit.dialogs import DialogService
from desktop.views.kit.printing import Printers
from desktop.views.kit.search_index import IndexKeeper
from desktop.views.kit.widgets import Retranslatable
from desktop.views.kit.workers import WorkerPool
from desktop.views.referrals.referrals_page import NoReferralAccessPage, ReferralsPage
from desktop.views.reports.reports_page import NoReportsAccessPage, ReportsPage
from desktop.views.shell.areas import Area, area_title
from desktop.views.shell.language import LanguageSwitcher
from desktop.views.shell.lock import IdleWatcher, LockPage
from desktop.views.visitors.visitors_page import NoVisitorAccessPage, VisitorsPage
from desktop.views.volunteers.volunteers_page import NoVolunteerAccessPage, VolunteersPage

log = logging.getLogger("qamqor")

NAV_STYLE = """
QListWidget#navigation { border: none; }
QListWidget#navigation::item { padding: 9px 14px; }
"""


class MainWindow(Retranslatable, QMainWindow):
    """One person's session in one branch.

    ``idle_timeout_ms`` overrides the branch's idle-lock minutes (tests use a
    short one). Closing the window logs the person out and closes the gate.
    """

    log_out_requested = Signal()  # the launcher shows the log-in window again

    def __init__(self, gate: BranchGate, identity: Identity, *, switcher: LanguageSwitcher,
                 bus: ChangeBus | None = None, dialogs: DialogService | None = None,
                 printers: Printers | None = None, idle_timeout_ms: int | None = None,
                 auto_backup: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.gate = gate
        self.identity = identity
        self.switcher = switcher
        self.bus = bus or ChangeBus(self)
        # The one place the services' changes reach the views: whatever a page,
        # a dialog or a worker changes through a service, every page hears of it.
        self._stop_following = self.bus.follow(gate.db.changes)
        self.dialogs = dialogs or DialogService()
        self.printers = printers or Printers()
        # Every printed or saved document is made here (views/kit/output.py shows, saves or prints it).
        self.documents = DocumentService(gate.db, identity)
        self.branch = gate.branch()
        self.branch_settings = BranchSettings(gate.db, identity)
        self.accounts = AccountService(gate, identity)
        # The branch's backups (embedded branches); with auto_backup (the
        # program, not the tests) one is made when the window closes, once a day.
        self.backups = BackupService(gate, identity)
        self.closing_backup = ClosingBackup(self.backups, parent=self) if auto_backup and gate.store else None
        self._idle_override = idle_timeout_ms
        self._session_ended = False
        self.locked = False
        # Slow work (search, the search index, imports) runs on these threads.
        self.workers = WorkerPool(self)
        # One search index per window, shared by everything that finds visitors.
        self.visitor_index: VisitorIndex | None = None
        self.index_keeper: IndexKeeper | None = None

        # -- areas ----------------------------------------------------------
        self.areas: list[Area] = [Area.VISITORS, Area.REFERRALS, Area.VOLUNTEERS, Area.REPORTS,
                                  Area.EXCHANGE, Area.SETTINGS]
        if allowed(identity.role, Action.MANAGE_USERS):
            self.areas.append(Area.STAFF)
        if allowed(identity.role, Action.MANAGE_BACKUPS) and gate.store is not None:
            self.areas.append(Area.BACKUPS)
        if allowed(identity.role, Action.MANAGE_RETENTION):
            self.areas.append(Area.RETENTION)
        self.pages: dict[Area, QWidget] = {}
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        for area in self.areas:
            page = self._make_page(area)
            self.pages[area] = page
            self.stack.addWidget(page)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setStyleSheet(NAV_STYLE)
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for _area in self.areas:
            QListWidgetItem(self.navigation)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigation.currentRowChanged.connect(
            lambda row: self.backup_warning.set_on_backups_page(self.areas[row] == Area.BACKUPS if row >= 0 else False))

        divider = QFrame(self)
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Sunken)
        self.work = QWidget(self)
        self.work.setObjectName("work")
        row = QHBoxLayout(self.work)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(divider)
        # The administrator's warning when the backups need attention, above the pages.
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        self.backup_warning = BackupWarning(self.backups, self.work)
        self.backup_warning.open_requested.connect(lambda: self.show_area(Area.BACKUPS))
        right.addWidget(self.backup_warning)
        right.addWidget(self.stack, 1)
        row.addLayout(right, 1)

        self.lock_page = LockPage(identity.display_name, workers=self.workers, parent=self)
        self.lock_page.unlock_requested.connect(self.unlock)
        self.lock_page.log_out_requested.connect(self.log_out)

        self.screens = QStackedWidget(self)
        self.screens.addWidget(self.work)
        self.screens.addWidget(self.lock_page)
        self.setCentralWidget(self.screens)

        # -- status bar -----------------------------------------------------
        self.branch_status = QLabel(self)
        self.branch_status.setObjectName("branch_status")
        self.user_status = QLabel(self)
        self.user_status.setObjectName("user_status")
        self.role_status = QLabel(self)
        self.role_status.setObjectName("role_status")
        for label in (self.branch_status, self.user_status, self.role_status):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setContentsMargins(8, 0, 8, 0)
        # Lock and Log out where the person's name is: a shortcut alone is found by nobody.
        self.lock_button = QToolButton(self)
        self.lock_button.setObjectName("lock_window")
        self.lock_button.clicked.connect(lambda: self.lock(reason="manual"))
        self.log_out_button = QToolButton(self)
        self.log_out_button.setObjectName("log_out")
        self.log_out_button.clicked.connect(self.log_out)
        status = self.statusBar()
        status.addWidget(self.branch_status, 1)
        status.addPermanentWidget(self.user_status)
        status.addPermanentWidget(self.role_status)
        status.addPermanentWidget(self.lock_button)
        status.addPermanentWidget(self.log_out_button)

        # -- keyboard -------------------------------------------------------
        self.area_actions: list[QAction] = []
        for i, area in enumerate(self.areas):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _checked=False, a=area: self.show_area(a))
            self.addAction(action)
            self.area_actions.append(action)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.lock(reason="manual"))
        self.addAction(self.lock_action)
        # Shortcuts of the areas that work from anywhere in the window (Ctrl+F, Ctrl+N, ...).
        self.page_actions: list[QAction] = []
        for area, page in self.pages.items():
            for action in getattr(page, "window_actions", lambda: [])():
                self.addAction(action)
                self.page_actions.append(action)
            if hasattr(page, "show_requested"):
                page.show_requested.connect(lambda a=area: self.show_area(a))
            if hasattr(page, "open_referral_requested"):
                page.open_referral_requested.connect(self.open_referral)

        # -- idle lock ------------------------------------------------------
        self.idle = IdleWatcher(self._idle_timeout(), self)
        self.idle.idle.connect(lambda: self.lock(reason="idle"))
        self.bus.changed.connect(self._on_change)
        if Area.BACKUPS in self.areas:
            self.backup_warning.refresh()
        if self.closing_backup is not None:
            # A window left open for days still makes the day's backup.
            self.closing_backup.start_daily(self.workers, self.bus)

        self.resize(1100, 720)
        self.setMinimumSize(880, 560)
        self.retranslate_ui()
        self.navigation.setCurrentRow(0)

    def _make_page(self, area: Area) -> QWidget:
        if area == Area.VISITORS:
            if not allowed(self.identity.role, Action.VIEW_VISITORS):
                return NoVisitorAccessPage(self.identity.role, self)
            self.visitor_index = VisitorIndex(self.gate.db)
            self.index_keeper = IndexKeeper(self.visitor_index, self.workers, parent=self)
            service = VisitorService(self.gate.db, self.identity, self.visitor_index)
            page = VisitorsPage(service, keeper=self.index_keeper, workers=self.workers, bus=self.bus,
                                dialogs=self.dialogs, documents=self.documents, printers=self.printers, parent=self)
            self.index_keeper.load()
            return page
        if area == Area.REFERRALS:
            if not allowed(self.identity.role, Action.VIEW_REFERRALS):
                return NoReferralAccessPage(self.identity.role, self)
            return ReferralsPage(ReferralService(self.gate.db, self.identity), documents=self.documents,
                                 printers=self.printers, workers=self.workers, bus=self.bus, dialogs=self.dialogs,
                                 parent=self)
        if area == Area.EXCHANGE:
            if not allowed(self.identity.role, Action.EXCHANGE_WITH_HQ):
                return NoExchangeAccessPage(self.identity.role, self)
            service = ExchangeService(self.gate.db, self.identity, escrow=self.gate.set_escrow,
                                      index=lambda: self.visitor_index)
            return ExchangePage(service, workers=self.workers, bus=self.bus,
                                dialogs=self.dialogs, parent=self)
        if area == Area.VOLUNTEERS:
            if not allowed(self.identity.role, Action.SEE_SHIFTS):
                return NoVolunteerAccessPage(self.identity.role, self)
            db, identity = self.gate.db, self.identity
            return VolunteersPage(VolunteerService(db, identity), ShiftPlanning(db, identity),
                                  assignments=ShiftAssignments(db, identity), templates=ShiftTemplates(db, identity),
                                  hours=VolunteerHours(db, identity), documents=self.documents,
                                  printers=self.printers, workers=self.workers, bus=self.bus, dialogs=self.dialogs,
                                  parent=self)
        if area == Area.SETTINGS:
            health = (HealthAccessService(self.gate, self.identity)
                      if allowed(self.identity.role, Action.VIEW_HEALTH_DATA) and self.gate.store is not None
                      else None)
            return SettingsPage(switcher=self.switcher, branch_settings=self.branch_settings,
                                accounts=self.accounts, workers=self.workers, bus=self.bus,
                                may_change_branch=allowed(self.identity.role, Action.CHANGE_BRANCH_SETTINGS),
                                data_dir=self.gate.data_dir, db_url=self.gate.db_url, health_access=health,
                                parent=self)
        if area == Area.STAFF:
            return StaffPage(self.accounts, workers=self.workers, bus=self.bus, dialogs=self.dialogs, parent=self)
        if area == Area.REPORTS:
            role = self.identity.role
            if not (allowed(role, Action.VIEW_STATISTICS) or allowed(role, Action.VIEW_REFERRAL_STATISTICS)):
                return NoReportsAccessPage(role, self)
            page = ReportsPage(StatisticsService(self.gate.db, self.identity), documents=self.documents,
                               printers=self.printers, workers=self.workers, bus=self.bus, dialogs=self.dialogs,
                               may_open_referrals=allowed(role, Action.VIEW_REFERRALS),
                               branch_code=self.branch.code, parent=self)
            page.overdue_requested.connect(self.show_overdue_referrals)
            return page
        if area == Area.BACKUPS:
            page = BackupsPage(self.backups, workers=self.workers, bus=self.bus, dialogs=self.dialogs, parent=self)
            # The records under every page changed at once: start again from the log-in.
            page.restored.connect(self.log_out)
            return page
        if area == Area.RETENTION:
            return RetentionPage(RetentionService(self.gate.db, self.identity), workers=self.workers, bus=self.bus,
                                 dialogs=self.dialogs, parent=self)
        raise ValueError(f"no page for {area!r}")

    def _idle_timeout(self) -> int:
        if self._idle_override is not None:
            return self._idle_override
        return self.branch_settings.idle_minutes() * 60_000

    # -- language -----------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(self.tr("Qamqor — %1"), self.branch.name))
        for i, area in enumerate(self.areas):
            item = self.navigation.item(i)
            item.setText(area_title(area))
            item.setToolTip(fill(self.tr("%1 (Ctrl+%2)"), area_title(area), str(i + 1)))
            self.area_actions[i].setText(area_title(area))
        self.lock_action.setText(self.tr("Lock"))
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock the window until your password is entered (Ctrl+L)"))
        self.log_out_button.setText(self.tr("Log out"))
        self.log_out_button.setToolTip(self.tr("Log out, so that another person can log in"))
        self.branch_status.setText(fill(self.tr("Branch %1 — %2"), self.branch.code, self.branch.name))
        self.user_status.setText(self.identity.display_name)
        self.role_status.setText(role_label(self.identity.role))
        self._fit_navigation()

    def _fit_navigation(self) -> None:
        # As wide as the longest area name in this language (Kazakh and Russian run long).
        width = max(self.navigation.sizeHintForColumn(0), 120) + 2 * self.navigation.frameWidth() + 8
        self.navigation.setFixedWidth(min(width, 300))

    # -- navigation ---------------------------------------------------------
    def show_area(self, area: Area) -> None:
        if self.locked or area not in self.areas:
            return
        self.navigation.setCurrentRow(self.areas.index(area))

    def show_overdue_referrals(self) -> None:
        """The list of overdue referrals, asked for from the dashboard."""
        referrals = self.pages.get(Area.REFERRALS)
        if isinstance(referrals, ReferralsPage):
            referrals.set_view("overdue")
            self.show_area(Area.REFERRALS)

    def open_referral(self, referral_id) -> None:
        """A page asks for one referral: the Referrals area shows it (no page names another)."""
        page = self.pages.get(Area.REFERRALS)
        if self.locked or not hasattr(page, "show_referral"):
            return
        self.show_area(Area.REFERRALS)
        page.show_referral(referral_id)

    def current_area(self) -> Area:
        return self.areas[self.stack.currentIndex()]

    def _on_change(self, change: Change) -> None:
        if change.touches(SETTING) and self._idle_override is None:
            self.idle.set_timeout_ms(self._idle_timeout())
        if change.touches(BACKUP) and Area.BACKUPS in self.areas:
            self.backup_warning.refresh()

    # -- lock ---------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self.locked and not self._session_ended:
            self.idle.start()

    def lock(self, *, reason: str) -> None:
        """Hide every record and name behind the password of the person logged in."""
        if self.locked or self._session_ended:
            return
        self.locked = True
        self.idle.stop()
        # Dialogs may show records too (an account being edited): close them unsaved.
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.lock_page.reset()
        self.screens.setCurrentWidget(self.lock_page)
        self.statusBar().hide()
        self._page_actions_enabled = [a.isEnabled() for a in self.page_actions]
        for action in self.area_actions + self.page_actions:
            action.setEnabled(False)
        self.lock_action.setEnabled(False)
        self.lock_page.password.setFocus()
        try:
            self.gate.record_lock(self.identity, reason=reason)
        except Refused as err:
            # The window stays locked; only the audit line is missing.
            log.warning("could not record the lock: %s", err)

    def unlock(self, password: str) -> None:
        """Check the password on a pool thread (a bar says so); the window opens when it fits."""
        if not self.locked or self.lock_page.long_work.busy():
            return
        if not password:
            self.lock_page.show_error(lambda: self.tr("Enter your password."))
            return
        gate, identity = self.gate, self.identity
        self.lock_page.set_checking(True)
        self.lock_page.long_work.run(lambda _ctx: gate.verify_password(identity, password),
                                     on_done=lambda _none: self._unlocked(), on_failed=self.lock_page.show_error,
                                     step=self.tr("Checking the password…"), cancellable=False)

    def _unlocked(self) -> None:
        if not self.locked or self._session_ended:
            return
        self.locked = False
        self.lock_page.reset()
        self.screens.setCurrentWidget(self.work)
        self.statusBar().show()
        for action in self.area_actions:
            action.setEnabled(True)
        for action, enabled in zip(self.page_actions, self._page_actions_enabled):
            action.setEnabled(enabled)
        self.lock_action.setEnabled(True)
        self.stack.currentWidget().setFocus()
        self.idle.start()

    # -- end of the session -------------------------------------------------
    def log_out(self) -> None:
        # The launcher now replaces the old log-in window, which Python frees at
        # once; the idle watcher's application-wide event filter must be gone by
        # then: PySide would wrap the widgets being destroyed and crash.
        self.idle.stop()
        # The day's backup first, while this session's database is still open.
        if self.closing_backup is not None and self.closing_backup.run(self, then=self._log_out_now):
            return
        self._log_out_now()

    def _log_out_now(self) -> None:
        self.log_out_requested.emit()
        self.close()

    def end_session(self) -> None:
        """Log out and close the database (once)."""
        if self._session_ended:
            return
        self._session_ended = True
        self.idle.stop()
        self._stop_following()
        visitors = self.pages.get(Area.VISITORS)
        if isinstance(visitors, VisitorsPage):
            visitors.stop()
        referrals = self.pages.get(Area.REFERRALS)
        if isinstance(referrals, ReferralsPage):
            referrals.stop()
        volunteers = self.pages.get(Area.VOLUNTEERS)
        if isinstance(volunteers, VolunteersPage):
            volunteers.stop()
        reports = self.pages.get(Area.REPORTS)
        if isinstance(reports, ReportsPage):
            reports.stop()
        if self.closing_backup is not None:
            self.closing_backup.stop()
        backups = self.pages.get(Area.BACKUPS)
        if isinstance(backups, BackupsPage):
            backups.stop()
        # Searches and imports still running need the database: let them end first.
        self.workers.shutdown()
        try:
            if self.gate.db is not None:
                self.gate.log_out(self.identity)
        except Refused as err:
            log.warning("could not record the log-out: %s", err)
        finally:
            self.gate.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.closing_backup is not None and self.closing_backup.run(self, then=self.close):
            event.ignore()  # the window closes when the day's backup is made (or skipped)
            return
        self.end_session()
        super().closeEvent(event)

