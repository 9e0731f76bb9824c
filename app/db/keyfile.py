"""Key slots: the database key, wrapped once per user and once for recovery.

The database key is 256 random bits that never touch the disk in the clear.
Beside the database lies a small JSON key file. Each user's slot holds the
database key encrypted with AES-256-GCM under a key derived from the user's
password with argon2id; the recovery slot does the same under a key derived
from a printed recovery key. The slot id and the database id are bound into
each ciphertext as associated data, so a slot copied from another installation
or to another user does not open.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.domain.errors import AuthenticationError, KeyFileError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N

FORMAT = "pana-keyfile"
FORMAT_VERSION = 1
KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    """argon2id cost; at least OWASP's minimum (m ≥ 19 MiB, t ≥ 2)."""

    time_cost: int = 2
    memory_kib: int = 32768
    parallelism: int = 1

    def is_weaker_than(self, other: KdfParams) -> bool:
        return self.time_cost < other.time_cost or self.memory_kib < other.memory_kib


DEFAULT_KDF = KdfParams()
MAX_KDF_MEMORY_KIB = 1024 * 1024  # 1 GiB


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _check_kdf(kdf: object) -> None:
    params = KdfParams(**kdf)  # type: ignore[arg-type]  # TypeError: not a mapping, unknown key
    values = (params.time_cost, params.memory_kib, params.parallelism)
    # Bounded above too: an edited slot must not make unlocking hang or exhaust memory.
    if not all(type(x) is int and x >= 1 for x in values) \
            or not 8 * params.parallelism <= params.memory_kib <= MAX_KDF_MEMORY_KIB \
            or params.time_cost > 50 or params.parallelism > 64:
        raise ValueError("a slot's key derivation settings are damaged")


def derive_password_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        password.encode("utf-8"), salt,
        time_cost=params.time_cost, memory_cost=params.memory_kib,
        parallelism=params.parallelism, hash_len=KEY_BYTES, type=Type.ID)


def derive_subkey(db_key: bytes, purpose: str) -> bytes:
    """A key for one purpose (audit chain, certificate codes) derived from the database key."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=f"pana:{purpose}".encode()).derive(db_key)


def _recovery_kek(recovery: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt,
                info=b"pana:recovery-slot").derive(recovery)


def format_recovery_key(raw: bytes) -> str:
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        raw = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except (ValueError, TypeError):
        raw = b""
    if len(raw) != KEY_BYTES:
        raise AuthenticationError(_N(
            "DomainError", "This is not a recovery key. It has 13 groups of 4 letters and digits."))
    return raw


@dataclass
class Slot:
    slot_id: str  # "user:<name>" or "recovery"
    salt: str
    nonce: str
    wrapped: str
    kdf: dict[str, int] = field(default_factory=dict)

    @property
    def username(self) -> str | None:
        return self.slot_id[5:] if self.slot_id.startswith("user:") else None


class KeyFile:
    """The key file beside one database."""

    def __init__(self, path: Path, db_id: str, slots: list[Slot], demo: bool = False) -> None:
        self.path = path
        self.db_id = db_id
        self.slots = slots
        self.demo = demo

    # ---- reading and writing

    @classmethod
    def create(cls, path: Path, *, demo: bool = False) -> tuple[KeyFile, bytes]:
        """A new key file with no slots, and the new database key."""
        return cls(path, secrets.token_hex(16), [], demo), secrets.token_bytes(KEY_BYTES)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        if not path.exists():
            raise KeyFileError(_N(
                "DomainError",
                "The key file {path} is missing. Without it the database cannot be opened: "
                "restore it from your backup, or open the right data folder."), path=str(path))
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict) or raw.get("format") != FORMAT:
                raise ValueError("not a Pana key file")
            if raw.get("version") != FORMAT_VERSION:
                raise ValueError("unknown key file version")
            slots = [Slot(**slot) for slot in raw["slots"]]
            for slot in slots:  # fail now, not at unlock time, on a damaged slot
                salt, nonce, _wrapped = _unb64(slot.salt), _unb64(slot.nonce), _unb64(slot.wrapped)
                if not isinstance(slot.slot_id, str) or len(nonce) != 12 or len(salt) < 8:
                    raise ValueError("a slot is damaged")
                _check_kdf(slot.kdf)
            return cls(path, str(raw["db_id"]), slots, bool(raw.get("demo", False)))
        except (OSError, ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise KeyFileError(_N(
                "DomainError",
                "The key file {path} is damaged ({problem}). Restore it from your backup, "
                "or use the recovery key."), path=str(path), problem=str(exc)) from None

    def save(self) -> None:
        """Write atomically: a crash leaves either the old or the new file, never half."""
        data = {"format": FORMAT, "version": FORMAT_VERSION, "db_id": self.db_id,
                "demo": self.demo, "slots": [asdict(slot) for slot in self.slots]}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".keys-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=1)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        try:
            dir_fd = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        except OSError:  # pragma: no cover - platforms without directory fsync
            pass

    # ---- slots

    def usernames(self) -> list[str]:
        return sorted(s.username for s in self.slots if s.username)

    def _find(self, slot_id: str) -> Slot | None:
        return next((s for s in self.slots if s.slot_id == slot_id), None)

    def _aad(self, slot_id: str) -> bytes:
        return f"{FORMAT}:{self.db_id}:{slot_id}".encode()

    def _wrap(self, slot_id: str, kek: bytes, db_key: bytes, salt: bytes,
              kdf: dict[str, int]) -> None:
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(kek).encrypt(nonce, db_key, self._aad(slot_id))
        self.slots = [s for s in self.slots if s.slot_id != slot_id]
        self.slots.append(Slot(slot_id, _b64(salt), _b64(nonce), _b64(wrapped), kdf))

    def set_user_password(self, username: str, password: str, db_key: bytes,
                          params: KdfParams = DEFAULT_KDF) -> None:
        """Add a user's slot, or rewrap it under a new password."""
        salt = secrets.token_bytes(16)
        kek = derive_password_key(password, salt, params)
        self._wrap(f"user:{username}", kek, db_key, salt, asdict(params))

    def remove_user(self, username: str) -> None:
        self.slots = [s for s in self.slots if s.slot_id != f"user:{username}"]

    def set_recovery(self, db_key: bytes) -> str:
        """Create (or replace) the recovery slot; return the recovery key to print."""
        raw = secrets.token_bytes(KEY_BYTES)
        salt = secrets.token_bytes(16)
        self._wrap("recovery", _recovery_kek(raw, salt), db_key, salt, {})
        return format_recovery_key(raw)

    def slot_params(self, username: str) -> KdfParams | None:
        slot = self._find(f"user:{username}")
        return KdfParams(**slot.kdf) if slot else None

    def unlock(self, username: str, password: str) -> bytes:
        """The database key, or one generic error for an unknown user and a wrong password.

        An unknown user costs the same argon2id work as a known one, so the
        answer's timing does not tell which names exist.
        """
        slot = self._find(f"user:{username}")
        if slot is None:
            derive_password_key(password, secrets.token_bytes(16), DEFAULT_KDF)
            raise _bad_login()
        kek = derive_password_key(password, _unb64(slot.salt), KdfParams(**slot.kdf))
        try:
            return AESGCM(kek).decrypt(_unb64(slot.nonce), _unb64(slot.wrapped),
                                      self._aad(slot.slot_id))
        except InvalidTag:
            raise _bad_login() from None

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        slot = self._find("recovery")
        if slot is None:
            raise KeyFileError(_N("DomainError", "This key file has no recovery slot."))
        kek = _recovery_kek(parse_recovery_key(recovery_key), _unb64(slot.salt))
        try:
            return AESGCM(kek).decrypt(_unb64(slot.nonce), _unb64(slot.wrapped),
                                      self._aad("recovery"))
        except InvalidTag:
            raise AuthenticationError(_N(
                "DomainError", "The recovery key does not open this database.")) from None


def _bad_login() -> AuthenticationError:
    return AuthenticationError(_N("DomainError", "Unknown user or wrong password."))
