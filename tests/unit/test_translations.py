"""The catalogues are complete and up to date with the code."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = {lang: ROOT / "translations" / f"qamqor_{lang}.ts" for lang in ("kk", "ru", "en")}
PLURALS = {"kk": 2, "ru": 3, "en": 2}


def _tool(name: str) -> str:
    path = Path(sys.executable).with_name(name)
    return str(path) if path.exists() else shutil.which(name) or pytest.fail(f"{name} not found")


def _sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "desktop").rglob("*.py") if "migrations" not in p.parts)


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {(ctx.findtext("name"), msg.findtext("source")): msg
            for ctx in tree.getroot().iter("context") for msg in ctx.iter("message")}


def test_catalogues_are_up_to_date_with_the_code(tmp_path):
    for lang, path in TS.items():
        copy = tmp_path / path.name
        shutil.copy(path, copy)
        subprocess.run([_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *_sources(),
                        "-ts", str(copy)], check=True, capture_output=True)
        assert set(_messages(copy)) == set(_messages(path)), (
            f"{path.name} is outdated: run `make translations` and translate what is new")


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_no_unfinished_or_empty_translation(lang):
    problems = []
    for (ctx, source), msg in _messages(TS[lang]).items():
        tr = msg.find("translation")
        if tr.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{ctx}: {source}")
            continue
        if msg.get("numerus") == "yes":
            forms = [f.text or "" for f in tr.findall("numerusform")]
            if len(forms) != PLURALS[lang] or not all(f.strip() for f in forms):
                problems.append(f"{ctx}: {source} (plural forms)")
            elif "%n" in source and not all("%n" in f for f in forms):
                problems.append(f"{ctx}: {source} (a plural form lacks %n)")
        elif lang != "en" and not (tr.text or "").strip():
            problems.append(f"{ctx}: {source} (empty)")
        if msg.get("numerus") != "yes" and lang != "en":
            for ph in ("%1", "%2", "%3"):
                if ph in source and ph not in (tr.text or ""):
                    problems.append(f"{ctx}: {source} (missing {ph})")
    assert not problems, f"{TS[lang].name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_catalogue_builds_without_unfinished_entries(lang, tmp_path):
    out = tmp_path / f"qamqor_{lang}.qm"
    result = subprocess.run([_tool("pyside6-lrelease"), "-fail-on-unfinished", str(TS[lang]), "-qm", str(out)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.stat().st_size > 100


def test_every_string_with_a_count_has_plural_forms():
    # pyside6-lupdate gives plural forms only to tr(…, n) and to translate(…, 1)
    # with a literal count; a count given otherwise loses them, or the string.
    counted = {m.group(1) for p in _sources() for m in re.finditer(r'"([^"\n]*%n[^"\n]*)"', Path(p).read_text("utf-8"))}
    messages = _messages(TS["ru"])
    plural = {source for (_ctx, source), msg in messages.items() if msg.get("numerus") == "yes"}
    # A literal cut across lines is matched by its part; "%n" alone is the placeholder itself.
    lacking = sorted(s for s in counted - {"%n"} if not any(s in p for p in plural))
    assert not lacking, "without plural forms in the catalogue (see desktop.i18n.translate_n):\n" + "\n".join(lacking)
