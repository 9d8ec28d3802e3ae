"""Content Credentials read offline from files these tests sign themselves with c2pa's Builder and their own CA."""

from __future__ import annotations

import http.server
import io
import json
import threading

import c2pa
import cv2
import numpy as np
import pytest

from analyzers.provenance.credentials import (
    ABSENCE_SENTENCE,
    INVALID,
    NONE,
    NOT_CHECKED,
    REMOTE,
    TRUSTED,
    UNREADABLE,
    UNSUPPORTED,
    UNTRUSTED,
    VALID,
    read_credentials,
    source_type_words,
)
from app.media.synth import ClipRecipe, write_clip
from app.provenance.sample_credentials import (
    AI_SOURCE,
    CAPTURE_SOURCE,
    created_action,
    make_chain,
    manifest_definition,
    sign_file,
)


def flip_bytes_inside(data: bytes, needle: bytes, offset: int = 0, count: int = 8) -> bytes:
    """`data` with `count` bytes flipped, starting `offset` bytes after the first `needle`."""
    at = data.index(needle) + offset
    flipped = bytes(b ^ 0xFF for b in data[at : at + count])
    return data[:at] + flipped + data[at + count :]


@pytest.fixture(scope="module")
def chain():
    return make_chain()


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """An unsigned MP4 (H.264, a few frames) and a JPEG and PNG still."""
    folder = tmp_path_factory.mktemp("credentials")
    clip = folder / "clip.mp4"
    write_clip(clip, ClipRecipe(frames=8, gop=4, b_frames=0, size=(64, 48)))
    still = (np.random.default_rng(6).random((48, 64, 3)) * 255).astype(np.uint8)
    cv2.imwrite(str(folder / "still.jpg"), still)
    cv2.imwrite(str(folder / "still.png"), still)
    return folder


@pytest.fixture(scope="module")
def ai_clip(files, chain):
    signed = files / "ai_clip.mp4"
    sign_file(files / "clip.mp4", signed, chain, manifest_definition("ai_clip.mp4", [created_action()]), "video/mp4")
    return signed


def test_signed_clip_is_valid_and_declares_ai_generation(ai_clip, chain):
    found = read_credentials(ai_clip)
    assert found.present and found.state == VALID
    assert found.trust == NOT_CHECKED
    assert found.problems == ()
    assert found.issuer == chain.organisation
    assert found.signer == f"{chain.organisation} Signer"
    assert found.claim_generator == "ReelCheck test signer 1.0"
    created = found.actions[0]
    assert (created.action, created.words, created.source_type) == ("c2pa.created", "created", AI_SOURCE)
    assert created.source_words == "made by a generative AI model"
    assert created.software_agent == "Test Video Generator 2"
    assert found.declares_ai_generation
    assert "not checked against a trust list" in found.summary
    assert "made by a generative AI model" in found.summary
    assert json.loads(json.dumps(found.as_dict()))["actions"][0]["action"] == "c2pa.created"


def test_camera_capture_is_not_read_as_ai(files, chain):
    signed = files / "capture.png"
    manifest = manifest_definition("capture.png", [created_action(CAPTURE_SOURCE, "Test Camera")])
    sign_file(files / "still.png", signed, chain, manifest, "image/png")
    found = read_credentials(signed)
    assert found.state == VALID
    assert not found.declares_ai_generation
    assert found.actions[0].source_words == "captured from real life by a digital camera or recorder"
    assert "generative AI" not in found.summary


@pytest.mark.parametrize(
    "term, words",
    [
        ("compositeWithTrainedAlgorithmicMedia", "a composite that includes elements made by a generative AI model"),
        ("algorithmicMedia", "made by an algorithm without training data (not generative AI)"),
        ("digitalArt", "made by a person with digital tools"),
        ("composite", "a composite of several elements"),
        ("minorHumanEdits", "a capture with minor human edits"),
    ],
)
def test_iptc_source_types_in_words(term, words):
    assert source_type_words(f"https://cv.iptc.org/newscodes/digitalsourcetype/{term}") == words


def test_media_changed_after_signing_is_invalid(files, ai_clip):
    data = ai_clip.read_bytes()
    tampered = files / "tampered.mp4"
    tampered.write_bytes(flip_bytes_inside(data, b"mdat", offset=64))
    found = read_credentials(tampered)
    assert found.present and found.state == INVALID
    assert "assertion.bmffHash.mismatch" in [p.code for p in found.problems]
    assert "the video's content changed after it was signed" in found.summary
    assert found.trust == NOT_CHECKED


def test_changed_mov_from_a_trusted_signer_is_invalid(files, chain, tmp_path):
    mov = files / "clip.mov"
    write_clip(mov, ClipRecipe(frames=8, gop=4, b_frames=0, size=(64, 48)))
    signed = files / "signed.mov"
    sign_file(mov, signed, chain, manifest_definition("signed.mov", [created_action()]), "video/quicktime")
    trust = chain.write_ca(tmp_path / "trust.pem")
    assert read_credentials(signed, trust).trust == TRUSTED
    tampered = files / "tampered.mov"
    tampered.write_bytes(flip_bytes_inside(signed.read_bytes(), b"mdat", offset=64))
    found = read_credentials(tampered, trust)
    assert found.state == INVALID and found.trust == TRUSTED
    assert found.summary.startswith(
        f"Content Credentials signed by {chain.organisation} (a signer on your trust list) are present but do not "
        "validate: the video's content changed after it was signed."
    )


def test_still_changed_after_signing_is_invalid(files, chain):
    signed = files / "signed.jpg"
    sign_file(files / "still.jpg", signed, chain, manifest_definition("signed.jpg", [created_action()]), "image/jpeg")
    data = signed.read_bytes()
    tampered = files / "tampered.jpg"
    tampered.write_bytes(data[:-40] + bytes(b ^ 0x55 for b in data[-40:-2]) + data[-2:])
    found = read_credentials(tampered)
    assert found.state == INVALID
    assert [p.words for p in found.problems if p.code == "assertion.dataHash.mismatch"] == [
        "the file's content changed after it was signed"
    ]


def test_file_without_manifest_is_absence_of_evidence(files):
    found = read_credentials(files / "clip.mp4")
    assert not found.present and found.state == NONE
    assert found.summary == ABSENCE_SENTENCE
    assert "absence of evidence, not evidence of authenticity" in found.summary


def test_signer_on_the_trust_list_is_trusted(ai_clip, chain, tmp_path):
    found = read_credentials(ai_clip, trust_anchors_pem=chain.write_ca(tmp_path / "trust.pem"))
    assert found.state == VALID and found.trust == TRUSTED
    assert "a signer on your trust list" in found.summary


def test_signer_of_another_ca_is_untrusted(ai_clip, tmp_path):
    other = make_chain("Some Other Agency")
    found = read_credentials(ai_clip, trust_anchors_pem=other.write_ca(tmp_path / "other.pem"))
    assert found.state == VALID and found.trust == UNTRUSTED
    assert [p.words for p in found.problems] == ["the signer's certificate is not on your trust list"]
    assert "not on your trust list" in found.summary


def test_unreadable_trust_list_is_said_not_checked(ai_clip, tmp_path):
    junk = tmp_path / "trust.pem"
    junk.write_text("not a certificate")
    found = read_credentials(ai_clip, trust_anchors_pem=junk)
    assert found.state == VALID and found.trust == NOT_CHECKED
    assert "holds no readable PEM certificates" in found.notes[0]


# Places inside the signed clip's manifest store: box headers, the claim, an assertion, the signature.
@pytest.mark.parametrize(
    "needle, offset",
    [(b"jumb", 40), (b"jumb", 200), (b"jumb", 800), (b"jumb", 1500), (b"c2pa.actions", 40), (b"c2pa.signature", 300)],
)
def test_corrupted_manifest_is_reported_in_words(files, ai_clip, needle, offset, caplog):
    corrupted = files / f"corrupted_{offset}.mp4"
    corrupted.write_bytes(flip_bytes_inside(ai_clip.read_bytes(), needle, offset=offset))
    found = read_credentials(corrupted)
    if found.state == INVALID:
        assert found.problems and "do not validate" in found.summary
    else:
        assert found.state == UNREADABLE
        assert found.summary.startswith(f"{corrupted.name} carries Content Credentials that are damaged")
        assert found.notes[0].startswith("c2pa said: ")
        assert any(record.exc_info for record in caplog.records)  # the exception is logged, not raised
    json.dumps(found.as_dict())


def test_ingredients_form_a_tree(files, chain):
    first = files / "generated.png"
    sign_file(files / "still.png", first, chain, manifest_definition("generated.png", [created_action()]), "image/png")
    edit = [{"action": "c2pa.opened", "parameters": {"ingredientIds": ["parent"]}}, {"action": "c2pa.edited"}]
    middle = files / "middle.jpg"
    sign_file(
        files / "still.jpg",
        middle,
        chain,
        manifest_definition("middle.jpg", edit),
        "image/jpeg",
        ingredient=(first, "image/png", {"title": "generated.png", "relationship": "parentOf", "label": "parent"}),
    )
    last = files / "last.jpg"
    sign_file(
        files / "still.jpg",
        last,
        chain,
        manifest_definition("last.jpg", edit),
        "image/jpeg",
        ingredient=(middle, "image/jpeg", {"title": "middle.jpg", "relationship": "parentOf", "label": "parent"}),
    )
    found = read_credentials(last)
    assert found.state == VALID
    assert [a.words for a in found.actions] == ["opened an existing file", "edited"]
    assert not found.declares_ai_generation
    (parent,) = found.ingredients
    assert (parent.title, parent.format, parent.relationship) == ("middle.jpg", "image/jpeg", "parentOf")
    assert parent.relationship_words == "the file this one was made from"
    (grandparent,) = parent.ingredients
    assert (grandparent.title, grandparent.format) == ("generated.png", "image/png")
    assert grandparent.has_credentials and grandparent.declares_ai_generation and parent.declares_ai_generation
    assert "An ingredient's Content Credentials declare it was made by a generative AI model." in found.summary
    assert json.loads(json.dumps(found.as_dict()))["ingredients"][0]["ingredients"][0]["title"] == "generated.png"
    assert found.ingredient_declares_ai

    from app.provenance.report import read_provenance

    report = read_provenance(last, None)  # a still picture, read without media facts
    assert (report.badge.words, report.badge.level) == (
        "Content Credentials: made from AI-generated material",
        "strong",
    )
    assert report.findings()[0]["title"] == "Content Credentials: made from AI-generated material"


@pytest.fixture
def listener():
    """A local HTTP server that records every request, to prove nothing is fetched."""
    hits: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", hits
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.mark.parametrize("name, mime", [("clip.mp4", "video/mp4"), ("still.jpg", "image/jpeg")])
def test_remote_manifest_is_named_not_fetched(files, chain, listener, name, mime):
    base, hits = listener
    url = f"{base}/manifests/{name}.c2pa"
    pointing = files / f"remote_{name}"
    sign_file(files / name, pointing, chain, manifest_definition(name, [created_action()]), mime, remote_url=url)
    found = read_credentials(pointing)
    assert found.state == REMOTE and found.present
    assert found.remote_url == url
    assert found.summary == (
        f"This file points to Content Credentials stored online at {url}; ReelCheck does not fetch them, "
        "so they were not checked."
    )
    assert hits == []
    # Positive control: with fetching on, c2pa does reach the listener, so the reader's settings are what stop it.
    context = c2pa.Context.from_dict({"verify": {"remote_manifest_fetch": True}})
    with pytest.raises(c2pa.C2paError), pointing.open("rb") as stream:
        c2pa.Reader(mime, stream, None, context)
    context.close()
    assert hits == [f"/manifests/{name}.c2pa"]


def test_bad_input_is_said_in_words(files, ai_clip, tmp_path):
    missing = read_credentials(tmp_path / "gone.mp4")
    assert (
        missing.state == UNREADABLE
        and missing.summary == "gone.mp4 does not exist, so no Content Credentials could be read."
    )
    folder = read_credentials(tmp_path)
    assert folder.state == UNREADABLE and "is not a file" in folder.summary
    mkv = tmp_path / "clip.mkv"
    mkv.write_bytes(b"\x1a\x45\xdf\xa3" + bytes(200))
    unsupported = read_credentials(mkv)
    assert unsupported.state == UNSUPPORTED and not unsupported.present
    assert unsupported.summary.startswith("Content Credentials cannot be read from .mkv files")
    truncated = tmp_path / "truncated.mp4"
    truncated.write_bytes(ai_clip.read_bytes()[:500])
    cut = read_credentials(truncated)
    assert cut.state == UNREADABLE and "could not be parsed" in cut.summary
    garbage = tmp_path / "garbage.mp4"
    garbage.write_bytes(io.BytesIO(bytes(range(256)) * 8).getvalue())
    assert read_credentials(garbage).state in (UNREADABLE, NONE)


def test_certificate_status_is_never_asked_online(files, listener, tmp_path):
    base, hits = listener
    chain = make_chain(ocsp_url=f"{base}/ocsp")
    signed = files / "ocsp.mp4"
    sign_file(files / "clip.mp4", signed, chain, manifest_definition("ocsp.mp4", [created_action()]), "video/mp4")
    assert read_credentials(signed, chain.write_ca(tmp_path / "trust.pem")).trust == TRUSTED
    assert read_credentials(signed).state == VALID
    assert hits == []
    # Positive control: with OCSP fetching on, c2pa asks the responder the certificate names.
    context = c2pa.Context.from_dict({"verify": {"ocsp_fetch": True}})
    with signed.open("rb") as stream, c2pa.Reader("video/mp4", stream, None, context):
        pass
    context.close()
    assert len(hits) >= 1  # an OCSP GET request
