"""Assessment, four-eyes approval, and the life of a status after the decision."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select

from app.db.audit import Actor
from app.db.base import utcnow
from app.db.models import (
    Appeal,
    ApprovalEvent,
    Assessment,
    AssessmentGround,
    Case,
    CaseClosure,
    Certificate,
    Decision,
    ExtensionApplication,
    Interview,
    LegalBasis,
    Notification,
    StatusEnd,
)
from app.db.uow import UnitOfWork
from app.domain import validation as v
from app.domain.assessment import AssessmentFacts, missing_for_submission
from app.domain.errors import (
    FieldMessage,
    NotFound,
    PermissionDenied,
    TransitionNotAllowed,
    ValidationError,
    join_messages,
)
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.permissions import Action, require
from app.domain.vocab import (
    AppealOutcome,
    ApprovalAction,
    AssessmentKind,
    AssessmentState,
    CertificateKind,
    CertificateState,
    ClosureReason,
    Finding,
    Ground,
    InterviewStatus,
    Outcome,
    ServiceMethod,
    StatusEndKind,
)
from app.domain.workflow import CaseStatus, Step, check_step
from app.services.common import apply_step, check_version, load_case, snapshot
from app.services.settings import deadline_settings, new_certificate_code

OPEN_STATES = (AssessmentState.DRAFT.value, AssessmentState.RETURNED.value)


@dataclass
class AssessmentInput:
    internal_consistency: str = Finding.NOT_ASSESSED.value
    internal_consistency_note: str = ""
    coi_consistency: str = Finding.NOT_ASSESSED.value
    coi_consistency_note: str = ""
    plausibility: str = Finding.NOT_ASSESSED.value
    plausibility_note: str = ""
    well_founded_fear: str = Finding.NOT_ASSESSED.value
    well_founded_fear_note: str = ""
    exclusion_applies: bool = False
    exclusion_note: str = ""
    recommended_outcome: str | None = None
    legal_basis_code: str = ""
    reasons: str = ""
    grounds: dict[str, str] = field(default_factory=dict)  # ground -> nexus note


def _open_assessment(session, case: Case) -> Assessment | None:
    return session.execute(select(Assessment).where(
        Assessment.case_id == case.id, Assessment.state.in_(OPEN_STATES)
    ).order_by(Assessment.created_at.desc())).scalar()


def _pending_assessment(session, case: Case) -> Assessment:
    found = session.execute(select(Assessment).where(
        Assessment.case_id == case.id,
        Assessment.state == AssessmentState.SUBMITTED.value)).scalar()
    if found is None:
        raise NotFound(_N("DomainError", "Case {number} has no decision waiting for approval."),
                       number=case.number)
    return found


def draft_assessment(uow: UnitOfWork, actor: Actor, number: str, data: AssessmentInput,
                     *, expected_version: int | None = None) -> tuple[uuid.UUID, int]:
    """Create or update the open assessment of a case; returns (id, version)."""
    require(actor.role, Action.DRAFT_ASSESSMENT)
    session = uow.session
    case = load_case(session, number)
    if case.status == CaseStatus.UNDER_ASSESSMENT:
        kind = AssessmentKind.STATUS
    elif case.status == CaseStatus.EXTENSION_REQUESTED:
        kind = AssessmentKind.EXTENSION
    else:
        raise TransitionNotAllowed(_N("DomainError", "An assessment can be drafted only while "
                                                     "the case is under assessment or an "
                                                     "extension was requested."))
    errors = v.Collector()
    values = {}
    for name in ("internal_consistency", "coi_consistency", "plausibility", "well_founded_fear"):
        finding = errors.check(v.choice, getattr(data, name), Finding, f"assessment.{name}")
        values[name] = finding.value if finding else None
        values[f"{name}_note"] = errors.check(v.long_text, getattr(data, f"{name}_note"),
                                              f"assessment.{name}_note")
    values["exclusion_note"] = errors.check(v.long_text, data.exclusion_note,
                                            "assessment.exclusion_note")
    values["reasons"] = errors.check(v.long_text, data.reasons, "assessment.reasons")
    outcome = None
    if data.recommended_outcome:
        outcome = errors.check(v.choice, data.recommended_outcome, Outcome,
                               "assessment.recommended_outcome")
    basis = errors.check(v.text, data.legal_basis_code, "assessment.legal_basis_code",
                         max_len=LegalBasis.__table__.c.code.type.length)
    if basis and session.execute(select(LegalBasis).where(
            LegalBasis.code == basis, LegalBasis.active)).scalar() is None:
        errors.add("assessment.legal_basis_code", FieldMessage(
            _N("Validation", "“{code}” is not in the list of articles."), code=v.shown(basis)))
    grounds = []
    for ground, note in dict(data.grounds).items():
        g = errors.check(v.choice, ground, Ground, "assessment.grounds")
        if g is None:
            continue
        n = errors.check(v.long_text, note, f"assessment.grounds.{g.value}")
        grounds.append((g.value, n or ""))
    errors.raise_if_any()

    row = _open_assessment(session, case)
    if row is None:
        row = Assessment(id=uuid.uuid4(), case_id=case.id, kind=kind.value,
                         state=AssessmentState.DRAFT.value, drafted_by_id=actor.user_id)
        session.add(row)
        before: dict = {}
    else:
        check_version(row, expected_version, "assessment")
        before = snapshot(row) | {"grounds": [(g.ground, g.nexus_note) for g in row.grounds]}
        row.drafted_by_id = actor.user_id
    for name, value in values.items():
        setattr(row, name, value)
    row.exclusion_applies = data.exclusion_applies
    row.recommended_outcome = outcome.value if outcome else None
    row.legal_basis_code = basis or ""
    row.grounds.clear()
    session.flush()
    for ground, note in grounds:
        row.grounds.append(AssessmentGround(id=uuid.uuid4(), ground=ground, nexus_note=note))
    row.updated_at = utcnow()
    session.flush()
    uow.audit(actor, "assessment.draft", entity="assessment", entity_id=row.id, case_id=case.id,
              old=before, new=snapshot(row) | {"grounds": grounds})
    uow.commit()
    return row.id, row.version


def missing_items(uow: UnitOfWork, number: str) -> list[str]:
    session = uow.session
    case = load_case(session, number)
    row = _open_assessment(session, case)
    if row is None:
        return [_N("Assessment", "Draft the assessment first.")]
    return _missing(session, case, row)


def _missing(session, case: Case, row: Assessment) -> list[str]:
    held = session.execute(select(func.count()).select_from(Interview).where(
        Interview.case_id == case.id, Interview.status == InterviewStatus.HELD.value)).scalar_one()
    basis_outcome = session.execute(select(LegalBasis.outcome).where(
        LegalBasis.code == row.legal_basis_code)).scalar() if row.legal_basis_code else None
    return missing_for_submission(AssessmentFacts(
        kind=AssessmentKind(row.kind), interviews_held=held,
        recommended_outcome=Outcome(row.recommended_outcome) if row.recommended_outcome else None,
        legal_basis_code=row.legal_basis_code, legal_basis_outcome=basis_outcome,
        reasons=row.reasons, grounds=len(row.grounds),
        findings={"internal consistency": Finding(row.internal_consistency),
                  "consistency with country information": Finding(row.coi_consistency),
                  "plausibility": Finding(row.plausibility)},
        well_founded_fear=Finding(row.well_founded_fear)))


_FINDING_PREFIX = "Record the credibility finding: "


def _missing_message(missing: list[str]) -> FieldMessage:
    """The lines of ``missing_for_submission`` (texts in context "Assessment") as one
    translatable message, the lines separated by a space."""
    lines = []
    for line in missing:
        if line.startswith(_FINDING_PREFIX):  # the finding's name is marked on its own
            lines.append(FieldMessage(
                _N("Validation", "Record the credibility finding: {finding}"),
                finding=FieldMessage.marked("Assessment", line[len(_FINDING_PREFIX):])))
        else:
            lines.append(FieldMessage.marked("Assessment", line))
    return join_messages(lines)


def submit_for_approval(uow: UnitOfWork, actor: Actor, number: str) -> None:
    session = uow.session
    case = load_case(session, number)
    step = (Step.SUBMIT_EXTENSION if case.status == CaseStatus.EXTENSION_REQUESTED
            else Step.SUBMIT_FOR_APPROVAL)
    check_step(step, case.status, actor.role)
    row = _open_assessment(session, case)
    if row is None:
        raise ValidationError({"assessment": FieldMessage(
            _N("Validation", "there is no drafted assessment to submit."))})
    missing = _missing(session, case, row)
    if missing:
        listed = _missing_message(missing)
        raise ValidationError({"assessment": listed},
                              _N("DomainError", "The assessment is not complete: {missing}"),
                              missing=listed)
    old, new = apply_step(case, step, actor)
    row.state = AssessmentState.SUBMITTED.value
    row.submitted_at = utcnow()
    session.add(ApprovalEvent(id=uuid.uuid4(), assessment_id=row.id,
                              action=ApprovalAction.SUBMIT.value, actor_id=actor.user_id))
    uow.audit(actor, "assessment.submit", entity="assessment", entity_id=row.id, case_id=case.id,
              old={"case_status": old}, new={"case_status": new, "state": row.state})
    uow.commit()


def return_for_revision(uow: UnitOfWork, actor: Actor, number: str, comment: str) -> None:
    session = uow.session
    case = load_case(session, number)
    step = (Step.RETURN_EXTENSION if case.status == CaseStatus.EXTENSION_PENDING_APPROVAL
            else Step.RETURN_FOR_REVISION)
    check_step(step, case.status, actor.role)
    comment = v.long_text(comment, "approval.comment", required=True)
    row = _pending_assessment(session, case)
    old, new = apply_step(case, step, actor)
    row.state = AssessmentState.RETURNED.value
    session.add(ApprovalEvent(id=uuid.uuid4(), assessment_id=row.id,
                              action=ApprovalAction.RETURN.value, actor_id=actor.user_id,
                              comment=comment))
    uow.audit(actor, "assessment.return", entity="assessment", entity_id=row.id, case_id=case.id,
              old={"case_status": old}, new={"case_status": new, "comment": comment})
    uow.commit()


def approve_decision(uow: UnitOfWork, actor: Actor, number: str,
                     decided_on: date | None = None) -> uuid.UUID:
    """Approve the submitted assessment. The drafter can never approve their own draft."""
    session = uow.session
    case = load_case(session, number)
    step = (Step.APPROVE_EXTENSION if case.status == CaseStatus.EXTENSION_PENDING_APPROVAL
            else Step.APPROVE_DECISION)
    check_step(step, case.status, actor.role)
    row = _pending_assessment(session, case)
    if row.drafted_by_id == actor.user_id:
        raise PermissionDenied(_N("DomainError", "You drafted this decision, so you cannot "
                                                 "approve it: another supervisor must."))
    decided_on = decided_on or date.today()
    if decided_on > date.today() or decided_on < case.registered_on:
        raise ValidationError({"decision.decided_on": FieldMessage(
            _N("Validation", "the decision date must lie between the registration and "
                             "today."))})
    settings = deadline_settings(session)
    valid_from = valid_to = None
    if row.recommended_outcome == Outcome.RECOGNISE:
        if row.kind == AssessmentKind.EXTENSION and case.status_valid_to:
            valid_from = case.status_valid_to + timedelta(days=1)
        else:
            valid_from = decided_on
        valid_to = settings.status_until(valid_from)
    old, new = apply_step(case, step, actor)
    row.state = AssessmentState.APPROVED.value
    decision = Decision(
        id=uuid.uuid4(), case_id=case.id, assessment_id=row.id, kind=row.kind,
        outcome=row.recommended_outcome, legal_basis_code=row.legal_basis_code,
        decided_on=decided_on, drafted_by_id=row.drafted_by_id, approved_by_id=actor.user_id,
        valid_from=valid_from, valid_to=valid_to)
    session.add(decision)
    session.add(ApprovalEvent(id=uuid.uuid4(), assessment_id=row.id,
                              action=ApprovalAction.APPROVE.value, actor_id=actor.user_id))
    session.flush()
    uow.audit(actor, "decision.approve", entity="decision", entity_id=decision.id,
              case_id=case.id, old={"case_status": old},
              new=snapshot(decision) | {"case_status": new})
    uow.commit()
    return decision.id


def _latest_decision(session, case: Case) -> Decision:
    found = session.execute(select(Decision).where(Decision.case_id == case.id)
                            .order_by(Decision.created_at.desc())).scalar()
    if found is None:
        raise NotFound(_N("DomainError", "Case {number} has no decision."), number=case.number)
    return found


def record_notification(uow: UnitOfWork, actor: Actor, number: str, served_on: date,
                        method: str) -> uuid.UUID:
    """Record that the decision was served; the appeal deadline follows from the date."""
    session = uow.session
    case = load_case(session, number)
    # Every notification step starts from DECIDED and is open to the same roles, so
    # the workflow answers before we look for a decision a case in another state lacks.
    check_step(Step.NOTIFY_GRANT, case.status, actor.role)
    decision = _latest_decision(session, case)
    method_value = v.choice(method, ServiceMethod, "notification.method")
    if served_on < decision.decided_on:
        raise ValidationError({"notification.served_on": FieldMessage(
            _N("Validation", "a decision cannot be served before it was taken."))})
    if served_on > date.today():
        raise ValidationError({"notification.served_on": FieldMessage(
            _N("Validation", "the date cannot be in the future."))})
    if decision.kind == AssessmentKind.EXTENSION:
        step = Step.NOTIFY_EXTENSION
    else:
        step = {Outcome.RECOGNISE: Step.NOTIFY_GRANT, Outcome.REFUSE: Step.NOTIFY_REFUSAL,
                Outcome.CLOSE: Step.NOTIFY_CLOSURE}[Outcome(decision.outcome)]
    old, new = apply_step(case, step, actor)
    appeal_deadline = None
    if decision.outcome == Outcome.REFUSE and decision.kind == AssessmentKind.STATUS:
        appeal_deadline = deadline_settings(session).appeal_until(served_on)
        case.appeal_deadline = appeal_deadline
    if decision.outcome == Outcome.RECOGNISE:
        if decision.kind == AssessmentKind.STATUS:
            case.status_valid_from = decision.valid_from
        case.status_valid_to = decision.valid_to
    if step == Step.NOTIFY_CLOSURE:
        case.closed_on, case.closure_reason = served_on, ClosureReason.DECISION_CLOSED.value
    row = Notification(id=uuid.uuid4(), decision_id=decision.id, served_on=served_on,
                       method=method_value.value, served_by_id=actor.user_id,
                       appeal_deadline=appeal_deadline)
    session.add(row)
    session.flush()
    uow.audit(actor, "decision.notify", entity="notification", entity_id=row.id,
              case_id=case.id, old={"case_status": old},
              new=snapshot(row) | {"case_status": new})
    uow.commit()
    return row.id


def issue_certificate(uow: UnitOfWork, actor: Actor, number: str,
                      issued_on: date | None = None) -> str:
    """Issue the refugee certificate for the current validity; returns its number."""
    cert = add_refugee_certificate(uow, actor, load_case(uow.session, number), issued_on)
    uow.commit()
    return cert.number


def add_refugee_certificate(uow: UnitOfWork, actor: Actor, case: Case,
                            issued_on: date | None = None) -> Certificate:
    """Add (and audit, not commit) the refugee certificate for the current validity."""
    require(actor.role, Action.ISSUE_CERTIFICATE)
    session = uow.session
    if case.status not in (CaseStatus.GRANTED, CaseStatus.EXTENSION_REQUESTED) \
            or case.status_valid_to is None:
        raise TransitionNotAllowed(_N("DomainError", "A refugee certificate can be issued only "
                                                     "while refugee status is valid."))
    decision = _latest_decision(session, case)
    existing = session.execute(select(Certificate).where(
        Certificate.decision_id == decision.id,
        Certificate.state == CertificateState.VALID.value)).scalar()
    if existing is not None:
        raise ValidationError({"certificate": FieldMessage(
            _N("Validation", "certificate {number} was already issued for this decision; "
                             "reprint or replace it."), number=existing.number)})
    issued_on = issued_on or date.today()
    cert = Certificate(id=uuid.uuid4(), case_id=case.id, decision_id=decision.id,
                       kind=CertificateKind.REFUGEE.value,
                       number=next_certificate_number(session, case, CertificateKind.REFUGEE),
                       issued_on=issued_on, valid_to=case.status_valid_to,
                       verification_code=new_certificate_code(), issued_by_id=actor.user_id)
    session.add(cert)
    session.flush()
    # A certificate of an earlier decision (before an extension) gives way to this one.
    earlier = list(session.execute(select(Certificate).where(
        Certificate.case_id == case.id, Certificate.kind == CertificateKind.REFUGEE.value,
        Certificate.state == CertificateState.VALID.value, Certificate.id != cert.id)).scalars())
    for old in earlier:
        old.state, old.replaced_by_id = CertificateState.REPLACED.value, cert.id
    session.flush()
    uow.audit(actor, "certificate.issue", entity="certificate", entity_id=cert.id,
              case_id=case.id, new=snapshot(cert) | {"replaces": [c.number for c in earlier]})
    return cert


CERTIFICATE_PREFIX = {CertificateKind.ASYLUM_SEEKER: "AS", CertificateKind.REFUGEE: "RC"}


def next_certificate_number(session, case: Case, kind: CertificateKind | str) -> str:
    """``AS-<case>-<n>`` or ``RC-<case>-<n>``: numbers never repeat, also after voiding."""
    prefix = f"{CERTIFICATE_PREFIX[CertificateKind(kind)]}-{case.number}-"
    taken = [int(n[len(prefix):]) for n in session.execute(select(Certificate.number).where(
        Certificate.case_id == case.id)).scalars()
        if n.startswith(prefix) and n[len(prefix):].isdigit()]
    return f"{prefix}{max(taken, default=0) + 1}"


def request_extension(uow: UnitOfWork, actor: Actor, number: str, applied_on: date) -> uuid.UUID:
    session = uow.session
    case = load_case(session, number)
    check_step(Step.REQUEST_EXTENSION, case.status, actor.role)
    if case.status_valid_to and applied_on > case.status_valid_to:
        raise ValidationError({"extension.applied_on": FieldMessage(
            _N("Validation", "an extension must be applied for before the status ends."))})
    old, new = apply_step(case, Step.REQUEST_EXTENSION, actor)
    row = ExtensionApplication(id=uuid.uuid4(), case_id=case.id, applied_on=applied_on)
    session.add(row)
    session.flush()
    uow.audit(actor, "extension.request", entity="extension_application", entity_id=row.id,
              case_id=case.id, old={"case_status": old},
              new=snapshot(row) | {"case_status": new})
    uow.commit()
    return row.id


def end_status(uow: UnitOfWork, actor: Actor, number: str, kind: str, ended_on: date,
               reason: str) -> None:
    """Expiry, cessation or revocation: the status ends and the case closes."""
    session = uow.session
    case = load_case(session, number)
    kind_value = v.choice(kind, StatusEndKind, "status_end.kind")
    reason = v.long_text(reason, "status_end.reason",
                         required=kind_value != StatusEndKind.EXPIRY)
    if ended_on > date.today():
        raise ValidationError({"status_end.ended_on": FieldMessage(
            _N("Validation", "the date cannot be in the future."))})
    old, new = apply_step(case, Step.END_STATUS, actor)
    session.add(StatusEnd(id=uuid.uuid4(), case_id=case.id, kind=kind_value.value,
                          ended_on=ended_on, reason=reason, recorded_by_id=actor.user_id))
    case.closed_on, case.closure_reason = ended_on, ClosureReason.STATUS_ENDED.value
    uow.audit(actor, "status.end", entity="case", entity_id=case.id, case_id=case.id,
              old={"case_status": old},
              new={"case_status": new, "kind": kind_value.value, "reason": reason,
                   "ended_on": ended_on})
    uow.commit()


def lodge_appeal(uow: UnitOfWork, actor: Actor, number: str, lodged_on: date, court: str = "",
                 reference: str = "") -> bool:
    """Record an appeal; returns True when it was lodged late (and flags it so)."""
    session = uow.session
    case = load_case(session, number)
    check_step(Step.LODGE_APPEAL, case.status, actor.role)
    if case.status == CaseStatus.CLOSED and case.closure_reason != ClosureReason.FINAL_REFUSAL:
        raise TransitionNotAllowed(_N("DomainError", "Only a refusal can be appealed."))
    decision = _latest_decision(session, case)
    if decision.outcome != Outcome.REFUSE:
        raise TransitionNotAllowed(_N("DomainError", "Only a refusal can be appealed."))
    if lodged_on > date.today():
        raise ValidationError({"appeal.lodged_on": FieldMessage(
            _N("Validation", "the date cannot be in the future."))})
    late = case.appeal_deadline is not None and lodged_on > case.appeal_deadline
    old, new = apply_step(case, Step.LODGE_APPEAL, actor)
    row = Appeal(id=uuid.uuid4(), case_id=case.id, decision_id=decision.id, lodged_on=lodged_on,
                 deadline=case.appeal_deadline, late=late,
                 court=v.text(court, "appeal.court"),
                 reference=v.text(reference, "appeal.reference", max_len=100))
    session.add(row)
    session.flush()
    uow.audit(actor, "appeal.lodge", entity="appeal", entity_id=row.id, case_id=case.id,
              old={"case_status": old}, new=snapshot(row) | {"case_status": new})
    uow.commit()
    return late


def record_appeal_outcome(uow: UnitOfWork, actor: Actor, number: str, outcome: str,
                          on_date: date) -> None:
    session = uow.session
    case = load_case(session, number)
    value = v.choice(outcome, AppealOutcome, "appeal.outcome")
    if value not in (AppealOutcome.UPHELD, AppealOutcome.SUCCESSFUL):
        raise ValidationError({"appeal.outcome": FieldMessage(
            _N("Validation", "record the court's outcome: upheld or successful."))})
    step = Step.APPEAL_SUCCESSFUL if value == AppealOutcome.SUCCESSFUL else Step.APPEAL_UPHELD
    check_step(step, case.status, actor.role)
    appeal = session.execute(select(Appeal).where(
        Appeal.case_id == case.id, Appeal.outcome == AppealOutcome.PENDING.value)).scalar()
    if appeal is None:
        raise NotFound(_N("DomainError", "Case {number} has no pending appeal."),
                       number=case.number)
    old, new = apply_step(case, step, actor)
    appeal.outcome, appeal.outcome_on = value.value, on_date
    if value == AppealOutcome.UPHELD:
        case.closed_on, case.closure_reason = on_date, ClosureReason.FINAL_REFUSAL.value
    else:
        case.closed_on, case.closure_reason, case.appeal_deadline = None, None, None
        session.add(CaseClosure(id=uuid.uuid4(), case_id=case.id, action="reopen",
                                reason="appeal_successful", on_date=on_date,
                                by_id=actor.user_id))
    uow.audit(actor, "appeal.outcome", entity="appeal", entity_id=appeal.id, case_id=case.id,
              old={"case_status": old, "outcome": "pending"},
              new={"case_status": new, "outcome": value.value, "on": on_date})
    uow.commit()


CLOSABLE_REASONS = (ClosureReason.WITHDRAWN, ClosureReason.ABANDONED, ClosureReason.FINAL_REFUSAL)


def close_case(uow: UnitOfWork, actor: Actor, number: str, reason: str, note: str = "",
               on_date: date | None = None) -> None:
    session = uow.session
    case = load_case(session, number)
    value = v.choice(reason, ClosureReason, "closure.reason")
    if value not in CLOSABLE_REASONS:
        raise ValidationError({"closure.reason": FieldMessage(
            _N("Validation", "close a case as withdrawn, abandoned or final refusal."))})
    if value == ClosureReason.FINAL_REFUSAL and case.status != CaseStatus.REFUSED:
        raise ValidationError({"closure.reason": FieldMessage(
            _N("Validation", "only a refused case closes as a final refusal."))})
    note = v.long_text(note, "closure.note")
    on_date = on_date or date.today()
    old, new = apply_step(case, Step.CLOSE_CASE, actor)
    case.closed_on, case.closure_reason = on_date, value.value
    session.add(CaseClosure(id=uuid.uuid4(), case_id=case.id, action="close", reason=value.value,
                            note=note, on_date=on_date, by_id=actor.user_id))
    uow.audit(actor, "case.close", entity="case", entity_id=case.id, case_id=case.id,
              old={"case_status": old}, new={"case_status": new, "reason": value.value,
                                             "note": note})
    uow.commit()


def reopen_case(uow: UnitOfWork, actor: Actor, number: str, reason: str,
                on_date: date | None = None) -> None:
    session = uow.session
    case = load_case(session, number)
    check_step(Step.REOPEN_CASE, case.status, actor.role)
    reason = v.long_text(reason, "reopening.reason", required=True)
    on_date = on_date or date.today()
    old, new = apply_step(case, Step.REOPEN_CASE, actor)
    case.closed_on, case.closure_reason = None, None
    session.add(CaseClosure(id=uuid.uuid4(), case_id=case.id, action="reopen", reason="",
                            note=reason, on_date=on_date, by_id=actor.user_id))
    uow.audit(actor, "case.reopen", entity="case", entity_id=case.id, case_id=case.id,
              old={"case_status": old}, new={"case_status": new, "reason": reason})
    uow.commit()


def extend_decision_deadline(uow: UnitOfWork, actor: Actor, number: str, new_due: date,
                             reason: str) -> None:
    session = uow.session
    case = load_case(session, number)
    check_step(Step.EXTEND_DECISION_DEADLINE, case.status, actor.role)
    reason = v.long_text(reason, "deadline.reason", required=True)
    latest = deadline_settings(session).decision_latest_possible(case.registered_on)
    if new_due <= case.decision_due_on:
        raise ValidationError({"deadline.new_due": FieldMessage(
            _N("Validation", "the new date must be later than the current one."))})
    if new_due > latest:
        raise ValidationError({"deadline.new_due": FieldMessage(
            _N("Validation", "the decision is due by {date} at the latest (the longest "
                             "extension)."), date=latest)})
    old = case.decision_due_on
    case.decision_due_on, case.deadline_extension_reason = new_due, reason
    uow.audit(actor, "case.extend_deadline", entity="case", entity_id=case.id, case_id=case.id,
              old={"decision_due_on": old}, new={"decision_due_on": new_due, "reason": reason})
    uow.commit()
