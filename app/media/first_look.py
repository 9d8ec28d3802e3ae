"""The first look at a clip: the checks made before anything is decoded, then the first frame the decoder gives.

It needs PyAV alone (not numpy, not the frame index), so that the first picture can be on screen while the index
of a long clip is still being built; `app.media.clip.open_looked_at` goes on from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import av

from app.files.regular import NotAFile, open_regular
from app.i18n import translate
from app.media.budget import limit_pictures, open_container, refuse_beyond_cache, refuse_oversized
from app.media.errors import MediaError
from app.media.packets import video_packets


@dataclass(frozen=True)
class FirstLook:
    path: Path
    frame: av.VideoFrame  # the first frame the decoder gives: frame 0 where the index confirms it by its timestamp
    rotation: int  # degrees counter-clockwise to turn stored pictures upright, from the first frame's display matrix
    reorders: bool  # whether the codec shows frames in another order than it decodes them (B-frames)


def look_first(path: Path, cache_bytes: int) -> FirstLook:
    """The checks and the first frame, or MediaError with a one-line reason."""
    _check_file(path)
    try:
        with open_container(path) as container:
            stream = _video_stream(container)
            # Before anything is decoded: a picture's size is what costs memory, never the file's.
            refuse_oversized(stream.codec_context.width, stream.codec_context.height)
            refuse_beyond_cache(stream, cache_bytes)
            limit_pictures(stream)
            frame = _first_decoded(container, stream)
            rotation = round((frame.rotation or 0) / 90) * 90 % 360
            return FirstLook(path, frame, rotation, reorders=bool(stream.codec_context.has_b_frames))
    except MediaError:
        raise
    except av.error.FFmpegError as error:
        raise MediaError(unreadable(error, path)) from error


def _check_file(path: Path) -> None:
    """Refuse anything but a readable, non-empty regular file before FFmpeg opens the path itself: FFmpeg would wait
    on a pipe for ever and read a device without end."""
    try:
        open_regular(path).close()
    except NotAFile as error:  # the line that says it names the file already
        raise MediaError(translate("Media", "it {reason}.").format(reason=error.reason)) from None
    if path.stat().st_size == 0:
        raise MediaError(translate("Media", "The file {name} is empty (0 bytes).").format(name=path.name))


def _video_stream(container: av.container.InputContainer) -> av.video.stream.VideoStream:
    if not container.streams.video:
        kinds = sorted({s.type for s in container.streams}) or ["nothing"]
        if kinds == ["audio"]:  # a voice-over or a song pulled from a clip: there is no picture to review
            raise MediaError(
                translate(
                    "Media",
                    "The file has no video stream (it holds audio only): ReelCheck reviews video clips; open the clip "
                    "the sound came from, whose sound plays with its picture.",
                )
            )
        words = translate("Media", "The file has no video stream (it holds {kinds}).")
        raise MediaError(words.format(kinds=", ".join(kinds)))
    stream = container.streams.video[0]
    if stream.codec_context is None or stream.codec_context.codec is None:
        raise MediaError(translate("Media", "The video codec of this file is not one ReelCheck can decode."))
    return stream


def _first_decoded(container: av.container.InputContainer, stream: av.video.stream.VideoStream) -> av.VideoFrame:
    """The first frame the decoder gives: its display matrix says how to turn the pictures upright, and decoding it
    tells the codec context whether the stream reorders frames."""
    for packet in video_packets(container, stream):
        try:
            frames = packet.decode()
        except av.error.FFmpegError:
            continue
        for frame in frames:
            return frame
    raise MediaError(
        translate("Media", "No frame of the video could be decoded: the file is damaged or its codec is unsupported.")
    )


def unreadable(error: av.error.FFmpegError, path: Path) -> str:
    """The one line that says why FFmpeg could not read `path`."""
    if isinstance(error, av.error.InvalidDataError) and _looks_like_mp4(path):
        return translate(
            "Media",
            "The file looks like an MP4/MOV video but is truncated or incomplete: its index (moov atom) is missing.",
        )
    if isinstance(error, av.error.InvalidDataError):
        return translate("Media", "This is not a video file ReelCheck can read (FFmpeg recognised no format in it).")
    if isinstance(error, av.error.DecoderNotFoundError):
        return translate("Media", "The video codec of this file is not one ReelCheck can decode.")
    return translate("Media", "The file could not be read: {reason}.").format(reason=error.strerror or error)


def _looks_like_mp4(path: Path) -> bool:
    with path.open("rb") as file:
        head = file.read(12)
    return head[4:8] == b"ftyp"
