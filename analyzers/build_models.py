"""Builds the built-in detectors' ONNX graphs into resources/models/ (fixed kernels, no trained weights).

    python -m analyzers.build_models [TARGET]

Each graph is built from its manifest's input spec (analysis size, frames), so the two cannot disagree. A test
rebuilds them and checks that the committed files are exactly what this script writes.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

import analyzers.graphs
from analyzers.manifest import load_manifest
from analyzers.resources import models_dir


def graph_builders() -> dict:
    """Analyzer id -> build(spec): every module in analyzers.graphs but `common`, named after its analyzer."""
    names = [m.name for m in pkgutil.iter_modules(analyzers.graphs.__path__) if m.name != "common"]
    return {name: importlib.import_module(f"analyzers.graphs.{name}").build for name in sorted(names)}


def build_all(target: Path | None = None) -> list[Path]:
    """Write every built-in model under `target` (resources/models by default); returns the files written."""
    target = target or models_dir()
    written = []
    for analyzer_id, build in graph_builders().items():
        spec = load_manifest(models_dir() / analyzer_id / "manifest.json").input
        path = target / analyzer_id / "model.onnx"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(build(spec).SerializeToString(deterministic=True))
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in build_all(Path(sys.argv[1]) if len(sys.argv) > 1 else None):
        print(written_path)
