"""A program at work, for the crash harness to kill: it logs in, then saves
visitors, exports bundles or makes backups over and over, and prints a line
for each one only once it is complete (committed, renamed, checked).

    python -m tests.support.crash_worker --data-dir DIR --stick DIR --mode save|export|backup|mixed

The password comes from QAMQOR_PASSWORD. Prints "ready" once logged in.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--stick", required=True)
    parser.add_argument("--mode", choices=["save", "export", "backup", "mixed"], required=True)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QCoreApplication

    _app = QCoreApplication([sys.argv[0]])  # noqa: F841 - messages are translated through it
    from desktop.services.accounts import BranchGate
    from desktop.services.backups import BackupService
    from desktop.services.exchange import ExchangeService
    from desktop.services.keyslots import KdfParams
    from desktop.services.visitors import NewVisitor, VisitorService

    gate = BranchGate(Path(args.data_dir), kdf=KdfParams.fast())
    admin = gate.log_in("admin", os.environ["QAMQOR_PASSWORD"])
    director = gate.log_in("director", os.environ["QAMQOR_STAFF_PASSWORD"])
    visitors = VisitorService(gate.db, director)
    exchange = ExchangeService(gate.db, admin)
    backups = BackupService(gate, admin)
    steps = {"save": ["save"], "export": ["save", "export"], "backup": ["save", "backup"],
             "mixed": ["save", "save", "export", "backup"]}[args.mode]
    print("ready", flush=True)
    n = 0
    while True:
        for step in steps:
            n += 1
            if step == "save":
                row = visitors.register(NewVisitor(family_name=f"Crash{os.getpid()}x{n}", given_name="Test", sex="F"))
                print("saved", row.number, flush=True)
            elif step == "export":
                print("bundle", exchange.export_bundle(Path(args.stick)).path.name, flush=True)
            else:
                made = backups.make()
                print("backup", made.path.name, made.made_at.isoformat(), flush=True)


if __name__ == "__main__":
    sys.exit(main())
