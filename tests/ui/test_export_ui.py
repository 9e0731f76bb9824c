"""Export… on the registry and on the print desk's register, driven as a user would:
a filter typed, the button clicked (or Ctrl+E), CSV chosen in the dialog, the file
named in the file dialog (replaced through monkeypatch, as other tests do), the
export running off the UI thread with the page busy, then the message."""

from __future__ import annotations

import csv
import io
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.domain.vocab import DocType
from app.services import exports, printing
from app.services.cases import NameInput
from app.ui import export_dialog
from app.ui.export_dialog import ExportDialog, default_delimiter
from app.ui.printdesk import PrintDeskPage
from app.ui.registry import RegistryPage
from tests.helpers import builders
from tests.helpers.builders import audit_count, audit_since
from tests.ui.test_accessibility import _unnamed

TIMEOUT = 15000


@pytest.fixture
def messages(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, _title, text, *_a: shown.append(("information", text)))
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, _title, text, *_a: shown.append(("warning", text)))
    return shown


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """The file dialog answers with a name typed without its suffix."""
    asked: list[tuple[str, str]] = []

    def get_save_file_name(_parent, _title, start, filters):
        asked.append((Path(start).name, filters))
        return str(tmp_path / "exported"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return asked


def choose_csv(qtbot, monkeypatch, seen: list[dict]):
    """The export dialog, answered by clicking CSV and Export (nothing unticked); what it
    offered goes to ``seen``."""

    def answer(dialog: ExportDialog):
        seen.append({"title": dialog.windowTitle(),
                     "personal_allowed": dialog.leave_out.isEnabled()})
        dialog.show()  # as exec() would, without its event loop
        qtbot.waitExposed(dialog)
        assert _unnamed(dialog) == []
        assert dialog.leave_out.isChecked()
        assert not dialog.separator.isEnabled()  # XLSX is the default
        qtbot.mouseClick(dialog.csv, Qt.MouseButton.LeftButton)
        assert dialog.separator.isEnabled()
        dialog.separator.setCurrentIndex(dialog.separator.findData(","))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", answer)


def read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def held_export(monkeypatch):
    """``exports.export`` that waits for ``release`` before working (to see the page busy)."""
    release, started = threading.Event(), threading.Event()
    real = exports.export

    def held(*args, **kwargs):
        started.set()
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(exports, "export", held)
    return started, release


def test_registry_exports_the_cases_of_the_typed_filter(qtbot, store_fixture, monkeypatch,
                                                        tmp_path, messages, save_as):
    fx = store_fixture
    wanted = builders.register(fx, names=[NameInput("ru-Cyrl", "Каримова", "Дилноза")],
                               citizenships=["UZB"]).number
    builders.register(fx)
    page = RegistryPage(fx.store, fx.supervisor)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=TIMEOUT)
    qtbot.keyClicks(page.search, "Karimova")  # the name index matches it in Cyrillic
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT)

    seen: list[dict] = []
    choose_csv(qtbot, monkeypatch, seen)
    started, release = held_export(monkeypatch)
    monkeypatch.setattr(exports, "PROGRESS_EVERY", 1)
    progress: list[tuple[int, str]] = []
    real_progress = RegistryPage._exported_so_far

    def exported_so_far(self, rows):
        real_progress(self, rows)
        progress.append((rows, self.status_line.text()))

    monkeypatch.setattr(RegistryPage, "_exported_so_far", exported_so_far)
    before = audit_count(fx)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=TIMEOUT)
    # Busy while the file is written.
    assert not page.export_button.isEnabled() and not page.export_action.isEnabled()
    assert page.status_line.text() == "Exporting…"
    assert seen == [{"title": "Export the registry of cases", "personal_allowed": True}]
    assert save_as[0][0].startswith("cases-") and save_as[0][0].endswith(".csv")
    release.set()
    qtbot.waitUntil(lambda: bool(messages), timeout=TIMEOUT)

    path = tmp_path / "exported.csv"
    assert messages == [("information", f"Rows exported: 1. File: “{path}”.")]
    assert progress == [(1, "Exporting… rows written: 1")]
    rows = read_csv(path)
    assert rows[0] == ["Number", "Status", "Officer", "Registered", "Decision due",
                       "Status valid until"]
    assert [r[0] for r in rows[1:]] == [wanted]
    assert "Каримова" not in path.read_text(encoding="utf-8-sig")
    (entry,) = audit_since(fx, before)
    assert entry.action == "export.registry" and entry.new["rows"] == 1
    assert entry.new["left_out_sensitive"] is True and entry.new["format"] == "csv"
    assert page.export_button.isEnabled()
    assert page.status_line.text() == "Cases: 1"


def test_ctrl_e_opens_the_export_and_cancel_writes_nothing(qtbot, store_fixture, monkeypatch,
                                                           tmp_path, messages, save_as):
    fx = store_fixture
    builders.register(fx)
    page = RegistryPage(fx.store, fx.officer, officer=fx.officer.username)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT)
    asked: list[ExportDialog] = []

    def cancel(dialog):
        asked.append(dialog)
        # An officer may not export personal data: the box stays ticked.
        assert dialog.leave_out.isChecked() and not dialog.leave_out.isEnabled()
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", cancel)
    page.table.setFocus()
    before = audit_count(fx)
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(asked), timeout=TIMEOUT)
    assert save_as == [] and messages == [] and list(tmp_path.glob("exported*")) == []
    assert audit_count(fx) == before


def test_register_page_exports_what_the_search_selects(qtbot, store_fixture, monkeypatch,
                                                        tmp_path, messages, save_as):
    fx = store_fixture
    first = builders.register(fx).number
    second = builders.register(
        fx, names=[NameInput("ru-Cyrl", "Бекова", "Айгерим")], citizenships=["KGZ"]).number
    for number in (first, second):
        with fx.uow() as uow:
            printing.issue_document(uow, fx.clerk, DocType.RECEIPT, number)
    page = PrintDeskPage(fx.store, fx.clerk)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitUntil(lambda: page.register._loaded_once, timeout=TIMEOUT)
    page.tabs.setCurrentWidget(page.register)
    register = page.register
    qtbot.waitUntil(lambda: len(register.rows()) == 2, timeout=TIMEOUT)
    qtbot.keyClicks(register.search, second)
    qtbot.waitUntil(lambda: [r.case_number for r in register.rows()] == [second],
                    timeout=TIMEOUT)

    seen: list[dict] = []
    choose_csv(qtbot, monkeypatch, seen)
    started, release = held_export(monkeypatch)
    before = audit_count(fx)
    qtbot.mouseClick(register.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=TIMEOUT)
    assert not register.export_button.isEnabled()
    assert "Exporting…" in register.status_line.text()
    # A clerk exports without personal data.
    assert seen == [{"title": "Export the register of issued documents",
                     "personal_allowed": False}]
    release.set()
    qtbot.waitUntil(lambda: bool(messages), timeout=TIMEOUT)

    path = tmp_path / "exported.csv"
    assert messages[0][0] == "information" and str(path) in messages[0][1]
    rows = read_csv(path)
    assert rows[0][:4] == ["Register number", "Document", "Kind", "Case"]
    assert "Applicant" not in rows[0] and "Handed to" not in rows[0]
    assert [r[3] for r in rows[1:]] == [second]
    (entry,) = audit_since(fx, before)
    assert entry.action == "export.register" and entry.new["rows"] == 1
    assert entry.new["selection"] == {"text": second, "doc_type": ""}
    assert register.export_button.isEnabled()
    assert "Exporting…" not in register.status_line.text()


def test_a_failed_export_is_shown_and_the_page_is_usable_again(qtbot, store_fixture,
                                                               monkeypatch, tmp_path, messages):
    fx = store_fixture
    builders.register(fx)
    page = RegistryPage(fx.store, fx.supervisor)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a: (str(tmp_path / "gone" / "cases.xlsx"), ""))
    monkeypatch.setattr(ExportDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    job = export_dialog.export_tables(page, fx.store, fx.supervisor,
                                      [exports.Table("T", ["a"], [[1]])], "registry",
                                      busy=page._exporting)
    with qtbot.waitSignal(job.failed, timeout=TIMEOUT):
        pass
    assert messages[0][0] == "warning" and "could not be written" in messages[0][1]
    assert page.export_button.isEnabled()


def test_the_dialog_offers_the_separator_of_the_locale(qtbot):
    assert default_delimiter(QLocale(QLocale.Language.Russian)) == ";"
    assert default_delimiter(QLocale(QLocale.Language.Kazakh)) == ";"
    assert default_delimiter(QLocale(QLocale.Language.English,
                                     QLocale.Country.UnitedStates)) == ","
    dialog = ExportDialog("Export", personal_data=False, may_export_personal=True)
    qtbot.addWidget(dialog)
    assert dialog.leave_out.isHidden()  # statistics: nothing personal to leave out
    assert dialog.choice() == export_dialog.ExportChoice("xlsx", default_delimiter(), True)
