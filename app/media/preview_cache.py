"""Preview tracks on disk, named by the clip's SHA-256 like the sound's pictures (app/media/sound_cache.py), so that a
clip opened again scrubs at once; the folder is held to MAX_FOLDER_BYTES, the tracks used longest ago going first.

A kept track is checked before it is used: its counts and sizes must agree with each other and with the clip, and
every picture's JPEG header must say the size this version writes, so that no file can make the decoder allocate
more than a small picture; anything else is made again.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np

from app.media.index import FrameIndex
from app.media.preview_track import BOX, MAX_BYTES, MAX_PICTURES, PreviewTrack, build_track, planned_frames
from app.media.sound_cache import cache_path, keep_arrays, load_arrays

log = logging.getLogger(__name__)
KIND = "previews-1"
MAX_FOLDER_BYTES = 512 << 20  # about a hundred one-minute clips


def previews_folder() -> Path:
    """The user's cache folder for preview tracks."""
    from platformdirs import user_cache_path

    return user_cache_path("reelcheck", appauthor=False) / "previews"


def previews_for(
    path: Path | str,
    index: FrameIndex,
    rotation: int,
    sha256: str,
    on_track: Callable[[PreviewTrack], None],
    folder: Path | None = None,
    on_progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PreviewTrack:
    """The clip's preview track: the one kept in `folder` (the user's cache by default), else made now and kept.
    `on_track` gets the track as soon as it exists, while it is still empty, so that what is made can be shown."""
    folder = folder or previews_folder()
    kept = load_track(folder, sha256, index)
    if kept is not None:
        on_track(kept)
        return kept
    planned = planned_frames(index)
    track = PreviewTrack.planned_for(planned)
    on_track(track)
    build_track(str(path), index, rotation, track, planned, on_progress, cancelled)
    if not len(track):  # nothing could be decoded: there is nothing to keep
        return track
    try:
        keep_track(folder, sha256, track, index.count)
        prune(folder, MAX_FOLDER_BYTES)
    except OSError as error:  # a full disk or a read-only cache: made again next time, shown now
        log.warning("the preview track was not kept: %s", error)
    return track


def keep_track(folder: Path, sha256: str, track: PreviewTrack, frame_count: int) -> None:
    pictures = track.pictures()
    sizes = [len(p.jpeg) for p in pictures]
    keep_arrays(
        folder,
        sha256,
        KIND,
        {
            "numbers": np.array([p.number for p in pictures], np.int64),
            "ends": np.cumsum(sizes, dtype=np.int64),
            "data": np.frombuffer(b"".join(p.jpeg for p in pictures), np.uint8),
            "reach": np.array(track.reach, np.int64),
            "frames": np.array(frame_count, np.int64),
        },
    )


def load_track(folder: Path, sha256: str, index: FrameIndex) -> PreviewTrack | None:
    """The track kept for this clip, or None when there is none or it does not pass every check."""
    arrays = load_arrays(folder, sha256, KIND)
    if arrays is None or not _consistent(arrays, index.count):
        return None
    data = arrays["data"].tobytes()
    ends = [int(end) for end in arrays["ends"]]
    jpegs = [data[start:end] for start, end in zip([0, *ends[:-1]], ends, strict=True)]
    sizes = {jpeg_size(jpeg) for jpeg in jpegs}
    size = sizes.pop() if len(sizes) == 1 else None
    if size is None or size[0] > BOX[0] or size[1] > BOX[1]:
        return None
    track = PreviewTrack(int(arrays["reach"]))
    for number, jpeg in zip(arrays["numbers"], jpegs, strict=True):
        track.add(int(number), jpeg)
    with contextlib.suppress(OSError):  # used now: the last to go when the folder is pruned
        os.utime(cache_path(folder, sha256, KIND))
    return track


def _consistent(arrays: dict[str, np.ndarray], frame_count: int) -> bool:
    names = ("numbers", "ends", "data", "reach", "frames")
    if any(name not in arrays for name in names):
        return False
    numbers, ends, data, reach, frames = (arrays[name] for name in names)
    if (numbers.ndim, ends.ndim, data.ndim, reach.ndim, frames.ndim) != (1, 1, 1, 0, 0):
        return False
    if data.dtype != np.uint8 or any(a.dtype.kind not in "iu" for a in (numbers, ends, reach, frames)):
        return False
    if not 0 < len(numbers) == len(ends) <= MAX_PICTURES or len(data) > MAX_BYTES:
        return False
    return (
        int(frames) == frame_count
        and 1 <= int(reach) <= frame_count
        and numbers[0] >= 0
        and numbers[-1] < frame_count
        and bool(np.all(np.diff(numbers) > 0))
        and ends[0] > 0
        and bool(np.all(np.diff(ends) > 0))
        and int(ends[-1]) == len(data)
    )


def jpeg_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a JPEG's frame header, read before any decoder sees it; None when it has none."""
    if data[:2] != b"\xff\xd8":
        return None
    at = 2
    while at + 9 <= len(data) and data[at] == 0xFF:
        marker, length = data[at + 1], int.from_bytes(data[at + 2 : at + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):  # a start of frame, not a table
            return int.from_bytes(data[at + 7 : at + 9], "big"), int.from_bytes(data[at + 5 : at + 7], "big")
        at += 2 + length
    return None


def prune(folder: Path, limit: int) -> None:
    """Delete the tracks used longest ago until those left take at most `limit` bytes."""
    kept = []
    for track in Path(folder).glob(f"??/*.{KIND}.npz"):
        with contextlib.suppress(OSError):
            kept.append((track.stat().st_mtime, track.stat().st_size, track))
    total = 0
    for _, size, track in sorted(kept, reverse=True):
        total += size
        if total > limit:
            with contextlib.suppress(OSError):
                track.unlink()
