"""Morphing text: lettering whose strokes keep changing from frame to frame while the surface it is on stays still.

Generated video draws its lettering anew in every frame, and the glyphs wobble, swap and melt; text filmed by a
camera or laid over a clip keeps its shape. In each frame the lines of text are found (analyzers.detectors.
text_regions). Each line also seen in the frame before, where its motion puts it (text may move with the scene or
scroll), is aligned with it and its glyphs' strokes are compared: the share of stroke pixels with no stroke of the
other frame within a pixel. That share is weighed by how still the surface around the line stayed, so a cut or a
scene in motion is not read as morphing lettering. A line must change in both of the last two steps: a caption
replaced once is not lettering that keeps changing. The heatmap holds that weighed change per 16 px block (0 where
no text is seen); the score is its strongest block.
"""

from __future__ import annotations

import cv2
import numpy as np

from analyzers.detectors.analysed import analysed_luma
from analyzers.detectors.text_regions import TextLine, glyph_mask, text_lines
from analyzers.engine import ProviderReport, check_frames
from analyzers.manifest import Manifest

BLOCK = 16
MARGIN = 3  # px of surface kept around a line's strokes, so that Otsu sees both ink and surface
RING = 8  # px: the band of surface around a line whose stillness is measured
MOST_SHIFT = 32  # px a line may move between frames and still be followed (a fast ticker at 480 px)
SEEN_BEFORE = 0.5  # share of a line that lines of the frame before must cover for it to be compared
SURFACE_NOISE = 4.0  # grey levels of median change that sensor noise and compression give a still surface
SURFACE_SPAN = 12.0  # grey levels of change beyond that noise at which the surface counts as moving entirely


class Detector:
    report = ProviderReport(running="CPU", fell_back=False)

    def __init__(self, manifest: Manifest) -> None:
        self._spec = manifest.input

    def run(self, frames: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """See analyzers.engine.Detector.run; results for frames 2..T-1."""
        frames = check_frames(frames, self._spec)
        luma = [analysed_luma(frame, self._spec, BLOCK) for frame in frames]
        seen = [(picture, text_lines(picture)) for picture in luma]
        steps = np.stack([_step_heat(*older, *newer) for older, newer in zip(seen, seen[1:], strict=False)])
        heatmaps = np.minimum(steps[:-1], steps[1:])
        return heatmaps, heatmaps.max(axis=(1, 2), initial=0.0).astype(np.float32)


def _step_heat(
    older: np.ndarray, older_lines: list[TextLine], newer: np.ndarray, newer_lines: list[TextLine]
) -> np.ndarray:
    """Per block of the newer frame, the strongest change of a line of text over it since the older frame, among
    lines seen in both frames (where the line's motion puts them): a line that just appeared has nothing to be
    compared with, and texture that passes for text now and then seldom stays where it was."""
    heat = np.zeros((newer.shape[0] // BLOCK, newer.shape[1] // BLOCK), np.float32)
    moved = {(0, 0): older}  # the older frame shifted as each line moved, made once per shift
    for line in newer_lines:
        box = line.grown(MARGIN, newer.shape)
        shifts = [s for s in {(0, 0), _followed(older, newer, box)} if _seen_before(line, s, older_lines)]
        if shifts:
            change = min(_line_change(_shifted(moved, older, shift), newer, box) for shift in shifts)
            cells = line.cells(BLOCK)
            heat[cells] = np.maximum(heat[cells], change)
    return heat


def _seen_before(line: TextLine, shift: tuple[int, int], older_lines: list[TextLine]) -> bool:
    """Whether lines of the older frame, moved by `shift` (x, y), cover most of `line`."""
    covered = sum(line.overlap(old.moved(*shift)) for old in older_lines if old.dark == line.dark)
    return covered >= SEEN_BEFORE * line.height * line.width


def _followed(older: np.ndarray, newer: np.ndarray, box: TextLine) -> tuple[int, int]:
    """How far the line's content moved since the older frame (x, y), by phase correlation; (0, 0) if further than
    can be followed."""
    if box.height < 2 or box.width < 2:
        return 0, 0
    window = cv2.createHanningWindow((box.width, box.height), cv2.CV_32F)
    (dx, dy), _ = cv2.phaseCorrelate(
        older[box.rows, box.columns].astype(np.float32), newer[box.rows, box.columns].astype(np.float32), window
    )
    shift = round(dx), round(dy)
    return shift if max(abs(shift[0]), abs(shift[1])) <= MOST_SHIFT else (0, 0)


def _shifted(moved: dict, older: np.ndarray, shift: tuple[int, int]) -> np.ndarray:
    if shift not in moved:
        translation = np.float32([[1, 0, shift[0]], [0, 1, shift[1]]])
        moved[shift] = cv2.warpAffine(
            older,
            translation,
            (older.shape[1], older.shape[0]),
            flags=cv2.INTER_NEAREST,
            borderMode=cv2.BORDER_REPLICATE,
        )
    return moved[shift]


def _line_change(older: np.ndarray, newer: np.ndarray, box: TextLine) -> float:
    """How much a line's glyphs changed (0-1), weighed by how still the surface around it stayed (aligned)."""
    old_patch, new_patch = older[box.rows, box.columns], newer[box.rows, box.columns]
    changed = _stroke_change(glyph_mask(old_patch, box), glyph_mask(new_patch, box))
    return changed * _stillness(older, newer, box)


def _stroke_change(older: np.ndarray, newer: np.ndarray) -> float:
    """The share of stroke pixels, in either mask, with no stroke of the other within a pixel: a pixel of
    tolerance leaves out the jitter of compression and subpixel motion."""
    total = np.count_nonzero(older) + np.count_nonzero(newer)
    if total == 0:
        return 0.0
    near = np.ones((3, 3), np.uint8)
    missed = np.count_nonzero(older > cv2.dilate(newer, near)) + np.count_nonzero(newer > cv2.dilate(older, near))
    return missed / total


def _stillness(older: np.ndarray, newer: np.ndarray, box: TextLine) -> float:
    """1 where the surface around the line did not change beyond noise, falling to 0 where it changed entirely.
    The median change of the ring around the box: the ring may catch a changing neighbour line's strokes."""
    outer = box.grown(RING, newer.shape)
    difference = cv2.absdiff(older[outer.rows, outer.columns], newer[outer.rows, outer.columns])
    ring = np.ones(difference.shape, bool)
    ring[box.within(outer)] = False
    if not ring.any():  # the line fills the frame: nothing around it to judge by
        return 1.0
    surface = float(np.median(difference[ring]))
    return float(np.clip(1.0 - (surface - SURFACE_NOISE) / SURFACE_SPAN, 0.0, 1.0))
