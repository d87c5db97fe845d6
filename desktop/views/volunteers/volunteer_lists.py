"""The volunteer lists: places still open in the next two weeks, certificates
running out, which languages visitors needed that next week's volunteers do
not speak, hours by volunteer and month (with an Excel export), and the
branch's working-time limits.

Each list is a tab of its own and is read again when the records it shows
change. The coordinator edits the limits; everyone else reads them.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Refused
from desktop.i18n import fill
from desktop.services import vocab
from desktop.services.documents import XLSX, DocumentService
from desktop.services.permissions import Action, allowed
from desktop.services.shift_rules import Limits
from desktop.services.shift_planning import LANGUAGE_COVER_DAYS, ShiftPlanning
from desktop.services.shift_rows import HoursRow, LanguageCover, OpenPlace, need_label
from desktop.services.volunteer_hours import VolunteerHours
from desktop.services.volunteers import EXPIRY_WARNING_DAYS, TRAININGS, ExpiringCertificate, VolunteerService, label
from desktop.views.kit.changes import ASSIGNMENT, PERSON, SETTING, SHIFT, VISIT, VOLUNTEER, Change, ChangeBus
from desktop.views.kit.dialogs import DialogService
from desktop.views.kit.forms import DateField
from desktop.views.kit.output import DocumentOutput
from desktop.views.kit.printing import Printers
from desktop.views.kit.text import format_date, interface_language
from desktop.views.kit.widgets import ERROR_COLOUR, MessageLabel, Retranslatable, RowsTableModel
from desktop.views.kit.workers import Job, WorkerPool

# pyside6-lupdate reads translate("Context", "text"); the short name keeps lines short.
translate = QCoreApplication.translate

OPEN_PLACE_DAYS = 14
ALERT_BACKGROUND = "#fde2e0"
SOON_BACKGROUND = "#fff4d6"
SOON_TEXT = "#8a5a00"

# Record types whose change may alter a list.
WATCHED = (VOLUNTEER, PERSON, VISIT, SHIFT, ASSIGNMENT, SETTING)


def day_name(day: dt.date) -> str:
    """"Mon 01.12" in the interface language."""
    return f"{QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)} {day:%d.%m}"


def month_name(month: dt.date) -> str:
    return f"{QLocale().standaloneMonthName(month.month, QLocale.FormatType.LongFormat)} {month.year}"


def hours_text(hours: float) -> str:
    return f"{hours:.2f}".rstrip("0").rstrip(".")


class ListTableModel(RowsTableModel):
    """Rows of one list held in memory; subclasses say the headers and the cells."""

    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    NUMBERS: tuple[int, ...] = ()  # columns of counts, aligned right

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row, column: int):
        return self.cell(row, column)

    def alert(self, row) -> str | None:
        """None, "soon" or "alert": how strongly the row is marked."""
        return None

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == self.SORT_ROLE:
            return self.sort_key(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        alert = self.alert(row)
        if alert and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(ALERT_BACKGROUND if alert == "alert" else SOON_BACKGROUND))
        if alert and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(ERROR_COLOUR if alert == "alert" else SOON_TEXT))
        if alert == "alert" and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None


class OpenPlaceTableModel(ListTableModel):
    SITE, DAY, TIME, NEED, GAP = range(5)
    NUMBERS = (GAP,)

    def headers(self) -> list[str]:
        return [translate("VolunteerLists", "Site"), translate("VolunteerLists", "Day"), translate("VolunteerLists", "Time"),
                translate("VolunteerLists", "Needed"), translate("VolunteerLists", "Places open")]

    def cell(self, p: OpenPlace, column: int) -> str:
        if column == self.SITE:
            return f"{p.site_name} ({p.title})" if p.title else p.site_name
        if column == self.DAY:
            return day_name(p.starts_at.date())
        if column == self.TIME:
            return f"{p.starts_at:%H:%M}–{p.ends_at:%H:%M}"
        if column == self.NEED:
            return need_label(p)
        return str(p.missing)

    def sort_key(self, p: OpenPlace, column: int):
        if column in (self.DAY, self.TIME):
            return p.starts_at.isoformat()
        if column == self.GAP:
            return p.missing
        return self.cell(p, column)

    def alert(self, p: OpenPlace) -> str | None:
        # Within two days: little time left to find someone.
        return "alert" if p.starts_at.date() <= dt.date.today() + dt.timedelta(days=2) else None


class CertificateTableModel(ListTableModel):
    NUMBER, NAME, KIND, EXPIRES, STATE = range(5)

    def headers(self) -> list[str]:
        return [translate("VolunteerLists", "Number"), translate("VolunteerLists", "Volunteer"),
                translate("VolunteerLists", "Certificate"), translate("VolunteerLists", "Expires"), translate("VolunteerLists", "State")]

    def cell(self, c: ExpiringCertificate, column: int) -> str:
        if column == self.NUMBER:
            return c.number
        if column == self.NAME:
            return c.name
        if column == self.KIND:
            return label(TRAININGS, c.kind)
        if column == self.EXPIRES:
            return format_date(c.expires_on)
        if c.expired:
            return translate("VolunteerLists", "Expired")
        days = (c.expires_on - dt.date.today()).days
        return translate("VolunteerLists", "Expires today") if days <= 0 else self.tr("In %n day(s)", "", days)

    def sort_key(self, c: ExpiringCertificate, column: int):
        if column in (self.EXPIRES, self.STATE):
            return c.expires_on.isoformat()
        return self.cell(c, column)

    def alert(self, c: ExpiringCertificate) -> str | None:
        return "alert" if c.expired else "soon"


class LanguageCoverTableModel(ListTableModel):
    LANGUAGE, VISITORS, VOLUNTEERS, STATE = range(4)
    NUMBERS = (VISITORS, VOLUNTEERS)

    def headers(self) -> list[str]:
        return [translate("VolunteerLists", "Language"), translate("VolunteerLists", "Visitors who needed an interpreter"),
                translate("VolunteerLists", "Volunteers on next week's shifts"), translate("VolunteerLists", "Cover")]

    def cell(self, c: LanguageCover, column: int) -> str:
        if column == self.LANGUAGE:
            return vocab.LANGUAGES.get(c.language, c.language)
        if column == self.VISITORS:
            return str(c.visitors)
        if column == self.VOLUNTEERS:
            return str(c.volunteers)
        return translate("VolunteerLists", "Covered") if c.covered else translate("VolunteerLists", "NOT COVERED")

    def sort_key(self, c: LanguageCover, column: int):
        if column == self.VISITORS:
            return c.visitors
        if column == self.VOLUNTEERS:
            return c.volunteers
        return self.cell(c, column)

    def alert(self, c: LanguageCover) -> str | None:
        return None if c.covered else "alert"


class HoursTableModel(ListTableModel):
    NUMBER, NAME, MONTH, SHIFTS, HOURS = range(5)
    NUMBERS = (SHIFTS, HOURS)

    def headers(self) -> list[str]:
        return [translate("VolunteerLists", "Number"), translate("VolunteerLists", "Volunteer"), translate("VolunteerLists", "Month"),
                translate("VolunteerLists", "Shifts"), translate("VolunteerLists", "Hours")]

    def cell(self, h: HoursRow, column: int) -> str:
        return {self.NUMBER: h.number, self.NAME: h.name, self.MONTH: month_name(h.month),
                self.SHIFTS: str(h.shifts), self.HOURS: hours_text(h.hours)}[column]

    def sort_key(self, h: HoursRow, column: int):
        if column == self.MONTH:
            return h.month.isoformat()
        if column == self.SHIFTS:
            return h.shifts
        if column == self.HOURS:
            return h.minutes
        return self.cell(h, column)


def list_table(model: ListTableModel, parent: QWidget, name: str) -> QTableView:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(ListTableModel.SORT_ROLE)
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setHighlightSections(False)
    header.setStretchLastSection(False)  # counts stay beside their rows, not at the far edge
    table.setSortingEnabled(True)
    return table


def explanation_label(parent: QWidget) -> QLabel:
    text = QLabel(parent)
    text.setWordWrap(True)
    text.setTextFormat(Qt.TextFormat.PlainText)
    return text


class VolunteerLists(Retranslatable, QWidget):
    """Open places, certificates, language cover, hours and limits, one tab each."""

    OPEN, CERTIFICATES, LANGUAGES, HOURS, LIMITS = range(5)

    def __init__(self, volunteers: VolunteerService, shifts: ShiftPlanning, hours: VolunteerHours, *,
                 documents: DocumentService, printers: Printers, workers: WorkerPool, bus: ChangeBus,
                 dialogs: DialogService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("volunteer_lists")
        self.volunteers = volunteers
        self.shifts = shifts
        self.hours = hours
        self.workers = workers
        self.bus = bus
        self.dialogs = dialogs
        self.may_set_limits = allowed(shifts.identity.role, Action.PLAN_SHIFTS)
        self.hours_job: Job | None = None  # the hours of a period: years of them take seconds

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("volunteer_list_tabs")
        self.message = MessageLabel(self)
        self.message.setObjectName("lists_message")
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("refresh_lists")
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.reload)

        # -- open places ----------------------------------------------------------------
        self.open_tab = QWidget(self)
        self.open_note = explanation_label(self.open_tab)
        self.open_model = OpenPlaceTableModel(self)
        self.open_table = list_table(self.open_model, self.open_tab, "open_places")
        self.open_table.sortByColumn(OpenPlaceTableModel.DAY, Qt.SortOrder.AscendingOrder)
        self.open_empty = explanation_label(self.open_tab)
        self.open_empty.setObjectName("open_places_empty")
        layout = QVBoxLayout(self.open_tab)
        layout.addWidget(self.open_note)
        layout.addWidget(self.open_empty)
        layout.addWidget(self.open_table, 1)

        # -- certificates ------------------------------------------------------------------
        self.cert_tab = QWidget(self)
        self.cert_note = explanation_label(self.cert_tab)
        self.cert_model = CertificateTableModel(self)
        self.cert_table = list_table(self.cert_model, self.cert_tab, "expiring_certificates")
        self.cert_table.sortByColumn(CertificateTableModel.EXPIRES, Qt.SortOrder.AscendingOrder)
        self.cert_empty = explanation_label(self.cert_tab)
        layout = QVBoxLayout(self.cert_tab)
        layout.addWidget(self.cert_note)
        layout.addWidget(self.cert_empty)
        layout.addWidget(self.cert_table, 1)

        # -- language cover -----------------------------------------------------------------
        self.cover_tab = QWidget(self)
        self.cover_note = explanation_label(self.cover_tab)
        self.uncovered = explanation_label(self.cover_tab)
        self.uncovered.setObjectName("uncovered_languages")
        self.uncovered.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.cover_model = LanguageCoverTableModel(self)
        self.cover_table = list_table(self.cover_model, self.cover_tab, "language_cover")
        self.cover_empty = explanation_label(self.cover_tab)
        layout = QVBoxLayout(self.cover_tab)
        layout.addWidget(self.cover_note)
        layout.addWidget(self.uncovered)
        layout.addWidget(self.cover_empty)
        layout.addWidget(self.cover_table, 1)

        # -- hours ----------------------------------------------------------------------------
        self.hours_tab = QWidget(self)
        today = dt.date.today()
        first = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)  # the month before this one
        self.hours_from = DateField(self.hours_tab)
        self.hours_from.setObjectName("hours_from")
        self.hours_from.set_date(first)
        self.hours_to = DateField(self.hours_tab)
        self.hours_to.setObjectName("hours_to")
        self.hours_to.set_date(today)
        self.hours_from_label = QLabel(self.hours_tab)
        self.hours_from_label.setBuddy(self.hours_from)
        self.hours_to_label = QLabel(self.hours_tab)
        self.hours_to_label.setBuddy(self.hours_to)
        self.show_hours_button = QPushButton(self.hours_tab)
        self.show_hours_button.setObjectName("show_hours")
        self.show_hours_button.clicked.connect(self.load_hours)
        for field in (self.hours_from, self.hours_to):
            field.returnPressed.connect(self.load_hours)
        self.export_button = QPushButton(self.hours_tab)
        self.export_button.setObjectName("export_hours")
        self.export_button.clicked.connect(self.export_hours)
        self.hours_total = QLabel(self.hours_tab)
        self.hours_total.setObjectName("hours_total")
        self.hours_model = HoursTableModel(self)
        self.hours_table = list_table(self.hours_model, self.hours_tab, "hours_table")
        self.output = DocumentOutput(documents, workers=workers, dialogs=dialogs, printers=printers,
                                     message=self.message, name="hours_export", parent=self.hours_tab)
        self.output.busy_changed.connect(lambda busy: self.export_button.setEnabled(not busy))
        period = QHBoxLayout()
        period.addWidget(self.hours_from_label)
        period.addWidget(self.hours_from)
        period.addWidget(self.hours_to_label)
        period.addWidget(self.hours_to)
        period.addWidget(self.show_hours_button)
        period.addStretch(1)
        period.addWidget(self.export_button)
        export_row = QHBoxLayout()
        export_row.addWidget(self.hours_total, 1)
        export_row.addWidget(self.output.long_work, 1)
        layout = QVBoxLayout(self.hours_tab)
        layout.addLayout(period)
        layout.addWidget(self.hours_table, 1)
        layout.addLayout(export_row)

        # -- limits -----------------------------------------------------------------------------
        self.limits_tab = QWidget(self)
        self.limits_note = explanation_label(self.limits_tab)
        self.max_day = self._hours_box("max_day_hours", 1, 24)
        self.max_week = self._hours_box("max_week_hours", 1, 168)
        self.min_rest = self._hours_box("min_rest_hours", 0, 24)
        self.limit_labels = [QLabel(self.limits_tab) for _ in range(3)]
        limits_form = QFormLayout()
        limits_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        limits_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for lab, box in zip(self.limit_labels, (self.max_day, self.max_week, self.min_rest)):
            lab.setBuddy(box)
            limits_form.addRow(lab, box)
        self.save_limits_button = QPushButton(self.limits_tab)
        self.save_limits_button.setObjectName("save_limits")
        self.save_limits_button.clicked.connect(self.save_limits)
        self.save_limits_button.setVisible(self.may_set_limits)
        self.limits_message = MessageLabel(self.limits_tab)
        self.limits_message.setObjectName("limits_message")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_limits_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.limits_tab)
        layout.addWidget(self.limits_note)
        layout.addLayout(limits_form)
        layout.addWidget(self.limits_message)
        layout.addLayout(buttons)
        layout.addStretch(1)

        for tab in (self.open_tab, self.cert_tab, self.cover_tab, self.hours_tab, self.limits_tab):
            self.tabs.addTab(tab, "")
        self.tabs.setCornerWidget(self.refresh_button, Qt.Corner.TopRightCorner)
        main = QVBoxLayout(self)
        main.setContentsMargins(0, 8, 0, 0)
        main.addWidget(self.message)
        main.addWidget(self.tabs, 1)

        bus.changed.connect(self._on_change)
        self.retranslate_ui()
        self.reload()

    def _hours_box(self, name: str, low: float, high: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self.limits_tab)
        box.setObjectName(name)
        box.setRange(low, high)
        box.setDecimals(1)
        box.setSingleStep(0.5)
        box.setMinimumWidth(box.fontMetrics().horizontalAdvance("0000.0") + 40)
        box.setReadOnly(not self.may_set_limits)
        if not self.may_set_limits:
            box.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        return box

    # -- language ---------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        for i, text in enumerate((self.tr("Open places"), self.tr("Certificates"), self.tr("Language cover"),
                                  self.tr("Hours"), self.tr("Limits"))):
            self.tabs.setTabText(i, text)
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        self.open_note.setText(self.tr("Places still open on the shifts of the next %n day(s), soonest first. "
                                       "Those within two days are marked.", "", OPEN_PLACE_DAYS))
        self.open_empty.setText(self.tr("Every place on the coming shifts is filled."))
        self.cert_note.setText(self.tr("Certificates that expire within %n day(s), and those that have expired "
                                       "and were not renewed.", "", EXPIRY_WARNING_DAYS))
        self.cert_empty.setText(self.tr("No certificate expires soon."))
        self.cover_note.setText(self.tr(
            "Languages visitors needed an interpreter for in the last %n day(s) (how many people, no names), "
            "against the volunteers speaking them well on next week's shifts.", "", LANGUAGE_COVER_DAYS))
        self.cover_empty.setText(self.tr("No visitor needed an interpreter in this time."))
        self.hours_from_label.setText(self.tr("&From:"))
        self.hours_to_label.setText(self.tr("&To:"))
        for field in (self.hours_from, self.hours_to):
            field.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.show_hours_button.setText(self.tr("&Show"))
        self.export_button.setText(self.tr("&Export to Excel…"))
        if self.may_set_limits:
            self.limits_note.setText(self.tr("The branch's working-time limits. Assigning a volunteer beyond "
                                             "them asks for a reason first."))
        else:
            self.limits_note.setText(self.tr("The branch's working-time limits. Only the coordinator changes "
                                             "them."))
        for lab, text in zip(self.limit_labels, (self.tr("Hours a &day at most:"), self.tr("Hours a &week at most:"),
                                                 self.tr("&Rest between shifts at least (hours):"))):
            lab.setText(text)
        self.save_limits_button.setText(self.tr("Save limits"))
        for model in (self.open_model, self.cert_model, self.cover_model, self.hours_model):
            model.retranslate()
        self._show_uncovered()
        self._show_hours_total()

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Every list read again (they are small: a branch's next weeks and register)."""
        self.message.clear_message()
        today = dt.date.today()
        try:
            self.open_model.set_rows(self.shifts.open_places(today, today + dt.timedelta(days=OPEN_PLACE_DAYS - 1)))
            self.cert_model.set_rows(self.volunteers.expiring_certificates())
            self.cover_model.set_rows(self.shifts.language_cover())
            self._show_limits(self.shifts.limits())
        except Refused as err:
            self.message.show_error(str(err))
            return
        self.load_hours()
        self.open_empty.setVisible(self.open_model.rowCount() == 0)
        self.open_table.setVisible(self.open_model.rowCount() > 0)
        self.cert_empty.setVisible(self.cert_model.rowCount() == 0)
        self.cert_table.setVisible(self.cert_model.rowCount() > 0)
        self.cover_empty.setVisible(self.cover_model.rowCount() == 0)
        self.cover_table.setVisible(self.cover_model.rowCount() > 0)
        self._show_uncovered()

    def _on_change(self, change: Change) -> None:
        if change.touches(*WATCHED) and self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        # Read again each time it comes in front: another desk on the same server
        # may have changed the plan, and the next fourteen days move on.
        self.reload()

    def _show_uncovered(self) -> None:
        missing = [c for c in self.cover_model.rows() if not c.covered]
        if missing:
            self.uncovered.setText(fill(self.tr("No volunteer on next week's shifts speaks: %1."),
                                        ", ".join(vocab.LANGUAGES.get(c.language, c.language) for c in missing)))
        self.uncovered.setVisible(bool(missing))

    # -- hours -------------------------------------------------------------------------------------
    def _period(self) -> tuple[dt.date, dt.date] | None:
        try:
            start, end = self.hours_from.date(), self.hours_to.date()
        except Refused as err:
            self.message.show_error(str(err))
            return None
        if start is None or end is None:
            self.message.show_error(lambda: self.tr("Give the first and the last day of the period."))
            return None
        if end < start:
            self.message.show_error(lambda: self.tr("The period ends before it starts."))
            return None
        return start, end

    def load_hours(self) -> None:
        """Counted on a pool thread: a long period of a big branch takes seconds."""
        period = self._period()
        if period is None:
            return
        if self.hours_job is not None:
            self.hours_job.discard()
        hours = self.hours

        def done(rows) -> None:
            self.hours_job = None
            self.hours_model.set_rows(rows)
            self._show_hours_total()

        def failed(text: str) -> None:
            self.hours_job = None
            self.hours_total.clear()
            self.message.show_error(text)
        self.hours_total.setText(self.tr("Counting the hours…"))
        self.hours_job = self.workers.start(lambda _ctx: hours.hours_by_volunteer_and_month(*period),
                                            on_done=done, on_failed=failed)

    def _show_hours_total(self) -> None:
        rows = self.hours_model.rows()
        total = sum(r.minutes for r in rows) / 60
        people = len({r.volunteer_id for r in rows})
        self.hours_total.setText(fill(self.tr("Hours in all: %1 (%2)"), hours_text(total),
                                      self.tr("%n volunteer(s)", "", people)))

    def export_hours(self) -> None:
        if self.output.busy():
            return
        period = self._period()
        if period is None:
            return
        start, end = period
        documents, lang = self.output.documents, interface_language()
        self.output.save(lambda _ctx, _preview: documents.hours_workbook(start, end, lang=lang),
                         file_name=f"hours-{start:%Y-%m-%d}-{end:%Y-%m-%d}.xlsx", media_type=XLSX,
                         title=self.tr("Export the hours to Excel"),
                         saved=lambda path: fill(self.tr("The hours were saved as %1."), str(path)))

    # -- limits ----------------------------------------------------------------------------------------
    def _show_limits(self, limits: Limits) -> None:
        self.max_day.setValue(limits.max_day_hours)
        self.max_week.setValue(limits.max_week_hours)
        self.min_rest.setValue(limits.min_rest_hours)

    def save_limits(self) -> None:
        if not self.may_set_limits:
            return
        self.limits_message.clear_message()
        try:
            self.shifts.set_limits(Limits(self.max_day.value(), self.max_week.value(), self.min_rest.value()))
        except Refused as err:
            self.limits_message.show_error(str(err))
            return
        self.limits_message.show_done(lambda: self.tr("The limits were saved. They apply to assignments from now on."))

    def stop(self) -> None:
        if self.hours_job is not None:
            self.hours_job.discard()
        self.output.stop()
