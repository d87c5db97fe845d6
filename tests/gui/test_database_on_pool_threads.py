"""Work on the window's pool threads reads the branch through a few
connections that stay open. (With one connection per Python thread, a Qt
pool thread looked new at every job: each job keyed a connection of its
own, and past five the pool closed connections a job on the other thread
was still reading with: "Cannot operate on a closed database", or a crash.)"""
from __future__ import annotations

from sqlalchemy import event

from desktop.models import Role
from desktop.services.statistics import Period, StatisticsService
from desktop.views.kit.workers import WorkerPool
from tests.conftest import STAFF, password_of

JOBS = 40


def test_jobs_on_two_pool_threads_share_a_few_connections_and_all_succeed(qtbot, gate):
    director = gate.log_in(STAFF[Role.DIRECTOR], password_of(STAFF[Role.DIRECTOR]))
    service = StatisticsService(gate.db, director)
    opened = []
    event.listen(gate.db.engine, "connect", lambda *_args: opened.append(1))
    workers = WorkerPool(threads=2)
    done, failed = [], []
    for i in range(JOBS):
        period = Period.month(2026, 1 + i % 12)
        workers.start(lambda _ctx, p=period: service.dashboard(p, by_service=True), on_done=done.append,
                      on_failed=failed.append)
    qtbot.waitUntil(lambda: len(done) + len(failed) == JOBS, timeout=120_000)
    workers.shutdown()
    assert not failed and len(done) == JOBS
    assert len(opened) <= 2
