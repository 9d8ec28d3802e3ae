"""RapidOCR on a real ONNX Runtime session: Chinese and English read where they are drawn, never a byte to the
network, one ONNX Runtime in the process, and nothing of RapidOCR's logging on the terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from analyzers.words.ocr import MAX_SIDE, one_line
from app.media.synth_text import BOTTOM_CENTRE, BOTTOM_RIGHT, TOP_LEFT, Overlay, TextClipRecipe, draw_text_frame
from tests.test_offline import _REFUSE_NETWORK, NETWORK_USED

ROOT = Path(__file__).resolve().parents[2]
TWO_LINES = TextClipRecipe(
    size=(480, 270),
    frames=1,
    overlays=(Overlay("Made with AI", 0, 0, TOP_LEFT, 0.07), Overlay("金字塔一夜建成", 0, 0, BOTTOM_CENTRE, 0.1)),
)


def _centre(box: tuple[int, int, int, int]) -> tuple[float, float]:
    return box[0] + box[2] / 2, box[1] + box[3] / 2


def test_a_chinese_and_an_english_line_are_read_where_they_are(reader):
    english, chinese = reader.read(draw_text_frame(0, TWO_LINES))
    assert english.text == "Made with AI" and chinese.text == "金字塔一夜建成"
    assert english.confidence > 0.9 and chinese.confidence > 0.9
    x, y = _centre(english.box)
    assert x < 160 and y < 60  # top left
    x, y = _centre(chinese.box)
    assert 160 < x < 320 and y > 180  # bottom centre
    assert reader.report.running == "CPU" and not reader.report.fell_back


def test_a_frame_larger_than_the_bound_is_read_in_its_own_pixels(reader):
    wide = TextClipRecipe(size=(3 * MAX_SIDE // 2, 150), frames=1, overlays=(Overlay("Sora", 0, 0, BOTTOM_RIGHT, 0.3),))
    [mark] = reader.read(draw_text_frame(0, wide))
    assert mark.text == "Sora"
    x, _ = _centre(mark.box)
    assert x > 3 * MAX_SIDE // 2 - 200  # in the wide frame's pixels, not the scaled-down ones


def test_a_blank_frame_has_no_text_and_a_wrong_array_is_refused(reader):
    assert reader.read(np.full((90, 160, 3), 40, np.uint8)) == []
    with pytest.raises(ValueError, match="uint8"):
        reader.read(np.zeros((90, 160), np.float32))


def test_read_text_is_one_line_without_control_characters():
    assert one_line("AI\x1b[2J生成\nnext\u202eline\t") == "AI [2J生成 next line"


_READ_OFFLINE = (
    _REFUSE_NETWORK
    + """
import importlib.metadata, logging, os
logging.basicConfig(level=logging.INFO, stream=sys.stderr)
from analyzers.words.ocr import TextReader
from app.media.synth_text import draw_text_frame
from tests.words.test_ocr import TWO_LINES

readings = TextReader().read(draw_text_frame(0, TWO_LINES))
from rapidocr.utils.download_file import DownloadFile, DownloadFileInput
try:  # RapidOCR's own downloader, asked for a model, refuses without a socket
    DownloadFile.run(DownloadFileInput("https://example.org/m.onnx", sys.argv[1], logging.getLogger("test")))
    refused = False
except Exception:
    refused = not os.path.exists(sys.argv[1])
import onnxruntime
libraries = {line.split()[-1] for line in open("/proc/self/maps") if "onnxruntime" in line.split()[-1]}
installed = [d.locate_file("onnxruntime") for d in importlib.metadata.distributions() if d.metadata["Name"]
             .startswith("onnxruntime")]
print(json.dumps({
    "texts": [r.text for r in readings],
    "modules": sorted(m for m in sys.modules if m.split(".")[0] == "onnxruntime" and "." not in m),
    "module_file": onnxruntime.__file__,
    "installed": [str(path) for path in installed],
    "library_folders": sorted({os.path.dirname(path) for path in libraries}),
    "telemetry": os.environ.get("ORT_DISABLE_TELEMETRY"),
    "web_modules": sorted(m for m in ("requests", "urllib3", "http.client") if m in sys.modules),
    "download_refused": refused,
}))
"""
)


def test_reading_reaches_no_network_and_loads_one_onnx_runtime(tmp_path):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("XDG_", "ORT_"))}
    env.update(HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / "cache"))
    model = tmp_path / "downloaded.onnx"
    ran = subprocess.run(
        [sys.executable, "-c", _READ_OFFLINE, str(model)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert ran.returncode != NETWORK_USED, ran.stderr
    assert ran.returncode == 0, ran.stderr
    [printed] = ran.stdout.splitlines()  # RapidOCR's own log lines went to the log (stderr here), not stdout
    found = json.loads(printed)
    assert found["texts"] == ["Made with AI", "金字塔一夜建成"]
    assert found["modules"] == ["onnxruntime"] and found["telemetry"] == "1"
    assert found["web_modules"] == [] and found["download_refused"]
    [installed] = found["installed"]  # one onnxruntime distribution: onnxruntime-gpu, or onnxruntime off x86
    assert Path(found["module_file"]).parent == Path(installed)
    assert [Path(folder).parents[0] for folder in found["library_folders"]] == [Path(installed)]
