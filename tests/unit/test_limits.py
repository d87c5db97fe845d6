"""Every text a person types has a stated maximum, enforced by the services and
named in the message; control characters never reach the database."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import Refused
from desktop.models import Role
from desktop.services import limits
from desktop.services.accounts import AccountService
from desktop.services.referrals import ProviderIn, ReferralService
from desktop.services.shift_planning import ShiftPlanning
from desktop.services.shift_rows import ShiftIn, SiteIn
from desktop.services.visitors import DocumentIn, NewVisitor, ValidationError, VisitorService
from desktop.services.volunteers import VolunteerIn, VolunteerService


@pytest.fixture
def as_role(any_gate, login):
    def make(role: Role):
        return any_gate, login(role)
    return make


def test_a_500_character_name_is_refused_naming_the_field_and_its_maximum(as_role):
    gate, identity = as_role(Role.RECEPTIONIST)
    service = VisitorService(gate.db, identity)
    with pytest.raises(ValidationError) as err:
        service.register(NewVisitor(family_name="Ж" * 500, sex="F"))
    assert [(e.field, e.message) for e in err.value.errors] == [
        ("family_name", "Family name: at most 120 characters; this one has 500.")]
    assert service.register(NewVisitor(family_name="Ж" * 120, sex="F")).family_name == "Ж" * 120


def test_each_text_of_a_visitor_is_checked_entries_of_lists_too(as_role):
    gate, identity = as_role(Role.RECEPTIONIST)
    service = VisitorService(gate.db, identity)
    new = NewVisitor(family_name="Karimov", sex="M", address="a" * 501, notes="n" * 4001,
                     documents=(DocumentIn("passport", "AB1234567", issuer="x" * 201),))
    with pytest.raises(ValidationError) as err:
        service.register(new)
    assert {e.field: e.message for e in err.value.errors} == {
        "address": "Address: at most 500 characters; this one has 501.",
        "notes": "Notes: at most 4000 characters; this one has 4001.",
        "documents.0": "Issued by: at most 200 characters; this one has 201.",
    }


def test_control_characters_are_taken_out_and_a_note_keeps_its_lines(as_role):
    gate, identity = as_role(Role.RECEPTIONIST)
    service = VisitorService(gate.db, identity)
    row = service.register(NewVisitor(family_name="Kari\x00mov\x1b", given_name="Az\tiz", sex="M",
                                      notes="first line\r\nsecond\x07 line\tend"))
    record = service.get_person(row.person_id)
    assert (record.form.family_name, record.form.given_name) == ("Karimov", "Az iz")
    assert record.form.notes == "first line\nsecond line\tend"
    visit = service.log_visit(row.person_id, notes="came \x00back")
    assert visit.notes == "came back"
    with pytest.raises(Refused, match="Notes: at most 2000 characters"):
        service.log_visit(row.person_id, notes="x" * 2001)


def test_volunteer_names_and_phones_have_the_same_limits(as_role):
    gate, identity = as_role(Role.COORDINATOR)
    service = VolunteerService(gate.db, identity)
    with pytest.raises(ValidationError) as err:
        service.register(VolunteerIn(family_name="И" * 121, given_name="Анна", birth_date=dt.date(1995, 3, 8),
                                     emergency_name="x" * 241, consent_given=True,
                                     consent_date=dt.date.today()))
    assert {e.field: e.message for e in err.value.errors} == {
        "family_name": "Family name: at most 120 characters; this one has 121.",
        "emergency_name": "Emergency contact: at most 240 characters; this one has 241.",
    }


def test_providers_sites_shifts_and_accounts_refuse_long_text(as_role):
    gate, identity = as_role(Role.DIRECTOR)
    referrals = ReferralService(gate.db, identity)
    with pytest.raises(Refused, match=r"^Name in Russian: at most 200 characters; this one has 300\.$"):
        referrals.save_provider(ProviderIn("Емхана", "Б" * 300, "Clinic", "tb_clinic"))
    saved = referrals.save_provider(ProviderIn("Емхана\x00", "Больница", "Clinic", "tb_clinic"))
    assert saved.name_kk == "Емхана"

    gate, identity = as_role(Role.COORDINATOR)
    planning = ShiftPlanning(gate.db, identity)
    with pytest.raises(Refused, match="^Site name: at most 200 characters"):
        planning.save_site(SiteIn("П" * 201))
    site = planning.save_site(SiteIn("Пункт\x00 выдачи"))
    assert site.name == "Пункт выдачи"
    start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(9))
    with pytest.raises(Refused, match="^Title: at most 200 characters"):
        planning.create_shift(ShiftIn(site.site_id, start, start + dt.timedelta(hours=4), title="t" * 201))

    gate, identity = as_role(Role.ADMINISTRATOR)
    accounts = AccountService(gate, identity)
    with pytest.raises(Refused, match="^Display name: at most 200 characters"):
        accounts.add_user("newperson", display_name="D" * 201, role=Role.RECEPTIONIST,
                          password="a long enough password")


def test_the_table_the_forms_read_matches_the_columns():
    from desktop.models import Person, ServiceProvider, Site, Volunteer
    for table, model in ((limits.VISITOR, Person), (limits.VOLUNTEER, Volunteer), (limits.PROVIDER, ServiceProvider),
                         (limits.SITE, Site)):
        for key, limit in table.items():
            if "." in key:
                continue
            column = model.__table__.columns[key]
            length = getattr(column.type, "length", None)
            assert length is None or limit.chars <= length, (model.__name__, key)


def test_an_old_register_names_the_row_with_a_text_too_long_and_drops_control_characters(tmp_path):
    from desktop.services.legacy_import import check_rows, read_table
    path = tmp_path / "register.csv"
    rows = [["Фамилия", "Имя", "Пол", "Адрес"],
            ["Ж" * 500, "Айгүл", "Ж", ""],
            ["Кари\x00мова\x0c", "Малика", "Ж", "Алматы"]]
    path.write_text("\n".join(";".join(r) for r in rows) + "\n", encoding="utf-8")
    table = read_table(path)
    results = check_rows(table, {0: "family_name", 1: "given_name", 2: "sex", 3: "address"})
    assert [(r.row_no, r.errors) for r in results if r.errors] == [
        (2, ("Column “Фамилия / Имя”: Family name: at most 120 characters; this one has 500.",))]
    assert results[1].visitor.family_name == "Каримова"


def test_a_provider_list_with_control_characters_and_long_names(as_role, tmp_path):
    from desktop.services.referrals import import_providers
    gate, identity = as_role(Role.DIRECTOR)
    referrals = ReferralService(gate.db, identity)
    path = tmp_path / "providers.csv"
    path.write_text("name_kk,name_ru,name_en,category\n"
                    "Емхана\x00,Больница,Clinic\x1b One,tb_clinic\n"
                    f"Баспана,{'П' * 201},Shelter,shelter\n", encoding="utf-8")
    added, updated, errors = import_providers(referrals, path)
    assert (added, updated) == (1, 0)
    assert errors == [(3, "Name in Russian: at most 200 characters; this one has 201.")]
    [saved] = referrals.providers()
    assert (saved.name_kk, saved.name_en) == ("Емхана", "Clinic One")
