"""SHA-256 of a clip file, read in chunks so that it can report progress and be cancelled."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from app.media.errors import Cancelled

_CHUNK = 1 << 20


def sha256_file(
    path: Path,
    on_progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> str:
    total = max(1, path.stat().st_size)
    digest = hashlib.sha256()
    done = 0
    with path.open("rb") as file:
        while chunk := file.read(_CHUNK):
            if cancelled is not None and cancelled():
                raise Cancelled()
            digest.update(chunk)
            done += len(chunk)
            if on_progress is not None:
                on_progress(done / total)
    return digest.hexdigest()
