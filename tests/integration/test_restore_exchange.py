"""A restored branch and HQ: the next bundle is no fork, and nothing HQ holds is lost."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from desktop.exchange.bundle import decrypt
from desktop.exchange.keys import load_hq_keys
from desktop.models import Counter, Person
from desktop.services.backups import BackupService, restore_into_folder
from desktop.services.storage import open_postgres
from tests.conftest import ADMIN_PASSWORD
from tests.integration.test_exchange import Branch, hq_import

pytestmark = pytest.mark.postgres


@pytest.fixture(autouse=True)
def _application(qapp):
    return qapp


@pytest.fixture
def branch(gate, hq_keys, tmp_path) -> Branch:
    stick = tmp_path / "stick"
    stick.mkdir()
    return Branch(gate, hq_keys, stick)


@pytest.fixture(scope="module")
def hq_keys(tmp_path_factory):
    from desktop.exchange.keys import generate_hq_keys

    folder = tmp_path_factory.mktemp("hq") / "keys"
    generate_hq_keys(folder)
    return folder


@pytest.fixture
def hq(pg_server, hq_keys, branch):
    from desktop import hq_cli

    url = pg_server.create_fresh_database("hq")
    assert hq_cli.main(["enrol", "--db", url, str(branch.enrolment)]) == 0
    return url


def _hq_people(url: str) -> set[str]:
    db = open_postgres(url)
    try:
        with db.read() as s:
            return set(s.scalars(select(Person.number)))
    finally:
        db.close()


def _manifest(bundle, keys) -> dict:
    from desktop.exchange.bundle import unpack

    members = unpack(decrypt(bundle.read_bytes(), load_hq_keys(keys).identities))
    return json.loads(members["manifest.json"])


def test_after_a_restore_the_next_bundle_follows_the_last_one_hq_saw(branch, hq, hq_keys, capsys):
    admin = branch.gate.log_in("admin", ADMIN_PASSWORD)
    backups = BackupService(branch.gate, admin)
    branch.register(3)
    assert hq_import(hq, hq_keys, branch.export()) == 0
    backup = backups.make().path
    branch.register(2)  # made after the backup: HQ gets them, the restore rewinds them away
    assert hq_import(hq, hq_keys, branch.export()) == 0
    backups.restore(backup, password=ADMIN_PASSWORD)
    with branch.gate.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 3
    branch.register(1)  # a new person after the restore
    third = branch.export()
    manifest = _manifest(third, hq_keys)
    assert manifest["sequence"] == 3 and manifest["epoch"]["base_change"] > 0
    capsys.readouterr()
    assert hq_import(hq, hq_keys, third) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert "KZ-ALA bundle 3:" in out and "1 applied" in out
    # HQ lost nothing: the two people the restore rewound away are still there, and the new one arrived.
    assert _hq_people(hq) == {f"KZ-ALA-2026-{n:06d}" for n in range(1, 7)}


def test_a_branch_rebuilt_from_a_backup_on_a_new_computer_begins_a_new_epoch_at_hq(
        branch, hq, hq_keys, tmp_path, capsys):
    admin = branch.gate.log_in("admin", ADMIN_PASSWORD)
    branch.register(2)
    assert hq_import(hq, hq_keys, branch.export()) == 0  # bundle 1
    backup = BackupService(branch.gate, admin).make().path
    branch.register(2)
    exported = branch.export()  # bundle 2: HQ gets it; the laptop is then lost
    assert hq_import(hq, hq_keys, exported) == 0
    old_stick_bundle = tmp_path / "old-stick" / exported.name
    old_stick_bundle.parent.mkdir()
    old_stick_bundle.write_bytes(exported.read_bytes())
    branch.gate.close()
    laptop = tmp_path / "laptop"
    restore_into_folder(backup, laptop, username="admin", password=ADMIN_PASSWORD)
    from desktop.services.accounts import BranchGate
    from desktop.services.exchange import ExchangeService
    from tests.conftest import FAST

    gate = BranchGate(laptop, kdf=FAST)
    try:
        admin = gate.log_in("admin", ADMIN_PASSWORD)
        with gate.db.session("admin") as s:
            s.add(Person(number="KZ-ALA-2026-000099", family_name="Жаңа", given_name="Адам"))
        bundle = ExchangeService(gate.db, admin).export_bundle(branch.stick).path
    finally:
        gate.close()
    manifest = _manifest(bundle, hq_keys)
    assert manifest["sequence"] == 2  # the number the lost laptop's bundle had
    assert manifest["epoch"]["base_bundle"] == 1 and manifest["epoch"]["parent"] == 0
    capsys.readouterr()
    assert hq_import(hq, hq_keys, bundle) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert "KZ-ALA was restored from a backup: its bundles from 2 on are a new epoch" in out
    # Nothing HQ held is lost, and the new person arrived although its change number was used before.
    people = _hq_people(hq)
    assert {f"KZ-ALA-2026-{n:06d}" for n in range(1, 5)} | {"KZ-ALA-2026-000099"} <= people
    # The old laptop's bundle, arriving late, belongs to the earlier state: refused.
    assert hq_import(hq, hq_keys, old_stick_bundle) == 1
    assert "before the branch was restored" in capsys.readouterr().err


def _branch_people(db) -> dict[str, tuple[str, int]]:
    with db.read() as s:
        return {number: (given, version) for number, given, version in
                s.execute(select(Person.number, Person.given_name, Person.version))}


def _return(hq, hq_keys, folder) -> bytes:
    from desktop import hq_cli

    for old in folder.iterdir():
        old.unlink()
    assert hq_cli.main(["return", "--db", hq, "--keys", str(hq_keys), "--branch", "KZ-ALA", "--out", str(folder)]) == 0
    (written,) = folder.iterdir()
    return written.read_bytes()


def test_the_return_bundle_brings_back_what_the_restored_backup_lacked(branch, hq, hq_keys, tmp_path, capsys):
    from desktop.services.exchange import ExchangeService
    from desktop.services.search import VisitorIndex

    admin = branch.gate.log_in("admin", ADMIN_PASSWORD)
    backups = BackupService(branch.gate, admin)
    branch.register(1)  # A
    assert hq_import(hq, hq_keys, branch.export()) == 0
    backup = backups.make().path
    branch.register(2)  # B and C, made after the backup
    branch.edit(1, "Қайрат")  # and A's edit
    assert hq_import(hq, hq_keys, branch.export()) == 0
    backups.restore(backup, password=ADMIN_PASSWORD)
    assert _branch_people(branch.gate.db) == {"KZ-ALA-2026-000001": ("Әлихан", 1)}
    branch.register(1)  # D, registered after the restore
    assert hq_import(hq, hq_keys, branch.export()) == 0
    branch.edit(4, "Ерлан")  # D edited again, not yet sent: HQ's copy of D is older
    index = VisitorIndex(branch.gate.db)
    index.load()
    assert index.save_snapshot()  # the stored index, which follows the change log
    other_desk = VisitorIndex(branch.gate.db)  # a window open at another desk, or in another program
    other_desk.load()
    assert not index.search("KZ-ALA-2026-000002")
    back = tmp_path / "back"
    back.mkdir()
    capsys.readouterr()
    data = _return(hq, hq_keys, back)
    assert "this return bundle brings back" in capsys.readouterr().out
    service = ExchangeService(branch.gate.db, admin, index=index)
    changes = []
    branch.gate.db.changes.subscribe(changes.append)
    result = service.import_return(data)
    assert result.given_back == 3 and result.left_out == 0  # B, C and A's edit; D stays as the branch has it
    people = _branch_people(branch.gate.db)
    assert people == {"KZ-ALA-2026-000001": ("Қайрат", 2), "KZ-ALA-2026-000002": ("Әлихан", 1),
                      "KZ-ALA-2026-000003": ("Әлихан", 1), "KZ-ALA-2026-000004": ("Ерлан", 2)}
    assert "person" in changes[-1].kinds
    # Found by search (the test registers people without name keys: by number), by the
    # window's index, told of them, and by an index read afresh (the stored one is dropped).
    assert [h.row.given_name for h in index.search("KZ-ALA-2026-000001")] == ["Қайрат"]
    assert [h.row.number for h in index.search("KZ-ALA-2026-000002")] == ["KZ-ALA-2026-000002"]
    fresh = VisitorIndex(branch.gate.db)
    fresh.load()
    assert [h.row.number for h in fresh.search("KZ-ALA-2026-000003")] == ["KZ-ALA-2026-000003"]
    # The other desk's index, following the change log, finds a gap there and reads the records afresh.
    other_desk.refresh()
    assert other_desk.stale
    other_desk.load()
    assert [h.row.number for h in other_desk.search("KZ-ALA-2026-000002")] == ["KZ-ALA-2026-000002"]
    # Written without journalling: only D's own edit waits to go to HQ.
    assert service.status().waiting == 1
    # The same return bundle again changes nothing.
    assert service.import_return(data).already
    assert _branch_people(branch.gate.db) == people
    # The branch's next bundle says it applied it: HQ sends nothing back again.
    assert hq_import(hq, hq_keys, branch.export()) == 0
    service.import_return(_return(hq, hq_keys, back))
    capsys.readouterr()
    later = _return(hq, hq_keys, back)
    assert "brings back" not in capsys.readouterr().out
    assert service.import_return(later).given_back == 0
    assert _hq_people(hq) == set(people)


def test_on_a_new_computer_a_record_whose_number_was_given_again_is_left_out(
        branch, hq, hq_keys, tmp_path, monkeypatch, capsys):
    """Restored onto a new computer, the branch numbers from the backup's
    counters (here with no reserve): a number HQ holds for another record may
    be given again. The return bundle leaves that record out, and numbering
    moves past every number it brought."""
    from desktop import cli
    from desktop.services import numbering
    from desktop.services.accounts import BranchGate
    from desktop.services.exchange import ExchangeService
    from tests.conftest import FAST

    admin = branch.gate.log_in("admin", ADMIN_PASSWORD)
    branch.register(1)
    assert hq_import(hq, hq_keys, branch.export()) == 0
    backup = BackupService(branch.gate, admin).make().path
    branch.register(2)  # numbers 2 and 3: HQ gets them, then the laptop is lost
    assert hq_import(hq, hq_keys, branch.export()) == 0
    branch.gate.close()
    laptop = tmp_path / "laptop"
    monkeypatch.setattr(numbering, "NUMBERS_RESERVED_AFTER_RESTORE", 0)
    restore_into_folder(backup, laptop, username="admin", password=ADMIN_PASSWORD)
    gate = BranchGate(laptop, kdf=FAST)
    try:
        admin = gate.log_in("admin", ADMIN_PASSWORD)
        service = ExchangeService(gate.db, admin)
        assert hq_import(hq, hq_keys, service.export_bundle(branch.stick).path) == 0  # the new epoch begins
        with gate.db.session("admin") as s:  # the backup's numbering gives number 2 again
            s.add(Person(number="KZ-ALA-2026-000002", family_name="Жаңа", given_name="Адам"))
    finally:
        gate.close()
    back = tmp_path / "back"
    back.mkdir()
    _return(hq, hq_keys, back)
    monkeypatch.setenv("QAMQOR_PASSWORD", ADMIN_PASSWORD)
    capsys.readouterr()
    assert cli.main(["--lang", "en", "--data-dir", str(laptop), "--user", "admin", "import-return",
                     str(next(back.iterdir()))]) == 0
    out = capsys.readouterr().out
    # The third person came back; HQ's second is left out (its number is the new person's here), and counted.
    assert "1 record that the restored backup lacked came back from HQ." in out
    assert "1 record from HQ was left out: its number is used here by another record" in out
    gate = BranchGate(laptop, kdf=FAST)
    try:
        gate.log_in("admin", ADMIN_PASSWORD)
        assert _branch_people(gate.db) == {"KZ-ALA-2026-000001": ("Әлихан", 1),
                                           "KZ-ALA-2026-000002": ("Адам", 1),
                                           "KZ-ALA-2026-000003": ("Әлихан", 1)}
        with gate.db.read() as s:  # the next visitor of 2026 would be number 4
            assert s.scalar(select(Counter.value).where(Counter.kind == "person", Counter.year == 2026)) == 3
    finally:
        gate.close()
