"""The commands that keep a branch's records safe and answer people's rights: backups and restore, recovery from HQ, retention, everything held about a person, erasure and legal holds."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .support import check_fingerprint, open_gate, language_of, log_in, read_secret, usage, write_document

from .. import i18n
from ..errors import Refused
from ..i18n import fill


def _cmd_recovery_request(args, data_dir, db_url) -> int:
    from ..services.recovery import make_request

    if db_url:
        raise Refused(QCoreApplication.translate(
            "Recovery", "A branch is rebuilt from HQ onto a computer's own data folder; a branch on a database "
            "server is restored by the server's administrator."))
    password = read_secret(getattr(args, "password_file", None), "QAMQOR_PASSWORD",
                            QCoreApplication.translate("CommandLine", "the administrator's password"))
    request = make_request(data_dir, Path(args.out), branch_code=args.branch_code, password=password)
    print(fill(QCoreApplication.translate(
        "Recovery", "Recovery request written to %1. Send it to HQ and read this fingerprint to HQ by phone: %2"),
        str(request.path), request.spoken))
    print(QCoreApplication.translate(
        "Recovery", "HQ answers with a recovery bundle; then run qamqor init --recover FILE here with the same "
        "password."))
    return 0


def _cmd_recover(args, data_dir, db_url) -> int:
    from ..services.recovery import recover

    try:
        data = Path(args.recover).read_bytes()
    except OSError as err:
        raise Refused(fill(QCoreApplication.translate("Exchange", "Cannot read %1: %2"), args.recover,
                           err.strerror or str(err))) from err
    password = read_secret(getattr(args, "password_file", None), "QAMQOR_PASSWORD",
                            QCoreApplication.translate("CommandLine", "the administrator's password"))
    gate = open_gate(data_dir, db_url)
    try:
        done = recover(gate, data, branch_code=args.branch_code, admin_username=args.admin, admin_password=password,
                       admin_display_name=args.admin_name,
                       check_keyset=lambda keyset: check_fingerprint(keyset, args.hq_fingerprint))
    finally:
        gate.close()
    print(fill(i18n.translate_n("Recovery", "Branch %1 is rebuilt in %2 from HQ's records: %n record(s).",
                                done.records), done.code, str(data_dir)))
    if done.last_bundle:
        print(fill(QCoreApplication.translate(
            "Recovery", "HQ's copy holds the branch's changes through change %1, from bundle %2 (it reached HQ "
            "%3). What the lost computer recorded after that bundle never reached HQ and is not here."),
            done.cursor, done.last_bundle, done.last_bundle_at.astimezone().strftime("%Y-%m-%d %H:%M")
            if done.last_bundle_at else "?"))
    if done.disabled:
        print(fill(i18n.translate_n("Recovery", "%n staff account(s) came back disabled: %1. Set a new password "
                                    "for each (qamqor users passwd USER).", len(done.disabled)),
                   ", ".join(done.disabled)))
    if done.health_by_escrow:
        print(QCoreApplication.translate(
            "Recovery", "Nobody here holds the key to health information yet: once a director or caseworker has "
            "a password, give it to them with qamqor users grant-health USER --escrow-key FILE (HQ's escrow key)."))
    print(QCoreApplication.translate(
        "Recovery", "The next bundle for HQ follows the last one HQ accepted; the lost computer's bundles are "
        "refused at HQ."))
    return 0


def backup_service(gate, identity):
    from ..services.backups import BackupService

    return BackupService(gate, identity)


def size_text(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{max(1, n // 1024)} KB"


def _cmd_backup(args, data_dir, db_url) -> int:
    command = getattr(args, "backup_command", None)
    if command == "verify":
        return _cmd_backup_verify(args, data_dir, db_url)
    gate = open_gate(data_dir, db_url)
    try:
        backups = backup_service(gate, log_in(gate, args))
        if command == "list":
            for entry in backups.list():
                when = entry.made_at.astimezone().strftime("%Y-%m-%d %H:%M") if entry.made_at else "?"
                state = (QCoreApplication.translate("CommandLine", "damaged") if entry.damaged else
                         QCoreApplication.translate("CommandLine", "checked") if entry.checked_at else
                         QCoreApplication.translate("CommandLine", "not checked"))
                print("\t".join((entry.file_name, when, size_text(entry.size),
                                 i18n.translate_n("CommandLine", "%n record(s)", entry.records), state,
                                 str(entry.path.parent))))
            return 0
        made = backups.make(Path(args.out) if args.out else None)
    finally:
        gate.close()
    print(fill(QCoreApplication.translate("CommandLine", "Backup written and checked: %1 (%2, %3)."), str(made.path),
               size_text(made.size), i18n.translate_n("CommandLine", "%n record(s)", made.records)))
    if made.copied_to is not None:
        print(fill(QCoreApplication.translate("CommandLine", "Copy in the second folder: %1"), str(made.copied_to)))
    elif made.copy_problem:
        print(fill(QCoreApplication.translate("CommandLine", "No copy in the second folder: %1"), made.copy_problem))
    return 0


def _cmd_backup_verify(args, data_dir, db_url) -> int:
    from ..services.backups import check_offline

    path = Path(args.file)
    gate = open_gate(data_dir, db_url)
    try:
        if args.escrow_key:
            try:
                escrow = Path(args.escrow_key).read_text("utf-8")
            except OSError as err:
                raise Refused(fill(QCoreApplication.translate("CommandLine", "Cannot read %1: %2"), args.escrow_key,
                                   err.strerror or str(err))) from err
            checked = check_offline(path, data_dir, escrow=escrow)
        elif db_url is None and not gate.is_initialised():
            # A new computer: the backup opens with a password of its own time.
            user = getattr(args, "user", None) or os.environ.get("QAMQOR_USER")
            if not user:
                raise Refused(QCoreApplication.translate("CommandLine", "Give your user name with --user (or QAMQOR_USER)."))
            password = read_secret(getattr(args, "password_file", None), "QAMQOR_PASSWORD",
                                    QCoreApplication.translate("CommandLine", "your password"))
            checked = check_offline(path, data_dir, username=user, password=password)
        else:
            identity = log_in(gate, args)
            password = read_secret(getattr(args, "password_file", None), "QAMQOR_PASSWORD",
                                    QCoreApplication.translate("CommandLine", "your password"))
            checked = backup_service(gate, identity).check(path, password=password)
    finally:
        gate.close()
    print(fill(QCoreApplication.translate("CommandLine", "The backup %1 is whole: made %2, %3, schema %4."),
               path.name, checked.made_at.astimezone().strftime("%Y-%m-%d %H:%M") if checked.made_at else "?",
               i18n.translate_n("CommandLine", "%n record(s)", checked.records), checked.schema or "?"))
    return 0


def _cmd_restore(args, data_dir, db_url) -> int:
    from ..errors import AccountLocked, StorageError, WrongPassword
    from ..services.backups import restore_into_folder
    from ..services.locks import WindowLock

    path = Path(args.file)
    if db_url:
        from ..services.backups import _postgres_refusal

        raise _postgres_refusal()
    user = getattr(args, "user", None) or os.environ.get("QAMQOR_USER")
    if not user:
        raise Refused(QCoreApplication.translate("CommandLine", "Give your user name with --user (or QAMQOR_USER)."))
    password = read_secret(getattr(args, "password_file", None), "QAMQOR_PASSWORD",
                            QCoreApplication.translate("CommandLine", "your password"))
    # No window may have the branch open while its records are replaced.
    window = WindowLock(data_dir)
    window.acquire()
    try:
        gate = open_gate(data_dir, None)
        try:
            if not gate.is_initialised():
                result = restore_into_folder(path, data_dir, username=user, password=password,
                                             replace_damaged=args.replace_damaged)
            else:
                try:
                    identity = gate.log_in(user, password)
                except (WrongPassword, AccountLocked):
                    raise
                except StorageError as err:
                    if not args.replace_damaged:
                        raise Refused(fill(QCoreApplication.translate(
                            "CommandLine", "The branch here does not open (%1). To put the backup in its place, "
                            "run the restore again with --replace-damaged: the branch's files are kept aside."),
                            str(err))) from err
                    gate.close()
                    result = restore_into_folder(path, data_dir, username=user, password=password,
                                                 replace_damaged=True)
                else:
                    other = None
                    if args.backup_user:
                        other = read_secret(args.backup_password_file, "QAMQOR_BACKUP_PASSWORD",
                                             QCoreApplication.translate("CommandLine", "the password of --backup-user"))
                    result = backup_service(gate, identity).restore(path, password=password,
                                                                     other_user=args.backup_user, other_password=other)
        finally:
            gate.close()
    finally:
        window.release()
    print(fill(QCoreApplication.translate("CommandLine", "The branch's records are those of the backup made %1 (%2)."),
               result.backup_made_at.astimezone().strftime("%Y-%m-%d %H:%M") if result.backup_made_at else "?",
               i18n.translate_n("CommandLine", "%n record(s)", result.records)))
    if result.set_aside is not None:
        print(fill(QCoreApplication.translate("CommandLine", "The records it replaced are kept in %1."),
                   str(result.set_aside)))
    print(QCoreApplication.translate(
        "CommandLine", "The next bundle for HQ says that the branch was restored, so HQ does not take it for "
        "a second computer."))
    return 0


def _cmd_retention(args, data_dir, db_url) -> int:
    from ..services.retention import RetentionService

    gate = open_gate(data_dir, db_url)
    try:
        identity = log_in(gate, args)
        retention = RetentionService(gate.db, identity)
        if args.set_months is not None:
            retention.set_months(args.set_months)
            print(i18n.translate_n("CommandLine", "Records are now kept %n month(s) after their last activity.",
                                   args.set_months))
            return 0
        if args.list:
            due = retention.due()
            for d in due:
                print("\t".join((d.number, d.registered.isoformat(), d.last_activity.isoformat(), str(d.visits),
                                 str(d.referrals))))
            print(fill(i18n.translate_n("CommandLine", "%n person(s) due for anonymisation: no activity for %1 "
                                                       "months.", len(due)), retention.months()))
            return 0
        result = retention.apply()
    finally:
        gate.close()
    print(i18n.translate_n("CommandLine", "%n person(s) anonymised.", result.people))
    return 0


def _cmd_subject_export(args, data_dir, db_url) -> int:
    from ..services.documents import DocumentService
    from ..services.rights import RightsService

    lang = args.page_lang or language_of(args, data_dir)
    gate = open_gate(data_dir, db_url)
    try:
        identity = log_in(gate, args)
        documents = DocumentService(gate.db, identity)
        person_id = RightsService(gate.db, identity).find(args.number)
        write_document(documents, documents.subject_access(person_id, lang=lang), args.out)
    finally:
        gate.close()
    print(fill(QCoreApplication.translate("CommandLine", "Everything held about %1 was written to %2."),
               args.number.strip().upper(), args.out))
    return 0


def _cmd_anonymise(args, data_dir, db_url) -> int:
    from ..services.rights import RightsService

    gate = open_gate(data_dir, db_url)
    try:
        identity = log_in(gate, args)
        rights = RightsService(gate.db, identity)
        rights.erase(rights.find(args.number), reason=args.reason)
    finally:
        gate.close()
    print(fill(QCoreApplication.translate(
        "CommandLine", "%1 was anonymised: names, contacts, documents and notes are gone; HQ gets the change "
        "with the next bundle."), args.number.strip().upper()))
    return 0


def _cmd_legal_hold(args, data_dir, db_url) -> int:
    from ..services.rights import RightsService

    if not args.release and not (args.reason or "").strip():
        return usage(QCoreApplication.translate("CommandLine", "Give --reason to place a legal hold."))
    gate = open_gate(data_dir, db_url)
    try:
        identity = log_in(gate, args)
        rights = RightsService(gate.db, identity)
        person_id = rights.find(args.number)
        if args.release:
            rights.release_hold(person_id, reason=args.reason or "")
            message = QCoreApplication.translate("CommandLine", "The legal hold on %1 was released.")
        else:
            rights.place_hold(person_id, reason=args.reason)
            message = QCoreApplication.translate("CommandLine", "%1 is under a legal hold: kept whole until a "
                                                                "director releases it.")
    finally:
        gate.close()
    print(fill(message, args.number.strip().upper()))
    return 0
