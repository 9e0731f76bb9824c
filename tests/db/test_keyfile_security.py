"""The key file guards logins: counters, lockout, equal work, the sealed queue, rewrapping.

The clock is passed in (``now=``); nothing here sleeps.
"""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta

import pytest

from app.db import keyfile as keyfile_module
from app.db.keyfile import (
    DEFAULT_KDF,
    MAX_LOCK_SECONDS,
    MAX_QUEUED_ATTEMPTS,
    AccountLocked,
    KdfParams,
    KeyFile,
    lock_seconds,
)
from app.domain.errors import AuthenticationError, KeyFileError

FAST = KdfParams(time_cost=1, memory_kib=64, parallelism=1)
GENERIC = "Unknown user or wrong password."
T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
RIGHT, WRONG = "correct horse", "battery staple"


@pytest.fixture
def kf(tmp_path) -> tuple[KeyFile, bytes]:
    keys, db_key = KeyFile.create(tmp_path / "pana.keys")
    keys.set_user_password("officer", RIGHT, db_key, FAST)
    keys.set_user_password("clerk", RIGHT, db_key, FAST)
    keys.set_recovery(db_key)
    keys.save()
    return keys, db_key


@pytest.fixture
def derivations(monkeypatch) -> list[KdfParams]:
    """Every argon2id derivation from now on, by its parameters."""
    calls: list[KdfParams] = []
    real = keyfile_module.derive_password_key

    def counting(password, salt, params):
        calls.append(params)
        return real(password, salt, params)

    monkeypatch.setattr(keyfile_module, "derive_password_key", counting)
    return calls


def _fail(keys: KeyFile, at: datetime, user: str = "officer") -> AuthenticationError:
    with pytest.raises(AuthenticationError) as info:
        keys.unlock(user, WRONG, now=at)
    return info.value


def test_the_wait_starts_at_30_seconds_and_doubles_up_to_an_hour():
    assert [lock_seconds(n, 5) for n in range(1, 15)] == [
        0, 0, 0, 0, 30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]
    assert lock_seconds(10**6, 5) == MAX_LOCK_SECONDS
    assert lock_seconds(3, 3) == 30


def test_after_five_failures_the_account_waits_and_each_further_failure_doubles_it(kf):
    keys, db_key = kf
    for n in range(4):
        assert str(_fail(keys, T0 + timedelta(seconds=n))) == GENERIC
        assert keys.login_state("officer", T0).locked_until is None
    fifth = _fail(keys, T0 + timedelta(seconds=4))
    assert not isinstance(fifth, AccountLocked) and str(fifth) == GENERIC  # still the same words
    start = T0 + timedelta(seconds=4)
    expected_wait = 30
    for _ in range(9):  # 30, 60, 120, … then the cap
        until = start + timedelta(seconds=expected_wait)
        assert KeyFile.load(keys.path).login_state("officer", start).locked_until == until
        with pytest.raises(AccountLocked) as locked:  # even the right password
            keys.unlock("officer", RIGHT, now=until - timedelta(seconds=1))
        assert locked.value.wait_seconds == 1
        start = until  # the wait is over: the next try is a real one, and fails
        _fail(keys, start)
        expected_wait = min(expected_wait * 2, 3600)
    assert expected_wait == 3600
    state = keys.login_state("officer", start)
    assert state.failures == 14 and state.locked_until == start + timedelta(hours=1)
    assert keys.unlock("officer", RIGHT, now=start + timedelta(hours=1)) == db_key


def test_a_locked_account_is_refused_without_argon2_and_without_a_hint(kf, derivations):
    keys, _ = kf
    for n in range(5):
        _fail(keys, T0 + timedelta(seconds=n))
    derivations.clear()
    answers = []
    for password in (RIGHT, WRONG, ""):
        with pytest.raises(AccountLocked) as info:
            keys.unlock("officer", password, now=T0 + timedelta(seconds=14))
        answers.append(str(info.value))
    assert derivations == []
    assert len(set(answers)) == 1
    assert "Try again in 0 min 20 s" in answers[0]
    assert RIGHT not in keys.path.read_text() and WRONG not in keys.path.read_text()
    # Refused attempts while locked do not lengthen the wait.
    assert keys.login_state("officer", T0).locked_until == T0 + timedelta(seconds=34)


def test_an_unknown_user_costs_one_derivation_with_the_default_cost(kf, derivations):
    keys, db_key = kf
    keys.set_user_password("supervisor", RIGHT, db_key)  # today's cost, as after any login
    keys.save()
    derivations.clear()
    with pytest.raises(AuthenticationError) as unknown:
        keys.unlock("nobody", RIGHT, now=T0)
    assert derivations == [DEFAULT_KDF]
    derivations.clear()
    with pytest.raises(AuthenticationError) as wrong:
        keys.unlock("supervisor", WRONG, now=T0)
    assert derivations == [DEFAULT_KDF]
    assert str(unknown.value) == str(wrong.value) == GENERIC
    # Unknown names are never locked: there is nothing to lock.
    for n in range(8):
        with pytest.raises(AuthenticationError) as again:
            keys.unlock("nobody", RIGHT, now=T0 + timedelta(seconds=n))
        assert not isinstance(again.value, AccountLocked)


def test_a_success_resets_the_count(kf):
    keys, db_key = kf
    keys.set_user_password("supervisor", RIGHT, db_key)  # today's cost: no rewrap on success
    keys.save()
    for n in range(4):
        _fail(keys, T0 + timedelta(seconds=n), user="supervisor")
    assert keys.login_state("supervisor").failures == 4
    assert keys.unlock("supervisor", RIGHT, now=T0 + timedelta(seconds=5)) == db_key
    assert KeyFile.load(keys.path).login_state("supervisor").failures == 0
    for n in range(4):
        _fail(keys, T0 + timedelta(seconds=10 + n), user="supervisor")
    assert keys.unlock("supervisor", RIGHT, now=T0 + timedelta(seconds=20)) == db_key


def test_counts_are_per_account(kf):
    keys, db_key = kf
    for n in range(5):
        _fail(keys, T0 + timedelta(seconds=n), user="clerk")
    with pytest.raises(AccountLocked):
        keys.unlock("clerk", RIGHT, now=T0 + timedelta(seconds=6))
    assert keys.unlock("officer", RIGHT, now=T0 + timedelta(seconds=6)) == db_key


def test_the_limit_is_a_setting_of_the_key_file(kf):
    keys, _ = kf
    with keys.updating():
        keys.set_max_failed_logins(3)
    assert KeyFile.load(keys.path).max_failed_logins == 3
    for n in range(3):
        _fail(keys, T0 + timedelta(seconds=n))
    with pytest.raises(AccountLocked):
        keys.unlock("officer", RIGHT, now=T0 + timedelta(seconds=3))
    for bad in (2, 101, 0, "5", 4.0):
        with pytest.raises(ValueError):
            keys.set_max_failed_logins(bad)  # type: ignore[arg-type]


def test_another_program_s_failures_count_too(kf):
    keys, _ = kf
    other = KeyFile.load(keys.path)  # loaded before any failure, like a second open app
    for n in range(3):
        _fail(keys, T0 + timedelta(seconds=n))
    for n in range(2):
        _fail(other, T0 + timedelta(seconds=3 + n))
    with pytest.raises(AccountLocked):
        keys.unlock("officer", RIGHT, now=T0 + timedelta(seconds=6))


def test_parallel_attempts_get_no_more_tries_than_the_limit(kf):
    keys, _ = kf
    outcomes: list[str] = []

    def attempt() -> None:
        instance = KeyFile.load(keys.path)  # each thread as its own program
        try:
            instance.unlock("officer", WRONG, now=T0)
        except AccountLocked:
            outcomes.append("locked")
        except AuthenticationError:
            outcomes.append("tried")

    threads = [threading.Thread(target=attempt) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["locked"] * 7 + ["tried"] * 5
    assert KeyFile.load(keys.path).login_state("officer", T0).failures == 5


def test_one_key_file_shared_by_threads_counts_every_failure(kf):
    keys, _ = kf
    shared = KeyFile.load(keys.path)  # as in the desktop app: one object, several threads
    stop = threading.Event()

    def reload_meanwhile() -> None:  # the users page refreshing its list
        while not stop.is_set():
            shared.reload()

    def fail() -> None:
        with pytest.raises(AuthenticationError):
            shared.unlock("officer", WRONG, now=T0)

    reloader = threading.Thread(target=reload_meanwhile)
    reloader.start()
    try:
        workers = [threading.Thread(target=fail) for _ in range(4)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    finally:
        stop.set()
        reloader.join()
    assert KeyFile.load(keys.path).login_state("officer", T0).failures == 4


def test_a_change_through_a_stale_copy_keeps_the_other_program_s_change(kf):
    keys, db_key = kf
    first, second = KeyFile.load(keys.path), KeyFile.load(keys.path)  # two programs
    with first.updating():
        first.set_user_password("dana", "dana's password", db_key, FAST)
    _fail(second, T0)  # second has not seen dana: its login must not drop her slot
    with first.updating():  # nor may first, which has not seen the failure, drop that
        first.set_user_password("erlan", "erlan's password", db_key, FAST)
    on_disk = KeyFile.load(keys.path)
    assert on_disk.usernames() == ["clerk", "dana", "erlan", "officer"]
    assert on_disk.login_state("officer").failures == 1


def test_a_lock_far_in_the_future_never_lasts_more_than_an_hour(kf):
    keys, db_key = kf
    data = json.loads(keys.path.read_text())
    slot = next(s for s in data["slots"] if s["slot_id"] == "user:officer")
    slot["failures"], slot["locked_until"] = 5, "2099-01-01T00:00:00+00:00"
    keys.path.write_text(json.dumps(data))
    with pytest.raises(AccountLocked) as info:
        keys.unlock("officer", RIGHT, now=T0)
    assert info.value.wait_seconds == 3600
    assert keys.unlock("officer", RIGHT, now=T0 + timedelta(hours=1)) == db_key


def test_failed_attempts_are_queued_sealed_and_read_back_with_the_database_key(kf):
    keys, db_key = kf
    typed = "my secret password typed as a name"
    with pytest.raises(AuthenticationError):
        keys.unlock(typed, WRONG, now=T0)
    for n in range(5):
        _fail(keys, T0 + timedelta(seconds=1 + n))
    with pytest.raises(AccountLocked):
        keys.unlock("officer", WRONG, now=T0 + timedelta(seconds=7))
    content = keys.path.read_text()
    assert typed not in content and "officer\"" not in content.split('"slots"')[0]
    attempts, dropped = KeyFile.load(keys.path).failed_attempts(db_key)
    assert dropped == 0
    assert [(a.event, a.username, a.reason) for a in attempts] == [
        ("login_failed", typed, "unknown-user"),
        *[("login_failed", "officer", "wrong-password")] * 5,
        ("locked_out", "officer", "too-many-failures"),
        ("login_failed", "officer", "locked"),
    ]
    assert attempts[0].at == T0
    assert [a.failures for a in attempts[1:6]] == [1, 2, 3, 4, 5]
    assert attempts[6].locked_until == T0 + timedelta(seconds=35)
    # Another installation's key cannot read them.
    _other, other_key = KeyFile.create(keys.path.parent / "other.keys")
    assert {a.reason for a in keys.failed_attempts(other_key)[0]} == {"unreadable"}
    keys.forget_attempts({a.attempt_id for a in attempts[:3]}, 0)
    assert [a.attempt_id for a in keys.failed_attempts(db_key)[0]] \
        == [a.attempt_id for a in attempts[3:]]


def test_the_queue_is_bounded(kf, monkeypatch):
    keys, db_key = kf
    # Unknown users only (one entry each); the derivation itself is not what is tested.
    monkeypatch.setattr(keyfile_module, "derive_password_key", lambda *_args: bytes(32))
    for n in range(MAX_QUEUED_ATTEMPTS + 25):
        with pytest.raises(AuthenticationError):
            keys.unlock(f"guess{n}", WRONG, now=T0 + timedelta(seconds=n))
    loaded = KeyFile.load(keys.path)
    attempts, dropped = loaded.failed_attempts(db_key)
    assert len(attempts) == MAX_QUEUED_ATTEMPTS and dropped == 25
    assert attempts[0].username == "guess25" and attempts[-1].username == f"guess{224}"
    assert keys.path.stat().st_size < 200_000
    with pytest.raises(AuthenticationError):  # a name typed a megabyte long is cut short
        keys.unlock("x" * 1_000_000, WRONG, now=T0)
    assert keys.path.stat().st_size < 200_000


def test_a_slot_with_a_lower_cost_is_rewrapped_when_it_opens(kf, derivations):
    keys, db_key = kf
    assert keys.slot_params("officer") == FAST
    assert keys.unlock("officer", RIGHT, now=T0) == db_key
    assert derivations == [FAST, DEFAULT_KDF]  # the try, then the new slot
    reloaded = KeyFile.load(keys.path)
    assert reloaded.slot_params("officer") == DEFAULT_KDF
    assert reloaded.unlock("officer", RIGHT, now=T0) == db_key
    with pytest.raises(AuthenticationError):
        reloaded.unlock("officer", WRONG, now=T0)


def test_a_version_1_key_file_opens_and_is_upgraded(kf):
    keys, db_key = kf
    data = json.loads(keys.path.read_text())
    data["version"] = 1
    for name in ("settings", "attempts_key", "failed_attempts", "failed_attempts_dropped"):
        del data[name]
    for slot in data["slots"]:
        del slot["failures"], slot["locked_until"]
    keys.path.write_text(json.dumps(data))
    old = KeyFile.load(keys.path)
    assert old.max_failed_logins == 5 and old.attempts_key is None
    with pytest.raises(AuthenticationError):
        old.unlock("a name typed wrongly", WRONG, now=T0)
    assert "a name typed wrongly" not in keys.path.read_text()  # nothing to seal to yet
    assert old.unlock("officer", RIGHT, now=T0) == db_key
    upgraded = json.loads(keys.path.read_text())
    assert upgraded["version"] == 2 and upgraded["attempts_key"]
    attempts, _ = KeyFile.load(keys.path).failed_attempts(db_key)
    assert [(a.username, a.reason) for a in attempts] == [(None, "unknown-user")]


@pytest.mark.parametrize("damage", [
    "failures-negative", "failures-text", "locked-until-garbage", "locked-until-naive",
    "limit-zero", "limit-text", "attempts-not-a-list", "attempt-without-id", "attempts-key-short",
    "dropped-negative",
])
def test_a_damaged_login_guard_is_a_key_file_error(kf, damage):
    keys, _ = kf
    data = json.loads(keys.path.read_text())
    slot = data["slots"][0]
    if damage == "failures-negative":
        slot["failures"] = -1
    elif damage == "failures-text":
        slot["failures"] = "3"
    elif damage == "locked-until-garbage":
        slot["locked_until"] = "soon"
    elif damage == "locked-until-naive":
        slot["locked_until"] = "2026-11-26T09:00:00"
    elif damage == "limit-zero":
        data["settings"]["max_failed_logins"] = 0
    elif damage == "limit-text":
        data["settings"]["max_failed_logins"] = "5"
    elif damage == "attempts-not-a-list":
        data["failed_attempts"] = {"id": "x"}
    elif damage == "attempt-without-id":
        data["failed_attempts"] = [{"plain": {}}]
    elif damage == "attempts-key-short":
        data["attempts_key"] = "AAAA"
    elif damage == "dropped-negative":
        data["failed_attempts_dropped"] = -2
    keys.path.write_text(json.dumps(data))
    with pytest.raises(KeyFileError, match="damaged"):
        KeyFile.load(keys.path)


def test_an_unreadable_queued_attempt_is_reported_as_such(kf):
    keys, db_key = kf
    _fail(keys, T0)
    data = json.loads(keys.path.read_text())
    data["failed_attempts"][0]["sealed"] = data["failed_attempts"][0]["sealed"][::-1]
    data["failed_attempts"].append({"id": "forged", "plain": {"reason": 42}})
    keys.path.write_text(json.dumps(data))
    attempts, _ = KeyFile.load(keys.path).failed_attempts(db_key)
    assert [a.reason for a in attempts] == ["unreadable", "42"]


def test_the_wait_is_given_in_minutes_and_seconds(kf):
    keys, _ = kf
    with keys.updating():
        keys.set_max_failed_logins(3)
    for n in range(3 + 6):  # the ninth failure waits 30 · 2^6 s = 32 min
        at = T0 + timedelta(hours=2 * n)
        _fail(keys, at)
    with pytest.raises(AccountLocked) as info:
        keys.unlock("officer", RIGHT, now=at)
    assert info.value.wait_seconds == 1920
    assert "Try again in 32 min 0 s" in str(info.value)
