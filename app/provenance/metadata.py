"""Hints from a clip's container and stream metadata: encoder tags, camera tags, generator-typical shapes, sidecars.

Every hint is worded as a hint: metadata is easy to write, strip or rewrite, so none of it is a verdict.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from analyzers.provenance.c2pa_words import joined
from analyzers.translatable import QT_TRANSLATE_NOOP, Said
from app.media.facts import MediaFacts
from app.store.info_json import sidecar, source_fields

NOTE = "note"
WORTH_A_LOOK = "worth a look"


@dataclass(frozen=True)
class Hint:
    title: str
    sentence: str
    strength: str  # NOTE or WORTH_A_LOOK

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class EncoderSign:
    marker: str  # matched case-insensitively at the start of a word in the encoder tag
    title: str
    sentence: str


# A hint's title and sentence are Said (analyzers.translatable): English as made, in the reader's language where the
# report's findings are shown (app.provenance.report), English in a JSON.
ENCODER_SIGNS = (
    EncoderSign(
        "lavf",
        QT_TRANSLATE_NOOP("Provenance", "Written by FFmpeg"),
        QT_TRANSLATE_NOOP(
            "Provenance",
            "The encoder tag '{tag}' suggests the file was written or re-muxed by FFmpeg (or a tool built on it); "
            "phones and cameras rarely write this, so the file has often passed through software after capture.",
        ),
    ),
    EncoderSign(
        "handbrake",
        QT_TRANSLATE_NOOP("Provenance", "Re-encoded with HandBrake"),
        QT_TRANSLATE_NOOP(
            "Provenance", "The encoder tag '{tag}' suggests the clip was re-encoded with HandBrake after capture."
        ),
    ),
    EncoderSign(
        "google",
        QT_TRANSLATE_NOOP("Provenance", "Google encoder tag"),
        QT_TRANSLATE_NOOP(
            "Provenance",
            "The encoder tag '{tag}' is consistent with a file processed by Google software (YouTube, Photos or "
            "Google's tools).",
        ),
    ),
    EncoderSign(
        "adobe premiere",
        QT_TRANSLATE_NOOP("Provenance", "Exported from Adobe Premiere"),
        QT_TRANSLATE_NOOP(
            "Provenance", "The encoder tag '{tag}' suggests the clip was exported from an editing program."
        ),
    ),
    EncoderSign(
        "capcut",
        QT_TRANSLATE_NOOP("Provenance", "Exported from CapCut"),
        QT_TRANSLATE_NOOP("Provenance", "The encoder tag '{tag}' suggests the clip was exported from an editing app."),
    ),
)

# Tags phones and cameras write: QuickTime keys (iPhone), Android's, and the plain ones.
CAMERA_TAGS = (
    "com.apple.quicktime.make",
    "com.apple.quicktime.model",
    "com.android.manufacturer",
    "com.android.model",
    "make",
    "model",
)
CREATION_TAGS = ("creation_time", "com.apple.quicktime.creationdate", "date")

# Output sizes and lengths common among video generators (and, as said in the hint, among many real clips).
GENERATOR_SIZES = frozenset(
    {(1280, 768), (768, 1280), (1024, 576), (576, 1024), (1280, 720), (720, 1280), (1920, 1080), (1080, 1920)}
)
GENERATOR_SECONDS = (4.0, 5.0, 6.0, 8.0, 10.0)
GENERATOR_RATES = (24.0, 16.0, 8.0)


def metadata_hints(facts: MediaFacts, path: Path) -> list[Hint]:
    """The hints this clip's metadata gives, most telling first within each kind."""
    tags = {key.lower(): value for key, value in {**facts.stream_tags, **facts.container_tags}.items()}
    return [
        *_encoder_hints(facts),
        *_camera_hints(tags),
        *_shape_hints(facts),
        *_sidecar_hints(path),
    ]


def _encoder_hints(facts: MediaFacts) -> list[Hint]:
    hints = []
    tags = [facts.container_tags.get("encoder", ""), facts.stream_tags.get("encoder", "")]
    for tag in dict.fromkeys(t.strip() for t in tags if t.strip()):
        words = tag.lower()
        for sign in ENCODER_SIGNS:
            if words.startswith(sign.marker) or f" {sign.marker}" in words:
                hints.append(Hint(Said(sign.title), Said(sign.sentence, tag=tag), WORTH_A_LOOK))
                break
        else:
            sentence = Said(QT_TRANSLATE_NOOP("Provenance", "The file names its encoder as '{tag}'."), tag=tag)
            hints.append(Hint(Said(QT_TRANSLATE_NOOP("Provenance", "Encoder tag")), sentence, NOTE))
    return hints


def _camera_hints(tags: dict[str, str]) -> list[Hint]:
    camera = " ".join(dict.fromkeys(tags[k].strip() for k in CAMERA_TAGS if tags.get(k, "").strip()))
    if camera:
        camera_hint = Hint(
            Said(QT_TRANSLATE_NOOP("Provenance", "Camera named")),
            Said(
                QT_TRANSLATE_NOOP(
                    "Provenance",
                    "The file names a camera or phone ('{camera}'); this is consistent with a camera original, "
                    "though such tags are easy to write.",
                ),
                camera=camera,
            ),
            NOTE,
        )
    else:
        camera_hint = Hint(
            Said(QT_TRANSLATE_NOOP("Provenance", "No camera make or model")),
            Said(
                QT_TRANSLATE_NOOP(
                    "Provenance",
                    "The file names no camera make or model; phones and cameras usually write one, so this "
                    "suggests the clip was re-encoded, exported or generated (uploads to platforms often strip it "
                    "too).",
                )
            ),
            WORTH_A_LOOK,
        )
    if any(tags.get(k, "").strip() for k in CREATION_TAGS):
        return [camera_hint]
    return [
        camera_hint,
        Hint(
            Said(QT_TRANSLATE_NOOP("Provenance", "No creation time")),
            Said(
                QT_TRANSLATE_NOOP(
                    "Provenance",
                    "The file carries no creation time; recording devices usually write one, so its absence often "
                    "means the file was rewritten by software.",
                )
            ),
            NOTE,
        ),
    ]


def _shape_hints(facts: MediaFacts) -> list[Hint]:
    hints = []
    rate = facts.average_rate or facts.real_rate
    at_generator_rate = any(abs(rate - r) < 0.01 for r in GENERATOR_RATES)
    size = (facts.display_width, facts.display_height)
    if size in GENERATOR_SIZES and at_generator_rate and not facts.audio:
        words = QT_TRANSLATE_NOOP(
            "Provenance",
            "{width} x {height} at {rate:g} fps with no audio is common among generated clips, "
            "and among many real ones too.",
        )
        title = Said(QT_TRANSLATE_NOOP("Provenance", "Generator-typical size"))
        hints.append(Hint(title, Said(words, width=size[0], height=size[1], rate=rate), WORTH_A_LOOK))
    seconds = next((s for s in GENERATOR_SECONDS if abs(facts.duration - s) < 0.05), None)
    if seconds is not None and at_generator_rate:
        words = QT_TRANSLATE_NOOP(
            "Provenance",
            "A length of exactly {seconds:g} s at {rate:g} fps is common among generated clips, "
            "and among many real ones too.",
        )
        title = Said(QT_TRANSLATE_NOOP("Provenance", "Generator-typical length"))
        hints.append(Hint(title, Said(words, seconds=seconds, rate=rate), NOTE))
    if not facts.audio:
        words = QT_TRANSLATE_NOOP(
            "Provenance",
            "The clip has no audio track; many generators write silent video, though edited and "
            "re-posted clips often drop their sound too.",
        )
        hints.append(Hint(Said(QT_TRANSLATE_NOOP("Provenance", "No audio track")), Said(words), NOTE))
    return hints


def _sidecar_hints(path: Path) -> list[Hint]:
    info = sidecar(path)
    if info is None:
        return []
    fields, note = source_fields(path)
    if not fields:
        return [Hint(Said(QT_TRANSLATE_NOOP("Provenance", "yt-dlp info file")), note, NOTE)]
    said = [Said(label, value=fields[key]) for key, label in _SOURCE_WORDS if fields.get(key)]
    where = (
        joined(said) if said else Said(QT_TRANSLATE_NOOP("Provenance", "without a platform, uploader, date or link"))
    )
    words = QT_TRANSLATE_NOOP(
        "Provenance",
        "{sidecar} beside the file suggests it was downloaded with yt-dlp, {where}; "
        "an upload is seldom the original, so look for earlier copies.",
    )
    title = Said(QT_TRANSLATE_NOOP("Provenance", "Downloaded with yt-dlp"))
    return [Hint(title, Said(words, sidecar=info.name, where=where), WORTH_A_LOOK)]


_SOURCE_WORDS = (
    ("platform", QT_TRANSLATE_NOOP("Provenance", "from {value}")),
    ("uploader", QT_TRANSLATE_NOOP("Provenance", "uploaded by {value}")),
    ("upload_date", QT_TRANSLATE_NOOP("Provenance", "on {value}")),
    ("source_url", QT_TRANSLATE_NOOP("Provenance", "at {value}")),
)
