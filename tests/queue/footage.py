"""Footage for the queue's tests: clips that look different per source, and the ways re-uploads change them.

Synthetic clips from `app.media.synth` all look alike (a gradient and a code band), so grouping by likeness needs
footage with its own structure per source: a smooth coloured background that pans, a finer texture, shapes that
move, and a cut to a second scene half way. A `transform` on each RGB frame makes the re-upload variants.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np

Transform = Callable[[np.ndarray], np.ndarray]

_SHAPES = 6


def write_footage(
    path: Path,
    seed: int,
    *,
    size: tuple[int, int] = (320, 180),
    seconds: float = 3,
    fps: int = 15,
    codec: str = "libx264",
    transform: Transform | None = None,
    gop: int = 8,
    crf: int = 23,
) -> Path:
    """Encode `seconds` of source `seed`'s footage at `size` (width, height), each frame passed through `transform`."""
    width, height = size
    frames = round(seconds * fps)
    scenes = [_Scene(np.random.default_rng([seed, cut]), width, height) for cut in range(2)]
    with av.open(str(path), "w") as out:
        stream = None
        for n in range(frames):
            scene = scenes[0] if n < frames // 2 else scenes[1]
            picture = scene.draw(n)
            if transform is not None:
                picture = transform(picture)
            picture = _even(picture)
            if stream is None:
                stream = _add_stream(out, codec, fps, gop, crf, picture.shape[1], picture.shape[0])
            frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(picture), format="rgb24")
            frame.pts, frame.time_base = n, Fraction(1, fps)  # the muxer changes the stream's own time base
            out.mux(stream.encode(frame))
        if stream is not None:
            out.mux(stream.encode())
    return path


def write_black(path: Path, *, size: tuple[int, int] = (320, 180), seconds: float = 2, fps: int = 15) -> Path:
    """A clip of black frames only: a fade or a blank upload, which must group with nothing."""
    width, height = size
    with av.open(str(path), "w") as out:
        stream = _add_stream(out, "libx264", fps, 8, 23, width, height)
        for n in range(round(seconds * fps)):
            frame = av.VideoFrame.from_ndarray(np.zeros((height, width, 3), np.uint8), format="rgb24")
            frame.pts, frame.time_base = n, Fraction(1, fps)
            out.mux(stream.encode(frame))
        out.mux(stream.encode())
    return path


# The ways a re-upload changes the footage.


def mirrored(picture: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(picture[:, ::-1])


def rescaled(factor: float) -> Transform:
    def rescale(picture: np.ndarray) -> np.ndarray:
        height, width = picture.shape[:2]
        size = (round(width * factor), round(height * factor))
        return cv2.resize(picture, size, interpolation=cv2.INTER_AREA if factor < 1 else cv2.INTER_CUBIC)

    return rescale


def cropped(fraction: float) -> Transform:
    """`fraction` of the width and height cut from each side, then scaled back to the original size."""

    def crop(picture: np.ndarray) -> np.ndarray:
        height, width = picture.shape[:2]
        dx, dy = round(width * fraction), round(height * fraction)
        return cv2.resize(picture[dy : height - dy, dx : width - dx], (width, height), interpolation=cv2.INTER_CUBIC)

    return crop


def captioned(text: str, where: str = "bottom") -> Transform:
    """White text on a dark bar, over the bottom fifth or across the middle, as slop accounts add."""

    def caption(picture: np.ndarray) -> np.ndarray:
        picture = picture.copy()
        height, width = picture.shape[:2]
        bar = max(12, height // 5)
        top = height - bar if where == "bottom" else (height - bar) // 2
        picture[top : top + bar] = (picture[top : top + bar] * 0.2).astype(np.uint8)
        scale = bar / 40
        thickness = max(1, round(scale * 2))
        baseline = top + bar * 2 // 3
        cv2.putText(picture, text, (width // 20, baseline), cv2.FONT_HERSHEY_SIMPLEX, scale, (245, 245, 245), thickness)
        return picture

    return caption


def chained(*transforms: Transform) -> Transform:
    def chain(picture: np.ndarray) -> np.ndarray:
        for transform in transforms:
            picture = transform(picture)
        return picture

    return chain


class _Scene:
    """One shot of a source: a panning background of smooth colour and texture, and shapes moving across it."""

    def __init__(self, rng: np.random.Generator, width: int, height: int) -> None:
        self.width, self.height = width, height
        # A background wider than the frame, so that it can pan.
        coarse = rng.integers(0, 256, (5, 8, 3)).astype(np.float32)
        fine = rng.normal(0, 28, (height // 6, width // 5, 3)).astype(np.float32)
        wide = (width * 5 // 4, height)
        background = cv2.resize(coarse, wide, interpolation=cv2.INTER_CUBIC)
        background += cv2.resize(fine, wide, interpolation=cv2.INTER_LINEAR)
        self.background = np.clip(background, 0, 255).astype(np.uint8)
        self.pan = rng.uniform(0.5, 1.5) * rng.choice([-1, 1])
        self.shapes = [
            (
                rng.choice(["ellipse", "box"]),
                rng.uniform(0, width, 2),  # where it starts
                rng.uniform(-3, 3, 2),  # pixels per frame
                rng.uniform(0.06, 0.2, 2) * (width, height),  # half sizes
                tuple(int(c) for c in rng.integers(0, 256, 3)),
            )
            for _ in range(_SHAPES)
        ]

    def draw(self, n: int) -> np.ndarray:
        spare = self.background.shape[1] - self.width
        x0 = int(round(spare / 2 + self.pan * n)) % max(1, spare)
        picture = np.ascontiguousarray(self.background[:, x0 : x0 + self.width])
        for kind, start, speed, half, colour in self.shapes:
            cx, cy = (start + speed * n) % (self.width, self.height)
            centre, axes = (int(cx), int(cy)), (int(half[0]), int(half[1]))
            if kind == "ellipse":
                cv2.ellipse(picture, centre, axes, 0, 0, 360, colour, -1, cv2.LINE_AA)
            else:
                top_left = (centre[0] - axes[0], centre[1] - axes[1])
                cv2.rectangle(picture, top_left, (centre[0] + axes[0], centre[1] + axes[1]), colour, -1)
        return picture


def _even(picture: np.ndarray) -> np.ndarray:
    """yuv420p wants even sides."""
    height, width = picture.shape[:2]
    return picture[: height - height % 2, : width - width % 2]


def _add_stream(out, codec: str, fps: int, gop: int, crf: int, width: int, height: int):
    stream = out.add_stream(codec, rate=fps)
    stream.width, stream.height = width, height
    stream.pix_fmt = "yuv420p"
    stream.time_base = Fraction(1, fps)
    stream.codec_context.time_base = stream.time_base
    stream.codec_context.gop_size = gop
    if codec == "libx264":
        stream.options = {"crf": str(crf), "preset": "veryfast", "x264-params": f"keyint={gop}:min-keyint={gop}"}
    elif codec == "libvpx-vp9":
        stream.options = {"crf": str(crf + 10), "b": "0", "deadline": "realtime", "cpu-used": "8"}
    elif codec == "mpeg4":
        stream.options = {"qscale": "5"}
    return stream


def imported_case(folder: Path, files: list[Path], reviewer: str = "审核员") -> tuple[Path, list[int]]:
    """A case at `folder`/case.db with `files` imported as the Queue imports them; (database, clip ids in order)."""
    from app.queue.importer import import_clips

    database = folder / "case.db"
    ids: list[int] = []
    import_clips(
        database,
        files,
        reviewer=reviewer,
        thumbnails=folder / "thumbs",
        on_progress=lambda _fraction, _words: None,
        on_clip=lambda clip_id: ids.append(clip_id) if clip_id not in ids else None,
        cancelled=lambda: False,
    )
    return database, ids


def copied_case(database: Path, to: Path) -> Path:
    """A consistent copy of the case file (SQLite's backup API), for a second run on the same clips."""
    import sqlite3

    with sqlite3.connect(database) as source, sqlite3.connect(to) as copy:
        source.backup(copy)
    copy.close()
    return to
