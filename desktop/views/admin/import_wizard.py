"""Importing a legacy register (Excel or CSV) into the branch, in four steps:
choose the file, say which column holds what (with a preview of the first rows
and their problems), import on a worker thread with progress and Cancel, and
read the report: how many were registered, which rows repeat people already
registered, and which rows could not be read."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Refused
from desktop.i18n import fill
from desktop.services.legacy_import import (
    FIELDS,
    ImportReport,
    ImportService,
    Register,
    RowResult,
    Table,
    check_rows,
    guess_mapping,
    summary,
)
from desktop.services.visitors import VisitorService
from desktop.views.kit.dialogs import DialogService
from desktop.views.kit.long_work import LongWork
from desktop.views.kit.search_index import IndexKeeper
from desktop.views.kit.text import field_label
from desktop.views.kit.widgets import ERROR_COLOUR, MessageLabel, Retranslatable, RowsTableModel, heading_label
from desktop.views.kit.workers import Job, JobContext, WorkerPool

PREVIEW_ROWS = 50


def _read(path) -> tuple[Register, Table, int]:
    """The register, its first rows for the preview, and how many rows it has
    (reading it through checks the whole file, on the worker thread)."""
    register = Register(path)
    return register, register.table(limit=PREVIEW_ROWS), register.count()
NOT_IMPORTED = QT_TRANSLATE_NOOP("ImportWizard", "— not imported —")


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y") if value.time() == dt.time() else value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value).strip()


def column_title(headers: tuple[str, ...], i: int) -> str:
    if i < len(headers) and headers[i]:
        return headers[i]
    return fill(QCoreApplication.translate("ImportWizard", "Column %1"), i + 1)


class PreviewTableModel(QAbstractTableModel):
    """The first rows of the file as Excel numbers them, each column with the
    field it goes to, and each row's problems."""

    ROW, PROBLEMS = 0, 1
    FIRST_CELL = 2  # the file's columns follow; problems come first, where they are seen

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table: Table | None = None
        self.mapping: dict[int, str] = {}
        self.problems: dict[int, tuple[str, ...]] = {}
        self._width = 0

    def set_preview(self, table: Table, mapping: dict[int, str], results: list[RowResult]) -> None:
        self.beginResetModel()
        self.table = table
        self.mapping = dict(mapping)
        self.problems = {r.row_no: r.errors for r in results if r.errors}
        self._width = max([len(table.headers), *(len(r.cells) for r in table.rows[:PREVIEW_ROWS])])
        self.endResetModel()

    @property
    def problems_column(self) -> int:
        return self.PROBLEMS

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        if parent.isValid() or self.table is None:
            return 0
        return min(len(self.table.rows), PREVIEW_ROWS)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() or self.table is None else self._width + self.FIRST_CELL

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.table is None:
            return None
        row = self.table.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.ROW:
                return str(row.row_no)
            if col == self.problems_column:
                return "\n".join(self.problems.get(row.row_no, ())) if role == Qt.ItemDataRole.ToolTipRole \
                    else "; ".join(self.problems.get(row.row_no, ()))
            i = col - self.FIRST_CELL
            return cell_text(row.cells[i]) if i < len(row.cells) else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.problems_column:
                return QColor(ERROR_COLOUR)
            if col >= self.FIRST_CELL and (col - self.FIRST_CELL) not in self.mapping:
                return QColor(Qt.GlobalColor.gray)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or self.table is None:
            return None
        if section == self.ROW:
            return QCoreApplication.translate("ImportWizard", "Row")
        if section == self.problems_column:
            return QCoreApplication.translate("ImportWizard", "Problems")
        i = section - self.FIRST_CELL
        target = self.mapping.get(i)
        title = column_title(self.table.headers, i)
        return f"{title}\n→ {field_label(target)}" if target else title


class RowListModel(RowsTableModel):
    """(row number, text) pairs of the report: duplicates or errors."""

    COLUMN_COUNT = 2
    _rows: list[tuple[int, str]]

    def __init__(self, second_title: str, parent=None):
        super().__init__(parent)
        self.second_title = second_title  # a QT_TRANSLATE_NOOP text

    def set_rows(self, rows: list[tuple[int, str]]) -> None:
        super().set_rows(sorted(rows))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row_no, text = self._rows[index.row()]
        return str(row_no) if index.column() == 0 else text

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return QCoreApplication.translate("ImportWizard", "Row")
        return QCoreApplication.translate("ImportWizard", self.second_title)

    def retranslate(self) -> None:
        # The cells are row numbers and the file's own words: only the headers change.
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)


def _table(model: QAbstractTableModel, parent: QWidget, name: str, stretch: int) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    return table


class ImportWizard(Retranslatable, QDialog):
    """Closes accepted after an import ran (``report`` holds what it did)."""

    FILE, MAPPING, IMPORTING, REPORT = range(4)

    def __init__(self, service: VisitorService, *, keeper: IndexKeeper, workers: WorkerPool,
                 dialogs: DialogService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.importer = ImportService(service.db, service.identity, keeper.index)
        self.workers = workers
        self.dialogs = dialogs
        self.path: Path | None = None
        self.table: Table | None = None  # the first rows, for the preview
        self.register: Register | None = None
        self.row_count = 0
        self.mapping: dict[int, str] = {}
        self.report: ImportReport | None = None
        self._job: Job | None = None
        self.combos: list[QComboBox] = []

        self.heading = heading_label(self, scale=1.25)
        self.steps = QStackedWidget(self)

        # -- 1. the file -------------------------------------------------------------
        self.file_step = QWidget(self)
        self.file_intro = QLabel(self.file_step)
        self.file_intro.setWordWrap(True)
        self.choose_button = QPushButton(self.file_step)
        self.choose_button.setObjectName("choose_file")
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.file_step)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setWordWrap(True)
        self.file_message = MessageLabel(self.file_step)
        file_layout = QVBoxLayout(self.file_step)
        file_layout.addWidget(self.file_intro)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.choose_button)
        choose_row.addStretch(1)
        file_layout.addLayout(choose_row)
        file_layout.addWidget(self.file_label)
        file_layout.addWidget(self.file_message)
        file_layout.addStretch(1)

        # -- 2. the columns ---------------------------------------------------------------
        self.mapping_step = QWidget(self)
        self.mapping_intro = QLabel(self.mapping_step)
        self.mapping_intro.setWordWrap(True)
        self.columns_box = QWidget()
        self.columns_form = QFormLayout(self.columns_box)
        self.columns_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.columns_scroll = QScrollArea(self.mapping_step)
        self.columns_scroll.setWidgetResizable(True)
        self.columns_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.columns_scroll.setWidget(self.columns_box)
        self.columns_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview_model = PreviewTableModel(self)
        self.preview = _table(self.preview_model, self.mapping_step, "import_preview", -1)
        self.preview.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.preview_label = QLabel(self.mapping_step)
        self.preview_label.setWordWrap(True)
        self.mapping_message = MessageLabel(self.mapping_step)
        split = QSplitter(Qt.Orientation.Horizontal, self.mapping_step)
        split.addWidget(self.columns_scroll)
        preview_side = QWidget(split)
        preview_layout = QVBoxLayout(preview_side)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.preview_label)
        preview_layout.addWidget(self.preview, 1)
        split.addWidget(preview_side)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        self.split = split
        mapping_layout = QVBoxLayout(self.mapping_step)
        mapping_layout.addWidget(self.mapping_intro)
        mapping_layout.addWidget(split, 1)
        mapping_layout.addWidget(self.mapping_message)

        # -- 3. importing ------------------------------------------------------------------
        self.import_step = QWidget(self)
        self.long_work = LongWork(workers, name="importing", parent=self.import_step)
        import_layout = QVBoxLayout(self.import_step)
        import_layout.addWidget(self.long_work)
        import_layout.addStretch(1)

        # -- 4. the report ---------------------------------------------------------------------
        self.report_step = QWidget(self)
        self.summary_label = QLabel(self.report_step)
        self.summary_label.setObjectName("import_summary")
        self.summary_label.setWordWrap(True)
        self.duplicates_label = QLabel(self.report_step)
        self.duplicates_label.setWordWrap(True)
        self.duplicates_model = RowListModel(QT_TRANSLATE_NOOP("ImportWizard", "Already registered as"), self)
        self.duplicates_table = _table(self.duplicates_model, self.report_step, "import_duplicates", 1)
        self.review_label = QLabel(self.report_step)
        self.review_label.setWordWrap(True)
        self.review_model = RowListModel(
            QT_TRANSLATE_NOOP("ImportWizard", "Registered as, and the person it may repeat"), self)
        self.review_table = _table(self.review_model, self.report_step, "import_review", 1)
        self.errors_label = QLabel(self.report_step)
        self.errors_label.setWordWrap(True)
        self.errors_model = RowListModel(QT_TRANSLATE_NOOP("ImportWizard", "Problem"), self)
        self.errors_table = _table(self.errors_model, self.report_step, "import_errors", 1)
        report_layout = QVBoxLayout(self.report_step)
        report_layout.addWidget(self.summary_label)
        report_layout.addWidget(self.duplicates_label)
        report_layout.addWidget(self.duplicates_table, 1)
        report_layout.addWidget(self.review_label)
        report_layout.addWidget(self.review_table, 1)
        report_layout.addWidget(self.errors_label)
        report_layout.addWidget(self.errors_table, 2)

        for step in (self.file_step, self.mapping_step, self.import_step, self.report_step):
            self.steps.addWidget(step)

        # -- buttons ------------------------------------------------------------------------------
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("import_back")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("import_next")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("import_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)
        self.resize(1080, 660)
        self.retranslate_ui()
        self._show_step(self.FILE)
        self.choose_button.setFocus()

    # -- language --------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import a register"))
        self.file_intro.setText(self.tr(
            "Bring in the visitors of a register the branch kept before Qamqor: an Excel workbook (.xlsx) or a CSV "
            "file whose first row names the columns. Nothing is saved until you have checked the columns and "
            "pressed Import. People already registered are skipped and listed."))
        self.choose_button.setText(self.tr("&Choose a file…"))
        self.mapping_intro.setText(self.tr(
            "Which column holds what? Qamqor guessed from the column names; correct what it got wrong. "
            "Columns left “not imported” are ignored."))
        self.duplicates_model.retranslate()
        self.review_model.retranslate()
        self.errors_model.retranslate()
        for i, combo in enumerate(self.combos):
            self._fill_combo(combo, self.mapping.get(i))
        self._update_file_label()
        self._update_preview_label()
        self._update_step_texts()

    def _update_step_texts(self) -> None:
        step = self.steps.currentIndex()
        self.heading.setText({
            self.FILE: self.tr("1. Choose the file"),
            self.MAPPING: self.tr("2. Check the columns"),
            self.IMPORTING: self.tr("3. Importing"),
            self.REPORT: self.tr("4. Report"),
        }[step])
        self.back_button.setText(self.tr("&Back"))
        self.cancel_button.setText(self.tr("Cancel") if step != self.REPORT else self.tr("Close"))
        self.next_button.setText({
            self.FILE: self.tr("&Next"),
            self.MAPPING: self.tr("&Import"),
            self.IMPORTING: self.tr("&Next"),
            self.REPORT: self.tr("Close"),
        }[step])
        if self.report is not None:
            self._show_report_texts()

    # -- steps ---------------------------------------------------------------------------------
    def _show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.back_button.setVisible(step == self.MAPPING)
        self.next_button.setVisible(step != self.IMPORTING)
        if step == self.FILE:
            self.next_button.setEnabled(self.table is not None)
        elif step == self.MAPPING:
            self.next_button.setEnabled(self.mapping_message.kind is None)
        # While importing, the Cancel beside the progress bar is the one that stops it.
        self.cancel_button.setVisible(step not in (self.IMPORTING, self.REPORT))
        self._update_step_texts()

    def next(self) -> None:
        step = self.steps.currentIndex()
        if step == self.FILE and self.table is not None:
            self._show_step(self.MAPPING)
            if self.combos:
                self.combos[0].setFocus()
        elif step == self.MAPPING:
            self.start_import()
        elif step == self.REPORT:
            self.accept()

    def back(self) -> None:
        if self.steps.currentIndex() == self.MAPPING:
            self._show_step(self.FILE)
            self.choose_button.setFocus()

    def cancel(self) -> None:
        if self.steps.currentIndex() == self.IMPORTING:
            self.long_work.cancel()
            return
        self.reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape and self.steps.currentIndex() in (self.IMPORTING, self.REPORT):
            # Esc during an import asks it to stop; on the report it closes like Close.
            self.cancel() if self.steps.currentIndex() == self.IMPORTING else self.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        # Also the window's lock: an import still running stops after its batch.
        if self._job is not None:
            self._job.discard()
            self._job = None
        self.long_work.stop()
        if self.report is not None:
            super().accept()  # people were imported: the page must hear of it
            return
        super().reject()

    # -- 1. reading the file -------------------------------------------------------------------
    def choose_file(self) -> None:
        path = self.dialogs.get_open_file(self, self.tr("Choose the register to import"),
                                          file_filter=self.tr("Registers (*.xlsx *.csv);;All files (*)"))
        if path is None:
            return
        self.path = Path(path)
        self.table = None
        self.file_message.clear_message()
        self.choose_button.setEnabled(False)
        self.file_message.show_done(lambda: self.tr("Reading the file…"))
        self._job = self.workers.start(lambda _ctx: _read(path), on_done=self._file_read,
                                       on_failed=self._file_failed)

    def _file_failed(self, message: str) -> None:
        self._job = None
        self.choose_button.setEnabled(True)
        self.file_message.show_error(message)
        self._update_file_label()

    def _file_read(self, read: tuple[Register, Table, int]) -> None:
        self._job = None
        self.choose_button.setEnabled(True)
        self.file_message.clear_message()
        self.register, table, self.row_count = read
        self.table = table
        self.mapping = guess_mapping(table.headers)
        self._build_columns()
        self._update_file_label()
        self._refresh_preview()
        self._show_step(self.MAPPING)
        if self.combos:
            self.combos[0].setFocus()

    def _update_file_label(self) -> None:
        if self.path is None:
            self.file_label.setText(self.tr("No file chosen yet."))
        elif self.table is not None:
            self.file_label.setText(fill(self.tr("%1: %n row(s) below the column names.", "", self.row_count),
                                         self.path.name))
        else:
            self.file_label.setText(self.path.name)

    # -- 2. the columns -------------------------------------------------------------------------
    def _build_columns(self) -> None:
        while self.columns_form.rowCount():
            self.columns_form.removeRow(0)
        self.combos = []
        for i, _header in enumerate(self.table.headers):
            label = QLabel(column_title(self.table.headers, i), self.columns_box)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            combo = QComboBox(self.columns_box)
            combo.setObjectName(f"column_{i}")
            # Field names run long in Kazakh and Russian: the open list shows them whole.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(22)
            self._fill_combo(combo, self.mapping.get(i))
            combo.activated.connect(lambda _index, i=i: self._column_changed(i))
            label.setBuddy(combo)
            self.columns_form.addRow(label, combo)
            self.combos.append(combo)
        # Wide enough for the column names and the longest field name, without scrolling sideways.
        width = self.columns_box.sizeHint().width() + self.columns_scroll.verticalScrollBar().sizeHint().width() + 4
        self.columns_scroll.setMinimumWidth(min(width, 460))
        self.split.setSizes([min(width, 460), max(self.width() - min(width, 460), 400)])

    def _fill_combo(self, combo: QComboBox, current: str | None) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("ImportWizard", NOT_IMPORTED), "")
        for name in FIELDS:
            combo.addItem(field_label(name), name)
        combo.setCurrentIndex(max(combo.findData(current or ""), 0))
        combo.blockSignals(False)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)

    def set_column(self, i: int, field: str) -> None:
        """As if the person chose ``field`` for column ``i`` ("" for not imported)."""
        self.combos[i].setCurrentIndex(max(self.combos[i].findData(field), 0))
        self._column_changed(i)

    def _column_changed(self, i: int) -> None:
        field = self.combos[i].currentData() or ""
        if field:
            # A field comes from one column: the column that had it gives it up.
            for j, other in list(self.mapping.items()):
                if other == field and j != i:
                    del self.mapping[j]
                    self.combos[j].setCurrentIndex(0)
            self.mapping[i] = field
        else:
            self.mapping.pop(i, None)
        self._refresh_preview()

    def _refresh_preview(self) -> None:
        table = self.table
        sample = Table(table.headers, table.rows[:PREVIEW_ROWS], table.header_row)
        self.mapping_message.clear_message()
        try:
            results = check_rows(sample, self.mapping)
        except Refused as err:
            results = []
            self.mapping_message.show_error(str(err))
        self.preview_model.set_preview(table, self.mapping, results)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(PreviewTableModel.PROBLEMS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PreviewTableModel.PROBLEMS, 260 if self._preview_problems_in(results) else 90)
        self._preview_problems = sum(1 for r in results if r.errors)
        if self.steps.currentIndex() == self.MAPPING:
            self.next_button.setEnabled(self.mapping_message.kind is None)
        self._update_preview_label()

    @staticmethod
    def _preview_problems_in(results: list[RowResult]) -> bool:
        return any(r.errors for r in results)

    def _update_preview_label(self) -> None:
        if self.table is None:
            self.preview_label.setText("")
            return
        shown = min(len(self.table.rows), PREVIEW_ROWS)
        problems = getattr(self, "_preview_problems", 0)
        text = self.tr("The first %n row(s) as they will be read.", "", shown)
        if problems:
            text += " " + self.tr("%n of them cannot be imported as they are (see Problems); the others can.", "",
                                  problems)
        self.preview_label.setText(text)

    # -- 3. importing --------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.table is None or self.mapping_message.kind is not None:
            return
        register, mapping, importer = self.register, dict(self.mapping), self.importer
        self._show_step(self.IMPORTING)

        def work(ctx: JobContext) -> ImportReport:
            # The rows stream from the file through checking and saving; the
            # preview's rows are all the window holds.
            return importer.import_register(register, mapping, progress=ctx.progress, cancelled=ctx.cancelled)

        self.long_work.run(work, on_done=self._imported, on_failed=self._import_failed,
                           on_progress=self._import_progress, step=self.tr("Checking the rows…"),
                           stopping_text=self.tr("Stopping after the rows being saved now…"))
        self.long_work.cancel_button.setFocus()

    def _import_progress(self, done: int, total: int) -> None:
        locale = QLocale()
        self.long_work.set_step(fill(self.tr("Importing: %1 of %2 rows done…"), locale.toString(done),
                                     locale.toString(total)))

    def _import_failed(self, message: str) -> None:
        self._show_step(self.MAPPING)
        self.mapping_message.show_error(message)

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        self.duplicates_model.set_rows([(row, number) for row, number in report.duplicates])
        self.review_model.set_rows([(row, f"{number} — {existing}") for row, number, existing in report.review])
        self.errors_model.set_rows(list(report.errors))
        self._show_step(self.REPORT)
        self.next_button.setFocus()

    def _show_report_texts(self) -> None:
        report = self.report
        self.summary_label.setText(summary(report))
        self.duplicates_label.setText(self.tr(
            "%n row(s) repeat people already registered; they were not registered again:", "",
            len(report.duplicates)))
        self.review_label.setText(self.tr(
            "%n row(s) have the name and birth date of a person already registered with another document "
            "number (a renewed passport, or a namesake). They were registered; open both records and merge "
            "them if they are one person:", "", len(report.review)))
        self.errors_label.setText(self.tr(
            "%n row(s) could not be read; correct them in the file and import it again "
            "(rows already imported are then skipped):", "", report.error_rows))
        for label, table, rows in ((self.duplicates_label, self.duplicates_table, report.duplicates),
                                   (self.review_label, self.review_table, report.review),
                                   (self.errors_label, self.errors_table, report.errors)):
            label.setVisible(bool(rows))
            table.setVisible(bool(rows))
