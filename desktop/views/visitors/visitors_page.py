"""The Visitors area: search as you type, register, open a person's page, log a visit.

The search index is loaded once after log-in on a pool thread (with a
progress bar and Cancel), refreshed in the background, and every query runs
on a pool thread too: the window never waits for a search.
"""
from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.services.documents import DocumentService
from desktop.services.permissions import Action, Role, allowed
from desktop.services.search import SearchHit
from desktop.services.visitors import VisitorService
from desktop.views.kit.changes import PERSON, Change, ChangeBus
from desktop.views.kit.dialogs import DialogService
from desktop.views.kit.printing import Printers
from desktop.views.kit.long_work import LongWork
from desktop.views.kit.no_access import NoAccessPage
from desktop.views.kit.opener import DialogOpener
from desktop.views.kit.search_index import IndexKeeper
from desktop.views.kit.text import full_name
from desktop.views.kit.widgets import MessageLabel, Retranslatable, Text, heading_label
from desktop.views.kit.workers import WorkerPool
from desktop.views.shell.areas import Area, area_title
from desktop.views.visitors.person_page import PersonView
from desktop.views.visitors.visit_dialog import VisitDialog
from desktop.views.visitors.visitor_form import VisitorForm
from desktop.views.visitors.visitor_search import SearchRunner
from desktop.views.visitors.visitor_table import VisitorTableModel, results_table


class NoVisitorAccessPage(NoAccessPage):
    """For coordinators and administrators: visitors' records are not theirs to see."""

    def __init__(self, role: Role, parent: QWidget | None = None):
        super().__init__(role, name="page_visitors", parent=parent)

    def title(self) -> str:
        return area_title(Area.VISITORS)

    def reason(self, role: str) -> str:
        return fill(self.tr(
            "Your role (%1) has no access to visitors' records. They are kept for receptionists, caseworkers "
            "and directors, so that people who keep volunteers or accounts do not see anyone's case."), role)


class VisitorsPage(Retranslatable, QWidget):
    """Search, results and the person's page, in one area of the main window."""

    show_requested = Signal()  # a window shortcut wants this area in front
    open_referral_requested = Signal(object)  # a referral's id, to be shown in the Referrals area

    SEARCH, PERSON = 0, 1

    def __init__(self, service: VisitorService, *, keeper: IndexKeeper, workers: WorkerPool, bus: ChangeBus,
                 dialogs: DialogService, documents: DocumentService, printers: Printers,
                 may_import: bool | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page_visitors")
        self.service = service
        self.keeper = keeper
        self.workers = workers
        self.bus = bus
        self.dialogs = dialogs
        role = service.identity.role
        self.may_register = allowed(role, Action.REGISTER_VISITOR)
        self.may_log_visit = allowed(role, Action.LOG_VISIT)
        # Editing the sealed health fields needs the key as well as the role.
        self.may_edit_health = allowed(role, Action.EDIT_HEALTH_DATA) and service.holds_health_key()
        self.may_import = allowed(role, Action.IMPORT_VISITORS) if may_import is None else may_import
        self.opener = DialogOpener(self)
        self.last_hits: list[SearchHit] = []
        # The query the list shows results of. While the text in the box differs,
        # the list is stale: greyed, nothing selected, and no key acts on it.
        self.shown_query = ""

        # -- the search view ------------------------------------------------------
        self.search_view = QWidget(self)
        self.heading = heading_label(self.search_view)
        self.count = QLabel(self.search_view)
        self.count.setObjectName("result_count")
        self.search = QLineEdit(self.search_view)
        self.search.setObjectName("visitor_search")
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.new_button = QPushButton(self.search_view)
        self.new_button.setObjectName("new_visitor")
        self.new_button.clicked.connect(self.new_visitor)
        self.new_button.setVisible(self.may_register)
        self.visit_button = QPushButton(self.search_view)
        self.visit_button.setObjectName("log_visit")
        self.visit_button.clicked.connect(self.log_visit)
        self.visit_button.setVisible(self.may_log_visit)
        self.import_button = QPushButton(self.search_view)
        self.import_button.setObjectName("import_visitors")
        self.import_button.clicked.connect(self.import_visitors)
        self.import_button.setVisible(self.may_import)

        self.loading = QWidget(self.search_view)
        self.loading.setObjectName("index_loading")
        self.loading_label = QLabel(self.loading)
        self.loading_label.setWordWrap(True)
        self.long_work = LongWork(workers, name="index_load", parent=self.loading)
        self.load_again_button = QPushButton(self.loading)
        self.load_again_button.setObjectName("load_index_again")
        self.load_again_button.clicked.connect(self.load_index)
        loading_row = QHBoxLayout(self.loading)
        loading_row.setContentsMargins(0, 0, 0, 0)
        loading_row.addWidget(self.loading_label, 1)
        loading_row.addWidget(self.long_work, 1)
        loading_row.addWidget(self.load_again_button)

        self.message = MessageLabel(self.search_view)
        self.model = VisitorTableModel(self)
        self.table = results_table(self.model, self.search_view, name="visitor_results")
        self.table.activated.connect(lambda _index: self.open_selected())
        self.hint = QLabel(self.search_view)
        self.hint.setObjectName("search_hint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)

        # The buttons beside the heading, so the search field keeps the whole width
        # however long their names run in Kazakh or Russian.
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.visit_button, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignBottom)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count)
        search_layout = QVBoxLayout(self.search_view)
        search_layout.setContentsMargins(24, 20, 24, 20)
        search_layout.setSpacing(12)
        search_layout.addLayout(top)
        search_layout.addLayout(search_row)
        search_layout.addWidget(self.loading)
        search_layout.addWidget(self.message)
        search_layout.addWidget(self.hint)
        search_layout.addWidget(self.table, 1)

        # -- the person's page ----------------------------------------------------------
        self.person_view = PersonView(service, keeper=keeper, workers=workers, bus=bus, dialogs=dialogs,
                                      documents=documents, printers=printers, parent=self)
        self.person_view.back_requested.connect(self.back_to_search)
        self.person_view.log_visit_requested.connect(self.log_visit)
        self.person_view.open_referral_requested.connect(self.open_referral_requested)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.search_view)
        self.stack.addWidget(self.person_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        # -- window shortcuts (the main window adds them) ------------------------------
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self.focus_search)
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(self.new_visitor)
        self.new_action.setEnabled(self.may_register)
        self.visit_action = QAction(self)
        self.visit_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.visit_action.triggered.connect(self.log_visit)
        self.visit_action.setEnabled(self.may_log_visit)

        # -- searching ----------------------------------------------------------------------
        self.runner = SearchRunner(service, keeper, workers, parent=self)
        self.runner.results_ready.connect(self._show_results)
        self.runner.failed.connect(self.message.show_error)
        self.search.textChanged.connect(self._typed)
        keeper.load_started.connect(self._follow_load)
        keeper.progress.connect(self._load_progress)
        keeper.loaded.connect(self._index_loaded)
        keeper.load_cancelled.connect(self._index_cancelled)
        keeper.load_failed.connect(self._index_failed)
        keeper.refreshed.connect(self._index_refreshed)
        bus.changed.connect(self._on_change)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self._loading_state = "loading" if not keeper.is_loaded else "loaded"
        if keeper.load_job is not None:
            self._follow_load(keeper.load_job)
        self.retranslate_ui()
        self._update_loading()
        self._update_buttons()
        self.setFocusProxy(self.search)

    def window_actions(self) -> list[QAction]:
        return [self.find_action, self.new_action, self.visit_action]

    # -- language ----------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.heading.setText(area_title(Area.VISITORS))
        self.search.setPlaceholderText(self.tr(
            "Find a visitor: name in any script, phone, document or registration number (Ctrl+F)"))
        self.new_button.setText(self.tr("&New visitor… (Ctrl+N)"))
        self.visit_button.setText(self.tr("Log &visit… (Ctrl+Shift+V)"))
        self.import_button.setText(self.tr("&Import a register…"))
        self.load_again_button.setText(self.tr("Load the list"))
        self.find_action.setText(self.tr("Find a visitor"))
        self.new_action.setText(self.tr("New visitor"))
        self.visit_action.setText(self.tr("Log visit"))
        self.model.retranslate()
        self._update_loading()
        self._update_count()

    # -- the index ------------------------------------------------------------------------
    def load_index(self) -> None:
        self._loading_state = "loading"
        self._update_loading()
        self.keeper.load()

    def _follow_load(self, job) -> None:
        self._loading_state, self._loading_done, self._loading_total = "loading", 0, 0
        self._update_loading()
        self.long_work.follow(job)

    def _load_progress(self, done: int, total: int) -> None:
        self._loading_done, self._loading_total = done, total
        self._update_loading()

    def _index_loaded(self) -> None:
        self._loading_state = "loaded"
        self._update_loading()
        self._update_count()

    def _index_cancelled(self) -> None:
        self._loading_state = "cancelled"
        self._update_loading()

    def _index_failed(self, message: str) -> None:
        self._loading_state = "failed"
        self._loading_error = message
        self._update_loading()

    def _index_refreshed(self, changed: int) -> None:
        if changed and self.runner.query:
            self.runner.run_now()

    def _update_loading(self) -> None:
        state = self._loading_state
        self.loading.setVisible(state != "loaded")
        self.load_again_button.setVisible(state in ("cancelled", "failed"))
        if state == "loading":
            total = getattr(self, "_loading_total", 0)
            if total:
                locale = QLocale()
                self.loading_label.setText(fill(self.tr("Loading the visitor list for searching: %1 of %2…"),
                                                locale.toString(getattr(self, "_loading_done", 0)),
                                                locale.toString(total)))
            else:
                self.loading_label.setText(self.tr("Loading the visitor list for searching…"))
        elif state == "cancelled":
            self.loading_label.setText(self.tr("The visitor list was not loaded, so searching waits until it is."))
        elif state == "failed":
            self.loading_label.setText(fill(self.tr("The visitor list could not be loaded: %1"),
                                            getattr(self, "_loading_error", "")))

    # -- searching -------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        self.message.clear_message()
        self.runner.request(text)
        self._follow_text()
        self._update_count()

    def results_current(self) -> bool:
        """Whether the list holds the results of the text now in the box."""
        return self.shown_query == self.search.text().strip()

    def _follow_text(self) -> None:
        # At once, not when the results come: until then Enter, the arrow keys and
        # Ctrl+Shift+V must not reach a person found for an earlier text.
        current = self.results_current()
        if not current:
            self.table.clearSelection()
        elif self.selected_hit() is None and self.model.rowCount():
            self.table.selectRow(0)
        self.table.setEnabled(current)
        self._update_buttons()

    def _show_results(self, query: str, hits: list[SearchHit]) -> None:
        # The same query again (a refresh, another desk's change) keeps the person
        # chosen in it; a new query starts at its best match.
        keep = self.selected_hit() if query == self.shown_query else None
        self.last_hits = list(hits)
        self.shown_query = query
        self.model.set_rows(hits)
        if hits:
            index = 0
            if keep is not None:
                index = next((i for i, h in enumerate(hits) if h.row.person_id == keep.row.person_id), 0)
            self.table.selectRow(index)
        if self.message.kind == MessageLabel.NOTE:
            self.message.clear_message()  # "still searching": it no longer is
        self._follow_text()
        self._update_count()

    def _still_searching(self) -> bool:
        """Says so when the list is not yet the one for the text in the box."""
        if self.results_current():
            return False
        self.show_requested.emit()
        query = self.search.text().strip()
        self.message.show_note(lambda: fill(self.tr("Still searching for “%1”. Choose the person when the list "
                                                    "shows."), query))
        return True

    def _update_count(self) -> None:
        query = self.search.text().strip()
        n = self.model.rowCount()
        if not query:
            self.count.setText("")
            self.hint.setText(self.tr("Type a name in any script (Cyrillic, Latin or Arabic), a phone number, a "
                                      "document number or a registration number. If the person is not found, "
                                      "register them with Ctrl+N."))
        elif not self.keeper.is_loaded:
            self.count.setText("")
            self.hint.setText(self.tr("The search runs as soon as the visitor list is loaded."))
        elif not self.results_current():
            self.count.setText(self.tr("Searching…"))
        elif n == 0 and not self.runner.searching:
            self.count.setText(self.tr("%n visitor(s) found", "", 0))
            self.hint.setText(fill(self.tr("Nobody matches “%1”. Try another spelling, the phone or a document "
                                           "number; or register a new visitor with Ctrl+N."), query))
        else:
            if n >= self.runner.limit:
                self.count.setText(self.tr("The best %n matches", "", n))
            else:
                self.count.setText(self.tr("%n visitor(s) found", "", n))
            self.hint.setText(self.tr("Enter opens the selected person; the arrow keys choose another."))
        self.hint.setVisible(bool(self.hint.text()))

    def selected_hit(self) -> SearchHit | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        on_person = self.stack.currentIndex() == self.PERSON and self.person_view.page is not None
        chosen = self.selected_hit() is not None and self.results_current()
        self.visit_button.setEnabled(self.may_log_visit and (chosen or on_person))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():
                if not self.results_current():
                    return True
                self.table.setFocus()
                if self.selected_hit() is None:
                    self.table.selectRow(0)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.open_selected()
                return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.show_requested.emit()
        if self.stack.currentIndex() != self.SEARCH:
            self.back_to_search()
        self.search.setFocus()
        self.search.selectAll()

    def _on_change(self, change: Change) -> None:
        if change.touches(PERSON) and self.runner.query:
            self.runner.run_now()

    # -- showing the area -----------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.keeper.refresh()
        if self.stack.currentIndex() == self.SEARCH:
            QTimer.singleShot(0, self.search, self.search.setFocus)

    def back_to_search(self) -> None:
        self.stack.setCurrentIndex(self.SEARCH)
        self.person_view.clear()
        self._update_buttons()
        self.search.setFocus()
        self.search.selectAll()

    def open_person(self, person_id: uuid.UUID, *, banner: Text = "") -> None:
        self.show_requested.emit()
        self.person_view.show_person(person_id, banner=banner)
        self.stack.setCurrentIndex(self.PERSON)
        self._update_buttons()
        self.person_view.focus_first_action()

    def open_selected(self) -> None:
        if self._still_searching():
            return
        hit = self.selected_hit()
        if hit is None and self.model.rowCount():
            hit = self.model.row_at(0)
        if hit is not None:
            self.open_person(hit.row.person_id)

    # -- dialogs ------------------------------------------------------------------------------

    def new_visitor(self) -> None:
        if not self.may_register or self.opener.busy():
            return
        self.show_requested.emit()
        self.message.clear_message()
        form = VisitorForm(self.service, keeper=self.keeper, workers=self.workers, dialogs=self.dialogs,
                           may_edit_health=self.may_edit_health, parent=self)

        def done() -> None:
            if form.outcome == VisitorForm.REGISTERED:
                row = form.saved
                self.open_person(row.person_id, banner=lambda: fill(
                    self.tr("Registered as %1. Log today's visit with Ctrl+Shift+V."), row.number))
            elif form.outcome == VisitorForm.EXISTING:
                number = form.existing_number
                self.open_person(form.existing_id, banner=lambda: fill(
                    self.tr("Already registered as %1: this is that record. Log today's visit with Ctrl+Shift+V."),
                    number))
        self.opener.open(form, done)

    def log_visit(self) -> None:
        """For the person shown, or else the selected search result."""
        if not self.may_log_visit or self.opener.busy():
            return
        if self.stack.currentIndex() == self.PERSON and self.person_view.page is not None:
            row = self.person_view.page.row
            person_id, number, name = row.person_id, row.number, full_name(row)
        else:
            if self._still_searching():
                return
            hit = self.selected_hit()
            if hit is None:
                self.show_requested.emit()
                self.message.show_error(lambda: self.tr("Find the visitor first, then choose them in the list."))
                self.search.setFocus()
                return
            person_id, number, name = hit.row.person_id, hit.row.number, full_name(hit.row)
        self.show_requested.emit()
        dialog = VisitDialog(self.service, person_id=person_id, number=number, name=name, parent=self)

        def done() -> None:
            def text() -> str:
                return fill(self.tr("Visit logged for %1 (%2)."), name, number)
            if self.stack.currentIndex() == self.PERSON:
                self.person_view.banner.show_done(text)
            else:
                self.message.show_done(text)
        self.opener.open(dialog, done)

    def import_visitors(self) -> None:
        if not self.may_import or self.opener.busy():
            return
        from desktop.views.admin.import_wizard import ImportWizard

        wizard = ImportWizard(self.service, keeper=self.keeper, workers=self.workers, dialogs=self.dialogs,
                              parent=self)

        def done() -> None:
            self.keeper.refresh()
        self.opener.open(wizard, done)

    def stop(self) -> None:
        """The session ends: no more searches or refreshes, no document still being made."""
        self.runner.stop()
        self.keeper.stop()
        self.person_view.rights.stop()
