"""Heatmaps as pictures: a colour map for the hue, the value itself for the opacity, and blending onto frames."""

from __future__ import annotations

import cv2
import numpy as np

_COLOUR_MAPS = {
    "inferno": cv2.COLORMAP_INFERNO,
    "magma": cv2.COLORMAP_MAGMA,
    "plasma": cv2.COLORMAP_PLASMA,
    "viridis": cv2.COLORMAP_VIRIDIS,
    "turbo": cv2.COLORMAP_TURBO,
    "hot": cv2.COLORMAP_HOT,
}


def heatmap_bgra(values: np.ndarray, low: float, high: float, colour_map: str) -> np.ndarray:
    """h x w values -> h x w x 4 BGRA: transparent at the low end of the range, opaque at the high end."""
    levels = (np.clip((values - low) / (high - low), 0.0, 1.0) * 255).astype(np.uint8)
    bgra = cv2.cvtColor(
        cv2.applyColorMap(levels, _COLOUR_MAPS.get(colour_map, cv2.COLORMAP_INFERNO)), cv2.COLOR_BGR2BGRA
    )
    bgra[..., 3] = levels
    return bgra


def ramp_rgb(colour_map: str, steps: int = 6) -> list[tuple[int, int, int]]:
    """The colour map sampled from its low end to its high end, for legends."""
    levels = np.linspace(0, 255, steps).astype(np.uint8).reshape(-1, 1)
    ramp = cv2.applyColorMap(levels, _COLOUR_MAPS.get(colour_map, cv2.COLORMAP_INFERNO))
    return [(int(r), int(g), int(b)) for b, g, r in ramp[:, 0]]


def cell_size(frame_width: int, cells_across: int) -> int:
    """Pixels per heatmap cell: models cut the frame into whole cells from the top left and drop the remainder."""
    return frame_width // max(1, cells_across)


def blend(bgr: np.ndarray, heat: np.ndarray, opacity: float) -> np.ndarray:
    """The frame with a BGRA heatmap laid over it, each cell over the block it covers (blocks stay blocks)."""
    cell = cell_size(bgr.shape[1], heat.shape[1])
    height, width = heat.shape[0] * cell, heat.shape[1] * cell
    cells = cv2.resize(heat, (width, height), interpolation=cv2.INTER_NEAREST)
    out = bgr.copy()
    alpha = cells[..., 3:4].astype(np.float32) / 255.0 * opacity
    region = out[:height, :width].astype(np.float32)
    out[:height, :width] = (region * (1 - alpha) + cells[..., :3].astype(np.float32) * alpha).astype(np.uint8)
    return out
