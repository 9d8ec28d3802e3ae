"""Writing the JSON dossier and its evidence PNGs into a folder: each file under a temporary name, then renamed;
when anything fails, what this export wrote is taken away again, so no half-written dossier is left behind.
"""

from __future__ import annotations

import contextlib
import json
import os
from functools import cache
from pathlib import Path

from app.dossier.content import dossier


class ExportError(Exception):
    """The dossier could not be written; the message says why, in one sentence."""


@cache
def _validator():
    from jsonschema import Draft202012Validator

    from analyzers.resources import resources_dir

    schema = json.loads((resources_dir() / "schemas" / "dossier-1.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def check_document(document: dict) -> None:
    """Raises ExportError naming the first place where `document` does not follow the dossier schema."""
    error = next(iter(sorted(_validator().iter_errors(document), key=lambda e: list(e.path))), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "the top level"
        raise ExportError(f"The dossier does not follow its schema at {where}: {error.message}.")


def dossier_path(clip: dict, out_dir: Path) -> Path:
    return Path(out_dir) / f"{Path(clip['file_name']).stem}-dossier.json"


def export(store, clip_id: int, out_dir: Path, organisation: dict, include_series: bool) -> Path:
    """Write clip `clip_id`'s dossier into `out_dir` (evidence/*.png, then <clip>-dossier.json); returns the
    JSON's path. Raises ExportError, or the StoreError/MediaError of a clip that cannot be read."""
    from app.dossier.content import draw_pictures

    out_dir = Path(out_dir)
    clip = store.clip(clip_id)
    pictures = draw_pictures(clip["path"], store.evidence(clip_id))  # decoded before anything is written
    evidence_dir = out_dir / "evidence"
    made_dirs = [d for d in (out_dir, evidence_dir) if not d.exists()]
    written: list[Path] = []
    try:
        evidence_dir.mkdir(parents=True, exist_ok=True)
        for picture in pictures.values():
            target = evidence_dir / picture.name
            _write_atomically(target, picture.png, written)
        document = dossier(store, clip_id, organisation, include_series, pictures)
        check_document(document)
        document = _signed(document, out_dir)
        check_document(document)
        target = dossier_path(clip, out_dir)
        _write_atomically(target, json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8"), written)
    except BaseException:
        for path in reversed(written):
            path.unlink(missing_ok=True)
        for folder in reversed(made_dirs):
            with contextlib.suppress(OSError):  # not empty: someone else's files are in it
                folder.rmdir()
        raise
    return target


def _write_atomically(target: Path, data: bytes, written: list[Path]) -> None:
    partial = target.with_name(f".{target.name}.partial")
    try:
        with open(partial, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ExportError(f"Could not write {target}: {error.strerror or error}.") from error
    written.append(target)


def _signed(document: dict, out_dir: Path) -> dict:
    """The document signed by the reviewer's key, when the signing code is there; else as it is."""
    try:
        from app.dossier.signing import sign
    except ImportError:
        return document
    result = sign(document, out_dir)
    return result if isinstance(result, dict) else document
