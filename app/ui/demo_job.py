"""File > Open demo clips: generate them in the background with progress, then open the first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QProgressBar, QPushButton

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def open_demo(window: MainWindow) -> None:
    from app.demo import ensure_demo_clips

    bar = QProgressBar()
    bar.setMaximumWidth(180)
    bar.setFormat("Making demo clips %p%")
    cancel = QPushButton("Cancel")
    status = window.statusBar()
    status.addWidget(bar)
    status.addWidget(cancel)
    job = window.jobs.start(
        "Making the demo clips", lambda job: ensure_demo_clips(None, job.report, job.is_cancelled, job.deliver)
    )
    cancel.clicked.connect(job.cancel)
    job.progress.connect(lambda f: bar.setValue(round(f * 100)))

    def finish() -> None:
        status.removeWidget(bar)
        status.removeWidget(cancel)
        bar.deleteLater()
        cancel.deleteLater()

    job.finished.connect(finish)
    opened_first = []

    def clip_ready(path) -> None:
        # The first clip opens at once; the others join the clip list as they are made.
        if not opened_first:
            opened_first.append(path)
            window.open_paths([str(path)])
        else:
            window.clips.add_clip(str(path), path.name)

    job.partial.connect(clip_ready)
    job.failed.connect(lambda reason: status.showMessage(reason, 8000))
    job.cancelled.connect(lambda: status.showMessage("Demo clips cancelled", 4000))
