"""The backup file: one file holding a branch's encrypted database, its
key-slot file as it was, and a manifest that says what is inside.

    "QAMQOR BACKUP 1\\n"         16 bytes
    the members, in the manifest's order (qamqor.keys, then qamqor.db)
    manifest                      canonical JSON, UTF-8 (no personal data)
    manifest length               8 bytes, big-endian
    SHA-256 of the first 16 bytes, the manifest and its length   32 bytes

The manifest comes last, as a zip file's directory does, so the file is
written in one pass, hashing the members on the way. A list reads the last
40 bytes and the manifest.

Every byte of a member is hashed once: the manifest holds each member's
SHA-256, and the trailing hash covers the manifest. (Format 1, still read,
hashed every byte a second time into the trailing hash: a second second per
gigabyte on every backup, check and restore, for nothing the member hashes
do not already find.)

The database member is a SQLCipher file, encrypted with the branch's key at
the time; the key-slot file holds that key wrapped for every account of the
time and for HQ's escrow, and no names. So nothing in the file is readable
without a password of someone who had an account then (or HQ's escrow key).
The manifest holds counts, sequence numbers, hashes and the branch's code.

A changed or missing byte anywhere is found (in a member by its SHA-256, in
the manifest by the trailing hash, and the sizes must add up to the file's),
so a damaged file is refused before anything is restored. Whoever holds the
database key could rewrite a file consistently: the restore and the checks
compare every figure of the manifest with the database inside it, which
SQLCipher authenticates page by page.

Plain Python and the standard library: docs/backups.md describes the format
for someone who must read a backup without Qamqor.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import struct
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..errors import StorageError

MAGIC = b"QAMQOR BACKUP 1\n"
FORMAT = "qamqor-backup/2"
FORMAT_1 = "qamqor-backup/1"  # read, never written: its trailing hash covers every byte
SUFFIX = ".qmbackup"
KEYS_MEMBER = "qamqor.keys"
DB_MEMBER = "qamqor.db"
# Only in a copy kept aside before a restore: the database's write-ahead log
# as it was (docs/backups.md).
WAL_MEMBER = "qamqor.db-wal"
_LENGTH = struct.Struct(">Q")
_HASH_SIZE = 32
_CHUNK = 4 << 20
# A manifest is a few kilobytes; anything much larger is not one of ours.
_MAX_MANIFEST = 1 << 20

Progress = Callable[[int, int], None]


def damaged(path: Path, why: str = "") -> StorageError:
    """The one message for a backup that cannot be trusted byte for byte."""
    if why:
        return StorageError(QCoreApplication.translate(
            "Backups", "The backup %1 is damaged (%2). Nothing was changed; use another backup."), path.name, why)
    return StorageError(QCoreApplication.translate(
        "Backups", "The backup %1 is damaged. Nothing was changed; use another backup."), path.name)


def not_a_backup(path: Path) -> StorageError:
    return StorageError(QCoreApplication.translate(
        "Backups", "%1 is not a Qamqor backup."), path.name)


def cannot_read(path: Path, err: OSError) -> StorageError:
    return StorageError(QCoreApplication.translate("Backups", "Cannot read %1: %2"), path, err.strerror or err)


def canonical(manifest: dict) -> bytes:
    return json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True)
class Member:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Header:
    """What the end of a backup file says, read without any key."""

    manifest: dict
    members: tuple[Member, ...]
    raw: bytes  # the manifest's bytes as stored
    size: int  # of the whole file

    @property
    def data_offset(self) -> int:
        return len(MAGIC)

    def member_offset(self, name: str) -> tuple[int, int]:
        offset = self.data_offset
        for member in self.members:
            if member.name == name:
                return offset, member.size
            offset += member.size
        raise KeyError(name)

    @property
    def manifest_offset(self) -> int:
        return self.data_offset + sum(m.size for m in self.members)


_TAIL = _LENGTH.size + _HASH_SIZE


def read_header(path: Path) -> Header:
    """The manifest, for lists and quick questions; says nothing of the rest
    of the file (``check_whole_file`` does)."""
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if fh.read(len(MAGIC)) != MAGIC:
                raise not_a_backup(path)
            if size < len(MAGIC) + _TAIL:
                raise damaged(path, QCoreApplication.translate("Backups", "it ends too early"))
            fh.seek(size - _TAIL)
            (length,) = _LENGTH.unpack(fh.read(_LENGTH.size))
            if length > min(_MAX_MANIFEST, size - len(MAGIC) - _TAIL):
                raise damaged(path)
            fh.seek(size - _TAIL - length)
            raw = fh.read(length)
    except OSError as err:
        raise cannot_read(path, err) from err
    if len(raw) != length:
        raise damaged(path, QCoreApplication.translate("Backups", "it ends too early"))
    try:
        manifest = json.loads(raw.decode("utf-8"))
        members = tuple(Member(str(m["name"]), int(m["size"]), str(m["sha256"])) for m in manifest["members"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError):
        raise damaged(path) from None
    if not isinstance(manifest, dict) or manifest.get("format") not in (FORMAT, FORMAT_1):
        if isinstance(manifest, dict) and str(manifest.get("format", "")).startswith("qamqor-backup/"):
            raise StorageError(QCoreApplication.translate(
                "Backups", "The backup %1 was made by a newer Qamqor. Install the newer version to use it."),
                path.name)
        raise damaged(path)
    names = [m.name for m in members]
    if (any(m.size < 0 for m in members) or len(set(names)) != len(names)
            or not {KEYS_MEMBER, DB_MEMBER} <= set(names) <= {KEYS_MEMBER, DB_MEMBER, WAL_MEMBER}):
        raise damaged(path)
    header = Header(manifest, members, raw, size)
    if header.manifest_offset + length + _TAIL != size:
        raise damaged(path, QCoreApplication.translate("Backups", "its size is not the one it records"))
    return header


def check_whole_file(path: Path, *, progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None) -> Header:
    """Read every byte: the trailing hash and each member's hash must match.
    Any flipped, missing or extra byte is refused here."""
    header, _keys = check_and_extract(path, {}, progress=progress, cancelled=cancelled)
    return header


def check_and_extract(path: Path, targets: dict[str, int], *, progress: Progress | None = None,
                      cancelled: Callable[[], bool] | None = None, durable: bool = False) -> tuple[Header, bytes]:
    """``check_whole_file`` and, in the same reading, each member named in
    ``targets`` copied into its open file (forced to disk when ``durable``:
    a copy that becomes the branch's database); the key file is returned.
    Nothing may use the copies unless this returns."""
    header = read_header(path)
    every_byte = header.manifest.get("format") == FORMAT_1
    whole = hashlib.sha256()
    keys = b""
    done = 0

    def advanced(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(done, header.size)
        if cancelled is not None and cancelled():
            raise Cancelled()

    try:
        with open(path, "rb") as fh, _Hasher() as hasher:
            whole.update(fh.read(len(MAGIC)))
            for member in header.members:
                digest = hashlib.sha256()
                out = targets.get(member.name)
                kept = []
                start = fh.tell()
                # The copy is made by the kernel where it can, then read back and
                # hashed: what is hashed is exactly what SQLite will read.
                if out is not None and not every_byte and _copy_in_kernel(fh.fileno(), out, start, member.size):
                    fh.seek(start + member.size)
                    _hash_back(out, member.size, digest, hasher, advanced)
                else:
                    left = member.size
                    while left:
                        chunk = fh.read(min(_CHUNK, left))
                        if not chunk:
                            raise damaged(path, QCoreApplication.translate("Backups", "it ends too early"))
                        hasher.update(chunk, digest, whole if every_byte else None)
                        left -= len(chunk)
                        if out is not None:
                            _write_all(out, chunk)
                        elif member.name == KEYS_MEMBER:
                            kept.append(chunk)
                        advanced(len(chunk))
                hasher.wait()
                if digest.hexdigest() != member.sha256:
                    raise damaged(path)
                if member.name == KEYS_MEMBER:
                    keys = b"".join(kept)
                if out is not None and durable:
                    os.fsync(out)
            rest = fh.read(len(header.raw) + _TAIL + 1)
    except OSError as err:
        raise cannot_read(path, err) from err
    tail = rest[:len(header.raw) + _LENGTH.size]
    whole.update(tail)
    if rest != header.raw + _LENGTH.pack(len(header.raw)) + whole.digest():
        raise damaged(path)
    return header, keys


def _copy_in_kernel(source: int, target: int, offset: int, size: int) -> bool:
    """``size`` bytes of ``source`` from ``offset`` to the start of ``target``
    (an empty file) without passing through this program (Linux's
    ``copy_file_range``: a third of a second per gigabyte, where reading and
    writing took one to three). False where the system cannot (another
    system, another kind of file system, a file shorter than it says):
    ``target`` is then empty again and the caller copies by hand."""
    copy = getattr(os, "copy_file_range", None)
    if copy is None or size == 0:
        return False
    done = 0
    try:
        while done < size:
            n = copy(source, target, size - done, offset + done, done)
            if n == 0:
                break  # the file ends early: the caller's reading says so
            done += n
    except OSError:
        done = -1
    if done != size:
        os.ftruncate(target, 0)
        os.lseek(target, 0, os.SEEK_SET)
        return False
    os.lseek(target, size, os.SEEK_SET)
    return True


def _hash_back(fd: int, size: int, digest, hasher: "_Hasher", advanced: Callable[[int], None]) -> None:
    offset = 0
    while offset < size:
        chunk = os.pread(fd, min(_CHUNK, size - offset), offset)
        if not chunk:
            raise OSError(errno.EIO, "short read")
        hasher.update(chunk, digest)
        offset += len(chunk)
        advanced(len(chunk))


class _Hasher:
    """Hashes a chunk on a second core while the next one is read and
    written (hashlib lets go of Python's lock for large buffers): a check
    or a restore costs the larger of the two, not their sum. Chunks are
    hashed in the order given."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup-hash")
        self._pending: Future | None = None

    def __enter__(self) -> "_Hasher":
        return self

    def __exit__(self, *exc) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def update(self, chunk: bytes, *digests) -> None:
        self.wait()
        self._pending = self._pool.submit(_update, chunk, [d for d in digests if d is not None])

    def wait(self) -> None:
        if self._pending is not None:
            self._pending.result()
            self._pending = None


def _update(chunk: bytes, digests) -> None:
    for digest in digests:
        digest.update(chunk)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class Cancelled(Exception):
    """The person pressed Cancel; the caller removes what it started."""


def read_member(path: Path, header: Header, name: str) -> bytes:
    offset, size = header.member_offset(name)
    expected = next(m.sha256 for m in header.members if m.name == name)
    try:
        with open(path, "rb") as fh:
            fh.seek(offset)
            data = fh.read(size)
    except OSError as err:
        raise cannot_read(path, err) from err
    if len(data) != size or hashlib.sha256(data).hexdigest() != expected:
        raise damaged(path)
    return data


def write(fd: int, manifest: dict, members: list[tuple[str, Path | bytes]], *,
          progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
          read: Callable[[], None] | None = None) -> dict:
    """Write a whole backup file into an open, empty file in one pass and
    force it to disk. The members' names, sizes and hashes are added to
    ``manifest``; the manifest as written is returned. ``read`` is called
    once every member has been read, before the file is forced to disk
    (which may take long on a USB stick)."""
    whole = hashlib.sha256(MAGIC)
    total = sum(len(m) if isinstance(m, bytes) else m.stat().st_size for _, m in members)
    done = 0
    _write_all(fd, MAGIC)
    listed = []
    for name, source in members:
        digest = hashlib.sha256()
        size = 0
        if isinstance(source, bytes):
            chunks = [source]
        elif name == DB_MEMBER:
            chunks = _database_chunks(source)
        else:
            chunks = _chunks(source)
        for chunk in chunks:
            digest.update(chunk)
            _write_all(fd, chunk)
            size += len(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
            if cancelled is not None and cancelled():
                raise Cancelled()
        listed.append({"name": name, "size": size, "sha256": digest.hexdigest()})
    if read is not None:
        read()
    manifest = {**manifest, "members": listed}
    body = canonical(manifest)
    tail = body + _LENGTH.pack(len(body))
    whole.update(tail)
    _write_all(fd, tail + whole.digest())
    os.fsync(fd)
    return manifest


def _chunks(path: Path):
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            yield chunk


def _database_chunks(path: Path):
    """The database file's bytes, read without ever closing a descriptor of it.

    On POSIX systems closing any descriptor of a file lets go of every lock
    this program holds on it, the locks of its SQLite connections included
    (sqlite.org, "How To Corrupt An SQLite Database File", 2.2): another
    program could then take itself for the last user of the database. So
    the file is read through one descriptor this program keeps open. Windows
    locks belong to their handle, and an open file cannot be replaced there:
    the file is opened and closed as any other.
    """
    if os.name != "posix":
        yield from _chunks(path)
        return
    fd = _held_descriptor(path)
    offset = 0
    while chunk := os.pread(fd, _CHUNK, offset):
        offset += len(chunk)
        yield chunk


_HELD: dict[str, int] = {}
_HELD_LOCK = threading.Lock()


def _held_descriptor(path: Path) -> int:
    """A read-only descriptor of ``path``, opened once and kept while it is
    that file. Descriptors of files since deleted or replaced (a branch
    restored on the command line, a test's folder) are closed here: nobody
    can open those files by their names any more."""
    key = os.path.abspath(path)
    with _HELD_LOCK:
        for held_path, held_fd in list(_HELD.items()):
            if not _same_file(held_fd, held_path):
                del _HELD[held_path]
                os.close(held_fd)
        fd = _HELD.get(key)
        if fd is None:
            fd = _HELD[key] = os.open(key, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        return fd


def _same_file(fd: int, path: str) -> bool:
    try:
        held, now = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (held.st_dev, held.st_ino) == (now.st_dev, now.st_ino)
