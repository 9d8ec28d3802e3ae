"""The frame index: every frame's presentation timestamp and the keyframes, built by demuxing without decoding.

Frame n is the n-th frame in presentation order. Everything that addresses a frame (the player, claims, evidence,
the CLI) uses that number, so it must not depend on how a decoder or a seek happens to behave.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from fractions import Fraction

import av
import numpy as np

from app.i18n import translate
from app.media.errors import MediaError
from app.media.packets import RestartedClock, Retiming, ShownOrder, is_bidirectional, video_packets

# Formats a file of which can be joined to another end to end (and read by byte position).
_JOINABLE = {"mpegts", "mpeg"}


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
    # Where timestamps start again part-way (files joined end to end), seeking goes by byte position: frame number
    # of each keyframe -> the byte position of its packet. None where seeking by timestamp works.
    key_bytes: dict[int, int] | None = None
    restarts: tuple[int, ...] = ()  # the frames where the file's timestamps start again

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
    mpeg4 = stream.codec_context.name == "mpeg4"  # MPEG-4 Part 2: B-pictures are told apart by their header
    packets = [_Seen.of(packet, mpeg4) for packet in video_packets(container, stream) if packet.size]
    restarted = _restarted_clock(container, packets)
    if restarted is not None:
        packets = [seen.moved(restarted.offset_at(seen.position)) for seen in packets]
    stamps: list[int] = []
    key_stamps: list[int] = []
    key_positions: dict[int, int] = {}  # keyframe stamp -> byte position, where seeking is by bytes
    bidirectional: list[bool] = []
    size = 0
    for seen in packets:
        if seen.stamp is None:
            continue
        # A keyframe the edit list hides is still where decoding starts: it stays a seek point.
        if seen.keyframe:
            key_stamps.append(seen.stamp)
            key_positions.setdefault(seen.stamp, seen.position)
        if key_stamps and not seen.discard:
            stamps.append(seen.stamp)
            size += seen.size
            bidirectional.append(seen.bidirectional)
    if not stamps and any(seen.stamp is None for seen in packets):
        raise MediaError(
            translate(
                "Media",
                "The video has no timestamps (a raw elementary stream): put it in a container first, "
                "for example with: ffmpeg -i INPUT -c copy OUTPUT.mp4.",
            )
        )
    in_decode_order = all(later > earlier for earlier, later in zip(stamps, stamps[1:], strict=False))
    retiming: Retiming | None = restarted
    if reorders and in_decode_order and stream.codec_context.name == "mpeg4":
        retiming = shown = ShownOrder.of(stamps, bidirectional)
        key_positions = {shown.shown_at.get(k, k): at for k, at in key_positions.items()}
        key_stamps = [shown.shown_at.get(k, k) for k in key_stamps]
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
        key_bytes=_keyframe_bytes(pts, key_positions) if restarted is not None else None,
        restarts=_restart_frames(pts, packets, restarted) if restarted is not None else (),
    )


@dataclass(frozen=True, slots=True)
class _Seen:
    """What the index keeps of a packet."""

    pts: int | None
    dts: int | None
    position: int
    keyframe: bool
    discard: bool
    size: int
    bidirectional: bool  # an MPEG-4 Part 2 B-picture; False for other codecs

    @classmethod
    def of(cls, packet: av.Packet, mpeg4: bool) -> _Seen:
        b_picture = mpeg4 and is_bidirectional(packet)
        position = packet.pos if packet.pos is not None else -1
        return cls(packet.pts, packet.dts, position, packet.is_keyframe, packet.is_discard, packet.size, b_picture)

    @property
    def stamp(self) -> int | None:
        return self.pts if self.pts is not None else self.dts

    def moved(self, offset: int) -> _Seen:
        return replace(
            self,
            pts=None if self.pts is None else self.pts + offset,
            dts=None if self.dts is None else self.dts + offset,
        )


def _restarted_clock(container: av.container.InputContainer, packets: list[_Seen]) -> RestartedClock | None:
    if container.format.name not in _JOINABLE:
        return None
    return RestartedClock.find([(seen.pts, seen.dts, seen.position) for seen in packets])


def _keyframe_bytes(pts: np.ndarray, key_positions: dict[int, int]) -> dict[int, int]:
    """Frame number of each keyframe -> the byte position of its packet."""
    found: dict[int, int] = {}
    for stamp, position in sorted(key_positions.items()):
        n = int(np.searchsorted(pts, stamp))
        if n < len(pts):
            found.setdefault(n, position)
    return found


def _restart_frames(pts: np.ndarray, packets: list[_Seen], restarted: RestartedClock) -> tuple[int, ...]:
    """The first frame shown from each part after a restart."""
    firsts = []
    for start, end in zip(restarted.starts[1:], [*restarted.starts[2:], None], strict=True):
        part = [
            seen.stamp
            for seen in packets
            if seen.stamp is not None and seen.position >= start and (end is None or seen.position < end)
        ]
        if part:
            firsts.append(int(np.searchsorted(pts, min(part))))
    return tuple(firsts)
