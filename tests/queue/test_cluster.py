"""The queue analysed on a real Ray cluster on this machine (a head and two worker processes, tests/queue/
ray_cluster.py) with real ONNX sessions on the CPU: every clip recorded with its provider and machine, even when a
worker is killed in the middle; a clip's file that became a pipe refused without being read; the same scores as a
local run; Cancel stops it; a cluster that is not there is said in one line; and a local instance reports nothing
to anyone and serves no dashboard."""

from __future__ import annotations

import importlib.util
import os
import platform
import signal
import socket
import time
from pathlib import Path

import pytest

from app.queue.batch import analyze_queue
from app.store.store import Store
from tests.queue.footage import copied_case, imported_case, write_footage
from tests.queue.ray_cluster import LocalCluster, new_token, processes

pytestmark = pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="Ray is not installed")

_TASK = "measure_on_worker"  # the name a worker process takes while it measures a clip


@pytest.fixture(scope="module")
def footage(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("clips")
    small = {"size": (160, 90), "seconds": 2, "fps": 10}
    return [write_footage(folder / f"clip{seed}.mp4", seed, **small) for seed in (41, 42, 43, 44)]


@pytest.fixture(scope="module")
def token(tmp_path_factory) -> Path:
    return new_token(tmp_path_factory.mktemp("token"))


@pytest.fixture(scope="module")
def cluster(tmp_path_factory, token):
    started = LocalCluster(tmp_path_factory.mktemp("ray"), token)
    yield started
    started.stop()


@pytest.fixture
def driver(cluster, monkeypatch):
    """This process as the cluster's driver, with its token."""
    for name, value in cluster.environment.items():
        monkeypatch.setenv(name, value)
    return cluster


def _measured(database: Path, ids: list[int]) -> dict:
    """What a run recorded that must not depend on where it ran: each detector's frames and scores, the clip-level
    figure, the strongest peak."""
    store = Store.open(database)
    try:
        return {
            clip_id: (
                sorted((run["analyzer_id"], run["frames"], run["scores"]) for run in store.analyses(clip_id)),
                store.clip_evidence(clip_id)["probability"],
                [(row["peak"], row["peak_detector"], row["evidence"]) for row in store.queue_rows([clip_id])],
            )
            for clip_id in ids
        }
    finally:
        store.close()


def test_a_local_instance_reports_nothing_and_serves_no_dashboard(token, monkeypatch):
    """`auto` with no Ray running here starts one for the run: its usage statistics are off and no dashboard
    answers (this test comes before the cluster is started, so that `auto` finds none)."""
    from app.queue.cluster import connect

    monkeypatch.setenv("RAY_AUTH_MODE", "token")  # the instance's token, here rather than in ~/.ray
    monkeypatch.setenv("RAY_AUTH_TOKEN_PATH", str(token))
    monkeypatch.delenv("RAY_ADDRESS", raising=False)
    ray = connect("auto")
    try:
        from ray._common.usage.usage_lib import usage_stats_enabled

        assert os.environ["RAY_USAGE_STATS_ENABLED"] == "0" and not usage_stats_enabled()
        assert ray.is_initialized() and ray.cluster_resources().get("CPU", 0) >= 1
        with pytest.raises(ConnectionRefusedError):  # Ray's dashboard port
            socket.create_connection(("127.0.0.1", 8265), timeout=2).close()
    finally:
        ray.shutdown()


def test_a_cluster_that_loses_a_worker_still_records_every_clip_as_a_local_run_would(tmp_path, footage, driver):
    from app.queue.cluster import analyze_on_cluster

    pipe = write_footage(tmp_path / "管道.mp4", 45, size=(160, 90), seconds=1, fps=10)
    database, ids = imported_case(tmp_path, [*footage, pipe])
    pipe.unlink()
    os.mkfifo(pipe)  # a clip's file that became a pipe: refused by the worker without reading it, the rest go on
    local = copied_case(database, tmp_path / "local.db")
    killed: list[int] = []

    def kill_a_worker(_clip_id: int) -> None:
        """After the first clip, a worker measuring another one dies: its clip is measured again elsewhere."""
        deadline = time.monotonic() + 10
        while not killed and time.monotonic() < deadline:
            if running := [pid for pid, command in processes() if command.startswith(f"ray::{_TASK}")]:
                os.kill(running[0], signal.SIGKILL)
                killed.append(running[0])
            time.sleep(0.05)

    progress: list[float] = []
    summary = analyze_on_cluster(
        database,
        ids,
        address=driver.address,
        stride=8,
        provider="cpu",
        on_progress=lambda fraction, _words: progress.append(fraction),
        on_clip=kill_a_worker,
        cancelled=lambda: False,
    )
    assert killed, "no worker was measuring a clip when the first one finished"
    assert (summary.analysed, summary.cancelled) == (4, False)
    [(name, reason)] = summary.failed
    assert name == "管道.mp4" and reason and "\n" not in reason
    assert progress == sorted(progress) and progress[-1] == 1.0
    store = Store.open(database)
    try:
        measured = [clip_id for clip_id in ids if store.clip(clip_id)["file_name"] != pipe.name]
        runs = [run for clip_id in measured for run in store.analyses(clip_id)]
    finally:
        store.close()
    assert runs and {(run["provider"], run["machine"]) for run in runs} == {("CPU", platform.node())}

    alone = analyze_queue(
        local,
        ids,
        stride=8,
        provider="cpu",
        on_progress=lambda *_: None,
        on_clip=lambda _: None,
        cancelled=lambda: False,
    )
    assert alone.analysed == 4 and alone.failed == summary.failed
    assert _measured(database, measured) == _measured(local, measured)


def test_cancel_stops_the_cluster_and_keeps_the_clips_finished(tmp_path, footage, driver):
    from app.queue.cluster import analyze_on_cluster

    database, ids = imported_case(tmp_path, footage)
    finished: list[int] = []
    summary = analyze_on_cluster(
        database,
        ids,
        address=driver.address,
        stride=8,
        provider="cpu",
        on_progress=lambda *_: None,
        on_clip=finished.append,
        cancelled=lambda: bool(finished),
    )
    assert summary.cancelled and summary.analysed == len(finished) == 1
    store = Store.open(database)
    try:
        recorded = [clip_id for clip_id in ids if store.analyses(clip_id)]
    finally:
        store.close()
    assert recorded == finished


def test_a_cluster_that_is_not_there_is_said_in_one_line(tmp_path, footage, capsys):
    from app.cli.parser import build_parser, headless_command
    from app.queue.cluster import ClusterError, address_problem, analyze_on_cluster

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        nobody = f"127.0.0.1:{probe.getsockname()[1]}"
    database, ids = imported_case(tmp_path, footage[:1])
    with pytest.raises(ClusterError, match=f"^No Ray cluster answers at {nobody} "):
        analyze_on_cluster(
            database, ids, address=nobody, on_progress=lambda *_: None, on_clip=lambda _: None, cancelled=lambda: False
        )
    for wrong in ("", "ray://", "host", "host:99999", "http://host:1", "auto\n", "集群:10001"):
        assert address_problem(wrong) == "A cluster is auto, ray://HOST:PORT or HOST:PORT.", wrong
    for right in ("auto", "ray://head.newsroom:10001", "10.0.0.5:6379", "[::1]:6379"):
        assert address_problem(right) is None, right

    args = build_parser().parse_args(["analyze-queue", "--db", str(database), "--cluster", nobody])
    assert headless_command(args)(args) == 2
    said = capsys.readouterr()
    assert said.err.startswith(f"No Ray cluster answers at {nobody} ") and said.err.count("\n") == 1
    assert "Traceback" not in said.err + said.out


def test_analyze_queue_on_this_machine_takes_the_new_clips(tmp_path, footage, capsys):
    from app.cli.parser import build_parser, headless_command

    database, ids = imported_case(tmp_path, footage[:2])
    args = build_parser().parse_args(["analyze-queue", "--db", str(database), "--stride", "20", "--provider", "cpu"])
    assert headless_command(args)(args) == 0
    assert capsys.readouterr().out.strip() == "analysed 2 of 2 clips"
    args = build_parser().parse_args(["analyze-queue", "--db", str(database), "--status", "Decided"])
    assert headless_command(args)(args) == 0
    assert "nothing to analyse" in capsys.readouterr().out
