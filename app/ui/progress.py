"""A progress bar with a Cancel button in the status bar, for as long as a job runs."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar

from app.i18n import translate
from app.ui.tasks import Job


def show_progress(status: QStatusBar, job: Job, label: str) -> None:
    """`label`: what the job does, in the reviewer's language ("Analyzing")."""
    bar = QProgressBar()
    bar.setMaximumWidth(200)
    bar.setFormat(f"{label} %p%")
    bar.setAccessibleName(label)
    cancel = QPushButton(translate("Progress", "Cancel"))
    cancel.setToolTip(translate("Progress", "Stop: {task}").format(task=label))
    status.addWidget(bar)
    status.addWidget(cancel)
    cancel.clicked.connect(job.cancel)
    job.progress.connect(lambda fraction: bar.setValue(round(fraction * 100)))

    def finish() -> None:
        for widget in (bar, cancel):
            status.removeWidget(widget)
            widget.deleteLater()

    job.finished.connect(finish)
    job.failed.connect(lambda reason: status.showMessage(reason, 8000))
    job.cancelled.connect(
        lambda: status.showMessage(translate("Progress", "{task}: cancelled").format(task=label), 4000)
    )
