"""The A/V offset check: how far the sound is shifted from the picture, measured where both have sharp events.

A flash or a cut in the picture and a click or a clap in the sound that belong together should fall at the same
clip second. Each pairing of a picture event with a sound event within MAX_OFFSET proposes an offset; the offset
that lines up the most events wins, and the report says how many support it. A dubbed voice-over or a
regenerated soundtrack often sits a few frames off; a clip with no sharp events cannot be measured, and says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.i18n import translate
from app.media.audio import open_sound
from app.media.av_events import picture_changes, sound_onsets

MAX_OFFSET = 1.0  # seconds either way: a larger shift is a different soundtrack, not an offset
MEASURED_SECONDS = 600.0  # the first 10 minutes: enough events, and a 10-hour file does not take hours
_TOLERANCE = 0.045  # a picture event is known to within a frame (33 ms at 30 fps), plus the onset's ms
_PICTURE_SHARE = 0.7  # of the progress: the picture decodes far slower than the sound


@dataclass(frozen=True)
class AvOffset:
    offset_ms: float | None  # sound time minus picture time of the same events (positive: the sound is late)
    supporting: int  # events lined up at that offset
    picture_events: int
    sound_events: int
    words: str  # what the reviewer reads


def measure_av_offset(
    path: Path,
    on_progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> AvOffset:
    """The offset of the clip's sound from its picture; raises NoSound, MediaError (no picture, undecodable) or
    Cancelled."""

    def part(start: float, share: float) -> Callable[[float], None] | None:
        return None if on_progress is None else lambda done: on_progress(start + share * done)

    changes, origin = picture_changes(Path(path), MEASURED_SECONDS, part(0.0, _PICTURE_SHARE), cancelled)
    with open_sound(path, origin) as track:
        onsets = sound_onsets(track, MEASURED_SECONDS, part(_PICTURE_SHARE, 1 - _PICTURE_SHARE), cancelled)
    return match_events(changes, onsets)


def match_events(picture: np.ndarray, sound: np.ndarray) -> AvOffset:
    """The offset that lines up the most picture events with sound events (clip seconds, each sorted), and its
    words."""
    counts = len(picture), len(sound)
    best, support = None, 0
    for proposal in _likely_offsets(picture, sound):
        paired = _paired(picture, sound, proposal)
        if len(paired) > support:
            best, support = proposal, len(paired)
    if best is None or support < 2:
        return AvOffset(None, 0, *counts, _unmeasured(*counts))
    offset_ms = float(np.median(_paired(picture, sound, best))) * 1000
    return AvOffset(round(offset_ms, 1), support, *counts, _measured(offset_ms, support, counts[0]))


def _likely_offsets(picture: np.ndarray, sound: np.ndarray, tried: int = 64) -> list[float]:
    """The offsets (within MAX_OFFSET) that the most pairs of events agree on, to the tolerance: each picture
    event against the sound events within reach of it, counted in bins, the fullest bins tried (thousands of events
    in a rhythmic clip would make every pair a candidate), smaller offsets first among equals."""
    low = np.searchsorted(sound, picture - MAX_OFFSET)
    high = np.searchsorted(sound, picture + MAX_OFFSET, side="right")
    offsets = np.concatenate([sound[a:b] - p for p, a, b in zip(picture, low, high, strict=True)] or [np.zeros(0)])
    if not len(offsets):
        return []
    bins = np.round(offsets / _TOLERANCE).astype(np.int64)
    values, counts = np.unique(bins, return_counts=True)
    fullest = values[np.lexsort((np.abs(values), -counts))][:tried]
    return [float(np.median(offsets[bins == value])) for value in fullest]


def _paired(picture: np.ndarray, sound: np.ndarray, offset: float) -> np.ndarray:
    """For each picture event with a sound event within _TOLERANCE of `offset` after it: that sound's offset."""
    wanted = picture + offset
    after = np.clip(np.searchsorted(sound, wanted), 1, len(sound) - 1) if len(sound) > 1 else np.zeros_like(wanted, int)
    before = np.maximum(after - 1, 0)
    nearest = np.where(np.abs(sound[after] - wanted) < np.abs(sound[before] - wanted), sound[after], sound[before])
    close = np.abs(nearest - wanted) <= _TOLERANCE
    return (nearest - picture)[close]


def _measured(offset_ms: float, support: int, picture_events: int) -> str:
    if abs(offset_ms) < 1000 * _TOLERANCE / 2:
        words = translate(
            "Sound offset",
            "Sound and picture are in sync (offset {offset:+.0f} ms, within a frame), from {support} of {events} "
            "sharp events in the picture.",
        )
    elif offset_ms > 0:
        words = translate(
            "Sound offset",
            "The sound comes {ms:.0f} ms after the picture (sound late), from {support} of {events} sharp events in "
            "the picture.",
        )
    else:
        words = translate(
            "Sound offset",
            "The sound comes {ms:.0f} ms before the picture (sound early), from {support} of {events} sharp events "
            "in the picture.",
        )
    return words.format(offset=offset_ms, ms=abs(offset_ms), support=support, events=picture_events)


def _unmeasured(picture_events: int, sound_events: int) -> str:
    if not picture_events and not sound_events:
        return translate(
            "Sound offset",
            "No offset measured: the clip has no sharp events (flashes, cuts, claps, clicks) to line up.",
        )
    if not picture_events:
        return translate(
            "Sound offset",
            "No offset measured: the picture has no sudden changes (flashes, cuts) to line the sound up with.",
        )
    if not sound_events:
        return translate(
            "Sound offset",
            "No offset measured: the sound has no sharp onsets (claps, clicks, knocks) to line the picture up with.",
        )
    words = translate(
        "Sound offset",
        "No offset measured: the {picture} sharp events in the picture and {sound} in the sound do not line up at "
        "any one offset.",
    )
    return words.format(picture=picture_events, sound=sound_events)
