"""The page an area shows to a role that may not open it: the area's title
and, in the person's language, why not and who does that work."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.services.permissions import Role, role_label
from desktop.views.kit.widgets import Retranslatable, heading_label


class NoAccessPage(Retranslatable, QWidget):
    """An area names itself (``title``) and says why this role stays out (``reason``,
    given the role's name); the page lays them out and keeps them in the chosen language.
    The services refuse the same role anyway: this page only spares it a locked door."""

    def __init__(self, role: Role, *, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.role = role
        self.heading = heading_label(self)
        self.notice = QLabel(self)
        self.notice.setObjectName("no_access")
        self.notice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        self.retranslate_ui()

    def title(self) -> str:
        raise NotImplementedError

    def reason(self, role: str) -> str:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        self.heading.setText(self.title())
        self.notice.setText(self.reason(role_label(self.role)))
