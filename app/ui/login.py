"""The login dialog: user, password, interface language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
)

from app.db.store import StorePaths, load_keyfile
from app.domain.errors import DomainError
from app.ui.messages import error_text
from app.ui.tasks import run_task

LANGUAGES = [("kk", "Қазақша"), ("ru", "Русский"), ("en", "English")]


def _settings_key(username: str) -> str:
    # User names are lower-case Latin letters, digits, dot, hyphen and underscore.
    return "".join(ch for ch in username.strip().lower() if ch.isascii() and (
        ch.isalnum() or ch in "._-"))[:64]


def remembered_language(settings: QSettings, username: str = "") -> str:
    """The language the login window opens in: the named user's last one on this
    machine, else the last one used here, else Russian."""
    if username:
        known = settings.value(f"login/languages/{_settings_key(username)}", "")
        if known in dict(LANGUAGES):
            return known
    last = settings.value("login/language", "ru")
    return last if last in dict(LANGUAGES) else "ru"


def remember_language(settings: QSettings, username: str, language: str) -> None:
    settings.setValue("login/language", language)
    if _settings_key(username):
        settings.setValue(f"login/languages/{_settings_key(username)}", language)


class LoginDialog(QDialog):
    """Asks for user and password; opens the store off the UI thread.

    On success ``store`` and ``actor`` hold the open store and the logged-in user.
    """

    language_chosen = Signal(str)

    def __init__(self, data_dir: Path, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.data_dir = Path(data_dir)
        self.store = None
        self.actor = None
        self._settings = QSettings()
        self.setWindowTitle(self.tr("Pana — log in"))
        self.setMinimumWidth(420)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<h2>Pana</h2>Refugee status determination"))
        title.setObjectName("loginTitle")
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title)

        self.demo_note = QLabel()
        self.demo_note.setObjectName("demoNote")
        self.demo_note.setWordWrap(True)
        self.demo_note.setStyleSheet(
            "QLabel { background: #fff4d6; border: 1px solid #e0b84f; padding: 6px; }")
        self.demo_note.hide()
        layout.addWidget(self.demo_note)

        form = QFormLayout()
        self.user = QComboBox()
        self.user.setObjectName("loginUser")
        self.user.setEditable(True)
        self.user.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.language = QComboBox()
        self.language.setObjectName("loginLanguage")
        self.language.setAccessibleName(self.tr("Interface language"))
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Language:"), self.language)
        layout.addLayout(form)

        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #b00020; }")
        # A damaged file is named with its whole path: let it be copied into a report.
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout.addWidget(self.error)

        self.busy = QProgressBar()
        self.busy.setObjectName("loginBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout.addWidget(self.busy)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("loginButtons")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.accepted.connect(self._log_in)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.user, self.password)
        self.setTabOrder(self.password, self.language)

        #: True once the user picks a language here: it then wins over the one their
        #: account remembers.
        self.language_touched = False
        self._choosing = False
        self._load_accounts()
        self._set_language(remembered_language(self._settings, self.user.currentText()))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.user.currentTextChanged.connect(self._user_changed)

    def _set_language(self, code: str) -> None:
        self._choosing = True
        try:
            self.language.setCurrentIndex(max(self.language.findData(code), 0))
        finally:
            self._choosing = False

    def _language_changed(self, _index: int) -> None:
        if not self._choosing:
            self.language_touched = True
        self.language_chosen.emit(self.language.currentData())

    def _user_changed(self, name: str) -> None:
        """A known user's window follows the language they last used on this machine,
        until a language is picked here by hand."""
        if self.language_touched:
            return
        known = self._settings.value(f"login/languages/{_settings_key(name)}", "")
        if known in dict(LANGUAGES) and known != self.language.currentData():
            self._set_language(known)
            self.language_chosen.emit(known)

    def _load_accounts(self) -> None:
        try:
            keyfile = load_keyfile(StorePaths(self.data_dir))
        except DomainError as exc:
            self._show_error(error_text(exc))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        last = str(self._settings.value("login/last_user", ""))
        if keyfile.demo:
            # A demo database holds fictional people only, so naming its accounts is safe.
            for name in keyfile.usernames():
                self.user.addItem(name)
            self.demo_note.setText(self.tr(
                "This is a <b>demo database</b> with fictional people. Accounts: "
                "admin, officer, supervisor, clerk (and officer2, supervisor2); "
                "the password of each is <b>demo</b>."))
            self.demo_note.show()
            if not last:
                last = "officer"
        if last:
            self.user.setCurrentText(last)
        if self.user.currentText():
            self.password.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        # Grow to the message (a long one names files and what to do), never cut it off.
        self.layout().activate()
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.user, self.password, self.language, self.buttons):
            widget.setEnabled(not busy)

    def _log_in(self) -> None:
        from app.bootstrap import log_in

        username = self.user.currentText().strip()
        password = self.password.text()
        if not username or not password:
            self._show_error(self.tr("Enter your user name and password."))
            return
        self.error.hide()
        self._set_busy(True)
        data_dir = self.data_dir
        run_task(lambda: log_in(data_dir, username, password), self._logged_in, self._failed)

    def _logged_in(self, result) -> None:
        self._set_busy(False)
        self.store, self.actor = result
        self._settings.setValue("login/last_user", self.actor.username)
        remember_language(self._settings, self.actor.username, self.language.currentData())
        self.password.clear()
        if self.store.read_only:
            QMessageBox.information(self, self.tr("Read-only data folder"), self.read_only_text())
        self.accept()

    def read_only_text(self) -> str:
        return self.tr(
            "The data folder {folder} cannot be written to (a read-only drive or share, or "
            "its permissions). You can search and read the records, but nothing can be "
            "saved, and parts of a case file whose viewing must be recorded in the audit log "
            "cannot be opened.\n\nTo work normally, close Pana, make the folder writable (or "
            "copy the whole folder to a writable disk) and log in again.").format(
                folder=self.data_dir)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self._show_error(error_text(exc))
        self.password.selectAll()
        self.password.setFocus()

    def chosen_language(self) -> str:
        return self.language.currentData()
