"""One-shot commands keep only what they need: `reelcheck frame` without --overlay and `reelcheck probe` load no
detector runtime and no Qt (the memory figures are in bench/memory.py)."""

from __future__ import annotations

import subprocess
import sys

import cv2

from app.media.synth import read_index

_LOADED = """
import sys
from app.main import main

code = main(sys.argv[1:])
print(code, sorted(m for m in ("onnxruntime", "PySide6", "analyzers.engine") if m in sys.modules))
"""


def _loaded(*args: str) -> str:
    done = subprocess.run([sys.executable, "-c", _LOADED, *args], capture_output=True, text=True, timeout=120)
    return done.stdout.strip().splitlines()[-1]


def test_frame_and_probe_load_no_detector_runtime_and_no_qt(make_clip, tmp_path):
    path = make_clip("h264_long_gop")
    assert _loaded("frame", str(path), "260", "249", "--out", str(tmp_path)) == "0 []"
    for n in (249, 260):
        assert read_index(cv2.imread(str(tmp_path / f"frame_{n}.png"))) == n
    assert _loaded("probe", str(path)) == "0 []"
