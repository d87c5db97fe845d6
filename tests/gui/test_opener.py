"""The dialog opener: one dialog at a time over a page, and one answer for each."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from desktop.views.kit.opener import DialogOpener


@pytest.fixture
def page(qtbot):
    page = QWidget()
    page.opener = DialogOpener(page)
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_dialog_is_window_modal_and_the_page_hears_it_was_accepted(qtbot, page):
    opener: DialogOpener = page.opener
    done: list[str] = []
    finished: list[int] = []
    busy: list[bool] = []
    opener.busy_changed.connect(busy.append)
    dialog = QDialog(page)
    assert opener.open(dialog, lambda: done.append("saved"), on_finished=finished.append)
    assert busy == [True]
    assert dialog.isVisible() and dialog.windowModality() == Qt.WindowModality.WindowModal
    assert opener.busy() and opener.dialog is dialog
    dialog.accept()
    assert done == ["saved"] and finished == [QDialog.DialogCode.Accepted]
    assert not opener.busy() and busy == [True, False]
    qtbot.waitUntil(lambda: page.findChildren(QDialog) == [])  # closed dialogs are freed


def test_a_cancelled_dialog_calls_back_only_on_finished(page):
    done: list[str] = []
    finished: list[int] = []
    dialog = QDialog(page)
    page.opener.open(dialog, lambda: done.append("saved"), on_finished=finished.append)
    dialog.reject()
    assert done == [] and finished == [QDialog.DialogCode.Rejected]
    assert not page.opener.busy()


def test_a_second_dialog_while_one_is_open_is_refused(qtbot, page):
    first, second = QDialog(page), QDialog(page)
    assert page.opener.open(first)
    assert not page.opener.open(second)  # a double click, a shortcut pressed twice
    assert page.opener.dialog is first and not second.isVisible()
    qtbot.waitUntil(lambda: second not in page.findChildren(QDialog))


def test_a_dialog_that_finishes_twice_answers_once(page):
    done: list[str] = []
    dialog = QDialog(page)
    page.opener.open(dialog, lambda: done.append("saved"))
    dialog.accept()
    dialog.done(QDialog.DialogCode.Accepted)  # the lock rejects every dialog, also one closing
    dialog.reject()
    assert done == ["saved"]


def test_the_answer_may_open_the_next_dialog(page):
    chooser, form = QDialog(page), QDialog(page)
    page.opener.open(chooser, lambda: page.opener.open(form))
    chooser.accept()
    # The chooser's end does not forget the form it led to.
    assert page.opener.dialog is form and form.isVisible()
    page.opener.close()
    assert not form.isVisible() and not page.opener.busy()
