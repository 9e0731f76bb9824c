"""The laptop's Offline menu, driven as a person would: with files, and directly with a
commission server (a real PostgreSQL login)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QWidget
from sqlalchemy import func, select

from app.db.models import Case
from app.services import checkout, sealed
from app.services.casefile import load_case_file
from app.ui.locale_format import date_text
from app.ui.offline import laptop as ui
from tests.conftest import PASSWORD
from tests.helpers import builders


class _Fx:
    """Enough of a StoreFixture for the builders."""

    def __init__(self, store, officer=None):
        self.store, self.officer = store, officer

    def uow(self, **kwargs):
        return self.store.uow(**kwargs)


@pytest.fixture(autouse=True)
def _forget_servers():
    """QSettings outlive a test in this process: leave no address or folder behind."""
    yield
    settings = QSettings()
    for key in (ui.SERVER_KEY, ui.FOLDER_KEY, "login/server", "login/work_on"):
        settings.remove(key)


def _en(text: str) -> str:
    """Counted phrases as the English catalogue words them ("2 case(s)" → "2 cases"), so
    the checks hold with or without the catalogue installed."""
    return re.sub(r"\b(\d+) ([A-Za-z ]+?)\(s\)",
                  lambda m: f"{m[1]} {m[2]}{'' if m[1] == '1' else 's'}", text)


@pytest.fixture
def shown(monkeypatch):
    """What the message boxes said: (kind, text)."""
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda *a, **k: said.append(("info", _en(a[2]))))
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: said.append(("warning", _en(a[2]))))
    return said


def _religion(store, actor, number):
    with store.uow() as uow:
        return load_case_file(uow, actor, number).applicant.religion


def _set_religion(store, actor, number, religion):
    builders.edit_applicant(store, actor, number, religion=religion)


def _case_count(store) -> int:
    with store.uow(readonly=True) as uow:
        return uow.session.execute(select(func.count()).select_from(Case)).scalar()


def _choose_file(monkeypatch, path: Path, asked: list | None = None):
    def choose(parent, title, start, *args, **kwargs):
        if asked is not None:
            asked.append(Path(start).name)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)


def _wait(qtbot, job):
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=20000):
        pass


def test_with_files_request_package_edit_checkin_receipt(qtbot, monkeypatch, store_fixture,
                                                         laptop, tmp_path, shown):
    fx = store_fixture
    lap_store, lap_officer = laptop
    numbers = [builders.register(fx).number for _ in range(2)]
    assert ui.laptop_status_text(lap_store) is None  # not a laptop yet

    # 1. The request, and the fingerprint to read to the office.
    asked: list[str] = []
    _choose_file(monkeypatch, tmp_path / "request.json", asked)
    assert ui.ask_for_cases(lap_store, lap_officer) == tmp_path / "request.json"
    assert asked == ["pana-request-officer.json"]
    request = checkout.read_request((tmp_path / "request.json").read_bytes())
    fingerprint = sealed.Keys.of_store(lap_store).public.fingerprint()
    assert request.fingerprint == fingerprint and request.username == "officer"
    assert fingerprint in shown[-1][1] and "request.json" in shown[-1][1]

    # 2. The office checks two cases out, with a quota of one new petition.
    due = date.today() + timedelta(days=10)
    with fx.uow() as uow:
        result = checkout.check_out(uow, fx.officer, fx.store, request, numbers, due, quota=1)
    (tmp_path / "package.pana").write_bytes(result.package)

    # 3. The laptop takes them in, from the Offline menu; the status bar is told.
    _choose_file(monkeypatch, tmp_path / "package.pana")
    window = QWidget()
    qtbot.addWidget(window)
    menu = QMenu(window)
    changed: list[bool] = []
    ui.fill_menu(menu, lap_store, lap_officer, window, lambda: changed.append(True))
    take = menu.findChild(QAction, "offlineTakeCases")
    take.trigger()
    qtbot.waitUntil(lambda: changed == [True], timeout=20000)
    kind, text = shown[-1]
    assert kind == "info"
    assert all(n in text for n in numbers) and "2 cases arrived" in text
    assert "1 new petition" in text and date_text(due) in text
    assert _en(ui.laptop_status_text(lap_store)) == (
        f"Laptop of “\u2068Test commission\u2069”: 2 cases held, back by {date_text(due)}; "
        "0 of 1 new petition used")
    # The same package again changes nothing, and says so.
    job = ui.take_cases(lap_store, lap_officer)
    with qtbot.waitSignal(job.failed, timeout=20000) as failed:
        pass
    assert "already" in failed.args[0] and shown[-1][0] == "warning"

    # 4. Offline work: an edit and a new petition.
    _set_religion(lap_store, lap_officer, numbers[0], "Christianity")
    new = builders.register(_Fx(lap_store), lap_officer).number
    assert "1 of 1 new petition used" in _en(ui.laptop_status_text(lap_store))

    # 5. The check-in file, written whole where chosen; the cases stay meanwhile.
    asked.clear()
    _choose_file(monkeypatch, tmp_path / "checkin", asked)
    _wait(qtbot, ui.write_checkin(lap_store, lap_officer))
    assert asked == [f"pana-checkin-{date.today().isoformat()}.pana"]
    written = tmp_path / "checkin.pana"  # the suffix is added
    assert written.exists() and not list(tmp_path.glob(".checkin*.part"))
    text = shown[-1][1]
    assert "2 cases and 1 new petition" in text and "stay on this laptop" in text
    assert _case_count(lap_store) == 3

    # 6. The office takes it in and writes the receipt.
    with fx.uow() as uow:
        applied = checkout.apply_checkin(uow, fx.officer, fx.store, written.read_bytes())
    (tmp_path / "receipt.pana").write_bytes(applied.receipt)
    assert _religion(fx.store, fx.officer, numbers[0]) == "Christianity"

    # 7. The receipt empties the laptop and names the permanent number.
    _choose_file(monkeypatch, tmp_path / "receipt.pana")
    _wait(qtbot, ui.take_receipt(lap_store, lap_officer))
    text = shown[-1][1]
    permanent = applied.numbers[new]
    assert f"{new} → {permanent}" in text
    assert "2 cases handed back" in text and all(n in text for n in numbers)
    assert _case_count(lap_store) == 0
    assert ui.laptop_status_text(lap_store) == "Laptop of “\u2068Test commission\u2069”: " \
                                               "no cases held"


def test_a_damaged_package_is_refused_in_words(qtbot, monkeypatch, laptop, tmp_path, shown):
    lap_store, lap_officer = laptop
    (tmp_path / "package.pana").write_bytes(b"PANA-SEALED-1\nnot really")
    _choose_file(monkeypatch, tmp_path / "package.pana")
    job = ui.take_cases(lap_store, lap_officer)
    with qtbot.waitSignal(job.failed, timeout=20000):
        pass
    kind, text = shown[-1]
    assert kind == "warning" and text and "Something went wrong" not in text
    # Nothing to check in yet: said in words, no file written.
    _choose_file(monkeypatch, tmp_path / "checkin.pana")
    job = ui.write_checkin(lap_store, lap_officer)
    with qtbot.waitSignal(job.failed, timeout=20000):
        pass
    assert "never taken a check-out package" in shown[-1][1]
    assert not (tmp_path / "checkin.pana").exists()


# ---------------------------------------------------------------------------
# directly with a commission server (PostgreSQL)


@pytest.fixture
def server(request):
    """A commission server database cloned from the test template: (url, store, actors)."""
    from app.db.server import ServerStore
    from tests.helpers import pg

    admin_url = request.getfixturevalue("pg_admin_url")
    template, key, actors, _recovery, _pool = request.getfixturevalue("_server_template")
    name = pg.create_database(admin_url, "lap", template=template)
    url = pg.url_for(admin_url, name)
    store = ServerStore.open_with_key(url, key)
    try:
        yield url, store, actors
    finally:
        store.close()
        pg.drop_database(admin_url, name)


def _connect(qtbot, dialog, url):
    dialog.address.clear()
    qtbot.keyClicks(dialog.address, url)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.server_store is not None, timeout=20000)


def test_direct_check_out_and_check_in_with_a_conflict(qtbot, monkeypatch, laptop, server,
                                                       shown):
    from app.ui.login import without_password

    url, office, actors = server
    lap_store, lap_officer = laptop
    fx = _Fx(office, actors["officer"])
    mine = builders.register(fx).number
    other = builders.register(fx, assigned_officer="officer2").number

    # Check-out: the officer's own case is listed; typed numbers work too.
    dialog = ui.check_out_from_server(lap_store, lap_officer)  # deleted when it closes
    assert dialog.isVisible()
    assert dialog.user.text() == "officer"
    _connect(qtbot, dialog, url)
    assert "Connected to the commission server" in dialog.connected.text()
    assert [dialog.cases.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(dialog.cases.count())] == [mine]
    assert not dialog.action.isEnabled()
    dialog.cases.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.more, other.lower())
    dialog.quota.setValue(1)
    assert dialog.chosen_numbers() == [mine, other] and dialog.action.isEnabled()
    closed = []
    dialog.destroyed.connect(lambda: closed.append(True))
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
    assert dialog.server_store is None  # closed with the dialog
    assert sorted(dialog.accepted_result.numbers) == sorted([mine, other])
    qtbot.waitUntil(lambda: closed == [True])
    assert "2 cases arrived" in shown[-1][1]
    assert _case_count(lap_store) == 2
    # The address is remembered without the database password.
    remembered = QSettings().value(ui.SERVER_KEY)
    assert remembered == without_password(url)
    from sqlalchemy.engine import make_url

    assert make_url(url).password and make_url(url).password not in remembered

    # The office releases one case and changes it; the laptop changes it too.
    with office.uow() as uow:
        checkout.release(uow, actors["supervisor"], mine, "Urgent decision")
    _set_religion(office, actors["officer"], mine, "Islam")
    _set_religion(lap_store, lap_officer, mine, "Christianity")
    _set_religion(lap_store, lap_officer, other, "Buddhism")

    # Check-in: the plan, the conflict screen, the receipt.
    dialog = ui.check_in_to_server(lap_store, lap_officer)
    _connect(qtbot, dialog, url)
    assert dialog.plan is not None and dialog.plan.conflicts == 1
    assert "2 cases go back" in _en(dialog.summary.text())
    assert dialog.decide.isVisible() and not dialog.action.isEnabled()

    def decide_on_screen():
        screen = QApplication.activeModalWidget()
        assert screen.objectName() == "conflictScreen"
        qtbot.mouseClick(screen.findChild(type(dialog.decide), "allFromLaptop"),
                         Qt.MouseButton.LeftButton)
        qtbot.mouseClick(screen.findChild(type(dialog.decide), "applyChoices"),
                         Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, decide_on_screen)
    qtbot.mouseClick(dialog.decide, Qt.MouseButton.LeftButton)
    assert "All 1 value decided" in _en(dialog.conflict_note.text())
    assert dialog.action.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
    assert sorted(dialog.finished_result.removed) == sorted([mine, other])
    assert "2 cases handed back" in shown[-1][1]
    assert _case_count(lap_store) == 0
    assert _religion(office, actors["officer"], mine) == "Christianity"
    assert _religion(office, actors["officer"], other) == "Buddhism"


def test_direct_mode_says_what_went_wrong(qtbot, laptop, server, shown):
    url, _office, _actors = server
    lap_store, lap_officer = laptop
    # Nothing to bring back: said before any password is asked for.
    assert ui.check_in_to_server(lap_store, lap_officer) is None
    assert "nothing to check in" in shown[-1][1]
    dialog = ui.CheckInDialog(lap_store, lap_officer)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.address.clear()
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert "server's address" in dialog.error.text()
    qtbot.keyClicks(dialog.address, url)
    qtbot.keyClicks(dialog.password, "wrong-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy.isVisible() and dialog.error.isVisible(),
                    timeout=20000)
    assert dialog.error.text() == "Unknown user or wrong password."
    assert dialog.server_store is None and not dialog.body.isEnabled()
    # The right password, but this laptop has nothing to bring back.
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy.isVisible() and dialog.error.isVisible(),
                    timeout=20000)
    assert "never taken a check-out package" in dialog.error.text()
    assert dialog.server_store is None


def test_the_laptop_s_main_window_has_the_offline_menu_and_says_what_it_holds(
        qtbot, store_fixture, laptop):
    from app.ui.main_window import MainWindow

    fx = store_fixture
    lap_store, lap_officer = laptop
    number = builders.register(fx).number
    request = checkout.read_request(checkout.device_request(lap_store, lap_officer))
    with fx.uow() as uow:
        package = checkout.check_out(uow, fx.officer, fx.store, request, [number],
                                     date.today() + timedelta(days=4)).package
    with lap_store.uow() as uow:
        checkout.accept_checkout(uow, lap_officer, lap_store, package)
    window = MainWindow(lap_store, lap_officer)
    qtbot.addWidget(window)
    names = {a.objectName() for a in window.offline_menu.actions()}
    assert {"offlineAskForCases", "offlineTakeCases", "offlineWriteCheckin",
            "offlineTakeReceipt", "offlineCheckInToServer"} <= names
    label = window.findChild(QWidget, "laptopLabel")
    assert "1 case" in label.toolTip() and date_text(date.today() + timedelta(days=4)) in \
        label.toolTip()
    # The office's window has the Laptops page, listing the case.
    office = MainWindow(fx.store, fx.supervisor)
    qtbot.addWidget(office)
    office.show()
    office.tabs.setCurrentWidget(office.checkouts)
    qtbot.waitUntil(lambda: office.checkouts.model.rowCount() == 1, timeout=10000)
