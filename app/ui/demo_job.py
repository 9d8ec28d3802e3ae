"""File > Open demo clips: generate them in the background with progress, and open the first as soon as it exists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.i18n import translate
from app.ui.progress import show_progress

if TYPE_CHECKING:
    from app.ui.case import CaseController
    from app.ui.shell import Shell
    from widgets.claims_panel import ClaimsPanel


def open_demo(shell: Shell, case: CaseController | None, claims: ClaimsPanel | None) -> None:
    """`claims`: the Claims panel, which says the demo case is being built while its first clip is on screen."""
    from app.demo.clips import ensure_demo_clips

    job = shell.jobs.start(
        translate("Demo", "Making the demo clips"),
        lambda job: ensure_demo_clips(None, job.report, job.is_cancelled, job.deliver),
    )
    show_progress(shell.status_bar, job, translate("Demo", "Making demo clips"))
    opened_first = []

    def clip_ready(path) -> None:
        # The first clip opens at once; the others join the clip list as they are made.
        if not opened_first:
            opened_first.append(path)
            shell.open_paths([str(path)])
        else:
            shell.clips.add_clip(str(path), path.name)

    job.partial.connect(clip_ready)
    if case is None or claims is None:
        return
    # The first clip is on screen long before its review is written: the Claims panel says so, not "No claims".

    def building(fraction: float) -> None:
        claims.say_while_empty(
            translate(
                "Demo",
                "The demo case is being built ({share} of its clips made): the claims, sources and evidence "
                "appear when it is done.",
            ).format(share=f"{fraction:.0%}")
        )

    building(0.0)
    job.progress.connect(building)
    job.failed.connect(lambda reason: claims.say_while_empty())
    job.cancelled.connect(lambda: claims.say_while_empty())

    def write_case(clips) -> None:  # the clips reviewed as a fact-checker would leave them
        claims.say_while_empty(translate("Demo", "The demo case is being written: its claims appear in a moment."))
        case.add_demo_case(clips, then=claims.say_while_empty)

    job.succeeded.connect(write_case)
