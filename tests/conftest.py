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
def store_fixture(tmp_path, _store_template) -> StoreFixture:
    template, key, actors, recovery = _store_template
    folder = tmp_path / "data"
    shutil.copytree(template, folder)
    paths = StorePaths(folder)
    store = Store.open_with_key(paths, KeyFile.load(paths.keys), key)
    yield StoreFixture(store=store, data_dir=folder, recovery_key=recovery, **actors)
    store.close()
