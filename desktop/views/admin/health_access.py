"""Access to restricted health information, on the Settings page of a director
or caseworker: whether they hold the key, and giving it to colleagues who
wait for it (services/health.py says who may give it to whom)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from desktop.errors import Refused
from desktop.i18n import fill
from desktop.services.health import Colleague, HealthAccessService
from desktop.services.permissions import role_label
from desktop.views.kit.changes import USER, Change, ChangeBus
from desktop.views.kit.widgets import MessageLabel, Retranslatable, busy


class HealthAccessBox(Retranslatable, QGroupBox):
    def __init__(self, service: HealthAccessService, *, bus: ChangeBus, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("health_access")
        self.service = service
        self.bus = bus
        self.waiting: list[Colleague] = []
        self.state = QLabel(self)
        self.state.setObjectName("health_access_state")
        self.state.setWordWrap(True)
        self.colleagues = QListWidget(self)
        self.colleagues.setObjectName("health_waiting")
        self.colleagues.setMaximumHeight(120)
        self.colleagues.itemSelectionChanged.connect(self._update_button)
        self.grant_button = QPushButton(self)
        self.grant_button.setObjectName("grant_health_key")
        self.grant_button.clicked.connect(self.grant)
        self.message = MessageLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.grant_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.colleagues)
        layout.addLayout(row)
        layout.addWidget(self.message)
        bus.changed.connect(self._on_change)
        self.reload()

    def reload(self) -> None:
        self.waiting = self.service.waiting() if self.service.holds_key() else []
        self.colleagues.clear()
        for colleague in self.waiting:
            item = QListWidgetItem(f"{colleague.display_name} — {role_label(colleague.role)}", self.colleagues)
            item.setData(Qt.ItemDataRole.UserRole, colleague.username)
        if self.waiting:
            self.colleagues.setCurrentRow(0)
        self.colleagues.setVisible(bool(self.waiting))
        self.grant_button.setVisible(bool(self.waiting))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Access to restricted health information"))
        self.grant_button.setText(self.tr("&Give the key"))
        self.grant_button.setToolTip(self.tr("Recorded in the audit trail."))
        if not self.service.holds_key():
            self.state.setText(self.tr(
                "Your account has not been given the key to restricted health information yet. A director or "
                "caseworker who holds it gives it to you on their Settings page; then log in again."))
        elif self.waiting:
            self.state.setText(self.tr(
                "You hold the key to restricted health information. These colleagues' roles may see it, but they "
                "have not been given the key yet. Give it only to colleagues you know: the administrator makes "
                "accounts, but cannot give the key."))
        else:
            self.state.setText(self.tr(
                "You hold the key to restricted health information, as does every colleague whose role may "
                "see it."))

    def _update_button(self) -> None:
        self.grant_button.setEnabled(self.colleagues.currentItem() is not None)

    def _on_change(self, change: Change) -> None:
        if change.touches(USER):
            self.reload()

    def grant(self) -> None:
        item = self.colleagues.currentItem()
        if item is None:
            return
        username = item.data(Qt.ItemDataRole.UserRole)
        name = item.text()
        try:
            with busy():
                self.service.grant(username)
        except Refused as err:
            self.message.show_error(str(err))
            return
        self.reload()
        self.message.show_done(fill(self.tr("%1 now holds the key (from their next log-in)."), name))
