"""``qamqor roster`` and ``qamqor sign-in-sheet``: PDFs printed from the command line."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop import cli
from desktop.models import Role
from desktop.reports import labels
from desktop.services.accounts import BranchGate
from desktop.services.shift_rules import Need
from desktop.services.shift_assignments import ShiftAssignments
from desktop.services.shift_planning import ShiftPlanning
from desktop.services.shift_rows import ShiftIn, SiteIn
from desktop.services.volunteers import VolunteerIn, VolunteerService
from tests.conftest import FAST, STAFF, STAFF_PASSWORD


def text_of(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("pdftotext is missing (Debian poppler-utils)")
        pytest.skip("pdftotext is not installed")
    out = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


@pytest.fixture
def env(monkeypatch, branch_dir):
    """A branch with one shift on Tuesday of 2026-W48, a volunteer on it."""
    gate = BranchGate(branch_dir, kdf=FAST)
    coordinator = gate.log_in(STAFF[Role.COORDINATOR], STAFF_PASSWORD)
    shifts = ShiftPlanning(gate.db, coordinator)
    site = shifts.save_site(SiteIn("Автовокзал Сайран"))
    shift = shifts.create_shift(ShiftIn(site.site_id, dt.datetime(2026, 11, 24, 8), dt.datetime(2026, 11, 24, 14),
                                        (Need("none", "", 2),)))
    volunteer = VolunteerService(gate.db, coordinator).register(VolunteerIn(
        family_name="Абдуллаев", given_name="Рустам", birth_date=dt.date(1992, 4, 4)))
    ShiftAssignments(gate.db, coordinator).assign(shift.shift_id, volunteer.volunteer_id)
    gate.close()
    monkeypatch.setenv("QAMQOR_DATA_DIR", str(branch_dir))
    monkeypatch.setenv("QAMQOR_USER", STAFF[Role.COORDINATOR])
    monkeypatch.setenv("QAMQOR_PASSWORD", STAFF_PASSWORD)
    monkeypatch.delenv("QAMQOR_DB", raising=False)
    return branch_dir


def test_roster_writes_the_week_with_its_sites_and_volunteers(env, tmp_path, capsys):
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "roster.pdf"
    assert cli.main(["--lang", "en", "roster", "--week", "2026-W48", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"The roster of week 2026-W48 was written to {out}."
    text = text_of(out)
    assert "Week 2026-W48" in text and "23.11.2026 – 29.11.2026" in text
    assert "Автовокзал Сайран" in text and "Абдуллаев Рустам" in text and "08:00–14:00" in text
    assert [p.name for p in out.parent.iterdir()] == ["roster.pdf"]  # no temporary file left beside it


def test_roster_page_language_is_its_own_option(env, tmp_path, capsys):
    out = tmp_path / "roster.pdf"
    assert cli.main(["--lang", "en", "roster", "--week", "2026-w48", "--out", str(out), "--lang", "ru"]) == 0
    assert "2026-W48" in capsys.readouterr().out  # the message in English
    week = labels.translate("ru", "Roster", "Week %1").replace("%1", "2026-W48")
    weekday = "Вторник 24.11"  # from the Russian locale, whatever the catalogue holds
    text = text_of(out)
    assert week in text and weekday in text and "Абдуллаев Рустам" in text


@pytest.mark.parametrize("week", ["2026-W60", "abc", "2026-48", "2026-W00"])
def test_a_bad_week_is_one_line_and_exit_status_2(env, tmp_path, capsys, week):
    out = tmp_path / "roster.pdf"
    assert cli.main(["--lang", "en", "roster", "--week", week, "--out", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [f"qamqor: There is no week {week}: write it like 2026-W48."]
    assert captured.out == "" and not out.exists()


def test_roster_is_refused_to_a_caseworker_with_one_line(env, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("QAMQOR_USER", STAFF[Role.CASEWORKER])
    out = tmp_path / "roster.pdf"
    assert cli.main(["--lang", "en", "roster", "--week", "2026-W48", "--out", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == ["qamqor: Your role (Caseworker) may not do this."] and not out.exists()


def test_an_unwritable_destination_is_refused_with_one_line(env, tmp_path, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    assert cli.main(["--lang", "en", "roster", "--week", "2026-W48", "--out", str(blocker / "r.pdf")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith(f"qamqor: Cannot write {blocker / 'r.pdf'}"), err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["branch", "not-a-folder"]


def test_sign_in_sheet_writes_the_days_shifts(env, tmp_path, capsys):
    out = tmp_path / "sheet.pdf"
    assert cli.main(["--lang", "en", "sign-in-sheet", "--day", "2026-11-24", "--out", str(out), "--lang", "kk"]) == 0
    assert capsys.readouterr().out.strip() == f"The sign-in sheet of 24.11.2026 was written to {out}."
    text = text_of(out)
    assert "24.11.2026" in text and "Автовокзал Сайран" in text and "Абдуллаев Рустам" in text
    assert cli.main(["--lang", "en", "sign-in-sheet", "--day", "24/11/2026", "--out", str(out)]) == 2
    assert capsys.readouterr().err.splitlines() == ["qamqor: There is no day 24/11/2026: write it like 2026-11-24."]
