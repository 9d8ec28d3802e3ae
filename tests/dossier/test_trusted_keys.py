"""The trusted keys file and the setting that names it: what is read, what is refused (in words, with the line),
and what a key that signed a dossier is to the reader."""

from __future__ import annotations

import datetime
import os

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from app.dossier.reviewer_keys import fingerprint, reviewer_key
from app.dossier.trusted_keys import (
    Outcome,
    TrustedKeysError,
    TrustedSigners,
    choose_keys_file,
    chosen_keys_file,
    exported_key,
    judge,
    parse_trusted_keys,
    read_trusted_keys,
    settings_path,
    trusted_signers,
)

NEWER = "cd" * 32


@pytest.fixture
def public(tmp_path) -> bytes:
    return reviewer_key("x", tmp_path / "elsewhere").public_key().public_bytes_raw()


def test_an_exported_key_reads_back_with_its_name_on_one_line(public):
    [key] = parse_trusted_keys(exported_key(public, "李伟\nrevoked: 2020-01-01"))
    assert key.fingerprint == fingerprint(public) and key.name == "李伟 revoked: 2020-01-01" and key.revoked is None


def test_rotation_and_revocation_are_read(public):
    rotated = f"replaced: 2026-03-01 by {NEWER.upper()}\n"
    text = f"{exported_key(public, 'Ana')}{rotated}\n{NEWER}\nname: Ana\nrevoked: 2026-05-02\n"
    older, newer = parse_trusted_keys(text)
    assert (older.replaced, older.replaced_by) == (datetime.date(2026, 3, 1), NEWER)
    assert newer.fingerprint == NEWER and newer.revoked == datetime.date(2026, 5, 2) and newer.state().startswith("rev")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n", "line 1: the PEM block has no -----END PUBLIC KEY-"),
        ("ab" * 32 + "\ncolour: blue\n", "line 2: 'colour' is not something a key can have"),
        ("ab" * 32 + "\nreplaced: 2026-03-01 by someone\n", "line 2: 'someone' after 'by' is not a fingerprint"),
        ("ab" * 32 + " Ana Ruiz\n", "line 1: this is neither a fingerprint, a PEM public key nor"),
        ("# mine\n-----BEGIN PRIVATE KEY-----\n", "line 2: this is a private key, which must never leave its owner"),
        (f"# a\n{'ab' * 32}\n# b\n{'AB' * 32}\n", "line 4: the key abab.* is listed a second time .first on line 2"),
    ],
)
def test_what_cannot_be_read_is_said_with_its_line(text, words):
    with pytest.raises(TrustedKeysError, match="^the trusted keys, " + words.replace("(", r"\(")):
        parse_trusted_keys(text)


def test_a_key_of_another_kind_is_refused():
    pem = (
        ec.generate_private_key(ec.SECP256R1())
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    with pytest.raises(TrustedKeysError, match="line 1: the PEM block is not an Ed25519 public key"):
        parse_trusted_keys(pem)


def test_a_pipe_or_a_missing_file_as_the_keys_file_is_said_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "keys")
    with pytest.raises(TrustedKeysError, match="is a named pipe"):
        read_trusted_keys(tmp_path / "keys")
    choose_keys_file(tmp_path / "gone.keys")
    with pytest.raises(TrustedKeysError, match="gone.keys does not exist"):
        trusted_signers()


def test_the_setting_is_a_plain_file_and_a_damaged_one_is_said(tmp_path):
    assert chosen_keys_file() is None
    choose_keys_file(tmp_path / "newsroom.keys")
    assert settings_path() == tmp_path / "config" / "reelcheck" / "trusted-signers.json"
    assert chosen_keys_file() == tmp_path / "newsroom.keys"
    choose_keys_file(None)
    assert chosen_keys_file() is None
    settings_path().write_text("{", "utf-8")
    with pytest.raises(TrustedKeysError, match="is damaged; choose the file again"):
        chosen_keys_file()


def test_this_machine_s_own_keys_are_trusted_unless_the_file_says_otherwise(tmp_path):
    own = fingerprint(reviewer_key("Ana").public_key().public_bytes_raw())
    assert judge(trusted_signers(), own, None).outcome is Outcome.TRUSTED
    listing = tmp_path / "k"
    listing.write_text(f"{own}\nname: Ana\nrevoked: 2026-05-02\n", "utf-8")
    assert judge(trusted_signers(listing), own, None).outcome is Outcome.REVOKED


def test_a_revoked_key_stays_revoked_whatever_else_is_said(public):
    text = f"{fingerprint(public)}\nreplaced: 2026-03-01 by {NEWER}\nrevoked: 2026-04-01\n"
    signers = TrustedSigners(parse_trusted_keys(text))
    early = datetime.date(2025, 1, 1)
    assert judge(signers, fingerprint(public), early).outcome is Outcome.REVOKED
    replaced_only = TrustedSigners(parse_trusted_keys(f"{fingerprint(public)}\nreplaced: 2026-03-01\n"))
    undated = judge(replaced_only, fingerprint(public), None)
    assert undated.outcome is Outcome.RETIRED and "the dossier is undated" in undated.words
