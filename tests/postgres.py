"""A throwaway PostgreSQL server for the tests of the shared case: Debian's own server binaries, a cluster in a
temporary folder, reached only through a unix socket in that folder (nothing listens on the network), stopped at the
end of the session. Each test gets a database of its own.

The server refuses to run as root: where the tests run as root (as CI does), the cluster belongs to the `postgres`
user that Debian's package creates, and its commands run as that user."""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SUPERUSER = "reelcheck"
_NAMES = itertools.count(1)


@dataclass(frozen=True)
class Server:
    socket_dir: Path
    port: int

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@/{database}?host={self.socket_dir}&port={self.port}"


def server_binaries() -> Path | None:
    """The newest installed server's bin folder (postgresql-NN), None where there is none."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parent.parent.name))
    return found[-1].parent if found else None


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def start_server(folder: Path, port: int) -> Server:
    binaries = server_binaries()
    if binaries is None:
        pytest.skip("no PostgreSQL server is installed (Debian: apt-get install postgresql postgresql-contrib)")
    shutil.rmtree(folder, ignore_errors=True)  # a cluster left by a run that was killed
    folder.mkdir(parents=True)
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(folder, user.pw_uid, user.pw_gid)
    data = folder / "data"
    initdb = [str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", SUPERUSER]
    initdb += ["--locale=C.UTF-8", "-E", "UTF8"]
    subprocess.run(_as_server_user(initdb), check=True, capture_output=True, timeout=120)
    options = f"-p {port} -k {folder} -c listen_addresses='' -c fsync=off"
    start = [str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "server.log"), "-w"]
    subprocess.run(_as_server_user([*start, "start"]), check=True, capture_output=True, timeout=120)
    return Server(folder, port)


def stop_server(server: Server) -> None:
    binaries = server_binaries()
    data = server.socket_dir / "data"
    stop = [str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]
    subprocess.run(_as_server_user(stop), check=False, capture_output=True, timeout=60)
    shutil.rmtree(server.socket_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory) -> Iterator[Server]:
    # A short folder name: a unix socket's path may not exceed 107 bytes.
    folder = Path(f"/tmp/rc-pg-{os.getpid()}")
    server = start_server(folder, 54000 + os.getpid() % 1000)
    yield server
    stop_server(server)


@pytest.fixture
def postgres_url(postgres_server) -> Iterator[str]:
    """The URL of a new, empty database of its own for one test, dropped after it."""
    import psycopg

    name = f"case_{os.getpid()}_{next(_NAMES)}"
    with psycopg.connect(postgres_server.url(), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield postgres_server.url(name)
    with psycopg.connect(postgres_server.url(), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
