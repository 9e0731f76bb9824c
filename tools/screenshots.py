"""Render the main screens headless on a demo database into docs/screenshots/.

    python tools/screenshots.py [--data-dir DIR] [--out docs/screenshots]

Makes a demo database in a temporary folder unless --data-dir is given.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer


def _settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _wait_for(predicate, timeout_ms: int = 10000) -> None:
    waited = 0
    while not predicate() and waited < timeout_ms:
        _settle(50)
        waited += 50


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir")
    parser.add_argument("--out", default="docs/screenshots")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from app.ui.application import Translations, make_application

    app = make_application()
    translations = Translations(app)
    translations.use("en")
    tmp = None
    data_dir = Path(args.data_dir) if args.data_dir else None
    if data_dir is None:
        from app.services.demo import make_demo

        tmp = tempfile.TemporaryDirectory()
        data_dir = Path(tmp.name) / "demo"
        make_demo(data_dir, cases=60, seed=1).store.close()

    from app.ui.login import LoginDialog
    from app.ui.main_window import MainWindow

    dialog = LoginDialog(data_dir)
    dialog.show()
    _settle()
    dialog.grab().save(str(out / "login.png"))
    dialog.password.setText("demo")
    dialog.buttons.accepted.emit()
    _wait_for(lambda: dialog.actor is not None)
    if dialog.actor is None:
        print("login failed: " + dialog.error.text(), file=sys.stderr)
        return 1
    window = MainWindow(dialog.store, dialog.actor)
    window.show()
    _wait_for(lambda: window.model.rowCount() > 0)
    _settle()
    window.grab().save(str(out / "registry.png"))
    window.search.setText("Serikuly")
    _settle(SEARCH_WAIT_MS)
    window.grab().save(str(out / "registry-search.png"))
    window.close()
    QCoreApplication.processEvents()
    print(f"screenshots written to {out}")
    return 0


SEARCH_WAIT_MS = 1200

if __name__ == "__main__":
    raise SystemExit(main())
