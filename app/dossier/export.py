"""Writing the JSON dossier and its evidence PNGs into a folder: every file in a hidden staging folder first, renamed
into place only once signed and checked; when anything fails, only what this export made is taken away again, so
neither a half-written dossier is left behind nor an earlier one lost.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
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
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def check_document(document: dict) -> None:
    """Raises ExportError naming the first place where `document` does not follow the dossier schema."""
    error = next(iter(sorted(_validator().iter_errors(document), key=lambda e: list(e.path))), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "the top level"
        raise ExportError(f"The dossier does not follow its schema at {where}: {error.message}.")


def dossier_path(clip: dict, out_dir: Path) -> Path:
    """<stem>-<clip id>-dossier.json: two clips with the same file name get their own dossiers in one folder."""
    return Path(out_dir) / f"{Path(clip['file_name']).stem}-{clip['id']}-dossier.json"


def check_clip_file(clip: dict) -> None:
    """Raises ExportError when the file now at the clip's path is not the one that was reviewed."""
    from app.media.hashing import sha256_file

    path = Path(clip["path"])
    if not path.is_file():
        return  # decoding it says that it is missing, as before
    try:
        digest = sha256_file(path)
    except OSError as error:
        raise ExportError(f"Could not read {path}: {error.strerror or error}.") from error
    if digest != clip["sha256"]:
        raise ExportError(
            f"The file at {path} is not the clip that was reviewed (its SHA-256 differs); "
            "open the reviewed file so the case knows where it is."
        )


def export(store, clip_id: int, out_dir: Path, organisation: dict, include_series: bool) -> Path:
    """Write clip `clip_id`'s dossier into `out_dir` (evidence/*.png, then <clip>-<id>-dossier.json); returns the
    JSON's path. Raises ExportError, or the StoreError/MediaError of a clip that cannot be read.

    Every file is written into a hidden staging folder first and signed there; only when signing and the schema
    check succeeded are they renamed into place, so a failed export leaves an earlier dossier as it was."""
    from app.dossier.content import draw_pictures

    out_dir = Path(out_dir)
    clip = store.clip(clip_id)
    check_clip_file(clip)
    pictures = draw_pictures(clip["path"], store.evidence(clip_id))  # decoded before anything is written
    evidence_dir = out_dir / "evidence"
    made_dirs: list[Path] = []
    placed: list[tuple[Path, Path | None]] = []  # (target, where the file it replaced waits) in order
    staging: Path | None = None
    try:
        _make_dirs(evidence_dir if pictures else out_dir, made_dirs)
        try:
            staging = Path(tempfile.mkdtemp(prefix=".dossier-", dir=out_dir))
        except OSError as error:
            raise ExportError(f"Could not write into {out_dir}: {error.strerror or error}.") from error
        staged: list[tuple[Path, Path]] = []
        if pictures:
            (staging / "evidence").mkdir()
        for picture in pictures.values():
            _write_file(staging / "evidence" / picture.name, picture.png)
            staged.append((staging / "evidence" / picture.name, evidence_dir / picture.name))
        document = dossier(store, clip_id, organisation, include_series, pictures)
        check_document(document)
        document = _signed(document, staging)
        check_document(document)
        target = dossier_path(clip, out_dir)
        _write_file(staging / "dossier.json", json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8"))
        staged.append((staging / "dossier.json", target))
        for number, (source, final) in enumerate(staged):
            _place(source, final, staging / f"old-{number}", placed)
    except BaseException:
        for final, old in reversed(placed):
            with contextlib.suppress(OSError):
                if old is None:
                    final.unlink(missing_ok=True)
                else:
                    os.replace(old, final)
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        for folder in reversed(made_dirs):
            with contextlib.suppress(OSError):  # not empty: someone else's files are in it
                folder.rmdir()
        raise
    shutil.rmtree(staging, ignore_errors=True)
    return target


def _make_dirs(folder: Path, made: list[Path]) -> None:
    """Creates `folder` and its missing parents, recording each folder this export created (outermost first)."""
    missing = [d for d in (folder, *folder.parents) if not d.exists()]
    for each in reversed(missing):
        try:
            each.mkdir()
        except FileExistsError:
            continue
        except OSError as error:
            raise ExportError(f"Could not create {each}: {error.strerror or error}.") from error
        made.append(each)


def _write_file(target: Path, data: bytes) -> None:
    try:
        with open(target, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
    except OSError as error:
        raise ExportError(f"Could not write {target}: {error.strerror or error}.") from error


def _place(source: Path, target: Path, backup: Path, placed: list[tuple[Path, Path | None]]) -> None:
    """Renames `source` to `target`, keeping a file already there at `backup` until the export succeeded."""
    old: Path | None = None
    try:
        if target.exists():
            os.replace(target, backup)
            old = backup
        os.replace(source, target)
    except OSError as error:
        if old is not None:
            with contextlib.suppress(OSError):
                os.replace(old, target)
        raise ExportError(f"Could not write {target}: {error.strerror or error}.") from error
    placed.append((target, old))


def _signed(document: dict, out_dir: Path) -> dict:
    """The document signed by the reviewer's key, when the signing code is there; else as it is."""
    try:
        from app.dossier.signing import sign
    except ImportError:
        return document
    result = sign(document, out_dir)
    return result if isinstance(result, dict) else document
