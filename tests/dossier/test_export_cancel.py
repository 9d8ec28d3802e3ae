"""An export is cancellable from its first step: the check that the clip's file is the reviewed one reads the whole
file (seconds for a clip of gigabytes), and a cancel there stops the export with nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.dossier.export import Progress, export
from app.media.errors import Cancelled
from app.media.hashing import sha256_file
from app.media.synth import ClipRecipe, write_clip
from app.store.store import Store


def test_a_cancel_while_the_clip_is_read_stops_the_export_there(tmp_path):
    path = Path(write_clip(tmp_path / "片段.mp4", ClipRecipe(frames=12, size=(96, 64))))
    store = Store.open(tmp_path / "case.db", "ann")
    try:
        clip = store.add_clip(path, sha256_file(path), path.stat().st_size, {})
        with pytest.raises(Cancelled) as raised:
            export(
                store,
                clip["id"],
                tmp_path / "out",
                {"name": "", "url": ""},
                False,
                progress=Progress(cancelled=lambda: True),
            )
    finally:
        store.close()
    assert any(entry.name == "sha256_file" for entry in raised.traceback)  # stopped inside the read itself
    assert not (tmp_path / "out").exists()
