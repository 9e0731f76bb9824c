"""Moving a data folder to a commission server (``server_migration``), against the
PostgreSQL test server: every row arrives as it was, the accounts and the audit chain
work unchanged, and a failure or a copy that does not match leaves the server empty."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import psycopg
import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from app.db import audit, migrate, search
from app.db.audit import Actor
from app.db.keyfile import derive_subkey
from app.db.models import AuditEntry
from app.db.server import ServerStore
from app.domain.errors import PermissionDenied, StoreError
from app.domain.workflow import CaseStatus
from app.services import accounts, cases, server_migration
from app.services.server_migration import ACTION, copied_tables, migrate_to_server
from tests.conftest import PASSWORD
from tests.helpers import pg
from tests.helpers.builders import audit_count, case_in, register

SURNAME = "Zhumabekova"


@pytest.fixture
def server_url(pg_admin_url):
    """An empty database on the test server, dropped afterwards."""
    name = pg.create_database(pg_admin_url, "mig")
    yield pg.url_for(pg_admin_url, name)
    pg.drop_database(pg_admin_url, name)


@pytest.fixture
def source(store_fixture):
    """A data folder with cases in several states, a decision, a refugee certificate,
    asylum-seeker certificates replaced by renewals (rows pointing at rows of their own
    table) and the audit entries all that wrote."""
    fx = store_fixture
    case_in(fx, CaseStatus.GRANTED)
    case_in(fx, CaseStatus.REFUSED)
    for given in ("Aigerim", "Dana"):
        register(fx, names=[cases.NameInput("Latn", SURNAME, given),
                            cases.NameInput("ru-Cyrl", "Жумабекова", given)])
    renewed = register(fx)
    for _ in range(2):
        with fx.uow() as uow:
            cases.renew_asylum_certificate(uow, fx.clerk, renewed.number)
    with fx.uow(readonly=True) as uow:
        assert uow.session.execute(text(
            "SELECT count(*) FROM certificates WHERE replaced_by_id IS NOT NULL")).scalar() >= 2
    return fx


def _rows(conn, table) -> list[tuple]:
    order = [table.c.seq] if table.name == "audit_log" else list(table.primary_key.columns)

    def same(value):  # SQLite gives the stored UTC times without their zone
        return value.replace(tzinfo=UTC) if isinstance(value, datetime) and \
            value.tzinfo is None else value

    return [tuple(same(v) for v in row) for row in conn.execute(select(table).order_by(*order))]


def _tables_on(url: str) -> list[str]:
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain) as conn:
        return [r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema()")]


def test_every_row_arrives_and_the_server_works_as_the_folder_did(source, server_url,
                                                                  monkeypatch):
    fx = source
    monkeypatch.setattr(server_migration, "BATCH_ROWS", 3)  # many batches, even here
    before = audit_count(fx)
    with fx.uow(readonly=True) as uow:
        found_here = search.search_case_ids(uow.session, SURNAME)
    assert len(found_here) == 2
    progress: list[tuple[str, int, int]] = []

    report = migrate_to_server(fx.store, fx.admin, server_url,
                               progress=lambda *a: progress.append(a))

    assert audit_count(fx) == before  # the folder was only read
    server = ServerStore.open_with_key(server_url, fx.store.db_key)
    try:
        with fx.store.engine.connect() as here, server.engine.connect() as there:
            for table in copied_tables():
                rows_here = _rows(here, table)
                rows_there = _rows(there, table)
                assert report.counts[table.name] == len(rows_here), table.name
                if table.name == "audit_log":  # plus the entry recording the move
                    assert rows_there[:-1] == rows_here
                elif table.name != "audit_head":
                    assert rows_there == rows_here, table.name
        assert report.rows == sum(report.counts.values()) > 50
        assert progress[-1][1:] == (report.rows, report.rows)
        assert sum(1 for p in progress if p[0] == "audit_log") >= 10
        assert report.cases_indexed == report.counts["cases"] == 5
        assert report.searches_checked >= 1
        with server.uow(readonly=True) as uow:
            chain = audit.verify_chain(uow.session, derive_subkey(fx.store.db_key,
                                                                  "audit-chain"))
            assert chain.ok and chain.entries == before + 1 == report.audit_entries
            last = uow.session.execute(
                select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).scalar_one()
            assert (last.action, last.username, last.user_id) == (
                ACTION, "admin", fx.admin.user_id)
            recorded = json.loads(last.new_values)
            assert recorded["server"] == report.server
            assert recorded["rows"] == report.rows and recorded["cases"] == 5
            assert make_url(server_url).password not in last.new_values
            assert search.search_case_ids(uow.session, SURNAME) == found_here
            assert search.search_case_ids(uow.session, "Жумабекова") == found_here
        with server.engine.connect() as conn:  # the server numbers on after the copy
            assert conn.execute(text(
                "SELECT nextval(pg_get_serial_sequence('audit_head', 'id'))")).scalar() == 2
    finally:
        server.close()

    # Every account logs in with its password; the server goes on with the chain.
    store, officer = accounts.login(server_url, "officer", PASSWORD)
    try:
        assert store.is_server and officer.user_id == fx.officer.user_id
        register(_On(store, officer), names=[cases.NameInput("Latn", SURNAME, "Saule")])
        with store.uow(readonly=True) as uow:
            assert len(search.search_case_ids(uow.session, SURNAME)) == 3
            assert audit.verify_chain(uow.session, store.subkey("audit-chain")).ok
    finally:
        store.close()

    with pytest.raises(StoreError, match="already holds Pana data"):
        migrate_to_server(fx.store, fx.admin, server_url)


class _On:
    def __init__(self, store, officer: Actor) -> None:
        self.store, self.officer = store, officer

    def uow(self, **kwargs):
        return self.store.uow(**kwargs)


def test_a_copy_that_fails_or_does_not_match_leaves_the_server_empty(
        source, server_url, monkeypatch):
    fx = source
    passed: list[str] = []

    # A table that arrives one row short: the counts catch it before the commit.
    real_write = server_migration._Writer.write

    def short(writer, batch):
        real_write(writer, batch[:-1] if writer.table.name == "person_names" else batch)

    monkeypatch.setattr(server_migration._Writer, "write", short)
    with pytest.raises(StoreError) as caught:
        migrate_to_server(fx.store, fx.admin, server_url,
                          progress=lambda table, done, total: passed.append(table))
    assert "person_names" in caught.value.message
    assert "empty again" in caught.value.message
    assert "applicants" in passed  # copied before it: the transaction held all of it
    assert _tables_on(server_url) == []
    monkeypatch.setattr(server_migration._Writer, "write", real_write)

    # The server refuses a value half-way (PostgreSQL takes no NUL in text).
    with fx.uow() as uow:
        uow.session.execute(text("UPDATE person_names SET patronymic = :v"),
                            {"v": "Secret\x00name"})
        uow.commit()
    with pytest.raises(StoreError) as caught:
        migrate_to_server(fx.store, fx.admin, server_url)
    message = caught.value.message
    assert "person_names" in message and "Nothing was kept on the server" in message
    assert "Secret" not in message and SURNAME not in message
    assert _tables_on(server_url) == []
    _url, engine = ServerStore.connect(server_url)
    try:
        assert migrate.current_revision(engine) is None
    finally:
        engine.dispose()

    # Nor is a value the server quotes in its answer shown (it may be a name).
    with fx.uow() as uow:
        uow.session.execute(text("UPDATE cases SET version = 'Secret Nurlan'"))
        uow.commit()
    with pytest.raises(StoreError) as caught:
        migrate_to_server(fx.store, fx.admin, server_url)
    assert "“cases”: invalid input syntax for type integer." in caught.value.message
    assert "Secret" not in caught.value.message
    assert _tables_on(server_url) == []

    # An audit log that does not verify in the folder is not moved at all.
    with fx.uow() as uow:
        uow.session.execute(text("UPDATE audit_log SET username = 'someone' WHERE seq = 3"))
        uow.commit()
    with pytest.raises(StoreError, match="audit log of the data folder does not verify"):
        migrate_to_server(fx.store, fx.admin, server_url)
    assert _tables_on(server_url) == []


def test_only_an_empty_database_and_only_an_admin(store_fixture, server_url):
    fx = store_fixture
    with pytest.raises(PermissionDenied):  # refused before anything is sent to a server
        migrate_to_server(fx.store, fx.officer, "postgresql://nobody@127.0.0.1:1/none")
    plain = make_url(server_url).set(drivername="postgresql").render_as_string(
        hide_password=False)
    with psycopg.connect(plain) as conn:
        conn.execute("CREATE TABLE someone_elses (id integer)")
    with pytest.raises(StoreError, match=r"is not empty \(it has 1 tables\)"):
        migrate_to_server(fx.store, fx.admin, server_url)
    assert _tables_on(server_url) == ["someone_elses"]


def test_counts_are_read_from_one_snapshot(source, server_url):
    """Rows written to the folder while it is being copied are not half in the copy."""
    fx = source
    seen = {}

    def progress(table: str, done: int, total: int) -> None:
        if table == "cases" and "written" not in seen:
            register(fx)  # another Pana on the same folder, during the copy
            seen["written"] = True

    report = migrate_to_server(fx.store, fx.admin, server_url, progress=progress)
    with fx.uow(readonly=True) as uow:
        now = uow.session.execute(text("SELECT count(*) FROM cases")).scalar()
    assert now == report.counts["cases"] + 1 == 6
