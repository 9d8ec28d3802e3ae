"""Which clip-level calibration is in use: the shipped one, or the newsroom's own, refitted on its decided clips.

The one in use is a copy in the user's config folder (`calibration.json`); without it, the shipped one. A
newsroom's calibration is fitted on the clips whose verdict says camera footage or generated, with the clip's
uploader (or platform, else the clip itself) as the group of grouped cross-validation, and compared with the
shipped one on the same decided clips: the shipped one never saw them, so its figure there is measured as is.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from analyzers.evidence.clip_model import Calibration, calibration_bytes, load_calibration
from analyzers.evidence.fit import FEWEST_PER_CLASS, TooFewClips, fit_calibration, measure
from analyzers.resources import shipped_calibration_path
from analyzers.translatable import QT_TRANSLATE_NOOP
from app.analysis.calibration_names import FITTED_ON, NEWSROOM_NAME
from app.files.atomic import write_text_atomically
from app.i18n import translate

# The verdict's media authenticity assessment as a label: 1 generated, 0 camera footage; the rest is no label.
LABELS = {
    "AI-generated, confirmed by provenance": 1,
    "Likely AI-generated": 1,
    "Likely authentic": 0,
    "Authentic, verified provenance": 0,
}


def shipped_path() -> Path:
    return shipped_calibration_path()


def in_use_path() -> Path:
    from platformdirs import user_config_path

    return user_config_path("reelcheck", appauthor=False) / "calibration.json"


def calibration_in_use() -> Calibration:
    """The newsroom's chosen calibration when there is a usable one, else the shipped one (CalibrationError when
    that one is missing or damaged)."""
    chosen = _usable(in_use_path())
    return chosen if chosen is not None else load_calibration(shipped_path())


def known_calibrations() -> tuple[Calibration | None, list[Calibration]]:
    """(the calibration in use, every usable calibration this installation has: in use and shipped); a missing or
    damaged file is simply not known."""
    found = [c for c in (_usable(in_use_path()), _usable(shipped_path())) if c is not None]
    return (found[0] if found else None), found


def _usable(path: Path) -> Calibration | None:
    """The calibration at `path`; None when there is none or it is damaged (the settings show which is in use)."""
    try:
        return load_calibration(path) if path.is_file() else None
    except (ValueError, OSError):
        return None


def use(calibration: Calibration | None) -> None:
    """Make `calibration` the one in use; None goes back to the shipped one."""
    path = in_use_path()
    if calibration is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomically(path, calibration_bytes(calibration).decode("utf-8"))


@dataclass(frozen=True)
class Refit:
    local: Calibration
    shipped_on_decided: dict  # the shipped calibration measured on the same decided clips
    left_out: int  # decided clips measured by other detector versions than the calibration's, not used


def refit_on_decided(decided: list[dict], shipped: Calibration, current_versions: dict[str, str]) -> Refit:
    """A calibration with the shipped one's features, fitted on `decided` (Store.decided_clip_scores rows).
    Clips whose scores came from other detector versions than `current_versions` are left out: their figures
    measured something else. Raises TooFewClips when too few are left."""
    rows, labels, groups = [], [], []
    left_out = 0
    for clip in decided:
        label = LABELS.get(clip["authenticity"] or "")
        if label is None:
            continue
        scores = clip["scores"]
        if any(scores.get(name, {}).get("version") != current_versions.get(name) for name in shipped.analyzers):
            left_out += 1
            continue
        row = shipped.features_of({name: entry["scores"] for name, entry in scores.items()})
        if row is None:
            left_out += 1
            continue
        rows.append(row)
        labels.append(label)
        groups.append(clip.get("uploader") or clip.get("platform") or clip["sha256"])
    y = np.asarray(labels, dtype=np.int64)
    if len(rows) < 2 * FEWEST_PER_CLASS:
        words = translate(
            "Calibration",
            "a calibration needs at least {fewest} decided clips of each kind with clip evidence (there are "
            "{generated} generated and {camera} camera)",
        )
        raise TooFewClips(words.format(fewest=FEWEST_PER_CLASS, generated=(y == 1).sum(), camera=(y == 0).sum()))
    x = np.vstack(rows)
    today = datetime.date.today().isoformat()
    local = fit_calibration(
        x,
        y,
        groups,
        shipped.features,
        # in English, as stored; calibration_names.calibration_words says them in the reader's language
        name=NEWSROOM_NAME.format(date=today),
        fitted_on=FITTED_ON.format(
            clips=len(y), generated=int(y.sum()), camera=int((y == 0).sum()), groups=len(set(groups))
        ),
        failure_modes=[  # stored with the calibration, in English; translated where shown (detector_words)
            QT_TRANSLATE_NOOP(
                "Calibration",
                "Fitted on this newsroom's own decisions: it learns their mistakes too, and it is only as good on "
                "new kinds of clips as the decided clips were varied.",
            ),
            *shipped.failure_modes,
        ],
    )
    shipped_figures = np.array([shipped.evidence_of_row(row).probability for row in rows])
    return Refit(local, measure(shipped_figures, y), left_out)
