"""Media facts as the reviewer reads them: sections of label/value rows, for the Media facts panel and the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.i18n import translate
from app.text.timecode import format_timecode

if TYPE_CHECKING:  # the window imports this module before the media engine loads
    from app.media.facts import MediaFacts


def facts_sections(facts: MediaFacts, sha256: str | None = None) -> list[tuple[str, list[tuple[str, str]]]]:
    """The sections (title, rows of label and value) of `facts`; `sha256` None while it is being computed."""
    rate = translate("Media facts", "{average:.3f} fps average, {measured:.3f} measured").format(
        average=facts.average_rate, measured=facts.real_rate
    )
    bitrate = translate("Media facts", "{video:,.0f} kb/s video, {overall:,.0f} kb/s overall").format(
        video=facts.video_bitrate / 1000, overall=facts.bitrate / 1000
    )
    frames = translate("Media facts", "{frames:,} ({keyframes:,} keyframes)").format(
        frames=facts.frame_count, keyframes=facts.keyframe_count
    )
    shown_size = translate("Media facts", "{width} x {height} ({aspect})").format(
        width=facts.display_width, height=facts.display_height, aspect=facts.display_aspect
    )
    timing = (
        translate("Media facts", "variable frame rate")
        if facts.variable_rate
        else translate("Media facts", "constant frame rate")
    )
    sections = [
        (
            translate("Media facts", "File"),
            [
                (translate("Media facts", "Name"), Path(facts.path).name),
                (translate("Media facts", "Folder"), str(Path(facts.path).parent)),
                (
                    translate("Media facts", "Size"),
                    translate("Media facts", "{size:,} bytes").format(size=facts.file_size),
                ),
                ("SHA-256", sha256 or translate("Media facts", "computing…")),
                (translate("Media facts", "Container"), facts.container),
            ],
        ),
        (
            translate("Media facts", "Video"),
            [
                (translate("Media facts", "Codec"), f"{facts.codec_long_name} ({facts.codec})"),
                (translate("Media facts", "Profile"), facts.profile or translate("Media facts", "unknown")),
                (
                    translate("Media facts", "Pixel format"),
                    translate("Media facts", "{format}, {depth}-bit").format(
                        format=facts.pixel_format, depth=facts.bit_depth
                    ),
                ),
                (translate("Media facts", "Stored size"), f"{facts.width} x {facts.height}"),
                (translate("Media facts", "Shown size"), shown_size),
                (translate("Media facts", "Pixel aspect"), facts.sample_aspect),
                (translate("Media facts", "Rotation"), _rotation_words(facts.rotation)),
                (translate("Media facts", "Frame rate"), rate),
                (translate("Media facts", "Timing"), timing),
                *_restart_rows(facts.timestamp_restarts),
                (translate("Media facts", "Frames"), frames),
                (translate("Media facts", "Duration"), format_timecode(facts.duration)),
                (translate("Media facts", "Bitrate"), bitrate),
            ],
        ),
    ]
    stream = translate("Media facts", "Stream {number}")
    audio_rows = [
        (
            stream.format(number=i + 1),
            f"{a.codec}, {a.sample_rate} Hz, {a.layout or a.channels}"
            + (f", {a.language}" if a.language and a.language != "und" else ""),
        )
        for i, a in enumerate(facts.audio)
    ]
    none = translate("Media facts", "none")
    sections.append((translate("Media facts", "Audio"), audio_rows or [(translate("Media facts", "Streams"), none)]))
    # The tags' names and values are the file's own words.
    tags = [(key, value) for key, value in sorted(facts.container_tags.items())]
    tags += [(f"video: {key}", value) for key, value in sorted(facts.stream_tags.items())]
    sections.append((translate("Media facts", "Tags"), tags or [(translate("Media facts", "Tags"), none)]))
    return sections


def _restart_rows(restarts: tuple[int, ...]) -> list[tuple[str, str]]:
    if not restarts:
        return []
    words = translate(
        "Media facts",
        "start again at frame {frames} (files joined end to end?): every frame is numbered as decoded, and the times "
        "after a restart are moved to follow on",
    )
    return [(translate("Media facts", "Timestamps"), words.format(frames=", ".join(f"{n:,}" for n in restarts)))]


def _rotation_words(rotation: int) -> str:
    """The display matrix turns counter-clockwise; people say how far a picture is turned clockwise."""
    if not rotation:
        return translate("Media facts", "none")
    if rotation % 180:
        words = translate("Media facts", "stored sideways; shown turned {degrees}° clockwise")
    else:
        words = translate("Media facts", "stored upside down; shown turned {degrees}° clockwise")
    return words.format(degrees=(-rotation) % 360)
