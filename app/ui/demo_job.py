"""File > Open demo clips: generate them in the background with progress, and open the first as soon as it exists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.progress import show_progress

if TYPE_CHECKING:
    from app.ui.case import CaseController
    from app.ui.shell import Shell


def open_demo(shell: Shell, case: CaseController | None) -> None:
    from app.demo.clips import ensure_demo_clips

    job = shell.jobs.start(
        "Making the demo clips", lambda job: ensure_demo_clips(None, job.report, job.is_cancelled, job.deliver)
    )
    show_progress(shell.status_bar, job, "Making demo clips")
    opened_first = []

    def clip_ready(path) -> None:
        # The first clip opens at once; the others join the clip list as they are made.
        if not opened_first:
            opened_first.append(path)
            shell.open_paths([str(path)])
        else:
            shell.clips.add_clip(str(path), path.name)

    job.partial.connect(clip_ready)
    if case is not None:  # the clips reviewed as a fact-checker would leave them
        job.succeeded.connect(case.add_demo_case)
