"""The sound device side of playback: a QAudioSink fed from a SoundFeed, and the clock of what is heard.

One sink serves every clip (all sound is resampled to one format) and stays open between runs: on PulseAudio a
newly opened stream takes a second or more before it plays anything, while one that ran dry starts again at once.
So the sink opens (with a moment of silence to start it) when a clip with sound opens, and a pause only stops
feeding it (what is in its buffer, under a tenth of a second, plays out). Space pressed while the device is still
starting holds the picture until the sound comes, up to STARTING_PATIENCE. The feed is pumped on the GUI thread
every few milliseconds; a buffer of 80 ms rides out a paint or two.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices, QtAudio

from app.i18n import translate
from app.media.audio import PLAYBACK_RATE
from app.media.sound_clock import PATIENCE, HeardClock
from app.media.sound_feed import BYTES_PER_SECOND, CHANNELS, FRAME_BYTES, SoundFeed
from app.text.shown import one_line

SINK_BUFFER_SECONDS = 0.08
PUMP_MS = 5
# A device's count of bytes played may stop a little short of all it was given: that much short, the sound ended.
END_SLACK = round(0.02 * PLAYBACK_RATE) * FRAME_BYTES
STARTING_PATIENCE = 3.0  # seconds; a newly opened PulseAudio stream starts in 1-2 s
NO_DEVICE = QT_TRANSLATE_NOOP("Sound", "No sound device: the picture plays on its own clock.")
STALLED = QT_TRANSLATE_NOOP("Sound", "The sound device stopped taking sound: the picture plays on without it.")


class SoundOutput(QObject):
    failed = Signal(str)  # one line: the sound of this run could not be played

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.silent_reason = ""  # why there is no sound at all, once opening the device was tried
        self._sink: QAudioSink | None = None
        self._device = None  # the QIODevice the sink takes bytes through
        self._written = 0  # bytes written to the sink since it opened
        self._pending = b""  # bytes taken from the feed that the sink did not take yet
        self._feed: SoundFeed | None = None
        self._clock: HeardClock | None = None
        self._volume, self._muted = 1.0, False
        self._pump = QTimer(self)
        self._pump.setTimerType(Qt.TimerType.PreciseTimer)
        self._pump.setInterval(PUMP_MS)
        self._pump.timeout.connect(self._feed_sink)
        # A device plugged in or out (headphones, a restarted sound server): the next run opens the default again.
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._outputs_changed)

    # --- the device -----------------------------------------------------------------------------------------
    def open_device(self) -> bool:
        """Open the default output (once); False, with `silent_reason` said, when there is none to play on."""
        if self._sink is not None:
            return True
        if self.silent_reason:
            return False
        device = QMediaDevices.defaultAudioOutput()
        sound_format = QAudioFormat()
        sound_format.setSampleRate(PLAYBACK_RATE)
        sound_format.setChannelCount(CHANNELS)
        sound_format.setSampleFormat(QAudioFormat.SampleFormat.Float)
        if device.isNull():
            self.silent_reason = translate("Sound", NO_DEVICE)
            return False
        name = one_line(device.description())  # the system's words, shown as they are
        if not device.isFormatSupported(sound_format):
            self.silent_reason = translate("Sound", "The sound device ({device}) cannot play 48 kHz stereo.").format(
                device=name
            )
            return False
        sink = QAudioSink(device, sound_format, self)
        sink.setBufferSize(round(SINK_BUFFER_SECONDS * PLAYBACK_RATE) * FRAME_BYTES)
        stream = sink.start()
        if stream is None or sink.error() not in (QtAudio.Error.NoError, QtAudio.Error.UnderrunError):
            self.silent_reason = translate("Sound", "The sound device ({device}) could not be opened.").format(
                device=name
            )
            sink.deleteLater()
            return False
        self._sink, self._device = sink, stream
        self._written = stream.write(bytes(round(0.02 * PLAYBACK_RATE) * FRAME_BYTES))  # starts the stream
        self._apply_volume()
        return True

    @property
    def live(self) -> bool:
        """The device has started playing what it is given."""
        return self._sink is not None and self._sink.processedUSecs() > 0

    def close(self) -> None:
        self.stop()
        if self._sink is not None:
            self._sink.stop()
            self._sink.deleteLater()
            self._sink = self._device = None

    # --- a run ----------------------------------------------------------------------------------------------
    def play(self, path: Path, origin: float | None, start: float, end: float | None = None) -> bool:
        """Play the sound of clip seconds `start` to `end`; False (nothing plays) when there is no device."""
        self.stop()
        if not self.open_device():
            return False
        self._feed = SoundFeed(path, origin, start, end)
        # Bytes written before this run (a pause leaves a few) are played first: the run's sound starts after them.
        first_byte = self._written + len(self._pending)
        patience = PATIENCE if self.live else STARTING_PATIENCE
        self._clock = HeardClock(start, first_byte, BYTES_PER_SECOND, time.perf_counter(), patience)
        self._pump.start()
        return True

    def stop(self) -> None:
        self._pump.stop()
        if self._feed is not None:
            self._feed.close()
        self._feed = self._clock = None
        self._pending = b""

    @property
    def playing(self) -> bool:
        return self._feed is not None

    @property
    def run_start(self) -> float | None:
        """The clip second the sound playing now started from."""
        return self._feed.start if self._feed is not None else None

    def heard(self) -> float | None:
        """Clip seconds being heard now; None when the sound does not lead the picture (see HeardClock)."""
        if self._clock is None or self._sink is None:
            return None
        played = self._played_bytes()
        ended = self._feed is None or (
            self._feed.exhausted and not self._pending and played >= self._written - END_SLACK
        )
        return self._clock.reading(played, ended, time.perf_counter())

    def device_seconds(self) -> float | None:
        """Clip seconds of this run from the device's count of bytes played alone (for measuring the sync)."""
        if self._clock is None or self._sink is None:
            return None
        return self._clock.device_seconds(self._played_bytes())

    def _played_bytes(self) -> int:
        played = round(self._sink.processedUSecs() * BYTES_PER_SECOND / 1_000_000)
        return played - played % FRAME_BYTES

    def _feed_sink(self) -> None:
        feed, sink = self._feed, self._sink
        if feed is None or sink is None:
            return
        if feed.error or (self._clock is not None and self._clock.lost):
            reason = feed.error or translate("Sound", STALLED)
            if feed.error:
                self.stop()
            else:  # the device stopped taking sound: opened afresh at the next run, not left stalled for good
                self.close()
            self.failed.emit(reason)
            return
        room = sink.bytesFree() - len(self._pending)
        if room > 0:
            self._pending += feed.take(room)
        if self._pending:
            taken = max(0, self._device.write(self._pending))
            self._written += taken
            self._pending = self._pending[taken:]

    def _outputs_changed(self) -> None:
        if self.playing:
            return  # the run goes on on the device it has; the next one takes the new default
        self.close()
        self.silent_reason = ""

    # --- loudness -------------------------------------------------------------------------------------------
    @property
    def volume(self) -> float:
        return self._volume

    @property
    def muted(self) -> bool:
        return self._muted

    def set_volume(self, volume: float) -> None:
        """0 to 1, as the reviewer hears it (a logarithmic scale turned into the sink's linear gain)."""
        self._volume = min(1.0, max(0.0, volume))
        self._apply_volume()

    def set_muted(self, muted: bool) -> None:
        # Muted sound still plays silently and leads: the picture keeps the same clock.
        self._muted = muted
        self._apply_volume()

    def _apply_volume(self) -> None:
        if self._sink is not None:
            gain = QtAudio.convertVolume(
                self._volume, QtAudio.VolumeScale.LogarithmicVolumeScale, QtAudio.VolumeScale.LinearVolumeScale
            )
            self._sink.setVolume(0.0 if self._muted else gain)
