"""The real main window, driven like a reviewer would: open, keys, scrubbing, zoom, marks, playback, bad files."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QMessageBox

from app.media.synth import read_index
from app.ui.main_window import MainWindow
from app.ui.overlays import LiveOverlays
from app.ui.player import PlayerController
from app.ui.tasks import Jobs

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, tmp_path):
    """The real main window with the player, the detectors and a case database of its own."""
    from app.ui.case import CaseController

    jobs = Jobs()
    win = MainWindow(QSettings(), jobs)
    case = CaseController("Test Reviewer")
    win.attach_case(case)
    with qtbot.waitSignal(case.opened, timeout=10000):
        case.open_store(tmp_path / "case.db")
    win.attach_player(PlayerController(jobs), LiveOverlays(jobs))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    win.player.close()
    win.overlays.close()
    case.close()
    jobs.cancel_all()
    assert jobs.wait(5000)


def image_index(image: QImage) -> int:
    """The frame number drawn in a picture's pixels."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return read_index(pixels[:, : image.width(), :3])


def shown_index(window) -> int:
    return image_index(window.view.image())


def open_and_wait(qtbot, window, path) -> None:
    with qtbot.waitSignal(window.player.opened, timeout=10000):
        window.open_paths([str(path)])
    wait_for_frame(qtbot, window, 0)


def wait_for_frame(qtbot, window, n: int) -> None:
    qtbot.waitUntil(lambda: window.player.position == n and window.view.image() is not None, timeout=10000)
    qtbot.waitUntil(lambda: shown_index(window) == n, timeout=5000)


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window.view, key, modifier)


def test_open_shows_frame_zero_and_facts(qtbot, window, h264_clip):
    open_and_wait(qtbot, window, h264_clip)
    assert window.windowTitle().startswith("h264.mp4")
    assert window.readout.frame.text().startswith("Frame 0 / 63")
    assert window.readout.time.text() == "00:00:00.000"
    assert window.facts.topLevelItemCount() >= 3
    qtbot.waitUntil(lambda: window.readout.hash_bar.isHidden(), timeout=10000)
    sha = window.facts.findItems("SHA-256", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0)[0]
    assert len(sha.text(1)) == 64


def test_transport_keys_move_exactly(qtbot, window, make_clip):
    open_and_wait(qtbot, window, make_clip("h264_long_gop"))
    press(qtbot, window, Qt.Key.Key_Right)
    wait_for_frame(qtbot, window, 1)
    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    wait_for_frame(qtbot, window, 31)
    press(qtbot, window, Qt.Key.Key_End)
    wait_for_frame(qtbot, window, 299)
    for expected in (298, 297, 296):
        press(qtbot, window, Qt.Key.Key_Left)
        wait_for_frame(qtbot, window, expected)
    press(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    wait_for_frame(qtbot, window, 266)
    press(qtbot, window, Qt.Key.Key_Home)
    wait_for_frame(qtbot, window, 0)
    assert window.readout.time.text() == "00:00:00.000"


def test_go_to_accepts_frames_and_timecodes(qtbot, window, h264_clip):
    open_and_wait(qtbot, window, h264_clip)
    assert window.player.resolve("45") == 45
    assert window.player.resolve("00:00:01.000") == 30
    assert window.player.resolve("0:01.5") == 45
    for bad in ("abc", "9999", "00:10:00.000", ""):
        with pytest.raises(ValueError):
            window.player.resolve(bad)


def test_scrubbing_ends_on_the_exact_frame(qtbot, window, make_clip):
    open_and_wait(qtbot, window, make_clip("h264_long_gop"))
    timeline = window.timeline
    y = timeline.height() - 10
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=QPoint(int(timeline.x_of(10)), y))
    for n in range(20, 260, 20):
        qtbot.mouseMove(timeline, QPoint(int(timeline.x_of(n)), y))
        qtbot.wait(5)
    # The frame the release lands on, as the timeline says it: docks filling in while the clip opens may change
    # the timeline's width, and with it which frame a pixel is, between the drag and a later frame_at_x.
    with qtbot.waitSignal(timeline.scrub_finished, timeout=5000) as released:
        qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=QPoint(int(timeline.x_of(233)), y))
    target = released.args[0]
    assert abs(target - 233) <= 5
    wait_for_frame(qtbot, window, target)
    assert "preview" not in window.readout.frame.text()


def test_zoom_shows_sharp_pixels_above_100_percent(qtbot, window, h264_clip):
    open_and_wait(qtbot, window, h264_clip)
    assert window.view.fits_window
    press(qtbot, window, Qt.Key.Key_1)
    assert window.view.scale == pytest.approx(1.0)
    window.view.zoom_to(8.0, QPointF(window.view.width() / 2, window.view.height() / 2))
    assert window.readout.zoom.text() == "800%"
    grab = window.view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    rect = window.view.image_rect()
    # The image pixel under the view's centre covers an 8x8 block of identical screen pixels.
    point = window.view.map_to_image(QPointF(window.view.width() / 2, window.view.height() / 2))
    left = int(rect.left() + int(point.x()) * 8) + 1
    top = int(rect.top() + int(point.y()) * 8) + 1
    block = {grab.pixel(left + dx, top + dy) for dx in range(6) for dy in range(6)}
    assert len(block) == 1
    press(qtbot, window, Qt.Key.Key_Minus)
    assert window.view.scale == pytest.approx(8.0 / 1.25)
    press(qtbot, window, Qt.Key.Key_F)
    assert window.view.fits_window


def test_marks_and_loop(qtbot, window, h264_clip):
    open_and_wait(qtbot, window, h264_clip)
    window.player.seek(5)
    wait_for_frame(qtbot, window, 5)
    press(qtbot, window, Qt.Key.Key_I)
    window.player.seek(12)
    wait_for_frame(qtbot, window, 12)
    press(qtbot, window, Qt.Key.Key_O)
    assert (window.player.mark_in, window.player.mark_out) == (5, 12)
    assert window.timeline._marks == (5, 12)
    assert window.readout.marks.text() == "In 00:00:00.167  Out 00:00:00.400  (0.233 s)"
    window.actions_by_key["loop"].trigger()
    assert window.player.loop
    press(qtbot, window, Qt.Key.Key_Space)
    seen = set()
    for _ in range(120):
        qtbot.wait(10)
        seen.add(window.player.position)
    press(qtbot, window, Qt.Key.Key_K)
    assert not window.player.playing
    assert seen <= set(range(5, 13)) and len(seen) > 3, seen


def test_playback_advances_at_the_clip_rate(qtbot, window, h264_clip):
    open_and_wait(qtbot, window, h264_clip)
    press(qtbot, window, Qt.Key.Key_Space)
    qtbot.wait(1000)
    press(qtbot, window, Qt.Key.Key_Space)
    position = window.player.position
    assert 15 <= position <= 40, position  # about 30 frames in one second at 30 fps
    wait_for_frame(qtbot, window, position)


def test_shuttle_speeds_up_with_repeated_presses(qtbot, window, h264_clip):
    open_and_wait(qtbot, window, h264_clip)
    press(qtbot, window, Qt.Key.Key_L)
    press(qtbot, window, Qt.Key.Key_L)
    assert window.player._clock.speed == 2.0
    press(qtbot, window, Qt.Key.Key_J)
    assert window.player._clock.speed == -1.0
    press(qtbot, window, Qt.Key.Key_K)
    assert not window.player.playing


def test_bad_file_gets_a_message_and_keeps_the_open_clip(qtbot, window, h264_clip, tmp_path, monkeypatch):
    open_and_wait(qtbot, window, h264_clip)
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: messages.append((title, text)))
    bad = tmp_path / "empty.mp4"
    bad.write_bytes(b"")
    window.open_paths([str(bad)])
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    title, text = messages[0]
    assert title == "Could not open the clip" and "empty (0 bytes)" in text and "Traceback" not in text
    assert window.player.clip is not None and window.player.clip.path == h264_clip


def test_drop_a_file_opens_it(qtbot, window, make_clip):
    path = make_clip("rotated_phone")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.player.opened, timeout=10000):
        window.view.dropEvent(event)
    wait_for_frame(qtbot, window, 0)
    assert window.view.image().size().toTuple() == (180, 320)  # upright


def test_layout_is_remembered(qtbot, h264_clip):
    jobs = Jobs()
    first = MainWindow(QSettings(), jobs)
    qtbot.addWidget(first)
    first.show()
    first.resize(790, 560)  # inside the offscreen screen (800x600), which restoring clamps to
    first.docks["media"].hide()
    first.close()
    second = MainWindow(QSettings(), jobs)
    qtbot.addWidget(second)
    second.show()
    assert second.size().toTuple() == (790, 560)
    assert second.docks["media"].isHidden()


def test_hovering_the_timeline_shows_a_keyframe_thumbnail(qtbot, window, make_clip):
    open_and_wait(qtbot, window, make_clip("h264_long_gop"))
    timeline = window.timeline
    qtbot.waitUntil(lambda: len(timeline._thumbnails) == 2, timeout=10000)  # keyframes 0 and 250
    qtbot.mouseMove(timeline, QPoint(int(timeline.x_of(270)), timeline.height() - 10))
    qtbot.waitUntil(lambda: timeline._popup.isVisible(), timeout=3000)
    assert timeline._popup._caption.endswith("keyframe #250")
    assert image_index(timeline._popup._image) == 250


def test_toolbar_icons_arrive_after_the_first_paint(qtbot, window):
    qtbot.waitUntil(lambda: not window.actions_by_key["play"].icon().isNull(), timeout=5000)
    assert all(not window.actions_by_key[key].icon().isNull() for key in ("open", "step_back", "zoom_in"))


def test_recent_clips_are_remembered_and_reopen(qtbot, window, make_clip, h264_clip):
    rotated = make_clip("rotated_phone")
    open_and_wait(qtbot, window, h264_clip)
    open_and_wait(qtbot, window, rotated)
    assert window.recent.paths() == [str(rotated), str(h264_clip)]
    entries = [a for a in window.menus["&File"].actions() if a.text() == "Open &recent"][0].menu().actions()
    assert entries[1].text().endswith("h264.mp4")
    with qtbot.waitSignal(window.player.opened, timeout=10000):
        entries[1].trigger()
    wait_for_frame(qtbot, window, 0)
    assert window.player.clip.path == h264_clip


def test_a_slow_decoder_drops_and_counts_frames_rather_than_freezing(qtbot, window, make_clip, monkeypatch):
    from app.media.clip import Clip

    real_frame = Clip.frame

    def slow_frame(self, n, pixel_format="rgb24"):
        time.sleep(0.05)  # a machine that decodes 20 frames a second, for a 30 fps clip
        return real_frame(self, n, pixel_format)

    open_and_wait(qtbot, window, make_clip("h264_long_gop"))
    monkeypatch.setattr(Clip, "frame", slow_frame)
    shown = []
    window.player.shown.connect(lambda s: shown.append(s.number))
    press(qtbot, window, Qt.Key.Key_Space)
    qtbot.wait(2000)
    press(qtbot, window, Qt.Key.Key_Space)
    assert len(shown) >= 15, shown  # it keeps moving
    assert shown == sorted(shown)
    assert 40 <= shown[-1] <= 75, shown  # and keeps up with the clock: about 60 frames in 2 s
    assert window.readout.dropped.text() != "Dropped 0"


def test_loop_goes_round_at_high_speed(qtbot, window, make_clip):
    open_and_wait(qtbot, window, make_clip("h264_long_gop"))
    window.player.seek(10)
    wait_for_frame(qtbot, window, 10)
    window.player.set_in()
    window.player.seek(40)
    wait_for_frame(qtbot, window, 40)
    window.player.set_out()
    window.player.set_loop(True)
    positions = []
    window.player.shown.connect(lambda s: positions.append(s.number))
    window.player.play(8.0)
    qtbot.wait(1500)
    window.player.pause()
    wraps = sum(1 for a, b in zip(positions, positions[1:], strict=False) if b < a)
    assert wraps >= 2, positions
    assert set(positions) <= set(range(10, 41))


def test_a_late_frame_of_the_previous_clip_is_never_painted(qtbot, window, make_clip, h264_clip, monkeypatch):
    from app.media.clip import Clip

    long_gop = make_clip("h264_long_gop")
    real_frame = Clip.frame

    def late_for_the_first_clip(self, n, pixel_format="rgb24"):
        if self.path == long_gop:
            time.sleep(0.4)
        return real_frame(self, n, pixel_format)

    open_and_wait(qtbot, window, long_gop)
    monkeypatch.setattr(Clip, "frame", late_for_the_first_clip)
    window.player.clip.cache.clear()
    window.player.seek(0)  # still decoding when the next clip opens, which wants its frame 0 too
    sizes = []
    window.player.picture.connect(lambda image, keep, size: sizes.append(size.toTuple()))
    open_and_wait(qtbot, window, h264_clip)
    qtbot.wait(800)
    assert set(sizes) == {(320, 180)}, sizes


def test_save_frame_writes_the_exact_frame_and_refuses_a_preview(qtbot, window, make_clip, tmp_path, monkeypatch):
    import cv2
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "evidence.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PNG image (*.png)"))
    open_and_wait(qtbot, window, make_clip("rotated_phone"))
    window.player.seek(33)
    wait_for_frame(qtbot, window, 33)
    window.do_export_frame()
    saved = cv2.imread(str(target))
    assert saved.shape == (320, 180, 3) and read_index(saved) == 33
    target.unlink()
    window.timeline.scrubbed.emit(10)  # a drag in progress: the picture is a preview
    window.do_export_frame()
    assert not target.exists()
    assert "preview" in window.statusBar().currentMessage()


def test_keyframe_jumps_and_copy_frame(qtbot, window, make_clip):
    from PySide6.QtGui import QGuiApplication

    open_and_wait(qtbot, window, make_clip("h264_long_gop"))  # keyframes at 0 and 250
    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    wait_for_frame(qtbot, window, 250)
    assert window.readout.frame.text() == "Frame 250 / 299  keyframe"
    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    wait_for_frame(qtbot, window, 299)
    press(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    wait_for_frame(qtbot, window, 250)
    press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert image_index(QGuiApplication.clipboard().image()) == 250


def test_a_detector_overlay_lights_up_where_the_artifact_is(qtbot, window, tmp_path):
    from tests.analyzers.test_analyzers import write_waxy_clip

    clip = tmp_path / "waxy.mp4"
    write_waxy_clip(clip)
    qtbot.waitUntil(lambda: "noise_level" in window.detector_panel.toggles, timeout=15000)
    assert window.detector_panel.status.text().startswith("Detectors run on the")
    with qtbot.waitSignal(window.player.opened, timeout=10000):
        window.open_paths([str(clip)])
    qtbot.waitUntil(lambda: window.shell.exact_frame == 0, timeout=5000)  # this clip carries no frame numbers
    window.detector_panel.toggles["noise_level"].setChecked(True)
    qtbot.waitUntil(lambda: "noise_level" in window.detectors._heatmaps, timeout=10000)
    heatmap = window.detectors._heatmaps["noise_level"]
    assert heatmap.frame == 0
    alpha = np.array([[heatmap.image.pixelColor(x, y).alpha() for x in range(40)] for y in range(22)])
    assert alpha[6:14, 20:30].mean() > 150 and np.delete(alpha, np.s_[5:15], axis=0).mean() < 40
    window.detector_panel.toggles["noise_level"].setChecked(False)
    assert "noise_level" not in window.detectors._heatmaps


def test_an_overlay_comparing_frames_uses_the_frame_before(qtbot, window, tmp_path):
    from tests.analyzers.test_temporal_boiling import _frames
    from tests.artifacts import write_clip

    clip = write_clip(tmp_path / "boiling.mp4", _frames(boiling=True), crf=12, pix_fmt="yuv420p")
    qtbot.waitUntil(lambda: "temporal_boiling" in window.detector_panel.toggles, timeout=15000)
    with qtbot.waitSignal(window.player.opened, timeout=10000):
        window.open_paths([str(clip)])
    qtbot.waitUntil(lambda: window.shell.exact_frame == 0, timeout=5000)
    window.detector_panel.toggles["temporal_boiling"].setChecked(True)
    qtbot.wait(300)
    assert "temporal_boiling" not in window.detectors._heatmaps  # frame 0 has no frame before it
    for target in (1, 4):  # a step, then a jump: the frame before comes from the decoder, not a new decode
        window.player.seek(target)
        qtbot.waitUntil(
            lambda t=target: getattr(window.detectors._heatmaps.get("temporal_boiling"), "frame", -1) == t,
            timeout=10000,
        )
        image = window.detectors._heatmaps["temporal_boiling"].image
        alpha = np.array([[image.pixelColor(x, y).alpha() for x in range(20)] for y in range(11)])
        row, column = np.unravel_index(alpha.argmax(), alpha.shape)
        assert 3 <= row < 9 and 10 <= column < 15  # the redrawn patch


def test_whole_clip_analysis_draws_a_score_track_and_is_remembered(qtbot, window, tmp_path):
    from tests.analyzers.test_analyzers import write_waxy_clip

    clip = tmp_path / "waxy.mp4"
    write_waxy_clip(clip)
    qtbot.waitUntil(lambda: "noise_level" in window.detector_panel.toggles, timeout=15000)
    with qtbot.waitSignal(window.player.opened, timeout=10000):
        window.open_paths([str(clip)])
    assert window.timeline._lanes == []
    every = len(window.detector_panel.toggles)
    qtbot.waitUntil(lambda: window.case.clip is not None, timeout=10000)  # in the case once its hash is known
    window.actions_by_key["analyze"].trigger()
    qtbot.waitUntil(lambda: len(window.timeline._lanes) == every, timeout=30000)
    lanes = {lane.name.split(" · ")[0]: lane for lane in window.timeline._lanes}
    noise = lanes["Smoother than the rest of the frame (noise level)"]
    assert noise.name.startswith("Smoother than the rest of the frame (noise level) · peak 0.")
    peak = float(noise.name.split("peak ")[1].split(" ")[0])
    assert max(noise.values) == pytest.approx(peak, abs=1e-3)  # on its manifest's fixed 0-1 scale, not stretched
    assert noise.frames == tuple(range(6)) and all(0.0 < v <= 1.0 for v in noise.values)
    assert lanes["Boiling texture (frame to frame)"].frames == tuple(range(1, 6))  # frame 0 has none before it
    assert list((tmp_path / "cache" / "reelcheck" / "analyses").glob("*-noise_level-1.0.0-*.json"))
    _the_case_records_the_runs(qtbot, tmp_path / "case.db", window.case.clip["id"], every)
    _hover_lane_tip_shows_the_score_and_its_caveats(window, window.timeline._lanes.index(noise), noise)
    window.do_close_clip()
    with qtbot.waitSignal(window.player.opened, timeout=10000):
        window.open_paths([str(clip)])
    qtbot.waitUntil(lambda: len(window.timeline._lanes) == every, timeout=5000)  # from the store, not analysed again
    assert {lane.name: lane.values for lane in window.timeline._lanes} == {v.name: v.values for v in lanes.values()}


def _the_case_records_the_runs(qtbot, database, clip_id, every):
    from app.store.store import Store

    def recorded() -> list[dict]:
        store = Store.open(database)
        try:
            return store.analyses(clip_id)
        finally:
            store.close()

    qtbot.waitUntil(lambda: len(recorded()) == every, timeout=5000)
    noise = next(run for run in recorded() if run["analyzer_id"] == "noise_level")
    assert noise["frames"] == list(range(6)) and len(noise["scores"]) == 6 and len(noise["model_sha256"]) == 64


def _hover_lane_tip_shows_the_score_and_its_caveats(window, index, lane):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    timeline = window.timeline
    spot = QPoint(int(timeline.x_of(3)), timeline.lane_y(index))
    QApplication.sendEvent(timeline, QHelpEvent(QEvent.Type.ToolTip, spot, timeline.mapToGlobal(spot)))
    tip = QToolTip.text()
    assert "frame 3:" in tip and "share of the picture" in tip  # the score, in the analyzer's own words
    noise = next(a for a in window.overlays.analyzers() if a.manifest.id == "noise_level")
    assert "1.0.0" in tip and noise.model_sha256[:12] in tip and "Misleads when" in tip
    assert "no band was measured" in tip or "camera footage usually scores" in tip  # where camera footage lies
    assert lane.readout_at(-1) == "no score before this frame"


def test_a_forensic_filter_is_drawn_over_the_frame_and_named(qtbot, window, h264_clip):
    open_and_wait(qtbot, window, h264_clip)
    raw = window.view.image().copy()
    window.forensic.actions["ela"].trigger()
    assert window.readout.filter.text() == "Filter: Error level analysis"
    qtbot.waitUntil(lambda: window.forensic._picture is not None, timeout=5000)
    number, filter_id, picture = window.forensic._picture
    assert (number, filter_id) == (0, "ela") and picture.size() == raw.size()
    assert window.view.image() == raw  # saving and copying still take the frame as decoded
    window.forensic.actions["none"].trigger()
    assert window.readout.filter.text() == "" and window.forensic._picture is None


def test_where_detectors_run_is_a_setting_for_the_next_start(qtbot, window):
    from app.preferences import load_preferences

    assert window.preferences.current.provider == "auto"
    choices = {action.data(): action for action in window.provider_menu.actions()}
    assert set(choices) == {"auto", "cuda", "cpu"} and choices["auto"].isChecked()
    choices["cpu"].trigger()
    assert load_preferences().provider == "cpu" and not choices["auto"].isChecked()
    assert "from the next start" in window.statusBar().currentMessage()
