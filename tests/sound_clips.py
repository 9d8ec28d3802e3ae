"""Clips with sound whose truth is known, written once into the session's clip folder: flashes with clicks at a
chosen offset, noise with and without a ceiling, a steady tone without events, and files a hostile sender might
hand over."""

from __future__ import annotations

import struct
from pathlib import Path

from app.media.synth import ClipRecipe, write_clip
from app.media.synth_sound import write_flash_clip, write_noise_sound

OFFSETS = (0.0, 0.12, -0.2)  # seconds the sound is late (negative: early)


def flash_clips(folder: Path) -> dict[float, Path]:
    """{offset: clip with white flashes and clicks that many seconds after them}, written on first use."""
    return {
        offset: _once(folder / f"flashes_{round(offset * 1000):+d}ms.mp4", write_flash_clip, offset)
        for offset in OFFSETS
    }


def noise_sounds(folder: Path) -> dict[str, Path]:
    """'full': white noise up to 24 kHz; 'ceiling': noise made at 16 kHz and upsampled to 48 kHz (nothing above 8)."""
    return {
        "full": _once(folder / "noise_full.m4a", write_noise_sound),
        "ceiling": _once(folder / "noise_ceiling_8k.m4a", write_noise_sound, ceiling_hz=8000),
    }


def steady_clip(folder: Path) -> Path:
    """A moving picture with a steady 440 Hz tone: no flash, no cut, no click."""
    return _once(folder / "steady_tone.mp4", write_clip, ClipRecipe(size=(160, 90), frames=90, audio=True))


def _once(path: Path, write, *args, **kwargs) -> Path:
    return path if path.exists() else write(path, *args, **kwargs)


def wav_file(path: Path, data: bytes, rate: int = 48_000, channels: int = 1) -> Path:
    """A 16-bit PCM WAV of `data` whose header says `rate` and `channels` (true or not)."""
    align = channels * 2
    header = struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        *(b"RIFF", 36 + len(data), b"WAVE", b"fmt ", 16, 1, channels, rate, rate * align, align, 16),
        *(b"data", len(data)),
    )
    path.write_bytes(header + data)
    return path


def absurd_channels_wav(path: Path, channels: int = 255) -> Path:
    """A WAV whose header claims `channels` channels, with a little data."""
    return wav_file(path, bytes(channels * 2 * 100), channels=channels)


def truncated_copy(source: Path, target: Path, share: float = 0.5) -> Path:
    """The first `share` of `source`'s bytes, as a download cut off halfway leaves it."""
    data = source.read_bytes()
    target.write_bytes(data[: int(len(data) * share)])
    return target
