"""Where the bundled resources live: beside the packages in a checkout, inside the bundle in a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller in a frozen build
    return Path(bundle) / "resources" if bundle else Path(__file__).resolve().parents[1] / "resources"


def models_dir() -> Path:
    return resources_dir() / "models"


def shipped_calibration_path() -> Path:
    """The clip-level calibration ReelCheck ships (written by `python -m training`)."""
    return resources_dir() / "calibrations" / "shipped.json"
