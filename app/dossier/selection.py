"""Dossiers for several clips in one go (a selection in the queue): each clip's dossier is written as
`export` writes one, and a clip that cannot have one is listed with the reason while the others are written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.dossier.export import Exported, ExportError, Progress, export, one_sentence
from app.dossier.signing import SigningError
from app.i18n import translate
from app.media.errors import Cancelled, MediaError
from app.store.store import StoreError


@dataclass
class SelectionSummary:
    written: list[tuple[str, Exported]] = field(default_factory=list)  # (clip file name, its files)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (clip file name, why no dossier was written)
    cancelled: bool = False

    def sentence(self) -> str:
        """What was done, for the status bar and the command line."""
        drafts = sum(1 for _, exported in self.written if exported.draft_reasons)
        written = (
            translate("Dossier export", "1 dossier written")
            if len(self.written) == 1
            else translate("Dossier export", "{count} dossiers written")
        ).format(count=len(self.written))
        if drafts:
            written = translate("Dossier export", "{written} ({drafts} marked draft)").format(
                written=written, drafts=drafts
            )
        if self.refused:
            written = translate("Dossier export", "{written}, {refused} refused").format(
                written=written, refused=len(self.refused)
            )
        if self.cancelled:
            return translate("Dossier export", "{written}, then cancelled.").format(written=written)
        return translate("Dossier export", "{written}.").format(written=written)


def export_selection(
    store,
    clip_ids: list[int],
    out_dir: Path,
    organisation: dict,
    include_series: bool,
    *,
    json_dossier: bool = True,
    pdf: bool = True,
    trust_list: Path | None = None,
    shared_folder: Path | None = None,
    on_progress: Callable[[float, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SelectionSummary:
    """Writes each clip's dossier into `out_dir`. Cancel stops between clips and inside one (that clip's dossier
    is then not written, and an earlier dossier of it stays as it was); the dossiers already written stay."""
    report = on_progress or (lambda _fraction, _message: None)
    stop = cancelled or (lambda: False)
    summary = SelectionSummary()
    for number, clip_id in enumerate(clip_ids):
        if stop():
            summary.cancelled = True
            break
        try:
            name = store.clip(clip_id)["file_name"]
        except StoreError as error:
            summary.refused.append(
                (translate("Dossier export", "clip {id}").format(id=clip_id), one_sentence(str(error)))
            )
            continue
        report(number / len(clip_ids), name)
        share = Progress(lambda fraction, n=number, named=name: report((n + fraction) / len(clip_ids), named), stop)
        try:
            exported = export(
                store,
                clip_id,
                out_dir,
                organisation,
                include_series,
                json_dossier=json_dossier,
                pdf=pdf,
                progress=share,
                trust_list=trust_list,
                shared_folder=shared_folder,
            )
        except Cancelled:
            summary.cancelled = True
            break
        except (ExportError, StoreError, MediaError, SigningError) as error:
            summary.refused.append((name, one_sentence(str(error))))
        except OSError as error:
            why = translate("Dossier export", "Could not write into {folder}: {why}.")
            summary.refused.append((name, why.format(folder=out_dir, why=error.strerror or error)))
        else:
            summary.written.append((name, exported))
    report(1.0, "")
    return summary
