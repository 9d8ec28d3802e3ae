"""Optical-flow warping error: change between consecutive frames that the motion does not explain.

The older frame is warped onto the newer one along dense optical flow (OpenCV's DIS, on the CPU); what is left
is change that no motion explains: objects that melt, morph, appear from nowhere or swap detail, as generated
video does, and also occlusions, cuts and lighting changes, which the manifest lists. The heatmap is the mean
luma error per 16 px block in grey levels (0-255), clipped at CEILING; the score is its mean over the picture.
"""

from __future__ import annotations

import cv2
import numpy as np

from analyzers.detectors.analysed import analysed_luma
from analyzers.engine import ProviderReport, check_frames
from analyzers.manifest import Manifest

BLOCK = 16
CEILING = 32.0  # grey levels: beyond this a block is as unexplained as a block can be


class Detector:
    report = ProviderReport(running="CPU", fell_back=False)

    def __init__(self, manifest: Manifest) -> None:
        self._spec = manifest.input
        self._flow = cv2.DISOpticalFlow_create(cv2.DISOPTICAL_FLOW_PRESET_FAST)

    def run(self, frames: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """See analyzers.engine.Detector.run; results for frames 1..T-1."""
        frames = check_frames(frames, self._spec)
        luma = [analysed_luma(frame, self._spec, BLOCK) for frame in frames]
        heatmaps = np.stack([self._unexplained(older, newer) for older, newer in zip(luma, luma[1:], strict=False)])
        return heatmaps, heatmaps.mean(axis=(1, 2)).astype(np.float32)

    def _unexplained(self, older: np.ndarray, newer: np.ndarray) -> np.ndarray:
        # For every pixel of the newer frame, where it was in the older one; then fetch it from there.
        flow = self._flow.calc(newer, older, None)
        height, width = newer.shape
        grid_x, grid_y = np.meshgrid(np.arange(width, dtype=np.float32), np.arange(height, dtype=np.float32))
        predicted = cv2.remap(
            older, grid_x + flow[..., 0], grid_y + flow[..., 1], cv2.INTER_LINEAR, None, cv2.BORDER_REPLICATE
        )
        error = cv2.absdiff(newer, predicted).astype(np.float32)
        blocks = error.reshape(height // BLOCK, BLOCK, width // BLOCK, BLOCK).mean(axis=(1, 3))
        return np.minimum(blocks, CEILING)
