"""Opening a file a hostile sender chose (a clip, a dossier, a plugin's manifest or model): only a regular file is
read, and never more than a stated bound.

A named pipe (FIFO) blocks `open()` until a writer comes, a device such as /dev/zero never ends, and a socket or a
folder is not a file at all. The file is opened without blocking and checked on the open descriptor, so it cannot
be swapped between the check and the read. The rule lives here, in the lowest layer, because analyzers must run
without the application; app.files.regular puts the path in front of these words for the application's messages.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from analyzers.translatable import QT_TRANSLATE_NOOP, Said


class NotARegularFile(OSError):
    """The path cannot be read as a file; the message says what it is, in words that follow the path. `words` is
    the message before `values` fill it in, as marked for translation (context "Files")."""

    def __init__(self, code: int | None, words: str, **values: object) -> None:
        super().__init__(code, words.format(**values))
        self.words = words
        self.values = values

    def __str__(self) -> str:
        return str(self.strerror)

    @property
    def said(self) -> Said:
        """The message as a Said, for a sentence that holds it (a plugin's model that cannot be read)."""
        return Said(self.words, **self.values)


_KINDS = (
    (stat.S_ISDIR, QT_TRANSLATE_NOOP("Files", "is a folder, not a file")),
    (
        stat.S_ISFIFO,
        QT_TRANSLATE_NOOP("Files", "is a named pipe (FIFO), not a file: it would wait for a writer for ever"),
    ),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("Files", "is a device, not a file: it has no end")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("Files", "is a disk device, not a file")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("Files", "is a socket, not a file")),
)

_PERMISSION_DENIED = QT_TRANSLATE_NOOP("Files", "cannot be read: permission denied")
_OPEN_ERRORS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Files", "does not exist"),
    errno.ELOOP: QT_TRANSLATE_NOOP("Files", "is a loop of symbolic links that never reaches a file"),
    errno.EACCES: _PERMISSION_DENIED,
    errno.EPERM: _PERMISSION_DENIED,
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Files", "does not exist (a part of its path is not a folder)"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Files", "has a name too long for this system"),
}
_UNREADABLE = QT_TRANSLATE_NOOP("Files", "cannot be read ({reason})")


def open_regular(path: Path | str, max_bytes: int | None = None) -> BinaryIO:
    """The file at `path` opened for reading in binary, if it is a regular file (through symbolic links) no larger
    than `max_bytes`. Raises NotARegularFile with a one-line reason otherwise."""
    try:
        descriptor = os.open(
            path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
        )
    except OSError as error:
        # A socket cannot be opened at all (ENXIO): say what it is rather than what the system calls the error.
        words = what_it_is(_status_or_none(path)) or _OPEN_ERRORS.get(error.errno)
        if words is None:
            raise NotARegularFile(error.errno, _UNREADABLE, reason=error.strerror or error) from None
        raise NotARegularFile(error.errno, words) from None
    try:
        status = os.fstat(descriptor)
        words = what_it_is(status)
        if words is not None:
            raise NotARegularFile(errno.EINVAL, words)
        if max_bytes is not None and status.st_size > max_bytes:
            words = QT_TRANSLATE_NOOP("Files", "is {size:,} bytes, more than the {most:,} bytes such a file may have")
            raise NotARegularFile(errno.EFBIG, words, size=status.st_size, most=max_bytes)
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_regular(path: Path | str, max_bytes: int) -> bytes:
    """The whole of a regular file of at most `max_bytes` (see open_regular)."""
    with open_regular(path, max_bytes) as file:
        data = file.read(max_bytes + 1)  # the file may have grown since it was checked: never read past the bound
    if len(data) > max_bytes:
        words = QT_TRANSLATE_NOOP("Files", "grew past the {most:,} bytes such a file may have while being read")
        raise NotARegularFile(errno.EFBIG, words, most=max_bytes)
    return data


def _status_or_none(path: Path | str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


def what_it_is(status: os.stat_result | None) -> str | None:
    """What a path that is not a regular file is, in words; None for a regular file (or nothing known)."""
    if status is None:
        return None
    return next((words for is_kind, words in _KINDS if is_kind(status.st_mode)), None)


def why_unreadable(error: OSError) -> Said:
    """Why a path could not be opened or looked at, in words that follow the path (marked: context "Files")."""
    known = _OPEN_ERRORS.get(error.errno)
    return Said(known) if known else Said(_UNREADABLE, reason=error.strerror or error)
