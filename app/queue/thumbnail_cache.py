"""The queue's thumbnails on disk: one small JPEG per clip, named by the clip's SHA-256, so that the table loads
them lazily and every case on the machine shares them."""

from __future__ import annotations

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
