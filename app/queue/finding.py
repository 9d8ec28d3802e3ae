"""Which files an import takes: clips found in the folders and files a moderator named, the yt-dlp sidecars beside
them (never clips themselves), and what was passed over with the reason, in words.

Folders are walked with os.scandir and never followed twice (a symbolic link loop ends where it starts); nothing
here opens a file, so a named pipe among the clips is listed, not waited on.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from analyzers.files import _KINDS

VIDEO_SUFFIXES = frozenset(
    [
        ".mp4",
        ".m4v",
        ".mov",
        ".qt",
        ".mkv",
        ".webm",
        ".avi",
        ".wmv",
        ".flv",
        ".mpg",
        ".mpeg",
        ".m2v",
        ".ts",
        ".mts",
        ".m2ts",
        ".3gp",
        ".3g2",
        ".ogv",
        ".mxf",
        ".f4v",
    ]
)
SUBTITLE_SUFFIXES = (".vtt", ".srt")


@dataclass
class Found:
    """The clips to import, in the order found (each once), and what was passed over with the reason."""

    clips: list[Path] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)


def find_clips(paths: Iterable[Path], recursive: bool) -> Found:
    """Video files (by extension) in the folders named, in their sub-folders too with `recursive`, and every file
    named explicitly whatever it holds (the probe says what it is). yt-dlp's `.info.json`, `.srt` and `.vtt` files
    are sidecars of a video, not clips."""
    found = Found()
    seen_files: set[tuple[int, int]] = set()
    seen_folders: set[tuple[int, int]] = set()
    for path in paths:
        path = Path(path)
        try:
            status = path.stat()
        except OSError as error:
            found.skipped.append((path, _missing(path, error)))
            continue
        if stat.S_ISDIR(status.st_mode):
            _walk(path, recursive, found, seen_files, seen_folders)
        elif stat.S_ISREG(status.st_mode):
            if _is_sidecar(path):
                found.skipped.append((path, "is a yt-dlp sidecar (subtitles or .info.json), read with its video"))
            elif _once(status, seen_files):
                found.clips.append(path)
        else:
            found.skipped.append((path, _kind(status)))
    return found


def sidecars(clip: Path, listings: dict[Path, list[str]] | None = None) -> dict:
    """The clip's yt-dlp sidecars, as the store keeps them: {"info_json": path, "subtitles": [paths]} (only the
    keys that have something). `listings` keeps each folder's subtitle files between calls: an import of a
    thousand clips in one folder lists it once, not a thousand times."""
    from app.store.info_json import sidecar

    found: dict = {}
    info = sidecar(clip)
    if info is not None:
        found["info_json"] = str(info)
    listings = {} if listings is None else listings
    if clip.parent not in listings:
        try:
            listings[clip.parent] = sorted(
                entry.name for entry in os.scandir(clip.parent) if entry.name.lower().endswith(SUBTITLE_SUFFIXES)
            )
        except OSError:
            listings[clip.parent] = []
    stem = clip.name[: -len(clip.suffix)] if clip.suffix else clip.name
    subtitles = [
        str(clip.parent / name)
        for name in listings[clip.parent]
        if name.startswith(stem + ".") and (clip.parent / name).is_file()
    ]
    if subtitles:
        found["subtitles"] = subtitles
    return found


def _walk(
    top: Path, recursive: bool, found: Found, seen_files: set[tuple[int, int]], seen_folders: set[tuple[int, int]]
) -> None:
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            status = folder.stat()
        except OSError as error:
            found.skipped.append((folder, _missing(folder, error)))
            continue
        key = (status.st_dev, status.st_ino)
        if key in seen_folders:
            if folder.is_symlink():
                found.skipped.append((folder, "is a symbolic link to a folder already taken (a loop?)"))
            continue
        seen_folders.add(key)
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            found.skipped.append((folder, f"is a folder that cannot be read ({error.strerror or error})"))
            continue
        below: list[Path] = []
        for entry in entries:
            path = Path(entry.path)
            try:
                status = entry.stat()  # through links; a FIFO's stat does not open it
            except OSError as error:
                if path.suffix.lower() in VIDEO_SUFFIXES or entry.is_symlink():
                    found.skipped.append((path, _missing(path, error)))
                continue
            if stat.S_ISDIR(status.st_mode):
                if recursive:
                    below.append(path)
                continue
            if path.suffix.lower() not in VIDEO_SUFFIXES:
                continue  # other files in a folder (sidecars, notes, pictures) are not clips
            if not stat.S_ISREG(status.st_mode):
                found.skipped.append((path, _kind(status)))
            elif _once(status, seen_files):
                found.clips.append(path)
        stack.extend(reversed(below))  # depth first, in name order


def _once(status: os.stat_result, seen: set[tuple[int, int]]) -> bool:
    """True the first time this file (not this name: a link or a folder named twice) is met."""
    key = (status.st_dev, status.st_ino)
    if key in seen:
        return False
    seen.add(key)
    return True


def _is_sidecar(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(".info.json") or name.endswith(SUBTITLE_SUFFIXES)


def _kind(status: os.stat_result) -> str:
    return next((words for test, words in _KINDS if test(status.st_mode)), "is not a regular file")


def _missing(path: Path, error: OSError) -> str:
    from analyzers.files import _OPEN_ERRORS

    return _OPEN_ERRORS.get(error.errno, f"cannot be read ({error.strerror or error})")
