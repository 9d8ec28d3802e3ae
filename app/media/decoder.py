"""Frame-exact decoding: seek to the keyframe at or before frame n, decode forward to n's timestamp.

One `ExactDecoder` owns one demuxer and one decoder; it is not thread-safe (the `Clip` serialises access).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import av

from app.i18n import translate
from app.media.budget import limit_pictures, no_opening_meanwhile, open_container, thread_within
from app.media.errors import FrameUnavailable
from app.media.index import FrameIndex, packet_stamp
from app.media.packets import video_packets

# Reaching a keyframe this close ahead is cheaper by decoding through than by seeking.
_DECODE_THROUGH_FRAMES = 12
# How many keyframes further back to try when a seek lands after the target or the target never comes out.
_SEEK_RETRIES = 3

OnDecoded = Callable[[int, av.VideoFrame], None]


class ExactDecoder:
    def __init__(self, path: str, index: FrameIndex, cache_bytes: int) -> None:
        self._path = path
        self._index = index
        self._cache_bytes = cache_bytes
        self._open()
        self._frames: Iterator[tuple[int, av.VideoFrame]] | None = None
        self._last = -1  # the frame the decoder produced last; frames after it come without a seek
        self.seeks = 0

    def _open(self) -> None:
        self._container = open_container(self._path)
        self._stream = self._container.streams.video[0]
        limit_pictures(self._stream)
        thread_within(self._stream, self._cache_bytes)

    def close(self) -> None:
        # FFmpeg keeps its frame pool as large as it ever grew until these objects go: drop them all.
        self._frames = None
        with no_opening_meanwhile():
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
        raise FrameUnavailable(
            translate("Media", "Frame {n} could not be decoded: this part of the file is damaged.").format(n=n)
        )

    def can_continue_to(self, n: int) -> bool:
        if self._frames is None or n <= self._last:
            return False
        return self._index.keyframe_before(n) <= self._last + _DECODE_THROUGH_FRAMES

    def _seek(self, keyframe: int | None) -> None:
        """Position the demuxer at `keyframe`, or at the very start for None."""
        self.seeks += 1
        try:
            if keyframe is not None and self._index.key_bytes is not None:
                # Timestamps repeat in this file: only the byte position says which of two equal ones is meant.
                position = self._index.key_bytes.get(keyframe)
                if position is None:
                    keyframe = None
                else:
                    self._container.seek(position, unsupported_byte_offset=True)
            elif keyframe is not None:
                self._container.seek(int(self._index.pts[keyframe]), stream=self._stream, backward=True)
        except av.error.FFmpegError:
            keyframe = None  # some demuxers refuse a seek: reading from the start is slow but exact
        if keyframe is None:
            # Reopening is the one way back to the start that every demuxer honours.
            self._container.close()
            self._open()
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
        counted_from: int | None = None  # for counted streams: the number of the next frame to come out
        for packet in video_packets(self._container, self._stream, self._index.retiming):
            if self._index.counted and counted_from is None and packet.size:
                stamp = packet_stamp(packet)
                counted_from = self._index.position_of(stamp) if stamp is not None else None
            try:
                frames = packet.decode()
            except av.error.FFmpegError:
                continue
            for frame in frames:
                if self._index.counted:
                    position, counted_from = counted_from, (counted_from or 0) + 1
                else:
                    position = self._index.position_of(frame.pts) if frame.pts is not None else None
                if position is None or position < keyframe:
                    continue
                yield position, frame
