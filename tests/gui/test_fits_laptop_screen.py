"""Every area of the main window is usable on a 1366×768 laptop in Kazakh and
Russian (the longest labels): as each role that sees it, on every tab, each
named control and pane lies wholly inside its parents and the window, and no
wrapped text is squeezed below its lines. Inside a scrolled pane, scrolling
down is fine; being cut at the side is not (nobody finds a button by
scrolling sideways)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from desktop.models import Role
from desktop.services.referrals import ProviderIn, ReferralIn, ReferralService
from desktop.services.visitors import NewVisitor, VisitorService
from desktop.views.shell.areas import Area
from tests.conftest import AGREED, password_of

# A maximised window on a 1366×768 screen, less a 40-pixel taskbar and a 30-pixel title bar.
WIDTH, HEIGHT = 1366, 698
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView,
            QGroupBox, QTabBar, QScrollArea)
ROLES = (Role.RECEPTIONIST, Role.CASEWORKER, Role.DIRECTOR, Role.COORDINATOR, Role.ADMINISTRATOR)


def _inside_item_view(w: QWidget) -> bool:
    """The editors and buttons an item view makes for its cells scroll with it."""
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, QAbstractItemView):
            return True
        p = p.parentWidget()
    return False


def _name(w: QWidget) -> str:
    return w.objectName() or type(w).__name__


def _cut(w: QWidget) -> str | None:
    """Why ``w`` is not wholly shown, or None. Its rectangle is carried up
    through its parents, each of which clips it."""
    rect = QRect(QPoint(0, 0), w.size())
    child, parent = w, w.parentWidget()
    while parent is not None and not child.isWindow():
        rect = rect.translated(child.pos())
        scroller = parent.parentWidget()
        if isinstance(scroller, QAbstractScrollArea) and parent is scroller.viewport():
            if rect.left() < 0 or rect.right() >= parent.width():
                return f"cut at the side of {_name(scroller)}"
            # Below or above the fold is reached by scrolling: go on from the pane itself.
            rect = QRect(QPoint(0, 0), scroller.size())
            child, parent = scroller, scroller.parentWidget()
            continue
        if not QRect(QPoint(0, 0), parent.size()).contains(rect):
            return f"cut by {_name(parent)}"
        child, parent = parent, parent.parentWidget()
    return None


def cut_widgets(window: QWidget) -> list[str]:
    """Named visible controls not wholly shown, and wrapped texts squeezed
    below their lines, each with why."""
    problems = []
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text() and not _inside_item_view(label):
            needed = label.heightForWidth(label.width())
            if label.height() < needed - 2:
                problems.append(f"text “{label.text()[:40]}” ({label.height()} of {needed} pixels high)")
    for w in window.findChildren(QWidget):
        if not w.objectName() or not w.isVisible() or not isinstance(w, CONTROLS) or _inside_item_view(w):
            continue
        hint = w.minimumSizeHint()
        if isinstance(w, QAbstractButton) and w.width() < hint.width():
            problems.append(f"{w.objectName()} (squeezed to {w.width()} of {hint.width()} pixels)")
            continue
        why = _cut(w)
        if why:
            problems.append(f"{w.objectName()} ({why})")
    return problems


def every_tab(qtbot, page: QWidget):
    """Yield once per tab of each tab widget on the page, tabs within tabs
    too (the page itself first)."""
    yield "page"
    yield from _tabs_within(qtbot, page, set())


def _tabs_within(qtbot, root: QWidget, seen: set):
    for tabs in root.findChildren(QTabWidget):
        if id(tabs) in seen or not tabs.isVisible():
            continue
        seen.add(id(tabs))
        for i in range(tabs.count()):
            if tabs.isTabVisible(i) and tabs.isTabEnabled(i):
                tabs.setCurrentIndex(i)
                qtbot.wait(10)  # the tab's layout settles in the event loop
                yield f"{tabs.objectName()}[{i}]"
                yield from _tabs_within(qtbot, tabs.widget(i), seen)
        tabs.setCurrentIndex(0)


@pytest.fixture
def some_records(gate):
    """A person with an issued referral and a draft one, so the panes that show
    one are open (each with the steps it allows)."""
    director = gate.log_in("director", password_of("director"))
    person = VisitorService(gate.db, director).register(NewVisitor(
        family_name="Нурмагамбетова-Абдрахманова", given_name="Айгерим", patronymic="Серикбаевна", sex="F",
        birth_date=dt.date(1990, 5, 1), citizenship="KZ", phone="+7 701 765 43 21", consents=AGREED))
    referrals = ReferralService(gate.db, director)
    provider = referrals.save_provider(ProviderIn(
        "Алматы қалалық №1 туберкулезге қарсы диспансері", "Городской противотуберкулёзный диспансер №1",
        "City TB Dispensary No. 1", "tb_clinic"))
    draft = referrals.create(ReferralIn(person.person_id, provider.provider_id, "tb_clinic"))
    referrals.issue_letter(draft.referral_id)
    referrals.create(ReferralIn(person.person_id, provider.provider_id, "tb_clinic", reason="Жөтел үш апта бойы"))
    return person


@pytest.mark.parametrize("lang", ["ru", "kk"])
@pytest.mark.parametrize("role", ROLES, ids=lambda r: r.value)
def test_every_page_fits_a_laptop_screen(qtbot, open_window, switcher, some_records, lang, role):
    switcher.choose(lang)
    window = open_window(role)
    window.resize(WIDTH, HEIGHT)
    qtbot.waitUntil(lambda: window.width() <= WIDTH and window.height() <= HEIGHT)
    assert window.minimumSizeHint().width() <= WIDTH and window.minimumSizeHint().height() <= HEIGHT
    found = []
    for area in window.areas:
        window.show_area(area)
        page = window.pages[area]
        if area == Area.VISITORS and hasattr(page, "open_person") and window.index_keeper is not None:
            qtbot.waitUntil(lambda: window.index_keeper.is_loaded)
            page.open_person(some_records.person_id)
        if area == Area.REPORTS and hasattr(page, "dashboard"):
            # The figures are counted on a worker: check the page they fill.
            qtbot.waitUntil(lambda: page.dashboard is not None and page.job is None, timeout=20_000)
            qtbot.wait(20)  # and its tables' new heights reach the page's layout
        referrals = area == Area.REFERRALS and hasattr(page, "table")
        if referrals:
            page.set_view(None)
        for row in range(page.proxy.rowCount() if referrals else 1):
            if referrals:
                page.tabs.setCurrentIndex(0)
                page.table.selectRow(row)
            qtbot.wait(1)
            for where in every_tab(qtbot, page):
                found += [f"{area.name} {where}: {p}" for p in cut_widgets(window)]
    window.close()
    assert not found, "\n".join(found)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_referral_dialogs_fit_with_the_consent_question(qtbot, gate, switcher, some_records, lang):
    """The referral dialog is at its tallest when it asks for consent first."""
    from desktop.views.referrals.consent_question import SharingConsentDialog
    from desktop.views.referrals.referral_dialog import MakeReferralDialog

    caseworker = gate.log_in("caseworker", password_of("caseworker"))
    asked_nothing = VisitorService(gate.db, caseworker).register(NewVisitor(
        family_name="Нурмагамбетова-Абдрахманова", given_name="Айгерим", patronymic="Серикбаевна", sex="F",
        birth_date=dt.date(1991, 5, 1)))
    switcher.choose(lang)
    service = ReferralService(gate.db, caseworker)
    for dialog in (MakeReferralDialog(service, person_id=asked_nothing.person_id, person_number=asked_nothing.number,
                                      person_label=f"Нурмагамбетова-Абдрахманова Айгерим Серикбаевна "
                                                   f"({asked_nothing.number})"),
                   SharingConsentDialog(service, person_id=asked_nothing.person_id,
                                        person_number=asked_nothing.number)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.width() <= WIDTH and dialog.height() <= HEIGHT
        assert not cut_widgets(dialog), "\n".join(cut_widgets(dialog))
        dialog.close()
