"""Shared fixtures: every test gets its own encrypted store in tmp_path.

Making a store costs several argon2id derivations, so one template store is
made per session and copied for each test, then opened with its key.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import settings as hypothesis_settings

from app.db.audit import Actor
from app.db.keyfile import KeyFile
from app.db.store import Store, StorePaths

# Property tests draw the same examples on every run unless PANA_HYPOTHESIS=explore: a
# CI run then proves what was run here, and a new input is found by exploring locally
# (PANA_HYPOTHESIS=explore make test), where a failure is kept in .hypothesis/ and replayed.
hypothesis_settings.register_profile("pana", derandomize=True)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.load_profile(os.environ.get("PANA_HYPOTHESIS", "pana"))

PASSWORD = "password1"
USERS = {
    "officer": "officer",
    "officer2": "officer",
    "supervisor": "supervisor",
    "supervisor2": "supervisor",
    "clerk": "clerk",
}


@dataclass
class StoreFixture:
    """An open store plus an Actor for each test account (password: ``PASSWORD``)."""

    store: Store
    admin: Actor
    officer: Actor
    officer2: Actor
    supervisor: Actor
    supervisor2: Actor
    clerk: Actor
    data_dir: Path
    recovery_key: str
    #: On PostgreSQL: the database's URL (a second workstation opens it).
    server_url: str = ""

    def uow(self, **kwargs):
        return self.store.uow(**kwargs)


@pytest.fixture(autouse=True)
def _no_backup_failure_left_over():
    """The last automatic backup's failure is remembered in the process (the Backups
    page shows it); no test starts with one an earlier test left."""
    from app.services import backups

    backups._set_failure(None)
    yield
    backups._set_failure(None)


def pytest_sessionfinish(session, exitstatus):
    """Tear Qt down in order before Python's own shutdown.

    Background tasks still holding Qt objects, queued deletions and clipboard
    data would otherwise outlive the QApplication, which crashes the process
    on exit after every test has passed.
    """
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    QThreadPool.globalInstance().waitForDone(30000)
    # The offscreen clipboard crashes the process at exit while it owns data.
    app.clipboard().clear()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    from app.ui import tasks

    tasks._running.clear()
    import gc

    gc.collect()


@pytest.fixture(autouse=True)
def _isolate_user_folders(tmp_path_factory, monkeypatch):
    """No test touches the real per-user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("PANA_DATA_DIR", raising=False)
    monkeypatch.delenv("PANA_PASSWORD", raising=False)
    monkeypatch.delenv("PANA_NEW_PASSWORD", raising=False)
    monkeypatch.delenv("PANA_USER", raising=False)


@pytest.fixture(scope="session")
def _store_template(tmp_path_factory):
    from app.bootstrap import init_store
    from app.services import accounts

    folder = tmp_path_factory.mktemp("template") / "data"
    made = init_store(folder, admin="admin", password=PASSWORD, region="AQM",
                      commission="Test commission")
    actors = {"admin": made.admin}
    for name, role in USERS.items():
        accounts.add_user(made.store, made.admin, name, role, PASSWORD)
    with made.store.uow(readonly=True) as uow:
        from sqlalchemy import select

        from app.db.models import User

        for user in uow.session.execute(select(User)).scalars():
            actors[user.username] = Actor(user.id, user.username, user.role)
    key = made.store.db_key
    made.store.close()
    return folder, key, actors, made.recovery_key


@pytest.fixture
def engine_kind(request) -> str:
    """"sqlite" unless the module runs on both engines (``BOTH_ENGINES``)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def store_fixture(request, tmp_path, engine_kind) -> StoreFixture:
    if engine_kind == "postgresql":
        yield from _server_store_fixture(request, tmp_path)
        return
    template, key, actors, recovery = request.getfixturevalue("_store_template")
    folder = tmp_path / "data"
    shutil.copytree(template, folder)
    paths = StorePaths(folder)
    store = Store.open_with_key(paths, KeyFile.load(paths.keys), key)
    yield StoreFixture(store=store, data_dir=folder, recovery_key=recovery, **actors)
    store.close()


@pytest.fixture
def laptop(tmp_path):
    """The officer's laptop: its own encrypted store, with the same user name; yields
    (store, officer)."""
    from tests.helpers.builders import make_laptop

    store, officer = make_laptop(tmp_path / "laptop")
    yield store, officer
    store.close()


# ---- the same tests against a PostgreSQL server (issue 11)

#: Test modules whose every ``store_fixture`` test runs on SQLite and on PostgreSQL.
BOTH_ENGINES = {
    "tests/services/test_services.py",
    "tests/services/test_editing.py",
    "tests/services/test_search_order.py",
    "tests/services/test_statistics.py",
    "tests/services/test_audit_log.py",
    "tests/services/test_read_models.py",
    "tests/services/test_permission_matrix.py",
    "tests/services/test_workflow_matrix.py",
    "tests/services/test_printing.py",
    "tests/services/test_exchange.py",
    "tests/services/test_checkout.py",
    "tests/services/test_server.py",
    "tests/ui/test_conflict_across_processes.py",
}


def pytest_generate_tests(metafunc):
    if "store_fixture" not in metafunc.fixturenames:
        return
    path = Path(str(metafunc.definition.fspath)).relative_to(Path(__file__).parent.parent)
    if str(path) in BOTH_ENGINES:
        metafunc.parametrize("engine_kind", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def pg_admin_url():
    """The test server's URL (``make test`` starts it: tools/pgserver.py), or a skip."""
    from tests.helpers import pg

    url = pg.server_url()
    if url is None:
        if os.environ.get("PANA_REQUIRE_PG"):
            pytest.fail("PANA_REQUIRE_PG is set but no PostgreSQL test server is running "
                        "(tools/pgserver.py start)")
        pytest.skip("no PostgreSQL test server (run the tests with `make test`)")
    return url


@pytest.fixture(scope="session")
def _server_template(pg_admin_url):
    from sqlalchemy import select

    from app.bootstrap import init_store
    from app.db.models import User
    from app.services import accounts
    from tests.helpers import pg

    name = pg.create_database(pg_admin_url, "tpl")
    url = pg.url_for(pg_admin_url, name)
    try:
        made = init_store(url, admin="admin", password=PASSWORD, region="AQM",
                          commission="Test commission")
        try:
            actors = {"admin": made.admin}
            for user, role in USERS.items():
                accounts.add_user(made.store, made.admin, user, role, PASSWORD)
            with made.store.uow(readonly=True) as uow:
                for user in uow.session.execute(select(User)).scalars():
                    actors[user.username] = Actor(user.id, user.username, user.role)
            key = made.store.db_key
        finally:
            made.store.close()
    except BaseException:
        pg.drop_database(pg_admin_url, name)
        raise
    pool = pg.ClonePool(pg_admin_url, name)
    try:
        yield name, key, actors, made.recovery_key, pool
    finally:
        pool.close()
        pg.drop_database(pg_admin_url, name)


@pytest.fixture
def sqlite_fixture(request, tmp_path) -> StoreFixture:
    """An embedded store whatever the module (for tests comparing the two engines)."""
    template, key, actors, recovery = request.getfixturevalue("_store_template")
    folder = tmp_path / "sqlite"
    shutil.copytree(template, folder)
    paths = StorePaths(folder)
    store = Store.open_with_key(paths, KeyFile.load(paths.keys), key)
    yield StoreFixture(store=store, data_dir=folder, recovery_key=recovery, **actors)
    store.close()


@pytest.fixture
def server_fixture(request, tmp_path) -> StoreFixture:
    """A PostgreSQL store whatever the module (for tests comparing the two engines)."""
    yield from _server_store_fixture(request, tmp_path)


def _server_store_fixture(request, tmp_path):
    from app.db.server import ServerStore
    from tests.helpers import pg

    admin_url = request.getfixturevalue("pg_admin_url")
    _template, key, actors, recovery, pool = request.getfixturevalue("_server_template")
    name = pool.take()
    store = ServerStore.open_with_key(pg.url_for(admin_url, name), key)
    try:
        yield StoreFixture(store=store, data_dir=tmp_path / "data", recovery_key=recovery,
                           server_url=pg.url_for(admin_url, name), **actors)
    finally:
        store.close()
        pool.give_back(name)
