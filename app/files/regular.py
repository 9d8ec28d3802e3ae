"""Opening a file a hostile sender chose: only a regular file is read, and never more than a stated bound (the rule
is analyzers.files'; here each message starts with the path, in the reviewer's language)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from analyzers import files
from app.i18n import translate


class NotAFile(OSError):
    """The path cannot be read as a file; the message names it and says what it is, in the reviewer's words, and
    `reason` says it without the path (for a line that names the file already)."""

    def __init__(self, code: int | None, path: Path | str, reason: str) -> None:
        super().__init__(code, translate("Files", "{path} {reason}").format(path=path, reason=reason))
        self.reason = reason

    def __str__(self) -> str:
        return str(self.strerror)


def open_regular(path: Path | str, max_bytes: int | None = None) -> BinaryIO:
    """The file at `path` opened for reading in binary, if it is a regular file (through symbolic links) no larger
    than `max_bytes`. Raises NotAFile with a one-line reason otherwise."""
    try:
        return files.open_regular(path, max_bytes)
    except files.NotARegularFile as error:
        raise NotAFile(error.errno, path, _reason(error)) from None


def read_regular(path: Path | str, max_bytes: int) -> bytes:
    """The whole of a regular file of at most `max_bytes` (see open_regular)."""
    try:
        return files.read_regular(path, max_bytes)
    except files.NotARegularFile as error:
        raise NotAFile(error.errno, path, _reason(error)) from None


def regular_file_problem(path: Path | str) -> str | None:
    """Why `path` cannot be read as a file, in words, or None when it can (used before handing a path to a library
    that opens it itself, such as FFmpeg)."""
    try:
        open_regular(path).close()
    except NotAFile as error:
        return str(error)
    return None


def what_it_is(status: os.stat_result | None) -> str | None:
    """analyzers.files.what_it_is in the reader's language: what a path that is not a regular file is ("is a folder,
    not a file"); None for a regular file (or nothing known)."""
    words = files.what_it_is(status)
    return translate("Files", words) if words else None


def why_unreadable(error: OSError) -> str:
    """analyzers.files.why_unreadable in the reader's language: why a path could not be opened, after its name."""
    said = files.why_unreadable(error)
    return translate("Files", said.words).format(**said.values)


def _reason(error: files.NotARegularFile) -> str:
    return translate("Files", error.words).format(**error.values)
