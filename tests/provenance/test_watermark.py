"""The dwtDct watermark reader: marks the tests embed themselves, through real H.264 encodes, read back by voting."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import numpy as np
import pytest

from analyzers.provenance.watermark import (
    BGR,
    INCONCLUSIVE,
    KNOWN_MARKS,
    NOT_FOUND,
    RGB,
    VERY_LIKELY,
    decode_bits,
    haar_approximation,
    read_picture,
    strength_of,
)
from app.media.errors import Cancelled
from app.provenance.clip_watermarks import read_clip
from tests.watermark_fixtures import embed, moving_frames, texture, write_h264

SD1, SDXL = KNOWN_MARKS
SIZE = (320, 240)
FRAMES = 24


@pytest.fixture(scope="module")
def frames() -> list[np.ndarray]:
    return moving_frames(*SIZE, FRAMES, seed=3)


@pytest.fixture(scope="module")
def marked_clip(frames, tmp_path_factory):
    """write(crf) -> an H.264 clip of the frames carrying the SDXL / SVD mark, encoded at that CRF."""
    folder = tmp_path_factory.mktemp("watermarked")
    marked = [embed(frame, SDXL.bits) for frame in frames]

    def write(crf: int) -> Path:
        return write_h264(folder / f"sdxl_crf{crf}.mp4", marked, crf)

    return write


def test_known_messages_are_the_published_ones():
    assert np.packbits(np.array(SD1.bits, np.uint8)).tobytes() == b"StableDiffusionV1"
    assert SD1.length == 136
    assert "".join(map(str, SDXL.bits)) == "101100111110110010010000011110111011000110011110"


def test_haar_approximation_is_the_orthonormal_one():
    plane = np.random.default_rng(0).integers(0, 256, (8, 12)).astype(np.float64)
    expected = (plane[0::2, 0::2] + plane[0::2, 1::2] + plane[1::2, 0::2] + plane[1::2, 1::2]) / 2
    np.testing.assert_allclose(haar_approximation(plane), expected, atol=1e-9)


@pytest.mark.parametrize(
    ("matched", "total", "strength"),
    [
        (20, 48, NOT_FOUND),
        (21, 48, INCONCLUSIVE),
        (35, 48, INCONCLUSIVE),
        (36, 48, VERY_LIKELY),
        (56, 136, NOT_FOUND),
        (57, 136, INCONCLUSIVE),
        (99, 136, INCONCLUSIVE),
        (100, 136, VERY_LIKELY),
    ],
)
def test_stability_thresholds_scale_with_the_message(matched, total, strength):
    assert strength_of(matched, total) == strength


def test_sd1_message_is_read_from_a_still_picture():
    picture = embed(texture(*SIZE, seed=1), SD1.bits)
    finding = read_picture(picture)
    sd1, sdxl = finding.readings
    assert sd1.strength == VERY_LIKELY and sd1.bits_matched > 99, sd1
    assert sd1.channel_order == BGR
    assert not sdxl.marked
    assert finding.marked and "Stable Diffusion 1.x" in finding.summary
    assert np.sum(decode_bits(picture, SD1.length) == np.array(SD1.bits)) == sd1.bits_matched


def test_mark_made_on_swapped_red_and_blue_is_read_in_that_order():
    # diffusers and early SDXL scripts handed the library RGB where it expects BGR.
    picture = texture(*SIZE, seed=2)
    marked = embed(np.ascontiguousarray(picture[..., ::-1]), SDXL.bits)[..., ::-1]
    reading = read_picture(np.ascontiguousarray(marked)).readings[1]
    assert reading.marked and reading.channel_order == RGB


def test_a_picture_too_small_for_a_message_is_not_read_for_it():
    sd1, sdxl = read_picture(texture(64, 64, seed=4)).readings
    assert sd1.strength == NOT_FOUND and "too small" in sd1.sentence
    assert "too small" not in sdxl.sentence


def test_only_8_bit_colour_pictures_are_read():
    with pytest.raises(ValueError):
        read_picture(np.zeros((64, 64), np.uint8))


@pytest.mark.parametrize("crf", [12, 18])
def test_sdxl_mark_survives_light_h264_encoding(marked_clip, crf):
    finding = read_clip(marked_clip(crf))
    sd1, sdxl = finding.readings
    assert sdxl.strength == VERY_LIKELY and sdxl.bits_matched > 35, sdxl
    assert sdxl.channel_order == BGR
    assert not sd1.marked
    assert finding.marked and len(finding.frames_read) == FRAMES
    assert "very likely carries the SDXL / SVD watermark" in sdxl.sentence
    assert "erases" in finding.caveat
    assert json.loads(json.dumps(finding.as_dict()))["readings"][1]["bits_matched"] == sdxl.bits_matched


def test_crf_28_erases_the_mark(marked_clip):
    finding = read_clip(marked_clip(28))
    assert not finding.marked, finding.readings
    assert finding.readings[1].bits_matched <= 30


def test_unmarked_clip_is_not_reported_as_marked(frames, tmp_path):
    finding = read_clip(write_h264(tmp_path / "clean.mp4", frames, crf=18))
    assert not finding.marked
    for reading in finding.readings:
        # Chance alone matches about half the bits.
        assert reading.bits_matched * 48 <= 30 * reading.bits_total, reading
    # Taking the better of two channel orders lifts chance a little: 30 of 48 here, which Stability's scale leaves
    # open ("inconclusive"), never "found".
    assert not finding.summary.startswith("Watermark found")
    assert "not evidence" in finding.caveat


def test_an_unmarked_picture_reads_as_no_watermark_found():
    finding = read_picture(texture(*SIZE, seed=1))
    assert not finding.marked
    assert finding.summary.startswith("No known generator watermark found"), finding.readings
    assert "not evidence" in finding.summary


def test_frames_are_sampled_up_to_the_limit_with_progress(marked_clip):
    seen = []
    finding = read_clip(marked_clip(12), frames=5, on_progress=lambda done, total: seen.append((done, total)))
    assert finding.frames_read == (0, 6, 12, 17, 23)
    assert seen == [(n, 5) for n in range(1, 6)]


@pytest.mark.parametrize("as_event", [True, False])
def test_cancel_stops_the_vote(marked_clip, as_event):
    stop = threading.Event()
    progress = []

    def on_progress(done: int, total: int) -> None:
        progress.append(done)
        if done == 2:
            stop.set()

    cancelled = stop if as_event else stop.is_set
    with pytest.raises(Cancelled):
        read_clip(marked_clip(12), on_progress=on_progress, cancelled=cancelled)
    assert progress == [1, 2]
