"""Render the main screens headless on a demo database into docs/screenshots/.

    python tools/screenshots.py [--data-dir DIR] [--out docs/screenshots] [--lang en]

Makes a demo database in a temporary folder unless --data-dir is given
(its accounts must have the demo password).
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


def _wait_for(predicate, timeout_ms: int = 15000) -> bool:
    waited = 0
    while not predicate() and waited < timeout_ms:
        _settle(50)
        waited += 50
    return predicate()


def _login(data_dir: Path, username: str):
    from app.services.accounts import login

    return login(data_dir, username, "demo")


def _case_in(store, actor, status: str) -> str:
    from app.services import queries

    with store.uow(readonly=True) as uow:
        rows = queries.list_cases(uow, actor, queries.CaseFilter(status=status, limit=1))
    return rows[0].number


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir")
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--lang", default="en", choices=["en", "kk", "ru"])
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from app.ui.application import Translations, make_application

    app = make_application()
    Translations(app).use(args.lang)
    suffix = "" if args.lang == "en" else f"-{args.lang}"
    tmp = None
    data_dir = Path(args.data_dir) if args.data_dir else None
    if data_dir is None:
        from app.services.demo import make_demo

        tmp = tempfile.TemporaryDirectory()
        data_dir = Path(tmp.name) / "demo"
        make_demo(data_dir, cases=60, seed=1).store.close()

    def shot(widget, name: str) -> None:
        _settle()
        widget.grab().save(str(out / f"{name}{suffix}.png"))

    from app.ui.login import LoginDialog
    from app.ui.main_window import MainWindow

    dialog = LoginDialog(data_dir)
    dialog.show()
    shot(dialog, "login")
    dialog.close()

    store, officer = _login(data_dir, "officer")
    window = MainWindow(store, officer)
    window.show()
    _wait_for(lambda: window.my_cases.model.rowCount() > 0 and window.due.table.rowCount() > 0)
    shot(window, "home-officer")
    window.tabs.setCurrentWidget(window.registry)
    _wait_for(lambda: window.registry.model.rowCount() > 0)
    shot(window, "registry")
    window.registry.search.setText("Serikuly")
    _wait_for(lambda: "Serikuly" in window.registry.search.text()
              and window.registry.model.rowCount() < 60)
    shot(window, "registry-search")

    from app.ui.casefile.window import CaseFileWindow

    number = _case_in(store, officer, "pending_approval")
    case_window = CaseFileWindow(store, officer, number)
    case_window.show()
    _wait_for(lambda: case_window.case_file is not None)
    for index, section in enumerate(case_window.sections):
        case_window.nav.setCurrentRow(index)
        name = type(section).__name__.removesuffix("Section").lower()
        shot(case_window, f"case-{name}")
    case_window.close()

    try:
        from app.ui.petition import NewPetitionDialog
    except ImportError:
        NewPetitionDialog = None
    if NewPetitionDialog is not None:
        petition = NewPetitionDialog(store, officer, window)
        petition.show()
        shot(petition, "new-petition")
        petition.close()
    window.close()
    store.close()

    store, supervisor = _login(data_dir, "supervisor")
    window = MainWindow(store, supervisor)
    window.show()
    window.tabs.setCurrentWidget(window.approvals)
    _wait_for(lambda: window.approvals.table.model().rowCount() > 0)
    shot(window, "approvals-queue")
    window.tabs.setCurrentWidget(window.deadlines)
    _settle(800)
    shot(window, "deadlines-supervisor")
    from app.ui.review import ReviewWindow

    number = _case_in(store, supervisor, "pending_approval")
    review = ReviewWindow(store, supervisor, number)
    review.show()
    _wait_for(lambda: getattr(review, "decision_file", None) is not None, 8000)
    _settle(800)
    shot(review, "review")
    review.close()
    window.close()
    QCoreApplication.processEvents()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
