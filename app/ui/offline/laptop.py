"""The laptop's side of offline work: the "Offline" menu of a laptop's main window.

``app.services.checkout`` tells the whole story. On the laptop there are two ways:

- **With files** (a USB stick, no network): ``ask_for_cases`` writes the request file and
  shows the laptop's fingerprint to read to the office; ``take_cases`` takes the package
  the office wrote; later ``write_checkin`` writes everything back into a check-in file,
  and ``take_receipt`` takes the office's receipt, which removes the returned cases.
- **Directly**, when the laptop can reach the commission server:
  ``check_out_from_server`` and ``check_in_to_server`` log in to the server with the same
  user name (``bootstrap.log_in(url, …)``) and run the same service functions in memory.

Every function takes ``(store, actor, parent)``. Slow work runs off the UI thread
(``tasks.run_task``); the file functions return an ``OfflineJob`` (signals
``finished(result)`` and ``failed(message)``, after the message to the user was shown)
or None when the person cancelled; the direct ones return their dialog, already open.
``laptop_status_text(store)`` is the line for the status bar, ``fill_menu`` puts the
actions into a menu. Files are written whole or not at all (``printing.write_pdf``), only
where the person chose; nothing about a case is logged or kept in a temporary file.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, QSettings, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.db.audit import Actor
from app.db.guard import HELD, KIND_CASE, KIND_QUOTA, LINK_SETTING
from app.db.models import Checkout, Setting
from app.domain.errors import DomainError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.services import checkout, sealed
from app.ui.bidi import isolate
from app.ui.forms import named
from app.ui.locale_format import date_text, localize_date_edit, number_text
from app.ui.login import remembered_server, server_title, without_password
from app.ui.messages import error_text
from app.ui.tasks import ExpectedFailure, run_task

CONTEXT = "Offline"
#: QSettings: the folder files were last written to or read from, and the server address.
FOLDER_KEY = "offline/folder"
SERVER_KEY = "offline/server"
#: Files this big are not read at all (``sealed`` refuses them anyway).
MAX_FILE_BYTES = sealed.MAX_BYTES
#: At most this many of the officer's cases are listed to choose from.
CASE_LIST_LIMIT = 500
DEFAULT_DAYS_OUT = 14
_FILES = _N("Offline", "Pana exchange files (*.pana);;All files (*)")


# lupdate reads ``translate("Offline", "…")`` calls; ``_t`` translates a marked text.
translate = QCoreApplication.translate


def _t(text: str) -> str:
    return translate(CONTEXT, text)


class LaptopTexts(QObject):
    """Counted phrases (``%Ln``) of the laptop's messages."""

    def arrived(self, n: int, office: str, numbers: str) -> str:
        return self.tr("%Ln case(s) arrived from “{office}”: {numbers}.", "", n).format(
            office=office, numbers=numbers)

    def quota(self, n: int) -> str:
        return self.tr("You may register %Ln new petition(s) on this laptop.", "", n)

    def held(self, n: int, due_on: date | None, today: date) -> str:
        if due_on is None:
            return self.tr("%Ln case(s) held", "", n)
        if due_on < today:
            return self.tr("%Ln case(s) held, overdue since {date}", "", n).format(
                date=date_text(due_on))
        return self.tr("%Ln case(s) held, back by {date}", "", n).format(
            date=date_text(due_on))

    def quota_used(self, used: int, n: int) -> str:
        return self.tr("{used} of %Ln new petition(s) used", "", n).format(
            used=number_text(used))

    def removed(self, n: int, numbers: str) -> str:
        return self.tr("%Ln case(s) handed back and removed from this laptop: {numbers}.",
                       "", n).format(numbers=numbers)

    def renumbered(self, n: int, pairs: str) -> str:
        return self.tr("%Ln new petition(s) got their permanent numbers: {pairs}.",
                       "", n).format(pairs=pairs)

    def checkin_holds(self, n: int, new: int) -> str:
        cases = self.tr("%Ln case(s)", "", n)
        if not new:
            return self.tr("The file holds {cases}.").format(cases=cases)
        return self.tr("The file holds {cases} and %Ln new petition(s).", "", new).format(
            cases=cases)

    def plan(self, n: int, changed: int, new: int) -> str:
        text = self.tr("%Ln case(s) go back to the office; changed on this laptop: "
                       "{changed}.", "", n).format(changed=number_text(changed))
        if new:
            text += " " + self.tr("%Ln new petition(s) get their permanent numbers.", "", new)
        return text

    def conflicts(self, n: int) -> str:
        return self.tr("%Ln value(s) were changed both on this laptop and at the office: "
                       "choose which to keep before checking in.", "", n)

    def decided(self, n: int) -> str:
        return self.tr("All %Ln value(s) decided.", "", n)

    def server_cases(self, n: int) -> str:
        return self.tr("Your cases on the server (%Ln):", "", n)


def _texts() -> LaptopTexts:
    return LaptopTexts()


# ---------------------------------------------------------------------------
# the state of the laptop


@dataclass(frozen=True)
class LaptopState:
    office: str
    cases: int
    numbers: list[str]
    due_on: date | None
    quota: int
    quota_used: int


def laptop_state(store) -> LaptopState | None:
    """What this laptop holds for its office, or None when the store is not a laptop
    (a commission server, or a data folder that never took a check-out package)."""
    if getattr(store, "is_server", False):
        return None
    from app.db.models import Case

    with store.uow(readonly=True) as uow:
        session = uow.session
        link = session.get(Setting, LINK_SETTING)
        if link is None:
            return None
        value = link.value
        rows = session.execute(
            select(Checkout.kind, Checkout.due_on, Checkout.quota, Checkout.quota_used,
                   Case.number).outerjoin(Case, Case.id == Checkout.case_id)
            .where(Checkout.state == HELD).order_by(Case.number)).all()
    try:
        office = str(json.loads(value).get("name", ""))
    except (ValueError, AttributeError):
        office = ""
    numbers = [row.number or "" for row in rows if row.kind == KIND_CASE]
    quotas = [row for row in rows if row.kind == KIND_QUOTA]
    due = min((row.due_on for row in rows), default=None)
    return LaptopState(office, len(numbers), numbers, due, sum(q.quota for q in quotas),
                       sum(q.quota_used for q in quotas))


def laptop_status_text(store, today: date | None = None) -> str | None:
    """The status bar's line on a laptop ("Laptop of “Office”: 5 cases held, back by
    12.12.2026; 2 of 3 new petitions used"), or None when the store is not a laptop."""
    state = laptop_state(store)
    if state is None:
        return None
    texts = _texts()
    today = today or date.today()
    parts = []
    if state.cases or state.quota:
        parts.append(texts.held(state.cases, state.due_on, today))
        if state.quota:
            parts.append(texts.quota_used(state.quota_used, state.quota))
    else:
        parts.append(translate("Offline", "no cases held"))
    return translate("Offline", "Laptop of “{office}”: {details}").format(
        office=isolate(state.office), details="; ".join(parts))


# ---------------------------------------------------------------------------
# files


def _settings() -> QSettings:
    return QSettings()


def _folder() -> Path:
    folder = str(_settings().value(FOLDER_KEY, "") or "")
    if folder and Path(folder).is_dir():
        return Path(folder)
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def _remember_folder(path: Path) -> None:
    _settings().setValue(FOLDER_KEY, str(path.parent))


def _save_name(parent: QWidget | None, title: str, name: str, filters: str) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(_folder() / name),
                                                  filters)
    if not chosen:
        return None
    path = Path(chosen)
    suffix = Path(name).suffix
    if suffix and not path.suffix:
        path = path.with_name(path.name + suffix)
    _remember_folder(path)
    return path


def _open_name(parent: QWidget | None, title: str) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, str(_folder()), _t(_FILES))
    if not chosen:
        return None
    path = Path(chosen)
    _remember_folder(path)
    return path


def _write(path: Path, data: bytes) -> None:
    """Whole or not at all (a temporary file beside it, synced, renamed)."""
    from app.ui.printing import write_pdf

    write_pdf(path, data)


def _read(path: Path) -> bytes:
    """A file the person chose, its size checked before it is read."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ExpectedFailure(translate(
                "Offline", "“{file}” is larger than any file the office or a laptop writes; "
                           "choose the file Pana wrote.").format(file=str(path)))
        return path.read_bytes()
    except OSError as exc:
        raise ExpectedFailure(translate(
            "Offline", "“{file}” could not be read: {reason}").format(
                file=str(path), reason=exc.strerror or exc.__class__.__name__)) from None


def _not_on_server(store, parent: QWidget | None) -> bool:
    """A commission server is no laptop: say so and do nothing."""
    if getattr(store, "is_server", False):
        QMessageBox.information(parent, translate("Offline", "Offline work"), translate(
            "Offline", "Pana is working on the commission server here. Cases are taken "
                       "offline on a laptop that works on its own data folder."))
        return False
    return True


class OfflineJob(QObject):
    """One piece of slow work for the laptop, with a busy window meanwhile; the answer is
    shown to the person, then ``finished`` (the service's result) or ``failed`` (the
    message shown) is emitted. Dropped when ``parent`` is deleted meanwhile."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None, busy_text: str, title: str,
                 work: Callable[[], Any], report: Callable[[Any], str]) -> None:
        super().__init__(parent)
        self.setObjectName("offlineJob")
        self._parent = parent
        self._title = title
        self._report = report
        self.progress = QProgressDialog(busy_text, "", 0, 0, parent)
        self.progress.setObjectName("offlineBusy")
        self.progress.setWindowTitle(title)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        run_task(work, self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.progress.close()
        self.progress.deleteLater()
        QMessageBox.information(self._parent, self._title, self._report(result))
        self.finished.emit(result)

    def _failed(self, exc: Exception) -> None:
        self.progress.close()
        self.progress.deleteLater()
        text = error_text(exc)
        QMessageBox.warning(self._parent, self._title, text)
        self.failed.emit(text)


def _numbers(numbers: list[str]) -> str:
    return ", ".join(numbers)


def accepted_text(accepted: checkout.Accepted) -> str:
    """What a check-out package brought: the cases, the quota, the return date."""
    texts = _texts()
    office = isolate(accepted.server_name)
    lines = []
    if accepted.numbers:
        lines.append(texts.arrived(len(accepted.numbers), office, _numbers(accepted.numbers)))
    else:
        lines.append(translate(
            "Offline", "No cases came with this package from “{office}”.").format(
                office=office))
    if accepted.quota:
        lines.append(texts.quota(accepted.quota))
    if accepted.due_on is not None:
        lines.append(translate(
            "Offline", "Bring them back by {date}: check them in to the server, or write the "
                       "check-in file (Offline → Write the check-in file…) and take it to the "
                       "office.").format(date=date_text(accepted.due_on)))
    return "\n\n".join(lines)


def finished_text(finished: checkout.Finished) -> str:
    """What the office's receipt did on this laptop."""
    texts = _texts()
    numbers = finished.numbers
    handed = [n for n in finished.removed if n not in numbers]
    lines = []
    if handed:
        lines.append(texts.removed(len(handed), _numbers(handed)))
    if numbers:
        pairs = ", ".join(f"{old} → {new}" for old, new in sorted(numbers.items()))
        lines.append(texts.renumbered(len(numbers), pairs))
    if not lines:
        lines.append(translate("Offline", "The receipt handed nothing back: this laptop still "
                                          "holds its cases."))
    else:
        lines.append(translate("Offline", "No data of these cases is left on this laptop."))
    return "\n\n".join(lines)


# ---------------------------------------------------------------------------
# the four steps with files


def ask_for_cases(store, actor: Actor, parent: QWidget | None = None) -> Path | None:
    """Write the laptop's request file where the person chooses, and show the laptop's
    fingerprint to read to the office. The written path, or None when cancelled."""
    if not _not_on_server(store, parent):
        return None
    title = translate("Offline", "Ask the office for cases")
    path = _save_name(parent, title, f"pana-request-{actor.username}.json",
                      translate("Offline", "Request files (*.json);;All files (*)"))
    if path is None:
        return None
    try:
        _write(path, checkout.device_request(store, actor))
    except (ExpectedFailure, DomainError) as exc:
        QMessageBox.warning(parent, title, error_text(exc))
        return None
    fingerprint = sealed.Keys.of_store(store).public.fingerprint()
    QMessageBox.information(parent, title, translate(
        "Offline", "The request was written to “{file}”. Take it to the office (it holds no "
                   "case data and no secret).\n\nWhen the office reads it, they see this "
                   "laptop's fingerprint. Read it to them, and check that it is the same:"
                   "\n\n{fingerprint}").format(file=str(path), fingerprint=fingerprint))
    return path


def take_cases(store, actor: Actor, parent: QWidget | None = None) -> OfflineJob | None:
    """Take the check-out package the office wrote for this laptop."""
    if not _not_on_server(store, parent):
        return None
    title = translate("Offline", "Take the cases in")
    path = _open_name(parent, translate("Offline", "Choose the check-out package from the office"))
    if path is None:
        return None

    def work() -> checkout.Accepted:
        data = _read(path)
        with store.uow() as uow:
            return checkout.accept_checkout(uow, actor, store, data)

    return OfflineJob(parent, translate("Offline", "Taking the cases in…"), title, work,
                      accepted_text)


def write_checkin(store, actor: Actor, parent: QWidget | None = None) -> OfflineJob | None:
    """Write everything this laptop holds for the office into a check-in file."""
    if not _not_on_server(store, parent):
        return None
    title = translate("Offline", "Write the check-in file")
    path = _save_name(parent, title, f"pana-checkin-{date.today().isoformat()}.pana",
                      _t(_FILES))
    if path is None:
        return None

    def work() -> tuple[int, int]:
        with store.uow() as uow:
            data = checkout.checkin_file(uow, actor, store)
        _write(path, data)
        state = laptop_state(store)
        with store.uow(readonly=True) as uow:
            from app.db.models import Case

            total = len(uow.session.execute(select(Case.id)).all())
        held = state.cases if state else 0
        return held, max(total - held, 0) if state and state.quota else 0

    def report(counts: tuple[int, int]) -> str:
        held, new = counts
        return "\n\n".join((
            translate("Offline", "The check-in file was written to “{file}”.").format(
                file=str(path)),
            _texts().checkin_holds(held, new),
            translate("Offline", "Take it to the office. The cases stay on this laptop until "
                                 "you take the office's receipt (Offline → Take the receipt…); "
                                 "only then are they removed from here.")))

    return OfflineJob(parent, translate("Offline", "Writing the check-in file…"), title, work,
                      report)


def take_receipt(store, actor: Actor, parent: QWidget | None = None) -> OfflineJob | None:
    """Take the office's receipt: the cases it has back leave this laptop."""
    if not _not_on_server(store, parent):
        return None
    title = translate("Offline", "Take the receipt")
    path = _open_name(parent, translate("Offline", "Choose the receipt from the office"))
    if path is None:
        return None

    def work() -> checkout.Finished:
        data = _read(path)
        with store.uow() as uow:
            return checkout.finish_checkin(uow, actor, store, data)

    return OfflineJob(parent, translate("Offline", "Taking the receipt…"), title, work,
                      finished_text)


# ---------------------------------------------------------------------------
# directly with the server


class _NotTaken(ExpectedFailure):
    """The server did its part, the laptop could not take the answer: keep it in a file."""

    def __init__(self, message: str, data: bytes, name: str) -> None:
        super().__init__(message)
        self.data = data
        self.name = name


@dataclass(frozen=True)
class _Connected:
    store: Any
    actor: Actor
    extra: Any


class ServerExchangeDialog(QDialog):
    """Connect to the commission server as the laptop's user, then do one exchange.

    Subclasses fill ``body`` and implement ``_after_login`` (runs off the UI thread with
    the open server store) and ``_show_connected``. The server store is closed when the
    dialog closes; the dialog does not close while work is under way.
    """

    ACTION = ""

    def __init__(self, store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.laptop_store = store
        self.actor = actor
        self.server_store = None
        self.server_actor: Actor | None = None
        self._busy = False
        self.setMinimumWidth(560)

        self.intro = QLabel()
        self.intro.setObjectName("serverIntro")
        self.intro.setWordWrap(True)

        form = QFormLayout()
        settings = _settings()
        remembered = str(settings.value(SERVER_KEY, "") or "") or remembered_server(settings)
        self.address = named(QLineEdit(remembered), "serverAddress", self.tr("Server address"))
        self.address.setPlaceholderText("postgresql://pana@server/pana?sslmode=verify-full")
        self.address.setCursorPosition(0)  # the host and database, not the end of the query
        self.address.setToolTip(self.tr(
            "The commission server's address, as whoever set it up gave it. Do not write the "
            "database password in it: PostgreSQL reads it from its password file, ~/.pgpass "
            "(on Windows %APPDATA%\\postgresql\\pgpass.conf)."))
        self.user = QLabel(actor.username)
        self.user.setObjectName("serverUser")
        self.user.setToolTip(self.tr("On the server you log in with the same user name as "
                                     "on this laptop."))
        self.password = named(QLineEdit(), "serverPassword",
                              self.tr("Your password on the server"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.connect_button = named(QPushButton(self.tr("&Connect")), "serverConnect",
                                    self.tr("Connect to the server"))
        self.connect_button.clicked.connect(self._connect)
        self.password.returnPressed.connect(self._connect)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.connect_button)
        form.addRow(self.tr("&Server:"), self.address)
        form.addRow(self.tr("User:"), self.user)
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.password)
        form.addRow(password_label, password_row)

        self.connected = QLabel()
        self.connected.setObjectName("serverConnected")
        self.connected.setWordWrap(True)
        self.connected.hide()

        self.body = QWidget()
        self.body.setObjectName("serverBody")
        self.body.setEnabled(False)
        self.body.hide()  # until connected: what is there to choose comes from the server

        self.error = QLabel()
        self.error.setObjectName("serverError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setStyleSheet("QLabel { color: #b00020; }")
        self.error.hide()

        self.busy = QProgressBar()
        self.busy.setObjectName("serverBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()

        self.buttons = QDialogButtonBox()
        self.buttons.setObjectName("serverButtons")
        self.action = named(self.buttons.addButton(
            self.tr(self.ACTION), QDialogButtonBox.ButtonRole.ActionRole),
            "serverAction", self.tr(self.ACTION).replace("&", ""))
        self.action.setEnabled(False)
        self.action.setAutoDefault(False)
        self.action.clicked.connect(self._act)
        self.close_button = named(self.buttons.addButton(QDialogButtonBox.StandardButton.Close),
                                  "serverClose", self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.connected)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        (self.password if self.address.text() else self.address).setFocus()

    # ---- busy, errors, closing

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        connected = self.server_store is not None
        for widget in (self.address, self.password, self.connect_button):
            widget.setEnabled(not busy)
        self.body.setEnabled(not busy and connected)
        self.close_button.setEnabled(not busy)
        self._update_action()

    def _update_action(self) -> None:
        self.action.setEnabled(not self._busy and self.server_store is not None
                               and self._ready())

    def _ready(self) -> bool:
        return True

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._show_error("")
        self._set_busy(True)
        self._on_done = done
        run_task(work, self._task_done, self._task_failed)

    def _task_done(self, result: Any) -> None:
        self._set_busy(False)
        self._on_done(result)

    def _task_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self._show_error(error_text(exc))
        if self.server_store is None:  # the login failed: the password is typed again
            self.password.selectAll()
            self.password.setFocus()
        if isinstance(exc, _NotTaken):
            self._offer_to_keep(exc)

    def _offer_to_keep(self, exc: _NotTaken) -> None:
        """The server's answer (a package, a receipt) that the laptop could not take: saved
        to a file, it can be taken later with the file steps."""
        path = _save_name(self, self.tr("Keep the server's answer"), exc.name, _t(_FILES))
        if path is None:
            return
        try:
            _write(path, exc.data)
        except ExpectedFailure as failure:
            QMessageBox.warning(self, self.tr("Not saved"), failure.message)

    def done(self, result: int) -> None:
        if self._busy:  # the server is answering: closing now would lose its answer
            return
        self._close_server()
        super().done(result)

    def closeEvent(self, event) -> None:
        if self._busy:
            event.ignore()
            return
        self._close_server()
        super().closeEvent(event)

    def _close_server(self) -> None:
        if self.server_store is not None:
            self.server_store.close()
            self.server_store = None
            self.server_actor = None

    # ---- connecting

    def _connect(self) -> None:
        from app.bootstrap import log_in
        from app.db.server import is_server_location

        url = self.address.text().strip()
        password = self.password.text()
        if not is_server_location(url):
            self._show_error(self.tr(
                "Enter the commission server's address, as whoever set it up gave it: "
                "postgresql://USER@HOST/DATABASE?sslmode=verify-full."))
            self.address.setFocus()
            return
        if not password:
            self._show_error(self.tr("Enter your password on the server."))
            self.password.setFocus()
            return
        self._close_server()
        self.connected.hide()
        username = self.actor.username

        def work() -> _Connected:
            server_store, server_actor = log_in(url, username, password)
            try:
                return _Connected(server_store, server_actor,
                                  self._after_login(server_store, server_actor))
            except BaseException:
                server_store.close()
                raise

        self._url = url
        self._run(work, self._logged_in)

    def _logged_in(self, result: _Connected) -> None:
        self.server_store, self.server_actor = result.store, result.actor
        self.password.clear()
        _settings().setValue(SERVER_KEY, without_password(self._url))
        self.connected.setText(self.tr("Connected to the commission server {server} as {user}.")
                               .format(server=server_title(self._url), user=self.actor.username))
        self.connected.show()
        self.body.show()
        self.resize(max(self.width(), 640), max(self.height(), 540))
        self._set_busy(False)
        self._show_connected(result.extra)
        self._update_action()

    def _after_login(self, server_store, server_actor: Actor) -> Any:
        return None

    def _show_connected(self, extra: Any) -> None:
        pass

    def _act(self) -> None:
        raise NotImplementedError


class CheckOutDialog(ServerExchangeDialog):
    """Choose cases on the server and take them to this laptop, in one go."""

    ACTION = _N("CheckOutDialog", "Check &out to this laptop")

    def __init__(self, store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(store, actor, parent)
        self.setObjectName("checkOutDialog")
        self.setWindowTitle(self.tr("Check cases out from the server"))
        self.intro.setText(self.tr(
            "Take cases from the commission server to work on them on this laptop without "
            "the network. At the office they can be read, but not changed, until you check "
            "them in."))
        self.accepted_result: checkout.Accepted | None = None

        self.cases_label = QLabel(self.tr("Your cases on the server:"))
        self.cases = named(QListWidget(), "serverCases", self.tr("Cases to take"))
        self.cases.itemChanged.connect(lambda _item: self._update_action())
        self.more = named(QLineEdit(), "serverMoreNumbers", self.tr("Other case numbers"))
        self.more.setPlaceholderText("AQM-2026-00012, AQM-2026-00031")
        self.more.textChanged.connect(lambda _text: self._update_action())
        self.due = named(localize_date_edit(QDateEdit()), "serverDueOn",
                         self.tr("Bring them back by"))
        today = QDate.currentDate()
        self.due.setMinimumDate(today)
        self.due.setMaximumDate(today.addDays(checkout.MAX_DAYS_OUT))
        self.due.setDate(today.addDays(DEFAULT_DAYS_OUT))
        self.due.setCalendarPopup(True)
        self.quota = named(QSpinBox(), "serverQuota", self.tr("New petitions allowed"))
        self.quota.setRange(0, checkout.MAX_QUOTA)
        self.quota.valueChanged.connect(lambda _value: self._update_action())

        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cases_label)
        layout.addWidget(self.cases, 1)
        form = QFormLayout()
        form.addRow(self.tr("Other case &numbers:"), self.more)
        form.addRow(self.tr("Bring them &back by:"), self.due)
        form.addRow(self.tr("New petitions &allowed:"), self.quota)
        layout.addLayout(form)

    def _after_login(self, server_store, server_actor: Actor) -> Any:
        from app.services import queries

        with server_store.uow(readonly=True) as uow:
            mine = queries.list_cases(uow, server_actor, queries.CaseFilter(
                officer=server_actor.username, limit=CASE_LIST_LIMIT))
            out = {row.number: row for row in checkout.list_checkouts(uow, server_actor)
                   if row.number}
        return [(case, out.get(case.number)) for case in mine if case.closed_on is None]

    def _show_connected(self, extra: list) -> None:
        self.cases.clear()
        for case, out in extra:
            text = f"{case.number}   {isolate(case.display_name)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, case.number)
            if out is not None:
                item.setText(text + "   " + self.tr("(out to “{device}” until {date})").format(
                    device=out.device_name, date=date_text(out.due_on)))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.cases.addItem(item)
        self.cases_label.setText(_texts().server_cases(len(extra)))

    def chosen_numbers(self) -> list[str]:
        numbers = []
        for row in range(self.cases.count()):
            item = self.cases.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                numbers.append(item.data(Qt.ItemDataRole.UserRole))
        for part in self.more.text().replace(";", ",").replace(" ", ",").split(","):
            if part.strip():
                numbers.append(part.strip().upper())
        return list(dict.fromkeys(numbers))

    def _ready(self) -> bool:
        return bool(self.chosen_numbers()) or self.quota.value() > 0

    def _act(self) -> None:
        numbers = self.chosen_numbers()
        due = self.due.date().toPython()
        quota = self.quota.value()
        laptop, actor = self.laptop_store, self.actor
        server, server_actor = self.server_store, self.server_actor

        def work() -> checkout.Accepted:
            with laptop.uow(readonly=True) as uow:
                link = uow.session.get(Setting, LINK_SETTING)
                office = json.loads(link.value) if link is not None else None
            if office is not None and office.get("db_id") != server.keyfile.db_id:
                raise ExpectedFailure(translate(
                    "Offline", "This laptop works with the office “{office}”, not with this "
                               "server: it takes cases from that office only. Nothing was "
                               "checked out.").format(office=office.get("name", "")))
            request = checkout.read_request(checkout.device_request(laptop, actor))
            with server.uow() as uow:
                result = checkout.check_out(uow, server_actor, server, request, numbers, due,
                                            quota=quota)
            try:
                with laptop.uow() as uow:
                    return checkout.accept_checkout(uow, actor, laptop, result.package)
            except Exception as exc:
                raise _NotTaken(translate(
                    "Offline", "The server checked the cases out, but this laptop could not "
                               "take them in: {problem}\n\nSave the package and take it in "
                               "with Offline → Take cases in…, or ask a supervisor to release "
                               "the cases at the office.").format(problem=error_text(exc)),
                    result.package,
                    f"pana-checkout-{date.today().isoformat()}.pana") from None

        self._run(work, self._checked_out)

    def _checked_out(self, accepted: checkout.Accepted) -> None:
        self.accepted_result = accepted
        QMessageBox.information(self, self.windowTitle(), accepted_text(accepted))
        self.accept()


class CheckInDialog(ServerExchangeDialog):
    """Hand everything this laptop holds back to the server, conflicts decided first."""

    ACTION = _N("CheckInDialog", "Check &in")

    def __init__(self, store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(store, actor, parent)
        self.setObjectName("checkInDialog")
        self.setWindowTitle(self.tr("Check cases in to the server"))
        self.intro.setText(self.tr(
            "Bring the cases on this laptop back to the commission server. What you changed "
            "here is merged with the office's copy; where both changed the same value you "
            "choose which to keep. The cases leave this laptop once the server has them."))
        self.data: bytes | None = None
        self.plan: checkout.CheckinPlan | None = None
        self.choices: dict[str, dict[str, str]] = {}
        self.finished_result: checkout.Finished | None = None
        self.summary = QLabel()
        self.summary.setObjectName("checkinSummary")
        self.summary.setWordWrap(True)
        self.cases = named(QListWidget(), "checkinCases", self.tr("Cases going back"))
        self.conflict_note = QLabel()
        self.conflict_note.setObjectName("checkinConflicts")
        self.conflict_note.setWordWrap(True)
        self.decide = named(QPushButton(self.tr("&Decide the conflicts…")), "checkinDecide",
                            self.tr("Decide the values changed on both sides"))
        self.decide.setAutoDefault(False)
        self.decide.clicked.connect(self.decide_conflicts)
        self.decide.hide()
        conflicts = QHBoxLayout()
        conflicts.addWidget(self.conflict_note, 1)
        conflicts.addWidget(self.decide)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.cases, 1)
        layout.addLayout(conflicts)

    def _after_login(self, server_store, server_actor: Actor) -> Any:
        with self.laptop_store.uow() as uow:
            data = checkout.checkin_file(uow, self.actor, self.laptop_store)
        with server_store.uow(readonly=True) as uow:
            plan = checkout.read_checkin(uow, server_actor, server_store, data)
        return data, plan

    def _show_connected(self, extra: tuple[bytes, checkout.CheckinPlan]) -> None:
        self.data, self.plan = extra
        self.choices = {}
        self._show_plan()

    def _show_plan(self) -> None:
        plan = self.plan
        texts = _texts()
        changed = sum(1 for c in plan.cases if c.laptop_changed)
        self.summary.setText(texts.plan(len(plan.cases), changed, len(plan.new_cases)))
        self.cases.clear()
        for case in plan.cases:
            if case.conflicts:
                state = self.tr("changed on both sides")
            elif case.laptop_changed:
                state = self.tr("changed on this laptop")
            else:
                state = self.tr("unchanged")
            self.cases.addItem(f"{case.number}   {state}")
        new = self.tr("new petition")
        for number in plan.new_cases:
            self.cases.addItem(f"{number}   {new}")
        self.decide.setVisible(plan.conflicts > 0)
        self._show_decided()

    def _open_conflicts(self) -> int:
        return sum(len(c.conflicts) for c in self.plan.cases
                   if not self._all_chosen(c)) if self.plan else 0

    def _all_chosen(self, case: checkout.CaseCheckin) -> bool:
        chosen = self.choices.get(str(case.checkout_id), {})
        return all(conflict.key in chosen for conflict in case.conflicts)

    def _show_decided(self) -> None:
        total = self.plan.conflicts if self.plan else 0
        if not total:
            self.conflict_note.setText(self.tr("No value was changed both here and at the "
                                               "office."))
        elif self._open_conflicts():
            self.conflict_note.setText(_texts().conflicts(total))
        else:
            self.conflict_note.setText(_texts().decided(total))
        # Undecided values hold the check-in back: say so where it shows.
        self.conflict_note.setStyleSheet(
            "QLabel { font-weight: bold; }" if self._open_conflicts() else "")
        self._update_action()

    def _ready(self) -> bool:
        return self.plan is not None and not self._open_conflicts()

    def decide_conflicts(self) -> None:
        """The conflict screen: every value changed on both sides, one choice each."""
        from app.ui.offline.conflicts import ConflictScreen

        if self.plan is None:
            return
        screen = ConflictScreen(self.plan, self)
        try:
            if screen.exec() == QDialog.DialogCode.Accepted:
                self.choices = screen.choices()
        finally:
            screen.deleteLater()
        self._show_decided()

    def _act(self) -> None:
        laptop, actor = self.laptop_store, self.actor
        server, server_actor = self.server_store, self.server_actor
        data, choices = self.data, dict(self.choices)

        def work():
            try:
                with server.uow() as uow:
                    result = checkout.apply_checkin(uow, server_actor, server, data, choices)
            except checkout.CheckinConflicts:
                # Changed at the office since the plan was read: read it again.
                with server.uow(readonly=True) as uow:
                    return checkout.read_checkin(uow, server_actor, server, data, choices)
            try:
                with laptop.uow() as uow:
                    return checkout.finish_checkin(uow, actor, laptop, result.receipt)
            except Exception as exc:
                raise _NotTaken(translate(
                    "Offline", "The server took the cases in, but this laptop could not take "
                               "its receipt: {problem}\n\nSave the receipt and take it with "
                               "Offline → Take the receipt…; until then the cases stay on this "
                               "laptop.").format(problem=error_text(exc)),
                    result.receipt,
                    f"pana-receipt-{date.today().isoformat()}.pana") from None

        self._run(work, self._checked_in)

    def _checked_in(self, result) -> None:
        if isinstance(result, checkout.CheckinPlan):
            self.plan = result
            self._show_plan()
            self._show_error(self.tr("Meanwhile values were changed at the office too: "
                                     "decide the new conflicts, then check in again. Nothing "
                                     "was changed."))
            return
        self.finished_result = result
        QMessageBox.information(self, self.windowTitle(), finished_text(result))
        self.accept()


def check_out_from_server(store, actor: Actor, parent: QWidget | None = None
                          ) -> CheckOutDialog | None:
    """The direct check-out: the dialog, open (not modal to the rest of the laptop)."""
    if not _not_on_server(store, parent):
        return None
    dialog = CheckOutDialog(store, actor, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def check_in_to_server(store, actor: Actor, parent: QWidget | None = None
                       ) -> CheckInDialog | None:
    """The direct check-in: the dialog, open; None (after saying so) when this laptop
    holds nothing to bring back."""
    if not _not_on_server(store, parent):
        return None
    state = laptop_state(store)
    if state is None or not (state.cases or state.quota):
        QMessageBox.information(parent, translate("Offline", "Check cases in to the server"),
                                translate("Offline", "This laptop holds no checked-out cases: "
                                                     "there is nothing to check in."))
        return None
    dialog = CheckInDialog(store, actor, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


# ---------------------------------------------------------------------------
# the menu

#: (object name, label, function); None is a separator.
ACTIONS: list[tuple[str, str, Callable] | None] = [
    ("offlineAskForCases", _N("Offline", "&Ask for cases…"), ask_for_cases),
    ("offlineTakeCases", _N("Offline", "&Take cases in…"), take_cases),
    ("offlineWriteCheckin", _N("Offline", "&Write the check-in file…"), write_checkin),
    ("offlineTakeReceipt", _N("Offline", "Take the &receipt…"), take_receipt),
    None,
    ("offlineCheckOutFromServer", _N("Offline", "Check &out from the server…"),
     check_out_from_server),
    ("offlineCheckInToServer", _N("Offline", "Check &in to the server…"), check_in_to_server),
]


def fill_menu(menu: QMenu, store, actor: Actor, parent: QWidget,
              changed: Callable[[], None] | None = None) -> None:
    """Put the laptop's actions into ``menu`` (the main window's "Offline" menu).
    ``changed`` is called after an action changed what the laptop holds (to refresh the
    status bar's ``laptop_status_text`` and the registry)."""
    for entry in ACTIONS:
        if entry is None:
            menu.addSeparator()
            continue
        name, label, function = entry
        action = menu.addAction(_t(label))
        action.setObjectName(name)
        action.triggered.connect(
            lambda _checked=False, f=function: _start(f, store, actor, parent, changed))


def _start(function: Callable, store, actor: Actor, parent: QWidget,
           changed: Callable[[], None] | None) -> None:
    started = function(store, actor, parent)
    if changed is None:
        return
    if isinstance(started, OfflineJob):
        started.finished.connect(lambda _result: changed())
    elif isinstance(started, QDialog):
        started.accepted.connect(changed)
