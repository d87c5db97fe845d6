"""Throwaway PostgreSQL server for the test suite.

Starts a private cluster (Debian's ``postgresql`` package) in a temporary
directory, listening on a Unix socket inside that directory and on
127.0.0.1 at a free port, with ``trust`` authentication and durability
switched off for speed.  When running as root (as in CI) the server runs as
the unprivileged ``postgres`` system user, because ``initdb`` refuses root.

This module deliberately imports neither Qt nor anything from ``desktop``.
"""

from __future__ import annotations

import atexit
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path
from types import TracebackType

import psycopg
from psycopg import sql

__all__ = ["PostgresServer", "PostgresServerError", "find_pg_bin"]

SUPERUSER = "postgres"
HOST = "127.0.0.1"
START_TIMEOUT = 30  # seconds, passed to ``pg_ctl start -t``
_SERVER_OS_USER = "postgres"  # system user created by Debian's package
_DEBIAN_PG_ROOT = Path("/usr/lib/postgresql")
_PORT_RETRIES = 5
_LOG_TAIL_LINES = 40


class PostgresServerError(RuntimeError):
    """The throwaway server could not be created, started or stopped."""


def _version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", path.parent.name)) or (-1,)


def find_pg_bin() -> Path | None:
    """Return the bin directory of the highest installed PostgreSQL server.

    Looks at ``/usr/lib/postgresql/<ver>/bin`` (Debian layout) first, then at
    ``pg_config --bindir``.  Returns ``None`` when no ``initdb``/``pg_ctl``
    pair can be found.
    """

    def usable(bindir: Path) -> bool:
        return all(os.access(bindir / tool, os.X_OK) for tool in ("initdb", "pg_ctl", "postgres"))

    candidates = sorted(_DEBIAN_PG_ROOT.glob("*/bin"), key=_version_key, reverse=True)
    for bindir in candidates:
        if usable(bindir):
            return bindir

    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run(
                [pg_config, "--bindir"],
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=10,
                check=True,
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            out = ""
        if out and usable(Path(out)):
            return Path(out)
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _tail(path: Path, lines: int = _LOG_TAIL_LINES) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        return f"<no server log: {exc}>"
    return "\n".join(text.splitlines()[-lines:]) or "<server log is empty>"


class PostgresServer:
    """A throwaway PostgreSQL cluster; use as a context manager.

    >>> with PostgresServer() as pg:
    ...     url = pg.create_fresh_database()
    """

    def __init__(self, bin_dir: Path | None = None) -> None:
        found = bin_dir if bin_dir is not None else find_pg_bin()
        if found is None:
            raise PostgresServerError(
                "PostgreSQL server binaries not found (install Debian's 'postgresql' package)"
            )
        self.bin_dir = Path(found)
        self.port: int | None = None
        self.base_dir: Path | None = None
        self._running = False
        self._run_as: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            try:
                self._run_as = pwd.getpwnam(_SERVER_OS_USER)
            except KeyError:
                raise PostgresServerError(
                    f"running as root but the system user {_SERVER_OS_USER!r} does not exist; "
                    "initdb refuses to run as root"
                ) from None

    # -- paths ---------------------------------------------------------------
    def _require_base(self) -> Path:
        if self.base_dir is None:
            raise PostgresServerError("server has not been started")
        return self.base_dir

    @property
    def data_dir(self) -> Path:
        return self._require_base() / "data"

    @property
    def socket_dir(self) -> Path:
        return self._require_base() / "sock"

    @property
    def log_path(self) -> Path:
        return self._require_base() / "server.log"

    # -- process helpers -----------------------------------------------------
    def _env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["LC_ALL"] = "C"
        env["LANG"] = "C"
        if self._run_as is not None:
            env["HOME"] = str(self._require_base())
            env["USER"] = env["LOGNAME"] = self._run_as.pw_name
        return env

    def _run(self, tool: str, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
        kwargs: dict[str, object] = {}
        if self._run_as is not None:
            # Same effect as ``runuser -u postgres --``: drop root before exec.
            kwargs = {
                "user": self._run_as.pw_uid,
                "group": self._run_as.pw_gid,
                "extra_groups": [],
            }
        return subprocess.run(
            [str(self.bin_dir / tool), *args],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=self._require_base(),
            env=self._env(),
            check=False,
            **kwargs,  # type: ignore[arg-type]
        )

    # -- lifecycle -----------------------------------------------------------
    def start(self) -> PostgresServer:
        if self._running:
            return self
        self.base_dir = Path(tempfile.mkdtemp(prefix="desktop-pgtest-", dir=self._temp_root()))
        atexit.register(self.stop)
        try:
            if self._run_as is not None:
                os.chown(self.base_dir, self._run_as.pw_uid, self._run_as.pw_gid)
            self._initdb()
            self._start_with_free_port()
        except BaseException:
            self.stop()
            raise
        return self

    def _temp_root(self) -> str | None:
        """Pick a temp root the server user can traverse (``TMPDIR`` may not be)."""
        if self._run_as is None:
            return None
        root = Path(tempfile.gettempdir()).resolve()
        for part in (root, *root.parents):
            if not part.stat().st_mode & 0o001:
                return "/tmp"
        return str(root)

    def _initdb(self) -> None:
        result = self._run(
            "initdb",
            "--pgdata", str(self.data_dir),
            "--username", SUPERUSER,
            "--auth", "trust",
            "--encoding", "UTF8",
            "--locale", "C",
            "--no-sync",
            timeout=120,
        )  # fmt: skip
        if result.returncode != 0:
            raise PostgresServerError(
                f"initdb failed (exit {result.returncode}):\n{result.stdout}\n{result.stderr}"
            )
        self.socket_dir.mkdir(mode=0o700)
        if self._run_as is not None:
            os.chown(self.socket_dir, self._run_as.pw_uid, self._run_as.pw_gid)
        settings = {
            "listen_addresses": f"'{HOST}'",
            "unix_socket_directories": f"'{self.socket_dir}'",
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "max_connections": "50",
            "shared_buffers": "32MB",
            "logging_collector": "off",
            "log_min_messages": "warning",
            "timezone": "'UTC'",
        }
        with (self.data_dir / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n# throwaway test server\n")
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())

    def _start_with_free_port(self) -> None:
        for attempt in range(1, _PORT_RETRIES + 1):
            port = _free_port()
            started = time.monotonic()
            result = self._run(
                "pg_ctl", "start", "--wait",
                "--timeout", str(START_TIMEOUT),
                "--pgdata", str(self.data_dir),
                "--log", str(self.log_path),
                "--options", f"-c port={port}",
                timeout=START_TIMEOUT + 15,
            )  # fmt: skip
            if result.returncode == 0:
                self.port = port
                self._running = True
                return
            log = _tail(self.log_path)
            # Another process grabbed the port between probing and binding: retry.
            if "already in use" in log and attempt < _PORT_RETRIES:
                data = str(self.data_dir)
                self._run("pg_ctl", "stop", "-m", "immediate", "-D", data, timeout=30)
                self.log_path.unlink(missing_ok=True)
                continue
            raise PostgresServerError(
                f"PostgreSQL did not start within {time.monotonic() - started:.1f}s "
                f"(pg_ctl exit {result.returncode}):\n{result.stdout}{result.stderr}\n"
                f"--- tail of {self.log_path} ---\n{log}"
            )

    def stop(self) -> None:
        """Stop the server (immediate mode) and delete its directory. Idempotent."""
        base = self.base_dir
        if base is None:
            return
        try:
            if (base / "data" / "postmaster.pid").exists():
                try:
                    self._run(
                        "pg_ctl", "stop", "--wait", "--mode", "immediate",
                        "--timeout", "30", "--pgdata", str(base / "data"),
                        timeout=45,
                    )  # fmt: skip
                except subprocess.TimeoutExpired:
                    pass
        finally:
            self._running = False
            self.port = None
            self.base_dir = None
            shutil.rmtree(base, ignore_errors=True)
            atexit.unregister(self.stop)

    def __enter__(self) -> PostgresServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- databases -----------------------------------------------------------
    def _require_port(self) -> int:
        if not self._running or self.port is None:
            raise PostgresServerError("server is not running")
        return self.port

    def url(self, dbname: str) -> str:
        """SQLAlchemy URL (psycopg 3 driver) for ``dbname`` over TCP loopback."""
        return f"postgresql+psycopg://{SUPERUSER}@{HOST}:{self._require_port()}/{dbname}"

    def connect(self, dbname: str = "postgres") -> psycopg.Connection:
        """Autocommit psycopg connection; close it (use ``with``)."""
        return psycopg.connect(
            host=HOST,
            port=self._require_port(),
            user=SUPERUSER,
            dbname=dbname,
            autocommit=True,
            connect_timeout=10,
        )

    def create_database(self, name: str) -> None:
        with self.connect() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))

    def drop_database(self, name: str) -> None:
        with self.connect() as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )

    def create_fresh_database(self, prefix: str = "test") -> str:
        """Create a uniquely named database and return its SQLAlchemy URL."""
        name = f"{prefix}_{uuid.uuid4().hex[:16]}"
        self.create_database(name)
        return self.url(name)
