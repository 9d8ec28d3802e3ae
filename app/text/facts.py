"""Media facts as the reviewer reads them: sections of label/value rows, for the Media facts panel and the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.text.timecode import format_timecode

if TYPE_CHECKING:  # the window imports this module before the media engine loads
    from app.media.facts import MediaFacts


def facts_sections(facts: MediaFacts, sha256: str = "computing…") -> list[tuple[str, list[tuple[str, str]]]]:
    rate = f"{facts.average_rate:.3f} fps average, {facts.real_rate:.3f} measured"
    sections = [
        (
            "File",
            [
                ("Name", Path(facts.path).name),
                ("Folder", str(Path(facts.path).parent)),
                ("Size", f"{facts.file_size:,} bytes"),
                ("SHA-256", sha256),
                ("Container", facts.container),
            ],
        ),
        (
            "Video",
            [
                ("Codec", f"{facts.codec_long_name} ({facts.codec})"),
                ("Profile", facts.profile or "unknown"),
                ("Pixel format", f"{facts.pixel_format}, {facts.bit_depth}-bit"),
                ("Stored size", f"{facts.width} x {facts.height}"),
                ("Shown size", f"{facts.display_width} x {facts.display_height} ({facts.display_aspect})"),
                ("Pixel aspect", facts.sample_aspect),
                ("Rotation", _rotation_words(facts.rotation)),
                ("Frame rate", rate),
                ("Timing", "variable frame rate" if facts.variable_rate else "constant frame rate"),
                *_restart_rows(facts.timestamp_restarts),
                ("Frames", f"{facts.frame_count:,} ({facts.keyframe_count:,} keyframes)"),
                ("Duration", format_timecode(facts.duration)),
                ("Bitrate", f"{facts.video_bitrate / 1000:,.0f} kb/s video, {facts.bitrate / 1000:,.0f} kb/s overall"),
            ],
        ),
    ]
    audio_rows = [
        (
            f"Stream {i + 1}",
            f"{a.codec}, {a.sample_rate} Hz, {a.layout or a.channels}"
            + (f", {a.language}" if a.language and a.language != "und" else ""),
        )
        for i, a in enumerate(facts.audio)
    ]
    sections.append(("Audio", audio_rows or [("Streams", "none")]))
    tags = [(key, value) for key, value in sorted(facts.container_tags.items())]
    tags += [(f"video: {key}", value) for key, value in sorted(facts.stream_tags.items())]
    sections.append(("Tags", tags or [("Tags", "none")]))
    return sections


def _restart_rows(restarts: tuple[int, ...]) -> list[tuple[str, str]]:
    if not restarts:
        return []
    frames = ", ".join(f"{n:,}" for n in restarts)
    return [
        (
            "Timestamps",
            f"start again at frame {frames} (files joined end to end?): every frame is numbered as decoded, "
            "and the times after a restart are moved to follow on",
        )
    ]


def _rotation_words(rotation: int) -> str:
    """The display matrix turns counter-clockwise; people say how far a picture is turned clockwise."""
    if not rotation:
        return "none"
    stored = "stored sideways" if rotation % 180 else "stored upside down"
    return f"{stored}; shown turned {(-rotation) % 360}° clockwise"
