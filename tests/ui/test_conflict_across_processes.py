"""Two users at once, the second in a process of its own (on PostgreSQL: another
workstation of the commission server): the applicant section is open
here while another officer's Pana saves the same applicant. Saving then shows the
conflict, overwrites nothing, keeps what was typed, and can load the other version."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from shiboken6 import isValid

from app.services import casefile
from app.ui import tasks
from app.ui.casefile.applicant import ApplicantSection
from app.ui.casefile.window import CaseFileWindow
from app.ui.forms import ConflictDialog
from tests.helpers.builders import register
from tests.reliability.edit_child import Child, token
from tests.reliability.modal import answering


def stored_applicant(fx, number):
    with fx.uow(readonly=True) as uow:
        return casefile.load_case_file(uow, fx.officer, number, sensitive=False).applicant


def save_elsewhere(fx, tmp_path, number: str) -> None:
    """officer2, in another process, appends "B0000" to the address and sets the
    religion to it — through the same services, on the same database file."""
    other = Child(fx.server_url or fx.data_dir, fx.store.db_key, "officer2", "edit", number,
                  "B", 1,
                  stderr_path=tmp_path / "other.err")
    try:
        other.wait_for("READY")
        other.go()
        report = other.report(timeout=60)
    finally:
        other.stop()
    assert report["edits"] == 1 and report["errors"] == []


@pytest.fixture
def window(qtbot, store_fixture):
    number = register(store_fixture).number
    opened = CaseFileWindow(store_fixture.store, store_fixture.officer, number)
    opened.show()
    qtbot.waitExposed(opened)
    qtbot.waitUntil(lambda: all(s.case_file is not None for s in opened.sections),
                    timeout=10000)
    yield opened
    qtbot.waitUntil(lambda: not tasks._running, timeout=10000)
    if isValid(opened):
        for section in opened.dirty_sections():
            section.discard()
        opened.close()
    qtbot.waitUntil(lambda: not tasks._running, timeout=10000)


def test_saving_over_another_process_s_newer_version_shows_the_conflict(
        qtbot, store_fixture, window, tmp_path):
    fx, number = store_fixture, window.number
    applicant = next(s for s in window.sections if isinstance(s, ApplicantSection))
    window.nav.setCurrentRow(window.sections.index(applicant))
    religion, phone = applicant.person.religion, applicant.person.phone
    qtbot.keyClicks(religion, "Islam")
    qtbot.keyClicks(phone, "+7 701 555 0101")

    save_elsewhere(fx, tmp_path, number)
    theirs = stored_applicant(fx, number)
    assert theirs.religion == token("B", 0)
    seen: dict = {}

    def look_then_press_enter(dialog: ConflictDialog) -> None:
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        seen["intro"] = texts[0]
        row = texts.index("Religion")
        seen["religion"] = texts[row:row + 3]
        row = texts.index("Phone")
        seen["phone"] = texts[row:row + 3]
        seen["buttons"] = {b.objectName(): b.text() for b in dialog.findChildren(QPushButton)}
        # While the user compares, the newer version is still what is stored.
        seen["stored"] = stored_applicant(fx, number)
        # Enter pressed out of habit keeps editing: it saves nothing.
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    with answering(ConflictDialog, look_then_press_enter) as dialog:
        qtbot.mouseClick(applicant.save_button, Qt.MouseButton.LeftButton)
    assert dialog["seen"] == 1

    assert "Nothing has been overwritten" in seen["intro"]
    assert seen["religion"] == ["Religion", token("B", 0), "Islam"]
    assert seen["phone"] == ["Phone", "", "+7 701 555 0101"]
    assert seen["buttons"] == {"keepMine": "Keep my version",
                               "takeTheirs": "Take the saved version",
                               "keepEditing": "Keep editing"}
    assert seen["stored"] == theirs
    # Nothing was overwritten, and what the user typed is still there, unsaved.
    assert stored_applicant(fx, number) == theirs
    assert religion.text() == "Islam" and phone.text() == "+7 701 555 0101"
    assert applicant.is_dirty() and applicant.save_button.isEnabled()

    # Saving again asks again; taking the saved version shows the other user's change.
    def take_theirs(dialog: ConflictDialog) -> None:
        qtbot.mouseClick(dialog.findChild(QPushButton, "takeTheirs"), Qt.MouseButton.LeftButton)

    with answering(ConflictDialog, take_theirs) as dialog:
        qtbot.mouseClick(applicant.save_button, Qt.MouseButton.LeftButton)
    assert dialog["seen"] == 1
    assert religion.text() == token("B", 0) and phone.text() == ""
    assert applicant.person.address.toPlainText() == token("B", 0) + "\n"
    assert not applicant.is_dirty()
    assert stored_applicant(fx, number) == theirs

    # The next edit is made on the other user's version and saves without a conflict.
    qtbot.keyClicks(phone, "+7 701 555 0101")
    with qtbot.waitSignal(applicant.saved, timeout=5000):
        qtbot.mouseClick(applicant.save_button, Qt.MouseButton.LeftButton)
    mine = stored_applicant(fx, number)
    assert mine.phone == "+7 701 555 0101" and mine.religion == token("B", 0)
    assert mine.version == theirs.version + 1


def test_a_claim_made_meanwhile_in_another_process_is_not_overwritten(
        qtbot, store_fixture, window, tmp_path):
    from app.ui.casefile.claim import ClaimSection

    fx, number = store_fixture, window.number
    claim = next(s for s in window.sections if isinstance(s, ClaimSection))
    window.nav.setCurrentRow(window.sections.index(claim))
    qtbot.keyClicks(claim.summary, "Mine")

    other = Child(fx.server_url or fx.data_dir, fx.store.db_key, "officer2", "claim", number, "Theirs",
                  stderr_path=tmp_path / "other.err")
    try:
        other.wait_for("READY")
        other.go()
        assert other.report(timeout=60)["edits"] == 1
    finally:
        other.stop()

    def keep_editing(dialog: ConflictDialog) -> None:
        qtbot.mouseClick(dialog.findChild(QPushButton, "keepEditing"), Qt.MouseButton.LeftButton)

    with answering(ConflictDialog, keep_editing) as dialog:
        qtbot.mouseClick(claim.save_button, Qt.MouseButton.LeftButton)
    with fx.uow(readonly=True) as uow:
        stored = casefile.load_case_file(uow, fx.officer, number).claim
    assert stored.summary == "Theirs"
    assert dialog["seen"] == 1
    assert claim.summary.toPlainText() == "Mine" and claim.is_dirty()
