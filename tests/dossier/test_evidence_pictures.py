"""Evidence pictures: an overlay a detector cannot draw on the clip's frames is left off and named, never the
end of the export."""

from __future__ import annotations

from app.dossier.evidence_images import EvidencePainter
from app.media.synth import ClipRecipe, write_clip


def test_an_overlay_on_frames_too_small_for_it_is_named_not_drawn(tmp_path):
    clip = write_clip(tmp_path / "tiny.mp4", ClipRecipe(size=(8, 8), frames=6, gop=3, b_frames=0))
    with EvidencePainter(clip) as painter:
        picture = painter.picture({"id": 1, "frame": 2, "overlay": "noise_level+npr_residual", "regions": []})
    assert picture.not_drawn == ("noise_level", "npr_residual")
    assert picture.png.startswith(b"\x89PNG")
