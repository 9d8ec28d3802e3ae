"""The queue's long work as Jobs: importing files and folders, analysing a selection or the whole queue, and
exporting it. Each runs on a worker with its own store connection (app.queue), shows progress with Cancel in the
status bar, and reports the clips it finishes as it goes, so that rows appear while it runs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.i18n import translate
from app.text.shown import with_visible_controls
from app.ui.progress import show_progress

if TYPE_CHECKING:
    from app.ui.shell import Shell
    from app.ui.tasks import Job

_REFRESH_MS = 250  # rows reported by a running job are shown at most four times a second
_STRIDE = 5  # whole-clip runs in a batch score every 5th frame: a queue is triaged, not dossiered


class Throttle(QObject):
    """Collects what a job reports and hands it on at most once per interval, on the GUI thread."""

    def __init__(self, flush: Callable[[list], None], interval_ms: int = _REFRESH_MS) -> None:
        super().__init__()
        self._flush, self._waiting = flush, []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.flush)

    def add(self, item: object) -> None:
        self._waiting.append(item)
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        waiting, self._waiting = self._waiting, []
        if waiting:
            self._flush(waiting)


def start_import(
    shell: Shell,
    database: Path,
    reviewer: str,
    thumbnails: Path,
    paths: list[Path],
    recursive: bool,
    on_clips: Callable[[list[int]], None],
    on_done: Callable[[], None],
) -> Job:
    from app.queue.finding import find_clips
    from app.queue.importer import import_clips

    def work(job: Job):
        found = find_clips(paths, recursive, cancelled=job.is_cancelled)
        summary = import_clips(
            database,
            list(found.clips),
            reviewer=reviewer,
            thumbnails=thumbnails,
            on_progress=lambda fraction, message: job.report(fraction),
            on_clip=job.deliver,
            cancelled=job.is_cancelled,
        )
        return found, summary

    job = shell.jobs.start(translate("Queue jobs", "Importing clips"), work, batch=True)
    throttle = Throttle(on_clips)
    job.partial.connect(throttle.add)
    show_progress(shell.status_bar, job, translate("Queue jobs", "Importing"))

    def done(result) -> None:
        throttle.flush()
        found, summary = result
        failed = [*_pairs(getattr(found, "skipped", [])), *_pairs(summary.failed)]
        notes = _pairs(summary.notes)  # imported, with a sidecar that could not be read
        # each count is a phrase of its own, so the list reads in any language
        counts = [
            translate("Queue jobs", "{count} added").format(count=f"{summary.added:,}"),
            translate("Queue jobs", "{count} already in the case").format(count=f"{summary.already_in_case:,}"),
        ]
        if summary.resumed_skipped:
            counts.append(
                translate("Queue jobs", "{count} done before (resumed)").format(count=summary.resumed_skipped)
            )
        if failed:
            counts.append(translate("Queue jobs", "{count} not imported").format(count=len(failed)))
        if notes:
            counts.append(translate("Queue jobs", "{count} with an unusable .info.json").format(count=len(notes)))
        said = (
            translate("Queue jobs", "Import cancelled: {counts}.")
            if summary.cancelled
            else translate("Queue jobs", "Imported: {counts}.")
        )
        shell.status_bar.showMessage(said.format(counts=_listed(counts)), 10000)
        if failed or notes:
            show_failures(
                shell.window,
                translate("Queue jobs", "Files not imported") if failed else translate("Queue jobs", "Import notes"),
                translate(
                    "Queue jobs", "These files were not imported, or were imported without their source details:"
                ),
                failed + notes,
            )

    job.succeeded.connect(done)
    job.finished.connect(on_done)
    job.cancelled.connect(throttle.flush)
    return job


def start_analysis(
    shell: Shell, database: Path, clip_ids: list[int], provider: str, on_clips: Callable[[list[int]], None]
) -> Job:
    from app.queue.batch import BatchSummary, analyze_queue
    from app.queue.cluster import ClusterError, analyze_on_cluster

    ids = list(clip_ids)
    cluster = shell.preferences.current.cluster  # "" analyses here; else the Ray cluster of the Team settings

    def work(job: Job):
        batch = {
            "stride": _STRIDE,
            "provider": provider,
            "read_text": True,  # a visible generator mark is the first thing a moderator sorts by
            "on_progress": lambda fraction, message: job.report(fraction),
            "on_clip": job.deliver,
            "cancelled": job.is_cancelled,
        }
        if not cluster:
            return analyze_queue(database, ids, **batch)
        try:
            return analyze_on_cluster(database, ids, address=cluster, **batch)
        except ClusterError as error:  # listed as the reason no clip was analysed
            return BatchSummary(
                failed=[(translate("Queue jobs", "Ray cluster {address}").format(address=cluster), str(error))]
            )

    job = shell.jobs.start(translate("Queue jobs", "Analysing the queue"), work, batch=True)
    throttle = Throttle(on_clips)
    job.partial.connect(throttle.add)
    analysing = (
        translate("Queue jobs", "Analysing 1 clip")
        if len(ids) == 1
        else translate("Queue jobs", "Analysing {count} clips").format(count=f"{len(ids):,}")
    )
    show_progress(shell.status_bar, job, analysing)

    def done(summary) -> None:
        throttle.flush()
        failed = _pairs(summary.failed)
        counts = [translate("Queue jobs", "{count} analysed").format(count=summary.analysed)]
        if failed:
            counts.append(translate("Queue jobs", "{count} failed").format(count=len(failed)))
        said = (
            translate("Queue jobs", "Analysis cancelled: {counts}.")
            if summary.cancelled
            else translate("Queue jobs", "Analysis done: {counts}.")
        )
        shell.status_bar.showMessage(said.format(counts=_listed(counts)), 10000)
        if failed:
            show_failures(
                shell.window,
                translate("Queue jobs", "Clips not analysed"),
                translate("Queue jobs", "These clips could not be analysed:"),
                failed,
            )

    job.succeeded.connect(done)
    job.cancelled.connect(throttle.flush)
    return job


def start_export(shell: Shell, rows: list[dict], target: Path, kind: str) -> Job:
    from app.queue.export import export_queue

    job = shell.jobs.start(translate("Queue jobs", "Exporting the queue"), lambda job: export_queue(rows, target, kind))
    show_progress(shell.status_bar, job, translate("Queue jobs", "Exporting"))
    saved = (
        translate("Queue jobs", "Saved 1 clip to {file}")
        if len(rows) == 1
        else translate("Queue jobs", "Saved {count} clips to {file}")
    ).format(count=f"{len(rows):,}", file=target)
    job.succeeded.connect(lambda _: shell.status_bar.showMessage(saved, 8000))
    return job


def show_failures(parent: QWidget, title: str, heading: str, failed: list[tuple[str, str]]) -> QDialog:
    """Each file with its reason, as plain text with control characters made visible (names come from disk)."""
    dialog = QDialog(parent)
    dialog.setObjectName("queue-failures")
    dialog.setWindowTitle(title)
    text = QPlainTextEdit()
    text.setReadOnly(True)
    text.setAccessibleName(heading)
    text.setPlainText(
        "\n".join(f"{with_visible_controls(str(path))}\n    {with_visible_controls(reason)}" for path, reason in failed)
    )
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.close)
    layout = QVBoxLayout(dialog)
    label = QLabel(f"{heading} ({len(failed)})")
    label.setTextFormat(Qt.TextFormat.PlainText)
    layout.addWidget(label)
    layout.addWidget(text)
    layout.addWidget(buttons)
    dialog.resize(640, 360)
    dialog.text = text
    dialog.open()
    return dialog


def _listed(phrases: list[str]) -> str:
    return translate("Queue jobs", ", ").join(phrases)


def _pairs(items) -> list[tuple[str, str]]:
    """(path, reason) pairs from what the importer reports (tuples, or objects with a path and a reason)."""
    pairs = []
    for item in items or ():
        if isinstance(item, tuple | list) and len(item) == 2:
            pairs.append((str(item[0]), str(item[1])))
        else:
            pairs.append((str(getattr(item, "path", item)), str(getattr(item, "reason", ""))))
    return pairs


def start_dossiers(shell: Shell, database: Path | str, reviewer: str, clip_ids: list[int], dialog) -> Job:
    """Each clip's dossier into the folder the Export dialog names; the summary in the status bar, and the clips
    refused listed with their reasons."""
    from app.dossier.selection import SelectionSummary, export_selection
    from app.store.store import Store, StoreError
    from app.ui.export_view import FOLDER_KEY, JSON_KEY, PDF_KEY, SERIES_KEY

    settings = shell.settings
    out_dir = Path(dialog.folder.text().strip()).expanduser()
    for key, value in (
        (FOLDER_KEY, str(out_dir)),
        (PDF_KEY, dialog.pdf.isChecked()),
        (JSON_KEY, dialog.json.isChecked()),
        (SERIES_KEY, dialog.series.isChecked()),
    ):
        settings.setValue(key, value)
    chosen = shell.preferences.current
    organisation = {"name": chosen.organisation, "url": chosen.organisation_url}
    trust = chosen.trust_list
    ids, pdf, json_dossier, series = (
        list(clip_ids),
        dialog.pdf.isChecked(),
        dialog.json.isChecked(),
        dialog.series.isChecked(),
    )

    def work(job: Job):
        try:
            store = Store.open(database, reviewer)
        except StoreError as error:
            return SelectionSummary(refused=[(translate("Queue jobs", "the case"), str(error))])
        try:
            summary = export_selection(
                store,
                ids,
                out_dir,
                organisation,
                series and json_dossier,
                json_dossier=json_dossier,
                pdf=pdf,
                trust_list=Path(trust) if trust else None,
                shared_folder=Path(chosen.shared_folder) if chosen.shared_folder else None,
                on_progress=lambda fraction, _name: job.report(fraction),
                cancelled=job.is_cancelled,
            )
        finally:
            store.close()
        job.took_effect()  # the dossiers written stay written, and are reported, whenever Cancel came
        return summary

    job = shell.jobs.start(translate("Queue jobs", "Writing dossiers"), work, batch=True)
    writing = (
        translate("Queue jobs", "Dossier for 1 clip")
        if len(ids) == 1
        else translate("Queue jobs", "Dossiers for {count} clips").format(count=f"{len(ids):,}")
    )
    show_progress(shell.status_bar, job, writing)

    def done(summary) -> None:
        said = translate("Queue jobs", "{summary} Folder: {folder}")
        shell.status_bar.showMessage(said.format(summary=summary.sentence(), folder=out_dir), 10000)
        if summary.refused:
            show_failures(
                shell.window,
                translate("Queue jobs", "Dossiers not written"),
                translate("Queue jobs", "No dossier was written for:"),
                summary.refused,
            )

    job.succeeded.connect(done)
    return job
