"""The services enforce the workflow table: every state × role × transition service.

For each combination a real case in that state (built through the services,
``tests.helpers.builders.case_in``) is handed to the service:

* where the table forbids the step, the service raises PermissionDenied (role)
  or TransitionNotAllowed (state) with a readable message, and the case's
  status and version are exactly as before; the audit trail gains one
  ``access.denied`` entry naming the step for a role refusal, nothing for a
  state refusal;
* where the table allows it, the step succeeds and the case lands in the
  table's target state.

Forbidden calls leave their case untouched, so they share one case per state;
allowed calls each get a new case.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.db.models import Assessment, Case, Decision
from app.domain.deadlines import add_months
from app.domain.errors import PermissionDenied, TransitionNotAllowed
from app.domain.permissions import Action, allowed
from app.domain.vocab import Role
from app.domain.workflow import STATUS_LABELS, WORKFLOW, CaseStatus, Step, can_take
from app.services import decisions, interviews
from tests.helpers import builders
from tests.helpers.builders import BuiltCase

S = CaseStatus


def _schedule(uow, actor, case: BuiltCase) -> None:
    interviews.schedule_interview(uow, actor, case.number, datetime.now(UTC) + timedelta(days=1),
                                  location="Room 2")


def _record(uow, actor, case: BuiltCase) -> None:
    interviews.record_interview(uow, actor, case.number, builders.interview_record())


def _no_show(uow, actor, case: BuiltCase) -> None:
    interviews.record_no_show(uow, actor, case.number,
                              case.scheduled_interview_id or uuid.uuid4())


def _submit(uow, actor, case: BuiltCase) -> None:
    decisions.submit_for_approval(uow, actor, case.number)


def _return(uow, actor, case: BuiltCase) -> None:
    decisions.return_for_revision(uow, actor, case.number, "Add the country information.")


def _approve(uow, actor, case: BuiltCase) -> None:
    decisions.approve_decision(uow, actor, case.number)


def _notify(uow, actor, case: BuiltCase) -> None:
    decisions.record_notification(uow, actor, case.number, date.today(), "in_person")


def _request_extension(uow, actor, case: BuiltCase) -> None:
    decisions.request_extension(uow, actor, case.number, date.today())


def _end_status(uow, actor, case: BuiltCase) -> None:
    decisions.end_status(uow, actor, case.number, "cessation", date.today(),
                         "Re-availed himself of the protection of his country.")


def _lodge_appeal(uow, actor, case: BuiltCase) -> None:
    decisions.lodge_appeal(uow, actor, case.number, date.today(), court="Astana city court")


def _appeal_outcome(uow, actor, case: BuiltCase) -> None:
    decisions.record_appeal_outcome(uow, actor, case.number, "successful", date.today())


def _close(uow, actor, case: BuiltCase) -> None:
    decisions.close_case(uow, actor, case.number, "withdrawn", note="Withdrawn in writing.")


def _reopen(uow, actor, case: BuiltCase) -> None:
    decisions.reopen_case(uow, actor, case.number, "New evidence from the lawyer.")


def _extend_deadline(uow, actor, case: BuiltCase) -> None:
    # Every built case is registered today: due in 3 months, extensible to 12.
    decisions.extend_decision_deadline(uow, actor, case.number, add_months(date.today(), 6),
                                       "Identity checks with the border service.")


def _by_state(default: Step, **special: Step) -> Callable[[CaseStatus], Step]:
    return lambda state: special.get(state.name, default)


#: service name -> (call, the workflow step the service takes from a given state)
SERVICES: dict[str, tuple[Callable, Callable[[CaseStatus], Step]]] = {
    "schedule_interview": (_schedule, _by_state(Step.SCHEDULE_INTERVIEW)),
    "record_interview": (_record, _by_state(Step.RECORD_INTERVIEW)),
    "record_no_show": (_no_show, _by_state(Step.RECORD_NO_SHOW)),
    "submit_for_approval": (_submit, _by_state(
        Step.SUBMIT_FOR_APPROVAL, EXTENSION_REQUESTED=Step.SUBMIT_EXTENSION)),
    "return_for_revision": (_return, _by_state(
        Step.RETURN_FOR_REVISION, EXTENSION_PENDING_APPROVAL=Step.RETURN_EXTENSION)),
    "approve_decision": (_approve, _by_state(
        Step.APPROVE_DECISION, EXTENSION_PENDING_APPROVAL=Step.APPROVE_EXTENSION)),
    # The DECIDED cases built here carry a recognition: notification is NOTIFY_GRANT.
    "record_notification": (_notify, _by_state(Step.NOTIFY_GRANT)),
    "request_extension": (_request_extension, _by_state(Step.REQUEST_EXTENSION)),
    "end_status": (_end_status, _by_state(Step.END_STATUS)),
    "lodge_appeal": (_lodge_appeal, _by_state(Step.LODGE_APPEAL)),
    "record_appeal_outcome": (_appeal_outcome, _by_state(Step.APPEAL_SUCCESSFUL)),
    "close_case": (_close, _by_state(Step.CLOSE_CASE)),
    "reopen_case": (_reopen, _by_state(Step.REOPEN_CASE)),
    "extend_decision_deadline": (_extend_deadline, _by_state(Step.EXTEND_DECISION_DEADLINE)),
}

ROLE_ACTOR = {Role.OFFICER: "officer", Role.SUPERVISOR: "supervisor", Role.CLERK: "clerk",
              Role.ADMIN: "admin"}

MATRIX = [pytest.param(state, role, service, id=f"{state.value}-{role.value}-{service}")
          for state in CaseStatus for role in Role for service in SERVICES]


@pytest.fixture(scope="module")
def shared(_store_template, tmp_path_factory):
    fx = builders.open_store_copy(_store_template, tmp_path_factory.mktemp("matrix") / "data")
    fx.pristine = {}  # state -> a case no test has changed
    yield fx
    fx.store.close()


def _pristine(fx, state: CaseStatus) -> BuiltCase:
    if state not in fx.pristine:
        fx.pristine[state] = builders.case_in(fx, state)
    return fx.pristine[state]


def test_the_matrix_covers_every_transition_service_and_step():
    steps = {get_step(state) for _call, get_step in SERVICES.values() for state in CaseStatus}
    # The notification service picks its step from the decision; the other three
    # notification steps and the upheld appeal share sources and roles with the
    # ones exercised here (see tests/unit/test_workflow.py).
    assert set(Step) - steps == {Step.NOTIFY_REFUSAL, Step.NOTIFY_CLOSURE,
                                 Step.NOTIFY_EXTENSION, Step.APPEAL_UPHELD}


@pytest.mark.parametrize(("state", "role", "service"), MATRIX)
def test_service_follows_the_workflow_table(shared, state, role, service):
    call, get_step = SERVICES[service]
    step = get_step(state)
    actor = getattr(shared, ROLE_ACTOR[role])
    transition = WORKFLOW[step]

    if can_take(step, state, role):
        case = builders.case_in(shared, state)
        assert builders.case_row(shared, case.number)[0] == state
        with shared.uow() as uow:
            call(uow, actor, case)
        status, _version = builders.case_row(shared, case.number)
        assert status == (transition.target or state), (
            f"{service} by a {role} from {state} should lead to {transition.target or state}")
        return

    case = _pristine(shared, state)
    before = builders.case_row(shared, case.number)
    audit_before = builders.audit_count(shared)
    expected = PermissionDenied if role not in transition.roles else TransitionNotAllowed
    try:
        with pytest.raises((PermissionDenied, TransitionNotAllowed)) as info, \
                shared.uow() as uow:
            call(uow, actor, case)
        assert type(info.value) is expected, (
            f"{service} by a {role} in {state}: {type(info.value).__name__}: {info.value}")
        message = str(info.value)
        assert "{" not in message and message.endswith("."), message
        if expected is PermissionDenied:
            assert role.value in message, message
        else:
            assert STATUS_LABELS[state] in message, message
        assert builders.case_row(shared, case.number) == before
        written = builders.audit_since(shared, audit_before)
        if expected is PermissionDenied:
            (entry,) = written
            assert (entry.action, entry.username, entry.case_id, entry.new["role"]) == (
                "access.denied", actor.username, case.id, role)
            # The step itself, or the permission the service checks before it.
            assert entry.new.get("step") == step or not allowed(role, Action(entry.new["action"]))
        else:
            assert written == []
    except BaseException:
        shared.pristine.pop(state, None)  # do not hand a possibly changed case to others
        raise


# ---- four eyes


def test_drafter_cannot_approve_even_as_a_supervisor(store_fixture):
    fx = store_fixture
    case = builders.case_in(fx, S.PENDING_APPROVAL)
    # Only officers draft through the services; make the supervisor the drafter
    # directly, as if an officer had later been given the supervisor role.
    with fx.uow() as uow:
        row = uow.session.execute(select(Assessment).where(
            Assessment.case_id == case.id, Assessment.state == "submitted")).scalar_one()
        row.drafted_by_id = fx.supervisor.user_id
        uow.commit()
    before = builders.case_row(fx, case.number)

    with pytest.raises(PermissionDenied, match="You drafted this decision"), fx.uow() as uow:
        decisions.approve_decision(uow, fx.supervisor, case.number)
    assert builders.case_row(fx, case.number) == before

    builders.approve(fx, case.number, actor=fx.supervisor2)
    assert builders.case_row(fx, case.number)[0] == S.DECIDED


def test_drafter_cannot_approve_own_extension_decision(store_fixture):
    fx = store_fixture
    case = builders.case_in(fx, S.EXTENSION_PENDING_APPROVAL)
    with fx.uow() as uow:
        row = uow.session.execute(select(Assessment).where(
            Assessment.case_id == case.id, Assessment.state == "submitted")).scalar_one()
        row.drafted_by_id = fx.supervisor2.user_id
        uow.commit()
    with pytest.raises(PermissionDenied), fx.uow() as uow:
        decisions.approve_decision(uow, fx.supervisor2, case.number)
    assert builders.case_row(fx, case.number)[0] == S.EXTENSION_PENDING_APPROVAL


def test_database_refuses_a_decision_approved_by_its_drafter(store_fixture):
    fx = store_fixture
    case = builders.case_in(fx, S.PENDING_APPROVAL)
    with fx.uow() as uow:
        assessment_id = uow.session.execute(select(Assessment.id).where(
            Assessment.case_id == case.id)).scalar_one()
    with pytest.raises(IntegrityError, match="four_eyes"), fx.uow() as uow:
        uow.session.add(Decision(
            id=uuid.uuid4(), case_id=case.id, assessment_id=assessment_id, kind="status",
            outcome="refuse", decided_on=date.today(), drafted_by_id=fx.supervisor.user_id,
            approved_by_id=fx.supervisor.user_id))
        uow.session.flush()
    with fx.uow(readonly=True) as uow:
        assert uow.session.execute(select(Decision).where(
            Decision.case_id == case.id)).first() is None
        assert uow.session.get(Case, case.id).status == S.PENDING_APPROVAL
