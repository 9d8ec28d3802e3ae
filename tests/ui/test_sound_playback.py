"""Sound in the player: the real PlayerController and QAudioSink on this machine's sound device (PulseAudio's null
sink here and in CI), and the same player on a machine without one (a subprocess pointed at no sound server)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest
from PySide6.QtCore import QSettings

from app.media.sound_clock import CARRY_LIMIT
from app.ui.main_window import MainWindow
from app.ui.player import NO_SOUND, PlayerController
from app.ui.sound_output import NO_DEVICE, SoundOutput
from app.ui.tasks import Jobs

pytestmark = pytest.mark.gui


@pytest.fixture
def player(qtbot):
    jobs = Jobs()
    controller = PlayerController(jobs)
    notes: list[str] = []
    controller.sound_changed.connect(notes.append)
    controller.notes = notes
    yield controller
    controller.close()
    controller.sound.close()
    jobs.cancel_all()
    assert jobs.wait(5000)


def open_clip_in(qtbot, player, path: Path) -> None:
    with qtbot.waitSignal(player.opened, timeout=10000):
        player.open(str(path))


def a_device_is_there() -> bool:
    output = SoundOutput()
    try:
        return output.open_device()
    finally:
        output.close()


def test_the_picture_follows_the_sound_heard(qtbot, player, make_clip):
    open_clip_in(qtbot, player, make_clip("with_audio"))
    if not a_device_is_there():  # no sound server on this machine: the picture plays on its own clock
        assert player.notes[-1] == NO_DEVICE
        player.toggle_play()
        qtbot.waitUntil(lambda: player.position >= 10, timeout=10000)
        return
    assert player.notes[-1] == ""
    qtbot.waitUntil(lambda: player.sound.live, timeout=5000)  # the device started on the silence it was given
    seen: list[tuple[float, float | None]] = []
    player.shown.connect(lambda frame: seen.append((frame.seconds, player.sound.device_seconds())))
    player.toggle_play()
    assert player.sound.playing and player.sound.run_start == 0.0
    qtbot.waitUntil(lambda: player.position >= 30, timeout=10000)
    heard = [(picture, sound) for picture, sound in seen if sound is not None]
    assert heard and max(sound for _, sound in heard) > 0.5  # the sound went on to the device
    # Load can make the picture late (a frame dropped), never early: it shows what the sound has reached.
    assert all(picture <= sound + CARRY_LIMIT + 0.005 for picture, sound in heard)
    player.pause()
    assert not player.sound.playing


def test_other_speeds_play_muted_and_1x_brings_the_sound_back(qtbot, player, make_clip):
    open_clip_in(qtbot, player, make_clip("with_audio"))
    if player.notes[-1] == NO_DEVICE:
        pytest.skip("no sound device: the test above covers that path")
    player.seek(20)
    player.shuttle(1)
    player.shuttle(1)
    assert player.notes[-1] == "Sound muted at 2x" and not player.sound.playing
    player.shuttle(-1)
    assert player.notes[-1] == "Sound muted playing backwards" and not player.sound.playing
    player.pause()
    player.toggle_play()
    assert player.notes[-1] == "" and player.sound.playing


def test_looping_between_the_marks_starts_the_sound_again_at_the_in_mark(qtbot, player, make_clip):
    open_clip_in(qtbot, player, make_clip("with_audio"))
    if player.notes[-1] == NO_DEVICE:
        pytest.skip("no sound device: the test above covers that path")
    for n, mark in ((10, player.set_in), (16, player.set_out)):
        player.seek(n)
        qtbot.waitUntil(lambda n=n: player.position == n, timeout=5000)
        mark()
    player.set_loop(True)
    player.seek(14)
    qtbot.waitUntil(lambda: player.position == 14, timeout=5000)
    starts: list[float | None] = []
    player.playing_changed.connect(lambda speed: starts.append(player.sound.run_start))
    player.toggle_play()
    qtbot.waitUntil(lambda: len(starts) >= 3, timeout=15000)  # round twice
    in_mark = player.clip.index.seconds(10)
    assert starts[0] == player.clip.index.seconds(14) and starts[1:3] == [in_mark, in_mark]


def test_a_clip_without_sound_says_so_and_plays(qtbot, player, make_clip):
    open_clip_in(qtbot, player, make_clip("h264"))
    assert player.notes[-1] == NO_SOUND == "This clip has no sound."
    player.toggle_play()
    assert not player.sound.playing
    qtbot.waitUntil(lambda: player.position >= 10, timeout=10000)


def test_a_file_of_sound_alone_is_refused_in_words(qtbot, player, tmp_path):
    path = tmp_path / "voice-over 配音.m4a"
    with av.open(str(path), "w") as out:
        stream = out.add_stream("aac", rate=48000)
        frame = av.AudioFrame.from_ndarray(np.zeros((1, 4800), np.float32), format="fltp", layout="mono")
        frame.sample_rate, frame.pts, frame.time_base = 48000, 0, Fraction(1, 48000)
        out.mux(stream.encode(frame))
        out.mux(stream.encode())
    with qtbot.waitSignal(player.open_failed, timeout=10000) as failed:
        player.open(str(path))
    reason = failed.args[1]
    assert "no video stream" in reason and "audio" in reason and "\n" not in reason


NO_SERVER_SCRIPT = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.ui.player import PlayerController
from app.ui.tasks import Jobs
jobs = Jobs()
player = PlayerController(jobs)
notes, shown = [], []
player.sound_changed.connect(notes.append)
player.shown.connect(lambda frame: shown.append(frame.number) or (frame.number >= 12 and app.quit()))
player.opened.connect(lambda clip: player.toggle_play())
QTimer.singleShot(20000, app.quit)
player.open(sys.argv[1])
app.exec()
print(json.dumps({"notes": notes, "last": max(shown, default=-1), "sound": player.sound.playing}))
player.close()
jobs.cancel_all()
jobs.wait(5000)
"""


def test_without_a_sound_server_the_picture_plays_on_the_wall_clock_and_says_why(make_clip):
    environment = {**os.environ, "PULSE_SERVER": "unix:/nonexistent/pulse", "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("PIPEWIRE_REMOTE", None)
    done = subprocess.run(
        [sys.executable, "-c", NO_SERVER_SCRIPT, str(make_clip("with_audio"))],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert NO_DEVICE in result["notes"] and not result["sound"]
    assert result["last"] >= 12  # the picture moved on without sound


def test_volume_and_mute_are_remembered(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "reelcheck.ini"), QSettings.Format.IniFormat)
    settings.setValue("sound/volume", "loud")  # edited by hand: full volume, not a crash
    jobs = Jobs()
    windows = []
    for _ in range(2):
        window = MainWindow(settings, jobs)
        window.attach_player(PlayerController(jobs), _no_overlays(jobs))
        qtbot.addWidget(window)
        windows.append(window)
    first, second = windows
    assert first.player.sound.volume == 1.0 and first.sound_view.label.text() == "Volume 100%"
    first.actions_by_key["volume_down"].setEnabled(True)
    first.actions_by_key["volume_down"].trigger()
    first.actions_by_key["volume_down"].trigger()
    first.actions_by_key["mute"].setEnabled(True)
    first.actions_by_key["mute"].trigger()
    assert first.player.sound.muted and first.sound_view.label.text() == "Muted"
    third = MainWindow(settings, jobs)
    third.attach_player(PlayerController(jobs), _no_overlays(jobs))
    qtbot.addWidget(third)
    assert third.player.sound.volume == pytest.approx(0.8) and third.player.sound.muted
    assert third.actions_by_key["mute"].isChecked()
    third.sound_view.change_volume(1)  # a change of volume unmutes
    assert not third.player.sound.muted and third.sound_view.label.text() == "Volume 90%"
    assert third.sound_view.slider.value() == 90  # the slider in the status bar shows it, and sets it
    third.sound_view.slider.setValue(35)
    assert third.player.sound.volume == pytest.approx(0.35) and settings.value("sound/volume", type=float) == 0.35
    third.player.sound_changed.emit("Its sound cannot be decoded: \x1b[31mbad\nline")
    assert "\x1b" not in third.sound_view.label.text() and "\n" not in third.sound_view.label.text()
    for window in (*windows, third):
        window.player.close()
        window.overlays.close()
    jobs.cancel_all()
    assert jobs.wait(5000)


def _no_overlays(jobs):
    from app.ui.overlays import LiveOverlays

    return LiveOverlays(jobs)
