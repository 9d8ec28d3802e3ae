"""What the clip says or shows beside each claim in the dossier: the caption or transcript line the claim quotes (as
it read when the claim was made), and the lines said or shown during the claim's range (as they read now)."""

from __future__ import annotations

from dataclasses import asdict

from analyzers.words.lines import TextLine
from app.text.timecode import format_timecode

MAX_LINES_PER_CLAIM = 40  # a claim over a whole clip quotes its first lines, not a transcript


def claim_words(claim: dict, lines: list[TextLine], fps: float) -> dict:
    """The claim's "quoted_line" (None for a claim not made from a line) and "words_during" (the lines that overlap
    its frames, at most MAX_LINES_PER_CLAIM, with "words_left_out" counting the rest), for the claim's JSON."""
    quoted = claim.get("quoted_line")
    during = [line for line in lines if _overlaps(line, claim["frame_in"], claim["frame_out"], fps)]
    return {
        "quoted_line": _line(quoted) if quoted else None,
        "words_during": [_line(asdict(line)) for line in during[:MAX_LINES_PER_CLAIM]],
        "words_left_out": max(0, len(during) - MAX_LINES_PER_CLAIM),
    }


def _overlaps(line: TextLine, frame_in: int, frame_out: int, fps: float) -> bool:
    """Whether the line is said or shown on any of the frames frame_in..frame_out: by its own frames when it has
    them, else by its times at the clip's rate."""
    if line.first_frame is not None and line.last_frame is not None:
        return line.first_frame <= frame_out and line.last_frame >= frame_in
    if fps <= 0:
        return False
    return line.start < (frame_out + 1) / fps and line.end > frame_in / fps


def _line(values: dict) -> dict:
    return {
        "source": values["source"],
        "track": values["track"],
        "start": round(float(values["start"]), 3),
        "end": round(float(values["end"]), 3),
        "timecode_in": format_timecode(float(values["start"])),
        "timecode_out": format_timecode(float(values["end"])),
        "text": values["text"],
    }
