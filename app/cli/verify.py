"""`reelcheck verify DOSSIER.json [--clip FILE] [--trusted-keys FILE]`: is this the signed dossier, with its
evidence files and clip, and is its signer one you trust?"""

from __future__ import annotations

import argparse
from pathlib import Path

from analyzers.translatable import QT_TRANSLATE_NOOP
from app.cli.output import file_said, say
from app.i18n import translate
from app.text.shown import one_line

VERIFIED = 0  # intact, signed by a trusted key (or an older one of theirs, dated before it was replaced)
CHANGED = 1  # changed, damaged, unsigned or not a dossier
CANNOT_CHECK = 2  # the command could not run: its options, or the trusted keys file
UNKNOWN_KEY = 3  # intact, but signed by a key you do not trust
REVOKED_KEY = 4  # intact, but signed by a revoked key
RETIRED_KEY = 5  # intact, but signed by an older key and dated after it was replaced

# The help's epilog, filled in with the codes above; the lines of a trusted keys file stay in English, as the file
# is read (name:, revoked:, replaced: ... by).
EXIT_CODES = QT_TRANSLATE_NOOP(
    "Verify command",
    """exit codes:
  {verified}  verified: intact and signed by a key you trust (yours on this machine, or one in the trusted keys)
  {changed}  not verified: something changed since signing (named), or it is unsigned or not a dossier
  {cannot_check}  the check could not run (the options, or a trusted keys file that cannot be read)
  {unknown_key}  intact, but signed by a key you do not trust: check its fingerprint with the signer
  {revoked_key}  intact, but signed by a revoked key
  {retired_key}  intact, but signed by an older key of a signer and dated after it was replaced

the trusted keys: --trusted-keys FILE, else the file chosen in the player (Edit > Trusted signers), and always this
machine's own signing keys. A trusted keys file lists keys one after another, each a fingerprint (64 hex digits, as
`reelcheck key show` prints it) or a PEM public key block (as `reelcheck key export` writes it; such exports can
simply be joined), followed by lines about that key:
  name: Ana Ruiz, Example Fact Check         how verify names the signer
  revoked: 2026-05-02                        never trusted again (a lost or stolen key)
  replaced: 2026-03-01 by FINGERPRINT        an older key, trusted for dossiers dated before that day
Lines starting with # are comments.""",
)


def add_parsers(commands: argparse._SubParsersAction) -> None:
    verify = commands.add_parser(
        "verify",
        help=translate(
            "Verify command",
            "check a JSON dossier's signature and signer, its evidence files, its PDF and (with --clip) the clip",
        ),
        description=translate(
            "Verify command",
            "Check that a JSON dossier is as it was signed (its content, evidence files, PDF and, with --clip, the "
            "clip) and that the key that signed it is one you trust.",
        ),
        epilog=translate("Verify command", EXIT_CODES).format(
            verified=VERIFIED,
            changed=CHANGED,
            cannot_check=CANNOT_CHECK,
            unknown_key=UNKNOWN_KEY,
            revoked_key=REVOKED_KEY,
            retired_key=RETIRED_KEY,
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    verify.add_argument("dossier", type=Path, metavar="DOSSIER.json")
    verify.add_argument(
        "--clip",
        type=Path,
        metavar="FILE",
        help=translate("Verify command", "the clip file, checked against the dossier's hash"),
    )
    verify.add_argument(
        "--trusted-keys",
        type=Path,
        metavar="FILE",
        help=translate(
            "Verify command",
            "the signers you trust: fingerprints and/or PEM public keys (the format is below); "
            "instead of the file chosen in the player",
        ),
    )


def verify_dossier(args: argparse.Namespace) -> int:
    from app.dossier.signing import check
    from app.dossier.trusted_keys import Outcome, TrustedKeysError, judge, trusted_signers

    try:
        signers = trusted_signers(args.trusted_keys)
    except TrustedKeysError as error:
        say(str(error), error=True)
        return CANNOT_CHECK
    result = check(args.dossier, args.clip)
    if result.problems:
        for problem in result.problems:
            say(file_said(args.dossier, problem))  # the file's name is text from outside too
        return CHANGED
    standing = judge(signers, result.fingerprint, result.dated)
    said = _what_was_checked(result, standing.words)
    if standing.trusted:
        say(translate("Verify command", "verified: {checked}").format(checked=said))
        return VERIFIED
    say(translate("Verify command", "{dossier}: not verified: {checked}").format(dossier=args.dossier, checked=said))
    return {Outcome.UNKNOWN: UNKNOWN_KEY, Outcome.REVOKED: REVOKED_KEY}.get(standing.outcome, RETIRED_KEY)


def _what_was_checked(result, standing: str) -> str:
    """What the key is, which files were checked, and whom the dossier names: clauses, each whole in itself."""
    if result.pdf_checked:
        files = (
            translate("Verify command", "1 evidence file and the PDF")
            if result.evidence_files == 1
            else translate("Verify command", "{count} evidence files and the PDF")
        )
    else:
        files = (
            translate("Verify command", "1 evidence file")
            if result.evidence_files == 1
            else translate("Verify command", "{count} evidence files")
        )
    clip = (
        translate("Verify command", "clip hash matches")
        if result.clip_checked
        else translate("Verify command", "clip not checked (give --clip FILE)")
    )
    # The name the dossier itself supplies comes last, shown as data: a name cannot pose as the rest of the line.
    reviewer = translate("Verify command", "the dossier names its reviewer {reviewer}")
    return translate("Verify command", "{standing}; {files}, {clip}; {reviewer}").format(
        standing=standing,
        files=files.format(count=result.evidence_files),
        clip=clip,
        reviewer=reviewer.format(reviewer=repr(one_line(result.reviewer))),
    )
