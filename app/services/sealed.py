"""Sealed files: what a laptop and the office hand each other, encrypted and signed.

A check-out package, a check-in file and its receipt may travel on a USB stick. Each
is sealed for one recipient and signed by its sender:

- **encrypted** with AES-256-GCM under a key agreed by X25519 between a fresh
  ephemeral key and the recipient's public key (HKDF-SHA256), so only the laptop (or
  the server) it was written for can read it — a lost stick shows nothing;
- **signed** with the sender's Ed25519 key over everything before the signature, so a
  changed byte, or a file made by anybody else, is refused.

Every store has its own pair of keys, derived from its secret key
(``store.subkey("device-sign")``, ``("device-box")``): nothing more to keep or lose.
The file holds a short header (JSON: kind, the sender's and recipient's public keys),
then the ciphertext of the zlib-compressed JSON payload, then the signature.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import zlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.domain.errors import DomainError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N

MAGIC = b"PANA-SEALED-1\n"
SIGNATURE_BYTES = 64
#: A sealed file is read no further than this (a hundred cases with photos fit easily).
MAX_BYTES = 512 * 1024 * 1024


class SealedFileError(DomainError):
    """A sealed file that cannot be opened here: damaged, changed, or not for us."""


@dataclass(frozen=True)
class Keys:
    """One store's pair of keys."""

    sign: Ed25519PrivateKey
    box: X25519PrivateKey

    @classmethod
    def from_secret(cls, sign_seed: bytes, box_seed: bytes) -> Keys:
        return cls(Ed25519PrivateKey.from_private_bytes(sign_seed[:32]),
                   X25519PrivateKey.from_private_bytes(box_seed[:32]))

    @classmethod
    def of_store(cls, store) -> Keys:
        return cls.from_secret(store.subkey("device-sign"), store.subkey("device-box"))

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(_raw(self.sign.public_key()), _raw(self.box.public_key()))


@dataclass(frozen=True)
class PublicKeys:
    sign: bytes
    box: bytes

    def text(self) -> str:
        """Both keys as one line of text (stored with a check-out, sent in requests)."""
        return f"{_b64(self.sign)}.{_b64(self.box)}"

    @classmethod
    def parse(cls, text: str) -> PublicKeys:
        try:
            sign, box = text.split(".")
            keys = cls(_unb64(sign), _unb64(box))
        except (ValueError, AttributeError):
            raise SealedFileError(_DAMAGED) from None
        if len(keys.sign) != 32 or len(keys.box) != 32:
            raise SealedFileError(_DAMAGED)
        return keys

    def fingerprint(self) -> str:
        """A short code people can compare by reading it aloud: 4 groups of 4."""
        digest = hashlib.sha256(self.sign + self.box).hexdigest()[:16].upper()
        return "-".join(digest[i:i + 4] for i in range(0, 16, 4))


def _raw(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _file_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient,
                info=b"pana sealed file").derive(shared)


def seal(kind: str, payload: dict[str, Any], *, sender: Keys, recipient: PublicKeys) -> bytes:
    """The sealed bytes of ``payload`` for ``recipient``, signed by ``sender``."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.box))
    nonce = os.urandom(12)
    header = json.dumps({
        "kind": kind, "from": sender.public.text(), "to": recipient.text(),
        "ephemeral": _b64(ephemeral_public), "nonce": _b64(nonce)},
        sort_keys=True).encode("ascii")
    body = zlib.compress(json.dumps(payload, ensure_ascii=False, sort_keys=True)
                         .encode("utf-8"), 6)
    ciphertext = AESGCM(_file_key(shared, ephemeral_public, recipient.box)).encrypt(
        nonce, body, MAGIC + header)
    signed = MAGIC + len(header).to_bytes(4, "big") + header + ciphertext
    return signed + sender.sign.sign(signed)


@dataclass(frozen=True)
class Opened:
    kind: str
    payload: dict[str, Any]
    sender: PublicKeys


def peek_sender(data: bytes) -> tuple[str, PublicKeys]:
    """The kind and the sender's keys, read from the header before anything is trusted
    (to find which check-out a file belongs to); ``unseal`` checks them."""
    header = _header(data)[0]
    return str(header.get("kind", "")), PublicKeys.parse(str(header.get("from", "")))


def _header(data: bytes) -> tuple[dict[str, Any], int]:
    if not isinstance(data, bytes) or not data.startswith(MAGIC):
        raise SealedFileError(_NOT_SEALED)
    start = len(MAGIC) + 4
    size = int.from_bytes(data[len(MAGIC):start], "big")
    if size > 4096 or len(data) < start + size + SIGNATURE_BYTES + 16:
        raise SealedFileError(_DAMAGED)
    try:
        header = json.loads(data[start:start + size].decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise SealedFileError(_DAMAGED) from None
    if not isinstance(header, dict):
        raise SealedFileError(_DAMAGED)
    return header, start + size


def unseal(data: bytes, *, kind: str, recipient: Keys,
           sender: PublicKeys | None = None) -> Opened:
    """Open a sealed file written for ``recipient``; with ``sender``, only one signed by
    those keys. Refuses, in words, a file that is damaged, changed, of another kind, for
    another store, or from another sender."""
    if len(data) > MAX_BYTES:
        raise SealedFileError(_TOO_LARGE, limit=MAX_BYTES // 1_048_576)
    header, end = _header(data)
    if header.get("kind") != kind:
        raise SealedFileError(_WRONG_KIND)
    from_keys = PublicKeys.parse(str(header.get("from", "")))
    to_keys = PublicKeys.parse(str(header.get("to", "")))
    if to_keys != recipient.public:
        raise SealedFileError(_NOT_FOR_US)
    if sender is not None and from_keys != sender:
        raise SealedFileError(_WRONG_SENDER)
    signed, signature = data[:-SIGNATURE_BYTES], data[-SIGNATURE_BYTES:]
    try:
        Ed25519PublicKey.from_public_bytes(from_keys.sign).verify(signature, signed)
    except InvalidSignature:
        raise SealedFileError(_CHANGED) from None
    try:
        ephemeral = _unb64(str(header["ephemeral"]))
        nonce = _unb64(str(header["nonce"]))
        shared = recipient.box.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        body = AESGCM(_file_key(shared, ephemeral, to_keys.box)).decrypt(
            nonce, signed[end:], data[:len(MAGIC)] + data[len(MAGIC) + 4:end])
        payload = json.loads(zlib.decompress(body).decode("utf-8"))
    except (InvalidTag, KeyError, ValueError, zlib.error):
        raise SealedFileError(_CHANGED) from None
    if not isinstance(payload, dict):
        raise SealedFileError(_DAMAGED)
    return Opened(kind, payload, from_keys)


_NOT_SEALED = _N("DomainError", "This is not a Pana check-out or check-in file. Choose the "
                                "file Pana wrote (it ends in .pana).")
_DAMAGED = _N("DomainError", "This Pana file is damaged and cannot be read. Write it again "
                             "on the other computer and copy it anew.")
_TOO_LARGE = _N("DomainError", "This file is larger than {limit} MB, which no Pana file is. "
                               "Choose the file Pana wrote.")
_WRONG_KIND = _N("DomainError", "This Pana file is of another kind than expected (e.g. a "
                                "check-in file where a check-out package is asked for). "
                                "Choose the right file.")
_NOT_FOR_US = _N("DomainError", "This file was written for another computer, so it cannot be "
                                "opened here. Open it on the computer it was written for.")
_WRONG_SENDER = _N("DomainError", "This file was not written by the server (or the laptop) "
                                  "this one works with, so it is refused. Nothing was changed.")
_CHANGED = _N("DomainError", "This file was changed after it was written (its signature does "
                             "not match), so it is refused and nothing was changed. Write it "
                             "again on the other computer.")
