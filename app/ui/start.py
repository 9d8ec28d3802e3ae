"""Starting the GUI: the window paints first, then the media engine (PyAV, OpenCV, numpy) loads on a thread."""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication

from app.ui.main_window import MainWindow
from app.ui.provider_menu import detector_provider
from app.ui.reviewer import reviewer_name
from app.ui.tasks import Jobs
from app.ui.theme import apply_theme

log = logging.getLogger(__name__)


class EngineLoader(QObject):
    """Imports the heavy media modules off the GUI thread and says when they are ready."""

    ready = Signal()
    failed = Signal(str)

    def start(self) -> None:
        threading.Thread(target=self._load, name="engine-loader", daemon=True).start()

    def _load(self) -> None:
        try:
            import app.ui.case  # noqa: F401 (the imports are the work: onnxruntime, PyAV, OpenCV, sqlite-utils)
            import app.ui.clip_analysis  # noqa: F401
            import app.ui.detector_view  # noqa: F401
            import app.ui.forensic_view  # noqa: F401
            import app.ui.overlays  # noqa: F401
            import app.ui.player  # noqa: F401
        except Exception:
            log.exception("the media engine failed to load")
            self.failed.emit("The media engine (PyAV/OpenCV) could not be loaded; see the log file.")
            return
        self.ready.emit()


def run_gui(files: list[str], demo: bool, cache_mb: int, provider: str | None, database: Path, started: float) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ReelCheck")
    app.setOrganizationName("ReelCheck")
    apply_theme(app)
    jobs = Jobs()
    settings = QSettings()
    window = MainWindow(settings, jobs)
    provider = provider or detector_provider(settings)
    loader = EngineLoader()

    def engine_ready() -> None:
        from app.ui.case import CaseController
        from app.ui.overlays import LiveOverlays
        from app.ui.player import PlayerController

        case = CaseController(reviewer_name(settings))
        window.attach_case(case)
        case.open_store(database)
        window.attach_player(PlayerController(jobs, cache_mb << 20), LiveOverlays(jobs, provider))

    def first_painted() -> None:
        if os.environ.get("REELCHECK_REPORT_STARTUP"):
            print(f"first-paint {time.perf_counter() - started:.4f}", flush=True)
            if os.environ["REELCHECK_REPORT_STARTUP"] == "exit":
                app.quit()
                return
        loader.start()

    def report_bug(kind, error, trace) -> None:
        # A slot that raises must not put a traceback in front of the reviewer: log it, say so briefly.
        log.error("unhandled error", exc_info=(kind, error, trace))
        window.statusBar().showMessage("Something went wrong; the details are in the log file.", 10000)

    sys.excepthook = report_bug
    loader.ready.connect(engine_ready)
    loader.failed.connect(lambda reason: window.statusBar().showMessage(reason))
    window.view.first_painted.connect(first_painted)
    if files:
        window.open_paths(files)
    if demo:
        window.do_demo()
    window.show()
    code = app.exec()
    jobs.cancel_all()
    jobs.wait(3000)
    return code
