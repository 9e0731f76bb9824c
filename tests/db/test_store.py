"""The encrypted store: connections, transactions, no plaintext on disk, numbering,
optimistic locking, backup and restore, and clear errors when opening fails."""

from __future__ import annotations

import hashlib
import json
import shutil
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.db.engine import connect_raw
from app.db.keyfile import KeyFile
from app.db.models import AuditEntry, Case, CaseSequence, Setting
from app.db.store import Store, StorePaths
from app.domain.errors import (
    AuthenticationError,
    ConflictError,
    DomainError,
    KeyFileError,
    StoreError,
)
from app.services import cases, claims, interviews, maintenance
from tests.conftest import PASSWORD
from tests.helpers import builders

YEAR = date.today().year


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _flip_middle(path: Path, page: int = 4096, pages: int = 1) -> None:
    """Flip 16 bytes in the middle of ``pages`` data pages from half-way through the file."""
    data = bytearray(path.read_bytes())
    first = len(data) // page // 2
    for number in range(first, min(first + pages, len(data) // page)):
        offset = number * page + page // 2
        for i in range(16):
            data[offset + i] ^= 0xFF
    path.write_bytes(bytes(data))


# ---- connections and transactions


def test_store_connections_use_wal_full_sync_and_foreign_keys(store_fixture):
    with store_fixture.store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    with store_fixture.uow(readonly=True) as uow:
        assert uow.session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_a_writing_unit_of_work_takes_the_write_lock_at_once(store_fixture):
    paths = store_fixture.store.paths
    other = connect_raw(paths.db, store_fixture.store.db_key)
    other.execute("PRAGMA busy_timeout = 0")
    try:
        with store_fixture.uow() as uow:
            uow.session.execute(select(Setting.key)).all()  # only a read so far
            with pytest.raises(Exception, match="database is locked"):
                other.execute("BEGIN IMMEDIATE")
        with store_fixture.uow(readonly=True) as uow:
            uow.session.execute(select(Setting.key)).all()
            other.execute("BEGIN IMMEDIATE")  # readers never hold writers up
            other.execute("ROLLBACK")
    finally:
        other.close()


def test_two_writers_from_two_threads_both_succeed(store_fixture):
    both_read = threading.Barrier(2, timeout=0.5)
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            with store_fixture.uow() as uow:
                uow.session.execute(select(Setting.key)).all()
                try:
                    # With deferred transactions both threads would now hold a read
                    # snapshot and the second writer would fail with "locked".
                    both_read.wait()
                except threading.BrokenBarrierError:
                    pass  # the other writer waits for our lock, as it should
                uow.session.add(Setting(key=f"test.{name}", value='"x"'))
                uow.audit(store_fixture.admin, "setting.change", entity="setting",
                          entity_id=f"test.{name}", new={"value": "x"})
                uow.commit()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    with store_fixture.uow(readonly=True) as uow:
        keys = uow.session.execute(select(Setting.key).where(
            Setting.key.startswith("test."))).scalars().all()
    assert sorted(keys) == ["test.a", "test.b"]
    assert maintenance.verify_store(store_fixture.store).ok


def test_a_unit_of_work_rolls_back_unless_committed(store_fixture):
    with store_fixture.uow() as uow:
        uow.session.add(Setting(key="test.uncommitted", value="1"))
        uow.session.flush()
    with store_fixture.uow() as uow, pytest.raises(RuntimeError):
        uow.session.add(Setting(key="test.failing", value="1"))
        raise RuntimeError("a bug half-way through")
    with store_fixture.uow(readonly=True) as uow:
        assert uow.session.get(Setting, "test.uncommitted") is None
        assert uow.session.get(Setting, "test.failing") is None
        with pytest.raises(RuntimeError, match="read-only"):
            uow.commit()


# ---- no plaintext on disk


SECRETS = ["Тұрсынбайұлы", "Zhandarbekov", "Qabdolla", "Ghulja re-education camp",
           "beaten with a rubber baton", "E99887766", "PDF-EVIDENCE-Urumqi",
           "Kazakh of Tekes county"]


def _hits(folder: Path) -> list[str]:
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        content = path.read_bytes()
        for secret in SECRETS:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if secret.encode(encoding) in content:
                    found.append(f"{path.name}: {secret!r} ({encoding})")
            if secret.lower().encode() in content.lower():
                found.append(f"{path.name}: {secret!r} (any case)")
    return found


def test_nothing_readable_reaches_the_disk(store_fixture):
    fx = store_fixture
    # Keep one connection open so that the write-ahead log stays on disk.
    holder = connect_raw(fx.store.paths.db, fx.store.db_key)
    try:
        ref = builders.register(fx, names=[
            cases.NameInput("kk-Cyrl", "Тұрсынбайұлы", "Қабдолла"),
            cases.NameInput("Latn", "Zhandarbekov", "Qabdolla")],
            ethnicity="Kazakh of Tekes county")
        with fx.uow() as uow:
            cases.add_identity_document(uow, fx.officer, ref.number,
                                        cases.DocumentInput("passport", "E99887766"))
        with fx.uow() as uow:
            claims.save_claim(uow, fx.officer, ref.number, claims.ClaimInput(
                summary="Held eight months in the Ghulja re-education camp."))
        with fx.uow() as uow:
            claims.attach_evidence(uow, fx.officer, ref.number, claims.EvidenceInput(
                "Detention notice", b"%PDF-1.4 PDF-EVIDENCE-Urumqi", "application/pdf"))
        with fx.uow() as uow:
            interviews.record_interview(uow, fx.officer, ref.number, builders.interview_record(
                entries=[interviews.QAInput("What happened?",
                                            "I was beaten with a rubber baton.")]))
        wal = fx.store.paths.db.with_name("pana.db-wal")
        assert wal.exists() and wal.stat().st_size > 0
        assert _hits(fx.data_dir) == []
    finally:
        holder.close()
    backup = fx.data_dir / "backups" / "before-test.db"
    maintenance.backup(fx.store, fx.admin, backup)
    assert backup.exists() and backup.with_name("before-test.db.keys").exists()
    assert _hits(fx.data_dir) == []
    # The secrets are there, readable with the key: the scan looked at real data.
    with fx.uow(readonly=True) as uow:
        assert "Ghulja re-education camp" in uow.session.execute(
            text("SELECT summary FROM claims")).scalar_one()


# ---- optimistic locking


def test_a_save_from_a_stale_copy_is_refused_and_overwrites_nothing(store_fixture):
    fx = store_fixture
    ref = builders.register(fx)
    with fx.uow(readonly=True) as uow:
        version = uow.session.get(Case, ref.id).applicant.version
    # Two people open the applicant at the same version.
    mine = builders.petition(religion="Islam")
    theirs = builders.petition(religion="Sunni Islam", place_of_birth="Ghulja")
    with fx.uow() as uow:
        saved = cases.update_applicant(uow, fx.officer2, ref.number, theirs,
                                       expected_version=version)
    assert saved.version == version + 1
    audit_before = builders.audit_count(fx)
    with pytest.raises(ConflictError) as info, fx.uow() as uow:
        cases.update_applicant(uow, fx.officer, ref.number, mine, expected_version=version)
    assert info.value.expected_version == version
    assert info.value.current_version == version + 1
    assert f"version {version + 1}" in str(info.value)
    assert f"you edited version {version}" in str(info.value)
    assert "Nothing was overwritten" in str(info.value)
    with fx.uow(readonly=True) as uow:
        applicant = uow.session.get(Case, ref.id).applicant
        assert (applicant.religion, applicant.place_of_birth) == ("Sunni Islam", "Ghulja")
        assert applicant.version == version + 1
    assert builders.audit_count(fx) == audit_before


# ---- case numbers


def test_concurrent_registrations_get_distinct_consecutive_numbers(store_fixture):
    fx = store_fixture
    numbers: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def register_five(i: int) -> None:
        try:
            for j in range(5):
                ref = builders.register(fx, names=[cases.NameInput("Latn", f"Thread{i}", f"N{j}")])
                with lock:
                    numbers.append(ref.number)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=register_five, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert sorted(numbers) == [f"AQM-{YEAR}-{n:05d}" for n in range(1, 21)]
    with fx.uow(readonly=True) as uow:
        assert uow.session.get(CaseSequence, ("AQM", YEAR)).last_value == 20


def test_numbers_are_never_reused_and_restart_each_year(store_fixture):
    fx = store_fixture
    first, second = builders.register(fx), builders.register(fx)
    assert (first.number, second.number) == (f"AQM-{YEAR}-00001", f"AQM-{YEAR}-00002")
    # Remove the newest case entirely, as a botched manual repair might.
    with fx.uow() as uow:
        for table, column in (("certificates", "case_id"), ("person_names", "applicant_id"),
                              ("applicants", "case_id"), ("case_search", "case_id"),
                              ("cases", "id")):
            value = second.id.hex
            if table == "person_names":
                value = uow.session.execute(text(
                    "SELECT id FROM applicants WHERE case_id = :c"), {"c": value}).scalar_one()
            uow.session.execute(text(f"DELETE FROM {table} WHERE {column} = :v"), {"v": value})
        uow.commit()
    assert builders.register(fx).number == f"AQM-{YEAR}-00003"
    last_year = date(YEAR - 1, 12, 31)
    old = builders.register(fx, registered_on=last_year, arrived_on=last_year - timedelta(days=2))
    assert old.number == f"AQM-{YEAR - 1}-00001"
    assert builders.register(fx).number == f"AQM-{YEAR}-00004"


# ---- backup and restore


def test_backup_then_restore_brings_the_data_back(store_fixture):
    fx = store_fixture
    kept_case = builders.register(fx)
    backup = fx.data_dir.parent / "usb" / "pana-backup.db"
    maintenance.backup(fx.store, fx.admin, backup)
    later_case = builders.register(fx)
    fx.store.close()

    kept = maintenance.restore(fx.data_dir, backup, "admin", PASSWORD)
    assert kept is not None and kept.exists() and kept.parent == fx.data_dir
    assert "pana-replaced-" in kept.name

    store = Store.open(fx.data_dir, "admin", PASSWORD)
    try:
        with store.uow(readonly=True) as uow:
            numbers = uow.session.execute(select(Case.number)).scalars().all()
            last = uow.session.execute(
                select(AuditEntry.action, AuditEntry.username, AuditEntry.new_values)
                .order_by(AuditEntry.seq.desc()).limit(1)).one()
        assert numbers == [kept_case.number]
        assert (last.action, last.username) == ("db.restore", "admin")
        assert json.loads(last.new_values) == {"file": backup.name,
                                               "replaced_kept_as": kept.name}
        assert maintenance.verify_store(store).ok
    finally:
        store.close()
    # The replaced database is whole and still holds what came after the backup.
    raw = connect_raw(kept, fx.store.db_key)
    try:
        assert {row[0] for row in raw.execute("SELECT number FROM cases")} \
            == {kept_case.number, later_case.number}
    finally:
        raw.close()


def test_backup_refuses_to_overwrite_a_file(store_fixture, tmp_path):
    target = tmp_path / "exists.db"
    target.write_bytes(b"something precious")
    with pytest.raises(StoreError, match="already exists"):
        maintenance.backup(store_fixture.store, store_fixture.admin, target)
    assert target.read_bytes() == b"something precious"


def _restore_is_refused(fx, backup: Path, says: str) -> None:
    with fx.uow(readonly=True) as uow:
        numbers = uow.session.execute(select(Case.number)).scalars().all()
    fx.store.close()
    before = {p.name: _sha(p) for p in fx.data_dir.iterdir() if p.is_file()}
    with pytest.raises(StoreError) as info:
        maintenance.restore(fx.data_dir, backup, "admin", PASSWORD)
    assert str(backup) in str(info.value)
    assert "Nothing was replaced" in str(info.value)
    assert says in str(info.value)
    after = {p.name: _sha(p) for p in fx.data_dir.iterdir() if p.is_file()}
    assert after == before
    # The database in place still opens, holds what it held, and verifies.
    store = Store.open(fx.data_dir, "admin", PASSWORD)
    try:
        with store.uow(readonly=True) as uow:
            assert uow.session.execute(select(Case.number)).scalars().all() == numbers
        assert maintenance.verify_store(store).ok
    finally:
        store.close()


def test_a_damaged_backup_is_not_restored(store_fixture, tmp_path):
    fx = store_fixture
    for _ in range(30):  # enough pages that the middle one holds case data
        builders.register(fx, notes="Long notes. " * 300)
    backup = tmp_path / "damaged.db"
    maintenance.backup(fx.store, fx.admin, backup)
    assert maintenance.check_backup(backup, fx.store.db_key).ok
    _flip_middle(backup)
    assert not maintenance.check_backup(backup, fx.store.db_key).ok
    _restore_is_refused(fx, backup, "was not restored")


def test_a_backup_of_another_installation_is_not_restored(store_fixture, tmp_path):
    # Another commission, whose administrator happens to have the same name and password;
    # its backup comes with its own key file beside it.
    other = Store.create(tmp_path / "elsewhere")
    other.keyfile.set_user_password("admin", PASSWORD, other.db_key)
    other.keyfile.save()
    try:
        backup = other.backup_to(tmp_path / "elsewhere.db")
    finally:
        other.close()
    assert KeyFile.load(backup.with_name("elsewhere.db.keys")).unlock("admin", PASSWORD)
    _restore_is_refused(store_fixture, backup, "cannot be read with this key")


def test_restore_into_an_empty_folder_uses_the_key_file_beside_the_backup(store_fixture,
                                                                          tmp_path):
    fx = store_fixture
    ref = builders.register(fx)
    backup = tmp_path / "offsite" / "pana.db"
    maintenance.backup(fx.store, fx.admin, backup)
    new_laptop = tmp_path / "new-laptop"
    assert maintenance.restore(new_laptop, backup, "officer", PASSWORD) is None
    store = Store.open(new_laptop, "officer", PASSWORD)
    try:
        with store.uow(readonly=True) as uow:
            assert uow.session.execute(select(Case.number)).scalar_one() == ref.number
    finally:
        store.close()


# ---- opening


def _open(folder: Path, password: str = PASSWORD) -> Store:
    return Store.open(folder, "admin", password)


def test_wrong_password_is_the_generic_authentication_error(store_fixture):
    with pytest.raises(AuthenticationError, match=r"^Unknown user or wrong password\.$"):
        _open(store_fixture.data_dir, "not the password")


def test_opening_a_folder_without_a_database_says_how_to_make_one(tmp_path):
    with pytest.raises(StoreError, match="There is no Pana database") as info:
        _open(tmp_path / "nothing-here")
    assert "pana init" in str(info.value)


def test_a_missing_key_file_is_named(store_fixture):
    store_fixture.store.close()
    store_fixture.store.paths.keys.unlink()
    with pytest.raises(KeyFileError, match="is missing") as info:
        _open(store_fixture.data_dir)
    assert "pana.keys" in str(info.value)


def test_a_missing_database_is_named(store_fixture):
    store_fixture.store.close()
    store_fixture.store.paths.db.unlink()
    with pytest.raises(StoreError, match="is missing") as info:
        _open(store_fixture.data_dir)
    assert "pana db restore" in str(info.value)


@pytest.mark.parametrize("keep", [0, 100, 4096, "half"])
def test_a_truncated_database_is_a_store_error(store_fixture, keep):
    fx = store_fixture
    for _ in range(10):
        builders.register(fx, notes="Notes. " * 200)
    fx.store.close()
    data = fx.store.paths.db.read_bytes()
    fx.store.paths.db.write_bytes(data[:len(data) // 2 if keep == "half" else keep])
    with pytest.raises(StoreError) as info:
        _open(fx.data_dir)
    assert "pana.db" in str(info.value) and "backup" in str(info.value)


def test_a_key_file_of_another_installation_does_not_open_the_database(store_fixture,
                                                                       tmp_path):
    fx = store_fixture
    fx.store.close()
    other, key = KeyFile.create(tmp_path / "other.keys")
    other.set_user_password("admin", PASSWORD, key)
    other.save()
    shutil.copyfile(other.path, fx.store.paths.keys)
    with pytest.raises(DomainError, match="another installation"):
        _open(fx.data_dir)


def test_a_key_file_whose_id_was_changed_is_refused(store_fixture):
    fx = store_fixture
    keyfile = KeyFile.load(fx.store.paths.keys)
    keyfile.db_id = "0" * 32
    with pytest.raises(KeyFileError, match="different installations"):
        Store.open_with_key(StorePaths(fx.data_dir), keyfile, fx.store.db_key)


def test_reading_a_damaged_page_is_a_store_error_not_a_crash(store_fixture):
    fx = store_fixture
    for i in range(30):
        builders.register(fx, names=[cases.NameInput("Latn", f"Person{i}", "Given")],
                          notes="Long notes. " * 300)
    fx.store.close()
    # Damage every page of the second half, so whichever holds table rows is hit.
    _flip_middle(fx.store.paths.db, pages=10_000)

    def read_everything() -> None:
        # Opening may already meet the damage; if not, reading every table does.
        store = Store.open_with_key(fx.store.paths, fx.store.keyfile, fx.store.db_key)
        try:
            with store.uow(readonly=True) as uow:
                tables = uow.session.execute(text(
                    "SELECT name FROM sqlite_master WHERE type = 'table'")).scalars().all()
                for table in tables:
                    uow.session.execute(text(f'SELECT * FROM "{table}"')).all()
        finally:
            store.close()

    with pytest.raises(StoreError, match=r"pana db verify|[Rr]estore it from a backup"):
        read_everything()
