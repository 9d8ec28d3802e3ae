"""Two clips side by side: one slider moves both, each side shows its own clip's exact frame at that moment (read
back from the pixels), and a clip that cannot be opened is said in words on the view."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from app.media.synth import ClipRecipe, read_index, write_clip
from app.ui.compare_view import compare_clips
from app.ui.tasks import Jobs

pytestmark = pytest.mark.gui


def shown_index(view) -> int:
    image = view.image().convertToFormat(view.image().Format.Format_RGB888)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return read_index(pixels[:, : image.width() * 3].reshape(image.height(), image.width(), 3))


def test_both_clips_show_their_frame_at_the_same_moment(qtbot, tmp_path):
    slow = write_clip(tmp_path / "慢 25fps.mp4", ClipRecipe(frames=50, fps=25, size=(160, 96)))
    fast = write_clip(tmp_path / "fast 50fps.mp4", ClipRecipe(frames=120, fps=50, size=(192, 108)))
    jobs = Jobs()
    dialog = compare_clips(jobs, slow, fast)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.slider.isEnabled() and dialog.views[1].image() is not None, timeout=10_000)
    assert dialog.slider.maximum() == 1999  # the shorter clip's two seconds
    dialog.slider.setValue(1000)
    qtbot.waitUntil(lambda: [shown_index(view) for view in dialog.views] == [25, 50], timeout=10_000)
    qtbot.keyClick(dialog.slider, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: [shown_index(view) for view in dialog.views] == [27, 55], timeout=10_000)
    assert "Frame 55" in dialog._times[1].text()
    dialog.close()
    assert jobs.wait(10_000)


def test_a_clip_that_cannot_be_opened_is_said_on_the_view(qtbot, tmp_path):
    good = write_clip(tmp_path / "good.mp4", ClipRecipe(frames=10, size=(96, 64)))
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"not a video at all" * 10)
    jobs = Jobs()
    dialog = compare_clips(jobs, good, broken)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.views[0].placeholder != "Opening the clip…", timeout=10_000)
    assert "broken.mp4" in dialog.views[0].placeholder or "video" in dialog.views[0].placeholder.lower()
    assert not dialog.slider.isEnabled()
    dialog.close()
    assert jobs.wait(10_000)


def test_a_held_arrow_key_decodes_one_position_at_a_time_and_ends_on_the_newest(qtbot, tmp_path):
    clip = write_clip(tmp_path / "a.mp4", ClipRecipe(frames=90, fps=30, size=(96, 64)))
    other = write_clip(tmp_path / "b.mp4", ClipRecipe(frames=90, fps=30, size=(96, 64)))
    jobs = Jobs()
    dialog = compare_clips(jobs, clip, other)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.views[1].image() is not None, timeout=10_000)
    started = []
    real_start = jobs.start
    jobs.start = lambda name, work, **kw: started.append(name) or real_start(name, work, **kw)
    for _ in range(20):  # faster than frames decode
        qtbot.keyClick(dialog.slider, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: [shown_index(view) for view in dialog.views] == [60, 60], timeout=10_000)
    assert 1 <= started.count("Decoding the frames to compare") < 20
    dialog.close()
    assert jobs.wait(10_000)
