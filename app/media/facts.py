"""Media facts: what the file says about itself (container, codec, geometry, timing, tags), for the reviewer."""

from __future__ import annotations

from dataclasses import MISSING, asdict, dataclass, field, fields
from math import gcd
from pathlib import Path

import av

from app.media.index import FrameIndex

_NEUTRAL = {"str": "", "int": 0, "float": 0.0, "bool": False}  # for facts recorded before a field existed


@dataclass(frozen=True)
class AudioFacts:
    codec: str
    sample_rate: int
    channels: int
    layout: str
    language: str
    bitrate: int


@dataclass(frozen=True)
class MediaFacts:
    path: str
    file_size: int
    container: str
    codec: str
    codec_long_name: str
    profile: str
    pixel_format: str
    bit_depth: int
    width: int  # as stored
    height: int
    display_width: int  # upright, after aspect ratio and rotation
    display_height: int
    sample_aspect: str
    display_aspect: str
    rotation: int  # degrees counter-clockwise the stored picture is turned to show it upright
    average_rate: float
    real_rate: float
    variable_rate: bool
    frame_count: int
    keyframe_count: int
    duration: float
    bitrate: int
    video_bitrate: int
    audio: tuple[AudioFacts, ...]
    container_tags: dict[str, str] = field(default_factory=dict)
    # Frames at which the file's timestamps start again (files joined end to end): ReelCheck numbers every frame
    # as FFmpeg decodes it and moves each later part's times to follow the part before.
    timestamp_restarts: tuple[int, ...] = ()
    stream_tags: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, facts: dict) -> MediaFacts:
        """The facts as_dict() gave (as the case database keeps them); fields it lacks take neutral values."""
        known = {f.name: f for f in fields(cls)}
        given = {key: value for key, value in facts.items() if key in known}
        given["audio"] = tuple(AudioFacts(**a) for a in facts.get("audio") or ())
        given["timestamp_restarts"] = tuple(facts.get("timestamp_restarts") or ())
        for name, field_ in known.items():
            if name not in given and field_.default is MISSING and field_.default_factory is MISSING:
                given[name] = _NEUTRAL.get(str(field_.type), "")
        return cls(**given)


def read_facts(
    path: Path,
    container: av.container.InputContainer,
    stream: av.video.stream.VideoStream,
    index: FrameIndex,
    rotation: int,
) -> MediaFacts:
    context = stream.codec_context
    width, height = context.width, context.height
    sar = stream.sample_aspect_ratio or context.sample_aspect_ratio
    shown_w = round(width * sar) if sar else width
    display_w, display_h = (height, shown_w) if rotation % 180 else (shown_w, height)
    duration = index.duration()
    video_bitrate = round(index.packet_bytes * 8 / duration) if duration else 0
    pixel_format = stream.format.name if stream.format else (context.pix_fmt or "unknown")
    return MediaFacts(
        path=str(path),
        file_size=path.stat().st_size,
        container=container.format.long_name or container.format.name,
        codec=context.name,
        codec_long_name=context.codec.long_name,
        profile=context.profile or "",
        pixel_format=pixel_format,
        bit_depth=_bit_depth(stream),
        width=width,
        height=height,
        display_width=display_w,
        display_height=display_h,
        sample_aspect=str(sar) if sar else "1",
        display_aspect=_display_aspect(display_w, display_h),
        rotation=rotation,
        average_rate=float(stream.average_rate or 0),
        real_rate=round(index.real_rate(), 3),
        variable_rate=index.is_variable_rate(),
        frame_count=index.count,
        keyframe_count=len(index.keyframes),
        duration=round(duration, 3),
        bitrate=container.bit_rate or 0,
        video_bitrate=video_bitrate,
        audio=tuple(_audio_facts(s) for s in container.streams.audio),
        timestamp_restarts=index.restarts,
        container_tags=dict(container.metadata),
        stream_tags=dict(stream.metadata),
    )


def _bit_depth(stream: av.video.stream.VideoStream) -> int:
    if stream.format is None:
        return 8
    return max((c.bits for c in stream.format.components), default=8)


def _display_aspect(width: int, height: int) -> str:
    if not width or not height:
        return "unknown"
    g = gcd(width, height)
    return f"{width // g}:{height // g}"


def _audio_facts(stream: av.audio.stream.AudioStream) -> AudioFacts:
    context = stream.codec_context
    return AudioFacts(
        codec=context.name if context else "unknown",
        sample_rate=context.sample_rate if context else 0,
        channels=context.channels if context else 0,
        layout=context.layout.name if context and context.layout else "",
        language=stream.metadata.get("language", ""),
        bitrate=(context.bit_rate or 0) if context else 0,
    )
