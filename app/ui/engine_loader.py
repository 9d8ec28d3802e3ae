"""Loading the media and detector engines after the window has painted, without freezing it and without two threads
making Qt's types at once.

PySide makes each Qt type the first time it is asked for, and two threads doing so together crashed shiboken (a
segfault on a fresh install's first start: the first run's dialog was built while a thread imported qtawesome,
whose qtpy asks for every type of QtCore, QtGui and QtWidgets). So the work is split by what it touches:
- a thread imports the engines that have nothing of Qt (onnxruntime, PyAV, OpenCV, sqlite-utils and our modules
  around them), and opens the clip asked for on the command line;
- the GUI thread makes the Qt types and imports the Qt side (qtawesome, the player), a slice of a few milliseconds
  at a time between events, so the window keeps painting and answering.
`ready` comes when both are done."""

from __future__ import annotations

import importlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage

from app.i18n import translate
from app.ui.frame_image import upright_picture

log = logging.getLogger(__name__)

# Imported on the thread. None of them may import Qt (import-linter keeps Qt out of analyzers and of app's non-UI
# modules; a test checks this list in a fresh interpreter).
WITHOUT_QT = (
    "analyzers.engine",  # onnxruntime
    "analyzers.registry",  # importlib.metadata, for the plugins
    "analyzers.run",
    "analyzers.filters",  # OpenCV
    "app.media.clip",  # PyAV, NumPy
    "app.media.audio",
    "app.media.sound_cache",
    "app.media.sound_feed",
    "app.media.preview_cache",
    "app.store.store",  # sqlite-utils
    "app.store.history",
)
# Made and imported on the GUI thread: the Qt types qtpy asks for all at once, qtawesome (the window's icons), and
# once the thread is done, the Qt side of the engines.
QT_MODULES_IN_FULL = (  # the modules whose every type qtpy asks for, where PySide has them
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDataVisualization",
)
WITH_QT = (
    "app.ui.case",
    "app.ui.clip_analysis",
    "app.ui.detector_view",
    "app.ui.forensic_view",
    "app.ui.overlays",
    "app.ui.player",
)
_SLICE_SECONDS = 0.008  # about half a frame at 60 Hz: a paint or a key press waits at most this long, or one import


class EngineLoader(QObject):
    """Opens the clip asked for on the command line and decodes its first frame, then loads the engines; says when
    each is done."""

    first_picture = Signal(str, QImage)  # path, its first frame decoded, before the clip's index is built
    first_clip = Signal(str, object)  # path, OpenedClip; None where it could not be opened here
    icons_ready = Signal()  # qtawesome is imported: the window can draw its icons
    ready = Signal()
    failed = Signal(str)
    _thread_done = Signal(bool)  # from the thread: whether its imports worked

    def __init__(self) -> None:
        super().__init__()
        self._thread: threading.Thread | None = None
        self._done: set[str] = set()  # "thread", "icons", "window"; "broken" where a part failed
        self._thread_done.connect(self._thread_finished)

    def start(self, first_clip: str | None, cache_bytes: int) -> None:
        if first_clip is not None:  # the clip's first frame comes first: the Qt side waits until the thread has it
            self.first_clip.connect(self._load_with_qt)
        self._thread = threading.Thread(
            target=self._load_without_qt, args=(first_clip, cache_bytes), name="engine-loader", daemon=True
        )
        self._thread.start()
        if first_clip is None:
            self._load_with_qt()

    def wait(self, seconds: float = 10.0) -> None:
        """Until the thread is done, or `seconds` have passed: an interpreter that exits while a thread imports
        can crash, but a clip on a stalled drive must not keep ReelCheck from quitting."""
        if self._thread is not None:
            self._thread.join(seconds)

    # --- the thread --------------------------------------------------------------------------------------------
    def _load_without_qt(self, first_clip: str | None, cache_bytes: int) -> None:
        if first_clip is not None:
            self.first_clip.emit(first_clip, self._open_first(first_clip, cache_bytes))
        try:
            for name in WITHOUT_QT:
                importlib.import_module(name)
        except Exception:
            log.exception("the media engine failed to load")
            self._thread_done.emit(False)
            return
        self._thread_done.emit(True)

    def _open_first(self, path: str, cache_bytes: int):  # -> OpenedClip | None, whose module loads here
        """The clip asked for on the command line: its first picture as soon as PyAV alone has decoded it, then the
        clip opened whole. None where it cannot be opened here: the player opens it again and says why, as it does
        for any clip."""
        try:
            from app.media.first_look import look_first

            first = look_first(Path(path), cache_bytes)
            self.first_picture.emit(path, upright_picture(first.frame, first.rotation))
            from app.media.clip import open_for_screen  # numpy and the index: after the picture

            return open_for_screen(path, cache_bytes, first=first)
        except Exception:
            log.info("the clip asked for at start-up was left for the player to open", exc_info=True)
            return None

    # --- the GUI thread ----------------------------------------------------------------------------------------
    def _load_with_qt(self, *_clip) -> None:
        self._in_slices(_qt_types_and_icons(self.icons_ready.emit), then=lambda: self._part_done("icons"))

    def _thread_finished(self, worked: bool) -> None:
        self._part_done("thread" if worked else "broken")

    def _part_done(self, part: str) -> None:
        """The Qt side of the engines imports last: on the GUI thread, whatever of the thread's work it found not yet
        done (onnxruntime...) would be done there, in one piece."""
        if "broken" in self._done:
            return  # said once already
        self._done.add(part)
        if part == "broken":
            self.failed.emit(
                translate("Start", "The media engine (PyAV/OpenCV) could not be loaded; see the log file.")
            )
        elif part == "window":
            self.ready.emit()
        elif self._done == {"thread", "icons"}:
            steps = (lambda name=name: importlib.import_module(name) for name in WITH_QT)
            self._in_slices(steps, then=lambda: self._part_done("window"))

    def _in_slices(self, steps: Iterator[Callable[[], object]], then: Callable[[], None]) -> None:
        timer = QTimer(self)
        timer.setInterval(0)

        def run_a_slice() -> None:
            until = time.perf_counter() + _SLICE_SECONDS
            try:
                while time.perf_counter() < until:
                    next(steps)()
            except StopIteration:
                timer.stop()
                then()
            except Exception:
                timer.stop()
                log.exception("the media engine's window side failed to load")
                self._part_done("broken")

        timer.timeout.connect(run_a_slice)
        timer.start()


def _qt_types_and_icons(icons_ready: Callable[[], None]) -> Iterator[Callable[[], object]]:
    """Each step small enough to run between two events: one Qt type made, or one module imported."""
    for module_name in QT_MODULES_IN_FULL:
        try:
            module = importlib.import_module(module_name)  # one step too: QtOpenGL takes some 50 ms
        except ImportError:
            continue  # not in this PySide: qtpy leaves it out too
        yield lambda: None  # a slice ends after the import where it has to
        for name in dir(module):
            yield lambda module=module, name=name: getattr(module, name)
    yield lambda: importlib.import_module("qtawesome")
    yield icons_ready
