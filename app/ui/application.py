"""Starting the desktop app: Qt application, translations, login, main window."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QSettings, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from app.bootstrap import APP_NAME, ORG_NAME, default_data_dir
from app.db.server import is_server_location
from app.db.store import StorePaths
from app.domain.errors import DomainError
from app.ui import catalog

LOCALES = catalog.LOCALES

_current: Translations | None = None


class Translations(QObject):
    """Qt's own translations plus Pana's, switched together.

    ``use(language)`` installs the catalogues and the locale; when the language of a
    running interface changes, every open window's texts follow (``app.ui.retranslate``)
    and ``changed`` is emitted, so nothing typed is lost.
    """

    changed = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        global _current
        self.app = app
        self.language = ""
        self._installed: list[QTranslator] = []
        _current = self

    def use(self, language: str) -> None:
        if language not in catalog.LANGUAGES:
            language = "ru"
        if language == self.language:
            return
        old = self.language
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()
        QLocale.setDefault(QLocale(LOCALES[language]))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(f"{catalog.QT_CATALOGUE}_{language}", qt_dir)]
        try:
            built = catalog.compiled(language)
        except (OSError, RuntimeError) as exc:  # the interface stays in English
            logging.getLogger(__name__).warning("interface texts for %s not built: %s",
                                                language, type(exc).__name__)
            built = None
        if built is not None:
            candidates.append((built.name, str(built.parent)))
        for name, folder in candidates:
            translator = QTranslator(self.app)
            if translator.load(name, folder):
                self.app.installTranslator(translator)
                self._installed.append(translator)
        self.language = language
        if old:
            from app.ui.retranslate import retranslate_application

            retranslate_application(old, language)
        self.changed.emit(language)


def translations() -> Translations | None:
    """The running application's translations (None before the app is set up)."""
    return _current


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(["pana", *(argv or [])])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    register_fonts()
    return app


def register_fonts() -> None:
    """Make the bundled Chinese font known to Qt: names in Chinese characters then show
    on machines without a CJK font (Qt falls back to it for those characters)."""
    from PySide6.QtGui import QFontDatabase

    from app.documents.fonts import CJK, font_files

    if QFontDatabase.addApplicationFont(str(font_files()[CJK])) < 0:
        logging.getLogger(__name__).warning("the bundled Chinese font could not be loaded")


def run(data_dir: Path, qt_args: list[str] | None = None) -> int:
    from app.ui import crash

    crash.setup_logging(None)  # stderr now; the data folder's log once we know it is one
    app = make_application(qt_args)
    crash.install()
    try:
        location = data_dir if is_server_location(data_dir) else Path(data_dir)
        return _run(app, location)
    except Exception as exc:  # outside the event loop: nothing can go on
        crash.show_fatal(exc)
        return 1
    finally:
        crash.uninstall()


def settle_language(store, actor, shown: str, *, chosen_here: bool) -> str:
    """The language to work in after logging in: the one picked in the login window
    (then remembered for the account), else the one the account remembers."""
    from app.services import preferences
    from app.ui.login import remember_language

    language = shown
    try:
        if chosen_here:
            if not store.read_only:
                preferences.set_interface_language(store, actor, shown)
        else:
            language = preferences.interface_language(store, actor)
    except DomainError:  # not remembered this time; the interface is as shown
        logging.getLogger(__name__).warning("the interface language was not remembered")
    remember_language(QSettings(), actor.username, language)
    return language


def _run(app: QApplication, data_dir: Path | str) -> int:
    from app.ui import crash
    from app.ui.login import LoginDialog, prefers_server, remembered_language

    translations = Translations(app)
    translations.use(remembered_language(QSettings()))

    if is_server_location(data_dir):
        # A server keeps no folder here: the log goes to this user's own Pana folder.
        crash.setup_logging(default_data_dir())
        dialog = LoginDialog(data_dir)
        return _log_in_and_run(app, translations, dialog)
    paths = StorePaths(data_dir)
    if paths.exists():
        crash.setup_logging(paths.data_dir)
    elif prefers_server(QSettings()):
        # No folder here, but this machine last worked on a server: the login window
        # offers it (and the folder choice).
        crash.setup_logging(default_data_dir())
        return _log_in_and_run(app, translations, LoginDialog(paths.data_dir))
    else:
        QMessageBox.information(None, "Pana", app.translate(
            "Application",
            "There is no Pana database in {folder}.\n\nCreate one with “pana init”, or a demo "
            "with “pana demo”, or start Pana with --data-dir pointing at your data folder."
        ).format(folder=paths.data_dir))
        return 1

    return _log_in_and_run(app, translations, LoginDialog(paths.data_dir))


def _log_in_and_run(app: QApplication, translations: Translations, dialog) -> int:
    from app.ui.login import LoginDialog
    from app.ui.main_window import MainWindow

    dialog.language_chosen.connect(translations.use)
    translations.use(dialog.chosen_language())
    if dialog.exec() != LoginDialog.DialogCode.Accepted:
        return 0
    translations.use(settle_language(dialog.store, dialog.actor, dialog.chosen_language(),
                                     chosen_here=dialog.language_touched))
    window = MainWindow(dialog.store, dialog.actor)
    window.show()
    status = app.exec()
    # Let background work finish before Qt is torn down.
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10000)
    return status
