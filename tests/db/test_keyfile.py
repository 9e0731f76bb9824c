"""The key file: slots that wrap the database key, and what happens when it is damaged."""

from __future__ import annotations

import base64
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.db.keyfile import (
    DEFAULT_KDF,
    KdfParams,
    KeyFile,
    format_recovery_key,
    parse_recovery_key,
)
from app.domain.errors import AuthenticationError, KeyFileError
from app.services import accounts
from tests.conftest import PASSWORD

#: Cheap argon2id settings: these tests are about the slots, not the cost.
FAST = KdfParams(time_cost=1, memory_kib=64, parallelism=1)
GENERIC = "Unknown user or wrong password."


@pytest.fixture
def keyfile(tmp_path) -> tuple[KeyFile, bytes, str]:
    kf, db_key = KeyFile.create(tmp_path / "pana.keys")
    kf.set_user_password("officer", "correct horse", db_key, FAST)
    kf.set_user_password("clerk", "battery staple", db_key, FAST)
    recovery = kf.set_recovery(db_key)
    kf.save()
    return kf, db_key, recovery


def test_each_user_unlocks_with_their_own_password(keyfile):
    kf, db_key, _ = keyfile
    loaded = KeyFile.load(kf.path)
    assert loaded.usernames() == ["clerk", "officer"]
    assert loaded.unlock("officer", "correct horse") == db_key
    assert loaded.unlock("clerk", "battery staple") == db_key


def test_wrong_password_and_unknown_user_look_the_same(keyfile):
    kf, _, _ = keyfile
    with pytest.raises(AuthenticationError) as wrong:
        kf.unlock("officer", "battery staple")
    with pytest.raises(AuthenticationError) as unknown:
        kf.unlock("nobody", "correct horse")
    with pytest.raises(AuthenticationError) as empty:
        kf.unlock("officer", "")
    assert str(wrong.value) == str(unknown.value) == str(empty.value) == GENERIC
    assert wrong.value.template == unknown.value.template


def test_recovery_key_unlocks_however_it_is_typed(keyfile):
    kf, db_key, recovery = keyfile
    groups = recovery.split("-")
    assert len(groups) == 13 and all(len(g) == 4 for g in groups)
    assert kf.unlock_with_recovery(recovery) == db_key
    assert kf.unlock_with_recovery(" ".join(groups).lower()) == db_key
    assert kf.unlock_with_recovery("".join(groups) + "\n") == db_key


def test_a_wrong_or_malformed_recovery_key_is_refused(keyfile):
    kf, _, recovery = keyfile
    other = format_recovery_key(bytes(32))
    with pytest.raises(AuthenticationError, match="does not open this database"):
        kf.unlock_with_recovery(other)
    with pytest.raises(AuthenticationError, match="13 groups"):
        kf.unlock_with_recovery(recovery[:-5])
    with pytest.raises(AuthenticationError, match="13 groups"):
        kf.unlock_with_recovery("")
    assert parse_recovery_key(recovery.replace("O", "0").replace("I", "1")) \
        == parse_recovery_key(recovery)


def test_a_slot_copied_to_another_user_does_not_unlock(keyfile):
    kf, _, _ = keyfile
    data = json.loads(kf.path.read_text())
    stolen = next(s for s in data["slots"] if s["slot_id"] == "user:officer")
    data["slots"].append(dict(stolen, slot_id="user:mallory"))
    kf.path.write_text(json.dumps(data))
    loaded = KeyFile.load(kf.path)
    with pytest.raises(AuthenticationError, match=GENERIC):
        loaded.unlock("mallory", "correct horse")
    assert loaded.unlock("officer", "correct horse")  # the original still works


def test_a_slot_copied_into_another_installation_does_not_unlock(keyfile, tmp_path):
    kf, _, recovery = keyfile
    other, other_key = KeyFile.create(tmp_path / "other" / "pana.keys")
    other.set_user_password("admin", "admin password", other_key, FAST)
    other.save()
    data = json.loads(other.path.read_text())
    assert data["db_id"] != kf.db_id
    mine = json.loads(kf.path.read_text())["slots"]
    data["slots"] = mine  # officer's and the recovery slot, under the other db_id
    other.path.write_text(json.dumps(data))
    transplanted = KeyFile.load(other.path)
    with pytest.raises(AuthenticationError, match=GENERIC):
        transplanted.unlock("officer", "correct horse")
    with pytest.raises(AuthenticationError):
        transplanted.unlock_with_recovery(recovery)


def _valid_text(kf: KeyFile) -> str:
    return kf.path.read_text(encoding="utf-8")


@pytest.mark.parametrize("damage", [
    "truncated", "empty", "not-json", "binary", "json-list", "json-null", "wrong-format",
    "wrong-version", "no-slots", "slot-not-an-object", "salt-not-base64", "salt-a-number",
    "nonce-empty", "kdf-unknown-key", "kdf-zero", "kdf-a-string", "kdf-huge-memory", "a-folder",
])
def test_a_damaged_key_file_is_a_key_file_error_naming_the_file(keyfile, damage):
    kf, _, _ = keyfile
    data = json.loads(_valid_text(kf))
    user_slot = data["slots"][0]
    path: Path = kf.path
    if damage == "truncated":
        path.write_text(_valid_text(kf)[:len(_valid_text(kf)) // 2])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "not-json":
        path.write_text("db_id = 42\n")
    elif damage == "binary":
        path.write_bytes(bytes(range(256)))
    elif damage == "json-list":
        path.write_text("[1, 2, 3]")
    elif damage == "json-null":
        path.write_text("null")
    elif damage == "a-folder":
        path.unlink()
        path.mkdir()
    else:
        if damage == "wrong-format":
            data["format"] = "keepass"
        elif damage == "wrong-version":
            data["version"] = 99
        elif damage == "no-slots":
            del data["slots"]
        elif damage == "slot-not-an-object":
            data["slots"][0] = "user:officer"
        elif damage == "salt-not-base64":
            user_slot["salt"] = "not base64!"
        elif damage == "salt-a-number":
            user_slot["salt"] = 12345
        elif damage == "nonce-empty":
            user_slot["nonce"] = ""
        elif damage == "kdf-unknown-key":
            user_slot["kdf"] = {"rounds": 3}
        elif damage == "kdf-zero":
            user_slot["kdf"] = {"time_cost": 0, "memory_kib": 64, "parallelism": 1}
        elif damage == "kdf-huge-memory":  # 25 GB: unlocking would fail or swap for minutes
            user_slot["kdf"] = {"time_cost": 2, "memory_kib": 25_643_668, "parallelism": 1}
        elif damage == "kdf-a-string":
            user_slot["kdf"] = {"time_cost": "2", "memory_kib": 64, "parallelism": 1}
        path.write_text(json.dumps(data))
    with pytest.raises(KeyFileError) as info:
        KeyFile.load(path)
    assert str(path) in str(info.value)
    assert "damaged" in str(info.value)


def test_a_missing_key_file_says_so(tmp_path):
    with pytest.raises(KeyFileError, match="is missing") as info:
        KeyFile.load(tmp_path / "pana.keys")
    assert str(tmp_path / "pana.keys") in str(info.value)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.text(max_size=10), children, max_size=3),
    max_leaves=8)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_any_edit_of_the_key_file_gives_a_key_file_error_or_a_refused_login(data):
    with tempfile.TemporaryDirectory() as folder:
        kf, db_key = KeyFile.create(Path(folder) / "pana.keys")
        kf.set_user_password("officer", "correct horse", db_key, FAST)
        kf.save()
        edited = json.loads(_valid_text(kf))
        # Replace one value somewhere in the document with arbitrary JSON.
        path = data.draw(st.sampled_from([
            ("format",), ("version",), ("db_id",), ("slots",), ("slots", 0),
            ("slots", 0, "slot_id"), ("slots", 0, "salt"), ("slots", 0, "nonce"),
            ("slots", 0, "wrapped"), ("slots", 0, "kdf"), ("slots", 0, "kdf", "memory_kib")]))
        target = edited
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = data.draw(_JSON)
        kf.path.write_text(json.dumps(edited))
        try:
            loaded = KeyFile.load(kf.path)
        except KeyFileError as exc:
            assert str(kf.path) in str(exc)
            return
        for user in loaded.usernames():
            try:
                assert loaded.unlock(user, "correct horse") == db_key
            except AuthenticationError:
                pass


def test_save_is_atomic_and_leaves_no_temporary_files(keyfile, monkeypatch):
    kf, db_key, _ = keyfile
    folder = kf.path.parent
    assert sorted(p.name for p in folder.iterdir()) == ["pana.keys"]
    before = kf.path.read_bytes()

    def broken_dump(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("app.db.keyfile.json.dump", broken_dump)
    kf.set_user_password("supervisor", "new account", db_key, FAST)
    with pytest.raises(OSError):
        kf.save()
    assert kf.path.read_bytes() == before  # the old file, whole
    assert sorted(p.name for p in folder.iterdir()) == ["pana.keys"]
    monkeypatch.undo()
    kf.save()
    assert sorted(p.name for p in folder.iterdir()) == ["pana.keys"]
    assert KeyFile.load(kf.path).unlock("supervisor", "new account") == db_key


def test_changing_a_password_retires_the_old_one(keyfile):
    kf, db_key, _ = keyfile
    kf.set_user_password("officer", "a new passphrase", db_key, FAST)
    kf.save()
    loaded = KeyFile.load(kf.path)
    assert loaded.unlock("officer", "a new passphrase") == db_key
    with pytest.raises(AuthenticationError, match=GENERIC):
        loaded.unlock("officer", "correct horse")
    assert loaded.unlock("clerk", "battery staple") == db_key  # others unaffected


def test_a_removed_user_cannot_unlock(keyfile):
    kf, _, _ = keyfile
    kf.remove_user("clerk")
    kf.save()
    with pytest.raises(AuthenticationError, match=GENERIC):
        KeyFile.load(kf.path).unlock("clerk", "battery staple")


def test_the_database_key_never_appears_in_the_key_file(keyfile):
    kf, db_key, _ = keyfile
    content = kf.path.read_bytes()
    forms = [db_key, db_key.hex().encode(), db_key.hex().upper().encode(),
             base64.b64encode(db_key), base64.b64encode(db_key).rstrip(b"="),
             base64.urlsafe_b64encode(db_key).rstrip(b"="), base64.b32encode(db_key).rstrip(b"="),
             format_recovery_key(db_key).encode()]
    for form in forms:
        assert form not in content
    # Nor any long piece of it.
    for start in range(0, 32 - 8):
        assert db_key[start:start + 8] not in content
        assert db_key[start:start + 8].hex().encode() not in content


def test_a_slot_with_an_outdated_cost_is_rewrapped_at_login(store_fixture):
    fx = store_fixture
    fx.store.keyfile.set_user_password("officer", PASSWORD, fx.store.db_key, FAST)
    fx.store.keyfile.save()
    assert KeyFile.load(fx.store.paths.keys).slot_params("officer") == FAST
    accounts.authenticate(fx.store, "officer", PASSWORD)
    reloaded = KeyFile.load(fx.store.paths.keys)
    assert reloaded.slot_params("officer") == DEFAULT_KDF
    assert reloaded.unlock("officer", PASSWORD) == fx.store.db_key
