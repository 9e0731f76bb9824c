"""The users page, driven as an administrator would: add a user, change a role, reset a
password, disable and enable — and each change checked by logging in for real.

Confirmations are answered through monkeypatch; the account dialogs are filled in
with the keyboard.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.errors import AuthenticationError, PermissionDenied, ValidationError
from app.services import accounts
from app.ui.admin.users import (
    AddUserDialog,
    PasswordDialog,
    RoleDialog,
    UsersPage,
    locked_until,
)
from tests.conftest import PASSWORD
from tests.ui.test_accessibility import _unnamed

LOAD_TIMEOUT = 15000
NEW_PASSWORD = "another-secret-9"


def open_page(qtbot, fx, actor=None) -> UsersPage:
    page = UsersPage(fx.store, actor or fx.admin)
    qtbot.addWidget(page)
    page.resize(1100, 500)
    page.show()
    qtbot.waitUntil(lambda: page._loaded_once, timeout=LOAD_TIMEOUT)
    return page


def can_log_in(fx, username: str, password: str) -> str | None:
    """Open the data folder as a fresh program would; the role of the user, or None."""
    try:
        store, actor = accounts.login(fx.data_dir, username, password)
    except AuthenticationError:
        return None
    store.close()
    return actor.role


def select(page: UsersPage, username: str) -> None:
    page.table.setFocus()
    assert page.select(username)
    assert page.selected_username() == username


def click(qtbot, button) -> None:
    assert button.isEnabled(), f"{button.objectName()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def finish(qtbot, page: UsersPage, dialog) -> None:
    """Press OK and wait until the dialog closed and the table was reloaded."""
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT):
        click(qtbot, dialog.ok_button)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert page.dialog is None


def answer_yes(monkeypatch) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    return asked


def state_of(page: UsersPage, username: str) -> str:
    return page.state_text(page.user(username))


def test_the_page_lists_every_account_and_names_every_control(qtbot, store_fixture):
    fx = store_fixture
    page = open_page(qtbot, fx)
    assert [u.username for u in page.rows()] == [
        "admin", "clerk", "officer", "officer2", "supervisor", "supervisor2"]
    assert {state_of(page, u.username) for u in page.rows()} == {"active"}
    assert page.proxy.index(2, 2).data() == "Officer"
    assert _unnamed(page) == []
    page.add_button.click()
    dialog = page.dialog
    assert isinstance(dialog, AddUserDialog) and dialog.isVisible()
    assert _unnamed(dialog) == []
    dialog.reject()


def test_add_a_user_who_can_then_log_in(qtbot, store_fixture):
    fx = store_fixture
    page = open_page(qtbot, fx)
    click(qtbot, page.add_button)
    dialog = page.dialog
    qtbot.keyClicks(dialog.username, "aigerim")
    dialog.display_name.setText("Айгерім Сәрсенова")  # QTest types Latin-1 only
    dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
    qtbot.keyClicks(dialog.password, NEW_PASSWORD)
    qtbot.keyClicks(dialog.repeat, NEW_PASSWORD)
    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    finish(qtbot, page, dialog)

    added = page.user("aigerim")
    assert added is not None and page.selected_username() == "aigerim"
    assert (added.display_name, added.role, added.language) == (
        "Айгерім Сәрсенова", "supervisor", "kk")
    assert "“aigerim” added" in page.status_line.text()
    assert can_log_in(fx, "aigerim", NEW_PASSWORD) == "supervisor"


def test_add_user_shows_what_to_correct_under_the_fields(qtbot, store_fixture):
    fx = store_fixture
    page = open_page(qtbot, fx)
    click(qtbot, page.add_button)
    dialog = page.dialog

    qtbot.keyClicks(dialog.username, "officer")  # taken
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.repeat, "shirt")
    click(qtbot, dialog.ok_button)
    error = dialog.findChild(type(dialog.general), "error_password_repeat")
    assert "differ" in error.text() and error.isVisible()
    assert dialog.isVisible()

    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "short")
    click(qtbot, dialog.ok_button)
    password_error = dialog.findChild(type(dialog.general), "error_password")
    qtbot.waitUntil(password_error.isVisible, timeout=LOAD_TIMEOUT)
    assert "at least 8 characters" in password_error.text()
    assert not error.isVisible()

    for edit in (dialog.password, dialog.repeat):
        edit.clear()
        qtbot.keyClicks(edit, NEW_PASSWORD)
    click(qtbot, dialog.ok_button)
    username_error = dialog.findChild(type(dialog.general), "error_username")
    qtbot.waitUntil(username_error.isVisible, timeout=LOAD_TIMEOUT)
    assert "already exists" in username_error.text()
    assert dialog.username.text() == "officer"  # nothing typed is lost
    dialog.reject()
    assert len(page.rows()) == 6


def test_change_role(qtbot, store_fixture):
    fx = store_fixture
    page = open_page(qtbot, fx)
    select(page, "officer2")
    click(qtbot, page.role_button)
    dialog = page.dialog
    assert isinstance(dialog, RoleDialog) and dialog.role.currentData() == "officer"
    click(qtbot, dialog.ok_button)  # unchanged: says so instead of saving
    assert "already" in dialog.findChild(type(dialog.general), "error_role").text()
    dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
    finish(qtbot, page, dialog)

    assert page.user("officer2").role == "supervisor"
    assert page.proxy.index(page.table.currentIndex().row(), 2).data() == "Supervisor"
    assert can_log_in(fx, "officer2", PASSWORD) == "supervisor"


def test_reset_password_old_fails_new_works(qtbot, store_fixture):
    fx = store_fixture
    page = open_page(qtbot, fx)
    select(page, "officer")
    click(qtbot, page.password_button)
    dialog = page.dialog
    assert isinstance(dialog, PasswordDialog) and not dialog.enabling
    qtbot.keyClicks(dialog.password, "x")
    qtbot.keyClicks(dialog.repeat, "x")
    click(qtbot, dialog.ok_button)  # too short: the service's message, under the field
    password_error = dialog.findChild(type(dialog.general), "error_password")
    qtbot.waitUntil(password_error.isVisible, timeout=LOAD_TIMEOUT)
    assert "at least 8" in password_error.text()
    for edit in (dialog.password, dialog.repeat):
        edit.clear()
        qtbot.keyClicks(edit, NEW_PASSWORD)
    finish(qtbot, page, dialog)

    assert "new password" in page.status_line.text()
    assert can_log_in(fx, "officer", PASSWORD) is None
    assert can_log_in(fx, "officer", NEW_PASSWORD) == "officer"


def test_disable_then_enable_with_a_new_password(qtbot, store_fixture, monkeypatch):
    fx = store_fixture
    page = open_page(qtbot, fx)
    select(page, "clerk")
    assert not page.enable_button.isEnabled()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    click(qtbot, page.disable_button)
    assert can_log_in(fx, "clerk", PASSWORD) == "clerk"  # No changes nothing

    asked = answer_yes(monkeypatch)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT):
        click(qtbot, page.disable_button)
    assert "clerk" in asked[0]
    assert state_of(page, "clerk") == "disabled"
    assert not page.disable_button.isEnabled() and page.enable_button.isEnabled()
    assert not page.password_button.isEnabled() and not page.role_button.isEnabled()
    assert can_log_in(fx, "clerk", PASSWORD) is None

    click(qtbot, page.enable_button)
    dialog = page.dialog
    assert isinstance(dialog, PasswordDialog) and dialog.enabling
    qtbot.keyClicks(dialog.password, NEW_PASSWORD)
    qtbot.keyClicks(dialog.repeat, NEW_PASSWORD)
    finish(qtbot, page, dialog)
    assert state_of(page, "clerk") == "active"
    assert "enabled" in page.status_line.text()
    assert can_log_in(fx, "clerk", NEW_PASSWORD) == "clerk"


def test_you_cannot_disable_yourself(qtbot, store_fixture):
    fx = store_fixture
    page = open_page(qtbot, fx)
    select(page, "admin")
    assert not page.disable_button.isEnabled()
    assert "your own account" in page.note.text() and page.note.isVisible()
    select(page, "officer")
    assert page.disable_button.isEnabled() and not page.note.isVisible()
    with pytest.raises(ValidationError) as refused:
        accounts.disable_user(fx.store, fx.admin, "admin")
    assert "your own account" in refused.value.errors["username"]


def test_a_locked_account_shows_until_when_and_a_reset_unlocks_it(qtbot, store_fixture):
    fx = store_fixture
    for _attempt in range(fx.store.keyfile.max_failed_logins):
        with pytest.raises(AuthenticationError):
            fx.store.keyfile.unlock("officer2", "not-the-password")
    page = open_page(qtbot, fx)
    info = page.user("officer2")
    assert locked_until(info) is not None and info.failed_attempts >= 1
    assert state_of(page, "officer2").startswith("locked until ")
    select(page, "officer2")
    assert "Resetting the password unlocks it" in page.note.text()

    click(qtbot, page.password_button)
    dialog = page.dialog
    qtbot.keyClicks(dialog.password, NEW_PASSWORD)
    qtbot.keyClicks(dialog.repeat, NEW_PASSWORD)
    finish(qtbot, page, dialog)
    assert state_of(page, "officer2") == "active"
    assert can_log_in(fx, "officer2", NEW_PASSWORD) == "officer"


@pytest.mark.parametrize("role", ["clerk", "officer", "supervisor"])
def test_only_an_admin_may_manage_users(qtbot, store_fixture, role):
    fx = store_fixture
    actor = getattr(fx, role)
    for call in (lambda: accounts.list_users(fx.store, actor),
                 lambda: accounts.add_user(fx.store, actor, "intruder", "admin", NEW_PASSWORD),
                 lambda: accounts.set_role(fx.store, actor, "officer2", "admin"),
                 lambda: accounts.reset_password(fx.store, actor, "officer2", NEW_PASSWORD),
                 lambda: accounts.disable_user(fx.store, actor, "officer2"),
                 lambda: accounts.enable_user(fx.store, actor, "officer2", NEW_PASSWORD)):
        with pytest.raises(PermissionDenied):
            call()
    page = UsersPage(fx.store, actor)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: "does not allow" in page.status_line.text(), timeout=LOAD_TIMEOUT)
    assert page.rows() == []
