"""The audit viewer, driven as a supervisor or administrator would: filters, Enter,
the detail of an entry, the CSV export and the chain-status line.

The confirmation and file dialogs are answered through monkeypatch.
"""

from __future__ import annotations

import csv
from datetime import datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import select, text

from app.db.models import AuditEntry
from app.services import accounts, audit_log
from app.ui.admin.audit import BROKEN, INTACT, AuditPage
from tests.conftest import PASSWORD
from tests.helpers import builders
from tests.ui.test_accessibility import _unnamed

LOAD_TIMEOUT = 15000


def open_page(qtbot, fx, actor) -> AuditPage:
    page = AuditPage(fx.store, actor)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitUntil(lambda: page._loaded_once and page.chain is not None, timeout=LOAD_TIMEOUT)
    return page


def search_and_wait(qtbot, page: AuditPage, widget=None) -> None:
    """Press Enter in a filter (the case field when none is given) and wait for the rows."""
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT):
        qtbot.keyClick(widget or page.case_filter, Qt.Key.Key_Return)


def choose(combo, data) -> None:
    """Pick an entry of a combo box as from its list."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def expected(fx, **filters) -> list[int]:
    with fx.uow(readonly=True) as uow:
        return [r.seq for r in audit_log.search(uow, fx.supervisor,
                                                audit_log.AuditFilter(**filters))]


def color_of(label) -> str:
    return label.styleSheet()


def test_page_names_every_control_and_shows_the_chain_intact(qtbot, store_fixture):
    fx = store_fixture
    builders.register(fx)
    accounts.disable_user(fx.store, fx.admin, "clerk")
    page = open_page(qtbot, fx, fx.supervisor)
    assert _unnamed(page) == []
    total = builders.audit_count(fx)
    assert page.chain_label.text().endswith(f"Audit chain intact: {total} entries checked")
    assert INTACT.name() in color_of(page.chain_label)
    assert [r.seq for r in page.rows()] == expected(fx)
    # The filters offer the people and the actions the trail holds.
    assert page.user_filter.findData("officer") > 0
    assert page.action_filter.findData("user.") > 0  # a family: user.add, user.disable
    assert page.action_filter.findData("case.register") > 0


def test_filters_by_user_case_action_and_days(qtbot, store_fixture):
    fx = store_fixture
    first = builders.register(fx, fx.officer).number
    second = builders.register(fx, fx.officer2).number
    builders.schedule(fx, first)
    accounts.disable_user(fx.store, fx.admin, "clerk")
    page = open_page(qtbot, fx, fx.supervisor)

    choose(page.user_filter, "officer2")
    search_and_wait(qtbot, page, page.user_filter)
    assert page.rows() and {r.username for r in page.rows()} == {"officer2"}
    assert [r.seq for r in page.rows()] == expected(fx, username="officer2")

    choose(page.user_filter, "")
    qtbot.keyClicks(page.case_filter, first)
    search_and_wait(qtbot, page)
    assert {r.case_number for r in page.rows()} == {first}
    assert second not in {r.case_number for r in page.rows()}

    choose(page.action_filter, "interview.schedule")
    search_and_wait(qtbot, page, page.action_filter)
    assert [r.action for r in page.rows()] == ["interview.schedule"]

    page.case_filter.clear()
    choose(page.action_filter, "user.")  # the family, as a prefix
    search_and_wait(qtbot, page, page.action_filter)
    assert {r.action for r in page.rows()} == {"user.add", "user.disable"}

    # Days: everything is from today; tomorrow onwards holds nothing.
    page.case_filter.clear()
    choose(page.action_filter, "")
    tomorrow = QDate.currentDate().addDays(1)
    page.date_from.setDate(tomorrow)
    search_and_wait(qtbot, page, page.date_from)
    assert page.rows() == []
    assert "No entry matches" in page.status_line.text()
    today = QDate.currentDate()
    page.date_from.setDate(today)
    page.date_to.setDate(today)
    search_and_wait(qtbot, page, page.date_to)
    today_py = today.toPython()
    assert [r.seq for r in page.rows()] == expected(fx, date_from=today_py, date_to=today_py)

    # "To" before "from" says so instead of searching.
    page.date_to.setDate(today.addDays(-1))
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "before" in page.status_line.text(), timeout=LOAD_TIMEOUT)

    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT):
        qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert len(page.rows()) == builders.audit_count(fx)


def test_the_detail_shows_each_field_before_and_after(qtbot, store_fixture):
    fx = store_fixture
    accounts.disable_user(fx.store, fx.admin, "clerk")
    page = open_page(qtbot, fx, fx.supervisor)
    choose(page.action_filter, "user.disable")
    search_and_wait(qtbot, page, page.action_filter)
    assert page.selected_row().action == "user.disable"  # the newest is selected
    assert page.detail_rows() == [("disabled", "false", "true")]
    assert "user.disable" in page.detail_title.text()
    assert "disabled: false → true" in page.proxy.index(0, 6).data()

    choose(page.action_filter, "user.add")
    search_and_wait(qtbot, page, page.action_filter)
    page.table.setFocus()
    for row in range(len(page.rows())):
        page.table.selectRow(row)
        if page.selected_row().new.get("username") == "officer2":
            break
    assert ("username", "", "officer2") in page.detail_rows()
    assert ("role", "", "officer") in page.detail_rows()


def test_admin_sees_which_fields_of_a_case_changed_but_not_the_values(qtbot, store_fixture):
    fx = store_fixture
    number = builders.register(fx).number
    page = open_page(qtbot, fx, fx.admin)
    qtbot.keyClicks(page.case_filter, number)
    choose(page.action_filter, "case.register")
    search_and_wait(qtbot, page)
    assert len(page.rows()) == 1
    detail = page.detail_rows()
    assert detail and all(before == "" and after == "(withheld)" for _f, before, after in detail)
    assert "withheld" in page.status_line.text()
    assert "Серікұлы" not in page.proxy.index(0, 6).data()


def test_export_writes_the_matching_entries_and_is_audited(qtbot, store_fixture, monkeypatch,
                                                           tmp_path):
    fx = store_fixture
    number = builders.register(fx).number
    builders.schedule(fx, number)
    page = open_page(qtbot, fx, fx.supervisor)
    qtbot.keyClicks(page.case_filter, number)
    search_and_wait(qtbot, page)
    shown = [r.seq for r in page.rows()]

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    offered = []

    def save_as(parent, caption, start, filters):
        offered.append(start)
        return str(tmp_path / "chosen"), filters  # no suffix typed: .csv is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PASSWORD, True))
    with qtbot.waitSignal(page.exported, timeout=LOAD_TIMEOUT) as exported:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)

    assert asked and "not encrypted" in asked[0]
    today = datetime.now().date().isoformat()
    assert offered[0].endswith(f"audit-{today}.csv")
    target = tmp_path / "chosen.csv"
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert exported.args == [len(shown)]
    assert [int(r["seq"]) for r in rows] == shown
    assert {r["case"] for r in rows} == {number}
    assert "chosen.csv" in page.status_line.text()
    entry = expected(fx, action="audit.export")
    assert len(entry) == 1
    with fx.uow(readonly=True) as uow:
        row = audit_log.search(uow, fx.supervisor, audit_log.AuditFilter(action="audit.export"))[0]
    assert row.new["rows"] == len(shown) and row.new["filter"]["case_number"] == number


def test_export_can_be_cancelled(qtbot, store_fixture, monkeypatch, tmp_path):
    fx = store_fixture
    page = open_page(qtbot, fx, fx.supervisor)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: pytest.fail("the file dialog opened after No"))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert expected(fx, action="audit.export") == []
    assert list(tmp_path.rglob("*.csv")) == [] and list(tmp_path.rglob("*.partial")) == []


def test_an_export_needs_the_password_again(qtbot, store_fixture, monkeypatch, tmp_path):
    fx = store_fixture
    page = open_page(qtbot, fx, fx.supervisor)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "a.csv"), ""))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)  # cancelled
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("wrong password", True))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warned), timeout=LOAD_TIMEOUT)
    assert "wrong password" in warned[0]
    assert expected(fx, action="audit.export") == []
    assert list(tmp_path.rglob("*.csv")) == [] and list(tmp_path.rglob("*.partial")) == []


def tamper(fx, action: str = "case.register") -> int:
    """Change one entry's values behind Pana's back, as somebody with the key could."""
    with fx.uow(readonly=True) as uow:
        seq = uow.session.execute(select(AuditEntry.seq).where(AuditEntry.action == action)
                                  .order_by(AuditEntry.seq).limit(1)).scalar_one()
    with fx.store.engine.begin() as conn:
        result = conn.execute(text("UPDATE audit_log SET new_values = :v WHERE seq = :s"),
                              {"v": '{"names": "Someone else"}', "s": seq})
        assert result.rowcount == 1
    return seq


def test_chain_status_shows_the_first_altered_entry(qtbot, store_fixture):
    fx = store_fixture
    builders.register(fx)
    page = open_page(qtbot, fx, fx.supervisor)
    assert "intact" in page.chain_label.text()

    seq = tamper(fx)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    with qtbot.waitSignal(page.chain_checked, timeout=LOAD_TIMEOUT) as checked:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    assert checked.args == [False]
    assert f"Audit chain broken at entry #{seq}" in page.chain_label.text()
    assert "intact" not in page.chain_label.text()
    assert BROKEN.name() in color_of(page.chain_label)

    # An administrator opening the page sees the same.
    admin_page = open_page(qtbot, fx, fx.admin)
    assert f"broken at entry #{seq}" in admin_page.chain_label.text()



def test_audit_values_never_go_to_the_clipboard(qtbot, store_fixture):
    fx = store_fixture
    accounts.disable_user(fx.store, fx.admin, "clerk")
    page = open_page(qtbot, fx, fx.supervisor)
    clipboard = QApplication.clipboard()
    clipboard.setText("unchanged")
    try:
        for view in (page.table, page.detail):
            view.setFocus()
            view.setCurrentIndex(view.model().index(0, 1))
            qtbot.keySequence(view, QKeySequence(QKeySequence.StandardKey.Copy))
            assert clipboard.text() == "unchanged", view.objectName()
    finally:
        clipboard.clear()


def test_every_kind_of_entry_pana_writes_has_a_label():
    """The viewer names each kind of entry in the interface language: every code the
    code base writes (found in the calls that write audit entries, and the ones made up
    from a record kind) has a label."""
    import ast
    import re
    from pathlib import Path

    from app.services.cases import RECORD_KINDS
    from app.services.retention import AUDIT_ACTIONS
    from app.ui.admin.audit_actions import ACTIONS, FAMILIES

    root = Path(__file__).resolve().parents[2] / "app"
    written = {"access.denied", "user.locked_out", "user.login_failed",
               *AUDIT_ACTIONS.values()}
    for kind, spec in RECORD_KINDS.items():
        written |= {f"{kind}.remove", f"{spec.action}.add", f"{spec.action}.update"}
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in {"audit", "audit_many", "record", "append"}:
                for arg in node.args[:3]:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str) \
                            and re.fullmatch(r"[a-z_]+\.[a-z_]+", arg.value):
                        written.add(arg.value)
    assert len(written) > 60
    assert sorted(written - set(ACTIONS)) == []
    from app.ui.admin.audit_actions import ENTITIES

    entities = {"", *RECORD_KINDS}
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                entities |= {k.value.value for k in node.keywords if k.arg == "entity"
                             and isinstance(k.value, ast.Constant)}
    assert sorted(entities - set(ENTITIES) - {""}) == []
    prefixes = [code.split(".")[0] + "." for code in written]
    assert sorted({p for p in prefixes if prefixes.count(p) > 1} - set(FAMILIES)) == []
