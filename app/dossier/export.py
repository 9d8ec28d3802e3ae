"""Writing the JSON dossier and its evidence PNGs into a folder: every file in a hidden staging folder first, renamed
into place only once signed and checked; when anything fails, only what this export made is taken away again, so
neither a half-written dossier is left behind nor an earlier one lost.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from app.dossier.content import document_draft_reasons, dossier
from app.dossier.publishing import publish
from app.dossier.signing import sign
from app.i18n import translate
from app.media.errors import Cancelled
from app.media.hashing import sha256_file

if TYPE_CHECKING:
    from app.dossier.clip_pictures import ClipPictures

_UNSAFE_IN_NAMES = re.compile(r"[\\/\x00-\x1f\x7f]")


class ExportError(Exception):
    """The dossier could not be written; the message says why, in one sentence."""


def one_sentence(text: str) -> str:
    """An error's first line as a sentence, for the reviewer: what the command line prints, what the player shows."""
    text = (
        text.strip().splitlines()[0]
        if text.strip()
        else translate("Dossier export", "The dossier could not be written.")
    )
    return text if text.endswith((".", "!", "?")) else text + "."


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
        where = "/".join(str(p) for p in error.absolute_path) or translate("Dossier export", "the top level")
        raise ExportError(
            translate("Dossier export", "The dossier does not follow its schema at {where}: {why}.").format(
                where=where, why=error.message
            )
        )


def script_safe_json(document: dict) -> str:
    """The dossier as JSON text whose ClaimReview/MediaReview JSON-LD can be pasted into a web page's <script>
    tag: every "<" is written \\u003c, so text such as "</script>" or "<!--" in a claim cannot end or bend the
    script. JSON reads it back as the same "<", so the signature (over the values) and the schema hold."""
    # "<" occurs only inside strings in JSON text, and never as part of an escape: replacing it is always safe.
    return json.dumps(document, indent=2, ensure_ascii=False).replace("<", "\\u003c")


def dossier_path(clip: dict, out_dir: Path) -> Path:
    """<stem>-<clip id>-dossier.json: two clips with the same file name get their own dossiers in one folder.
    Characters that name folders on some system (/ and \\) or are not text become "_"."""
    stem = _UNSAFE_IN_NAMES.sub("_", Path(clip["file_name"]).stem)
    return Path(out_dir) / f"{stem}-{clip['id']}-dossier.json"


def check_clip_file(clip: dict, cancelled: Callable[[], bool] | None = None) -> None:
    """Raises ExportError when the file now at the clip's path is not the one that was reviewed; Cancelled when
    `cancelled()` while it is read (a clip of gigabytes takes seconds)."""
    path = Path(clip["path"])
    if not path.is_file():
        return  # decoding it says that it is missing, as before
    try:
        digest = sha256_file(path, cancelled=cancelled)
    except OSError as error:
        raise ExportError(
            translate("Dossier export", "Could not read {path}: {why}.").format(path=path, why=error.strerror or error)
        ) from error
    if digest != clip["sha256"]:
        raise ExportError(
            translate(
                "Dossier export",
                "The file at {path} is not the clip that was reviewed (its SHA-256 differs); open the reviewed file so "
                "the case knows where it is.",
            ).format(path=path)
        )


@dataclass(frozen=True)
class Exported:
    """The files an export wrote: the JSON dossier (with its evidence PNGs) and the PDF, each when asked for."""

    json: Path | None
    pdf: Path | None
    draft_reasons: tuple[str, ...] = ()  # why the dossier is marked a draft, in words; empty when it is final


class Progress:
    """How an export reports: `report(fraction)` from 0 to 1, never going back, and `cancelled()` checked
    between steps."""

    def __init__(
        self, report: Callable[[float], None] | None = None, cancelled: Callable[[], bool] | None = None
    ) -> None:
        self._report = report or (lambda _fraction: None)
        self.cancelled = cancelled or (lambda: False)
        self._reached = 0.0

    def report(self, fraction: float) -> None:
        if fraction > self._reached:
            self._reached = fraction
            self._report(fraction)

    def step(self, fraction: float) -> None:
        if self.cancelled():
            raise Cancelled()
        self.report(fraction)


def export(
    store,
    clip_id: int,
    out_dir: Path,
    organisation: dict,
    include_series: bool,
    *,
    json_dossier: bool = True,
    pdf: bool = False,
    progress: Progress | None = None,
    trust_list: Path | None = None,
    shared_folder: Path | None = None,
) -> Exported:
    """Write clip `clip_id`'s dossier into `out_dir`: the JSON (<clip>-<id>-dossier.json with evidence/*.png beside
    it) and/or the PDF (<clip>-<id>-dossier.pdf). Raises ExportError, Cancelled, or the StoreError/MediaError of a
    clip that cannot be read.

    Every file is written into a hidden staging folder first and signed there; only when signing and the schema
    check succeeded are they renamed into place, so a failed or cancelled export leaves an earlier dossier as it
    was.

    On a team case the dossier is published: only the case's editors may (the server enforces it), the publication
    is recorded in the case, and with a `shared_folder` its files are kept there too, named by their SHA-256."""
    from analyzers.registry import discover
    from app.dossier.clip_pictures import clip_pictures

    if not (json_dossier or pdf):
        raise ExportError(translate("Dossier export", "Choose the JSON dossier, the PDF dossier, or both."))
    if not store.may_publish():
        raise ExportError(
            translate(
                "Dossier export",
                "Only the team case's editors may publish a signed dossier; ask its admin for the editor role. "
                "Nothing was written.",
            )
        )
    progress = progress or Progress()
    out_dir = Path(out_dir)
    clip = store.clip(clip_id)
    check_clip_file(clip, progress.cancelled)
    progress.step(0.02)
    # Provenance reads its own frames on a second thread while the evidence frames are drawn: both mostly decode.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="provenance") as pool:
        reading = pool.submit(clip_provenance, clip, trust_list, progress, stored_marks(store, clip))
        # Found once, for the analyses the dossier describes and the heatmaps drawn on the evidence frames alike.
        registry = discover() if store.analyses(clip_id) else None
        # decoded before anything is written
        drawn = clip_pictures(clip["path"], store.evidence(clip_id), pdf, progress.cancelled, registry)
        provenance, shown_provenance = reading.result()
    progress.step(0.3)
    pictures = drawn.evidence
    document = dossier(store, clip_id, organisation, include_series, pictures, provenance, registry)
    check_document(document)
    evidence_dir = out_dir / "evidence"
    made_dirs: list[Path] = []
    placed: list[tuple[Path, Path | None]] = []  # (target, where the file it replaced waits) in order
    staging: Path | None = None
    try:
        _make_dirs(evidence_dir if pictures and json_dossier else out_dir, made_dirs)
        try:
            staging = Path(tempfile.mkdtemp(prefix=".dossier-", dir=out_dir))
        except OSError as error:
            raise ExportError(
                translate("Dossier export", "Could not write into {folder}: {why}.").format(
                    folder=out_dir, why=error.strerror or error
                )
            ) from error
        staged: list[tuple[Path, Path]] = []
        if pdf:
            target = dossier_path(clip, out_dir).with_suffix(".pdf")
            _write_pdf(store, clip, _for_the_reader(document, shown_provenance), drawn, staging / "dossier.pdf")
            staged.append((staging / "dossier.pdf", target))
            # The signed JSON names the PDF and its hash, so `reelcheck verify` checks both.
            document = {**document, "pdf": {"file": target.name, "sha256": sha256_file(staging / "dossier.pdf")}}
        progress.step(0.9)
        if json_dossier:
            if pictures:
                (staging / "evidence").mkdir()
            for picture in pictures.values():
                _write_file(staging / "evidence" / picture.name, picture.png)
                staged.append((staging / "evidence" / picture.name, evidence_dir / picture.name))
            document = sign(document, staging)
            check_document(document)
            _write_file(staging / "dossier.json", script_safe_json(document).encode("utf-8"))
            staged.append((staging / "dossier.json", dossier_path(clip, out_dir)))
        progress.step(0.98)
        for number, (source, final) in enumerate(staged):
            _place(source, final, staging / f"old-{number}", placed)
        if store.team:
            publish(store, clip_id, document, staged, shared_folder)
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
    progress.report(1.0)
    return Exported(
        json=dossier_path(clip, out_dir) if json_dossier else None,
        pdf=dossier_path(clip, out_dir).with_suffix(".pdf") if pdf else None,
        draft_reasons=tuple(document_draft_reasons(document)),
    )


def _for_the_reader(document: dict, shown_provenance: dict) -> dict:
    """The dossier as the PDF shows it: what the JSON keeps in English for machines (the provenance findings, the
    line a carried verdict's summary ends with) in the reader's language."""
    from app.store.carry import shown_summary

    verdict = document["verdict"]
    if verdict is not None:
        verdict = {**verdict, "summary": shown_summary(verdict["summary"] or "")}
    return {**document, "provenance": shown_provenance, "verdict": verdict}


def stored_marks(store, clip: dict) -> list | None:
    """The visible marks in the on-screen text the case holds for the clip; None when its frames were never read."""
    from analyzers.words.captions import TRACK
    from analyzers.words.lines import ON_SCREEN
    from app.media.facts import MediaFacts
    from app.words.marks_found import known_marks
    from app.words.on_screen import marks_on_screen

    if TRACK not in store.tracks_read(clip["id"], ON_SCREEN) or not clip.get("facts"):
        return None
    lines = [line for line in store.words(clip["id"]) if line.source == ON_SCREEN]
    return marks_on_screen(MediaFacts.from_dict(clip["facts"]), lines, known_marks()[0])


def clip_provenance(
    clip: dict, trust_list: Path | None, progress: Progress, marks: list | None = None
) -> tuple[dict, dict]:
    """What the clip's file declares about where it came from (credentials, watermarks, metadata), as recorded, with
    the visible marks read on its frames (None: not read): in English for the JSON, and in the reviewer's language
    for the PDF."""
    from app.media.facts import MediaFacts
    from app.provenance.report import READ_NOTE, read_provenance

    facts = MediaFacts.from_dict(clip["facts"]) if clip.get("facts") else None
    report = read_provenance(
        Path(clip["path"]),
        facts,
        trust_list,
        on_progress=lambda fraction: progress.report(0.02 + 0.28 * fraction),
        cancelled=progress.cancelled,
    )
    report = report.with_marks(marks)
    return {"findings": report.findings(in_english=True), "note": READ_NOTE}, {
        "findings": report.findings(),
        "note": READ_NOTE,  # translated where the PDF shows it, as every dossier's note is
    }


def _write_pdf(store, clip: dict, document: dict, drawn: ClipPictures, target: Path) -> None:
    from app.dossier.pdf import PdfMaterial, write_pdf
    from app.dossier.pdf_inputs import media_rows

    series = [
        (list(row.get("frames") or []), [float(s) for s in row.get("scores") or []])
        for row in store.analyses(clip["id"])
    ]
    material = PdfMaterial(
        evidence={row_id: picture.image for row_id, picture in drawn.evidence.items()},
        keyframes=drawn.strip,
        series=series,
        media_rows=media_rows(document["clip"]),
    )
    try:
        write_pdf(document, material, target)
    except OSError as error:
        raise ExportError(
            translate("Dossier export", "Could not write the PDF dossier: {why}.").format(why=error.strerror or error)
        ) from error


def _make_dirs(folder: Path, made: list[Path]) -> None:
    """Creates `folder` and its missing parents, recording each folder this export created (outermost first)."""
    missing = [d for d in (folder, *folder.parents) if not d.exists()]
    for each in reversed(missing):
        try:
            each.mkdir()
        except FileExistsError:
            continue
        except OSError as error:
            raise ExportError(
                translate("Dossier export", "Could not create {folder}: {why}.").format(
                    folder=each, why=error.strerror or error
                )
            ) from error
        made.append(each)


def _write_file(target: Path, data: bytes) -> None:
    try:
        with open(target, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
    except OSError as error:
        raise ExportError(
            translate("Dossier export", "Could not write {path}: {why}.").format(
                path=target, why=error.strerror or error
            )
        ) from error


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
        raise ExportError(
            translate("Dossier export", "Could not write {path}: {why}.").format(
                path=target, why=error.strerror or error
            )
        ) from error
    placed.append((target, old))
