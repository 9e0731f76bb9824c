"""Starting the desktop app: Qt application, translations, login, main window."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from app.bootstrap import APP_NAME, ORG_NAME
from app.db.store import StorePaths

LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_GB"}


class Translations:
    """Qt's own translations plus Pana's, switched together."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self._installed: list[QTranslator] = []

    def use(self, language: str) -> None:
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()
        QLocale.setDefault(QLocale(LOCALES.get(language, "en_GB")))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(f"qtbase_{language}", qt_dir),
                      (f"pana_{language}", str(_translations_dir()))]
        for name, folder in candidates:
            translator = QTranslator(self.app)
            if translator.load(name, folder):
                self.app.installTranslator(translator)
                self._installed.append(translator)


def _translations_dir() -> Path:
    import resources

    return Path(resources.__file__).resolve().parent / "translations"


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
        return _run(app, Path(data_dir))
    except Exception as exc:  # outside the event loop: nothing can go on
        crash.show_fatal(exc)
        return 1
    finally:
        crash.uninstall()


def _run(app: QApplication, data_dir: Path) -> int:
    from app.ui import crash

    translations = Translations(app)
    translations.use("ru")

    from app.ui.login import LoginDialog
    from app.ui.main_window import MainWindow

    paths = StorePaths(data_dir)
    if paths.exists():
        crash.setup_logging(paths.data_dir)
    else:
        QMessageBox.information(None, "Pana", app.translate(
            "Application",
            "There is no Pana database in {folder}.\n\nCreate one with “pana init”, or a demo "
            "with “pana demo”, or start Pana with --data-dir pointing at your data folder."
        ).format(folder=paths.data_dir))
        return 1

    dialog = LoginDialog(paths.data_dir)
    dialog.language_chosen.connect(translations.use)
    translations.use(dialog.chosen_language())
    if dialog.exec() != LoginDialog.DialogCode.Accepted:
        return 0
    translations.use(dialog.chosen_language())
    window = MainWindow(dialog.store, dialog.actor)
    window.show()
    status = app.exec()
    # Let background work finish before Qt is torn down.
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10000)
    return status
