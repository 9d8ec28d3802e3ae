"""The evidence frames as PNG files: the exact frame, the overlay the reviewer had on, and the regions drawn on it,
the way the player shows them (cyan with a dark outline). No Qt: they are drawn with OpenCV.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import cv2
import numpy as np

from app.i18n import translate

if TYPE_CHECKING:  # ONNX Runtime loads only when a detector's heatmap is drawn
    from analyzers.registry import Registry

FILTER_PREFIX = "filter:"
_CYAN = (255, 229, 0)  # BGR of the player's region colour
_OUTLINE = (20, 20, 24)


@dataclass(frozen=True)
class EvidencePicture:
    """One evidence frame drawn: its PNG bytes and SHA-256, and the overlay parts that could not be drawn; with
    the drawn BGR picture itself when the PDF shows it, so that the PDF need not decode the PNG again."""

    name: str
    png: bytes
    sha256: str
    not_drawn: tuple[str, ...] = field(default=())
    image: np.ndarray | None = field(default=None, compare=False, repr=False)


def picture_name(row: dict) -> str:
    return f"frame_{row['frame']:06d}_{row['id']}.png"


class EvidencePainter:
    """Draws a clip's evidence frames; detectors are opened once and kept for the other frames."""

    def __init__(self, clip_path: Path, registry: Registry | None = None) -> None:
        from app.media.clip import open_clip

        self.clip = open_clip(clip_path, cache_bytes=64 << 20)
        self._registry = registry
        self._detectors: dict[str, tuple[int, object] | None] = {}

    def close(self) -> None:
        self.clip.close()

    def __enter__(self) -> EvidencePainter:
        return self

    def __exit__(self, *_) -> None:
        self.close()

    def picture(self, row: dict) -> EvidencePicture:
        """Evidence `row` (a store evidence row) drawn; raises MediaError when the frame cannot be decoded."""
        return self.paint(row, self.frames(row))

    def frames(self, row: dict) -> list[np.ndarray]:
        """The BGR frames evidence `row` is drawn from: its own frame last, after those its detectors look back on.
        Raises MediaError when a frame cannot be decoded."""
        n = row["frame"]
        window = max([1] + [detector[0] for detector in map(self._detector, _overlay_detectors(row)) if detector])
        return [self.clip.frame(m, "bgr24").image for m in range(max(0, n - window + 1), n + 1)]

    def paint(self, row: dict, frames: list[np.ndarray], keep_image: bool = False) -> EvidencePicture:
        """Evidence `row` drawn on its `frames` (from frames()) and encoded, with the drawn picture when
        `keep_image`: no decoding, so it can run on another thread while the next frames are decoded (OpenCV,
        numpy and ONNX Runtime let go of the GIL)."""
        from analyzers.engine import FramesNotAnalysable

        filters = [p for p in (row.get("overlay") or "").split("+") if p.startswith(FILTER_PREFIX)]
        image = frames[-1].copy()
        not_drawn = []
        for part in filters:
            chosen = _forensic_filter(part[len(FILTER_PREFIX) :])
            if chosen is None:
                not_drawn.append(part)
            else:
                image = chosen(image)
        for part in _overlay_detectors(row):
            detector = self._detector(part)
            if detector is None or len(frames) < detector[0]:  # unknown here, or too early in the clip for it
                not_drawn.append(part)
                continue
            size, heat = detector
            try:
                image = heat(frames[-size:], image)
            except FramesNotAnalysable:  # frames too small for it: the picture goes out without that overlay
                not_drawn.append(part)
        draw_regions(image, row.get("regions") or [])
        ok, encoded = cv2.imencode(".png", image)
        if not ok:
            raise OSError(
                translate("Dossier export", "frame {number} could not be encoded as PNG").format(number=row["frame"])
            )
        png = encoded.tobytes()
        return EvidencePicture(
            picture_name(row), png, hashlib.sha256(png).hexdigest(), tuple(not_drawn), image if keep_image else None
        )

    def _detector(self, analyzer_id: str):
        if analyzer_id not in self._detectors:
            from analyzers.registry import discover

            self._registry = self._registry or discover()
            self._detectors[analyzer_id] = _heat_layer(self._registry, analyzer_id)
        return self._detectors[analyzer_id]


def _overlay_detectors(row: dict) -> list[str]:
    """The detectors whose heatmaps evidence `row` shows, in the order they are layered."""
    return [p for p in (row.get("overlay") or "").split("+") if p and not p.startswith(FILTER_PREFIX)]


def _heat_layer(registry: Registry, analyzer_id: str):
    """(window, paint): paint(frames, image) blends the detector's heatmap for the last frame over `image`, so
    that several detectors (and a forensic filter) can be layered as the player layers them; None if unknown."""
    from analyzers.colour import blend, heatmap_bgra
    from analyzers.engine import open_detector
    from analyzers.pictures import stack

    try:
        manifest = registry.get(analyzer_id).manifest
    except KeyError:
        return None
    detector = open_detector(manifest, "auto")
    low, high = manifest.output.heatmap_range
    # Pictures are drawn on several threads at once; a detector takes one batch at a time (a built-in one may keep
    # state between calls), the blending around it goes on in parallel.
    one_at_a_time = threading.Lock()

    def paint(frames: list[np.ndarray], image: np.ndarray) -> np.ndarray:
        with one_at_a_time:
            heatmaps, _ = detector.run(stack(frames, manifest.input.colour_order, given="bgr"))
        return blend(image, heatmap_bgra(heatmaps[-1], low, high, manifest.colour_map), manifest.default_opacity)

    return manifest.window, paint


def _forensic_filter(name: str):
    from analyzers.filters import FILTERS

    wanted = name.strip().lower()
    for item in FILTERS:
        if wanted in (item.id.lower(), item.name.lower()):
            return item.apply
    return None


def draw_regions(image: np.ndarray, regions: list[dict]) -> None:
    """Draw `regions` (shapes with corners as 0..1 fractions of the frame) on the BGR `image`, in place."""
    height, width = image.shape[:2]
    line = max(2, round(min(width, height) / 240))
    for colour, thickness in ((_OUTLINE, line * 2 + 1), (_CYAN, line)):
        for region in regions:
            x0, y0 = round(region["x0"] * (width - 1)), round(region["y0"] * (height - 1))
            x1, y1 = round(region["x1"] * (width - 1)), round(region["y1"] * (height - 1))
            shape = region.get("shape")
            if shape == "rectangle":
                cv2.rectangle(image, (x0, y0), (x1, y1), colour, thickness, cv2.LINE_AA)
            elif shape == "ellipse":
                centre = ((x0 + x1) // 2, (y0 + y1) // 2)
                axes = (abs(x1 - x0) // 2, abs(y1 - y0) // 2)
                cv2.ellipse(image, centre, axes, 0, 0, 360, colour, thickness, cv2.LINE_AA)
            elif shape == "arrow":
                length = max(1.0, float(np.hypot(x1 - x0, y1 - y0)))
                tip = min(0.5, line * 8 / length)
                cv2.arrowedLine(image, (x0, y0), (x1, y1), colour, thickness, cv2.LINE_AA, tipLength=tip)
