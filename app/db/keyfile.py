"""Key slots: the database key, wrapped once per user and once for recovery.

The database key is 256 random bits that never touch the disk in the clear.
Beside the database lies a small JSON key file. Each user's slot holds the
database key encrypted with AES-256-GCM under a key derived from the user's
password with argon2id; the recovery slot does the same under a key derived
from a printed recovery key. The slot id and the database id are bound into
each ciphertext as associated data, so a slot copied from another installation
or to another user does not open.

The key file also guards logins, because while nobody is logged in the
database is closed: each slot counts consecutive failures and, after too many,
holds a time before which the account is refused without even trying the
password. Failed attempts wait in the key file, sealed to a public key whose
private half comes from the database key, until the next login writes them
into the audit log. Everything that changes the file re-reads it under a lock
first, so two Pana programs on one folder cannot undo each other's changes or
try more passwords between them than the limit allows.
"""

from __future__ import annotations

import base64
import json
import logging
import math
import os
import secrets
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.domain.errors import AuthenticationError, KeyFileError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N

FORMAT = "pana-keyfile"
FORMAT_VERSION = 2  # 2 added login guarding; version 1 files are read and upgraded on save
READABLE_VERSIONS = (1, 2)
KEY_BYTES = 32

#: Consecutive failures before an account waits (``security.max_failed_logins``).
DEFAULT_MAX_FAILED_LOGINS = 5
MAX_FAILED_LOGINS_RANGE = (3, 100)
#: The wait after the limit is reached, doubling with each further failure, up to the cap.
FIRST_LOCK_SECONDS = 30
MAX_LOCK_SECONDS = 3600
#: Failed attempts kept until the next login writes them into the audit log.
MAX_QUEUED_ATTEMPTS = 200
#: How long to wait for another Pana program to finish with the key file.
LOCK_TIMEOUT_SECONDS = 15.0

log = logging.getLogger(__name__)


def utcnow() -> datetime:
    """The clock of the login guard (tests replace it)."""
    return datetime.now(UTC)


def lock_seconds(failures: int, limit: int) -> int:
    """How long an account waits after ``failures`` consecutive failures (0: not at all)."""
    if failures < limit:
        return 0
    doublings = min(failures - limit, 12)  # 30 s · 2^7 passes the cap already
    return min(FIRST_LOCK_SECONDS * 2 ** doublings, MAX_LOCK_SECONDS)


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


def _check_guard(slot: Slot) -> None:
    if type(slot.failures) is not int or not 0 <= slot.failures <= 1_000_000 \
            or not isinstance(slot.locked_until, str):
        raise ValueError("a slot's login counter is damaged")
    if slot.locked_until and _parse_time(slot.locked_until) is None:
        raise ValueError("a slot's login counter is damaged")


def _guard_header(raw: dict) -> dict:
    """The login guard's part of a key file's header (absent from version 1)."""
    limit = (raw.get("settings") or {}).get("max_failed_logins", DEFAULT_MAX_FAILED_LOGINS)
    low, high = MAX_FAILED_LOGINS_RANGE
    if type(limit) is not int or not low <= limit <= high:
        raise ValueError("the setting max_failed_logins is damaged")
    attempts_key = raw.get("attempts_key")
    if attempts_key is not None and len(_unb64(attempts_key)) != KEY_BYTES:
        raise ValueError("the attempts key is damaged")
    backup_folder = (raw.get("settings") or {}).get("backup_folder", "")
    if not isinstance(backup_folder, str) or len(backup_folder) > 4096:
        raise ValueError("the setting backup_folder is damaged")
    attempts = raw.get("failed_attempts", [])
    dropped = raw.get("failed_attempts_dropped", 0)
    if not isinstance(attempts, list) or not all(
            isinstance(a, dict) and isinstance(a.get("id"), str) for a in attempts) \
            or type(dropped) is not int or dropped < 0:
        raise ValueError("the list of failed logins is damaged")
    return {"max_failed_logins": limit, "attempts_key": attempts_key,
            "attempts": attempts[-MAX_QUEUED_ATTEMPTS:], "attempts_dropped": dropped,
            "backup_folder": backup_folder}


def _parse_time(text: object) -> datetime | None:
    try:
        value = datetime.fromisoformat(text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return value if value.tzinfo is not None else None


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


def _attempts_private_key(db_key: bytes) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(derive_subkey(db_key, "login-attempts"))


def attempts_public_key(db_key: bytes) -> str:
    """The public key failed attempts are sealed to; only the database key opens them."""
    return _b64(_attempts_private_key(db_key).public_key().public_bytes_raw())


def _attempt_cipher(shared: bytes, ephemeral: bytes, recipient: bytes) -> AESGCM:
    return AESGCM(HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                       info=b"pana:login-attempt:" + ephemeral + recipient).derive(shared))


class AccountLocked(AuthenticationError):
    """Too many failed logins: the account waits; the password was not tried."""

    def __init__(self, until: datetime, now: datetime) -> None:
        self.until = until
        self.wait_seconds = max(1, math.ceil((until - now).total_seconds()))
        minutes, seconds = divmod(self.wait_seconds, 60)
        super().__init__(_N("DomainError",
                            "Too many failed logins: this account is locked. Try again in "
                            "{minutes} min {seconds} s, or ask an administrator to reset "
                            "the password."), minutes=minutes, seconds=seconds)


@dataclass(frozen=True)
class LoginState:
    """What the key file knows about one account's recent logins."""

    failures: int
    locked_until: datetime | None  # None unless the account waits now


@dataclass(frozen=True)
class FailedAttempt:
    """One refused login, as it waited in the key file."""

    attempt_id: str
    event: str  # "login_failed" or "locked_out"
    at: datetime | None
    username: str | None  # as typed; None when it could not be recorded or read
    reason: str  # unknown-user, wrong-password, locked, too-many-failures, unreadable
    failures: int | None = None
    locked_until: datetime | None = None


@dataclass
class Slot:
    slot_id: str  # "user:<name>" or "recovery"
    salt: str
    nonce: str
    wrapped: str
    kdf: dict[str, int] = field(default_factory=dict)
    failures: int = 0  # consecutive failed logins
    locked_until: str = ""  # ISO time in UTC, or ""

    @property
    def username(self) -> str | None:
        return self.slot_id[5:] if self.slot_id.startswith("user:") else None


class KeyFile:
    """The key file beside one database."""

    def __init__(self, path: Path, db_id: str, slots: list[Slot], demo: bool = False, *,
                 max_failed_logins: int = DEFAULT_MAX_FAILED_LOGINS,
                 attempts_key: str | None = None, attempts: list[dict] | None = None,
                 attempts_dropped: int = 0, backup_folder: str = "") -> None:
        self.path = path
        self.db_id = db_id
        self.slots = slots
        self.demo = demo
        self.max_failed_logins = max_failed_logins
        self.attempts_key = attempts_key
        self.attempts: list[dict] = attempts if attempts is not None else []
        self.attempts_dropped = attempts_dropped
        #: Where the automatic backups go, so that a message about a database that
        #: cannot be opened (its settings unreadable) can say where to restore from.
        self.backup_folder = backup_folder
        # One KeyFile serves every thread of a program (a login in a worker thread while
        # the users page reloads): the file lock alone does not order those.
        self._mutex = threading.RLock()

    # ---- reading and writing

    @classmethod
    def create(cls, path: Path, *, demo: bool = False) -> tuple[KeyFile, bytes]:
        """A new key file with no slots, and the new database key."""
        db_key = secrets.token_bytes(KEY_BYTES)
        return cls(path, secrets.token_hex(16), [], demo,
                   attempts_key=attempts_public_key(db_key)), db_key

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        if not path.exists():
            raise KeyFileError(_N(
                "DomainError",
                "The key file {path} is missing. Without it the database cannot be opened: "
                "restore it from your backup, or open the right data folder."), path=str(path))
        try:
            data = path.read_bytes()
        except OSError as exc:  # not damaged, but unreachable: say so, not "restore"
            raise KeyFileError(_N(
                "DomainError",
                "The key file {path} cannot be read ({problem}). Check that the data folder "
                "is available and that you may read it, then try again."),
                path=str(path), problem=exc.strerror or str(exc)) from None
        return cls.parse(data, path)

    @classmethod
    def parse(cls, data: bytes, path: Path, **extra) -> KeyFile:
        """A key file from its bytes (``path`` names it in messages)."""
        try:
            raw = json.loads(data.decode("utf-8"))
            if not isinstance(raw, dict) or raw.get("format") != FORMAT:
                raise ValueError("not a Pana key file")
            if raw.get("version") not in READABLE_VERSIONS:
                raise ValueError("unknown key file version")
            slots = [Slot(**slot) for slot in raw["slots"]]
            for slot in slots:  # fail now, not at unlock time, on a damaged slot
                salt, nonce, _wrapped = _unb64(slot.salt), _unb64(slot.nonce), _unb64(slot.wrapped)
                if not isinstance(slot.slot_id, str) or len(nonce) != 12 or len(salt) < 8:
                    raise ValueError("a slot is damaged")
                _check_kdf(slot.kdf)
                _check_guard(slot)
            return cls(path, str(raw["db_id"]), slots, bool(raw.get("demo", False)),
                       **_guard_header(raw), **extra)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KeyFileError(_N(
                "DomainError",
                "The key file {path} is damaged ({problem}). Restore it from your backup, "
                "or use the recovery key."), path=str(path), problem=str(exc)) from None

    def content(self) -> dict:
        """What the key file holds, as written to disk."""
        return {"format": FORMAT, "version": FORMAT_VERSION, "db_id": self.db_id,
                "demo": self.demo, "slots": [asdict(slot) for slot in self.slots],
                "settings": {"max_failed_logins": self.max_failed_logins,
                             **({"backup_folder": self.backup_folder}
                                if self.backup_folder else {})},
                "attempts_key": self.attempts_key, "failed_attempts": self.attempts,
                "failed_attempts_dropped": self.attempts_dropped}

    def save(self) -> None:
        """Write atomically: a crash leaves either the old or the new file, never half."""
        data = self.content()
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

    _STATE = ("slots", "demo", "max_failed_logins", "attempts_key", "attempts",
              "attempts_dropped", "backup_folder")

    def reload(self) -> None:
        """Take the state of the file on disk (another Pana program may have changed it)."""
        with self._mutex:
            fresh = self._fresh()
            if fresh is None:
                return
            if fresh.db_id != self.db_id:
                raise KeyFileError(_N("DomainError", "The key file {path} was replaced by one "
                                                     "of another installation."),
                                   path=str(self.path))
            for name in self._STATE:
                setattr(self, name, getattr(fresh, name))

    def _fresh(self) -> KeyFile | None:
        """The key file as stored now, or None when there is none."""
        if not self.path.exists():
            return None
        return KeyFile.load(self.path)

    @contextmanager
    def updating(self) -> Iterator[KeyFile]:
        """``with keyfile.updating(): ...``: change the file as it is now on disk, then save.

        Under the lock, so a change made by another Pana program meanwhile is
        neither lost nor overwritten.
        """
        with self._exclusive():
            self.reload()
            yield self
            try:
                self.save()
            except OSError as exc:
                # A read-only folder or a full disk: the change is not made, here either.
                self.reload()
                raise KeyFileError(_N(
                    "DomainError",
                    "The key file {path} could not be written ({problem}): the data folder "
                    "is read-only or its disk is full. The key file was not changed. Free "
                    "some space or make the folder writable, then try again."),
                    path=str(self.path), problem=exc.strerror or str(exc)) from None

    def _save_quietly(self) -> None:
        # Login bookkeeping must not turn a refused password into a crash, nor stop a
        # good one on a read-only medium (a backup's key file): say so in the log.
        try:
            self.save()
        except OSError as exc:
            log.warning("could not update the key file %s: %s", self.path, exc.strerror)

    @contextmanager
    def _exclusive(self) -> Iterator[None]:
        """Hold ``pana.keys.lock`` against other Pana programs on this data folder."""
        with self._mutex:
            try:
                handle = open(self.path.with_name(self.path.name + ".lock"), "a+b")  # noqa: SIM115
            except OSError:  # a read-only folder: nobody else can change the file either
                yield
                return
            try:
                _lock_file(handle, self.path)
                try:
                    yield
                finally:
                    _unlock_file(handle)
            finally:
                handle.close()

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

    def unlock(self, username: str, password: str, *, now: datetime | None = None) -> bytes:
        """The database key, or one generic error for an unknown user and a wrong password.

        An unknown user costs the same argon2id work as a known one, so the
        answer's timing does not tell which names exist. An account that has
        failed too often is refused with :class:`AccountLocked` before any
        derivation, so waiting is the only way on. Every refusal is counted and
        queued for the audit log; a success resets the count and rewraps a slot
        made with a lower cost than today's.
        """
        now = now or utcnow()
        with self._exclusive():
            self.reload()
            slot = self._find(f"user:{username}")
            until = self._locked_until(slot, now) if slot is not None else None
            if until is not None:
                self._queue(now, username, "login_failed", "locked")
                self._save_quietly()
                raise AccountLocked(until, now)
            try:
                db_key = self._open_user_slot(slot, password)
            except AuthenticationError:
                self._count_failure(slot, username, now)
                self._save_quietly()
                raise
            assert slot is not None
            changed = slot.failures != 0 or slot.locked_until != ""
            slot.failures, slot.locked_until = 0, ""
            if KdfParams(**slot.kdf).is_weaker_than(DEFAULT_KDF):
                # The cost was raised since this password was set: rewrap with today's cost.
                self.set_user_password(username, password, db_key)
                changed = True
            public = attempts_public_key(db_key)
            if self.attempts_key != public:  # a version 1 file, or an edited one
                self.attempts_key = public
                changed = True
            if changed:
                self._save_quietly()
            return db_key

    def _open_user_slot(self, slot: Slot | None, password: str) -> bytes:
        if slot is None:
            # The same work as a real slot (and a dummy salt), so the time tells nothing.
            derive_password_key(password, secrets.token_bytes(16), DEFAULT_KDF)
            raise _bad_login()
        kek = derive_password_key(password, _unb64(slot.salt), KdfParams(**slot.kdf))
        try:
            return AESGCM(kek).decrypt(_unb64(slot.nonce), _unb64(slot.wrapped),
                                      self._aad(slot.slot_id))
        except InvalidTag:
            raise _bad_login() from None

    # ---- guarding logins

    def login_state(self, username: str, now: datetime | None = None) -> LoginState:
        slot = self._find(f"user:{username}")
        if slot is None:
            return LoginState(0, None)
        now = now or utcnow()
        until = _parse_time(slot.locked_until)
        return LoginState(slot.failures, until if until is not None and until > now else None)

    def set_max_failed_logins(self, limit: int) -> None:
        low, high = MAX_FAILED_LOGINS_RANGE
        if type(limit) is not int or not low <= limit <= high:
            raise ValueError(f"max_failed_logins must be a whole number from {low} to {high}")
        self.max_failed_logins = limit

    def _locked_until(self, slot: Slot, now: datetime) -> datetime | None:
        until = _parse_time(slot.locked_until)
        if until is None or until <= now:
            return None
        if until > now + timedelta(seconds=MAX_LOCK_SECONDS):
            # The clock went back, or the file was edited: never make anyone wait
            # longer than the cap from now on.
            until = now + timedelta(seconds=MAX_LOCK_SECONDS)
            slot.locked_until = until.isoformat()
        return until

    def _count_failure(self, slot: Slot | None, typed: str, now: datetime) -> None:
        if slot is None:
            self._queue(now, typed, "login_failed", "unknown-user")
            return
        slot.failures += 1
        self._queue(now, typed, "login_failed", "wrong-password", failures=slot.failures)
        wait = lock_seconds(slot.failures, self.max_failed_logins)
        if wait:
            until = now + timedelta(seconds=wait)
            slot.locked_until = until.isoformat()
            self._queue(now, typed, "locked_out", "too-many-failures", failures=slot.failures,
                        locked_until=until.isoformat())

    def _queue(self, now: datetime, typed: str, event: str, reason: str, **details) -> None:
        record = {"event": event, "at": now.isoformat(), "username": typed[:200],
                  "reason": reason, **details}
        entry_id = secrets.token_hex(8)
        if self.attempts_key is None:
            # No key to seal to yet (a version 1 file): keep the fact, not the name typed,
            # which might be a password typed into the wrong field.
            del record["username"]
            entry = {"id": entry_id, "plain": record}
        else:
            recipient = _unb64(self.attempts_key)
            ephemeral = X25519PrivateKey.generate()
            ephemeral_public = ephemeral.public_key().public_bytes_raw()
            shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
            nonce = secrets.token_bytes(12)
            sealed = _attempt_cipher(shared, ephemeral_public, recipient).encrypt(
                nonce, json.dumps(record).encode("utf-8"), self._aad(f"attempt:{entry_id}"))
            entry = {"id": entry_id, "epk": _b64(ephemeral_public), "nonce": _b64(nonce),
                     "sealed": _b64(sealed)}
        self.attempts.append(entry)
        if len(self.attempts) > MAX_QUEUED_ATTEMPTS:
            excess = len(self.attempts) - MAX_QUEUED_ATTEMPTS
            del self.attempts[:excess]
            self.attempts_dropped += excess

    def failed_attempts(self, db_key: bytes) -> tuple[list[FailedAttempt], int]:
        """The queued failed attempts, oldest first, and how many older ones were dropped."""
        private = _attempts_private_key(db_key)
        recipient = private.public_key().public_bytes_raw()
        found = []
        for entry in self.attempts:
            record: object = entry.get("plain")
            if "sealed" in entry:
                try:
                    ephemeral = _unb64(entry["epk"])
                    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
                    record = json.loads(_attempt_cipher(shared, ephemeral, recipient).decrypt(
                        _unb64(entry["nonce"]), _unb64(entry["sealed"]),
                        self._aad(f"attempt:{entry['id']}")))
                except (InvalidTag, ValueError, TypeError, KeyError):
                    record = None
            found.append(_attempt(entry["id"], record))
        return found, self.attempts_dropped

    def forget_attempts(self, attempt_ids: set[str], dropped: int) -> None:
        """Remove attempts that are now in the audit log (others may have come meanwhile)."""
        self.attempts = [a for a in self.attempts if a["id"] not in attempt_ids]
        self.attempts_dropped = max(0, self.attempts_dropped - dropped)

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


def _attempt(attempt_id: str, record: object) -> FailedAttempt:
    if not isinstance(record, dict):
        return FailedAttempt(attempt_id, "login_failed", None, None, "unreadable")
    username = record.get("username")
    failures = record.get("failures")
    return FailedAttempt(
        attempt_id,
        "locked_out" if record.get("event") == "locked_out" else "login_failed",
        _parse_time(record.get("at")),
        username if isinstance(username, str) else None,
        str(record.get("reason", "unreadable"))[:40],
        failures if type(failures) is int else None,
        _parse_time(record.get("locked_until")))


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock_file(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(handle) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock_file(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _lock_file(handle, path: Path) -> None:
    deadline = time.monotonic() + LOCK_TIMEOUT_SECONDS
    while not _try_lock(handle):
        if time.monotonic() > deadline:
            raise KeyFileError(_N("DomainError", "The key file {path} is busy in another Pana "
                                                 "program. Try again in a moment."),
                               path=str(path))
        time.sleep(0.02)


def _bad_login() -> AuthenticationError:
    return AuthenticationError(_N("DomainError", "Unknown user or wrong password."))
