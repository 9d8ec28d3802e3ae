"""The GPU check, for the lent GPU machine (see ../shared/GPU.md), which has onnxruntime-gpu but no PyAV or Qt.

Decodes a 1080p clip with OpenCV (its own FFmpeg) and measures, against baselines from the same run:
whole-clip analysis vs decode-only throughput (target on a GPU: >= 0.9x, decode-bound) and the engine's
overhead vs raw `session.run` (target <= 15%), with the provider that really ran. It also runs on a CPU-only
machine and says so.

    python3 -m bench.gpu [--provider cuda] [--frames 300] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

import cv2
import numpy as np

from analyzers.pictures import Picture
from analyzers.registry import discover
from bench.analyze import machine, overhead, throughput

SIZE = (1920, 1080)


def write_test_clip(path: Path, count: int) -> Path:
    """Camera-like 1080p30 frames (smooth shading, texture, sensor noise, a slow pan) as MPEG-4 Part 2."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), 30, SIZE)
    width, height = SIZE
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    rng = np.random.default_rng(1)
    for i in range(count):
        shade = 20 * np.sin((xx - 2 * i) / 23.0) * np.cos(yy / 31.0) + (xx + yy) / (width + height) * 150 + 50
        frame = shade[..., None] + rng.normal(0, 5, (height, width, 3)).astype(np.float32)
        writer.write(frame.clip(0, 255).astype(np.uint8))
    writer.release()
    return path


def decoded(path: Path, count: int):
    """(n, Picture) in luma, the way the built-in detectors take frames."""
    capture = cv2.VideoCapture(str(path))
    try:
        for n in range(count):
            ok, bgr = capture.read()
            if not ok:
                return
            yield n, Picture(cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY), "gray")
    finally:
        capture.release()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--provider", choices=("auto", "cuda", "cpu"), default="cuda")
    parser.add_argument("--frames", type=int, default=300)
    parser.add_argument("--out", type=Path, default=Path(os.environ.get("OUT", ".")))
    args = parser.parse_args()
    import onnxruntime

    print(f"{machine()}; available providers {onnxruntime.get_available_providers()}")
    chosen = list(discover().analyzers)
    with tempfile.TemporaryDirectory() as folder:
        clip = write_test_clip(Path(folder) / "camera_1080p30.mp4", args.frames)
        figures = throughput(lambda analyzers: decoded(clip, args.frames), chosen, args.provider, args.frames)
        figures["overhead"] = round(overhead(list(decoded(clip, 24)), chosen, args.provider), 4)
    figures["machine"] = machine()
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "gpu_figures.json").write_text(json.dumps(figures, indent=2))
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
