"""Noticing, within a second or two, that another desk or program saved something.

A window keeps a search index in memory; what other desks of a PostgreSQL
branch save, and what a command line (an import) saves into an embedded
branch, reaches that index through the change log. ``ChangeWatcher`` says
*when* to read it, on a thread of its own, by calling ``on_change()``:

- PostgreSQL: every writing transaction sends a NOTIFY at COMMIT
  (models/journal.py); the watcher LISTENs on one connection of its own and
  calls back when one arrives. While that connection is down (the server
  restarted, the network dropped) it falls back to reading the change log's
  head every ``poll_seconds`` and tries to listen again every
  ``relisten_seconds``.
- SQLite: there is no notification between processes; the watcher reads the
  change log's head (one row of ``sequence_head``) every ``poll_seconds``.

The callback is also made once whenever watching (re)starts, since changes
may have been saved while nobody listened; the reader it wakes reads the
change log from where it stopped, so a call too many costs one query.
"""
from __future__ import annotations

import logging
import select
import socket
import threading
import time
from collections.abc import Callable

from sqlalchemy import select as sql_select
from sqlalchemy.exc import SQLAlchemyError

from desktop.errors import Refused
from desktop.models import SequenceHead
from desktop.models.database import Database
from desktop.models.journal import CHANGE_CHANNEL

log = logging.getLogger("qamqor")

POLL_SECONDS = 1.0        # between two reads of the change log's head, when not listening
RELISTEN_SECONDS = 10.0   # between two tries to listen again after the connection dropped
KEEPALIVE_SECONDS = 30.0  # a listening connection silent this long is checked with a query
LOOK_UP_SECONDS = 1.0     # how often a listening thread looks whether its database was closed


class ChangeWatcher:
    """Calls ``on_change()`` (on its own thread) soon after anything is saved
    to ``db`` by anyone, until ``stop()``."""

    def __init__(self, db: Database, on_change: Callable[[], None], *, poll_seconds: float = POLL_SECONDS,
                 relisten_seconds: float = RELISTEN_SECONDS):
        self.db = db
        self.on_change = on_change
        self.poll_seconds = poll_seconds
        self.relisten_seconds = relisten_seconds
        self._stopping = threading.Event()
        self._wake_in: socket.socket | None = None
        self._wake_out: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._listener = None  # the psycopg connection that LISTENs, while it does
        self._lock = threading.Lock()
        self._unreachable = False  # said once in the log, not every second

    @property
    def listening(self) -> bool:
        """Whether changes arrive by notification now (else by reading the head)."""
        return self._listener is not None

    def start(self) -> None:
        if self._thread is not None or self._stopping.is_set():
            return
        # Wakes the listening thread out of select() at once when stopping
        # (a socket pair, since select() takes no pipes on Windows).
        self._wake_in, self._wake_out = socket.socketpair()
        self._thread = threading.Thread(target=self._run, name="qamqor-change-watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop watching and close the listening connection (before the database closes)."""
        self._stopping.set()
        if self._thread is None:
            return
        try:
            self._wake_out.send(b"x")
        except OSError:
            pass
        self._thread.join(timeout=10)
        self._thread = None
        self._wake_in.close()
        self._wake_out.close()

    # -- the thread ---------------------------------------------------------------------
    def _done(self) -> bool:
        # A database closed without stop() (a window that never ended its
        # session) must not be watched for the rest of the process.
        return self._stopping.is_set() or self.db.closed

    def _run(self) -> None:
        last_head = self._head()
        self._call()
        next_listen = 0.0
        while not self._done():
            if self.db.is_postgres and time.monotonic() >= next_listen:
                if self._listen():
                    # Whatever was saved while nobody listened.
                    self._call()
                    self._wait_for_notifications()
                    if self._done():
                        break
                    last_head = self._head()
                    self._call()  # the connection dropped: changes may have gone unheard
                next_listen = time.monotonic() + self.relisten_seconds
            if self._stopping.wait(self.poll_seconds) or self._done():
                break
            head = self._head()
            if head is not None and head != last_head:
                last_head = head
                self._call()

    def _call(self) -> None:
        try:
            self.on_change()
        except Exception:  # a bug in the reader must not end the watching
            log.exception("the change watcher's reader failed")

    def _head(self) -> int | None:
        """The change log's last sequence number; None when the database is out of reach."""
        try:
            with self.db.read() as s:
                head = int(s.scalar(sql_select(SequenceHead.value).where(SequenceHead.name == "change")) or 0)
        except (SQLAlchemyError, Refused) as err:
            if not self._unreachable:
                self._unreachable = True
                log.warning("could not read the change log's head (%s)", type(err).__name__)
            return None
        self._unreachable = False
        return head

    # -- PostgreSQL -----------------------------------------------------------------------
    def _listen(self) -> bool:
        import psycopg

        conn = None
        try:
            pooled = self.db.engine.raw_connection()
            conn = pooled.driver_connection
            # Ours alone from now on: it waits in LISTEN, outside any transaction.
            pooled.detach()
            conn.rollback()
            conn.autocommit = True
            conn.execute(f"LISTEN {CHANGE_CHANNEL}")
        except (SQLAlchemyError, psycopg.Error) as err:
            if conn is not None:
                conn.close()
            if not self._unreachable:
                log.warning("cannot listen for other desks' changes (%s); reading the change log instead",
                            type(err).__name__)
            return False
        with self._lock:
            self._listener = conn
        return True

    def _wait_for_notifications(self) -> None:
        """Call back for each burst of notifications until stopped or the connection drops."""
        import psycopg

        conn = self._listener
        heard = threading.Event()
        # A notification that arrives while the keep-alive query runs is taken
        # by psycopg and handed to this handler rather than left for the loop.
        conn.add_notify_handler(lambda _note: heard.set())
        pgconn = conn.pgconn
        try:
            quiet_since = time.monotonic()
            while not self._done():
                ready, _, _ = select.select([pgconn.socket, self._wake_in], [], [], LOOK_UP_SECONDS)
                if self._wake_in in ready:
                    return
                if ready:
                    quiet_since = time.monotonic()
                    pgconn.consume_input()
                    while pgconn.notifies() is not None:
                        heard.set()
                    if pgconn.status != psycopg.pq.ConnStatus.OK:
                        raise psycopg.OperationalError("the listening connection was closed")
                elif time.monotonic() - quiet_since >= KEEPALIVE_SECONDS:
                    quiet_since = time.monotonic()
                    conn.execute("SELECT 1")
                if heard.is_set():
                    heard.clear()
                    self._call()
        except (psycopg.Error, OSError) as err:
            log.warning("stopped hearing other desks' changes (%s); reading the change log instead",
                        type(err).__name__)
        finally:
            with self._lock:
                self._listener = None
            try:
                conn.close()
            except psycopg.Error:
                pass

