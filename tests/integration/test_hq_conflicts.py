"""Edits of the same record at HQ and at a branch: merged field by field,
conflicting fields kept for review and resolved from the command line;
malformed changes rejected one by one while the rest of the bundle applies."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from desktop import hq_cli
from desktop.exchange.keys import generate_hq_keys
from desktop.models import AuditEvent, ChangeLog, HqBranch, HqConflict, HqRejected, Person, SequenceHead, uuid7
from desktop.models.journal import canonical_json, verify_chain
from desktop.services.storage import open_postgres
from tests.integration.test_exchange import Branch, hq_import, hq_records, records

pytestmark = pytest.mark.postgres


@pytest.fixture(autouse=True)
def _application(qapp):
    """hq_cli.main makes a QCoreApplication when none exists; see test_exchange."""
    return qapp


@pytest.fixture(scope="module")
def hq_keys(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hq") / "keys"
    generate_hq_keys(folder)
    return folder


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


def branch_edit(branch: Branch, index: int, **fields) -> None:
    with branch.gate.db.session("admin") as s:
        person = s.execute(select(Person).where(Person.number == f"KZ-ALA-2026-{index:06d}")).scalar_one()
        for name, value in fields.items():
            setattr(person, name, value)


def hq_edit(url: str, number: str, **fields) -> None:
    db = open_postgres(url)
    try:
        with db.session("hq-analyst") as s:
            person = s.execute(select(Person).where(Person.number == number)).scalar_one()
            for name, value in fields.items():
                setattr(person, name, value)
    finally:
        db.close()


def hq_person(url: str, number: str) -> Person:
    db = open_postgres(url)
    try:
        with db.read() as s:
            return s.execute(select(Person).where(Person.number == number)).scalar_one()
    finally:
        db.close()


def hq_rows(url: str, model) -> list:
    db = open_postgres(url)
    try:
        with db.read() as s:
            return list(s.execute(select(model).order_by(model.seq if model is AuditEvent else model.id)).scalars())
    finally:
        db.close()


def return_to_branch(url: str, keys: Path, branch: Branch, folder: Path):
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    assert hq_cli.main(["return", "--db", url, "--keys", str(keys), "--branch", "KZ-ALA", "--out", str(folder)]) == 0
    return branch.service.import_return(next(folder.iterdir()).read_bytes())


NUMBER = "KZ-ALA-2026-000001"


@pytest.fixture
def delivered(branch, hq, hq_keys):
    """One visitor with a phone and an address, registered at the branch and imported at HQ."""
    branch.register(1)
    branch_edit(branch, 1, phone="+7 701 111 1111", address="Алматы, Абая 1")
    assert hq_import(hq, hq_keys, branch.export()) == 0
    return hq


def test_fields_changed_at_different_ends_are_both_kept(branch, delivered, hq_keys, capsys):
    hq_edit(delivered, NUMBER, address="Алматы, Сейфуллина 5")
    branch_edit(branch, 1, phone="+7 702 222 2222")
    capsys.readouterr()
    assert hq_import(delivered, hq_keys, branch.export()) == 0
    assert capsys.readouterr().out.strip() == \
        "KZ-ALA bundle 2: 1 applied, 2 already present, 0 conflicts, 0 rejected."
    person = hq_person(delivered, NUMBER)
    assert (person.phone, person.address) == ("+7 702 222 2222", "Алматы, Сейфуллина 5")
    assert hq_rows(delivered, HqConflict) == []


def test_the_same_field_changed_differently_is_one_conflict_and_the_rest_applies(branch, delivered, hq_keys, capsys):
    hq_edit(delivered, NUMBER, phone="+7 777 000 0000")
    branch_edit(branch, 1, phone="+7 702 222 2222", address="Алматы, Толе би 9", notes="moved")
    capsys.readouterr()
    assert hq_import(delivered, hq_keys, branch.export()) == 0
    assert "0 applied, 2 already present, 1 conflicts, 0 rejected" in capsys.readouterr().out
    person = hq_person(delivered, NUMBER)
    assert (person.phone, person.address, person.notes) == ("+7 777 000 0000", "Алматы, Толе би 9", "moved")
    (conflict,) = hq_rows(delivered, HqConflict)
    assert (conflict.fields, conflict.record_type, str(conflict.record_id)) == ("phone", "person", str(person.id))
    assert json.loads(conflict.branch_row)["phone"] == "+7 702 222 2222"
    assert json.loads(conflict.hq_row)["phone"] == "+7 777 000 0000"
    # The bundle arrives again: nothing is applied twice, no second conflict.
    capsys.readouterr()
    assert hq_import(delivered, hq_keys, branch.export()) == 0
    assert "0 applied, 3 already present, 0 conflicts" in capsys.readouterr().out
    assert len(hq_rows(delivered, HqConflict)) == 1


def test_a_later_branch_version_with_hqs_version_number_does_not_overwrite_hqs_edit(branch, delivered, hq_keys):
    # HQ's edit makes its version 2; the branch's first edit is its own version 2,
    # so the branch's second edit starts from "version 2": a different row.
    hq_edit(delivered, NUMBER, given_name="Алихан (HQ)")
    branch_edit(branch, 1, phone="+7 702 222 2222")
    branch_edit(branch, 1, address="Алматы, Толе би 9")
    assert hq_import(delivered, hq_keys, branch.export()) == 0
    person = hq_person(delivered, NUMBER)
    assert (person.given_name, person.phone, person.address) == \
        ("Алихан (HQ)", "+7 702 222 2222", "Алматы, Толе би 9")
    assert hq_rows(delivered, HqConflict) == []


def test_after_a_return_bundle_hq_cannot_tell_and_keeps_its_field_as_a_conflict(
        branch, delivered, hq_keys, tmp_path, capsys):
    assert return_to_branch(delivered, hq_keys, branch, tmp_path / "back").pruned == 2
    hq_edit(delivered, NUMBER, address="Алматы, Сейфуллина 5")
    branch_edit(branch, 1, phone="+7 702 222 2222")
    capsys.readouterr()
    assert hq_import(delivered, hq_keys, branch.export()) == 0
    assert "0 applied, 0 already present, 1 conflicts" in capsys.readouterr().out
    person = hq_person(delivered, NUMBER)
    assert (person.phone, person.address) == ("+7 702 222 2222", "Алматы, Сейфуллина 5")
    (conflict,) = hq_rows(delivered, HqConflict)
    assert conflict.fields == "address"
    # The branch row kept with that conflict is the base of the next change: no second conflict.
    return_to_branch(delivered, hq_keys, branch, tmp_path / "back")
    branch_edit(branch, 1, notes="came back")
    capsys.readouterr()
    assert hq_import(delivered, hq_keys, branch.export()) == 0
    assert "1 applied, 0 already present, 0 conflicts" in capsys.readouterr().out
    person = hq_person(delivered, NUMBER)
    assert (person.notes, person.address) == ("came back", "Алматы, Сейфуллина 5")


@pytest.fixture
def conflicted(branch, delivered, hq_keys):
    hq_edit(delivered, NUMBER, phone="+7 777 000 0000")
    branch_edit(branch, 1, phone="+7 702 222 2222")
    assert hq_import(delivered, hq_keys, branch.export()) == 0
    (conflict,) = hq_rows(delivered, HqConflict)
    return conflict


def test_conflicts_are_listed_without_personal_values_unless_asked(delivered, conflicted, capsys):
    capsys.readouterr()
    assert hq_cli.main(["conflicts", "--db", delivered]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == ["\t".join((str(conflicted.id), "KZ-ALA", "person", str(conflicted.record_id), "phone",
                                           conflicted.at.isoformat(timespec="seconds")))]
    # The phone numbers as written (a record id may hold "777" by chance).
    assert "+7 777" not in out and "+7 702" not in out and "000 0000" not in out and "222 2222" not in out
    assert hq_cli.main(["conflicts", "--db", delivered, "--branch", "KZ-AST"]) == 0
    assert capsys.readouterr().out.strip() == "No conflicts to review."
    assert hq_cli.main(["conflicts", "--db", delivered, "--show-values", "--by", "Aigerim"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == '    phone: HQ has "+7 777 000 0000"; the branch sent "+7 702 222 2222"'
    viewed = [e for e in hq_rows(delivered, AuditEvent) if e.action == "hq.conflict.view"]
    assert [(e.actor, json.loads(e.detail)) for e in viewed] == [("Aigerim", {"conflicts": [conflicted.id]})]


def test_resolving_for_the_branch_takes_its_values_and_gives_the_field_back(
        branch, delivered, conflicted, hq_keys, capsys):
    capsys.readouterr()
    assert hq_cli.main(["resolve", "--db", delivered, str(conflicted.id), "--keep", "branch",
                        "--note", "confirmed by phone with the branch", "--by", "Aigerim"]) == 0
    assert capsys.readouterr().out.strip() == \
        f"Conflict {conflicted.id} resolved: the branch's values of phone are now HQ's."
    assert hq_person(delivered, NUMBER).phone == "+7 702 222 2222"
    assert [c.resolved for c in hq_rows(delivered, HqConflict)] == [True]
    events = hq_rows(delivered, AuditEvent)
    (resolved,) = [e for e in events if e.action == "hq.conflict.resolve"]
    assert resolved.actor == "Aigerim" and resolved.record_id == str(conflicted.record_id)
    assert json.loads(resolved.detail) == {"branch": "KZ-ALA", "change_seq": conflicted.change_seq,
                                           "conflict": conflicted.id, "fields": ["phone"], "keep": "branch",
                                           "note": "confirmed by phone with the branch"}
    db = open_postgres(delivered)
    with db.read() as s:
        assert verify_chain(s).ok
    db.close()
    assert hq_cli.main(["conflicts", "--db", delivered]) == 0
    assert capsys.readouterr().out.strip() == "No conflicts to review."
    assert hq_cli.main(["conflicts", "--db", delivered, "--all"]) == 0
    assert capsys.readouterr().out.strip().split("\t")[-1] == "resolved"
    # The phone is the branch's again: its next edit applies.
    branch_edit(branch, 1, phone="+7 705 333 3333")
    assert hq_import(delivered, hq_keys, branch.export()) == 0
    assert hq_person(delivered, NUMBER).phone == "+7 705 333 3333"
    assert len(hq_rows(delivered, HqConflict)) == 1


def test_resolving_for_hq_keeps_its_value_and_the_next_branch_edit_is_reviewed_again(
        branch, delivered, conflicted, hq_keys, capsys):
    assert hq_cli.main(["resolve", "--db", delivered, str(conflicted.id), "--keep", "hq"]) == 0
    assert capsys.readouterr().out.strip() == f"Conflict {conflicted.id} resolved: HQ keeps its values of phone."
    assert hq_person(delivered, NUMBER).phone == "+7 777 000 0000"
    (resolved,) = [e for e in hq_rows(delivered, AuditEvent) if e.action == "hq.conflict.resolve"]
    assert json.loads(resolved.detail)["keep"] == "hq" and resolved.actor  # the OS user
    # Resolved already, or no such conflict: refused with one line.
    assert hq_cli.main(["resolve", "--db", delivered, str(conflicted.id), "--keep", "branch"]) == 1
    assert capsys.readouterr().err.strip() == f"qamqor-hq: Conflict {conflicted.id} is already resolved."
    assert hq_cli.main(["resolve", "--db", delivered, "999", "--keep", "hq"]) == 1
    assert capsys.readouterr().err.strip() == "qamqor-hq: There is no conflict 999."
    assert hq_person(delivered, NUMBER).phone == "+7 777 000 0000"
    branch_edit(branch, 1, phone="+7 705 333 3333")
    assert hq_import(delivered, hq_keys, branch.export()) == 0
    assert hq_person(delivered, NUMBER).phone == "+7 777 000 0000"
    assert [(c.fields, c.resolved) for c in hq_rows(delivered, HqConflict)] == [("phone", True), ("phone", False)]


def test_malformed_changes_are_rejected_alone_and_travel_back(branch, hq, hq_keys, tmp_path, capsys):
    branch.register(2)
    with branch.gate.db.session("admin") as s:
        head = s.get(SequenceHead, "change")
        person = s.execute(select(Person).order_by(Person.number)).scalars().first()
        good = json.loads(s.execute(select(ChangeLog.row).where(ChangeLog.record_id == person.id)).scalar())
        bad = [("app_user", person.id, canonical_json({"id": str(person.id), "username": "intruder"})),
               ("planet", person.id, canonical_json(good)),
               ("person", person.id, "{not json"),
               ("person", person.id, canonical_json({k: v for k, v in good.items() if k != "phone"})),
               ("person", person.id, canonical_json({**good, "id": "0190a0a0-0000-7000-8000-000000000000"}))]
        first_bad = head.value + 1
        for record_type, record_id, row in bad:
            head.value += 1
            s.add(ChangeLog(seq=head.value, record_type=record_type, record_id=record_id, operation="update",
                            base_version=1, row=row, actor="admin", at=person.created_at))
    branch.register(1)
    capsys.readouterr()
    assert hq_import(hq, hq_keys, branch.export()) == 0
    assert capsys.readouterr().out.strip() == "KZ-ALA bundle 1: 3 applied, 0 already present, 0 conflicts, 5 rejected."
    # The good changes, before and after the bad ones, are all at HQ.
    assert hq_records(hq)["person"] == records(branch.gate.db)["person"]
    rejected = hq_rows(hq, HqRejected)
    assert [(r.change_seq, r.record_type) for r in rejected] == \
        [(first_bad + i, t) for i, (t, _, _) in enumerate(bad)]
    assert rejected[0].reason == "unknown record type app_user"
    assert rejected[3].reason == "unreadable row: missing fields: phone"
    db = open_postgres(hq)
    with db.read() as s:
        assert s.scalar(select(HqBranch.cursor)) == first_bad + len(bad)
        assert s.scalar(select(func.count()).select_from(Person)) == 3
    db.close()
    back = return_to_branch(hq, hq_keys, branch, tmp_path / "back")
    assert [r["seq"] for r in back.rejected] == [first_bad + i for i in range(len(bad))]
    assert back.rejected[2]["reason"].startswith("unreadable row")


def test_values_the_database_refuses_are_rejected_with_their_change_alone(branch, hq, hq_keys, capsys):
    branch.register(2)
    assert hq_import(hq, hq_keys, branch.export()) == 0
    with branch.gate.db.session("admin") as s:
        head = s.get(SequenceHead, "change")
        first = s.execute(select(Person).where(Person.number == NUMBER)).scalar_one()
        row = json.loads(s.execute(select(ChangeLog.row).where(ChangeLog.record_id == first.id)).scalar())
        stranger = uuid7()
        bad = [(first.id, 1, {**row, "version": 2, "citizenship": "KAZ"}),
               (stranger, 0, {**row, "id": str(stranger), "number": "KZ-ALA-2026-000099", "birth_date": "2026-02-31"})]
        for record_id, base, snap in bad:
            head.value += 1
            s.add(ChangeLog(seq=head.value, record_type="person", record_id=record_id, operation="update",
                            base_version=base, row=canonical_json(snap), actor="admin", at=first.created_at))
        seqs = [head.value - 1, head.value]
    branch.register(1)
    branch_edit(branch, 2, phone="+7 702 222 2222")
    capsys.readouterr()
    assert hq_import(hq, hq_keys, branch.export()) == 0
    assert capsys.readouterr().out.strip() == "KZ-ALA bundle 2: 2 applied, 2 already present, 0 conflicts, 2 rejected."
    rejected = hq_rows(hq, HqRejected)
    assert [(r.change_seq, r.reason) for r in rejected] == [
        (seqs[0], "unreadable row: citizenship: too long"),
        (seqs[1], "unreadable row: birth_date: unreadable value")]  # the column, never the value
    assert hq_records(hq)["person"] == records(branch.gate.db)["person"]


def test_a_record_changed_at_hq_from_elsewhere_is_merged_against_the_branch_base(branch, delivered, hq_keys):
    # Another branch's change arrives unjournaled, like every imported row: HQ's
    # version moves on although HQ itself edited nothing.
    db = open_postgres(delivered)
    with db.session("hq") as s:
        s.execute(update(Person).where(Person.number == NUMBER)
                  .values(phone="+7 708 444 4444", version=Person.version + 1))
    db.close()
    branch_edit(branch, 1, address="Алматы, Толе би 9")
    branch_edit(branch, 1, phone="+7 702 222 2222")
    assert hq_import(delivered, hq_keys, branch.export()) == 0
    person = hq_person(delivered, NUMBER)
    assert (person.phone, person.address) == ("+7 708 444 4444", "Алматы, Толе би 9")
    assert [c.fields for c in hq_rows(delivered, HqConflict)] == ["phone"]


def test_an_older_branch_value_cannot_replace_a_newer_one(branch, delivered, conflicted, hq_keys, capsys):
    branch_edit(branch, 1, phone="+7 705 333 3333")
    assert hq_import(delivered, hq_keys, branch.export()) == 0
    older, newer = hq_rows(delivered, HqConflict)
    capsys.readouterr()
    assert hq_cli.main(["resolve", "--db", delivered, str(older.id), "--keep", "branch"]) == 1
    assert capsys.readouterr().err.strip() == (f"qamqor-hq: The branch sent newer values of these fields since "
                                               f"conflict {older.id}: resolve conflict {newer.id} instead.")
    assert hq_cli.main(["resolve", "--db", delivered, str(newer.id), "--keep", "branch"]) == 0
    assert hq_person(delivered, NUMBER).phone == "+7 705 333 3333"
    assert [c.resolved for c in hq_rows(delivered, HqConflict)] == [False, True]
