"""Exact seeks on variable-frame-rate clips: ReelCheck's index against OpenCV's CAP_PROP_POS_FRAMES, same run.

OpenCV turns a frame number into a time with the average frame rate, so on a variable-rate clip it lands on the
wrong frame; ReelCheck numbers frames by their timestamps. Both are checked by reading back the index each
synthetic frame carries in its pixels.

    python -m bench.vfr
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import cv2
import numpy as np

from app.media.clip import open_clip
from app.media.synth import ClipRecipe, read_index, write_clip

CACHE_DIR = Path(__file__).resolve().parent / ".cache"
RECIPE = ClipRecipe(size=(1280, 720), frames=600, gop=60, b_frames=3, vfr=True, crf=23)
SEEKS = 60


def main() -> None:
    CACHE_DIR.mkdir(exist_ok=True)
    for suffix in (".mp4", ".mkv"):
        path = CACHE_DIR / f"vfr_720p_{RECIPE.frames}f{suffix}"
        if not path.exists():
            write_clip(path, RECIPE)
        targets = random.Random(7).sample(range(RECIPE.frames), SEEKS)
        clip = open_clip(path)
        capture = cv2.VideoCapture(str(path))
        ours, theirs, ours_ms, theirs_ms = [], [], [], []
        for n in targets:  # interleaved, so that both share the machine's noise
            clip.cache.clear()
            started = time.perf_counter()
            ours.append(read_index(clip.frame(n).image) - n)
            ours_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            capture.set(cv2.CAP_PROP_POS_FRAMES, n)
            ok, image = capture.read()
            theirs_ms.append((time.perf_counter() - started) * 1000)
            theirs.append(read_index(image) - n if ok else RECIPE.frames)
        clip.close()
        capture.release()
        print(f"{path.name}: {SEEKS} random seeks on a variable-rate clip")
        _report("ReelCheck", ours, ours_ms)
        _report("OpenCV", theirs, theirs_ms)


def _report(name: str, errors: list[int], millis: list[float]) -> None:
    wrong = [e for e in errors if e]
    worst = max((abs(e) for e in wrong), default=0)
    print(
        f"  {name:<10} wrong {len(wrong):>2}/{len(errors)} (up to {worst} frames off), "
        f"p50 {np.percentile(millis, 50):.1f} ms, p95 {np.percentile(millis, 95):.1f} ms"
    )


if __name__ == "__main__":
    main()
