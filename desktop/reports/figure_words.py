"""The words of a report of figures, in the catalogue's context "Statistics":
what each indicator and breakdown is called, the few words around the
figures, a workbook sheet's name for each table. A branch's report
(services/statistics_report.py) and HQ's report across branches
(hq/report.py) name their tables with these, so both read the same.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: the tables a report holds, in this order (the long CSV's indicators and
#: breakdowns; new and returning people go as totals only), at a branch and at HQ alike
REPORT_TABLES = (
    ("people_reached", "total"), ("people_reached", "sex"), ("people_reached", "age_band"),
    ("people_reached", "citizenship"), ("people_reached", "migration_status"), ("people_reached", "service"),
    ("people_new", "total"), ("people_returning", "total"),
    ("visits", "total"), ("visits", "need"),
    ("referrals_made", "total"), ("referrals_made", "service"), ("referrals_made", "status"),
    ("referrals_completed", "total"), ("referrals_completed", "service"),
    ("volunteers_active", "total"), ("volunteers_active", "sex"), ("volunteers_active", "volunteer_age_band"),
    ("volunteer_hours", "total"), ("volunteer_hours", "sex"), ("volunteer_hours", "volunteer_age_band"),
)

INDICATOR_LABELS = {
    "people_reached": QT_TRANSLATE_NOOP("Statistics", "People reached"),
    "people_new": QT_TRANSLATE_NOOP("Statistics", "New people"),
    "people_returning": QT_TRANSLATE_NOOP("Statistics", "Returning people"),
    "visits": QT_TRANSLATE_NOOP("Statistics", "Visits"),
    "referrals_made": QT_TRANSLATE_NOOP("Statistics", "Referrals made"),
    "referrals_completed": QT_TRANSLATE_NOOP("Statistics", "Referrals completed"),
    "volunteers_active": QT_TRANSLATE_NOOP("Statistics", "Active volunteers (8 hours or more)"),
    "volunteer_hours": QT_TRANSLATE_NOOP("Statistics", "Volunteer hours"),
}

BREAKDOWN_LABELS = {
    "total": QT_TRANSLATE_NOOP("Statistics", "Total"),
    "sex": QT_TRANSLATE_NOOP("Statistics", "By sex"),
    "age_band": QT_TRANSLATE_NOOP("Statistics", "By age"),
    "volunteer_age_band": QT_TRANSLATE_NOOP("Statistics", "By age (FDRS bands)"),
    "citizenship": QT_TRANSLATE_NOOP("Statistics", "By citizenship"),
    "migration_status": QT_TRANSLATE_NOOP("Statistics", "By migration status"),
    "need": QT_TRANSLATE_NOOP("Statistics", "By need"),
    "service": QT_TRANSLATE_NOOP("Statistics", "By service"),
    "status": QT_TRANSLATE_NOOP("Statistics", "By status"),
}

WORDS = {
    "total": QT_TRANSLATE_NOOP("Statistics", "Total"),
    "unknown": QT_TRANSLATE_NOOP("Statistics", "Not known"),
    "female": QT_TRANSLATE_NOOP("Statistics", "Female"),
    "male": QT_TRANSLATE_NOOP("Statistics", "Male"),
    "withheld": QT_TRANSLATE_NOOP("Statistics", "<5"),
    "current": QT_TRANSLATE_NOOP("Statistics", "This period"),
    "previous": QT_TRANSLATE_NOOP("Statistics", "Previous period"),
    "year_before": QT_TRANSLATE_NOOP("Statistics", "A year before"),
}

# A workbook sheet's name for each table: short, since Excel allows 31 characters.
SHEETS = {
    "totals": QT_TRANSLATE_NOOP("Statistics", "Totals"),
    "months": QT_TRANSLATE_NOOP("Statistics", "By month"),
    ("people_reached", "sex"): QT_TRANSLATE_NOOP("Statistics", "People by sex"),
    ("people_reached", "age_band"): QT_TRANSLATE_NOOP("Statistics", "People by age"),
    ("people_reached", "citizenship"): QT_TRANSLATE_NOOP("Statistics", "People by citizenship"),
    ("people_reached", "migration_status"): QT_TRANSLATE_NOOP("Statistics", "People by status"),
    ("people_reached", "service"): QT_TRANSLATE_NOOP("Statistics", "People by service"),
    ("visits", "need"): QT_TRANSLATE_NOOP("Statistics", "Needs"),
    ("referrals_made", "service"): QT_TRANSLATE_NOOP("Statistics", "Referrals by service"),
    ("referrals_made", "status"): QT_TRANSLATE_NOOP("Statistics", "Referrals by status"),
    ("referrals_completed", "service"): QT_TRANSLATE_NOOP("Statistics", "Completed by service"),
    ("volunteers_active", "sex"): QT_TRANSLATE_NOOP("Statistics", "Volunteers by sex"),
    ("volunteers_active", "volunteer_age_band"): QT_TRANSLATE_NOOP("Statistics", "Volunteers by age"),
    ("volunteer_hours", "sex"): QT_TRANSLATE_NOOP("Statistics", "Hours by sex"),
    ("volunteer_hours", "volunteer_age_band"): QT_TRANSLATE_NOOP("Statistics", "Hours by age"),
}

#: "How figures are counted": the report's note, a paragraph each (services/statistics.py says the same).
NOTE = (
    QT_TRANSLATE_NOOP("Statistics", "A person is reached in a period when at least one of their visits falls on "
                                    "a day of the period; each person is counted once, however often they came."),
    QT_TRANSLATE_NOOP("Statistics", "A person reached is new when they had never visited the branch before the "
                                    "period, and returning when they had."),
    QT_TRANSLATE_NOOP("Statistics", "Ages are on the last day of the period, from the date of birth or, where only "
                                    "an estimated year of birth is known, from that year."),
    QT_TRANSLATE_NOOP("Statistics", "A visit may bring several needs, and a person may be given several services: "
                                    "those figures do not add up to the total."),
    QT_TRANSLATE_NOOP("Statistics", "A referral is made when its letter is issued; it is completed in the period in "
                                    "which it was marked completed, whenever it was made. Statuses are as they "
                                    "stand today."),
    QT_TRANSLATE_NOOP("Statistics", "A volunteer is active with 8 hours or more on completed shifts in the period; "
                                    "hours count every volunteer's time."),
    QT_TRANSLATE_NOOP("Statistics", "“<5” marks a figure withheld to protect the people counted: a count from 1 "
                                    "to 4, or another figure withheld so that such a count cannot be worked out "
                                    "from the totals."),
)
