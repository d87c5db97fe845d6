"""The Volunteers area: the week plan, the desk's day, the register and the lists.

Who sees what: the desk (receptionist) only today's check-in; the director
every tab, to read; the coordinator does everything. The services check each
step again (a hidden button is no check).
"""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.i18n import fill
from desktop.services.documents import DocumentService
from desktop.services.permissions import Action, Role, allowed
from desktop.services.shift_assignments import ShiftAssignments
from desktop.services.shift_planning import ShiftPlanning
from desktop.services.shift_templates import ShiftTemplates
from desktop.services.volunteer_hours import VolunteerHours
from desktop.services.volunteers import VolunteerService
from desktop.views.kit.changes import ChangeBus
from desktop.views.kit.dialogs import DialogService
from desktop.views.kit.no_access import NoAccessPage
from desktop.views.kit.printing import Printers
from desktop.views.kit.widgets import Retranslatable, heading_label
from desktop.views.kit.workers import WorkerPool
from desktop.views.shell.areas import Area, area_title
from desktop.views.volunteers.today_desk import TodayDesk
from desktop.views.volunteers.volunteer_lists import VolunteerLists
from desktop.views.volunteers.volunteer_register import VolunteerRegister
from desktop.views.volunteers.week_plan import WeekPlanView


class NoVolunteerAccessPage(NoAccessPage):
    """Caseworkers and administrators: volunteers are the coordinator's and the desk's."""

    def __init__(self, role: Role, parent: QWidget | None = None):
        super().__init__(role, name="page_volunteers", parent=parent)

    def title(self) -> str:
        return area_title(Area.VOLUNTEERS)

    def reason(self, role: str) -> str:
        return fill(self.tr(
            "Your role (%1) has no access to volunteers. The register and the shifts are kept by the "
            "coordinator; the desk checks volunteers in and out; the director reads them."), role)


class VolunteersPage(Retranslatable, QWidget):
    """The area's tabs, as many as the role may see."""

    def __init__(self, volunteers: VolunteerService, shifts: ShiftPlanning, *, assignments: ShiftAssignments,
                 templates: ShiftTemplates, hours: VolunteerHours, documents: DocumentService, printers: Printers,
                 workers: WorkerPool, bus: ChangeBus, dialogs: DialogService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page_volunteers")
        role = shifts.identity.role
        self.heading = heading_label(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("volunteer_tabs")
        # The desk only checks people in (it sees shifts, not the register): the
        # week, the register and the lists are not theirs.
        whole_area = allowed(role, Action.VIEW_VOLUNTEERS)
        self.week: WeekPlanView | None = None
        self.register: VolunteerRegister | None = None
        self.lists: VolunteerLists | None = None
        if whole_area:
            self.week = WeekPlanView(shifts, assignments, templates, documents=documents, printers=printers,
                                     workers=workers, bus=bus, dialogs=dialogs, parent=self)
            self.tabs.addTab(self.week, "")
        self.today = TodayDesk(shifts, assignments, documents=documents, printers=printers, workers=workers, bus=bus,
                               dialogs=dialogs, parent=self)
        self.tabs.addTab(self.today, "")
        if whole_area:
            self.register = VolunteerRegister(volunteers, hours, documents=documents, printers=printers,
                                              workers=workers, bus=bus, dialogs=dialogs, parent=self)
            self.tabs.addTab(self.register, "")
            self.lists = VolunteerLists(volunteers, shifts, hours, documents=documents, printers=printers,
                                        workers=workers, bus=bus, dialogs=dialogs, parent=self)
            self.tabs.addTab(self.lists, "")
        # One tab needs no tab bar.
        self.tabs.tabBar().setVisible(self.tabs.count() > 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        # Focus goes to the open tab's list (the grid, the desk's table), not to the tab bar.
        self.setFocusProxy(self.tabs.currentWidget())
        self.tabs.currentChanged.connect(lambda _i: self.setFocusProxy(self.tabs.currentWidget()))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(area_title(Area.VOLUNTEERS))
        titles = {self.week: self.tr("Week plan"), self.today: self.tr("Today"),
                  self.register: self.tr("Volunteers"), self.lists: self.tr("Lists")}
        for i in range(self.tabs.count()):
            self.tabs.setTabText(i, titles[self.tabs.widget(i)])

    def window_actions(self) -> list:
        """Shortcuts of the tabs that work from anywhere in the window (the main window adds them)."""
        return [a for view in (self.week, self.today, self.register, self.lists)
                if view is not None and hasattr(view, "window_actions") for a in view.window_actions()]

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)

    def stop(self) -> None:
        """The session ends: pages still being made are not wanted."""
        for view in (self.week, self.today, self.register, self.lists):
            if view is not None and hasattr(view, "stop"):
                view.stop()
