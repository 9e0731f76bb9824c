"""Read models for decisions: the assessment, the approvals queue, the life of a status."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from app.db.audit import Actor
from app.db.models import (
    Appeal,
    ApprovalEvent,
    Assessment,
    Case,
    CaseClosure,
    Decision,
    ExtensionApplication,
    Notification,
    StatusEnd,
    User,
)
from app.db.uow import UnitOfWork
from app.domain.permissions import Action, require
from app.domain.vocab import AssessmentState
from app.domain.workflow import CaseStatus
from app.services.common import load_case
from app.services.queries import names_by_case
from app.services.settings import legal_bases


@dataclass(frozen=True)
class AssessmentView:
    id: uuid.UUID
    version: int
    kind: str
    state: str
    drafted_by: str
    drafted_by_id: uuid.UUID
    internal_consistency: str
    internal_consistency_note: str
    coi_consistency: str
    coi_consistency_note: str
    plausibility: str
    plausibility_note: str
    well_founded_fear: str
    well_founded_fear_note: str
    exclusion_applies: bool
    exclusion_note: str
    recommended_outcome: str | None
    legal_basis_code: str
    legal_basis_title: str
    reasons: str
    grounds: dict[str, str]
    submitted_at: datetime | None


@dataclass(frozen=True)
class ApprovalEventView:
    action: str
    by: str
    at: datetime
    comment: str


@dataclass(frozen=True)
class DecisionView:
    id: uuid.UUID
    kind: str
    outcome: str
    legal_basis_code: str
    decided_on: date
    drafted_by: str
    approved_by: str
    valid_from: date | None
    valid_to: date | None
    served_on: date | None
    served_how: str
    appeal_deadline: date | None


@dataclass(frozen=True)
class AppealView:
    lodged_on: date
    deadline: date | None
    late: bool
    court: str
    reference: str
    outcome: str
    outcome_on: date | None


@dataclass(frozen=True)
class EventView:
    """Closures, reopenings, status ends and extension applications, in one list."""

    on: date
    kind: str  # close | reopen | expiry | cessation | revocation | extension_applied
    reason: str
    note: str
    by: str


@dataclass
class DecisionFile:
    number: str
    status: str
    assessment: AssessmentView | None  # the open or submitted one, else the latest
    approval_events: list[ApprovalEventView]  # of every assessment, oldest first
    decisions: list[DecisionView]
    appeals: list[AppealView]
    events: list[EventView]
    legal_bases: list[tuple[str, str, str]]  # (code, title, outcome)


def _users(session) -> dict[uuid.UUID, str]:
    return {u.id: u.username for u in session.execute(select(User)).scalars()}


def assessment_view(session, row: Assessment, users: dict, titles: dict) -> AssessmentView:
    return AssessmentView(
        row.id, row.version, row.kind, row.state, users.get(row.drafted_by_id, ""),
        row.drafted_by_id, row.internal_consistency, row.internal_consistency_note,
        row.coi_consistency, row.coi_consistency_note, row.plausibility, row.plausibility_note,
        row.well_founded_fear, row.well_founded_fear_note, row.exclusion_applies,
        row.exclusion_note, row.recommended_outcome, row.legal_basis_code,
        titles.get(row.legal_basis_code, ""), row.reasons,
        {g.ground: g.nexus_note for g in row.grounds}, row.submitted_at)


def decision_file(uow: UnitOfWork, actor: Actor, number: str) -> DecisionFile:
    """Everything about the decisions of one case (officers and supervisors)."""
    require(actor.role, Action.VIEW_SENSITIVE)
    session = uow.session
    case = load_case(session, number)
    users = _users(session)
    bases = legal_bases(session)
    titles = {code: title for code, title, _ in bases}
    current = session.execute(select(Assessment).where(
        Assessment.case_id == case.id,
        Assessment.state.in_([AssessmentState.DRAFT.value, AssessmentState.RETURNED.value,
                              AssessmentState.SUBMITTED.value]))
        .order_by(Assessment.created_at.desc())).scalar()
    if current is None:  # after the decision: show the approved assessment it rests on
        current = session.execute(select(Assessment).where(Assessment.case_id == case.id)
                                  .order_by(Assessment.created_at.desc())).scalar()
    events = [ApprovalEventView(e.action, users.get(e.actor_id, ""), e.at, e.comment)
              for e in session.execute(
                  select(ApprovalEvent).join(Assessment)
                  .where(Assessment.case_id == case.id).order_by(ApprovalEvent.at)).scalars()]
    decisions = []
    for d in session.execute(select(Decision).where(Decision.case_id == case.id)
                             .order_by(Decision.decided_on, Decision.created_at)).scalars():
        note = session.execute(select(Notification).where(
            Notification.decision_id == d.id)).scalar()
        decisions.append(DecisionView(
            d.id, d.kind, d.outcome, d.legal_basis_code, d.decided_on,
            users.get(d.drafted_by_id, ""), users.get(d.approved_by_id, ""), d.valid_from,
            d.valid_to, note.served_on if note else None, note.method if note else "",
            note.appeal_deadline if note else None))
    appeals = [AppealView(a.lodged_on, a.deadline, a.late, a.court, a.reference, a.outcome,
                          a.outcome_on)
               for a in session.execute(select(Appeal).where(Appeal.case_id == case.id)
                                        .order_by(Appeal.lodged_on)).scalars()]
    timeline: list[EventView] = []
    for c in session.execute(select(CaseClosure).where(CaseClosure.case_id == case.id)).scalars():
        timeline.append(EventView(c.on_date, c.action, c.reason, c.note, users.get(c.by_id, "")))
    for s in session.execute(select(StatusEnd).where(StatusEnd.case_id == case.id)).scalars():
        timeline.append(EventView(s.ended_on, s.kind, "", s.reason,
                                  users.get(s.recorded_by_id, "")))
    for x in session.execute(select(ExtensionApplication).where(
            ExtensionApplication.case_id == case.id)).scalars():
        timeline.append(EventView(x.applied_on, "extension_applied", "", "", ""))
    timeline.sort(key=lambda e: e.on)
    return DecisionFile(
        number=case.number, status=case.status,
        assessment=assessment_view(session, current, users, titles) if current else None,
        approval_events=events, decisions=decisions, appeals=appeals, events=timeline,
        legal_bases=bases)


@dataclass(frozen=True)
class QueueItem:
    number: str
    name: str
    kind: str  # status | extension
    recommended_outcome: str | None
    drafted_by: str
    officer: str
    submitted_at: datetime
    waiting_days: int
    decision_due_on: date | None  # None for extensions (no statutory clock)
    returns: int  # how many times this case's drafts were returned before

    def mine(self, username: str) -> bool:
        return self.drafted_by == username


def approvals_queue(uow: UnitOfWork, actor: Actor, *, now: datetime | None = None
                    ) -> list[QueueItem]:
    """Decisions waiting for a supervisor, longest waiting first."""
    require(actor.role, Action.VIEW_SENSITIVE)
    session = uow.session
    now = now or datetime.now(UTC)
    officer = aliased(User)
    drafter = aliased(User)
    rows = session.execute(
        select(Assessment, Case, drafter.username, officer.username)
        .join(Case, Case.id == Assessment.case_id)
        .join(drafter, drafter.id == Assessment.drafted_by_id)
        .outerjoin(officer, officer.id == Case.assigned_officer_id)
        .where(Assessment.state == AssessmentState.SUBMITTED.value)).all()
    names = names_by_case(session, [case.id for _a, case, _d, _o in rows])
    items = []
    for assessment, case, drafted_by, officer_name in rows:
        submitted = assessment.submitted_at or now
        if submitted.tzinfo is None:
            submitted = submitted.replace(tzinfo=UTC)
        returns = session.execute(select(ApprovalEvent).join(Assessment).where(
            Assessment.case_id == case.id, ApprovalEvent.action == "return")).all()
        items.append(QueueItem(
            number=case.number, name=(names.get(case.id) or [""])[0], kind=assessment.kind,
            recommended_outcome=assessment.recommended_outcome, drafted_by=drafted_by,
            officer=officer_name or "", submitted_at=submitted,
            waiting_days=max(0, (now - submitted).days),
            decision_due_on=case.decision_due_on if case.status == CaseStatus.PENDING_APPROVAL
            else None, returns=len(returns)))
    items.sort(key=lambda i: (i.submitted_at, i.number))
    return items
