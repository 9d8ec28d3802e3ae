"""Pictures for the learned residual cue: whole frames and 16 px-aligned patches from a clip's normalized variants.

Patches are cut on the 16 px block grid that the graph judges on (and that H.264's 4/8/16 px grids divide), so the
network learns the residual in the same phase it will see it in the app. Near-black and near-white patches are
skipped: the graph leaves such blocks out of its score too.
"""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np

from analyzers.graphs.common import BLOCK
from analyzers.graphs.learned_residual import BRIGHT, DARK

_LUMA = np.array([0.299, 0.587, 0.114]) / 255.0


def frames_of(path: Path, every: int = 1, most: int | None = None) -> list[np.ndarray]:
    """Every `every`-th frame of `path` (RGB, uint8, cropped to whole blocks), at most `most` of them."""
    pictures = []
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        for index, frame in enumerate(container.decode(stream)):
            if index % every:
                continue
            image = frame.to_ndarray(format="rgb24")
            h, w = (image.shape[0] // BLOCK) * BLOCK, (image.shape[1] // BLOCK) * BLOCK
            if h and w:
                pictures.append(np.ascontiguousarray(image[:h, :w]))
            if most and len(pictures) >= most:
                break
    return pictures


def judged(picture: np.ndarray) -> bool:
    brightness = float((picture.reshape(-1, 3) @ _LUMA).mean())
    return DARK < brightness < BRIGHT


def patches_of(frames: list[np.ndarray], size: int, per_frame: int, rng: np.random.Generator) -> list[np.ndarray]:
    """Up to `per_frame` random `size` x `size` patches from each frame, on the block grid, judged ones only."""
    out = []
    for frame in frames:
        rows, columns = (frame.shape[0] - size) // BLOCK + 1, (frame.shape[1] - size) // BLOCK + 1
        if rows < 1 or columns < 1:
            continue
        taken = 0
        for _ in range(per_frame * 3):  # a few tries for each patch wanted: dark and blown-out ones are skipped
            top, left = rng.integers(rows) * BLOCK, rng.integers(columns) * BLOCK
            patch = frame[top : top + size, left : left + size]
            if judged(patch):
                out.append(patch)
                taken += 1
            if taken == per_frame:
                break
    return out
