"""The login window on a commission server (PostgreSQL), and the choice of where to work."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QLabel
from sqlalchemy.engine import make_url

from app.ui.login import (
    SERVER_KEY,
    WORK_ON_KEY,
    LoginDialog,
    has_password,
    server_title,
    without_password,
)
from tests.conftest import PASSWORD


@pytest.fixture(autouse=True)
def _forget_servers():
    """QSettings outlive a test in this process: the next login window must not start on
    a server because of this one."""
    yield
    settings = QSettings()
    for key in (SERVER_KEY, WORK_ON_KEY, "login/last_user"):
        settings.remove(key)


@pytest.fixture
def server_url(request):
    """A commission server database cloned from the test template (users as in
    tests.conftest, password PASSWORD)."""
    from tests.helpers import pg

    admin_url = request.getfixturevalue("pg_admin_url")
    template, _key, _actors, _recovery, _pool = request.getfixturevalue("_server_template")
    name = pg.create_database(admin_url, "login", template=template)
    try:
        yield pg.url_for(admin_url, name)
    finally:
        pg.drop_database(admin_url, name)


def _dialog(qtbot, location) -> LoginDialog:
    dialog = LoginDialog(location)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _log_in(qtbot, dialog, user: str, password: str) -> None:
    dialog.user.setCurrentText(user)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy.isVisible(), timeout=20000)


def _all_text(dialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel)) + " " + \
        dialog.windowTitle()


def test_a_server_url_shows_the_server_and_logs_in(qtbot, server_url, store_fixture):
    secret = make_url(server_url).password
    assert secret  # the test server's address holds the database password
    dialog = _dialog(qtbot, server_url)
    url = make_url(server_url)
    assert dialog.use_server.isChecked() and dialog.server.isVisible()
    assert dialog.server_label.isVisible()
    assert dialog.server_label.text() == \
        f"Commission server: {url.host}:{url.port}/{url.database}"
    # The password is never shown: not in the field, not in any label; a note says where
    # it belongs instead.
    assert secret not in dialog.server.text() and "***" in dialog.server.text()
    assert secret not in _all_text(dialog)
    assert dialog.password_note.isVisible() and "pgpass" in dialog.password_note.text()
    assert "pgpass" in dialog.server.toolTip()
    assert not dialog.demo_note.isVisible()

    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        _log_in(qtbot, dialog, "officer", PASSWORD)
    try:
        assert dialog.store.is_server and dialog.actor.username == "officer"
        assert dialog.location == server_url
    finally:
        dialog.store.close()
    settings = QSettings()
    assert settings.value(WORK_ON_KEY) == "server"
    assert settings.value(SERVER_KEY) == without_password(server_url)
    assert secret not in settings.value(SERVER_KEY)

    # Next time, started on the data folder, the window offers the server again: the
    # remembered address has no password (it would come from ~/.pgpass); switching to
    # the folder works as before.
    again = _dialog(qtbot, store_fixture.data_dir)
    assert again.use_server.isChecked()
    assert again.server.text() == without_password(server_url)
    assert not again.password_note.isVisible()
    again.use_folder.click()
    assert not again.server.isVisible() and not again.server_label.isVisible()
    with qtbot.waitSignal(again.accepted, timeout=20000):
        _log_in(qtbot, again, "officer", PASSWORD)
    try:
        assert not getattr(again.store, "is_server", False)
    finally:
        again.store.close()
    assert QSettings().value(WORK_ON_KEY) == "folder"


def test_a_wrong_password_on_the_server_says_so(qtbot, server_url):
    dialog = _dialog(qtbot, server_url)
    _log_in(qtbot, dialog, "officer", "not-the-password")
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Unknown user or wrong password."
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.store is None
    assert QSettings().value(SERVER_KEY) is None  # nothing remembered from a failure


def test_an_unreachable_server_is_named_in_words(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path / "nowhere")
    assert dialog.use_folder.isChecked()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.use_server.click()  # the folder holds no database; the server is the way
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    qtbot.keyClicks(dialog.server, "not an address")
    _log_in(qtbot, dialog, "officer", PASSWORD)
    assert "server's address" in dialog.error.text()
    dialog.server.clear()
    qtbot.keyClicks(dialog.server, "postgresql://pana@127.0.0.1:1/pana")
    assert dialog.server_label.text() == "Commission server: 127.0.0.1:1/pana"
    _log_in(qtbot, dialog, "officer", PASSWORD)
    assert dialog.error.text().startswith("The server cannot be reached")
    assert "Check the network" in dialog.error.text()
    dialog.server.clear()
    qtbot.keyClicks(dialog.server, "postgresql://pana@db.example.org/pana")
    _log_in(qtbot, dialog, "officer", PASSWORD)
    assert "unencrypted" in dialog.error.text()


def test_server_addresses_are_kept_without_passwords():
    url = "postgresql://pana:s3cret@db.example.org:5433/pana?sslmode=verify-full"
    assert has_password(url) and not has_password(without_password(url))
    assert without_password(url) == \
        "postgresql://pana@db.example.org:5433/pana?sslmode=verify-full"
    assert not has_password(without_password("postgresql://pana@h/pana?password=x"))
    assert server_title(url) == "db.example.org:5433/pana"
    assert server_title("postgresql://pana@[::1]/pana") == "[::1]/pana"
