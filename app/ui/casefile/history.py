"""The history of the case: who did what and when, and which values changed."""

from __future__ import annotations

import json
import re
from datetime import datetime

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.permissions import Action, allowed
from app.domain.workflow import status_label
from app.services import casefile
from app.services.casefile import CaseFile, HistoryEntry
from app.ui.casefile.interviews import name_table_parts, named
from app.ui.casefile.section import CaseContext, Section
from app.ui.locale_format import datetime_text, partial_date_text
from app.ui.messages import error_text
from app.ui.tables import ListTableModel
from app.ui.tasks import run_task

_N = QT_TRANSLATE_NOOP

#: Audit action codes in words. Unknown codes are shown as they are.
ACTIONS: dict[str, str] = {
    "case.register": _N("History", "Petition registered"),
    "case.view": _N("History", "Case file viewed"),
    "case.view_sensitive": _N("History", "Claim, interviews and evidence viewed"),
    "case.assign": _N("History", "Officer assigned"),
    "case.fingerprints": _N("History", "Fingerprints recorded"),
    "case.extend_deadline": _N("History", "Decision deadline extended"),
    "case.close": _N("History", "Case closed"),
    "case.reopen": _N("History", "Case reopened"),
    "case.export": _N("History", "Case exported"),
    "case.import": _N("History", "Case imported"),
    "case.not_duplicate": _N("History", "Marked as not a duplicate"),
    "applicant.update": _N("History", "Applicant's details changed"),
    "applicant.photo": _N("History", "Applicant's photo changed"),
    "family_member.add": _N("History", "Family member added"),
    "family_member.update": _N("History", "Family member changed"),
    "family_member.remove": _N("History", "Family member removed"),
    "document.add": _N("History", "Identity document added"),
    "document.update": _N("History", "Identity document changed"),
    "identity_document.remove": _N("History", "Identity document removed"),
    "entry.add": _N("History", "Border crossing added"),
    "entry.update": _N("History", "Border crossing changed"),
    "entry_record.remove": _N("History", "Border crossing removed"),
    "proceeding.add": _N("History", "Criminal proceeding added"),
    "proceeding.update": _N("History", "Criminal proceeding changed"),
    "criminal_proceeding.remove": _N("History", "Criminal proceeding removed"),
    "ruling.add": _N("History", "Court ruling added"),
    "ruling.update": _N("History", "Court ruling changed"),
    "court_ruling.remove": _N("History", "Court ruling removed"),
    "representative.add": _N("History", "Representative registered"),
    "representative.assign": _N("History", "Representative assigned"),
    "interpreter.add": _N("History", "Interpreter registered"),
    "interview.schedule": _N("History", "Interview scheduled"),
    "interview.record": _N("History", "Interview recorded"),
    "interview.no_show": _N("History", "Applicant did not come to the interview"),
    "claim.save": _N("History", "Claim saved"),
    "incident.add": _N("History", "Incident added"),
    "incident.update": _N("History", "Incident changed"),
    "incident.remove": _N("History", "Incident removed"),
    "evidence.attach": _N("History", "Evidence attached"),
    "evidence.view": _N("History", "Evidence viewed"),
    "assessment.draft": _N("History", "Assessment drafted"),
    "assessment.submit": _N("History", "Submitted for approval"),
    "assessment.return": _N("History", "Returned with comments"),
    "decision.approve": _N("History", "Decision approved"),
    "decision.notify": _N("History", "Notification recorded"),
    "certificate.issue": _N("History", "Certificate issued"),
    "certificate.renew": _N("History", "Certificate renewed"),
    "extension.request": _N("History", "Extension application registered"),
    "status.end": _N("History", "Refugee status ended"),
    "appeal.lodge": _N("History", "Appeal recorded"),
    "appeal.outcome": _N("History", "Appeal outcome recorded"),
    "certificate.replace": _N("History", "Certificate replaced"),
    "certificate.verify": _N("History", "Certificate checked"),
    "document.issue": _N("History", "Document printed and registered"),
    "document.reprint": _N("History", "Duplicate printed"),
    "document.handover": _N("History", "Document handed over"),
    "document.void": _N("History", "Printed document voided"),
    "access.denied": _N("History", "An action was refused to this role"),
    "retention.anonymise": _N("History", "Anonymised after the retention period"),
    "retention.purge": _N("History", "Purged after the retention period"),
    "case.checkout": _N("History", "Checked out to a laptop"),
    "case.checkout_accept": _N("History", "Taken onto the laptop"),
    "case.checkout_release": _N("History", "Released from its laptop"),
    "case.checkin": _N("History", "Checked in from the laptop"),
    "case.checkin_new": _N("History", "Registered on a laptop, taken in at the office"),
}

#: Entries that only record that somebody looked: hidden unless asked for.
VIEW_ACTIONS = frozenset({"case.view", "case.view_sensitive", "evidence.view"})
#: Values not worth showing a person (internal identifiers).
_SKIPPED_FIELDS = frozenset({"id", "case_id"})
MAX_VALUE_CHARS = 160
_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def action_text(code: str) -> str:
    phrase = ACTIONS.get(code)
    return QCoreApplication.translate("History", phrase) if phrase else code


def _value_text(value) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if value is True:
        return QCoreApplication.translate("History", "yes")
    if value is False:
        return QCoreApplication.translate("History", "no")
    if isinstance(value, list):
        if all(isinstance(v, list) and len(v) == 2 for v in value):  # (question, answer) …
            text = "; ".join(f"{a}: {b}" for a, b in value)
        else:
            text = ", ".join(_value_text(v) for v in value)
    elif isinstance(value, dict):
        text = json.dumps(value, ensure_ascii=False)
    elif isinstance(value, str) and _ISO_TIME.match(value):
        text = datetime_text(datetime.fromisoformat(value))
    elif isinstance(value, str) and _ISO_DATE.match(value):
        text = partial_date_text(value)  # an impossible date stays as it was written
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= MAX_VALUE_CHARS else text[:MAX_VALUE_CHARS - 1] + "…"


def _status_text(value) -> str:
    try:
        return QCoreApplication.translate("CaseStatus", status_label(value))
    except ValueError:
        return _value_text(value)


def _parse(values: str) -> dict:
    if not values:
        return {}
    try:
        parsed = json.loads(values)
    except ValueError:
        return {"": values}
    return parsed if isinstance(parsed, dict) else {"": parsed}


def changed_fields(entry: HistoryEntry) -> list[tuple[str, str, str]]:
    """(field, old, new) for every field whose value differs, in field order."""
    old, new = _parse(entry.old_values), _parse(entry.new_values)
    rows = []
    for key in sorted(set(old) | set(new)):
        if key in _SKIPPED_FIELDS or old.get(key) == new.get(key):
            continue
        show = _status_text if key == "case_status" else _value_text
        rows.append((key.replace("_", " "), show(old.get(key)), show(new.get(key))))
    return rows


_HEADERS = [
    QT_TRANSLATE_NOOP("HistoryTable", "When"),
    QT_TRANSLATE_NOOP("HistoryTable", "User"),
    QT_TRANSLATE_NOOP("HistoryTable", "What"),
]


class HistoryTableModel(ListTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__("HistoryTable", _HEADERS, parent)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return datetime_text(row.at)
            if column == 1:
                return row.username
            if column == 2:
                return action_text(row.action)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return row.action
        return None


class HistorySection(Section):
    """The audit entries of the case, newest last, with their old and new values."""

    TITLE = QT_TRANSLATE_NOOP("CaseFile", "History")
    SENSITIVE = False  # the service hides the values of sensitive entries from a clerk

    def __init__(self, ctx: CaseContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("historySection")
        self._entries: list[HistoryEntry] = []
        self._generation = 0
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        heading = QLabel(self.tr("&History of the case:"))
        self.show_views = named(QCheckBox(self.tr("Show &views")), "historyShowViews",
                                self.tr("Also show when the file was only viewed"))
        self.status = QLabel()
        self.status.setObjectName("historyStatus")
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.show_views)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("historySplitter")
        splitter.setChildrenCollapsible(False)
        self.table = named(QTableView(), "historyTable", self.tr("History entries"))
        heading.setBuddy(self.table)
        self.model = HistoryTableModel(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        name_table_parts(self.table)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        splitter.addWidget(self.table)
        details_host = QWidget()
        details_layout = QVBoxLayout(details_host)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_label = QLabel(self.tr("&Details:"))
        self.details = named(QPlainTextEdit(), "historyDetails",
                             self.tr("Details of the selected entry"))
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        details_label.setBuddy(self.details)
        details_layout.addWidget(details_label)
        details_layout.addWidget(self.details)
        splitter.addWidget(details_host)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.show_views.toggled.connect(self._show)
        self.table.selectionModel().currentRowChanged.connect(self._selected)

    # ---- loading (again whenever the window reloads)

    def load(self, case_file: CaseFile) -> None:
        super().load(case_file)
        self._generation += 1
        generation = self._generation
        store, actor, number = self.ctx.store, self.ctx.actor, self.ctx.number
        self.status.setText(self.tr("Loading…"))

        def fetch():
            with store.uow(readonly=True) as uow:
                return casefile.case_history(uow, actor, number)

        def done(entries) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._entries = entries
                self.status.clear()
                self._show()

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.status.setText(error_text(exc))

        run_task(fetch, done, failed)

    def _show(self, *_args) -> None:
        views = self.show_views.isChecked()
        rows = [e for e in self._entries if views or e.action not in VIEW_ACTIONS]
        self.model.set_rows(rows)
        self.details.clear()
        if rows:
            self.table.selectRow(len(rows) - 1)
            self.table.scrollToBottom()

    def entries(self) -> list[HistoryEntry]:
        """The entries shown, oldest first."""
        return [self.model.row_at(r) for r in range(self.model.rowCount())]

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.model.row_at(current.row()) if current.isValid() else None
        self.details.setPlainText(self.details_text(entry) if entry else "")

    def details_text(self, entry: HistoryEntry) -> str:
        lines = [self.tr("{what} — {user}, {time}").format(
            what=action_text(entry.action), user=entry.username or "—",
            time=datetime_text(entry.at)), ""]
        changes = changed_fields(entry)
        if changes:
            lines += [self.tr("{field}: {old} → {new}").format(field=f, old=o, new=n)
                      for f, o, n in changes]
        elif not entry.old_values and not entry.new_values \
                and not allowed(self.ctx.actor.role, Action.VIEW_SENSITIVE):
            lines.append(self.tr("The values of this entry are shown only to officers and "
                                 "supervisors."))
        else:
            lines.append(self.tr("No values were recorded with this entry."))
        return "\n".join(lines)
