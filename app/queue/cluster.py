"""Batch analysis of the queue on a Ray cluster: one Ray task per clip, measured on a worker by the same
`measure_queued_clip` as on this machine, and recorded here, by the driver, as each result arrives. Workers never
open the case: they read the clip from the path the case holds (a folder every worker reaches, docs/team.md) and
send back a plain ClipMeasures. Nothing is uploaded: no working directory, no packages; each worker runs the
ReelCheck installed on it.

Offline: Ray's usage statistics are off before Ray is imported and no dashboard is started.
"""

from __future__ import annotations

import os
import re
import socket
from collections.abc import Callable

from app.i18n import translate
from app.queue.batch import BatchSummary, unknown_clip
from app.queue.measuring import BatchSettings, Instruments, measure_queued_clip, record_measures

AUTO = "auto"
RETRIES = 3  # a worker that dies takes its clip with it; the clip is measured again elsewhere
_WAIT_S = 0.25  # how often the driver looks at Cancel while it waits for results
_REACH_S = 5.0
_ADDRESS = re.compile(r"(ray://)?([A-Za-z0-9.\-]+|\[[0-9A-Fa-f:]+\]):(\d{1,5})")


class ClusterError(Exception):
    """The cluster cannot be used; the message says why, in one line."""


def address_problem(address: str) -> str | None:
    """Why `address` names no cluster, in words; None for auto, ray://HOST:PORT or HOST:PORT."""
    match = _ADDRESS.fullmatch(address)
    if address == AUTO or (match and 0 < int(match[3]) < 65536):
        return None
    return translate("Cluster", "A cluster is auto, ray://HOST:PORT or HOST:PORT.")


def analyze_on_cluster(
    database,
    clip_ids: list[int],
    *,
    address: str,
    stride: int = 10,
    provider: str = "auto",
    read_text: bool = False,
    on_progress: Callable[[float, str], None],
    on_clip: Callable[[int], None],
    cancelled: Callable[[], bool],
) -> BatchSummary:
    """`analyze_queue` with each clip measured by a Ray task on the cluster at `address` (see address_problem;
    auto: the Ray instance running on this machine, else one started for this run on 127.0.0.1), taking a GPU where
    the provider wants one and the cluster has them. Each result is recorded through the case at `database` as it
    arrives, with the provider and the machine that measured it; a worker that dies is retried elsewhere; Cancel
    cancels the clips not finished, and the clips finished stay recorded. Raises ClusterError."""
    from app.store.store import Store, StoreError

    if stride < 1:
        raise ValueError("the stride must be 1 or more")
    if problem := address_problem(address):
        raise ClusterError(problem)
    summary = BatchSummary()
    store = Store.open(database)
    try:
        clips = {}
        for clip_id in clip_ids:
            try:
                clips[clip_id] = store.clip(clip_id)
            except StoreError as error:
                summary.failed.append((unknown_clip(clip_id), str(error)))
        ray = connect(address)
        try:
            _gather(
                ray,
                store,
                clips,
                BatchSettings(stride, provider, read_text, _calibration_here()),
                summary,
                on_progress,
                on_clip,
                cancelled,
            )
        finally:
            ray.shutdown()
    finally:
        store.close()
    return summary


def _gather(ray, store, clips: dict, settings: BatchSettings, summary, on_progress, on_clip, cancelled) -> None:
    """Sends a task per clip and records each result as it comes."""
    from app.store.store import StoreError

    wants_gpu = settings.provider != "cpu" and ray.cluster_resources().get("GPU", 0) > 0
    task = ray.remote(max_retries=RETRIES, num_gpus=1 if wants_gpu else 0, num_cpus=0 if wants_gpu else 1)(
        measure_on_worker
    )
    sent = {task.remote(_what_a_worker_needs(clip), settings): clip_id for clip_id, clip in clips.items()}
    pending, finished = list(sent), 0
    on_progress(0.0, translate("Cluster", "waiting for the cluster"))
    while pending:
        if cancelled():
            for ref in pending:
                ray.cancel(ref)
            summary.cancelled = True
            return
        done, pending = ray.wait(pending, num_returns=1, timeout=_WAIT_S)
        for ref in done:
            clip_id = sent[ref]
            name = clips[clip_id]["file_name"]
            finished += 1
            try:
                measures, reason = ray.get(ref)
            except ray.exceptions.RayError as error:
                measures, reason = None, _lost(error)
            if measures is not None:
                try:
                    record_measures(store, clip_id, measures)
                except StoreError as error:
                    measures, reason = None, str(error)
            if measures is None:
                summary.failed.append((name, reason))
            else:
                summary.count(name, measures)
                on_clip(clip_id)
            said = translate("Queue analysis", "{clip}: {step}")
            on_progress(finished / len(sent), said.format(clip=name, step=translate("Queue analysis", "done")))


def _calibration_here():
    """The calibration in use on this machine, for every worker to measure under; None when it has no usable one
    (each worker then says why it has no clip-level figure, as a local run does)."""
    from analyzers.evidence.clip_model import CalibrationError
    from app.analysis.calibrations import calibration_in_use

    try:
        return calibration_in_use()
    except (CalibrationError, OSError):
        return None


def _what_a_worker_needs(clip: dict) -> dict:
    """The clip's fields a worker reads: where its file is, its hash (the rendition's name) and its badge."""
    return {key: clip[key] for key in ("path", "sha256", "badge", "badge_level")}


# On a worker: opened for its first clip, kept for its next ones. A worker process serves one run (Ray starts workers
# afresh for each driver), so a calibration chosen between runs is always the one used.
_instruments: dict[str, Instruments] = {}


def measure_on_worker(clip: dict, settings: BatchSettings) -> tuple:
    """Runs on a worker: (ClipMeasures, "") or (None, why the clip could not be read)."""
    from app.media.errors import MediaError

    instruments = _instruments.get(settings.provider)
    if instruments is None:
        instruments = _instruments[settings.provider] = Instruments(settings.provider, settings.calibration)
    try:
        return measure_queued_clip(
            clip, instruments, settings, on_progress=lambda *_: None, cancelled=lambda: False
        ), ""
    except (MediaError, OSError) as error:
        return None, str(error)


def _lost(error: Exception) -> str:
    from analyzers.engine import first_line

    words = translate("Cluster", "the cluster could not measure it: {reason}")
    return words.format(reason=first_line(error, most=200))


def connect(address: str):
    """Ray, connected to the cluster at `address`."""
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"  # read when Ray is imported: nothing is reported to Anyscale
    try:
        import ray
    except ImportError:
        raise ClusterError(
            translate("Cluster", "Ray is not installed here; install it with: pip install reelcheck[team]")
        ) from None
    quiet = {"log_to_driver": False, "logging_level": "warning", "include_dashboard": False}
    try:
        if address != AUTO:
            _reachable(address)
            # the Ray client takes no options for the cluster's own processes: they are the cluster's to set
            ray.init(address=address, **({} if address.startswith("ray://") else quiet))
            return ray
        if running := _running_here():
            ray.init(address=running, **quiet)
        else:
            # None running here: one for this run. Ray 2.60 listens on every interface whatever the node address
            # says; the token it makes for a new instance is what keeps the rest of the network out.
            ray.init(address="local", _node_ip_address="127.0.0.1", **quiet)
    except (ConnectionError, ImportError, RuntimeError, TimeoutError, ValueError) as error:  # ray:// needs grpcio
        from analyzers.engine import first_line

        words = translate("Cluster", "The Ray cluster at {address} could not be used: {reason}")
        raise ClusterError(words.format(address=address, reason=first_line(error, most=200))) from None
    return ray


def _running_here() -> str | None:
    """The address of the Ray instance running on this machine, if one answers. Ray's own `auto` would wait for
    minutes on the address a stopped instance left behind."""
    from ray._private.services import get_ray_address_from_environment

    try:
        address = get_ray_address_from_environment(AUTO, None)
        _reachable(address)
    except (ClusterError, ConnectionError):
        return None
    return address


def _reachable(address: str) -> None:
    """A cluster that does not answer is said at once (Ray itself tries again for a minute)."""
    match = _ADDRESS.fullmatch(address or "")
    if match is None:
        raise ClusterError(address_problem(""))
    host, port = match[2].strip("[]"), int(match[3])
    try:
        socket.create_connection((host, port), timeout=_REACH_S).close()
    except OSError as error:
        words = translate("Cluster", "No Ray cluster answers at {address} ({reason}).")
        raise ClusterError(words.format(address=address, reason=error.strerror or error)) from None
