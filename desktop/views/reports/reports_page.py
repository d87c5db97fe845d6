"""The Reports area, and the honest page of an area still to come."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.i18n import fill
from desktop.views.kit.widgets import Retranslatable, heading_label
from desktop.views.shell.areas import Area, area_title


def area_promise(area: Area) -> str:
    """What the area will do, for the page shown until it does."""
    return {
        Area.VISITORS: QCoreApplication.translate(
            "Areas", "Registering walk-in visitors, finding returning ones by any spelling of "
            "their name, and logging each visit and its needs."),
        Area.REFERRALS: QCoreApplication.translate(
            "Areas", "Referrals to clinics, legal aid, shelters and other services, their "
            "follow-up, and printed referral letters."),
        Area.VOLUNTEERS: QCoreApplication.translate(
            "Areas", "The volunteer register, shifts and assignments, hours worked, and "
            "printed rosters."),
        Area.REPORTS: QCoreApplication.translate(
            "Areas", "Counts of visitors, visits, referrals and volunteer hours for the "
            "branch and for headquarters."),
        Area.EXCHANGE: QCoreApplication.translate(
            "Areas", "Encrypted bundles of the branch's records for headquarters, and the "
            "answers that come back."),
    }[area]


class ComingLaterPage(Retranslatable, QWidget):
    """Says plainly that this part is not there yet; nothing on it pretends to work."""

    def __init__(self, area: Area, parent: QWidget | None = None):
        super().__init__(parent)
        self.area = area
        self.setObjectName(f"page_{area.name.lower()}")
        self.heading = heading_label(self)
        self.promise = QLabel(self)
        self.promise.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setObjectName("coming_later")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addWidget(self.promise)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(area_title(self.area))
        self.notice.setText(self.tr("This part of Qamqor is coming in a later version. "
                                    "Nothing here works yet."))
        self.promise.setText(fill(self.tr("Planned: %1"), area_promise(self.area)))
