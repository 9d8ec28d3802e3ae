"""Reading a file a plugin's author chose: only a regular file, never more than a stated bound.

A named pipe would block `open()` until a writer came and a device such as /dev/zero never ends, so the file is
opened without blocking and checked on the open descriptor. (The application has its own copy of this rule in
app.files.regular; analyzers must run without the application, so they keep this small one.)
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO


class NotARegularFile(OSError):
    """The path cannot be read as a file of its kind; the message says why, in words."""

    def __str__(self) -> str:
        return str(self.strerror)


def open_regular(path: Path, max_bytes: int) -> BinaryIO:
    """`path` opened for reading if it is a regular file (through symbolic links) of at most `max_bytes`."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_BINARY", 0))
    except OSError as error:
        words = "does not exist" if error.errno == errno.ENOENT else f"cannot be read ({error.strerror})"
        raise NotARegularFile(error.errno, words) from None
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise NotARegularFile(errno.EINVAL, "is not a regular file")
        if status.st_size > max_bytes:
            raise NotARegularFile(errno.EINVAL, f"is {status.st_size:,} bytes, more than the {max_bytes:,} it may have")
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_regular(path: Path, max_bytes: int) -> bytes:
    """The whole of a regular file of at most `max_bytes` (see open_regular)."""
    with open_regular(path, max_bytes) as file:
        data = file.read(max_bytes + 1)  # the file may have grown since it was checked
    if len(data) > max_bytes:
        raise NotARegularFile(errno.EINVAL, f"grew past the {max_bytes:,} bytes it may have while being read")
    return data
