"""Stores of every schema revision, as that version of Pana wrote them, upgrade with every
row kept; an upgrade that fails half-way — an error, a full disk, a kill — changes nothing.

The fixtures in ``tests/fixtures/migrations/<revision>/`` are made by
``tools/make_migration_fixtures.py`` from the commit at which the revision was the head
(see the README there). Each test works on a copy.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, event, text

from app.db import audit, migrate, search
from app.db.keyfile import KeyFile
from app.db.store import Store
from app.domain.errors import StoreError
from app.services import accounts, casefile, cases, queries

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "migrations"
PASSWORD = "demo"
FIXTURE_REVISIONS = sorted(p.name for p in FIXTURES.iterdir() if (p / "pana.db").is_file())
#: FTS5's own tables under the search index. 0005 rebuilds the index, so they are
#: checked by FTS5's integrity check, not row by row.
FTS_SHADOW = frozenset(f"{search.FTS_TABLE}_{part}"
                       for part in ("data", "idx", "content", "docsize", "config"))
#: A statement late in the upgrade from 0001 (migration 0005, after it emptied the index).
LATE_STATEMENT = f"INSERT INTO {search.FTS_TABLE} (rowid"


# ---------------------------------------------------------------------------
# reading a database as it is, with the old schema


@dataclass
class Table:
    columns: list[str]
    key: list[str]
    rows: list[tuple]

    def by_key(self, columns: list[str] | None = None) -> dict[tuple, dict]:
        columns = columns or self.columns
        where = [self.columns.index(c) for c in self.key]
        found = {}
        for row in self.rows:
            values = dict(zip(self.columns, row, strict=True))
            found[tuple(row[i] for i in where)] = {c: values[c] for c in columns}
        assert len(found) == len(self.rows), "key is not unique"
        return found


@dataclass
class Snapshot:
    revision: str | None
    schema: list[tuple]
    tables: dict[str, Table]

    def count(self, table: str) -> int:
        return len(self.tables[table].rows)


def _read_only(path: Path, key: bytes) -> sqlcipher3.dbapi2.Connection:
    """A plain keyed connection that changes nothing (not even the journal mode)."""
    conn = sqlcipher3.dbapi2.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA query_only = ON")
    return conn


def snapshot(path: Path, key: bytes) -> Snapshot:
    conn = _read_only(path, key)
    try:
        schema = sorted(conn.execute(
            "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master").fetchall())
        tables = {}
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall():
            info = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
            columns = [r[1] for r in info]
            key = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]] or columns
            if name == search.FTS_TABLE:
                key = ["case_id"]
            listed = ", ".join(f'"{c}"' for c in columns)
            tables[name] = Table(columns, key, conn.execute(
                f'SELECT {listed} FROM "{name}"').fetchall())
        revision = None
        if "alembic_version" in tables:
            revision = tables["alembic_version"].rows[0][0]
        return Snapshot(revision, schema, tables)
    finally:
        conn.close()


def _checks(path: Path, key: bytes) -> tuple[list, list]:
    conn = _read_only(path, key)
    try:
        return (conn.execute("PRAGMA integrity_check").fetchall(),
                conn.execute("PRAGMA foreign_key_check").fetchall())
    finally:
        conn.close()


# ---------------------------------------------------------------------------
# fixtures


def _copy(revision: str, tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    for name in ("pana.db", "pana.keys"):
        shutil.copyfile(FIXTURES / revision / name, data_dir / name)
    return data_dir


def _manifest(revision: str) -> dict:
    return json.loads((FIXTURES / revision / "manifest.json").read_text(encoding="utf-8"))


def _key(data_dir: Path) -> bytes:
    return KeyFile.load(data_dir / "pana.keys").unlock("admin", PASSWORD)


def _backups(data_dir: Path) -> list[Path]:
    folder = data_dir / "backups"
    return sorted(folder.glob("pana-before-upgrade-*.db")) if folder.exists() else []


class Faults:
    """Engine-wide listeners (every engine, every connection) until cleared."""

    def __init__(self) -> None:
        self.added: list[tuple[str, object]] = []

    def add(self, name: str, fn) -> None:
        event.listen(Engine, name, fn)
        self.added.append((name, fn))

    def clear(self) -> None:
        while self.added:
            event.remove(Engine, *self.added.pop())


@pytest.fixture
def faults():
    found = Faults()
    yield found
    found.clear()


def _fail_at(prefix: str, ran: list[str]):
    def before(conn, cursor, statement, parameters, context, executemany) -> None:
        ran.append(statement.strip())
        if statement.strip().startswith(prefix):
            raise RuntimeError("injected fault")
    return before


# ---------------------------------------------------------------------------
# the fixture set


def _revisions_in_code() -> list[str]:
    scripts = ScriptDirectory.from_config(migrate._config())
    return sorted(s.revision for s in scripts.walk_revisions())


def test_every_revision_has_a_fixture_store():
    assert _revisions_in_code() == FIXTURE_REVISIONS, (
        "make the missing fixture with tools/make_migration_fixtures.py REVISION")


@pytest.mark.parametrize("revision", FIXTURE_REVISIONS)
def test_the_fixture_is_the_store_that_revision_wrote(revision):
    manifest = _manifest(revision)
    assert manifest["revision"] == revision
    # Every table of that revision holds rows (but the key slots of a commission server,
    # which a data folder keeps in pana.keys).
    assert {t: n for t, n in manifest["rows"].items() if n == 0 and t != "server_keys"} == {}
    assert (FIXTURES / revision / "pana.db").stat().st_size < 1_500_000
    assert not (FIXTURES / revision / "pana.db-wal").exists()


# ---------------------------------------------------------------------------
# a store of every revision upgrades with every row accounted for


def _assert_kept(old: Snapshot, new: Snapshot) -> None:
    for name, before in old.tables.items():
        if name in FTS_SHADOW or name in {"alembic_version", search.FTS_TABLE}:
            continue
        assert name in new.tables, f"table {name} is gone"
        after = new.tables[name]
        assert set(before.columns) <= set(after.columns), (
            f"{name} lost columns {set(before.columns) - set(after.columns)}")
        assert after.key == before.key, name
        assert len(after.rows) == len(before.rows), f"{name}: row count changed"
        was, now = before.by_key(), after.by_key(before.columns)
        changed = [k for k in was if was[k] != now.get(k)]
        assert not changed, (
            f"{name}: {len(changed)} rows differ, e.g. columns "
            f"{[c for c in before.columns if was[changed[0]][c] != now.get(changed[0], {}).get(c)]}")


def _assert_search_index(new: Snapshot, old: Snapshot) -> None:
    """0005 rebuilt the index in registration order: one row per case, every case mapped."""
    cases_ = new.tables["cases"].by_key(["id", "number", "registered_on"])
    index = new.tables[search.FTS_TABLE].rows
    assert sorted(r[0] for r in index) == sorted(v["id"] for v in cases_.values())
    # The index keeps what the old index held (0005 moves rows, it does not recompute them).
    assert sorted(index) == sorted(old.tables[search.FTS_TABLE].rows)
    mapping = dict(new.tables[search.ROWIDS_TABLE].rows)
    assert set(mapping) == {v["id"] for v in cases_.values()}
    by_rowid = sorted(cases_.values(), key=lambda v: mapping[v["id"]])
    assert by_rowid == sorted(cases_.values(), key=lambda v: (v["registered_on"], v["number"]))
    for v in cases_.values():
        low, high = search.day_range(date.fromisoformat(str(v["registered_on"])[:10]))
        assert low <= mapping[v["id"]] <= high


def _assert_register_converted(old: Snapshot, new: Snapshot) -> None:
    """0003: rows from before it got the issue date from the issue time and an empty "what"."""
    before = old.tables["issued_documents"].by_key()
    after = new.tables["issued_documents"].by_key()
    assert before
    for key in before:
        assert after[key]["issued_on"] == str(after[key]["issued_at"])[:10]
        assert after[key]["what"] == ""
        assert after[key]["voided_at"] is None and after[key]["interview_id"] is None


class _Fx:
    def __init__(self, store: Store, officer) -> None:
        self.store, self.officer = store, officer

    def uow(self, **kwargs):
        return self.store.uow(**kwargs)


def _assert_works(store: Store, old: Snapshot) -> None:
    """Through the services: every case found by a name, its case file opens; a new case."""
    from tests.helpers import builders

    officer = accounts.authenticate(store, "officer", PASSWORD)
    with store.uow(readonly=True) as uow:
        every = queries.list_cases(uow, officer, queries.CaseFilter())
    numbers = {v["number"] for v in old.tables["cases"].by_key(["number"]).values()}
    assert {c.number for c in every} == numbers
    for summary in every:
        word = summary.display_name.split()[0]
        with store.uow(readonly=True) as uow:
            found = queries.list_cases(uow, officer, queries.CaseFilter(search=word))
            view = casefile.load_case_file(uow, officer, summary.number)
        assert summary.number in {c.number for c in found}, "a case is not found by its name"
        assert view.number == summary.number and view.applicant.names
    ref = builders.register(_Fx(store, officer),
                            names=[cases.NameInput("Latn", "Fixturova", "Migrana")])
    with store.uow(readonly=True) as uow:
        found = queries.list_cases(uow, officer, queries.CaseFilter(search="Fixturova"))
        total = queries.count_cases(uow, officer)
    assert [c.number for c in found] == [ref.number]
    assert sum(total.values()) == len(numbers) + 1


@pytest.mark.parametrize("revision", FIXTURE_REVISIONS)
def test_a_store_of_each_revision_upgrades_with_every_row_accounted_for(revision, tmp_path):
    data_dir = _copy(revision, tmp_path)
    key = _key(data_dir)
    old = snapshot(data_dir / "pana.db", key)
    assert old.revision == revision
    assert {t: old.count(t) for t in old.tables} == _manifest(revision)["rows"]

    store = Store.open(data_dir, "admin", PASSWORD)
    try:
        head = migrate.head_revision()
        assert migrate.current_revision(store.engine) == head
        new = snapshot(data_dir / "pana.db", key)
        assert new.revision == head
        _assert_kept(old, new)
        _assert_search_index(new, old)
        if revision < "0003":
            _assert_register_converted(old, new)
        assert _checks(data_dir / "pana.db", key) == ([("ok",)], [])
        with store.engine.begin() as conn:  # FTS5's own check of its index against its rows
            conn.execute(text(f"INSERT INTO {search.FTS_TABLE}({search.FTS_TABLE}) "
                              "VALUES ('integrity-check')"))
        with store.uow(readonly=True) as uow:
            report = audit.verify_chain(uow.session, store.subkey("audit-chain"))
        assert report.ok, report.problem
        assert report.entries == old.count("audit_log")

        backups = _backups(data_dir)
        if revision == head:
            assert backups == []  # nothing to upgrade, nothing backed up
        else:
            assert len(backups) == 1 and backups[0].name.startswith(
                f"pana-before-upgrade-{revision}-")
            keys = backups[0].with_name(backups[0].name + ".keys")
            assert KeyFile.load(keys).unlock("admin", PASSWORD) == key
            assert snapshot(backups[0], key) == old
            assert _checks(backups[0], key) == ([("ok",)], [])

        _assert_works(store, old)
    finally:
        store.close()


# ---------------------------------------------------------------------------
# an upgrade that fails half-way changes nothing


def _assert_untouched(data_dir: Path, key: bytes, old: Snapshot) -> None:
    assert snapshot(data_dir / "pana.db", key) == old
    assert _checks(data_dir / "pana.db", key) == ([("ok",)], [])


def _assert_backup_whole(data_dir: Path, key: bytes, old: Snapshot) -> Path:
    [backup] = _backups(data_dir)
    assert snapshot(backup, key) == old
    assert _checks(backup, key) == ([("ok",)], [])
    assert backup.with_name(backup.name + ".keys").is_file()
    return backup


def _assert_upgrades_afterwards(data_dir: Path, key: bytes, old: Snapshot) -> None:
    store = Store.open(data_dir, "admin", PASSWORD)
    try:
        assert migrate.is_current(store.engine)
        _assert_kept(old, snapshot(data_dir / "pana.db", key))
        with store.uow(readonly=True) as uow:
            assert audit.verify_chain(uow.session, store.subkey("audit-chain")).ok
    finally:
        store.close()


def _assert_says_nothing_changed(error: StoreError, data_dir: Path) -> str:
    [backup] = _backups(data_dir)
    message = error.message
    assert "could not be upgraded" in message
    assert "Nothing was changed" in message
    assert str(backup) in message
    assert error.template != message  # a template with parameters, for translation
    return message


def test_an_error_late_in_the_upgrade_leaves_the_database_and_the_backup_whole(
        tmp_path, faults):
    data_dir = _copy("0001", tmp_path)
    key = _key(data_dir)
    old = snapshot(data_dir / "pana.db", key)
    ran: list[str] = []
    faults.add("before_cursor_execute", _fail_at(LATE_STATEMENT, ran))

    with pytest.raises(StoreError) as caught:
        Store.open(data_dir, "admin", PASSWORD)

    # Earlier revisions had run (0002's table, 0003's table copy, 0005's emptying of the
    # index) before the fault.
    assert any(s.startswith("CREATE TABLE duplicate_checks") for s in ran)
    assert any("_alembic_tmp_issued_documents" in s for s in ran)
    assert any(s.startswith(f"DELETE FROM {search.FTS_TABLE}") for s in ran)
    message = _assert_says_nothing_changed(caught.value, data_dir)
    assert "from schema 0001 to" in message and "injected fault" in message
    assert "previous version of Pana" in message
    _assert_untouched(data_dir, key, old)
    _assert_backup_whole(data_dir, key, old)

    faults.clear()
    _assert_upgrades_afterwards(data_dir, key, old)


def _page_limit(pages: int):
    def connect(dbapi_connection, record) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")
    return connect


def test_a_disk_that_fills_up_during_the_upgrade_changes_nothing(tmp_path, faults):
    data_dir = _copy("0001", tmp_path)
    key = _key(data_dir)
    old = snapshot(data_dir / "pana.db", key)
    size = (data_dir / "pana.db").stat().st_size // 4096
    ran: list[str] = []
    # The database may grow by a few pages only: the backup (another connection) is
    # written whole, then the upgrade's table copies run out of room.
    faults.add("connect", _page_limit(size + 4))
    faults.add("before_cursor_execute", _fail_at("no statement starts like this", ran))

    with pytest.raises(StoreError) as caught:
        Store.open(data_dir, "admin", PASSWORD)

    # 0002 had made its table; 0003's copy of the register found no room.
    assert any(s.startswith("CREATE TABLE duplicate_checks") for s in ran)
    copy = [i for i, s in enumerate(ran) if s.startswith("CREATE TABLE _alembic_tmp_")]
    assert copy and not [s for s in ran[copy[0] + 1:]
                         if s.startswith(("CREATE", "INSERT", "DROP", "ALTER", "UPDATE"))]
    message = _assert_says_nothing_changed(caught.value, data_dir)
    assert "the disk is full" in message and "Free some space" in message
    _assert_untouched(data_dir, key, old)
    _assert_backup_whole(data_dir, key, old)
    faults.clear()
    _assert_upgrades_afterwards(data_dir, key, old)


def test_a_failure_sealing_the_audit_chain_undoes_the_whole_upgrade(tmp_path, monkeypatch):
    """The record of the chain's last entry (for stores from before 0004) is written in the
    upgrade's own transaction: without it the chain would never verify again."""
    data_dir = _copy("0003", tmp_path)
    key = _key(data_dir)
    old = snapshot(data_dir / "pana.db", key)
    sealed = audit.seal_head

    def broken(session, audit_key):
        sealed(session, audit_key)
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(audit, "seal_head", broken)
    with pytest.raises(StoreError) as caught:
        Store.open(data_dir, "admin", PASSWORD)
    message = _assert_says_nothing_changed(caught.value, data_dir)
    assert "from schema 0003 to" in message
    _assert_untouched(data_dir, key, old)
    _assert_backup_whole(data_dir, key, old)

    monkeypatch.setattr(audit, "seal_head", sealed)
    _assert_upgrades_afterwards(data_dir, key, old)


KILL_CHILD = """
import os, signal, sys
from pathlib import Path
from sqlalchemy import Engine, event
from app.db.keyfile import KeyFile
from app.db.store import Store, StorePaths

data_dir, statement = Path(sys.argv[1]), sys.argv[2]
key = bytes.fromhex(os.environ["PANA_TEST_KEY"])

@event.listens_for(Engine, "connect")
def small_cache(dbapi_connection, record):
    # A cache of a few pages: SQLite writes the upgrade's pages to the WAL long before
    # the commit, as it does for a large store.
    dbapi_connection.execute("PRAGMA cache_size = 4")

@event.listens_for(Engine, "before_cursor_execute")
def kill(conn, cursor, sql, parameters, context, executemany):
    if sql.strip().startswith(statement):
        os.kill(os.getpid(), signal.SIGKILL)

paths = StorePaths(data_dir)
Store.open_with_key(paths, KeyFile.load(paths.keys), key)
sys.exit(3)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_process_killed_during_the_upgrade_leaves_the_database_as_it_was(tmp_path):
    data_dir = _copy("0001", tmp_path)
    key = _key(data_dir)
    old = snapshot(data_dir / "pana.db", key)
    env = dict(os.environ, PANA_TEST_KEY=key.hex(), PYTHONPATH=str(REPO))
    done = subprocess.run([sys.executable, "-c", KILL_CHILD, str(data_dir), LATE_STATEMENT],
                          env=env, cwd=REPO, capture_output=True, timeout=60)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-2000:]
    # The upgrade's pages had reached the WAL (32 bytes of header, then frames of a
    # page and 24 bytes each), without a commit record.
    wal = data_dir / "pana.db-wal"
    assert wal.exists() and (wal.stat().st_size - 32) // (4096 + 24) >= 5

    _assert_untouched(data_dir, key, old)
    _assert_backup_whole(data_dir, key, old)
    _assert_upgrades_afterwards(data_dir, key, old)


def test_no_room_for_the_backup_means_no_upgrade(tmp_path):
    data_dir = _copy("0002", tmp_path)
    key = _key(data_dir)
    old = snapshot(data_dir / "pana.db", key)
    (data_dir / "backups").write_bytes(b"")  # the backup folder cannot be made

    with pytest.raises(StoreError) as caught:
        Store.open(data_dir, "admin", PASSWORD)
    message = caught.value.message
    assert "a backup is taken first" in message and "Nothing was changed" in message
    assert str(data_dir / "backups") in message and "File exists" in message
    _assert_untouched(data_dir, key, old)

    (data_dir / "backups").unlink()
    _assert_upgrades_afterwards(data_dir, key, old)


# ---------------------------------------------------------------------------
# the command line: ``pana db upgrade``


def test_pana_db_upgrade_says_what_failed_and_changes_nothing_then_upgrades(
        tmp_path, faults, monkeypatch, capsys):
    from app.cli.main import main

    data_dir = _copy("0004", tmp_path)
    key = _key(data_dir)
    old = snapshot(data_dir / "pana.db", key)
    monkeypatch.setenv("PANA_PASSWORD", PASSWORD)
    argv = ["--data-dir", str(data_dir), "db", "upgrade", "--user", "admin"]
    ran: list[str] = []
    faults.add("before_cursor_execute", _fail_at(LATE_STATEMENT, ran))

    assert main(argv) == 1
    out, err = capsys.readouterr()
    assert out == ""
    [backup] = _backups(data_dir)
    assert err.startswith("pana: The database ") and "from schema 0004 to" in err
    assert "Nothing was changed" in err and str(backup) in err
    _assert_untouched(data_dir, key, old)
    _assert_backup_whole(data_dir, key, old)

    faults.clear()
    assert main(argv) == 0
    out, err = capsys.readouterr()
    assert f"Upgraded the schema from 0004 to {migrate.head_revision()}" in out
    assert "Search index rebuilt for 11 cases" in out
    _assert_kept(old, snapshot(data_dir / "pana.db", key))
    assert main(argv) == 0
    assert "The schema is current" in capsys.readouterr().out


# ---------------------------------------------------------------------------
# the messages


def test_the_message_never_shows_the_statement_or_its_values():
    from sqlalchemy.exc import IntegrityError

    exc = IntegrityError("INSERT INTO person_names (surname) VALUES (?)", ("Serikuly",),
                         sqlcipher3.dbapi2.IntegrityError("UNIQUE constraint failed: x.y"))
    error = migrate.upgrade_error(exc, path=Path("/d/pana.db"), current="0003", head="0006",
                                  backup=Path("/d/backups/b.db"), after="0003")
    assert "UNIQUE constraint failed: x.y" in error.message
    assert "Serikuly" not in error.message and "INSERT" not in error.message


def test_an_upgrade_that_did_not_hold_together_is_never_called_harmless():
    error = migrate.upgrade_error(RuntimeError("boom"), path=Path("/d/pana.db"),
                                  current="0003", head="0006",
                                  backup=Path("/d/backups/b.db"), after="0004")
    assert "Nothing was changed" not in error.message
    assert "pana db restore /d/backups/b.db" in error.message
