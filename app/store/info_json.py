"""The yt-dlp `.info.json` saved beside a downloaded clip: where the clip came from, for its source fields."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from app.files.regular import NotAFile, read_regular
from app.i18n import translate
from app.store.rules import Refused, check_date, check_url, clean_text

# yt-dlp writes a few hundred kilobytes at most; parsing more holds the GIL (and, during an import, the case's write
# lock) for a noticeable time, so a larger sidecar is not read
MAX_SIDECAR_BYTES = 8 << 20

_CHECKS = {
    "source_url": lambda value: check_url(value, "clip's link"),
    "upload_date": lambda value: check_date(value, "upload date"),
}
_FIELDS = {  # store field -> yt-dlp keys, first one present wins
    "source_url": ("webpage_url", "original_url", "url"),
    "platform": ("extractor_key", "extractor", "webpage_url_domain"),
    "uploader": ("uploader", "channel", "uploader_id"),
    "upload_date": ("upload_date",),
    "title": ("title", "fulltitle"),
    "description": ("description",),
}


# yt-dlp names a platform by its extractor ("Youtube", "BiliBili"): the names people know them by
_PLATFORMS = {
    "youtube": "YouTube",
    "tiktok": "TikTok",
    "douyin": "Douyin",
    "instagram": "Instagram",
    "facebook": "Facebook",
    "twitter": "X (Twitter)",
    "bilibili": "Bilibili",
    "kuaishou": "Kuaishou",
    "weibo": "Weibo",
    "xiaohongshu": "Xiaohongshu",
    "vimeo": "Vimeo",
    "reddit": "Reddit",
}


def sidecar(clip: Path) -> Path | None:
    """`clip.info.json` or `clip-without-extension.info.json`, as yt-dlp names them."""
    for candidate in (clip.with_name(clip.name + ".info.json"), clip.with_suffix(".info.json")):
        if candidate.is_file():
            return candidate
    return None


@dataclass(frozen=True)
class SourceRead:
    """What a clip's `.info.json` gave: the source fields, a note for the reviewer, and whether the sidecar was there
    but could not be used at all (too large, not a file, broken, not yt-dlp's)."""

    fields: dict = field(default_factory=dict)
    note: str = ""
    unread: bool = False


def source_fields(clip: Path) -> tuple[dict, str]:
    """(fields for the clip's source, a note for the reviewer); ({}, "") when there is no sidecar."""
    read = read_source(clip)
    return read.fields, read.note


def read_source(clip: Path) -> SourceRead:
    """The clip's source fields from its sidecar, read as a regular file of at most MAX_SIDECAR_BYTES (a named pipe
    or a device put in its place is never opened blocking); a sidecar that cannot be read leaves them empty, with a
    note, and never stops the clip's import."""
    path = sidecar(clip)
    if path is None:
        return SourceRead()
    unread = translate("Case", "{file} could not be read ({reason}); the source fields were left empty.")
    try:
        data = json.loads(read_regular(path, MAX_SIDECAR_BYTES).decode("utf-8"))
    except NotAFile as error:
        words = translate("Case", "{file} {reason}; the source fields were left empty.")
        return SourceRead(note=words.format(file=path.name, reason=error.reason), unread=True)
    except OSError as error:
        return SourceRead(note=unread.format(file=path.name, reason=error.strerror or error), unread=True)
    except RecursionError:  # "[[[[..." nested deeper than the parser's stack: hostile or broken, not yt-dlp's
        reason = translate("Case", "nested too deeply")
        return SourceRead(note=unread.format(file=path.name, reason=reason), unread=True)
    except ValueError as error:  # JSONDecodeError, UnicodeDecodeError
        return SourceRead(note=unread.format(file=path.name, reason=type(error).__name__), unread=True)
    if not isinstance(data, dict):
        words = translate("Case", "{file} is not a yt-dlp info file; the source fields were left empty.")
        return SourceRead(note=words.format(file=path.name), unread=True)
    fields, skipped = {}, []
    for name, keys in _FIELDS.items():
        value = next((data[k] for k in keys if isinstance(data.get(k), str) and data[k].strip()), "")
        try:
            check = _CHECKS.get(name)
            fields[name] = check(value.strip()) if check else clean_text(value.strip(), name)
            if name == "platform":
                fields[name] = _PLATFORMS.get(fields[name].lower(), fields[name])
        except Refused:
            skipped.append(name.replace("_", " "))
    if skipped:
        words = translate("Case", "Source details filled from {file}. Left out as unusable: {fields}.")
        return SourceRead(fields, words.format(file=path.name, fields=", ".join(skipped)))
    return SourceRead(fields, translate("Case", "Source details filled from {file}.").format(file=path.name))
