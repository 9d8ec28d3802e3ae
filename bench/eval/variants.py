"""The variants of each clip: the recipes (the original, platform-like re-encodes, the normalized rendition and
harder ones built from it), and the re-encodes, made once into the work folder."""

from __future__ import annotations

from pathlib import Path

from app.media.rendition import RENDITION, Recipe, encode_file

# --- the variants -------------------------------------------------------------------------------------------


RECIPES = (
    Recipe("original", "the file as it is"),
    Recipe("crf18", "H.264 CRF 18, the original size", crf=18),
    Recipe("crf23", "H.264 CRF 23, the original size (about what platforms deliver)", crf=23),
    Recipe("crf28", "H.264 CRF 28, the original size (a heavily compressed repost)", crf=28),
    Recipe("half", "half the width and height, H.264 CRF 23 (a downscaled repost)", crf=23, half=True),
    RENDITION,  # "normalized": exactly what the app measures a clip's clip-level evidence on
    Recipe(
        "normalized_crf28",
        "normalized, then H.264 CRF 28",
        crf=28,
        base="normalized",
        tag="16fps_short480_3s_crf23_then_crf28",
    ),
    Recipe(
        "normalized_half",
        "normalized, then shorter side 240 px, H.264 CRF 23",
        crf=23,
        base="normalized",
        shorter=240,
        tag="16fps_short480_3s_crf23_then_short240_crf23",
    ),
)
RECIPE = {recipe.name: recipe for recipe in RECIPES}
VARIANTS = tuple(RECIPE)


def variant_name(sha256: str, variant: str, max_frames: int | None) -> str:
    return RECIPE[variant].file_name(sha256, max_frames)


def variant_file(source: Path, sha256: str, variant: str, work: Path, max_frames: int | None) -> tuple[Path, bool]:
    """The clip as `variant` (the source itself for "original"), and whether it (or the variant it is built
    from) had to be encoded now. `sha256` is the source's."""
    recipe = RECIPE[variant]
    if recipe.crf is None:
        return source, False
    target = work / recipe.file_name(sha256, max_frames)
    if target.is_file():
        return target, False
    encoded = False
    if recipe.base is not None:
        source, encoded = variant_file(source, sha256, recipe.base, work, max_frames)
    encode_file(source, target, recipe, max_frames)
    return target, True
