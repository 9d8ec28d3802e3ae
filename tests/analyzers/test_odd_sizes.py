"""Clips of odd sizes (2 pixels high or wide, odd widths, 426-pixel-wide palette GIFs, as found in the wild): every
built-in detector either scores every frame or says in words why it cannot; none stops with an error."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest

from analyzers.engine import open_detector
from analyzers.registry import discover
from analyzers.run import analyze
from app.analysis.frames import pictures
from app.media.clip import open_clip
from app.media.synth import ClipRecipe, draw_frame, write_clip

BUILT_IN = list(discover().analyzers)
FRAMES = 6


def write_palette_gif(path: Path, width: int, height: int) -> Path:
    """A GIF whose frames are 8-bit palette indices (pal8), as GIFs from the web are."""
    palette = np.array([[(k >> 5) * 36, ((k >> 2) & 7) * 36, (k & 3) * 85, 255] for k in range(256)], np.uint8)
    with av.open(str(path), "w") as out:
        stream = out.add_stream("gif", rate=10)
        stream.width, stream.height, stream.pix_fmt = width, height, "pal8"
        for index in range(FRAMES):
            rgb = draw_frame(index, width, height).astype(np.uint16)
            indices = (rgb[..., 0] // 32 * 32 + rgb[..., 1] // 32 * 4 + rgb[..., 2] // 64).astype(np.uint8)
            frame = av.VideoFrame.from_ndarray((indices, palette), format="pal8")
            frame.pts = index
            out.mux(stream.encode(frame))
        out.mux(stream.encode())
    return path


def _clip(folder: Path, width: int, height: int, kind: str) -> Path:
    if kind == "gif":
        return write_palette_gif(folder / f"{width}x{height}.gif", width, height)
    recipe = ClipRecipe(frames=FRAMES, gop=3, size=(width, height), pix_fmt="yuv444p")  # any width, odd ones too
    return write_clip(folder / f"{width}x{height}.mkv", recipe)


@pytest.mark.parametrize(
    ("width", "height", "kind"),
    [(426, 240, "gif"), (425, 240, "gif"), (426, 240, "h264"), (427, 241, "h264"), (2, 64, "h264"), (64, 2, "h264")],
)
def test_every_detector_scores_an_odd_sized_clip_or_says_why_not(tmp_path, width, height, kind):
    clip = open_clip(_clip(tmp_path, width, height, kind))
    try:
        assert (clip.facts.display_width, clip.facts.display_height) == (width, height)
        frames = pictures(clip, range(clip.frame_count), BUILT_IN, on_damaged=lambda error: pytest.fail(str(error)))
        tracks = analyze(frames, BUILT_IN, "cpu", clip.frame_count)
    finally:
        clip.close()
    for track in tracks:
        window = track.analyzer.manifest.window
        if min(width, height) >= 16:
            assert not track.problem, f"{track.analyzer.manifest.id}: {track.problem}"
            assert track.frames == list(range(window - 1, FRAMES)) and np.isfinite(track.scores).all()
        else:
            assert track.problem.startswith(f"the frames are {width}x{height} pixels, smaller than the 16x16")


@pytest.mark.parametrize(("width", "height"), [(426, 240), (425, 239), (17, 17), (33, 16), (1921, 1080)])
def test_flow_warp_scores_frames_that_are_not_whole_cells_wide(width, height):
    """Cropping to whole 16-pixel cells left the rows apart in memory, which OpenCV's DIS flow refused."""
    flow_warp = open_detector(discover().get("flow_warp").manifest, "cpu")
    luma = np.stack([draw_frame(i, width, height)[..., 1:2] for i in range(3)])
    heatmaps, scores = flow_warp.run(luma)
    assert heatmaps.shape[0] == 2 and np.isfinite(scores).all()


def test_a_detector_scores_a_clip_the_same_alone_or_beside_one_that_takes_rgb(tmp_path):
    """Luma is the video's own Y whether or not an RGB analyzer runs too: it used to be derived from the RGB frames
    then, up to 9 grey levels away, and noise_level's scores moved with the choice of the other detectors."""
    registry = discover()
    noise, learned = registry.get("noise_level"), registry.get("learned_residual")
    clip = open_clip(write_clip(tmp_path / "c.mkv", ClipRecipe(frames=FRAMES, gop=3, size=(160, 96))))
    try:
        scores = []
        for chosen in ([noise], [noise, learned]):
            frames = pictures(clip, range(FRAMES), chosen, on_damaged=lambda error: pytest.fail(str(error)))
            scores.append(analyze(frames, chosen, "cpu", FRAMES)[0].scores)
        luma = clip.frame(2, "gray").image
        picture = next(p for n, p in pictures(clip, [2], [noise, learned], on_damaged=print))
    finally:
        clip.close()
    assert len(scores[0]) == FRAMES and scores[0] == scores[1]
    assert np.array_equal(picture.pixels("gray")[..., 0], luma)


def test_a_frame_wanted_in_two_colour_orders_is_decoded_once(tmp_path):
    """Whole-clip analysis holds no decoded frames (it reads each once, in order): luma and RGB both come from the
    one decode, or every frame would be decoded again from its keyframe."""
    registry = discover()
    chosen = [registry.get("noise_level"), registry.get("learned_residual")]
    clip = open_clip(write_clip(tmp_path / "c.mkv", ClipRecipe(frames=FRAMES * 4, gop=12, size=(160, 96))))
    try:
        clip.cache.hold_at_most(0)
        read = list(pictures(clip, range(FRAMES * 4), chosen, on_damaged=lambda error: pytest.fail(str(error))))
        seeks = clip._decoder.seeks
    finally:
        clip.close()
    assert len(read) == FRAMES * 4 and all(p.pixels("rgb").shape == (96, 160, 3) for _, p in read)
    assert seeks <= 1
