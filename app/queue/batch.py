"""Batch analysis of the queue on this machine: for each clip, the whole-clip run of every detector on every Nth
frame, its clip-level figure, and its strongest peak (app.queue.measuring), recorded as `reelcheck analyze --record`
and `reelcheck evidence --record` record them, with each clip's row updated as it finishes.

The detectors are opened once for the batch and run on the same worker thread that opened the store; every write
happens there. app.queue.cluster runs the same measuring on a Ray cluster's workers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.i18n import translate
from app.queue.measuring import BatchSettings, ClipMeasures, Instruments, measure_queued_clip, record_measures


@dataclass
class BatchSummary:
    analysed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason in words)
    cancelled: bool = False

    def count(self, name: str, measures: ClipMeasures) -> None:
        """A clip recorded; what could not be measured on it is listed with it (it is analysed, partly)."""
        if measures.problems:
            self.failed.append((name, translate("Queue analysis", "; ").join(measures.problems)))
        self.analysed += 1


def analyze_queue(
    database,
    clip_ids: list[int],
    *,
    stride: int = 10,
    provider: str = "auto",
    read_text: bool = False,
    on_progress: Callable[[float, str], None],
    on_clip: Callable[[int], None],
    cancelled: Callable[[], bool],
) -> BatchSummary:
    """Score each clip of `clip_ids` in the case at `database` (a case address for Store.open) with every installed
    detector (every `stride`-th frame), measure its clip-level figure under the calibration in use (the shipped one
    unless the newsroom chose its own, as `reelcheck evidence` does), and record its strongest peak; with
    `read_text`, read the text on its frames once a second, keep it, and put a visible generator mark or AI label
    read there in its badge. A clip that cannot be read is listed with the reason and the rest go on; cancelling
    stops inside a clip, and the clips finished stay recorded."""
    from analyzers.run import AnalysisCancelled
    from app.media.errors import Cancelled, MediaError
    from app.store.store import Store, StoreError

    if stride < 1:
        raise ValueError("the stride must be 1 or more")
    settings = BatchSettings(stride, provider, read_text)
    summary = BatchSummary()
    instruments = Instruments(provider)
    store = Store.open(database)
    try:
        for position, clip_id in enumerate(clip_ids):
            if cancelled():
                summary.cancelled = True
                break
            try:
                clip = store.clip(clip_id)
            except StoreError as error:
                summary.failed.append((unknown_clip(clip_id), str(error)))
                continue
            name = clip["file_name"]

            def progress(share: float, what: str, position=position, name=name) -> None:
                step = translate("Queue analysis", "{clip}: {step}").format(clip=name, step=what)
                on_progress((position + min(1.0, share)) / len(clip_ids), step)

            try:
                measures = measure_queued_clip(clip, instruments, settings, on_progress=progress, cancelled=cancelled)
                record_measures(store, clip_id, measures)
            except (AnalysisCancelled, Cancelled):
                summary.cancelled = True
                break
            except (MediaError, OSError, StoreError) as error:
                summary.failed.append((name, str(error)))
                continue
            summary.count(name, measures)
            on_clip(clip_id)
            progress(1.0, translate("Queue analysis", "done"))
    finally:
        store.close()
    return summary


def unknown_clip(clip_id: int) -> str:
    """How a clip the case does not hold is named in a batch's failures."""
    return translate("Queue analysis", "clip {id}").format(id=clip_id)
