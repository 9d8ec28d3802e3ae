"""Subtitle streams inside a clip's file (mov_text in MP4 and MOV; SubRip, ASS/SSA and WebVTT in Matroska) read
by PyAV into lines of words on the clip's clock.

Times are clip seconds, as for the sound (app/media/audio.py): seconds from the first video frame, so that a line
and a frame at the same clip second were meant to be seen together. Only the subtitle packets are decoded; the
picture and sound are demuxed past, never decoded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import av

from analyzers.words.lines import SUBTITLES, TextLine
from analyzers.words.subtitles import MAX_CUES, clean_text, cue_text
from app.files.regular import NotAFile, open_regular
from app.i18n import translate
from app.media.budget import open_container
from app.media.errors import Cancelled, MediaError

MAX_PACKET_BYTES = 64 << 10  # a cue's text is a few hundred bytes; a larger packet is not a line of text
_ASS_BREAKS = (("\\N", "\n"), ("\\n", "\n"), ("\\h", " "))  # ASS writes line breaks and hard spaces as escapes


@dataclass(frozen=True)
class SubtitleStream:
    index: int  # the stream's number in the file
    language: str  # as the file names it ("chi", "eng"), "" when it does not
    codec: str  # its decoder, as FFmpeg names it: "mov_text", "srt", "ssa", "webvtt", "dvdsub" ...
    lines: tuple[TextLine, ...]
    skipped: int  # cues left out: undecodable, oversized, past MAX_CUES, or pictures of text (not read here)

    @property
    def track(self) -> str:
        return track_name(self.index, self.language)


def track_name(index: int, language: str) -> str:
    """How a stream's lines name their track: "stream 2 (chi)", or "stream 2" when the file gives no language."""
    return f"stream {index} ({language})" if language else f"stream {index}"


def read_subtitle_streams(
    path: Path | str,
    origin: float | None = None,
    on_progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[SubtitleStream]:
    """Every subtitle stream of the file with its lines, in stream order (empty when it has none). `origin`: the
    container time (seconds) of clip second 0, the first video frame's; None takes the video stream's start (0 for a
    file without picture). Raises MediaError when the file cannot be read, Cancelled when `cancelled()` turns true."""
    path = Path(path)
    try:
        open_regular(path).close()
    except NotAFile as error:
        words = translate("Media", "Its subtitles cannot be read: it {reason}.")
        raise MediaError(words.format(reason=error.reason)) from None
    try:
        container = open_container(path)
    except (av.FFmpegError, OSError) as error:
        raise MediaError(_unreadable_subtitles(error)) from None
    with container:
        streams = list(container.streams.subtitles)
        if not streams:
            return []
        if origin is None:
            origin = _video_start(container)
        found = {stream.index: _Reading(stream, origin) for stream in streams}
        size = max(1, path.stat().st_size)
        try:
            for packet in container.demux(*streams):
                if cancelled is not None and cancelled():
                    raise Cancelled()
                found[packet.stream.index].take(packet)
                if on_progress is not None and packet.pos is not None and packet.pos >= 0:
                    on_progress(min(1.0, packet.pos / size))
        except av.FFmpegError as error:
            raise MediaError(_unreadable_subtitles(error)) from None
        return [reading.result() for reading in found.values()]  # while the streams are still open


class _Reading:
    """One stream's lines as its packets come."""

    def __init__(self, stream: av.subtitles.stream.SubtitleStream, origin: float) -> None:
        self.stream = stream
        self.origin = origin
        language = clean_text(stream.metadata.get("language", ""))[:20]
        self.language = "" if language == "und" else language  # "undetermined" says nothing
        self.track = track_name(stream.index, self.language)
        self.lines: list[TextLine] = []
        self.skipped = 0

    def take(self, packet: av.Packet) -> None:
        if packet.size == 0 or packet.pts is None or packet.time_base is None:
            return  # the end of the stream, or a packet with no time
        if packet.size > MAX_PACKET_BYTES or len(self.lines) >= MAX_CUES:
            self.skipped += 1
            return
        try:
            shown = self.stream.decode2(packet)
        except av.FFmpegError:
            self.skipped += 1
            return
        if shown is None:
            return
        rows = []
        for part in shown:
            if part.type == b"bitmap":  # a picture of text (DVD, Blu-ray): the on-screen reader's work
                self.skipped += 1
                return
            text = part.dialogue if part.type == b"ass" else part.text
            rows += _plain(text.decode("utf-8", "replace")).split("\n")
        said = cue_text(rows)
        if not said:
            return  # an empty cue clears the screen (mov_text writes one between lines)
        start = max(0.0, float(packet.pts * packet.time_base) - self.origin)  # shown before the picture: at its start
        if packet.duration:
            length = float(packet.duration * packet.time_base)
        else:
            length = max(0, shown.end_display_time - shown.start_display_time) / 1000  # in milliseconds
        self.lines.append(TextLine(SUBTITLES, self.track, start, start + length, said))

    def result(self) -> SubtitleStream:
        codec = self.stream.codec_context.name if self.stream.codec_context else ""
        return SubtitleStream(self.stream.index, self.language, codec, tuple(self.lines), self.skipped)


def _plain(dialogue: str) -> str:
    for escape, meant in _ASS_BREAKS:
        dialogue = dialogue.replace(escape, meant)
    return dialogue


def _video_start(container: av.container.InputContainer) -> float:
    for stream in container.streams.video:
        if stream.start_time is not None and stream.time_base is not None:
            return float(stream.start_time * stream.time_base)
    return 0.0


def _said(error: Exception) -> str:
    return str(getattr(error, "strerror", None) or error).splitlines()[0][:200]


def _unreadable_subtitles(error: Exception) -> str:
    return translate("Media", "Its subtitles cannot be read: {reason}").format(reason=_said(error))
