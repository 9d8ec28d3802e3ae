"""The self-test's labelled folder: synthetic camera-like clips and clips with a waxy patch, with a manifest."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]

# --- the self-test ------------------------------------------------------------------------------------------

SELF_TEST_SIZE = (320, 180)
SELF_TEST_FRAMES = 8
SELF_TEST_PER_CLASS = 6


def write_self_test_folder(folder: Path) -> Path:
    """Six camera-like clips (label 0) and six with a smoothed-over, waxy patch (label 1), 320x180, 8 frames each,
    slowly panning; plus one row with a missing file and one with a bad label, which the run reports and skips;
    and a MANIFEST.csv beside it that puts each class's clips in two "repositories"."""
    import cv2

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.artifacts import camera_like_frame, write_clip

    width, height = SELF_TEST_SIZE
    rng = np.random.default_rng(7)
    rows = ["path,label"]
    manifest = ["file,label,source_repo,family"]
    for i in range(2 * SELF_TEST_PER_CLASS):
        label = i % 2
        patch_w, patch_h = int(rng.integers(80, 130)), int(rng.integers(50, 90))
        left, top = int(rng.integers(0, width - patch_w)), int(rng.integers(0, height - patch_h))

        def frames(i=i, label=label, left=left, top=top, patch_w=patch_w, patch_h=patch_h):
            for n in range(SELF_TEST_FRAMES):
                frame = camera_like_frame(seed=100 * i + n, size=SELF_TEST_SIZE, shift=2 * n)
                if label:
                    patch = frame[top : top + patch_h, left : left + patch_w]
                    frame[top : top + patch_h, left : left + patch_w] = cv2.GaussianBlur(patch, (0, 0), 3)
                yield frame

        kind = "generated" if label else "camera"
        name = f"{kind}_{i // 2 + 1}.mp4"
        write_clip(folder / name, frames(), crf=12, pix_fmt="yuv420p")
        rows.append(f"{name},{label}")
        # Two "repositories" per class, so the grouped folds have something to keep apart.
        manifest.append(f"{name},{label},self-test/{kind}-{'ab'[i // 2 % 2]},{kind} model {'ab'[i // 2 % 2]}")
    rows += ["missing.mp4,1", f"{'camera_1.mp4'},maybe"]
    labels = folder / "labels.csv"
    labels.write_text("\n".join(rows) + "\n", encoding="utf-8")
    (folder / "MANIFEST.csv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    return labels
