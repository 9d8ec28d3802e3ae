"""Evidence frames in the real window: pinning the exact frame with its overlay, drawing shapes at any zoom, the
gallery, going back to a frame with its overlay, notes, undo and removal; each checked in the case's SQLite file."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QIcon, QImage

from app.store.store import Store
from app.ui.evidence_view import frame_sha256
from tests.ui import test_player_window as player_tests
from tests.ui.test_player_window import open_and_wait, press, wait_for_frame
from widgets.evidence_panel import THUMBNAIL

pytestmark = pytest.mark.gui

window = player_tests.window  # the real window with its player, detectors and a case database of its own

CYAN = np.array([0, 229, 255])  # the regions' colour, RGB
SHAPES = {"rectangle": Qt.Key.Key_R, "ellipse": Qt.Key.Key_E, "arrow": Qt.Key.Key_A}
# fractions of the frame, kept near the middle so that they stay in sight when zoomed in
DRAGS = {
    "rectangle": ((0.40, 0.38), (0.62, 0.60)),
    "ellipse": ((0.45, 0.42), (0.58, 0.66)),
    "arrow": ((0.36, 0.62), (0.52, 0.47)),
}


# --- helpers ------------------------------------------------------------------------------------------------
def open_in_case(qtbot, window, path) -> None:
    """Open a clip and wait until it is in the case (its hash known) with its evidence loaded."""
    open_and_wait(qtbot, window, path)
    qtbot.waitUntil(lambda: window.case.clip is not None, timeout=15000)
    qtbot.waitUntil(lambda: window.evidence._clip_id == window.case.clip["id"], timeout=5000)


def go_to(qtbot, window, n: int) -> None:
    window.player.seek(n)
    wait_for_frame(qtbot, window, n)
    qtbot.waitUntil(lambda: window.shell.exact_frame == n, timeout=5000)


def pin(qtbot, window) -> int:
    """Press P and wait for the new evidence frame to be saved and chosen; its id."""
    before = set(window.evidence._rows)
    press(qtbot, window, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: bool(set(window.evidence._rows) - before), timeout=10000)
    (new,) = set(window.evidence._rows) - before
    qtbot.waitUntil(lambda: window.evidence.panel.current() == new, timeout=5000)
    return new


def stored(tmp_path) -> dict[int, dict]:
    """The evidence rows as the case's SQLite file holds them, read with a connection of our own."""
    store = Store.open(tmp_path / "case.db")
    try:
        (clip,) = store._rows("select id from clips")
        return {row["id"]: row for row in store.evidence(clip["id"])}
    finally:
        store.close()


def at(view, fraction: tuple[float, float]) -> QPoint:
    """Where a point given in fractions of the frame lies on the view's widget."""
    rect = view.image_rect()
    point = QPointF(rect.x() + fraction[0] * rect.width(), rect.y() + fraction[1] * rect.height())
    assert view.rect().contains(point.toPoint()), "the drag would start or end outside the view"
    return point.toPoint()


def drag(qtbot, view, start: tuple[float, float], end: tuple[float, float]) -> None:
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=at(view, start))
    middle = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
    for point in (middle, end):
        qtbot.mouseMove(view, at(view, point))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=at(view, end))


def draw(qtbot, window, tmp_path, evidence_id: int, shape: str) -> None:
    """Choose the tool by its key, drag it on the frame, and wait until the case holds the region."""
    count = len(window.evidence._rows[evidence_id]["regions"])
    press(qtbot, window, SHAPES[shape])
    assert window.evidence.actions[shape].isChecked()
    drag(qtbot, window.view, *DRAGS[shape])
    qtbot.waitUntil(lambda: len(window.evidence._rows[evidence_id]["regions"]) == count + 1, timeout=5000)


def grab(view) -> np.ndarray:
    image = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    array = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return array[:, : image.width(), 2::-1].astype(int).copy()  # BGRA in memory -> RGB


def cyan_near(view, pixels: np.ndarray, fraction: tuple[float, float]) -> int:
    """How many pixels of the regions' colour lie within a few pixels of a point of the frame."""
    point = at(view, fraction)
    patch = pixels[point.y() - 4 : point.y() + 5, point.x() - 4 : point.x() + 5]
    return int((np.abs(patch - CYAN).max(axis=2) < 40).sum())


def wait_for_detectors(qtbot, window) -> None:
    qtbot.waitUntil(lambda: "noise_level" in window.detector_panel.toggles, timeout=15000)


def focus(qtbot, window, widget) -> None:
    """Give `widget` the keyboard focus for real (focus events only reach a widget of the active window)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=5000)


def click_item(qtbot, panel, row: int) -> None:
    rect = panel.list.visualItemRect(panel.list.item(row))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --- tests --------------------------------------------------------------------------------------------------
def test_pin_saves_the_exact_frame_its_overlay_and_its_pixels_hash(qtbot, window, h264_clip, tmp_path):
    open_in_case(qtbot, window, h264_clip)
    wait_for_detectors(qtbot, window)
    go_to(qtbot, window, 5)
    plain = pin(qtbot, window)
    expected_hash = hashlib.sha256(np.ascontiguousarray(window.shell.frame_pixels).tobytes()).hexdigest()

    window.detector_panel.toggles["noise_level"].setChecked(True)
    go_to(qtbot, window, 9)
    with_detector = pin(qtbot, window)

    rows = stored(tmp_path)
    assert rows[plain]["frame"] == 5 and rows[plain]["overlay"] == ""
    assert rows[plain]["regions"] == [] and rows[plain]["note"] == ""
    assert rows[plain]["image_sha256"] == expected_hash
    assert rows[with_detector]["frame"] == 9 and rows[with_detector]["overlay"] == "noise_level"
    assert rows[with_detector]["image_sha256"] == frame_sha256(window.shell.frame_pixels) != expected_hash

    panel = window.evidence.panel
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert texts[0].startswith("Frame 5 · 00:00:00.167") and "Plain frame" in texts[0]
    assert texts[1].startswith("Frame 9") and window.detector_panel.toggles["noise_level"].text() in texts[1]
    thumbnail = panel._items[plain].thumbnail
    assert thumbnail is not None and thumbnail.width() == 128  # built from the pixels at pin time
    assert window.docks["evidence"].isVisible()


def test_a_preview_is_not_pinned(qtbot, window, h264_clip, tmp_path):
    open_in_case(qtbot, window, h264_clip)
    window.timeline.scrubbed.emit(20)  # a drag in progress: the picture is a keyframe preview
    press(qtbot, window, Qt.Key.Key_P)
    assert "preview" in window.statusBar().currentMessage()
    qtbot.wait(300)
    assert stored(tmp_path) == {} and window.evidence.panel.list.count() == 0


def test_shapes_drawn_at_two_zooms_are_stored_as_the_same_fractions(qtbot, window, h264_clip, tmp_path):
    open_in_case(qtbot, window, h264_clip)
    go_to(qtbot, window, 3)
    view = window.view
    fitted = pin(qtbot, window)
    for shape in SHAPES:
        draw(qtbot, window, tmp_path, fitted, shape)
    fit_scale = view.scale
    # the gallery's thumbnail shows the shapes too, chosen (as it is now) or not
    icon = window.evidence.panel.list.currentItem().icon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected):
        thumbnail = icon.pixmap(THUMBNAIL, mode).toImage().convertToFormat(QImage.Format.Format_RGB32)
        rgb = np.frombuffer(thumbnail.constBits(), np.uint8).reshape(thumbnail.height(), -1, 4)[:, :, 2::-1]
        assert (np.abs(rgb.astype(int) - CYAN).max(axis=2) < 40).sum() > 20

    view.zoom_to(view.scale * 2.5, QPointF(view.width() / 2, view.height() / 2))
    view.pan_by(-30, 20)
    assert view.scale > 2 * fit_scale
    zoomed = pin(qtbot, window)
    for shape in SHAPES:
        draw(qtbot, window, tmp_path, zoomed, shape)

    rows = stored(tmp_path)
    frame = view.frame_size()
    tolerance = (1.0 / frame.width(), 1.0 / frame.height())  # one frame pixel: the mouse lands on whole pixels
    for evidence_id in (fitted, zoomed):
        regions = rows[evidence_id]["regions"]
        assert [r["shape"] for r in regions] == list(SHAPES)
        for region in regions:
            (x0, y0), (x1, y1) = DRAGS[region["shape"]]
            assert region["x0"] == pytest.approx(x0, abs=tolerance[0])
            assert region["y0"] == pytest.approx(y0, abs=tolerance[1])
            assert region["x1"] == pytest.approx(x1, abs=tolerance[0])
            assert region["y1"] == pytest.approx(y1, abs=tolerance[1])

    # the regions are painted on the frame, over the picture, at this zoom
    shown = grab(view)
    left_edge = (DRAGS["rectangle"][0][0], 0.49)
    assert cyan_near(view, shown, left_edge) >= 3
    assert cyan_near(view, shown, DRAGS["arrow"][1]) >= 3  # the arrow's head
    # ...only while the player shows that frame
    press(qtbot, window, Qt.Key.Key_Escape)
    press(qtbot, window, Qt.Key.Key_Right)
    wait_for_frame(qtbot, window, 4)
    assert cyan_near(view, grab(view), left_edge) == 0


def test_regions_are_painted_in_both_views_side_by_side_and_over_the_heatmaps(qtbot, window, h264_clip, tmp_path):
    open_in_case(qtbot, window, h264_clip)
    wait_for_detectors(qtbot, window)
    window.detector_panel.toggles["noise_level"].setChecked(True)
    go_to(qtbot, window, 6)
    evidence_id = pin(qtbot, window)
    draw(qtbot, window, tmp_path, evidence_id, "rectangle")
    window.set_side_by_side(True)
    qtbot.waitUntil(lambda: window.heatmap_view.isVisible(), timeout=2000)
    qtbot.wait(50)
    for view in (window.view, window.heatmap_view):
        assert [name for name, _ in view._layers][-1] == "evidence"
        assert cyan_near(view, grab(view), (DRAGS["rectangle"][0][0], 0.49)) >= 3
    # a shape drawn in the second view lands on the same frame, in the same fractions
    press(qtbot, window, Qt.Key.Key_E)
    drag(qtbot, window.heatmap_view, *DRAGS["ellipse"])
    qtbot.waitUntil(lambda: len(window.evidence._rows[evidence_id]["regions"]) == 2, timeout=5000)
    ellipse = stored(tmp_path)[evidence_id]["regions"][1]
    assert ellipse["shape"] == "ellipse"
    assert ellipse["x0"] == pytest.approx(DRAGS["ellipse"][0][0], abs=1 / 320)


def test_escape_leaves_drawing_and_dragging_pans_again(qtbot, window, h264_clip, tmp_path):
    open_in_case(qtbot, window, h264_clip)
    go_to(qtbot, window, 2)
    evidence_id = pin(qtbot, window)
    view = window.view
    view.zoom_to(view.scale * 2, QPointF(view.width() / 2, view.height() / 2))
    press(qtbot, window, Qt.Key.Key_R)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.evidence.actions["rectangle"].isChecked()
    before = view.image_rect()
    drag(qtbot, view, (0.45, 0.45), (0.55, 0.55))
    assert view.image_rect() != before  # panned
    qtbot.wait(200)
    assert stored(tmp_path)[evidence_id]["regions"] == []


def test_clicking_an_evidence_frame_goes_back_to_it_with_its_overlay(qtbot, window, h264_clip, tmp_path):
    open_in_case(qtbot, window, h264_clip)
    wait_for_detectors(qtbot, window)
    noise = window.detector_panel.toggles["noise_level"]
    go_to(qtbot, window, 4)
    pin(qtbot, window)
    noise.setChecked(True)
    go_to(qtbot, window, 12)
    pin(qtbot, window)
    noise.setChecked(False)
    window.forensic.actions["ela"].trigger()
    go_to(qtbot, window, 20)
    pin(qtbot, window)
    assert [r["overlay"] for r in stored(tmp_path).values()] == ["", "noise_level", "filter:ela"]
    panel = window.evidence.panel

    click_item(qtbot, panel, 1)
    wait_for_frame(qtbot, window, 12)
    assert noise.isChecked() and window.overlays.enabled == {"noise_level"}
    assert window.forensic.actions["none"].isChecked()

    click_item(qtbot, panel, 0)
    wait_for_frame(qtbot, window, 4)
    assert not noise.isChecked() and window.overlays.enabled == set()
    assert window.forensic.actions["none"].isChecked()

    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    assert window.player.position == 4  # choosing with the arrows does not move the player
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    wait_for_frame(qtbot, window, 20)
    assert window.forensic.actions["ela"].isChecked() and not noise.isChecked()
    assert "Error level analysis" in window.readout.filter.text()


def test_the_note_is_saved_after_a_pause_and_on_leaving_it_and_a_refused_one_stays(qtbot, window, h264_clip, tmp_path):
    open_in_case(qtbot, window, h264_clip)
    go_to(qtbot, window, 7)
    evidence_id = pin(qtbot, window)
    field = window.evidence.panel.note
    note = field.editor
    focus(qtbot, window, note)
    qtbot.keyClicks(note, "Waxy skin, no pores")
    qtbot.waitUntil(lambda: stored(tmp_path)[evidence_id]["note"] == "Waxy skin, no pores", timeout=5000)
    qtbot.waitUntil(lambda: "Waxy skin" in window.evidence.panel.list.item(0).text(), timeout=5000)  # the GUI's turn

    field._pause.setInterval(60_000)  # only leaving the editor can save it now
    qtbot.keyClicks(note, " on the left cheek")
    focus(qtbot, window, window.evidence.panel.list)
    expected = "Waxy skin, no pores on the left cheek"
    qtbot.waitUntil(lambda: stored(tmp_path)[evidence_id]["note"] == expected, timeout=5000)

    too_long = "x" * 100_001
    focus(qtbot, window, note)
    note.setPlainText(too_long)
    focus(qtbot, window, window.evidence.panel.list)
    qtbot.waitUntil(lambda: "characters long" in window.statusBar().currentMessage(), timeout=5000)
    assert note.toPlainText() == too_long  # what was typed stays, to be shortened
    qtbot.waitUntil(lambda: "characters long" in field.refusal.text(), timeout=5000)  # with why, under it
    assert field.refusal.isVisible()
    assert stored(tmp_path)[evidence_id]["note"] == expected


def test_undo_and_redo_a_region_and_remove_the_last_one(qtbot, window, h264_clip, tmp_path):
    open_in_case(qtbot, window, h264_clip)
    go_to(qtbot, window, 8)
    evidence_id = pin(qtbot, window)
    draw(qtbot, window, tmp_path, evidence_id, "rectangle")
    draw(qtbot, window, tmp_path, evidence_id, "arrow")
    assert [r["shape"] for r in stored(tmp_path)[evidence_id]["regions"]] == ["rectangle", "arrow"]

    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.evidence._regions) == 1, timeout=5000)
    assert [r["shape"] for r in stored(tmp_path)[evidence_id]["regions"]] == ["rectangle"]
    assert cyan_near(window.view, grab(window.view), DRAGS["arrow"][1]) == 0

    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(window.evidence._regions) == 2, timeout=5000)
    assert [r["shape"] for r in stored(tmp_path)[evidence_id]["regions"]] == ["rectangle", "arrow"]
    assert cyan_near(window.view, grab(window.view), DRAGS["arrow"][1]) >= 3

    press(qtbot, window, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.evidence._rows[evidence_id]["regions"]) == 1, timeout=5000)
    assert [r["shape"] for r in stored(tmp_path)[evidence_id]["regions"]] == ["rectangle"]


def test_removing_an_evidence_frame_and_undoing_it(qtbot, window, h264_clip, tmp_path):
    open_in_case(qtbot, window, h264_clip)
    go_to(qtbot, window, 1)
    first = pin(qtbot, window)
    go_to(qtbot, window, 15)
    second = pin(qtbot, window)
    panel = window.evidence.panel
    panel.list.setFocus()
    panel.select(first)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=5000)
    assert set(stored(tmp_path)) == {second} and panel.current() is None
    window.actions_by_key["undo"].trigger()
    qtbot.waitUntil(lambda: panel.list.count() == 2, timeout=5000)
    assert set(stored(tmp_path)) == {first, second}


def test_evidence_from_the_case_shows_its_frame_number_until_the_player_shows_it(
    qtbot, window, h264_clip, make_clip, tmp_path
):
    open_in_case(qtbot, window, h264_clip)
    go_to(qtbot, window, 30)
    evidence_id = pin(qtbot, window)
    open_in_case(qtbot, window, make_clip("h264_open_gop"))
    open_in_case(qtbot, window, h264_clip)  # back: its evidence comes from the case, without thumbnails
    qtbot.waitUntil(lambda: evidence_id in window.evidence.panel._items, timeout=5000)
    panel = window.evidence.panel
    assert panel._items[evidence_id].thumbnail is None
    assert panel.list.item(0).text().startswith("Frame 30 · 00:00:01.000")
    click_item(qtbot, panel, 0)
    wait_for_frame(qtbot, window, 30)
    qtbot.waitUntil(lambda: panel._items[evidence_id].thumbnail is not None, timeout=5000)
