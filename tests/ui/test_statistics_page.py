"""The statistics screen, driven as a supervisor would: the tab, the period and office
filters, the figures against ``statistics()``, the export and the monthly report.

One small demo database (12 fictional cases, made once for the module) is read by
every test; the tests only add audit entries to it.
"""

from __future__ import annotations

import json
import shutil
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import QDate, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMessageBox
from sqlalchemy import select

from app.db.audit import Actor
from app.db.keyfile import KeyFile
from app.db.models import AuditEntry, User
from app.db.store import Store, StorePaths
from app.documents.statistics_report import render_statistics_report
from app.services import printing
from app.services.statistics import GroupRow, MonthRow, Statistics, StatsFilter, statistics
from app.ui import statistics as page_module
from app.ui.locale_format import number_text
from app.ui.main_window import MainWindow
from app.ui.statistics import (
    Period,
    StatisticsPage,
    age_text,
    appeal_outcome_text,
    days_value_text,
    month_text,
    outcome_text,
    percent_text,
    period_dates,
    ticks,
    top_groups,
)
from tests.ui.test_accessibility import _unnamed

LOAD_TIMEOUT = 15000


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A demo database of 12 cases: its folder, key and the accounts' actors."""
    from app.services.demo import make_demo

    folder = tmp_path_factory.mktemp("statistics") / "demo"
    made = make_demo(folder, cases=12, seed=3)
    key = made.store.db_key
    with made.store.uow(readonly=True) as uow:
        actors = {u.username: Actor(u.id, u.username, u.role)
                  for u in uow.session.execute(select(User)).scalars()}
    made.store.close()
    return folder, key, actors


@pytest.fixture
def open_demo(demo, tmp_path):
    """Opens a copy of the demo store (a window closes its store when it closes)."""
    folder, key, actors = demo
    opened: list[Store] = []

    def open_store() -> Store:
        copy = tmp_path / f"demo{len(opened)}"
        shutil.copytree(folder, copy)
        paths = StorePaths(copy)
        store = Store.open_with_key(paths, KeyFile.load(paths.keys), key)
        opened.append(store)
        return store

    yield open_store, actors
    for store in opened:
        store.close()


def show_page(qtbot, store: Store, actor: Actor) -> StatisticsPage:
    page = StatisticsPage(store, actor)
    qtbot.addWidget(page)
    page.resize(1280, 700)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT):
        page.show()
    return page


def counted(store: Store, actor: Actor, flt: StatsFilter) -> Statistics:
    with store.uow(readonly=True) as uow:
        return statistics(uow, actor, flt)


def pick(qtbot, combo: QComboBox, data) -> None:
    """Choose the entry holding ``data`` with the keyboard, as a user would."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0, data
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def type_date(qtbot, edit, value: date) -> None:
    """Enter a date in a date field (as the other UI tests do: typing into a sectioned
    date field depends on the platform's locale)."""
    edit.setFocus()
    edit.setDate(QDate(value.year, value.month, value.day))
    assert edit.date().toPython() == value


# ---------------------------------------------------------------------------
# who sees it


@pytest.mark.parametrize(("username", "has_tab"), [
    ("supervisor", True), ("admin", True), ("officer", False), ("clerk", False)])
def test_the_statistics_tab_is_for_supervisors_and_admins(qtbot, open_demo, username,
                                                          has_tab):
    open_store, actors = open_demo
    window = MainWindow(open_store(), actors[username])
    qtbot.addWidget(window)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert ("&Statistics" in tabs) == has_tab
    assert (window.statistics is not None) == has_tab
    if not has_tab:
        assert window.findChild(StatisticsPage) is None
        return
    # Nothing is counted before the tab is first opened; then a click on it counts.
    assert window.statistics.stats is None
    window.show()
    bar = window.tabs.tabBar()
    with qtbot.waitSignal(window.statistics.loaded, timeout=LOAD_TIMEOUT):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                         pos=bar.tabRect(tabs.index("&Statistics")).center())
    assert window.tabs.currentWidget() is window.statistics
    assert _unnamed(window.statistics) == []


# ---------------------------------------------------------------------------
# the figures are the service's numbers


def expected_tables(stats: Statistics) -> dict[str, list[list[str]]]:
    n = number_text
    total = sum(count for _o, count in stats.outcomes)

    def rate(row):
        decided = row.recognised + row.refused
        return percent_text(row.recognised / decided if decided else None)

    def groups(rows, text=lambda key: key):
        return [[text(g.key), n(g.registered), n(g.recognised), n(g.refused), n(g.pending)]
                for g in rows]

    return {
        "months": [[month_text(m.month), n(m.registered), n(m.recognised), n(m.refused),
                    n(m.closed)] for m in stats.months],
        "outcomes": [[outcome_text(o), n(c), percent_text(c / total if total else 0.0)]
                     for o, c in stats.outcomes],
        "timing": [[month_text(m.month), n(m.recognised), n(m.refused), rate(m),
                    days_value_text(m.median_days)] for m in stats.months],
        "pending": [[age_text(b), n(c)] for b, c in stats.pending_by_age],
        "citizenship": groups(stats.by_citizenship, lambda k: k or "not stated"),
        "ethnicity": groups(stats.by_ethnicity, lambda k: k or "not stated"),
        "officers": groups(stats.by_officer, lambda k: k or "not assigned"),
        "expiring": [[month_text(m), n(c)] for m, c in stats.expiring],
        "appeals": [[appeal_outcome_text(o), n(c)] for o, c in stats.appeal_outcomes],
    }


def assert_page_shows(page: StatisticsPage, stats: Statistics) -> None:
    assert page.stats.filter == stats.filter
    shown = {name: figure.texts() for name, figure in page.figures.items()}
    assert shown == expected_tables(stats)
    cards = {key: label.text() for key, label in page.card_values.items()}
    assert cards == {
        "registered": number_text(stats.registered),
        "decisions": number_text(sum(c for _o, c in stats.outcomes)),
        "rate": percent_text(stats.recognition_rate),
        "median": days_value_text(stats.median_days),
        "pending": number_text(stats.pending),
        "appeals": number_text(stats.appeals_lodged),
    }
    # The month chart draws the table's numbers.
    chart = page.figures["months"].chart()
    (series,) = chart.series()
    drawn = {bar_set.label(): [int(bar_set.at(i)) for i in range(bar_set.count())]
             for bar_set in series.barSets()}
    assert drawn == {"Registered": [m.registered for m in stats.months],
                     "Recognised": [m.recognised for m in stats.months],
                     "Refused": [m.refused for m in stats.months]}


def test_the_page_shows_the_services_figures_and_follows_the_filters(qtbot, open_demo):
    open_store, actors = open_demo
    store, supervisor = open_store(), actors["supervisor"]
    page = show_page(qtbot, store, supervisor)
    today = date.today()

    # Opened on the last twelve months.
    assert page.quick.currentData() == Period.LAST_12_MONTHS
    stats = counted(store, supervisor, StatsFilter(*period_dates(Period.LAST_12_MONTHS, today)))
    assert stats.registered > 0 and stats.outcomes[0][1] > 0  # the demo has work in it
    assert_page_shows(page, stats)
    assert page.headline.currentWidget() is page.cards
    assert page.export_button.isEnabled() and page.report_button.isEnabled()

    # A quick choice counts again at once.
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT):
        pick(qtbot, page.quick, Period.THIS_YEAR)
    assert (page.date_from.date().toPython(), page.date_to.date().toPython()) == (
        date(today.year, 1, 1), today)
    assert_page_shows(page, counted(store, supervisor,
                                    StatsFilter(date(today.year, 1, 1), today)))

    # Typed dates count again once the typing stops; the quick choice says so.
    start = today - timedelta(days=800)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT):
        type_date(qtbot, page.date_from, start)
    assert page.quick.currentData() == Period.CHOSEN
    assert len(page.stats.months) >= 26
    assert_page_shows(page, counted(store, supervisor, StatsFilter(start, today)))

    # The office: the demo's cases are all of one region.
    assert [page.office.itemData(i) for i in range(page.office.count())] == [None, "AQM"]
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT):
        pick(qtbot, page.office, "AQM")
    office_stats = counted(store, supervisor, StatsFilter(start, today, "AQM"))
    assert office_stats.registered == page.stats.registered > 0
    assert_page_shows(page, office_stats)
    assert "AQM" in page.status_line.text()


def test_a_quiet_period_says_so(qtbot, open_demo):
    open_store, actors = open_demo
    store, supervisor = open_store(), actors["supervisor"]
    page = show_page(qtbot, store, supervisor)
    assert page.headline.currentWidget() is page.cards
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT):
        type_date(qtbot, page.date_to, date(2001, 3, 31))
        type_date(qtbot, page.date_from, date(2001, 1, 1))
    stats = page.stats
    assert stats.filter == StatsFilter(date(2001, 1, 1), date(2001, 3, 31))
    assert page.headline.currentWidget() is page.empty
    assert page.empty.text() == "No petitions or decisions in this period."
    assert page.figures["months"].texts() == [[month_text(date(2001, m, 1)), "0", "0", "0", "0"]
                                              for m in (1, 2, 3)]
    assert_page_shows(page, counted(store, supervisor, stats.filter))
    assert page.figures["outcomes"].chart().title() == "None in this period."

    # A period that ends before it starts is not counted.
    loads = []
    page.loaded.connect(loads.append)
    type_date(qtbot, page.date_from, date(2001, 6, 1))
    qtbot.waitUntil(lambda: "after its last day" in page.status_line.text(), timeout=5000)
    assert loads == []


def test_an_answer_that_arrives_late_does_not_replace_a_newer_one(qtbot, open_demo,
                                                                  monkeypatch):
    open_store, actors = open_demo
    store, supervisor = open_store(), actors["supervisor"]
    page = show_page(qtbot, store, supervisor)
    release = threading.Event()
    started: list[StatsFilter] = []

    held = StatsFilter(*period_dates(Period.THIS_MONTH, date.today()))

    def slow_for_this_month(uow, actor, flt):
        started.append(flt)
        if flt == held:
            release.wait(10)
        return statistics(uow, actor, flt)

    monkeypatch.setattr(page_module, "statistics", slow_for_this_month)
    pick(qtbot, page.quick, Period.THIS_MONTH)  # its answer is held back
    qtbot.waitUntil(lambda: held in started, timeout=5000)
    assert not page.export_button.isEnabled()  # the figures are about to change
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT):
        pick(qtbot, page.quick, Period.LAST_MONTH)
    newer = page.stats.filter
    assert newer != held
    loads = []
    page.loaded.connect(loads.append)
    release.set()
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0,
                    timeout=5000)
    qtbot.wait(50)  # the late answer's delivery on the UI thread
    assert loads == [] and page.stats.filter == newer
    assert page.export_button.isEnabled()


# ---------------------------------------------------------------------------
# the pieces


def test_periods_ticks_and_groups():
    today = date(2026, 3, 15)
    assert period_dates(Period.THIS_MONTH, today) == (date(2026, 3, 1), today)
    assert period_dates(Period.LAST_MONTH, today) == (date(2026, 2, 1), date(2026, 2, 28))
    assert period_dates(Period.LAST_MONTH, date(2026, 1, 9)) == (date(2025, 12, 1),
                                                                date(2025, 12, 31))
    assert period_dates(Period.THIS_YEAR, today) == (date(2026, 1, 1), today)
    assert period_dates(Period.LAST_12_MONTHS, today) == (date(2025, 4, 1), today)
    assert ticks(0) == [0, 1]
    assert ticks(3) == [0, 1, 2, 3]
    assert ticks(13) == [0, 5, 10, 15]
    assert ticks(1234) == [0, 500, 1000, 1500]

    rows = [GroupRow(f"C{i:02d}", 20 - i, 1, 1, 2) for i in range(13)]
    bars = top_groups(rows, str)
    assert [b.label for b in bars] == [f"C{i:02d}" for i in range(10)] + ["Other (3)"]
    assert bars[-1].registered == 10 + 9 + 8 and bars[-1].pending == 6


def test_stored_values_show_as_written_in_the_charts(qtbot, open_demo):
    """Chart labels are drawn as rich text; an ethnicity typed as markup must not be."""
    open_store, actors = open_demo
    page = StatisticsPage(open_store(), actors["supervisor"])
    qtbot.addWidget(page)
    hostile = "<img src=x>Uyghur"
    today = date.today()
    stats = Statistics(
        filter=StatsFilter(today.replace(day=1), today), months=[
            MonthRow(today.replace(day=1), 1, 0, 0, 0, None)],
        outcomes=[("recognise", 0), ("refuse", 0), ("close", 0), ("<b>odd</b>", 1)],
        recognition_rate=None, median_days=None, pending_by_age=[("0-1m", 1)],
        by_citizenship=[GroupRow("CHN", 1, 0, 0, 1)],
        by_ethnicity=[GroupRow(hostile, 1, 0, 0, 1)], by_officer=[GroupRow("", 1, 0, 0, 1)],
        expiring=[(today.replace(day=1), 0)], appeals_lodged=0, appeal_outcomes=[],
        offices=["AQM"])
    page._show(stats)
    axis = next(a for a in page.figures["ethnicity"].chart().axes()
                if isinstance(a, QBarCategoryAxis))
    assert axis.categories() == ["&lt;img src=x&gt;Uyghur"]
    assert page.figures["ethnicity"].texts()[0][0] == hostile
    assert page.figures["officers"].texts()[0][0] == "not assigned"
    (pie,) = page.figures["outcomes"].chart().series()
    assert [piece.label() for piece in pie.slices()] == [
        f"&lt;b&gt;odd&lt;/b&gt;: 1 ({percent_text(1.0)})"]
    assert page.figures["appeals"].chart().title() == "None in this period."


# ---------------------------------------------------------------------------
# export and the monthly report


@pytest.fixture
def messages(monkeypatch):
    """Information and warning boxes, recorded instead of shown."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, _title, text, *_a: shown.append(("information", text)))
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, _title, text, *_a: shown.append(("warning", text)))
    return shown


def test_the_figures_export_to_a_workbook_and_the_export_is_audited(
        qtbot, open_demo, tmp_path, monkeypatch, messages):
    open_store, actors = open_demo
    store, supervisor = open_store(), actors["supervisor"]
    page = show_page(qtbot, store, supervisor)
    stats = page.stats
    asked = {}

    def save_as(parent, title, start, filters):
        asked["start"] = Path(start).name
        return str(tmp_path / "figures"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)

    def answer():  # the export dialog: the workbook (the default), then Export…
        dialog = QApplication.activeModalWidget()
        asked["personal"] = dialog.leave_out.isVisible()
        assert dialog.xlsx.isChecked()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    with qtbot.waitSignal(page.written, timeout=LOAD_TIMEOUT) as written:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    path = tmp_path / "figures.xlsx"
    assert written.args == [path]
    assert asked == {"start": f"statistics-{date.today().isoformat()}.xlsx", "personal": False}
    assert messages and messages[0][0] == "information" and str(path) in messages[0][1]
    assert path.name in page.status_line.text()
    assert page.export_button.isEnabled()

    from openpyxl import load_workbook

    from app.services import exports
    from app.ui.export_dialog import header_text, value_text

    book = load_workbook(path, read_only=True)
    try:  # one sheet per table of the figures
        assert book.sheetnames == [table.title for table in exports.statistics_tables(
            stats, header_text, values=value_text)]
        months = list(book["By month"].iter_rows(values_only=True))
    finally:
        book.close()
    assert [row[1:5] for row in months[1:]] == [
        (m.registered, m.recognised, m.refused, m.closed) for m in stats.months]
    with store.uow(readonly=True) as uow:
        username, new = uow.session.execute(
            select(AuditEntry.username, AuditEntry.new_values)
            .where(AuditEntry.action == "export.statistics")).one()
    assert username == "supervisor"
    assert json.loads(new)["rows"] > len(stats.months)


def answer_report_dialog(qtbot, *, language: str) -> dict:
    """Fill in the report dialog when it opens (inside its own event loop)."""
    seen = {}

    def answer():
        dialog = QApplication.activeModalWidget()
        seen["language"] = dialog.language()
        seen["periods"] = [dialog.period_combo.itemText(i)
                           for i in range(dialog.period_combo.count())]
        pick(qtbot, dialog.language_combo, language)
        seen["filter"] = dialog.chosen_filter()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    return seen


def test_the_monthly_report_is_written_where_the_user_chose(qtbot, open_demo, tmp_path,
                                                            monkeypatch, messages):
    open_store, actors = open_demo
    store, supervisor = open_store(), actors["supervisor"]
    page = show_page(qtbot, store, supervisor)
    asked = {}

    def save_as(parent, title, start, filters):
        asked["start"] = Path(start).name
        return str(tmp_path / "november"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    today = date.today()
    last_month = period_dates(Period.LAST_MONTH, today)[0]
    seen = answer_report_dialog(qtbot, language="ru")
    with qtbot.waitSignal(page.written, timeout=LOAD_TIMEOUT) as written:
        qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    # The last whole month unless the page shows one; the interface's language first.
    assert seen["filter"] == StatsFilter(last_month, period_dates(Period.LAST_MONTH, today)[1])
    assert seen["language"] == page_module.report_language()
    assert seen["periods"][0].startswith("The period shown")
    path = tmp_path / "november.pdf"
    assert written.args == [path]
    assert asked["start"] == f"report-{last_month:%Y-%m}-ru.pdf"
    # The report of that month's figures, as the report module renders them.
    assert len(PdfReader(path).pages) >= 1
    with store.uow(readonly=True) as uow:
        commission = printing.commission(uow.session)
    assert path.read_bytes() == render_statistics_report(
        counted(store, supervisor, seen["filter"]), "ru", commission=commission,
        generated_on=date.today())
    assert path.name in page.status_line.text()
    assert messages == [("information", f"The report was saved to {path}.")]
    assert list(tmp_path.glob(".*part")) == []
    assert page.report_button.isEnabled()

    # The period shown, in English; a cancelled file dialog writes nothing.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    answer_report_dialog(qtbot, language="en")
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == ["november.pdf"]
