"""An anonymisation at the branch reaches HQ with the next bundle and HQ then
holds no name of the person: not in the rows, not where HQ edited the record
itself, not in the conflicts it kept for review."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from desktop.models import ChangeLog, HqConflict, HqErasure, IdentityDocument, Person, PurgeLog, Role, Visit
from desktop.services.rights import RightsService
from desktop.services.search import VisitorIndex
from desktop.services.visitors import DocumentIn, HouseholdIn, NewVisitor, VisitorService
from desktop.services.storage import open_postgres
from tests.conftest import STAFF, STAFF_PASSWORD

from .test_exchange import branch, hq, hq_import, hq_keys  # noqa: F401 (fixtures)

pytestmark = pytest.mark.postgres

MOKHIRA = NewVisitor(family_name="Юлдашева", given_name="Мохира", latin_name="YULDASHEVA MOKHIRA", sex="F",
                     birth_date=dt.date(1988, 8, 17), citizenship="UZ", phone="+998 93 765 43 21",
                     address="Алматы, Жетісу ауданы", notes="Хасанов фирмасы төлемеген",
                     documents=(DocumentIn("passport", "FA 7788990", issuer="МВД РУз"),),
                     household=(HouseholdIn("child", "Юлдашев Тимур", 2012),))
NAMES = ("Юлдашева", "Мохира", "YULDASHEVA", "765 43 21", "7788990", "Жетісу", "Хасанов", "Тимур")


def _everything_at_hq(url: str) -> str:
    """Every text column of every table at HQ, in one string to search."""
    db = open_postgres(url)
    try:
        with db.read() as s:
            texts = []
            for table in ("person", "identity_document", "household_member", "visit", "referral", "health_flag",
                          "change_log", "hq_conflict", "hq_rejected", "audit_event", "purge_log"):
                for row in s.execute(select(ChangeLog.__table__.metadata.tables[table])).mappings():
                    texts.extend(str(v) for v in row.values())
            return "\n".join(texts)
    finally:
        db.close()


@pytest.fixture
def desk(branch):  # noqa: F811
    director = branch.gate.log_in(STAFF[Role.DIRECTOR], STAFF_PASSWORD)
    visitors = VisitorService(branch.gate.db, director, VisitorIndex(branch.gate.db))
    return visitors, RightsService(branch.gate.db, director)


def test_after_the_next_import_hq_holds_no_name_of_an_erased_person(branch, hq, hq_keys, desk):  # noqa: F811
    visitors, rights = desk
    row = visitors.register(MOKHIRA)
    visitors.log_visit(row.person_id, needs=("legal",), notes="Хасанов жалақы бермеді")
    assert hq_import(hq, hq_keys, branch.export()) == 0
    assert "Юлдашева" in _everything_at_hq(hq)

    # HQ edits the record itself (a typo fixed by an analyst), and the branch edits the same field:
    # HQ keeps its value and a conflict holding both.
    db = open_postgres(hq)
    with db.session("hq-analyst") as s:
        s.get(Person, row.person_id).given_name = "Мохира (HQ)"
        s.execute(select(IdentityDocument).where(IdentityDocument.person_id == row.person_id)
                  ).scalar_one().issuer = "МВД Республики Узбекистан"
    page = visitors.get_person(row.person_id)
    visitors.update(row.person_id, NewVisitor(**{**MOKHIRA.__dict__, "given_name": "Мохирa"}),
                    expected_version=page.version)
    assert hq_import(hq, hq_keys, branch.export()) == 0
    with db.read() as s:
        assert s.execute(select(HqConflict)).scalars().all()

    rights.erase(row.person_id, reason="Өзі жазбаша сұрады")
    assert hq_import(hq, hq_keys, branch.export()) == 0
    everything = _everything_at_hq(hq)
    for name in NAMES:
        assert name not in everything, name
    with db.read() as s:
        person = s.get(Person, row.person_id)
        assert person.anonymised_at is not None and person.given_name == "" and person.sex == "F"
        assert person.birth_date == dt.date(1988, 7, 1)
        assert s.execute(select(Visit.needs).where(Visit.person_id == row.person_id)).scalar_one() == "legal"
        assert all(c.resolved for c in s.execute(select(HqConflict)).scalars())
        assert s.get(HqErasure, row.person_id).branch_code == "KZ-ALA"
        purge = s.execute(select(PurgeLog)).scalar_one()
        assert purge.kind == "hq" and purge.people == 1 and str(row.person_id) not in purge.counts
    db.close()
    # A later import settles no one twice.
    visitors.register(NewVisitor(family_name="Каримов", given_name="Азиз", sex="M"))
    assert hq_import(hq, hq_keys, branch.export()) == 0
    db = open_postgres(hq)
    with db.read() as s:
        assert len(s.execute(select(PurgeLog)).scalars().all()) == 1
        assert json.loads(s.execute(select(PurgeLog.counts)).scalar_one())["person"] == 1
    db.close()
