"""Provenance hints from container metadata: encoder, camera, generator-typical shapes, no audio, yt-dlp sidecar."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.media.clip import open_clip
from app.media.synth import ClipRecipe, write_clip
from app.provenance.metadata import NOTE, WORTH_A_LOOK, metadata_hints

VERDICT_WORDS = ("is fake", "is real", "proves", "is generated", "is authentic")


def _hints(path: Path) -> dict:
    clip = open_clip(path)
    clip.close()
    return {hint.title: hint for hint in metadata_hints(clip.facts, path)}


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app.main", *args], capture_output=True, text=True, timeout=60)


@pytest.fixture(scope="module")
def five_seconds_at_24(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("provenance") / "five.mp4"
    return write_clip(path, ClipRecipe(size=(64, 48), frames=120, fps=24, gop=24, b_frames=0))


@pytest.fixture(scope="module")
def generator_sized(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("provenance") / "sized.mp4"
    return write_clip(path, ClipRecipe(size=(1280, 768), frames=3, fps=24, gop=3, b_frames=0, crf=40))


def test_ffmpeg_written_clip_gets_encoder_camera_and_audio_hints(h264_clip):
    hints = _hints(h264_clip)
    ffmpeg = hints["Written by FFmpeg"]
    assert "Lavf" in ffmpeg.sentence and "suggests" in ffmpeg.sentence and ffmpeg.strength == WORTH_A_LOOK
    assert hints["No camera make or model"].strength == WORTH_A_LOOK
    assert hints["No audio track"].strength == NOTE
    assert "yt-dlp" not in " ".join(h.sentence for h in hints.values())
    for hint in hints.values():
        assert hint.strength in (NOTE, WORTH_A_LOOK)
        assert not any(word in hint.sentence.lower() for word in VERDICT_WORDS), hint


def test_clip_with_audio_has_no_audio_hint(make_clip):
    assert "No audio track" not in _hints(make_clip("with_audio"))


def test_five_seconds_at_24_fps_is_generator_typical_length(five_seconds_at_24, h264_clip):
    length = _hints(five_seconds_at_24)["Generator-typical length"]
    assert "5 s at 24 fps" in length.sentence and "many real ones too" in length.sentence
    assert "Generator-typical size" not in _hints(five_seconds_at_24)
    assert "Generator-typical length" not in _hints(h264_clip)  # 64 frames at 30 fps


def test_1280x768_at_24_fps_without_audio_is_generator_typical_size(generator_sized):
    size = _hints(generator_sized)["Generator-typical size"]
    assert "1280 x 768 at 24 fps with no audio" in size.sentence
    assert "is common among generated clips, and among many real ones too" in size.sentence


def test_yt_dlp_sidecar_names_platform_uploader_date_and_link(h264_clip, tmp_path):
    clip = tmp_path / "downloaded.mp4"
    clip.write_bytes(h264_clip.read_bytes())
    info = {
        "webpage_url": "https://www.youtube.com/watch?v=abc123",
        "extractor_key": "Youtube",
        "uploader": "Some Channel",
        "upload_date": "20240131",
    }
    (tmp_path / "downloaded.info.json").write_text(json.dumps(info), encoding="utf-8")
    sentence = _hints(clip)["Downloaded with yt-dlp"].sentence
    assert "downloaded.info.json" in sentence and "suggests" in sentence
    for value in ("YouTube", "Some Channel", "https://www.youtube.com/watch?v=abc123"):  # the name people know
        assert value in sentence


def test_cli_text_lists_hints(h264_clip):
    result = _run("provenance", str(h264_clip))
    assert result.returncode == 0, result.stderr
    assert "In short: No provenance" in result.stdout
    assert "[note] No Content Credentials\n  No Content Credentials were found" in result.stdout
    assert "[note] No generator watermark found" in result.stdout
    assert "[worth a look] Written by FFmpeg\n" in result.stdout and "[note] No audio track\n" in result.stdout


def test_cli_json_has_hints_hash_credentials_and_watermarks(h264_clip):
    result = _run("provenance", str(h264_clip), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["file"] == str(h264_clip)
    assert report["sha256"] == hashlib.sha256(h264_clip.read_bytes()).hexdigest()
    assert report["badge"] == {"words": "No provenance", "level": "note"}
    kinds = [finding["kind"] for finding in report["findings"]]
    assert kinds[:2] == ["content_credentials", "watermark"] and set(kinds[2:]) == {"metadata"}
    credentials, watermark = report["findings"][0]["details"], report["findings"][1]["details"]
    assert credentials["state"] == "none" and credentials["present"] is False
    assert watermark["marked"] is False and watermark["frames_read"]
    titles = [f["title"] for f in report["findings"]]
    assert "Written by FFmpeg" in titles and "No audio track" in titles
    assert "absence of evidence" in report["note"]


def test_cli_reads_signed_ai_credentials_against_the_trust_list(tmp_path):
    from app.provenance.sample_credentials import created_action, make_chain, manifest_definition, sign_file

    chain = make_chain()
    plain = write_clip(tmp_path / "plain.mp4", ClipRecipe(size=(64, 48), frames=12, fps=24, gop=12, b_frames=0))
    signed = tmp_path / "signed.mp4"
    sign_file(plain, signed, chain, manifest_definition("signed.mp4", [created_action()]), "video/mp4")
    trust = chain.write_ca(tmp_path / "trusted.pem")
    result = _run("provenance", str(signed), "--json", "--trust", str(trust))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["badge"] == {"words": "Content Credentials: AI-generated", "level": "strong"}
    details = report["findings"][0]["details"]
    assert details["state"] == "valid" and details["trust"] == "on the trust list"
    assert details["actions"][0]["source_words"] == "made by a generative AI model"
    missing = _run("provenance", str(signed), "--trust", str(tmp_path / "nowhere.pem"))
    assert missing.returncode == 2 and "no such trust list" in missing.stderr


def test_cli_refuses_a_file_that_is_not_video_in_one_sentence(tmp_path):
    notes = tmp_path / "notes.mp4"
    notes.write_text("not a video at all\n", encoding="utf-8")
    result = _run("provenance", str(notes), "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and str(notes) in result.stderr


def test_an_encoder_tag_with_braces_of_its_own_is_kept_as_written(h264_clip):
    """The tag is the file's: braces in it are text, not places to fill, when a hint is copied into a dict."""
    clip = open_clip(h264_clip)
    facts = dataclasses.replace(clip.facts, container_tags={"encoder": "Lavf{0} {z}"}, stream_tags={})
    clip.close()
    (hint,) = [h.as_dict() for h in metadata_hints(facts, h264_clip) if "Lavf" in h.sentence]
    assert "'Lavf{0} {z}'" in hint["sentence"]
