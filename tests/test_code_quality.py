"""The boundaries of DESIGN.md (import-linter contracts in pyproject.toml) and ruff's lint rules hold."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found, f"{name} is not installed: install the test extra"
    return found


def test_import_boundaries_hold():
    result = subprocess.run([_tool("lint-imports")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_is_clean():
    result = subprocess.run(
        [_tool("ruff"), "check", "app", "widgets", "analyzers", "tests", "bench", "training"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_gui_start_does_not_import_the_media_engine():
    code = (
        "import sys, app.ui.start, app.main;"
        "heavy = [m for m in ('av', 'cv2', 'numpy', 'onnxruntime', 'qtawesome') if m in sys.modules];"
        "print(','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"imported before the first paint: {result.stdout}"
