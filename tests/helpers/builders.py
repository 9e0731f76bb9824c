"""Build cases in a given workflow state, through the services as a user would.

Every state of ``CaseStatus`` is reached by taking the real steps (register,
schedule, record an interview, draft, submit, approve, notify …), so a test
that starts from "a granted case" also exercises the path that got it there.
"""

from __future__ import annotations

import json
import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select, text

from app.db.keyfile import KeyFile
from app.db.models import AuditEntry, Case
from app.db.store import Store, StorePaths
from app.domain.workflow import CaseStatus
from app.services import cases, decisions, interviews

#: The legal basis the default settings offer for each recommended outcome.
BASIS = {"recognise": "LR-12", "refuse": "LR-13", "close": "LR-14"}
EXTENSION_BASIS = "LR-12-EXT"


def open_store_copy(template, folder: Path):
    """Like the ``store_fixture`` fixture, for fixtures of a wider scope."""
    from tests.conftest import StoreFixture

    template_dir, key, actors, recovery = template
    shutil.copytree(template_dir, folder)
    paths = StorePaths(folder)
    store = Store.open_with_key(paths, KeyFile.load(paths.keys), key)
    return StoreFixture(store=store, data_dir=folder, recovery_key=recovery, **actors)


def petition(**overrides) -> cases.PetitionInput:
    """A complete, valid petition of a Kazakh man from Xinjiang."""
    values = dict(
        names=[cases.NameInput("kk-Cyrl", "Серікұлы", "Ерлан"),
               cases.NameInput("Latn", "Serikuly", "Erlan")],
        sex="male", birth_date="1990-05", citizenships=["CHN"], ethnicity="Kazakh",
        languages=["kk", "zh"], arrived_on=date.today() - timedelta(days=3))
    values.update(overrides)
    return cases.PetitionInput(**values)


def register(fx, actor=None, **overrides) -> cases.CaseRef:
    with fx.uow() as uow:
        return cases.register_petition(uow, actor or fx.officer, petition(**overrides))


def schedule(fx, number: str, actor=None) -> uuid.UUID:
    with fx.uow() as uow:
        return interviews.schedule_interview(
            uow, actor or fx.officer, number, datetime.now(UTC) + timedelta(days=2),
            location="Room 4")


def interview_record(**overrides) -> interviews.InterviewRecordInput:
    ended = datetime.now(UTC) - timedelta(hours=1)
    values = dict(started_at=ended - timedelta(hours=2), ended_at=ended, language="kk",
                  entries=[interviews.QAInput("Why did you leave?",
                                              "I was told I would be sent to a camp.")])
    values.update(overrides)
    return interviews.InterviewRecordInput(**values)


def record_interview(fx, number: str, actor=None, interview_id=None, **overrides) -> uuid.UUID:
    with fx.uow() as uow:
        return interviews.record_interview(uow, actor or fx.officer, number,
                                           interview_record(**overrides),
                                           interview_id=interview_id)


def assessment(outcome: str = "recognise", *, extension: bool = False,
               **overrides) -> decisions.AssessmentInput:
    """A complete assessment recommending ``outcome``."""
    values = dict(
        internal_consistency="established", coi_consistency="established",
        plausibility="established", well_founded_fear="established",
        recommended_outcome=outcome,
        legal_basis_code=EXTENSION_BASIS if extension else BASIS[outcome],
        reasons="A consistent and detailed account of detention in a camp.",
        grounds={"religion": "Detained for practising Islam."} if outcome == "recognise" else {})
    values.update(overrides)
    return decisions.AssessmentInput(**values)


def draft(fx, number: str, outcome: str = "recognise", actor=None, *,
          extension: bool = False) -> tuple[uuid.UUID, int]:
    with fx.uow() as uow:
        return decisions.draft_assessment(uow, actor or fx.officer, number,
                                          assessment(outcome, extension=extension))


def submit(fx, number: str, actor=None) -> None:
    with fx.uow() as uow:
        decisions.submit_for_approval(uow, actor or fx.officer, number)


def approve(fx, number: str, actor=None, decided_on: date | None = None) -> uuid.UUID:
    with fx.uow() as uow:
        return decisions.approve_decision(uow, actor or fx.supervisor, number, decided_on)


def notify(fx, number: str, served_on: date | None = None, actor=None) -> uuid.UUID:
    with fx.uow() as uow:
        return decisions.record_notification(uow, actor or fx.officer, number,
                                             served_on or date.today(), "in_person")


@dataclass(frozen=True)
class BuiltCase:
    number: str
    id: uuid.UUID
    #: The interview still waiting to be held, if the case has one.
    scheduled_interview_id: uuid.UUID | None = None


def case_in(fx, state: CaseStatus | str, *, outcome: str | None = None,
            **petition_overrides) -> BuiltCase:
    """A new case in ``state``, reached through the services.

    ``outcome`` is the recommended outcome for states after a decision (default:
    recognise; refuse for REFUSED, APPEAL_LODGED and CLOSED). A case UNDER_ASSESSMENT
    or EXTENSION_REQUESTED already holds a complete draft, so it can be submitted.
    A CLOSED case is a final refusal, so that an appeal against it is possible.
    """
    state = CaseStatus(state)
    ref = register(fx, **petition_overrides)
    number, scheduled = ref.number, None
    if state == CaseStatus.REGISTERED:
        return BuiltCase(number, ref.id)
    scheduled = schedule(fx, number)
    if state == CaseStatus.INTERVIEW_SCHEDULED:
        return BuiltCase(number, ref.id, scheduled)
    record_interview(fx, number, interview_id=scheduled)
    refused_states = (CaseStatus.REFUSED, CaseStatus.APPEAL_LODGED, CaseStatus.CLOSED)
    chosen = outcome or ("refuse" if state in refused_states else "recognise")
    draft(fx, number, chosen)
    if state == CaseStatus.UNDER_ASSESSMENT:
        return BuiltCase(number, ref.id)
    submit(fx, number)
    if state == CaseStatus.PENDING_APPROVAL:
        return BuiltCase(number, ref.id)
    approve(fx, number)
    if state == CaseStatus.DECIDED:
        return BuiltCase(number, ref.id)
    notify(fx, number)
    if state in (CaseStatus.GRANTED, CaseStatus.REFUSED):
        return BuiltCase(number, ref.id)
    with fx.uow() as uow:
        if state == CaseStatus.CLOSED:
            decisions.close_case(uow, fx.officer, number, "final_refusal",
                                 note="The applicant did not appeal.")
        elif state == CaseStatus.APPEAL_LODGED:
            decisions.lodge_appeal(uow, fx.officer, number, date.today(), court="City court")
        else:
            decisions.request_extension(uow, fx.officer, number, date.today())
    if state in (CaseStatus.CLOSED, CaseStatus.APPEAL_LODGED):
        return BuiltCase(number, ref.id)
    draft(fx, number, "recognise", extension=True)
    if state == CaseStatus.EXTENSION_REQUESTED:
        return BuiltCase(number, ref.id)
    submit(fx, number)
    assert state == CaseStatus.EXTENSION_PENDING_APPROVAL, state
    return BuiltCase(number, ref.id)


# ---- reading back what is stored


def case_row(fx, number: str) -> tuple[str, int]:
    """(status, version) of the case as stored."""
    with fx.uow(readonly=True) as uow:
        case = uow.session.execute(select(Case).where(Case.number == number)).scalar_one()
        return case.status, case.version


def audit_count(fx) -> int:
    with fx.uow(readonly=True) as uow:
        return uow.session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()


@dataclass(frozen=True)
class AuditRow:
    seq: int
    action: str
    user_id: uuid.UUID | None
    username: str
    entity: str
    entity_id: str
    case_id: uuid.UUID | None
    old: dict
    new: dict


def audit_since(fx, seq: int) -> list[AuditRow]:
    """The audit entries written after entry ``seq``, oldest first, values decoded."""
    with fx.uow(readonly=True) as uow:
        return [AuditRow(e.seq, e.action, e.user_id, e.username, e.entity, e.entity_id,
                         e.case_id, json.loads(e.old_values or "{}"),
                         json.loads(e.new_values or "{}"))
                for e in uow.session.execute(select(AuditEntry).where(AuditEntry.seq > seq)
                                             .order_by(AuditEntry.seq)).scalars()]


def table_count(fx, table: str) -> int:
    with fx.uow(readonly=True) as uow:
        return uow.session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


# ---- offline laptops


def make_laptop(folder: Path, *, commission: str = "Laptop", username: str = "officer"):
    """An officer's laptop: its own encrypted store (admin ``laptopadmin``) with an officer
    account of the office's user name; returns (store, that officer). Password: as in
    tests.conftest."""
    from app.bootstrap import init_store
    from app.db.audit import Actor
    from app.db.models import User
    from app.services import accounts
    from tests.conftest import PASSWORD

    made = init_store(folder, admin="laptopadmin", password=PASSWORD, region="AQM",
                      commission=commission)
    accounts.add_user(made.store, made.admin, username, "officer", PASSWORD)
    with made.store.uow(readonly=True) as uow:
        user = uow.session.execute(select(User).where(User.username == username)).scalar_one()
        return made.store, Actor(user.id, user.username, user.role)


def applicant_version(store, number: str) -> int:
    from app.db.models import Applicant

    with store.uow(readonly=True) as uow:
        return uow.session.execute(select(Applicant.version).join(
            Case, Case.id == Applicant.case_id).where(Case.number == number)).scalar()


def edit_applicant(store, actor, number: str, **values) -> None:
    """Save the applicant anew from ``petition(**values)``, at its current version."""
    version = applicant_version(store, number)
    with store.uow() as uow:
        cases.update_applicant(uow, actor, number, petition(**values),
                               expected_version=version)
