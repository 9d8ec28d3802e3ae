"""Which files an import takes: clips found in the folders and files a moderator named, the yt-dlp sidecars beside
them (never clips themselves), and what was passed over with the reason, in words.

Folders are walked with os.scandir, each once, and only the folders really inside the one named: a symbolic link to
a folder is not followed (`inbox/escape -> /` would take the whole disk) and a file system mounted inside is not
entered; a linked file is taken when it leads to a regular file. Nothing here opens a file, so a named pipe among
the clips is listed, not waited on. A long walk can be cancelled and reports how far it has come.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from analyzers.files import what_it_is, why_unreadable
from app.i18n import translate

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
# what yt-dlp puts between a clip's name and a subtitle's suffix: a language tag ("en", "zh-Hans", "live_chat")
_LANGUAGE = re.compile(r"[A-Za-z0-9_-]{1,12}")
_REPORT_EVERY = 200  # entries looked at between two calls of on_found


@dataclass
class Found:
    """The clips to import, in the order found (each once), and what was passed over with the reason."""

    clips: list[Path] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)


def find_clips(
    paths: Iterable[Path],
    recursive: bool,
    *,
    cancelled: Callable[[], bool] | None = None,
    on_found: Callable[[int], None] | None = None,
) -> Found:
    """Video files (by extension) in the folders named, in their sub-folders too with `recursive`, and every file
    named explicitly whatever it holds (the probe says what it is). yt-dlp's `.info.json`, `.srt` and `.vtt` files
    are sidecars of a video, not clips.

    `cancelled` is asked between folders and every few hundred entries; once it says so, Cancelled is raised.
    `on_found(n)` is told the number of clips found so far every ~200 entries looked at, and once at the end."""
    found = Found()
    seen_files: set[tuple[int, int]] = set()
    seen_folders: set[tuple[int, int]] = set()
    walk = _Walk(found, seen_files, seen_folders, cancelled, on_found)
    for path in paths:
        path = Path(path)
        try:
            status = path.stat()
        except OSError as error:
            found.skipped.append((path, why_unreadable(error)))
            continue
        if stat.S_ISDIR(status.st_mode):
            walk.folder(path, status, recursive)
        elif stat.S_ISREG(status.st_mode):
            if _is_sidecar(path):
                sidecar = translate(
                    "Queue import", "is a yt-dlp sidecar (subtitles or .info.json), read with its video"
                )
                found.skipped.append((path, sidecar))
            elif _once(status, seen_files):
                found.clips.append(path)
        else:
            found.skipped.append((path, kind_in_words(status)))
    if on_found is not None:
        on_found(len(found.clips))
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
        if is_subtitle_of(name, stem) and (clip.parent / name).is_file()
    ]
    if subtitles:
        found["subtitles"] = subtitles
    return found


def is_subtitle_of(name: str, stem: str) -> bool:
    """Whether the file `name` is a subtitle of the clip named `stem` + suffix, as yt-dlp names them: `stem.srt`,
    or `stem.LANG.vtt` with a short language tag (no dot: `a.b.en.vtt` belongs to `a.b.mp4`, not to `a.mp4`)."""
    lowered = name.lower()
    suffix = next((suffix for suffix in SUBTITLE_SUFFIXES if lowered.endswith(suffix)), None)
    if suffix is None:
        return False
    base = name[: -len(suffix)]
    if base == stem:
        return True
    return base.startswith(stem + ".") and _LANGUAGE.fullmatch(base[len(stem) + 1 :]) is not None


class _Walk:
    """The walk of the folders named, sharing what was seen between them."""

    def __init__(self, found: Found, seen_files, seen_folders, cancelled, on_found) -> None:
        self.found = found
        self.seen_files: set[tuple[int, int]] = seen_files
        self.seen_folders: set[tuple[int, int]] = seen_folders
        self.cancelled: Callable[[], bool] = cancelled or (lambda: False)
        self.on_found: Callable[[int], None] | None = on_found
        self.looked_at = 0

    def folder(self, top: Path, top_status: os.stat_result, recursive: bool) -> None:
        """The clips in `top` (a folder named, followed if it is a link) and, with `recursive`, in the folders below
        it on the same file system, reached without going through a symbolic link."""
        found = self.found
        device = top_status.st_dev
        stack: list[tuple[Path, os.stat_result]] = [(top, top_status)]
        while stack:
            self._check_cancelled()
            folder, status = stack.pop()
            key = (status.st_dev, status.st_ino)
            if key in self.seen_folders:
                continue
            self.seen_folders.add(key)
            try:
                with os.scandir(folder) as listing:
                    entries = sorted(listing, key=lambda entry: entry.name)
            except OSError as error:
                unread = translate("Queue import", "is a folder that cannot be read ({reason})")
                found.skipped.append((folder, unread.format(reason=error.strerror or error)))
                continue
            below: list[tuple[Path, os.stat_result]] = []
            for entry in entries:
                self._count()
                path = Path(entry.path)
                try:
                    status = entry.stat()  # through links; a FIFO's stat does not open it
                except OSError as error:
                    if path.suffix.lower() in VIDEO_SUFFIXES or entry.is_symlink():
                        found.skipped.append((path, why_unreadable(error)))
                    continue
                if stat.S_ISDIR(status.st_mode):
                    if not recursive:
                        continue
                    if entry.is_symlink():
                        link = translate(
                            "Queue import", "is a symbolic link to a folder: not followed (name it to import it)"
                        )
                        found.skipped.append((path, link))
                    elif status.st_dev != device:
                        mounted = translate("Queue import", "is another disk or file system mounted here: not walked")
                        found.skipped.append((path, mounted))
                    else:
                        below.append((path, status))
                    continue
                if path.suffix.lower() not in VIDEO_SUFFIXES:
                    continue  # other files in a folder (sidecars, notes, pictures) are not clips
                if not stat.S_ISREG(status.st_mode):
                    found.skipped.append((path, kind_in_words(status)))
                elif _once(status, self.seen_files):
                    found.clips.append(path)
            stack.extend(reversed(below))  # depth first, in name order

    def _count(self) -> None:
        self.looked_at += 1
        if self.looked_at % _REPORT_EVERY == 0:
            self._check_cancelled()
            if self.on_found is not None:
                self.on_found(len(self.found.clips))

    def _check_cancelled(self) -> None:
        if self.cancelled():
            from app.media.errors import Cancelled

            raise Cancelled()


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


def kind_in_words(status: os.stat_result) -> str:
    """What a path that is not a regular file is (a folder, a named pipe, a device...), in words."""
    return what_it_is(status) or translate("Queue import", "is not a regular file")
