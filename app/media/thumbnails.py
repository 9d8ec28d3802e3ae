"""The keyframe strip: a small picture of every keyframe, for the timeline's hover and for previews while dragging.

Only keyframe packets are sent to the decoder: a keyframe decodes on its own, so the strip costs one demux pass
and one decode per keyframe, however long the GOPs are.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from pathlib import Path

import av
import numpy as np

from app.media.budget import limit_pictures, opened_to_decode_on_threads, thread_within
from app.media.errors import Cancelled
from app.media.index import FrameIndex, packet_stamp
from app.media.packets import video_packets
from app.media.upright import upright

MAX_THUMBNAILS = 600
_DECODE_BUDGET = 256 << 20  # for the full-size keyframes the decoder threads hold while the strip is made


def build_strip(
    path: Path,
    index: FrameIndex,
    rotation: int,
    box: tuple[int, int] = (160, 120),
    on_thumbnail: Callable[[int, np.ndarray], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[int, np.ndarray]:
    """{keyframe number: upright RGB thumbnail fitting `box` (width, height)}, at most MAX_THUMBNAILS, evenly spread."""
    wanted = set(_spread(index.keyframes, MAX_THUMBNAILS))
    strip: dict[int, np.ndarray] = {}

    def keep(n: int, frame: av.VideoFrame) -> None:
        strip[n] = _thumbnail(frame, rotation, box)
        if on_thumbnail is not None:
            on_thumbnail(n, strip[n])

    with opened_to_decode_on_threads(path) as container:
        _decode_keyframes(container, index, wanted, keep, cancelled)
    return strip


def _decode_keyframes(
    container: av.container.InputContainer,
    index: FrameIndex,
    wanted: set[int],
    keep: Callable[[int, av.VideoFrame], None],
    cancelled: Callable[[], bool] | None,
) -> None:
    stream = container.streams.video[0]
    limit_pictures(stream)
    thread_within(stream, _DECODE_BUDGET)
    stream.codec_context.skip_frame = "NONKEY"
    in_flight: deque[int] = deque()
    for packet in video_packets(container, stream, index.retiming):
        if cancelled is not None and cancelled():
            raise Cancelled()
        sent = _wanted_position(packet, index, wanted)
        if packet.size and sent is None:
            continue
        try:
            frames = packet.decode()
        except av.error.FFmpegError:
            continue
        if sent is not None:
            in_flight.append(sent)
        for frame in frames:
            # Keyframes come out in the order they went in; counted streams have no other way to tell.
            first_in = in_flight.popleft() if in_flight else None
            n = first_in if index.counted else index.position_of(frame.pts) if frame.pts is not None else None
            if n is not None and n in wanted:
                keep(n, frame)


def _wanted_position(packet: av.Packet, index: FrameIndex, wanted: set[int]) -> int | None:
    """The frame number of a keyframe packet whose thumbnail is wanted, else None."""
    if not packet.is_keyframe:
        return None
    stamp = packet_stamp(packet)
    position = index.position_of(stamp) if stamp is not None else None
    return position if position in wanted else None


def _spread(keyframes: np.ndarray, most: int) -> list[int]:
    if len(keyframes) <= most:
        return [int(k) for k in keyframes]
    picks = np.linspace(0, len(keyframes) - 1, most).round().astype(int)
    return [int(keyframes[i]) for i in picks]


def _thumbnail(frame: av.VideoFrame, rotation: int, box: tuple[int, int]) -> np.ndarray:
    upright_w, upright_h = (frame.height, frame.width) if rotation % 180 else (frame.width, frame.height)
    scale = min(box[0] / max(1, upright_w), box[1] / max(1, upright_h))
    width, height = max(2, round(upright_w * scale)), max(2, round(upright_h * scale))
    stored_w, stored_h = (height, width) if rotation % 180 else (width, height)
    image = frame.reformat(width=stored_w, height=stored_h, format="rgb24", interpolation="AREA").to_ndarray()
    return upright(image, rotation)
