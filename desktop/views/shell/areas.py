"""The areas of the main window."""
from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication


class Area(enum.IntEnum):
    """In navigation order; Ctrl+1 is the first."""

    VISITORS = 0
    REFERRALS = 1
    VOLUNTEERS = 2
    REPORTS = 3
    EXCHANGE = 4
    SETTINGS = 5
    STAFF = 6
    BACKUPS = 7
    RETENTION = 8


def area_title(area: Area) -> str:
    return {
        Area.VISITORS: QCoreApplication.translate("Areas", "Visitors"),
        Area.REFERRALS: QCoreApplication.translate("Areas", "Referrals"),
        Area.VOLUNTEERS: QCoreApplication.translate("Areas", "Volunteers"),
        Area.REPORTS: QCoreApplication.translate("Areas", "Reports"),
        Area.EXCHANGE: QCoreApplication.translate("Areas", "Exchange with HQ"),
        Area.SETTINGS: QCoreApplication.translate("Areas", "Settings"),
        Area.STAFF: QCoreApplication.translate("Areas", "Staff accounts"),
        Area.BACKUPS: QCoreApplication.translate("Areas", "Backups"),
        Area.RETENTION: QCoreApplication.translate("Areas", "Retention"),
    }[area]


