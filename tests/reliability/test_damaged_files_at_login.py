"""The database or the key file is missing, cut short, damaged or from another
installation, or the password is wrong: the login window and the ``pana`` command
say what is wrong, with which file, and what to do (restore a backup, naming the
backup folder); nothing on disk is changed by the attempt; never a traceback.

And a page damaged where only a case file reads it: opening that case says so,
and the rest of the app goes on working.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from app.bootstrap import log_in
from app.cli.main import main
from app.db.keyfile import KeyFile
from app.services import backups, queries
from app.ui import tasks
from app.ui.casefile.window import CaseFileWindow
from app.ui.login import LoginDialog
from tests.conftest import PASSWORD
from tests.helpers import builders
from tests.reliability.faults import file_hashes, random_store_file

PAGE = 4096
GENERIC = "Something went wrong inside Pana"


@pytest.fixture
def folder(store_fixture, tmp_path) -> Path:
    """A closed data folder with a case, whose key file knows the backup folder."""
    fx = store_fixture
    usb = tmp_path / "usb"
    usb.mkdir()
    with fx.uow() as uow:
        backups.set_backup_settings(uow, fx.admin, usb, 24, 7, keyfile=fx.store.keyfile)
    builders.register(fx)
    fx.store.close()
    return fx.data_dir


def _flip(path: Path, start: int, length: int, seed: int) -> None:
    data = bytearray(path.read_bytes())
    noise = random.Random(seed).randbytes(length)
    for i, byte in enumerate(noise):
        data[start + i] ^= byte | 1  # every byte changes
    path.write_bytes(bytes(data))


def _cut(path: Path, size: int) -> None:
    path.write_bytes(path.read_bytes()[:size])


def _other_key_file(data_dir: Path) -> None:
    other, key = KeyFile.create(data_dir / "pana.keys")
    other.set_user_password("officer", PASSWORD, key)
    other.save()


#: (id, damage, what the message must hold: {db}, {keys} and {usb} are filled in)
DAMAGE: list[tuple[str, Callable[[Path], None], list[str]]] = [
    ("database-missing", lambda d: (d / "pana.db").unlink(),
     ["The database {db} is missing.", "pana db restore FILE",
      "the automatic backups are in {usb}"]),
    ("database-empty", lambda d: _cut(d / "pana.db", 0),
     ["The database {db} is empty", "Restore it from a backup", "{usb}"]),
    ("database-cut-short", lambda d: _cut(d / "pana.db", 5000),
     ["The database {db} is cut short (5000 bytes)", "Restore it from a backup", "{usb}"]),
    ("database-cut-in-half", lambda d: _cut(d / "pana.db",
                                            (d / "pana.db").stat().st_size // PAGE // 2 * PAGE),
     ["The database {db}", "Restore it from a backup", "{usb}"]),
    ("page-1-overwritten", lambda d: _flip(d / "pana.db", 200, 400, seed=1),
     ["The database {db} cannot be opened with the key file {keys}", "damaged",
      "Restore it from a backup", "{usb}"]),
    ("database-of-another-installation", lambda d: random_store_file(d / "pana.db"),
     ["The database {db} cannot be opened with the key file {keys}", "another installation",
      "{usb}"]),
    ("key-file-of-another-installation", _other_key_file,
     ["The database {db} cannot be opened with the key file {keys}", "another installation"]),
]


def _expected(parts: list[str], data_dir: Path) -> list[str]:
    return [p.format(db=data_dir / "pana.db", keys=data_dir / "pana.keys",
                     usb=data_dir.parent / "usb") for p in parts]


def _changed(before: dict[str, str], after: dict[str, str]) -> dict[str, tuple]:
    """Files changed, made or removed, but for the lock file a login may create."""
    names = (set(before) | set(after)) - {"pana.keys.lock"}
    return {n: (before.get(n), after.get(n)) for n in names if before.get(n) != after.get(n)}


def _login_dialog(qtbot, data_dir: Path) -> LoginDialog:
    dialog = LoginDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def assert_whole(dialog: LoginDialog) -> None:
    """The message is shown whole: the window grew to it, nothing is cut off."""
    label = dialog.error
    assert label.height() >= label.heightForWidth(label.width())
    assert label.geometry().bottom() < dialog.buttons.geometry().top()


def _try(qtbot, dialog: LoginDialog, password: str = PASSWORD) -> None:
    dialog.user.setCurrentText("officer")
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.busy.isHidden() and dialog.password.isEnabled(),
                    timeout=10000)


@pytest.mark.parametrize(("damage", "expected"), [(d, e) for _id, d, e in DAMAGE],
                         ids=[i for i, _d, _e in DAMAGE])
def test_the_login_window_says_what_is_wrong_and_changes_nothing(qtbot, folder, damage,
                                                                 expected):
    damage(folder)
    before = file_hashes(folder)
    dialog = _login_dialog(qtbot, folder)
    _try(qtbot, dialog)

    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.store is None
    shown = dialog.error.text()
    assert dialog.error.isVisible() and GENERIC not in shown
    assert_whole(dialog)
    for part in _expected(expected, folder):
        assert part in shown, shown
    assert _changed(before, file_hashes(folder)) == {}
    # Trying again meets the same answer, not a different or a worse one.
    _try(qtbot, dialog)
    assert dialog.error.text() == shown


@pytest.mark.parametrize("damage", ["missing", "overwritten", "cut-short", "not-json"])
def test_a_missing_or_damaged_key_file_is_told_before_anyone_types(qtbot, folder, damage):
    keys = folder / "pana.keys"
    if damage == "missing":
        keys.unlink()
    elif damage == "overwritten":
        _flip(keys, 120, 200, seed=2)
    elif damage == "cut-short":
        _cut(keys, keys.stat().st_size // 2)
    else:
        keys.write_bytes(os.urandom(600))
    before = file_hashes(folder)
    dialog = _login_dialog(qtbot, folder)

    shown = dialog.error.text()
    assert dialog.error.isVisible() and str(keys) in shown and GENERIC not in shown
    assert ("is missing" if damage == "missing" else "is damaged") in shown
    assert "restore it from your backup" in shown.lower()
    login_button = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not login_button.isEnabled()
    assert _changed(before, file_hashes(folder)) == {}


def test_a_wrong_password_changes_the_key_files_count_and_nothing_else(qtbot, folder):
    before = file_hashes(folder)
    dialog = _login_dialog(qtbot, folder)
    _try(qtbot, dialog, "not the password")
    assert dialog.error.text() == "Unknown user or wrong password."
    assert set(_changed(before, file_hashes(folder))) == {"pana.keys"}  # the failure count


def test_a_page_damaged_in_the_middle_is_told_in_words_at_login_or_later(qtbot, folder):
    _flip(folder / "pana.db", (folder / "pana.db").stat().st_size // 2, 3 * PAGE, seed=3)
    before = file_hashes(folder)
    dialog = _login_dialog(qtbot, folder)
    _try(qtbot, dialog)
    if dialog.result() == QDialog.DialogCode.Accepted:  # the damage lies elsewhere
        dialog.store.close()
        return
    assert GENERIC not in dialog.error.text()
    assert "The database" in dialog.error.text() and "backup" in dialog.error.text()
    assert _changed(before, file_hashes(folder)) == {}


@pytest.mark.parametrize(("damage", "expected"), [(d, e) for _id, d, e in DAMAGE],
                         ids=[i for i, _d, _e in DAMAGE])
def test_the_command_says_the_same_in_one_line(folder, damage, expected, monkeypatch,
                                               capsys):
    damage(folder)
    before = file_hashes(folder)
    monkeypatch.setenv("PANA_PASSWORD", PASSWORD)
    status = main(["--data-dir", str(folder), "case", "list", "--user", "officer"])
    out, err = capsys.readouterr()
    assert status == 1 and out == ""
    assert err.startswith("pana: ") and err.count("\n") == 1 and "Traceback" not in err
    for part in _expected(expected, folder):
        assert part in err, err
    assert _changed(before, file_hashes(folder)) == {}


# ---- a page that only a case file reads


def test_a_case_whose_page_is_damaged_says_so_and_the_rest_goes_on(
        qtbot, store_fixture, monkeypatch):
    fx = store_fixture
    damaged = builders.register(fx).number
    whole = builders.register(fx).number
    builders.record_interview(fx, damaged)
    # The applicant's long account, stored in pages of its own (an overflow chain)
    # at the end of the file, where nothing else goes in the meantime.
    account = "They came at night and took my brother away. " * 1400  # ~63 KB
    conn = fx.store.engine.raw_connection()
    try:
        conn.execute("VACUUM")  # no free pages: the chain is written after the last page
        first = conn.execute("PRAGMA page_count").fetchone()[0] + 1
        conn.execute("UPDATE interview_entries SET answer = ?", (account,))
        last = conn.execute("PRAGMA page_count").fetchone()[0]
    finally:
        conn.close()
    assert last - first > 12
    fx.store.close()
    middle = (first + last) // 2
    _flip(fx.data_dir / "pana.db", (middle - 1) * PAGE + 64, 2 * PAGE, seed=4)

    store, actor = log_in(fx.data_dir, "officer", PASSWORD)
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, title, message, *_a, **_k: warned.append((title, message)))
    try:
        window = CaseFileWindow(store, actor, damaged)
        window.show()
        qtbot.waitUntil(lambda: bool(warned), timeout=10000)
        _title, message = warned[0]
        assert GENERIC not in message
        assert "cannot be read" in message and "restore a backup" in message
        assert window.isVisible()  # the app goes on
        window.close()

        with store.uow(readonly=True) as uow:  # the registry still lists both
            listed = {c.number for c in queries.list_cases(uow, actor, queries.CaseFilter())}
        assert {damaged, whole} <= listed
        other = CaseFileWindow(store, actor, whole)
        other.show()
        qtbot.waitUntil(lambda: all(s.case_file is not None for s in other.sections),
                        timeout=10000)
        assert len(warned) == 1
        other.close()
        qtbot.waitUntil(lambda: not tasks._running, timeout=10000)
        # and new work is stored
        builders.register(type("Fx", (), {"uow": store.uow, "officer": actor}))
    finally:
        store.close()
