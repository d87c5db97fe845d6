"""Imports flow one way: views → services / hq → models / reports / exchange,
with nothing in a circle and no screen file loose in ``desktop/views/``."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"
GUI_ALLOWED = {"views", "app.py", "selftest.py"}
TOP = ("app", "cli", "hq_cli", "selftest")
# What each room may not import. The bottom modules (i18n, errors, files, errorlog) import
# nothing of Qamqor's but each other.
FORBIDDEN = {
    "models": ("services", "hq", "views", "reports", "exchange", *TOP),
    "reports": ("services", "hq", "views", "exchange", *TOP),
    # The bundle format and its cryptography: bytes in, bytes out, no database.
    "exchange": ("models", "services", "hq", "views", "reports", "files", *TOP),
    "services": ("views", "hq", *TOP),
    "hq": ("views", "services", *TOP),
    # HQ's command line parses and prints; the work, the database and the files are desktop/hq/'s.
    "hq_cli": ("models", "services", "views", "reports", "files", "app", "cli", "selftest"),
    "views": ("models", "reports", "exchange", "files", "hq", "app", "cli", "hq_cli", "selftest"),
    "i18n": ("models", "services", "hq", "views", "reports", "exchange", *TOP),
    "errors": ("models", "services", "hq", "views", "reports", "exchange", "files", *TOP),
    "files": ("models", "services", "hq", "views", "reports", "exchange", *TOP),
    "errorlog": ("models", "services", "hq", "views", "reports", "exchange", "files", *TOP),
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(path: Path, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package.pop()
    base = package[: len(package) - node.level + 1]
    return ".".join(base + ([node.module] if node.module else []))


def _imports(path: Path, *, place: Path | None = None) -> set[str]:
    """Every module a file imports, at the top or inside a function, as absolute names;
    ``from a import b`` counts as ``a.b`` as well, since b may be a module."""
    tree = ast.parse(path.read_text("utf-8"), str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(place or path, node)
            names.add(base)
            names.update(f"{base}.{a.name}" for a in node.names)
    return names


def _modules():
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def _part(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_views_app_and_self_test_import_qt_widgets_or_gui(path):
    if path.relative_to(PACKAGE).parts[0] in GUI_ALLOWED:
        return
    bad = {n for n in _imports(path) if n.startswith(("PySide6.QtWidgets", "PySide6.QtGui",
                                                      "PySide6.QtPrintSupport", "PySide6.QtPdf"))}
    assert not bad, f"{path.relative_to(PACKAGE)} imports {bad}"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_room_imports_only_the_rooms_below_it(path):
    layer = _part(path)
    forbidden = FORBIDDEN.get(layer, ())
    bad = sorted(name for name in _imports(path)
                 if name.startswith("desktop.") and name.split(".")[1] in forbidden)
    assert not bad, f"{path.relative_to(PACKAGE)} ({layer}) imports {bad}"


def _graph() -> dict[str, set[str]]:
    known = {_module_name(p) for p in _modules()}
    graph = {}
    for p in _modules():
        me = _module_name(p)
        targets = {n for n in _imports(p) if n in known and n != me}
        # importing a.b.c runs a and a.b first; packages here are empty, so only the module counts
        graph[me] = {t for t in targets if not (PACKAGE / Path(*t.split(".")[1:]) / "__init__.py").exists()}
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_module_imports_itself_round_a_circle():
    assert _circles(_graph()) == []


def test_the_circle_check_sees_a_circle():
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_screen_file_lies_loose_in_views():
    loose = sorted(p.name for p in (PACKAGE / "views").glob("*.py") if p.name != "__init__.py")
    assert loose == []


def test_the_check_sees_a_widget_import_and_a_relative_one(tmp_path):
    sample = tmp_path / "m.py"
    sample.write_text("from PySide6.QtWidgets import QLabel\nfrom PySide6 import QtGui\n"
                      "def f():\n    from ...models import Role\n")
    names = _imports(sample, place=PACKAGE / "views" / "kit" / "m.py")
    assert {"PySide6.QtWidgets", "PySide6.QtGui", "desktop.models", "desktop.models.Role"} <= names
