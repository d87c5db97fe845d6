"""What every command of the branch's command line needs: its settings, its language, the branch gate, the log-in, secrets, documents written to a file."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .. import i18n
from ..errors import Refused
from ..i18n import fill


def read_secret(file_opt: str | None, env: str, what: str) -> str:
    if file_opt:
        try:
            return Path(file_opt).read_text("utf-8").rstrip("\r\n")
        except OSError as err:
            raise Refused(fill(QCoreApplication.translate("CommandLine", "Cannot read the password file: %1"), err.strerror or str(err))) from err
    value = os.environ.get(env)
    if value is None:
        raise Refused(fill(QCoreApplication.translate("CommandLine", "Give %1 in a file (--password-file) or in the %2 variable."), what, env))
    return value


def settings_of(args):
    data_dir = Path(args.data_dir) if getattr(args, "data_dir", None) else None
    if data_dir is None:
        from ..services.storage import default_data_dir

        data_dir = default_data_dir()
    return data_dir, getattr(args, "db", None) or os.environ.get("QAMQOR_DB")


def language_of(args, data_dir: Path) -> str:
    if getattr(args, "lang", None):
        return args.lang
    from ..services.datadir import LocalSettings

    return LocalSettings(data_dir).language or i18n.system_language()


def open_gate(data_dir: Path, db_url: str | None):
    from ..services.accounts import BranchGate

    return BranchGate(data_dir, db_url=db_url)


def log_in(gate, args):
    from ..errors import StorageError

    if not gate.is_initialised():
        raise StorageError(QCoreApplication.translate("CommandLine", "There is no branch here yet: run qamqor init first."))
    user = getattr(args, "user", None) or os.environ.get("QAMQOR_USER")
    if not user:
        raise Refused(QCoreApplication.translate("CommandLine", "Give your user name with --user (or QAMQOR_USER)."))
    return gate.log_in(user, read_secret(getattr(args, "password_file", None), "QAMQOR_PASSWORD", QCoreApplication.translate("CommandLine", "your password")))


def check_fingerprint(keyset, given: str | None) -> None:
    """The first HQ key set is trusted only when its fingerprint matches the one
    HQ read out by phone: a file swapped on the stick would otherwise get a
    copy of the branch's key (the escrow) and every bundle."""
    if given is None:
        raise Refused(fill(QCoreApplication.translate(
            "Exchange", "Check the key set with HQ first: give the fingerprint HQ reads out by phone with "
            "--hq-fingerprint (this file's fingerprint is %1). Nothing was installed."), keyset.spoken))
    if "".join(given.split()).upper() != "".join(keyset.spoken.split()).upper():
        raise Refused(fill(QCoreApplication.translate(
            "Exchange", "The fingerprint HQ read out is not this file's (%1): the file may have been changed. "
            "Nothing was installed."), keyset.spoken))


def usage(message: str) -> int:
    """A usage error found after parsing: one line, exit status 2."""
    print(f"qamqor: {message}", file=sys.stderr)
    return 2


def write_document(documents, document, path: str) -> None:
    """Written in one step (the one writer's message if it fails), then counted:
    a letter that reached no file is no printing."""
    from ..services.documents import FILE
    from ..services.files import atomic_write

    atomic_write(Path(path), document.content)
    documents.delivered(document, to=FILE)


def parse_day(text: str):
    import datetime as dt

    from ..services.visitors import parse_date

    value = text.strip()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return parse_date(value)  # 30.11.2026 as well; refused with a message when neither
