"""What the JSON dossier says: the case store's review of one clip, with the analyzers' own words about what they
measure and how they fail, and schema.org ClaimReview and MediaReview JSON-LD. No Qt, nothing written here.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import numpy as np

from analyzers.translatable import QT_TRANSLATE_NOOP
from app import __version__
from app.analysis.calibrations import known_calibrations
from app.dossier.clip_evidence import clip_evidence
from app.dossier.quotes import claim_words
from app.i18n import language, translate
from app.store.rules import AUTHENTICITY, RATINGS
from app.text.timecode import format_timecode

if TYPE_CHECKING:  # the registry loads only when there are analyses to describe
    from analyzers.registry import Registry

DOSSIER_VERSION = 1
SCHEMA_ID = "https://reelcheck.app/schemas/dossier-1.schema.json"
MAX_SERIES_POINTS = 2_000
# The dossier's own sentences are written into its JSON in English and shown translated (the PDF, the window).
# (The provenance note is shown in the context of the notes that app.provenance writes.)
NOT_READ = QT_TRANSLATE_NOOP("Provenance", "The clip's provenance was not read for this dossier.")
NO_ORGANISATION = QT_TRANSLATE_NOOP("Dossier", "no publishing organisation named")
NO_VERDICT = QT_TRANSLATE_NOOP("Dossier", "no verdict recorded")
ONE_UNRATED = QT_TRANSLATE_NOOP("Dossier", "1 claim not rated")
SOME_UNRATED = QT_TRANSLATE_NOOP("Dossier", "{count} claims not rated")
FRAME = QT_TRANSLATE_NOOP("Dossier", "frame {number}")
_SOURCE_FIELDS = ("url", "title", "publisher", "published", "accessed", "archive_url", "quote", "stance")


def dossier(
    store,
    clip_id: int,
    organisation: dict,
    include_series: bool,
    pictures: dict[int, object] | None = None,
    provenance: dict | None = None,
    registry: Registry | None = None,
) -> dict:
    """The dossier of clip `clip_id` as a JSON-ready dict, "signature" left None for the signing code.

    `pictures` maps evidence ids to their drawn EvidencePicture (name, sha256, not_drawn); without it the
    pictures are drawn here, in memory, so that each frame's hash is that of the PNG the export writes. `registry`
    is the analyzers found already, when the caller has them."""
    clip = store.clip(clip_id)
    facts = clip.get("facts") or {}
    fps = float(facts.get("average_rate") or 0)
    evidence_rows = store.evidence(clip_id)
    if pictures is None:
        pictures = draw_pictures(clip["path"], evidence_rows)
    organisation = {"name": organisation.get("name") or "", "url": organisation.get("url") or ""}
    created = _now()
    verdict = store.verdict(clip_id)
    claims = _claims(store.claims(clip_id), store.sources(clip_id), store.words(clip_id), fps)
    return {
        "$schema": SCHEMA_ID,
        "dossier_version": DOSSIER_VERSION,
        "tool": {"name": "ReelCheck", "version": __version__},
        "reviewer": store.reviewer or "",  # the signer: who exports; the verdict keeps its own reviewer
        "created": created,
        "organisation": organisation,
        "clip": _clip(clip),
        "provenance": provenance or {"findings": [], "note": NOT_READ},
        "analyzers": _analyses(store.analyses(clip_id), include_series, registry),
        "clip_evidence": clip_evidence(store, clip_id, *known_calibrations()),
        "evidence": [_evidence(row, pictures[row["id"]], fps) for row in evidence_rows],
        "pdf": None,  # the export fills it in when it writes the PDF beside the JSON
        "claims": claims,
        "clip_sources": [
            _source(s, i + 1) for i, s in enumerate(x for x in store.sources(clip_id) if not x["claim_id"])
        ],
        "verdict": _verdict(verdict),
        "draft": _draft(organisation, verdict, claims),
        "audit": [_audit(row) for row in store.audit(clip_id)],
        "json_ld": [*(_claim_review(c, clip, organisation, created) for c in claims)]
        + ([_media_review(verdict, clip, organisation, created)] if verdict else []),
        "signature": None,
    }


def draw_pictures(clip_path: str, evidence_rows: list[dict], cancelled=None) -> dict[int, object]:
    """Each evidence row's picture drawn, by evidence id; raises Cancelled between pictures when `cancelled()`."""
    from app.dossier.clip_pictures import clip_pictures

    return clip_pictures(clip_path, evidence_rows, cancelled=cancelled).evidence


def draft_reasons(
    organisation_name: str, verdict: dict | None, ratings: list[str], in_english: bool = False
) -> list[str]:
    """Why a dossier is not final, in the reviewer's words (none when it is; `in_english` for the JSON): a dossier
    goes out under an organisation's name, with the reviewer's verdict and every claim rated. `ratings` are the
    clip's claims' ratings ("" unrated)."""
    words = str if in_english else lambda text: translate("Dossier", text)
    reasons = []
    if not organisation_name.strip():
        reasons.append(words(NO_ORGANISATION))
    if verdict is None:
        reasons.append(words(NO_VERDICT))
    unrated = sum(not rating for rating in ratings)
    if unrated:
        reasons.append(words(ONE_UNRATED if unrated == 1 else SOME_UNRATED).format(count=unrated))
    return reasons


def document_draft_reasons(document: dict) -> list[str]:
    """Why the dossier `document` is a draft, in the reviewer's words."""
    ratings = [claim["rating"] for claim in document["claims"]]
    return draft_reasons(document["organisation"]["name"], document["verdict"], ratings)


def _draft(organisation: dict, verdict: dict | None, claims: list[dict]) -> dict:
    reasons = draft_reasons(organisation["name"], verdict, [claim["rating"] for claim in claims], in_english=True)
    return {"is_draft": bool(reasons), "reasons": reasons}


def timecode(frame: int, fps: float, in_english: bool = True) -> str:
    """The frame's time from the clip's frame rate; the frame number itself when the rate is unknown (in English
    for the JSON, else in the reviewer's words)."""
    if fps > 0:
        return format_timecode(frame / fps)
    return (FRAME if in_english else translate("Dossier", FRAME)).format(number=frame)


def _clip(clip: dict) -> dict:
    return {
        "id": clip["id"],
        "file_name": clip["file_name"],
        "size": clip["size"],
        "sha256": clip["sha256"],
        "perceptual_hash": clip.get("phash") or None,
        # Without the path: where the file sits on the reviewer's disk is not the clip's identity, nor public.
        "media": {k: v for k, v in (clip.get("facts") or {}).items() if k != "path"},
        "source": {
            "url": clip.get("source_url") or "",
            "platform": clip.get("platform") or "",
            "uploader": clip.get("uploader") or "",
            "upload_date": clip.get("upload_date") or "",
            "title": clip.get("title") or "",
        },
    }


def _analyses(rows: list[dict], include_series: bool, registry: Registry | None) -> list[dict]:
    if not rows:
        return []
    from analyzers.registry import discover

    registry = registry or discover()  # once: it reads, hashes and checks every analyzer's model
    return [_analysis(row, registry, include_series) for row in rows]


def _analysis(row: dict, registry: Registry, include_series: bool) -> dict:
    try:
        manifest = registry.get(row["analyzer_id"]).manifest
    except KeyError:  # recorded by an analyzer this installation no longer has
        manifest = None
    # A score that is not a number (NaN, infinite) has no place in JSON: such frames are left out.
    kept = [(f, float(s)) for f, s in zip(row.get("frames") or [], row.get("scores") or [], strict=False)]
    kept = [(f, s) for f, s in kept if math.isfinite(s)]
    frames, scores = [f for f, _ in kept], [s for _, s in kept]
    values = np.asarray(scores, dtype=float)
    summary = (
        {
            "min": float(values.min()),
            "mean": float(values.mean()),
            "max": float(values.max()),
            "p90": float(np.percentile(values, 90)),
        }
        if len(values)
        else {"min": None, "mean": None, "max": None, "p90": None}
    )
    result = {
        "id": row["analyzer_id"],
        "name": manifest.name if manifest else "",
        "version": row["version"],
        "model_sha256": row["model_sha256"],
        "provider": row.get("provider") or "",
        "params": row.get("params") or {},
        "cue": manifest.cue if manifest else "",
        "failure_modes": list(manifest.failure_modes) if manifest else [],
        "in_this_installation": manifest is not None,
        "frames_analysed": len(frames),
        "summary": summary,
        "analysed_at": row.get("created_at") or "",
    }
    if include_series:
        result["series"] = _series(frames, scores)
    return result


def _series(frames: list[int], scores: list[float]) -> dict:
    """The per-frame scores; a long one is cut into bins that each keep their lowest and highest point, so that
    no spike is lost."""
    if len(frames) <= MAX_SERIES_POINTS:
        return {"frames": frames, "scores": scores, "downsampled_from": None}
    kept: set[int] = set()
    for chunk in np.array_split(np.arange(len(scores)), MAX_SERIES_POINTS // 2):
        values = np.asarray(scores)[chunk]
        kept.update((int(chunk[values.argmin()]), int(chunk[values.argmax()])))
    order = sorted(kept)
    return {"frames": [frames[i] for i in order], "scores": [scores[i] for i in order], "downsampled_from": len(frames)}


def _evidence(row: dict, picture, fps: float) -> dict:
    return {
        "id": row["id"],
        "frame": row["frame"],
        "timecode": timecode(row["frame"], fps),
        "overlay": row.get("overlay") or "",
        "overlay_not_drawn": list(picture.not_drawn),
        "regions": row.get("regions") or [],
        "note": row.get("note") or "",
        "file": f"evidence/{picture.name}",
        "sha256": picture.sha256,
        "pixels_sha256": row.get("image_sha256") or "",
    }


def _claims(rows: list[dict], sources: list[dict], lines: list, fps: float) -> list[dict]:
    claims = []
    for number, row in enumerate(rows, 1):
        own = [s for s in sources if s["claim_id"] == row["id"]]
        rating = row.get("rating") or ""
        claims.append(
            {
                "id": row["id"],
                "number": number,
                "frame_in": row["frame_in"],
                "frame_out": row["frame_out"],
                "timecode_in": timecode(row["frame_in"], fps),
                "timecode_out": timecode(row["frame_out"], fps),
                "text": row.get("text") or "",
                "claimant": row.get("claimant") or "",
                "rating": rating,
                "rating_value": RATINGS.get(rating, 0),
                "explanation": row.get("explanation") or "",
                "sources": [_source(s, i + 1) for i, s in enumerate(own)],
                **claim_words(row, lines, fps),
            }
        )
    return claims


def _source(row: dict, number: int) -> dict:
    return {"number": number, **{key: row.get(key) or "" for key in _SOURCE_FIELDS}}


def _verdict(row: dict | None) -> dict | None:
    if row is None:
        return None
    authenticity = row.get("authenticity") or ""
    return {
        "authenticity": authenticity,
        "media_review_category": AUTHENTICITY.get(authenticity, ""),
        "content_rating": row.get("content_rating") or "",
        "summary": row.get("summary") or "",
        "reviewer": row.get("reviewer") or "",
        "decided_at": row.get("decided_at") or "",
        "status": row.get("status") or "",
    }


def _audit(row: dict) -> dict:
    return {
        "at": row["at"],
        "reviewer": row.get("reviewer") or "",
        "table": row["table_name"],
        "row_id": row["row_id"],
        "action": row["action"],
        "before": _json(row.get("before")),
        "after": _json(row.get("after")),
    }


def _json(text: str | None) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {"unreadable": text}
    return value if isinstance(value, dict) else {"value": value}


def _with_author(review: dict, organisation: dict) -> dict:
    """`review` with the organisation as its author; none is named when no organisation is set."""
    if organisation["name"]:
        review["author"] = _organisation_ld(organisation)
    return review


def _organisation_ld(organisation: dict) -> dict:
    author = {"@type": "Organization", "name": organisation["name"]}
    if organisation["url"]:
        author["url"] = organisation["url"]
    return author


def _claim_review(claim: dict, clip: dict, organisation: dict, created: str) -> dict:
    rating = {
        "@type": "Rating",
        "alternateName": claim["rating"],
        "bestRating": 5,
        "worstRating": 1,
        "ratingExplanation": claim["explanation"],
    }
    if claim["rating_value"]:  # Missing context, Unverifiable and Satire are not on the 1-5 scale
        rating["ratingValue"] = claim["rating_value"]
    item = {"@type": "Claim", "author": {"@type": "Person", "name": claim["claimant"]}}
    if clip.get("upload_date"):
        item["datePublished"] = clip["upload_date"]
    if clip.get("source_url"):
        appearance = {"@type": "CreativeWork", "url": clip["source_url"]}
        item["appearance"] = [appearance]
        item["firstAppearance"] = appearance
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim["text"],
        "reviewRating": rating,
        "itemReviewed": item,
        "datePublished": created[:10],
        "inLanguage": review_language(),
    }
    _with_author(review, organisation)
    if organisation["url"]:
        review["url"] = f"{organisation['url']}#claim-{claim['number']}"
    return review


def _media_review(verdict: dict, clip: dict, organisation: dict, created: str) -> dict:
    review = {
        "@context": "https://schema.org",
        "@type": "MediaReview",
        "originalMediaContextDescription": verdict.get("summary") or "",
        "itemReviewed": {
            "@type": "MediaReviewItem",
            "mediaItemAppearance": [
                {
                    "@type": "VideoObject",
                    "name": clip["file_name"],
                    "sha256": clip["sha256"],
                    **({"contentUrl": clip["source_url"]} if clip.get("source_url") else {}),
                }
            ],
        },
        "datePublished": created[:10],
        "inLanguage": review_language(),
    }
    _with_author(review, organisation)
    category = AUTHENTICITY.get(verdict.get("authenticity") or "", "")
    if category:  # Undetermined has no MediaReview category
        review["mediaAuthenticityCategory"] = category
    if organisation["url"]:
        review["url"] = organisation["url"]
    return review


def review_language() -> str:
    """The language the reviewer reads and writes in, as a BCP 47 tag ("en", "zh-CN") for the JSON-LD's inLanguage."""
    return language().replace("_", "-")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
