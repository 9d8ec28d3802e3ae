"""Clips with a subtitle stream inside, muxed by PyAV 18, which encodes mov_text, SubRip, ASS and WebVTT itself
(SubtitleSet.create + encode_subtitle); its subtitle encoders need a time base and take an ASS header."""

from __future__ import annotations

from fractions import Fraction

import av
import numpy as np

MS = Fraction(1, 1000)
ASS_HEADER = (
    b"[Script Info]\nScriptType: v4.00+\n\n[V4+ Styles]\nFormat: Name, Fontname, Fontsize\nStyle: Default,Arial,16\n\n"
    b"[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
)
CUES = [(0.2, 0.9, "金字塔是用{\\i1}激光{\\i0}切割的"), (1.0, 1.6, "Lasers\\Ncut \x1b[2Jthe stones")]


def write_subtitled(path, codec: str, cues=CUES, language: str = "chi", first_frame_at: float = 0.0) -> None:
    """A 2-second 30 fps clip (its first frame at `first_frame_at` seconds) with one subtitle stream of `codec`
    holding `cues` (start, end, ASS dialogue text) at those container seconds."""
    with av.open(str(path), "w") as out:
        video = out.add_stream("libx264", rate=30)
        video.width, video.height, video.pix_fmt = 64, 48, "yuv420p"
        video.time_base = Fraction(1, 30)
        subtitles = out.add_stream(codec)
        subtitles.codec_context.time_base = subtitles.time_base = MS
        subtitles.codec_context.subtitle_header = ASS_HEADER  # the ASS encoder's styles; the others ignore it
        if language:
            subtitles.metadata["language"] = language
        for n in range(60):
            frame = av.VideoFrame.from_ndarray(np.full((48, 64, 3), n * 4, np.uint8), format="rgb24")
            frame.pts, frame.time_base = n + round(first_frame_at * 30), Fraction(1, 30)
            out.mux(video.encode(frame))
        out.mux(video.encode())
        for number, (start, end, text) in enumerate(cues):
            length = round((end - start) * 1000)
            cue = av.subtitles.subtitle.SubtitleSet.create(
                f"{number},0,Default,,0,0,0,,{text}".encode(), 0, length, round(start * 1000)
            )
            packet = subtitles.codec_context.encode_subtitle(cue)
            packet.stream, packet.time_base = subtitles, MS
            packet.pts = packet.dts = round(start * 1000)
            packet.duration = length
            out.mux(packet)
