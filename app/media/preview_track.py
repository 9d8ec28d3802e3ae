"""The preview track: small pictures spread through the clip, shown while the reviewer drags the playhead, like an
editor's proxy.

With long GOPs the exact frame under a moving playhead costs up to a whole GOP of decoding, so keyframes stood in and
a drag showed one picture per GOP. The track holds a ~320 px JPEG every quarter second of clip, made by one
sequential decode pass in the background; the part made so far can be shown while the rest is made. Every picture
says which frame it stands for: a preview is never taken for that exact frame.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable
from dataclasses import dataclass

import av
import cv2
import numpy as np

from app.media.decoder import ExactDecoder
from app.media.errors import Cancelled, FrameUnavailable
from app.media.index import FrameIndex
from app.media.upright import upright

PER_SECOND = 4
MAX_PICTURES = 2400  # ten minutes at PER_SECOND; a longer clip gets its pictures spread thinner
# A picture takes 5-20 KB. A clip of noise could take 60 KB each: its track stops at this size, and past that point
# keyframes stand in while dragging, as they do where there is no track.
MAX_BYTES = 32 << 20
BOX = (320, 320)  # pictures fit in this, upright; smaller frames keep their size
_QUALITY = 70
_DECODE_BUDGET = 256 << 20  # for the full-size frames the decoder threads hold while the track is made


@dataclass(frozen=True)
class PreviewPicture:
    number: int  # the frame it stands for
    jpeg: bytes

    def bgra(self) -> np.ndarray | None:
        """The picture as a contiguous BGRA array, or None when its bytes do not decode to a picture in the box."""
        image = cv2.imdecode(np.frombuffer(self.jpeg, np.uint8), cv2.IMREAD_COLOR)
        if image is None or image.shape[1] > BOX[0] or image.shape[0] > BOX[1]:
            return None
        return cv2.cvtColor(image, cv2.COLOR_BGR2BGRA)


class PreviewTrack:
    """The pictures made so far, in frame order: one thread adds them while any thread reads."""

    def __init__(self, reach: int) -> None:
        self.reach = reach  # frames: a picture further than this from a frame does not stand for it
        self._numbers: list[int] = []
        self._jpegs: list[bytes] = []
        self._bytes = 0
        self._lock = threading.Lock()

    @classmethod
    def planned_for(cls, planned: np.ndarray) -> PreviewTrack:
        """An empty track for pictures of the `planned` frames: each stands for the frames up to halfway to the
        next."""
        widest = int(np.diff(planned).max()) if len(planned) > 1 else 1
        return cls(reach=max(1, (widest + 1) // 2))

    def __len__(self) -> int:
        return len(self._numbers)

    @property
    def byte_count(self) -> int:
        return self._bytes

    def add(self, number: int, jpeg: bytes) -> bool:
        """Append the picture of frame `number` (after those added before); False, and nothing added, when it
        would take the track past MAX_BYTES or MAX_PICTURES."""
        with self._lock:
            if self._bytes + len(jpeg) > MAX_BYTES or len(self._numbers) >= MAX_PICTURES:
                return False
            self._numbers.append(number)
            self._jpegs.append(jpeg)
            self._bytes += len(jpeg)
            return True

    def nearest(self, n: int) -> PreviewPicture | None:
        """The picture nearest frame n, if one is within reach."""
        with self._lock:
            i = bisect.bisect_left(self._numbers, n)
            near = [j for j in (i - 1, i) if 0 <= j < len(self._numbers)]
            if not near:
                return None
            best = min(near, key=lambda j: abs(self._numbers[j] - n))
            if abs(self._numbers[best] - n) > self.reach:
                return None
            return PreviewPicture(self._numbers[best], self._jpegs[best])

    def pictures(self) -> list[PreviewPicture]:
        with self._lock:
            return [PreviewPicture(n, jpeg) for n, jpeg in zip(self._numbers, self._jpegs, strict=True)]


def planned_frames(index: FrameIndex) -> np.ndarray:
    """The frames to make pictures of, from the first to the last: PER_SECOND per second of clip, at most
    MAX_PICTURES spread evenly."""
    last = index.seconds(index.count - 1)
    count = min(MAX_PICTURES, int(np.ceil(last * PER_SECOND)) + 1)  # the first frame and the last one included
    ticks = int(index.pts[0]) + np.linspace(0, last, count) / float(index.time_base)
    on_screen = np.searchsorted(index.pts, ticks, side="right") - 1  # as index.frame_at, for all at once
    return np.unique(np.clip(on_screen, 0, index.count - 1)).astype(np.int64)


def build_track(
    path: str,
    index: FrameIndex,
    rotation: int,
    track: PreviewTrack,
    planned: np.ndarray,
    on_progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Fill `track` with a picture of each `planned` frame, in one pass of the decoder from start to end: it goes
    on through a GOP and seeks only over frames no picture needs. A damaged part gets no pictures."""
    decoder = ExactDecoder(path, index, _DECODE_BUDGET)
    try:
        for done, n in enumerate(planned, start=1):
            if cancelled is not None and cancelled():
                raise Cancelled()
            try:
                frame = decoder.decode_to(int(n), lambda _n, _frame: None)
            except FrameUnavailable:
                continue
            if not track.add(int(n), _jpeg(frame, rotation)):
                break
            if on_progress is not None:
                on_progress(done / len(planned))
    finally:
        decoder.close()


def _jpeg(frame: av.VideoFrame, rotation: int) -> bytes:
    upright_w, upright_h = (frame.height, frame.width) if rotation % 180 else (frame.width, frame.height)
    scale = min(1.0, BOX[0] / max(1, upright_w), BOX[1] / max(1, upright_h))
    width, height = max(2, round(upright_w * scale)), max(2, round(upright_h * scale))
    stored_w, stored_h = (height, width) if rotation % 180 else (width, height)
    image = frame.reformat(width=stored_w, height=stored_h, format="bgr24", interpolation="AREA").to_ndarray()
    ok, encoded = cv2.imencode(
        ".jpg", np.ascontiguousarray(upright(image, rotation)), [cv2.IMWRITE_JPEG_QUALITY, _QUALITY]
    )
    if not ok:
        raise ValueError("OpenCV could not encode a preview picture")
    return encoded.tobytes()
