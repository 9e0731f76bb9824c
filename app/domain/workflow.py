"""The case workflow: states, the steps between them, and who may take each.

This table is the single source of truth. Services enforce it; screens read it
to enable buttons. A step not listed here is not possible.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.domain.errors import FieldMessage, PermissionDenied, TransitionNotAllowed
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.vocab import Role


class CaseStatus(StrEnum):
    REGISTERED = "registered"
    INTERVIEW_SCHEDULED = "interview_scheduled"
    UNDER_ASSESSMENT = "under_assessment"
    PENDING_APPROVAL = "pending_approval"
    DECIDED = "decided"
    GRANTED = "granted"
    EXTENSION_REQUESTED = "extension_requested"
    EXTENSION_PENDING_APPROVAL = "extension_pending_approval"
    REFUSED = "refused"
    APPEAL_LODGED = "appeal_lodged"
    CLOSED = "closed"


STATUS_LABELS: dict[CaseStatus, str] = {
    CaseStatus.REGISTERED: _N("CaseStatus", "Petition registered"),
    CaseStatus.INTERVIEW_SCHEDULED: _N("CaseStatus", "Interview scheduled"),
    CaseStatus.UNDER_ASSESSMENT: _N("CaseStatus", "Under assessment"),
    CaseStatus.PENDING_APPROVAL: _N("CaseStatus", "Pending approval"),
    CaseStatus.DECIDED: _N("CaseStatus", "Decided, to be notified"),
    CaseStatus.GRANTED: _N("CaseStatus", "Refugee status granted"),
    CaseStatus.EXTENSION_REQUESTED: _N("CaseStatus", "Extension requested"),
    CaseStatus.EXTENSION_PENDING_APPROVAL: _N("CaseStatus", "Extension pending approval"),
    CaseStatus.REFUSED: _N("CaseStatus", "Refused"),
    CaseStatus.APPEAL_LODGED: _N("CaseStatus", "Appeal lodged"),
    CaseStatus.CLOSED: _N("CaseStatus", "Closed"),
}

#: States in which the case is open and the statutory decision clock runs.
PRE_DECISION = frozenset({
    CaseStatus.REGISTERED,
    CaseStatus.INTERVIEW_SCHEDULED,
    CaseStatus.UNDER_ASSESSMENT,
    CaseStatus.PENDING_APPROVAL,
})

#: States in which the case file (applicant, family, claim …) may still be edited.
EDITABLE = frozenset({
    CaseStatus.REGISTERED,
    CaseStatus.INTERVIEW_SCHEDULED,
    CaseStatus.UNDER_ASSESSMENT,
    CaseStatus.EXTENSION_REQUESTED,
    CaseStatus.GRANTED,
    CaseStatus.REFUSED,
    CaseStatus.APPEAL_LODGED,
})


class Step(StrEnum):
    SCHEDULE_INTERVIEW = "schedule_interview"
    RECORD_INTERVIEW = "record_interview"
    RECORD_NO_SHOW = "record_no_show"
    SUBMIT_FOR_APPROVAL = "submit_for_approval"
    RETURN_FOR_REVISION = "return_for_revision"
    APPROVE_DECISION = "approve_decision"
    NOTIFY_GRANT = "notify_grant"
    NOTIFY_REFUSAL = "notify_refusal"
    NOTIFY_CLOSURE = "notify_closure"
    NOTIFY_EXTENSION = "notify_extension"
    REQUEST_EXTENSION = "request_extension"
    SUBMIT_EXTENSION = "submit_extension"
    RETURN_EXTENSION = "return_extension"
    APPROVE_EXTENSION = "approve_extension"
    END_STATUS = "end_status"
    LODGE_APPEAL = "lodge_appeal"
    APPEAL_UPHELD = "appeal_upheld"
    APPEAL_SUCCESSFUL = "appeal_successful"
    CLOSE_CASE = "close_case"
    REOPEN_CASE = "reopen_case"
    EXTEND_DECISION_DEADLINE = "extend_decision_deadline"


@dataclass(frozen=True)
class Transition:
    step: Step
    sources: frozenset[CaseStatus]
    target: CaseStatus | None  # None: the status does not change
    roles: frozenset[Role]
    label: str


def _t(step: Step, sources: set[CaseStatus], target: CaseStatus | None,
       roles: set[Role], label: str) -> Transition:
    return Transition(step, frozenset(sources), target, frozenset(roles), label)


S = CaseStatus
O, SUP, C = Role.OFFICER, Role.SUPERVISOR, Role.CLERK

WORKFLOW: dict[Step, Transition] = {t.step: t for t in [
    _t(Step.SCHEDULE_INTERVIEW, {S.REGISTERED, S.INTERVIEW_SCHEDULED, S.UNDER_ASSESSMENT},
       S.INTERVIEW_SCHEDULED, {O, SUP}, _N("Step", "Schedule an interview")),
    _t(Step.RECORD_INTERVIEW, {S.REGISTERED, S.INTERVIEW_SCHEDULED, S.UNDER_ASSESSMENT},
       S.UNDER_ASSESSMENT, {O, SUP}, _N("Step", "Record an interview")),
    _t(Step.RECORD_NO_SHOW, {S.INTERVIEW_SCHEDULED},
       S.REGISTERED, {O, SUP}, _N("Step", "Record that the applicant did not come")),
    _t(Step.SUBMIT_FOR_APPROVAL, {S.UNDER_ASSESSMENT},
       S.PENDING_APPROVAL, {O}, _N("Step", "Submit for approval")),
    _t(Step.RETURN_FOR_REVISION, {S.PENDING_APPROVAL},
       S.UNDER_ASSESSMENT, {SUP}, _N("Step", "Return with comments")),
    _t(Step.APPROVE_DECISION, {S.PENDING_APPROVAL},
       S.DECIDED, {SUP}, _N("Step", "Approve the decision")),
    _t(Step.NOTIFY_GRANT, {S.DECIDED}, S.GRANTED, {O, C}, _N("Step", "Record notification")),
    _t(Step.NOTIFY_REFUSAL, {S.DECIDED}, S.REFUSED, {O, C}, _N("Step", "Record notification")),
    _t(Step.NOTIFY_CLOSURE, {S.DECIDED}, S.CLOSED, {O, C}, _N("Step", "Record notification")),
    _t(Step.NOTIFY_EXTENSION, {S.DECIDED}, S.GRANTED, {O, C}, _N("Step", "Record notification")),
    _t(Step.REQUEST_EXTENSION, {S.GRANTED},
       S.EXTENSION_REQUESTED, {O}, _N("Step", "Register an extension application")),
    _t(Step.SUBMIT_EXTENSION, {S.EXTENSION_REQUESTED},
       S.EXTENSION_PENDING_APPROVAL, {O}, _N("Step", "Submit the extension for approval")),
    _t(Step.RETURN_EXTENSION, {S.EXTENSION_PENDING_APPROVAL},
       S.EXTENSION_REQUESTED, {SUP}, _N("Step", "Return with comments")),
    _t(Step.APPROVE_EXTENSION, {S.EXTENSION_PENDING_APPROVAL},
       S.DECIDED, {SUP}, _N("Step", "Approve the extension decision")),
    _t(Step.END_STATUS, {S.GRANTED, S.EXTENSION_REQUESTED},
       S.CLOSED, {O, SUP}, _N("Step", "End the status (expiry, cessation, revocation)")),
    _t(Step.LODGE_APPEAL, {S.REFUSED, S.CLOSED},
       S.APPEAL_LODGED, {O, C}, _N("Step", "Record an appeal")),
    _t(Step.APPEAL_UPHELD, {S.APPEAL_LODGED},
       S.CLOSED, {O, SUP}, _N("Step", "Record that the court upheld the refusal")),
    _t(Step.APPEAL_SUCCESSFUL, {S.APPEAL_LODGED},
       S.UNDER_ASSESSMENT, {O, SUP}, _N("Step", "Record that the appeal succeeded")),
    _t(Step.CLOSE_CASE, {S.REGISTERED, S.INTERVIEW_SCHEDULED, S.UNDER_ASSESSMENT, S.REFUSED},
       S.CLOSED, {O, SUP}, _N("Step", "Close the case")),
    _t(Step.REOPEN_CASE, {S.CLOSED},
       S.UNDER_ASSESSMENT, {SUP}, _N("Step", "Reopen the case")),
    _t(Step.EXTEND_DECISION_DEADLINE, set(PRE_DECISION),
       None, {SUP}, _N("Step", "Extend the decision deadline")),
]}

del S, O, SUP, C


def status_label(status: CaseStatus | str) -> str:
    return STATUS_LABELS[CaseStatus(status)]


def can_take(step: Step, status: CaseStatus | str, role: Role | str) -> bool:
    """Whether ``role`` may take ``step`` on a case in ``status`` (for enabling buttons)."""
    transition = WORKFLOW[step]
    return CaseStatus(status) in transition.sources and Role(role) in transition.roles


def steps_available(status: CaseStatus | str, role: Role | str) -> list[Step]:
    return [step for step in WORKFLOW if can_take(step, status, role)]


def check_step(step: Step, status: CaseStatus | str, role: Role | str) -> CaseStatus:
    """Return the status after ``step``; raise a readable error if it is not allowed."""
    transition = WORKFLOW[step]
    status = CaseStatus(status)
    if Role(role) not in transition.roles:
        raise PermissionDenied(
            _N("DomainError", "Your role ({role}) may not do this: “{step}”."),
            role=Role(role), step=FieldMessage.marked("Step", transition.label),
            refused_step=step.value)
    if status not in transition.sources:
        raise TransitionNotAllowed(
            _N("DomainError", "“{step}” is not possible while the case is “{status}”."),
            step=FieldMessage.marked("Step", transition.label),
            status=FieldMessage.marked("CaseStatus", STATUS_LABELS[status]))
    return transition.target if transition.target is not None else status
