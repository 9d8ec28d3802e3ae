"""The queue's thumbnails on disk: one small JPEG per clip, named by the clip's SHA-256, so that the table loads
them lazily and every case on the machine shares them. The import makes them; the table makes those it finds
missing (clips a colleague imported into a team case, a cache that was cleared) from the clip's file, the same way."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.files.atomic import write_bytes_atomically
from app.media.hashing import is_sha256

if TYPE_CHECKING:  # OpenCV and the decoders load with the code that makes thumbnails, not with the table
    import numpy as np

    from app.media.clip import Clip

BOX = (160, 90)  # width, height the picture fits in, its aspect kept
_QUALITY = 85
_LARGEST_FILE = 4 << 30  # bytes: a larger file is not hashed to make a thumbnail (minutes of the disk for one box)
_FRAMES_HELD = 64 << 20  # bytes of frames the clip opened for its keyframes may hold: a larger picture is refused


def default_thumbnail_folder() -> Path:
    """The user's cache folder for ReelCheck's thumbnails."""
    from platformdirs import user_cache_path

    return user_cache_path("reelcheck", appauthor=False) / "thumbnails"


def thumbnail_path(folder: Path, sha256: str) -> Path:
    """Where the thumbnail of the clip with this SHA-256 lives: `folder/ab/abcdef....jpg`. The SHA-256 comes from a
    case file, which may have been made elsewhere: anything else than 64 hex digits ("../../x", "/home/u/...") is
    refused with ValueError, so that no path outside the folder is ever read or written."""
    if not is_sha256(sha256):
        raise ValueError(f"not a SHA-256: {sha256!r:.80}")
    return Path(folder) / sha256[:2] / f"{sha256}.jpg"


def representative(strip: dict[int, np.ndarray]) -> np.ndarray | None:
    """The keyframe that stands for the clip: the one nearest its middle (the first frames are often a fade or a
    title card)."""
    if not strip:
        return None
    numbers = sorted(strip)
    return strip[numbers[len(numbers) // 2]]


def write_thumbnail(folder: Path, sha256: str, rgb: np.ndarray) -> Path:
    """The picture (RGB, fitted into BOX) written as the clip's JPEG, whole or not at all: a temporary file beside
    it, then a rename, so a table reading it never sees half a picture."""
    import cv2

    target = thumbnail_path(folder, sha256)
    target.parent.mkdir(parents=True, exist_ok=True)
    height, width = rgb.shape[:2]
    scale = min(BOX[0] / max(1, width), BOX[1] / max(1, height), 1.0)
    if scale < 1.0:
        size = (max(2, round(width * scale)), max(2, round(height * scale)))
        rgb = cv2.resize(rgb, size, interpolation=cv2.INTER_AREA)
    ok, encoded = cv2.imencode(".jpg", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, _QUALITY])
    if not ok:
        raise OSError(f"the thumbnail of {sha256[:12]} could not be encoded")
    write_bytes_atomically(target, encoded.tobytes())
    return target


def keyframes(clip: Clip, cancelled: Callable[[], bool] | None = None) -> dict[int, np.ndarray]:
    """The clip's keyframes, upright and fitted into BOX: the thumbnail's candidates (the import hashes them too)."""
    from app.media.thumbnails import build_strip

    return build_strip(clip.path, clip.index, clip.facts.rotation, BOX, cancelled=cancelled)


def keep_thumbnail(folder: Path, sha256: str, strip: dict[int, np.ndarray]) -> Path | None:
    """The representative keyframe of `strip` written as the thumbnail of the clip with this SHA-256; None when the
    strip is empty or the SHA-256 from the case is not one (its name would leave the cache)."""
    picture = representative(strip)
    if picture is None or not is_sha256(sha256):
        return None
    return write_thumbnail(folder, sha256, picture)


def thumbnail_from_file(folder: Path, sha256: str, path: Path, cancelled: Callable[[], bool]) -> Path | None:
    """The thumbnail of the clip with this SHA-256 made from the file at `path`, if that file is still the clip;
    None when it is another file now, or has no picture. Raises NotAFile (a FIFO, a device, a file larger than
    _LARGEST_FILE, nothing there), MediaError (not a clip, damaged), OSError, Cancelled.

    The file is hashed, not only compared by size and time: the case's row has no time of the file, and the
    thumbnail is named by the SHA-256 and shared by every case on the machine, so a picture of another file written
    under that name would stand for the clip everywhere. Its size and time are taken before the hash and after the
    decoding: equal, the picture is of the content hashed."""
    from app.files.regular import open_regular
    from app.media.clip import open_clip
    from app.media.hashing import sha256_file

    with open_regular(path, _LARGEST_FILE) as file:  # refused without waiting: a FIFO is opened non-blocking
        before = _identity(os.fstat(file.fileno()))
    if sha256_file(path, None, cancelled) != sha256:
        return None
    clip = open_clip(path, cache_bytes=_FRAMES_HELD)
    try:
        strip = keyframes(clip, cancelled)
    finally:
        clip.close()
    if _identity(os.stat(path)) != before:
        return None  # changed while it was read: the picture may not be of the content hashed
    return keep_thumbnail(folder, sha256, strip)


def _identity(status: os.stat_result) -> tuple[int, int, int, int]:
    return status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns
