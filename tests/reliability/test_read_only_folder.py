"""A data folder that cannot be written (a write-protected drive, a share mounted
read-only): people log in and read; every save says the folder is read-only and
what to do; nothing typed is lost and nothing stored changes.

The real thing is a read-only bind mount (root and mount, as on the developers'
machines and CI). Where that is not allowed, the last test still runs the same
store through SQLite's read-only mode.
"""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from app import bootstrap
from app.cli.main import main
from app.db import store as store_module
from app.db.keyfile import KeyFile
from app.domain.errors import AuthenticationError, KeyFileError, StoreError
from app.services import backups, casefile, cases, queries
from app.ui.login import LoginDialog
from app.ui.petition import NewPetitionDialog
from tests.conftest import PASSWORD
from tests.helpers import builders
from tests.reliability.faults import file_hashes, read_only_bind, snapshot
from tests.reliability.test_disk_full import form_values
from tests.ui.test_petition import type_text

READ_ONLY = "The data folder is read-only. Nothing was saved"


@pytest.fixture
def folder(store_fixture, tmp_path):
    """A data folder with two cases, closed, and seen read-only; with its files' hashes."""
    fx = store_fixture
    builders.register(fx)
    builders.register(fx, names=[cases.NameInput("Latn", "Toktogulov", "Azamat")])
    # A failure counted and queued while the folder could still be written: the login
    # below would reset the one and write the other into the audit log, and cannot.
    with pytest.raises(AuthenticationError):
        fx.store.keyfile.unlock("officer", "mistyped")
    fx.store.close()
    (fx.data_dir / "pana.keys.lock").unlink(missing_ok=True)  # it cannot be made either
    before = file_hashes(fx.data_dir)
    with read_only_bind(fx.data_dir, tmp_path / "read-only") as seen:
        yield seen, before
    assert file_hashes(fx.data_dir) == before


def log_in_through_the_dialog(qtbot, folder, password: str) -> LoginDialog:
    dialog = LoginDialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.user.setCurrentText("officer")
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.busy.isHidden() and dialog.password.isEnabled(),
                    timeout=10000)
    return dialog


def test_people_log_in_read_and_every_save_says_the_folder_is_read_only(
        qtbot, folder, monkeypatch, caplog):
    seen, _before = folder
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, title, text, *_a, **_k: shown.append((title, text)))
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, title, text, *_a, **_k: shown.append((title, text)))

    # A wrong password is refused as always; its count cannot be kept, and that is no crash.
    with caplog.at_level(logging.WARNING, logger="app.db.keyfile"):
        refused = log_in_through_the_dialog(qtbot, seen, "not the password")
    assert refused.error.text() == "Unknown user or wrong password."
    assert refused.result() != QDialog.DialogCode.Accepted
    assert "could not update the key file" in caplog.text

    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="app.db.keyfile"):
        dialog = log_in_through_the_dialog(qtbot, seen, PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    assert "could not update the key file" in caplog.text  # the reset of the count
    store, actor = dialog.store, dialog.actor
    try:
        assert store.read_only and actor.username == "officer"
        assert shown and shown[0][0] == "Read-only data folder"
        assert str(seen) in shown[0][1] and "make the folder writable" in shown[0][1]

        with store.uow(readonly=True) as uow:  # the registry reads as usual
            rows = queries.list_cases(uow, actor, queries.CaseFilter(search="Toktogulov"))
        assert len(rows) == 1
        assert backups.run_if_due(store, actor) is None  # nothing to record a backup in

        petition = NewPetitionDialog(store, actor)
        qtbot.addWidget(petition, before_close_func=lambda d: d.tracker.reset())
        petition.show()
        qtbot.waitExposed(petition)
        type_text(qtbot, petition.names.row(0).surname, "Әбдіқадыров")
        qtbot.keyClicks(petition.names.row(0).given_names, "Daniyar")
        qtbot.keyClicks(petition.person.birth_date, "1985")
        typed = form_values(petition)
        shown.clear()
        qtbot.mouseClick(petition.register_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(shown), timeout=10000)
        assert shown[0][0] == "Not saved" and shown[0][1].startswith(READ_ONLY)
        assert petition.isVisible() and form_values(petition) == typed
    finally:
        store.close()


def test_the_command_reads_and_refuses_changes_in_a_read_only_folder(folder, monkeypatch,
                                                                      capsys):
    seen, _before = folder
    monkeypatch.setenv("PANA_PASSWORD", PASSWORD)
    assert main(["--data-dir", str(seen), "db", "status", "--user", "admin"]) == 0
    assert "cases:       2" in capsys.readouterr().out
    monkeypatch.setenv("PANA_NEW_PASSWORD", "a new password 1")
    assert main(["--data-dir", str(seen), "user", "passwd", "officer", "--user", "admin"]) == 1
    out, err = capsys.readouterr()
    assert err.startswith("pana: " + READ_ONLY) and "Traceback" not in err + out
    assert err.count("\n") == 1


def test_a_store_opened_read_only_refuses_every_write_and_changes_nothing(
        store_fixture, monkeypatch):
    """Where no read-only mount can be made: the folder is taken for read-only, and the
    database is opened in SQLite's read-only mode exactly as it is on a real one."""
    fx = store_fixture
    number = builders.register(fx).number
    fx.store.close()
    monkeypatch.setattr(store_module, "folder_writable", lambda _folder: False)
    monkeypatch.setattr(bootstrap, "folder_writable", lambda _folder: False)
    before = file_hashes(fx.data_dir)

    store, actor = bootstrap.log_in(fx.data_dir, "officer", PASSWORD)
    try:
        assert store.read_only
        stored = snapshot(store)
        with pytest.raises(StoreError) as refused, store.uow() as uow:
            cases.register_petition(uow, actor, builders.petition())
        assert str(refused.value).startswith(READ_ONLY)
        with pytest.raises(StoreError, match="read-only"), store.uow() as uow:
            cases.update_applicant(uow, actor, number, builders.petition(religion="Islam"),
                                   expected_version=None)
        # Opening a case file is recorded; where that cannot be written it is refused,
        # in words that do not speak of saving.
        with pytest.raises(StoreError) as unseen, store.uow(readonly=True) as uow:
            casefile.load_case_file(uow, actor, number)
        assert "records who opens what" in str(unseen.value)
        assert "Nothing was saved" not in str(unseen.value)
        assert snapshot(store) == stored
    finally:
        store.close()
    assert file_hashes(fx.data_dir) == before
    # A name or password no one can have (a lone surrogate) is a wrong password here too.
    for username, password in (("offi\ud800cer", PASSWORD), ("officer", "pass\udfffword1")):
        with pytest.raises(AuthenticationError):
            bootstrap.log_in(fx.data_dir, username, password)


def test_a_key_file_change_in_a_read_only_folder_is_refused_and_undone(folder):
    seen, _before = folder
    keyfile = KeyFile.load(seen / "pana.keys")
    slots = [(s.slot_id, s.wrapped) for s in keyfile.slots]
    key = keyfile.unlock("officer", PASSWORD)  # its bookkeeping is skipped, quietly
    with pytest.raises(KeyFileError) as refused, keyfile.updating():
        keyfile.set_user_password("officer", "another password 1", key)
    assert str(refused.value).startswith(f"The key file {seen / 'pana.keys'} could not be "
                                         "written (Read-only file system)")
    assert [(s.slot_id, s.wrapped) for s in keyfile.slots] == slots  # not half-changed
    assert keyfile.unlock("officer", PASSWORD) == key
