"""Where lettering is in a frame, and its glyphs' strokes as a mask, for the morphing-text detector.

Lettering is many thin strokes of high contrast side by side in a line, ink of one tone on a surface of another:
thin bright or dark detail is picked out with a morphological top-hat, strokes close to one another are joined into
lines, and a line is kept when its size, length, fill, number of separate strokes and two tones look like text.
Large textured areas (foliage, gravel) join into one blob too big to be a line of text and are left out.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

STROKE_CONTRAST = 40  # grey levels a stroke stands out from what is around it; camera noise stays far below
STROKE_WIDTH = 9  # px: detail thinner than this is stroke-like (lettering is, at the 480 px analysis width)
LETTER_GAP = 11  # px: strokes closer than this across are joined into one line of text
LINE_HEIGHT = (6, 64)  # px: lines lower than this cannot be compared, higher ones are not lettering at 480 px
STROKE_FILL = (0.08, 0.75)  # share of a line's box covered by strokes: below, sparse lines; above, a solid shape
STROKES_PER_LINE = 3  # separate strokes a line needs: a single edge or bar is not text
LINE_LENGTH = 2.0  # a line is at least this many times as wide as it is high: two letters or characters
TWO_TONE = 0.8  # share of a line's luma variance that ink against surface explains (Otsu's measure): lettering is
# two-toned, at 0.85-0.95 on test signs; textured water, foliage and cloth mostly stay below 0.8
MOST_LINES = 32  # per frame, the largest lines: bounds the time a frame full of text-like texture takes


@dataclass(frozen=True)
class TextLine:
    """A box around a line of text: top, left, height and width in pixels, and whether its strokes are darker
    than their surface."""

    top: int
    left: int
    height: int
    width: int
    dark: bool

    def grown(self, margin: int, shape: tuple[int, int]) -> TextLine:
        """This box grown by `margin` on every side, kept inside a picture of `shape` (rows, columns)."""
        top, left = max(0, self.top - margin), max(0, self.left - margin)
        bottom = min(shape[0], self.top + self.height + margin)
        right = min(shape[1], self.left + self.width + margin)
        return TextLine(top, left, bottom - top, right - left, self.dark)

    def moved(self, dx: int, dy: int) -> TextLine:
        return TextLine(self.top + dy, self.left + dx, self.height, self.width, self.dark)

    def overlap(self, other: TextLine) -> int:
        """The pixels this box and `other` share."""
        rows = min(self.top + self.height, other.top + other.height) - max(self.top, other.top)
        columns = min(self.left + self.width, other.left + other.width) - max(self.left, other.left)
        return max(0, rows) * max(0, columns)

    @property
    def rows(self) -> slice:
        return slice(self.top, self.top + self.height)

    @property
    def columns(self) -> slice:
        return slice(self.left, self.left + self.width)

    def within(self, outer: TextLine) -> tuple[slice, slice]:
        """Where this box lies inside the `outer` box that holds it: rows, columns."""
        top, left = self.top - outer.top, self.left - outer.left
        return slice(top, top + self.height), slice(left, left + self.width)

    def cells(self, block: int) -> tuple[slice, slice]:
        """The heatmap cells of `block` pixels that this box touches: rows, columns."""
        bottom, right = -(-(self.top + self.height) // block), -(-(self.left + self.width) // block)
        return slice(self.top // block, bottom), slice(self.left // block, right)


def text_lines(gray: np.ndarray) -> list[TextLine]:
    """The lines of text-like strokes in a luma picture, dark lettering and bright, largest first."""
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (STROKE_WIDTH, STROKE_WIDTH))
    # Each polarity apart: together, the gaps between bright strokes (dark and thin) would fill the line.
    lines = [
        line
        for polarity, dark in ((cv2.MORPH_TOPHAT, False), (cv2.MORPH_BLACKHAT, True))
        for line in _lines_of(gray, (cv2.morphologyEx(gray, polarity, kernel) > STROKE_CONTRAST).astype(np.uint8), dark)
    ]
    lines.sort(key=lambda line: line.height * line.width, reverse=True)
    return lines[:MOST_LINES]


def _lines_of(gray: np.ndarray, strokes: np.ndarray, dark: bool) -> list[TextLine]:
    count, stroke_labels = cv2.connectedComponents(strokes, connectivity=8)
    if count <= 1:
        return []
    joined = cv2.morphologyEx(strokes, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (LETTER_GAP, 3)))
    _, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    lines = []
    for left, top, width, height, _ in stats[1:]:
        if not LINE_HEIGHT[0] <= height <= LINE_HEIGHT[1] or width < height * LINE_LENGTH:
            continue
        box = TextLine(int(top), int(left), int(height), int(width), dark)
        labels = stroke_labels[box.rows, box.columns]
        fill = np.count_nonzero(labels) / labels.size
        strokes_seen = len(np.unique(labels)) - 1
        looks_like_text = STROKE_FILL[0] <= fill <= STROKE_FILL[1] and strokes_seen >= STROKES_PER_LINE
        if looks_like_text and two_toned(gray[box.rows, box.columns]):
            lines.append(box)
    return lines


def two_toned(patch: np.ndarray) -> bool:
    """Whether a patch is ink on a surface: two tones that Otsu's threshold splits, leaving little variance within
    each."""
    threshold, _ = cv2.threshold(patch, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    values = patch.astype(np.float64)
    total = values.var()
    ink = values > threshold
    share = np.count_nonzero(ink) / values.size
    if total == 0 or share in (0.0, 1.0):
        return False
    between = share * (1 - share) * (values[ink].mean() - values[~ink].mean()) ** 2
    return between >= TWO_TONE * total


def glyph_mask(patch: np.ndarray, line: TextLine) -> np.ndarray:
    """The glyphs' strokes in a luma patch around `line`, split from their surface at Otsu's threshold."""
    polarity = cv2.THRESH_BINARY_INV if line.dark else cv2.THRESH_BINARY
    return cv2.threshold(patch, 0, 1, polarity | cv2.THRESH_OTSU)[1]
