"""A lost or stolen branch computer, rebuilt from HQ's records (issue 13,
section 2): branch → bundles → HQ; a recovery request on a new computer;
HQ's recovery bundle; `qamqor init --recover`; the old computer's next
bundle is refused and the rebuilt branch's next bundle is accepted."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop import cli, hq_cli
from desktop.errors import WrongPassword
from desktop.exchange.keys import generate_hq_keys, read_identities
from desktop.models import ExchangeState, HqBranch, Person, Referral, ServiceProvider, Visit
from desktop.models.journal import verify_chain
from desktop.services.accounts import AccountService, BranchGate
from desktop.services.exchange import ExchangeService
from desktop.services.health import HealthAccessService
from desktop.services.storage import open_postgres
from desktop.services.visitors import HealthIn, NewVisitor, VisitorService
from tests.conftest import ADMIN_PASSWORD, FAST, STAFF_PASSWORD

pytestmark = pytest.mark.postgres

NOTE = "Туберкулёз лёгких, лечение с марта"
CHIEF_PASSWORD = "новый пароль начальника"
DIRECTOR_PASSWORD = "директор снова здесь"


@pytest.fixture(autouse=True)
def _application(qapp):
    return qapp


@pytest.fixture(scope="module")
def hq_keys(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hq") / "keys"
    keyset = generate_hq_keys(folder)
    return folder, keyset.spoken


def _old_laptop(gate, keys, tmp_path):
    """The branch as it was: people with visits, a referral and a health flag,
    two bundles sent to HQ; a third made but never sent."""
    admin = gate.log_in("admin", ADMIN_PASSWORD)
    exchange = ExchangeService(gate.db, admin, escrow=gate.set_escrow)
    exchange.install_hq_keyset((keys / "hq-keyset.json").read_bytes())
    director = gate.log_in("director", STAFF_PASSWORD)  # gives HQ's escrow its copy of the health key
    visitors = VisitorService(gate.db, director)
    kamila = visitors.register(NewVisitor(family_name="Юсупова", given_name="Камила", sex="F",
                                          birth_date=dt.date(1990, 4, 12), citizenship="UZ",
                                          health=(HealthIn("tb", NOTE),)))
    visitors.log_visit(kamila.person_id, notes="первичный приём")
    with gate.db.session("admin") as s:
        provider = ServiceProvider(name_ru="Городская поликлиника №4", category="medical")
        s.add(provider)
        s.flush()
        s.add(Referral(person_id=kamila.person_id, provider_id=provider.id, service="medical", priority="normal",
                       due_date=dt.date(2026, 12, 20)))
    (tmp_path / "enrolment.json").write_bytes(exchange.enrolment()[0])
    stick = tmp_path / "stick"
    stick.mkdir()
    first = exchange.export_bundle(stick).path
    rustam = visitors.register(NewVisitor(family_name="Назаров", given_name="Рустам", sex="M",
                                          birth_date=dt.date(1985, 1, 30), citizenship="TJ"))
    visitors.log_visit(rustam.person_id)
    second = exchange.export_bundle(stick).path
    visitors.register(NewVisitor(family_name="Ким", given_name="Олег", sex="M", birth_year=1979, citizenship="KZ"))
    never_sent = exchange.export_bundle(stick).path
    return [first, second], never_sent, {kamila.number: kamila.person_id, rustam.number: rustam.person_id}


def test_a_lost_branch_is_rebuilt_from_hq_and_the_old_computer_is_refused(
        gate, pg_server, hq_keys, tmp_path, monkeypatch, capsys):
    keys, spoken = hq_keys
    sent, never_sent, people = _old_laptop(gate, keys, tmp_path)
    gate.close()
    url = pg_server.create_fresh_database("hq")
    assert hq_cli.main(["enrol", "--db", url, str(tmp_path / "enrolment.json")]) == 0
    assert hq_cli.main(["import", "--db", url, "--keys", str(keys), *map(str, sent)]) == 0

    # The new computer asks; HQ answers; the branch is made from the answer.
    laptop = tmp_path / "new-laptop"
    monkeypatch.setenv("QAMQOR_PASSWORD", CHIEF_PASSWORD)
    assert cli.main(["--lang", "en", "--data-dir", str(laptop), "recovery-request", "--branch-code", "kz-ala",
                     "--out", str(tmp_path)]) == 0
    request = tmp_path / "KZ-ALA-recovery-request.json"
    out = tmp_path / "KZ-ALA.qmrecovery"
    capsys.readouterr()
    assert hq_cli.main(["--lang", "en", "recover", "--db", url, "--branch", "KZ-ALA", "--enrolment", str(request),
                        "--out", str(out), "--keys", str(keys)]) == 0
    said = capsys.readouterr().out
    assert "from its bundle 2" in said and "is revoked" in said
    assert b"\xd0\xae\xd1\x81\xd1\x83\xd0\xbf" not in out.read_bytes()  # "Юсуп": encrypted, as every bundle
    assert cli.main(["--data-dir", str(laptop), "init", "--admin", "chief"]) == 1  # no code, no name
    assert cli.main(["--lang", "en", "--data-dir", str(laptop), "init", "--admin", "chief", "--recover", str(out),
                     "--hq-fingerprint", "0000 1111"]) == 1
    assert "not this file's" in capsys.readouterr().err
    assert cli.main(["--lang", "en", "--data-dir", str(laptop), "init", "--admin", "chief", "--recover", str(out),
                     "--hq-fingerprint", spoken]) == 0
    said = capsys.readouterr().out
    assert "Branch KZ-ALA is rebuilt" in said and "from bundle 2" in said
    assert "came back disabled" in said and "director" in said and "grant-health" in said

    # The lost computer's bundle, arriving after the recovery, is refused.
    assert hq_cli.main(["--lang", "en", "import", "--db", url, "--keys", str(keys), str(never_sent)]) == 1
    assert "revoked" in capsys.readouterr().err

    rebuilt = BranchGate(laptop, kdf=FAST)
    try:
        chief = rebuilt.log_in("chief", CHIEF_PASSWORD)
        with rebuilt.db.read() as s:
            numbers = set(s.execute(select(Person.number)).scalars())
            assert numbers == set(people)
            assert s.execute(select(Person.family_name).where(Person.number.in_(people))).scalars().all()
            assert len(s.execute(select(Visit)).scalars().all()) == 2
            assert s.execute(select(Referral)).scalar_one().person_id == people[min(people)]
            assert verify_chain(s).ok
        with pytest.raises(WrongPassword):
            rebuilt.log_in("director", STAFF_PASSWORD)  # staff come back disabled
        AccountService(rebuilt, chief).reset_password("director", password=DIRECTOR_PASSWORD)
        escrow = read_identities(keys / "hq-escrow.agekey")[0]
        HealthAccessService(rebuilt, chief).grant_with_escrow("director", escrow)
        director = rebuilt.log_in("director", DIRECTOR_PASSWORD)
        flags = VisitorService(rebuilt.db, director).view_health(people[min(people)])
        assert [(f.flag, f.note) for f in flags] == [("tb", NOTE)]

        # Work goes on: numbers above HQ's highest and the room left for those the lost
        # computer gave after its last bundle; the next bundle is taken as the branch's.
        new = VisitorService(rebuilt.db, director).register(NewVisitor(
            family_name="Абдуллаева", given_name="Зарина", sex="F", birth_year=1996, citizenship="UZ"))
        from desktop.services.numbering import NUMBERS_RESERVED_AFTER_RESTORE

        assert new.number.rsplit("-", 1)[0] == max(people).rsplit("-", 1)[0]
        assert int(new.number.rsplit("-", 1)[1]) == int(max(people).rsplit("-", 1)[1]) + NUMBERS_RESERVED_AFTER_RESTORE + 1
        stick = tmp_path / "stick-2"
        stick.mkdir()
        bundle = ExchangeService(rebuilt.db, chief).export_bundle(stick).path
        with rebuilt.db.read() as s:
            assert s.get(ExchangeState, "epoch").value > 0
    finally:
        rebuilt.close()
    capsys.readouterr()
    assert hq_cli.main(["--lang", "en", "import", "--db", url, "--keys", str(keys), str(bundle)]) == 0, \
        capsys.readouterr().err
    said = capsys.readouterr().out
    assert "KZ-ALA bundle 3:" in said and "new epoch" not in said
    hq = open_postgres(url)
    try:
        with hq.read() as s:
            assert new.number in set(s.execute(select(Person.number)).scalars())
            assert s.execute(select(HqBranch.audit_seq)).scalar_one() > 0
    finally:
        hq.close()


def test_a_recovery_bundle_opens_only_on_the_computer_that_asked(gate, pg_server, hq_keys, tmp_path, monkeypatch,
                                                                 capsys):
    keys, spoken = hq_keys
    sent, _never_sent, _people = _old_laptop(gate, keys, tmp_path)
    gate.close()
    url = pg_server.create_fresh_database("hq")
    assert hq_cli.main(["enrol", "--db", url, str(tmp_path / "enrolment.json")]) == 0
    assert hq_cli.main(["import", "--db", url, "--keys", str(keys), *map(str, sent)]) == 0
    monkeypatch.setenv("QAMQOR_PASSWORD", CHIEF_PASSWORD)
    asking, other = tmp_path / "asking", tmp_path / "other"
    for folder in (asking, other):
        (folder / "out").mkdir(parents=True)
        assert cli.main(["--data-dir", str(folder), "recovery-request", "--branch-code", "KZ-ALA",
                         "--out", str(folder / "out")]) == 0
    out = tmp_path / "answer.qmrecovery"
    assert hq_cli.main(["recover", "--db", url, "--branch", "KZ-ALA", "--enrolment",
                        str(asking / "out" / "KZ-ALA-recovery-request.json"), "--out", str(out),
                        "--keys", str(keys)]) == 0
    capsys.readouterr()
    # The same request again: its key is the enrolled one now; HQ asks for a new request.
    assert hq_cli.main(["--lang", "en", "recover", "--db", url, "--branch", "KZ-ALA", "--enrolment",
                        str(asking / "out" / "KZ-ALA-recovery-request.json"), "--out", str(tmp_path / "again"),
                        "--keys", str(keys)]) == 1
    assert "make a new recovery request" in capsys.readouterr().err
    assert not (tmp_path / "again").exists()
    assert cli.main(["--lang", "en", "--data-dir", str(other), "init", "--admin", "chief", "--recover", str(out),
                     "--hq-fingerprint", spoken]) == 1
    assert "not addressed to this key" in capsys.readouterr().err
    assert not (other / "qamqor.db").exists()
    monkeypatch.setenv("QAMQOR_PASSWORD", "another long password")
    assert cli.main(["--lang", "en", "--data-dir", str(asking), "init", "--admin", "chief", "--recover", str(out),
                     "--hq-fingerprint", spoken]) == 1
    assert "another password" in capsys.readouterr().err
    assert not (asking / "qamqor.db").exists()
