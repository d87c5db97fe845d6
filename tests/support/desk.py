"""A desk at work, run as its own program by the tests of several programs on
one branch: log in and register visitors one by one, each in its own
transaction, as the window's registration form does.

    python -m tests.support.desk --data-dir DIR [--db URL] --user NAME --saves N --tag T

The password comes from QAMQOR_PASSWORD. Prints one number per save; exits 1
with the message on the first refusal.
"""
from __future__ import annotations

import argparse
import os
import random
import string
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--db")
    parser.add_argument("--user", required=True)
    parser.add_argument("--saves", type=int, required=True)
    parser.add_argument("--tag", required=True)
    args = parser.parse_args(argv)

    from desktop.errors import Refused
    from desktop.services.accounts import BranchGate
    from desktop.services.keyslots import KdfParams
    from desktop.services.visitors import NewVisitor, VisitorService

    rng = random.Random(args.tag)
    gate = BranchGate(Path(args.data_dir), db_url=args.db, kdf=KdfParams.fast())
    try:
        identity = gate.log_in(args.user, os.environ["QAMQOR_PASSWORD"])
        visitors = VisitorService(gate.db, identity)
        for _ in range(args.saves):
            family = "".join(rng.choice(string.ascii_uppercase) for _ in range(9))
            row = visitors.register(NewVisitor(family_name=family, given_name=args.tag.title(), sex="F"))
            print(row.number, flush=True)
    except Refused as err:
        print(str(err), file=sys.stderr)
        return 1
    finally:
        gate.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
