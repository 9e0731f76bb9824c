"""The supervisor's deadlines: what is overdue or due soon, for every officer.

The page loads ``due_items(only_mine=False)`` whole (overdue items and the
next week's, plus refugee status ending within a month) and filters it in
memory: overdue only, due within the week, and one officer. A summary line
counts each officer's overdue and due items, so the workload is seen at a
glance. Enter or a double click emits ``open_case``.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.db.audit import Actor
from app.db.store import Store
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.services import queries
from app.services.queries import DUE_LABELS, DueItem
from app.ui.approvals import OVERDUE, Column, records_table, refresh_action, refresh_button
from app.ui.locale_format import date_text, number_text, sorted_by_text
from app.ui.messages import error_text
from app.ui.tables import fit_headers
from app.ui.tasks import run_task

_N = QT_TRANSLATE_NOOP

#: How far ahead "due this week" looks (the service's default horizon).
WEEK_DAYS = 7


class Show:
    ALL = "all"
    OVERDUE = "overdue"
    WEEK = "week"


#: The page lists at most this many deadlines, the soonest (a backlog of years
#: taken over at once would otherwise be read whole at every visit).
DEADLINES_LIMIT = 5000


class DeadlinesPage(QWidget):
    """Every officer's deadlines: overdue in red, filters, and a count per officer."""

    open_case = Signal(str)
    loaded = Signal(int)

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("deadlinesPage")
        self.store, self.actor = store, actor
        self._generation = 0
        self._items: list[DueItem] = []
        self._loaded_once = False
        self._started = False  # loaded at the first show (see the end of __init__)
        self.today = date.today()

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        show_label = QLabel(self.tr("&Show:"))
        self.show_filter = QComboBox()
        self.show_filter.setObjectName("deadlinesShow")
        self.show_filter.setAccessibleName(self.tr("Which deadlines to show"))
        self.show_filter.view().setObjectName("deadlinesShowList")
        self.show_filter.view().setAccessibleName(self.tr("Which deadlines to show"))
        self.show_filter.addItem(self.tr("Everything overdue or due soon"), Show.ALL)
        self.show_filter.addItem(self.tr("Overdue"), Show.OVERDUE)
        self.show_filter.addItem(self.tr("Due this week (next 7 days)"), Show.WEEK)
        show_label.setBuddy(self.show_filter)
        officer_label = QLabel(self.tr("&Officer:"))
        self.officer_filter = QComboBox()
        self.officer_filter.setObjectName("deadlinesOfficer")
        self.officer_filter.setAccessibleName(self.tr("Filter by officer"))
        self.officer_filter.view().setObjectName("deadlinesOfficerList")
        self.officer_filter.view().setAccessibleName(self.tr("Officers"))
        self.officer_filter.addItem(self.tr("All officers"), None)
        officer_label.setBuddy(self.officer_filter)
        self.refresh_action = refresh_action(self, "actionRefreshDeadlines", self.refresh)
        self.refresh_button = refresh_button(
            self.refresh_action, "deadlinesRefresh", self.tr("Refresh the deadlines"),
            self.tr("Load the deadlines again (F5)"))
        bar.addWidget(show_label)
        bar.addWidget(self.show_filter, 1)
        bar.addWidget(officer_label)
        bar.addWidget(self.officer_filter, 1)
        bar.addStretch(2)
        bar.addWidget(self.refresh_button)
        layout.addLayout(bar)

        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setObjectName("deadlinesSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)

        self.model, self.proxy, self.table = records_table(
            self, "DeadlinesTable", self._columns(), "deadlinesTable",
            self.tr("Deadlines of all officers"), 0)
        fit_headers(self.table, (100, 150, 250, 140, 260, 110))
        self.table.activated.connect(self._open_index)
        layout.addWidget(self.table, 1)

        self.status_line = QLabel()
        self.status_line.setObjectName("deadlinesStatus")
        layout.addWidget(self.status_line)

        self.show_filter.currentIndexChanged.connect(self._apply_filter)
        self.officer_filter.currentIndexChanged.connect(self._apply_filter)
        self.setTabOrder(self.show_filter, self.officer_filter)
        self.setTabOrder(self.officer_filter, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.table)
        # The first load waits until the page is first shown (showEvent): it reads every
        # deadline of every officer (4 s and 60 MB at 10,000 cases), and the home page's
        # list of what is due has just asked for much the same.

    def _columns(self) -> list[Column]:
        def red(item: DueItem):
            return OVERDUE if item.overdue(self.today) else None

        return [
            Column(_N("DeadlinesTable", "Due"), lambda i: date_text(i.due_on),
                   key=lambda i: i.due_on.toordinal(), color=red),
            Column(_N("DeadlinesTable", "When"), self._when_text,
                   key=lambda i: (i.due_on - self.today).days, color=red),
            Column(_N("DeadlinesTable", "What"),
                   lambda i: QCoreApplication.translate("Due", DUE_LABELS.get(i.kind, i.kind)),
                   color=red),
            Column(_N("DeadlinesTable", "Case"), lambda i: i.number, color=red),
            Column(_N("DeadlinesTable", "Applicant"), lambda i: i.name, color=red),
            Column(_N("DeadlinesTable", "Officer"), self._officer_text, color=red),
        ]

    def _when_text(self, item: DueItem) -> str:
        days = (item.due_on - self.today).days
        if days < 0:
            return self.tr("overdue by %Ln day(s)", "", -days)
        if days == 0:
            return self.tr("today")
        return self.tr("in %Ln day(s)", "", days)

    def _officer_text(self, item: DueItem) -> str:
        return item.officer or self.tr("not assigned")

    # ---- loading

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        store, actor = self.store, self.actor
        self.status_line.setText(self.tr("Loading…"))

        def fetch():
            with store.uow(readonly=True) as uow:
                return (queries.due_items(uow, actor, only_mine=False, horizon_days=WEEK_DAYS,
                                          limit=DEADLINES_LIMIT),
                        queries.officers(uow, actor))

        def done(result) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show(*result)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.status_line.setText(error_text(exc))

        run_task(fetch, done, failed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._loaded_once or not self._started:  # first shown, or shown again
            self._started = True
            self.refresh()

    def _show(self, items: list[DueItem], officers: list[str]) -> None:
        self.today = date.today()
        self._items = items
        self._loaded_once = True
        self._fill_officers(officers + [i.officer for i in items])
        self.model.set_records(items)
        self._summarise()
        self._apply_filter()
        self.loaded.emit(len(items))

    def _fill_officers(self, names: list[str]) -> None:
        current = self.officer_filter.currentData()
        self.officer_filter.blockSignals(True)
        try:
            while self.officer_filter.count() > 1:
                self.officer_filter.removeItem(1)
            for name in sorted_by_text({n for n in names if n}):
                self.officer_filter.addItem(name, name)
            if any(not i.officer for i in self._items):
                self.officer_filter.addItem(self.tr("Not assigned"), "")
            index = self.officer_filter.findData(current) if current is not None else 0
            self.officer_filter.setCurrentIndex(max(index, 0))
        finally:
            self.officer_filter.blockSignals(False)

    def _category(self, item: DueItem) -> str:
        if item.overdue(self.today):
            return Show.OVERDUE
        if item.due_on <= self.today + timedelta(days=WEEK_DAYS):
            return Show.WEEK
        return Show.ALL  # later: refugee status ending within the month

    def _summarise(self) -> None:
        """Overdue and due this week in total, then for each officer."""
        counts: dict[str, Counter] = {}
        for item in self._items:
            counts.setdefault(item.officer, Counter())[self._category(item)] += 1
        total = Counter()
        for counter in counts.values():
            total.update(counter)
        if not self._items:
            self.summary.setText(self.tr("Nothing is overdue or due this week."))
            return
        head = self.tr("<b>Overdue: {overdue}</b> · due this week: {week}").format(
            overdue=f"<span style='color:{OVERDUE.name()}'>{number_text(total[Show.OVERDUE])}"
            "</span>" if total[Show.OVERDUE] else number_text(0),
            week=number_text(total[Show.WEEK]))
        per_officer = []
        named = sorted_by_text([o for o in counts if o])
        for officer in named + ([""] if "" in counts else []):
            counter = counts[officer]
            per_officer.append(self.tr("{officer}: {overdue} overdue, {week} this week").format(
                officer=officer or self.tr("not assigned"),
                overdue=number_text(counter[Show.OVERDUE]),
                week=number_text(counter[Show.WEEK])))
        if len(self._items) >= DEADLINES_LIMIT:
            head += " · " + self.tr("the {limit} soonest are listed").format(
                limit=number_text(DEADLINES_LIMIT))
        self.summary.setText(head + "<br>" + self.tr("By officer — {list}").format(
            list="; ".join(per_officer)))

    def _apply_filter(self, *_args) -> None:
        show = self.show_filter.currentData()
        officer = self.officer_filter.currentData()

        def accepts(item: DueItem) -> bool:
            if officer is not None and item.officer != officer:
                return False
            return show == Show.ALL or self._category(item) == show

        self.proxy.set_predicate(None if show == Show.ALL and officer is None else accepts)
        shown, total = self.proxy.rowCount(), len(self._items)
        if not total:
            text = self.tr("Nothing is overdue or due this week.")
        elif not shown:
            text = self.tr("Nothing matches these filters.")
        elif shown < total:
            text = self.tr("Shown: {shown} of {total}").format(shown=number_text(shown),
                                                               total=number_text(total))
        else:
            text = self.tr("Deadlines: %Ln", "", total)
        self.status_line.setText(text)

    # ---- opening

    def rows(self) -> list[DueItem]:
        return [self.proxy.record_at(r) for r in range(self.proxy.rowCount())]

    def _open_index(self, index: QModelIndex) -> None:
        item = self.proxy.record_at(index.row())
        if item is not None:
            self.open_case.emit(item.number)
