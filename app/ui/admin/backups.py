"""The administrator's backups page, and the timer that takes automatic backups.

* **Back up now…** asks for a file, then copies the database in steps off the UI
  thread; a progress dialog follows the pages copied. Cancel works only until
  the copy has started: a started backup runs to its end (it takes seconds, and
  a half-written file is never left under the chosen name anyway).
* **Automatic backups**: the folder (a USB drive), every how many hours, how
  many to keep; *Save*; the last success (and this session's last failure);
  *Run automatic backup now*.
* :func:`maybe_backup` / :class:`AutomaticBackupTimer`: for the main window, to
  take the automatic backup when it is due (every 10 minutes it looks), whoever
  is logged in — the administrator's settings decide.

Every change goes through ``app.services.backups`` and ``maintenance``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.db.audit import Actor
from app.db.store import Store
from app.domain.errors import DomainError, ValidationError
from app.domain.permissions import Action, allowed
from app.services import backups
from app.services.backups import BackupSettings
from app.ui.forms import ERROR_STYLE, FieldErrors, named
from app.ui.locale_format import datetime_text, number_text
from app.ui.messages import error_text
from app.ui.tasks import Task, run_task

log = logging.getLogger(__name__)

#: How often the main window looks whether an automatic backup is due.
CHECK_EVERY_MS = 10 * 60 * 1000
#: The first look after logging in, when the laptop has just been switched on.
FIRST_CHECK_MS = 60 * 1000

CANCELLED = object()


class StartGate:
    """Cancel or start, whichever comes first, decided once for both threads."""

    WAITING, STARTED, CANCELLED = "waiting", "started", "cancelled"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.state = self.WAITING

    def start(self) -> bool:
        """The worker: may I begin? False when the user cancelled first."""
        with self._lock:
            if self.state == self.CANCELLED:
                return False
            self.state = self.STARTED
            return True

    def cancel(self) -> bool:
        """The user: stop it? False when it has started already."""
        with self._lock:
            if self.state == self.STARTED:
                return False
            self.state = self.CANCELLED
            return True


class _ProgressRelay(QObject):
    """Lives on the UI thread; the worker emits, the dialog receives (queued)."""

    progressed = Signal(int, int)


class BackupProgress(QProgressDialog):
    """Pages copied of all pages; Cancel only until the copy has begun."""

    def __init__(self, parent: QWidget, title: str, gate: StartGate) -> None:
        super().__init__(parent)
        self.setObjectName("backupProgress")
        self.setAccessibleName(self.tr("Progress of the backup"))
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setMinimumWidth(380)
        self.gate = gate
        self.started = self.cancelled = self.finished = False
        self.setRange(0, 0)  # busy until the first step says how many pages
        self.setLabelText(self.tr("Waiting to start…"))
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "backupCancel",
                                   self.tr("Cancel the backup before it starts"))
        self.setCancelButton(self.cancel_button)
        self.canceled.disconnect(self.cancel)
        self.canceled.connect(self._cancel_requested)

    def step(self, done: int, total: int) -> None:
        if self.finished:
            return
        if not self.started:
            self.started = True
            self.cancel_button.setEnabled(False)
            self.cancel_button.setToolTip(self.tr("A backup that has started runs to its end"))
        self.setRange(0, total)
        self.setValue(done)
        if done >= total:
            self.setLabelText(self.tr("Checking the backup…"))
        else:
            self.setLabelText(self.tr("Copied {done} of {total} pages").format(
                done=number_text(done), total=number_text(total)))

    def finish(self) -> None:
        self.finished = True
        self.hide()

    def _cancel_requested(self) -> None:
        if self.finished or self.cancelled:
            return
        # When the copy began meanwhile, Cancel does nothing: its first step disables it.
        if self.gate.cancel():
            self.cancelled = True
            self.setLabelText(self.tr("Cancelled; nothing was written."))
            self.finish()

    def reject(self) -> None:  # Esc: the same as Cancel
        self._cancel_requested()

    def closeEvent(self, event) -> None:
        if self.finished:
            event.accept()
            return
        event.ignore()
        self._cancel_requested()


class BackupsPage(QWidget):
    """Backups for administrators: now, automatically, and what happened last."""

    #: The file written (back up now, or an automatic backup run from here).
    backup_written = Signal(str)
    #: A backup failed; the message in the interface language.
    backup_failed = Signal(str)
    progressed = Signal(int, int)
    loaded = Signal()
    settings_saved = Signal()

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsPage")
        self.store, self.actor = store, actor
        self.settings: BackupSettings | None = None
        self.progress_dialog: BackupProgress | None = None
        self._running = False
        self._generation = 0  # settings read or saved; only the latest answer is shown
        may_backup = allowed(actor.role, Action.BACKUP)
        may_configure = may_backup and allowed(actor.role, Action.EDIT_SETTINGS)

        intro = QLabel(self.tr(
            "A backup is a copy of the whole database, encrypted with the same key, with the "
            "key file beside it (.keys). Keep backups on a drive stored apart from this "
            "computer: they open with the same passwords."))
        intro.setWordWrap(True)

        now_box = QGroupBox(self.tr("Back up now"))
        now_box.setObjectName("backupNowBox")
        self.backup_button = named(QPushButton(self.tr("Back up now…")), "backupNow",
                                   self.tr("Back up now to a file you choose"))
        self.backup_button.setEnabled(may_backup)
        self.backup_button.clicked.connect(self.back_up_now)
        now_text = QLabel(self.tr("Choose where to write the backup; it is checked after it "
                                  "is written."))
        now_text.setWordWrap(True)
        now_layout = QHBoxLayout(now_box)
        now_layout.addWidget(now_text, 1)
        now_layout.addWidget(self.backup_button)

        auto_box = QGroupBox(self.tr("Automatic backups"))
        auto_box.setObjectName("automaticBackupsBox")
        self.folder_edit = named(QLineEdit(), "backupFolder",
                                 self.tr("Folder for automatic backups"))
        self.folder_edit.setPlaceholderText(self.tr("No folder: automatic backups are off"))
        self.folder_edit.setClearButtonEnabled(True)
        self.choose_button = named(QPushButton(self.tr("Choose…")), "chooseBackupFolder",
                                   self.tr("Choose the folder for automatic backups"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.every_spin = named(QSpinBox(), "backupEveryHours",
                                self.tr("Hours between automatic backups"))
        self.every_spin.setRange(1, backups.MAX_EVERY_HOURS)
        self.every_spin.setSuffix(self.tr(" hours"))
        self.keep_spin = named(QSpinBox(), "backupKeep",
                               self.tr("Number of automatic backups to keep"))
        self.keep_spin.setRange(1, backups.MAX_KEEP)
        self.keep_spin.setSuffix(self.tr(" backups"))
        self.save_button = named(QPushButton(self.tr("Save")), "saveBackupSettings",
                                 self.tr("Save the automatic backup settings"))
        self.save_button.clicked.connect(self.save_settings)
        self.run_button = named(QPushButton(self.tr("Run automatic backup now")),
                                "runAutomaticBackup",
                                self.tr("Take the automatic backup now"))
        self.run_button.clicked.connect(self.run_automatic_now)
        for widget in (self.folder_edit, self.choose_button, self.every_spin, self.keep_spin,
                       self.save_button):
            widget.setEnabled(may_configure)
        self.run_button.setEnabled(False)  # until settings with a folder are loaded
        self._may_backup = may_backup

        general = QLabel()
        general.setObjectName("backupSettingsErrors")
        self.errors = FieldErrors(general)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        for spin in (self.every_spin, self.keep_spin):
            spin.setMinimumWidth(140)
        keep_note = QLabel(self.tr("Older automatic backups of this database are deleted; "
                                   "other files in the folder are never touched."))
        keep_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self._buddy(self.tr("&Folder:"), self.folder_edit),
                    self._with_error(folder_row, "backup.folder", self.folder_edit))
        form.addRow(self._buddy(self.tr("&Every:"), self.every_spin),
                    self._with_error(self.every_spin, "backup.every_hours", self.every_spin))
        form.addRow(self._buddy(self.tr("&Keep:"), self.keep_spin),
                    self._with_error(self.keep_spin, "backup.keep", self.keep_spin, keep_note))
        self.last_label = QLabel()
        self.last_label.setObjectName("lastAutomaticBackup")
        self.last_label.setWordWrap(True)
        self.last_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.failure_label = QLabel()
        self.failure_label.setObjectName("lastBackupFailure")
        self.failure_label.setWordWrap(True)
        self.failure_label.setStyleSheet(ERROR_STYLE)
        self.failure_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        auto_layout = QVBoxLayout(auto_box)
        auto_layout.addLayout(form)
        auto_layout.addWidget(general)
        auto_layout.addLayout(buttons)
        auto_layout.addWidget(self.last_label)
        auto_layout.addWidget(self.failure_label)

        self.status_line = QLabel()
        self.status_line.setObjectName("backupStatus")
        self.status_line.setWordWrap(True)
        self.status_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(now_box)
        layout.addWidget(auto_box)
        layout.addWidget(self.status_line)
        layout.addStretch(1)
        self.refresh()

    def _with_error(self, field, path: str, widget: QWidget, note: QLabel | None = None):
        """The field with its (hidden) error label under it, taking no room while hidden."""
        box = QVBoxLayout()
        box.setSpacing(2)
        row = QHBoxLayout()
        if isinstance(field, QWidget):
            row.addWidget(field)
            row.addStretch(1)
        else:
            row.addLayout(field)
        box.addLayout(row)
        box.addWidget(self.errors.label_for(path, widget))
        if note is not None:
            box.addWidget(note)
        return box

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    # ---- settings

    def refresh(self) -> None:
        # Reads may finish out of order (the first one and the one after a backup), or
        # after a save: an older read arriving last must not put old settings back.
        self._generation += 1
        generation = self._generation
        store = self.store

        def done(settings: BackupSettings) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show_settings(settings)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._load_failed(exc)

        run_task(lambda: backups.backup_settings(store), done, failed)

    def _show_settings(self, settings: BackupSettings) -> None:
        self.settings = settings
        self.folder_edit.setText(settings.folder)
        self.every_spin.setValue(settings.every_hours)
        self.keep_spin.setValue(settings.keep)
        self._show_state()
        self.loaded.emit()

    def _show_state(self) -> None:
        settings = self.settings
        if settings is None:
            return
        if settings.last_success_at is not None:
            text = self.tr("Last automatic backup: {time} ({state}), {file}").format(
                time=datetime_text(settings.last_success_at), state=self.tr("ok"),
                file=settings.last_file)
        else:
            text = self.tr("Last automatic backup: none yet.")
        if settings.enabled:
            due = settings.next_due()
            text += "\n" + (self.tr("Next: {time}").format(time=datetime_text(due))
                            if due and due > datetime.now(UTC) else self.tr("Next: now (due)"))
        else:
            text += "\n" + self.tr("Automatic backups are off: choose a folder and save.")
        self.last_label.setText(text)
        failure = backups.last_failure()
        if failure is not None:
            problem = error_text(failure.error)
            self.failure_label.setText(self.tr("The automatic backup at {time} failed: "
                                               "{problem}").format(
                time=datetime_text(failure.at), problem=problem))
            if self.status_line.text() == problem:  # said above already, whole
                self._say(self.tr("The backup failed: see why above."), error=True)
        self.failure_label.setVisible(failure is not None)
        self.run_button.setEnabled(self._may_backup and settings.enabled and not self._running)

    def _load_failed(self, exc: Exception) -> None:
        self._say(error_text(exc), error=True)

    def choose_folder(self) -> None:
        start = self.folder_edit.text() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for automatic backups"), start)
        if folder:
            self.folder_edit.setText(folder)

    def save_settings(self) -> None:
        self.errors.clear()
        store, actor = self.store, self.actor
        folder, every, keep = self.folder_edit.text(), self.every_spin.value(), \
            self.keep_spin.value()

        def work() -> BackupSettings:
            with store.uow() as uow:
                return backups.set_backup_settings(uow, actor, folder, every, keep,
                                                   keyfile=store.keyfile)

        self.save_button.setEnabled(False)
        run_task(work, self._saved, self._save_failed)

    def _saved(self, settings: BackupSettings) -> None:
        self.save_button.setEnabled(True)
        self._generation += 1  # what was saved is newer than any read still running
        self._show_settings(settings)
        self._say(self.tr("Settings saved."))
        self.settings_saved.emit()

    def _save_failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            first = self.errors.show(exc.errors)
            if first is not None:
                first.setFocus()
            return
        self._say(error_text(exc), error=True)

    # ---- backing up

    def back_up_now(self) -> None:
        folder = (self.settings.folder if self.settings and self.settings.folder
                  else str(Path.home()))
        # Not the automatic pattern: rotation must never delete a backup made by hand.
        name = f"pana-backup-{datetime.now():%Y-%m-%d-%H%M}.db"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Back up to"), str(Path(folder) / name),
            self.tr("Pana backups (*.db)"))
        if not path:
            return
        target = Path(path if path.endswith(".db") else path + ".db")
        store, actor = self.store, self.actor
        self._run(self.tr("Backing up"),
                  lambda progress: backups.back_up_to(store, actor, target, progress))

    def run_automatic_now(self) -> None:
        store, actor = self.store, self.actor
        self._run(self.tr("Automatic backup"),
                  lambda progress: backups.run_automatic_backup(
                      store, actor, datetime.now(UTC), progress))

    def _run(self, title: str, work: Callable[[Callable[[int, int], None]], Path | None]) -> None:
        if self._running:
            return
        gate = StartGate()
        relay = _ProgressRelay(self)
        if self.progress_dialog is not None:
            self.progress_dialog.deleteLater()
        dialog = self.progress_dialog = BackupProgress(self, title, gate)
        relay.progressed.connect(dialog.step)
        relay.progressed.connect(self.progressed)

        def task():
            if not gate.start():
                return CANCELLED
            return work(relay.progressed.emit)

        self._set_running(True)
        self._say(self.tr("Backing up…"))
        dialog.show()
        run_task(task, lambda result: self._finished(dialog, relay, result),
                 lambda exc: self._failed(dialog, relay, exc))

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.backup_button.setEnabled(self._may_backup and not running)
        self._show_state()
        if self.settings is None:
            self.run_button.setEnabled(False)

    def _finished(self, dialog: BackupProgress, relay: QObject, result) -> None:
        dialog.finish()
        relay.deleteLater()
        self._set_running(False)
        if result is CANCELLED:
            self._say(self.tr("The backup was cancelled before it started; nothing was "
                              "written."))
        elif result is None:
            self._say(self.tr("No folder is set for automatic backups: choose one and save."),
                      error=True)
        else:
            self._say(self.tr("Backup written to {path} and checked: it opens with the key "
                              "and is whole. Its key file is beside it.").format(path=result))
            self.backup_written.emit(str(result))
        self.refresh()

    def _failed(self, dialog: BackupProgress, relay: QObject, exc: Exception) -> None:
        dialog.finish()
        relay.deleteLater()
        message = error_text(exc)
        self._say(message, error=True)
        self._set_running(False)
        self.backup_failed.emit(message)
        QMessageBox.warning(self, self.tr("Backup failed"), message)
        self.refresh()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status_line.setStyleSheet(ERROR_STYLE if error else "")
        self.status_line.setText(text)


# ---------------------------------------------------------------------------
# for the main window


def maybe_backup(store: Store, actor: Actor,
                 done: Callable[[Path | None], None] | None = None,
                 failed: Callable[[Exception], None] | None = None) -> Task | None:
    """Take the automatic backup off the UI thread if one is due; None if one is running.

    ``done`` gets the file written, or None (not due, or no folder). A failure
    (the drive is not plugged in) goes to ``failed`` and is remembered by
    ``backups.last_failure()`` for the backups page; it is tried again at the next
    call. Nothing about it is written into the database.
    """
    if backups.running():
        return None
    return run_task(lambda: backups.run_if_due(store, actor), done or _ignore,
                    failed or _log_failure)


def _ignore(_result) -> None:
    pass


def _log_failure(exc: Exception) -> None:
    if isinstance(exc, DomainError):  # the folder's path, never applicant data
        log.warning("automatic backup failed: %s", exc.message)


class AutomaticBackupTimer(QObject):
    """Looks every 10 minutes whether an automatic backup is due, and takes it.

    ``written(path)`` and ``failed(message)`` (in the interface language) are
    for the status bar.
    """

    written = Signal(str)
    failed = Signal(str)

    def __init__(self, store: Store, actor: Actor, parent: QObject | None = None, *,
                 interval_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(parent)
        self.setObjectName("automaticBackupTimer")
        self.store, self.actor = store, actor
        self.timer = QTimer(self)
        self.timer.setObjectName("automaticBackupTick")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self, first_check_ms: int = FIRST_CHECK_MS) -> None:
        self.timer.start()
        QTimer.singleShot(first_check_ms, self, self.check)

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> Task | None:
        return maybe_backup(self.store, self.actor, self._done, self._failed)

    def _done(self, path: Path | None) -> None:
        if path is not None:
            self.written.emit(str(path))

    def _failed(self, exc: Exception) -> None:
        _log_failure(exc)
        self.failed.emit(error_text(exc))
