"""The visible generator marks and AI labels looked for in a clip's on-screen text: those ReelCheck ships and a
newsroom's own: any `*.json` file in the `marks` folder of ReelCheck's user data folder, in the same form as
resources/marks/visible_marks.json. A file of one's own that cannot be used is said, and the shipped marks still
count."""

from __future__ import annotations

import logging
from pathlib import Path

from analyzers.words.marks import Mark, MarksFileError, load_marks
from app.analysis.detector_words import error_words
from app.i18n import translate

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
        words = translate("Words", "{reason} Only the marks ReelCheck ships are looked for.")
        return load_marks(), words.format(reason=error_words(error))
