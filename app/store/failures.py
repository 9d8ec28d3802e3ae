"""Why the case database could not be read or written, said as what it is: a read-only folder, a full disk, a
file another program holds, or (only when it is one) a damaged file."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from app.i18n import translate

# SQLite's primary result codes (the low byte of an extended code).
_BUSY, _LOCKED, _READONLY, _FULL, _CANTOPEN = 5, 6, 8, 13, 14
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def read_only(path: Path) -> str:
    folder = next((p for p in path.parents if p.exists()), path.parent)  # the one that refused a new sub-folder
    words = translate(
        "Case",
        "The folder {folder} is read-only: ReelCheck cannot write {file} there. Nothing was changed; use a folder "
        "you can write to (copy the case database there, or give another --db).",
    )
    return words.format(folder=folder, file=path.name)


def disk_full(path: Path) -> str:
    words = translate(
        "Case",
        "The disk is full: ReelCheck cannot write {file}. Nothing that was saved is lost; free some space and try "
        "again.",
    )
    return words.format(file=path)


def writing_problem(path: Path, error: BaseException) -> str | None:
    """The sentence for a read-only folder or a full disk behind `error` (an OSError or a sqlite3 error met while
    using the database at `path`), or None when `error` is something else."""
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return disk_full(path)
        if error.errno in _READ_ONLY_ERRNOS:
            return read_only(path)
        return None
    if not isinstance(error, sqlite3.Error):
        return None
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    if code == _FULL:
        return disk_full(path)
    if code == _READONLY or (code == _CANTOPEN and not _writable(path)):
        return read_only(path)
    return None


def is_busy(error: BaseException) -> bool:
    """Another window or program holds the database locked."""
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    return code in (_BUSY, _LOCKED) or "locked" in str(error)


def _writable(path: Path) -> bool:
    """Whether the file (or, before it exists, its folder) can be written; SQLite says only "unable to open"."""
    folder = next((p for p in path.parents if p.exists()), path.parent)
    return _may_write(folder) and (not path.exists() or _may_write(path))


def _may_write(path: Path) -> bool:
    # the permissions the process acts with (its effective ids), as the kernel checks them on open
    effective = os.access in os.supports_effective_ids
    return os.access(path, os.W_OK, effective_ids=effective)
