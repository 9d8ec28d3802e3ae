"""What a clip says in subtitles: the .srt and .vtt files beside it (yt-dlp writes them there) and the subtitle
streams inside it, read together, with what could not be read said in words."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from analyzers.words.lines import TextLine
from analyzers.words.subtitles import Subtitles, SubtitlesUnreadable, find_subtitle_files, read_subtitles
from app.analysis.detector_words import error_words
from app.i18n import translate
from app.media.errors import Cancelled, MediaError
from app.media.index import FrameIndex
from app.media.line_frames import on_frames
from app.media.subtitle_streams import SubtitleStream, read_subtitle_streams


@dataclass
class Said:
    files: list[tuple[Path, Subtitles]] = field(default_factory=list)
    streams: list[SubtitleStream] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one line each: a file or the streams that could not be read

    @property
    def lines(self) -> list[TextLine]:
        found = [line for _path, subtitles in self.files for line in subtitles.lines]
        return found + [line for stream in self.streams for line in stream.lines]

    @property
    def note(self) -> str:
        """Where the lines come from, or why there are none, in a line or two."""
        beside = translate("Words", "{file} ({count} lines)")
        inside = translate("Words", "{track} inside the file ({count} lines)")
        sources = [beside.format(file=path.name, count=len(subtitles.lines)) for path, subtitles in self.files]
        sources += [inside.format(track=stream.track, count=len(stream.lines)) for stream in self.streams]
        if sources:
            said = translate("Words", "Subtitles read from {sources}.").format(sources=", ".join(sources))
        else:
            said = translate("Words", "No subtitles beside the clip or in it.")
        return "\n".join([said, *self.problems])


def read_said(path: Path, index: FrameIndex | None = None, cancelled: Callable[[], bool] | None = None) -> Said:
    """The subtitles of the clip at `path`; with its frame `index`, each line placed on the frames it lasts.
    Raises Cancelled."""
    said = Said()
    for file in find_subtitle_files(path):
        if cancelled is not None and cancelled():
            raise Cancelled()
        try:
            said.files.append((file, read_subtitles(file)))
        except SubtitlesUnreadable as error:
            said.problems.append(error_words(error))
    # on the clip's clock: from the first frame's own time, as the frame index and the sound count
    origin = float(index.pts[0] * index.time_base) if index is not None and index.count else None
    try:
        said.streams = read_subtitle_streams(path, origin, cancelled=cancelled)
    except MediaError as error:
        said.problems.append(
            translate("Words", "The subtitles inside the file cannot be read: {reason}").format(reason=error)
        )
    if index is not None:
        said.files = [(file, _placed(subtitles, index)) for file, subtitles in said.files]
        said.streams = [_placed(stream, index) for stream in said.streams]
    return said


def _placed(found, index: FrameIndex):
    return replace(found, lines=tuple(on_frames(list(found.lines), index)))
