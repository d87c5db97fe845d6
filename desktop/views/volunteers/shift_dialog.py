"""One shift: when and where, what it needs, and who is on it.

The coordinator makes or changes the shift (site, day, times, title, needs as
rows of kind, skill or language, and headcount) and puts volunteers on it,
from the suggestions for its open places or from a search over every active
volunteer. An assignment that breaks a rule is saved only with a reason the
coordinator types (ShiftAssignments.assign keeps it with the assignment and
in the audit trail). The suggestions and the search run on the window's pool,
the latest keystroke winning, so typing never waits for the database. The
people on the shift are moved along here too: confirmed, declined, checked
in and out, completed, did not come, hours set by hand with a note (their
lists and small dialogs are in shift_people).
"""
from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Refused
from desktop.i18n import fill
from desktop.services import limits, vocab
from desktop.services.permissions import Action, allowed
from desktop.services.shift_rules import Need, RuleWarning
from desktop.services.shift_assignments import ShiftAssignments
from desktop.services.shift_planning import ShiftPlanning
from desktop.services.shift_rows import (TRANSITIONS, AssignmentRow, Candidate, RuleWarnings, ShiftIn, ShiftRow,
                                         Suggestion, need_label)
from desktop.services.shift_rows import label as status_label
from desktop.services.volunteers import SKILLS, TRAININGS
from desktop.services.volunteers import label as volunteer_label
from desktop.views.kit.forms import hold_at_most
from desktop.views.kit.as_you_type import AsYouType
from desktop.views.kit.dates import hours_text, pydate, qdate, time_range, weekday_and_date
from desktop.views.kit.dialogs import DialogService
from desktop.views.kit.opener import DialogOpener
from desktop.views.kit.widgets import MessageLabel, Retranslatable, list_table
from desktop.views.kit.workers import WorkerPool
from desktop.views.volunteers.plan_marks import (GAP_BACKGROUND, GAP_MARK, GAP_TEXT, NIGHT_MARK, OVER_BACKGROUND,
                                                 OVER_TEXT)
from desktop.views.volunteers.shift_people import (AssignmentTableModel, CandidateLine, CandidateTableModel, HoursDialog,
                                                   OverrideDialog, show_rows)

DEFAULT_START, DEFAULT_END = dt.time(9, 0), dt.time(13, 0)


def need_codes(kind: str) -> list[tuple[str, str]]:
    """(code, label) a need of ``kind`` may ask for; trainings (certificates) first."""
    if kind == "skill":
        codes = list(TRAININGS) + [c for c in SKILLS if c not in TRAININGS]
        return [(c, need_label(Need("skill", c))) for c in codes]
    if kind == "language":
        return [(c, name) for c, name in vocab.LANGUAGES.items()]
    return []


# -- the needs -----------------------------------------------------------------------------------
class NeedRowEditor(Retranslatable, QWidget):
    """One need: anyone, a skill or training, or a language; and how many."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, need: Need, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("need_row")
        self.kind = QComboBox(self)
        self.kind.setObjectName("need_kind")
        for code in ("none", "skill", "language"):
            self.kind.addItem("", code)
        self.code = QComboBox(self)
        self.code.setObjectName("need_code")
        self.headcount = QSpinBox(self)
        self.headcount.setObjectName("need_headcount")
        self.headcount.setRange(1, 99)
        self.headcount.setValue(need.headcount)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("remove_need")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind)
        row.addWidget(self.code, 1)
        row.addWidget(self.headcount)
        row.addWidget(self.remove_button)
        self.kind.setCurrentIndex(self.kind.findData(need.kind))
        self._fill_codes()
        if need.code:
            self.code.setCurrentIndex(max(0, self.code.findData(need.code)))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.code.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.headcount.valueChanged.connect(lambda _v: self.changed.emit())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for i, text in enumerate((self.tr("Anyone"), self.tr("Skill or training"), self.tr("Language"))):
            self.kind.setItemText(i, text)
        for i, (_code, text) in enumerate(need_codes(self.kind.currentData())):
            self.code.setItemText(i, text)
        self.headcount.setSuffix(self.tr(" volunteer(s)"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove this need"))

    def _fill_codes(self) -> None:
        self.code.blockSignals(True)
        self.code.clear()
        for code, text in need_codes(self.kind.currentData()):
            self.code.addItem(text, code)
        self.code.setEnabled(self.code.count() > 0)
        self.code.blockSignals(False)

    def _kind_changed(self, _i: int) -> None:
        self._fill_codes()
        self.changed.emit()

    def need(self) -> Need:
        kind = self.kind.currentData()
        return Need(kind, self.code.currentData() or "" if kind != "none" else "", self.headcount.value())

    def focus_widgets(self) -> list[QWidget]:
        return [self.kind, self.code, self.headcount, self.remove_button]


# -- the dialog ----------------------------------------------------------------------------------
class ShiftDialog(Retranslatable, QDialog):
    """A new shift (``site_id`` and ``day`` preset), or the shift ``shift_id``
    with the people on it. ``saved`` holds the shift once its details were saved."""

    DETAILS, PEOPLE = 0, 1

    # The steps of an assignment the coordinator takes here, with their buttons' object names.
    STEPS = ("confirmed", "declined", "completed", "no_show")
    PEOPLE_ROWS, CANDIDATE_ROWS = 4, 5  # rows in sight at least
    FIRST_SIZE = QSize(940, 700)  # where the screen has room (a 1366×768 laptop's free area is about 1366×728)

    def __init__(self, shifts: ShiftPlanning, assignments: ShiftAssignments, *, workers: WorkerPool,
                 dialogs: DialogService, shift_id: uuid.UUID | None = None, site_id: uuid.UUID | None = None,
                 day: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shift_dialog")
        self.shifts = shifts
        self.assigning = assignments
        self.workers = workers
        self.dialogs = dialogs
        role = shifts.identity.role
        self.may_plan = allowed(role, Action.PLAN_SHIFTS)
        self.may_assign = allowed(role, Action.ASSIGN_VOLUNTEERS)
        self.may_check_in = allowed(role, Action.CHECK_IN_VOLUNTEERS)
        self.saved: ShiftRow | None = None
        self.row: ShiftRow | None = None
        self.opener = DialogOpener(self)
        self.need_rows: list[NeedRowEditor] = []
        self.finder: AsYouType | None = None  # the suggestions and the search, off the GUI thread
        self._to_list_on_arrival = False  # Enter was pressed in the search before its answer came

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("shift_tabs")

        # -- the details -----------------------------------------------------------------
        self.details = QWidget(self)
        self.site = QComboBox(self.details)
        self.site.setObjectName("shift_site")
        try:
            for s in shifts.sites():
                self.site.addItem(s.name, str(s.site_id))  # a str: QVariant cannot compare UUIDs
        except Refused:
            pass
        self.date = QDateEdit(self.details)
        self.date.setObjectName("shift_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.starts = QTimeEdit(self.details)
        self.starts.setObjectName("shift_starts")
        self.ends = QTimeEdit(self.details)
        self.ends.setObjectName("shift_ends")
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("HH:mm")
        self.ends_note = QLabel(self.details)
        self.ends_note.setObjectName("shift_ends_note")
        self.ends_note.setWordWrap(True)
        self.title = QLineEdit(self.details)
        hold_at_most(self.title, limits.SHIFT["title"])
        self.title.setObjectName("shift_title")
        self.notes = QLineEdit(self.details)
        hold_at_most(self.notes, limits.SHIFT["notes"])
        self.notes.setObjectName("shift_notes")
        self.labels = [QLabel(self.details) for _ in range(6)]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        times = QHBoxLayout()
        times.addWidget(self.starts)
        times.addWidget(QLabel("–", self.details))
        times.addWidget(self.ends)
        times.addWidget(self.ends_note, 1)
        for lab, field in zip(self.labels, (self.site, self.date, self.starts, self.title, self.notes)):
            lab.setBuddy(field)
        form.addRow(self.labels[0], self.site)
        form.addRow(self.labels[1], self.date)
        form.addRow(self.labels[2], times)
        form.addRow(self.labels[3], self.title)
        form.addRow(self.labels[4], self.notes)
        self.needs_group = QGroupBox(self.details)
        self.needs_group.setObjectName("shift_needs")
        self.needs_note = QLabel(self.needs_group)
        self.needs_note.setWordWrap(True)
        self.needs_layout = QVBoxLayout()
        self.add_need_button = QPushButton(self.needs_group)
        self.add_need_button.setObjectName("add_need")
        self.add_need_button.setAutoDefault(False)
        self.add_need_button.clicked.connect(lambda: self.add_need(Need("none", "", 1), focus=True))
        needs_box = QVBoxLayout(self.needs_group)
        needs_box.addWidget(self.needs_note)
        needs_box.addLayout(self.needs_layout)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_need_button)
        add_row.addStretch(1)
        needs_box.addLayout(add_row)
        self.details_message = MessageLabel(self.details)
        self.details_message.setObjectName("shift_problems")
        details_layout = QVBoxLayout(self.details)
        details_layout.addLayout(form)
        details_layout.addWidget(self.needs_group)
        details_layout.addWidget(self.details_message)
        details_layout.addStretch(1)

        # -- the people --------------------------------------------------------------------
        self.people = QWidget(self)
        self.people_summary = QLabel(self.people)
        self.people_summary.setObjectName("people_summary")
        self.people_summary.setWordWrap(True)
        self.assignment_model = AssignmentTableModel(self)
        self.assignments = list_table(self.assignment_model, self.people, "shift_assignments")
        self.assignments.installEventFilter(self)
        self.assignments_label = QLabel(self.people)
        self.assignments_label.setBuddy(self.assignments)
        self.step_buttons: dict[str, QPushButton] = {}
        for status in self.STEPS:
            b = QPushButton(self.people)
            b.setObjectName(f"assignment_{status}")
            b.setAutoDefault(False)
            b.clicked.connect(lambda _c=False, s=status: self.move_to(s))
            b.setVisible(self.may_assign)
            self.step_buttons[status] = b
        self.check_in_button = QPushButton(self.people)
        self.check_in_button.setObjectName("assignment_check_in")
        self.check_in_button.clicked.connect(self.check_in)
        self.check_out_button = QPushButton(self.people)
        self.check_out_button.setObjectName("assignment_check_out")
        self.check_out_button.clicked.connect(self.check_out)
        self.hours_button = QPushButton(self.people)
        self.hours_button.setObjectName("assignment_hours")
        self.hours_button.clicked.connect(self.set_hours)
        self.hours_button.setVisible(self.may_assign)
        for b in (self.check_in_button, self.check_out_button):
            b.setVisible(self.may_check_in)
        for b in (self.check_in_button, self.check_out_button, self.hours_button):
            b.setAutoDefault(False)
        steps = QGridLayout()
        step_buttons = [*self.step_buttons.values(), self.check_in_button, self.check_out_button, self.hours_button]
        for i, b in enumerate(step_buttons):
            steps.addWidget(b, i // 4, i % 4)

        self.assign_group = QGroupBox(self.people)
        self.assign_group.setObjectName("assign_panel")
        self.assign_group.setVisible(self.may_assign)
        self.search = QLineEdit(self.assign_group)
        self.search.setObjectName("volunteer_search")
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.candidates_label = QLabel(self.assign_group)
        self.candidates_label.setObjectName("candidates_label")
        self.candidates_label.setWordWrap(True)
        self.candidate_model = CandidateTableModel(self)
        self.candidates = list_table(self.candidate_model, self.assign_group, "candidates")
        self.candidates.installEventFilter(self)
        self.candidates.doubleClicked.connect(lambda _i: self.assign_selected())
        self.candidates_label.setBuddy(self.candidates)
        self.assign_button = QPushButton(self.assign_group)
        self.assign_button.setObjectName("assign_volunteer")
        self.assign_button.setAutoDefault(False)
        self.assign_button.clicked.connect(self.assign_selected)
        assign_layout = QVBoxLayout(self.assign_group)
        assign_layout.addWidget(self.search)
        assign_layout.addWidget(self.candidates_label)
        assign_layout.addWidget(self.candidates, 1)
        assign_row = QHBoxLayout()
        assign_row.addWidget(self.assign_button)
        assign_row.addStretch(1)
        assign_layout.addLayout(assign_row)
        self.people_message = MessageLabel(self.people)
        self.people_message.setObjectName("people_message")
        people_layout = QVBoxLayout(self.people)
        people_layout.addWidget(self.people_summary)
        people_layout.addWidget(self.assignments_label)
        people_layout.addWidget(self.assignments, 1)
        people_layout.addLayout(steps)
        people_layout.addWidget(self.people_message)
        people_layout.addWidget(self.assign_group, 1)
        # Enough of each list in sight to choose from without scrolling a
        # row and a half at a time.
        show_rows(self.assignments, self.PEOPLE_ROWS)
        show_rows(self.candidates, self.CANDIDATE_ROWS)

        self.tabs.addTab(self.details, "")
        self.tabs.addTab(self.people, "")

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_shift")
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close_shift")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setVisible(self.may_plan)  # after addButton, which shows it
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.setMinimumSize(720, 560)
        self.resize(self._first_size())

        # -- filling -----------------------------------------------------------------------
        if shift_id is not None:
            self.row = shifts.shift(shift_id)
            self._fill(self.row)
        else:
            if site_id is not None:
                self.site.setCurrentIndex(max(0, self.site.findData(str(site_id))))
            self.date.setDate(qdate(day or dt.date.today()))
            self.starts.setTime(QTime(DEFAULT_START.hour, DEFAULT_START.minute))
            self.ends.setTime(QTime(DEFAULT_END.hour, DEFAULT_END.minute))
            self.add_need(Need("none", "", 1))
        for field in (self.site, self.date, self.starts, self.ends, self.title, self.notes):
            field.setEnabled(self.may_plan)
        self.needs_group.setEnabled(self.may_plan)
        self.site.currentIndexChanged.connect(lambda _i: self._validate())
        self.starts.timeChanged.connect(lambda _t: self._validate())
        self.ends.timeChanged.connect(lambda _t: self._validate())
        self.assignments.selectionModel().selectionChanged.connect(self._update_steps)
        self.search.textChanged.connect(self._typed)
        if self.row is not None and self.may_assign:
            self.finder = AsYouType(self._finder_work(self.row.shift_id), workers, skip_empty=False, parent=self)
            self.finder.results_ready.connect(self._show_candidates)
            self.finder.failed.connect(self.people_message.show_error)
            self.finished.connect(lambda _r: self.finder.stop())
        self.tabs.setTabEnabled(self.PEOPLE, self.row is not None)
        people_chain = [self.search, self.candidates, self.assign_button, self.assignments, *step_buttons]
        for a, b in zip(people_chain, people_chain[1:]):
            QWidget.setTabOrder(a, b)
        self.retranslate_ui()
        self._validate()
        if self.row is not None:
            self._show_people()
            self.tabs.setCurrentIndex(self.PEOPLE)
            (self.search if self.may_assign else self.assignments).setFocus()
        else:
            self.site.setFocus()

    def _first_size(self) -> QSize:
        """FIRST_SIZE where the screen has room, never beyond its free area."""
        screen = self.parentWidget().screen() if self.parentWidget() is not None else self.screen()
        wanted = self.FIRST_SIZE.expandedTo(self.minimumSizeHint())
        if screen is not None:
            wanted = wanted.boundedTo(screen.availableGeometry().size() - QSize(40, 40))
        return wanted.expandedTo(self.minimumSize())

    # -- language ----------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        if self.row is None:
            self.setWindowTitle(self.tr("New shift"))
        else:
            self.setWindowTitle(fill(self.tr("Shift — %1, %2, %3"), self.row.site_name,
                                     weekday_and_date(self.row.starts_at.date()),
                                     time_range(self.row.starts_at, self.row.ends_at)))
        self.tabs.setTabText(self.DETAILS, self.tr("Shift"))
        self.tabs.setTabText(self.PEOPLE, self.tr("Volunteers"))
        self.tabs.setTabToolTip(self.PEOPLE, "" if self.row else self.tr("Save the shift first."))
        for lab, text in zip(self.labels, (self.tr("&Site:"), self.tr("&Day:"), self.tr("&Time:"),
                                           self.tr("Tit&le:"), self.tr("N&otes:"))):
            lab.setText(text)
        self.title.setPlaceholderText(self.tr("e.g. Registration desk, morning"))
        self.needs_group.setTitle(self.tr("Needs"))
        self.needs_note.setText(self.tr("Who the shift needs: anyone, a skill or certificate, or someone who "
                                        "speaks a language; and how many of each."))
        self.add_need_button.setText(self.tr("&Add a need"))
        self.assignments_label.setText(self.tr("&People on this shift:"))
        self.step_buttons["confirmed"].setText(self.tr("&Confirmed"))
        self.step_buttons["declined"].setText(self.tr("D&eclined"))
        self.step_buttons["completed"].setText(self.tr("Co&mpleted"))
        self.step_buttons["no_show"].setText(self.tr("Did &not come"))
        self.check_in_button.setText(self.tr("Check &in"))
        self.check_out_button.setText(self.tr("Check &out"))
        self.hours_button.setText(self.tr("&Hours…"))
        self.assign_group.setTitle(self.tr("Assign a volunteer"))
        self.search.setPlaceholderText(self.tr("Find any active volunteer: name, number or phone"))
        self.assign_button.setText(self.tr("&Assign"))
        self.save_button.setText(self.tr("Save"))
        self.close_button.setText(self.tr("Close") if self.row is not None else self.tr("Cancel"))
        self.assignment_model.retranslate()
        self.candidate_model.retranslate()
        self._validate()
        if self.row is not None:
            self._show_summary()
            self._show_candidates_label()

    # -- details -----------------------------------------------------------------------
    def _fill(self, row: ShiftRow) -> None:
        if self.site.findData(str(row.site_id)) < 0:
            # A site no longer in use keeps its shifts: offer it for this one, not for new ones.
            self.site.addItem(row.site_name, str(row.site_id))
        self.site.setCurrentIndex(self.site.findData(str(row.site_id)))
        self.date.setDate(qdate(row.starts_at.date()))
        self.starts.setTime(QTime(row.starts_at.hour, row.starts_at.minute))
        self.ends.setTime(QTime(row.ends_at.hour, row.ends_at.minute))
        self.title.setText(row.title)
        self.notes.setText(row.notes)
        for n in row.needs:
            self.add_need(Need(n.kind, n.code, n.needed))

    def add_need(self, need: Need, *, focus: bool = False) -> None:
        editor = NeedRowEditor(need, self.needs_group)
        editor.changed.connect(self._validate)
        editor.remove_requested.connect(self.remove_need)
        self.needs_layout.addWidget(editor)
        self.need_rows.append(editor)
        self._fix_tab_order()
        self._validate()
        if focus:
            editor.kind.setFocus()

    def remove_need(self, editor: NeedRowEditor) -> None:
        if editor not in self.need_rows:
            return
        index = self.need_rows.index(editor)
        self.need_rows.remove(editor)
        self.needs_layout.removeWidget(editor)
        editor.deleteLater()
        self._fix_tab_order()
        self._validate()
        if self.need_rows:
            self.need_rows[min(index, len(self.need_rows) - 1)].kind.setFocus()
        else:
            self.add_need_button.setFocus()

    def _fix_tab_order(self) -> None:
        # Rows added later would otherwise come after the dialog's buttons.
        chain = [self.site, self.date, self.starts, self.ends, self.title, self.notes]
        for editor in self.need_rows:
            chain += editor.focus_widgets()
        chain += [self.add_need_button, self.save_button, self.close_button]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    def needs(self) -> tuple[Need, ...]:
        return tuple(editor.need() for editor in self.need_rows)

    def times(self) -> tuple[dt.datetime, dt.datetime]:
        day = pydate(self.date.date())
        start, end = self.starts.time(), self.ends.time()
        starts = dt.datetime.combine(day, dt.time(start.hour(), start.minute()))
        ends = dt.datetime.combine(day, dt.time(end.hour(), end.minute()))
        if ends <= starts:
            ends += dt.timedelta(days=1)  # ends the next morning
        return starts, ends

    def problems(self) -> list[str]:
        out = []
        if self.site.currentData() is None:
            out.append(self.tr("Choose the site. Sites are added with “Sites…” on the week plan."))
        if self.starts.time() == self.ends.time():
            out.append(self.tr("The shift must end at another time than it starts."))
        needs = self.needs()
        if not needs:
            out.append(self.tr("Add at least one need: how many volunteers the shift needs."))
        keys = [(n.kind, n.code) for n in needs]
        if len(set(keys)) < len(keys):
            out.append(self.tr("The same need is there twice: put it once, with the total number."))
        return out

    def _validate(self) -> bool:
        if not hasattr(self, "save_button"):
            return False
        starts, ends = self.times()
        notes = []
        if ends.date() > starts.date():
            notes.append(self.tr("ends the next day"))
        notes.append(fill(self.tr("%1 h"), hours_text(int((ends - starts).total_seconds() // 60))))
        self.ends_note.setText(", ".join(notes))
        problems = self.problems()
        if problems and self.may_plan:
            self.details_message.show_error("\n".join(problems))
        else:
            self.details_message.clear_message()
        self.save_button.setEnabled(not problems)
        return not problems

    def accept(self) -> None:
        if not self.may_plan:
            super().reject()
            return
        if not self._validate():
            self.tabs.setCurrentIndex(self.DETAILS)
            return
        starts, ends = self.times()
        new = ShiftIn(site_id=uuid.UUID(self.site.currentData()), starts_at=starts, ends_at=ends, needs=self.needs(),
                      title=self.title.text(), notes=self.notes.text())
        try:
            if self.row is None:
                self.saved = self.shifts.create_shift(new)
            else:
                self.saved = self.shifts.update_shift(self.row.shift_id, new, expected_version=self.row.version)
        except RuleWarnings as broken:
            self._ask_to_move(new, broken.warnings)
            return
        except Refused as err:
            self.tabs.setCurrentIndex(self.DETAILS)
            self.details_message.show_error(str(err))
            return
        self._saved()

    def _saved(self) -> None:
        super().accept()

    def _ask_to_move(self, new: ShiftIn, warnings: tuple[RuleWarning, ...]) -> None:
        dialog = OverrideDialog("", warnings, self, moving=True)

        def done() -> None:
            try:
                self.saved = self.shifts.update_shift(self.row.shift_id, new, expected_version=self.row.version,
                                                      override_reason=dialog.text())
            except Refused as err:
                self.tabs.setCurrentIndex(self.DETAILS)
                self.details_message.show_error(str(err))
                return
            self._saved()
        self.opener.open(dialog, done)

    # -- people ------------------------------------------------------------------------
    def reload(self) -> None:
        if self.row is None:
            return
        try:
            self.row = self.shifts.shift(self.row.shift_id)
        except Refused as err:
            self.people_message.show_error(str(err))
            return
        self._show_people()

    def _show_people(self) -> None:
        selected = self.selected_assignment()
        self.assignment_model.set_rows(self.row.assignments)
        if selected is not None:
            i = self.assignment_model.find(selected.assignment_id)
            if i >= 0:
                self.assignments.selectRow(i)
        elif self.assignment_model.rowCount():
            self.assignments.selectRow(0)
        self._show_summary()
        self._update_steps()
        self.load_candidates()

    def _show_summary(self) -> None:
        row = self.row
        text = fill(self.tr("%1 of %2 volunteers"), row.assigned, row.headcount)
        if row.gap and row.ends_at <= dt.datetime.now().astimezone():
            # Over: a fact to record, not a place to fill in a hurry.
            text += " — " + self.tr("%n place(s) not filled", "", row.gap)
            self.people_summary.setStyleSheet(f"color: {OVER_TEXT}; background: {OVER_BACKGROUND};")
        elif row.gap:
            text = f"{GAP_MARK} " + text + " — " + self.tr("%n place(s) open", "", row.gap)
            self.people_summary.setStyleSheet(f"color: {GAP_TEXT}; background: {GAP_BACKGROUND};")
        else:
            self.people_summary.setStyleSheet("")
        needs = [fill(self.tr("%1: %2 of %3"), need_label(n), n.filled, n.needed) for n in row.needs]
        if row.night:
            text += f"  {NIGHT_MARK} " + self.tr("night shift")
        self.people_summary.setText(text + "\n" + ", ".join(needs))

    def selected_assignment(self) -> AssignmentRow | None:
        rows = self.assignments.selectionModel().selectedRows()
        return self.assignment_model.row_at(rows[0].row()) if rows else None

    def _update_steps(self, *_args) -> None:
        a = self.selected_assignment()
        next_steps = TRANSITIONS.get(a.status, set()) if a else set()
        for status, b in self.step_buttons.items():
            b.setEnabled(status in next_steps)
        self.check_in_button.setEnabled(a is not None and a.status in ("assigned", "confirmed")
                                        and a.checked_in_at is None)
        self.check_out_button.setEnabled(a is not None and a.status == "confirmed" and a.checked_in_at is not None
                                         and a.checked_out_at is None)
        self.hours_button.setEnabled(a is not None and a.status != "declined")

    def _changed(self, text: str) -> None:
        self.reload()
        self.people_message.show_done(text)

    def move_to(self, status: str) -> None:
        a = self.selected_assignment()
        if a is None or not self.may_assign or status not in TRANSITIONS.get(a.status, set()):
            return
        try:
            saved = self.assigning.set_status(a.assignment_id, status)
        except Refused as err:
            self.people_message.show_error(str(err))
            return
        self._changed(fill(self.tr("%1 is now “%2”."), saved.volunteer_name, status_label(saved.status)))

    def check_in(self) -> None:
        a = self.selected_assignment()
        if a is None or not self.may_check_in:
            return
        try:
            saved = self.assigning.check_in(a.assignment_id)
        except Refused as err:
            self.people_message.show_error(str(err))
            return
        self._changed(fill(self.tr("%1 checked in at %2."), saved.volunteer_name, f"{saved.checked_in_at:%H:%M}"))

    def check_out(self) -> None:
        a = self.selected_assignment()
        if a is None or not self.may_check_in:
            return
        try:
            saved = self.assigning.check_out(a.assignment_id)
        except Refused as err:
            self.people_message.show_error(str(err))
            return
        self._changed(fill(self.tr("%1 checked out at %2: %3 h."), saved.volunteer_name,
                           f"{saved.checked_out_at:%H:%M}", hours_text(saved.minutes)))

    def set_hours(self) -> None:
        a = self.selected_assignment()
        if a is None or not self.may_assign or self.opener.busy():
            return
        dialog = HoursDialog(a, self)

        def done() -> None:
            try:
                saved = self.assigning.set_manual_hours(a.assignment_id, hours=dialog.hours.value(), note=dialog.text())
            except Refused as err:
                self.people_message.show_error(str(err))
                return
            self._changed(fill(self.tr("%1 h credited to %2."), hours_text(saved.minutes), saved.volunteer_name))
        self.opener.open(dialog, done)

    # -- assigning ---------------------------------------------------------------------
    def _show_candidates_label(self) -> None:
        text = self.search.text().strip()
        if text:
            self.candidates_label.setText(fill(self.tr("Active volunteers matching “%1”:"), text))
        elif self.row is not None and self.row.gap:
            self.candidates_label.setText(self.tr("&Suggested for the open places (best first):"))
        else:
            self.candidates_label.setText(self.tr("The shift is full. &Suggested all the same:"))

    def _finder_work(self, shift_id: uuid.UUID):
        """What the pool runs for a text: the suggestions for an empty one, else the search."""
        assigning = self.assigning

        def find(text: str) -> list[Candidate] | list[Suggestion]:
            return assigning.candidates(shift_id, text) if text else assigning.suggest(shift_id)
        return find

    def _typed(self, _text: str) -> None:
        self._to_list_on_arrival = False
        self.load_candidates(delay=True)

    def load_candidates(self, *, delay: bool = False) -> None:
        """Ask again for the suggestions or the search hits. The list empties at
        once: Enter or Assign act only on the answer for the text now in the box."""
        if self.finder is None:
            return
        self.candidate_model.set_rows([])
        self.assign_button.setEnabled(False)
        self._show_candidates_label()
        if delay:
            self.finder.request(self.search.text())
        else:
            self.finder.run_now(self.search.text())

    def _show_candidates(self, text: str, answer: list) -> None:
        if text != self.search.text().strip():
            return  # typed on since: that text's answer is on its way
        lines = []
        for c in answer:
            if isinstance(c, Suggestion):
                lines.append(CandidateLine(c.volunteer_id, c.number, c.name,
                                           ", ".join(need_label(Need(kind, code)) for kind, code in c.matches),
                                           c.recent_minutes, c.warnings))
            else:
                offers = [volunteer_label(SKILLS, code) for code in c.skills]
                offers += [vocab.LANGUAGES.get(code, code) for code, _level in c.languages]
                lines.append(CandidateLine(c.volunteer_id, c.number, c.name, ", ".join(offers), None, c.warnings))
        self.candidate_model.set_rows(lines)
        if lines:
            self.candidates.selectRow(0)
        self.assign_button.setEnabled(bool(lines))
        self._show_candidates_label()
        if self._to_list_on_arrival:
            self._to_list_on_arrival = False
            self._to_list()

    def _to_list(self) -> None:
        if self.candidate_model.rowCount():
            self.candidates.setFocus()
            if self.selected_candidate() is None:
                self.candidates.selectRow(0)

    def selected_candidate(self) -> CandidateLine | None:
        rows = self.candidates.selectionModel().selectedRows()
        return self.candidate_model.row_at(rows[0].row()) if rows else None

    def assign_selected(self) -> None:
        c = self.selected_candidate()
        if c is None or self.row is None or not self.may_assign or self.opener.busy():
            return
        self.people_message.clear_message()
        try:
            saved = self.assigning.assign(self.row.shift_id, c.volunteer_id)
        except RuleWarnings as broken:
            self._ask_override(c, broken.warnings)
            return
        except Refused as err:
            self.people_message.show_error(str(err))
            return
        self._assigned(saved)

    def _ask_override(self, c: CandidateLine, warnings: tuple[RuleWarning, ...]) -> None:
        dialog = OverrideDialog(c.name, warnings, self)

        def done() -> None:
            try:
                saved = self.assigning.assign(self.row.shift_id, c.volunteer_id,
                                                        override_reason=dialog.text())
            except Refused as err:
                self.people_message.show_error(str(err))
                return
            self._assigned(saved)
        self.opener.open(dialog, done)

    def _assigned(self, saved: AssignmentRow) -> None:
        self.search.clear()
        self._changed(fill(self.tr("%1 is on the shift."), saved.volunteer_name))
        i = self.assignment_model.find(saved.assignment_id)
        if i >= 0:
            self.assignments.selectRow(i)

    # -- keyboard ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.KeyPress:
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if watched is self.assignments and enter:
                return True  # the steps have their buttons; Enter must not save and close
            if watched is self.candidates and enter:
                self.assign_selected()  # Enter assigns; it does not close the dialog
                return True
            if watched is self.search and (enter or event.key() == Qt.Key.Key_Down):
                if self.finder is not None and self.finder.searching:
                    # Typed faster than the answer: go to the list once it comes.
                    self._to_list_on_arrival = True
                    self.finder.run_now()
                else:
                    self._to_list()
                return True
        return super().eventFilter(watched, event)
