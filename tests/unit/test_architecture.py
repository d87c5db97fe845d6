"""Imports flow one way: views → services → models / reports / exchange."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"
GUI_ALLOWED = {"views", "app.py"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = "." * node.level + (node.module or "")
            names.add(base)
            if node.module in ("PySide6",) or base == ".":
                names.update(f"{base}.{a.name}".lstrip(".") if node.module else a.name for a in node.names)
    return names


def _modules():
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def _part(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0]


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_views_and_app_import_qt_widgets_or_gui(path):
    if _part(path) in GUI_ALLOWED:
        return
    bad = {n for n in _imports(path) if n.startswith(("PySide6.QtWidgets", "PySide6.QtGui",
                                                      "PySide6.QtPrintSupport"))}
    assert not bad, f"{path.relative_to(PACKAGE)} imports {bad}"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_lower_layers_do_not_import_upper_ones(path):
    layer = _part(path)
    forbidden = {
        "models": ("services", "views", "reports", "exchange", "app", "cli"),
        "reports": ("services", "views", "app", "cli"),
        "exchange": ("services", "views", "app", "cli"),
        "services": ("views", "app", "cli"),
    }.get(layer, ())
    for name in _imports(path):
        target = name.lstrip(".")
        if name.startswith("desktop."):
            target = name.split(".")[1]
        elif name.startswith(".."):
            target = name.lstrip(".").split(".")[0]
        elif name.startswith("."):
            continue  # the same layer
        else:
            continue
        assert target not in forbidden, f"{path.relative_to(PACKAGE)} ({layer}) imports {name}"


def test_the_check_sees_a_widget_import(tmp_path):
    sample = tmp_path / "m.py"
    sample.write_text("from PySide6.QtWidgets import QLabel\nfrom PySide6 import QtGui\n")
    assert {"PySide6.QtWidgets", "PySide6.QtGui"} <= _imports(sample)
