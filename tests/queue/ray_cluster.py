"""A throwaway Ray cluster on this machine for the cluster tests and the benchmark: a head that runs no tasks and
two worker nodes of one CPU each, every one a process of ours (started with --block in its own session, so that
stopping it stops what it started, and nothing else on the machine). Ray's nodes listen on every interface, so the
cluster asks for a token of its own (a file of the caller's, never ~/.ray): `environment` is what a driver needs.
Ray keeps the first token a process reads, so one process drives every instance with the same token."""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

RAY = Path(sys.executable).with_name("ray")
_START_S = 60


class LocalCluster:
    def __init__(self, folder: Path, token: Path, workers: int = 2) -> None:
        self.port = _free_port()
        self.address = f"127.0.0.1:{self.port}"
        self._folder = folder
        self._nodes: list[subprocess.Popen] = []
        self.environment = {"RAY_USAGE_STATS_ENABLED": "0", "RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN_PATH": str(token)}
        self._env = {**os.environ, **self.environment}
        try:
            self._start("head", "--head", "--port", str(self.port), "--num-cpus", "0", "--include-dashboard=false")
            _wait_for_port(self.port)
            for number in range(workers):  # one after the other: nodes starting together race for their ports
                self._start(f"worker{number}", "--address", self.address, "--num-cpus", "1")
                self._wait_for_nodes(number + 2)
        except BaseException:
            self.stop()
            raise

    def _start(self, name: str, *args: str) -> None:
        log = (self._folder / f"{name}.log").open("wb")
        command = [str(RAY), "start", "--block", "--disable-usage-stats", "--node-ip-address", "127.0.0.1", *args]
        self._nodes.append(
            subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=self._env, start_new_session=True)
        )

    def _wait_for_nodes(self, count: int) -> None:
        probe = (
            f"import ray; ray.init(address='{self.address}', logging_level='error'); "
            "print(sum(node['Alive'] for node in ray.nodes()))"
        )
        deadline = time.monotonic() + _START_S
        while time.monotonic() < deadline:
            said = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=self._env)
            if said.stdout.strip() == str(count):
                return
            time.sleep(0.5)
        raise RuntimeError(f"the local Ray cluster did not start: {said.stderr[-2000:]}")

    def stop(self) -> None:
        """Each node's whole session, ended at once: `ray start --block` and the GCS, raylet and workers it started
        (asked politely, a node drains for half a minute)."""
        for node in reversed(self._nodes):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(node.pid, signal.SIGKILL)
            node.wait()
        self._nodes.clear()


def new_token(folder: Path) -> Path:
    token = folder / "ray_token"
    token.write_text(secrets.token_hex(32))
    return token


def processes() -> list[tuple[int, str]]:
    """(id, command line) of each process on this machine; Ray names a worker process after the task it runs."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
            except OSError:
                continue
            found.append((int(entry.name), command.decode("utf-8", "replace")))
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for_port(port: int) -> None:
    deadline = time.monotonic() + _START_S
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("the Ray head did not start")
