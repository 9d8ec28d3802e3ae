"""One pass over a clip's sound as a mono mix, for the pictures and measures made of it (waveform, spectrogram,
A/V offset): decoded a block at a time, with progress and cancel, never held whole."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np

from app.media.audio import SoundTrack

MAX_ANALYSIS_RATE = 96_000  # a 384 kHz file is measured at 96 kHz: nothing a reviewer needs lies above 48 kHz


def analysis_rate(track: SoundTrack) -> int:
    """The file's own sample rate, so that nothing it carries is lost or made up, within MAX_ANALYSIS_RATE."""
    return min(track.facts.sample_rate, MAX_ANALYSIS_RATE)


def mono_samples(
    track: SoundTrack,
    rate: int,
    on_progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    end: float | None = None,
) -> Iterator[np.ndarray]:
    """The sound from clip second 0 (to `end` or its end) as float32 mono blocks at `rate` Hz, in order and
    without gaps; progress goes from 0 to 1 by the file's own duration (when it states one)."""
    length = min(track.duration, end) if end is not None else track.duration
    for block in track.blocks(0.0, rate=rate, channels=1, end=end, cancelled=cancelled):
        if on_progress is not None and length > 0:
            on_progress(min(1.0, block.end / length))
        yield block.samples[:, 0]
