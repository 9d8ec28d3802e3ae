"""Sharp events in a clip, on the clip's clock: onsets in the sound (a clap, a click, a slammed door) and sudden
changes in the picture (a flash, a cut). The A/V offset check lines the two up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import av
import numpy as np

from app.files.regular import NotAFile, open_regular
from app.i18n import translate
from app.media.audio import SoundTrack
from app.media.budget import limit_pictures, opened_to_decode_on_threads, thread_within
from app.media.errors import Cancelled, MediaError
from app.media.sound_pass import mono_samples

ONSET_RATE = 16_000
_HOP = ONSET_RATE // 1000  # the energy envelope has a value every millisecond
_BEFORE_MS = 50  # an onset is measured against the 50 ms before it
_ONSET_RISE_DB = 15.0
_QUIETEST_ONSET_DBFS = -45.0  # a jump in hiss is no event
_REFRACTORY = 0.1  # seconds: one event, however it rings on
_PICTURE_SIDE = (64, 36)  # the grey thumbnail changes are measured on
_CHANGE_LEVELS = 12.0  # the least mean change (grey levels, 0-255) that is an event
_CHANGE_OVER_USUAL = 4.0  # ... and at least this many times the change of the frames before it
_USUAL_FRAMES = 15
_DECODE_BUDGET = 256 << 20


def sound_onsets(
    track: SoundTrack,
    seconds: float,
    on_progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> np.ndarray:
    """Clip seconds at which the sound's energy jumps by _ONSET_RISE_DB within a millisecond, in its first
    `seconds`."""
    energies: list[np.ndarray] = []
    carry = np.zeros(0, np.float32)
    for samples in mono_samples(track, ONSET_RATE, on_progress, cancelled, end=seconds):
        pending = np.concatenate([carry, samples])
        whole = len(pending) // _HOP * _HOP
        energies.append((pending[:whole].reshape(-1, _HOP).astype(np.float64) ** 2).mean(axis=1))
        carry = pending[whole:]
    energy = np.concatenate(energies) if energies else np.zeros(0)
    if len(energy) <= _BEFORE_MS:
        return np.zeros(0)
    running = np.concatenate([[0.0], np.cumsum(energy)])
    before = (running[_BEFORE_MS:-1] - running[: -_BEFORE_MS - 1]) / _BEFORE_MS  # the 50 ms before each hop
    level = 10 * np.log10(energy[_BEFORE_MS:] + 1e-12)
    rise = level - 10 * np.log10(before + 1e-12)
    onsets = np.flatnonzero((rise >= _ONSET_RISE_DB) & (level >= _QUIETEST_ONSET_DBFS)) + _BEFORE_MS
    return _first_of_each(onsets * _HOP / ONSET_RATE)


def picture_changes(
    path: Path,
    seconds: float,
    on_progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[np.ndarray, float]:
    """(clip seconds of the frames that change suddenly from the one before, in the first `seconds`; the
    container time of the first frame, which is clip second 0)."""
    try:
        open_regular(path).close()  # FFmpeg would wait for ever on a named pipe and read a device without end
    except NotAFile as error:
        raise MediaError(translate("Media", "It {reason}.").format(reason=error.reason)) from None
    try:
        with opened_to_decode_on_threads(path) as container:
            times, changes, origin = _changes(container, seconds, on_progress, cancelled)
    except av.FFmpegError as error:
        reason = getattr(error, "strerror", None) or translate("Media", "damaged data")
        raise MediaError(translate("Media", "Its picture cannot be decoded: {reason}.").format(reason=reason)) from None
    return _sudden(np.array(times), np.array(changes)), origin or 0.0


def _changes(
    container: av.container.InputContainer,
    seconds: float,
    on_progress: Callable[[float], None] | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[list[float], list[float], float | None]:
    """(clip seconds of each frame after the first, how much its picture changed from the one before, the
    container time of the first frame) over the first `seconds`."""
    if not container.streams.video:
        raise MediaError(translate("Media", "It has no picture."))
    stream = container.streams.video[0]
    limit_pictures(stream)
    thread_within(stream, _DECODE_BUDGET)
    stated = container.duration / av.time_base if container.duration else 0.0
    length = min(seconds, stated) if stated > 0 else seconds
    times, changes = [], []
    before: np.ndarray | None = None
    origin: float | None = None
    for frame in container.decode(stream):
        if cancelled is not None and cancelled():
            raise Cancelled()
        if frame.time is None:
            continue
        origin = frame.time if origin is None else origin
        if frame.time - origin > seconds:
            break
        grey = frame.reformat(*_PICTURE_SIDE, format="gray", interpolation="AREA").to_ndarray()
        grey = grey.astype(np.float32)
        if before is not None:
            times.append(frame.time - origin)
            changes.append(float(np.abs(grey - before).mean()))
        before = grey
        if on_progress is not None:
            on_progress(min(1.0, (frame.time - origin) / length))
    return times, changes, origin


def _sudden(times: np.ndarray, changes: np.ndarray) -> np.ndarray:
    if not len(changes):
        return np.zeros(0)
    padded = np.concatenate([np.full(_USUAL_FRAMES, changes[0]), changes])
    usual = np.median(np.lib.stride_tricks.sliding_window_view(padded[:-1], _USUAL_FRAMES), axis=1)
    sudden = (changes >= _CHANGE_LEVELS) & (changes >= _CHANGE_OVER_USUAL * usual)
    return _first_of_each(times[sudden])


def _first_of_each(times: np.ndarray) -> np.ndarray:
    """The first time of each burst: later ones within _REFRACTORY of the one kept are the same event."""
    kept: list[float] = []
    for t in times:
        if not kept or t - kept[-1] > _REFRACTORY:
            kept.append(float(t))
    return np.array(kept)
