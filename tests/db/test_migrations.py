"""Migrations: the schema they build is the models' schema, and they run both ways."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import (
    CheckConstraint,
    ForeignKeyConstraint,
    UniqueConstraint,
    inspect,
    text,
)

from app.db import migrate
from app.db.base import Base
from app.db.engine import connect_raw
from app.db.models import User
from app.db.search import FTS_TABLE
from app.db.store import Store
from app.services import queries
from app.services.settings import ProfileInput, create_profile
from tests.helpers import builders


@pytest.fixture
def fresh(tmp_path):
    """A new store, migrated to head, with a profile and one officer (no argon2 needed)."""
    store = Store.create(tmp_path / "data")
    store.keyfile.save()
    yield store
    store.close()


def _officer(store: Store):
    from app.db.audit import Actor

    user_id = uuid.uuid4()
    with store.uow() as uow:
        create_profile(uow.session, ProfileInput(name="Test", region_code="AQM"))
        uow.session.add(User(id=user_id, username="officer", role="officer"))
        uow.commit()
    return Actor(user_id, "officer", "officer")


class _Fx:
    """Enough of a store fixture for the builders."""

    def __init__(self, store: Store, officer) -> None:
        self.store, self.officer = store, officer

    def uow(self, **kwargs):
        return self.store.uow(**kwargs)


def _differences(store: Store) -> list:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "include_object": migrate.include_object, "compare_type": True,
            "render_as_batch": True, "target_metadata": Base.metadata})
        return compare_metadata(context, Base.metadata)


def test_the_migrated_schema_is_the_models_schema(fresh):
    assert migrate.current_revision(fresh.engine) == migrate.head_revision()
    assert _differences(fresh) == []


def test_the_comparison_does_notice_a_difference(fresh):
    with fresh.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE cases ADD COLUMN stray TEXT")
    diffs = _differences(fresh)
    assert any(d[0] == "remove_column" and d[3].name == "stray" for d in diffs), diffs


def test_the_search_table_exists_after_upgrade(fresh):
    with fresh.engine.connect() as conn:
        sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = :n"),
                           {"n": FTS_TABLE}).scalar_one()
    assert "fts5" in sql.lower() and "trigram" in sql.lower()


def test_downgrade_to_base_and_upgrade_again_leaves_a_whole_working_schema(fresh):
    officer = _officer(fresh)
    fx = _Fx(fresh, officer)
    builders.register(fx)
    tables_at_head = set(inspect(fresh.engine).get_table_names())

    migrate.downgrade(fresh.engine, "base")
    leftover = set(inspect(fresh.engine).get_table_names()) - {"alembic_version"}
    assert leftover == set()
    assert migrate.current_revision(fresh.engine) is None

    migrate.upgrade(fresh.engine)
    assert set(inspect(fresh.engine).get_table_names()) == tables_at_head
    assert _differences(fresh) == []
    officer = _officer(fresh)
    fx = _Fx(fresh, officer)
    ref = builders.register(fx, names=[builders.cases.NameInput("kk-Cyrl", "Серікұлы", "Ерлан")])
    with fresh.uow(readonly=True) as uow:
        found = queries.list_cases(uow, officer, queries.CaseFilter(search="Serikuly"))
    assert [c.number for c in found] == [ref.number]
    raw = connect_raw(fresh.paths.db, fresh.db_key)
    try:
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        raw.close()


def test_every_constraint_has_a_name():
    unnamed = []
    for table in Base.metadata.sorted_tables:
        for constraint in table.constraints:
            kinds = CheckConstraint | UniqueConstraint | ForeignKeyConstraint
            if isinstance(constraint, kinds) and (
                    not constraint.name or constraint.name == "_unnamed_"):
                unnamed.append(f"{table.name}: {constraint!r}")
    assert unnamed == []


def test_every_constraint_in_the_database_has_a_name(fresh):
    inspector = inspect(fresh.engine)
    unnamed = []
    for table in inspector.get_table_names():
        if table.startswith(FTS_TABLE) or table == "alembic_version":
            continue
        for kind, found in (("check", inspector.get_check_constraints(table)),
                            ("unique", inspector.get_unique_constraints(table)),
                            ("foreign key", inspector.get_foreign_keys(table))):
            unnamed += [f"{table}: {kind} {c}" for c in found if not c.get("name")]
    assert unnamed == []
    checks = {c["name"] for c in inspector.get_check_constraints("decisions")}
    assert "ck_decisions_four_eyes" in checks


def test_opening_a_database_whose_schema_is_behind_upgrades_it(fresh):
    path, keyfile, key = fresh.paths, fresh.keyfile, fresh.db_key
    _officer(fresh)
    migrate.downgrade(fresh.engine, "base")  # as if made before the first revision
    fresh.close()
    store = Store.open_with_key(path, keyfile, key)
    try:
        assert migrate.is_current(store.engine)
        assert _differences(store) == []
        # Without a revision there was no schema worth a backup.
        assert not path.backups.exists() or list(path.backups.iterdir()) == []
    finally:
        store.close()


def test_an_upgrade_takes_a_backup_first_that_opens_with_the_key(fresh, monkeypatch):
    fx = _Fx(fresh, _officer(fresh))
    ref = builders.register(fx)
    path, keyfile, key = fresh.paths, fresh.keyfile, fresh.db_key
    fresh.close()
    # Pretend the app knows a newer revision than the one stored.
    checked = []

    def behind(engine) -> bool:
        checked.append(True)
        return False

    monkeypatch.setattr(migrate, "is_current", behind)
    # What a kill during an earlier attempt's backup left; someone else's file stays.
    path.backups.mkdir(exist_ok=True)
    (path.backups / "pana-before-upgrade-0005-20261101T000000Z.db.partial").write_bytes(b"x")
    (path.backups / "pana-before-upgrade-0005-20261101T000000Z.db.keys.partial").write_bytes(b"x")
    (path.backups / "notes.partial").write_bytes(b"mine")
    store = Store.open_with_key(path, keyfile, key)
    store.close()
    assert checked
    assert not list(path.backups.glob("pana-before-upgrade-*.partial"))
    (path.backups / "notes.partial").unlink()  # untouched; out of the way of the checks below
    backups = sorted(path.backups.iterdir())
    db_backups = [p for p in backups if p.suffix == ".db"]
    assert len(db_backups) == 1
    backup: Path = db_backups[0]
    assert backup.name.startswith(f"pana-before-upgrade-{migrate.head_revision()}-")
    assert backup.with_name(backup.name + ".keys").exists()
    raw = connect_raw(backup, key)
    try:
        assert raw.execute("SELECT number FROM cases").fetchall() == [(ref.number,)]
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        raw.close()


def test_upgrade_schema_without_a_revision_takes_no_backup(fresh, monkeypatch):
    monkeypatch.setattr(migrate, "current_revision", lambda engine: None)
    assert fresh.upgrade_schema() is None
    assert not fresh.paths.backups.exists()


def test_plain_alembic_without_the_key_is_refused_with_an_explanation():
    from alembic import command

    with pytest.raises(RuntimeError, match="pana db upgrade"):
        command.upgrade(migrate._config(), "head")



def test_0005_puts_existing_index_rows_in_registration_order(fresh):
    from datetime import date, timedelta

    from app.db import search

    fx = _Fx(fresh, _officer(fresh))
    today = date.today()
    numbers = [builders.register(fx, registered_on=today - timedelta(days=d),
                                 arrived_on=today - timedelta(days=d + 1)).number
               for d in (4, 1, 7, 1)]
    migrate.downgrade(fresh.engine, "0004")
    with fresh.engine.begin() as conn:
        assert not conn.execute(text("SELECT count(*) FROM sqlite_master "
                                     f"WHERE name = '{search.ROWIDS_TABLE}'")).scalar_one()
        # rows as 0004 wrote them: rowids in the order they were indexed
        rows = conn.execute(text(f"SELECT case_id, keys FROM {FTS_TABLE} ORDER BY rowid DESC"
                                 )).all()
        conn.execute(text(f"DELETE FROM {FTS_TABLE}"))
        for case_id, keys in rows:
            conn.execute(text(f"INSERT INTO {FTS_TABLE} (case_id, keys) VALUES (:c, :k)"),
                         {"c": case_id, "k": keys})
    migrate.upgrade(fresh.engine)
    with fresh.uow(readonly=True) as uow:
        assert [c.number for c in queries.list_cases(
            uow, fx.officer, queries.CaseFilter(search="Serikuly"))] == [
            numbers[3], numbers[1], numbers[0], numbers[2]]
        mapped = uow.session.execute(text(
            f"SELECT count(*) FROM {search.ROWIDS_TABLE} r JOIN {FTS_TABLE} s "
            "ON s.rowid = r.fts_rowid AND s.case_id = r.case_id")).scalar_one()
        assert mapped == 4
