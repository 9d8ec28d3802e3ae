"""Synthetic clips with text burned into their frames: captions that change, a generator's mark, an AI label.

The tests, the demo and the OCR benchmark read these back; each overlay says on which frames it is drawn, so what
OCR should find is known exactly. Chinese needs a CJK font: WenQuanYi Micro Hei (Debian/Ubuntu fonts-wqy-microhei).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from pathlib import Path

import av
import numpy as np

CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")

TOP_LEFT, BOTTOM_CENTRE, BOTTOM_RIGHT = "top left", "bottom centre", "bottom right"


class FontMissing(RuntimeError):
    """The CJK font the text clips are drawn with is not installed."""


@dataclass(frozen=True)
class Overlay:
    """Text drawn on frames first_frame to last_frame (inclusive), at a place on the frame."""

    text: str
    first_frame: int
    last_frame: int
    where: str = BOTTOM_CENTRE  # TOP_LEFT, BOTTOM_CENTRE or BOTTOM_RIGHT
    height: float = 0.08  # the letters' size as a share of the frame's height


@dataclass(frozen=True)
class TextClipRecipe:
    size: tuple[int, int] = (480, 270)
    frames: int = 40
    fps: int = 10
    overlays: tuple[Overlay, ...] = ()
    cuts: tuple[int, ...] = ()  # frames where the background changes to another shot
    crf: int = 18


def captioned_recipe(size: tuple[int, int] = (480, 270), fps: int = 10, seconds: float = 4.5) -> TextClipRecipe:
    """A caption that changes twice (English, Chinese, English) with a cut at each change, a "Sora" watermark bottom
    right and an "AI生成" label top left all along. The cuts come at 0.3 and 0.65 of the clip: between the frames
    read twice a second, where only finding the cut reads the new caption from its first frame."""
    frames = round(seconds * fps)
    first_cut, second_cut = round(0.3 * frames), round(0.65 * frames)
    captions = (
        Overlay("The pyramids were built in one night", 0, first_cut - 1),
        Overlay("金字塔一夜建成", first_cut, second_cut - 1),
        Overlay("Scientists are stunned", second_cut, frames - 1),
    )
    marks = (Overlay("Sora", 0, frames - 1, BOTTOM_RIGHT, 0.06), Overlay("AI生成", 0, frames - 1, TOP_LEFT, 0.06))
    return TextClipRecipe(size, frames, fps, captions + marks, cuts=(first_cut, second_cut))


def textless_recipe(size: tuple[int, int] = (480, 270), fps: int = 10, seconds: float = 2.0) -> TextClipRecipe:
    return TextClipRecipe(size, round(seconds * fps), fps)


def write_text_clip(path: Path, recipe: TextClipRecipe) -> Path:
    """Encode the clip (H.264, yuv420p) to `path`."""
    width, height = recipe.size
    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=recipe.fps)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.options = {"crf": str(recipe.crf), "preset": "veryfast"}
        # The muxer changes the stream's time base once it starts: frames keep the encoder's own.
        clock = stream.codec_context.time_base = Fraction(1, recipe.fps)
        for n in range(recipe.frames):
            frame = av.VideoFrame.from_ndarray(draw_text_frame(n, recipe), format="rgb24")
            frame.pts, frame.time_base = n, clock
            out.mux(stream.encode(frame))
        out.mux(stream.encode())
    return path


def draw_text_frame(n: int, recipe: TextClipRecipe) -> np.ndarray:
    """Frame n of the recipe: a softly moving background of the shot it is in, with its overlays drawn on it."""
    from PIL import Image, ImageDraw

    width, height = recipe.size
    shot = sum(1 for cut in recipe.cuts if n >= cut)
    picture = Image.fromarray(_background(n, shot, width, height))
    draw = ImageDraw.Draw(picture)
    for overlay in recipe.overlays:
        if overlay.first_frame <= n <= overlay.last_frame:
            _draw(draw, overlay, width, height)
    return np.asarray(picture)


def _background(n: int, shot: int, width: int, height: int) -> np.ndarray:
    """Shading that pans a little each frame; each shot has its own colour, brightness and pattern."""
    x = np.arange(width, dtype=np.float64)[None, :]
    y = np.arange(height, dtype=np.float64)[:, None]
    tint = np.array([(40, 60, 90), (170, 110, 60), (30, 90, 40)][shot % 3], dtype=np.float64)
    wave = 40 * np.sin((x + 2 * n) / (23.0 + 17 * shot) + shot) * np.cos(y / (29.0 - 7 * shot))
    return (tint + (wave + 30 * y / height)[..., None]).clip(0, 255).astype(np.uint8)


def _draw(draw, overlay: Overlay, width: int, height: int) -> None:
    font = _font(max(8, round(overlay.height * height)))
    left, top, right, bottom = draw.textbbox((0, 0), overlay.text, font=font)
    text_w, text_h = right - left, bottom - top
    margin = max(6, height // 30)
    if overlay.where == TOP_LEFT:
        x, y = margin, margin
    elif overlay.where == BOTTOM_RIGHT:
        x, y = width - margin - text_w, height - margin - text_h
    else:
        x, y = (width - text_w) // 2, height - 3 * margin - text_h
    if overlay.where == BOTTOM_CENTRE:  # captions sit on a dark band, as platforms draw them
        draw.rectangle((x - margin, y - margin // 2, x + text_w + margin, y + text_h + margin), fill=(12, 12, 16))
    draw.text((x - left, y - top), overlay.text, font=font, fill=(245, 245, 245))


@cache
def _font(size: int):
    from PIL import ImageFont

    if not CJK_FONT.is_file():
        raise FontMissing(f"The CJK font {CJK_FONT} is missing: install fonts-wqy-microhei to draw text clips.")
    return ImageFont.truetype(str(CJK_FONT), size)
