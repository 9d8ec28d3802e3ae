"""Synthetic clips whose every frame shows its own index in its pixels.

The demo, the tests and the benchmarks all use these clips: a frame read back can be checked for exactness by
reading the index out of its pixels, whatever codec, GOP structure or rotation the clip was written with.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

CODE_BITS = 16
_DARK, _LIGHT = 24, 232


@dataclass(frozen=True)
class ClipRecipe:
    """How to write a synthetic clip. `size` is the upright (displayed) width and height."""

    codec: str = "libx264"
    size: tuple[int, int] = (320, 180)
    frames: int = 60
    fps: int = 30
    gop: int = 30
    b_frames: int = 2
    open_gop: bool = False
    pix_fmt: str = "yuv420p"
    rotation: int = 0
    vfr: bool = False
    audio: bool = False
    crf: int = 18
    label: str = ""  # printed with the frame number at the bottom, for people watching (the demo)
    options: dict[str, str] = field(default_factory=dict)
    first: int = 0  # the index drawn in the first frame: a clip that continues another (cat a.ts b.ts) goes on


def code_band_height(height: int) -> int:
    return max(8, height // 3)


def draw_frame(index: int, width: int, height: int, label: str = "") -> np.ndarray:
    """An upright RGB frame: 16 cells on top spell `index` in binary; a moving gradient fills the rest."""
    x, y = np.arange(width, dtype=np.int32), np.arange(height, dtype=np.int32)
    phase = index * 3
    img = np.empty((height, width, 3), np.uint8)
    img[..., 0] = ((x * 255 // max(1, width - 1) + phase) % 256).astype(np.uint8)[None, :]
    img[..., 1] = ((y * 255 // max(1, height - 1) + 2 * phase) % 256).astype(np.uint8)[:, None]
    img[..., 2] = ((np.add.outer(y, x) + 5 * phase) // 4 % 256).astype(np.uint8)
    # A square that moves, so that encoders really predict motion between frames.
    side = max(4, min(width, height) // 5)
    x0 = (index * 7) % max(1, width - side)
    y0 = code_band_height(height) + (index * 3) % max(1, height - code_band_height(height) - side)
    img[y0 : y0 + side, x0 : x0 + side] = (250, 250, 40)
    band = code_band_height(height)
    for bit in range(CODE_BITS):
        x_from, x_to = _cell_span(bit, width)
        value = _LIGHT if (index >> bit) & 1 else _DARK
        img[:band, x_from:x_to] = value
    if label:
        _print_label(img, f"{label}  |  frame {index}")
    return img


def _print_label(img: np.ndarray, text: str) -> None:
    import cv2

    height, width = img.shape[:2]
    scale = max(0.4, width / 900)
    thickness = max(1, round(scale * 2))
    (text_w, text_h), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, scale, thickness)
    x, y = max(4, (width - text_w) // 2), height - max(12, height // 20)
    cv2.rectangle(img, (x - 8, y - text_h - 10), (x + text_w + 8, y + 10), (16, 16, 20), -1)
    cv2.putText(img, text, (x, y), cv2.FONT_HERSHEY_SIMPLEX, scale, (240, 240, 240), thickness, cv2.LINE_AA)


def read_index(rgb: np.ndarray) -> int:
    """The index drawn by `draw_frame`, read back from an upright RGB (or BGR) frame."""
    height, width = rgb.shape[:2]
    band = code_band_height(height)
    luma = rgb[:band, :, :3].mean(axis=2)
    index = 0
    for bit in range(CODE_BITS):
        x_from, x_to = _cell_span(bit, width)
        inset = max(1, (x_to - x_from) // 4)
        cell = luma[band // 4 : band - band // 4, x_from + inset : x_to - inset]
        if cell.mean() > (_DARK + _LIGHT) / 2:
            index |= 1 << bit
    return index


def _cell_span(bit: int, width: int) -> tuple[int, int]:
    return bit * width // CODE_BITS, (bit + 1) * width // CODE_BITS


def write_clip(path: Path, recipe: ClipRecipe) -> Path:
    """Encode the clip described by `recipe` to `path` (the container follows the file extension)."""
    width, height = recipe.size
    quarter_turns = round(recipe.rotation / 90) % 4
    stored_w, stored_h = (height, width) if quarter_turns % 2 else (width, height)
    with av.open(str(path), "w") as out:
        stream = out.add_stream(recipe.codec, rate=recipe.fps)
        stream.width, stream.height = stored_w, stored_h
        stream.pix_fmt = recipe.pix_fmt
        stream.options = _encoder_options(recipe)
        # Variable-rate clips need a fine clock; the encoder gets the same clock as the stream.
        stream.time_base = Fraction(1, 1000) if recipe.vfr else Fraction(1, recipe.fps)
        stream.codec_context.time_base = stream.time_base
        if recipe.gop:
            stream.codec_context.gop_size = recipe.gop
        if recipe.b_frames and recipe.codec in ("mpeg4",):
            stream.codec_context.max_b_frames = recipe.b_frames
        if recipe.rotation:
            stream.set_display_rotation(recipe.rotation)
        audio = _add_audio(out) if recipe.audio else None
        times = frame_times(recipe)
        for index in range(recipe.frames):
            upright = draw_frame(recipe.first + index, width, height, recipe.label)
            # Stored pixels are turned the other way, so that applying the display matrix makes them upright.
            stored = np.ascontiguousarray(np.rot90(upright, k=-quarter_turns))
            frame = av.VideoFrame.from_ndarray(stored, format="rgb24")
            frame.pts = round(times[index] / stream.time_base)
            frame.time_base = stream.time_base
            out.mux(stream.encode(frame))
        out.mux(stream.encode())
        if audio is not None:
            _write_tone(out, audio, seconds=times[-1] + 1 / recipe.fps)
    return path


def frame_times(recipe: ClipRecipe) -> list[Fraction]:
    """Presentation time of each frame in seconds; a variable-rate recipe alternates short and long gaps."""
    if not recipe.vfr:
        return [Fraction(i, recipe.fps) for i in range(recipe.frames)]
    times, t = [], Fraction(0)
    gaps = (Fraction(1, 60), Fraction(1, 30), Fraction(1, 15), Fraction(1, 24))
    for i in range(recipe.frames):
        times.append(t)
        t += gaps[(i * 7 // 5) % len(gaps)]
    return times


def _encoder_options(recipe: ClipRecipe) -> dict[str, str]:
    options: dict[str, str] = {}
    if recipe.codec == "libx264":
        params = [f"keyint={recipe.gop}", f"min-keyint={recipe.gop}", "scenecut=0", f"bframes={recipe.b_frames}"]
        if recipe.open_gop:
            params.append("open-gop=1")
        options = {"crf": str(recipe.crf), "preset": "veryfast", "x264-params": ":".join(params)}
    elif recipe.codec == "libx265":
        params = [f"keyint={recipe.gop}", f"min-keyint={recipe.gop}", "scenecut=0", f"bframes={recipe.b_frames}"]
        params.append("open-gop=1" if recipe.open_gop else "open-gop=0")
        params.append("log-level=error")
        options = {"crf": str(recipe.crf), "preset": "ultrafast", "x265-params": ":".join(params)}
    elif recipe.codec == "libvpx-vp9":
        options = {"crf": str(recipe.crf + 10), "b": "0", "deadline": "realtime", "cpu-used": "8", "lag-in-frames": "0"}
    elif recipe.codec == "libsvtav1":
        options = {"crf": str(recipe.crf), "preset": "10", "svtav1-params": f"keyint={recipe.gop}"}
    elif recipe.codec in ("mpeg4", "mjpeg"):
        options = {"qscale": "3"}
    options.update(recipe.options)
    return options


def _add_audio(out: av.container.OutputContainer) -> av.audio.stream.AudioStream:
    stream = out.add_stream("aac", rate=48000)
    stream.layout = "stereo"
    return stream


def _write_tone(out: av.container.OutputContainer, stream: av.audio.stream.AudioStream, seconds: Fraction) -> None:
    rate, chunk = 48000, 1024
    total = int(seconds * rate)
    t = np.arange(total) / rate
    tone = (0.2 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    for start in range(0, total, chunk):
        samples = np.tile(tone[start : start + chunk], (2, 1))
        frame = av.AudioFrame.from_ndarray(samples, format="fltp", layout="stereo")
        frame.sample_rate = rate
        frame.pts = start
        out.mux(stream.encode(frame))
    out.mux(stream.encode())
