"""Several desks: a visitor registered at one desk is found at every other
desk within two seconds — by notification on PostgreSQL (and by reading the
change log's head while the listening connection is down), by reading the
head on an embedded branch that a command line writes to as well."""
from __future__ import annotations

import threading
import time

import psycopg
import pytest
from sqlalchemy import text

from desktop.models import Person, Role
from desktop.models.journal import CHANGE_CHANNEL
from desktop.services.accounts import BranchGate
from desktop.services.change_watch import ChangeWatcher
from desktop.services.search import VisitorIndex
from desktop.services.visitors import NewVisitor, VisitorService
from tests.conftest import FAST, STAFF, password_of

WITHIN = 2.0  # seconds: the promise to the receptionist at the other desk


def _desk(gate: BranchGate) -> VisitorService:
    who = gate.log_in(STAFF[Role.RECEPTIONIST], password_of(STAFF[Role.RECEPTIONIST]))
    return VisitorService(gate.db, who, VisitorIndex(gate.db))


class OtherDesk:
    """A desk's search index kept current by a ChangeWatcher, as a window keeps it."""

    def __init__(self, gate: BranchGate, **watch):
        self.service = _desk(gate)
        self.index = self.service.index
        assert self.index.load()
        self.woken = threading.Event()
        self.calls = 0
        self.watcher = ChangeWatcher(gate.db, self._changed, **watch)
        self.watcher.start()

    def _changed(self) -> None:
        self.index.refresh()
        self.calls += 1
        self.woken.set()

    def finds(self, query: str, number: str, *, within: float = WITHIN) -> float:
        """Seconds until a search for ``query`` shows ``number`` first; fails after ``within``."""
        start = time.monotonic()
        while True:
            if [h.row.number for h in self.index.search(query)][:1] == [number]:
                return time.monotonic() - start
            left = within - (time.monotonic() - start)
            assert left > 0, f"{query!r} not found at the other desk within {within} s"
            self.woken.wait(left)
            self.woken.clear()

    def wait_until(self, condition, within: float = 5.0) -> None:
        deadline = time.monotonic() + within
        while not condition():
            assert time.monotonic() < deadline
            self.woken.wait(0.05)

    def close(self) -> None:
        self.watcher.stop()


@pytest.fixture
def second_pg_gate(pg_gate, tmp_path):
    """The same PostgreSQL branch opened by another desk's program."""
    gate = BranchGate(tmp_path / "desk-b", db_url=pg_gate.db_url, kdf=FAST)
    yield gate
    gate.close()


@pytest.mark.postgres
def test_a_visitor_registered_at_one_desk_is_found_at_another_within_two_seconds(pg_gate, second_pg_gate):
    here = _desk(pg_gate)
    there = OtherDesk(second_pg_gate, poll_seconds=60)  # no reading of the head: only notifications
    try:
        there.wait_until(lambda: there.watcher.listening)
        assert there.index.search("Ғайратова Мөлдір") == []
        number = here.register(NewVisitor(family_name="Ғайратова", given_name="Мөлдір", sex="F")).number
        assert there.finds("Gayratova Moldir", number) < WITHIN
        # And the next one: the listening goes on.
        number = here.register(NewVisitor(family_name="Тоштемиров", given_name="Зафар", sex="M")).number
        assert there.finds("Toshtemirov Zafar", number) < WITHIN
    finally:
        there.close()


@pytest.mark.postgres
def test_when_the_listening_connection_drops_the_change_log_is_read_instead(pg_gate, second_pg_gate):
    here = _desk(pg_gate)
    there = OtherDesk(second_pg_gate, poll_seconds=0.2, relisten_seconds=0.5)
    try:
        there.wait_until(lambda: there.watcher.listening)
        pid = there.watcher._listener.info.backend_pid
        with pg_gate.db.session() as s:  # the server ends that connection (a restart, a dropped cable)
            assert s.scalar(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        number = here.register(NewVisitor(family_name="Назарбекова", given_name="Айсулу", sex="F")).number
        assert there.finds("Nazarbekova Aisulu", number) < WITHIN
        # It listens again on a new connection.
        there.wait_until(lambda: there.watcher.listening and there.watcher._listener.info.backend_pid != pid)
        number = here.register(NewVisitor(family_name="Жумабоева", given_name="Шахноза", sex="F")).number
        assert there.finds("Jumaboeva Shahnoza", number) < WITHIN
    finally:
        there.close()


@pytest.mark.postgres
def test_stopping_closes_the_listening_connection_at_once(pg_gate, second_pg_gate):
    there = OtherDesk(second_pg_gate)
    there.wait_until(lambda: there.watcher.listening)
    pid = there.watcher._listener.info.backend_pid
    start = time.monotonic()
    there.close()
    assert time.monotonic() - start < 1.0
    assert not there.watcher.listening

    def gone() -> bool:
        with second_pg_gate.db.read() as s:
            return not s.scalar(text("SELECT count(*) FROM pg_stat_activity WHERE pid = :pid"), {"pid": pid})
    there.wait_until(gone)


@pytest.mark.postgres
def test_a_change_is_announced_once_at_commit_and_never_when_rolled_back(pg_gate):
    desk = _desk(pg_gate)
    url = pg_gate.db.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url, autocommit=True) as listener:
        listener.execute(f"LISTEN {CHANGE_CHANNEL}")
        person_id = desk.register(NewVisitor(family_name="Бекова", given_name="Алия", sex="F")).person_id
        heard = list(listener.notifies(timeout=0.5))
        assert [n.channel for n in heard] == [CHANGE_CHANNEL]

        class Undone(Exception):
            pass
        with pytest.raises(Undone), pg_gate.db.session() as s:
            person = s.get(Person, person_id)
            for name in ("Бекова-Сариева", "Сариева"):  # two flushes, two change-log rows
                person.family_name = name
                s.flush()
            raise Undone
        assert list(listener.notifies(timeout=0.5)) == []


def test_what_another_program_saves_into_an_embedded_branch_is_found_within_two_seconds(gate, branch_dir):
    there = OtherDesk(gate)  # the window's
    importer = BranchGate(branch_dir, kdf=FAST)  # a command line (an import) on the same folder
    try:
        assert not there.watcher.listening
        number = _desk(importer).register(NewVisitor(family_name="Сыдыкова", given_name="Бермет", sex="F")).number
        assert there.finds("Sydykova Bermet", number) < WITHIN
    finally:
        there.close()
        importer.close()


def test_a_watcher_whose_database_was_closed_stops_on_its_own(gate):
    there = OtherDesk(gate)  # a window that never ended its session
    there.wait_until(lambda: there.calls >= 1)
    thread = there.watcher._thread
    gate.close()
    there.wait_until(lambda: not thread.is_alive())
    there.close()


@pytest.mark.postgres
def test_a_listening_watcher_whose_database_was_closed_lets_its_connection_go(pg_gate, second_pg_gate):
    there = OtherDesk(second_pg_gate)
    # Listening, and done reading what was saved before it listened.
    there.wait_until(lambda: there.watcher.listening and there.calls >= 2)
    thread = there.watcher._thread
    second_pg_gate.close()
    there.wait_until(lambda: not thread.is_alive())
    assert not there.watcher.listening
    there.close()
