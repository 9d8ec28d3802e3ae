"""A case with clips in it, the way the window puts them there: opened, hashed and added to the store."""

from __future__ import annotations

from pathlib import Path

from app.media.clip import open_clip
from app.media.hashing import sha256_file
from app.store.store import Store


def add_to_case(store: Store, path: Path) -> dict:
    """The clip at `path` added to `store` with its media facts; its store row."""
    clip = open_clip(path)
    try:
        return store.add_clip(path, sha256_file(path), clip.facts.file_size, clip.facts.as_dict())
    finally:
        clip.close()
