"""Decisions and the life of a status: what was decided, served and appealed, the
statutory clock, and the steps after a decision (notification, extension, end of
status, appeal, court outcome, closure, reopening, a longer decision deadline).

Every step button is enabled exactly when the workflow table allows the step for
the case's state and the user's role; each opens a small dialog that calls the
service and shows its field errors inline.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import vocab
from app.domain.deadlines import add_months
from app.domain.errors import DomainError
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.vocab import (
    AppealOutcome,
    AssessmentKind,
    CertificateKind,
    CertificateState,
    ClosureReason,
    Outcome,
    Role,
    ServiceMethod,
    StatusEndKind,
)
from app.domain.workflow import PRE_DECISION, WORKFLOW, CaseStatus, Step, can_take, status_label
from app.services import decision_views, decisions
from app.services.casefile import CaseFile
from app.services.cases import ASYLUM_SEEKER_STATES
from app.services.decision_views import AppealView, DecisionFile, DecisionView, EventView
from app.ui.casefile.assessment import (
    ALERT_COLOR,
    buddy_label,
    date_edit,
    enum_combo,
    enum_text,
    field,
    text_box,
)
from app.ui.casefile.interviews import named
from app.ui.casefile.names_editor import RecordTableModel, notice_label, table_defaults
from app.ui.casefile.section import CaseContext, Section
from app.ui.forms import FieldErrors, basis_title, confirm, run_save
from app.ui.locale_format import date_text, long_date_text, sorted_by_text
from app.ui.messages import error_text
from app.ui.tables import plain_tooltip

_N = QT_TRANSLATE_NOOP


def _status_text(status: CaseStatus | str) -> str:
    return QCoreApplication.translate("CaseStatus", status_label(status))


def _target_text(step: Step) -> str:
    """The state a step leads to, in words (from the workflow table)."""
    target = WORKFLOW[step].target
    return _status_text(target) if target is not None else ""


def notify_step(latest: DecisionView | None) -> Step:
    """Which notification step the latest decision calls for."""
    if latest is None:
        return Step.NOTIFY_GRANT
    if latest.kind == AssessmentKind.EXTENSION:
        return Step.NOTIFY_EXTENSION
    return {Outcome.RECOGNISE.value: Step.NOTIFY_GRANT,
            Outcome.REFUSE.value: Step.NOTIFY_REFUSAL,
            Outcome.CLOSE.value: Step.NOTIFY_CLOSURE}.get(latest.outcome, Step.NOTIFY_GRANT)


# ---------------------------------------------------------------------------
# the tables


class _Records(RecordTableModel):
    """Read-only rows; ``alert(record, column)`` paints a cell red and bold."""

    def __init__(self, context: str, columns, alert=None, tips=None, parent=None) -> None:
        super().__init__(context, columns, parent)
        self.alert = alert
        self.tips = tips or {}

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self.record_at(index.row())
        if record is None:
            return None
        column = index.column()
        flagged = self.alert is not None and self.alert(record, column)
        if role == Qt.ItemDataRole.ForegroundRole and flagged:
            return QColor(ALERT_COLOR)
        if role == Qt.ItemDataRole.FontRole and flagged:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column in self.tips:
            return plain_tooltip(self.tips[column](record)) or super().data(index, role)
        return super().data(index, role)


#: Widest a column gets when fitted to its contents; the tooltip shows the rest.
MAX_COLUMN_WIDTH = 240


def _tr(text: str) -> str:
    return QCoreApplication.translate("DecisionSection", text)


def _user(name: str) -> str:
    return name or "—"


def _valid(d: DecisionView) -> str:
    if d.valid_from is None and d.valid_to is None:
        return ""
    return f"{date_text(d.valid_from)} – {date_text(d.valid_to)}"


def _served(d: DecisionView) -> str:
    if d.served_on is None:
        return QCoreApplication.translate("DecisionSection", "not yet served")
    how = enum_text(ServiceMethod, d.served_how)
    return f"{date_text(d.served_on)}, {how}" if how else date_text(d.served_on)


def _outcome(d: DecisionView) -> str:
    outcome = enum_text(Outcome, d.outcome)
    if d.kind == AssessmentKind.EXTENSION:
        return QCoreApplication.translate("DecisionSection", "{outcome} (extension)").format(outcome=outcome)
    return outcome


DECISION_COLUMNS = [
    (_N("DecisionTable", "Decision"), _outcome),
    (_N("DecisionTable", "Legal basis"), lambda d: d.legal_basis_code),
    (_N("DecisionTable", "Decided on"), lambda d: date_text(d.decided_on)),
    (_N("DecisionTable", "Drafted / approved by"),
     lambda d: f"{_user(d.drafted_by)} / {_user(d.approved_by)}"),
    (_N("DecisionTable", "Status valid"), _valid),
    (_N("DecisionTable", "Served"), _served),
    (_N("DecisionTable", "Appeal until"), lambda d: date_text(d.appeal_deadline)),
]
BASIS_COLUMN = 1  # its tooltip gives the article's title


def _appeal_in_time(appeal: AppealView) -> str:
    if appeal.deadline is None:
        return QCoreApplication.translate("DecisionSection", "no deadline recorded")
    return QCoreApplication.translate("DecisionSection", "LATE") if appeal.late else QCoreApplication.translate("DecisionSection", "in time")


APPEAL_COLUMNS = [
    (_N("AppealTable", "Lodged on"), lambda a: date_text(a.lodged_on)),
    (_N("AppealTable", "Deadline"), lambda a: date_text(a.deadline)),
    (_N("AppealTable", "In time?"), _appeal_in_time),
    (_N("AppealTable", "Court"), lambda a: a.court),
    (_N("AppealTable", "Reference"), lambda a: a.reference),
    (_N("AppealTable", "Outcome"), lambda a: enum_text(AppealOutcome, a.outcome)),
    (_N("AppealTable", "Outcome on"), lambda a: date_text(a.outcome_on)),
]
IN_TIME_COLUMN = 2  # red and bold when late

#: What each kind of event is called in the timeline.
EVENT_KINDS = {
    "close": _N("DecisionSection", "Case closed"),
    "reopen": _N("DecisionSection", "Case reopened"),
    "expiry": _N("DecisionSection", "Status ended: expiry"),
    "cessation": _N("DecisionSection", "Status ended: cessation"),
    "revocation": _N("DecisionSection", "Status ended: revocation"),
    "extension_applied": _N("DecisionSection", "Extension applied for"),
}


def _event_kind(event: EventView) -> str:
    return _tr(EVENT_KINDS[event.kind]) if event.kind in EVENT_KINDS else event.kind


def _event_reason(event: EventView) -> str:
    if event.reason == "appeal_successful":
        return enum_text(AppealOutcome, AppealOutcome.SUCCESSFUL.value)
    return enum_text(ClosureReason, event.reason)


EVENT_COLUMNS = [
    (_N("EventTable", "Date"), lambda e: date_text(e.on)),
    (_N("EventTable", "Event"), _event_kind),
    (_N("EventTable", "Reason"), _event_reason),
    (_N("EventTable", "By"), lambda e: e.by),
    # Last, so that it takes the room left (the tooltip shows it whole).
    (_N("EventTable", "Note"), lambda e: e.note.replace("\n", " ")),
]


class FittedTable(QTableView):
    """A table as tall as its rows (the section scrolls, not the table)."""

    def refit(self) -> None:
        header = self.horizontalHeader()
        last = self.model().columnCount() - 1
        # The last column takes the room left, and gives it back when the section narrows.
        header.setStretchLastSection(False)
        for column in range(last):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, min(self.columnWidth(column), MAX_COLUMN_WIDTH))
        header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
        self._fit_height()

    def _fit_height(self) -> None:
        rows = self.model().rowCount()
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(rows))
        if self.horizontalHeader().length() > self.viewport().width():
            height += self.horizontalScrollBar().sizeHint().height()
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()


# ---------------------------------------------------------------------------
# the step dialogs


class StepDialog(QDialog):
    """A small form for one step: fields, inline errors, confirmation, the service call.

    Subclasses implement ``build`` (the fields), ``question`` (what to confirm, or "")
    and ``call`` (the service call; its result goes to ``result_value``), and may
    override ``done_message``.
    """

    OBJECT = "stepDialog"

    def __init__(self, section: DecisionSection, title: str, intro: str = "",
                 action_text: str = "") -> None:
        super().__init__(section)
        self.section = section
        self.ctx: CaseContext = section.ctx
        self.case_file: CaseFile = section.case_file
        self.decision_file: DecisionFile = section.decision_file
        self.result_value = None
        self.setObjectName(self.OBJECT)
        self.setWindowTitle(title + " — " + self.ctx.number)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        if intro:
            intro_label = QLabel(intro)
            intro_label.setObjectName(f"{self.OBJECT}Intro")
            intro_label.setWordWrap(True)
            layout.addWidget(intro_label)
        general = QLabel()
        general.setObjectName(f"{self.OBJECT}Errors")
        self.errors = FieldErrors(general)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.build(self.form)
        layout.addLayout(self.form)
        layout.addWidget(general)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName(f"{self.OBJECT}Buttons")
        self.save_button = named(
            buttons.addButton(action_text or QCoreApplication.translate("StepDialog", "&Record"),
                              QDialogButtonBox.ButtonRole.AcceptRole),
            f"{self.OBJECT}Save", title)
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), f"{self.OBJECT}Cancel",
              QCoreApplication.translate("StepDialog", "Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.save_button.setDefault(True)  # only once it is inside the dialog

    def row(self, text: str, widget: QWidget, path: str, hint: str = "") -> None:
        self.form.addRow(buddy_label(text, widget),
                         field(widget, self.errors.label_for(path, widget), hint))

    def build(self, form: QFormLayout) -> None:
        raise NotImplementedError

    def question(self) -> str:
        return ""

    def call(self, uow):
        raise NotImplementedError

    def done_message(self) -> tuple[str, bool]:
        """What the section says once the step is recorded; True to show it as a warning."""
        return QCoreApplication.translate("StepDialog", "Recorded."), False

    def save(self) -> None:
        question = self.question()
        if question and not confirm(self, self.windowTitle(), question):
            return

        def action():
            with self.ctx.uow() as uow:
                return ("done", self.call(uow))

        outcome = run_save(self, self.errors, action)
        if outcome is None:
            return  # errors are shown; what was typed stays
        self.result_value = outcome[1]
        self.accept()


def _today() -> date:
    return date.today()


class NotificationDialog(StepDialog):
    OBJECT = "notificationDialog"

    def __init__(self, section: DecisionSection) -> None:
        self.latest = section.decision_file.decisions[-1] if section.decision_file.decisions \
            else None
        intro = ""
        if self.latest is not None:
            intro = QCoreApplication.translate(
                "NotificationDialog", "Decision of {date}: {outcome} ({basis}).").format(
                date=long_date_text(self.latest.decided_on),
                outcome=enum_text(Outcome, self.latest.outcome),
                basis=self.latest.legal_basis_code)
        super().__init__(section, QCoreApplication.translate(
            "NotificationDialog", "Record notification"), intro)

    def build(self, form: QFormLayout) -> None:
        self.served_on = date_edit("servedOn", self.tr("Served on"), _today())
        self.method = enum_combo(ServiceMethod, "servedHow", self.tr("Way served"))
        self.row(self.tr("&Served on:"), self.served_on, "notification.served_on")
        self.row(self.tr("&Way served:"), self.method, "notification.method")

    def question(self) -> str:
        step = notify_step(self.latest)
        text = self.tr("Record that the decision was served on {date} ({how})? The case "
                       "becomes “{status}”.").format(
            date=long_date_text(self.served_on.date().toPython()), how=self.method.currentText(),
            status=_target_text(step))
        if step == Step.NOTIFY_REFUSAL:
            text += " " + self.tr("The period for an appeal runs from this date.")
        return text

    def call(self, uow):
        decisions.record_notification(uow, self.ctx.actor, self.ctx.number,
                                      self.served_on.date().toPython(),
                                      self.method.currentData())

    def done_message(self) -> tuple[str, bool]:
        with self.ctx.uow(readonly=True) as uow:
            latest = decision_views.decision_file(uow, self.ctx.actor,
                                                  self.ctx.number).decisions[-1]
        if latest.appeal_deadline:
            return self.tr("Notification recorded. The applicant may appeal until {date}."
                           ).format(date=long_date_text(latest.appeal_deadline)), False
        if latest.valid_to:
            return self.tr("Notification recorded. Refugee status is valid until {date}."
                           ).format(date=long_date_text(latest.valid_to)), False
        return self.tr("Notification recorded."), False


class ExtensionDialog(StepDialog):
    OBJECT = "extensionDialog"

    def __init__(self, section: DecisionSection) -> None:
        valid_to = section.case_file.status_valid_to
        intro = QCoreApplication.translate(
            "ExtensionDialog", "Refugee status is valid until {date}; the extension must be "
            "applied for before then.").format(date=long_date_text(valid_to)) if valid_to else ""
        super().__init__(section, QCoreApplication.translate(
            "ExtensionDialog", "Register an extension application"), intro,
            QCoreApplication.translate("ExtensionDialog", "&Register"))

    def build(self, form: QFormLayout) -> None:
        self.applied_on = date_edit("appliedOn", self.tr("Applied on"), _today())
        self.row(self.tr("&Applied on:"), self.applied_on, "extension.applied_on")

    def question(self) -> str:
        return self.tr("Register the extension application of {date}? The case becomes "
                       "“{status}”, and you draft the extension assessment.").format(
            date=long_date_text(self.applied_on.date().toPython()),
            status=_target_text(Step.REQUEST_EXTENSION))

    def call(self, uow):
        decisions.request_extension(uow, self.ctx.actor, self.ctx.number,
                                    self.applied_on.date().toPython())

    def done_message(self) -> tuple[str, bool]:
        return self.tr("Extension application registered. Draft the extension assessment "
                       "under “Assessment”."), False


class EndStatusDialog(StepDialog):
    OBJECT = "endStatusDialog"

    def __init__(self, section: DecisionSection) -> None:
        valid_to = section.case_file.status_valid_to
        intro = QCoreApplication.translate(
            "EndStatusDialog", "Refugee status is valid until {date}.").format(
            date=long_date_text(valid_to)) if valid_to else ""
        super().__init__(section, QCoreApplication.translate("EndStatusDialog",
                                                             "End refugee status"), intro,
                         QCoreApplication.translate("EndStatusDialog", "&End status"))

    def build(self, form: QFormLayout) -> None:
        self.kind = enum_combo(StatusEndKind, "statusEndKind", self.tr("How the status ends"))
        self.ended_on = date_edit("statusEndedOn", self.tr("Ended on"), _today())
        self.reason = text_box("statusEndReason", self.tr("Reason"), 4)
        self.row(self.tr("&How:"), self.kind, "status_end.kind")
        self.row(self.tr("Ended &on:"), self.ended_on, "status_end.ended_on")
        self.row(self.tr("&Reason:"), self.reason, "status_end.reason",
                 hint=self.tr("Required for cessation and revocation."))

    def question(self) -> str:
        return self.tr("End refugee status ({kind}) on {date}? The case is closed.").format(
            kind=self.kind.currentText(), date=long_date_text(self.ended_on.date().toPython()))

    def call(self, uow):
        decisions.end_status(uow, self.ctx.actor, self.ctx.number, self.kind.currentData(),
                             self.ended_on.date().toPython(), self.reason.toPlainText())

    def done_message(self) -> tuple[str, bool]:
        return self.tr("Refugee status ended ({kind}); the case is closed.").format(
            kind=self.kind.currentText()), False


class AppealDialog(StepDialog):
    OBJECT = "appealDialog"

    def __init__(self, section: DecisionSection) -> None:
        deadline = section.case_file.appeal_deadline
        intro = QCoreApplication.translate(
            "AppealDialog", "Appeal deadline: {date}.").format(
            date=long_date_text(deadline)) if deadline else ""
        super().__init__(section, QCoreApplication.translate("AppealDialog", "Record an appeal"),
                         intro)

    def build(self, form: QFormLayout) -> None:
        self.lodged_on = date_edit("appealLodgedOn", self.tr("Lodged on"), _today())
        self.court = named(QLineEdit(), "appealCourt", self.tr("Court"))
        self.court.setPlaceholderText(self.tr("e.g. Specialised inter-district "
                                              "administrative court"))
        self.reference = named(QLineEdit(), "appealReference", self.tr("Court reference"))
        self.row(self.tr("&Lodged on:"), self.lodged_on, "appeal.lodged_on")
        self.row(self.tr("C&ourt:"), self.court, "appeal.court")
        self.row(self.tr("Re&ference:"), self.reference, "appeal.reference")

    def question(self) -> str:
        return self.tr("Record the appeal lodged on {date}? The case becomes “{status}”."
                       ).format(date=long_date_text(self.lodged_on.date().toPython()),
                                status=_target_text(Step.LODGE_APPEAL))

    def call(self, uow):
        return decisions.lodge_appeal(uow, self.ctx.actor, self.ctx.number,
                                      self.lodged_on.date().toPython(), self.court.text(),
                                      self.reference.text())

    def done_message(self) -> tuple[str, bool]:
        lodged = long_date_text(self.lodged_on.date().toPython())
        deadline = long_date_text(self.case_file.appeal_deadline)
        if self.result_value:
            return self.tr("The appeal was recorded as LATE: lodged on {lodged}, after the "
                           "deadline of {deadline}.").format(lodged=lodged,
                                                             deadline=deadline), True
        if deadline:
            return self.tr("Appeal recorded, lodged in time (the deadline was {deadline})."
                           ).format(deadline=deadline), False
        return self.tr("Appeal recorded."), False


class CourtOutcomeDialog(StepDialog):
    OBJECT = "courtOutcomeDialog"

    def __init__(self, section: DecisionSection) -> None:
        super().__init__(section, QCoreApplication.translate("CourtOutcomeDialog",
                                                             "Record the court's outcome"))

    def build(self, form: QFormLayout) -> None:
        status, role = self.case_file.status, self.ctx.actor.role
        self.upheld = named(QRadioButton(self.tr("The court &upheld the refusal")),
                            "appealUpheld", self.tr("The court upheld the refusal"))
        self.successful = named(
            QRadioButton(self.tr("The appeal &succeeded: the case is assessed again")),
            "appealSuccessful", self.tr("The appeal succeeded"))
        self.upheld.setEnabled(can_take(Step.APPEAL_UPHELD, status, role))
        self.successful.setEnabled(can_take(Step.APPEAL_SUCCESSFUL, status, role))
        choice = QWidget()
        column = QVBoxLayout(choice)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.upheld)
        column.addWidget(self.successful)
        outcome_label = QLabel(self.tr("Outcome:"))
        form.addRow(outcome_label, field(choice, self.errors.label_for("appeal.outcome",
                                                                       choice)))
        self.on_date = date_edit("appealOutcomeOn", self.tr("Date of the judgment"), _today())
        self.row(self.tr("&Date of the judgment:"), self.on_date, "appeal.outcome_on")

    def chosen(self) -> str:
        if self.successful.isChecked():
            return AppealOutcome.SUCCESSFUL.value
        if self.upheld.isChecked():
            return AppealOutcome.UPHELD.value
        return ""

    def save(self) -> None:
        if not self.chosen():
            self.errors.show({"appeal.outcome": self.tr("choose what the court decided.")})
            return
        super().save()

    def question(self) -> str:
        when = long_date_text(self.on_date.date().toPython())
        if self.chosen() == AppealOutcome.SUCCESSFUL:
            return self.tr("Record that the appeal succeeded on {date}? The case goes back to "
                           "“{status}” for a new assessment.").format(
                date=when, status=_target_text(Step.APPEAL_SUCCESSFUL))
        return self.tr("Record that the court upheld the refusal on {date}? The case becomes "
                       "“{status}” as a final refusal.").format(
            date=when, status=_target_text(Step.APPEAL_UPHELD))

    def call(self, uow):
        decisions.record_appeal_outcome(uow, self.ctx.actor, self.ctx.number, self.chosen(),
                                        self.on_date.date().toPython())

    def done_message(self) -> tuple[str, bool]:
        if self.chosen() == AppealOutcome.SUCCESSFUL:
            return self.tr("The appeal succeeded: the case is under assessment again. Draft a "
                           "new assessment under “Assessment”."), False
        return self.tr("The court upheld the refusal; the case is closed as a final refusal."
                       ), False


class CloseDialog(StepDialog):
    OBJECT = "closeDialog"

    def __init__(self, section: DecisionSection) -> None:
        super().__init__(section, QCoreApplication.translate("CloseDialog", "Close the case"),
                         action_text=QCoreApplication.translate("CloseDialog", "C&lose case"))

    def build(self, form: QFormLayout) -> None:
        self.reason = enum_combo(decisions.CLOSABLE_REASONS, "closureReason",
                                 self.tr("Reason for closing"))
        self.on_date = date_edit("closedOn", self.tr("Closed on"), _today())
        self.note = text_box("closureNote", self.tr("Note"), 4)
        self.row(self.tr("&Reason:"), self.reason, "closure.reason")
        self.row(self.tr("Closed &on:"), self.on_date, "closure.on_date")
        self.row(self.tr("&Note:"), self.note, "closure.note")

    def question(self) -> str:
        return self.tr("Close the case as “{reason}” on {date}? A closed case can only be "
                       "reopened with a recorded reason.").format(
            reason=self.reason.currentText(), date=long_date_text(self.on_date.date().toPython()))

    def call(self, uow):
        decisions.close_case(uow, self.ctx.actor, self.ctx.number, self.reason.currentData(),
                             self.note.toPlainText(), self.on_date.date().toPython())

    def done_message(self) -> tuple[str, bool]:
        return self.tr("The case is closed ({reason}).").format(
            reason=self.reason.currentText()), False


class ReopenDialog(StepDialog):
    OBJECT = "reopenDialog"

    def __init__(self, section: DecisionSection) -> None:
        super().__init__(section, QCoreApplication.translate("ReopenDialog", "Reopen the case"),
                         action_text=QCoreApplication.translate("ReopenDialog", "Re&open"))

    def build(self, form: QFormLayout) -> None:
        self.reason = text_box("reopenReason", self.tr("Why the case is reopened"), 4)
        self.on_date = date_edit("reopenedOn", self.tr("Reopened on"), _today())
        self.row(self.tr("&Why:"), self.reason, "reopening.reason",
                 hint=self.tr("Required: the reason is kept in the history."))
        self.row(self.tr("Reopened o&n:"), self.on_date, "reopening.on_date")

    def question(self) -> str:
        return self.tr("Reopen the case? It goes back to “{status}”.").format(
            status=_target_text(Step.REOPEN_CASE))

    def save(self) -> None:
        # Nothing to confirm until a reason is given: say so at once, next to the field.
        if not self.reason.toPlainText().strip():
            self.errors.show({"reopening.reason": self.tr("is required; please fill it in.")})
            self.reason.setFocus()
            return
        super().save()

    def call(self, uow):
        decisions.reopen_case(uow, self.ctx.actor, self.ctx.number, self.reason.toPlainText(),
                              self.on_date.date().toPython())

    def done_message(self) -> tuple[str, bool]:
        return self.tr("The case is reopened and under assessment."), False


class DeadlineDialog(StepDialog):
    OBJECT = "deadlineDialog"

    def __init__(self, section: DecisionSection) -> None:
        intro = QCoreApplication.translate(
            "DeadlineDialog", "The decision is due on {date}.").format(
            date=long_date_text(section.case_file.decision_due_on))
        super().__init__(section, QCoreApplication.translate(
            "DeadlineDialog", "Extend the decision deadline"), intro,
            QCoreApplication.translate("DeadlineDialog", "E&xtend"))

    def build(self, form: QFormLayout) -> None:
        self.new_due = date_edit("newDecisionDue", self.tr("New decision deadline"),
                                 add_months(self.case_file.decision_due_on, 1))
        self.reason = text_box("deadlineReason", self.tr("Reason for the extension"), 4)
        self.reason.setPlaceholderText(self.tr("e.g. awaiting the security service's answer"))
        self.row(self.tr("&New deadline:"), self.new_due, "deadline.new_due")
        self.row(self.tr("&Reason:"), self.reason, "deadline.reason")

    def question(self) -> str:
        return self.tr("Move the decision deadline from {old} to {new}?").format(
            old=long_date_text(self.case_file.decision_due_on),
            new=long_date_text(self.new_due.date().toPython()))

    def call(self, uow):
        decisions.extend_decision_deadline(uow, self.ctx.actor, self.ctx.number,
                                           self.new_due.date().toPython(),
                                           self.reason.toPlainText())

    def done_message(self) -> tuple[str, bool]:
        return self.tr("The decision is now due on {date}.").format(
            date=long_date_text(self.new_due.date().toPython())), False


# ---------------------------------------------------------------------------
# the section


class DecisionSection(Section):
    """Decisions, appeals, closures and the statutory clock, with the steps after a decision."""

    TITLE = QT_TRANSLATE_NOOP("CaseFile", "Decision and status")
    SENSITIVE = True

    def __init__(self, ctx: CaseContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("decisionSection")
        self.decision_file: DecisionFile | None = None
        self.dialog: StepDialog | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        self.result_banner = QLabel()
        self.result_banner.setObjectName("decisionResult")
        self.result_banner.setWordWrap(True)
        self.result_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_banner.hide()
        outer.addWidget(self.result_banner)
        self.notice = notice_label("decisionNotice")
        outer.addWidget(self.notice)

        host = QWidget()
        column = QVBoxLayout(host)
        column.setContentsMargins(0, 0, 6, 0)

        # -- the statutory clock
        clock_box = QGroupBox()
        clock_box.setObjectName("clockBox")
        clock_layout = QVBoxLayout(clock_box)
        clock_title = QLabel(self.tr("Deadlines"))
        clock_title.setObjectName("clockHeading")
        bold = clock_title.font()
        bold.setBold(True)
        clock_title.setFont(bold)
        clock_layout.addWidget(clock_title)
        self.clock = QGridLayout()
        self.clock.setColumnStretch(2, 1)
        self.clock.setHorizontalSpacing(12)
        clock_layout.addLayout(self.clock)
        self.clock_rows: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        for row, (key, title) in enumerate((
                ("decision_due", self.tr("Decision due:")),
                ("status_valid", self.tr("Refugee status valid until:")),
                ("appeal_until", self.tr("Appeal possible until:")),
                ("certificate", self.tr("Asylum-seeker certificate to renew by:")))):
            name, value, remaining = QLabel(title), QLabel(), QLabel()
            value.setObjectName(f"clock_{key}")
            remaining.setObjectName(f"clock_{key}_remaining")
            for label in (value, remaining):
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.clock.addWidget(name, row, 0)
            self.clock.addWidget(value, row, 1)
            self.clock.addWidget(remaining, row, 2)
            self.clock_rows[key] = (name, value, remaining)
        self.no_clock = QLabel()
        self.no_clock.setObjectName("clockNone")
        self.no_clock.setWordWrap(True)
        self.clock.addWidget(self.no_clock, len(self.clock_rows), 0, 1, 3)
        column.addWidget(clock_box)

        # -- decisions, appeals, events
        self.decisions_table, self.decisions_model, self.no_decisions = self._table(
            column, self.tr("Dec&isions"), "decisionsTable", self.tr("Decisions"),
            _Records("DecisionTable", DECISION_COLUMNS,
                     tips={BASIS_COLUMN: self._basis_title}, parent=self),
            self.tr("No decision has been taken yet."))
        self.late_banner = QLabel()
        self.late_banner.setObjectName("lateAppealBanner")
        self.late_banner.setWordWrap(True)
        self.late_banner.setStyleSheet(f"QLabel {{ color: {ALERT_COLOR}; font-weight: bold; "
                                       f"border: 2px solid {ALERT_COLOR}; padding: 6px; }}")
        self.late_banner.hide()
        self.appeals_table, self.appeals_model, self.no_appeals = self._table(
            column, self.tr("A&ppeals"), "appealsTable", self.tr("Appeals"),
            _Records("AppealTable", APPEAL_COLUMNS,
                     alert=lambda a, c: a.late and c == IN_TIME_COLUMN, parent=self),
            self.tr("No appeal has been lodged."), banner=self.late_banner)
        self.events_table, self.events_model, self.no_events = self._table(
            column, self.tr("&Timeline of closures, reopenings, extensions and status ends"),
            "eventsTable", self.tr("Timeline of closures, reopenings and status changes"),
            _Records("EventTable", EVENT_COLUMNS, parent=self),
            self.tr("Nothing recorded yet."))
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setObjectName("decisionScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(host)
        outer.addWidget(scroll, 1)

        # -- the steps
        steps_box = QGroupBox(self.tr("Steps"))
        steps_box.setObjectName("stepsBox")
        grid = QGridLayout(steps_box)
        self.buttons: dict[str, tuple[QPushButton, tuple[Step, ...], type[StepDialog]]] = {}
        specs = [
            ("notify", self.tr("Record &notification…"),
             self.tr("Record that the decision was served"), (), NotificationDialog),
            ("extension", self.tr("Register e&xtension application…"),
             self.tr("Register an application to extend refugee status"),
             (Step.REQUEST_EXTENSION,), ExtensionDialog),
            ("end_status", self.tr("&End status…"),
             self.tr("End refugee status: expiry, cessation or revocation"),
             (Step.END_STATUS,), EndStatusDialog),
            ("appeal", self.tr("Record &appeal…"), self.tr("Record an appeal against the refusal"),
             (Step.LODGE_APPEAL,), AppealDialog),
            ("court", self.tr("Record co&urt outcome…"), self.tr("Record the court's outcome"),
             (Step.APPEAL_UPHELD, Step.APPEAL_SUCCESSFUL), CourtOutcomeDialog),
            ("close", self.tr("C&lose case…"), self.tr("Close the case"), (Step.CLOSE_CASE,),
             CloseDialog),
            ("reopen", self.tr("Re&open case…"), self.tr("Reopen the case"),
             (Step.REOPEN_CASE,), ReopenDialog),
            ("deadline", self.tr("Extend &decision deadline…"),
             self.tr("Extend the decision deadline"), (Step.EXTEND_DECISION_DEADLINE,),
             DeadlineDialog),
        ]
        for index, (key, text, accessible, steps, dialog) in enumerate(specs):
            button = named(QPushButton(text), f"step_{key}", accessible)
            button.clicked.connect(lambda _checked=False, k=key: self.open_step(k))
            grid.addWidget(button, index // 4, index % 4)
            self.buttons[key] = (button, steps, dialog)
        outer.addWidget(steps_box)
        self._update_buttons()

    def _table(self, column: QVBoxLayout, heading: str, object_name: str, accessible: str,
               model: _Records, empty_text: str, banner: QLabel | None = None
               ) -> tuple[FittedTable, _Records, QLabel]:
        box = QGroupBox()
        box.setObjectName(object_name + "Box")
        layout = QVBoxLayout(box)
        table = named(FittedTable(), object_name, accessible)
        table.setModel(model)
        table_defaults(table)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        title = buddy_label(heading, table)
        title.setObjectName(object_name + "Heading")
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        empty = QLabel(empty_text)
        empty.setObjectName(object_name + "Empty")
        layout.addWidget(title)
        if banner is not None:
            layout.addWidget(banner)
        layout.addWidget(table)
        layout.addWidget(empty)
        column.addWidget(box)
        return table, model, empty

    def _basis_title(self, decision: DecisionView) -> str:
        bases = self.decision_file.legal_bases if self.decision_file else []
        return basis_title(next((t for c, t, _o in bases if c == decision.legal_basis_code), ""))

    # ---- loading

    def load(self, case_file: CaseFile) -> None:
        super().load(case_file)
        try:
            with self.ctx.uow(readonly=True) as uow:
                self.decision_file = decision_views.decision_file(uow, self.ctx.actor,
                                                                  self.ctx.number)
        except DomainError as exc:
            self.decision_file = None
            self.notice.setText(error_text(exc))
            self.notice.show()
            self._update_buttons()
            return
        self.notice.hide()
        found = self.decision_file
        self._fill_table(self.decisions_table, self.decisions_model, self.no_decisions,
                         found.decisions)
        self._fill_table(self.appeals_table, self.appeals_model, self.no_appeals, found.appeals)
        self._fill_table(self.events_table, self.events_model, self.no_events, found.events)
        late = [a for a in found.appeals if a.late]
        if late:
            last = late[-1]
            self.late_banner.setText(self.tr(
                "Lodged late: the appeal of {lodged} came after the deadline of {deadline}."
            ).format(lodged=long_date_text(last.lodged_on), deadline=long_date_text(last.deadline)))
        self.late_banner.setVisible(bool(late))
        self._show_clock(case_file)
        self._update_buttons()

    def _fill_table(self, table: FittedTable, model: _Records, empty: QLabel, rows: list
                    ) -> None:
        model.set_records(rows)
        table.setVisible(bool(rows))
        empty.setVisible(not rows)
        table.refit()

    def _show_clock(self, cf: CaseFile) -> None:
        today = date.today()
        status = CaseStatus(cf.status)
        shown: dict[str, tuple[str, date | None, bool]] = {}  # key -> (value, due, alert)
        if status in PRE_DECISION:
            shown["decision_due"] = (date_text(cf.decision_due_on), cf.decision_due_on, True)
        if cf.status_valid_to and cf.closed_on is None:
            valid = date_text(cf.status_valid_to)
            if cf.status_valid_from:
                valid = self.tr("{until} (from {since})").format(
                    until=valid, since=date_text(cf.status_valid_from))
            shown["status_valid"] = (valid, cf.status_valid_to, True)
        if cf.appeal_deadline:
            # Once an appeal is lodged the date is history, not a deadline.
            shown["appeal_until"] = (date_text(cf.appeal_deadline), cf.appeal_deadline,
                                     status == CaseStatus.REFUSED)
        if status in ASYLUM_SEEKER_STATES:
            valid = [c.valid_to for c in cf.certificates
                     if c.kind == CertificateKind.ASYLUM_SEEKER
                     and c.state == CertificateState.VALID]
            if valid:
                shown["certificate"] = (date_text(max(valid)), max(valid), True)
        for key, (name, value, remaining) in self.clock_rows.items():
            visible = key in shown
            for label in (name, value, remaining):
                label.setVisible(visible)
            if not visible:
                continue
            text, due, counts = shown[key]
            value.setText(text)
            days = (due - today).days if due else 0
            overdue = counts and due is not None and days < 0
            if not counts:
                remaining.setText(self.tr("(an appeal was lodged)")
                                  if status == CaseStatus.APPEAL_LODGED else "")
            elif days < 0:
                remaining.setText(self.tr("overdue by %Ln day(s)", "", -days))
            elif days == 0:
                remaining.setText(self.tr("today"))
            else:
                remaining.setText(self.tr("in %Ln day(s)", "", days))
            style = f"QLabel {{ color: {ALERT_COLOR}; font-weight: bold; }}" if overdue else ""
            value.setStyleSheet(style)
            remaining.setStyleSheet(style)
            value.setAccessibleDescription(remaining.text())
        self.no_clock.setText(self.tr("No deadline runs while the case is “{status}”.").format(
            status=_status_text(status)))
        self.no_clock.setVisible(not shown)

    # ---- the steps

    def step_allowed(self, key: str) -> bool:
        """Whether the workflow table lets this user take the step behind a button."""
        if self.case_file is None or self.decision_file is None:
            return False
        status, role = self.case_file.status, self.ctx.actor.role
        _button, steps, _dialog = self.buttons[key]
        if key == "notify":
            latest = self.decision_file.decisions[-1] if self.decision_file.decisions else None
            steps = (notify_step(latest),)
        return any(can_take(step, status, role) for step in steps)

    def _update_buttons(self) -> None:
        status = self.case_file.status if self.case_file else None
        role = self.ctx.actor.role
        for key, (button, steps, _dialog) in self.buttons.items():
            enabled = self.step_allowed(key)
            button.setEnabled(enabled)
            if enabled or status is None:
                button.setToolTip("")
                continue
            transition = WORKFLOW[steps[0] if steps else Step.NOTIFY_GRANT]
            if Role(role) not in transition.roles:
                who = ", ".join(sorted_by_text(QCoreApplication.translate("Vocab", vocab.label(r))
                                               for r in transition.roles))
                button.setToolTip(self.tr("Only these roles may do this: {roles}.").format(
                    roles=who))
            else:
                button.setToolTip(self.tr("Not possible while the case is “{status}”.").format(
                    status=_status_text(status)))

    def open_step(self, key: str) -> StepDialog | None:
        if not self.step_allowed(key) or self.dialog is not None:
            return None
        _button, _steps, dialog_class = self.buttons[key]
        self.result_banner.hide()  # it told of the previous step
        dialog = dialog_class(self)
        dialog.finished.connect(self._step_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _step_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        if result == QDialog.DialogCode.Accepted:
            try:
                text, alert = dialog.done_message()
            except DomainError as exc:
                text, alert = error_text(exc), True
            self.show_result(text, alert)
            self.saved.emit()
        dialog.deleteLater()

    def show_result(self, text: str, alert: bool) -> None:
        colour, background = (ALERT_COLOR, "#fdecee") if alert else ("#1b5e20", "#e8f5e9")
        self.result_banner.setStyleSheet(
            f"QLabel {{ color: {colour}; background: {background}; border: 1px solid {colour};"
            f" padding: 6px; font-weight: bold; }}")
        self.result_banner.setText(text)
        self.result_banner.setAccessibleName(text)
        self.result_banner.show()
