"""Perceptual hashes of a clip's keyframes, so that re-uploads of the same footage can be found.

A keyframe's hash is a DCT pHash (the signs of its lowest spatial frequencies against their median) of the
frame's middle: the edges that small crops cut and most of the bottom band where captions go are left out, and
dark caption bars with light letters are filled in from the rows around them wherever they are. Low frequencies
survive re-encoding and rescaling; the mirror image gets its own hash, because a mirrored re-upload flips the sign
of every horizontal odd frequency. The distances each kind of re-upload costs are measured in tests/queue.
"""

from __future__ import annotations

import cv2
import numpy as np

# Fractions of the frame left out of the hash: (top, bottom, left, right): what a small crop removes, and more at
# the bottom, where captions without a bar go. Leaving out a quarter at the bottom made bottom captions cheaper
# (median 1 bit instead of 9) but middle ones, crops and everything at once dearer (16, 10, 10 instead of 8, 10, 10
# with 92% rather than 81% of 5%-cropped keyframes within MAX_DISTANCE).
HASHED_REGION = (0.06, 0.15, 0.06, 0.06)
_SIDE = 32  # the region is shrunk to 32 x 32 before the DCT, as in the usual pHash
_KEPT = 64
MOST_KEYFRAMES = 16
# The hash is the signs of 64 DCT coefficients against their median; when those coefficients hardly spread around
# it, the signs are noise and the frame would match every other one like it: black, a fade, a smooth gradient or
# vignette (standard deviation alone lets gradients through). Measured median distance from the median: 0 to 0.8
# for those, 34 or more for keyframes of footage, 48 for white words on black (a title card still says something).
FLAT_BELOW = 4.0


def _lowest_frequencies(side: int, kept: int) -> tuple[np.ndarray, np.ndarray]:
    """Row and column indices of the `kept` lowest non-constant DCT frequencies, lowest first."""
    rows, cols = np.meshgrid(np.arange(side), np.arange(side), indexing="ij")
    order = np.lexsort((cols.ravel(), rows.ravel(), (rows + cols).ravel()))
    order = order[1 : kept + 1]  # the first is the mean brightness, which says nothing about the picture
    return rows.ravel()[order], cols.ravel()[order]


_ROWS, _COLS = _lowest_frequencies(_SIDE, _KEPT)
_BIT_WEIGHTS = (1 << np.arange(_KEPT, dtype=np.uint64)).astype(np.uint64)


def hashed_region(picture: np.ndarray) -> np.ndarray:
    """The grey middle of an RGB picture, shrunk to 32 x 32, as float32."""
    height, width = picture.shape[:2]
    top, bottom, left, right = HASHED_REGION
    region = picture[
        round(height * top) : height - round(height * bottom), round(width * left) : width - round(width * right)
    ]
    grey = cv2.cvtColor(np.ascontiguousarray(region), cv2.COLOR_RGB2GRAY)
    grey = _without_caption_bars(grey)
    return cv2.resize(grey, (_SIDE, _SIDE), interpolation=cv2.INTER_AREA).astype(np.float32)


def _without_caption_bars(grey: np.ndarray) -> np.ndarray:
    """The rows of a dark bar with light text on it, filled in from the rows above and below the bar.

    Re-uploads add such bars anywhere (bottom, middle); a hash that only left out the bottom would still see the
    middle ones. Rows mostly very dark, and all but a little of them very dark or very light, are a bar.
    """
    dark = (grey < 56).mean(axis=1)
    bar = (dark >= 0.6) & (dark + (grey > 200).mean(axis=1) >= 0.9)
    # The rows through the letters are less dark: a short gap between bar rows is bar too.
    flagged = np.flatnonzero(bar)
    for above, below in zip(flagged[:-1], flagged[1:], strict=True):
        if below - above <= len(grey) * 0.15:
            bar[above:below] = True
    if not bar.any() or bar.all():
        return grey
    rows, kept = np.flatnonzero(bar), np.flatnonzero(~bar)
    after = np.clip(np.searchsorted(kept, rows), 1, len(kept) - 1)
    before = after - 1
    if len(kept) == 1:
        before = after = np.zeros_like(rows)
    span = np.maximum(kept[after] - kept[before], 1)
    # Linear between the nearest kept rows; past the first or last kept row, that row (a bar at an edge).
    weight = np.clip((rows - kept[before]) / span, 0, 1)[:, None]
    filled = grey.astype(np.float32)
    filled[rows] = (1 - weight) * filled[kept[before]] + weight * filled[kept[after]]
    return filled


def is_informative(picture: np.ndarray) -> bool:
    """False for near-uniform frames (black, fades, smooth gradients), which must not match everything."""
    coefficients = _kept_coefficients(hashed_region(picture))
    return float(np.median(np.abs(coefficients - np.median(coefficients)))) >= FLAT_BELOW


def keyframe_hashes(picture: np.ndarray) -> tuple[int, int]:
    """The 64-bit perceptual hash of an RGB keyframe and of its mirror image, as signed ints (they fit SQLite)."""
    region = hashed_region(picture)
    return _phash(region), _phash(np.ascontiguousarray(region[:, ::-1]))


def clip_hashes(strip: dict[int, np.ndarray]) -> list[tuple[int, int, int]]:
    """(frame number, hash, mirror hash) of a clip's informative keyframes, at most MOST_KEYFRAMES spread over it."""
    informative = [n for n in sorted(strip) if is_informative(strip[n])]
    if len(informative) > MOST_KEYFRAMES:
        picks = np.linspace(0, len(informative) - 1, MOST_KEYFRAMES).round().astype(int)
        informative = [informative[i] for i in picks]
    return [(n, *keyframe_hashes(strip[n])) for n in informative]


def hamming(a: int, b: int) -> int:
    """How many of the 64 bits differ between two hashes (signed or not)."""
    return ((a ^ b) & 0xFFFF_FFFF_FFFF_FFFF).bit_count()


def _kept_coefficients(region: np.ndarray) -> np.ndarray:
    return cv2.dct(region)[_ROWS, _COLS]


def _phash(region: np.ndarray) -> int:
    coefficients = _kept_coefficients(region)
    bits = coefficients > np.median(coefficients)
    unsigned = int(np.bitwise_or.reduce(_BIT_WEIGHTS[bits])) if bits.any() else 0
    return unsigned - (1 << 64) if unsigned >= 1 << 63 else unsigned
