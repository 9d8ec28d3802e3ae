"""`reelcheck evidence FILE`: the clip's clip-level figure, with its interval, its calibration and where that
calibration's accuracy was measured."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.output import fail, file_said, json_help, json_text, plugins_help, say
from app.i18n import translate


def add_parsers(commands: argparse._SubParsersAction) -> None:
    evidence = commands.add_parser(
        "evidence",
        help=translate(
            "Evidence command",
            "measure a clip's clip-level evidence (calibrated; evidence for a reviewer, not a verdict)",
        ),
    )
    evidence.add_argument("file", type=Path)
    evidence.add_argument(
        "--calibration", type=Path, help=translate("Evidence command", "a calibration file (default: the one in use)")
    )
    evidence.add_argument("--json", action="store_true", help=json_help())
    evidence.add_argument(
        "--record",
        action="store_true",
        help=translate("Evidence command", "record the figure on this clip in the case database"),
    )
    evidence.add_argument("--plugins", type=Path, help=plugins_help())


def show_evidence(args: argparse.Namespace) -> int:
    from analyzers.evidence.clip_model import CalibrationError, load_calibration
    from analyzers.registry import discover
    from app.analysis.calibrations import calibration_in_use
    from app.analysis.clip_evidence import NotMeasured, measure_clip
    from app.analysis.detector_words import error_words
    from app.cli.case import record_on_clip
    from app.files.regular import regular_file_problem
    from app.media.errors import MediaError
    from app.media.hashing import sha256_file

    try:
        calibration = load_calibration(args.calibration) if args.calibration else calibration_in_use()
    except (CalibrationError, OSError) as error:
        which = args.calibration or translate("Evidence command", "The calibration")
        return fail(file_said(which, error_words(error)))
    try:
        problem = regular_file_problem(args.file)
        if problem:
            return fail(problem)
        sha256 = sha256_file(args.file)
        measured = measure_clip(
            args.file, sha256, calibration, discover(args.plugins), provider=args.engine_provider or "auto"
        )
    except (MediaError, NotMeasured, OSError) as error:
        return fail(file_said(args.file, error))
    evidence = measured.evidence
    result = {
        "clip": {"file": str(args.file), "sha256": sha256},
        "probability": round(evidence.probability, 4),
        "interval": [round(evidence.low, 4), round(evidence.high, 4)],
        "likelihood_ratio": round(evidence.likelihood_ratio, 4),
        "prior": calibration.prior,
        "in_words": evidence.in_words(),
        "measured_on": measured.as_record()["rendition"],
        "calibration": {
            "name": calibration.name,
            "sha256": calibration.sha256,
            "fitted_on": calibration.fitted_on,
            "accuracy": calibration.measured,
        },
        "note": "Evidence for a reviewer, not a verdict on the clip.",
    }
    problem = ""
    if args.record:
        record = measured.as_record()
        problem = record_on_clip(args, sha256, lambda store, clip_id: store.record_clip_evidence(clip_id, record))
    if args.json:
        print(json_text(result))
    else:
        _say_in_words(args.file, result, evidence, calibration)
    return fail(problem) if problem else 0  # a figure not recorded is still shown: measuring it took a while


def _say_in_words(file: Path, result: dict, evidence, calibration) -> None:
    from app.analysis.detector_words import evidence_in_words, shown_calibration

    calibration = shown_calibration(calibration)
    accuracy = translate(
        "Evidence command",
        "Its accuracy, {where}: AUC {auc:.2f} ({low:.2f}-{high:.2f}), {generated} generated and {camera} camera clips.",
    )
    say(
        translate("Evidence command", "{file}: {figure}.").format(file=file, figure=evidence_in_words(evidence)),
        translate("Evidence command", "Measured on {rendition}; calibration '{calibration}'.").format(
            rendition=translate("Calibration", result["measured_on"]), calibration=calibration.name
        ),
        *(accuracy.format(where=where, **m) for where, m in calibration.measured.items()),
        translate("Evidence command", "Evidence for a reviewer, not a verdict on the clip."),
    )
