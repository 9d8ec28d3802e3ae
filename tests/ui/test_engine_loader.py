"""The engines load after the first paint without two threads making Qt's types at once: the thread imports only
what has nothing of Qt, the GUI thread makes the Qt types and imports the Qt side (app.ui.engine_loader)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from app.ui.engine_loader import WITHOUT_QT

# Run in a fresh interpreter, where nothing of the engines is imported yet: records which thread imports each module.
_RECORD_IMPORTS = textwrap.dedent(
    """
    import sys, threading
    imported = []

    class Recorder:
        def find_spec(self, name, path=None, target=None):
            imported.append((name, threading.current_thread().name))
            return None

    sys.meta_path.insert(0, Recorder())
    from PySide6.QtWidgets import QApplication
    from app.ui.engine_loader import EngineLoader

    application = QApplication([])
    loader = EngineLoader()
    said = []
    loader.icons_ready.connect(lambda: said.append("icons"))
    loader.ready.connect(lambda: (said.append("ready"), application.quit()))
    loader.failed.connect(lambda reason: (said.append(reason), application.quit()))
    loader.start(None, 64 << 20)
    application.exec()
    loader.wait()
    print(said)
    for name, thread in imported:
        print(thread, name)
    """
)


def test_the_thread_imports_nothing_of_qt_and_the_window_side_loads_after_it():
    done = subprocess.run(
        [sys.executable, "-c", _RECORD_IMPORTS],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    said, *lines = done.stdout.splitlines()
    assert said == "['icons', 'ready']"
    on_thread = {name for thread, name in (line.split(" ", 1) for line in lines) if thread == "engine-loader"}
    assert set(WITHOUT_QT) <= on_thread  # the heavy imports did happen there, off the GUI thread
    assert "onnxruntime" in on_thread and "av" in on_thread and "cv2" in on_thread
    qt_side = sorted(name for name in on_thread if name.split(".")[0] in {"PySide6", "shiboken6", "qtpy", "qtawesome"})
    assert qt_side == []
    assert not [name for name in on_thread if name.startswith(("app.ui", "widgets"))]


def test_an_engine_that_cannot_be_imported_is_said_once_and_the_window_side_stops(qtbot, monkeypatch):
    import app.ui.engine_loader as engine_loader

    monkeypatch.setattr(engine_loader, "WITHOUT_QT", (*WITHOUT_QT, "analyzers.no_such_engine"))
    loader = engine_loader.EngineLoader()
    said, ready = [], []
    loader.failed.connect(said.append)
    loader.ready.connect(lambda: ready.append(True))
    loader.start(None, 64 << 20)
    qtbot.waitUntil(lambda: bool(said), timeout=60000)
    loader.wait()
    qtbot.wait(300)  # the window side's slices run on: nothing more is said when they end
    assert said == ["The media engine (PyAV/OpenCV) could not be loaded; see the log file."]
    assert ready == []
