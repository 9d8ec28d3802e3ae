"""`reelcheck demo`: the generated clips exist, open, and are exact; the first is announced before the rest."""

from __future__ import annotations

from app.demo import DEMO_CLIPS, ensure_demo_clips
from app.media.clip import open_clip
from app.media.synth import read_index


def test_demo_clips_are_made_once_and_read_exactly(tmp_path):
    announced = []
    paths = ensure_demo_clips(tmp_path, on_clip=announced.append)
    assert announced == paths and [p.name for p in paths] == [name for name, _ in DEMO_CLIPS]
    assert not list(tmp_path.glob(".partial-*"))
    for path, (_, recipe) in zip(paths, DEMO_CLIPS, strict=True):
        clip = open_clip(path)
        assert clip.frame_count == recipe.frames
        assert (clip.facts.display_width, clip.facts.display_height) == recipe.size
        for n in (recipe.frames - 1, recipe.frames // 2, 1):
            assert read_index(clip.frame(n).image) == n
        clip.close()
    stamps = [p.stat().st_mtime_ns for p in paths]
    ensure_demo_clips(tmp_path)
    assert [p.stat().st_mtime_ns for p in paths] == stamps, "existing demo clips are reused, not rewritten"
