"""Which visible generator marks and AI labels a clip's on-screen text holds, against the marks ReelCheck ships and
a newsroom's own: any `*.json` file in the `marks` folder of ReelCheck's user data folder, in the same form as
resources/marks/visible_marks.json. A file of one's own that cannot be used is said, and the shipped marks still
count."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from analyzers.words.lines import ON_SCREEN, TextLine
from analyzers.words.marks import Mark, MarksFileError, VisibleMark, find_marks, load_marks
from app.media.facts import MediaFacts

log = logging.getLogger(__name__)
_MOST_OWN_FILES = 20


def own_marks_folder() -> Path:
    from platformdirs import user_data_path

    return user_data_path("reelcheck", appauthor=False) / "marks"


def known_marks(folder: Path | None = None) -> tuple[tuple[Mark, ...], str]:
    """The marks to look for, and what was wrong with the newsroom's own files ('' when nothing was)."""
    folder = own_marks_folder() if folder is None else folder
    own = sorted(folder.glob("*.json"))[:_MOST_OWN_FILES] if folder.is_dir() else []
    try:
        return load_marks(own), ""
    except MarksFileError as error:
        log.warning("own marks not used: %s", error)
        return load_marks(), f"{error} Only the marks ReelCheck ships are looked for."


def visible_marks(lines: Iterable[TextLine], facts: MediaFacts, marks: tuple[Mark, ...]) -> list[VisibleMark]:
    """The marks read in the on-screen lines (subtitles are what someone typed, not what the frames show)."""
    shown = [line for line in lines if line.source == ON_SCREEN]
    return find_marks(shown, (facts.display_width, facts.display_height), marks)
