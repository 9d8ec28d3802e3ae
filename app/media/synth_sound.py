"""Synthetic clips with sound whose truth is known: flashes with clicks a chosen offset from them (for the A/V offset
check), and noise with or without a ceiling (for the bandwidth hint). The tests and benchmarks write their own.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from app.media.synth import ClipRecipe, draw_frame

SOUND_RATE = 48_000
# Frames that flash white: uneven gaps, so that no offset other than the true one lines clicks up with flashes.
FLASH_FRAMES = (20, 47, 71, 104, 131, 166)
FLASH_CLIP = ClipRecipe(size=(160, 90), frames=180)  # 6 s at 30 frames a second
_HISS = 0.003  # the room's noise under the clicks, about -50 dBFS
_AAC_BITRATE = 192_000  # high enough that the encoder keeps everything up to 20 kHz


def write_flash_clip(
    path: Path,
    offset: float,
    recipe: ClipRecipe = FLASH_CLIP,
    flashes: tuple[int, ...] = FLASH_FRAMES,
) -> Path:
    """A clip of `recipe`'s frames (draw_frame's moving picture) where the frames in `flashes` are white, and a
    sound of quiet hiss with a click at each flash's time plus `offset` seconds (positive: the sound is late)."""
    width, height = recipe.size
    seconds = recipe.frames / recipe.fps
    sound = _hiss(seconds, seed=1)
    for frame in flashes:
        _add_click(sound, frame / recipe.fps + offset)
    with av.open(str(path), "w") as out:
        video = out.add_stream("libx264", rate=recipe.fps, options={"crf": str(recipe.crf), "preset": "veryfast"})
        video.width, video.height, video.pix_fmt = width, height, "yuv420p"
        audio = _sound_stream(out)
        for index in range(recipe.frames):
            white = index in flashes
            picture = np.full((height, width, 3), 255, np.uint8) if white else draw_frame(index, width, height)
            frame = av.VideoFrame.from_ndarray(picture, format="rgb24")
            frame.pts = index
            frame.time_base = Fraction(1, recipe.fps)
            out.mux(video.encode(frame))
        out.mux(video.encode())
        _encode(out, audio, sound)
    return path


def write_noise_sound(path: Path, seconds: float = 2.0, ceiling_hz: int | None = None) -> Path:
    """A sound file of white noise at 48 kHz. With `ceiling_hz`, the noise is made at twice that rate and upsampled
    to 48 kHz, as a text-to-speech voice made at 16 kHz is: nothing lies above the ceiling."""
    made_at = 2 * ceiling_hz if ceiling_hz else SOUND_RATE
    noise = np.random.default_rng(7).uniform(-0.3, 0.3, round(seconds * made_at)).astype(np.float32)
    if ceiling_hz:
        noise = _resampled(noise, made_at)
    with av.open(str(path), "w") as out:
        _encode(out, _sound_stream(out), noise)
    return path


def _hiss(seconds: float, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).normal(0, _HISS, round(seconds * SOUND_RATE)).astype(np.float32)


def _add_click(sound: np.ndarray, at: float) -> None:
    """A 20 ms burst that starts at full strength and dies away, like a clapperboard."""
    start = round(at * SOUND_RATE)
    length = SOUND_RATE // 50
    if start < 0 or start + length > len(sound):
        return
    burst = np.random.default_rng(start).uniform(-0.7, 0.7, length) * np.exp(-np.arange(length) / (length / 4))
    sound[start : start + length] += burst.astype(np.float32)


def _resampled(samples: np.ndarray, rate: int) -> np.ndarray:
    resampler = av.AudioResampler(format="flt", layout="mono", rate=SOUND_RATE)
    frame = av.AudioFrame.from_ndarray(samples[None, :], format="flt", layout="mono")
    frame.sample_rate = rate
    out = [f.to_ndarray().ravel() for f in (*resampler.resample(frame), *resampler.resample(None))]
    return np.concatenate(out)


def _sound_stream(out: av.container.OutputContainer) -> av.audio.stream.AudioStream:
    stream = out.add_stream("aac", rate=SOUND_RATE)
    stream.layout = "mono"
    stream.bit_rate = _AAC_BITRATE
    return stream


def _encode(out: av.container.OutputContainer, stream: av.audio.stream.AudioStream, samples: np.ndarray) -> None:
    chunk = 1024
    for start in range(0, len(samples), chunk):
        frame = av.AudioFrame.from_ndarray(samples[None, start : start + chunk], format="fltp", layout="mono")
        frame.sample_rate = SOUND_RATE
        frame.pts = start
        out.mux(stream.encode(frame))
    out.mux(stream.encode())
