"""Sealed health fields on their way to HQ: the bundle carries them sealed,
HQ stores them as they arrive, and only HQ's escrow key opens them there."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop import hq_cli
from desktop.errors import Refused
from desktop.hq.health import health_keys_at_hq
from desktop.exchange.keys import generate_hq_keys, read_identities
from desktop.exchange.sealed import is_sealed, open_sealed, sealed_key_id
from desktop.models import HealthFlag, HqHealthKey, Person
from desktop.models import Role
from desktop.services.exchange import ExchangeService
from desktop.services.storage import open_postgres
from desktop.services.visitors import HealthIn, NewVisitor, VisitorService
from tests.conftest import ADMIN_PASSWORD, STAFF, STAFF_PASSWORD

pytestmark = pytest.mark.postgres

NOTE = "ВИЧ-инфекция, на АРВ-терапии с 2023 года"


@pytest.fixture(autouse=True)
def _application(qapp):
    return qapp


def test_hq_keeps_health_fields_sealed_and_opens_them_only_with_the_escrow_key(gate, pg_server, tmp_path):
    keys = tmp_path / "hq-keys"
    generate_hq_keys(keys)
    admin = gate.log_in("admin", ADMIN_PASSWORD)
    exchange = ExchangeService(gate.db, admin, escrow=gate.set_escrow)
    # The key set arrives after the health key was made: the escrow's copy
    # is given at the next log-in of someone who holds it.
    exchange.install_hq_keyset((keys / "hq-keyset.json").read_bytes())
    director = gate.log_in(STAFF[Role.DIRECTOR], STAFF_PASSWORD)
    VisitorService(gate.db, director).register(NewVisitor(
        family_name="Каримова", given_name="Нигора", sex="F", birth_date=dt.date(1991, 7, 2), citizenship="UZ",
        health=(HealthIn("hiv", NOTE),)))
    enrolment = tmp_path / "enrolment.json"
    enrolment.write_bytes(exchange.enrolment()[0])
    stick = tmp_path / "stick"
    stick.mkdir()
    bundle = exchange.export_bundle(stick).path

    url = pg_server.create_fresh_database("hq")
    assert hq_cli.main(["enrol", "--db", url, str(enrolment)]) == 0
    assert hq_cli.main(["import", "--db", url, "--keys", str(keys), str(bundle)]) == 0
    hq = open_postgres(url)
    try:
        with hq.read() as s:
            assert s.execute(select(Person.family_name)).scalars().all() == ["Каримова"]
            flag = s.execute(select(HealthFlag)).scalar_one()
            assert is_sealed(flag.flag) and is_sealed(flag.note)
            assert [k.key_id for k in s.execute(select(HqHealthKey)).scalars()] == [sealed_key_id(flag.note)]
            primary = read_identities(keys / "hq-primary.agekey")[0]
            with pytest.raises(Refused, match="escrow key opens"):
                health_keys_at_hq(s, "KZ-ALA", primary)
            escrow = read_identities(keys / "hq-escrow.agekey")[0]
            key = health_keys_at_hq(s, "KZ-ALA", escrow)[sealed_key_id(flag.note)]
            assert [open_sealed(key, getattr(flag, f), table="health_flag", record_id=flag.id, field_name=f)
                    for f in ("flag", "note")] == ["hiv", NOTE]
    finally:
        hq.close()
