"""The administrator's users page: accounts, their roles and states, and the changes to them.

Every change goes through ``app.services.accounts`` (which checks the role,
validates, audits and rewrites the user's key slot) and runs off the UI
thread: a password change derives a key with argon2id, which takes a moment.
Dialogs stay open while the service works and show its validation messages
under the fields, so nothing typed is lost.

A disabled account has no key slot, so enabling it takes a new password
(``accounts.enable_user(store, actor, username, new_password)``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import shiboken6
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.audit import Actor
from app.db.store import Store
from app.domain.errors import ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.vocab import Role
from app.services import accounts
from app.services.accounts import UserInfo
from app.ui.approvals import Column, records_table, refresh_action, refresh_button
from app.ui.forms import FieldErrors, confirm, enum_combo, enum_text, named, select_data
from app.ui.locale_format import datetime_text, number_text
from app.ui.login import LANGUAGES
from app.ui.messages import error_text, field_message_text
from app.ui.tables import fit_headers
from app.ui.tasks import run_task

_N = QT_TRANSLATE_NOOP

DISABLED = QColor("#6b6b6b")
LOCKED = QColor("#b00020")


# ---------------------------------------------------------------------------
# helpers


def locked_until(info: UserInfo) -> datetime | None:
    """When the account's lock after failed logins ends, if it is locked now."""
    until = info.locked_until
    if until is None:
        return None
    if until.tzinfo is None:
        until = until.replace(tzinfo=UTC)
    return until if until > datetime.now(UTC) else None


def min_password_length(store: Store) -> int:
    return accounts._min_password(store)


def _messages(exc: Exception) -> str:
    """A refusal in words: a validation error's messages without their field names."""
    if isinstance(exc, ValidationError) and exc.errors:
        texts = [field_message_text(message) for message in exc.errors.values()]
        return "\n".join(text[:1].upper() + text[1:] for text in texts)
    return error_text(exc)


def _with_error(widget: QWidget, error: QLabel, hint: str = "") -> QWidget:
    """A field with its hint and its error message underneath."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    if hint:
        # One line: a wrapped label inside a form row gets too little height and overlaps
        # the next row.
        note = QLabel(hint)
        note.setObjectName(widget.objectName() + "Hint")
        note.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        layout.addWidget(note)
    layout.addWidget(error)
    return box


# ---------------------------------------------------------------------------
# dialogs


class AccountDialog(QDialog):
    """A small form whose OK runs one account service off the UI thread.

    Subclasses build their fields with ``add_field`` and return the work from
    ``prepare`` (or None after showing what to correct). The dialog closes on
    success; a refusal is shown in it and everything typed stays.
    """

    def __init__(self, store: Store, actor: Actor, object_name: str, title: str,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.store, self.actor = store, actor
        self.result_value: object = None
        self._layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setObjectName(object_name + "Intro")
        self.intro.setWordWrap(True)
        self.intro.hide()
        self._layout.addWidget(self.intro)
        self.form = QFormLayout()
        self._layout.addLayout(self.form)
        self.general = QLabel()
        self.general.setObjectName(object_name + "Error")
        self.errors = FieldErrors(self.general)
        self._layout.addWidget(self.general)
        self.busy = QProgressBar()
        self.busy.setObjectName(object_name + "Busy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self._layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName(object_name + "Buttons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        named(self.ok_button, object_name + "Ok", self.tr("Save"))
        named(self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
              object_name + "Cancel", self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._layout.addWidget(self.buttons)
        self._inputs: list[QWidget] = []
        self._paths: set[str] = set()

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.show()

    def add_field(self, label: str, widget: QWidget, path: str, hint: str = "") -> QWidget:
        caption = QLabel(label)
        caption.setBuddy(widget)
        self._paths.add(path)
        self.form.addRow(caption, _with_error(widget, self.errors.label_for(path, widget), hint))
        if self._inputs:
            self.setTabOrder(self._inputs[-1], widget)
        self._inputs.append(widget)
        return widget

    def password_field(self, object_name: str, accessible: str) -> QLineEdit:
        edit = named(QLineEdit(), object_name, accessible)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def prepare(self) -> Callable[[], object] | None:
        raise NotImplementedError

    def field_path(self, path: str) -> str:
        """The widget a service's field path belongs to (services name some differently)."""
        return path

    def submit(self) -> None:
        self.errors.clear()
        work = self.prepare()
        if work is None:
            return
        self._set_busy(True)
        run_task(work, self._succeeded, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in [*self._inputs, self.buttons]:
            widget.setEnabled(not busy)

    def _succeeded(self, value: object) -> None:
        self._set_busy(False)
        self.result_value = value
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if not isinstance(exc, ValidationError):
            self.general.setText(error_text(exc))
            self.general.show()
            self._fit()
            return
        errors = {self.field_path(k): v for k, v in exc.errors.items()}
        # Messages about no field of this form (e.g. "username" in the password dialog)
        # are shown above the buttons, without the field's name.
        other = [field_message_text(message) for path, message in errors.items()
                 if path not in self._paths]
        self.show_errors({path: m for path, m in errors.items() if path in self._paths})
        if other:
            self.general.setText("\n".join(m[:1].upper() + m[1:] for m in other))
            self.general.show()
            self._fit()

    def show_errors(self, errors: dict[str, str]) -> None:
        first = self.errors.show(errors)
        if first is not None:
            first.setFocus()
        self._fit()

    def _fit(self) -> None:
        """Grow to fit the messages just shown (a dialog does not grow by itself)."""
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.heightForWidth(self.width()),
                                      self.sizeHint().height()))


class AddUserDialog(AccountDialog):
    """User name, display name, role, password twice and interface language."""

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(store, actor, "addUserDialog", QCoreApplication.translate(
            "AddUserDialog", "Add a user"), parent)
        self.set_intro(self.tr("The user logs in with this name and password. Tell them the "
                               "password in person; they can change it later."))
        self.username = self.add_field(
            self.tr("&User name:"), named(QLineEdit(), "newUsername", self.tr("User name")),
            "username", self.tr("Lower-case Latin letters, digits and . - _"))
        self.display_name = self.add_field(
            self.tr("&Full name:"), named(QLineEdit(), "newDisplayName",
                                          self.tr("Full name, shown to other users")),
            "display_name")
        self.role = self.add_field(self.tr("&Role:"), enum_combo(Role, "newRole", self.tr("Role")),
                                   "role")
        select_data(self.role, Role.OFFICER.value)
        minimum = min_password_length(store)
        self.password = self.add_field(
            self.tr("&Password:"), self.password_field("newPassword", self.tr("Password")),
            "password", self.tr("At least %Ln characters.", "", minimum))
        self.repeat = self.add_field(
            self.tr("Re&peat password:"),
            self.password_field("newPasswordRepeat", self.tr("The password again")),
            "password_repeat")
        self.language = named(QComboBox(), "newLanguage", self.tr("Interface language"))
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        select_data(self.language, "ru")
        self.add_field(self.tr("&Language:"), self.language, "language")
        self.setTabOrder(self._inputs[-1], self.ok_button)
        self.username.setFocus()

    def prepare(self):
        if self.password.text() != self.repeat.text():
            self.show_errors({"password_repeat": self.tr("the two passwords differ.")})
            return None
        store, actor = self.store, self.actor
        username, display = self.username.text().strip(), self.display_name.text().strip()
        role, password = self.role.currentData(), self.password.text()
        language = self.language.currentData()

        def work():
            return accounts.add_user(store, actor, username, role, password,
                                     display_name=display, language=language)

        return work


class PasswordDialog(AccountDialog):
    """A new password, twice: to reset a forgotten one or to enable a disabled account."""

    def __init__(self, store: Store, actor: Actor, username: str, *, enabling: bool = False,
                 parent=None) -> None:
        super().__init__(
            store, actor, "enableUserDialog" if enabling else "resetPasswordDialog",
            QCoreApplication.translate("PasswordDialog", "Enable “{user}”").format(user=username)
            if enabling else QCoreApplication.translate(
                "PasswordDialog", "New password for “{user}”").format(user=username), parent)
        self.username = username
        self.enabling = enabling
        if enabling:
            self.set_intro(self.tr("The account can log in again with the password you set "
                                   "here. Tell it to the user in person."))
        else:
            self.set_intro(self.tr("The old password stops working at once. Tell the new one "
                                   "to the user in person."))
        minimum = min_password_length(store)
        self.password = self.add_field(
            self.tr("New &password:"),
            self.password_field("resetPassword", self.tr("New password")), "password",
            self.tr("At least %Ln characters.", "", minimum))
        self.repeat = self.add_field(
            self.tr("Re&peat:"), self.password_field("resetPasswordRepeat",
                                                     self.tr("The new password again")),
            "password_repeat")
        self.setTabOrder(self._inputs[-1], self.ok_button)
        self.password.setFocus()

    def field_path(self, path: str) -> str:
        return "password" if path in ("new_password", "password") else path

    def prepare(self):
        if self.password.text() != self.repeat.text():
            self.show_errors({"password_repeat": self.tr("the two passwords differ.")})
            return None
        store, actor, username, password = self.store, self.actor, self.username, \
            self.password.text()
        if self.enabling:
            return lambda: accounts.enable_user(store, actor, username, password)
        return lambda: accounts.reset_password(store, actor, username, password)


class RoleDialog(AccountDialog):
    """Another role for a user."""

    def __init__(self, store: Store, actor: Actor, username: str, current: str,
                 parent=None) -> None:
        super().__init__(store, actor, "roleDialog", QCoreApplication.translate(
            "RoleDialog", "Role of “{user}”").format(user=username), parent)
        self.username, self.current = username, current
        self.set_intro(self.tr("The new role applies from the user's next login."))
        self.role = self.add_field(self.tr("&Role:"), enum_combo(Role, "changeRole",
                                                                  self.tr("New role")), "role")
        select_data(self.role, current)
        self.setTabOrder(self.role, self.ok_button)
        self.role.setFocus()

    def prepare(self):
        role = self.role.currentData()
        if role == self.current:
            self.show_errors({"role": self.tr("this is already the user's role.")})
            return None
        store, actor, username = self.store, self.actor, self.username
        return lambda: accounts.set_role(store, actor, username, role)


# ---------------------------------------------------------------------------
# the page


class UsersPage(QWidget):
    """Every account with its role and state; add, change role, reset password, disable, enable."""

    loaded = Signal(int)
    changed = Signal(str)  # a user was added or changed: their name

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("usersPage")
        self.store, self.actor = store, actor
        self._generation = 0
        self._loaded_once = False
        self._users: list[UserInfo] = []
        self.dialog: AccountDialog | None = None
        self._busy = False

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        # Mnemonics avoid the main window's (File, Help, Home, Registry, Approvals, Deadlines,
        # Print desk) and the tabs this page may sit in (Users, Audit).
        self.add_button = named(QPushButton(self.tr("Add us&er…")), "addUser",
                                self.tr("Add a user"))
        self.role_button = named(QPushButton(self.tr("Change r&ole…")), "changeRole",
                                 self.tr("Change the selected user's role"))
        self.password_button = named(QPushButton(self.tr("Reset pass&word…")), "resetPassword",
                                     self.tr("Set a new password for the selected user"))
        self.disable_button = named(QPushButton(self.tr("Disa&ble")), "disableUser",
                                    self.tr("Disable the selected user"))
        self.enable_button = named(QPushButton(self.tr("E&nable")), "enableUser",
                                   self.tr("Enable the selected user"))
        self.refresh_action = refresh_action(self, "actionRefreshUsers", self.refresh)
        self.refresh_button = refresh_button(
            self.refresh_action, "usersRefresh", self.tr("Refresh the users"),
            self.tr("Load the users again (F5)"))
        for button in (self.add_button, self.role_button, self.password_button,
                       self.disable_button, self.enable_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        layout.addLayout(bar)

        self.model, self.proxy, self.table = records_table(
            self, "UsersTable", self._columns(), "usersTable",
            self.tr("Users"), 0)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        fit_headers(self.table, (140, 240, 140, 260, 150))
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        self.note = QLabel()
        self.note.setObjectName("usersSelectionNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.status_line = QLabel()
        self.status_line.setObjectName("usersStatus")
        self.status_line.setWordWrap(True)
        layout.addWidget(self.status_line)

        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.change_role)
        self.password_button.clicked.connect(self.reset_password)
        self.disable_button.clicked.connect(self.disable)
        self.enable_button.clicked.connect(self.enable)
        previous = self.add_button
        for widget in (self.role_button, self.password_button, self.disable_button,
                       self.enable_button, self.refresh_button, self.table):
            self.setTabOrder(previous, widget)
            previous = widget
        self._update_buttons()
        self.refresh()

    def _columns(self) -> list[Column]:
        return [
            Column(_N("UsersTable", "User name"), lambda u: u.username),
            Column(_N("UsersTable", "Full name"), lambda u: u.display_name),
            Column(_N("UsersTable", "Role"), lambda u: enum_text(Role, u.role)),
            Column(_N("UsersTable", "State"), self.state_text, color=self._state_color),
            Column(_N("UsersTable", "Last login"), lambda u: datetime_text(u.last_login_at),
                   key=lambda u: u.last_login_at.timestamp() if u.last_login_at else 0.0),
            Column(_N("UsersTable", "Failed logins"),
                   lambda u: number_text(u.failed_attempts), key=lambda u: u.failed_attempts,
                   color=lambda u: LOCKED if u.failed_attempts else None),
        ]

    def state_text(self, info: UserInfo) -> str:
        if info.disabled:
            return self.tr("disabled")
        until = locked_until(info)
        if until is not None:
            return self.tr("locked until {time}").format(time=datetime_text(until))
        return self.tr("active")

    def _state_color(self, info: UserInfo) -> QColor | None:
        if info.disabled:
            return DISABLED
        return LOCKED if locked_until(info) is not None else None

    # ---- loading

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        store, actor = self.store, self.actor
        self.status_line.setText(self.tr("Loading…"))

        def done(users) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show(users)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.status_line.setText(error_text(exc))

        run_task(lambda: accounts.list_users(store, actor), done, failed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._loaded_once:
            self.refresh()

    def _show(self, users: list[UserInfo], select: str | None = None) -> None:
        selected = select or self.selected_username()
        self._users = users
        self._loaded_once = True
        self.model.set_records(users)
        if not (selected and self.select(selected)) and users:
            self.table.selectRow(0)
        self._update_buttons()
        disabled = sum(1 for u in users if u.disabled)
        locked = sum(1 for u in users if not u.disabled and locked_until(u) is not None)
        parts = [self.tr("Users: %Ln", "", len(users))]
        if disabled:
            parts.append(self.tr("disabled: %Ln", "", disabled))
        if locked:
            parts.append(self.tr("locked: %Ln", "", locked))
        self.status_line.setText(" · ".join(parts))
        self.loaded.emit(len(users))

    # ---- selection

    def rows(self) -> list[UserInfo]:
        return [self.proxy.record_at(r) for r in range(self.proxy.rowCount())]

    def selected(self) -> UserInfo | None:
        index = self.table.currentIndex()
        return self.proxy.record_at(index.row()) if index.isValid() else None

    def selected_username(self) -> str | None:
        info = self.selected()
        return info.username if info else None

    def select(self, username: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.record_at(row).username == username:
                self.table.selectRow(row)
                return True
        return False

    def user(self, username: str) -> UserInfo | None:
        return next((u for u in self._users if u.username == username), None)

    def _update_buttons(self, *_args) -> None:
        info = self.selected()
        busy = self._busy
        own = info is not None and info.username == self.actor.username
        self.add_button.setEnabled(not busy)
        self.role_button.setEnabled(not busy and info is not None and not info.disabled)
        self.password_button.setEnabled(not busy and info is not None and not info.disabled)
        self.disable_button.setEnabled(not busy and info is not None and not info.disabled
                                       and not own)
        self.enable_button.setEnabled(not busy and info is not None and info.disabled)
        if own:
            self.note.setText(self.tr("This is your own account: you cannot disable it. "
                                      "Another administrator can."))
        elif info is not None and info.disabled:
            self.note.setText(self.tr("A disabled account cannot log in. Enable it to let the "
                                      "user in again."))
        elif info is not None and locked_until(info) is not None:
            self.note.setText(self.tr("The account is locked after failed logins. Resetting "
                                      "the password unlocks it."))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))

    # ---- changes

    def _open(self, dialog: AccountDialog, done_text: Callable[[str], str],
              username: Callable[[], str]) -> None:
        """Show a dialog (window-modal); when it succeeds, reload and say what changed."""
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            if result == QDialog.DialogCode.Accepted:
                self._after_change(username(), done_text(username()))
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def _after_change(self, username: str, message: str) -> None:
        """Say what changed, then reload with that user selected."""
        self.changed.emit(username)
        self._generation += 1
        generation = self._generation
        store, actor = self.store, self.actor
        self.status_line.setText(message)

        def loaded(users) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show(users, select=username)
                self.status_line.setText(message + "  " + self.status_line.text())

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.status_line.setText(message + "  " + error_text(exc))

        run_task(lambda: accounts.list_users(store, actor), loaded, failed)

    def add_user(self) -> None:
        dialog = AddUserDialog(self.store, self.actor, self)
        self._open(dialog, lambda n: self.tr("User “{user}” added.").format(user=n),
                   lambda: getattr(dialog.result_value, "username",
                                   dialog.username.text().strip()))

    def change_role(self) -> None:
        info = self.selected()
        if info is None or info.disabled:
            return
        self._open(RoleDialog(self.store, self.actor, info.username, info.role, self),
                   lambda n: self.tr("The role of “{user}” was changed.").format(user=n),
                   lambda: info.username)

    def reset_password(self) -> None:
        info = self.selected()
        if info is None or info.disabled:
            return
        self._open(PasswordDialog(self.store, self.actor, info.username, parent=self),
                   lambda n: self.tr("“{user}” has a new password.").format(user=n),
                   lambda: info.username)

    def disable(self) -> None:
        info = self.selected()
        if info is None or info.disabled:
            return
        if info.username == self.actor.username:
            QMessageBox.information(self, self.tr("Not disabled"), self.tr(
                "You cannot disable your own account. Another administrator can."))
            return
        if not confirm(self, self.tr("Disable the user"), self.tr(
                "Disable “{user}”? They can no longer log in, and their password stops "
                "opening the database. Their work and the audit trail stay.").format(
                    user=info.username)):
            return
        store, actor, username = self.store, self.actor, info.username
        self._run(lambda: accounts.disable_user(store, actor, username), username,
                  self.tr("“{user}” was disabled.").format(user=username),
                  self.tr("Not disabled"))

    def enable(self) -> None:
        """A disabled account lost its key slot: enabling it sets a new password."""
        info = self.selected()
        if info is None or not info.disabled:
            return
        self._open(PasswordDialog(self.store, self.actor, info.username, enabling=True,
                                  parent=self),
                   lambda n: self.tr("“{user}” was enabled.").format(user=n),
                   lambda: info.username)

    def _run(self, work: Callable[[], object], username: str, done_text: str,
             failed_title: str) -> None:
        """A change without a dialog (already confirmed), off the UI thread."""
        self._busy = True
        self._update_buttons()
        self.status_line.setText(self.tr("Saving…"))

        def done(_value) -> None:
            if shiboken6.isValid(self):
                self._busy = False
                self._after_change(username, done_text)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self):
                self._busy = False
                self._update_buttons()
                self.status_line.setText("")
                QMessageBox.warning(self, failed_title, _messages(exc))

        run_task(work, done, failed)
