"""The packaged program: PyInstaller builds packaging/qamqor.spec, and the
frozen ``qamqor --self-test`` and ``qamqor-hq --help`` work.

Slow (a build takes about a minute): it runs in CI (``CI`` set) and, elsewhere,
only with QAMQOR_TEST_PACKAGE=1.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SIZE_LIMIT_MB = 250

pytestmark = [
    pytest.mark.slow,
    # PyInstaller on a busy two-core machine can take several minutes.
    pytest.mark.timeout(1500),
    pytest.mark.skipif(not os.environ.get("CI") and os.environ.get("QAMQOR_TEST_PACKAGE") != "1",
                       reason="builds the package (about a minute): set QAMQOR_TEST_PACKAGE=1"),
]


def _program(folder: Path, name: str) -> Path:
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def _size(folder: Path) -> int:
    return sum((Path(d) / f).stat().st_size for d, _, files in os.walk(folder) for f in files
               if not (Path(d) / f).is_symlink())


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    build = tmp_path_factory.mktemp("package")
    env = dict(os.environ)
    env.pop("QAMQOR_DEBUG_BUILD", None)
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(build / "dist"), "--workpath", str(build / "work"),
         str(ROOT / "packaging" / "qamqor.spec")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-4000:]
    return build / "dist" / "qamqor"


def test_the_frozen_self_test_passes(package, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path), TEMP=str(tmp_path),
               TMP=str(tmp_path))
    result = subprocess.run([str(_program(package, "qamqor")), "--self-test"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    if sys.platform != "win32":  # the windowed program has no standard output there
        assert "(frozen)" in result.stdout.splitlines()[0]
        assert result.stdout.splitlines()[-1] == "self-test: temporary folder deleted; all steps passed"
    assert list(tmp_path.iterdir()) == []


def test_the_frozen_hq_program_shows_its_usage(package, tmp_path):
    result = subprocess.run([str(_program(package, "qamqor-hq")), "--help"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode in (0, 2), result.stderr
    assert "usage: qamqor-hq" in result.stdout + result.stderr


def test_the_folder_holds_the_data_files(package):
    internal = package / "_internal"
    for lang in ("kk", "ru", "en"):
        assert (internal / "translations" / f"qamqor_{lang}.qm").is_file()
    for path in sorted((ROOT / "resources").rglob("*")):
        if path.is_file():
            assert (internal / path.relative_to(ROOT)).is_file(), path
    versions = sorted(p.name for p in (ROOT / "desktop" / "migrations" / "versions").glob("*.py"))
    assert versions and versions == sorted(
        p.name for p in (internal / "desktop" / "migrations" / "versions").glob("*.py"))


def test_the_folder_is_at_most_250_mb(package):
    size_mb = _size(package) / 1e6
    assert size_mb <= SIZE_LIMIT_MB, f"the package is {size_mb:.1f} MB"
