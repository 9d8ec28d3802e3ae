"""The demo case: the demo clips as a fact-checker would leave them after a review, so that a newcomer sees
claims on the timeline, sources, pinned evidence and verdicts, and the dossier has something to say.

The claims are invented for the demo (the clips are generated test pictures); they are written the way AI-slop
videos word theirs, with ratings and sources a real check would give.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.media.clip import open_clip
from app.media.hashing import sha256_file
from app.store.store import Store

# Per demo clip (by file name): claims as (frame in, frame out, text, claimant, rating, explanation, sources),
# evidence as (frame, overlay, regions, note), and the verdict.
_SOURCE_WALL = (
    "https://en.wikipedia.org/wiki/Great_Wall_of_China",
    "Great Wall of China",
    "refutes",
    "Most of the existing wall was built during the Ming dynasty (1368-1644).",
)
_SOURCE_PYRAMIDS = (
    "https://www.britannica.com/topic/Pyramids-of-Giza",
    "Pyramids of Giza",
    "refutes",
    "Built with copper tools, ramps and a large organised workforce over about 80 years.",
)
_SOURCE_HACK = (
    "https://www.nist.gov/",
    "Household chemical safety guidance",
    "context",
    "Mixing bleach with ammonia releases toxic chloramine vapours.",
)
DEMO_CASE = {
    "vertical_short_h264.mp4": {
        "source": {
            "source_url": "https://www.tiktok.com/@history.facts.daily/video/7300000000000000001",
            "platform": "TikTok",
            "uploader": "@history.facts.daily",
            "upload_date": "2026-11-02",
            "title": "The REAL history they don't teach you 🤯",
        },
        "claims": [
            (
                12,
                70,
                "The Great Wall of China was built in 1950 to keep out tourists.",
                "@history.facts.daily",
                "False",
                "The wall was built from the 7th century BC; most of today's wall is from the Ming dynasty.",
                [_SOURCE_WALL],
            ),
            (
                75,
                140,
                "金字塔是用激光切割的石块建造的。",
                "@history.facts.daily",
                "False",
                "No laser existed before 1960; the quarry marks show copper chisels and wooden wedges.",
                [_SOURCE_PYRAMIDS],
            ),
            (
                141,
                179,
                "الأهرامات بنيت في ليلة واحدة",
                "@history.facts.daily",
                "Satire",
                "The closing caption calls the video 'just for fun', but it is presented as fact.",
                [],
            ),
        ],
        "evidence": [
            (
                30,
                "noise_level",
                [{"shape": "rectangle", "x0": 0.1, "y0": 0.2, "x1": 0.6, "y1": 0.45}],
                "Waxy, noise-free face region while the background keeps its grain.",
            ),
            (
                100,
                "",
                [{"shape": "arrow", "x0": 0.8, "y0": 0.8, "x1": 0.55, "y1": 0.55}],
                "Caption font and the voice-over timing match the generator template seen on other clips.",
            ),
        ],
        "verdict": {
            "authenticity": "Likely AI-generated",
            "content_rating": "False",
            "summary": "An AI-generated history short with invented facts; detectors, the template and the Sora mark "
            "burned into its frames point the same way; no Content Credentials are attached.",
            "status": "Done",
        },
    },
    "phone_rotated_h264.mp4": {
        "source": {"source_url": "https://www.instagram.com/reel/DEMO0000001/", "platform": "Instagram"},
        "claims": [
            (
                0,
                119,
                "Mixing bleach and ammonia makes the ultimate bathroom cleaner.",
                "@lifehacks4u",
                "False",
                "The mix releases toxic chloramine gas; health agencies warn against it.",
                [_SOURCE_HACK],
            ),
        ],
        "evidence": [(60, "filter:noise residual", [], "The noise residual is flat where the hands move.")],
        "verdict": {
            "authenticity": "Undetermined",
            "content_rating": "False",
            "summary": "Dangerous advice; whether the footage is generated could not be settled.",
            "status": "Needs second opinion",
        },
    },
    "variable_rate_h264.mkv": {"claims": [], "evidence": [], "verdict": None},
    "hevc_10bit_open_gop.mp4": {"claims": [], "evidence": [], "verdict": None},
}


def build_demo_case(store: Store, clips: list[Path]) -> dict[str, int]:
    """Add the demo clips and their review work to `store`; a clip that already has work is left alone, so
    building twice changes nothing. Returns how many of each thing the case now holds for the demo clips."""
    counts = {"clips": 0, "claims": 0, "sources": 0, "evidence": 0, "verdicts": 0}
    for path in clips:
        plan = DEMO_CASE.get(path.name, {"claims": [], "evidence": [], "verdict": None})
        clip = open_clip(path, cache_bytes=64 << 20)
        try:
            row = store.add_clip(
                path, sha256_file(path), clip.facts.file_size, clip.facts.as_dict(), plan.get("source")
            )
            with store.transaction():  # a clip's demo review is there whole or not at all (a kill, two windows)
                if not (store.claims(row["id"]) or store.evidence(row["id"]) or store.verdict(row["id"])):
                    # The first clip is on screen, so in the case, before its review is written: add_clip found
                    # it and kept its (empty) source fields. Fill those the reviewer has not.
                    source = {k: v for k, v in (plan.get("source") or {}).items() if not row.get(k)}
                    if source:
                        store.edit("clips", row["id"], source)
                    _review(store, row["id"], clip, plan)
        finally:
            clip.close()
        counts["clips"] += 1
        for table in ("claims", "sources", "evidence"):
            counts[table] += len(getattr(store, table)(row["id"]))
        counts["verdicts"] += store.verdict(row["id"]) is not None
    _fill_the_queue(store, clips)
    return counts


def _fill_the_queue(store: Store, clips: list[Path]) -> None:
    """What an import measures of each demo clip (length, thumbnail, keyframe hashes, provenance badge), so that
    the Queue shows them as it shows imported clips; clips measured before are passed over."""
    from app.queue.importer import default_thumbnail_folder, import_clips

    import_clips(
        store.address,
        clips,
        reviewer=store.reviewer,
        thumbnails=default_thumbnail_folder(),
        on_progress=lambda _fraction, _words: None,
        on_clip=lambda _clip_id: None,
        cancelled=lambda: False,
    )


def _review(store: Store, clip_id: int, clip, plan: dict) -> None:
    last = clip.frame_count - 1
    for frame_in, frame_out, text, claimant, rating, explanation, sources in plan["claims"]:
        claim = store.create(
            "claims",
            clip_id,
            {
                "frame_in": min(frame_in, last),
                "frame_out": min(frame_out, last),
                "text": text,
                "claimant": claimant,
                "rating": rating,
                "explanation": explanation,
            },
        )
        for url, title, stance, quote in sources:
            store.create(
                "sources",
                clip_id,
                {
                    "claim_id": claim.row_id,
                    "url": url,
                    "title": title,
                    "stance": stance,
                    "quote": quote,
                    "accessed": "2026-11-20",
                },
            )
    for frame, overlay, regions, note in plan["evidence"]:
        pixels = clip.frame(min(frame, last), "bgra").image
        store.create(
            "evidence",
            clip_id,
            {
                "frame": min(frame, last),
                "overlay": overlay,
                "regions": regions,
                "note": note,
                "image_sha256": hashlib.sha256(pixels.tobytes()).hexdigest(),
            },
        )
    if plan["verdict"]:
        store.create(
            "verdicts", clip_id, {**plan["verdict"], "reviewer": store.reviewer, "decided_at": "2026-11-20T10:00:00Z"}
        )
