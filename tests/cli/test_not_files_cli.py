"""Every command that takes a clip refuses a named pipe, a device, a socket, a folder or a link loop in one line that
says what it is. Each runs in its own process with a timeout: the failure guarded against is a hang."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import NOT_FILES

COMMANDS = {
    "probe": lambda path, out: ["probe", str(path)],
    "frame": lambda path, out: ["frame", str(path), "0", "--out", str(out)],
    "analyze": lambda path, out: ["analyze", str(path), "--json", str(out / "scores.json")],
    "provenance": lambda path, out: ["provenance", str(path)],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize(("kind", "words"), NOT_FILES)
def test_every_command_refuses_in_one_line(not_a_file, tmp_path, command, kind, words):
    path = not_a_file(kind)
    result = subprocess.run(
        [sys.executable, "-m", "app.main", *COMMANDS[command](path, tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert words in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
