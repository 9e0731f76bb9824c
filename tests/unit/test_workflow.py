"""The workflow table: every state × role × step, and the shape of the graph."""

from __future__ import annotations

from collections import deque

import pytest
from sqlalchemy import CheckConstraint

from app.db.models import Case
from app.domain.errors import PermissionDenied, TransitionNotAllowed
from app.domain.vocab import Role
from app.domain.workflow import (
    EDITABLE,
    PRE_DECISION,
    STATUS_LABELS,
    WORKFLOW,
    CaseStatus,
    Step,
    can_take,
    check_step,
    status_label,
    steps_available,
)

ALL = [pytest.param(step, status, role, id=f"{step.value}-{status.value}-{role.value}")
       for step in Step for status in CaseStatus for role in Role]


@pytest.mark.parametrize(("step", "status", "role"), ALL)
def test_check_step_follows_the_table(step, status, role):
    transition = WORKFLOW[step]
    if role not in transition.roles:
        with pytest.raises(PermissionDenied) as info:
            check_step(step, status, role)
        assert role.value in str(info.value)
        assert transition.label in str(info.value)
    elif status not in transition.sources:
        with pytest.raises(TransitionNotAllowed) as info:
            check_step(step, status, role)
        assert STATUS_LABELS[status] in str(info.value)
        assert transition.label in str(info.value)
    else:
        assert check_step(step, status, role) == (transition.target or status)


@pytest.mark.parametrize(("step", "status", "role"), ALL)
def test_can_take_agrees_with_check_step(step, status, role):
    try:
        check_step(step, status.value, role.value)  # plain strings, as stored
        allowed = True
    except (PermissionDenied, TransitionNotAllowed):
        allowed = False
    assert can_take(step, status, role) is allowed
    assert (step in steps_available(status, role)) is allowed


def test_a_role_error_wins_over_a_state_error():
    # A clerk asking to approve a closed case learns about the role, not the case.
    with pytest.raises(PermissionDenied):
        check_step(Step.APPROVE_DECISION, CaseStatus.CLOSED, Role.CLERK)


def test_unknown_status_or_role_is_refused_loudly():
    with pytest.raises(ValueError):
        check_step(Step.CLOSE_CASE, "archived", Role.OFFICER)
    with pytest.raises(ValueError):
        can_take(Step.CLOSE_CASE, CaseStatus.REGISTERED, "janitor")


def _graph() -> dict[CaseStatus, set[CaseStatus]]:
    edges: dict[CaseStatus, set[CaseStatus]] = {status: set() for status in CaseStatus}
    for transition in WORKFLOW.values():
        for source in transition.sources:
            edges[source].add(transition.target or source)
    return edges


def _reachable(start: CaseStatus) -> set[CaseStatus]:
    edges, seen, queue = _graph(), {start}, deque([start])
    while queue:
        for nxt in edges[queue.popleft()]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen


def test_every_state_is_reachable_from_registration():
    assert _reachable(CaseStatus.REGISTERED) == set(CaseStatus)


@pytest.mark.parametrize("status", [s for s in CaseStatus if s != CaseStatus.CLOSED])
def test_every_open_state_can_reach_closed(status):
    assert CaseStatus.CLOSED in _reachable(status)


def test_every_transition_has_sources_roles_and_a_label():
    for step, transition in WORKFLOW.items():
        assert transition.step == step
        assert transition.sources, step
        assert transition.roles, step
        assert transition.label.strip(), step
    assert set(WORKFLOW) == set(Step)


def test_four_eyes_in_the_table():
    """Officers draft and submit; only supervisors return or approve."""
    for step in (Step.SUBMIT_FOR_APPROVAL, Step.SUBMIT_EXTENSION):
        assert WORKFLOW[step].roles == {Role.OFFICER}
    for step in (Step.APPROVE_DECISION, Step.APPROVE_EXTENSION, Step.RETURN_FOR_REVISION,
                 Step.RETURN_EXTENSION, Step.REOPEN_CASE, Step.EXTEND_DECISION_DEADLINE):
        assert WORKFLOW[step].roles == {Role.SUPERVISOR}


def test_admin_never_moves_a_case_and_a_clerk_only_notifies_and_records_appeals():
    for status in CaseStatus:
        assert steps_available(status, Role.ADMIN) == []
    clerk_steps = {step for status in CaseStatus for step in steps_available(status, Role.CLERK)}
    assert clerk_steps == {Step.NOTIFY_GRANT, Step.NOTIFY_REFUSAL, Step.NOTIFY_CLOSURE,
                           Step.NOTIFY_EXTENSION, Step.LODGE_APPEAL}


def test_steps_chosen_by_the_services_share_sources_and_roles():
    """record_notification checks NOTIFY_GRANT before it knows the outcome, and the
    appeal-outcome service picks upheld/successful: the siblings must agree."""
    for group in ((Step.NOTIFY_GRANT, Step.NOTIFY_REFUSAL, Step.NOTIFY_CLOSURE,
                   Step.NOTIFY_EXTENSION),
                  (Step.APPEAL_UPHELD, Step.APPEAL_SUCCESSFUL)):
        shapes = {(WORKFLOW[s].sources, WORKFLOW[s].roles) for s in group}
        assert len(shapes) == 1, group


def test_the_decision_deadline_extends_only_before_a_decision():
    assert WORKFLOW[Step.EXTEND_DECISION_DEADLINE].sources == PRE_DECISION
    assert WORKFLOW[Step.EXTEND_DECISION_DEADLINE].target is None


def test_a_case_waiting_for_approval_or_closed_cannot_be_edited():
    for status in (CaseStatus.PENDING_APPROVAL, CaseStatus.EXTENSION_PENDING_APPROVAL,
                   CaseStatus.DECIDED, CaseStatus.CLOSED):
        assert status not in EDITABLE


def test_every_status_has_a_label_and_the_database_accepts_exactly_these():
    for status in CaseStatus:
        assert status_label(status) == STATUS_LABELS[status]
        assert status_label(status.value)
    check = next(c for c in Case.__table__.constraints
                 if isinstance(c, CheckConstraint) and c.name == "ck_cases_status")
    allowed = {part.strip(" '()") for part in str(check.sqltext).split("IN", 1)[1].split(",")}
    assert allowed == {s.value for s in CaseStatus}
