"""Whole-clip analysis results kept on disk, keyed by the clip's SHA-256 and the analyzer's id, version and model
hash: reopening a clip shows its score tracks at once, and a changed detector never reuses old results."""

from __future__ import annotations

import json
from pathlib import Path

from app.files.atomic import write_text_atomically


def store_folder() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("reelcheck", appauthor=False) / "analyses"


def _path(folder: Path, clip_sha256: str, analyzer_id: str, version: str, model_sha256: str) -> Path:
    return folder / f"{clip_sha256}-{analyzer_id}-{version}-{model_sha256[:16]}.json"


def load_track(
    clip_sha256: str, analyzer_id: str, version: str, model_sha256: str, folder: Path | None = None
) -> dict | None:
    path = _path(folder or store_folder(), clip_sha256, analyzer_id, version, model_sha256)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # missing or damaged: analyse again
        return None


def save_track(clip_sha256: str, track: dict, folder: Path | None = None) -> None:
    folder = folder or store_folder()
    folder.mkdir(parents=True, exist_ok=True)
    write_text_atomically(
        _path(folder, clip_sha256, track["id"], track["version"], track["model_sha256"]), json.dumps(track)
    )
