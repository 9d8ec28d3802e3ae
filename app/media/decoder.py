"""Frame-exact decoding: seek to the keyframe at or before frame n, decode forward to n's timestamp.

One `ExactDecoder` owns one demuxer and one decoder; it is not thread-safe (the `Clip` serialises access).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import av

from app.media.errors import FrameUnavailable
from app.media.index import FrameIndex

# Reaching a keyframe this close ahead is cheaper by decoding through than by seeking.
_DECODE_THROUGH_FRAMES = 12
# How many keyframes further back to try when a seek lands after the target or the target never comes out.
_SEEK_RETRIES = 3

OnDecoded = Callable[[int, av.VideoFrame], None]


class ExactDecoder:
    def __init__(self, path: str, index: FrameIndex) -> None:
        self._index = index
        self._container = av.open(path)
        self._stream = self._container.streams.video[0]
        self._stream.thread_type = "AUTO"
        self._frames: Iterator[tuple[int, av.VideoFrame]] | None = None
        self._last = -1  # the frame the decoder produced last; frames after it come without a seek
        self.seeks = 0

    def close(self) -> None:
        # FFmpeg keeps its frame pool as large as it ever grew until these objects go: drop them all.
        self._frames = None
        self._container.close()
        self._container = self._stream = None

    @property
    def position(self) -> int:
        return self._last

    def decode_to(self, n: int, on_decoded: OnDecoded) -> av.VideoFrame:
        """Frame n. Every frame decoded on the way is handed to `on_decoded` (for the cache)."""
        if self.can_continue_to(n):
            frame = self._run_to(n, on_decoded)
            if frame is not None:
                return frame
        keyframe_ordinal = self._index.keyframe_ordinal(n)
        for attempt in range(_SEEK_RETRIES + 1):
            ordinal = keyframe_ordinal - attempt
            start = int(self._index.keyframes[ordinal]) if ordinal >= 0 else None
            self._seek(start)
            frame = self._run_to(n, on_decoded)
            if frame is not None:
                return frame
            if start is None:
                break
        raise FrameUnavailable(f"Frame {n} could not be decoded: this part of the file is damaged.")

    def can_continue_to(self, n: int) -> bool:
        if self._frames is None or n <= self._last:
            return False
        return self._index.keyframe_before(n) <= self._last + _DECODE_THROUGH_FRAMES

    def _seek(self, keyframe: int | None) -> None:
        self.seeks += 1
        if keyframe is None:
            self._container.seek(0, backward=True, any_frame=False)
        else:
            self._container.seek(int(self._index.pts[keyframe]), stream=self._stream, backward=True)
        self._frames = self._decoded(keyframe or 0)
        self._last = -1

    def _run_to(self, n: int, on_decoded: OnDecoded) -> av.VideoFrame | None:
        """Decode forward until frame n; None when the decoder is already past n or the stream ends first."""
        assert self._frames is not None
        for position, frame in self._frames:
            # A seek can land after the target (open-GOP keyframes): the caller then seeks further back.
            if self._last == -1 and position > n:
                return None
            self._last = position
            on_decoded(position, frame)
            if position == n:
                return frame
            if position > n:
                return None
        self._frames = None
        self._last = -1
        return None

    def _decoded(self, keyframe: int) -> Iterator[tuple[int, av.VideoFrame]]:
        """(frame number, frame) in output order from `keyframe` on; undecodable packets are skipped, not fatal.

        Frames before the keyframe that come out after a seek (open-GOP leading pictures) lack their references
        and are garbled: they are dropped, never shown or cached.
        """
        previous = keyframe - 1
        for packet in self._container.demux(self._stream):
            try:
                frames = packet.decode()
            except av.error.FFmpegError:
                continue
            for frame in frames:
                stamp = frame.pts if frame.pts is not None else frame.dts
                position = self._index.position_of(stamp) if stamp is not None else previous + 1
                if position is None or position < keyframe:
                    continue
                previous = position
                yield position, frame
