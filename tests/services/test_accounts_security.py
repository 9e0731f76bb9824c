"""Accounts and the login guard through the services: lockout, audit, recovery, admin work.

The login guard's clock is ``app.db.keyfile.utcnow``; tests move it instead of sleeping.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.db import keyfile as keyfile_module
from app.db.audit import verify_chain
from app.db.keyfile import DEFAULT_KDF, AccountLocked, KdfParams, KeyFile, format_recovery_key
from app.db.models import AuditEntry
from app.domain.errors import AuthenticationError, NotFound, PermissionDenied, ValidationError
from app.services import accounts
from tests.conftest import PASSWORD
from tests.documents import pdf as pdf_reader

T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
GENERIC = "Unknown user or wrong password."
NEW_PASSWORD = "a brand new passphrase"


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(keyfile_module, "utcnow", fake)
    return fake


def _login(fx, username: str, password: str):
    store, actor = accounts.login(fx.data_dir, username, password)
    store.close()
    return actor


def _refused(fx, username: str, password: str) -> AuthenticationError:
    with pytest.raises(AuthenticationError) as info:
        accounts.login(fx.data_dir, username, password)
    return info.value


def _last_seq(fx) -> int:
    with fx.uow(readonly=True) as uow:
        return uow.session.execute(select(func.max(AuditEntry.seq))).scalar() or 0


@dataclass(frozen=True)
class Entry:
    action: str
    username: str
    user_id: uuid.UUID | None
    entity_id: str
    old_values: str
    new_values: str


def _entries_after(fx, seq: int) -> list[Entry]:
    with fx.uow(readonly=True) as uow:
        return [Entry(e.action, e.username, e.user_id, e.entity_id, e.old_values, e.new_values)
                for e in uow.session.execute(select(AuditEntry).where(AuditEntry.seq > seq)
                                             .order_by(AuditEntry.seq)).scalars()]


def _new(entry: Entry) -> dict:
    return json.loads(entry.new_values) if entry.new_values else {}


def _old(entry: Entry) -> dict:
    return json.loads(entry.old_values) if entry.old_values else {}


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def _folder_state(fx) -> dict[str, str]:
    # Not the -shm file: SQLite's shared-memory index of the WAL, which any reader's
    # connection updates (read marks) and which holds no data.
    return {p.name: _sha(p) for p in sorted(fx.data_dir.iterdir())
            if p.is_file() and not p.name.endswith("-shm")}


def _lock_out(fx, clock: Clock, username: str = "officer") -> None:
    for _ in range(5):
        assert str(_refused(fx, username, "wrong password")) == GENERIC
        clock.advance(1)


# ---- logging in


def test_failed_logins_reach_the_audit_log_at_the_next_login(store_fixture, clock):
    fx = store_fixture
    seq = _last_seq(fx)
    _refused(fx, "officer", "wrong password")
    clock.advance(2)
    _refused(fx, "nobody", PASSWORD)
    clock.advance(2)
    _refused(fx, "officer", "wrong again")
    assert _entries_after(fx, seq) == []  # the database was closed: they wait in the key file
    clock.advance(60)
    _login(fx, "officer", PASSWORD)
    entries = _entries_after(fx, seq)
    assert [(e.action, e.username) for e in entries] == [
        ("user.login_failed", "system")] * 3 + [("user.login", "officer")]
    assert [(_new(e)["username"], _new(e)["reason"]) for e in entries[:3]] == [
        ("officer", "wrong-password"), ("nobody", "unknown-user"), ("officer", "wrong-password")]
    assert [_new(e)["attempted_at"] for e in entries[:3]] == [
        T0.isoformat(), (T0 + timedelta(seconds=2)).isoformat(),
        (T0 + timedelta(seconds=4)).isoformat()]
    assert entries[0].entity_id == str(fx.officer.user_id) and entries[1].entity_id == ""
    assert not any(typed in e.new_values for e in entries
                   for typed in ("wrong password", "wrong again", PASSWORD))
    # Written once: the queue is empty now, and the next login adds only itself.
    assert KeyFile.load(fx.store.paths.keys).failed_attempts(fx.store.db_key) == ([], 0)
    seq = _last_seq(fx)
    _login(fx, "clerk", PASSWORD)
    assert [e.action for e in _entries_after(fx, seq)] == ["user.login"]
    with fx.uow(readonly=True) as uow:
        assert verify_chain(uow.session, fx.store.subkey("audit-chain")).ok


def test_a_lockout_is_audited_and_waits_with_a_clear_message(store_fixture, clock):
    fx = store_fixture
    seq = _last_seq(fx)
    _lock_out(fx, clock)
    refused = _refused(fx, "officer", PASSWORD)
    assert isinstance(refused, AccountLocked)
    assert "locked" in str(refused) and "Try again in 0 min 29 s" in str(refused)
    users = {u.username: u for u in accounts.list_users(fx.store, fx.admin)}
    assert users["officer"].failed_attempts == 5
    assert users["officer"].locked_until == T0 + timedelta(seconds=34)
    assert (users["clerk"].failed_attempts, users["clerk"].locked_until) == (0, None)
    clock.advance(30)
    _login(fx, "officer", PASSWORD)
    entries = _entries_after(fx, seq)
    assert [e.action for e in entries] == ["user.login_failed"] * 5 + [
        "user.locked_out", "user.login_failed", "user.login"]
    locked_out = _new(entries[5])
    assert locked_out["consecutive_failures"] == 5
    assert locked_out["locked_until"] == (T0 + timedelta(seconds=34)).isoformat()
    assert _new(entries[6])["reason"] == "locked"
    users = {u.username: u for u in accounts.list_users(fx.store, fx.admin)}
    assert (users["officer"].failed_attempts, users["officer"].locked_until) == (0, None)


def test_re_entering_the_password_in_an_open_session_is_guarded_too(store_fixture, clock):
    fx = store_fixture
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            accounts.authenticate(fx.store, "supervisor", "wrong password")
    with pytest.raises(AccountLocked):
        accounts.authenticate(fx.store, "supervisor", PASSWORD)


def test_the_queue_is_bounded_and_the_audit_says_how_many_were_dropped(store_fixture, clock,
                                                                       monkeypatch):
    fx = store_fixture
    keys = KeyFile.load(fx.store.paths.keys)
    with monkeypatch.context() as cheap:  # unknown names only; argon2 is not what is tested
        cheap.setattr(keyfile_module, "derive_password_key", lambda *_args: bytes(32))
        for n in range(keyfile_module.MAX_QUEUED_ATTEMPTS + 7):
            with pytest.raises(AuthenticationError):
                keys.unlock(f"guess{n}", "x")
    seq = _last_seq(fx)
    _login(fx, "officer", PASSWORD)
    entries = _entries_after(fx, seq)
    assert _new(entries[0]) == {"earlier_attempts_not_kept": 7}
    assert [_new(e)["username"] for e in entries[1:-1]] == [
        f"guess{n}" for n in range(7, keyfile_module.MAX_QUEUED_ATTEMPTS + 7)]
    assert entries[-1].action == "user.login"


def test_a_slot_made_with_a_lower_cost_is_upgraded_at_login(store_fixture, clock):
    fx = store_fixture
    weak = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
    with fx.store.keyfile.updating():
        fx.store.keyfile.set_user_password("clerk", PASSWORD, fx.store.db_key, weak)
    assert KeyFile.load(fx.store.paths.keys).slot_params("clerk") == weak
    _login(fx, "clerk", PASSWORD)
    assert KeyFile.load(fx.store.paths.keys).slot_params("clerk") == DEFAULT_KDF
    assert _login(fx, "clerk", PASSWORD).username == "clerk"
    assert str(_refused(fx, "clerk", "not it at all")) == GENERIC


# ---- the recovery key


def test_the_recovery_key_resets_a_locked_password(store_fixture, clock):
    fx = store_fixture
    _lock_out(fx, clock)
    seq = _last_seq(fx)
    done = accounts.reset_with_recovery_key(fx.data_dir, fx.recovery_key.lower(), "officer",
                                            NEW_PASSWORD)
    assert done == accounts.RecoveryReset("officer", enabled_again=False, was_locked=True)
    assert _login(fx, "officer", NEW_PASSWORD).username == "officer"  # no wait any more
    assert str(_refused(fx, "officer", PASSWORD)) == GENERIC
    reset = next(e for e in _entries_after(fx, seq) if e.action == "user.reset")
    assert reset.username == "recovery" and reset.user_id is None
    assert reset.entity_id == str(fx.officer.user_id)
    assert _old(reset) == {"disabled": False, "locked": True}
    assert NEW_PASSWORD not in reset.new_values + reset.old_values
    # The queued failures went into the audit log in the same transaction, before it.
    actions = [e.action for e in _entries_after(fx, seq)]
    assert actions.index("user.locked_out") < actions.index("user.reset")


def test_the_recovery_key_enables_a_disabled_account(store_fixture):
    fx = store_fixture
    accounts.disable_user(fx.store, fx.admin, "clerk")
    done = accounts.reset_with_recovery_key(fx.data_dir, fx.recovery_key, "clerk", NEW_PASSWORD)
    assert done.enabled_again and not done.was_locked
    assert _login(fx, "clerk", NEW_PASSWORD).role == "clerk"


@pytest.mark.parametrize("problem", ["wrong key", "malformed key", "unknown user",
                                     "short password"])
def test_a_refused_recovery_changes_nothing(store_fixture, problem):
    fx = store_fixture
    accounts.disable_user(fx.store, fx.admin, "clerk")
    before = _folder_state(fx)
    seq = _last_seq(fx)
    key, user, password = fx.recovery_key, "clerk", NEW_PASSWORD
    if problem == "wrong key":
        key = format_recovery_key(bytes(32))
    elif problem == "malformed key":
        key = fx.recovery_key[:-5]
    elif problem == "unknown user":
        user = "nobody"
    else:
        password = "short"
    expected = {"wrong key": (AuthenticationError, "does not open this database"),
                "malformed key": (AuthenticationError, "13 groups"),
                "unknown user": (NotFound, "no user"),
                "short password": (ValidationError, "at least 8")}[problem]
    with pytest.raises(expected[0], match=expected[1]):
        accounts.reset_with_recovery_key(fx.data_dir, key, user, password)
    assert _folder_state(fx) == before
    assert _last_seq(fx) == seq
    assert str(_refused(fx, "clerk", NEW_PASSWORD)) == GENERIC


# ---- what an administrator does


def test_an_admin_resets_a_password_and_ends_the_lockout(store_fixture, clock):
    fx = store_fixture
    _lock_out(fx, clock)
    seq = _last_seq(fx)
    accounts.reset_password(fx.store, fx.admin, "officer", NEW_PASSWORD)
    assert _login(fx, "officer", NEW_PASSWORD).username == "officer"
    assert str(_refused(fx, "officer", PASSWORD)) == GENERIC
    entry = next(e for e in _entries_after(fx, seq) if e.action == "user.reset_password")
    assert entry.username == "admin" and entry.entity_id == str(fx.officer.user_id)
    assert _old(entry)["consecutive_failures"] == 5 and _old(entry)["locked_until"]
    assert NEW_PASSWORD not in entry.old_values + entry.new_values


def test_reset_password_is_for_admins_and_not_for_disabled_accounts(store_fixture):
    fx = store_fixture
    with pytest.raises(PermissionDenied):
        accounts.reset_password(fx.store, fx.supervisor, "officer", NEW_PASSWORD)
    with pytest.raises(ValidationError, match="at least 8"):
        accounts.reset_password(fx.store, fx.admin, "officer", "short")
    with pytest.raises(NotFound):
        accounts.reset_password(fx.store, fx.admin, "nobody", NEW_PASSWORD)
    accounts.disable_user(fx.store, fx.admin, "clerk")
    with pytest.raises(ValidationError, match="disabled"):
        accounts.reset_password(fx.store, fx.admin, "clerk", NEW_PASSWORD)
    assert "clerk" not in KeyFile.load(fx.store.paths.keys).usernames()


def test_an_admin_changes_a_role(store_fixture):
    fx = store_fixture
    seq = _last_seq(fx)
    accounts.set_role(fx.store, fx.admin, "officer2", "supervisor")
    entry = _entries_after(fx, seq)[-1]
    assert entry.action == "user.role" and entry.entity_id == str(fx.officer2.user_id)
    assert (_old(entry), _new(entry)) == ({"role": "officer"}, {"role": "supervisor"})
    assert _login(fx, "officer2", PASSWORD).role == "supervisor"
    seq = _last_seq(fx)
    accounts.set_role(fx.store, fx.admin, "officer2", "supervisor")  # no change, no entry
    assert _last_seq(fx) == seq
    with pytest.raises(ValidationError, match="role"):
        accounts.set_role(fx.store, fx.admin, "officer2", "director")
    with pytest.raises(PermissionDenied):
        accounts.set_role(fx.store, fx.supervisor, "officer", "admin")
    with pytest.raises(NotFound):
        accounts.set_role(fx.store, fx.admin, "nobody", "clerk")


def test_the_last_enabled_admin_stays_an_admin(store_fixture):
    fx = store_fixture
    with pytest.raises(ValidationError, match="last administrator"):
        accounts.set_role(fx.store, fx.admin, "admin", "officer")
    accounts.add_user(fx.store, fx.admin, "admin2", "admin", NEW_PASSWORD)
    accounts.disable_user(fx.store, fx.admin, "admin2")
    with pytest.raises(ValidationError, match="last administrator"):  # a disabled one is no help
        accounts.set_role(fx.store, fx.admin, "admin", "supervisor")
    accounts.enable_user(fx.store, fx.admin, "admin2", NEW_PASSWORD)
    accounts.set_role(fx.store, fx.admin, "admin", "supervisor")
    admin2 = _login(fx, "admin2", NEW_PASSWORD)
    with pytest.raises(ValidationError, match="last administrator"):
        accounts.set_role(fx.store, admin2, "admin2", "clerk")
    with pytest.raises(ValidationError, match="last administrator"):
        accounts.disable_user(fx.store, fx.admin, "admin2")
    roles = {u.username: u.role for u in accounts.list_users(fx.store, admin2)}
    assert (roles["admin"], roles["admin2"]) == ("supervisor", "admin")


def test_disable_then_enable_with_a_new_password(store_fixture):
    fx = store_fixture
    accounts.disable_user(fx.store, fx.admin, "clerk")
    assert str(_refused(fx, "clerk", PASSWORD)) == GENERIC
    with pytest.raises(ValidationError, match="at least 8"):
        accounts.enable_user(fx.store, fx.admin, "clerk", "short")
    with pytest.raises(PermissionDenied):
        accounts.enable_user(fx.store, fx.supervisor, "clerk", NEW_PASSWORD)
    assert {u.username: u.disabled for u in accounts.list_users(fx.store, fx.admin)}["clerk"]
    seq = _last_seq(fx)
    accounts.enable_user(fx.store, fx.admin, "clerk", NEW_PASSWORD)
    entry = _entries_after(fx, seq)[-1]
    assert entry.action == "user.enable" and NEW_PASSWORD not in entry.new_values
    assert _login(fx, "clerk", NEW_PASSWORD).username == "clerk"
    assert str(_refused(fx, "clerk", PASSWORD)) == GENERIC  # the old password stays dead
    with pytest.raises(ValidationError, match="not disabled"):
        accounts.enable_user(fx.store, fx.admin, "clerk", NEW_PASSWORD)


def test_the_failure_limit_is_an_audited_admin_setting(store_fixture, clock):
    fx = store_fixture
    assert accounts.max_failed_logins(fx.store) == 5
    with pytest.raises(PermissionDenied):
        accounts.set_max_failed_logins(fx.store, fx.supervisor, 3)
    for bad in (2, 101):
        with pytest.raises(ValidationError, match="from 3 to 100"):
            accounts.set_max_failed_logins(fx.store, fx.admin, bad)
    seq = _last_seq(fx)
    accounts.set_max_failed_logins(fx.store, fx.admin, 3)
    entry = _entries_after(fx, seq)[-1]
    assert (entry.action, entry.entity_id) == ("setting.change", "security.max_failed_logins")
    assert (_old(entry), _new(entry)) == ({"security.max_failed_logins": 5},
                                          {"security.max_failed_logins": 3})
    assert KeyFile.load(fx.store.paths.keys).max_failed_logins == 3
    for _ in range(3):
        _refused(fx, "officer", "wrong password")
    assert isinstance(_refused(fx, "officer", PASSWORD), AccountLocked)


# ---- the recovery sheet


def test_the_recovery_sheet_holds_the_key_and_embeds_its_fonts(store_fixture):
    fx = store_fixture
    seq = _last_seq(fx)
    typed = fx.recovery_key.lower().replace("-", " ")
    sheet = accounts.recovery_sheet(fx.store, fx.admin, typed, language="en",
                                    made_on=date(2026, 11, 26))
    assert len(pdf_reader.reader(sheet).pages) == 1
    lines = pdf_reader.raw_lines(sheet)
    groups = fx.recovery_key.split("-")
    assert [" ".join(groups[i:i + 5]) for i in (0, 5, 10)] == [
        line.strip() for line in lines if line.strip().startswith(tuple(groups[::5]))][:3]
    text = pdf_reader.text(sheet)
    assert "Test commission (AQM)" in text and fx.store.keyfile.db_id in text
    assert "26 November 2026" in text and "safe" in text
    fonts = pdf_reader.fonts(sheet)
    assert fonts and all(fonts.values()), fonts
    assert all("DejaVu" in name for name in fonts)
    metadata = " ".join(pdf_reader.metadata(sheet).values())
    assert not any(group in metadata for group in groups)
    assert sheet == accounts.recovery_sheet(fx.store, fx.admin, fx.recovery_key,
                                            language="en", made_on=date(2026, 11, 26))
    entry = _entries_after(fx, seq)[-1]
    assert entry.action == "recovery.sheet" and entry.username == "admin"
    assert not any(group in entry.new_values for group in groups)


def test_a_recovery_sheet_is_printed_only_for_the_right_key_and_by_an_admin(store_fixture):
    fx = store_fixture
    seq = _last_seq(fx)
    with pytest.raises(AuthenticationError, match="does not open this database"):
        accounts.recovery_sheet(fx.store, fx.admin, format_recovery_key(bytes(32)))
    with pytest.raises(PermissionDenied):
        accounts.recovery_sheet(fx.store, fx.supervisor, fx.recovery_key)
    # Only the refusal is recorded; no sheet was made.
    assert [e.action for e in _entries_after(fx, seq)] == ["access.denied"]


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_recovery_sheet_in_kazakh_and_russian(store_fixture, language):
    fx = store_fixture
    sheet = accounts.recovery_sheet(fx.store, fx.admin, fx.recovery_key, language=language,
                                    made_on=date(2026, 11, 26))
    text = pdf_reader.text(sheet)
    assert {"kk": "Қалпына келтіру кілті", "ru": "Ключ восстановления"}[language] in text
    assert {"kk": "2026 жылғы 26 қараша", "ru": "26 ноября 2026 г."}[language] in text
    assert all(group in text for group in fx.recovery_key.split("-"))
    assert all(pdf_reader.fonts(sheet).values())


def _users_and_audit(fx):
    with fx.uow(readonly=True) as uow:
        users = sorted((u.username, u.disabled, u.password_changed_at) for u in
                       uow.session.execute(select(accounts.User)).scalars())
        entries = uow.session.scalar(select(func.count()).select_from(AuditEntry))
    return users, entries


@pytest.mark.parametrize("change", ["add", "password", "disable"])
def test_a_key_file_that_cannot_be_written_leaves_the_account_as_it_was(
        store_fixture, monkeypatch, change):
    """A full disk or read-only folder stops the key file; the database must not change
    either (no account without a password slot, no audit of a change not made)."""
    from app.domain.errors import KeyFileError

    fx = store_fixture
    before = _users_and_audit(fx)
    keys_before = fx.store.paths.keys.read_bytes()

    def no_room(_self):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(KeyFile, "save", no_room)
    with pytest.raises(KeyFileError, match="could not be written"):
        if change == "add":
            accounts.add_user(fx.store, fx.admin, "newcomer", "officer", NEW_PASSWORD)
        elif change == "password":
            accounts.change_password(fx.store, fx.officer, "officer", NEW_PASSWORD)
        else:
            accounts.disable_user(fx.store, fx.admin, "officer2")
    monkeypatch.undo()
    assert _users_and_audit(fx) == before
    assert fx.store.paths.keys.read_bytes() == keys_before
    assert fx.store.keyfile.unlock("officer", PASSWORD) == fx.store.db_key
    assert fx.store.keyfile.unlock("officer2", PASSWORD) == fx.store.db_key
