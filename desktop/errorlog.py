"""The log of unexpected errors: a small rotating file in the branch's data
folder that says what went wrong and where, never with what.

A bug's exception message often quotes the values it choked on (a database
driver repeats the row it could not store, a ``KeyError`` names the key, a
``ValueError`` the text it could not parse), and those values are people's
names, birth dates and health flags. So nothing here writes an exception's
message or a log call's arguments: an error is its type and the frames it
passed through (file, line, function); a logged line is its template, each
``%s`` replaced by the *type* of what would have filled it. That is enough to
find the bug in the code, and nothing in the file needs protecting.

The command lines print one line and point here (``--debug`` prints the whole
traceback, values and all, for the person who asked for it on their own
screen); the window's error dialog names the file. Plain Python (QtCore only
for the command line's translated line, when it is needed), so the start-up
path can load it before anything heavy.
"""
from __future__ import annotations

import logging
import os
import re
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

LOGGER = "qamqor"
FOLDER = "logs"
MAX_BYTES = 512 * 1024
BACKUPS = 3  # qamqor.log and three older ones: at most 2 MB
_PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[hlL]?[diouxXeEfFgGcrsa%]")

_installed: dict[str, logging.Handler] = {}
_lock = threading.Lock()


def log_path(data_dir: str | os.PathLike, name: str = "qamqor") -> Path:
    return Path(data_dir) / FOLDER / f"{name}.log"


def _short(path: str) -> str:
    """A frame's file without the folder it was installed in (which names a
    person's home folder): from the package name on, else the base name."""
    parts = Path(path).parts
    for anchor in ("desktop", "site-packages", "dist-packages"):
        if anchor in parts:
            at = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[at + (anchor != "desktop"):])
    return Path(path).name


def _type_name(kind: type) -> str:
    module = getattr(kind, "__module__", "")
    return kind.__qualname__ if module in ("builtins", "") else f"{module}.{kind.__qualname__}"


def describe(exc: BaseException) -> str:
    """One line: the error's type and where it was raised (no message)."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return _type_name(type(exc))
    last = frames[-1]
    return f"{_type_name(type(exc))} at {_short(last.filename)}:{last.lineno} in {last.name}"


def _chain(exc: BaseException) -> list[BaseException]:
    out: list[BaseException] = []
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        out.append(exc)
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return out[::-1]


def safe_traceback(exc: BaseException) -> str:
    """The traceback as type and frames only, oldest cause first."""
    lines: list[str] = []
    for i, item in enumerate(_chain(exc)):
        if i:
            lines.append("  which led to:")
        lines.append(f"  {_type_name(type(item))}")
        for frame in traceback.extract_tb(item.__traceback__):
            lines.append(f"    {_short(frame.filename)}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


def safe_message(record: logging.LogRecord) -> str:
    """The call's template with each placeholder replaced by the type of its argument."""
    template = str(record.msg) if isinstance(record.msg, str) else f"<{type(record.msg).__name__}>"
    args = record.args
    if not args:
        return template
    values = list(args.values()) if isinstance(args, dict) else list(args if isinstance(args, tuple) else (args,))
    out, at = [], 0
    for match in _PLACEHOLDER.finditer(template):
        out.append(template[at:match.start()])
        if match.group() == "%%":
            out.append("%")
        else:
            out.append(f"<{type(values.pop(0)).__name__}>" if values else "<?>")
        at = match.end()
    out.append(template[at:])
    return "".join(out)


class SafeFormatter(logging.Formatter):
    """Time, level, where the call was made, the template and, for an error,
    its type and frames. Never a value."""

    def __init__(self):
        super().__init__(datefmt="%Y-%m-%d %H:%M:%S")

    def format(self, record: logging.LogRecord) -> str:
        head = (f"{self.formatTime(record, self.datefmt)} {record.levelname} "
                f"{_short(record.pathname)}:{record.lineno} {safe_message(record)}")
        if record.exc_info and record.exc_info[1] is not None:
            head += "\n" + safe_traceback(record.exc_info[1])
        return head

    def formatException(self, ei) -> str:  # noqa: N802 (logging's name)
        return safe_traceback(ei[1]) if ei and ei[1] is not None else ""


class PrivateRotatingFile(logging.Handler):
    """A rotating file readable by its owner alone (0600), made on the first line.

    The rotating file handler itself comes with that first line too: most runs
    log nothing, and ``logging.handlers`` (socket, pickle and queue behind it)
    costs the log-in window several milliseconds to load."""

    def __init__(self, path: Path, *, max_bytes: int, backups: int):
        super().__init__()
        self.path, self.max_bytes, self.backups = path, max_bytes, backups
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            self._file = _rotating_file(self.path, self.max_bytes, self.backups)
            self._file.setFormatter(self.formatter)
        self._file.handle(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def _rotating_file(path: Path, max_bytes: int, backups: int) -> logging.Handler:
    import logging.handlers

    class OwnerOnly(logging.handlers.RotatingFileHandler):
        def _open(self):
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)

    return OwnerOnly(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8", delay=True)


def install(data_dir: str | os.PathLike, *, name: str = "qamqor", debug: bool = False) -> Path:
    """Send the ``qamqor`` logger's warnings and errors to the data folder's
    log file (and, with ``debug``, everything in full to stderr). Once per
    process and file; returns the file's path."""
    path = log_path(data_dir, name)
    logger = logging.getLogger(LOGGER)
    with _lock:
        handler = _installed.get(str(path))
        if handler is None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                handler = PrivateRotatingFile(path, max_bytes=MAX_BYTES, backups=BACKUPS)
            except OSError:
                # No writable data folder (a read-only stick): nothing is logged, and
                # nothing falls through to stderr either.
                handler = logging.NullHandler()
            handler.setLevel(logging.WARNING)
            handler.setFormatter(SafeFormatter())
            logger.addHandler(handler)
            _installed[str(path)] = handler
        if debug and "<stderr>" not in _installed:
            loud = logging.StreamHandler(sys.stderr)
            loud.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
            logger.addHandler(loud)
            _installed["<stderr>"] = loud
    if logger.level == logging.NOTSET or logger.level > logging.WARNING:
        logger.setLevel(logging.WARNING)
    return path


def uninstall() -> None:
    """Remove what ``install`` added (tests, and the end of a self-test)."""
    logger = logging.getLogger(LOGGER)
    with _lock:
        for handler in _installed.values():
            logger.removeHandler(handler)
            handler.close()
        _installed.clear()


def log_unexpected(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
                   *, where: str = "unexpected error") -> None:
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    logging.getLogger(LOGGER).error(where, exc_info=(exc_type, exc, tb))


def unexpected(err: Exception, log_file: Path, *, program: str, debug: bool) -> int:
    """A bug stopped the command. Python's own report would quote the values
    the error met (people's names among them) on a screen or in a script's
    log: the person gets one line, the log file the error's type and place,
    and the whole traceback only when they asked for it with --debug."""
    log_unexpected(type(err), err, err.__traceback__)
    if debug:
        traceback.print_exception(err, file=sys.stderr)
    from PySide6.QtCore import QCoreApplication

    from .i18n import fill

    print(f"{program}: " + fill(QCoreApplication.translate(
        "CommandLine", "an unexpected error stopped the command (%1); what it was doing may be unfinished. "
        "Where it happened is written in %2 (without any personal data); --debug shows the whole report."),
        type(err).__name__, str(log_file)), file=sys.stderr)
    return 1
