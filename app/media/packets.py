"""A video stream's packets in decode order, one picture to a packet, the way FFmpeg's decoder numbers frames.

DivX and Xvid wrote B-frames "packed" (common in older AVI archives): a reference picture and the B-frame after it
travel in one packet, and a tiny placeholder (an N-VOP) holds the B-frame's place. FFmpeg's decoder unpacks them
as it goes, so reading from the start comes out right, but after a seek the packets no longer say which frame is
which. FFmpeg's mpeg4_unpack_bframes filter gives every picture its own packet; it passes streams that are not
packed through unchanged, so every MPEG-4 Part 2 stream goes through it, for the index and the decoder alike.
"""

from __future__ import annotations

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
