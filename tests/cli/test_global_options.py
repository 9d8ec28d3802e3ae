"""--db, --cache-mb and --provider work before the command and after it, and a value given first is not undone by
the command's parser."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.parser import build_parser


@pytest.mark.parametrize(
    "argv",
    [
        ["--db", "X.db", "--cache-mb", "100", "--provider", "cpu", "export", "3", "--out", "o"],
        ["export", "3", "--out", "o", "--db", "X.db", "--cache-mb", "100", "--provider", "cpu"],
        ["--db", "X.db", "export", "3", "--cache-mb", "100", "--out", "o", "--provider", "cpu"],
    ],
)
def test_global_options_before_or_after_the_command(argv):
    args = build_parser().parse_args(argv)
    assert (args.command, args.db, args.cache_mb, args.engine_provider) == ("export", Path("X.db"), 100, "cpu")


def test_defaults_and_the_commands_own_options_stay():
    args = build_parser().parse_args(["probe", "clip.mp4"])
    assert (args.db, args.cache_mb, args.engine_provider) == (None, None, None)  # main() fills in the cache setting
    args = build_parser().parse_args(["--provider", "cuda", "analyze", "clip.mp4", "--provider", "cpu", "--record"])
    assert (args.engine_provider, args.provider) == ("cuda", "cpu")  # analyze --provider is analyze's own
    args = build_parser().parse_args(["--db", "A.db", "restore", "--db", "B.db"])
    assert args.db == Path("B.db")  # the later one wins, as with any option given twice


def test_an_option_after_the_command_is_checked_and_used(tmp_path, h264_clip):
    refused = subprocess.run(
        [sys.executable, "-m", "app.main", "probe", str(h264_clip), "--cache-mb", "10"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert refused.returncode == 2 and "at least 64 MiB" in refused.stderr
    database = tmp_path / "after.db"
    listed = subprocess.run(
        [sys.executable, "-m", "app.main", "restore", "--db", str(database)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert listed.returncode == 0 and f"No backups of {database}" in listed.stdout
