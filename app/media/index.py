"""The frame index: every frame's presentation timestamp and the keyframes, built by demuxing without decoding.

Frame n is the n-th frame in presentation order. Everything that addresses a frame (the player, claims, evidence,
the CLI) uses that number, so it must not depend on how a decoder or a seek happens to behave.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from fractions import Fraction

import av
import numpy as np

from app.media.errors import MediaError
from app.media.packets import Retiming, ShownOrder, is_bidirectional, video_packets


@dataclass(frozen=True)
class FrameIndex:
    pts: np.ndarray  # int64, ascending: the presentation timestamp of frame n
    keyframes: np.ndarray  # int64, ascending: the frame numbers that are keyframes
    time_base: Fraction
    packet_bytes: int  # the video stream's size, for its bitrate
    # AVI and the like stamp packets in decode order: decoded frames then carry no usable timestamp, and a frame is
    # known by how many frames came out since the keyframe the decoder started from.
    counted: bool = False
    # Where the file's own timestamps cannot number the frames, how each packet is stamped instead (see packets.py).
    retiming: Retiming | None = None

    @property
    def count(self) -> int:
        return len(self.pts)

    def position_of(self, pts: int) -> int | None:
        n = int(np.searchsorted(self.pts, pts))
        return n if n < self.count and self.pts[n] == pts else None

    def seconds(self, n: int) -> float:
        """Seconds from the first frame to frame n."""
        return float((int(self.pts[n]) - int(self.pts[0])) * self.time_base)

    def frame_at(self, seconds: float) -> int:
        """The frame on screen `seconds` after the first frame."""
        ticks = int(self.pts[0]) + seconds / self.time_base
        return max(0, min(self.count - 1, int(np.searchsorted(self.pts, ticks, side="right")) - 1))

    def keyframe_before(self, n: int) -> int:
        """The last keyframe at or before frame n (frame 0 when the stream starts without one)."""
        i = bisect.bisect_right(self.keyframes, n) - 1
        return int(self.keyframes[i]) if i >= 0 else 0

    def keyframe_ordinal(self, n: int) -> int:
        """How many keyframes come at or before frame n, minus one: -1 before the first keyframe."""
        return bisect.bisect_right(self.keyframes, n) - 1

    def duration(self) -> float:
        """From the first frame's start to the last frame's end, the last frame lasting as long as a typical one."""
        if self.count == 0:
            return 0.0
        return self.seconds(self.count - 1) + self.typical_frame_seconds()

    def typical_frame_seconds(self) -> float:
        if self.count < 2:
            return 0.0
        return float(np.median(np.diff(self.pts)) * self.time_base)

    def is_variable_rate(self) -> bool:
        """True when frame durations differ by more than timestamp rounding can explain."""
        if self.count < 3:
            return False
        gaps = np.diff(self.pts)
        median = float(np.median(gaps))
        tolerance = max(2.0, 0.05 * median)
        return bool(np.abs(gaps - median).max() > tolerance)

    def real_rate(self) -> float:
        """Frames per second measured over the whole clip."""
        span = self.seconds(self.count - 1) if self.count > 1 else 0.0
        return (self.count - 1) / span if span > 0 else 0.0


def packet_stamp(packet: av.Packet) -> int | None:
    """The timestamp that orders a packet: its presentation time, or its decode time when it has none."""
    return packet.pts if packet.pts is not None else packet.dts


def build_index(
    container: av.container.InputContainer, stream: av.video.stream.VideoStream, reorders: bool
) -> FrameIndex:
    """Demux every packet of `stream` (no decoding) and index its frames.

    `reorders` says whether the codec shows frames in another order than it decodes them (B-frames). Packets
    before the first keyframe, or shown before it, cannot be decoded and are left out, as are packets the
    container marks to be discarded (edit lists).
    """
    stamps: list[int] = []
    key_stamps: list[int] = []
    bidirectional: list[bool] = []  # for MPEG-4 Part 2, whose B-pictures can be told from the packet
    size = 0
    untimed = 0
    mpeg4 = stream.codec_context.name == "mpeg4"
    for packet in video_packets(container, stream):
        if packet.size == 0:
            continue
        stamp = packet_stamp(packet)
        if stamp is None:
            untimed += 1
            continue
        # A keyframe the edit list hides is still where decoding starts: it stays a seek point.
        if packet.is_keyframe:
            key_stamps.append(stamp)
        if key_stamps and not packet.is_discard:
            stamps.append(stamp)
            size += packet.size
            if mpeg4:
                bidirectional.append(is_bidirectional(packet))
    if untimed and not stamps:
        raise MediaError(
            "The video has no timestamps (a raw elementary stream): put it in a container first, "
            "for example with: ffmpeg -i INPUT -c copy OUTPUT.mp4."
        )
    in_decode_order = all(later > earlier for earlier, later in zip(stamps, stamps[1:], strict=False))
    retiming = None
    if reorders and in_decode_order and mpeg4:
        retiming = ShownOrder.of(stamps, bidirectional)
        key_stamps = [retiming.shown_at.get(k, k) for k in key_stamps]
    first_key = min(key_stamps, default=0)
    pts = np.unique(np.asarray([t for t in stamps if t >= first_key], dtype=np.int64))
    # A hidden keyframe seeks as the first frame shown after it (a backward seek to that frame lands on it).
    keyframes = np.unique(np.searchsorted(pts, np.asarray(key_stamps, dtype=np.int64)))
    keyframes = keyframes[keyframes < len(pts)]
    return FrameIndex(
        pts=pts,
        keyframes=keyframes.astype(np.int64),
        time_base=stream.time_base,
        packet_bytes=size,
        counted=reorders and in_decode_order and retiming is None,
        retiming=retiming,
    )
