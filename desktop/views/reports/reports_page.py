"""The Reports area: the branch's figures for a period at a glance, beside
the previous period's and the same period's a year before, with the months'
bars and each breakdown as a chart and its table; and the report to save,
print or send (the document seam's PDF or workbook).

This is the director's own screen: the figures are exact. What leaves the
branch (the report) withholds small counts unless the director or the
administrator deliberately asks for exact ones. Caseworkers see the referral
figures only; the service decides that, the page shows what it is given.

The figures are counted on the window's worker threads (a year over a large
branch takes a second or more, the first one after opening longer): the page
says it is counting and keeps its controls live; a newer choice replaces a
count still running.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QTabWidget, QVBoxLayout, QWidget)

from desktop.errors import Refused
from desktop.i18n import fill
from desktop.services import vocab
from desktop.services.documents import PDF as PDF_TYPE, XLSX as XLSX_TYPE, DocumentService
from desktop.services.permissions import Action, Role, allowed
from desktop.services.referrals import CATEGORIES
from desktop.services.statistics import (PEOPLE_SECTION, REFERRAL_SECTION, VOLUNTEER_SECTION, Dashboard, Filters,
                                         Period, StatisticsService)
from desktop.services.statistics_report import (breakdown_label, category_label, indicator_label, period_dates,
                                                period_label)
from desktop.views.kit.changes import ASSIGNMENT, PERSON, REFERRAL, SETTING, SHIFT, VISIT, VOLUNTEER, Change, ChangeBus
from desktop.views.kit.dates import pydate, qdate
from desktop.views.kit.dialogs import DialogService
from desktop.views.kit.no_access import NoAccessPage
from desktop.views.kit.opener import DialogOpener
from desktop.views.kit.output import DocumentOutput
from desktop.views.kit.printing import Printers
from desktop.views.kit.text import interface_language
from desktop.views.kit.widgets import MessageLabel, Retranslatable, heading_label
from desktop.views.kit.workers import Job, WorkerPool
from desktop.views.shell.areas import Area, area_title

from .charts import Series
from .figure_cards import FigureCard, FigureLine, FiguresTableModel, change_text, figure_text, figures_table
from .report_dialog import XLSX, ReportOptionsDialog

PERIODS = (
    ("this_month", QT_TRANSLATE_NOOP("Dashboard", "This month")),
    ("last_month", QT_TRANSLATE_NOOP("Dashboard", "Last month")),
    ("this_quarter", QT_TRANSLATE_NOOP("Dashboard", "This quarter")),
    ("this_year", QT_TRANSLATE_NOOP("Dashboard", "This year")),
    ("range", QT_TRANSLATE_NOOP("Dashboard", "Chosen dates")),
)
HEADLINE = (
    (PEOPLE_SECTION, "people_reached"), (PEOPLE_SECTION, "people_new"), (PEOPLE_SECTION, "people_returning"),
    (PEOPLE_SECTION, "visits"), (REFERRAL_SECTION, "referrals_made"), (REFERRAL_SECTION, "referrals_completed"),
    (VOLUNTEER_SECTION, "volunteers_active"), (VOLUNTEER_SECTION, "volunteer_hours"),
)
# The tabs after the overview: what section they need, the months' series, the breakdowns.
TABS = (
    ("people", QT_TRANSLATE_NOOP("Dashboard", "People"), PEOPLE_SECTION, ("people_reached",),
     (("people_reached", "sex"), ("people_reached", "age_band"), ("people_reached", "citizenship"),
      ("people_reached", "migration_status"), ("people_reached", "service"))),
    ("visits", QT_TRANSLATE_NOOP("Dashboard", "Visits and needs"), PEOPLE_SECTION, ("visits",),
     (("visits", "need"),)),
    ("referrals", QT_TRANSLATE_NOOP("Dashboard", "Referrals"), REFERRAL_SECTION,
     ("referrals_made", "referrals_completed"),
     (("referrals_made", "service"), ("referrals_made", "status"), ("referrals_completed", "service"))),
    ("volunteers", QT_TRANSLATE_NOOP("Dashboard", "Volunteers"), VOLUNTEER_SECTION, ("volunteer_hours",),
     (("volunteers_active", "sex"), ("volunteers_active", "volunteer_age_band"), ("volunteer_hours", "sex"),
      ("volunteer_hours", "volunteer_age_band"))),
)
# people tables that also split new from returning people
SPLIT = ("sex", "age_band", "citizenship", "migration_status")


def preset_period(code: str, today: dt.date) -> Period | None:
    if code == "this_month":
        return Period.month(today.year, today.month)
    if code == "last_month":
        before = today.replace(day=1) - dt.timedelta(days=1)
        return Period.month(before.year, before.month)
    if code == "this_quarter":
        return Period.quarter(today.year, (today.month - 1) // 3 + 1)
    if code == "this_year":
        return Period.year(today.year)
    return None


class NoReportsAccessPage(NoAccessPage):
    """Receptionists and coordinators: the branch's figures are the director's."""

    def __init__(self, role: Role, parent: QWidget | None = None):
        super().__init__(role, name="page_reports", parent=parent)

    def title(self) -> str:
        return area_title(Area.REPORTS)

    def reason(self, role: str) -> str:
        return fill(self.tr(
            "Your role (%1) has no access to the branch's figures. Directors and administrators see them; "
            "caseworkers see the referral figures."), role)


class ReportsPage(Retranslatable, QWidget):
    overdue_requested = Signal()  # the person wants the list of overdue referrals

    def __init__(self, service: StatisticsService, *, documents: DocumentService, printers: Printers,
                 workers: WorkerPool, bus: ChangeBus, dialogs: DialogService, may_open_referrals: bool,
                 branch_code: str = "", today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page_reports")
        self.service = service
        self.workers = workers
        self.dialogs = dialogs
        self.today = today
        self.branch_code = branch_code
        self.sections = service.sections()
        self.may_report = allowed(service.identity.role, Action.VIEW_STATISTICS)
        self.may_open_referrals = may_open_referrals
        self.job: Job | None = None
        self.dashboard: Dashboard | None = None
        self.shown_period: Period | None = None
        self.stale = True
        self.staff_loaded = False

        self.heading = heading_label(self)
        # -- the period and the filters ------------------------------------------------
        self.period_choice = QComboBox(self)
        self.period_choice.setObjectName("period_choice")
        for code, _text in PERIODS:
            self.period_choice.addItem("", code)
        self.first_day = QDateEdit(self)
        self.first_day.setObjectName("first_day")
        self.last_day = QDateEdit(self)
        self.last_day.setObjectName("last_day")
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.period_label = QLabel(self)
        self.period_label.setBuddy(self.period_choice)
        self.dash = QLabel("–", self)
        self.staff = QComboBox(self)
        self.staff.setObjectName("staff_filter")
        self.staff.addItem("", "")
        self.staff_label = QLabel(self)
        self.staff_label.setBuddy(self.staff)
        self.service_given = QComboBox(self)
        self.service_given.setObjectName("service_filter")
        self.service_given.addItem("", "")
        for code in vocab.SERVICES:
            self.service_given.addItem("", code)
        self.service_label = QLabel(self)
        self.service_label.setBuddy(self.service_given)
        self.referred_to = QComboBox(self)
        self.referred_to.setObjectName("referral_service_filter")
        self.referred_to.addItem("", "")
        for code in CATEGORIES:
            self.referred_to.addItem("", code)
        self.referred_label = QLabel(self)
        self.referred_label.setBuddy(self.referred_to)
        # -- the report --------------------------------------------------------------------
        self.preview_button = QPushButton(self)
        self.preview_button.setObjectName("preview_report")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_report")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print_report")
        self.preview_button.clicked.connect(lambda: self.ask_report("preview"))
        self.save_button.clicked.connect(lambda: self.ask_report("save"))
        self.print_button.clicked.connect(lambda: self.ask_report("print"))
        self.summary = QLabel(self)
        self.summary.setObjectName("dashboard_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.counting = QLabel(self)
        self.counting.setObjectName("counting")
        self.counting.hide()
        self.message = MessageLabel(self)
        self.message.setObjectName("reports_message")
        self.opener = DialogOpener(self)
        self.output = DocumentOutput(documents, workers=workers, dialogs=dialogs, printers=printers,
                                     message=self.message, name="report_output", parent=self)
        self.output.busy_changed.connect(self._update_buttons)
        self.opener.busy_changed.connect(self._update_buttons)

        # -- the overview ------------------------------------------------------------------
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dashboard_tabs")
        self.overview = QWidget()
        self.totals_model = FiguresTableModel(self)
        self.totals = figures_table(self.totals_model, self.overview, "totals_table")
        self.totals_box = QGroupBox(self.overview)
        QVBoxLayout(self.totals_box).addWidget(self.totals)
        self.overdue_box = QGroupBox(self.overview)
        self.overdue_box.setObjectName("overdue_box")
        self.overdue_count = QLabel(self.overdue_box)
        self.overdue_count.setObjectName("overdue_count")
        font = self.overdue_count.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.overdue_count.setFont(font)
        self.overdue_text = QLabel(self.overdue_box)
        self.overdue_text.setWordWrap(True)
        self.overdue_button = QPushButton(self.overdue_box)
        self.overdue_button.setObjectName("open_overdue")
        self.overdue_button.clicked.connect(self.overdue_requested.emit)
        self.overdue_button.setVisible(may_open_referrals)
        # A band above the totals: the count, what it counts, the way to the list.
        # One line: a wrapped label here would leave the page's layout guessing
        # its height, and squeeze the tables below it.
        self.overdue_text.setWordWrap(False)
        box = QHBoxLayout(self.overdue_box)
        box.addWidget(self.overdue_count)
        box.addWidget(self.overdue_text, 1)
        box.addWidget(self.overdue_button)
        self.notice = QLabel(self.overview)
        self.notice.setObjectName("period_notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        main = "people_reached" if PEOPLE_SECTION in self.sections else "referrals_made"
        self.overview_months = FigureCard(f"overview_{main}", months=True, parent=self.overview)
        self.overview_series = (main,)
        grid = QGridLayout(self.overview)
        grid.setContentsMargins(8, 8, 8, 8)
        grid.addWidget(self.notice, 0, 0, 1, 2)
        grid.addWidget(self.overdue_box, 1, 0, 1, 2)
        # The totals' five columns of figures take the whole width.
        grid.addWidget(self.totals_box, 2, 0, 1, 2)
        grid.addWidget(self.overview_months, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)
        self.tabs.addTab(self._scrolled(self.overview), "")
        # -- a tab for each part the role sees ---------------------------------------------
        self.tab_keys: list[str] = ["overview"]
        self.cards: dict[str, FigureCard] = {}
        self.month_cards: dict[str, tuple[FigureCard, tuple[str, ...]]] = {}
        for key, _title, section, series, breakdowns in TABS:
            if section not in self.sections:
                continue
            page = QWidget()
            column = QVBoxLayout(page)
            column.setContentsMargins(8, 8, 8, 8)
            column.setSpacing(10)
            months = FigureCard(f"months_{key}", months=True, parent=page)
            self.month_cards[key] = (months, series)
            column.addWidget(months)
            for indicator, breakdown in breakdowns:
                card = FigureCard(f"{indicator}/{breakdown}", parent=page)
                self.cards[card.key] = card
                column.addWidget(card)
            column.addStretch(1)
            self.tabs.addTab(self._scrolled(page), "")
            self.tab_keys.append(key)

        # -- layout ------------------------------------------------------------------------
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        for b in (self.preview_button, self.save_button, self.print_button):
            b.setVisible(self.may_report)
            top.addWidget(b)
        choose = QHBoxLayout()
        choose.addWidget(self.period_label)
        choose.addWidget(self.period_choice)
        choose.addWidget(self.first_day)
        choose.addWidget(self.dash)
        choose.addWidget(self.last_day)
        choose.addSpacing(16)
        choose.addWidget(self.staff_label)
        choose.addWidget(self.staff, 1)
        narrow = QHBoxLayout()
        if PEOPLE_SECTION in self.sections:
            narrow.addWidget(self.service_label)
            narrow.addWidget(self.service_given, 1)
            narrow.addSpacing(16)
        else:
            self.service_label.hide()
            self.service_given.hide()
        narrow.addWidget(self.referred_label)
        narrow.addWidget(self.referred_to, 1)
        status = QHBoxLayout()
        status.addWidget(self.summary, 1)
        status.addWidget(self.counting)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(choose)
        layout.addLayout(narrow)
        layout.addLayout(status)
        layout.addWidget(self.output.long_work)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        self.retranslate_ui()
        self._set_dates(preset_period("this_month", self._today()))
        self.period_choice.currentIndexChanged.connect(self._preset_chosen)
        for edit in (self.first_day, self.last_day):
            edit.dateChanged.connect(self._dates_edited)
        for combo in (self.staff, self.service_given, self.referred_to):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.overdue_button.setEnabled(False)
        bus.changed.connect(self._on_change)

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(widget)
        return area

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    # -- language ------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.heading.setText(area_title(Area.REPORTS))
        self.period_label.setText(self.tr("&Period:"))
        for i, (_code, text) in enumerate(PERIODS):
            self.period_choice.setItemText(i, QCoreApplication.translate("Dashboard", text))
        self.staff_label.setText(self.tr("&Staff member:"))
        self.staff.setItemText(0, self.tr("Everyone"))
        self.service_label.setText(self.tr("Service &given:"))
        self.service_given.setItemText(0, self.tr("Any service"))
        for i, code in enumerate(vocab.SERVICES, start=1):
            self.service_given.setItemText(i, vocab.label(vocab.SERVICES, code))
        self.referred_label.setText(self.tr("&Referred to:"))
        self.referred_to.setItemText(0, self.tr("Any service"))
        for i, code in enumerate(CATEGORIES, start=1):
            self.referred_to.setItemText(i, QCoreApplication.translate("Referrals", CATEGORIES[code]))
        self.preview_button.setText(self.tr("Report preview…"))
        self.save_button.setText(self.tr("Save report…"))
        self.print_button.setText(self.tr("Print report…"))
        self.counting.setText(self.tr("Counting…"))
        self.totals_box.setTitle(self.tr("Totals"))
        self.overdue_box.setTitle(self.tr("Overdue referrals now"))
        self.overdue_button.setText(self.tr("Show the overdue referrals"))
        self.tabs.setTabText(0, self.tr("Overview"))
        titles = {key: title for key, title, *_ in TABS}
        for i, key in enumerate(self.tab_keys[1:], start=1):
            self.tabs.setTabText(i, QCoreApplication.translate("Dashboard", titles[key]))
        if self.dashboard is not None:
            self.show_dashboard(self.dashboard)

    # -- what is asked -------------------------------------------------------------------
    def chosen_period(self) -> Period:
        preset = preset_period(self.period_choice.currentData(), self._today())
        if preset is not None:
            return preset
        return Period.spanning(pydate(self.first_day.date()), pydate(self.last_day.date()))

    def chosen_filters(self) -> Filters:
        return Filters(staff=self.staff.currentData() or "", service=self.service_given.currentData() or "",
                       referral_service=self.referred_to.currentData() or "")

    def set_period(self, code: str) -> None:
        self.period_choice.setCurrentIndex(self.period_choice.findData(code))

    def set_dates(self, first: dt.date, last: dt.date) -> None:
        """Any range of days (the period becomes "Chosen dates")."""
        self.first_day.blockSignals(True)
        self.first_day.setDate(qdate(first))
        self.first_day.blockSignals(False)
        self.last_day.setDate(qdate(last))
        self._dates_edited()

    def _set_dates(self, period: Period) -> None:
        for edit, day in ((self.first_day, period.first), (self.last_day, period.last)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)

    def _preset_chosen(self, _index: int) -> None:
        preset = preset_period(self.period_choice.currentData(), self._today())
        if preset is not None:
            self._set_dates(preset)
        self.refresh()

    def _dates_edited(self, *_args) -> None:
        if self.period_choice.currentData() != "range":
            self.period_choice.blockSignals(True)
            self.period_choice.setCurrentIndex(self.period_choice.findData("range"))
            self.period_choice.blockSignals(False)
        self.refresh()

    # -- counting --------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self.staff_loaded:
            self._load_staff()
        if self.stale:
            self.refresh()

    def _load_staff(self) -> None:
        self.staff_loaded = True
        try:
            members = self.service.staff_members()
        except Refused as err:  # the filter stays "Everyone"
            self.message.show_error(str(err))
            return
        self.staff.blockSignals(True)
        for username, name in members:
            self.staff.addItem(name, username)
        self.staff.blockSignals(False)

    def _on_change(self, change: Change) -> None:
        if change.touches(VISIT, PERSON, REFERRAL, ASSIGNMENT, SHIFT, VOLUNTEER, SETTING):
            self.stale = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        """Count the chosen period again, on a worker thread."""
        try:
            period, filters = self.chosen_period(), self.chosen_filters()
        except Refused as err:  # the last day before the first
            self.message.show_error(str(err))
            return
        if self.job is not None and self.job.running:
            self.job.discard()
        self.stale = False
        self.message.clear_message()
        self.counting.show()
        service = self.service
        by_service = PEOPLE_SECTION in self.sections
        self.job = self.workers.start(
            lambda _ctx: service.dashboard(period, filters, today=self.today, by_service=by_service),
            on_done=self._counted, on_failed=self._failed)

    def _counted(self, dashboard: Dashboard) -> None:
        self.job = None
        self.counting.hide()
        self.dashboard = dashboard
        self.show_dashboard(dashboard)

    def _failed(self, text: str) -> None:
        self.job = None
        self.counting.hide()
        self.message.show_error(text)

    def stop(self) -> None:
        """The session ends: no count or report is wanted any more."""
        if self.job is not None:
            self.job.discard()
        self.output.stop()
        self.opener.close()

    def _update_buttons(self, *_args) -> None:
        free = not self.output.busy() and not self.opener.busy()
        for b in (self.preview_button, self.save_button, self.print_button):
            b.setEnabled(free)

    # -- showing -------------------------------------------------------------------------------
    def _comparing_year(self, d: Dashboard) -> bool:
        """False when the previous period is the year before (a year): one column, not two alike."""
        return (d.previous.period.first, d.previous.period.last) != (d.year_before.period.first,
                                                                     d.year_before.period.last)

    def _columns(self, d: Dashboard, first: str, *, split: bool = False) -> tuple[list[str], list[str]]:
        lang = interface_language()
        heads = [first, self.tr("This period")]
        tips = ["", period_label(d.current.period, lang)]
        if split:
            heads += [self.tr("New"), self.tr("Returning")]
            tips += ["", ""]
        heads += [self.tr("Previous period"), self.tr("Change")]
        tips += [period_label(d.previous.period, lang), ""]
        if self._comparing_year(d):
            heads += [self.tr("A year before"), self.tr("Change")]
            tips += [period_label(d.year_before.period, lang), ""]
        return heads, tips

    def _cells(self, d: Dashboard, values: tuple[float, float, float], *, hours: bool = False,
               split: tuple[float, float] | None = None) -> tuple[str, ...]:
        now, before, year = values
        cells = [figure_text(now, hours=hours)]
        if split is not None:
            cells += [figure_text(split[0]), figure_text(split[1])]
        cells += [figure_text(before, hours=hours), change_text(now, before, hours=hours)]
        if self._comparing_year(d):
            cells += [figure_text(year, hours=hours), change_text(now, year, hours=hours)]
        return tuple(cells)

    def show_dashboard(self, d: Dashboard) -> None:
        lang = interface_language()
        self.shown_period = d.current.period
        period = d.current.period
        compared = [period_label(d.previous.period, lang)]
        if self._comparing_year(d):
            compared.append(period_label(d.year_before.period, lang))
        text = period_label(period, lang)
        if text != period_dates(period):
            text = f"{text} ({period_dates(period)})"
        self.summary.setText(fill(self.tr("%1. Compared with %2."), text, self.tr(" and ").join(compared)))
        # Why the figures may be zeros.
        today = self._today()
        if period.first > today:
            self.notice.setText(self.tr("This period has not begun yet: its figures are zeros."))
        elif d.first_record is None:
            self.notice.setText(self.tr("The branch has no visits or referrals yet."))
        elif period.last < d.first_record:
            self.notice.setText(fill(self.tr("The branch's records begin on %1, after this period."),
                                     d.first_record.strftime("%d.%m.%Y")))
        else:
            self.notice.setText("")
        self.notice.setVisible(bool(self.notice.text()))
        # The totals.
        lines = []
        for section, indicator in HEADLINE:
            if section in self.sections:
                hours = indicator == "volunteer_hours"
                lines.append(FigureLine(indicator_label(indicator, lang),
                                        self._cells(d, d.compare(indicator), hours=hours),
                                        strong=indicator in ("people_reached", "referrals_made")))
        if REFERRAL_SECTION in self.sections:
            days = tuple(f.median_days_to_completion for f in (d.current, d.previous, d.year_before))
            cells = [figure_text(days[0]), figure_text(days[1]),
                     change_text(days[0], days[1]) if None not in days[:2] else "—"]
            if self._comparing_year(d):
                cells += [figure_text(days[2]), change_text(days[0], days[2]) if None not in days[::2] else "—"]
            lines.append(FigureLine(self.tr("Median days to completion"), tuple(cells)))
        if VOLUNTEER_SECTION in self.sections:
            for label, attribute in ((self.tr("Open places on shifts"), "open_places"),
                                     (self.tr("Migrants who became volunteers"), "migrants_became_volunteers")):
                values = tuple(getattr(f, attribute) for f in (d.current, d.previous, d.year_before))
                lines.append(FigureLine(label, self._cells(d, values)))
        heads, tips = self._columns(d, "")
        self.totals_model.set_table(heads, lines, tips)
        self.overdue_count.setText(figure_text(d.overdue_now))
        self.overdue_text.setText(self.tr("Referrals issued or accepted whose due date has passed, today."))
        self.overdue_button.setEnabled(d.overdue_now > 0)
        self._show_months(self.overview_months, d, self.overview_series)
        for key, (card, series) in self.month_cards.items():
            self._show_months(card, d, series)
        for key, card in self.cards.items():
            self._show_breakdown(card, d, *key.split("/"))

    def _show_months(self, card: FigureCard, d: Dashboard, series: tuple[str, ...]) -> None:
        lang = interface_language()
        locale = QLocale()
        names = [indicator_label(indicator, lang) for indicator in series]
        card.setTitle(fill(self.tr("%1, month by month"), ", ".join(names)))
        period = d.current.period
        short, years, inside, lines, titles = [], [], [], [], []
        for i, bar in enumerate(d.months):
            # "қар." and "нояб." without the dot: thirteen of them share a narrow chart.
            short.append(locale.standaloneMonthName(bar.month.month, QLocale.FormatType.ShortFormat).rstrip("."))
            # The year under each January, and under the first month unless a January follows at once.
            first = i == 0 and bar.month.month != 12
            years.append(str(bar.month.year) if first or bar.month.month == 1 else "")
            end = (bar.month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
            inside.append(bar.month <= period.last and end >= period.first)
            long_name = locale.standaloneMonthName(bar.month.month, QLocale.FormatType.LongFormat)
            titles.append(f"{long_name[:1].upper()}{long_name[1:]} {bar.month.year}")
            lines.append(FigureLine(titles[-1], tuple(
                figure_text(getattr(bar, indicator), hours=indicator == "volunteer_hours")
                for indicator in series), strong=inside[-1]))
        card.model.set_table([self.tr("Month"), *names], lines)
        card.chart.set_bars(short, years, inside, [
            Series(name, tuple(getattr(bar, indicator) for bar in d.months),
                   tuple(figure_text(getattr(bar, indicator), hours=indicator == "volunteer_hours")
                         for bar in d.months))
            for name, indicator in zip(names, series)], titles)

    def _show_breakdown(self, card: FigureCard, d: Dashboard, indicator: str, breakdown: str) -> None:
        lang = interface_language()
        card.setTitle(f"{indicator_label(indicator, lang)} — {breakdown_label(breakdown, lang)}")
        tables = [f.table(indicator, breakdown) for f in (d.current, d.previous, d.year_before)]
        if tables[0] is None:
            card.hide()
            return
        card.show()
        codes = list(tables[0].codes)
        for t in tables[1:]:
            codes += [c for c in (t.codes if t is not None else ()) if c not in codes]
        hours = indicator == "volunteer_hours"
        split = indicator == "people_reached" and breakdown in SPLIT
        lines, labels, values, texts = [], [], [], []
        for code in codes:
            label = category_label(breakdown, code, lang, indicator=indicator)
            now, before, year = (t.value(code) if t is not None else 0 for t in tables)
            parts = None
            if split:
                parts = (d.current.value("people_new", breakdown, code),
                         d.current.value("people_returning", breakdown, code))
            lines.append(FigureLine(label, self._cells(d, (now, before, year), hours=hours, split=parts)))
            labels.append(label)
            values.append(now)
            texts.append(figure_text(now, hours=hours))
        heads, tips = self._columns(d, self.tr("Category"), split=split)
        card.model.set_table(heads, lines, tips)
        card.chart.set_bars(labels, values, texts)

    # -- the report --------------------------------------------------------------------------------
    def ask_report(self, how: str) -> None:
        """``how``: preview, save or print. Asks the report's language and
        whether its figures are withheld or exact (and, to save, PDF or
        workbook), then makes it with the figures of the period and filters
        on the screen."""
        if not self.may_report or self.output.busy() or self.opener.busy():
            return
        try:
            period, filters = self.chosen_period(), self.chosen_filters()
        except Refused as err:
            self.message.show_error(str(err))
            return
        title = {"preview": self.tr("Report preview"), "save": self.tr("Save the report"),
                 "print": self.tr("Print the report")}[how]
        text = fill(self.tr("The report of %1, with the filters chosen on this screen."),
                    period_label(period, interface_language()))
        dialog = ReportOptionsDialog(title=title, period_text=text, with_format=how == "save", parent=self)
        self.opener.open(dialog, lambda: self.make_report(
            how, period, filters, lang=dialog.chosen_language(), exact=dialog.chosen_exact(),
            workbook=dialog.chosen_format() == XLSX))

    def make_report(self, how: str, period: Period, filters: Filters, *, lang: str, exact: bool,
                    workbook: bool = False) -> None:
        documents = self.output.documents
        if workbook:
            def make(_ctx, _preview):
                return documents.report_xlsx(period, lang=lang, exact=exact, filters=filters)
            media_type, suffix = XLSX_TYPE, ".xlsx"
        else:
            def make(_ctx, preview):
                return documents.report_pdf(period, lang=lang, exact=exact, filters=filters, preview=preview)
            media_type, suffix = PDF_TYPE, ".pdf"
        code = period.code().replace("..", "_")
        file_name = f"{self.branch_code or 'report'}-{code}-{lang}{'-exact' if exact else ''}{suffix}"
        title = fill(self.tr("Report %1"), period.code())

        def saved(path) -> str:
            return fill(self.tr("The report was saved as %1."), str(path))

        def printed(queue: str) -> str:
            return fill(self.tr("The report was sent to %1."), queue)

        if how == "preview":
            self.output.show_preview(make, title=title, file_name=file_name, saved=saved, printed=printed)
        elif how == "save":
            self.output.save(make, file_name=file_name, media_type=media_type, saved=saved,
                             title=self.tr("Save the report"))
        else:
            self.output.print(make, title=title, printed=printed)
