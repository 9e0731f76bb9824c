"""The commission's figures at a glance, for supervisors and administrators.

Filters (a period, with quick choices, and an office) above a row of headline
numbers — petitions registered, decisions, recognition rate, median days from
petition to decision, cases pending, appeals lodged — and a list of figures on
the left. Each figure shows a chart (QtCharts) above the table of the numbers it
draws, so every bar can be read off exactly.

The figures come from ``services.statistics.statistics`` (SQL aggregates), read off
the UI thread; a newer query's answer always wins over an older one's. "Export…"
writes the tables to XLSX or CSV through the shared export dialog, and "Monthly
report (PDF)…" renders the commission's statistical report in Kazakh, Russian or
English.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
)
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QMargins,
    QModelIndex,
    QRect,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db.audit import Actor
from app.db.store import Store
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.vocab import AppealOutcome, Outcome
from app.services.statistics import GroupRow, MonthRow, Statistics, StatsFilter, statistics
from app.ui.approvals import (
    Column,
    RecordsModel,
    RecordsProxy,
    refresh_action,
    refresh_button,
)
from app.ui.casefile.names_editor import table_defaults
from app.ui.forms import enum_text, named
from app.ui.locale_format import date_text, localize_date_edit, number_text
from app.ui.messages import error_text
from app.ui.printing import write_pdf
from app.ui.tasks import run_task

_N = QT_TRANSLATE_NOOP

#: The translation context of the figures' tables (their column headings).
TABLE_CONTEXT = "StatisticsTable"

#: Bars a chart of groups (citizenships, ethnicities, officers) shows; the rest are
#: added up as "Other" (the table lists every group).
TOP_GROUPS = 10

#: The colours of the series, the same in every chart.
COLOURS = {
    "registered": QColor("#3465a4"),
    "recognised": QColor("#4e9a06"),
    "refused": QColor("#cc0000"),
    "closed": QColor("#888a85"),
    "pending": QColor("#c17d11"),
    "rate": QColor("#4e9a06"),
    "days": QColor("#75507b"),
    "expiring": QColor("#c17d11"),
    "appeals": QColor("#75507b"),
}
_PIE_COLOURS = {Outcome.RECOGNISE.value: COLOURS["recognised"],
                Outcome.REFUSE.value: COLOURS["refused"],
                Outcome.CLOSE.value: COLOURS["closed"],
                AppealOutcome.PENDING.value: COLOURS["pending"],
                AppealOutcome.UPHELD.value: COLOURS["refused"],
                AppealOutcome.SUCCESSFUL.value: COLOURS["recognised"],
                AppealOutcome.WITHDRAWN.value: COLOURS["closed"]}

#: The age buckets of pending cases, as the service names them.
AGE_LABELS = {
    "0-1m": _N("StatisticsPage", "Under 1 month"),
    "1-3m": _N("StatisticsPage", "1–3 months"),
    "3-6m": _N("StatisticsPage", "3–6 months"),
    "6-12m": _N("StatisticsPage", "6–12 months"),
    "12m+": _N("StatisticsPage", "12 months or more"),
}


# ---------------------------------------------------------------------------
# periods


class Period:
    """The quick choices of period."""

    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_YEAR = "this_year"
    LAST_12_MONTHS = "last_12_months"
    CHOSEN = "chosen"


def _add_months(first: date, months: int) -> date:
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def period_dates(choice: str, today: date) -> tuple[date, date]:
    """First and last day (inclusive) of a quick choice of period, as of ``today``."""
    this_month = today.replace(day=1)
    if choice == Period.THIS_MONTH:
        return this_month, today
    if choice == Period.LAST_MONTH:
        return _add_months(this_month, -1), this_month - timedelta(days=1)
    if choice == Period.THIS_YEAR:
        return date(today.year, 1, 1), today
    if choice == Period.LAST_12_MONTHS:
        return _add_months(this_month, -11), today
    raise ValueError(choice)


def report_language() -> str:
    """The interface language (the default language of the monthly report)."""
    return {QLocale.Language.Kazakh: "kk",
            QLocale.Language.Russian: "ru"}.get(QLocale().language(), "en")


# ---------------------------------------------------------------------------
# texts of values


def month_text(month: date) -> str:
    """A month and its year, for tables: "January 2026", «қаңтар 2026»."""
    name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
    name = name[:1].upper() + name[1:]  # Russian writes month names in small letters
    return QCoreApplication.translate("StatisticsPage", "{month} {year}").format(
        month=name, year=month.year)


def month_axis_text(month: date, *, one_line: bool = False) -> str:
    """A month on a chart's axis: the short month name above the year (the axis draws
    its labels as rich text), or on one line for an axis turned on its side."""
    name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.ShortFormat)
    return f"{html.escape(name)}{' ' if one_line else '<br>'}{month.year}"


def percent_text(share: float | None, decimals: int = 1) -> str:
    """A share (0–1) as a percentage in the interface locale (45.5%, 45,5 %); "—" for
    none."""
    if share is None:
        return "—"
    value = number_text(round(share * 100, decimals), decimals) if decimals \
        else number_text(round(share * 100))
    return QCoreApplication.translate("StatisticsPage", "{value}%").format(value=value)


def days_value_text(days: float | None) -> str:
    """A number of days (a median may end in .5); "—" for none."""
    if days is None:
        return "—"
    return number_text(int(days)) if float(days).is_integer() else number_text(days, 1)


def outcome_text(value: str) -> str:
    return enum_text(Outcome, value)


def appeal_outcome_text(value: str) -> str:
    return enum_text(AppealOutcome, value)


def age_text(bucket: str) -> str:
    source = AGE_LABELS.get(bucket)
    return QCoreApplication.translate("StatisticsPage", source) if source is not None else bucket


def country_text(code: str) -> str:
    return code or QCoreApplication.translate("StatisticsPage", "not stated")


def ethnicity_text(value: str) -> str:
    return value or QCoreApplication.translate("StatisticsPage", "not stated")


def officer_text(username: str) -> str:
    return username or QCoreApplication.translate("StatisticsPage", "not assigned")


@dataclass(frozen=True)
class Bars:
    """One bar per category for each named set."""

    label: str
    registered: int = 0
    recognised: int = 0
    refused: int = 0
    pending: int = 0


def top_groups(rows: Sequence[GroupRow], text: Callable[[str], str],
               count: int = TOP_GROUPS) -> list[Bars]:
    """The first ``count`` groups (the service lists the most petitions first; the chart
    keeps the table's order), then the rest added up as "Other"."""
    ranked = list(rows)
    shown = [Bars(text(r.key), r.registered, r.recognised, r.refused, r.pending)
             for r in ranked[:count]]
    rest = ranked[count:]
    if rest:
        other = QCoreApplication.translate("StatisticsPage", "Other ({count})").format(
            count=number_text(len(rest)))
        shown.append(Bars(other, sum(r.registered for r in rest),
                          sum(r.recognised for r in rest), sum(r.refused for r in rest),
                          sum(r.pending for r in rest)))
    return shown


# ---------------------------------------------------------------------------
# charts


def _nice_step(largest: float, ticks: int = 5) -> int:
    """A whole step (1, 2, 5 × 10ⁿ) that covers ``largest`` in at most ``ticks`` steps."""
    step = 1
    while step * ticks < largest:
        for factor in (2, 5 / 2, 2):  # 1 → 2 → 5 → 10 → 20 → 50 …
            step = int(step * factor)
            if step * ticks >= largest:
                break
    return step


def ticks(largest: float) -> list[int]:
    """Round values from 0 that cover ``largest`` (at least 0 and 1)."""
    step = _nice_step(largest)
    steps = max(1, -(-int(largest) // step)) if largest > 0 else 1
    return [step * i for i in range(steps + 1)]


def labelled_axis(values: Sequence[float], text: Callable[[float], str]) -> QCategoryAxis:
    """A value axis whose tick labels are written by ``text`` (the locale's digits and
    grouping: QValueAxis writes numbers the C way, and its own localisation drops the
    labels of a "%d" format)."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(values[0], values[-1])
    axis.setStartValue(values[0])
    for value in values:
        axis.append(text(value), value)
    return axis


def count_axis(largest: float) -> QCategoryAxis:
    """Whole numbers from 0 with round steps."""
    return labelled_axis(ticks(largest), lambda v: number_text(int(v)))


def new_chart() -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    legend = chart.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _category_axis(labels: Sequence[str], *, angle: int = 0) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(list(labels))
    if angle:
        axis.setLabelsAngle(angle)
    return axis


def month_axis(months: Sequence[date]) -> tuple[list[str], int]:
    """Labels and their angle for an axis of months: the month above its year up to two
    years' worth; beyond that on one line, turned, so they do not overlap."""
    if len(months) <= 24:
        return [month_axis_text(m) for m in months], 0
    return [month_axis_text(m, one_line=True) for m in months], -90


def bar_chart(categories: Sequence[str], sets: Sequence[tuple[str, str, Sequence[int]]], *,
              horizontal: bool = False, angle: int = 0) -> QChart:
    """Grouped bars: ``sets`` are (name, colour key, one value per category)."""
    chart = new_chart()
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    largest = 0
    for name, colour, values in sets:
        bar_set = QBarSet(name)
        bar_set.append([float(v) for v in values])
        bar_set.setColor(COLOURS[colour])
        bar_set.setBorderColor(COLOURS[colour])
        series.append(bar_set)
        largest = max([largest, *values])
    chart.addSeries(series)
    categories_axis = _category_axis(categories, angle=angle)
    values_axis = count_axis(largest)
    chart.addAxis(categories_axis,
                  Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values_axis,
                  Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories_axis)
    series.attachAxis(values_axis)
    chart.legend().setVisible(len(sets) > 1)
    return chart


def pie_chart(slices: Sequence[tuple[str, str, int]]) -> QChart:
    """A pie of (label, value key for the colour, count); the legend names each slice with
    its count and share (as rich text: a stored value shows as written)."""
    chart = new_chart()
    series = QPieSeries()
    total = sum(count for _label, _key, count in slices)
    for text, key, count in slices:
        if count <= 0:
            continue
        piece = series.append(QCoreApplication.translate(
            "StatisticsPage", "{label}: {count} ({share})").format(
                label=html.escape(text), count=number_text(count),
                share=percent_text(count / total)),
            count)
        colour = _PIE_COLOURS.get(key)
        if colour is not None:
            piece.setColor(colour)
        piece.setBorderColor(QColor("white"))
    series.setPieSize(0.8)
    chart.addSeries(series)
    legend = chart.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignRight)
    legend.setVisible(bool(series.count()))
    if not series.count():
        chart.setTitle(QCoreApplication.translate("StatisticsPage",
                                                  "None in this period."))
    return chart


def rate_chart(months: Sequence[MonthRow]) -> QChart:
    """Recognition rate (%) and median days by month: two lines, two scales."""
    chart = new_chart()
    rate = QLineSeries()
    rate.setName(QCoreApplication.translate("StatisticsPage", "Recognition rate, %"))
    days = QLineSeries()
    days.setName(QCoreApplication.translate("StatisticsPage", "Median days to decision"))
    longest = 0.0
    for index, row in enumerate(months):
        decided = row.recognised + row.refused
        if decided:
            rate.append(index, 100.0 * row.recognised / decided)
        if row.median_days is not None:
            days.append(index, float(row.median_days))
            longest = max(longest, float(row.median_days))
    for series, colour in ((rate, "rate"), (days, "days")):
        pen = series.pen()
        pen.setColor(COLOURS[colour])
        pen.setWidth(3)
        series.setPen(pen)
        series.setPointsVisible(True)
        chart.addSeries(series)
    labels, angle = month_axis([r.month for r in months])
    months_axis = _category_axis(labels, angle=angle)
    percent_axis = labelled_axis([0, 20, 40, 60, 80, 100],
                                 lambda v: percent_text(v / 100, decimals=0))
    percent_axis.setLinePenColor(COLOURS["rate"])
    days_axis = count_axis(longest)
    days_axis.setTitleText(QCoreApplication.translate("StatisticsPage", "days"))
    days_axis.setLinePenColor(COLOURS["days"])
    chart.addAxis(months_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(percent_axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(days_axis, Qt.AlignmentFlag.AlignRight)
    rate.attachAxis(months_axis)
    rate.attachAxis(percent_axis)
    days.attachAxis(months_axis)
    days.attachAxis(days_axis)
    return chart


# ---------------------------------------------------------------------------
# a figure: the chart above the table behind it


class FigureModel(RecordsModel):
    """The table of a figure: numbers aligned to the right."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid():
            if index.column() > 0:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        return super().data(index, role)


class FigureTable(QTableView):
    """A table whose header grows to two or three lines when a heading does not fit its
    column (the columns share the width, and Kazakh and Russian headings are long)."""

    MAX_HEADER_LINES = 3

    def __init__(self) -> None:
        super().__init__()
        self._fit_waiting = False
        header = self.horizontalHeader()
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value))
        header.sectionResized.connect(self._fit_later)
        header.geometriesChanged.connect(self._fit_later)

    def setModel(self, model) -> None:
        super().setModel(model)
        model.headerDataChanged.connect(self._fit_later)
        model.modelReset.connect(self._fit_later)

    def _fit_later(self, *_args) -> None:
        if not self._fit_waiting:  # once for all the sections resized together
            self._fit_waiting = True
            QTimer.singleShot(0, self.fit_header)

    def header_lines(self) -> int:
        """The lines the longest heading needs in its column now."""
        header, model = self.horizontalHeader(), self.model()
        metrics = header.fontMetrics()
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap.value)
        lines = 1
        for column in range(model.columnCount() if model is not None else 0):
            text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = header.sectionSize(column) - 2 * metrics.averageCharWidth()
            if text and width > 0:
                needed = metrics.boundingRect(QRect(0, 0, width, 10000), flags, text).height()
                lines = max(lines, -(-needed // max(metrics.lineSpacing(), 1)))
        return min(lines, self.MAX_HEADER_LINES)

    def fit_header(self) -> None:
        self._fit_waiting = False
        if not shiboken6.isValid(self):
            return
        header = self.horizontalHeader()
        lines = self.header_lines()
        height = header.fontMetrics().lineSpacing() * lines + 8 if lines > 1 else 0
        if header.minimumHeight() != height:
            header.setMinimumHeight(height)
            self.updateGeometries()


class Figure(QWidget):
    """A heading, a chart and the table of the numbers it draws."""

    def __init__(self, name: str, title: str, explanation: str, columns: Sequence[Column],
                 parent=None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"figure_{name}")
        self._title = title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(title)
        self.heading.setObjectName(f"figureHeading_{name}")
        bold = QFont(self.heading.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.heading.setFont(bold)
        self.explanation = QLabel(explanation)
        self.explanation.setObjectName(f"figureExplanation_{name}")
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)

        self.model = FigureModel(TABLE_CONTEXT, columns, self)
        self.proxy = RecordsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = FigureTable()
        self.table.setObjectName(f"figureTable_{name}")
        self.table.setAccessibleName(QCoreApplication.translate(
            "StatisticsPage", "Table: {figure}").format(figure=title))
        self.table.setModel(self.proxy)
        table_defaults(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order
        # The columns share the width (numbers right-aligned in each); rows as high as
        # a line of text, so a year of months fits under the chart.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setMinimumSectionSize(80)

        self.chart_view = QChartView()
        self.chart_view.setObjectName(f"figureChart_{name}")
        self.chart_view.setAccessibleName(QCoreApplication.translate(
            "StatisticsPage", "Chart: {figure}").format(figure=title))
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName(f"figureSplitter_{name}")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.chart_view)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])
        layout.addWidget(self.splitter, 1)

    def title(self) -> str:
        return self._title

    def show_records(self, records: Sequence[Any], chart: QChart | None) -> None:
        self.model.set_records(records)
        if chart is not None:
            old = self.chart_view.chart()
            self.chart_view.setChart(chart)
            if old is not None and shiboken6.isValid(old):
                old.deleteLater()

    def chart(self) -> QChart | None:
        return self.chart_view.chart()

    def headers(self) -> list[str]:
        return [str(self.proxy.headerData(c, Qt.Orientation.Horizontal))
                for c in range(self.proxy.columnCount())]

    def texts(self) -> list[list[str]]:
        """The table as shown: the text of every cell, row by row."""
        return [[str(self.proxy.index(r, c).data() or "")
                 for c in range(self.proxy.columnCount())]
                for r in range(self.proxy.rowCount())]


def _count(header: str, value: Callable[[Any], int]) -> Column:
    return Column(header, lambda r: number_text(value(r)), key=value)


def _group_columns(first: str, text: Callable[[str], str]) -> list[Column]:
    return [
        Column(first, lambda r: text(r.key)),
        _count(_N("StatisticsTable", "Registered"), lambda r: r.registered),
        _count(_N("StatisticsTable", "Recognised"), lambda r: r.recognised),
        _count(_N("StatisticsTable", "Refused"), lambda r: r.refused),
        _count(_N("StatisticsTable", "Pending now"), lambda r: r.pending),
    ]


def _rate(row: MonthRow) -> float | None:
    decided = row.recognised + row.refused
    return row.recognised / decided if decided else None


# ---------------------------------------------------------------------------
# the page


class StatisticsPage(QWidget):
    """Figures of the commission's work for a period and an office."""

    #: A query's answer was shown (the Statistics value).
    loaded = Signal(object)
    #: A file was written by Export or the monthly report (its path).
    written = Signal(object)

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsPage")
        self.store, self.actor = store, actor
        self.stats: Statistics | None = None
        self._generation = 0
        self._started = False
        self._loaded_once = False
        self._busy = self._export_running = self._report_running = False

        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_bar())

        self.cards = QWidget()
        self.cards.setObjectName("statisticsCards")
        cards = QHBoxLayout(self.cards)
        cards.setContentsMargins(0, 0, 0, 0)
        self.card_values: dict[str, QLabel] = {}
        self.card_captions: dict[str, QLabel] = {}
        for key, caption in (
                ("registered", self.tr("Petitions registered")),
                ("decisions", self.tr("Decisions")),
                ("rate", self.tr("Recognition rate")),
                ("median", self.tr("Median days from petition to decision")),
                ("pending", self.tr("Cases pending at the end of the period")),
                ("appeals", self.tr("Appeals lodged"))):
            cards.addWidget(self._card(key, caption), 1)
        self.empty = QLabel(self.tr("No petitions or decisions in this period."))
        self.empty.setObjectName("statisticsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("QLabel { color: palette(placeholder-text); font-size: 14pt; }")
        self.headline = QStackedWidget()
        self.headline.setObjectName("statisticsHeadline")
        self.headline.addWidget(self.cards)
        self.headline.addWidget(self.empty)
        self.headline.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.headline)

        self.figures: dict[str, Figure] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("statisticsFigureList")
        self.nav.setWordWrap(True)  # a long name takes two lines rather than a scroll bar
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.nav.setSpacing(1)
        self.nav.setAccessibleName(self.tr("Figures"))
        self.figure_stack = QStackedWidget()
        self.figure_stack.setObjectName("statisticsFigureStack")
        for figure in self._build_figures():
            self.figures[figure.name] = figure
            self.nav.addItem(figure.title())
            self.figure_stack.addWidget(figure)
        self.nav.currentRowChanged.connect(self.figure_stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        self._fit_nav()
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.figure_stack, 1)
        layout.addLayout(body, 1)

        self.status_line = QLabel()
        self.status_line.setObjectName("statisticsStatus")
        self.status_line.setWordWrap(True)
        self.status_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_line)

        self.setTabOrder(self.quick, self.date_from)
        self.setTabOrder(self.date_from, self.date_to)
        self.setTabOrder(self.date_to, self.office)
        self.setTabOrder(self.office, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.export_button)
        self.setTabOrder(self.export_button, self.report_button)
        self.setTabOrder(self.report_button, self.nav)
        self._set_busy(False)
        # The first query waits until the page is first shown (showEvent): at a million
        # cases it reads for a while, and a supervisor's day starts on other tabs.

    # ---- building

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        period_label = QLabel(self.tr("Per&iod:"))
        self.quick = named(QComboBox(), "statisticsPeriod", self.tr("Period"))
        for text, choice in ((self.tr("This month"), Period.THIS_MONTH),
                             (self.tr("Last month"), Period.LAST_MONTH),
                             (self.tr("This year"), Period.THIS_YEAR),
                             (self.tr("Last 12 months"), Period.LAST_12_MONTHS),
                             (self.tr("Dates chosen"), Period.CHOSEN)):
            self.quick.addItem(text, choice)
        period_label.setBuddy(self.quick)
        from_label = QLabel(self.tr("Fro&m:"))
        self.date_from = named(QDateEdit(), "statisticsFrom", self.tr("First day of the period"))
        to_label = QLabel(self.tr("T&o:"))
        self.date_to = named(QDateEdit(), "statisticsTo", self.tr("Last day of the period"))
        for edit, label in ((self.date_from, from_label), (self.date_to, to_label)):
            edit.setCalendarPopup(True)
            localize_date_edit(edit)
            edit.setMinimumDate(QDate(1990, 1, 1))
            label.setBuddy(edit)
        office_label = QLabel(self.tr("Offi&ce:"))
        self.office = named(QComboBox(), "statisticsOffice", self.tr("Office"))
        self.office.addItem(self.tr("All offices"), None)
        self.office.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        office_label.setBuddy(self.office)
        self.refresh_action = refresh_action(self, "actionRefreshStatistics", self.refresh)
        self.refresh_button = refresh_button(
            self.refresh_action, "statisticsRefresh", self.tr("Refresh the statistics"),
            self.tr("Count the figures again (F5)"))
        self.export_button = named(QPushButton(self.tr("E&xport…")), "statisticsExport",
                                   self.tr("Export the tables of the figures"))
        self.export_button.setToolTip(self.tr("Save the tables behind the charts as an XLSX "
                                              "or CSV file"))
        self.report_button = named(QPushButton(self.tr("Monthly r&eport (PDF)…")),
                                   "statisticsReport", self.tr("Monthly report as PDF"))
        self.report_button.setToolTip(self.tr("The statistical report of a month as a PDF, in "
                                              "Kazakh, Russian or English"))
        for widget in (period_label, self.quick, from_label, self.date_from, to_label,
                       self.date_to, office_label, self.office):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.refresh_button, self.export_button, self.report_button):
            bar.addWidget(widget)

        self.quick.setCurrentIndex(self.quick.findData(Period.LAST_12_MONTHS))
        self._set_period(*period_dates(Period.LAST_12_MONTHS, date.today()))
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(400)  # typing a date changes it at every digit
        self._date_timer.timeout.connect(self.refresh)
        self.quick.currentIndexChanged.connect(self._quick_chosen)
        self.date_from.dateChanged.connect(self._date_edited)
        self.date_to.dateChanged.connect(self._date_edited)
        self.office.currentIndexChanged.connect(lambda _i: self.refresh())
        self.export_button.clicked.connect(self.export)
        self.report_button.clicked.connect(self.monthly_report)
        return bar

    def _card(self, key: str, caption: str) -> QFrame:
        frame = QFrame()
        frame.setObjectName(f"statisticsCard_{key}")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        box.setContentsMargins(8, 4, 8, 4)
        box.setSpacing(0)
        value = QLabel("—")
        value.setObjectName(f"statisticsValue_{key}")
        font = QFont(value.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        value.setFont(font)
        text = QLabel(caption)
        text.setObjectName(f"statisticsCaption_{key}")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        box.addWidget(value)
        box.addWidget(text, 1)
        self.card_values[key] = value
        self.card_captions[key] = text
        return frame

    def _build_figures(self) -> list[Figure]:
        month = Column(_N("StatisticsTable", "Month"), lambda r: month_text(r.month),
                       key=lambda r: r.month.toordinal())
        return [
            Figure("months", self.tr("Petitions and decisions by month"),
                   self.tr("Petitions registered and decisions taken in each month of the "
                           "period."),
                   [month,
                    _count(_N("StatisticsTable", "Registered"), lambda r: r.registered),
                    _count(_N("StatisticsTable", "Recognised"), lambda r: r.recognised),
                    _count(_N("StatisticsTable", "Refused"), lambda r: r.refused),
                    _count(_N("StatisticsTable", "Closed without a decision"),
                           lambda r: r.closed)]),
            Figure("outcomes", self.tr("Decisions by outcome"),
                   self.tr("Decisions taken in the period, by their outcome."),
                   [Column(_N("StatisticsTable", "Outcome"), lambda r: outcome_text(r[0])),
                    _count(_N("StatisticsTable", "Decisions"), lambda r: r[1]),
                    Column(_N("StatisticsTable", "Share"), lambda r: percent_text(r[2]),
                           key=lambda r: r[2])]),
            Figure("timing", self.tr("Recognition rate and time to decision"),
                   self.tr("Recognised out of recognised and refused, and the median number "
                           "of days from petition to decision, by month."),
                   [month,
                    _count(_N("StatisticsTable", "Recognised"), lambda r: r.recognised),
                    _count(_N("StatisticsTable", "Refused"), lambda r: r.refused),
                    Column(_N("StatisticsTable", "Recognition rate"),
                           lambda r: percent_text(_rate(r)),
                           key=lambda r: -1.0 if _rate(r) is None else _rate(r)),
                    Column(_N("StatisticsTable", "Median days"),
                           lambda r: days_value_text(r.median_days),
                           key=lambda r: -1.0 if r.median_days is None else r.median_days)]),
            Figure("pending", self.tr("Pending cases by age"),
                   self.tr("Cases not yet decided at the end of the period, by the time "
                           "since the petition."),
                   [Column(_N("StatisticsTable", "Waiting"), lambda r: age_text(r[0]),
                           key=lambda r: r[2]),
                    _count(_N("StatisticsTable", "Cases"), lambda r: r[1])]),
            Figure("citizenship", self.tr("By citizenship"),
                   self.tr("Petitions registered and decisions in the period by the "
                           "applicant's citizenship (country codes), and cases pending now. "
                           "The chart shows the ten largest groups."),
                   _group_columns(_N("StatisticsTable", "Citizenship"), country_text)),
            Figure("ethnicity", self.tr("By ethnicity"),
                   self.tr("Petitions registered and decisions in the period by the "
                           "applicant's ethnicity, and cases pending now. The chart shows the "
                           "ten largest groups."),
                   _group_columns(_N("StatisticsTable", "Ethnicity"), ethnicity_text)),
            Figure("officers", self.tr("By officer"),
                   self.tr("Petitions registered and decisions in the period by the officer "
                           "in charge, and the cases each has pending now."),
                   _group_columns(_N("StatisticsTable", "Officer"), officer_text)),
            Figure("expiring", self.tr("Refugee statuses expiring"),
                   self.tr("Refugee statuses whose validity ends in each of the twelve months "
                           "after the period."),
                   [month, _count(_N("StatisticsTable", "Statuses ending"), lambda r: r.count)]),
            Figure("appeals", self.tr("Appeals and their outcomes"),
                   self.tr("Appeals lodged in the period, by their outcome so far."),
                   [Column(_N("StatisticsTable", "Outcome"),
                           lambda r: appeal_outcome_text(r[0])),
                    _count(_N("StatisticsTable", "Appeals"), lambda r: r[1])]),
        ]

    def _fit_nav(self) -> None:
        """As wide as the longest figure's name in the interface language."""
        metrics = self.nav.fontMetrics()
        widest = max((metrics.horizontalAdvance(f.title()) for f in self.figures.values()),
                     default=0)
        self.nav.setFixedWidth(min(max(widest + 2 * self.nav.frameWidth() + 24, 170), 300))

    # ---- the filter

    def current_filter(self) -> StatsFilter | None:
        start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
        if start > end:
            return None
        return StatsFilter(start, end, self.office.currentData())

    def _set_period(self, start: date, end: date) -> None:
        for edit, value in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(value.year, value.month, value.day))
            edit.blockSignals(False)

    def choose_period(self, choice: str) -> None:
        """Select a quick choice of period (as picking it in the list does)."""
        self.quick.setCurrentIndex(self.quick.findData(choice))

    def _quick_chosen(self, _index: int) -> None:
        choice = self.quick.currentData()
        if choice == Period.CHOSEN:
            return
        self._set_period(*period_dates(choice, date.today()))
        self._date_timer.stop()
        self.refresh()

    def _date_edited(self, _value) -> None:
        chosen = self.quick.findData(Period.CHOSEN)
        if self.quick.currentIndex() != chosen:
            self.quick.blockSignals(True)
            self.quick.setCurrentIndex(chosen)
            self.quick.blockSignals(False)
        self._date_timer.start()

    def _fill_offices(self, offices: Sequence[str]) -> None:
        current = self.office.currentData()
        self.office.blockSignals(True)
        try:
            while self.office.count() > 1:
                self.office.removeItem(1)
            for code in sorted(set(offices) | ({current} if current else set())):
                self.office.addItem(code, code)
            index = self.office.findData(current) if current is not None else 0
            self.office.setCurrentIndex(max(index, 0))
        finally:
            self.office.blockSignals(False)

    # ---- loading

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.refresh()

    def refresh(self) -> None:
        self._date_timer.stop()
        flt = self.current_filter()
        self._generation += 1
        if flt is None:
            self.status_line.setText(self.tr("The first day of the period is after its last "
                                             "day: choose the dates again."))
            return
        generation = self._generation
        store, actor = self.store, self.actor
        self.status_line.setText(self.tr("Counting…"))
        self._set_busy(True)

        def fetch() -> Statistics:
            with store.uow(readonly=True) as uow:
                return statistics(uow, actor, flt)

        def done(stats: Statistics) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._set_busy(False)
                self._show(stats)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._set_busy(False)
                self.status_line.setText(error_text(exc))

        run_task(fetch, done, failed)

    def _set_busy(self, busy: bool) -> None:
        """While counting, nothing is exported or reported (the figures shown are about
        to change); while a file is written, not another one of the same kind."""
        self._busy = busy
        have = self.stats is not None and not busy
        self.export_button.setEnabled(have and not self._export_running)
        self.report_button.setEnabled(have and not self._report_running)

    def retranslate(self) -> None:
        """After a change of language: draw the figures again in the new one."""
        self._fit_nav()
        if self.stats is not None:
            self._show(self.stats)

    def _show(self, stats: Statistics) -> None:
        self.stats = stats
        self._loaded_once = True
        self._fill_offices(stats.offices)
        registered = stats.registered
        decisions = sum(count for _outcome, count in stats.outcomes)
        values = {"registered": number_text(registered), "decisions": number_text(decisions),
                  "rate": percent_text(stats.recognition_rate),
                  "median": days_value_text(stats.median_days),
                  "pending": number_text(stats.pending),
                  "appeals": number_text(stats.appeals_lodged)}
        for key, text in values.items():
            self.card_values[key].setText(text)
        quiet = registered == 0 and decisions == 0
        self.headline.setCurrentWidget(self.empty if quiet else self.cards)
        self._show_figures(stats)
        office = stats.filter.office or self.tr("all offices")
        self.status_line.setText(self.tr("{start} – {end}, {office}. Counted {today}.").format(
            start=date_text(stats.filter.date_from), end=date_text(stats.filter.date_to),
            office=office, today=date_text(date.today())))
        self._set_busy(False)
        self.loaded.emit(stats)

    def _show_figures(self, stats: Statistics) -> None:
        months = stats.months
        labels, angle = month_axis([m.month for m in months])
        f = self.figures
        f["months"].show_records(months, bar_chart(labels, [
            (self.tr("Registered"), "registered", [m.registered for m in months]),
            (self.tr("Recognised"), "recognised", [m.recognised for m in months]),
            (self.tr("Refused"), "refused", [m.refused for m in months])], angle=angle))

        total = sum(count for _o, count in stats.outcomes)
        f["outcomes"].show_records(
            [(outcome, count, count / total if total else 0.0)
             for outcome, count in stats.outcomes],
            pie_chart([(outcome_text(o), o, n) for o, n in stats.outcomes]))
        extensions = sum(n for _o, n in stats.extension_outcomes)
        f["outcomes"].explanation.setText(self.tr(
            "Decisions on refugee status taken in the period, by their outcome. Decisions on "
            "extending a status are not counted here ({count} in the period).").format(
                count=number_text(extensions)))

        f["timing"].show_records(months, rate_chart(months))

        order = list(AGE_LABELS)
        ages = [(bucket, count, order.index(bucket) if bucket in order else len(order))
                for bucket, count in stats.pending_by_age]
        f["pending"].show_records(ages, bar_chart(
            [age_text(b) for b, _n, _i in ages],
            [(self.tr("Cases pending"), "pending", [n for _b, n, _i in ages])]))

        for name, rows, text in (("citizenship", stats.by_citizenship, country_text),
                                 ("ethnicity", stats.by_ethnicity, ethnicity_text),
                                 ("officers", stats.by_officer, officer_text)):
            # Largest at the top: a horizontal bar chart draws its first category lowest.
            bars = list(reversed(top_groups(rows, text)))
            sets = [(self.tr("Registered"), "registered", [b.registered for b in bars]),
                    (self.tr("Recognised"), "recognised", [b.recognised for b in bars]),
                    (self.tr("Refused"), "refused", [b.refused for b in bars])]
            if name == "officers":
                sets.append((self.tr("Pending now"), "pending", [b.pending for b in bars]))
            # Axis labels are drawn as rich text: a stored value shows as written.
            f[name].show_records(rows, bar_chart([html.escape(b.label) for b in bars], sets,
                                                 horizontal=True))

        expiring = [MonthCount(month, count) for month, count in stats.expiring]
        labels, angle = month_axis([m.month for m in expiring])
        f["expiring"].show_records(expiring, bar_chart(
            labels, [(self.tr("Statuses ending"), "expiring", [m.count for m in expiring])],
            angle=angle))

        f["appeals"].show_records(stats.appeal_outcomes, pie_chart(
            [(appeal_outcome_text(o), o, n) for o, n in stats.appeal_outcomes]))
        f["appeals"].explanation.setText(self.tr(
            "Appeals lodged in the period: {count}, by their outcome so far.").format(
                count=number_text(stats.appeals_lodged)))

    # ---- export

    def export(self) -> None:
        """The tables behind every figure, to XLSX or CSV (the shared export dialog asks
        the format and the file; the export is audited)."""
        if self.stats is None:
            return
        from app.services import exports
        from app.ui.export_dialog import export_tables, header_text, value_text

        stats = self.stats
        tables = exports.statistics_tables(stats, header_text, values=value_text)
        office = f"-{stats.filter.office}" if stats.filter.office else ""
        job = export_tables(self, self.store, self.actor, tables, "statistics",
                            name=f"statistics{office}", personal_data=False,
                            busy=self._exporting)
        if job is not None:
            job.finished.connect(self._exported)

    def _exporting(self, busy: bool) -> None:
        if not shiboken6.isValid(self):
            return
        self._export_running = busy
        self._set_busy(self._busy)
        if busy:
            self.status_line.setText(self.tr("Exporting…"))

    def _exported(self, rows: int, path: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.status_line.setText(self.tr("The figures were exported to {file}.").format(
            file=path))
        self.written.emit(Path(path))

    # ---- the monthly report

    def report_choices(self) -> list[tuple[str, StatsFilter]]:
        """What the report can cover: the period on the page, and each of the last 24
        calendar months (the office chosen on the page)."""
        if self.stats is None:
            return []
        shown = self.stats.filter
        choices = [(self.tr("The period shown: {start} – {end}").format(
            start=date_text(shown.date_from), end=date_text(shown.date_to)), shown)]
        this_month = date.today().replace(day=1)
        for back in range(24):
            first = _add_months(this_month, -back)
            last = _add_months(first, 1) - timedelta(days=1)
            choices.append((month_text(first), StatsFilter(first, last, shown.office)))
        return choices

    def monthly_report(self) -> None:
        """Ask for the month and the language, then a file; count, render and write off
        the UI thread."""
        if self.stats is None:
            return
        dialog = ReportDialog(self.report_choices(), self)
        if not dialog.exec():
            return
        language, flt = dialog.language(), dialog.chosen_filter()
        shown = self.stats
        start = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)) / (
                f"{_file_stem('report', flt)}-{language}.pdf")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the statistical report as PDF"), str(start),
            self.tr("PDF documents (*.pdf)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        store, actor = self.store, self.actor
        self._report_running = True
        self._set_busy(self._busy)
        self.status_line.setText(self.tr("Writing the report…"))

        def work() -> Path:
            stats = shown if flt == shown.filter else None
            write_pdf(path, render_report(store, actor, flt, language, stats))
            audit_report(store, actor, flt, language, stats, path)
            return path

        def done(written: Path) -> None:
            if not shiboken6.isValid(self):
                return
            self._report_running = False
            self._set_busy(self._busy)
            text = self.tr("The report was saved to {file}.").format(file=str(written))
            self.status_line.setText(text)
            QMessageBox.information(self, self.tr("Report saved"), text)
            self.written.emit(written)

        def failed(exc: Exception) -> None:
            if not shiboken6.isValid(self):
                return
            self._report_running = False
            self._set_busy(self._busy)
            self.status_line.setText("")
            QMessageBox.warning(self, self.tr("Report not saved"), error_text(exc))

        run_task(work, done, failed)


def _file_stem(what: str, flt: StatsFilter) -> str:
    """A file name for the figures of ``flt``: "statistics-AQM-2026-10" for a month."""
    office = f"-{flt.office}" if flt.office else ""
    start, end = flt.date_from, flt.date_to
    whole_month = start.day == 1 and end == _add_months(start, 1) - timedelta(days=1)
    period = (f"{start.year:04d}-{start.month:02d}" if whole_month
              else f"{start.isoformat()}-{end.isoformat()}")
    return f"{what}{office}-{period}"


@dataclass(frozen=True)
class MonthCount:
    """A month (its 1st) and a count: a row of the table of statuses expiring."""

    month: date
    count: int


class ReportDialog(QDialog):
    """The month (or the period shown) and the language of the statistical report."""

    def __init__(self, choices: Sequence[tuple[str, StatsFilter]], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsReportDialog")
        self.setWindowTitle(self.tr("Monthly report"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.period_combo = named(QComboBox(), "reportPeriod", self.tr("What the report "
                                                                       "covers"))
        for text, flt in choices:
            self.period_combo.addItem(text, flt)
        self.period_combo.setCurrentIndex(self._default(choices))
        self.language_combo = named(QComboBox(), "reportLanguage", self.tr("Language of the "
                                                                           "report"))
        for code, name in (("kk", self.tr("Kazakh")), ("ru", self.tr("Russian")),
                           ("en", self.tr("English"))):
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(self.language_combo.findData(report_language()), 0))
        form.addRow(self.tr("&Report on:"), self.period_combo)
        form.addRow(self.tr("&Language:"), self.language_combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("reportButtons")
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(self.tr("&Save as PDF…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _default(choices: Sequence[tuple[str, StatsFilter]]) -> int:
        """The period shown when it is one calendar month; otherwise the last whole month."""
        if not choices:
            return 0
        shown = choices[0][1]
        for index, (_text, flt) in enumerate(choices[1:], start=1):
            if (flt.date_from, flt.date_to) == (shown.date_from, shown.date_to):
                return index
        return 2 if len(choices) > 2 else 0

    def chosen_filter(self) -> StatsFilter:
        return self.period_combo.currentData()

    def language(self) -> str:
        return self.language_combo.currentData()


def render_report(store: Store, actor: Actor, flt: StatsFilter, language: str,
                  stats: Statistics | None = None) -> bytes:
    """The statistical report's PDF for ``flt`` (runs off the UI thread); ``stats`` when
    the figures are already counted."""
    from app.documents.statistics_report import render_statistics_report
    from app.services import printing

    with store.uow(readonly=True) as uow:
        if stats is None:
            stats = statistics(uow, actor, flt)
        commission = printing.commission(uow.session)
    return render_statistics_report(stats, language, commission=commission,
                                    generated_on=date.today())


def audit_report(store: Store, actor: Actor, flt: StatsFilter, language: str,
                 stats: Statistics | None, path: Path) -> None:
    """Once the report is on disk: record it in the audit log as an export."""
    from app.services.statistics import record_report

    with store.uow(readonly=True) as uow:
        record_report(uow, actor, stats or statistics(uow, actor, flt), language, path)
