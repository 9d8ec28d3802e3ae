"""The A/V offset check on clips made with a known offset (flashes in the picture, clicks in the sound), on a clip
without sharp events, and on files it cannot measure."""

from __future__ import annotations

import numpy as np
import pytest

from app.media.audio import NoSound
from app.media.av_offset import match_events, measure_av_offset
from app.media.errors import Cancelled, MediaError
from app.media.synth import ClipRecipe, write_clip
from app.media.synth_sound import FLASH_FRAMES
from tests import sound_clips


@pytest.fixture(scope="session")
def flash_clips(clip_dir):
    return sound_clips.flash_clips(clip_dir)


@pytest.mark.parametrize("offset", sound_clips.OFFSETS)
def test_the_offset_made_into_the_clip_is_measured(flash_clips, offset):
    progress: list[float] = []
    found = measure_av_offset(flash_clips[offset], on_progress=progress.append)
    assert found.offset_ms == pytest.approx(offset * 1000, abs=5)
    assert found.supporting == found.picture_events == found.sound_events == len(FLASH_FRAMES)
    expected = {
        0.0: "are in sync",
        0.12: "ms after the picture (sound late)",
        -0.2: "ms before the picture (sound early)",
    }
    assert (
        expected[offset] in found.words
        and f"{abs(found.offset_ms):.0f} ms" in found.words
        and f"from {len(FLASH_FRAMES)} of {len(FLASH_FRAMES)}" in found.words
    )
    assert progress == sorted(progress) and progress[0] >= 0 and progress[-1] == pytest.approx(1.0, abs=0.05)


def test_a_clip_without_sharp_events_is_said_to_have_none(clip_dir):
    steady = sound_clips.steady_clip(clip_dir)
    found = measure_av_offset(steady)
    assert found.offset_ms is None and found.supporting == 0
    assert found.words == "No offset measured: the clip has no sharp events (flashes, cuts, claps, clicks) to line up."


def test_events_in_one_only_or_that_do_not_line_up_are_said_so():
    flashes = np.array([0.5, 1.2, 2.9, 4.4])
    assert "the sound has no sharp onsets" in match_events(flashes, np.zeros(0)).words
    assert "the picture has no sudden changes" in match_events(np.zeros(0), flashes).words
    scattered = np.array([0.9, 3.1, 6.0, 8.8])  # each within a second of a flash, but no two at the same offset
    unmatched = match_events(flashes, scattered)
    assert unmatched.offset_ms is None and "do not line up at any one offset" in unmatched.words
    one_of_many = match_events(flashes, np.array([0.5 + 0.08, 1.2 + 0.08, 2.9 + 0.08, 5.3]))
    assert one_of_many.offset_ms == pytest.approx(80) and one_of_many.supporting == 3


def test_files_it_cannot_measure_are_refused_in_words(clip_dir, tmp_path, not_a_file):
    with pytest.raises(MediaError, match="no picture"):
        measure_av_offset(sound_clips.noise_sounds(clip_dir)["full"])
    silent_clip = write_clip(tmp_path / "silent.mp4", ClipRecipe(size=(64, 36), frames=10))
    with pytest.raises(NoSound, match="no sound"):
        measure_av_offset(silent_clip)
    with pytest.raises(MediaError, match="named pipe"):
        measure_av_offset(not_a_file("fifo"))
    cut = sound_clips.truncated_copy(sound_clips.flash_clips(clip_dir)[0.0], tmp_path / "\x1b[2Jcut.mp4")
    with pytest.raises(MediaError) as refused:
        measure_av_offset(cut)
    assert "\x1b" not in str(refused.value) and "\n" not in str(refused.value)


def test_cancelled(flash_clips):
    with pytest.raises(Cancelled):
        measure_av_offset(flash_clips[0.0], cancelled=lambda: True)


def test_thousands_of_events_are_matched_by_their_agreeing_offsets_not_pair_by_pair():
    """A rhythmic clip (a cut on every beat for ten minutes) gives thousands of events each way: the fullest bins of
    offsets are tried, not every pair, and the offset still comes out."""
    from app.media.av_offset import match_events

    rng = np.random.default_rng(1)
    picture = np.sort(rng.uniform(0, 600, 4000))
    sound = np.sort(np.concatenate([picture[:3000] + 0.12, rng.uniform(0, 600, 2000)]))
    found = match_events(picture, sound)
    assert abs(found.offset_ms - 120) < 5 and found.supporting >= 3000
