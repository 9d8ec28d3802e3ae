"""Clip-level evidence in the real window: measured in the background when a clip opens, kept in the case, shown
in the Clip evidence panel and the Clips list (the other listed clips after the open one), said in words when no
calibration is installed, and the newsroom's own calibration fitted, compared and chosen in its dialog."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt

from analyzers.evidence.clip_model import Feature, calibration_bytes, load_calibration
from analyzers.evidence.fit import fit_calibration
from app.store.store import Store
from app.ui.main_window import MainWindow
from app.ui.tasks import Jobs
from tests.case import add_to_case
from tests.ui import test_player_window as player_tests

pytestmark = pytest.mark.gui

window = player_tests.window  # the real window with its player, its panels and a case database in tmp_path
FEATURES = (Feature("noise_level", "mean"), Feature("noise_level", "p90"))


@pytest.fixture(autouse=True)
def measured_automatically():
    """The suite keeps automatic measuring off (tests/conftest.py); here it is what is tested, as users have it."""
    QSettings().setValue("analysis/measure_clip_evidence_automatically", True)


def synthetic_calibration(name: str = "Test calibration"):
    rng = np.random.default_rng(7)
    labels = np.repeat([0, 1], 30)
    # around the noise_level scores of the fixture clips (0.27-0.31), so their figures fall in between
    means = rng.normal(0.27 + 0.04 * labels, 0.03)
    rows = np.column_stack([means, means + rng.normal(0.015, 0.005, len(labels))])
    groups = [f"repo{i % 6}" for i in range(len(labels))]
    return fit_calibration(
        rows,
        labels,
        groups,
        FEATURES,
        name=name,
        fitted_on="60 synthetic clips of a test",
        failure_modes=["Re-encoding at a low bitrate smooths the noise it reads."],
    )


@pytest.fixture
def shipped(tmp_path, monkeypatch) -> Path:
    """A shipped calibration on the noise_level detector, in place of the one the lead is training."""
    path = tmp_path / "shipped_calibration.json"
    path.write_bytes(calibration_bytes(synthetic_calibration()))
    monkeypatch.setattr("app.analysis.calibrations.shipped_path", lambda: path)
    return path


@pytest.fixture
def no_calibration(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("app.analysis.calibrations.shipped_path", lambda: tmp_path / "none" / "calibration.json")


def panel_text(window) -> str:
    panel = window.clip_evidence.panel
    labels = (panel.status, panel.figure, panel.meaning, panel.interval, panel.in_words, panel.details, panel.note)
    return "\n".join(label.text() for label in labels if label.isVisibleTo(panel))


def kept_figure(qtbot, window, sha256: str, calibration_sha256: str) -> dict | None:
    with qtbot.waitCallback(timeout=5000) as answer:
        window.case.clip_evidence(sha256, calibration_sha256, answer)
    return answer.args[0][1]


def test_an_opened_clip_is_measured_kept_in_the_case_and_shown(qtbot, window, make_clip, shipped):
    clip = make_clip("h264")
    player_tests.open_and_wait(qtbot, window, clip)
    view = window.clip_evidence
    qtbot.waitUntil(lambda: view.panel.figure.isVisibleTo(view.panel), timeout=60000)
    text = panel_text(window)
    figure = float(view.panel.figure.text())
    assert 0.0 <= figure <= 1.0
    assert "if generated and camera clips were equally likely beforehand" in text
    assert "90% interval" in text and "likelier for a" in text
    assert "the first 3 s at 16 frames/s, shorter side 480 px" in text
    assert "Test calibration" in text and "AUC" in text and "grouped cross-validation" in text
    assert "Re-encoding at a low bitrate" in text
    assert "not a verdict" in text
    assert window.clips.figure_of(str(clip)) == view.panel.figure.text()
    tip = window.clips.item(0).toolTip()
    assert "likelier for a" in tip and "Test calibration" in tip and "AUC" in tip
    calibration = load_calibration(shipped)
    qtbot.waitUntil(lambda: window.case.clip is not None, timeout=10000)
    kept = None

    def is_kept() -> bool:
        nonlocal kept
        kept = kept_figure(qtbot, window, window.case.clip["sha256"], calibration.sha256)
        return kept is not None

    qtbot.waitUntil(is_kept, timeout=10000)
    assert f"{kept['probability']:.2f}" == view.panel.figure.text()
    assert kept["scores"]["noise_level"]["scores"]


def test_the_listed_clips_are_measured_after_the_open_one(qtbot, window, make_clip, shipped, tmp_path):
    first = make_clip("h264")
    chinese = tmp_path / "长城的历史.mp4"  # a name in another script, listed and measured like any other
    shutil.copyfile(make_clip("vp9"), chinese)
    window.open_paths([str(first), str(chinese)])
    qtbot.waitUntil(lambda: window.clips.figure_of(str(first)) != "", timeout=60000)
    qtbot.waitUntil(lambda: window.clips.figure_of(str(chinese)) not in ("", "–"), timeout=60000)
    assert "长城的历史.mp4" in window.clips.item(1).text()


def test_the_measure_command_measures_again_and_cancel_stops_it(qtbot, window, make_clip, shipped):
    player_tests.open_and_wait(qtbot, window, make_clip("h264"))
    view = window.clip_evidence
    action = window.actions_by_key["measure_evidence"]
    assert action.shortcut().toString() == "Ctrl+Alt+E"
    assert action in window.menus["&Analysis"].actions()
    qtbot.waitUntil(lambda: view.panel.figure.isVisibleTo(view.panel), timeout=60000)
    action.trigger()
    assert window.docks["clip_evidence"].isVisible()
    assert view.panel.cancel_button.isVisibleTo(view.panel)  # at once: the job has not even started
    qtbot.mouseClick(view.panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Measuring was cancelled" in panel_text(window), timeout=20000)
    assert view.running is None and view.panel.measure_button.isVisibleTo(view.panel)
    qtbot.mouseClick(view.panel.measure_button, Qt.MouseButton.LeftButton)  # and asked again, it is measured
    qtbot.waitUntil(lambda: view.panel.figure.isVisibleTo(view.panel), timeout=60000)


def test_without_a_calibration_it_says_so_in_words(qtbot, window, make_clip, no_calibration):
    clip = make_clip("h264")
    player_tests.open_and_wait(qtbot, window, clip)
    view = window.clip_evidence
    qtbot.waitUntil(lambda: "No calibration installed" in panel_text(window), timeout=20000)
    assert window.clips.figure_of(str(clip)) == ""
    assert "Traceback" not in panel_text(window)
    window.clip_evidence.ask_calibration()
    dialog = view.dialog
    qtbot.waitUntil(lambda: "No calibration installed" in dialog.status.text(), timeout=20000)
    assert not dialog.use_newsroom.isEnabled()
    dialog.close()


def test_a_listed_clip_being_measured_gives_way_to_the_clip_opened(qtbot, window, make_clip, shipped):
    listed, opened = make_clip("h264_long_gop"), make_clip("mjpeg")
    view = window.clip_evidence
    window.clips.add_clip(str(listed), listed.name)  # listed, not opened: measured while nothing else is asked
    qtbot.waitUntil(lambda: view.running == str(listed), timeout=10000)
    player_tests.open_and_wait(qtbot, window, opened)
    qtbot.waitUntil(lambda: view.panel.figure.isVisibleTo(view.panel), timeout=60000)
    assert view.panel.figure.text() == window.clips.figure_of(str(opened))
    qtbot.waitUntil(lambda: window.clips.figure_of(str(listed)) not in ("", "–"), timeout=60000)
    assert view.panel.figure.text() == window.clips.figure_of(str(opened))  # the listed clip's stays in the list


def test_a_clip_that_cannot_be_measured_says_why(qtbot, window, make_clip, tmp_path, monkeypatch):
    calibration = fit_calibration(
        np.arange(20, dtype=float).reshape(10, 2),
        [0, 1] * 5,
        [f"g{i % 3}" for i in range(10)],
        (Feature("no_such_detector", "mean"), Feature("no_such_detector", "p90")),
        name="Calibration of a detector not installed",
        fitted_on="ten made-up clips",
    )
    path = tmp_path / "calibration.json"
    path.write_bytes(calibration_bytes(calibration))
    monkeypatch.setattr("app.analysis.calibrations.shipped_path", lambda: path)
    clip = make_clip("h264")
    player_tests.open_and_wait(qtbot, window, clip)
    qtbot.waitUntil(lambda: "could not be measured" in panel_text(window), timeout=20000)
    assert "no_such_detector" in panel_text(window) and "not installed" in panel_text(window)
    assert window.clips.figure_of(str(clip)) == "–"
    assert "no_such_detector" in window.clips.item(0).toolTip()


def decided_case(database: Path, clips: list[Path], generated: int, camera: int) -> None:
    """A case with decided clips whose clip evidence was measured by today's noise_level detector: `clips` (real
    files) first, then made-up ones standing for clips reviewed on other machines."""
    from analyzers.registry import discover

    version = {a.manifest.id: a.manifest.version for a in discover().analyzers}["noise_level"]
    rng = np.random.default_rng(3)
    store = Store.open(database, "Earlier Reviewer")
    rows = [add_to_case(store, path) for path in clips]
    for n in range(len(rows), generated + camera):
        rows.append(store.add_clip(Path(f"/elsewhere/clip{n}.mp4"), f"{n:064x}", 1000, {}))
    for n, row in enumerate(rows):
        label = 1 if n < generated else 0
        store.edit("clips", row["id"], {"uploader": f"uploader{n % 5}"})
        authenticity = "Likely AI-generated" if label else "Likely authentic"
        store.create("verdicts", row["id"], {"authenticity": authenticity})
        scores = list(rng.normal(0.27 + 0.04 * label, 0.03) + rng.normal(0.0, 0.01, 48))
        store.record_clip_evidence(
            row["id"],
            {
                "calibration": "Test calibration",
                "calibration_sha256": "0" * 64,
                "probability": 0.5,
                "low": 0.4,
                "high": 0.6,
                "likelihood_ratio": 1.0,
                "rendition": "the first 3 s",
                "scores": {"noise_level": {"version": version, "model_sha256": "", "scores": scores}},
            },
        )
    store.close()


@pytest.fixture
def case_window(qtbot, tmp_path):
    """The real window on a case database the test fills first."""
    from app.ui.case import CaseController
    from app.ui.overlays import LiveOverlays
    from app.ui.player import PlayerController

    made = []

    def make(database: Path) -> MainWindow:
        jobs = Jobs()
        win = MainWindow(QSettings(), jobs)
        case = CaseController("Test Reviewer")
        win.attach_case(case)
        with qtbot.waitSignal(case.clips_listed, timeout=10000):
            case.open_store(database)
        win.attach_player(PlayerController(jobs), LiveOverlays(jobs))
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        made.append((win, jobs))
        return win

    yield make
    for win, jobs in made:
        win.player.close()
        win.overlays.close()
        win.case.close()
        jobs.cancel_all()
        assert jobs.wait(5000)


def test_too_few_decided_clips_are_said_and_nothing_changes(qtbot, case_window, make_clip, shipped, tmp_path):
    from app.analysis.calibrations import in_use_path

    database = tmp_path / "few.db"
    decided_case(database, [make_clip("h264")], generated=3, camera=2)
    win = case_window(database)
    win.clip_evidence.ask_calibration()
    dialog = win.clip_evidence.dialog
    qtbot.waitUntil(lambda: "Too few decided clips" in dialog.status.text(), timeout=20000)
    assert "Nothing was changed" in dialog.status.text()
    assert not dialog.use_newsroom.isEnabled()
    assert not in_use_path().exists()
    dialog.close()


def test_a_newsroom_calibration_is_compared_chosen_and_used_for_new_figures(
    qtbot, case_window, make_clip, shipped, tmp_path
):
    from app.analysis.calibrations import calibration_in_use, in_use_path

    database = tmp_path / "decided.db"
    listed = make_clip("h264")
    decided_case(database, [listed], generated=12, camera=12)
    win = case_window(database)
    qtbot.waitUntil(lambda: win.clips.figure_of(str(listed)) not in ("", "–"), timeout=60000)
    win.clip_evidence.ask_calibration()
    dialog = win.clip_evidence.dialog
    qtbot.waitUntil(lambda: dialog.use_newsroom.isEnabled(), timeout=30000)
    newsroom, beside = dialog.newsroom.text.text(), dialog.shipped.text.text()
    assert "Newsroom calibration of" in newsroom and "grouped cross-validation" in newsroom
    assert "24 clips decided in this case" in newsroom and "AUC" in newsroom
    assert "Test calibration" in beside and "these decided clips" in beside
    assert "In use now: Test calibration" in dialog.in_use.text()
    qtbot.mouseClick(dialog.use_newsroom, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: in_use_path().is_file(), timeout=10000)
    qtbot.waitUntil(lambda: "Newsroom calibration" in dialog.in_use.text(), timeout=10000)
    assert calibration_in_use().name.startswith("Newsroom calibration of")
    # the listed clip is measured again under the newsroom's calibration
    qtbot.waitUntil(lambda: "Newsroom calibration" in win.clips.item(0).toolTip(), timeout=60000)
    assert dialog.use_shipped.isEnabled()
    qtbot.mouseClick(dialog.use_shipped, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not in_use_path().exists(), timeout=10000)
    qtbot.waitUntil(lambda: "Calibration: Test calibration" in win.clips.item(0).toolTip(), timeout=60000)
    dialog.close()


def test_the_clips_list_shows_figures_in_one_column_apart_from_the_badge(qtbot, tmp_path):
    from widgets.panels import ClipList

    clips = ClipList()
    qtbot.addWidget(clips)
    clips.resize(320, 160)
    clips.add_clip("/a/长城的历史.mp4", "长城的历史.mp4")
    clips.add_clip("/a/b.mp4", "a rather long clip name that will not fit beside its figure.mp4")
    clips.set_badge("/a/b.mp4", "Declares AI generation", "#ff8a80")
    clips.set_figure("/a/长城的历史.mp4", "0.31", "Clip evidence 0.31: these scores are ...")
    clips.set_figure("/a/b.mp4", "0.86", "Clip evidence 0.86: these scores are ...")
    clips.show()
    qtbot.waitExposed(clips)
    assert clips.item(0).text() == "长城的历史.mp4"  # the figure is drawn beside the name, not part of it
    assert clips.figure_of("/a/b.mp4") == "0.86" and "Clip evidence 0.86" in clips.item(1).toolTip()
    assert "Declares AI generation" in clips.item(1).text()
    clips.grab().save(str(tmp_path / "clips.png"))
    clips.clear_figures()
    assert clips.figure_of("/a/b.mp4") == "" and "Clip evidence" not in clips.item(1).toolTip()
    assert "Declares AI generation" in clips.item(1).toolTip()


def test_with_automatic_measuring_off_a_clip_is_measured_only_when_asked(qtbot, window, make_clip, shipped):
    window.clip_evidence.automatic_action.setChecked(False)
    player_tests.open_and_wait(qtbot, window, make_clip("h264"))
    qtbot.wait(500)
    view = window.clip_evidence
    assert view.running is None and not view.panel.figure.isVisibleTo(view.panel)
    assert "Measure clip evidence automatically" in panel_text(window)
    assert QSettings().value("analysis/measure_clip_evidence_automatically", type=bool) is False

    view.measure_action.trigger()  # asked: measured now
    qtbot.waitUntil(lambda: view.panel.figure.isVisibleTo(view.panel), timeout=60000)
    assert 0.0 <= float(view.panel.figure.text()) <= 1.0
