"""The sound facts: codec, rate, channels, bitrate, and the effective bandwidth with its hint, on noise made at
16 kHz and upsampled (as many text-to-speech voices are) against full-band noise."""

from __future__ import annotations

import numpy as np
import pytest

from app.media.audio import open_sound
from app.media.sound_facts import effective_bandwidth, sound_facts, threshold_words
from app.media.spectrogram import FLOOR_DB, measure_spectrogram
from tests import sound_clips


@pytest.fixture(scope="session")
def noise_sounds(clip_dir):
    return sound_clips.noise_sounds(clip_dir)


def _facts(path):
    with open_sound(path) as track:
        return sound_facts(track.facts, measure_spectrogram(track))


def test_upsampled_noise_has_a_low_bandwidth_and_the_hint_says_what_else_does_that(noise_sounds):
    facts = _facts(noise_sounds["ceiling"])
    assert 8000 <= facts.bandwidth_hz < 12000
    assert "text-to-speech" in facts.hint and "upsampled" in facts.hint
    for failure_mode in ("AAC", "MP3", "phone", "old footage", "not a verdict"):
        assert failure_mode in facts.hint
    assert "\n" not in facts.hint


def test_full_band_noise_reaches_the_top_and_gets_no_hint(noise_sounds):
    facts = _facts(noise_sounds["full"])
    assert facts.bandwidth_hz > 20000 and facts.hint == ""
    rows = dict(facts.rows())
    assert rows["Sound codec"] == "aac" and rows["Sample rate"] == "48.0 kHz" and rows["Channels"] == "1"
    assert rows["Sound bitrate"].endswith("kbit/s") and rows["Sound bitrate"] != "0 kbit/s"
    assert rows["Bandwidth"].startswith(("20.", "21.", "22.", "23.", "24.")) and threshold_words() in rows["Bandwidth"]


def test_a_sound_stored_at_16_khz_is_said_to_hold_nothing_above_8(tmp_path):
    noise = np.random.default_rng(3).integers(-8000, 8000, 16000, dtype=np.int16)
    facts = _facts(sound_clips.wav_file(tmp_path / "语音.wav", noise.tobytes(), rate=16000))
    assert facts.bitrate > 0 and facts.sample_rate == 16000
    assert "stored at 16.0 kHz" in facts.hint and "nothing above 8.0 kHz" in facts.hint


def test_silence_has_no_bandwidth(tmp_path):
    facts = _facts(sound_clips.wav_file(tmp_path / "silence.wav", bytes(2 * 48000)))
    assert facts.bandwidth_hz is None and facts.hint == ""
    assert dict(facts.rows())["Bandwidth"] == "none: the sound is silent"
    frequencies = np.linspace(0, 24000, 513)
    assert effective_bandwidth(frequencies, np.full(513, FLOOR_DB, np.float32)) is None
