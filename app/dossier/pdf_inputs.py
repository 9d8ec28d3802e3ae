"""What the PDF shows beyond the dossier's JSON: frames spread across the clip, and the media facts in the Media
facts panel's words. No Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import cv2
import numpy as np

from app.dossier.content import timecode
from app.dossier.report_html import KEYFRAMES

if TYPE_CHECKING:
    from app.media.clip import Frame

STRIP_WIDTH = 360  # pixels per picture: sharp at 300 dpi in a sixth of the text column


def strip_numbers(count: int) -> list[int]:
    """The KEYFRAMES frames of the PDF's strip, spread evenly over a clip of `count` frames, middles of equal parts,
    so a reader sees what the clip shows from start to end."""
    return sorted({min(count - 1, int((i + 0.5) * count / KEYFRAMES)) for i in range(KEYFRAMES)})


def strip_picture(frame: Frame, fps: float) -> tuple[int, str, np.ndarray]:
    """(frame, timecode, RGB picture) of an RGB `frame` for the strip, no wider than STRIP_WIDTH."""
    image = frame.image
    height, width = image.shape[:2]
    if width > STRIP_WIDTH:
        size = (STRIP_WIDTH, max(1, round(height * STRIP_WIDTH / width)))
        image = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
    return frame.number, timecode(frame.number, fps, in_english=False), image


def media_rows(clip: dict) -> list[tuple[str, list[tuple[str, str]]]]:
    """The media facts sections of the dossier's clip, without the folder: where the file sat on the reviewer's disk
    is not part of the clip's identity."""
    from app.media.facts import MediaFacts
    from app.text.facts import facts_sections

    media = clip.get("media")
    if not media:
        return []
    # Named without its folder, the file's folder row reads "." and is left out by that value: its label is in the
    # reader's language.
    facts = MediaFacts.from_dict({**media, "path": str(Path(clip["file_name"]))})
    sections = facts_sections(facts, clip["sha256"])
    return [(title, [(label, value) for label, value in rows if value != "."]) for title, rows in sections]
