"""Locking the screen: every Pana window is hidden until the password is given again.

Hidden windows keep their state, so nothing typed is lost; autosaved drafts
are already in the encrypted database. The lock dialog shows nothing of any
case, and its title names no person.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from app.services.accounts import authenticate
from app.ui.messages import error_text
from app.ui.tasks import run_task


class LockScreen(QDialog):
    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(None)
        self.setObjectName("lockScreen")
        self.store, self.actor = store, actor
        self._hidden: list[QWidget] = []
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
        self.locked = False

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self._hidden = [w for w in QApplication.topLevelWidgets()
                        if w.isVisible() and w is not self]
        for widget in self._hidden:
            widget.hide()
        self.password.clear()
        self.error.hide()
        self.show()
        self.raise_()
        self.password.setFocus()

    def _try_unlock(self) -> None:
        password = self.password.text()
        self.unlock_button.setEnabled(False)
        store, username = self.store, self.actor.username
        run_task(lambda: authenticate(store, username, password), self._unlocked, self._failed)

    def _unlocked(self, _actor) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        self.locked = False
        self.hide()
        for widget in self._hidden:
            widget.show()
        self._hidden = []

    def _failed(self, exc: Exception) -> None:
        self.unlock_button.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.show()
        self.password.selectAll()

    def reject(self) -> None:  # Esc must not unlock
        pass
