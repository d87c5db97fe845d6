"""The Exchange with HQ area: key set and fingerprint, export to a stick on a
worker thread (cancel, unwritable folder), HQ's answer, and who may see it.

HQ's side runs on a SQLite stand-in, as in tests/unit/test_bundle_format.py."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import create_engine, func, select

from desktop.exchange.keys import generate_hq_keys, load_hq_keys, parse_enrolment
from desktop.models import ChangeLog, HqRejected, Person, Role
from desktop.hq.service import HqService
from desktop.models import schema
from desktop.services.changes import PERSON, Change
from desktop.services.exchange import ExchangeService
from desktop.services.storage import Database
from desktop.views.shell.areas import Area
from desktop.views.kit.changes import ChangeBus
from desktop.views.admin.exchange_page import ExchangePage, NoExchangeAccessPage
from desktop.views.kit.workers import WorkerPool
from tests.conftest import ADMIN_PASSWORD

from .helpers import visible_texts


@pytest.fixture(scope="module")
def hq_folder(tmp_path_factory) -> Path:
    """Keys made the way `qamqor-hq keygen` makes them."""
    folder = tmp_path_factory.mktemp("hq") / "keys"
    generate_hq_keys(folder)
    return folder


@pytest.fixture
def stick(tmp_path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def register(gate, count: int) -> None:
    with gate.db.session("admin") as s:
        for i in range(count):
            s.add(Person(number=f"KZ-ALA-2026-{i + 1:06d}", family_name=f"Сатпаев {i}", given_name="Әлихан"))


def waiting_in_database(gate) -> int:
    with gate.db.read() as s:
        return s.scalar(select(func.count()).select_from(ChangeLog))


def exchange_page(window) -> ExchangePage:
    window.show_area(Area.EXCHANGE)
    page = window.pages[Area.EXCHANGE]
    assert isinstance(page, ExchangePage) and page.isVisible()
    return page


def wait_for_job(qtbot, page: ExchangePage) -> None:
    qtbot.waitUntil(lambda: not page.long_work.busy())


def test_administrator_installs_the_key_set_and_exports_to_a_stick(qtbot, admin_window, gate, dialogs, hq_folder,
                                                                   stick):
    page = exchange_page(admin_window)
    assert page.keyset_state.text().startswith("Not installed yet.")
    assert not page.fingerprint.isVisible()
    assert not page.export_button.isEnabled()

    # The key set: picked, its fingerprint shown to check by phone, then installed (from the keyboard).
    keyset = load_hq_keys(hq_folder).keyset
    dialogs.files = [hq_folder / "hq-keyset.json"]
    dialogs.answers = [True]
    page.install_button.setFocus()
    qtbot.keyClick(page.install_button, Qt.Key.Key_Space)
    (kind, title, text), = [x for x in dialogs.shown if x[0] == "Question"]
    assert keyset.spoken in text and "version 1" in text
    assert page.fingerprint.isVisible() and page.fingerprint.text() == keyset.spoken
    assert len(keyset.spoken.split()) == 8 and all(len(g) == 4 for g in keyset.spoken.split())
    assert page.message.text() == "HQ key set version 1 is installed."

    register(gate, 3)
    gate.db.changes.publish(Change.of(PERSON))  # as a service saving people says
    waiting = waiting_in_database(gate)
    assert waiting >= 3
    assert page.waiting.text() == f"{changes(waiting)} not yet acknowledged by HQ"

    dialogs.files = [stick]
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.long_work.progress.isVisible() and not page.export_button.isEnabled()
    wait_for_job(qtbot, page)
    bundle = stick / "KZ-ALA-00000001.qmb"
    assert sorted(p.name for p in stick.iterdir()) == [bundle.name]
    assert bundle.read_bytes().startswith(b"age-encryption.org/v1\n")
    assert page.message.kind == "done"
    assert page.message.text() == f"{bundle} was written: bundle 1 with {changes(waiting)}."
    assert page.last_bundle.text().startswith(f"KZ-ALA-00000001.qmb — bundle 1, {changes(waiting)}\nwritten ")
    assert page.last_bundle.text().endswith(f" into {stick}")
    # Sent, but not yet acknowledged: still waiting.
    assert page.waiting.text() == f"{changes(waiting)} not yet acknowledged by HQ"
    assert not page.long_work.progress.isVisible() and page.export_button.isEnabled()


def test_a_key_set_not_confirmed_by_phone_is_not_installed(qtbot, admin_window, dialogs, hq_folder):
    page = exchange_page(admin_window)
    dialogs.files = [hq_folder / "hq-keyset.json"]
    dialogs.answers = [False]
    qtbot.mouseClick(page.install_button, Qt.MouseButton.LeftButton)
    assert page.keyset_state.text().startswith("Not installed yet.")
    assert not page.export_button.isEnabled()


def test_a_file_that_is_no_key_set_is_refused(qtbot, admin_window, dialogs, tmp_path):
    page = exchange_page(admin_window)
    junk = tmp_path / "hq-keyset.json"
    junk.write_text('{"hello": 1}')
    dialogs.files = [junk]
    qtbot.mouseClick(page.install_button, Qt.MouseButton.LeftButton)
    assert page.message.kind == "error"
    assert page.message.text() == "This file is not a qamqor-hq-keyset file."
    assert page.keyset_state.text().startswith("Not installed yet.")


def test_enrolment_file_is_written_and_explained(qtbot, admin_window, dialogs, tmp_path):
    page = exchange_page(admin_window)
    dialogs.files = [tmp_path]
    qtbot.mouseClick(page.enrolment_button, Qt.MouseButton.LeftButton)
    path = tmp_path / "KZ-ALA-enrolment.json"
    enrolment = parse_enrolment(path.read_bytes())
    assert enrolment.code == "KZ-ALA"
    (kind, title, text), = dialogs.shown
    assert kind == "Information" and str(path) in text and enrolment.spoken in text
    assert "Send it to HQ" in text


class HeldExport(ExchangeService):
    """Holds the export on the worker thread until the test lets it go."""

    def __init__(self, *args):
        super().__init__(*args)
        self.started, self.release = threading.Event(), threading.Event()

    def export_bundle(self, out_dir, *, progress=None, cancelled=None):
        self.started.set()
        self.release.wait(60)
        return super().export_bundle(out_dir, progress=progress, cancelled=cancelled)


@pytest.fixture
def held_page(qtbot, gate, dialogs, hq_folder):
    admin = gate.log_in("admin", ADMIN_PASSWORD)
    service = HeldExport(gate.db, admin)
    service.install_hq_keyset((hq_folder / "hq-keyset.json").read_bytes())
    workers = WorkerPool()
    page = ExchangePage(service, workers=workers, bus=ChangeBus(), dialogs=dialogs)
    qtbot.addWidget(page)
    page.show()
    yield page
    service.release.set()
    workers.shutdown()


def test_cancel_stops_the_export_and_spends_no_bundle_number(qtbot, held_page, gate, dialogs, stick):
    page = held_page
    register(gate, 2)
    dialogs.files = [stick]
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.service.started.is_set)
    # The window answers while the export runs.
    assert page.long_work.cancel_button.isVisible() and page.long_work.cancel_button.isEnabled()
    qtbot.mouseClick(page.long_work.cancel_button, Qt.MouseButton.LeftButton)
    page.service.release.set()
    wait_for_job(qtbot, page)
    assert page.message.text() == "The export was cancelled. Nothing was written."
    assert list(stick.iterdir()) == []
    assert page.last_bundle.text() == "None yet."
    assert page.service.status().last_bundle is None

    # The next export is bundle 1.
    dialogs.files = [stick]
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, page)
    assert [p.name for p in stick.iterdir()] == ["KZ-ALA-00000001.qmb"]


@pytest.fixture
def read_only_folder(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    immutable = False
    if os.geteuid() == 0 and shutil.which("chattr"):
        # Root writes anywhere the mode forbids: only an immutable folder stops it.
        immutable = subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0
    if os.access(folder, os.W_OK) and not immutable:
        pytest.skip("no way to make a read-only folder here")
    yield folder
    if immutable:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    folder.chmod(0o755)


def test_an_unwritable_folder_is_told_and_leaves_nothing(qtbot, held_page, gate, dialogs, read_only_folder):
    page = held_page
    page.service.release.set()
    register(gate, 2)
    page.reload()
    before = page.waiting.text()
    dialogs.files = [read_only_folder]
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, page)
    assert page.message.kind == "error"
    assert page.message.text().startswith(f"Cannot write into the folder {read_only_folder}: ")
    assert page.message.text().endswith("Choose another folder or stick.")
    assert list(read_only_folder.iterdir()) == []
    assert page.waiting.text() == before and page.last_bundle.text() == "None yet."
    assert page.service.status().last_bundle is None


def test_a_stick_that_fails_while_writing_keeps_everything_waiting(qtbot, held_page, gate, dialogs, stick):
    page = held_page
    page.service.release.set()
    register(gate, 2)
    # Something in the way of the final name: the rename fails after the data was written.
    (stick / "KZ-ALA-00000001.qmb").mkdir()
    dialogs.files = [stick]
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, page)
    assert page.message.kind == "error"
    assert page.message.text().startswith(f"Could not write the bundle {stick / 'KZ-ALA-00000001.qmb'}: ")
    assert "Nothing was lost" in page.message.text()
    assert [p.name for p in stick.iterdir()] == ["KZ-ALA-00000001.qmb"]  # only the obstacle; no partial file
    assert page.last_bundle.text() == "None yet."
    assert page.waiting.text() == f"{changes(waiting_in_database(gate))} not yet acknowledged by HQ"


def test_a_stick_that_fills_up_while_age_writes_is_told_in_words(qtbot, held_page, gate, dialogs, stick,
                                                                 monkeypatch):
    import errno

    from desktop.services import exchange

    class FullStick:
        """A stick with no room left: every write fails as the system says it."""

        def write(self, data) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def flush(self) -> None:
            pass

    class FullStickWriter(exchange._HashingWriter):
        def __init__(self, fh):
            super().__init__(FullStick())

    monkeypatch.setattr(exchange, "_HashingWriter", FullStickWriter)
    page = held_page
    page.service.release.set()
    register(gate, 2)
    dialogs.files = [stick]
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, page)
    assert page.message.kind == "error"
    assert page.message.text().startswith(
        f"Could not write the bundle {stick / 'KZ-ALA-00000001.qmb'}: {os.strerror(errno.ENOSPC)}. Nothing was lost")
    assert list(stick.iterdir()) == []
    assert page.last_bundle.text() == "None yet."


def test_hq_answer_is_applied_and_shown(qtbot, admin_window, gate, dialogs, hq_folder, stick, tmp_path):
    admin = gate.log_in("admin", ADMIN_PASSWORD)
    service = ExchangeService(gate.db, admin)
    service.install_hq_keyset((hq_folder / "hq-keyset.json").read_bytes())
    enrolment, _ = service.enrolment()
    register(gate, 3)
    sent = waiting_in_database(gate)
    bundle = service.export_bundle(stick).path
    with gate.db.read() as s:
        refused_id = str(s.scalar(select(Person.id).where(Person.number == "KZ-ALA-2026-000001")))

    # At HQ: the branch enrolled, its bundle applied, one change refused, the answer written.
    keys = load_hq_keys(hq_folder)
    hq = Database(create_engine(f"sqlite:///{tmp_path / 'hq.db'}"))
    schema.upgrade(hq)
    try:
        at_hq = HqService(hq, keys=keys)
        at_hq.enrol(enrolment)
        at_hq.import_bundle(bundle.read_bytes())
        with hq.session("hq") as s:
            s.add(HqRejected(branch_code="KZ-ALA", change_seq=sent, record_type="person",
                             record_id=refused_id, reason="Duplicate passport number"))
        answer = at_hq.return_bundle("KZ-ALA")
    finally:
        hq.close()
    returned = tmp_path / answer.file_name
    returned.write_bytes(answer.data)

    page = exchange_page(admin_window)
    assert page.acknowledged.text() == "No answer from HQ yet."
    assert not page.rejected.isVisible()
    dialogs.files = [returned]
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, page)
    assert page.message.kind == "done"
    assert page.message.text() == (f"HQ acknowledged the changes through {sent}. {sent} sent changes removed "
                                   "from the waiting list. HQ could not apply 1 change: see the list below.")
    assert page.acknowledged.text().startswith(f"Changes through {sent} — answer 1, applied ")
    assert page.waiting.text() == "0 changes not yet acknowledged by HQ"
    assert waiting_in_database(gate) == 0
    assert page.rejected.isVisible()
    model = page.rejected_model
    assert [model.index(0, c).data() for c in range(4)] == [
        str(sent), "Visitor", "KZ-ALA-2026-000001", "Duplicate passport number"]

    # The same answer again changes nothing and says so.
    dialogs.files = [returned]
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, page)
    assert page.message.text() == "This answer from HQ was applied before; nothing changed."


def test_records_hq_sends_back_after_a_restore_are_counted_on_the_screen(qtbot, admin_window, gate, dialogs,
                                                                          hq_folder, stick, tmp_path):
    from desktop.models import HqBranch

    admin = gate.log_in("admin", ADMIN_PASSWORD)
    service = ExchangeService(gate.db, admin)
    service.install_hq_keyset((hq_folder / "hq-keyset.json").read_bytes())
    enrolment, _ = service.enrolment()
    register(gate, 2)
    bundle = service.export_bundle(stick).path
    with gate.db.session("admin") as s:
        # What a restore does to a record made after the backup: gone, unjournalled.
        s.execute(Person.__table__.delete().where(Person.number == "KZ-ALA-2026-000002"))
    hq = Database(create_engine(f"sqlite:///{tmp_path / 'hq.db'}"))
    schema.upgrade(hq)
    try:
        at_hq = HqService(hq, keys=load_hq_keys(hq_folder))
        at_hq.enrol(enrolment)
        at_hq.import_bundle(bundle.read_bytes())
        with hq.session("hq") as s:  # as HQ records it when the restored branch's first bundle arrives
            s.get(HqBranch, "KZ-ALA").giveback_since = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)
        answer = at_hq.return_bundle("KZ-ALA")
    finally:
        hq.close()
    returned = tmp_path / answer.file_name
    returned.write_bytes(answer.data)

    page = exchange_page(admin_window)
    dialogs.files = [returned]
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, page)
    assert page.message.kind == "done"
    assert page.message.text().endswith(" 1 record that the restored backup lacked came back from HQ.")
    with gate.db.read() as s:
        assert set(s.scalars(select(Person.number))) == {"KZ-ALA-2026-000001", "KZ-ALA-2026-000002"}


def test_a_receptionist_sees_why_there_is_no_exchange(qtbot, open_window):
    window = open_window(Role.RECEPTIONIST)
    window.show_area(Area.EXCHANGE)
    page = window.pages[Area.EXCHANGE]
    assert isinstance(page, NoExchangeAccessPage)
    assert page.notice.text().startswith("Only the administrator exchanges records with HQ")
    assert "Receptionist" in page.notice.text()
    assert not [b for b in window.findChildren(QPushButton) if b.objectName() == "export_bundle"]
    assert not any("Export" in text for text in visible_texts(window))


def changes(n: int) -> str:
    return f"{n} change" if n == 1 else f"{n} changes"
