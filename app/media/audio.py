"""A clip's sound as PCM: decoded by PyAV, resampled to the rate and layout asked for, on the clip's own clock.

Times are "clip seconds", the clock the picture uses (seconds from the first video frame; app.media.index), so a
sample and a frame at the same clip second were meant to be heard and seen together. For a file with no picture,
clip second 0 is the start of its sound.

Sound is decoded a block at a time and never held whole: a 10-hour file of silence is as cheap to open as a
10-second one, and each caller decides how much of it to keep.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from app.files.regular import NotAFile, open_regular
from app.i18n import translate
from app.media.budget import open_container
from app.media.errors import Cancelled, MediaError
from app.media.facts import AudioFacts, _audio_facts

PLAYBACK_RATE = 48_000
_GAP_PAST_END = 10.0  # seconds: a frame stamped further past the stated end is a broken stream, not more sound
MAX_CHANNELS = 8  # more than 7.1 is not a clip's sound; a file that claims 255 channels is refused, not decoded


class NoSound(MediaError):
    """The file has no sound to play (said in words: 'This clip has no sound.')."""


@dataclass(frozen=True)
class PcmBlock:
    start: float  # clip seconds of the first sample
    samples: np.ndarray  # samples x channels, float32 in -1..1 or int16, as asked

    @property
    def end(self) -> float:
        return self.start + len(self.samples) / self.rate if self.rate else self.start

    rate: int = PLAYBACK_RATE


class SoundTrack:
    """The first sound stream of a file, opened for decoding from any clip second."""

    def __init__(self, path: Path, origin: float | None = None) -> None:
        """`origin`: the container time (seconds) of clip second 0, i.e. the first video frame's time; None for
        a file with no picture, where the sound's own start is clip second 0."""
        self.path = Path(path)
        _check_file(self.path)
        try:
            self._container = open_container(self.path)
        except (av.FFmpegError, OSError) as error:
            raise MediaError(
                translate("Media", "Its sound cannot be read: {reason}").format(reason=_said(error))
            ) from None
        if not self._container.streams.audio:
            self._container.close()
            raise NoSound(translate("Media", "This clip has no sound."))
        self._stream = self._container.streams.audio[0]
        context = self._stream.codec_context
        if not context or not context.sample_rate or not 0 < context.channels <= MAX_CHANNELS:
            self._container.close()
            raise MediaError(
                translate("Media", "Its sound stream declares no sample rate or an impossible number of channels.")
            )
        self.facts: AudioFacts = _audio_facts(self._stream)
        base = self._stream.time_base or Fraction(1, context.sample_rate)
        own_start = float(self._stream.start_time * base) if self._stream.start_time is not None else 0.0
        self.origin = own_start if origin is None else origin
        self._base = base
        self.duration = self._duration()

    def close(self) -> None:
        self._container.close()

    def __enter__(self) -> SoundTrack:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _duration(self) -> float:
        """Seconds of sound from clip second 0 (0.0 when the file does not say)."""
        stream, container = self._stream, self._container
        if stream.duration is not None:
            start = float(stream.start_time * self._base) if stream.start_time is not None else self.origin
            return max(0.0, start + float(stream.duration * self._base) - self.origin)
        if container.duration is not None:
            return max(0.0, container.duration / av.time_base - max(self.origin, 0.0))
        return 0.0

    def blocks(
        self,
        start: float = 0.0,
        rate: int = PLAYBACK_RATE,
        channels: int = 2,
        sample_format: str = "flt",
        end: float | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Iterator[PcmBlock]:
        """Decoded sound from clip second `start` (to `end` or the file's end), resampled to `rate` Hz and
        `channels` (1 or 2) as interleaved 'flt' (float32) or 's16' (int16). The first block starts exactly at
        `start` (samples before it are cut; silence fills a gap before the sound's own start). Raises Cancelled
        when `cancelled()` turns true, MediaError when the stream cannot be decoded."""
        layout = "mono" if channels == 1 else "stereo"
        resampler = av.AudioResampler(format=sample_format, layout=layout, rate=rate)
        start = max(0.0, start)
        next_sample = round(start * rate)  # the clip-second sample the next block must begin with
        last_sample = None if end is None else round(end * rate)
        try:
            self._seek(start)
            for packet in self._container.demux(self._stream):
                if cancelled is not None and cancelled():
                    raise Cancelled()
                for decoded in packet.decode():
                    for frame in resampler.resample(decoded):
                        for block in self._aligned(frame, rate, next_sample, last_sample):
                            next_sample = round(block.start * rate) + len(block.samples)
                            yield block
                        if last_sample is not None and next_sample >= last_sample:
                            return
        except av.FFmpegError as error:
            raise MediaError(
                translate("Media", "Its sound cannot be decoded: {reason}").format(reason=_said(error))
            ) from None

    def _seek(self, start: float) -> None:
        target = self.origin + start
        # Seek a little early: an audio packet decodes to samples from before its own timestamp (priming).
        ticks = int(max(0.0, target - 0.5) / self._base)
        self._container.seek(ticks, stream=self._stream, backward=True, any_frame=False)

    def _aligned(
        self, frame: av.AudioFrame, rate: int, next_sample: int, last_sample: int | None
    ) -> Iterator[PcmBlock]:
        """The frame's samples placed on the clip clock from next_sample on: silence first where the sound has a
        gap (a second at a time: a forged jump of hours is never one block), then what of the frame is not earlier.
        Nothing once a jump lands past the sound's stated end: the stream is broken there."""
        data = frame.to_ndarray()  # packed formats: 1 x (samples * channels)
        channels = len(frame.layout.channels)
        samples = data.reshape(-1, channels)
        if frame.pts is None or frame.time_base is None:
            first = next_sample  # no clock on this frame: it follows the one before
        else:
            first = round((float(frame.pts * frame.time_base) - self.origin) * rate)
        if self.duration and first > (self.duration + _GAP_PAST_END) * rate:
            return
        while first > next_sample:  # a gap (or the sound starting after the picture): sample k stays second k/rate
            count = min(first - next_sample, rate)
            if last_sample is not None:
                count = min(count, last_sample - next_sample)
                if count <= 0:
                    return
            yield PcmBlock(next_sample / rate, np.zeros((count, channels), dtype=samples.dtype), rate)
            next_sample += count
        samples = samples[next_sample - first :]
        if last_sample is not None:
            samples = samples[: max(0, last_sample - next_sample)]
        if len(samples):
            yield PcmBlock(next_sample / rate, np.ascontiguousarray(samples), rate)


def open_sound(path: Path | str, origin: float | None = None) -> SoundTrack:
    """The file's first sound stream; raises NoSound when it has none, MediaError when it cannot be read."""
    return SoundTrack(Path(path), origin)


def _check_file(path: Path) -> None:
    try:
        open_regular(path).close()
    except NotAFile as error:
        raise MediaError(translate("Media", "it {reason}.").format(reason=error.reason)) from None


def _said(error: Exception) -> str:
    return str(getattr(error, "strerror", None) or error).splitlines()[0][:200]
