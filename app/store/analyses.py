"""The case store's part for what the detectors measured on a clip: whole-clip analyzer runs and clip-level
figures under a calibration, and the decided clips' scores a calibration is fitted on. Measured, not entered: none
of it is audited or undone."""

from __future__ import annotations

import json

from app.store.clock import now

_EVIDENCE_FIELDS = ("calibration", "calibration_sha256", "probability", "low", "high", "likelihood_ratio", "rendition")


class AnalysisRecords:
    """Mixed into Store, whose connection (`_db`), reading, transactions and plain-SQL writes it uses."""

    def analyses(self, clip_id: int) -> list[dict]:
        return self._rows("select * from analyses where clip_id = ? order by id", [clip_id])

    def record_analysis(self, clip_id: int, track: dict) -> None:
        """A whole-clip run of one analyzer on the clip, as the dossier reports it; a run of the same analyzer
        version and model replaces the one recorded before (the scores are the same by construction)."""
        values = {
            "clip_id": clip_id,
            "analyzer_id": track["id"],
            "version": track["version"],
            "model_sha256": track["model_sha256"],
            "provider": track.get("provider", ""),
            "machine": track.get("machine", ""),  # the computer it ran on: a cluster's worker, or this one
            "params": json.dumps({"stride": track.get("stride", 1)}),
            "frames": json.dumps(track["frames"]),
            "scores": json.dumps(track["scores"]),
            "created_at": now(),
        }
        with self.transaction():
            self._db.execute(
                "delete from analyses where clip_id = ? and analyzer_id = ? and version = ? and model_sha256 = ?",
                [clip_id, track["id"], track["version"], track["model_sha256"]],
            )
            self._insert("analyses", values)

    def record_analyses(self, clip_id: int, tracks: list[dict]) -> None:
        """Several whole-clip runs on the clip, all in the file or none: a kill half-way must not leave the clip
        with part of its runs, which would look like a finished analysis and never be redone."""
        with self.transaction():
            for track in tracks:
                self.record_analysis(clip_id, track)

    def record_clip_evidence(self, clip_id: int, measured: dict) -> None:
        """The clip's clip-level figure under one calibration (replacing an earlier one under the same calibration),
        with the per-frame scores of the rendition it came from. Not audited: it is measured, not entered."""
        values = {key: measured[key] for key in _EVIDENCE_FIELDS} | {
            "clip_id": clip_id,
            "scores": json.dumps(measured["scores"]),
            "created_at": now(),
        }
        with self.transaction():
            self._db.execute(
                "delete from clip_evidence where clip_id = ? and calibration_sha256 = ?",
                [clip_id, measured["calibration_sha256"]],
            )
            self._insert("clip_evidence", values)
            self._update("clips", clip_id, {"evidence": measured["probability"]})  # the newest figure, for the queue

    def clip_evidence(self, clip_id: int, calibration_sha256: str | None = None) -> dict | None:
        """The clip's latest figure (under that calibration, when one is named); None when it has none."""
        sql = "select * from clip_evidence where clip_id = ?"
        parameters: list = [clip_id]
        if calibration_sha256:
            sql += " and calibration_sha256 = ?"
            parameters.append(calibration_sha256)
        rows = self._rows(sql + " order by created_at desc, id desc limit 1", parameters)
        return rows[0] if rows else None

    def decided_clip_scores(self) -> list[dict]:
        """Each clip with a verdict on its authenticity and measured scores: the verdict, the uploader (a group for
        grouped cross-validation) and the newest rendition scores."""
        return self._rows(
            """select c.id as clip_id, c.sha256, c.uploader, c.platform, v.authenticity, e.scores
               from clips c join verdicts v on v.clip_id = c.id and v.deleted = 0
               join clip_evidence e on e.id = (
                   select id from clip_evidence where clip_id = c.id order by created_at desc, id desc limit 1)
               order by c.id"""
        )
