"""Sample Content Credentials: a throwaway CA and end-entity chain made on the spot, and files signed with it, for
the demo's AI-declared clip and for the tests. Nothing here is a real signer: its CA is on no trust list.

c2pa checks the signing certificate's profile, so the end-entity certificate carries key usage digitalSignature,
extended key usage emailProtection, and subject/authority key identifiers; its CA is what a trust list names.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import dataclass
from pathlib import Path

import c2pa
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import AuthorityInformationAccessOID, ExtendedKeyUsageOID, NameOID

AI_SOURCE = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
CAPTURE_SOURCE = "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"

# Nothing is ever fetched while signing: no timestamp authority, no certificate status, no remote ingredients.
SIGNING_SETTINGS = {
    "verify": {"remote_manifest_fetch": False, "ocsp_fetch": False, "verify_after_sign": False},
    "builder": {"thumbnail": {"enabled": False}, "certificate_status_fetch": None},
    "core": {"allowed_network_hosts": []},
}


@dataclass(frozen=True)
class SigningChain:
    ca_pem: bytes
    chain_pem: bytes  # end-entity certificate first, then its CA
    key_pem: bytes
    organisation: str

    def write_ca(self, path: Path) -> Path:
        path.write_bytes(self.ca_pem)
        return path


def _name(organisation: str, common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "NL"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _key_usage(signs_certificates: bool) -> x509.KeyUsage:
    """Digital signatures always; certificate and CRL signing for the CA only."""
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=signs_certificates,
        crl_sign=signs_certificates,
        encipher_only=False,
        decipher_only=False,
    )


def make_chain(organisation: str = "ReelCheck Test Newsroom", ocsp_url: str | None = None) -> SigningChain:
    """A fresh ES256 CA and an end-entity signing certificate issued by it (naming `ocsp_url` as its OCSP
    responder when given, to check that readers never ask it)."""
    now = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name(organisation, f"{organisation} Root CA")
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(signs_certificates=True), critical=True)
        .add_extension(ca_ski, critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(organisation, f"{organisation} Signer"))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(signs_certificates=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False)
    )
    if ocsp_url is not None:
        responder = x509.AccessDescription(AuthorityInformationAccessOID.OCSP, x509.UniformResourceIdentifier(ocsp_url))
        builder = builder.add_extension(x509.AuthorityInformationAccess([responder]), critical=False)
    cert = builder.sign(ca_key, hashes.SHA256())
    pem = serialization.Encoding.PEM
    return SigningChain(
        ca_pem=ca_cert.public_bytes(pem),
        chain_pem=cert.public_bytes(pem) + ca_cert.public_bytes(pem),
        key_pem=key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()),
        organisation=organisation,
    )


def manifest_definition(
    title: str, actions: list[dict], ingredients: list[dict] | None = None, generator: str = "ReelCheck test signer"
) -> dict:
    """A manifest for `title` with its actions (and ingredients), claimed by the program `generator`."""
    return {
        "claim_generator_info": [{"name": generator, "version": "1.0"}],
        "title": title,
        "assertions": [{"label": "c2pa.actions", "data": {"actions": actions}}],
        **({"ingredients": ingredients} if ingredients else {}),
    }


def created_action(source_type: str = AI_SOURCE, agent: str = "Test Video Generator 2") -> dict:
    return {"action": "c2pa.created", "digitalSourceType": source_type, "softwareAgent": {"name": agent}}


def sign_file(
    source: Path,
    dest: Path,
    chain: SigningChain,
    manifest: dict,
    mime: str,
    remote_url: str | None = None,
    ingredient: tuple[Path, str, dict] | None = None,
) -> bytes:
    """Sign `source` into `dest` with `chain`; returns the manifest store bytes c2pa wrote.

    With `remote_url` the manifest is not embedded: the file only points to where it would be stored.
    `ingredient` is (path, mime, ingredient JSON) of a file added as an ingredient from its bytes.
    """
    info = c2pa.C2paSignerInfo(c2pa.C2paSigningAlg.ES256, chain.chain_pem, chain.key_pem, None)
    context = c2pa.Context.from_dict(SIGNING_SETTINGS)
    signer = c2pa.Signer.from_info(info)
    try:
        builder = c2pa.Builder(json.dumps(manifest), context=context)
        if ingredient is not None:
            path, ingredient_mime, ingredient_json = ingredient
            with path.open("rb") as stream:
                builder.add_ingredient(ingredient_json, ingredient_mime, stream)
        if remote_url is not None:
            builder.set_no_embed()
            builder.set_remote_url(remote_url)
        output = io.BytesIO()
        with source.open("rb") as stream:
            manifest_bytes = builder.sign(signer, mime, stream, output)
        dest.write_bytes(output.getvalue())
        return manifest_bytes
    finally:
        signer.close()
        context.close()
