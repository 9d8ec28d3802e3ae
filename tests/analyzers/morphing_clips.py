"""Clips with lettering for the morphing-text detector: a still scene with a sign whose text is steady, the same
sign with its glyphs redrawn differently in every frame (as generated video draws them), a sign with no text, a
news ticker scrolling along a band, and steady or redrawn Chinese."""

from __future__ import annotations

import functools
from pathlib import Path

import cv2
import numpy as np

from tests.artifacts import camera_like_frame, write_clip

SIZE = (640, 360)
FRAMES = 8
SIGN = np.s_[120:200, 80:560]  # a flat grey sign on a still wall
TEXT_ORIGIN = (100, 175)  # where the sign's lettering starts (x, baseline y)
WORDS = "HONEY NEVER SPOILS"
FACES = (cv2.FONT_HERSHEY_SIMPLEX, cv2.FONT_HERSHEY_DUPLEX, cv2.FONT_HERSHEY_COMPLEX, cv2.FONT_HERSHEY_TRIPLEX)
CHINESE = "蜂蜜永远不会变质"
CHINESE_LOOKALIKES = "峰密水运布合变贡"
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def _scene(index: int) -> np.ndarray:
    """The still wall and sign, with the light sensor noise of a camera that is new in every frame."""
    frame = camera_like_frame(seed=index, size=SIZE).astype(np.float64)
    frame[SIGN] = 200 + np.random.default_rng(1000 + index).normal(0, 3, frame[SIGN].shape)
    return frame.clip(0, 255).astype(np.uint8)


def _steady_words(frame: np.ndarray, index: int) -> None:
    cv2.putText(frame, WORDS, TEXT_ORIGIN, FACES[0], 1.5, (20, 20, 20), 3, cv2.LINE_AA)


def _redrawn_words(frame: np.ndarray, index: int) -> None:
    """Each letter in its place, but drawn anew: a face, a thickness, a nudge, and now and then another letter."""
    rng = np.random.default_rng(index)
    x, y = TEXT_ORIGIN
    for letter in WORDS:
        if letter != " " and rng.random() < 0.5:
            letter = chr(ord("A") + int(rng.integers(26)))
        face, thickness = FACES[int(rng.integers(len(FACES)))], int(rng.integers(2, 5))
        nudge = rng.integers(-4, 5, 2)
        cv2.putText(frame, letter, (x + int(nudge[0]), y + int(nudge[1])), face, 1.5, (20, 20, 20), thickness)
        x += 25


def _ticker(frame: np.ndarray, index: int) -> None:
    """A dark band at the bottom with white words sliding left 6 pixels a frame."""
    frame[300:350] = 30
    cv2.putText(frame, "BREAKING: " + WORDS + " * " + WORDS, (20 - 6 * index, 335), FACES[0], 1.0, (235,) * 3, 2)


@functools.cache
def _font(size: int):
    from PIL import ImageFont

    return ImageFont.truetype(str(FONT), size)


def _chinese(redrawn: bool):
    from PIL import Image, ImageDraw

    def draw(frame: np.ndarray, index: int) -> None:
        rng = np.random.default_rng(index)
        picture = Image.fromarray(frame)
        pen = ImageDraw.Draw(picture)
        for place, character in enumerate(CHINESE):
            size, nudge = 48, (0, 0)
            if redrawn:
                character = character if rng.random() < 0.5 else CHINESE_LOOKALIKES[place]
                size, nudge = int(rng.integers(42, 54)), rng.integers(-3, 4, 2)
            corner = (100 + 55 * place + int(nudge[0]), 135 + int(nudge[1]))
            pen.text(corner, character, font=_font(size), fill=(20, 20, 20))
        frame[:] = np.asarray(picture)

    return draw


LETTERING = {
    "steady": _steady_words,
    "redrawn": _redrawn_words,
    "no_text": lambda frame, index: None,
    "ticker": _ticker,
    "steady_chinese": _chinese(redrawn=False),
    "redrawn_chinese": _chinese(redrawn=True),
}


def write_lettering_clip(folder: Path, name: str, crf: int = 20, shaking: bool = False) -> Path:
    """The clip `name` (a key of LETTERING), as H.264 in 4:2:0 at `crf`, as platforms deliver it; `shaking`: filmed
    by a hand-held camera panning 1.3 pixels a frame and shaking by fractions of a pixel."""
    shake = np.random.default_rng(5)

    def frames():
        for index in range(FRAMES):
            frame = _scene(index)
            LETTERING[name](frame, index)
            if shaking:
                dx, dy = 1.3 * index + shake.normal(0, 0.7), shake.normal(0, 0.7)
                moved = np.float32([[1, 0, dx], [0, 1, dy]])
                frame = cv2.warpAffine(frame, moved, SIZE, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
            yield frame

    file = folder / f"{name}{'_shaking' if shaking else ''}_crf{crf}.mp4"
    return write_clip(file, frames(), crf=crf, pix_fmt="yuv420p")
