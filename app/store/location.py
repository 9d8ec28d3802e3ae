"""Where the case database lives unless --db says otherwise."""

from __future__ import annotations

from pathlib import Path


def default_database() -> Path:
    from platformdirs import user_data_path

    return user_data_path("reelcheck", appauthor=False) / "reelcheck.db"
