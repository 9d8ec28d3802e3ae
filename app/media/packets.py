"""A video stream's packets in decode order, one picture to a packet, stamped so that frame n is FFmpeg's n-th.

DivX and Xvid wrote B-frames "packed" (common in older AVI archives): a reference picture and the B-frame after it
travel in one packet, and a tiny placeholder (an N-VOP) holds the B-frame's place. FFmpeg's decoder unpacks them
as it goes, so reading from the start comes out right, but after a seek the packets no longer say which frame is
which. FFmpeg's mpeg4_unpack_bframes filter gives every picture its own packet; it passes streams that are not
packed through unchanged, so every MPEG-4 Part 2 stream goes through it, for the index and the decoder alike.

Where the file's own timestamps cannot number the frames, the index carries a retiming that restamps each packet
the same way whichever way it was reached: `ShownOrder` for decode-order stamps (AVI), `RestartedClock` for
timestamps that start again part-way (files joined end to end).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

import av
from av.bitstream import BitStreamFilterContext

_UNPACK = {"mpeg4": "mpeg4_unpack_bframes"}
_VOP_START = b"\x00\x00\x01\xb6"


class Retiming(Protocol):
    """How a file's packet timestamps become the index's, where the file's own cannot number the frames."""

    def retime(self, packet: av.Packet) -> None: ...


def video_packets(
    container: av.container.InputContainer,
    stream: av.video.stream.VideoStream,
    retiming: Retiming | None = None,
) -> Iterator[av.Packet]:
    """Demux `stream` from where `container` stands, each packet stamped by `retiming` when the index has one; the
    last packet is the empty one that drains the decoder."""
    for packet in _pictures(container, stream):
        if retiming is not None and packet.size:
            retiming.retime(packet)
        yield packet


def _pictures(container: av.container.InputContainer, stream: av.video.stream.VideoStream) -> Iterator[av.Packet]:
    name = _UNPACK.get(stream.codec_context.name)
    if name is None:
        yield from container.demux(stream)
        return
    unpack = BitStreamFilterContext(name, stream)  # a fresh one after every seek: it holds a B-frame between calls
    for packet in container.demux(stream):
        last = not packet.size  # asked before filtering: the filter takes the packet's data
        for picture in unpack.filter(None if last else packet):
            picture.stream = stream  # so that it decodes on this stream's decoder
            yield picture
        if last:
            yield packet


def is_bidirectional(packet: av.Packet) -> bool:
    """True for an MPEG-4 Part 2 B-picture (its VOP header's coding type is 2)."""
    data = bytes(packet)
    start = data.find(_VOP_START)
    return start >= 0 and start + 4 < len(data) and data[start + 4] >> 6 == 2


@dataclass(frozen=True)
class ShownOrder:
    """Timestamps in decode order made presentation timestamps, for MPEG-4 Part 2 in AVI: AVI stamps packets in
    the order they are decoded, and once packed B-frames are unpacked no demuxer knows when each is shown. A
    reference picture is shown when the next one arrives, a B-picture at once; each packet gets the stamp of the
    slot it is shown in, so a frame's number never depends on where decoding started."""

    shown_at: dict[int, int]  # the packet's own stamp -> the stamp of the slot it is shown in

    @classmethod
    def of(cls, stamps: list[int], bidirectional: list[bool]) -> ShownOrder:
        """From the stamps of every packet in decode order (ascending) and whether each is a B-picture."""
        shown: list[int] = []
        held: int | None = None
        for i, is_b in enumerate(bidirectional):
            if is_b:
                shown.append(i)
                continue
            if held is not None:
                shown.append(held)
            held = i
        if held is not None:
            shown.append(held)
        return cls({stamps[i]: stamps[slot] for slot, i in enumerate(shown)})

    def retime(self, packet: av.Packet) -> None:
        stamp = packet.pts if packet.pts is not None else packet.dts
        if stamp is not None:
            packet.pts = self.shown_at.get(stamp, stamp)


@dataclass(frozen=True)
class RestartedClock:
    """Timestamps that start again part-way, in a stream read by byte position (MPEG-TS and MPEG-PS): two files
    joined end to end (`cat a.ts b.ts`) repeat the first one's timestamps. Each part after a restart is moved to
    follow the one before it, so every frame FFmpeg decodes has a number and a time of its own; the part a packet
    belongs to is known from its byte position, so it is the same however the packet was reached."""

    starts: tuple[int, ...]  # byte position of the first packet of each part, the first part's being 0
    offsets: tuple[int, ...]  # added to the timestamps of each part's packets

    @classmethod
    def find(cls, packets: list[tuple[int | None, int | None, int]]) -> RestartedClock | None:
        """From every packet's (pts, dts, byte position) in file order; None when the clock never goes back."""
        starts, offsets = [0], [0]
        previous: int | None = None
        latest = None  # the latest moved timestamp so far
        step = 1
        for pts, dts, position in packets:
            stamp = dts if dts is not None else pts
            if stamp is None:
                continue
            if previous is not None and stamp <= previous and position > starts[-1]:  # position -1: unknown
                # A part that starts again: put its first decode time one frame after the latest time shown.
                starts.append(position)
                offsets.append(latest + step - stamp)
            elif previous is not None:
                step = stamp - previous
            previous = stamp
            shown = max(t for t in (pts, dts) if t is not None) + offsets[-1]
            latest = shown if latest is None else max(latest, shown)
        return cls(tuple(starts), tuple(offsets)) if len(starts) > 1 else None

    def offset_at(self, position: int) -> int:
        return self.offsets[bisect.bisect_right(self.starts, position) - 1]

    def retime(self, packet: av.Packet) -> None:
        if packet.pos is None or packet.pos < 0:
            return
        offset = self.offset_at(packet.pos)
        if offset:
            if packet.pts is not None:
                packet.pts += offset
            if packet.dts is not None:
                packet.dts += offset
