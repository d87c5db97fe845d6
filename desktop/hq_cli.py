"""The ``qamqor-hq`` command line: HQ keys, enrolment of branches, import of
their bundles, review of conflicting edits, the return bundles sent back and
the report of every branch's figures.
Argument parsing and printing only: the work is HqService's (desktop/hq/).

Exit status: 0 success, 1 refused (one line on stderr), 2 usage error.
The HQ secret keys are read from --keys DIR (or QAMQOR_HQ_KEYS, else the
current folder); no plaintext of a bundle is ever written to disk.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from . import errorlog, i18n
from .errors import Refused
from .i18n import fill


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="qamqor-hq", description="Qamqor at headquarters: keys, enrolment of "
                                "branches, import of their bundles, return bundles.")
    p.add_argument("--lang", choices=i18n.LANGUAGES, help="language of messages")
    p.add_argument("--debug", action="store_true",
                   help="on an unexpected error, print the whole traceback (it may quote people's data)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    sp = sub.add_parser("keygen", help="make the HQ keys and the signed key set")
    sp.add_argument("--out", required=True, metavar="DIR")

    def with_db(name, help_text):
        sp = sub.add_parser(name, help=help_text, description=help_text)
        sp.add_argument("--db", default=os.environ.get("QAMQOR_HQ_DB"), metavar="URL",
                        help="the HQ PostgreSQL URL (or QAMQOR_HQ_DB)")
        return sp

    sp = with_db("enrol", "register a branch's enrolment file")
    sp.add_argument("file", metavar="FILE")
    sp = with_db("import", "apply branch bundles")
    sp.add_argument("files", nargs="+", metavar="FILE")
    sp.add_argument("--keys", default=os.environ.get("QAMQOR_HQ_KEYS", "."), metavar="DIR",
                    help="folder with hq-primary.agekey (or QAMQOR_HQ_KEYS)")
    sp = with_db("return", "write the return bundle for a branch")
    sp.add_argument("--branch", required=True, metavar="CODE")
    sp.add_argument("--out", required=True, metavar="DIR")
    sp.add_argument("--keys", default=os.environ.get("QAMQOR_HQ_KEYS", "."), metavar="DIR",
                    help="folder with hq-signing.key and hq-keyset.json (or QAMQOR_HQ_KEYS)")
    sp = with_db("recover", "rebuild a lost or stolen branch computer: write a recovery bundle for the new "
                 "computer's request and revoke the old computer's key")
    sp.add_argument("--branch", required=True, metavar="CODE")
    sp.add_argument("--enrolment", required=True, metavar="FILE",
                    help="the recovery request the new computer made (qamqor recovery-request)")
    sp.add_argument("--out", required=True, metavar="FILE")
    sp.add_argument("--keys", default=os.environ.get("QAMQOR_HQ_KEYS", "."), metavar="DIR",
                    help="folder with hq-signing.key and hq-keyset.json (or QAMQOR_HQ_KEYS)")
    sp.add_argument("--by", metavar="NAME", help="who does it, for the audit trail (default: the OS user)")
    sp = with_db("conflicts", "list edits of the same field at HQ and at a branch, kept for review")
    sp.add_argument("--branch", metavar="CODE", help="only this branch")
    sp.add_argument("--all", action="store_true", help="resolved ones too")
    sp.add_argument("--show-values", action="store_true",
                    help="print both values of each field (personal data: the viewing is audited)")
    sp.add_argument("--by", metavar="NAME", help="who is looking, for the audit trail (default: the OS user)")
    sp = with_db("resolve", "resolve one conflict: keep HQ's values or take the branch's")
    sp.add_argument("id", type=int, metavar="ID")
    sp.add_argument("--keep", required=True, choices=("hq", "branch"),
                    help="hq: HQ's values stay; branch: the branch's values of the conflicting fields are written")
    sp.add_argument("--note", default="", metavar="TEXT", help="why, for the audit trail")
    sp.add_argument("--by", metavar="NAME", help="who resolves it, for the audit trail (default: the OS user)")
    sp = with_db("report", "the figures of every branch and in total for a period, small counts withheld, "
                           "to a file (.xlsx or .csv)")
    sp.add_argument("--period", required=True, metavar="PERIOD",
                    help="2026-11 (a month), 2026-Q4 (a quarter), 2026 (a year) or 2026-01-05..2026-02-04")
    sp.add_argument("--branch", action="append", default=[], metavar="CODE",
                    help="only this branch (again for more); default: every enrolled branch")
    sp.add_argument("--out", required=True, metavar="FILE", help="FILE.xlsx (in the language of --lang) or FILE.csv")
    sp.add_argument("--exact", action="store_true",
                    help="exact figures, small counts not withheld (recorded in the audit trail)")
    sp.add_argument("--by", metavar="NAME", help="who asks, for the audit trail (default: the OS user)")
    return p


def _service(args, *, keys: bool = False):
    from .hq.service import HqService, person_at_hq

    return HqService.open(args.db, actor=person_at_hq(getattr(args, "by", None)),
                          keys=Path(args.keys) if keys else None)


def _cmd_keygen(args) -> int:
    from .exchange.keys import generate_hq_keys

    keyset = generate_hq_keys(Path(args.out))
    print(fill(QCoreApplication.translate("Exchange", "HQ keys written to %1. Keep hq-primary.agekey, "
                                          "hq-escrow.agekey and hq-signing.key secret; give hq-keyset.json to the branches."),
               args.out))
    print(fill(QCoreApplication.translate("Exchange", "Key set fingerprint (read it out by phone): %1"), keyset.spoken))
    return 0


def _cmd_enrol(args) -> int:
    from .hq.service import read_file

    data = read_file(args.file)
    with _service(args) as hq:
        enrolled = hq.enrol(data)
    template = (QCoreApplication.translate("Exchange", "Branch %1 (%2) enrolled; fingerprint %3.") if enrolled.new else
                QCoreApplication.translate("Exchange", "Branch %1 (%2) was already enrolled with these keys; fingerprint %3."))
    print(fill(template, enrolled.code, enrolled.name, enrolled.spoken))
    return 0


def _cmd_import(args) -> int:
    from .hq.service import read_file

    refused = 0
    with _service(args, keys=True) as hq:
        for name in args.files:
            try:
                r = hq.import_bundle(read_file(name))
            except Refused as err:
                refused += 1
                print(f"qamqor-hq: {Path(name).name}: {err}", file=sys.stderr)
                continue
            if r.new_epoch:
                print(fill(QCoreApplication.translate(
                    "Exchange", "%1 was restored from a backup: its bundles from %2 on are a new epoch (%3)."),
                    r.branch, r.sequence, r.new_epoch))
            if r.status == "duplicate":
                line = QCoreApplication.translate(
                    "Exchange", "%1 bundle %2: imported before; nothing changed (%3 already present).")
                print(fill(line, r.branch, r.sequence, r.already))
            elif r.status == "older":
                line = QCoreApplication.translate(
                    "Exchange", "%1 bundle %2: older than what HQ has; nothing changed (%3 already present).")
                print(fill(line, r.branch, r.sequence, r.already))
            else:
                line = QCoreApplication.translate(
                    "Exchange", "%1 bundle %2: %3 applied, %4 already present, %5 conflicts, %6 rejected.")
                print(fill(line, r.branch, r.sequence, r.applied, r.already, r.conflicts, r.rejected))
    return 1 if refused else 0


def _cmd_return(args) -> int:
    with _service(args, keys=True) as hq:
        written = hq.write_return(args.branch, Path(args.out))
    print(fill(QCoreApplication.translate("Exchange", "%1: return bundle %2 acknowledges changes through %3 "
                                          "(%4 rejected)."), written.path, written.sequence,
               written.acknowledged_through, written.rejected))
    if written.given_back:
        print(fill(i18n.translate_n("Exchange", "%1 was restored from a backup: this return bundle brings back %n "
                               "record(s) HQ holds that the backup may lack.", written.given_back),
                   args.branch.strip().upper()))
    return 0


def _cmd_recover(args) -> int:
    from .hq.service import read_file

    data = read_file(args.enrolment)
    with _service(args, keys=True) as hq:
        r = hq.write_recovery(args.branch, data, Path(args.out))
    print(fill(i18n.translate_n("Exchange", "%1: recovery bundle for branch %2 with %n record(s).", r.records),
               args.out, args.branch.strip().upper()))
    if r.last_bundle:
        print(fill(QCoreApplication.translate(
            "Exchange", "HQ holds the branch's changes through change %1, from its bundle %2 (imported %3). "
            "Whatever the lost computer recorded after that bundle was never sent, and is not in the recovery."),
            r.cursor, r.last_bundle, r.last_bundle_at.astimezone().strftime("%Y-%m-%d %H:%M")
            if r.last_bundle_at else "?"))
    else:
        print(QCoreApplication.translate(
            "Exchange", "HQ never received a bundle from this branch: the recovery holds only HQ's directory "
            "of services."))
    print(fill(QCoreApplication.translate(
        "Exchange", "The lost computer's key (%1) is revoked: bundles it signs are refused from now on."), r.revoked))
    return 0


def _value(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def _cmd_conflicts(args) -> int:
    with _service(args) as hq:
        rows = hq.conflicts(branch_code=args.branch, include_resolved=args.all, show_values=args.show_values)
    if not rows:
        print(QCoreApplication.translate("Exchange", "No conflicts to review."))
        return 0
    for r in rows:
        cells = [str(r.id), r.branch, r.record_type, r.record_id, ",".join(r.fields),
                 r.at.isoformat(timespec="seconds")]
        if args.all:
            cells.append(QCoreApplication.translate("Exchange", "resolved") if r.resolved else
                         QCoreApplication.translate("Exchange", "open"))
        print("\t".join(cells))
        if args.show_values:
            for field in r.fields:
                print(fill(QCoreApplication.translate("Exchange", "    %1: HQ has %2; the branch sent %3"),
                           field, _value(r.hq_values[field]), _value(r.branch_values[field])))
    return 0


def _cmd_resolve(args) -> int:
    with _service(args) as hq:
        r = hq.resolve_conflict(args.id, keep=args.keep, note=args.note)
    template = (QCoreApplication.translate("Exchange", "Conflict %1 resolved: HQ keeps its values of %2.")
                if args.keep == "hq" else
                QCoreApplication.translate("Exchange", "Conflict %1 resolved: the branch's values of %2 are now HQ's."))
    print(fill(template, r.id, ", ".join(r.fields)))
    return 0


def _cmd_report(args) -> int:
    from .hq.report import ReportPeriod

    period = ReportPeriod.parse(args.period)
    with _service(args) as hq:
        report = hq.write_report(Path(args.out), period, branches=tuple(args.branch), exact=args.exact,
                                 lang=args.lang or i18n.system_language())
    template = (i18n.translate_n("Exchange", "The report of %n branch(es) for %1 was written to %2 "
                                             "(exact figures).", len(report.branches)) if args.exact else
                i18n.translate_n("Exchange", "The report of %n branch(es) for %1 was written to %2 "
                                             "(small counts withheld as <5).", len(report.branches)))
    print(fill(template, period.code, args.out))
    return 0


def _plural_sources() -> None:
    """Never called: the strings with a count, the count a literal, so that
    pyside6-lupdate gives them their plural forms (see i18n.translate_n)."""
    QCoreApplication.translate("Exchange", "The report of %n branch(es) for %1 was written to %2 (exact figures).",
                               "", 1)
    QCoreApplication.translate("Exchange", "The report of %n branch(es) for %1 was written to %2 (small counts "
                                           "withheld as <5).", "", 1)
    QCoreApplication.translate("Exchange", "%1: recovery bundle for branch %2 with %n record(s).", "", 1)
    QCoreApplication.translate("Exchange", "%1 was restored from a backup: this return bundle brings back %n "
                                           "record(s) HQ holds that the backup may lack.", "", 1)


COMMANDS = {"keygen": _cmd_keygen, "enrol": _cmd_enrol, "import": _cmd_import, "return": _cmd_return,
            "recover": _cmd_recover, "conflicts": _cmd_conflicts, "resolve": _cmd_resolve,
            "report": _cmd_report}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if QCoreApplication.instance() is None:
        main.app = QCoreApplication([sys.argv[0]])
    translations = i18n.Translations()
    translations.install(args.lang or i18n.system_language())
    log_file = errorlog.install(_log_folder(), name="qamqor-hq", debug=args.debug)
    try:
        return COMMANDS[args.command](args)
    except Refused as err:
        print(f"qamqor-hq: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 1
    except Exception as err:  # a bug: one line here, its type and place in the log
        return errorlog.unexpected(err, log_file, program="qamqor-hq", debug=args.debug)


def _log_folder() -> Path:
    """HQ has no branch folder: its log goes where this computer's Qamqor data
    lives (QAMQOR_DATA_DIR, or the user data folder: the folder
    services.storage.default_data_dir names, which this room may not import)."""
    env = os.environ.get("QAMQOR_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("Qamqor", "Qamqor", roaming=False))


if __name__ == "__main__":
    sys.exit(main())
