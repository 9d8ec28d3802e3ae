"""SHA-256 of a clip file, read in chunks so that it can report progress and be cancelled.

Only a regular file is hashed: a pipe or a device named as a clip would otherwise be waited on or read for ever
(`NotAFile`, an OSError, says what it is).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from pathlib import Path

from app.files.regular import open_regular
from app.media.errors import Cancelled

_SHA256 = re.compile("[0-9a-f]{64}")


def is_sha256(value: object) -> bool:
    """Whether `value` is a SHA-256 as ReelCheck writes it (64 lower-case hex digits), so safe in a file name."""
    return isinstance(value, str) and _SHA256.fullmatch(value) is not None


_CHUNK = 1 << 20


def sha256_file(
    path: Path,
    on_progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> str:
    digest = hashlib.sha256()
    done = 0
    with open_regular(path) as file:
        total = max(1, os.fstat(file.fileno()).st_size)
        while chunk := file.read(_CHUNK):
            if cancelled is not None and cancelled():
                raise Cancelled()
            digest.update(chunk)
            done += len(chunk)
            if on_progress is not None:
                on_progress(done / total)
    return digest.hexdigest()
