"""Pack the one-folder program for Linux: dist/qamqor-<version>-linux-<machine>.tar.gz

    python packaging/tarball.py [dist/qamqor]

The archive holds one folder, qamqor-<version>/, with the program, its
desktop entry and its icon (packaging/README.md says how to install them).
"""
from __future__ import annotations

import argparse
import importlib.metadata
import platform
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
    # Whoever unpacks it owns it; the builder's user name means nothing there.
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def make_tarball(folder: Path, out_dir: Path) -> Path:
    version = importlib.metadata.version("qamqor")
    top = f"qamqor-{version}"
    target = out_dir / f"{top}-linux-{platform.machine()}.tar.gz"
    partial = target.with_name(target.name + ".part")
    with tarfile.open(partial, "w:gz") as tar:
        tar.add(folder, arcname=top, filter=_owned_by_root)
        tar.add(HERE / "qamqor.desktop", arcname=f"{top}/qamqor.desktop", filter=_owned_by_root)
        tar.add(ROOT / "resources" / "icons" / "qamqor.png", arcname=f"{top}/qamqor.png", filter=_owned_by_root)
    partial.replace(target)
    return target


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/tarball.py")
    parser.add_argument("folder", nargs="?", default=str(ROOT / "dist" / "qamqor"))
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    if not (folder / "qamqor").is_file():
        print(f"no packaged program in {folder}: run `make package` first", file=sys.stderr)
        return 1
    target = make_tarball(folder, folder.parent)
    print(f"{target} ({target.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
