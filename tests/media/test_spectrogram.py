"""The spectrogram: real decoded noise with and without a ceiling, its axes, its size bound on long sound, and its
cache (shared with the waveform's rules, tested there in full)."""

from __future__ import annotations

import numpy as np
import pytest

from app.media import spectrogram as spectrogram_module
from app.media.audio import open_sound
from app.media.errors import Cancelled, MediaError
from app.media.sound_cache import cache_path
from app.media.spectrogram import FLOOR_DB, MIN_HOP, WINDOW, measure_spectrogram, spectrogram_of
from tests import sound_clips


@pytest.fixture(scope="session")
def noise_sounds(clip_dir):
    return sound_clips.noise_sounds(clip_dir)


def _level(db: float) -> int:
    return round((db - FLOOR_DB) * 255 / -FLOOR_DB)


def test_noise_with_a_ceiling_is_dark_above_it_and_full_noise_is_not(noise_sounds):
    with open_sound(noise_sounds["ceiling"]) as track:
        ceiling = measure_spectrogram(track)
    with open_sound(noise_sounds["full"]) as track:
        full = measure_spectrogram(track)
    rows = ceiling.frequencies
    middle = slice(10, -10)  # away from the encoder's first and last frames
    assert np.median(ceiling.image[rows < 7000, middle]) > _level(-45)
    assert np.median(ceiling.image[rows > 12000, middle]) < _level(-85)
    assert np.median(full.image[rows > 12000, middle]) > _level(-45)
    assert ceiling.mean_db[rows > 14000].max() < ceiling.mean_db[rows < 7000].min() - 50


def test_the_axes_say_where_each_column_and_row_lies(noise_sounds):
    with open_sound(noise_sounds["full"]) as track:
        spectrogram = measure_spectrogram(track)
        duration = track.duration
    assert spectrogram.image.dtype == np.uint8 and spectrogram.image.shape[0] == WINDOW // 2 + 1
    assert spectrogram.frequencies[0] == 0 and spectrogram.frequencies[-1] == 24000
    steps = np.diff(spectrogram.times)
    assert np.allclose(steps, MIN_HOP / 48000) and spectrogram.times[0] == pytest.approx(WINDOW / 2 / 48000)
    assert spectrogram.times[-1] == pytest.approx(duration, abs=WINDOW / 48000)


@pytest.mark.parametrize("stated", ["true", "lying"])
def test_a_long_sound_makes_a_picture_no_larger_than_the_bound(noise_sounds, monkeypatch, stated):
    monkeypatch.setattr(spectrogram_module, "MAX_COLUMNS", 40)
    with open_sound(noise_sounds["full"]) as track:
        if stated == "lying":
            track.duration = 0.1  # as a header that claims a tenth of a second for 2 s of sound
        spectrogram = measure_spectrogram(track)
    columns = spectrogram.image.shape[1]
    assert 20 <= columns <= 40
    steps = np.diff(spectrogram.times)
    assert np.allclose(steps, steps[0]) and steps[0] >= 2.0 / 40 * 0.99  # evenly spread over the whole sound
    assert spectrogram.times[-1] > 1.8


def test_kept_by_sha256_and_a_foreign_file_is_made_again(noise_sounds, tmp_path):
    sha = "5e" * 32
    made = spectrogram_of(noise_sounds["ceiling"], sha, folder=tmp_path)
    again = spectrogram_of(tmp_path / "no longer here.m4a", sha, folder=tmp_path)
    assert np.array_equal(again.image, made.image) and np.array_equal(again.times, made.times)
    kept = cache_path(tmp_path, sha, "spectrogram")
    with open(kept, "wb") as file:  # the right arrays with a frequency axis no sound can have
        np.savez(
            file,
            format=np.array("reelcheck-sound-1/spectrogram"),
            image=made.image,
            times=made.times,
            frequencies=made.frequencies * 1e6,
            mean_db=made.mean_db,
        )
    assert np.array_equal(spectrogram_of(noise_sounds["ceiling"], sha, folder=tmp_path).frequencies, made.frequencies)


def test_cancelled_and_refused(noise_sounds, not_a_file):
    with open_sound(noise_sounds["full"]) as track, pytest.raises(Cancelled):
        measure_spectrogram(track, cancelled=lambda: True)
    with pytest.raises(MediaError, match="named pipe"):
        spectrogram_of(not_a_file("fifo"), "ef" * 32)
