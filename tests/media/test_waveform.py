"""The waveform's peaks: measured in one pass from real decoded sound, bounded in size, kept on disk by SHA-256,
and a kept file that is not ours is ignored and made again; hostile files are refused in words."""

from __future__ import annotations

import numpy as np
import pytest

from app.media import waveform as waveform_module
from app.media.audio import open_sound
from app.media.errors import Cancelled, MediaError
from app.media.hashing import sha256_file
from app.media.sound_cache import cache_path, load_arrays
from app.media.synth_sound import FLASH_CLIP, FLASH_FRAMES
from app.media.waveform import measure_waveform, waveform_of
from tests import sound_clips
from tests.sound_clips import absurd_channels_wav, truncated_copy


@pytest.fixture(scope="session")
def flash_clips(clip_dir):
    return sound_clips.flash_clips(clip_dir)


def _loud_buckets(peaks: np.ndarray) -> list[int]:
    loud = np.flatnonzero(np.abs(peaks.astype(int)).max(axis=1) > 40)
    return [int(b) for i, b in enumerate(loud) if i == 0 or b - loud[i - 1] > 5]  # the first bucket of each click


def test_the_peaks_show_each_click_where_it_is_and_the_hiss_between(flash_clips):
    progress: list[float] = []
    with open_sound(flash_clips[0.12]) as track:
        waveform = measure_waveform(track, on_progress=progress.append)
    assert waveform.peaks.dtype == np.int8 and waveform.peaks.shape[1] == 2
    assert waveform.per_second == 100
    assert waveform.duration == pytest.approx(FLASH_CLIP.frames / FLASH_CLIP.fps, abs=0.03)
    clicks = [round((n / FLASH_CLIP.fps + 0.12) * 100) for n in FLASH_FRAMES]
    assert _loud_buckets(waveform.peaks) == pytest.approx(clicks, abs=1)
    quiet = np.delete(waveform.peaks, [c + d for c in clicks for d in range(-2, 4)], axis=0)
    assert np.abs(quiet.astype(int)).max() <= 4  # the hiss at -50 dBFS is a 127th or two of full scale
    assert (waveform.peaks[:, 0] <= waveform.peaks[:, 1]).all()
    assert progress == sorted(progress) and progress[-1] == pytest.approx(1.0, abs=0.01)


def test_a_longer_file_than_the_budget_gets_coarser_buckets_never_more(flash_clips, monkeypatch):
    monkeypatch.setattr(waveform_module, "MAX_BUCKETS", 100)
    with open_sound(flash_clips[0.0]) as track:
        waveform = measure_waveform(track)
    assert len(waveform.peaks) <= 100
    assert waveform.per_second < 20 and waveform.duration == pytest.approx(6.0, abs=0.2)
    assert np.abs(waveform.peaks.astype(int)).max() > 60  # the clicks are still there, in coarser buckets


def test_kept_by_sha256_and_read_back_without_decoding(flash_clips, tmp_path):
    clip = tmp_path / "长城的历史.mp4"  # a Chinese name: the cache is named by content, not by name
    clip.write_bytes(flash_clips[0.0].read_bytes())
    sha = sha256_file(clip)
    made = waveform_of(clip, sha, folder=tmp_path / "cache")
    kept = cache_path(tmp_path / "cache", sha, "waveform")
    assert kept.is_file() and kept.parent.name == sha[:2]
    clip.unlink()  # read back, the clip is not needed any more
    again = waveform_of(clip, sha, folder=tmp_path / "cache")
    assert np.array_equal(again.peaks, made.peaks) and again.per_second == made.per_second


def _foreign(path, tag: str, peaks: np.ndarray) -> None:
    """A well-formed cache file that is not the waveform waveform_of would write."""
    with open(path, "wb") as file:
        np.savez(file, format=np.array(tag), peaks=peaks, per_second=np.float64(100))


@pytest.mark.parametrize("tampering", ["garbage", "truncated", "other_kind", "wrong_dtype", "pickled"])
def test_a_tampered_or_foreign_cache_file_is_ignored_and_made_again(flash_clips, tmp_path, tampering):
    folder, clip = tmp_path / "cache", flash_clips[0.0]
    sha = "ab" + "0" * 62
    made = waveform_of(clip, sha, folder=folder)
    kept = cache_path(folder, sha, "waveform")
    silent = np.zeros_like(made.peaks)
    if tampering == "garbage":
        kept.write_bytes(b"\x1b[2J not a cache file at all")
    elif tampering == "truncated":
        kept.write_bytes(kept.read_bytes()[:300])
    elif tampering == "other_kind":
        _foreign(kept, "reelcheck-sound-1/spectrogram", silent)
    elif tampering == "wrong_dtype":
        _foreign(kept, "reelcheck-sound-1/waveform", silent.astype(np.float64))
    else:
        with open(kept, "wb") as file:
            np.save(file, np.array([{"peaks": silent}], dtype=object), allow_pickle=True)
    again = waveform_of(clip, sha, folder=folder)
    assert again.peaks.dtype == np.int8 and np.array_equal(again.peaks, made.peaks)
    rewritten = load_arrays(folder, sha, "waveform")
    assert rewritten is not None and np.array_equal(rewritten["peaks"], made.peaks)


def test_a_sha256_that_is_not_one_never_becomes_a_path(flash_clips, tmp_path):
    for bad in ("../../../etc/passwd", "/home/someone/x", "AB" * 32, "ab" * 31, 12):
        with pytest.raises(ValueError, match="not a SHA-256"):
            waveform_of(flash_clips[0.0], bad, folder=tmp_path / "cache")
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").rglob("*.npz"))


def test_cancelled_while_measuring(flash_clips):
    with open_sound(flash_clips[0.0]) as track, pytest.raises(Cancelled):
        measure_waveform(track, cancelled=lambda: True)


def test_hostile_files_are_refused_in_one_line(flash_clips, not_a_file, tmp_path):
    cases = {
        not_a_file("fifo"): "named pipe",
        not_a_file("device"): "device",
        absurd_channels_wav(tmp_path / "absurd.wav"): "impossible number of channels",
        truncated_copy(flash_clips[0.0], tmp_path / "\x1b[2J\x1b]0;forged\x07cut.mp4"): "cannot be read",
    }
    for path, words in cases.items():
        with pytest.raises(MediaError, match=words) as refused:
            waveform_of(path, "cd" + "1" * 62, folder=tmp_path / "cache")
        assert "\n" not in str(refused.value) and "\x1b" not in str(refused.value)
