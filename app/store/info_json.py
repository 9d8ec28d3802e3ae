"""The yt-dlp `.info.json` saved beside a downloaded clip: where the clip came from, for its source fields."""

from __future__ import annotations

import json
from pathlib import Path

from app.store.rules import Refused, check_date, check_url, clean_text

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


def source_fields(clip: Path) -> tuple[dict, str]:
    """(fields for the clip's source, a note for the reviewer); ({}, "") when there is no sidecar."""
    path = sidecar(clip)
    if path is None:
        return {}, ""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return {}, f"{path.name} could not be read ({type(error).__name__}); the source fields were left empty."
    if not isinstance(data, dict):
        return {}, f"{path.name} is not a yt-dlp info file; the source fields were left empty."
    fields, skipped = {}, []
    for field, keys in _FIELDS.items():
        value = next((data[k] for k in keys if isinstance(data.get(k), str) and data[k].strip()), "")
        try:
            check = _CHECKS.get(field)
            fields[field] = check(value.strip()) if check else clean_text(value.strip(), field)
            if field == "platform":
                fields[field] = _PLATFORMS.get(fields[field].lower(), fields[field])
        except Refused:
            skipped.append(field.replace("_", " "))
    note = f"Source details filled from {path.name}."
    return fields, note + (f" Left out as unusable: {', '.join(skipped)}." if skipped else "")
