"""``qamqor subject-export``, ``anonymise``, ``legal-hold`` and ``retention``:
what a director and an administrator do from the command line."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from sqlalchemy import select

from desktop import cli
from desktop.models import AuditEvent, Person, Role
from desktop.services.search import VisitorIndex
from desktop.services.visitors import VisitorService
from tests.conftest import ADMIN_PASSWORD, STAFF, STAFF_PASSWORD

from .test_retention import OLD, backdate


@pytest.fixture
def desk(gate, monkeypatch):
    """The test branch as the director's command line sees it, with one visitor."""
    monkeypatch.setenv("QAMQOR_DATA_DIR", str(gate.data_dir))
    monkeypatch.setenv("QAMQOR_USER", STAFF[Role.DIRECTOR])
    monkeypatch.setenv("QAMQOR_PASSWORD", STAFF_PASSWORD)
    monkeypatch.delenv("QAMQOR_DB", raising=False)
    director = gate.log_in(STAFF[Role.DIRECTOR], STAFF_PASSWORD)
    visitors = VisitorService(gate.db, director, VisitorIndex(gate.db))
    row = visitors.register(OLD)
    visitors.log_visit(row.person_id, needs=("legal",), notes="Жалақы төленбеген")
    return gate, row


def run(*args) -> int:
    return cli.main(["--lang", "en", *args])


def _text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by .ci/run")
@pytest.mark.parametrize("lang, title, section", [
    ("kk", "Тұлға туралы сақталған барлық мәлімет", "КЕЛУЛЕР"),
    ("ru", "Всё, что хранится о человеке", "ПОСЕЩЕНИЯ"),
    ("en", "Everything held about a person", "VISITS"),
])
def test_subject_export_writes_everything_held_in_the_language_asked(desk, capsys, tmp_path, lang, title, section):
    gate, row = desk
    out = tmp_path / "everything.pdf"
    assert run("subject-export", row.number, "--out", str(out), "--lang", lang) == 0
    assert row.number in capsys.readouterr().out
    text = _text(out)
    assert title in text and section in text
    for value in ("Юлдашева", "Мохира", "YULDASHEVA MOKHIRA", "+998 93 765 43 21", "FA 7788990",
                  "Жалақы төленбеген", "Тубдиспансерге жолдама"):
        assert value in text, value
    with gate.db.read() as s:
        saved = s.execute(select(AuditEvent).where(AuditEvent.action == "document.save")).scalar_one()
        viewed = s.execute(select(AuditEvent).where(AuditEvent.action == "health.view")).scalar_one()
    assert json.loads(saved.detail)["kind"] == "subject_access" and saved.record_id == str(row.person_id)
    assert json.loads(viewed.detail)["via"] == "subject_access"


def test_subject_export_is_the_directors(desk, monkeypatch, capsys, tmp_path):
    _gate, row = desk
    monkeypatch.setenv("QAMQOR_USER", STAFF[Role.CASEWORKER])
    assert run("subject-export", row.number, "--out", str(tmp_path / "x.pdf")) == 1
    assert "may not" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_anonymise_erases_at_once_and_a_legal_hold_refuses_it_with_its_reason(desk, capsys):
    gate, row = desk
    assert run("legal-hold", row.number) == 2
    assert run("legal-hold", row.number, "--reason", "Сот ісі № 2-77/2026") == 0
    capsys.readouterr()
    assert run("anonymise", row.number, "--reason", "She asked in writing on 01.12.2026") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Сот ісі № 2-77/2026" in err
    assert run("legal-hold", row.number, "--release", "--reason", "Іс жабылды") == 0
    assert run("anonymise", row.number, "--reason", "She asked in writing on 01.12.2026") == 0
    assert "anonymised" in capsys.readouterr().out
    with gate.db.read() as s:
        person = s.get(Person, row.person_id)
    assert person.family_name == "" and person.anonymised_at is not None
    assert run("search", "Юлдашева") == 0
    assert capsys.readouterr().out == ""
    assert run("anonymise", row.number, "--reason", "again") == 1
    assert "already" in capsys.readouterr().err
    assert run("anonymise", "KZ-ALA-2026-999999", "--reason", "x") == 1
    assert "KZ-ALA-2026-999999" in capsys.readouterr().err


def test_retention_lists_and_anonymises_as_the_administrator(desk, monkeypatch, capsys):
    gate, row = desk
    backdate(gate, row.person_id, years=6)
    assert run("retention", "--list") == 1  # the director: not theirs
    assert "may not" in capsys.readouterr().err
    monkeypatch.setenv("QAMQOR_USER", STAFF[Role.ADMINISTRATOR])
    monkeypatch.setenv("QAMQOR_PASSWORD", ADMIN_PASSWORD)
    assert run("retention", "--list") == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith(row.number + "\t")
    assert "1 person due for anonymisation: no activity for 60 months." in out
    assert "Юлдашева" not in out and "YULDASHEVA" not in out
    assert run("retention", "--set-months", "3") == 1
    assert "between 12 and 240" in capsys.readouterr().err
    assert run("retention", "--set-months", "84") == 0
    assert "84 months" in capsys.readouterr().out
    assert run("retention", "--list") == 0
    assert "0 people due for anonymisation" in capsys.readouterr().out
    assert run("retention", "--set-months", "60") == 0
    assert run("retention", "--apply") == 0
    assert "1 person anonymised." in capsys.readouterr().out
    with gate.db.read() as s:
        assert s.get(Person, row.person_id).anonymised_at is not None
