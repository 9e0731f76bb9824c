"""The user's own settings: the interface language.

Changing the language here changes every open window at once — the texts on screen
are put into the new language where they stand, so what is being typed stays — and
the choice is remembered for the account, on every machine it logs in from.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
)

from app.db.audit import Actor
from app.db.store import Store
from app.domain.errors import DomainError
from app.services import preferences
from app.ui.login import LANGUAGES, remember_language
from app.ui.messages import error_text


class PreferencesDialog(QDialog):
    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.store, self.actor = store, actor
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("preferencesLanguage")
        self.language.setAccessibleName(self.tr("Interface language"))
        for code, name in LANGUAGES:  # each language by its own name
            self.language.addItem(name, code)
        from app.ui.application import translations

        current = translations().language if translations() else "ru"
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        form.addRow(self.tr("Interface &language:"), self.language)
        layout.addLayout(form)
        note = QLabel(self.tr("Open windows change at once; nothing you have typed is lost. "
                              "Pana opens in this language the next time you log in, on any "
                              "computer."))
        note.setObjectName("preferencesNote")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("preferencesButtons")
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def chosen_language(self) -> str:
        return self.language.currentData()

    def apply(self) -> None:
        from app.ui.application import translations

        language = self.chosen_language()
        remembered = True
        if not self.store.read_only:
            try:
                preferences.set_interface_language(self.store, self.actor, language)
            except DomainError as exc:
                remembered = False
                problem = error_text(exc)
        else:
            remembered = False
            problem = self.tr("The data folder is read-only.")
        remember_language(QSettings(), self.actor.username, language)
        self.accept()
        if translations() is not None:
            translations().use(language)
        if not remembered:
            QMessageBox.information(
                self.parentWidget(), self.tr("Language changed for now"),
                self.tr("The interface language changed, but it could not be remembered "
                        "for your account: {problem}").format(problem=problem))
