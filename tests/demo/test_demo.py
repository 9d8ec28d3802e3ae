"""`reelcheck demo`: the generated clips exist, open, and are exact; the first is announced before the rest."""

from __future__ import annotations

from app.demo.clips import DEMO_CLIPS, DEMO_SUBTITLES, ensure_demo_clips
from app.media.clip import open_clip
from app.media.synth import read_index
from tests.conftest import made_in


def test_demo_clips_are_made_once_and_read_exactly(tmp_path):
    announced = []
    paths = ensure_demo_clips(tmp_path, on_clip=announced.append)
    assert announced == paths and [p.name for p in paths] == [name for name, _ in DEMO_CLIPS]
    assert not list(tmp_path.glob(".partial-*")) and not list(tmp_path.glob(".signed-*"))
    for path, (_, recipe) in zip(paths, DEMO_CLIPS, strict=True):
        clip = open_clip(path)
        assert clip.frame_count == recipe.frames
        assert (clip.facts.display_width, clip.facts.display_height) == recipe.size
        for n in (recipe.frames - 1, recipe.frames // 2, 1):
            assert read_index(clip.frame(n).image) == n
        clip.close()
    _generator_clips_declare_ai(paths)
    from analyzers.words.subtitles import find_subtitle_files, read_subtitles

    [beside] = find_subtitle_files(paths[0])  # the vertical short's subtitles, as yt-dlp would name them
    assert [line.text for line in read_subtitles(beside).lines][1] == "金字塔是用激光切割的石块建造的"
    stamps = [p.stat().st_mtime_ns for p in paths]
    ensure_demo_clips(tmp_path)
    assert [p.stat().st_mtime_ns for p in paths] == stamps, "existing demo clips are reused, not rewritten"


def _generator_clips_declare_ai(paths) -> None:
    """The generator clip carries Content Credentials declaring generative AI, by the demo signer; no other does."""
    from analyzers.provenance.credentials import VALID, read_credentials
    from app.demo.clips import DEMO_SIGNER, SIGNED_BY_GENERATOR

    paths = {p.name: p for p in paths}
    for name, generator in SIGNED_BY_GENERATOR.items():
        found = read_credentials(paths[name])
        assert found.state == VALID and found.declares_ai_generation
        assert found.issuer == DEMO_SIGNER and found.actions[0].software_agent == generator
    others = [p for name, p in paths.items() if name not in SIGNED_BY_GENERATOR]
    assert not any(read_credentials(p).present for p in others)


def test_a_demo_clip_that_cannot_be_signed_is_left_out_and_the_rest_are_made(tmp_path, monkeypatch, caplog):
    from app.demo.clips import SIGNED_BY_GENERATOR
    from app.provenance import sample_credentials

    def refuse(source, dest, *args, **kwargs):
        dest.write_bytes(b"half")  # as a signer that fails half-way would leave it
        raise RuntimeError("the signer refused")

    monkeypatch.setattr(sample_credentials, "sign_file", refuse)
    progress = []
    paths = ensure_demo_clips(tmp_path, on_progress=progress.append)
    assert [p.name for p in paths] == [name for name, _ in DEMO_CLIPS if name not in SIGNED_BY_GENERATOR]
    assert progress[-1] == 1.0
    made = sorted([*(p.name for p in paths), *DEMO_SUBTITLES])
    assert made_in(tmp_path) == made  # nothing half-made left
    assert "could not be signed" in caplog.text
