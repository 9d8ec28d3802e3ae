"""A screenshot of the queue over a case whose thumbnails are not in this machine's cache (a colleague imported its
clips), once the queue has made them from the clip files; the rows of a FIFO, a missing and a replaced file keep an
empty box. For a person to look at; not part of the suite (no test_ prefix); run it by name:

    REELCHECK_SHOTS=/tmp/shots pytest tests/ui/shots_queue_thumbnails.py
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from app.store.store import Store
from app.ui.main_window import QUEUE
from app.ui.queue_model import COLUMN_KEYS
from tests.artifacts import write_clip
from tests.case import add_to_case
from tests.ui.test_queue import close_window, make_window, wait_rows

pytestmark = pytest.mark.gui

COLOURS = {"晚霞 sunset": (230, 110, 40), "green field": (40, 200, 60), "sea": (40, 90, 220)}
UNUSABLE = ("fifo", "missing", "replaced")


def test_screenshot(qtbot, tmp_path):
    folder = Path(os.environ.get("REELCHECK_SHOTS", tmp_path / "shots"))
    folder.mkdir(parents=True, exist_ok=True)
    clips = tmp_path / "clips"
    clips.mkdir()
    database = tmp_path / "team.db"
    store = Store.open(database, "Colleague")
    shades = {**COLOURS, **{name: (200, 200, 40 + 20 * n) for n, name in enumerate(UNUSABLE)}}
    for name, rgb in shades.items():
        frame = np.full((360, 640, 3), rgb, np.uint8)
        frame[120:240, 200:440] = 255 - np.array(rgb, np.uint8)  # a box in the opposite colour: the picture's middle
        add_to_case(store, write_clip(clips / f"{name}.mp4", [frame] * 4, crf=18))
    store.close()
    (clips / "fifo.mp4").unlink()
    os.mkfifo(clips / "fifo.mp4")
    (clips / "missing.mp4").unlink()
    write_clip(clips / "replaced.mp4", [np.full((360, 640, 3), (200, 40, 200), np.uint8)] * 4)

    window, case, jobs = make_window(qtbot, database)
    try:
        qtbot.waitUntil(lambda: window.page() == QUEUE, timeout=10000)
        wait_rows(qtbot, window, len(shades))
        model, column = window.queue_view.model, COLUMN_KEYS.index("thumbnail")
        shown = lambda: sum(  # noqa: E731
            model.data(model.index(row, column), Qt.ItemDataRole.DecorationRole) is not None
            for row in range(model.rowCount())
        )
        qtbot.waitUntil(lambda: shown() == len(COLOURS), timeout=20000)
        qtbot.wait(500)
        assert window.grab().save(str(folder / "queue_thumbnails_made.png"))
    finally:
        close_window(qtbot, window, case, jobs)
