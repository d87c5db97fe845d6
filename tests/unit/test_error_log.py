"""An unexpected error leaves no personal data behind: the command line prints
one line (the traceback only with --debug), and the log file in the data
folder holds the error's type and place, never its message or the values a
log call was given."""
from __future__ import annotations

import logging
import os
import shutil
import stat

import pytest
from sqlalchemy import select

from desktop import cli, errorlog
from desktop.models import Person
from desktop.services.accounts import BranchGate
from desktop.services.demo import DEMO_PASSWORD, make_demo
from desktop.services.search import VisitorIndex
from tests.conftest import FAST


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo") / "branch"
    make_demo(root, visitors=8, seed=3)
    return root


@pytest.fixture
def demo(demo_template, tmp_path, monkeypatch):
    """A copy of a demo branch, the director logged in by the environment, and
    one demo visitor's names (family, given, Latin) to look for."""
    root = tmp_path / "branch"
    shutil.copytree(demo_template, root)
    monkeypatch.setenv("QAMQOR_DATA_DIR", str(root))
    monkeypatch.setenv("QAMQOR_USER", "director")
    monkeypatch.setenv("QAMQOR_PASSWORD", DEMO_PASSWORD)
    monkeypatch.delenv("QAMQOR_DB", raising=False)
    gate = BranchGate(root, kdf=FAST)
    gate.log_in("director", DEMO_PASSWORD)
    with gate.db.read() as s:
        person = s.execute(select(Person).where(Person.latin_name != "", Person.family_name != "",
                                                Person.given_name != "").order_by(Person.number)).scalars().first()
        names = (person.family_name, person.given_name, person.latin_name)
    gate.close()
    return root, names


def _fail_with_the_name(monkeypatch):
    """A bug deep in the search that quotes what it was given, as database
    drivers and parsers do."""
    def search(self, text, **_kwargs):
        raise ValueError(f"cannot rank {text!r}")
    monkeypatch.setattr(VisitorIndex, "search", search)


def test_a_bug_in_a_command_prints_one_line_and_logs_no_names(demo, monkeypatch, capsys):
    root, names = demo
    _fail_with_the_name(monkeypatch)
    assert cli.main(["--lang", "en", "search", f"{names[0]} {names[1]}"]) == 1
    captured = capsys.readouterr()
    log_file = errorlog.log_path(root)
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("qamqor: an unexpected error stopped the command (ValueError)")
    assert str(log_file) in captured.err and "--debug" in captured.err
    assert "Traceback" not in captured.err
    text = log_file.read_text("utf-8")
    assert "ValueError" in text
    assert "desktop/services/visitors.py" in text and "in search" in text
    for name in names:
        assert name not in captured.err and name not in captured.out and name not in text
    if os.name == "posix":
        assert stat.S_IMODE(log_file.stat().st_mode) == 0o600


def test_debug_shows_the_whole_traceback_on_request(demo, monkeypatch, capsys):
    root, names = demo
    _fail_with_the_name(monkeypatch)
    assert cli.main(["--lang", "en", "search", names[2], "--debug"]) == 1
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and names[2] in err
    assert names[2] not in errorlog.log_path(root).read_text("utf-8")


def test_the_one_line_is_in_the_language_of_messages(demo, monkeypatch, capsys):
    _root, names = demo
    _fail_with_the_name(monkeypatch)
    assert cli.main(["--lang", "ru", "search", names[0]]) == 1
    err = capsys.readouterr().err
    assert err.startswith("qamqor: ") and "ValueError" in err and names[0] not in err
    assert "unexpected" not in err  # in Russian, not English


def test_a_refusal_is_still_its_own_line_and_not_logged(demo, monkeypatch, capsys):
    root, _names = demo
    monkeypatch.setenv("QAMQOR_PASSWORD", "not the password")
    assert cli.main(["--lang", "en", "search", "x"]) == 1
    assert "Wrong user name or password" in capsys.readouterr().err
    assert not errorlog.log_path(root).exists()


def test_log_lines_keep_their_template_and_the_types_of_their_values(tmp_path):
    path = errorlog.install(tmp_path)
    log = logging.getLogger("qamqor")
    log.warning("could not remember %s for %d days (%.1f%%)", "Абдуллаев Рустам", 3, 99.5)
    try:
        {"Рахимова Дильноза": 1}["Каримов Азиз"]
    except KeyError:
        log.exception("lookup failed for %(who)s", {"who": "Каримов Азиз"})
    for handler in log.handlers:
        handler.flush()
    text = path.read_text("utf-8")
    assert "could not remember <str> for <int> days (<float>%)" in text
    assert "lookup failed for <str>" in text
    assert "KeyError" in text and "test_error_log.py" in text
    assert "in test_log_lines_keep_their_template_and_the_types_of_their_values" in text
    for name in ("Абдуллаев", "Рахимова", "Каримов"):
        assert name not in text


def test_a_chained_error_names_each_type_and_place():
    try:
        try:
            int("Юлдашев")
        except ValueError as inner:
            raise RuntimeError("while reading Юлдашев") from inner
    except RuntimeError as err:
        text = errorlog.safe_traceback(err)
        one = errorlog.describe(err)
    assert "ValueError" in text and "RuntimeError" in text and "which led to" in text
    assert "Юлдашев" not in text and "Юлдашев" not in one
    assert one.startswith("RuntimeError at ") and "test_error_log.py" in one


def test_the_log_rotates(tmp_path, monkeypatch):
    monkeypatch.setattr(errorlog, "MAX_BYTES", 2000)
    path = errorlog.install(tmp_path)
    log = logging.getLogger("qamqor")
    for i in range(200):
        log.error("error number %d", i)
    for handler in log.handlers:
        handler.flush()
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["qamqor.log", "qamqor.log.1", "qamqor.log.2", "qamqor.log.3"]
    assert all(p.stat().st_size <= 2200 for p in path.parent.iterdir())


def test_a_bug_at_hq_prints_one_line_and_logs_no_names(tmp_path, monkeypatch, capsys):
    from desktop import hq_cli

    monkeypatch.setenv("QAMQOR_DATA_DIR", str(tmp_path))

    def broken(_args):
        raise ValueError("conflict on Абдуллаев Рустам, born 01.05.1990")
    monkeypatch.setitem(hq_cli.COMMANDS, "keygen", broken)
    assert hq_cli.main(["--lang", "en", "keygen", "--out", str(tmp_path / "keys")]) == 1
    err = capsys.readouterr().err
    log_file = errorlog.log_path(tmp_path, "qamqor-hq")
    assert err.count("\n") == 1 and err.startswith("qamqor-hq: an unexpected error stopped the command (ValueError)")
    assert str(log_file) in err
    text = log_file.read_text("utf-8")
    assert "ValueError" in text and "in broken" in text
    for value in ("Абдуллаев", "Рустам", "01.05.1990"):
        assert value not in err and value not in text


def test_every_log_call_in_the_program_gives_a_constant_template():
    """A value baked into the message itself (an f-string, % or .format) would
    reach the log file as it is: the formatter can hide only the arguments."""
    import ast
    from pathlib import Path

    root = Path(errorlog.__file__).parent
    levels = {"debug", "info", "warning", "error", "exception", "critical", "log"}
    bad = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in levels
                    and isinstance(node.func.value, ast.Name) and node.func.value.id in ("log", "logger", "logging")
                    and node.args):
                template = node.args[1] if node.func.attr == "log" and len(node.args) > 1 else node.args[0]
                if not (isinstance(template, ast.Constant) and isinstance(template.value, str)):
                    bad.append(f"{path.relative_to(root)}:{node.lineno}")
    assert not bad, "log calls whose message is not a constant string: " + ", ".join(bad)
