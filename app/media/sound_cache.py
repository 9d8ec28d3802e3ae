"""The sound's pictures on disk (waveform peaks, spectrogram), named by the clip's SHA-256, so that a clip opened
again shows them at once and every case on the machine shares them.

A cache file is only ever a hint: one that is truncated, tampered with, written by another version or simply not
ours is ignored (the caller measures again and writes it anew), never trusted and never fatal.
"""

from __future__ import annotations

import io
import logging
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import numpy as np

from app.files.atomic import write_bytes_atomically
from app.files.regular import NotAFile, read_regular
from app.media.hashing import is_sha256

log = logging.getLogger(__name__)
MAX_CACHE_BYTES = 64 << 20  # a 10-hour waveform is 7 MB, the largest spectrogram 5 MB; more is not ours
_FORMAT = "reelcheck-sound-1"
Kept = TypeVar("Kept")


def sound_cache_folder() -> Path:
    """The user's cache folder for the sound's pictures."""
    from platformdirs import user_cache_path

    return user_cache_path("reelcheck", appauthor=False) / "sound"


def cache_path(folder: Path, sha256: str, kind: str) -> Path:
    """`folder/ab/abcdef....kind.npz`. The SHA-256 may come from a case file made elsewhere: anything but 64 hex
    digits ("../../x") is refused with ValueError, so nothing outside the folder is ever read or written."""
    if not is_sha256(sha256):
        raise ValueError(f"not a SHA-256: {sha256!r:.80}")
    return Path(folder) / sha256[:2] / f"{sha256}.{kind}.npz"


def load_arrays(folder: Path, sha256: str, kind: str) -> dict[str, np.ndarray] | None:
    """The arrays kept for this clip and kind, or None when there are none or the file is not one we wrote.
    Raises ValueError when `sha256` is not one (before anything is read or measured)."""
    path = cache_path(folder, sha256, kind)
    try:
        data = read_regular(path, MAX_CACHE_BYTES)
        with np.load(io.BytesIO(data), allow_pickle=False) as kept:
            arrays = {name: kept[name] for name in kept.files}
    except (NotAFile, OSError, ValueError, EOFError, zipfile.BadZipFile):
        return None
    tag = arrays.pop("format", None)
    if tag is None or tag.shape != () or str(tag) != f"{_FORMAT}/{kind}":
        return None
    return arrays


def keep_arrays(folder: Path, sha256: str, kind: str, arrays: dict[str, np.ndarray]) -> None:
    """Write the arrays for this clip and kind, whole or not at all."""
    target = cache_path(folder, sha256, kind)
    target.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    np.savez(buffer, format=np.array(f"{_FORMAT}/{kind}"), **arrays)
    write_bytes_atomically(target, buffer.getvalue())


def kept_or_made(
    folder: Path | None,
    sha256: str,
    kind: str,
    made: Callable[[], Kept],
    as_arrays: Callable[[Kept], dict[str, np.ndarray]],
    from_arrays: Callable[[dict[str, np.ndarray]], Kept | None],
) -> Kept:
    """What the cache in `folder` (the user's by default) keeps for this clip and kind, if `from_arrays` accepts it;
    else `made()`, kept there for next time."""
    folder = folder or sound_cache_folder()
    arrays = load_arrays(folder, sha256, kind)
    kept = from_arrays(arrays) if arrays is not None else None
    if kept is not None:
        return kept
    result = made()
    try:
        keep_arrays(folder, sha256, kind, as_arrays(result))
    except OSError as error:  # a full disk or a read-only cache: measured again next time, shown now
        log.warning("the sound's %s was not kept: %s", kind, error)
    return result
