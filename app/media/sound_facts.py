"""The sound facts a reviewer reads: how the file stores its sound, and how high its sound really reaches.

The effective bandwidth is the highest frequency with energy in the average spectrum. Many text-to-speech voices
are generated at 16-24 kHz and upsampled to 44.1 or 48 kHz, which leaves nothing above 8-12 kHz in a file that
could hold twice that; the reviewer is told so as a hint, with what else does the same (low-bitrate AAC and MP3
drop high frequencies, phone calls stop at 3.4 or 7 kHz, old footage and cheap microphones roll off early). It is
never a verdict.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from analyzers.translatable import QT_TRANSLATE_NOOP
from app.i18n import translate
from app.media.facts import AudioFacts
from app.media.spectrogram import FLOOR_DB, Spectrogram

BELOW_LOUDEST_DB = 50.0  # "energy": within this many dB of the average spectrum's loudest part
LOW_BANDWIDTH_HZ = 12_000.0
_SMOOTHING_HZ = 500.0  # a lone quiet or loud row does not move the edge
_THRESHOLD = QT_TRANSLATE_NOOP(
    "Sound facts", "the highest frequency whose average level is within {db:.0f} dB of the loudest"
)
_LOW_HINT = QT_TRANSLATE_NOOP(
    "Sound facts",
    "Nothing above {bandwidth} although the file could hold up to {nyquist}. Many text-to-speech voices are made at "
    "16-24 kHz and upsampled, which leaves exactly this; but low-bitrate AAC or MP3, phone recordings and old footage "
    "cut the high frequencies too. A hint, not a verdict.",
)
_LOW_RATE_HINT = QT_TRANSLATE_NOOP(
    "Sound facts",
    "The sound is stored at {rate}, so nothing above {nyquist} can be in it: common for speech, phone recordings "
    "and text-to-speech alike. A hint, not a verdict.",
)


@dataclass(frozen=True)
class SoundFacts:
    codec: str
    sample_rate: int
    channels: int
    bitrate: int  # bits a second, 0 when the file does not say
    bandwidth_hz: float | None  # None: the sound is silent
    hint: str  # "" when there is nothing to say

    def rows(self) -> list[tuple[str, str]]:
        """(label, value) for a facts panel, in the reviewer's words."""
        if self.bandwidth_hz is None:
            bandwidth = translate("Sound facts", "none: the sound is silent")
        else:
            bandwidth = translate("Sound facts", "{bandwidth} ({threshold})").format(
                bandwidth=_khz(self.bandwidth_hz), threshold=threshold_words()
            )
        if self.bitrate:
            bitrate = translate("Sound facts", "{kbits:.0f} kbit/s").format(kbits=self.bitrate / 1000)
        else:
            bitrate = translate("Sound facts", "not stated")
        return [
            (translate("Sound facts", "Sound codec"), self.codec),
            (translate("Sound facts", "Sample rate"), _khz(self.sample_rate)),
            (translate("Sound facts", "Channels"), str(self.channels)),
            (translate("Sound facts", "Sound bitrate"), bitrate),
            (translate("Sound facts", "Bandwidth"), bandwidth),
        ]


def threshold_words() -> str:
    """How the bandwidth is read, in the reviewer's language."""
    return translate("Sound facts", _THRESHOLD).format(db=BELOW_LOUDEST_DB)


def sound_facts(facts: AudioFacts, spectrogram: Spectrogram) -> SoundFacts:
    """The facts of a sound stream, with the bandwidth read from its spectrogram's average spectrum."""
    bandwidth = effective_bandwidth(spectrogram.frequencies, spectrogram.mean_db)
    return SoundFacts(
        codec=facts.codec,
        sample_rate=facts.sample_rate,
        channels=facts.channels,
        bitrate=facts.bitrate,
        bandwidth_hz=bandwidth,
        hint=_hint(bandwidth, spectrogram.frequencies[-1], facts.sample_rate),
    )


def effective_bandwidth(frequencies: np.ndarray, mean_db: np.ndarray) -> float | None:
    """The highest frequency (Hz) whose smoothed average level is within BELOW_LOUDEST_DB of the loudest; None when
    the spectrum is at the floor everywhere (silence)."""
    if not len(mean_db) or mean_db.max() <= FLOOR_DB + 1:
        return None
    step = float(frequencies[1] - frequencies[0]) if len(frequencies) > 1 else 1.0
    width = max(1, round(_SMOOTHING_HZ / step)) | 1
    padded = np.pad(mean_db, width // 2, mode="edge")
    smoothed = np.median(np.lib.stride_tricks.sliding_window_view(padded, width), axis=1)
    loud = np.flatnonzero(smoothed >= smoothed.max() - BELOW_LOUDEST_DB)
    return float(frequencies[loud[-1]])


def _hint(bandwidth: float | None, nyquist: float, sample_rate: int) -> str:
    if bandwidth is None:
        return ""
    if nyquist <= LOW_BANDWIDTH_HZ:
        return translate("Sound facts", _LOW_RATE_HINT).format(rate=_khz(sample_rate), nyquist=_khz(nyquist))
    if bandwidth < LOW_BANDWIDTH_HZ and bandwidth < 0.8 * nyquist:
        return translate("Sound facts", _LOW_HINT).format(bandwidth=_khz(bandwidth), nyquist=_khz(nyquist))
    return ""


def _khz(hz: float) -> str:
    return f"{hz / 1000:.1f} kHz"
