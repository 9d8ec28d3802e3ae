"""Queue thumbnails made where the cache has none (a team case's clips imported on a colleague's machine, a cache
that was cleared): made from the clip's file when it is still the clip, never from a FIFO, a device, a missing, an
enormous, a damaged or a replaced file, and such a file is not tried again."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

import app.ui.queue_thumbnails as queue_thumbnails
from app.files.regular import NotAFile
from app.media.errors import MediaError
from app.media.hashing import sha256_file
from app.queue import thumbnail_cache
from app.queue.thumbnail_cache import thumbnail_from_file, thumbnail_path
from app.store.store import Store
from app.ui.main_window import QUEUE
from app.ui.queue_model import COLUMN_KEYS
from tests.artifacts import write_clip
from tests.case import add_to_case
from tests.ui.test_queue import close_window, make_window, wait_rows

pytestmark = pytest.mark.gui

COLOURS = {"red": (220, 40, 40), "green": (40, 200, 60), "blue": (40, 60, 220)}


def solid_clip(folder: Path, name: str, rgb: tuple[int, int, int]) -> Path:
    return write_clip(folder / f"{name}.mp4", [np.full((72, 128, 3), rgb, np.uint8)] * 4, crf=18)


def never(*_args) -> bool:
    return False


def test_a_thumbnail_is_made_from_the_clip_file_when_it_is_still_the_clip(tmp_path):
    clip = solid_clip(tmp_path, "green", COLOURS["green"])
    sha256 = sha256_file(clip)
    made = thumbnail_from_file(tmp_path / "thumbnails", sha256, clip, never)
    assert made == thumbnail_path(tmp_path / "thumbnails", sha256)
    picture = QImage(str(made))
    assert (picture.width(), picture.height()) == (160, 90)  # fitted into the box, as the import's
    assert abs(picture.pixelColor(80, 45).hue() - QColor(*COLOURS["green"]).hue()) < 10


def test_a_file_that_is_not_the_clip_any_more_gives_no_thumbnail(tmp_path):
    clip = solid_clip(tmp_path, "red", COLOURS["red"])
    sha256 = sha256_file(clip)
    solid_clip(tmp_path, "red", COLOURS["blue"])  # another picture under the same name
    assert thumbnail_from_file(tmp_path / "thumbnails", sha256, clip, never) is None
    assert not thumbnail_path(tmp_path / "thumbnails", sha256).exists()


@pytest.mark.parametrize("kind", ["fifo", "device", "folder", "missing", "enormous"])
def test_what_is_not_a_clip_file_of_a_sane_size_is_refused_without_reading_it(tmp_path, not_a_file, kind):
    if kind == "missing":
        path = tmp_path / "gone.mp4"
    elif kind == "enormous":
        path = tmp_path / "huge.mp4"
        with open(path, "wb") as file:
            file.truncate(thumbnail_cache._LARGEST_FILE + 1)  # sparse: no disk used, nothing hashed
    else:
        path = not_a_file(kind)
    with pytest.raises(NotAFile):  # a FIFO is refused at once: no writer is waited for
        thumbnail_from_file(tmp_path / "thumbnails", "ab" * 32, path, never)
    assert not (tmp_path / "thumbnails").exists()


def test_a_damaged_file_with_its_own_hash_gives_no_thumbnail(tmp_path):
    damaged = tmp_path / "damaged.mp4"
    damaged.write_bytes(solid_clip(tmp_path, "blue", COLOURS["blue"]).read_bytes()[:600])
    with pytest.raises(MediaError):
        thumbnail_from_file(tmp_path / "thumbnails", sha256_file(damaged), damaged, never)
    assert not (tmp_path / "thumbnails").exists()


def test_the_queue_makes_the_missing_thumbnails_and_leaves_the_boxes_of_unusable_files_empty(
    qtbot, tmp_path, monkeypatch
):
    tried: list[Path] = []

    def counted(folder, sha256, path, cancelled):
        tried.append(path)
        return thumbnail_from_file(folder, sha256, path, cancelled)

    monkeypatch.setattr(queue_thumbnails, "thumbnail_from_file", counted)
    clips = tmp_path / "clips"
    clips.mkdir()
    database = tmp_path / "team.db"
    store = Store.open(database, "Colleague 同事")
    rows = {name: add_to_case(store, solid_clip(clips, name, rgb)) for name, rgb in COLOURS.items()}
    for shade, name in enumerate(("fifo", "missing", "replaced")):
        rows[name] = add_to_case(store, solid_clip(clips, name, (200, 200, 40 + 20 * shade)))
    store.close()
    Path(rows["fifo"]["path"]).unlink()
    os.mkfifo(rows["fifo"]["path"])
    Path(rows["missing"]["path"]).unlink()
    solid_clip(clips, "replaced", (200, 40, 200))  # another clip under the name the colleague imported

    window, case, jobs = make_window(qtbot, database)
    try:
        qtbot.waitUntil(lambda: window.page() == QUEUE, timeout=10000)
        wait_rows(qtbot, window, len(rows))
        view = window.queue_view
        model = view.model
        column = COLUMN_KEYS.index("thumbnail")
        row_of = {model.row_data(row)["sha256"]: row for row in range(model.rowCount())}
        good = [rows[name] for name in COLOURS]
        bad = [rows[name] for name in ("fifo", "missing", "replaced")]
        assert not any(thumbnail_path(view.thumbnail_folder, row["sha256"]).exists() for row in rows.values())

        def decoration(row: dict):
            return model.data(model.index(row_of[row["sha256"]], column), Qt.ItemDataRole.DecorationRole)

        # read from the cache a few times (an import may be writing them), then made from the files
        qtbot.waitUntil(lambda: all(decoration(row) is not None for row in good), timeout=20000)
        qtbot.waitUntil(lambda: {str(path) for path in tried} >= {row["path"] for row in bad}, timeout=5000)
        qtbot.wait(50)  # what the maker said of the last of them reaches the GUI thread

        picture = view.table.viewport().grab().toImage()
        for name, row in zip(COLOURS, good, strict=True):
            expected = QColor(*COLOURS[name]).hue()
            assert abs(decoration(row).toImage().pixelColor(30, 18).hue() - expected) < 12, name
            centre = view.table.visualRect(model.index(row_of[row["sha256"]], column)).center()
            assert abs(picture.pixelColor(centre).hue() - expected) < 12, name
        for row in bad:
            assert decoration(row) is None
            assert not thumbnail_path(view.thumbnail_folder, row["sha256"]).exists()  # nothing of the new file

        # shown again and again (repaints, scrolling back), the unusable files are not read again in this session
        for _ in range(3):
            assert all(decoration(row) is None for row in bad)
            view.table.viewport().grab()
            qtbot.wait(20)
        assert sorted(map(str, tried)) == sorted(row["path"] for row in bad + good)
    finally:
        close_window(qtbot, window, case, jobs)
