"""Locking the screen: nothing of a case is readable until the password is given again.

Pana locks when the user asks (Ctrl+L) and after ``security.idle_minutes``
without keyboard or mouse input. On locking:

* ``lock_signals().about_to_lock`` is emitted first, so that open windows write
  their autosaved drafts into the encrypted database while they still can;
* every other Pana window is hidden, and its title (which may name a case)
  becomes a neutral "Pana" until the unlock. Hidden windows keep their state:
  nothing typed is lost. A modal dialog is covered instead of hidden, because
  hiding it would end it as if the user had answered it;
* the clipboard is cleared if Pana put its contents there.

The lock dialog shows nothing of any case, and its title names no person.
Locking and unlocking are audited; a wrong password is a failed login.
"""

from __future__ import annotations

import hashlib
import logging

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.audit import Actor
from app.db.store import Store
from app.domain.errors import DomainError
from app.services import screen_lock, security_settings
from app.services.accounts import authenticate
from app.ui.messages import error_text
from app.ui.tasks import run_task

log = logging.getLogger(__name__)

#: Milliseconds in a minute of idle time (tests make minutes short).
MS_PER_MINUTE = 60_000

#: Input that shows somebody is at the keyboard.
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class LockSignals(QObject):
    """What any window may want to know about the lock (one per application).

    Windows connect here rather than to a ``LockScreen``, which they need not know.
    """

    about_to_lock = Signal()  # save drafts now: the windows are hidden next
    unlocked = Signal()


_signals: LockSignals | None = None


def lock_signals() -> LockSignals:
    global _signals
    if _signals is None or not shiboken6.isValid(_signals):
        _signals = LockSignals()
    return _signals


class _Curtain(QWidget):
    """Covers a window that must stay open (a modal dialog) while Pana is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCurtain")
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Pana is locked"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()


class LockScreen(QDialog):
    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(None)  # a window of its own: it stays when the others are hidden
        self.setObjectName("lockScreen")
        self.store, self.actor = store, actor
        self.locked = False
        self._hidden: list[QWidget] = []
        self._curtains: dict[QWidget, _Curtain] = {}
        self._titles: dict[QWidget, str] = {}
        self._active: QWidget | None = None
        self._clipboard_digest: bytes | None = None  # of text Pana put on the clipboard
        self.neutral_title = self.tr("Pana")
        self.setWindowTitle(self.tr("Pana — locked"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.message = QLabel(self.tr("<h2>Pana is locked</h2>Enter the password of {user} "
                                      "to continue.").format(user=actor.username))
        self.message.setObjectName("lockMessage")
        layout.addWidget(self.message)
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.password)
        self.error = QLabel()
        self.error.setObjectName("unlockError")
        self.error.setStyleSheet("QLabel { color: #b00020; }")
        self.error.hide()
        layout.addWidget(self.error)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._try_unlock)
        layout.addWidget(self.unlock_button)

        self.idle_timer = QTimer(self)
        self.idle_timer.setObjectName("idleTimer")
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(self._idle_minutes() * MS_PER_MINUTE)
        self.idle_timer.timeout.connect(self._idle)
        app = QApplication.instance()
        app.installEventFilter(self)
        app.clipboard().dataChanged.connect(self._clipboard_changed)
        self._owner = parent
        if parent is not None:  # the window that owns the lock takes it along when it goes
            parent.destroyed.connect(self.deleteLater)
        self.idle_timer.start()

    def _idle_minutes(self) -> int:
        try:
            with self.store.uow(readonly=True) as uow:
                return security_settings.idle_minutes(uow)
        except DomainError as exc:  # the database is busy or damaged: lock early, not never
            log.warning("idle time not read, using the default: %s", exc)
            return security_settings.DEFAULT_IDLE_MINUTES

    # ---- watching the whole application

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self.locked:
            if kind in INPUT_EVENTS:
                self.idle_timer.start()
        elif kind == QEvent.Type.Show:
            if self._foreign_window(watched):
                # Shown while locked (a late answer, a message): keep it covered.
                QTimer.singleShot(0, lambda w=watched: self._cover_late(w))
        elif kind == QEvent.Type.Resize and watched in self._curtains:
            self._curtains[watched].setGeometry(watched.rect())
        elif kind == QEvent.Type.WindowTitleChange and watched in self._titles:
            title = watched.windowTitle()
            if title != self.neutral_title:  # changed behind the lock: restore that one
                self._titles[watched] = title
                watched.setWindowTitle(self.neutral_title)
        return False

    def _foreign_window(self, watched: QObject) -> bool:
        return (isinstance(watched, QWidget) and watched.isWindow() and watched is not self
                and not self.isAncestorOf(watched))

    def _clipboard_changed(self) -> None:
        clipboard = QApplication.clipboard()
        ours = clipboard.ownsClipboard() or QApplication.activeWindow() is not None
        self._clipboard_digest = _digest(clipboard.text()) if ours else None

    def _idle(self) -> None:
        if self.locked:
            return
        if self._owner is not None:
            shown = shiboken6.isValid(self._owner) and self._owner.isVisible()
        else:
            shown = any(w.isVisible() for w in QApplication.topLevelWidgets()
                        if self._foreign_window(w))
        if not shown:  # nothing on the screen could be read: wait for the next idle spell
            self.idle_timer.start()
            return
        self.lock(screen_lock.IDLE)

    # ---- locking

    def lock(self, reason: str = screen_lock.BY_USER) -> None:
        if self.locked:
            return
        self.idle_timer.stop()
        lock_signals().about_to_lock.emit()  # drafts are written before anything is hidden
        self.locked = True
        self._active = QApplication.activeWindow()
        self._clear_clipboard()
        for widget in QApplication.topLevelWidgets():
            if not self._foreign_window(widget):
                continue
            self._neutral(widget)
            if not widget.isVisible():
                continue
            if widget.windowModality() != Qt.WindowModality.NonModal:
                self._curtains[widget] = _Curtain(widget)
            else:
                widget.hide()
                self._hidden.append(widget)
        self.password.clear()
        self.error.hide()
        self.unlock_button.setEnabled(True)
        self.show()
        self.raise_()
        self.activateWindow()
        self.password.setFocus()
        self._audit(lambda uow: screen_lock.record_lock(uow, self.actor, reason))

    def _neutral(self, widget: QWidget) -> None:
        if widget not in self._titles:
            self._titles[widget] = widget.windowTitle()
        widget.setWindowTitle(self.neutral_title)

    def _cover_late(self, widget: QWidget) -> None:
        if not self.locked or not shiboken6.isValid(widget) or not widget.isVisible():
            return
        self._neutral(widget)
        if widget not in self._curtains:
            self._curtains[widget] = _Curtain(widget)
        if widget.windowModality() != Qt.WindowModality.NonModal:
            # A newer modal window would take the keyboard from the lock: come back on top.
            self.hide()
            self.show()
        self.raise_()
        self.activateWindow()
        self.password.setFocus()

    def _clear_clipboard(self) -> None:
        clipboard = QApplication.clipboard()
        if clipboard.ownsClipboard() or (
                self._clipboard_digest is not None
                and _digest(clipboard.text()) == self._clipboard_digest):
            clipboard.clear()
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
        self._clipboard_digest = None

    # ---- unlocking

    def _try_unlock(self) -> None:
        password = self.password.text()
        self.unlock_button.setEnabled(False)
        store, actor = self.store, self.actor

        def check():
            # A wrong password is a failed login (and counts towards the lockout).
            authenticate(store, actor.username, password)
            with store.uow() as uow:
                screen_lock.record_unlock(uow, actor)

        run_task(check, self._unlocked, self._failed)

    def _unlocked(self, _result) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        self.locked = False
        self.hide()
        for curtain in self._curtains.values():
            if shiboken6.isValid(curtain):
                curtain.deleteLater()
        for widget, title in self._titles.items():
            if shiboken6.isValid(widget) and widget.windowTitle() == self.neutral_title:
                widget.setWindowTitle(title)
        for widget in self._hidden:
            if shiboken6.isValid(widget):
                widget.show()
        if self._active is not None and shiboken6.isValid(self._active) \
                and self._active.isVisible():
            self._active.activateWindow()
        self._hidden, self._curtains, self._titles, self._active = [], {}, {}, None
        self.idle_timer.start()
        lock_signals().unlocked.emit()

    def _failed(self, exc: Exception) -> None:
        self.unlock_button.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.show()
        self.password.selectAll()

    def reject(self) -> None:  # Esc must not unlock
        pass

    def _audit(self, write) -> None:
        store = self.store

        def run():
            with store.uow() as uow:
                write(uow)

        run_task(run, lambda _r: None, self._audit_failed)

    def _audit_failed(self, exc: Exception) -> None:
        # The lock holds either way; the trail misses this entry, and the log says so.
        log.warning("the lock could not be audited: %s", error_text(exc))


def _digest(text: str) -> bytes:
    """Pana's clipboard text is compared by hash, so no second copy of it is kept."""
    return hashlib.sha256(text.encode("utf-8")).digest()
