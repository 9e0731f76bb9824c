"""The commission server: several workstations at once, accounts, TLS, search.

Tests taking ``store_fixture`` run on SQLite and PostgreSQL (``BOTH_ENGINES``): on
SQLite the "second workstation" is a second Store on the same folder (another Pana
program), on PostgreSQL a second ServerStore on the same database.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from app.db import engine as engine_mod
from app.db import server as server_mod
from app.db.keyfile import KeyFile
from app.db.models import Applicant
from app.db.store import Store, StorePaths
from app.domain.errors import AuthenticationError, ConflictError, StoreError
from app.services import accounts, cases
from app.services.queries import CaseFilter, list_cases
from tests.conftest import PASSWORD
from tests.helpers import builders


def _workstation(fx):
    """Another workstation (or program) on the same data."""
    if fx.store.is_server:
        return server_mod.ServerStore.open_with_key(fx.server_url, fx.store.db_key)
    paths = StorePaths(fx.data_dir)
    return Store.open_with_key(paths, KeyFile.load(paths.keys), fx.store.db_key)


def test_a_save_on_one_workstation_shows_and_stale_saves_conflict(store_fixture):
    fx = store_fixture
    other = _workstation(fx)
    try:
        number = builders.register(fx).number
        seen = builders.applicant_version(other, number)  # both desks opened the applicant
        with fx.uow() as uow:
            cases.update_applicant(uow, fx.officer, number,
                                   builders.petition(religion="Islam"), expected_version=seen)
        with other.uow(readonly=True) as uow:
            found = list_cases(uow, fx.supervisor, CaseFilter(search=number))
        assert [c.number for c in found] == [number]
        with other.uow() as uow, pytest.raises(ConflictError):
            cases.update_applicant(uow, fx.officer2, number,
                                   builders.petition(religion="Buddhism"),
                                   expected_version=seen)
        with fx.uow(readonly=True) as uow:
            religion = uow.session.execute(select(Applicant.religion)).scalar()
        assert religion == "Islam"
    finally:
        other.close()


def test_case_numbers_from_two_workstations_never_repeat(store_fixture):
    fx = store_fixture
    other = _workstation(fx)
    try:
        numbers = []
        for i in range(6):
            target = fx if i % 2 else builders_fx(other)
            numbers.append(builders.register(target, fx.officer).number)
        assert len(set(numbers)) == 6
    finally:
        other.close()


class builders_fx:
    def __init__(self, store):
        self.store = store
        self.officer = None

    def uow(self, **kwargs):
        return self.store.uow(**kwargs)


def test_a_writer_waits_for_another_then_says_busy(store_fixture, monkeypatch):
    fx = store_fixture
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 300)
    other = _workstation(fx)
    try:
        with fx.uow() as holding:
            holding.session.execute(text("SELECT 1"))  # the write transaction has begun
            with pytest.raises(StoreError) as refused:
                builders.register(builders_fx(other), fx.officer)
        assert isinstance(refused.value, engine_mod.DatabaseBusy)
        builders.register(builders_fx(other), fx.officer)  # once free, it goes through
    finally:
        other.close()


def test_accounts_lock_out_and_change_for_every_workstation(store_fixture):
    fx = store_fixture
    store = fx.store
    accounts.change_password(store, fx.officer, "officer", "new-password-1")
    other = _workstation(fx)
    try:
        other.keyfile.reload()
        assert other.keyfile.unlock("officer", "new-password-1") == store.db_key
        with pytest.raises(AuthenticationError):
            other.keyfile.unlock("officer", PASSWORD)
        limit = store.keyfile.max_failed_logins
        for _ in range(limit):
            with pytest.raises(AuthenticationError):
                other.keyfile.unlock("clerk", "wrong")
        store.keyfile.reload()
        assert store.keyfile.login_state("clerk").locked_until is not None
    finally:
        other.close()


def test_an_address_of_another_machine_needs_tls():
    with pytest.raises(StoreError, match="unencrypted"):
        server_mod.parse_url("postgresql://pana@10.1.2.3/pana")
    assert server_mod.parse_url(
        "postgresql://pana@10.1.2.3/pana?sslmode=verify-full").drivername == \
        "postgresql+psycopg"
    assert server_mod.parse_url("postgresql://pana@localhost/pana").host == "localhost"
    with pytest.raises(StoreError, match="not a server address"):
        server_mod.parse_url("mysql://x@y/z")
    assert "secret" not in server_mod.safe_url("postgresql://u:secret@h/db")


def test_the_test_server_connection_is_encrypted(server_fixture):
    with server_fixture.store.engine.connect() as conn:
        assert conn.execute(text(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar() is True


def test_an_unreachable_server_says_so(tmp_path):
    with pytest.raises(StoreError) as refused:
        server_mod.ServerStore.connect("postgresql://pana@127.0.0.1:1/pana")
    assert "cannot be reached" in refused.value.message


#: Names in the scripts the commission meets; queries in each script and in part.
PEOPLE = [
    ("Серікұлы", "Ерлан"), ("Serikuly", "Erlan"), ("Нұрланов", "Әлихан"),
    ("Li", "Wei"), ("王", "鹏"), ("Ivanova", "Maria"), ("Иванова", "Мария"),
    ("Oʻralov", "Shavkat"), ("Ахмедов", "Рустам"), ("Akhmedov", "Rustam"),
]
QUERIES = ["Серікұлы", "serikuly", "Erlan", "Нұрлан", "nurlanov alikhan", "Li", "li wei",
           "王鹏", "鹏", "ivanova", "Мария", "oralov", "Ахмедов Рустам", "akhmedov", "ov",
           "e", "zzz", "2026", "%", "_"]


def test_search_finds_the_same_cases_on_both_engines(sqlite_fixture, server_fixture):
    found = {}
    for fx in (sqlite_fixture, server_fixture):
        numbers = {}
        for surname, given in PEOPLE:
            ref = builders.register(fx, names=[cases.NameInput(
                "Latn" if surname.isascii() else ("Hans" if surname == "王" else "kk-Cyrl"),
                surname, given)])
            numbers[ref.number] = (surname, given)
        with fx.uow(readonly=True) as uow:
            found[fx.store.is_server] = {q: [c.number for c in list_cases(
                uow, fx.supervisor, CaseFilter(search=q))] for q in QUERIES}
    assert found[False] == found[True]
    assert found[False]["serikuly"] and found[False]["王鹏"] and not found[False]["zzz"]


def test_statistics_are_the_same_on_both_engines(tmp_path, pg_admin_url):
    """The same data (a demo folder moved to the server) gives the same figures."""
    from datetime import date, timedelta

    from app.services.demo import make_demo
    from app.services.server_migration import migrate_to_server
    from app.services.statistics import StatsFilter, statistics
    from tests.helpers import pg

    made = make_demo(tmp_path / "demo", cases=30, seed=3)
    name = pg.create_database(pg_admin_url, "stats")
    url = pg.url_for(pg_admin_url, name)
    server = None
    try:
        migrate_to_server(made.store, made.admin, url)
        server = server_mod.ServerStore.open_with_key(url, made.store.db_key)
        today = date.today()
        with made.store.uow(readonly=True) as uow:
            supervisor = _actor(uow, "supervisor")
        periods = [StatsFilter(today - timedelta(days=3 * 365), today),
                   StatsFilter(today.replace(day=1) - timedelta(days=62), today),
                   StatsFilter(today - timedelta(days=365), today, office="AQM"),
                   StatsFilter(today - timedelta(days=365), today, office="ZZZ")]
        seen = []
        for flt in periods:
            figures = []
            for store in (made.store, server):
                with store.uow(readonly=True) as uow:
                    figures.append(statistics(uow, supervisor, flt, today=today))
            assert figures[0] == figures[1], flt
            seen.append(figures[0])
        wide = seen[0]
        assert wide.registered and wide.recognised and wide.median_days is not None
        assert wide.by_officer and wide.pending_by_age and wide.outcomes
        assert seen[3].registered == 0
    finally:
        if server is not None:
            server.close()
        made.store.close()
        pg.drop_database(pg_admin_url, name)


def _actor(uow, username):
    from app.db.audit import Actor
    from app.db.models import User

    user = uow.session.execute(select(User).where(User.username == username)).scalar_one()
    return Actor(user.id, user.username, user.role)
