"""Background jobs report back on the GUI thread, can be cancelled, and let go of what their slots captured."""

from __future__ import annotations

import gc
import time
import weakref

from app.media.errors import Cancelled, MediaError
from app.ui.tasks import Jobs


class Payload:
    """Stands in for a clip and its frame cache: something large a slot may capture."""


def test_finished_jobs_release_what_their_slots_captured(qtbot):
    jobs = Jobs()
    payload = Payload()
    alive = weakref.ref(payload)
    results = []
    job = jobs.start("work", lambda job: 42)  # slots connected right after start still hear it
    job.succeeded.connect(lambda value, kept=payload: results.append((value, kept)))
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    qtbot.waitUntil(lambda: not jobs._running, timeout=2000)
    assert results[0][0] == 42
    results.clear()
    del payload, job
    gc.collect()
    assert alive() is None


def test_progress_cancel_and_failure_are_reported(qtbot):
    jobs = Jobs()

    def slow(job):
        for i in range(200):
            if job.is_cancelled():
                raise Cancelled()
            job.report(i / 200)
            time.sleep(0.005)

    job = jobs.start("slow", slow)
    with qtbot.waitSignal(job.progress, timeout=5000):
        pass
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        job.cancel()

    def refuse(job):
        raise MediaError("The file is empty (0 bytes).")

    def crash(job):
        return 1 / 0

    failing = jobs.start("open", refuse)
    with qtbot.waitSignal(failing.failed, timeout=5000) as failed:
        pass
    assert failed.args == ["The file is empty (0 bytes)."]
    buggy = jobs.start("Sorting", crash)
    with qtbot.waitSignal(buggy.failed, timeout=5000) as crashed:
        pass
    assert crashed.args[0].startswith("Sorting failed unexpectedly") and "Traceback" not in crashed.args[0]
    assert jobs.wait(5000)
