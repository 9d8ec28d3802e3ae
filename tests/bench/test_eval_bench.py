"""bench.eval: its label and manifest readers, the normalized variants (real encodes of tiny clips), the format
features, the grouped tables, the score cache and the clip-level calibration's row."""

from __future__ import annotations

import json
from fractions import Fraction

import av
import numpy as np
import pytest

from analyzers.evidence.clip_model import Feature, calibration_bytes
from analyzers.evidence.fit import fit_calibration
from analyzers.registry import discover
from bench.eval import (
    FORMAT_ROW,
    LEARNED_ROW,
    as_json,
    auc,
    evaluate,
    evidence_for,
    format_features,
    main,
    pooled,
    read_labels,
    read_manifest,
    score_features,
    table,
    variant_file,
)
from tests.artifacts import camera_like_frame, write_clip


def test_auc_ties_and_empty_classes_and_a_csv_with_bad_rows(tmp_path):
    assert auc([0.9, 0.8, 0.7], [0.1, 0.2]) == 1.0  # perfectly separated
    assert auc([0.1, 0.2], [0.9, 0.8, 0.7]) == 0.0  # the wrong way round
    assert auc([0.5, 0.5], [0.5, 0.5, 0.5]) == 0.5  # all tied
    assert auc([0.3, 0.6], [0.3, 0.1]) == pytest.approx((1.5 + 2) / 4)  # one tie counts a half
    assert auc([], [0.1]) is None and auc([0.1], []) is None
    assert pooled([1.0, 2.0, 3.0, float("nan")]) == {"mean": 2.0, "p90": pytest.approx(2.8)}
    assert pooled([]) is None

    (tmp_path / "clips").mkdir()
    for name in ("a.mp4", "b.mp4"):
        (tmp_path / "clips" / name).write_bytes(b"x")
    labels = tmp_path / "labels.csv"
    absolute = tmp_path / "clips" / "b.mp4"
    labels.write_text(f"path,label\nclips/a.mp4,1\nclips/missing.mp4,0\nclips/a.mp4,yes\n{absolute},0\n")
    clips, problems = read_labels(labels)
    assert [(c.path, c.label, c.line) for c in clips] == [(tmp_path / "clips" / "a.mp4", 1, 2), (absolute, 0, 5)]
    assert len(problems) == 2
    assert "line 3" in problems[0] and "missing.mp4" in problems[0]
    assert "line 4" in problems[1] and "'yes'" in problems[1]


def test_the_manifest_gives_each_clip_its_repository_and_family(tmp_path):
    for name in ("a.mp4", "b.mp4", "c.mp4", "d.mp4"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "labels.csv").write_text("path,label\na.mp4,1\nb.mp4,1\nc.mp4,0\nd.mp4,0\n")
    (tmp_path / "MANIFEST.csv").write_text(
        "file,label,source_repo,model_or_origin,family\n"
        'a.mp4,1,org/gen,"Model X (image-to-video, v2)",\n'
        "b.mp4,1,org/gen2,,Named family\n"
        "c.mp4,0,org/cam,,\n"
    )
    clips, _ = read_labels(tmp_path / "labels.csv")
    origins, problems = read_manifest(tmp_path / "MANIFEST.csv", clips)
    assert [(o.group, o.family) for o in origins[:3]] == [
        ("org/gen", "Model X"),
        ("org/gen2", "Named family"),
        ("org/cam", "org/cam"),
    ]
    assert origins[3].group.startswith("(alone)") and "d.mp4" in problems[0]
    (tmp_path / "bad.csv").write_text("path,repo\n")
    with pytest.raises(ValueError, match="source_repo"):
        read_manifest(tmp_path / "bad.csv", clips)


def _grey_clip(path, levels, rate=8, size=(64, 48), pts_ms=None):
    """A clip whose frame i is flat grey at levels[i], at `rate` fps or at the given times in milliseconds."""
    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=rate, options={"crf": "10", "preset": "veryfast"})
        stream.width, stream.height = size
        stream.pix_fmt = "yuv420p"
        if pts_ms is not None:
            stream.time_base = Fraction(1, 1000)
        for i, level in enumerate(levels):
            frame = av.VideoFrame.from_ndarray(np.full((size[1], size[0], 3), level, np.uint8), format="rgb24")
            if pts_ms is not None:
                frame.pts, frame.time_base = pts_ms[i], Fraction(1, 1000)
            out.mux(stream.encode(frame))
        out.mux(stream.encode())
    return path


def _decoded(path):
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        frames = [f.to_ndarray(format="gray") for f in container.decode(stream)]
        return frames, (stream.width, stream.height), stream.average_rate


def test_normalized_is_16_fps_by_timestamp_480_px_3_s_and_the_harder_ones_are_built_from_it(tmp_path):
    levels = [20 + 6 * i for i in range(30)]  # 30 frames at 8 fps: 3.75 s
    source = _grey_clip(tmp_path / "eight.mp4", levels)
    work = tmp_path / "work"
    work.mkdir()
    file, encoded = variant_file(source, "abc", "normalized", work, None)
    assert encoded and file.name == "abc_normalized_16fps_short480_3s_crf23_x264medium.mp4"
    frames, size, rate = _decoded(file)
    assert size == (640, 480) and rate == 16 and len(frames) == 48  # the first 3 s at 16 fps
    seen = [float(f.mean()) for f in frames]
    assert seen == pytest.approx([levels[j // 2] for j in range(48)], abs=3)  # each frame shown twice

    half, encoded = variant_file(source, "abc", "normalized_half", work, None)
    assert encoded and "then_short240" in half.name
    frames, size, rate = _decoded(half)
    assert size == (320, 240) and rate == 16 and len(frames) == 48
    harder, _ = variant_file(source, "abc", "normalized_crf28", work, None)
    frames, size, _ = _decoded(harder)
    assert size == (640, 480) and len(frames) == 48
    assert variant_file(source, "abc", "normalized_half", work, None) == (half, False)  # cached


def test_normalized_keeps_the_clock_of_a_variable_frame_rate_clip(tmp_path):
    times = [0, 100, 400, 450, 1000, 1100]
    levels = [30, 70, 110, 150, 190, 230]
    source = _grey_clip(tmp_path / "vfr.mp4", levels, size=(48, 64), pts_ms=times)
    work = tmp_path / "work"
    work.mkdir()
    file, _ = variant_file(source, "vfr", "normalized", work, None)
    frames, size, _ = _decoded(file)
    assert size == (480, 640)  # portrait: the shorter side is the width
    with av.open(str(source)) as container:  # the muxer may round the times: read them back
        stream = container.streams.video[0]
        stamped = [(float(f.time), float(f.to_ndarray(format="gray").mean())) for f in container.decode(stream)]
    gaps = np.diff([t for t, _ in stamped])
    assert gaps.max() > 2 * gaps.min()  # the source's frame rate does vary
    shown = [max((t, level) for t, level in stamped if t <= tick / 16)[1] for tick in range(16)]
    assert [float(f.mean()) for f in frames[:16]] == pytest.approx(shown, abs=3)


def test_format_features_one_hot_what_the_clips_use():
    formats = [
        {"fps": 8.0, "frames": 25, "width": 64, "height": 48, "aspect": 4 / 3, "codec": "h264", "container": "mp4"},
        {"fps": 30.0, "frames": 9, "width": 48, "height": 48, "aspect": 1.0, "codec": "gif", "container": "gif"},
    ]
    X, names = format_features(formats)
    assert names == [
        "fps",
        "frames",
        "width",
        "height",
        "aspect",
        "codec=gif",
        "codec=h264",
        "container=gif",
        "container=mp4",
    ]
    assert X.tolist() == [[8, 25, 64, 48, 4 / 3, 0, 1, 0, 1], [30, 9, 48, 48, 1, 1, 0, 1, 0]]


def _labelled_folder(folder, manifest=True):
    """Eight 64x64 clips, four per class, two repositories per class; label 1 clips are blurred."""
    import cv2

    rows, manifest_rows = ["path,label"], ["file,label,source_repo,model_or_origin"]
    for i in range(8):
        label = i % 2

        def frames(i=i, label=label):
            for n in range(6):
                frame = camera_like_frame(seed=10 * i + n, size=(64, 64), shift=n)
                yield cv2.GaussianBlur(frame, (0, 0), 2) if label else frame

        name = f"clip{i}.mp4"
        write_clip(folder / name, frames(), crf=12, pix_fmt="yuv420p")
        rows.append(f"{name},{label}")
        kind = "gen" if label else "cam"
        manifest_rows.append(f"{name},{label},org/{kind}{i // 2 % 2},{kind.title()} {i // 2 % 2} (test)")
    (folder / "labels.csv").write_text("\n".join(rows) + "\n")
    if manifest:
        (folder / "MANIFEST.csv").write_text("\n".join(manifest_rows) + "\n")
    return folder / "labels.csv"


def test_grouped_tables_with_intervals_format_and_learned_rows_and_a_cache_that_analyses_nothing_again(tmp_path):
    labels = _labelled_folder(tmp_path)
    clips, _ = read_labels(labels)
    origins, problems = read_manifest(tmp_path / "MANIFEST.csv", clips)
    assert not problems
    analyzers = [discover().get("noise_level")]
    work = tmp_path / "work"
    work.mkdir()
    variants = ["original", "normalized_half"]
    evaluation = evaluate(clips, analyzers, variants, work, "cpu", origins=origins, log=lambda line: None)
    assert evaluation.failed == 0 and evaluation.analysed == 16 and evaluation.encoded == 8
    text = table(evaluation)
    assert "folds by source repository (4 groups, from the manifest)" in text
    for row in ("noise_level mean", "noise_level p90", LEARNED_ROW, FORMAT_ROW, "Gen 0", "Gen 1", "all generated"):
        assert row in text
    assert text.count(FORMAT_ROW) == 4  # in both tables of both variants
    assert "[" in text and "recall@5%FPR" in text

    result = json.loads(json.dumps(as_json(evaluation, labels, 1, None)))
    rows = {r["row"]: r for r in result["tables"]["original"]["rows"]}
    assert rows[FORMAT_ROW]["auc"] is not None and len(rows[FORMAT_ROW]["auc_95_interval"]) == 2
    assert result["clips"][0]["source_repo"] == "org/cam0" and result["clips"][1]["family"] == "Gen 0"
    assert set(result["clips"][0]["variants"]["original"]["out_of_fold_log_odds"]) == {LEARNED_ROW, FORMAT_ROW}

    again = evaluate(clips, analyzers, variants, work, "cpu", origins=origins, log=lambda line: None)
    assert again.analysed == 0 and again.encoded == 0
    assert table(again) == text

    evidence = evidence_for([c.path for c in clips], "normalized_half", work, analyzers)
    assert all(e is not None and e.analysed == 0 for e in evidence)
    assert evidence[0].format["height"] == 240 and evidence[0].format["fps"] == 16.0
    X, names = score_features(evidence, analyzers)
    assert names == ["noise_level mean", "noise_level p90"] and X.shape == (8, 2) and np.isfinite(X).all()

    alone = evaluate(clips, analyzers, ["original"], work, "cpu", log=lambda line: None)
    assert "no manifest, so every clip is its own group" in table(alone)


def test_the_self_test_runs_the_grouped_path_and_finds_everything_cached_the_second_time(capsys):
    assert main(["--self-test", "--detectors", "noise_level", "--variants", "original,normalized_half"]) == 0
    out = capsys.readouterr().out
    assert "from the manifest" in out and FORMAT_ROW in out and LEARNED_ROW in out
    assert "second pass: 12 re-encodes found in the cache, 0 encoded; 0 analyzer runs" in out


def _made_up_calibration(analyzer: str, name: str):
    """A calibration over `analyzer`'s mean and p90, fitted on made-up rows (label 1 rows score higher)."""
    rng = np.random.default_rng(3)
    labels = [i % 2 for i in range(24)]
    rows = np.array([[label + rng.normal(0, 0.5), label + 0.3 + rng.normal(0, 0.5)] for label in labels])
    groups = [f"repo{i % 4}" for i in range(24)]
    features = [Feature(analyzer, "mean"), Feature(analyzer, "p90")]
    return fit_calibration(rows, labels, groups, features, name=name, fitted_on="24 made-up rows")


def test_a_clip_level_calibration_is_measured_as_a_row_of_its_own_or_left_out_and_a_broken_one_is_refused(
    tmp_path, capsys
):
    labels = _labelled_folder(tmp_path)
    work = tmp_path / "work"
    common = [str(labels), "--detectors", "noise_level", "--variants", "original", "--work", str(work)]
    calibration = tmp_path / "calibration.json"
    calibration.write_bytes(calibration_bytes(_made_up_calibration("noise_level", "made up")))
    out = tmp_path / "out.json"

    assert main([*common, "--calibration", str(calibration), "--json", str(out)]) == 0
    text = capsys.readouterr().out
    line = next(line for line in text.splitlines() if line.startswith("clip evidence: made up"))
    assert "[" in line  # an AUC with its interval, not a note
    rows = {r["row"]: r for r in json.loads(out.read_text())["tables"]["original"]["rows"]}
    row = rows["clip evidence: made up"]
    assert 0.0 <= row["auc"] <= 1.0 and len(row["auc_95_interval"]) == 2 and not row["note"]
    assert (row["clips_label_1"], row["clips_label_0"]) == (4, 4)

    assert main([*common, "--calibration", "none", "--json", str(out)]) == 0
    assert "clip evidence:" not in capsys.readouterr().out
    assert not [r for r in json.loads(out.read_text())["tables"]["original"]["rows"] if "clip evidence" in r["row"]]

    elsewhere = tmp_path / "elsewhere.json"  # over an analyzer this run did not use: a note, no figure
    elsewhere.write_bytes(calibration_bytes(_made_up_calibration("temporal_boiling", "elsewhere")))
    assert main([*common, "--calibration", str(elsewhere)]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("clip evidence: elsewhere"))
    assert "needs temporal_boiling, which were not all run" in line

    for broken, words in ((b"not a calibration", "not JSON"), (b'{"name": "no features"}', "lacks a field")):
        calibration.write_bytes(broken)
        assert main([*common, "--calibration", str(calibration)]) == 2
        captured = capsys.readouterr()
        assert "--calibration: " in captured.err and words in captured.err
        assert "clip evidence" not in captured.out
