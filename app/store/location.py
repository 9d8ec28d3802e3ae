"""Where the case database lives unless --db says otherwise, and where scores go when it cannot take them."""

from __future__ import annotations

from pathlib import Path


def default_database() -> Path:
    from platformdirs import user_data_path

    return user_data_path("reelcheck", appauthor=False) / "reelcheck.db"


def unrecorded_scores_folder() -> Path:
    """Whole-clip scores that `analyze --record` computed but could not write into the case."""
    from platformdirs import user_data_path

    return user_data_path("reelcheck", appauthor=False) / "unrecorded scores"
