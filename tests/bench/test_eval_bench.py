"""bench.eval's arithmetic and its label reader, without encoding or analysing anything."""

from __future__ import annotations

import pytest

from bench.eval import auc, pooled, read_labels


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
