"""`reelcheck open FILE`: the clip's frame 0 is on screen before the media and detector engines have loaded, the
player then takes that same clip, and the work deferred until then (hash, keyframe strip, provenance) still comes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage

from app.media.clip import open_for_screen, open_looked_at
from app.media.first_look import look_first
from app.ui.engine_loader import EngineLoader
from app.ui.frame_image import upright_picture
from app.ui.main_window import MainWindow
from app.ui.tasks import Jobs
from tests.ui.test_player_window import image_index, shown_index

pytestmark = pytest.mark.gui


@pytest.fixture
def starting(qtbot):
    """The window as `reelcheck` starts it: painted, with no player yet (the media engine has not loaded)."""
    jobs = Jobs()
    window = MainWindow(QSettings(), jobs)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield window
    if window.player is not None:
        window.player.close()
        window.overlays.close()
    if window.case is not None:
        window.case.close()
    window.close()
    jobs.cancel_all()
    assert jobs.wait(5000)


def attach_engine(qtbot, window, tmp_path) -> None:
    """What app.ui.start does once the engine has loaded."""
    from app.ui.case import CaseController
    from app.ui.overlays import LiveOverlays
    from app.ui.player import PlayerController

    case = CaseController("Test Reviewer")
    window.attach_case(case)
    with qtbot.waitSignal(case.opened, timeout=10000):
        case.open_store(tmp_path / "case.db")
    window.attach_player(PlayerController(window.jobs), LiveOverlays(window.jobs))


def test_frame_zero_shows_before_the_engine_loads_and_the_player_takes_that_clip(qtbot, starting, make_clip, tmp_path):
    window, path = starting, str(make_clip("h264_long_gop"))
    window.open_paths([path])
    loader = EngineLoader()
    happened = []
    loader.first_picture.connect(window.first_clip.show_picture)
    loader.first_picture.connect(lambda _path, _picture: happened.append(("picture", shown_index(window))))
    loader.first_clip.connect(window.first_clip.keep)
    loader.first_clip.connect(lambda _path, opened: happened.append(("clip", opened)))
    loader.ready.connect(lambda: happened.append(("engine", window.player)))
    with qtbot.waitSignal(loader.ready, timeout=60000):
        loader.start(path, 64 << 20)
    loader.wait()
    # Frame 0 is on screen before the clip's index is built, and the clip is open before the engines have loaded.
    assert [what for what, _ in happened] == ["picture", "clip", "engine"]
    (_, shown), (_, opened), (_, player) = happened
    assert shown == 0 and player is None
    assert shown_index(window) == 0
    assert opened.clip.index.count == 300  # opened whole: every frame of the clip can be gone to

    attach_engine(qtbot, window, tmp_path)
    assert window.player.clip is opened.clip  # taken over, not opened a second time
    assert window.readout.frame.text().startswith("Frame 0 / 299")
    assert window.windowTitle().startswith("h264_long.mp4")
    # What waited for the first frame still comes: the hash, the keyframe strip, the provenance.
    qtbot.waitUntil(lambda: window.readout.hash_bar.isHidden(), timeout=20000)
    sha = window.facts.findItems("SHA-256", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0)[0]
    assert len(sha.text(1)) == 64
    keyframes = [int(k) for k in opened.clip.index.keyframes]
    qtbot.waitUntil(lambda: window.timeline.thumbnail_before(keyframes[-1]) is not None, timeout=20000)
    qtbot.waitUntil(lambda: window.provenance_view.report is not None, timeout=20000)
    window.player.seek(250)  # and far frames are exact, as for any clip
    qtbot.waitUntil(lambda: window.player.position == 250 and shown_index(window) == 250, timeout=10000)


@pytest.mark.parametrize("name", ["rotated_phone", "rotated_180", "hevc_open_gop_10bit", "h264_in_avi"])
def test_the_first_picture_is_frame_zero_upright(make_clip, name):
    first = look_first(make_clip(name), 64 << 20)
    picture = upright_picture(first.frame, first.rotation)
    clip = open_looked_at(first)
    assert (picture.width(), picture.height()) == (clip.facts.display_width, clip.facts.display_height)
    assert image_index(picture) == 0
    clip.close()


def test_a_clip_asked_for_meanwhile_is_the_one_opened(qtbot, starting, make_clip, tmp_path):
    window, first, then = starting, str(make_clip("h264")), str(make_clip("vfr"))
    window.open_paths([first])
    opened = open_for_screen(first)
    window.open_paths([then])  # dropped on the window while the first one opened
    window.first_clip.keep(first, opened)
    assert window.view.image() is None  # not the first one's frame: it is no longer asked for
    attach_engine(qtbot, window, tmp_path)
    qtbot.waitUntil(lambda: window.windowTitle().startswith("vfr.mkv"), timeout=10000)
    qtbot.waitUntil(lambda: window.view.image() is not None and shown_index(window) == 0, timeout=10000)


def test_reelcheck_open_paints_the_clips_frame_zero_and_says_when(make_clip, tmp_path):
    shown = tmp_path / "shown.png"
    environment = dict(os.environ, REELCHECK_REPORT_STARTUP="exit", REELCHECK_REPORT_FRAME=str(shown))
    clip = tmp_path / "事实核查 片段.mp4"  # a reviewer's own file name, in Chinese
    shutil.copyfile(make_clip("h264"), clip)
    command = [sys.executable, "-m", "app.main", "--db", str(tmp_path / "case.db"), "open", str(clip)]
    done = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    said = dict(line.split() for line in done.stdout.splitlines() if line.startswith("first-"))
    assert 0 < float(said["first-paint"]) < float(said["first-frame"])
    assert image_index(QImage(str(shown))) == 0  # the clip's frame 0, read back from the pixels painted


def test_a_fifo_asked_for_at_start_up_is_left_to_the_player_without_waiting_on_it(qtbot, not_a_file):
    """FFmpeg would wait on a named pipe for ever: the start-up open refuses it at once, as the player does, and
    the player then says why in its own words."""
    fifo = str(not_a_file("fifo"))
    loader = EngineLoader()
    with qtbot.waitSignal(loader.first_clip, timeout=10000) as said:
        loader.start(fifo, 64 << 20)
    loader.wait()
    assert said.args == [fifo, None]
