"""Branch → USB stick → HQ PostgreSQL → return bundle → branch, end to end,
through the same command lines an administrator uses."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop import hq_cli
from desktop.exchange.bundle import BUNDLE_DOMAIN, open_sealed, public_b64, unpack
from desktop.exchange.keys import generate_hq_keys
from desktop.models import ChangeLog, HqBranch, HqConflict, Person, SequenceHead, ServiceProvider
from desktop.models.journal import canonical_json, snapshot
from desktop.models.replication import replicated_models
from desktop.services.accounts import BranchGate
from desktop.services.exchange import ExchangeService
from desktop.services.keys import signing_key
from desktop.services.storage import open_postgres
from tests.conftest import ADMIN_PASSWORD, FAST

pytestmark = pytest.mark.postgres


@pytest.fixture(autouse=True)
def _application(qapp):
    """hq_cli.main makes a QCoreApplication when none exists; one made here would
    outlive the test and trip pytest-qt's QApplication in the window tests."""
    return qapp


@pytest.fixture(scope="module")
def hq_keys(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hq") / "keys"
    generate_hq_keys(folder)
    return folder


class Branch:
    def __init__(self, gate: BranchGate, keys: Path, stick: Path):
        self.gate, self.stick = gate, stick
        admin = gate.log_in("admin", ADMIN_PASSWORD)
        self.service = ExchangeService(gate.db, admin)
        self.service.install_hq_keyset((keys / "hq-keyset.json").read_bytes())
        self.enrolment = stick.parent / "enrolment.json"
        self.enrolment.write_bytes(self.service.enrolment()[0])
        self.count = 0

    def register(self, n: int = 1) -> None:
        with self.gate.db.session("admin") as s:
            for _ in range(n):
                self.count += 1
                s.add(Person(number=f"KZ-ALA-2026-{self.count:06d}", family_name=f"Сатпаев {self.count}",
                             given_name="Әлихан", latin_name=f"SATPAYEV {self.count}"))

    def edit(self, index: int, given_name: str) -> None:
        with self.gate.db.session("admin") as s:
            person = s.execute(select(Person).where(Person.number == f"KZ-ALA-2026-{index:06d}")).scalar_one()
            person.given_name = given_name

    def export(self) -> Path:
        return self.service.export_bundle(self.stick).path


@pytest.fixture
def branch(gate, hq_keys, tmp_path) -> Branch:
    stick = tmp_path / "stick"
    stick.mkdir()
    return Branch(gate, hq_keys, stick)


@pytest.fixture
def hq(pg_server, hq_keys, branch):
    url = pg_server.create_fresh_database("hq")
    assert hq_cli.main(["enrol", "--db", url, str(branch.enrolment)]) == 0
    return url


def hq_import(url: str, keys: Path, *files: Path) -> int:
    return hq_cli.main(["import", "--db", url, "--keys", str(keys), *map(str, files)])


def records(db) -> dict[str, set[str]]:
    """Every replicated record, as canonical snapshots, per type."""
    out = {}
    with db.read() as s:
        for record_type, model in replicated_models().items():
            out[record_type] = {canonical_json(snapshot(obj)) for obj in s.execute(select(model)).scalars()}
    return out


def hq_records(url: str) -> dict[str, set[str]]:
    db = open_postgres(url)
    try:
        return records(db)
    finally:
        db.close()


def test_export_import_gives_hq_the_same_records(branch, hq, hq_keys, capsys):
    branch.register(5)
    branch.edit(2, "Қаныш")
    bundle = branch.export()
    capsys.readouterr()
    assert hq_import(hq, hq_keys, bundle) == 0
    assert capsys.readouterr().out.strip() == "KZ-ALA bundle 1: 6 applied, 0 already present, 0 conflicts, 0 rejected."
    assert hq_records(hq) == records(branch.gate.db)


def test_reimport_and_older_bundles_change_nothing(branch, hq, hq_keys, capsys):
    branch.register(2)
    first = branch.export()
    branch.register(1)
    second = branch.export()
    assert hq_import(hq, hq_keys, second) == 0
    after = hq_records(hq)
    capsys.readouterr()
    assert hq_import(hq, hq_keys, second, first) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["KZ-ALA bundle 2: imported before; nothing changed (3 already present).",
                     "KZ-ALA bundle 1: older than what HQ has; nothing changed (2 already present)."]
    assert hq_records(hq) == after == records(branch.gate.db)


def test_a_second_bundle_with_a_seen_number_is_a_fork(branch, hq, hq_keys, gate, tmp_path, capsys):
    branch.register(1)
    hq_import(hq, hq_keys, branch.export())
    gate.db.checkpoint()
    copy = tmp_path / "restored"
    shutil.copytree(gate.data_dir, copy)
    branch.register(1)
    assert hq_import(hq, hq_keys, branch.export()) == 0
    before = hq_records(hq)
    # The laptop is restored from the copy and carries on: its next bundle is number 2 again.
    restored_gate = BranchGate(copy, kdf=FAST)
    try:
        admin = restored_gate.log_in("admin", ADMIN_PASSWORD)
        restored = ExchangeService(restored_gate.db, admin)
        with restored_gate.db.session("admin") as s:
            s.add(Person(number="KZ-ALA-2026-900001", family_name="Restored"))
        other_stick = tmp_path / "other"
        other_stick.mkdir()
        forked = restored.export_bundle(other_stick).path
    finally:
        restored_gate.close()
    capsys.readouterr()
    assert hq_import(hq, hq_keys, forked) == 1
    err = capsys.readouterr().err
    assert "FORK" in err and len(err.strip().splitlines()) == 1
    assert hq_records(hq) == before


def test_the_age_command_decrypts_a_bundle_and_its_manifest_verifies(branch, hq_keys, gate):
    if shutil.which("age") is None:
        pytest.skip("the age command is not installed (Debian package age)")
    branch.register(3)
    bundle = branch.export()
    plain = subprocess.run(["age", "-d", "-i", str(hq_keys / "hq-primary.agekey"), str(bundle)],
                           capture_output=True, check=True).stdout
    with gate.db.read() as s:
        public = public_b64(signing_key(s))
    opened = open_sealed(plain, domain=BUNDLE_DOMAIN, kind="bundle", signer_public=lambda m: public)
    assert opened.manifest["changes"]["count"] == 3
    # The escrow key opens it too.
    escrow = subprocess.run(["age", "-d", "-i", str(hq_keys / "hq-escrow.agekey"), str(bundle)],
                            capture_output=True, check=True).stdout
    assert unpack(escrow)["manifest.json"] == opened.manifest_bytes


def test_return_bundle_acknowledges_prunes_and_brings_the_directory(branch, hq, hq_keys, tmp_path, capsys):
    branch.register(4)
    hq_import(hq, hq_keys, branch.export())
    db = open_postgres(hq)
    with db.session("hq-analyst") as s:
        s.add(ServiceProvider(name_en="TB dispensary No. 2", name_ru="Противотуберкулёзный диспансер №2",
                              category="tb_clinic"))
    db.close()
    back = tmp_path / "back"
    back.mkdir()
    assert hq_cli.main(["return", "--db", hq, "--keys", str(hq_keys), "--branch", "KZ-ALA", "--out", str(back)]) == 0
    (returned,) = back.iterdir()
    result = branch.service.import_return(returned.read_bytes())
    assert (result.acknowledged_through, result.pruned, result.providers) == (4, 4, 1)
    with branch.gate.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == 0
        assert s.scalar(select(ServiceProvider.name_en)) == "TB dispensary No. 2"
    assert branch.service.import_return(returned.read_bytes()).already
    # The next bundle carries only what HQ has not acknowledged.
    branch.register(1)
    capsys.readouterr()
    assert hq_import(hq, hq_keys, branch.export()) == 0
    assert "1 applied" in capsys.readouterr().out
    assert hq_records(hq) == records(branch.gate.db)


def test_edits_of_the_same_field_at_both_ends_are_kept_as_a_conflict(branch, hq, hq_keys, capsys):
    branch.register(1)
    hq_import(hq, hq_keys, branch.export())
    db = open_postgres(hq)
    with db.session("hq-analyst") as s:
        s.execute(select(Person)).scalar_one().given_name = "Алихан (HQ)"
    branch.edit(1, "Алихан (branch)")
    capsys.readouterr()
    assert hq_import(hq, hq_keys, branch.export()) == 0
    assert "1 conflicts" in capsys.readouterr().out
    with db.read() as s:
        assert s.scalar(select(Person.given_name)) == "Алихан (HQ)"
        conflict = s.execute(select(HqConflict)).scalar_one()
        assert conflict.fields == "given_name"
        assert json.loads(conflict.branch_row)["given_name"] == "Алихан (branch)"
    db.close()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["add", "edit", "export", "deliver", "return", "hq-edit"]), min_size=1, max_size=14),
       st.randoms(use_true_random=False))
def test_any_story_of_lost_duplicated_and_reordered_sticks_ends_equal(
        pg_server, branch_template, hq_keys, tmp_path_factory, steps, rnd):
    root = tmp_path_factory.mktemp("story")
    shutil.copytree(branch_template, root / "branch")
    (root / "stick").mkdir()
    (root / "back").mkdir()
    gate = BranchGate(root / "branch", kdf=FAST)
    try:
        b = Branch(gate, hq_keys, root / "stick")
        url = pg_server.create_fresh_database("story")
        assert hq_cli.main(["enrol", "--db", url, str(b.enrolment)]) == 0
        b.register(1)
        written: list[Path] = []
        hq_edited: set[str] = set()
        for step in steps:
            if step == "add":
                b.register(rnd.randint(1, 3))
            elif step == "edit":
                b.edit(rnd.randint(1, b.count), f"name {rnd.random():.6f}")
            elif step == "export":
                written.append(b.export())
            elif step == "deliver" and written:
                # Some sticks are lost, some arrive twice, in any order.
                chosen = [rnd.choice(written) for _ in range(rnd.randint(1, 3))]
                assert hq_import(url, hq_keys, *chosen) == 0
            elif step == "hq-edit":
                db = open_postgres(url)
                with db.session("hq-analyst") as s:
                    people = s.execute(select(Person).order_by(Person.number)).scalars().all()
                    if people:
                        person = rnd.choice(people)
                        person.given_name = f"HQ {rnd.random():.6f}"
                        hq_edited.add(str(person.id))
                db.close()
            elif step == "return":
                for old in (root / "back").iterdir():
                    old.unlink()
                assert hq_cli.main(["return", "--db", url, "--keys", str(hq_keys), "--branch", "KZ-ALA",
                                    "--out", str(root / "back")]) == 0
                b.service.import_return(next((root / "back").iterdir()).read_bytes())
        assert hq_import(url, hq_keys, b.export()) == 0
        # Every record equal, except the given names HQ edited itself: there HQ
        # keeps its edit, a later branch edit of the name waits as a conflict,
        # and every other field of the record is the branch's (merged field by field).
        def comparable(recs):
            out = {}
            for record_type, rows in recs.items():
                out[record_type] = set()
                for text in rows:
                    row = json.loads(text)
                    if row["id"] in hq_edited:
                        row = {k: v for k, v in row.items() if k not in ("given_name", "version", "updated_at")}
                    out[record_type].add(canonical_json(row))
            return out

        assert comparable(hq_records(url)) == comparable(records(gate.db))
        db = open_postgres(url)
        with db.read() as s:
            conflicts = s.execute(select(HqConflict)).scalars().all()
            applied_through = s.scalar(select(HqBranch.cursor))
        db.close()
        assert {str(c.record_id) for c in conflicts} <= hq_edited
        assert {c.fields for c in conflicts} <= {"given_name"}
        with gate.db.read() as s:
            assert applied_through == s.scalar(select(SequenceHead.value).where(SequenceHead.name == "change"))
    finally:
        gate.close()
