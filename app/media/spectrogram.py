"""The spectrogram: the sound's short-time spectrum (Hann window, magnitude in dB below full scale) as an 8-bit
picture with its time and frequency axes, and the average spectrum the bandwidth is read from. Kept on disk by the
clip's SHA-256, like the waveform.

Its size is bounded whatever the file's length: a column is taken every `hop` samples, and when the columns would
pass MAX_COLUMNS every other one is dropped and the hop doubled, so a 10-hour file makes a picture as small as a
10-minute one (coarser in time), and a file that lies about its length cannot make it grow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.media.audio import SoundTrack, open_sound
from app.media.sound_cache import kept_or_made
from app.media.sound_pass import MAX_ANALYSIS_RATE, analysis_rate, mono_samples

WINDOW = 1024  # 21 ms at 48 kHz: 47 Hz between rows, fine enough to see a cut-off and still show onsets
MIN_HOP = WINDOW // 4
MAX_COLUMNS = 8192  # with 513 rows, 4 MB
FLOOR_DB = -120.0  # the picture's black; 16-bit sound's own floor is near -96 dBFS
_HANN = np.hanning(WINDOW).astype(np.float32)
_FULL_SCALE_POWER = float(_HANN.sum() / 2) ** 2  # a full-scale sine's peak power in this window: 0 dBFS


@dataclass(frozen=True)
class Spectrogram:
    """`image`: frequency rows (0 Hz first) x time columns, uint8, 0 = FLOOR_DB or quieter, 255 = 0 dBFS.
    `times`: each column's centre in clip seconds; `frequencies`: each row's Hz; `mean_db`: the average spectrum
    over the whole sound (dBFS per row)."""

    image: np.ndarray
    times: np.ndarray
    frequencies: np.ndarray
    mean_db: np.ndarray


def measure_spectrogram(
    track: SoundTrack,
    on_progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Spectrogram:
    """The spectrogram of the whole sound, decoded once; raises Cancelled, or MediaError when it cannot be decoded."""
    rate = analysis_rate(track)
    hop = max(MIN_HOP, -(-round(track.duration * rate) // MAX_COLUMNS))
    columns: list[np.ndarray] = []  # uint8 spectra, one per column
    power_sum, counted = np.zeros(WINDOW // 2 + 1), 0
    pending, pending_start, next_start = np.zeros(0, np.float32), 0, 0  # sample numbers on the clip clock
    for samples in mono_samples(track, rate, on_progress, cancelled):
        pending = np.concatenate([pending, samples])
        offset = next_start - pending_start
        if len(pending) - offset >= WINDOW:
            frames = np.lib.stride_tricks.sliding_window_view(pending[offset:], WINDOW)[::hop]
            power = np.abs(np.fft.rfft(frames * _HANN, axis=1)) ** 2 / _FULL_SCALE_POWER
            power_sum += power.sum(axis=0)
            counted += len(power)
            columns.extend(_as_levels(power))
            next_start += len(frames) * hop
            while len(columns) > MAX_COLUMNS:
                columns = columns[::2]
                hop *= 2
                next_start += -next_start % hop  # the kept columns sit on multiples of the new hop
        dropped = min(len(pending), next_start - pending_start)
        pending, pending_start = pending[dropped:], pending_start + dropped
    image = np.stack(columns, axis=1) if columns else np.zeros((WINDOW // 2 + 1, 0), np.uint8)
    times = (np.arange(image.shape[1]) * hop + WINDOW / 2) / rate
    mean = power_sum / max(1, counted)
    mean_db = (10 * np.log10(np.maximum(mean, 10 ** (FLOOR_DB / 10)))).astype(np.float32)
    return Spectrogram(image, times, np.fft.rfftfreq(WINDOW, 1 / rate), mean_db)


def _as_levels(power: np.ndarray) -> np.ndarray:
    decibels = 10 * np.log10(np.maximum(power, 1e-30))
    return np.clip((decibels - FLOOR_DB) * (255 / -FLOOR_DB), 0, 255).astype(np.uint8)


def spectrogram_of(
    path: Path,
    sha256: str,
    origin: float | None = None,
    folder: Path | None = None,
    on_progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Spectrogram:
    """The clip's spectrogram from the cache in `folder` (the user's by default), else measured now and kept
    there. `origin` as for open_sound; raises NoSound, MediaError or Cancelled."""

    def made() -> Spectrogram:
        with open_sound(path, origin) as track:
            return measure_spectrogram(track, on_progress, cancelled)

    return kept_or_made(folder, sha256, "spectrogram", made, vars, _from_arrays)


def _from_arrays(arrays: dict[str, np.ndarray]) -> Spectrogram | None:
    """The kept spectrogram, or None when the file holds anything else than what spectrogram_of writes."""
    if set(arrays) != {"image", "times", "frequencies", "mean_db"}:
        return None
    image, times, frequencies, mean_db = (arrays[k] for k in ("image", "times", "frequencies", "mean_db"))
    rows = WINDOW // 2 + 1
    if image.dtype != np.uint8 or image.shape[0] != rows or image.ndim != 2 or image.shape[1] > MAX_COLUMNS:
        return None
    if times.shape != (image.shape[1],) or frequencies.shape != (rows,) or mean_db.shape != (rows,):
        return None
    if any(a.dtype.kind != "f" or not np.isfinite(a).all() for a in (times, frequencies, mean_db)):
        return None
    if not 0 < frequencies[-1] <= MAX_ANALYSIS_RATE / 2:
        return None
    return Spectrogram(image, times, frequencies, mean_db)
