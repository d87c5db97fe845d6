"""HQ's fast import (changes streamed in chunks, each chunk written set-based
while the next one is read) leaves HQ's database exactly as the change-by-change
import does: the same rows, conflicts, rejections, cursors and counts, bundle
after bundle, from the same starting database."""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, update

from desktop.errors import BundleError
from desktop.exchange.branch import build_bundle
from desktop.exchange.bundle import encrypt
from desktop.exchange.keys import generate_hq_keys, load_hq_keys
from desktop.hq import importing
from desktop.hq.service import HqService
from desktop.models import (Branch, ChangeLog, HqBranch, HqBundle, HqConflict, HqRejected, Person, SequenceHead,
                            ServiceProvider, uuid7)
from desktop.models.journal import canonical_json, snapshot
from desktop.models.replication import replicated_models
from desktop.services.accounts import BranchGate
from desktop.services.demo import DEMO_PASSWORD, make_demo
from desktop.services.exchange import ExchangeService, unacknowledged_changes
from desktop.services.keys import signing_key
from tests.conftest import FAST

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

#: small chunks, so that records, their later changes and their parents fall on both sides of a boundary
CHUNK = 37


def hq_database(url: str) -> dict:
    """Everything an import writes at HQ, in a form that compares (ids included,
    times of the import itself left out)."""
    hq = HqService.open(url)
    try:
        with hq.db.read() as s:
            out = {record_type: sorted(canonical_json(snapshot(o)) for o in s.execute(select(model)).scalars())
                   for record_type, model in replicated_models().items()}
            out["conflicts"] = [(c.id, c.branch_code, c.change_seq, c.record_type, str(c.record_id), c.fields,
                                 c.branch_row, c.hq_row, c.resolved)
                                for c in s.execute(select(HqConflict).order_by(HqConflict.id)).scalars()]
            out["rejected"] = [(r.id, r.branch_code, r.change_seq, r.record_type, r.record_id, r.reason)
                               for r in s.execute(select(HqRejected).order_by(HqRejected.id)).scalars()]
            out["branches"] = [(b.code, b.cursor, b.last_seq, b.return_seq)
                               for b in s.execute(select(HqBranch).order_by(HqBranch.code)).scalars()]
            out["bundles"] = [(b.branch_code, b.seq, str(b.bundle_id), b.manifest_hash, b.change_to)
                              for b in s.execute(select(HqBundle).order_by(HqBundle.branch_code, HqBundle.seq)).scalars()]
            out["hq_changes"] = [(c.seq, c.record_type, str(c.record_id), c.base_version, c.row)
                                 for c in s.execute(select(ChangeLog).order_by(ChangeLog.seq)).scalars()]
    finally:
        hq.close()
    return out


class TwoWays:
    """HQ's database, and a copy of it for every bundle: the bundle goes into
    the database by the fast import and into the copy change by change."""

    def __init__(self, pg_server, keys: Path, enrolment: bytes):
        self.server, self.folder, self.keys = pg_server, keys, load_hq_keys(keys)
        url = pg_server.create_fresh_database("fast")
        self.name = url.rsplit("/", 1)[1]
        with HqService.open(url) as hq:
            hq.enrol(enrolment)
        self.results = []

    @property
    def url(self) -> str:
        return self.server.url(self.name)

    def _import(self, url: str, data: bytes, *, streamed: bool):
        with HqService.open(url, keys=self.folder) as hq:
            try:
                with hq.transaction() as s:
                    return importing.import_bundle(s, data, identities=hq.keys.identities, streamed=streamed,
                                                   chunk=CHUNK)
            except BundleError as err:
                return f"refused: {err}"

    def deliver(self, path: Path, *, streams: bool = True):
        """Import the bundle both ways and compare; ``streams``: whether the fast
        road is expected to keep it (or to hand it to the change-by-change road)."""
        copy = f"copy_{os.urandom(6).hex()}"
        with self.server.connect() as conn:
            conn.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{self.name}"')
        try:
            data = path.read_bytes()
            handed_over = _Heard()
            logger = logging.getLogger(importing.__name__)
            level = logger.level
            logger.addHandler(handed_over)
            logger.setLevel(logging.INFO)
            try:
                fast = self._import(self.url, data, streamed=True)
            finally:
                logger.removeHandler(handed_over)
                logger.setLevel(level)
            assert bool(handed_over.records) != streams, handed_over.records
            slow = self._import(self.server.url(copy), data, streamed=False)
            assert fast == slow
            assert hq_database(self.url) == hq_database(self.server.url(copy))
        finally:
            self.server.drop_database(copy)
        self.results.append(fast)
        return fast

    def edit(self, number: str, **fields) -> None:
        """An edit made at HQ itself (journaled there, like an analyst's)."""
        with HqService.open(self.url, actor="hq-analyst") as hq, hq.transaction() as s:
            person = s.execute(select(Person).where(Person.number == number)).scalar_one()
            for name, value in fields.items():
                setattr(person, name, value)

    def return_bundle(self) -> bytes:
        with HqService.open(self.url, keys=self.folder) as hq:
            return hq.return_bundle("KZ-ALA").data


class _Heard(logging.Handler):
    def __init__(self):
        super().__init__(logging.INFO)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record.getMessage())


def numbers(gate: BranchGate) -> list[str]:
    with gate.db.read() as s:
        return list(s.execute(select(Person.number).where(Person.deleted.is_(False)).order_by(Person.number)).scalars())


def edit(gate: BranchGate, number: str, **fields) -> None:
    with gate.db.session("admin") as s:
        person = s.execute(select(Person).where(Person.number == number)).scalar_one()
        for name, value in fields.items():
            setattr(person, name, value)


def crafted(gate: BranchGate, number: str, bad: list[tuple[str, object, str]]) -> None:
    """Changes no branch program writes, put into the branch's change log as if
    it had: HQ must reject each alone (or refuse the bundle), the same way on both roads."""
    with gate.db.session("admin") as s:
        head = s.get(SequenceHead, "change")
        person = s.execute(select(Person).where(Person.number == number)).scalar_one()
        for record_type, record_id, row in bad:
            head.value += 1
            s.add(ChangeLog(seq=head.value, record_type=record_type, record_id=record_id or person.id,
                            operation="update", base_version=person.version, row=row, actor="admin",
                            at=person.created_at))


@pytest.fixture(scope="module")
def hq_keys(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hq") / "keys"
    generate_hq_keys(folder)
    return folder


def test_the_fast_import_leaves_hq_exactly_as_the_change_by_change_import(pg_server, hq_keys, tmp_path):
    gate = BranchGate(tmp_path / "branch", kdf=FAST)
    try:
        make_demo(tmp_path / "branch", visitors=150, seed=5, gate=gate)
        admin = gate.log_in("admin", DEMO_PASSWORD)
        branch = ExchangeService(gate.db, admin)
        branch.install_hq_keyset((hq_keys / "hq-keyset.json").read_bytes())
        hq = TwoWays(pg_server, hq_keys, branch.enrolment()[0])
        stick = tmp_path / "stick"
        stick.mkdir()

        # The first bundle: every record new at HQ, visitors, visits, referrals, volunteers, shifts.
        first = branch.export_bundle(stick).path
        result = hq.deliver(first)
        assert result.applied > 500 and (result.conflicts, result.rejected) == (0, 0)

        # HQ edits some people; the branch edits the same fields of some, other fields
        # of others, one several times, merges two people and registers more.
        people = numbers(gate)
        hq.edit(people[0], phone="+7 777 000 0000")
        hq.edit(people[1], address="Алматы, Сейфуллина 5")
        hq.edit(people[2], notes="HQ: checked")
        edit(gate, people[0], phone="+7 702 222 2222", notes="moved")
        edit(gate, people[1], phone="+7 705 333 3333")
        for i in range(4):
            edit(gate, people[3], notes=f"visit {i}")
        edit(gate, people[2], notes="branch: checked")
        # A row another branch's change moved on at HQ (unjournaled, as imported rows are):
        # versions disagree on a record HQ never edited itself.
        with HqService.open(hq.url) as at_hq, at_hq.transaction() as s:
            s.execute(update(Person).where(Person.number == people[10])
                      .values(phone="+7 708 444 4444", version=Person.version + 1))
        edit(gate, people[10], address="Алматы, Абая 10")
        edit(gate, people[10], phone="+7 702 555 5555")
        with gate.db.session("admin") as s:
            survivor = Person(number="KZ-ALA-2026-900002", family_name="Сатпаев", given_name="Қаныш")
            s.add(survivor)
            s.flush()
            # A record pointing at another one new in the same bundle (kept as a tombstone).
            s.add(Person(number="KZ-ALA-2026-900001", family_name="Satpayev", given_name="Kanysh",
                         merged_into_id=survivor.id, deleted=True))
        lost = branch.export_bundle(stick).path  # a stick that arrives late
        with gate.db.session("admin") as s:
            s.execute(select(Person).where(Person.number == people[4])).scalar_one().deleted = True
        second = branch.export_bundle(stick).path
        result = hq.deliver(second)  # cumulative: the first bundle's changes again, and the new ones
        assert result.conflicts >= 2
        assert hq.deliver(lost).status == "older"
        assert hq.deliver(second).status == "duplicate"

        # HQ answers; the branch prunes and carries on, with changes no branch writes among its own.
        branch.import_return(hq.return_bundle())
        edit(gate, people[0], address="Алматы, Толе би 9")
        edit(gate, people[5], given_name="Рустам")
        with gate.db.read() as s:
            good = snapshot(s.execute(select(Person).where(Person.number == people[6])).scalar_one())
        stranger = uuid7()
        crafted(gate, people[6], [
            ("app_user", None, canonical_json({"id": good["id"], "username": "intruder"})),
            ("person", None, "{not json"),
            ("person", None, canonical_json({k: v for k, v in good.items() if k != "phone"})),
            ("person", None, canonical_json({**good, "id": str(stranger)})),
            ("person", None, canonical_json({**good, "version": good["version"] + 1, "notes": "crafted"})),
        ])
        edit(gate, people[7], phone="+7 701 444 4444")
        third = branch.export_bundle(stick).path
        result = hq.deliver(third)
        assert result.rejected == 4

        # Values HQ's database refuses: each change is rejected alone on both roads.
        unborn, foreigner = uuid7(), uuid7()
        crafted(gate, people[8], [
            ("person", unborn, canonical_json({**good, "id": str(unborn), "number": "KZ-ALA-2026-900003",
                                               "birth_date": "2026-02-31"})),
            ("person", foreigner, canonical_json({**good, "id": str(foreigner), "number": "KZ-ALA-2026-900004",
                                                  "citizenship": "KAZ"}))])
        edit(gate, people[9], notes="after the refused value")
        fourth = branch.export_bundle(stick).path
        result = hq.deliver(fourth, streams=False)  # merging.py finds the changes to blame
        assert result.rejected == 2

        # A provider edited at both ends.
        with HqService.open(hq.url, actor="hq-analyst") as at_hq, at_hq.transaction() as s:
            provider = s.execute(select(ServiceProvider).order_by(ServiceProvider.id)).scalars().first()
            provider.phone = "+7 727 000 0000"
            provider_id = provider.id
        with gate.db.session("admin") as s:
            s.get(ServiceProvider, provider_id).phone = "+7 727 111 1111"
        hq.deliver(branch.export_bundle(stick).path)
        assert [r.status for r in hq.results] == ["applied", "applied", "older", "duplicate", "applied",
                                                   "applied", "applied"]
    finally:
        gate.close()


def test_a_bundle_refused_is_refused_the_same_way_on_both_roads(pg_server, hq_keys, tmp_path):
    gate = BranchGate(tmp_path / "branch", kdf=FAST)
    try:
        make_demo(tmp_path / "branch", visitors=20, seed=9, gate=gate)
        admin = gate.log_in("admin", DEMO_PASSWORD)
        branch = ExchangeService(gate.db, admin)
        branch.install_hq_keyset((hq_keys / "hq-keyset.json").read_bytes())
        hq = TwoWays(pg_server, hq_keys, branch.enrolment()[0])
        stick = tmp_path / "stick"
        stick.mkdir()
        # A visit whose visitor HQ has never seen: the database refuses it, and the bundle with it.
        with gate.db.session("admin") as s:
            head = s.get(SequenceHead, "change")
            row = json.loads(s.execute(select(ChangeLog.row).where(ChangeLog.record_type == "visit")
                                       .limit(1)).scalar())
            head.value += 1
            orphan = {**row, "id": str(uuid7()), "person_id": str(uuid7()), "version": 1}
            s.add(ChangeLog(seq=head.value, record_type="visit", record_id=uuid.UUID(orphan["id"]), operation="insert",
                            base_version=0, row=canonical_json(orphan), actor="admin",
                            at=dt.datetime.now(dt.timezone.utc)))
        result = hq.deliver(branch.export_bundle(stick).path, streams=False)
        assert result.startswith("refused: Bundle 1 of branch KZ-ALA could not be applied")
    finally:
        gate.close()


def signed_bundle(gate: BranchGate, hq_keys: Path, folder: Path, *, sequence: int, reorder) -> Path:
    """A bundle of all the branch's changes, signed with its key like any other,
    but with the change rows passed through ``reorder`` first: what a damaged
    or hand-made branch program might send."""
    with gate.db.read() as s:
        branch = s.execute(select(Branch).where(Branch.is_local.is_(True))).scalar_one()
        rows = reorder(list(unacknowledged_changes(s, 0)))
        content = build_bundle(rows, signing=signing_key(s), bundle_id=str(uuid7()), branch_id=str(branch.id),
                               branch_code=branch.code, sequence=sequence, previous_manifest="",
                               acknowledged_through=0)
    path = folder / f"{branch.code}-{sequence:08d}.qmb"
    with open(path, "wb") as out:
        encrypt(content.plaintext, load_hq_keys(hq_keys).keyset.recipients, out)
    return path


def _swapped(rows):
    rows[3], rows[4] = rows[4], rows[3]
    return rows


def _shouted(rows):
    # The last record named with its id in capitals: Python's uuid and PostgreSQL read it
    # alike, but its row names it in small letters (a change HQ rejects).
    seq, record_type, record_id, *rest = rows[-1]
    rows[-1] = (seq, record_type, record_id.upper(), *rest)
    return rows


@pytest.mark.parametrize("reorder", [_swapped, _shouted], ids=["out of sequence", "an id in capitals"])
def test_what_the_fast_import_does_not_take_goes_change_by_change_with_the_same_result(
        pg_server, hq_keys, tmp_path, reorder):
    gate = BranchGate(tmp_path / "branch", kdf=FAST)
    try:
        make_demo(tmp_path / "branch", visitors=30, seed=4, gate=gate)
        admin = gate.log_in("admin", DEMO_PASSWORD)
        branch = ExchangeService(gate.db, admin)
        branch.install_hq_keyset((hq_keys / "hq-keyset.json").read_bytes())
        hq = TwoWays(pg_server, hq_keys, branch.enrolment()[0])
        result = hq.deliver(signed_bundle(gate, hq_keys, tmp_path, sequence=1, reorder=reorder), streams=False)
        assert result.status == "applied" and result.applied > 100
        assert result.rejected == (1 if reorder is _shouted else 0)
    finally:
        gate.close()
