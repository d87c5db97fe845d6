"""The README and docs/ speak to someone who has only the project: every link
in them resolves inside the project, and none points outside it."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", ROOT / "packaging" / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"\]\(([^)\s]+)\)")


def _anchor(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def _anchors(page: Path) -> set[str]:
    return {_anchor(m.group(1)) for m in re.finditer(r"^#+\s+(.*)$", page.read_text("utf-8"), re.M)}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_link_resolves_inside_the_project(page):
    text = page.read_text("utf-8")
    assert "shared/" not in text, "a page points at files the project does not have"
    for target in LINK.findall(text):
        if re.match(r"[a-z]+:", target):
            continue  # a web address
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        assert file.exists() and (file == ROOT or ROOT in file.parents), f"{page.name}: {target} does not resolve"
        if anchor:
            assert anchor in _anchors(file), f"{page.name}: no heading for #{anchor} in {file.name}"


def test_the_anchor_rule_matches_a_real_heading():
    assert _anchor("Where the data lives") == "where-the-data-lives"
