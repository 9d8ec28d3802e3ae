"""Demo content: a few short clips generated on the fly, so a newcomer sees a working player without a file.

Each clip shows its frame number in its pixels (see app.media.synth) and covers a case reviewers meet: a
vertical short with sound, subtitles beside it and a "Sora" mark on its frames, a phone clip stored sideways, a
variable frame rate, a 10-bit HEVC file, and a clip whose Content Credentials declare it was made by a generative AI
model (signed on the spot by a throwaway demo signer).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

from app.files.atomic import write_bytes_atomically
from app.media.errors import Cancelled
from app.media.synth import ClipRecipe, write_clip

log = logging.getLogger(__name__)

DEMO_CLIPS: tuple[tuple[str, ClipRecipe], ...] = (
    (
        "vertical_short_h264.mp4",
        ClipRecipe(size=(720, 1280), frames=180, gop=60, b_frames=3, audio=True, label="vertical short, H.264 - Sora"),
    ),
    (
        "phone_rotated_h264.mp4",
        ClipRecipe(size=(540, 960), frames=120, gop=30, rotation=-90, label="phone clip stored sideways"),
    ),
    ("variable_rate_h264.mkv", ClipRecipe(size=(960, 540), frames=150, gop=48, vfr=True, label="variable rate")),
    (
        "hevc_10bit_open_gop.mp4",
        ClipRecipe(
            codec="libx265",
            size=(960, 540),
            frames=120,
            gop=48,
            pix_fmt="yuv420p10le",
            open_gop=True,
            label="HEVC 10-bit, open GOP",
        ),
    ),
    (
        "generator_credentials.mp4",
        ClipRecipe(size=(768, 1280), frames=120, fps=24, gop=48, label="signed: made by generative AI"),
    ),
)
# Subtitles beside a clip, named as yt-dlp names them: the lines the demo's claims are made from.
DEMO_SUBTITLES = {
    "vertical_short_h264.en.srt": (
        "1\n00:00:00,400 --> 00:00:02,300\nThe Great Wall of China was built in 1950 to keep out tourists\n\n"
        "2\n00:00:02,500 --> 00:00:04,650\n金字塔是用激光切割的石块建造的\n\n"
        "3\n00:00:04,700 --> 00:00:05,950\nJust for fun! 只是娱乐\n"
    ),
}

# Clips signed with sample Content Credentials, by the software agent their manifest names.
SIGNED_BY_GENERATOR = {"generator_credentials.mp4": "ReelCheck Demo Video Generator"}
DEMO_SIGNER = "ReelCheck Demo Signer (not a real signer)"


def demo_folder() -> Path:
    """A cache folder named after the recipes, so that changed recipes make new clips."""
    from platformdirs import user_cache_path

    made = (DEMO_CLIPS, SIGNED_BY_GENERATOR, DEMO_SIGNER, DEMO_SUBTITLES)
    recipes = hashlib.sha256(repr(made).encode()).hexdigest()[:10]
    return user_cache_path("reelcheck", appauthor=False) / "demo" / recipes


def ensure_demo_clips(
    folder: Path | None = None,
    on_progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    on_clip: Callable[[Path], None] | None = None,
) -> list[Path]:
    """The demo clips in `folder`, writing those that are missing. Finished files are never half-written.

    `on_clip` hears of each clip as soon as it exists, so the player can show the first while the rest are made.
    """
    folder = folder or demo_folder()
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in DEMO_SUBTITLES.items():  # first: a clip announced is opened with its subtitles
        if not (folder / name).exists():
            write_bytes_atomically(folder / name, text.encode("utf-8"))
    paths = []
    for done, (name, recipe) in enumerate(DEMO_CLIPS):
        if cancelled is not None and cancelled():
            raise Cancelled()
        target = folder / name
        if target.exists() or _made(target, recipe):
            paths.append(target)
            if on_clip is not None:
                on_clip(target)
        if on_progress is not None:
            on_progress((done + 1) / len(DEMO_CLIPS))
    return paths


def _made(target: Path, recipe: ClipRecipe) -> bool:
    """Writes the demo clip `target` (signed, if it is one of SIGNED_BY_GENERATOR) under a temporary name, then
    renames it into place; False when signing failed (logged): the rest of the demo goes on without it."""
    partial = target.with_name(f".partial-{target.name}")
    write_clip(partial, recipe)
    if target.name in SIGNED_BY_GENERATOR:
        partial = _signed(partial, SIGNED_BY_GENERATOR[target.name])
        if partial is None:
            return False
    partial.replace(target)
    return True


def _signed(clip: Path, generator: str) -> Path | None:
    """`clip` signed with Content Credentials that declare `generator` made it with generative AI; None (and the
    reason in the log) when signing failed. The unsigned clip is removed either way."""
    from app.provenance.sample_credentials import created_action, make_chain, manifest_definition, sign_file

    title = clip.name.removeprefix(".partial-")
    signed = clip.with_name(f".signed-{title}")
    manifest = manifest_definition(title, [created_action(agent=generator)], generator=generator)
    try:
        sign_file(clip, signed, make_chain(DEMO_SIGNER), manifest, "video/mp4")
    except Exception:  # c2pa reports every failure as its own exception
        log.warning("The demo clip %s could not be signed; the demo goes on without it", title, exc_info=True)
        signed.unlink(missing_ok=True)
        return None
    finally:
        clip.unlink(missing_ok=True)
    return signed
