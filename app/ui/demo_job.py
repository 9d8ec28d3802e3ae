"""File > Open demo clips: generate them in the background with progress, and open the first as soon as it exists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.progress import show_progress

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def open_demo(window: MainWindow) -> None:
    from app.demo.clips import ensure_demo_clips

    job = window.jobs.start(
        "Making the demo clips", lambda job: ensure_demo_clips(None, job.report, job.is_cancelled, job.deliver)
    )
    show_progress(window.statusBar(), job, "Making demo clips")
    opened_first = []

    def clip_ready(path) -> None:
        # The first clip opens at once; the others join the clip list as they are made.
        if not opened_first:
            opened_first.append(path)
            window.open_paths([str(path)])
        else:
            window.clips.add_clip(str(path), path.name)

    job.partial.connect(clip_ready)
    if window.case is None:
        return
    # The first clip is on screen long before its review is written: the Claims panel says so, not "No claims".
    claims = window.claims_view.panel

    def building(fraction: float) -> None:
        claims.say_while_empty(
            f"The demo case is being built ({fraction:.0%} of its clips made): the claims, sources and evidence "
            "appear when it is done."
        )

    building(0.0)
    job.progress.connect(building)
    job.failed.connect(lambda reason: claims.say_while_empty())
    job.cancelled.connect(lambda: claims.say_while_empty())

    def write_case(clips) -> None:  # the clips reviewed as a fact-checker would leave them
        claims.say_while_empty("The demo case is being written: its claims appear in a moment.")
        window.case.add_demo_case(clips, then=claims.say_while_empty)

    job.succeeded.connect(write_case)
