"""A 16000x16000 PNG-in-MOV (a few megabytes, 256 MB a picture decoded) under a 2 GiB address-space limit: every
command ends at once with one line naming the size and the budget, whether or not the header tells the truth.
Before the budget, analyze grew to 18.8 GB and `frame` to 3.1 GB."""

from __future__ import annotations

import resource
import subprocess
import sys

import pytest

_ADDRESS_SPACE = 2 << 30

COMMANDS = {
    "probe": lambda path, out: ["probe", str(path)],
    "frame": lambda path, out: ["frame", str(path), "1", "--out", str(out)],
    "analyze": lambda path, out: ["analyze", str(path), "--json", str(out / "scores.json")],
    "provenance": lambda path, out: ["provenance", str(path)],
}


def _within_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (_ADDRESS_SPACE, _ADDRESS_SPACE))


@pytest.mark.parametrize("kind", ["honest", "lying"])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_refuses_a_pixel_bomb_within_bounds(pixel_bombs, tmp_path, command, kind):
    result = subprocess.run(
        [sys.executable, "-m", "app.main", *COMMANDS[command](pixel_bombs[kind], tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_within_memory,
    )
    assert result.returncode == 2, result.stderr
    assert "16000x16000" in result.stderr and "40 megapixels" in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not list(tmp_path.glob("*.png"))
