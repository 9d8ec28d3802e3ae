"""Dragging the playhead in the real window shows the preview track's picture nearest the playhead, said to be a
preview, and the exact frame on release."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from app.media.synth import ClipRecipe, write_clip
from tests.ui.test_player_window import image_index, open_and_wait, wait_for_frame, window  # noqa: F401

pytestmark = pytest.mark.gui


def test_a_drag_between_keyframes_shows_the_nearest_preview_picture(qtbot, window, tmp_path):  # noqa: F811
    clip = write_clip(tmp_path / "长镜头.mp4", ClipRecipe(frames=90, gop=250, b_frames=3, size=(640, 360)))
    open_and_wait(qtbot, window, clip)  # one keyframe, at frame 0: before the track exists, it stands in

    def dragged_to(n: int) -> int:
        window.timeline.scrubbed.emit(n)
        return image_index(window.view.image())

    qtbot.waitUntil(lambda: abs(dragged_to(89) - 89) <= 4, timeout=15000)  # once the track is made to the end
    shown = dragged_to(50)
    assert abs(shown - 50) <= 4
    assert window.view.image().size() == QSize(320, 180)  # a small picture, stretched to the frame
    assert window.view.frame_size().toSize() == QSize(640, 360)
    assert window.readout.frame.text() == f"Frame ~{shown} / 89  (preview)"
    assert window.player.position == 0  # a preview is not where the reviewer is
    for n in (13, 71, 37):
        assert abs(dragged_to(n) - n) <= 4
    window.timeline.scrubbed.emit(0)  # decoded when the clip opened: the exact frame is as near as any picture
    qtbot.waitUntil(lambda: image_index(window.view.image()) == 0, timeout=5000)
    assert window.view.image().size() == QSize(640, 360) and window.readout.frame.text() == "Frame 0 / 89  keyframe"
    window.timeline.scrub_finished.emit(50)
    wait_for_frame(qtbot, window, 50)
    assert window.readout.frame.text() == "Frame 50 / 89"
