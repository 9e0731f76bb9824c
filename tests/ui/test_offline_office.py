"""The office's screens for offline laptops, driven as an officer and a supervisor would:
a check-out through the dialog (a package the laptop then opens, written again after a
failed save), a check-in with values changed on both sides chosen one by one on the
conflict screen, the receipt, and the list of what is out with its Release…."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox, QPushButton

from app.services import checkout, sealed
from app.services.casefile import load_case_file
from app.ui.offline.conflicts import ConflictScreen
from app.ui.offline.office import (
    CheckinDialog,
    CheckoutDialog,
    CheckoutsPanel,
    ReleaseDialog,
    checkout_banner_text,
)
from tests.helpers import builders
from tests.ui.test_accessibility import _unnamed

TIMEOUT = 15000
DEVICE = "Field laptop 1"


@pytest.fixture
def messages(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, title, text, *_a: shown.append((title, text)))
    return shown


def _request(lap_store, lap_officer) -> checkout.DeviceRequest:
    return checkout.read_request(checkout.device_request(lap_store, lap_officer,
                                                         device_name=DEVICE))


def _applicant(store, actor, number) -> tuple[str, str]:
    with store.uow(readonly=True) as uow:
        applicant = load_case_file(uow, actor, number).applicant
    return applicant.religion, applicant.phone


_edit_applicant = builders.edit_applicant


def _click(qtbot, button: QPushButton) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_check_out_writes_the_package_and_saves_again_after_a_failure(
        qtbot, store_fixture, laptop, tmp_path, monkeypatch, messages):
    fx = store_fixture
    lap_store, lap_officer = laptop
    first, second, other = (builders.register(fx).number for _ in range(3))
    request_file = tmp_path / "request.json"
    request_file.write_bytes(checkout.device_request(lap_store, lap_officer,
                                                     device_name=DEVICE))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a: (str(request_file), ""))
    asked: list[str] = []
    answers = [tmp_path / "no such folder" / "package", tmp_path / "package"]

    def save_as(_parent, _title, start, _filters):
        asked.append(Path(start).name)
        return str(answers.pop(0)), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)

    dialog = CheckoutDialog(fx.store, fx.officer, None, numbers=[first])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _unnamed(dialog) == []
    assert not dialog.checkout_button.isEnabled()  # no request yet
    assert dialog.due_edit.date().toPython() == date.today() + timedelta(days=14)

    _click(qtbot, dialog.request_button)
    shown = dialog.device_label.text()
    assert DEVICE in shown and "officer" in shown
    assert _request(lap_store, lap_officer).fingerprint in shown

    # Cases are added by typing their numbers; a typo is refused where it was typed.
    qtbot.keyClicks(dialog.number_edit, "not-a-number")
    qtbot.keyClick(dialog.number_edit, Qt.Key.Key_Return)
    assert dialog.errors.has_errors() and dialog.numbers() == [first]
    dialog.number_edit.clear()
    for number in (second.lower(), other):
        qtbot.keyClicks(dialog.number_edit, number)
        qtbot.keyClick(dialog.number_edit, Qt.Key.Key_Return)
    assert dialog.numbers() == [first, second, other]
    dialog.cases_list.setCurrentRow(2)
    _click(qtbot, dialog.remove_button)
    assert dialog.numbers() == [first, second]
    dialog.quota_spin.setFocus()
    qtbot.keyClick(dialog.quota_spin, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.quota_spin, Qt.Key.Key_Up)
    assert dialog.quota_spin.value() == 2

    # The first place cannot be written: the cases are out, the package waits in memory.
    with qtbot.waitSignal(dialog.checked_out, timeout=TIMEOUT) as out:
        _click(qtbot, dialog.checkout_button)
    assert out.args == [[first, second]]
    assert asked == [f"pana-checkout-{date.today().isoformat()}.pana"]
    assert messages and "Save again" in messages[-1][1]
    assert dialog.save_again_button.isVisible() and not dialog.checkout_button.isEnabled()
    banner = checkout_banner_text(fx.store, fx.officer, first)
    assert banner is not None and DEVICE in banner
    assert checkout_banner_text(fx.store, fx.officer, other) is None

    with qtbot.waitSignal(dialog.package_saved, timeout=TIMEOUT):
        _click(qtbot, dialog.save_again_button)
    package = tmp_path / "package.pana"
    assert package.read_bytes().startswith(sealed.MAGIC)
    assert str(package) in dialog.status.text()
    assert not dialog.save_again_button.isVisible()
    assert not list(tmp_path.glob(".*.part"))
    dialog.reject()  # saved: closes without asking
    assert not dialog.isVisible()

    # The laptop opens exactly that package.
    with lap_store.uow() as uow:
        accepted = checkout.accept_checkout(uow, lap_officer, lap_store, package.read_bytes())
    assert sorted(accepted.numbers) == sorted([first, second]) and accepted.quota == 2


def test_check_in_with_conflicts_chosen_one_by_one(qtbot, store_fixture, laptop, tmp_path,
                                                   monkeypatch, messages):
    fx = store_fixture
    lap_store, lap_officer = laptop
    number = builders.register(fx).number
    with fx.uow() as uow:
        result = checkout.check_out(uow, fx.officer, fx.store, _request(lap_store, lap_officer),
                                    [number], date.today() + timedelta(days=10))
    with lap_store.uow() as uow:
        checkout.accept_checkout(uow, lap_officer, lap_store, result.package)
    with fx.uow() as uow:
        checkout.release(uow, fx.supervisor, number, "Urgent decision")
    _edit_applicant(fx.store, fx.officer, number, religion="Islam", phone="+7 700 000 0001")
    _edit_applicant(lap_store, lap_officer, number, religion="Christianity",
                    phone="+7 700 000 0002")
    checkin_file = tmp_path / "checkin.pana"
    with lap_store.uow() as uow:
        checkin_file.write_bytes(checkout.checkin_file(uow, lap_officer, lap_store))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(checkin_file), ""))
    receipt = tmp_path / "receipt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(receipt), ""))

    screens: list[dict] = []

    def answer(screen: ConflictScreen):
        """The first time, Escape; then a choice per row: religion from the laptop,
        phone from the office."""
        screen.show()
        qtbot.waitExposed(screen)
        seen = {"rows": len(screen.rows), "count": [screen.count_label.text()]}
        screens.append(seen)
        assert _unnamed(screen) == []
        assert all(row.choice is None for row in screen.rows)
        assert not screen.apply_button.isEnabled()
        if len(screens) == 1:
            qtbot.keyClick(screen, Qt.Key.Key_Escape)
            return screen.result()
        by_field = {row.conflict.path[-1]: row for row in screen.rows}
        labels = [screen.findChild(QLabel, f"conflictField_0_{i}")
                  for i in range(len(screen.rows))]
        seen["labels"] = [label.text() for label in labels]
        seen["laptop"] = by_field["religion"].laptop_cell.text()
        _click(qtbot, by_field["religion"].laptop)
        seen["count"].append(screen.count_label.text())
        assert not screen.apply_button.isEnabled()
        _click(qtbot, by_field["phone"].office)
        seen["count"].append(screen.count_label.text())
        _click(qtbot, screen.apply_button)
        return screen.result()

    monkeypatch.setattr(ConflictScreen, "exec", answer)

    dialog = CheckinDialog(fx.store, fx.officer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _unnamed(dialog) == []
    assert not dialog.checkin_button.isEnabled()
    _click(qtbot, dialog.file_button)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=TIMEOUT)
    assert dialog.table.item(0, 0).text() == number
    assert "2" in dialog.table.item(0, 3).text()
    assert DEVICE in dialog.summary.text()

    _click(qtbot, dialog.checkin_button)  # Escape on the conflict screen: nothing changes
    assert dialog.result is None and dialog.checkin_button.isEnabled()
    assert _applicant(fx.store, fx.officer, number) == ("Islam", "+7 700 000 0001")

    with qtbot.waitSignal(dialog.receipt_saved, timeout=TIMEOUT):
        _click(qtbot, dialog.checkin_button)
    second = screens[1]
    assert second["rows"] == 2
    assert second["count"] == ["0 of 2 value(s) decided", "1 of 2 value(s) decided",
                               "2 of 2 value(s) decided"]
    assert "Religion" in second["labels"] and "Phone" in second["labels"]
    assert "Christianity" in second["laptop"]
    assert _applicant(fx.store, fx.officer, number) == ("Christianity", "+7 700 000 0001")
    assert number in dialog.summary.text()
    assert messages == []

    # The laptop takes the receipt and lets the case go.
    with lap_store.uow() as uow:
        finished = checkout.finish_checkin(uow, lap_officer, lap_store,
                                           (tmp_path / "receipt.pana").read_bytes())
    assert finished.removed == [number]


def test_the_list_of_what_is_out_and_release(qtbot, store_fixture, laptop, monkeypatch):
    fx = store_fixture
    lap_store, lap_officer = laptop
    number = builders.register(fx).number
    with fx.uow() as uow:
        checkout.check_out(uow, fx.officer, fx.store, _request(lap_store, lap_officer),
                           [number], date.today() + timedelta(days=3), quota=4)

    officer_panel = CheckoutsPanel(fx.store, fx.officer)
    qtbot.addWidget(officer_panel)
    assert officer_panel.findChild(QPushButton, "releaseCheckout") is None
    assert officer_panel.findChild(QPushButton, "checkOutToLaptop") is not None

    panel = CheckoutsPanel(fx.store, fx.supervisor)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        panel.show()
    assert _unnamed(panel) == []
    rows = panel.rows()
    assert sorted(r.kind for r in rows) == ["case", "quota"]
    case_row = next(i for i, r in enumerate(rows) if r.number == number)
    model = panel.table.model()
    texts = [model.index(case_row, c).data() for c in range(model.columnCount())]
    assert texts[0] == number and texts[1] == DEVICE and texts[2] == "officer"
    quota_row = 1 - case_row
    assert model.index(quota_row, 6).data() == "0 of 4"
    assert not panel.release_button.isEnabled()
    panel.table.selectRow(quota_row)
    assert not panel.release_button.isEnabled()  # a quota is not a case to release
    panel.table.selectRow(case_row)
    assert panel.release_button.isEnabled()

    def answer(dialog: ReleaseDialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert "conflict screen" in dialog.findChild(QLabel, "releaseText").text()
        assert not dialog.release_button.isEnabled()  # no reason yet
        qtbot.keyClicks(dialog.reason, "The laptop was lost")
        _click(qtbot, dialog.release_button)
        return dialog.result()

    monkeypatch.setattr(ReleaseDialog, "exec", answer)
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        _click(qtbot, panel.release_button)
    assert [r.kind for r in panel.rows()] == ["quota"]
    assert checkout_banner_text(fx.store, fx.supervisor, number) is None
    _edit_applicant(fx.store, fx.officer, number, religion="Islam")  # editable again


def test_conflict_screen_names_fields_and_records_in_words(qtbot):
    """Two cases, a record removed on one side, a field of a family member, a list: every
    row labelled in words, "All from the laptop" chooses all, and choices per check-out."""
    from app.domain.merge import LAPTOP, MISSING, Conflict

    relative = {"id": "f2", "relation": "spouse", "whereabouts": "Almaty",
                "names": [{"id": "n9", "script": "Latn", "use": "official",
                           "surname": "Aliyeva", "given_names": "Dana"}]}
    document = {"cases": [{"id": "c1", "family_members": [{"id": "f1"}, relative]}]}
    first = checkout.CaseCheckin(
        "id-1", "AQM-2026-00017", "released", True, True,
        [Conflict(("cases", "id:c1", "family_members", "id:f2"), relative, MISSING,
                  {**relative, "whereabouts": "Shymkent"}),
         Conflict(("cases", "id:c1", "family_members", "id:f1", "relation"), "child",
                  "sibling", "parent"),
         Conflict(("cases", "id:c1", "applicant", "citizenships"), ["CHN"], ["CHN", "KAZ"],
                  [])],
        document, document, document)
    second = checkout.CaseCheckin(
        "id-2", "AQM-2026-00023", "out", True, False,
        [Conflict(("cases", "id:c2", "registered_on"), "2026-11-02", "2026-11-03",
                  "2026-11-04")], {}, {}, {})
    plan = checkout.CheckinPlan(DEVICE, "officer", [first, second], [], 0)
    screen = ConflictScreen(plan)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    labels = [screen.findChild(QLabel, name).text() for name in (
        "conflictField_0_0", "conflictField_0_1", "conflictField_0_2", "conflictField_1_0")]
    assert labels == ["Family member 2\n(removed on the laptop)", "Family member 1 — Relation",
                      "Citizenship", "Registered on"]
    assert screen.findChild(QLabel, "conflictLaptop_0_0").text() == "(removed)"
    assert "Shymkent" in screen.findChild(QLabel, "conflictOffice_0_0").text()
    assert screen.findChild(QLabel, "conflictLaptop_0_2").text() == "CHN, KAZ"
    assert not screen.apply_button.isEnabled()
    _click(qtbot, screen.all_laptop)
    assert screen.apply_button.isEnabled()
    _click(qtbot, screen.apply_button)
    assert screen.result() == QDialog.DialogCode.Accepted
    assert screen.choices() == {
        "id-1": {c.key: LAPTOP for c in first.conflicts},
        "id-2": {second.conflicts[0].key: LAPTOP}}


def test_a_checked_out_case_says_so_and_keeps_what_was_typed(qtbot, store_fixture, laptop,
                                                            messages):
    """An officer is typing into a case when it is checked out to a laptop: the save is
    refused in words and the typing stays. Opened again, the case file says where the
    case is and offers nothing to change."""
    from app.ui.casefile.applicant import ApplicantSection
    from app.ui.casefile.window import CaseFileWindow

    fx = store_fixture
    lap_store, lap_officer = laptop
    number = builders.register(fx).number
    window = CaseFileWindow(fx.store, fx.officer, number)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.case_file is not None, timeout=TIMEOUT)
    applicant = window.findChild(ApplicantSection)
    window.nav.setCurrentRow(window.sections.index(applicant))
    qtbot.keyClicks(applicant.person.religion, "Islam")
    with fx.uow() as uow:
        checkout.check_out(uow, fx.officer, fx.store, _request(lap_store, lap_officer),
                           [number], date.today() + timedelta(days=5))
    qtbot.mouseClick(applicant.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages), timeout=TIMEOUT)
    assert "checked out" in messages[-1][1] and "Nothing was saved" in messages[-1][1]
    assert applicant.person.religion.text() == "Islam" and applicant.is_dirty()
    assert _applicant(fx.store, fx.officer, number)[0] == ""
    applicant.discard()
    window.close()

    again = CaseFileWindow(fx.store, fx.officer, number)
    again.show()
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: again.case_file is not None, timeout=TIMEOUT)
    banner = again.findChild(QLabel, "checkedOutBanner")
    assert banner.isVisible() and DEVICE in banner.text() and "read only" in banner.text()
    section = again.findChild(ApplicantSection)
    assert section.person.religion.isReadOnly() and not section.save_button.isVisible()
    again.close()
