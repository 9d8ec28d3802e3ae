"""The waveform lane's data: the lowest and highest sample of the sound (mono mix) in each hundredth of a second,
measured in one pass and kept on disk by the clip's SHA-256.

A hundred buckets a second is finer than any timeline is wide (a 10-second clip across 1920 px is 96 px a
second) and small: a 10-minute clip takes 120 kB, a 10-hour one 7 MB. Longer files get coarser buckets, so the
peaks never grow past MAX_BUCKETS whatever the file claims.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.media.audio import SoundTrack, open_sound
from app.media.sound_cache import kept_or_made
from app.media.sound_pass import analysis_rate, mono_samples

BUCKETS_PER_SECOND = 100
MAX_BUCKETS = 1 << 22  # 11.6 hours at 100 a second; 8 MB
_FULL_SCALE = 127  # peaks are kept as int8: a 127th of full scale is finer than a lane's pixel


@dataclass(frozen=True)
class Waveform:
    """`peaks`: buckets x 2 int8 (lowest, highest sample in 127ths of full scale), bucket k starting at clip
    second k / per_second."""

    peaks: np.ndarray
    per_second: float

    @property
    def duration(self) -> float:
        return len(self.peaks) / self.per_second


def measure_waveform(
    track: SoundTrack,
    on_progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Waveform:
    """The peaks of the whole sound, decoded once; raises Cancelled, or MediaError when it cannot be decoded."""
    rate = analysis_rate(track)
    # The bucket's length in samples is fixed before decoding: from the file's stated duration, at least 1/100 s.
    stated = track.duration if track.duration > 0 else MAX_BUCKETS / BUCKETS_PER_SECOND
    samples_per_bucket = max(1, rate // BUCKETS_PER_SECOND, -(-round(stated * rate) // MAX_BUCKETS))
    end = MAX_BUCKETS * samples_per_bucket / rate  # a file longer than it said is drawn as far as the budget goes
    parts: list[np.ndarray] = []
    carry = np.zeros(0, np.float32)
    for samples in mono_samples(track, rate, on_progress, cancelled, end=end):
        pending = np.concatenate([carry, samples]) if len(carry) else samples
        whole = len(pending) // samples_per_bucket * samples_per_bucket
        if whole:
            parts.append(_peaks(pending[:whole].reshape(-1, samples_per_bucket)))
        carry = pending[whole:]
    if len(carry):
        parts.append(_peaks(carry.reshape(1, -1)))
    peaks = np.concatenate(parts) if parts else np.zeros((0, 2), np.int8)
    return Waveform(peaks, rate / samples_per_bucket)


def _peaks(buckets: np.ndarray) -> np.ndarray:
    low_high = np.stack([buckets.min(axis=1), buckets.max(axis=1)], axis=1)
    return np.clip(np.round(low_high * _FULL_SCALE), -_FULL_SCALE, _FULL_SCALE).astype(np.int8)


def waveform_of(
    path: Path,
    sha256: str,
    origin: float | None = None,
    folder: Path | None = None,
    on_progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Waveform:
    """The clip's waveform from the cache in `folder` (the user's by default), else measured now and kept there.
    `origin` as for open_sound; raises NoSound, MediaError or Cancelled."""

    def made() -> Waveform:
        with open_sound(path, origin) as track:
            return measure_waveform(track, on_progress, cancelled)

    return kept_or_made(folder, sha256, "waveform", made, _as_arrays, _from_arrays)


def _as_arrays(waveform: Waveform) -> dict[str, np.ndarray]:
    return {"peaks": waveform.peaks, "per_second": np.float64(waveform.per_second)}


def _from_arrays(arrays: dict[str, np.ndarray]) -> Waveform | None:
    """The kept waveform, or None when the file holds anything else than what waveform_of writes."""
    if set(arrays) != {"peaks", "per_second"}:
        return None
    peaks, per_second = arrays["peaks"], arrays["per_second"]
    if peaks.dtype != np.int8 or peaks.ndim != 2 or peaks.shape[1] != 2 or len(peaks) > MAX_BUCKETS:
        return None
    if per_second.shape != () or per_second.dtype.kind != "f" or not 0 < float(per_second) <= BUCKETS_PER_SECOND * 2:
        return None
    return Waveform(peaks, float(per_second))
