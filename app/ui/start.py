"""Starting the GUI: the window paints first; then, on a thread, the clip asked for opens and its first frame shows,
and only then the media and detector engines (onnxruntime, OpenCV, the case database) load."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QApplication

from analyzers.resources import resources_dir
from app.i18n import translate
from app.login import login_name
from app.ui import startup_report
from app.ui.language import speak
from app.ui.main_window import MainWindow
from app.ui.settings_view import window_preferences
from app.ui.tasks import Jobs
from app.ui.theme import apply_theme, follow_theme

log = logging.getLogger(__name__)


class EngineLoader(QObject):
    """Off the GUI thread: opens the clip asked for on the command line and decodes its first frame, then imports
    the heavy modules of the media and detector engines, and says when each is done."""

    first_picture = Signal(str, QImage)  # path, its first frame decoded, before the clip's index is built
    first_clip = Signal(str, object)  # path, OpenedClip; None where it could not be opened here
    ready = Signal()
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._thread: threading.Thread | None = None

    def start(self, first_clip: str | None, cache_bytes: int) -> None:
        self._thread = threading.Thread(
            target=self._load, args=(first_clip, cache_bytes), name="engine-loader", daemon=True
        )
        self._thread.start()

    def wait(self, seconds: float = 10.0) -> None:
        """Until the thread is done, or `seconds` have passed: an interpreter that exits while a thread imports Qt
        modules can crash, but a clip on a stalled drive must not keep ReelCheck from quitting."""
        if self._thread is not None:
            self._thread.join(seconds)

    def _load(self, first_clip: str | None, cache_bytes: int) -> None:
        if first_clip is not None:
            self.first_clip.emit(first_clip, self._open_first(first_clip, cache_bytes))
        try:
            import qtawesome  # noqa: F401 (the window's icons: importing it takes longer than making them)

            import app.ui.case  # noqa: F401 (the imports are the work: onnxruntime, PyAV, OpenCV, sqlite-utils)
            import app.ui.clip_analysis  # noqa: F401
            import app.ui.detector_view  # noqa: F401
            import app.ui.forensic_view  # noqa: F401
            import app.ui.overlays  # noqa: F401
            import app.ui.player  # noqa: F401
        except Exception:
            log.exception("the media engine failed to load")
            self.failed.emit(
                translate("Start", "The media engine (PyAV/OpenCV) could not be loaded; see the log file.")
            )
            return
        self.ready.emit()

    def _open_first(self, path: str, cache_bytes: int):  # -> OpenedClip | None, whose module loads here
        """The clip asked for on the command line: its first picture as soon as PyAV alone has decoded it, then the
        clip opened whole. None where it cannot be opened here: the player opens it again and says why, as it does
        for any clip."""
        try:
            from app.media.first_look import look_first
            from app.ui.frame_image import upright_picture

            first = look_first(Path(path), cache_bytes)
            self.first_picture.emit(path, upright_picture(first.frame, first.rotation))
            from app.media.clip import open_for_screen  # numpy and the index: after the picture

            return open_for_screen(path, cache_bytes, first=first)
        except Exception:
            log.info("the clip asked for at start-up was left for the player to open", exc_info=True)
            return None


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
    loader.ready.connect(engine_ready)
    loader.failed.connect(lambda reason: window.statusBar().showMessage(reason))
    window.view.first_painted.connect(lambda: loader.start(files[0] if files else None, cache_mb << 20))
    if not preferences.reviewer:
        # The first run's question, once the engine has loaded: building a dialog while the loader thread imports
        # Qt modules (qtawesome's qtpy) crashed shiboken, seen as a segfault in a fresh install's first start.
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
