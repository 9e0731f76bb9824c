"""The login dialog: where to work (a data folder or a commission server), user, password,
interface language.

Started with a server URL as the location (``pana --server URL``, or ``$PANA_SERVER``),
the window works on that server; started with a data folder, it works on the folder
unless the person chose a server here last time. The choice and the address are
remembered in QSettings, never with a password: libpq reads one from its password file
(``~/.pgpass``; ``%APPDATA%\\postgresql\\pgpass.conf`` on Windows).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from app.db.server import is_server_location, safe_url
from app.db.store import StorePaths, load_keyfile
from app.domain.errors import DomainError
from app.ui.messages import error_text
from app.ui.tasks import run_task

LANGUAGES = [("kk", "Қазақша"), ("ru", "Русский"), ("en", "English")]

#: QSettings keys: "folder" or "server", and the server's address without a password.
WORK_ON_KEY = "login/work_on"
SERVER_KEY = "login/server"
#: How a server address shows a password it holds (SQLAlchemy's ``hide_password``).
_HIDDEN = "***"


def _url(location: str) -> URL | None:
    try:
        return make_url(location.strip())
    except (ArgumentError, ValueError):  # ValueError: a port being typed ("host:")
        return None


def _shown_url(location: str) -> str:
    """The address with its password hidden; empty when it cannot be read at all."""
    if not location or _url(location) is None:
        return ""
    return safe_url(location)


def has_password(location: str) -> bool:
    """Whether a server address carries a password (as user:password@ or ?password=)."""
    url = _url(location)
    return url is not None and bool(url.password or url.query.get("password"))


def without_password(location: str) -> str:
    """The server address with no password in it: what may be remembered."""
    url = _url(location)
    if url is None:
        return location.strip()
    url = url._replace(password=None).difference_update_query(["password"])
    return url.render_as_string(hide_password=False)


def server_title(location: str) -> str:
    """``host:port/database`` of a server address, for people (no user, no password)."""
    url = _url(location)
    if url is None or not url.database:
        return ""
    host = url.host or "localhost"
    if ":" in host:  # an IPv6 address
        host = f"[{host}]"
    return f"{host}:{url.port}/{url.database}" if url.port else f"{host}/{url.database}"


def remembered_server(settings: QSettings) -> str:
    value = settings.value(SERVER_KEY, "")
    return value if isinstance(value, str) and is_server_location(value) else ""


def prefers_server(settings: QSettings) -> bool:
    """Whether the last login on this machine went to a commission server (the login
    window then offers it first, even when started on a data folder)."""
    return bool(remembered_server(settings)) and settings.value(WORK_ON_KEY, "") == "server"


def remember_server(settings: QSettings, location: str) -> None:
    """Keep a server address for next time, always without its password."""
    settings.setValue(SERVER_KEY, without_password(location))


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
    """Asks where to work, the user and the password; opens the store off the UI thread.

    ``location`` is a data folder or a server URL (``app.db.server.is_server_location``).
    On success ``store`` and ``actor`` hold the open store and the logged-in user, and
    ``location`` the folder or URL that was opened.
    """

    language_chosen = Signal(str)

    def __init__(self, data_dir: Path | str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self._settings = QSettings()
        #: The data folder; started with a server, the default one, found when needed.
        self._folder: Path | None = None
        if is_server_location(data_dir):
            server, use_server = str(data_dir).strip(), True
        else:
            self._folder = Path(data_dir)
            server = remembered_server(self._settings)
            use_server = prefers_server(self._settings)
        #: The address as given, with any password it holds (in memory only); the field
        #: shows it with the password hidden.
        self._secret_url = server
        self.location: Path | str = server if use_server else self._folder
        self._pending: Path | str = self.location
        self.store = None
        self.actor = None
        self.setWindowTitle(self.tr("Pana — log in"))
        self.setMinimumWidth(460)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<h2>Pana</h2>Refugee status determination"))
        title.setObjectName("loginTitle")
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title)

        self.server_label = QLabel()
        self.server_label.setObjectName("loginServer")
        self.server_label.setTextFormat(Qt.TextFormat.PlainText)
        self.server_label.setStyleSheet("QLabel { font-weight: bold; }")
        self.server_label.hide()
        layout.addWidget(self.server_label)

        self.demo_note = QLabel()
        self.demo_note.setObjectName("demoNote")
        self.demo_note.setWordWrap(True)
        self.demo_note.setStyleSheet(
            "QLabel { background: #fff4d6; border: 1px solid #e0b84f; padding: 6px; }")
        self.demo_note.hide()
        layout.addWidget(self.demo_note)

        where = QGridLayout()
        where.setColumnStretch(1, 1)
        where.addWidget(QLabel(self.tr("Work on:")), 0, 0, Qt.AlignmentFlag.AlignTop)
        self.use_folder = QRadioButton(self.tr("this computer's &data folder"))
        self.use_folder.setObjectName("loginUseFolder")
        self.use_folder.setAccessibleName(self.tr("Work on this computer's data folder"))
        self.use_server = QRadioButton(self.tr("a commission &server, at this address:"))
        self.use_server.setObjectName("loginUseServer")
        self.use_server.setAccessibleName(self.tr("Work on a commission server"))
        self.server = QLineEdit()
        self.server.setObjectName("loginServerAddress")
        self.server.setAccessibleName(self.tr("Server address"))
        self.server.setPlaceholderText("postgresql://pana@server/pana?sslmode=verify-full")
        self.server.setToolTip(self.tr(
            "The commission server's address, as whoever set it up gave it, e.g. "
            "postgresql://pana@server.example/pana?sslmode=verify-full. Do not write the "
            "database password in it: PostgreSQL reads it from its password file, "
            "~/.pgpass (on Windows %APPDATA%\\postgresql\\pgpass.conf). Pana remembers the "
            "address without a password."))
        self.server.setText(_shown_url(server))
        self.server.setCursorPosition(0)  # the host and database, not the end of the query
        self._mode = QButtonGroup(self)
        self._mode.addButton(self.use_folder)
        self._mode.addButton(self.use_server)
        where.addWidget(self.use_folder, 0, 1)
        where.addWidget(self.use_server, 1, 1)
        where.addWidget(self.server, 2, 1)
        layout.addLayout(where)

        self.password_note = QLabel(self.tr(
            "This server address holds a password. Pana uses it for this login but does not "
            "remember it; keep it in PostgreSQL's password file (~/.pgpass) instead."))
        self.password_note.setObjectName("loginServerPasswordNote")
        self.password_note.setWordWrap(True)
        self.password_note.setStyleSheet(
            "QLabel { background: #fff4d6; border: 1px solid #e0b84f; padding: 6px; }")
        self.password_note.hide()
        layout.addWidget(self.password_note)

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
        self.setTabOrder(self.use_folder, self.use_server)
        self.setTabOrder(self.use_server, self.server)
        self.setTabOrder(self.server, self.user)
        self.setTabOrder(self.user, self.password)
        self.setTabOrder(self.password, self.language)

        #: True once the user picks a language here: it then wins over the one their
        #: account remembers.
        self.language_touched = False
        self._choosing = False
        (self.use_server if use_server else self.use_folder).setChecked(True)
        self._apply_mode()
        self._set_language(remembered_language(self._settings, self.user.currentText()))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.user.currentTextChanged.connect(self._user_changed)
        self.use_server.toggled.connect(self._mode_changed)
        self.server.textChanged.connect(self._server_edited)

    # ---- where to work

    @property
    def data_dir(self) -> Path:
        """The data folder the "data folder" choice opens."""
        if self._folder is None:
            from app.bootstrap import default_data_dir

            self._folder = default_data_dir()
        return self._folder

    def on_server(self) -> bool:
        """True when the login goes to a commission server."""
        return self.use_server.isChecked()

    def server_url(self) -> str:
        """The address to connect to: as typed, with the password of the address given
        at the start put back where the field shows it hidden."""
        typed = self.server.text().strip()
        if not self._secret_url or not typed:
            return typed
        if typed == _shown_url(self._secret_url):
            return self._secret_url
        url, secret = _url(typed), _url(self._secret_url)
        if url is not None and secret is not None and url.password == _HIDDEN:
            url = url.set(password=secret.password)
            return url.render_as_string(hide_password=False)
        return typed

    def _mode_changed(self, _checked: bool) -> None:
        self.error.hide()
        self._apply_mode()
        if self.on_server() and not self.server.text().strip():
            self.server.setFocus()

    def _server_edited(self, _text: str) -> None:
        self._show_server()

    def _show_server(self) -> None:
        on_server = self.on_server()
        url = self.server_url() if on_server else ""
        shown = on_server and is_server_location(url) and bool(server_title(url))
        self.server_label.setVisible(shown)
        if shown:
            self.server_label.setText(self.tr("Commission server: {server}").format(
                server=server_title(url)))
        self.password_note.setVisible(on_server and has_password(url))

    def _apply_mode(self) -> None:
        """Show what the chosen place needs: a data folder's demo accounts, or the
        server's address."""
        on_server = self.on_server()
        self.server.setEnabled(on_server)
        self.server.setVisible(on_server)
        self.demo_note.hide()
        typed = self.user.currentText()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.blockSignals(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        if on_server:
            last = str(self._settings.value("login/last_user", "")) or typed
            if last:
                self.user.setCurrentText(last)
        else:
            self.use_folder.setToolTip(str(self.data_dir))
            self._load_accounts()
        self._show_server()
        self.layout().activate()
        self.adjustSize()
        if self.user.currentText():
            self.password.setFocus()

    # ---- language

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
        for widget in (self.use_folder, self.use_server, self.user, self.password,
                       self.language, self.buttons):
            widget.setEnabled(not busy)
        self.server.setEnabled(not busy and self.on_server())

    def _log_in(self) -> None:
        from app.bootstrap import log_in

        username = self.user.currentText().strip()
        password = self.password.text()
        if self.on_server():
            location: Path | str = self.server_url()
            if not is_server_location(location):
                self._show_error(self.tr(
                    "Enter the commission server's address, as whoever set it up gave it: "
                    "postgresql://USER@HOST/DATABASE?sslmode=verify-full."))
                self.server.setFocus()
                return
        else:
            location = self.data_dir
        if not username or not password:
            self._show_error(self.tr("Enter your user name and password."))
            return
        self.error.hide()
        self._set_busy(True)
        self._pending = location
        run_task(lambda: log_in(location, username, password), self._logged_in, self._failed)

    def _logged_in(self, result) -> None:
        self._set_busy(False)
        self.store, self.actor = result
        self.location = self._pending
        self._settings.setValue("login/last_user", self.actor.username)
        remember_language(self._settings, self.actor.username, self.language.currentData())
        if getattr(self.store, "is_server", False):
            self._settings.setValue(WORK_ON_KEY, "server")
            remember_server(self._settings, str(self.location))
        else:
            self._settings.setValue(WORK_ON_KEY, "folder")
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
