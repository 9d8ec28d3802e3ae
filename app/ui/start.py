"""Starting the GUI: the window paints first; then the clip asked for opens and its first frame shows, and only then
the media and detector engines (onnxruntime, OpenCV, the case database) load (app.ui.engine_loader)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from analyzers.resources import resources_dir
from app.i18n import translate
from app.login import login_name
from app.ui import startup_report
from app.ui.engine_loader import EngineLoader
from app.ui.language import speak
from app.ui.main_window import MainWindow
from app.ui.settings_view import window_preferences
from app.ui.tasks import Jobs
from app.ui.theme import apply_theme, follow_theme

log = logging.getLogger(__name__)


def run_gui(files: list[str], demo: bool, cache_mb: int, provider: str | None, database: Path, started: float) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ReelCheck")
    app.setOrganizationName("ReelCheck")
    app.setDesktopFileName("reelcheck")  # Wayland matches the window to resources/linux/reelcheck.desktop by it
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "reelcheck.svg")))
    jobs = Jobs()
    settings = QSettings()
    preferences = window_preferences(settings)
    apply_theme(app, preferences.theme)
    speak(app, preferences.language)  # before the window: its words are chosen as it is built
    screen = app.primaryScreen()
    window = MainWindow(
        settings, jobs, preferences, screen_width=screen.availableGeometry().width() if screen else None
    )
    follow_theme(app, window.preferences)
    provider = provider or preferences.provider
    loader = EngineLoader()
    if startup_report.wanted():
        startup_report.report_startup(started, window.view, awaits_frame=bool(files))

    def engine_ready() -> None:
        from app.ui.case import CaseController
        from app.ui.overlays import LiveOverlays
        from app.ui.player import PlayerController

        case = CaseController(window.preferences.current.reviewer or login_name())  # the audit's name until asked
        window.attach_case(case)
        case.open_store(database)
        window.attach_player(PlayerController(jobs, cache_mb << 20), LiveOverlays(jobs, provider))

    def report_bug(kind, error, trace) -> None:
        # A slot that raises must not put a traceback in front of the reviewer: log it, say so briefly.
        log.error("unhandled error", exc_info=(kind, error, trace))
        window.statusBar().showMessage(
            translate("Start", "Something went wrong; the details are in the log file."), 10000
        )

    sys.excepthook = report_bug
    loader.first_picture.connect(window.first_clip.show_picture)
    loader.first_clip.connect(window.first_clip.keep)
    loader.icons_ready.connect(window.load_icons)
    loader.ready.connect(engine_ready)
    loader.failed.connect(lambda reason: window.statusBar().showMessage(reason))
    window.view.first_painted.connect(lambda: loader.start(files[0] if files else None, cache_mb << 20))
    if not preferences.reviewer:
        # The first run's question, once the engine has loaded: a dialog in front of a window still filling in.
        ask = lambda *_: window.preferences.offer_first_run(window)  # noqa: E731
        loader.ready.connect(ask)
        loader.failed.connect(ask)
    if files:
        window.open_paths(files)
    if demo:
        window.do_demo()
    window.show()
    code = app.exec()
    loader.wait()
    jobs.cancel_all()
    jobs.wait(3000)
    return code
