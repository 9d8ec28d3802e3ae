"""Where the case database lives unless --db says otherwise, and where scores go when it cannot take them."""

from __future__ import annotations

from pathlib import Path


def default_database() -> Path:
    """reelcheck.db in the data folder the settings name, else in the platform's user data folder."""
    from platformdirs import user_data_path

    from app.preferences import load_preferences

    chosen = load_preferences().data_folder
    return (Path(chosen) if chosen else user_data_path("reelcheck", appauthor=False)) / "reelcheck.db"


def unrecorded_scores_folder() -> Path:
    """Whole-clip scores that `analyze --record` computed but could not write into the case."""
    from platformdirs import user_data_path

    return user_data_path("reelcheck", appauthor=False) / "unrecorded scores"
