"""The analyzer registry: built-ins from resources/models, a user plugin folder, and the
`reelcheck.analyzers` entry-point group. A broken manifest or model is listed with its reason; the rest work.

A plugin is a folder holding `manifest.json` and the model it names (with any weight files the model keeps apart),
all inside the folder. An entry point names a function that returns such a folder.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path

from analyzers.engine import model_problem
from analyzers.manifest import Manifest, ManifestError, load_manifest
from analyzers.model_files import UnusableModel, model_sha256
from analyzers.resources import models_dir
from analyzers.translatable import QT_TRANSLATE_NOOP, Said

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "reelcheck.analyzers"


@dataclass(frozen=True)
class Analyzer:
    """An analyzer ready to run: its manifest, where it came from, and its model's SHA-256."""

    manifest: Manifest
    origin: str  # "built-in", "plugin folder" or "package <name>"
    model_sha256: str  # the model with its external weight files, or a Python analyzer's source


@dataclass(frozen=True)
class BrokenAnalyzer:
    """A folder that looked like an analyzer but cannot be used, and why, in words."""

    folder: Path
    origin: str
    reason: str  # a Said (context "Analyzers"): English as stored and exported, the reader's language where shown


@dataclass(frozen=True)
class Registry:
    analyzers: tuple[Analyzer, ...]
    broken: tuple[BrokenAnalyzer, ...]

    def get(self, analyzer_id: str) -> Analyzer:
        for analyzer in self.analyzers:
            if analyzer.manifest.id == analyzer_id:
                return analyzer
        known = ", ".join(a.manifest.id for a in self.analyzers) or Said(QT_TRANSLATE_NOOP("Analyzers", "none"))
        words = QT_TRANSLATE_NOOP("Analyzers", "There is no analyzer '{id}' (known: {known}).")
        raise KeyError(Said(words, id=analyzer_id, known=known))


def discover(plugin_folder: Path | None = None) -> Registry:
    """Every analyzer ReelCheck can find; the first one found with an id wins, built-ins first."""
    found: list[Analyzer] = []
    broken: list[BrokenAnalyzer] = []
    for folder, origin in _candidate_folders(plugin_folder):
        try:
            analyzer = _load(folder, origin)
        except ManifestError as error:
            words = QT_TRANSLATE_NOOP("Analyzers", "manifest.json {reason}")
            broken.append(BrokenAnalyzer(folder, origin, Said(words, reason=error.args[0])))
            continue
        except UnusableModel as error:
            broken.append(BrokenAnalyzer(folder, origin, error.args[0]))
            continue
        except Exception as error:  # whatever else a hostile folder brings, it must not take the others down
            log.exception("analyzer folder %s could not be loaded", folder)
            words = QT_TRANSLATE_NOOP("Analyzers", "cannot be loaded ({error})")
            broken.append(BrokenAnalyzer(folder, origin, Said(words, error=f"{type(error).__name__}: {error}")))
            continue
        if any(a.manifest.id == analyzer.manifest.id for a in found):
            words = QT_TRANSLATE_NOOP("Analyzers", "the id '{id}' is taken already")
            broken.append(BrokenAnalyzer(folder, origin, Said(words, id=analyzer.manifest.id)))
            continue
        found.append(analyzer)
    return Registry(tuple(found), tuple(broken))


def _candidate_folders(plugin_folder: Path | None) -> Iterable[tuple[Path, str]]:
    yield from ((folder, "built-in") for folder in _subfolders(models_dir()))
    if plugin_folder is not None:
        yield from ((folder, "plugin folder") for folder in _subfolders(plugin_folder))
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        try:
            yield Path(entry.load()()), f"package {entry.dist.name if entry.dist else entry.name}"
        except Exception as error:  # a broken third-party package must not take the others down
            yield Path(entry.value), f"package entry point {entry.name} ({type(error).__name__}: {error})"


def _subfolders(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []


_BUILT_IN_CODE = "analyzers.detectors."


def _code_sha256(module: str, origin: str) -> str:
    """The SHA-256 of a Python analyzer's source file: it plays the part of the model hash. Only ReelCheck's own
    modules qualify; a plugin folder carries a model, never code to run."""
    if origin != "built-in" or not module.startswith(_BUILT_IN_CODE):
        words = QT_TRANSLATE_NOOP(
            "Analyzers", "names code ('{module}'); only built-in analyzers may be written in Python"
        )
        raise UnusableModel(Said(words, module=module))
    source = _source_file(module)
    if source is None:
        words = QT_TRANSLATE_NOOP("Analyzers", "names the module '{module}', which is not installed")
        raise UnusableModel(Said(words, module=module))
    return hashlib.sha256(source.read_bytes()).hexdigest()


def _source_file(module: str) -> Path | None:
    """The module's .py file: where Python found it, or (in a frozen build, which holds compiled code only) the
    copy bundled beside it for this hash."""
    spec = importlib.util.find_spec(module)
    candidates = [Path(spec.origin)] if spec is not None and spec.origin else []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle, *module.split(".")).with_suffix(".py"))
    return next((path for path in candidates if path.suffix == ".py" and path.is_file()), None)


def _load(folder: Path, origin: str) -> Analyzer:
    manifest = load_manifest(folder / "manifest.json")
    if manifest.code:
        return Analyzer(manifest, origin, _code_sha256(manifest.code, origin))
    # Every file is checked to lie inside the folder before ONNX Runtime is given any of them.
    sha256 = model_sha256(folder, manifest.model)
    problem = model_problem(manifest.model_path)
    if problem:
        raise UnusableModel(problem)
    return Analyzer(manifest, origin, sha256)
