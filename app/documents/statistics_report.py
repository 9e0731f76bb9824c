"""The statistical report: the figures of a period as a PDF, charts drawn as vectors.

``render_statistics_report(stats, language, commission=…, generated_on=…)`` turns the
``Statistics`` of ``app.services.statistics`` into PDF bytes in Kazakh, Russian or
English. Like the other documents it never touches the database, and the same
values give the same bytes. Every word comes from ``texts/<lang>.json``
(``statistics`` and the ``vocab`` sections); numbers, percentages and dates are
written as the language writes them.

Each figure is a heading, a chart (``reportlab.graphics``: no raster image) and the
table behind it. A period with no cases prints zeros and "no decisions"; lists with
nothing in them print a line saying so instead of an empty chart.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from reportlab.graphics.charts.barcharts import BarChart, HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import FrameBreak
from reportlab.platypus.flowables import KeepTogether

from app.documents.blocks import (
    Section,
    colour,
    facts_table,
    fill_para,
    heading,
    letterhead,
    para,
    styles,
)
from app.documents.fonts import CJK, SANS, SANS_BOLD, clean, needs_cjk, register_fonts
from app.documents.model import Commission
from app.documents.pages import PageMarks, build_pdf, frame_width
from app.documents.texts import Markup, Texts, fill, safe, texts

if TYPE_CHECKING:
    from app.services.statistics import GroupRow, Statistics

#: The languages the report is printed in (one at a time).
REPORT_LANGUAGES = ("kk", "ru", "en")

#: Groups (citizenship, ethnicity, officer) shown one by one in a chart; the rest
#: are summed into one bar (and, for citizenship and ethnicity, one table row).
TOP = 10

#: Bar colours by what they count. Outcomes keep their colour in every chart.
_COLOURS = {
    "registered": "#457b9d",
    "recognised": "#2a9d8f",
    "refused": "#d8573c",
    "closed": "#9a9a9a",
    "pending": "#e0a526",
    "decisions": "#1d3557",
    "expiring": "#6a4c93",
    "appeals": "#457b9d",
}
_OUTCOME_COLOURS = {"recognise": "recognised", "refuse": "refused", "close": "closed"}
_APPEAL_COLOURS = {"pending": "pending", "upheld": "refused", "successful": "recognised",
                   "withdrawn": "closed"}

_CHART_FONT_SIZE = 7.5
_VALUE_FONT_SIZE = 6.5


@dataclass(frozen=True)
class _Report:
    """What the section's blocks read (``Section.doc``)."""

    commission: Commission
    stats: Statistics
    generated_on: date


# ---------------------------------------------------------------------------
# words and numbers


def _number(t: Texts, value: float, decimals: int = 0) -> str:
    """A number with the language's digit grouping and decimal mark."""
    marks = t["statistics.number"]
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", marks["decimal"]).replace("\0", marks["group"])


def _decimal(t: Texts, value: float) -> str:
    """A number with one decimal, or none when it is whole (a median of 34.5 or 34 days)."""
    tenths = round(value * 10)
    return _number(t, tenths // 10) if tenths % 10 == 0 else _number(t, tenths / 10, 1)


def _count(t: Texts, key: str, n: int) -> str:
    """``n`` with its noun in the right plural form, the number grouped."""
    return t.count(key, n).replace(str(n), _number(t, n), 1)


def _percent(t: Texts, share: float) -> str:
    return t["statistics.percent"].format(value=_decimal(t, share * 100))


def _share(t: Texts, part: int, whole: int) -> str:
    return _percent(t, part / whole) if whole else t["empty"]


def _rate(t: Texts, recognised: int, refused: int) -> str:
    return _share(t, recognised, recognised + refused)


def _days(t: Texts, value: float | None) -> str:
    if value is None:
        return t["statistics.no_decisions"]
    if round(value * 10) % 10 == 0:
        return _count(t, "days", round(value))
    return t["statistics.days_fraction"].format(n=_decimal(t, value))


def _period(t: Texts, start: date, end: date) -> str:
    """The period as the language writes a range of days ("1 September – 30 November 2026")."""
    if start == end:
        return t.date(start)
    if (start.year, start.month) == (end.year, end.month):
        return t["statistics.period_same_month"].format(
            day_from=start.day, day_to=end.day, month=t["months"][start.month - 1],
            year=start.year)
    if start.year == end.year:
        return t["statistics.period_same_year"].format(
            day_from=start.day, month_from=t["months"][start.month - 1], day_to=end.day,
            month_to=t["months"][end.month - 1], year=end.year)
    return t["statistics.period_years"].format(date_from=t.date(start), date_to=t.date(end))


def _is_calendar_month(start: date, end: date) -> bool:
    last_day = calendar.monthrange(start.year, start.month)[1]
    return start.day == 1 and end == start.replace(day=last_day)


def report_title(stats: Statistics, language: str) -> str:
    """The report's title as plain text: "Statistical report for November 2026"."""
    t = texts(language)
    start, end = stats.filter.date_from, stats.filter.date_to
    if _is_calendar_month(start, end):
        return t["statistics.title_month"].format(month=t["statistics.months_title"][start.month - 1],
                                                  year=start.year)
    if start == end:
        return t["statistics.title_day"].format(date=t.date(start))
    return t["statistics.title_period"].format(period=_period(t, start, end))


def _month_name(t: Texts, month: date) -> str:
    """A month of the table: "ноябрь 2026 г."."""
    return t["date.month_year"].format(month=t["months_standalone"][month.month - 1],
                                       year=month.year)


def _month_label(t: Texts, month: date) -> str:
    """A month under a chart's bars: short name, the year below it."""
    return f"{t['statistics.months_short'][month.month - 1]}\n{month.year}"


def _group_name(t: Texts, kind: str, key: str) -> str:
    key = key.strip()
    if kind == "officer":
        return key or t["statistics.no_officer"]
    if kind == "citizenship":
        return t.country(key) if key else t["statistics.no_citizenship"]
    return key or t["statistics.not_stated"]


# ---------------------------------------------------------------------------
# charts


def _hex(name: str) -> colors.Color:
    return colors.HexColor(_COLOURS[name])


def _label_font(text: str) -> str:
    """DejaVu, or the CJK font for a label DejaVu cannot print (a Chinese ethnicity)."""
    return CJK if any(needs_cjk(ch) for ch in text) else SANS


def _chart_text(text: str) -> str:
    return " ".join(clean(text).split())


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with "…" so that it is at most ``width`` wide."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _wrap(text: str, width: float, max_lines: int = 3) -> str:
    """A label broken into lines (joined by newlines) no wider than ``width``."""
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", SANS, _CHART_FONT_SIZE) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    if len(lines) > max_lines:
        lines = [*lines[:max_lines - 1], " ".join(lines[max_lines - 1:])]
    return "\n".join(_fit(line, SANS, _CHART_FONT_SIZE, width) for line in lines)


def _axis(top: float) -> tuple[int, int]:
    """A value axis for counts: (maximum, step), whole numbers, about five steps."""
    if top <= 0:
        return 1, 1
    raw = top / 5
    magnitude = 1
    while magnitude * 10 <= raw:
        magnitude *= 10
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    return step * -(-int(top) // step), step


def _legend(drawing: Drawing, series: Sequence[tuple[str, str]], y: float) -> float:
    """Colour squares with their names, left to right from the drawing's top; wraps.
    Returns the height used."""
    size = _CHART_FONT_SIZE
    x, row = 0.0, 0
    for name, label in series:
        width = 9 + stringWidth(label, SANS, size) + 12
        if x and x + width > drawing.width:
            x, row = 0.0, row + 1
        top = y - row * (size + 4)
        drawing.add(Rect(x, top - size + 1, 7, 7, fillColor=_hex(name), strokeColor=None))
        drawing.add(String(x + 10, top - size + 1.5, label, fontName=SANS, fontSize=size,
                           fillColor=colour("text")))
        x += width
    return (row + 1) * (size + 4)


def _drawing(width: float, height: float) -> Drawing:
    # The initial font is ours too: ReportLab would otherwise name Helvetica in the page,
    # a font the PDF does not embed.
    return Drawing(width, height, initialFontName=SANS, initialFontSize=_CHART_FONT_SIZE)


def _style_chart(chart: BarChart, t: Texts, series: Sequence[str], values: list[list[int]],
                 show_values: bool, headroom: float = 1.0) -> None:
    chart.data = [tuple(row) for row in values]
    chart.strokeColor = None
    top, step = _axis(max((v for row in values for v in row), default=0) * headroom)
    axis = chart.valueAxis
    axis.valueMin, axis.valueMax, axis.valueStep = 0, top, step
    axis.labels.fontName = SANS
    axis.labels.fontSize = _CHART_FONT_SIZE
    axis.labelTextFormat = lambda value: _number(t, round(value))
    axis.visibleGrid = 1
    axis.gridStrokeColor = colour("grid")
    axis.gridStrokeWidth = 0.25
    axis.strokeColor = colour("grid")
    axis.strokeWidth = 0.5
    chart.categoryAxis.strokeColor = colour("muted")
    chart.categoryAxis.strokeWidth = 0.6
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = _CHART_FONT_SIZE
    chart.categoryAxis.labels.fillColor = colour("text")
    for index, name in enumerate(series):
        chart.bars[index].fillColor = _hex(name)
        chart.bars[index].strokeColor = None
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = _VALUE_FONT_SIZE
    chart.barLabels.fillColor = colour("text")
    chart.barLabelFormat = (lambda value: _number(t, value) if value else "") if show_values \
        else None


def _column_chart(section: Section, categories: list[str], series: Sequence[tuple[str, str]],
                  values: list[list[int]], height: float = 58 * mm) -> Drawing:
    """Vertical bars: one group per category (a month, an age), one bar per series."""
    t = section.t
    drawing = _drawing(section.width, height)
    legend = _legend(drawing, series, height) + 4 if len(series) > 1 else 0
    chart = VerticalBarChart()
    axis_width = stringWidth(_number(t, 99999), SANS, _CHART_FONT_SIZE) + 6
    # A few categories get bars of a sensible width, not bars as wide as the page.
    chart.width = min(section.width - axis_width - 2,
                      len(categories) * (len(series) * 14 * mm + 10 * mm))
    every = max(1, -(-len(categories) // 12))  # many months: name every n-th
    room = chart.width / max(1, len(categories)) * every - 4
    categories = ["\n".join(_wrap(line, room) for line in label.split("\n"))
                  if index % every == 0 else "" for index, label in enumerate(categories)]
    lines = max((label.count("\n") + 1 for label in categories), default=1)
    chart.x, chart.y = axis_width, lines * (_CHART_FONT_SIZE + 1.5) + 6
    chart.height = height - chart.y - legend - 6
    # Values over the bars only when each bar is wide enough for its number.
    slot = chart.width / max(1, len(categories)) * 0.8 / len(series)
    widest = stringWidth(_number(t, max((v for row in values for v in row), default=0)), SANS,
                         _VALUE_FONT_SIZE)
    show = widest <= slot + 2
    _style_chart(chart, t, [name for name, _ in series], values, show_values=show,
                 headroom=1.12 if show else 1.0)
    chart.groupSpacing = 6 if len(series) > 1 else 4
    chart.barSpacing = 0.5
    chart.barLabels.nudge = 5
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.labels.textAnchor = "middle"
    drawing.add(chart)
    return drawing


def _bar_chart(section: Section, labels: list[str], series: Sequence[tuple[str, str]],
               values: list[list[int]], colours: Sequence[str] | None = None) -> Drawing:
    """Horizontal bars, the first category on top: readable with long names."""
    t = section.t
    labels = [_chart_text(label) for label in labels]
    fonts = [_label_font(label) for label in labels]
    room = section.width * 0.36
    labels = [_fit(label, font, _CHART_FONT_SIZE, room) for label, font in zip(labels, fonts,
                                                                               strict=True)]
    label_width = max((stringWidth(label, font, _CHART_FONT_SIZE)
                       for label, font in zip(labels, fonts, strict=True)), default=0)
    row = (6.5 if len(series) == 1 else 4.8 * len(series) + 2.5) * mm
    legend_height = (_CHART_FONT_SIZE + 4) * 1.5 if len(series) > 1 else 0
    axis_height = _CHART_FONT_SIZE + 8
    height = len(labels) * row + axis_height + legend_height + 4
    drawing = _drawing(section.width, height)
    if len(series) > 1:
        _legend(drawing, series, height)
    chart = HorizontalBarChart()
    chart.x = label_width + 8
    chart.y = axis_height
    # Room on the right for the number after the longest bar.
    chart.width = section.width - chart.x - stringWidth(
        _number(t, max((v for row in values for v in row), default=0)), SANS,
        _VALUE_FONT_SIZE) - 10
    chart.height = len(labels) * row
    # Bars of a group are drawn from the bottom up: the first series goes last, so that
    # it is on top, as in the legend.
    _style_chart(chart, t, [name for name, _ in reversed(series)], values[::-1],
                 show_values=True)
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    for index, font in enumerate(fonts):
        if font != SANS:  # labels are indexed by place, counted from the bottom
            chart.categoryAxis.labels[len(labels) - 1 - index].fontName = font
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.nudge = 6
    chart.groupSpacing = 2.5 * mm
    chart.barSpacing = 0.6
    if colours is not None:  # one series, a colour per bar (outcomes)
        chart.bars[0].fillColor = None
        for index, name in enumerate(colours):
            chart.bars[(0, index)].fillColor = _hex(name)
    drawing.add(chart)
    return drawing


# ---------------------------------------------------------------------------
# tables


@cache
def _table_styles() -> dict[str, ParagraphStyle]:
    base = styles()
    head, cell = base["table_head"], base["table_cell"]
    return {
        "head": head,
        "head_number": ParagraphStyle("stats_head_number", parent=head, alignment=TA_RIGHT),
        "cell": cell,
        "number": ParagraphStyle("stats_number", parent=cell, alignment=TA_RIGHT),
        "total": ParagraphStyle("stats_total", parent=cell, fontName=SANS_BOLD),
        "total_number": ParagraphStyle("stats_total_number", parent=cell, fontName=SANS_BOLD,
                                       alignment=TA_RIGHT),
    }


class _Table(Table):
    """A table that leaves no fewer than ``_ORPHANS`` rows (its total counted) on either
    side of a page break: never a page holding only a total."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        kept = len(parts[0]._cellvalues)
        first, second = kept - self.repeatRows, len(parts[1]._cellvalues) - self.repeatRows
        if first < _ORPHANS:
            return []  # the whole table on the next page
        if second >= _ORPHANS:
            return parts
        moved = _ORPHANS - second
        if first - moved < _ORPHANS:
            return []
        return super().split(availWidth, availHeight - sum(self._rowHeights[kept - moved:kept]))


_ORPHANS = 3


def _column_widths(width: float, headers: Sequence[str], rows: Sequence[Sequence[str]],
                   total: Sequence[str] | None) -> list[float]:
    """Number columns as wide as their longest header word or value (never a word broken
    in two), at least ``_NUMBER_COLUMN``; the label column takes the rest."""
    head, cell = _table_styles()["head"], _table_styles()["total"]
    widths = []
    for index in range(1, len(headers)):
        words = [stringWidth(word, head.fontName, head.fontSize)
                 for word in headers[index].split()]
        values = [stringWidth(row[index], cell.fontName, cell.fontSize)
                  for row in [*rows, *([total] if total else [])]]
        widths.append(max(_NUMBER_COLUMN, *words, *values) + 2 * _CELL_PADDING + 1)
    return [width - sum(widths), *widths]


_NUMBER_COLUMN = 16 * mm
_CELL_PADDING = 4


def _table(section: Section, headers: Sequence[str], rows: Sequence[Sequence[str]],
           total: Sequence[str] | None = None) -> Flowable:
    """The table behind a chart: a label column, then numbers on the right.
    ``rows`` hold plain text (escaped here); ``total`` is a bold last row."""
    style = _table_styles()
    widths = _column_widths(section.width, headers, rows, total)

    def line(cells: Sequence[str], first: str, rest: str) -> list[Paragraph]:
        return [Paragraph(safe(cell), style[first if i == 0 else rest])
                for i, cell in enumerate(cells)]

    data = [line(headers, "head", "head_number")]
    data += [line(row, "cell", "number") for row in rows]
    commands: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, 0), colour("table_header")),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colour("grid")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
    ]
    if total is not None:
        data.append(line(total, "total", "total_number"))
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, colour("rule")))
    table = _Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS, 9),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), *commands]))
    return table


class _Figure(KeepTogether):
    """A heading, a chart and a table, kept on one page when they fit on one. When they
    do not, they start on this page if all before the table and its first rows fit
    (the table goes on over the next page), else on the next page."""

    def split(self, aW: float, aH: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        content = list(self._content)
        frame = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        if aH >= self._H or at_top or self._start_height(aW, aH) <= aH:
            return content
        return [FrameBreak(), *content]

    def _start_height(self, aW: float, aH: float) -> float:
        height = 0.0
        for flowable in self._content:
            if isinstance(flowable, Table):
                rows = flowable._rowHeights[:flowable.repeatRows + _ORPHANS]
                return height + sum(rows)
            height += (flowable.wrapOn(self.canv, aW, aH)[1] + flowable.getSpaceBefore()
                       + flowable.getSpaceAfter())
        return self._H  # no table: all of it at once


def _figure(title: str | Markup, chart: Flowable | None, table: Flowable | None,
            after: Sequence[Flowable] = ()) -> list[Flowable]:
    made: list[Flowable] = [heading(title)]
    if chart is not None:
        made += [chart, Spacer(1, 2 * mm)]
    if table is not None:
        made.append(table)
    return [_Figure([*made, *after])]


def _any(values: list[list[int]]) -> bool:
    """Whether a chart would show a bar (a chart of zeros says nothing its table does not)."""
    return any(v for row in values for v in row)


def _no_data(section: Section, key: str = "statistics.no_data") -> Paragraph:
    return para("plain", section.t[key])


# ---------------------------------------------------------------------------
# blocks


def _stats(section: Section) -> Statistics:
    return section.doc.stats


def _title(section: Section) -> list[Flowable]:
    t, stats = section.t, _stats(section)
    office = stats.filter.office
    where = fill(t["statistics.office"], office=office) if office else t["statistics.all_offices"]
    return [para("title", safe(report_title(stats, t.lang))),
            para("subtitle", where),
            para("centre", fill(t["statistics.prepared_on"],
                                date=t.date(section.doc.generated_on)))]


def _pending_total(stats: Statistics) -> int:
    return sum(n for _, n in stats.pending_by_age)


def _pending_on(stats: Statistics) -> date:
    """The day the pending cases are counted at: the period's end, or today if later."""
    return stats.pending_on or stats.filter.date_to


def _summary(section: Section) -> list[Flowable]:
    t, stats = section.t, _stats(section)
    registered = sum(row.registered for row in stats.months)
    decisions = sum(n for _, n in stats.outcomes)
    rate = (t["statistics.no_decisions"] if stats.recognition_rate is None
            else _percent(t, stats.recognition_rate))
    rows = [
        (t["statistics.summary.registered"], _number(t, registered)),
        (t["statistics.summary.decisions"],
         _number(t, decisions) if decisions else t["statistics.no_decisions"]),
        (t["statistics.summary.recognition_rate"], rate),
        (t["statistics.summary.median_days"], _days(t, stats.median_days)),
        (fill(t["statistics.summary.pending"], date=t.date(_pending_on(stats))),
         _number(t, _pending_total(stats))),
        (t["statistics.summary.expiring"], _number(t, sum(n for _, n in stats.expiring))),
        (t["statistics.summary.appeals"], _number(t, stats.appeals_lodged)),
    ]
    table = facts_table(section, [(label, Markup(f"<b>{safe(value)}</b>"))
                                  for label, value in rows], label_width=section.width * 0.62)
    return [heading(t["statistics.summary_heading"]), table]


def _months(section: Section) -> list[Flowable]:
    t, stats = section.t, _stats(section)
    months = stats.months
    series = [("registered", t["statistics.columns.registered"]),
              ("recognised", t["statistics.columns.recognised"]),
              ("refused", t["statistics.columns.refused"]),
              ("closed", t["statistics.columns.closed"])]
    values = [[getattr(row, name) for row in months] for name, _ in series]
    chart = _column_chart(section, [_month_label(t, row.month) for row in months], series,
                          values) if _any(values) else None
    columns = t["statistics.columns"]
    rows = [[_month_name(t, row.month), *(_number(t, getattr(row, name)) for name, _ in series),
             t["empty"] if row.median_days is None else _decimal(t, row.median_days)]
            for row in months]
    total = [t["statistics.total"], *(_number(t, sum(v)) for v in values),
             t["empty"] if stats.median_days is None else _decimal(t, stats.median_days)]
    table = _table(section, [columns["month"], *(label for _, label in series),
                             columns["median_days"]], rows, total)
    return _figure(t["statistics.months_heading"], chart, table)


def _outcomes(section: Section) -> list[Flowable]:
    t, stats = section.t, _stats(section)
    outcomes = [(key, n) for key, n in stats.outcomes if n]
    title = t["statistics.outcomes_heading"]
    if not outcomes:
        return [heading(title), _no_data(section, "statistics.no_decisions_note")]
    names = [t.vocab("outcome", key) for key, _ in outcomes]
    chart = _bar_chart(section, names, [("decisions", t["statistics.columns.decisions"])],
                       [[n for _, n in outcomes]],
                       colours=[_OUTCOME_COLOURS.get(key, "registered") for key, _ in outcomes])
    whole = sum(n for _, n in outcomes)
    columns = t["statistics.columns"]
    table = _table(section, [columns["outcome"], columns["decisions"], columns["share"]],
                   [[name, _number(t, n), _share(t, n, whole)]
                    for name, (_, n) in zip(names, outcomes, strict=True)],
                   [t["statistics.total"], _number(t, whole), _share(t, whole, whole)])
    return _figure(title, chart, table, after=_extensions(section))


def _extensions(section: Section) -> list[Flowable]:
    """Decisions on extending a status: a small table, counted apart from the decisions
    on refugee status (an extension is neither a recognition nor a refusal)."""
    t = section.t
    outcomes = [(key, n) for key, n in _stats(section).extension_outcomes if n]
    if not outcomes:
        return []
    columns = t["statistics.columns"]
    whole = sum(n for _, n in outcomes)
    table = _table(section, [columns["outcome"], columns["decisions"], columns["share"]],
                   [[t.vocab("extension_outcome", key), _number(t, n), _share(t, n, whole)]
                    for key, n in outcomes],
                   [t["statistics.total"], _number(t, whole), _share(t, whole, whole)])
    # Not a KeepTogether: it goes inside the outcomes' one (nested ones never fit).
    return [heading(t["statistics.extensions_heading"]), table]


def _pending(section: Section) -> list[Flowable]:
    t, stats = section.t, _stats(section)
    buckets = list(stats.pending_by_age)
    names = [t.vocab("pending_age", key) for key, _ in buckets]
    counts = [n for _, n in buckets]
    chart = _column_chart(section, names, [("pending", t["statistics.columns.pending"])],
                          [counts], height=48 * mm) if _any([counts]) else None
    columns = t["statistics.columns"]
    table = _table(section, [columns["age"], columns["cases"]],
                   [[name, _number(t, n)] for name, n in zip(names, counts, strict=True)],
                   [t["statistics.total"], _number(t, sum(counts))])
    title = fill(t["statistics.pending_heading"], date=t.date(_pending_on(stats)))
    return _figure(title, chart, table)


def _top(rows: Sequence[GroupRow], limit: int) -> tuple[list[GroupRow], list[GroupRow]]:
    return list(rows[:limit]), list(rows[limit:])


def _sum(rows: Sequence[GroupRow], field: str) -> int:
    return sum(getattr(row, field) for row in rows)


_GROUP_FIELDS = ("registered", "recognised", "refused", "pending")


def _group_row(t: Texts, name: str, values: Sequence[int]) -> list[str]:
    registered, recognised, refused, pending = values
    return [name, _number(t, registered), _number(t, recognised), _number(t, refused),
            _number(t, pending), _rate(t, recognised, refused)]


def _groups(section: Section, kind: str, rows: Sequence[GroupRow], *, title: str,
            other: str, table_limit: int | None) -> list[Flowable]:
    """A chart of the first ``TOP`` groups (the rest summed into one bar) and the table:
    the first ``table_limit`` groups and one row for the rest, or every group."""
    t = section.t
    if not any(_sum(rows, field) for field in _GROUP_FIELDS):
        return [heading(title), _no_data(section)]
    shown, rest = _top(rows, TOP)
    names = [_group_name(t, kind, row.key) for row in shown]
    if kind == "officer":
        series = [("decisions", t["statistics.columns.decisions"]),
                  ("pending", t["statistics.columns.pending"])]
        values = [[row.recognised + row.refused for row in shown],
                  [row.pending for row in shown]]
        if rest:
            values[0].append(_sum(rest, "recognised") + _sum(rest, "refused"))
            values[1].append(_sum(rest, "pending"))
    else:
        series = [("registered", t["statistics.columns.registered"])]
        values = [[row.registered for row in shown]]
        if rest:
            values[0].append(_sum(rest, "registered"))
    # Groups with cases pending but none registered in the period: no bars to draw.
    chart = (_bar_chart(section, names + ([other] if rest else []), series, values)
             if _any(values) else None)
    columns = t["statistics.columns"]
    headers = [columns[kind], columns["registered"], columns["recognised"], columns["refused"],
               columns["pending"], columns["rate"]]
    listed, summed = (list(rows), []) if table_limit is None else _top(rows, table_limit)
    body = [_group_row(t, _group_name(t, kind, row.key),
                       [getattr(row, field) for field in _GROUP_FIELDS]) for row in listed]
    if summed:
        body.append(_group_row(t, other, [_sum(summed, field) for field in _GROUP_FIELDS]))
    total = _group_row(t, t["statistics.total"], [_sum(rows, field) for field in _GROUP_FIELDS])
    note = fill_para("small", t["statistics.pending_note"],
                     date=t.date(section.doc.generated_on))
    return _figure(title, chart, _table(section, headers, body, total),
                   after=[Spacer(1, 1.5 * mm), note])


def _citizenship(section: Section) -> list[Flowable]:
    t = section.t
    return _groups(section, "citizenship", _stats(section).by_citizenship,
                   title=t["statistics.citizenship_heading"],
                   other=t["statistics.other_countries"], table_limit=TOP)


def _ethnicity(section: Section) -> list[Flowable]:
    t = section.t
    return _groups(section, "ethnicity", _stats(section).by_ethnicity,
                   title=t["statistics.ethnicity_heading"], other=t["statistics.others"],
                   table_limit=TOP)


def _officer(section: Section) -> list[Flowable]:
    t = section.t
    return _groups(section, "officer", _stats(section).by_officer,
                   title=t["statistics.officer_heading"], other=t["statistics.others"],
                   table_limit=None)


def _expiring(section: Section) -> list[Flowable]:
    t, stats = section.t, _stats(section)
    months = list(stats.expiring)
    counts = [n for _, n in months]
    chart = _column_chart(section, [_month_label(t, month) for month, _ in months],
                          [("expiring", t["statistics.columns.statuses"])], [counts],
                          height=48 * mm) if _any([counts]) else None
    columns = t["statistics.columns"]
    table = _table(section, [columns["month"], columns["statuses"]],
                   [[_month_name(t, month), _number(t, n)] for month, n in months],
                   [t["statistics.total"], _number(t, sum(counts))])
    return _figure(t["statistics.expiring_heading"], chart, table)


def _appeals(section: Section) -> list[Flowable]:
    t, stats = section.t, _stats(section)
    title = t["statistics.appeals_heading"]
    lodged = fill_para("plain", t["statistics.appeals_lodged"], n=_number(t, stats.appeals_lodged))
    outcomes = [(key, n) for key, n in stats.appeal_outcomes if n]
    if not outcomes:
        return [heading(title), lodged]
    names = [t.vocab("appeal_outcome", key) for key, _ in outcomes]
    chart = _bar_chart(section, names, [("appeals", t["statistics.columns.appeals"])],
                       [[n for _, n in outcomes]],
                       colours=[_APPEAL_COLOURS.get(key, "registered") for key, _ in outcomes])
    whole = sum(n for _, n in outcomes)
    columns = t["statistics.columns"]
    table = _table(section, [columns["outcome"], columns["appeals"], columns["share"]],
                   [[name, _number(t, n), _share(t, n, whole)]
                    for name, (_, n) in zip(names, outcomes, strict=True)],
                   [t["statistics.total"], _number(t, whole), _share(t, whole, whole)])
    return [_Figure([heading(title), lodged, Spacer(1, 2 * mm), chart, Spacer(1, 2 * mm),
                     table])]


_BLOCKS: tuple[Callable[[Section], list[Flowable]], ...] = (
    letterhead, _title, _summary, _months, _outcomes, _pending, _citizenship, _ethnicity,
    _officer, _expiring, _appeals,
)


def render_statistics_report(stats: Statistics, language: str, *, commission: Commission,
                             generated_on: date) -> bytes:
    """The statistical report of ``stats`` in ``language`` ("kk", "ru" or "en") as PDF bytes.

    ``commission`` is the letterhead the letters print (``printing.commission``);
    ``generated_on`` is the day the report is prepared (printed, and the day the
    groups' pending counts refer to).
    """
    if language not in REPORT_LANGUAGES:
        raise ValueError(f"cannot print the report in {language!r}; the languages are "
                         f"{', '.join(REPORT_LANGUAGES)}")
    register_fonts()
    t = texts(language)
    section = Section(doc=_Report(commission, stats, generated_on), texts=(t,),
                      kind="statistics", width=frame_width())
    flowables: list[Flowable] = []
    for block in _BLOCKS:
        flowables += block(section)
    title = report_title(stats, language).replace("\u00a0", " ")
    marks = PageMarks(texts=(t,), footer=title, numbered=True, preview=False, duplicate=False)
    return build_pdf([(marks, flowables)], title=title, lang=language)


__all__ = ["REPORT_LANGUAGES", "TOP", "render_statistics_report", "report_title"]
