"""Invisible generator watermarks: the DWT-DCT ("dwtDct") mark of the invisible-watermark package, as embedded by
Stable Diffusion 1.x's reference scripts and Stability's SDXL / Stable Video Diffusion sampling scripts.

The decoder is written from the published algorithm: the U plane of YUV, a one-level Haar transform, the
approximation band cut into 4 x 4 blocks in reading order, block k carrying message bit k modulo the message
length, and each block's bit read from where its largest non-DC value sits against a grid of step 36.
A clip is read by voting (app.provenance.clip_watermarks samples its frames): every block of every frame adds
its bit to its message bit's average.
Heavy re-encoding and resizing erase the mark, so its absence says nothing about where a clip came from.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import cv2
import numpy as np

from analyzers.translatable import QT_TRANSLATE_NOOP, Said

# The package's defaults: scales [0, 36, 36] over (Y, U, V), but its loop visits only Y and U, so U alone
# carries the mark; V is never touched.
STEP = 36.0
BLOCK = 4

NOT_FOUND = "no watermark found"
INCONCLUSIVE = "inconclusive"
VERY_LIKELY = "very likely"

# Stability's detection script calls <= 20 of 48 bits unmarked and > 35 of 48 very likely marked; up to 27 it
# still calls "very likely unmarked". Chance alone matches about half the bits, so most unmarked clips land
# between 20 and 27: inconclusive on the three-step scale, and worded as no sign of the mark.
_UNMARKED_AT_MOST, _CHANCE_AT_MOST, _MARKED_ABOVE, _OF = 20, 27, 35, 48

# The package decides a bit with `average * 255 > 127`, so an average of exactly 0.5 reads as 1.
_ONE_ABOVE = 127 / 255

# The sentences a reviewer reads are Said (analyzers.translatable): English here, in the reader's language where the
# application shows them (context "Provenance").
ERASED = Said(
    QT_TRANSLATE_NOOP(
        "Provenance",
        "Heavy re-encoding (low bitrate, as on most platforms), resizing, cropping or screen recording erases "
        "this watermark, so finding none is not evidence of anything: not that the clip is camera footage, "
        "nor that no generator made it.",
    )
)
FORGEABLE = Said(
    QT_TRANSLATE_NOOP("Provenance", "The watermarking code is public: anyone can add this mark to any picture.")
)

# Frames as stored, and frames whose red and blue were swapped before marking: diffusers (before February 2024)
# and early SDXL scripts handed the library RGB pictures where it expects BGR.
BGR, RGB = "BGR", "RGB"
CHANNEL_ORDERS = (BGR, RGB)


@dataclass(frozen=True)
class KnownMark:
    name: str
    used_by: str
    bits: tuple[int, ...]

    @property
    def length(self) -> int:
        return len(self.bits)


def _bits_of_bytes(message: bytes) -> tuple[int, ...]:
    return tuple(int(b) for b in np.unpackbits(np.frombuffer(message, np.uint8)))


def _bits_of_number(number: int, length: int) -> tuple[int, ...]:
    return tuple((number >> (length - 1 - i)) & 1 for i in range(length))


KNOWN_MARKS = (
    KnownMark(
        "Stable Diffusion 1.x",
        "Stable Diffusion 1.x reference scripts (message 'StableDiffusionV1')",
        _bits_of_bytes(b"StableDiffusionV1"),
    ),
    KnownMark(
        "SDXL / SVD",
        "Stability's SDXL and Stable Video Diffusion sampling scripts (a fixed 48-bit message)",
        _bits_of_number(0b101100111110110010010000011110111011000110011110, 48),
    ),
)


@dataclass(frozen=True)
class WatermarkReading:
    """How well one known mark matches the bits voted out of a picture or clip."""

    mark: str
    used_by: str
    bits_matched: int
    bits_total: int
    strength: str  # NOT_FOUND, INCONCLUSIVE or VERY_LIKELY
    channel_order: str  # BGR: as the library expects; RGB: red and blue swapped before marking
    sentence: str

    @property
    def marked(self) -> bool:
        return self.strength == VERY_LIKELY

    def as_dict(self) -> dict:
        return {**asdict(self), "marked": self.marked}


@dataclass(frozen=True)
class WatermarkFinding:
    """The watermark readings of a picture or a clip, with what they rest on and what they cannot say."""

    readings: tuple[WatermarkReading, ...]
    frames_read: tuple[int, ...]  # frame numbers voted on; (0,) for a still picture
    frames_unreadable: tuple[int, ...]
    summary: str
    caveat: str = ERASED

    @property
    def marked(self) -> bool:
        return any(r.marked for r in self.readings)

    def as_dict(self) -> dict:
        return {
            "marked": self.marked,
            "summary": self.summary,
            "caveat": self.caveat,
            "frames_read": list(self.frames_read),
            "frames_unreadable": list(self.frames_unreadable),
            "readings": [r.as_dict() for r in self.readings],
        }


def block_bits(bgr: np.ndarray, swap_red_blue: bool = False) -> np.ndarray:
    """The bit (0 or 1) every 4 x 4 block of the U plane's Haar approximation carries, in reading order."""
    if bgr.ndim != 3 or bgr.shape[2] != 3 or bgr.dtype != np.uint8:
        raise ValueError("A watermark is read from an 8-bit, 3-channel BGR picture.")
    picture = bgr[..., ::-1] if swap_red_blue else bgr
    height, width = picture.shape[0] // 4 * 4, picture.shape[1] // 4 * 4
    u = cv2.cvtColor(np.ascontiguousarray(picture[:height, :width]), cv2.COLOR_BGR2YUV)[..., 1].astype(np.float64)
    approximation = haar_approximation(u)
    rows, cols = approximation.shape[0] // BLOCK, approximation.shape[1] // BLOCK
    blocks = (
        approximation[: rows * BLOCK, : cols * BLOCK]
        .reshape(rows, BLOCK, cols, BLOCK)
        .transpose(0, 2, 1, 3)
        .reshape(rows * cols, BLOCK * BLOCK)
    )
    if not len(blocks):
        return np.zeros(0, np.uint8)
    # The first-largest |value| after the DC position, as numpy's argmax breaks ties.
    where = np.argmax(np.abs(blocks[:, 1:]), axis=1) + 1
    value = np.abs(blocks[np.arange(len(blocks)), where])
    return (np.mod(value, STEP) > STEP / 2).astype(np.uint8)


def haar_approximation(plane: np.ndarray) -> np.ndarray:
    """The approximation band of a one-level orthonormal Haar transform of a plane with even sides.

    Computed in the published decoder's order (down the columns, then along the rows, each step times 1/sqrt 2):
    a pixel plane is whole numbers, so many values fall exactly on the step-36 grid, and the last bit of rounding
    decides on which side."""
    root_half = 0.7071067811865476
    down = plane[0::2] * root_half + plane[1::2] * root_half
    return down[:, 0::2] * root_half + down[:, 1::2] * root_half


def decode_bits(bgr: np.ndarray, length: int, swap_red_blue: bool = False) -> np.ndarray:
    """The `length` message bits one picture carries, decided as the published decoder decides them."""
    vote = WatermarkVote()
    vote.add(bgr)
    return vote.bits(length, RGB if swap_red_blue else BGR)


class WatermarkVote:
    """Per-block bits gathered over frames of one clip; each known message length is averaged from the same blocks."""

    def __init__(self) -> None:
        # channel order -> message length -> (sum of block bits per message bit, number of blocks per message bit)
        self._sums: dict[str, dict[int, tuple[np.ndarray, np.ndarray]]] = {}
        self.frames = 0

    def add(self, bgr: np.ndarray, lengths: tuple[int, ...] = ()) -> None:
        lengths = tuple(sorted(set(lengths or (m.length for m in KNOWN_MARKS))))
        for order in CHANNEL_ORDERS:
            bits = block_bits(bgr, swap_red_blue=order == RGB)
            slot = np.arange(len(bits))
            by_length = self._sums.setdefault(order, {})
            for length in lengths:
                ones = np.bincount(slot % length, weights=bits, minlength=length)
                count = np.bincount(slot % length, minlength=length)
                if length in by_length:
                    ones, count = ones + by_length[length][0], count + by_length[length][1]
                by_length[length] = (ones, count)
        self.frames += 1

    def bits(self, length: int, order: str = BGR) -> np.ndarray:
        """The voted message bits (uint8); a bit no block carried reads 0."""
        ones, count = self._sums.get(order, {}).get(length, (np.zeros(length), np.zeros(length)))
        average = np.divide(ones, count, out=np.zeros(length), where=count > 0)
        return (average > _ONE_ABOVE).astype(np.uint8)

    def covers(self, length: int) -> bool:
        """True when every message bit of `length` got at least one block."""
        sums = self._sums.get(BGR, {}).get(length)
        return sums is not None and bool(np.all(sums[1] > 0))

    def readings(self, marks: tuple[KnownMark, ...] = KNOWN_MARKS) -> tuple[WatermarkReading, ...]:
        """One reading per known mark, from the channel order that matches it best."""
        readings = []
        for mark in marks:
            wanted = np.array(mark.bits)
            matched, order = max(
                ((int(np.sum(self.bits(mark.length, order) == wanted)), order) for order in CHANNEL_ORDERS),
                key=lambda pair: pair[0],
            )
            readings.append(_reading(mark, matched, order, self.covers(mark.length)))
        return tuple(readings)

    def finding(self, read: tuple[int, ...], unreadable: tuple[int, ...]) -> WatermarkFinding:
        """What the vote found, over the frames `read` (and those that could not be decoded)."""
        readings = self.readings()
        return WatermarkFinding(readings, read, unreadable, _summary(readings, len(read)))


def strength_of(matched: int, total: int) -> str:
    """Stability's thresholds for 48 bits, scaled to the message length."""
    if matched * _OF <= _UNMARKED_AT_MOST * total:
        return NOT_FOUND
    if matched * _OF > _MARKED_ABOVE * total:
        return VERY_LIKELY
    return INCONCLUSIVE


def _reading(mark: KnownMark, matched: int, order: str, covered: bool) -> WatermarkReading:
    total = mark.length
    strength = strength_of(matched, total) if covered else NOT_FOUND
    if not covered:
        words = QT_TRANSLATE_NOOP(
            "Provenance", "The picture is too small to carry the {total}-bit {mark} message, so it was not read."
        )
    elif strength == VERY_LIKELY and order == RGB:
        words = QT_TRANSLATE_NOOP(
            "Provenance",
            "{matched} of {total} bits match the {mark} watermark (in a picture whose red and blue were swapped "
            "before marking, as older scripts did): the clip very likely carries the {mark} watermark, which "
            "{used_by} embed. {forgeable}",
        )
    elif strength == VERY_LIKELY:
        words = QT_TRANSLATE_NOOP(
            "Provenance",
            "{matched} of {total} bits match the {mark} watermark: the clip very likely carries the {mark} "
            "watermark, which {used_by} embed. {forgeable}",
        )
    elif strength == INCONCLUSIVE and _near_chance(matched, total):
        words = QT_TRANSLATE_NOOP(
            "Provenance",
            "{matched} of {total} bits match the {mark} watermark: about what chance alone gives, so no sign of it "
            "(too many to rule it out on Stability's scale, which calls {unmarked} of 48 or fewer unmarked).",
        )
    elif strength == INCONCLUSIVE:
        words = QT_TRANSLATE_NOOP(
            "Provenance",
            "{matched} of {total} bits match the {mark} watermark: inconclusive; chance alone matches about half, a "
            "damaged mark matches more.",
        )
    else:
        words = QT_TRANSLATE_NOOP(
            "Provenance", "{matched} of {total} bits match the {mark} watermark: no watermark found."
        )
    values = {"matched": matched, "total": total, "mark": mark.name, "used_by": mark.used_by}
    sentence = Said(words, **values, forgeable=FORGEABLE, unmarked=_UNMARKED_AT_MOST)
    return WatermarkReading(mark.name, mark.used_by, matched, total, strength, order, sentence)


def _near_chance(matched: int, total: int) -> bool:
    return matched * _OF <= _CHANCE_AT_MOST * total


def _summary(readings: tuple[WatermarkReading, ...], frames: int) -> str:
    if frames == 0:
        return Said(
            QT_TRANSLATE_NOOP("Provenance", "No frame of the clip could be decoded, so no watermark was looked for.")
        )
    one = frames == 1
    marked = [r for r in readings if r.marked]
    if marked:
        names = " and ".join(r.mark for r in marked)
        words = (
            QT_TRANSLATE_NOOP(
                "Provenance", "Watermark found: the picture very likely carries the {names} watermark. {forgeable}"
            )
            if one
            else QT_TRANSLATE_NOOP(
                "Provenance", "Watermark found: {frames} frames very likely carry the {names} watermark. {forgeable}"
            )
        )
        return Said(words, frames=frames, names=names, forgeable=FORGEABLE)
    if any(r.strength == INCONCLUSIVE and not _near_chance(r.bits_matched, r.bits_total) for r in readings):
        words = (
            QT_TRANSLATE_NOOP(
                "Provenance",
                "Watermark inconclusive: more bits of a known watermark match in the picture than chance gives, too "
                "few to say it is there (a damaged mark reads like this).",
            )
            if one
            else QT_TRANSLATE_NOOP(
                "Provenance",
                "Watermark inconclusive: more bits of a known watermark match in {frames} frames than chance gives, "
                "too few to say it is there (a damaged mark reads like this).",
            )
        )
        return Said(words, frames=frames)
    words = (
        QT_TRANSLATE_NOOP("Provenance", "No known generator watermark found in the picture. {erased}")
        if one
        else QT_TRANSLATE_NOOP("Provenance", "No known generator watermark found in {frames} frames. {erased}")
    )
    return Said(words, frames=frames, erased=ERASED)


def read_picture(bgr: np.ndarray) -> WatermarkFinding:
    """The known watermarks in one BGR uint8 picture."""
    vote = WatermarkVote()
    vote.add(bgr)
    return vote.finding((0,), ())
