"""The ``qamqor`` and ``qamqor-hq`` command lines.

Exit status: 0 success, 1 refused (one line on stderr), 2 usage error.
Passwords come from --password-file or QAMQOR_PASSWORD, never the command line.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .keeping import (
    _cmd_anonymise,
    _cmd_backup,
    _cmd_legal_hold,
    _cmd_recover,
    _cmd_recovery_request,
    _cmd_restore,
    _cmd_retention,
    _cmd_subject_export,
)
from .support import (
    check_fingerprint,
    parse_day,
    open_gate,
    language_of,
    log_in,
    read_secret,
    settings_of,
    usage,
    write_document,
)

from .. import errorlog, i18n
from ..errors import Refused
from ..i18n import fill

log = logging.getLogger("qamqor")


def _common(parser: argparse.ArgumentParser, *, suppress: bool, lang: bool = True) -> None:
    d = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", default=d, help="branch data folder (default: QAMQOR_DATA_DIR or the user data folder)")
    parser.add_argument("--db", default=d, metavar="URL", help="a PostgreSQL URL instead of the embedded database")
    parser.add_argument("--user", default=d, help="staff user name (default: QAMQOR_USER)")
    parser.add_argument("--password-file", default=d, metavar="FILE", help="file holding the password (or QAMQOR_PASSWORD)")
    if lang:
        parser.add_argument("--lang", default=d, choices=i18n.LANGUAGES, help="language of messages")
    parser.add_argument("--debug", action="store_true", default=argparse.SUPPRESS if suppress else False,
                        help="on an unexpected error, print the whole traceback (it may quote people's data)")


def _window_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="qamqor", description="Qamqor: register, referrals and volunteers for Red Crescent branches.")
    _common(p, suppress=False)
    p.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    return p


def _parse(argv: list[str] | None) -> argparse.Namespace:
    """The window's options alone when no command is named: the log-in window
    need not wait for the thirty-odd command parsers to be built."""
    tokens = sys.argv[1:] if argv is None else argv
    if not any(t in COMMANDS or t in ("-h", "--help") for t in tokens):
        args, rest = _window_parser().parse_known_args(tokens)
        if not rest:
            args.command = None
            return args
    return build_parser().parse_args(tokens)


def build_parser() -> argparse.ArgumentParser:
    p = _window_parser()
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def add(name, help_text, *, lang=True):
        sp = sub.add_parser(name, help=help_text, description=help_text)
        _common(sp, suppress=True, lang=lang)
        return sp

    sp = add("init", "set up a new branch and its administrator")
    sp.add_argument("--branch-code", help="required unless the branch is rebuilt with --recover")
    sp.add_argument("--branch-name", help="required unless the branch is rebuilt with --recover")
    sp.add_argument("--admin", required=True, metavar="USER")
    sp.add_argument("--admin-name", default="", metavar="DISPLAY_NAME")
    sp.add_argument("--hq-keyset", metavar="FILE", help="install the HQ key set (hq-keyset.json) right away")
    sp.add_argument("--hq-fingerprint", metavar="GROUPS",
                    help="the key set's fingerprint as HQ read it out by phone (needed with --hq-keyset and --recover)")
    sp.add_argument("--recover", metavar="FILE",
                    help="rebuild the branch from HQ's recovery bundle (made for this computer's recovery-request)")

    sp = add("recovery-request", "on a new computer for a lost or stolen one: make the request HQ answers with "
             "a recovery bundle (the password is the future administrator's)")
    sp.add_argument("--branch-code", required=True)
    sp.add_argument("--out", required=True, metavar="DIR")

    sp = add("demo", "fill the branch with realistic demo data (making a demo branch first if there is none)")
    sp.add_argument("--visitors", type=int, default=300, metavar="N")
    sp.add_argument("--seed", type=int, default=1, metavar="S")

    users = add("users", "staff accounts")
    usub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    u = usub.add_parser("list", help="list accounts")
    _common(u, suppress=True)
    u = usub.add_parser("add", help="add an account (its password from --new-password-file or QAMQOR_NEW_PASSWORD)")
    _common(u, suppress=True)
    u.add_argument("username")
    u.add_argument("--role", required=True, choices=["receptionist", "caseworker", "coordinator", "director", "administrator"])
    u.add_argument("--name", default="", metavar="DISPLAY_NAME")
    u.add_argument("--new-password-file", metavar="FILE")
    u = usub.add_parser("passwd", help="set a new password (from --new-password-file or QAMQOR_NEW_PASSWORD)")
    _common(u, suppress=True)
    u.add_argument("username")
    u.add_argument("--new-password-file", metavar="FILE")
    u = usub.add_parser("disable", help="disable an account, remove its key and rekey the database")
    _common(u, suppress=True)
    u.add_argument("username")
    u = usub.add_parser("health-access", help="who may see restricted health information, and who holds its key")
    _common(u, suppress=True)
    u = usub.add_parser("grant-health", help="give the key to restricted health information to a colleague "
                                             "(run by a director or caseworker who holds it)")
    _common(u, suppress=True)
    u.add_argument("username")
    u.add_argument("--escrow-key", metavar="FILE",
                   help="HQ's escrow key (hq-escrow.agekey), when nobody at the branch holds the key any more "
                        "(run by the administrator)")

    sp = add("import-visitors", "register the visitors of a legacy register (Excel .xlsx or .csv)")
    sp.add_argument("file", metavar="FILE")

    sp = add("search", "matching visitors, best first (number, name, Latin name, birth date, citizenship)")
    sp.add_argument("text", metavar="TEXT")
    sp.add_argument("--limit", type=int, default=50, metavar="N")

    sp = add("referrals", "list referrals (letter number, person, provider, service, status, due date)")
    sp.add_argument("--status", choices=["draft", "issued", "accepted", "declined", "completed", "no_show",
                                         "cancelled"])

    # Here --lang is the letter's languages; messages follow `qamqor --lang X letter …` or the settings.
    sp = add("letter", "print an issued referral letter to a PDF file (a second printing is marked COPY)", lang=False)
    sp.add_argument("number", metavar="LETTER_NUMBER")
    sp.add_argument("--out", required=True, metavar="FILE.pdf")
    sp.add_argument("--lang", dest="letter_lang", default="kk,ru", metavar="kk,ru,en",
                    help="the letter's languages, side by side (default kk,ru)")

    # Here --lang is the page's language; messages follow `qamqor --lang X roster …` or the settings.
    sp = add("roster", "print a week's volunteer roster (sites by days) to a PDF file", lang=False)
    sp.add_argument("--week", required=True, metavar="YYYY-Www", help="the ISO week, e.g. 2026-W48")
    sp.add_argument("--out", required=True, metavar="FILE.pdf")
    sp.add_argument("--lang", dest="page_lang", choices=i18n.LANGUAGES,
                    help="the page's language (default: the language of messages)")

    sp = add("sign-in-sheet", "print a day's sign-in sheet for the volunteers' shifts to a PDF file", lang=False)
    sp.add_argument("--day", required=True, metavar="YYYY-MM-DD")
    sp.add_argument("--out", required=True, metavar="FILE.pdf")
    sp.add_argument("--lang", dest="page_lang", choices=i18n.LANGUAGES,
                    help="the page's language (default: the language of messages)")

    # Here --lang is the report's language; messages follow `qamqor --lang X report …` or the settings.
    sp = add("report", "the branch's figures for a period, small counts withheld, to a file (.pdf, .xlsx or .csv)",
             lang=False)
    when = sp.add_mutually_exclusive_group(required=True)
    when.add_argument("--period", metavar="PERIOD", help="a month (2026-11), a quarter (2026-Q4) or a year (2026)")
    when.add_argument("--from", dest="date_from", metavar="DATE", help="the first day (with --to)")
    sp.add_argument("--to", dest="date_to", metavar="DATE", help="the last day (with --from)")
    sp.add_argument("--out", required=True, metavar="FILE.pdf|FILE.xlsx|FILE.csv")
    sp.add_argument("--exact", action="store_true",
                    help="exact figures, small counts not withheld (recorded in the audit trail; not for outside "
                         "the branch)")
    sp.add_argument("--lang", dest="page_lang", choices=i18n.LANGUAGES,
                    help="the report's language (default: the language of messages)")

    sp = add("verify-letter", "is this QR code (or 'NUMBER CHECKCODE') from a genuine letter of this branch?")
    sp.add_argument("code", metavar="CODE")

    audit = add("audit", "the audit trail")
    asub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    a = asub.add_parser("verify", help="check that no audit row was edited or removed")
    _common(a, suppress=True)

    keys = add("keys", "the HQ key set and this branch's enrolment file")
    ksub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    k = ksub.add_parser("install-hq", help="install the HQ key set (hq-keyset.json) and show its fingerprint")
    _common(k, suppress=True)
    k.add_argument("file", metavar="FILE")
    k.add_argument("--fingerprint", metavar="GROUPS",
                   help="its fingerprint as HQ read it out by phone (needed for the first key set)")
    k = ksub.add_parser("enrolment", help="write this branch's enrolment file for HQ")
    _common(k, suppress=True)
    k.add_argument("--out", required=True, metavar="FILE")

    sp = add("export-bundle", "write the next bundle for HQ into a folder (a USB stick)")
    sp.add_argument("--out", required=True, metavar="DIR")

    sp = add("import-return", "apply a return bundle from HQ")
    sp.add_argument("file", metavar="FILE")

    backup = add("backup", "make a backup of the branch now, into its backups folder (or --out FILE); "
                           "backup list | backup verify FILE (administrator)")
    backup.add_argument("--out", metavar="FILE", help="write the backup to this file instead")
    bsub = backup.add_subparsers(dest="backup_command", metavar="ACTION")
    b = bsub.add_parser("verify", help="read a backup whole and check its database")
    _common(b, suppress=True)
    b.add_argument("file", metavar="FILE")
    b.add_argument("--escrow-key", metavar="FILE", help="check with HQ's escrow key instead of a password")
    b = bsub.add_parser("list", help="the branch's backups, newest first")
    _common(b, suppress=True)

    sp = add("restore", "replace the branch's records with a backup's (administrator); the records replaced "
                        "are kept aside as a backup")
    sp.add_argument("file", metavar="FILE")
    sp.add_argument("--replace-damaged", action="store_true",
                    help="the branch here no longer opens: put the backup in its place (its files are kept aside)")
    sp.add_argument("--backup-user", metavar="NAME",
                    help="a backup older than your key: the account of someone who had one then (its password from "
                         "--backup-password-file or QAMQOR_BACKUP_PASSWORD)")
    sp.add_argument("--backup-password-file", metavar="FILE")

    sp = add("retention", "people with no activity for the retention period: list them, anonymise them, "
                          "or set the period (administrator)")
    what = sp.add_mutually_exclusive_group(required=True)
    what.add_argument("--list", action="store_true", help="who is due (numbers and dates, no names)")
    what.add_argument("--apply", action="store_true", help="anonymise everyone due now")
    what.add_argument("--set-months", type=int, metavar="N", help="keep records N months after their last activity")

    # Here --lang is the page's language; messages follow `qamqor --lang X subject-export …` or the settings.
    sp = add("subject-export", "everything held about a person, for them, as a PDF file (director)", lang=False)
    sp.add_argument("number", metavar="NUMBER", help="the person's registration number")
    sp.add_argument("--out", required=True, metavar="FILE.pdf")
    sp.add_argument("--lang", dest="page_lang", choices=i18n.LANGUAGES,
                    help="the page's language (default: the language of messages)")

    sp = add("anonymise", "erase a person's names, contacts, documents and notes now, at their request (director)")
    sp.add_argument("number", metavar="NUMBER", help="the person's registration number")
    sp.add_argument("--reason", required=True, metavar="TEXT", help="why (kept in the audit trail)")

    sp = add("legal-hold", "keep a person's record whole (or release it): no retention, no erasure (director)")
    sp.add_argument("number", metavar="NUMBER", help="the person's registration number")
    sp.add_argument("--reason", metavar="TEXT", help="why the hold is placed (or released)")
    sp.add_argument("--release", action="store_true", help="release the hold that stands")
    return p


def _cmd_init(args, data_dir, db_url) -> int:
    if args.recover:
        return _cmd_recover(args, data_dir, db_url)
    if not args.branch_code:
        raise Refused(QCoreApplication.translate(
            "Accounts", "A branch code looks like KZ-ALA: country, dash, 2 to 6 letters or digits."))
    if not args.branch_name:
        raise Refused(QCoreApplication.translate("Accounts", "Give the branch a name."))
    keyset_data = escrow = None
    if args.hq_keyset:
        from ..services.exchange import hq_escrow_recipient, read_hq_keyset

        try:
            keyset_data = Path(args.hq_keyset).read_bytes()
        except OSError as err:
            raise Refused(fill(QCoreApplication.translate("Exchange", "Cannot read %1: %2"), args.hq_keyset, err.strerror or str(err))) from err
        # Checked before the branch exists: a wrong file makes no half-set-up branch.
        keyset = read_hq_keyset(keyset_data)
        check_fingerprint(keyset, args.hq_fingerprint)
        escrow = hq_escrow_recipient(keyset)
    gate = open_gate(data_dir, db_url)
    try:
        password = read_secret(getattr(args, "password_file", None), "QAMQOR_PASSWORD", QCoreApplication.translate("CommandLine", "the administrator's password"))
        admin = gate.initialise(branch_code=args.branch_code, branch_name=args.branch_name,
                                admin_username=args.admin, admin_display_name=args.admin_name,
                                admin_password=password, escrow_recipient=escrow)
        print(fill(QCoreApplication.translate("CommandLine", "Branch %1 is set up in %2."), args.branch_code.upper(), db_url and QCoreApplication.translate("CommandLine", "the database server") or str(data_dir)))
        if keyset_data is not None:
            from ..services.exchange import ExchangeService

            keyset = ExchangeService(gate.db, admin).install_hq_keyset(keyset_data)
            print(fill(QCoreApplication.translate("Exchange", "HQ key set version %1 installed. Fingerprint (check it with HQ by phone): %2"), str(keyset.version), keyset.spoken))
    finally:
        gate.close()
    return 0


def _cmd_demo(args, data_dir, db_url) -> int:
    from ..services.demo import DEMO_PASSWORD, DEMO_STAFF, make_demo

    if args.visitors < 0:
        raise Refused(QCoreApplication.translate("CommandLine", "The number of visitors cannot be negative."))
    gate = open_gate(data_dir, db_url)
    try:
        # Into a branch that exists, with the credentials given (never the demo's own
        # password in their place); without any, the demo's administrator logs in.
        given = getattr(args, "user", None) or os.environ.get("QAMQOR_USER")
        identity = log_in(gate, args) if given and gate.is_initialised() else None
        result = make_demo(data_dir, visitors=args.visitors, seed=args.seed, gate=gate, identity=identity)
    finally:
        gate.close()
    if result.created_branch:
        print(fill(QCoreApplication.translate("CommandLine", "A demo branch was made in %1."), str(data_dir)))
    print(i18n.translate_n("CommandLine", "%n visitor(s) added.", result.visitors_added))
    if not result.staff_parts:
        print(QCoreApplication.translate("CommandLine", "Referrals and volunteers are added only to a demo branch "
                                                        "that qamqor demo made itself."))
    elif result.created_branch or identity is None:
        print(fill(QCoreApplication.translate("CommandLine", "Demo log-in: user %1, password %2 (other roles: %3)."),
                   "admin", DEMO_PASSWORD, ", ".join(u for u, _, _ in DEMO_STAFF[1:])))
    return 0


def _cmd_users(args, data_dir, db_url) -> int:
    from desktop.models import Role

    from ..services.accounts import AccountService
    from ..services.permissions import role_label

    gate = open_gate(data_dir, db_url)
    try:
        accounts = AccountService(gate, log_in(gate, args))
        cmd = args.users_command
        if cmd == "list":
            health = {"holds": QCoreApplication.translate("CommandLine", "holds the health key"),
                      "waiting": QCoreApplication.translate("CommandLine", "waits for the health key")}
            for u in accounts.list_users():
                state = QCoreApplication.translate("CommandLine", "active") if u.active else QCoreApplication.translate("CommandLine", "disabled")
                print("\t".join([u.username, u.display_name, role_label(u.role), state]
                                + ([health[u.health_key]] if u.health_key else [])))
        elif cmd == "health-access":
            from ..services.health import HealthAccessService

            for c in HealthAccessService(gate, accounts.identity).colleagues():
                held = (QCoreApplication.translate("CommandLine", "holds the health key") if c.holds_key
                        else QCoreApplication.translate("CommandLine", "waits for the health key"))
                print(f"{c.username}\t{c.display_name}\t{role_label(c.role)}\t{held}")
        elif cmd == "grant-health":
            from ..services.health import HealthAccessService

            access = HealthAccessService(gate, accounts.identity)
            if args.escrow_key:
                from ..exchange.keys import read_identities

                try:
                    identities = read_identities(Path(args.escrow_key))
                except (OSError, ValueError) as err:
                    raise Refused(fill(QCoreApplication.translate("Exchange", "Cannot read %1: %2"), args.escrow_key,
                                       getattr(err, "strerror", None) or str(err))) from err
                if not identities:
                    raise Refused(fill(QCoreApplication.translate("CommandLine", "%1 holds no age key."), args.escrow_key))
                access.grant_with_escrow(args.username, identities[0])
            else:
                access.grant(args.username)
            print(fill(QCoreApplication.translate("CommandLine", "%1 now holds the key to restricted health information "
                                                                 "(from their next log-in)."), args.username))
        elif cmd == "add":
            pw = read_secret(args.new_password_file, "QAMQOR_NEW_PASSWORD", QCoreApplication.translate("CommandLine", "the new password"))
            accounts.add_user(args.username, display_name=args.name, role=Role(args.role), password=pw)
            print(fill(QCoreApplication.translate("CommandLine", "User %1 added."), args.username))
        elif cmd == "passwd":
            pw = read_secret(args.new_password_file, "QAMQOR_NEW_PASSWORD", QCoreApplication.translate("CommandLine", "the new password"))
            accounts.reset_password(args.username, password=pw)
            print(fill(QCoreApplication.translate("CommandLine", "The password of %1 was changed."), args.username))
        elif cmd == "disable":
            last_holder = accounts.disable_user(args.username)
            print(fill(QCoreApplication.translate("CommandLine", "User %1 was disabled; the database has a new key."), args.username))
            if last_holder:
                print(QCoreApplication.translate(
                    "CommandLine", "Nobody at the branch holds the key to restricted health information any more: "
                    "only HQ's escrow key does (qamqor users grant-health USER --escrow-key FILE)."))
    finally:
        gate.close()
    return 0


def _cmd_audit(args, data_dir, db_url) -> int:
    from ..services.audit import AuditService
    from ..services.backups import BackupService

    gate = open_gate(data_dir, db_url)
    try:
        identity = log_in(gate, args)
        backups = BackupService(gate, identity)
        report = AuditService(gate.db, identity, newest_head=backups.newest_audit_head).verify_trail()
    finally:
        gate.close()
    chain, backup = report.chain, report.backup
    problems = []
    if not chain.ok:
        reasons = {
            "altered": QCoreApplication.translate("CommandLine", "audit event %1 was altered"),
            "missing": QCoreApplication.translate("CommandLine", "audit event %1 is missing"),
            "chain": QCoreApplication.translate("CommandLine", "audit event %1 does not follow the one before it"),
        }
        problems.append(fill(reasons[chain.problem], str(chain.first_bad_seq)))
    if backup is not None and not backup.ok:
        when = backup.head.made_at.astimezone().strftime("%Y-%m-%d %H:%M") if backup.head.made_at else "?"
        if backup.problem == "missing" and backup.first == backup.last:
            problems.append(fill(QCoreApplication.translate(
                "CommandLine", "audit event %1 is missing: the backup %2 (made %3) saw the trail reach event %4"),
                str(backup.last), backup.head.file_name, when, str(backup.head.seq)))
        elif backup.problem == "missing":
            problems.append(fill(QCoreApplication.translate(
                "CommandLine", "audit events %1 to %2 are missing: the backup %3 (made %4) saw the trail reach "
                "event %5"), str(backup.first), str(backup.last), backup.head.file_name, when, str(backup.head.seq)))
        else:
            problems.append(fill(QCoreApplication.translate(
                "CommandLine", "audit event %1 is not the one the backup %2 (made %3) recorded: events up to it "
                "were rewritten"), str(backup.last), backup.head.file_name, when))
    hq = report.hq
    if hq is not None and not hq.ok:
        when = hq.head.made_at.astimezone().strftime("%Y-%m-%d %H:%M") if hq.head.made_at else "?"
        if hq.problem == "missing" and hq.first == hq.last:
            problems.append(fill(QCoreApplication.translate(
                "CommandLine", "audit event %1 is missing: HQ's return bundle %2 (applied %3) says the trail "
                "reached event %4"), str(hq.last), hq.head.file_name, when, str(hq.head.seq)))
        elif hq.problem == "missing":
            problems.append(fill(QCoreApplication.translate(
                "CommandLine", "audit events %1 to %2 are missing: HQ's return bundle %3 (applied %4) says the "
                "trail reached event %5"), str(hq.first), str(hq.last), hq.head.file_name, when, str(hq.head.seq)))
        else:
            problems.append(fill(QCoreApplication.translate(
                "CommandLine", "audit event %1 is not the one HQ's return bundle %2 (applied %3) recorded: events "
                "up to it were rewritten"), str(hq.last), hq.head.file_name, when))
    if problems:
        raise Refused("; ".join(problems))
    print(i18n.translate_n("CommandLine", "The audit trail is intact: %n event(s) checked.", chain.checked))
    if hq is not None:
        print(fill(QCoreApplication.translate(
            "CommandLine", "It still holds event %1 as HQ's return bundle %2 recorded it."), str(hq.head.seq),
            hq.head.file_name))
    if backup is None:
        print(QCoreApplication.translate("CommandLine", "There is no backup to compare the trail's end with."))
    else:
        print(fill(QCoreApplication.translate(
            "CommandLine", "It still holds event %1 as the backup %2 recorded it."), str(backup.head.seq),
            backup.head.file_name))
    return 0


def _cmd_import_visitors(args, data_dir, db_url) -> int:
    from ..services.legacy_import import ImportService, summary

    gate = open_gate(data_dir, db_url)
    try:
        identity = log_in(gate, args)
        report = ImportService(gate.db, identity).import_file(Path(args.file))
    finally:
        gate.close()
    print(summary(report))
    lines = [(row, fill(QCoreApplication.translate("CommandLine", "Row %1: %2"), str(row), message))
             for row, message in report.errors]
    lines += [(row, fill(QCoreApplication.translate("CommandLine", "Row %1: already registered as %2"), str(row), number))
              for row, number in report.duplicates]
    lines += [(row, fill(QCoreApplication.translate(
        "CommandLine", "Row %1: registered as %2; may be %3, registered with another document number: check"),
        str(row), number, existing)) for row, number, existing in report.review]
    for _, line in sorted(lines, key=lambda item: item[0]):
        print(line)
    return 0


def _cmd_search(args, data_dir, db_url) -> int:
    from ..services.visitors import VisitorService

    if args.limit < 1:
        raise Refused(QCoreApplication.translate("CommandLine", "The number of results must be at least 1."))
    gate = open_gate(data_dir, db_url)
    try:
        identity = log_in(gate, args)
        hits = VisitorService(gate.db, identity).search(args.text, limit=args.limit)
    finally:
        gate.close()
    for hit in hits:
        row = hit.row
        name = " ".join(x for x in (row.family_name, row.given_name, row.patronymic) if x)
        born = row.birth_date.isoformat() if row.birth_date else str(row.birth_year or "")
        print("\t".join((row.number, name, row.latin_name, born, row.citizenship)))
    return 0


def _cmd_referrals(args, data_dir, db_url) -> int:
    from ..services.referrals import ReferralService

    gate = open_gate(data_dir, db_url)
    try:
        identity = log_in(gate, args)
        rows = ReferralService(gate.db, identity).list(status=args.status)
    finally:
        gate.close()
    for r in rows:
        print("\t".join((r.letter_number or "-", r.person_number, r.provider_name, r.service, r.status,
                         r.due_date.isoformat())))
    return 0


def _cmd_letter(args, data_dir, db_url) -> int:
    from ..services.documents import DocumentService

    languages = tuple(x.strip() for x in args.letter_lang.split(",") if x.strip())
    if not languages or len(languages) > 3 or any(x not in i18n.LANGUAGES for x in languages):
        raise Refused(QCoreApplication.translate("CommandLine", "Letter languages are one to three of kk, ru, en."))
    gate = open_gate(data_dir, db_url)
    try:
        identity = log_in(gate, args)
        documents = DocumentService(gate.db, identity)
        letter = documents.letter(args.number, languages=languages)
        write_document(documents, letter, args.out)
    finally:
        gate.close()
    message = (QCoreApplication.translate("CommandLine", "Letter %1 written to %2 (marked COPY).") if letter.copy else
               QCoreApplication.translate("CommandLine", "Letter %1 written to %2."))
    print(i18n.fill(message, letter.title, args.out))
    return 0


def _cmd_roster(args, data_dir, db_url) -> int:
    from ..services.documents import DocumentService, parse_week

    try:
        year, week = parse_week(args.week)
    except ValueError:
        return usage(i18n.fill(QCoreApplication.translate("CommandLine", "There is no week %1: write it like 2026-W48."),
                                args.week))
    lang = args.page_lang or language_of(args, data_dir)
    gate = open_gate(data_dir, db_url)
    try:
        identity = log_in(gate, args)
        documents = DocumentService(gate.db, identity)
        write_document(documents, documents.roster(year, week, lang=lang), args.out)
    finally:
        gate.close()
    print(i18n.fill(QCoreApplication.translate("CommandLine", "The roster of week %1 was written to %2."),
                    f"{year}-W{week:02d}", args.out))
    return 0


def _cmd_sign_in_sheet(args, data_dir, db_url) -> int:
    import datetime as dt

    from ..services.documents import DocumentService

    try:
        day = dt.date.fromisoformat(args.day.strip())
    except ValueError:
        return usage(i18n.fill(QCoreApplication.translate("CommandLine", "There is no day %1: write it like 2026-11-24."),
                                args.day))
    lang = args.page_lang or language_of(args, data_dir)
    gate = open_gate(data_dir, db_url)
    try:
        identity = log_in(gate, args)
        documents = DocumentService(gate.db, identity)
        write_document(documents, documents.sign_in_sheet(day, lang=lang), args.out)
    finally:
        gate.close()
    print(i18n.fill(QCoreApplication.translate("CommandLine", "The sign-in sheet of %1 was written to %2."),
                    day.strftime("%d.%m.%Y"), args.out))
    return 0


def _cmd_report(args, data_dir, db_url) -> int:
    import datetime as dt

    from ..services.documents import DocumentService
    from ..services.statistics import Period, StatisticsService
    from ..services.statistics_report import check_language

    if args.date_from is not None or args.date_to is not None:
        if not (args.date_from and args.date_to):
            return usage(QCoreApplication.translate("CommandLine", "Give both --from and --to, or --period."))
        first, last = parse_day(args.date_from), parse_day(args.date_to)
        if first is None or last is None:
            return usage(QCoreApplication.translate("CommandLine", "Give both --from and --to, or --period."))
        period = Period.between(first, last)
    else:
        period = Period.parse(args.period)
    suffix = Path(args.out).suffix.lower()
    if suffix not in (".pdf", ".xlsx", ".csv"):
        return usage(fill(QCoreApplication.translate(
            "CommandLine", "The report is written to a .pdf, .xlsx or .csv file, not %1."), args.out))
    lang = check_language(args.page_lang or language_of(args, data_dir))
    if period.first > dt.date.today():
        raise Refused(fill(QCoreApplication.translate(
            "CommandLine", "The period %1 has not begun yet: there is nothing to report."), period.code()))
    gate = open_gate(data_dir, db_url)
    try:
        identity = log_in(gate, args)
        documents = DocumentService(gate.db, identity)
        if suffix == ".pdf":
            document = documents.report_pdf(period, lang=lang, exact=args.exact)
        elif suffix == ".xlsx":
            document = documents.report_xlsx(period, lang=lang, exact=args.exact)
        else:
            document = documents.report_csv(period, exact=args.exact)
        write_document(documents, document, args.out)
        first_record = StatisticsService(gate.db, identity).first_record()
    finally:
        gate.close()
    if first_record is None:
        print(QCoreApplication.translate(
            "CommandLine", "This branch has no visits or referrals yet: the figures are zeros."))
    elif period.last < first_record:
        print(fill(QCoreApplication.translate(
            "CommandLine", "The branch's records begin on %1, after this period: the figures are zeros."),
            first_record.strftime("%d.%m.%Y")))
    message = (QCoreApplication.translate("CommandLine", "The report for %1 was written to %2 (exact figures).")
               if args.exact else
               QCoreApplication.translate("CommandLine", "The report for %1 was written to %2 (small counts "
                                                         "withheld as <5)."))
    print(fill(message, period.code(), args.out))
    return 0


def _cmd_verify_letter(args, data_dir, db_url) -> int:
    from ..services.referrals import ReferralService

    gate = open_gate(data_dir, db_url)
    try:
        identity = log_in(gate, args)
        result = ReferralService(gate.db, identity).verify(args.code)
    finally:
        gate.close()
    if not result.genuine:
        raise Refused(QCoreApplication.translate(
            "CommandLine", "NOT GENUINE: this code was not made by this branch for this letter, or the letter was altered."))
    print(fill(QCoreApplication.translate("CommandLine", "Genuine letter %1, issued %2: %3 (%4), status %5."), result.letter_number, result.issued_on.isoformat(), result.provider, result.service, result.status))
    return 0


def _cmd_keys(args, data_dir, db_url) -> int:
    from ..services.exchange import ExchangeService
    from ..services.files import atomic_write

    gate = open_gate(data_dir, db_url)
    try:
        identity = log_in(gate, args)
        service = ExchangeService(gate.db, identity, escrow=gate.set_escrow)
        if args.keys_command == "install-hq":
            try:
                data = Path(args.file).read_bytes()
            except OSError as err:
                raise Refused(fill(QCoreApplication.translate("Exchange", "Cannot read %1: %2"), args.file, err.strerror or str(err))) from err
            if service.status().keyset is None:  # later ones are signed by the installed one
                from ..services.exchange import read_hq_keyset

                check_fingerprint(read_hq_keyset(data), args.fingerprint)
            keyset = service.install_hq_keyset(data)
            print(fill(QCoreApplication.translate("Exchange", "HQ key set version %1 installed. Fingerprint (check it with HQ by phone): %2"), str(keyset.version), keyset.spoken))
        else:
            from ..exchange.bundle import grouped

            data, fingerprint = service.enrolment()
            atomic_write(Path(args.out), data)
            print(fill(QCoreApplication.translate("Exchange", "Enrolment file written to %1. Fingerprint (read it to HQ by phone): %2"), args.out, grouped(fingerprint)))
    finally:
        gate.close()
    return 0


def _cmd_export_bundle(args, data_dir, db_url) -> int:
    from ..services.exchange import ExchangeService

    gate = open_gate(data_dir, db_url)
    try:
        identity = log_in(gate, args)
        result = ExchangeService(gate.db, identity).export_bundle(Path(args.out))
    finally:
        gate.close()
    print(fill(QCoreApplication.translate("Exchange", "%1 written: bundle %2 with %3."), str(result.path),
               str(result.sequence), i18n.translate_n("Exchange", "%n change(s)", result.changes)))
    return 0


def _cmd_import_return(args, data_dir, db_url) -> int:
    from ..services.exchange import ExchangeService

    try:
        data = Path(args.file).read_bytes()
    except OSError as err:
        raise Refused(fill(QCoreApplication.translate("Exchange", "Cannot read %1: %2"), args.file, err.strerror or str(err))) from err
    gate = open_gate(data_dir, db_url)
    try:
        identity = log_in(gate, args)
        result = ExchangeService(gate.db, identity, escrow=gate.set_escrow).import_return(data)
    finally:
        gate.close()
    if result.already:
        print(QCoreApplication.translate("Exchange", "This return bundle was applied before; nothing changed."))
        return 0
    print(fill(QCoreApplication.translate("Exchange", "HQ acknowledged the changes through %1. %2 removed from the "
                                          "waiting list."), str(result.acknowledged_through),
               i18n.translate_n("Exchange", "%n sent change(s)", result.pruned)))
    if result.providers:
        print(i18n.translate_n("Exchange", "%n service provider(s) updated.", result.providers))
    if result.rejected:
        print(i18n.translate_n("Exchange", "HQ could not apply %n change(s):", len(result.rejected)))
    if result.given_back:
        print(i18n.translate_n("Exchange", "%n record(s) that the restored backup lacked came back from HQ.",
                          result.given_back))
    if result.left_out:
        print(i18n.translate_n("Exchange", "%n record(s) from HQ were left out: their numbers are used here by other "
                          "records since the restore. HQ keeps them.", result.left_out))
    for item in result.rejected:
        print(fill(QCoreApplication.translate("Exchange", "Rejected change %1 (%2 %3): %4"), str(item.get("seq")), str(item.get("record_type")), str(item.get("record_id")), str(item.get("reason"))))
    return 0


COMMANDS = {"init": _cmd_init, "recovery-request": _cmd_recovery_request, "demo": _cmd_demo, "users": _cmd_users, "audit": _cmd_audit,
            "import-visitors": _cmd_import_visitors, "search": _cmd_search, "referrals": _cmd_referrals,
            "verify-letter": _cmd_verify_letter, "keys": _cmd_keys, "export-bundle": _cmd_export_bundle,
            "import-return": _cmd_import_return, "letter": _cmd_letter, "roster": _cmd_roster,
            "sign-in-sheet": _cmd_sign_in_sheet, "report": _cmd_report, "backup": _cmd_backup,
            "restore": _cmd_restore, "retention": _cmd_retention, "subject-export": _cmd_subject_export,
            "anonymise": _cmd_anonymise, "legal-hold": _cmd_legal_hold}


def _ensure_core_app() -> None:
    # Translators need an application object; the command line needs no GUI.
    if QCoreApplication.instance() is None:
        _ensure_core_app.app = QCoreApplication([sys.argv[0]])


def _plural_sources() -> None:  # never called: for pyside6-lupdate (see desktop.i18n.translate_n)
    QCoreApplication.translate("CommandLine", "%n visitor(s) added.", "", 1)
    QCoreApplication.translate("CommandLine", "The audit trail is intact: %n event(s) checked.", "", 1)
    QCoreApplication.translate("CommandLine", "%n record(s)", "", 1)
    QCoreApplication.translate("CommandLine", "Records are now kept %n month(s) after their last activity.", "", 1)
    QCoreApplication.translate("CommandLine", "%n person(s) due for anonymisation: no activity for %1 months.", "", 1)
    QCoreApplication.translate("CommandLine", "%n person(s) anonymised.", "", 1)
    QCoreApplication.translate("Recovery", "Branch %1 is rebuilt in %2 from HQ's records: %n record(s).", "", 1)
    QCoreApplication.translate("Recovery", "%n staff account(s) came back disabled: %1. Set a new password "
                               "for each (qamqor users passwd USER).", "", 1)
    QCoreApplication.translate("Exchange", "%n change(s)", "", 1)
    QCoreApplication.translate("Exchange", "%n sent change(s)", "", 1)
    QCoreApplication.translate("Exchange", "%n service provider(s) updated.", "", 1)
    QCoreApplication.translate("Exchange", "HQ could not apply %n change(s):", "", 1)
    QCoreApplication.translate("Exchange", "%n record(s) that the restored backup lacked came back from HQ.", "", 1)
    QCoreApplication.translate("Exchange", "%n record(s) from HQ were left out: their numbers are used here by other "
                               "records since the restore. HQ keeps them.", "", 1)


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    if args.self_test:
        from ..selftest import run_self_test

        return run_self_test()
    data_dir, db_url = settings_of(args)
    if args.command is None:
        from ..app import run_app

        return run_app(data_dir=data_dir, db_url=db_url, language=args.lang,
                       exit_when_shown=args.exit_when_shown)
    _ensure_core_app()
    translations = i18n.Translations()
    translations.install(language_of(args, data_dir))
    log_file = errorlog.install(data_dir, debug=args.debug)
    try:
        return COMMANDS[args.command](args, data_dir, db_url)
    except Refused as err:
        print(f"qamqor: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 1
    except BrokenPipeError:
        # The reader went away (qamqor referrals | head): nothing more to say.
        sys.stdout = None
        return 0
    except Exception as err:  # a bug: one line here, its type and place in the log
        return errorlog.unexpected(err, log_file, program="qamqor", debug=args.debug)


def build_hq_parser() -> argparse.ArgumentParser:
    return argparse.ArgumentParser(
        prog="qamqor-hq",
        description="Qamqor at headquarters: keys, enrolment of branches, import of their bundles. "
                    "The exchange commands arrive with the HQ exchange feature; none is available in this version.")


def hq_main(argv: list[str] | None = None) -> int:
    from ..hq_cli import main as hq_cli_main

    return hq_cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
