"""Writes what bench.eval measured on a held-out set into the shipped calibration and the built-in manifests.

    python -m training.record_measure EVAL.json --where "the dev set (71 public clips, 29 repositories)"

EVAL.json is `python -m bench.eval ... --json` over the normalized variants, run with the models this training
wrote. Each built-in cue gets one sentence per variant in its manifest's `measured` (AUC of its mean frame score
with the bootstrap interval, and whether it ranks the clips the wrong way round); the shipped calibration gets
its figures under "<where>, <variant>" in `measured`, beside its grouped cross-validation on the training clips.
Every figure shown in the app then says where it was measured.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from analyzers.evidence.clip_model import calibration_bytes, calibration_from_json
from analyzers.resources import models_dir, shipped_calibration_path

VARIANT_WORDS = {
    "normalized": "as the app measures it",
    "normalized_crf28": "re-encoded at H.264 CRF 28",
    "normalized_half": "at half size (240 px)",
}


def _auc_words(row: dict) -> str:
    low, high = row["auc_95_interval"]
    turned = ", the wrong way round" if high < 0.5 else ""
    return f"AUC {row['auc']:.2f} [{low:.2f}-{high:.2f}]{turned}"


def record(result: dict, where: str) -> list[str]:
    """Writes the figures; returns the files written."""
    written = []
    tables = {v: t for v, t in result["tables"].items() if v in VARIANT_WORDS}
    for folder in sorted(p for p in models_dir().iterdir() if (p / "manifest.json").is_file()):
        path = folder / "manifest.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        rows = {v: next((r for r in t["rows"] if r["row"] == f"{data['id']} mean"), None) for v, t in tables.items()}
        sentences = [
            f"On {where}, {VARIANT_WORDS[v]}: {_auc_words(row)} for its mean frame score."
            for v, row in rows.items()
            if row and row["auc"] is not None
        ]
        if sentences:  # the sentences from another set (the training's own) stay
            kept = [m for m in data.get("measured", []) if not m.startswith(f"On {where}, ")]
            data["measured"] = kept + sentences
            path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            written.append(str(path))
    shipped = json.loads(shipped_calibration_path().read_text(encoding="utf-8"))
    for variant, table in tables.items():
        row = next((r for r in table["rows"] if r["row"] == f"clip evidence: {shipped['name']}"), None)
        if row and row["auc"] is not None:
            low, high = row["auc_95_interval"]
            shipped["measured"][f"{where}, {VARIANT_WORDS[variant]}"] = {
                "auc": round(row["auc"], 4),
                "low": round(low, 4),
                "high": round(high, 4),
                "generated": row["clips_label_1"],
                "camera": row["clips_label_0"],
            }
    calibration = calibration_from_json(shipped, "")
    shipped_calibration_path().write_bytes(calibration_bytes(calibration))
    return [*written, str(shipped_calibration_path())]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("result", type=Path, help="bench.eval's --json output")
    parser.add_argument("--where", required=True, help="the set it was measured on, in words")
    args = parser.parse_args(argv)
    for path in record(json.loads(args.result.read_text(encoding="utf-8")), args.where):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
