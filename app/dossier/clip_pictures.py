"""The pictures a dossier takes from its clip, from one pass through the clip in frame order: the evidence frames
drawn and encoded as PNG, and the strip of frames spread over the clip that the PDF shows. Decoding is most of an
export's time, so the clip is decoded once for both, and the evidence frames are drawn and encoded on other
threads while the frames after them are decoded. No Qt.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from app.dossier.evidence_images import EvidencePainter, EvidencePicture
from app.dossier.pdf_inputs import strip_numbers, strip_picture
from app.media.errors import Cancelled

if TYPE_CHECKING:
    from analyzers.registry import Registry

# Two threads draw and encode (OpenCV, numpy and ONNX Runtime let go of the GIL) while this one decodes; a few
# evidence frames are decoded ahead of their drawing, each holding its decoded frames until it is drawn.
_DRAWING_THREADS = 2
_DECODED_AHEAD = 3


@dataclass(frozen=True)
class ClipPictures:
    evidence: dict[int, EvidencePicture]  # by evidence id, in the order of the evidence rows
    strip: list[tuple[int, str, np.ndarray]]  # (frame, timecode, RGB picture); empty unless for the PDF


def clip_pictures(
    clip_path: str | Path,
    evidence_rows: list[dict],
    for_pdf: bool = False,
    cancelled: Callable[[], bool] | None = None,
    registry: Registry | None = None,
) -> ClipPictures:
    """Each evidence row's picture drawn; `for_pdf` adds the PDF's strip of frames and keeps each drawn picture
    for the PDF beside its PNG. Raises Cancelled between frames when `cancelled()`, and MediaError when a frame
    cannot be decoded."""
    if not evidence_rows and not for_pdf:
        return ClipPictures({}, [])
    cancelled = cancelled or (lambda: False)
    drawn: dict[int, EvidencePicture] = {}
    pictures: list[tuple[int, str, np.ndarray]] = []
    pending: deque[tuple[int, Future[EvidencePicture]]] = deque()
    drawing = ThreadPoolExecutor(max_workers=_DRAWING_THREADS, thread_name_prefix="evidence")
    with EvidencePainter(Path(clip_path), registry) as painter, drawing:
        clip = painter.clip
        stops = [(row["frame"], row) for row in evidence_rows]
        stops += [(n, None) for n in (strip_numbers(clip.frame_count) if for_pdf else [])]
        try:
            # Frame order: the decoder goes on from where it stopped instead of seeking back for every stop.
            for n, row in sorted(stops, key=lambda stop: stop[0]):
                if cancelled():
                    raise Cancelled()
                if row is None:
                    pictures.append(strip_picture(clip.frame(n, "rgb24"), clip.facts.average_rate))
                    continue
                pending.append((row["id"], drawing.submit(painter.paint, row, painter.frames(row), for_pdf)))
                if len(pending) > _DECODED_AHEAD:
                    evidence_id, picture = pending.popleft()
                    drawn[evidence_id] = picture.result()
            while pending:
                evidence_id, picture = pending.popleft()
                drawn[evidence_id] = picture.result()
        finally:
            for _, picture in pending:
                picture.cancel()
    return ClipPictures({row["id"]: drawn[row["id"]] for row in evidence_rows}, pictures)
