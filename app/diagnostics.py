"""What ReelCheck keeps for the day something goes wrong: the Python log (rotated, so it never fills a disk), and the
stack of every thread when the interpreter itself crashes (faulthandler). Help > About shows their last lines and
copies them, with the versions and the platform, for a bug report the reviewer sends themselves: nothing is sent.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import platform
import sys
from pathlib import Path
from typing import TextIO

from app.files.regular import NotAFile, open_regular
from app.text.shown import with_visible_controls

LOG_BYTES = 2 << 20  # per file; the log keeps two: the current one and the one before it
TAIL_BYTES = 64 << 10
_crash_file: TextIO | None = None  # open for the whole run: faulthandler writes to it from a dying process


def log_folder() -> Path:
    from platformdirs import user_log_path

    return user_log_path("reelcheck", appauthor=False)


def log_path() -> Path:
    return log_folder() / "reelcheck.log"


def crash_path() -> Path:
    return log_folder() / "crash.log"


def start_logging() -> None:
    """The Python log into the log file (to stderr when that cannot be written), and crashes into the crash log."""
    global _crash_file
    try:
        log_folder().mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = _BoundedLog(log_path())
        _crash_file = crash_path().open("a", encoding="utf-8")
        faulthandler.enable(_crash_file, all_threads=True)
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])


class _BoundedLog(logging.FileHandler):
    """A log file that never grows past LOG_BYTES: when full, it becomes `reelcheck.log.1` and a new one starts.
    (logging.handlers has one, but importing it costs the window's first paint about 10 ms.)"""

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:
        if self.stream is not None and self.stream.tell() >= LOG_BYTES:
            self.stream.close()
            os.replace(self.baseFilename, self.baseFilename + ".1")
            self.stream = self._open()
        super().emit(record)


def last_lines(path: Path, count: int = 30) -> list[str]:
    """The file's last `count` lines as a window may show them (control characters as codes); none when there is
    no such file, or it is not a regular file."""
    try:
        with open_regular(path) as file:
            size = file.seek(0, 2)
            file.seek(max(0, size - TAIL_BYTES))
            tail = file.read(TAIL_BYTES).decode("utf-8", errors="replace")
    except (NotAFile, OSError):
        return []
    return [with_visible_controls(line) for line in tail.splitlines()[-count:]]


def diagnostic_details(extra: dict[str, str]) -> str:
    """The text "Copy diagnostic details" puts on the clipboard: versions, platform, where the logs are, and their
    last lines. `extra` adds what only the caller knows (the Qt version, the language, the detectors' provider)."""
    from app import __version__

    facts = {
        "ReelCheck": __version__,
        "Python": sys.version.split()[0],
        "Platform": platform.platform(),
        "Frozen build": "yes" if getattr(sys, "frozen", False) else "no",
        **extra,
        "Log": str(log_path()),
        "Crash log": str(crash_path()),
    }
    lines = [f"{name}: {value}" for name, value in facts.items()]
    for title, path in (("Last lines of the log", log_path()), ("Last lines of the crash log", crash_path())):
        lines += ["", f"{title}:", *(last_lines(path) or ["(none)"])]
    return "\n".join(lines) + "\n"
