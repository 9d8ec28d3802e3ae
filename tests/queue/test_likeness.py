"""Re-uploads of the same footage group together, unrelated footage and blank clips do not, and the band index
finds what it promises."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from app.media.clip import open_clip
from app.media.thumbnails import build_strip
from app.queue.groups import MAX_DISTANCE, SURELY_FOUND_WITHIN, LikenessIndex, group_clips
from app.queue.likeness import MOST_KEYFRAMES, clip_hashes, hamming, is_informative, keyframe_hashes
from tests.queue.footage import captioned, chained, cropped, mirrored, rescaled, write_black, write_footage

SOURCES = (11, 12)
UNRELATED = (13, 14, 15)
# name: write_footage's keywords for a re-upload of a source
VARIANTS = {
    "re-encoded": {"codec": "libvpx-vp9", "gop": 10},
    "half size": {"transform": rescaled(0.5)},
    "640x360": {"transform": rescaled(2.0), "crf": 30},
    "cropped 5%": {"transform": cropped(0.05)},
    "mirrored": {"transform": mirrored},
    "captioned": {"transform": captioned("You won't BELIEVE this history fact!")},
    "captioned in the middle": {"transform": captioned("Ancient builders knew this", where="middle")},
    "all at once": {"transform": chained(mirrored, cropped(0.04), captioned("wow"))},
}


def hashes_of(path: Path) -> list[tuple[int, int, int]]:
    clip = open_clip(path)
    try:
        return clip_hashes(build_strip(path, clip.index, clip.facts.rotation))
    finally:
        clip.close()


@pytest.fixture(scope="module")
def queue(tmp_path_factory) -> dict[str, list[tuple[int, int, int]]]:
    """{'source 11', 'source 11 mirrored', ..., 'unrelated 13', 'black', 'black again': keyframe hashes}."""
    folder = tmp_path_factory.mktemp("queue")
    paths = {}
    for seed in SOURCES:
        paths[f"source {seed}"] = write_footage(folder / f"{seed}.mp4", seed)
        for name, recipe in VARIANTS.items():
            suffix = ".webm" if recipe.get("codec") == "libvpx-vp9" else ".mp4"
            paths[f"source {seed} {name}"] = write_footage(folder / f"{seed} {name}{suffix}", seed, **recipe)
    for seed in UNRELATED:
        paths[f"unrelated {seed}"] = write_footage(folder / f"{seed}.mp4", seed)
    paths["black"] = write_black(folder / "black.mp4")
    paths["black again"] = write_black(folder / "black2.mp4", size=(640, 360))
    return {name: hashes_of(path) for name, path in paths.items()}


def test_reuploads_group_with_their_source_and_nothing_else(queue):
    ids = {name: i for i, name in enumerate(queue)}
    groups = group_clips({ids[name]: hashes for name, hashes in queue.items()})
    for seed in SOURCES:
        source = groups.get(ids[f"source {seed}"])
        assert source is not None, f"source {seed} found no re-upload"
        for name in VARIANTS:
            assert groups.get(ids[f"source {seed} {name}"]) == source, f"{name} re-upload of {seed} not grouped"
    assert groups[ids[f"source {SOURCES[0]}"]] != groups[ids[f"source {SOURCES[1]}"]]
    for seed in UNRELATED:
        assert ids[f"unrelated {seed}"] not in groups


def test_black_clips_group_with_nothing(queue):
    assert queue["black"] == [] and queue["black again"] == []
    ids = {name: i for i, name in enumerate(queue)}
    groups = group_clips({ids[name]: hashes for name, hashes in queue.items()})
    assert ids["black"] not in groups and ids["black again"] not in groups


def test_variants_are_nearer_their_source_than_unrelated_footage_is(queue):
    """The thresholds' margin, measured: most keyframes of a re-upload within MAX_DISTANCE of the source,
    every keyframe of unrelated footage beyond it."""

    def nearest(a, b):
        return [min(min(hamming(h, g), hamming(h, m)) for _, g, m in b) for _, h, _ in a]

    for name in VARIANTS:
        distances = sum((nearest(queue[f"source {s} {name}"], queue[f"source {s}"]) for s in SOURCES), [])
        assert np.median(distances) <= MAX_DISTANCE, (name, sorted(distances))
    sources = [f"source {s}" for s in SOURCES] + [f"unrelated {s}" for s in UNRELATED]
    unrelated = [d for a in sources for b in sources if a != b for d in nearest(queue[a], queue[b])]
    assert min(unrelated) > MAX_DISTANCE, sorted(unrelated)[:10]


def test_the_mirror_hash_is_the_hash_of_the_mirror_image():
    picture = np.random.default_rng(1).integers(0, 256, (120, 160, 3), dtype=np.uint8)
    picture = cv2.GaussianBlur(picture, (0, 0), 3)
    as_is, mirror = keyframe_hashes(picture)
    assert keyframe_hashes(np.ascontiguousarray(picture[:, ::-1])) == (mirror, as_is)
    assert all(-(1 << 63) <= h < 1 << 63 for h in (as_is, mirror))  # fits SQLite's INTEGER
    assert as_is != mirror


def test_flat_frames_are_not_informative():
    height, width = 120, 160
    black = np.zeros((height, width, 3), np.uint8)
    grey = np.full_like(black, 128)
    fade = np.tile(np.linspace(0, 200, height).astype(np.uint8)[:, None, None], (1, width, 3))
    noisy_black = np.random.default_rng(0).normal(16, 6, black.shape).clip(0, 255).astype(np.uint8)
    for picture in (black, grey, fade, noisy_black):
        assert not is_informative(picture)
    title = black.copy()
    cv2.putText(title, "Chapter 1", (20, 60), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (255, 255, 255), 2)
    assert is_informative(title)
    assert clip_hashes({0: black, 30: fade}) == []


def test_a_clip_gives_at_most_16_keyframes_spread_over_it():
    rng = np.random.default_rng(2)
    strip = {n * 10: cv2.GaussianBlur(rng.integers(0, 256, (90, 160, 3), dtype=np.uint8), (0, 0), 2) for n in range(40)}
    frames = [n for n, _, _ in clip_hashes(strip)]
    assert len(frames) == MOST_KEYFRAMES and frames[0] == 0 and frames[-1] == 390


def test_the_index_surely_finds_hashes_within_7_bits():
    rng = np.random.default_rng(4)
    stored = [int(h) for h in rng.integers(-(1 << 63), (1 << 63) - 1, 5_000, dtype=np.int64)]
    index = LikenessIndex()
    for clip_id, h in enumerate(stored):
        index.add(clip_id, [(0, h, 0)])
    for clip_id in range(0, 5_000, 50):
        bits = rng.choice(64, size=SURELY_FOUND_WITHIN, replace=False)
        flipped = (stored[clip_id] & ((1 << 64) - 1)) ^ sum(1 << int(b) for b in bits)
        flipped = flipped - (1 << 64) if flipped >= 1 << 63 else flipped  # signed again, as hashes are stored
        assert (clip_id, 0, SURELY_FOUND_WITHIN) in index.near(flipped, SURELY_FOUND_WITHIN)
        assert [c for c, _, _ in index.near(stored[clip_id], MAX_DISTANCE)] == [clip_id]


def test_a_clip_alone_or_with_no_hashes_is_in_no_group():
    assert group_clips({}) == {}
    assert group_clips({1: [], 2: []}) == {}
    assert group_clips({7: [(0, 123, 456), (30, 789, 1011)]}) == {}


def test_an_intro_and_an_end_card_many_clips_share_group_none_of_them():
    """A channel's clips all open and end on the same cards: those keyframes say nothing about the footage between
    them. Sixty such clips stay apart (without leaving the cards out, their two shared keyframes would make them one
    group); a re-upload among them still groups with its source."""
    rng = np.random.default_rng(3)

    def random_hash() -> int:
        return int(rng.integers(-(2**63), 2**63 - 1))

    intro, outro = random_hash(), random_hash()
    clips = {
        n: [
            (0, intro, random_hash()),
            (30, random_hash(), random_hash()),
            (60, random_hash(), random_hash()),
            (90, outro, random_hash()),
        ]
        for n in range(1, 61)
    }
    clips[61] = [(frame, value ^ 0b111, mirrored) for frame, value, mirrored in clips[7]]  # a re-upload of clip 7
    assert group_clips(clips) == {7: 7, 61: 7}
