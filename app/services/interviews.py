"""Interviews: scheduling, recording questions and answers, no-shows, autosaved drafts."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import delete, select

from app.db.audit import Actor
from app.db.base import utcnow
from app.db.models import CaseRepresentative, Draft, Interpreter, Interview, InterviewEntry
from app.db.models import Representative as RepresentativeRow
from app.db.uow import UnitOfWork
from app.domain import validation as v
from app.domain.errors import FieldMessage, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.permissions import Action, require
from app.domain.vocab import InterviewStatus
from app.domain.workflow import Step, check_step
from app.services.cases import load_case_record
from app.services.common import apply_step, check_version, load, load_case, snapshot, utc


@dataclass
class InterpreterInput:
    full_name: str
    languages: str = ""
    gender: str = "unknown"
    organisation: str = ""
    phone: str = ""


def add_interpreter(uow: UnitOfWork, actor: Actor, data: InterpreterInput) -> uuid.UUID:
    require(actor.role, Action.MANAGE_REFERENCE_DATA)
    errors = v.Collector()
    name = errors.check(v.text, data.full_name, "interpreter.full_name", required=True)
    languages = errors.check(v.languages, data.languages, "interpreter.languages")
    if data.gender not in ("female", "male", "unknown"):
        errors.add("interpreter.gender", FieldMessage(
            _N("Validation", "choose female, male or unknown.")))
    organisation = errors.check(v.text, data.organisation, "interpreter.organisation")
    phone = errors.check(v.phone, data.phone, "interpreter.phone")
    errors.raise_if_any()
    row = Interpreter(id=uuid.uuid4(), full_name=name, languages=",".join(languages),
                      gender=data.gender, organisation=organisation, phone=phone)
    uow.session.add(row)
    uow.session.flush()
    uow.audit(actor, "interpreter.add", entity="interpreter", entity_id=row.id, new=snapshot(row))
    uow.commit()
    return row.id


@dataclass(frozen=True)
class InterpreterOption:
    id: uuid.UUID
    full_name: str
    languages: str
    organisation: str


def list_interpreters(uow: UnitOfWork, actor: Actor) -> list[InterpreterOption]:
    """The registered interpreters, by name."""
    require(actor.role, Action.VIEW_SENSITIVE)
    rows = uow.session.execute(select(Interpreter).order_by(Interpreter.full_name)).scalars()
    return [InterpreterOption(r.id, r.full_name, r.languages, r.organisation) for r in rows]


def schedule_interview(uow: UnitOfWork, actor: Actor, number: str, at: datetime,
                       location: str = "", interpreter_id: uuid.UUID | None = None,
                       language: str = "") -> uuid.UUID:
    case = load_case(uow.session, number)
    old, new = apply_step(case, Step.SCHEDULE_INTERVIEW, actor)
    errors = v.Collector()
    place = errors.check(v.text, location, "interview.location")
    language = errors.check(v.text, language, "interview.language", max_len=16)
    errors.raise_if_any()
    if interpreter_id is not None:
        _check_interpreter_independent(
            uow, case.id, load(uow.session, Interpreter, interpreter_id, "interpreter"))
    row = Interview(id=uuid.uuid4(), case_id=case.id, status=InterviewStatus.SCHEDULED.value,
                    scheduled_at=utc(at), location=place, officer_id=actor.user_id,
                    interpreter_id=interpreter_id, language=language)
    uow.session.add(row)
    uow.session.flush()
    uow.audit(actor, "interview.schedule", entity="interview", entity_id=row.id, case_id=case.id,
              old={"status": old}, new=snapshot(row) | {"case_status": new})
    uow.commit()
    return row.id


def _case_interview(uow: UnitOfWork, case_id: uuid.UUID, interview_id: uuid.UUID) -> Interview:
    return load_case_record(uow.session, case_id, Interview, interview_id,
                            FieldMessage(_N("Validation", "interview")), "interview")


@dataclass
class QAInput:
    question: str
    answer: str = ""


@dataclass
class InterviewRecordInput:
    started_at: datetime
    ended_at: datetime
    language: str = ""
    dialect: str = ""
    interpreter_id: uuid.UUID | None = None
    location: str = ""
    representative_present: bool = False
    attendees: str = ""
    entries: list[QAInput] = field(default_factory=list)
    demeanour_notes: str = ""
    read_back_done: bool = False
    applicant_signed: bool = False


def _check_interpreter_independent(uow: UnitOfWork, case_id: uuid.UUID,
                                   interpreter: Interpreter) -> None:
    """An interpreter never also works for the applicant's representative."""
    reps = uow.session.execute(
        select(RepresentativeRow).join(CaseRepresentative,
                                       CaseRepresentative.representative_id == RepresentativeRow.id)
        .where(CaseRepresentative.case_id == case_id, CaseRepresentative.active)).scalars()
    for rep in reps:
        same_person = rep.full_name.strip().casefold() == interpreter.full_name.strip().casefold()
        same_office = (rep.organisation.strip() and interpreter.organisation.strip()
                       and rep.organisation.strip().casefold()
                       == interpreter.organisation.strip().casefold())
        if same_person or same_office:
            raise ValidationError({"interview.interpreter_id": FieldMessage(
                _N("Validation", "this interpreter works for the applicant's representative; "
                                 "choose an independent interpreter."))})


def record_interview(uow: UnitOfWork, actor: Actor, number: str, data: InterviewRecordInput,
                     *, interview_id: uuid.UUID | None = None,
                     expected_version: int | None = None) -> uuid.UUID:
    """Record a held interview (a scheduled one, or one not scheduled beforehand)."""
    require(actor.role, Action.RECORD_INTERVIEW_CONTENT)
    session = uow.session
    case = load_case(session, number)
    errors = v.Collector()
    started, ended = utc(data.started_at), utc(data.ended_at)
    if ended < started:
        errors.add("interview.ended_at", FieldMessage(
            _N("Validation", "the interview cannot end before it starts.")))
    if started > datetime.now(UTC):
        errors.add("interview.started_at", FieldMessage(
            _N("Validation", "a held interview cannot start in the future.")))
    language = errors.check(v.text, data.language, "interview.language", required=True,
                            max_len=16)
    dialect = errors.check(v.text, data.dialect, "interview.dialect", max_len=100)
    location = errors.check(v.text, data.location, "interview.location")
    attendees = errors.check(v.long_text, data.attendees, "interview.attendees")
    demeanour = errors.check(v.long_text, data.demeanour_notes, "interview.demeanour_notes")
    entries = []
    for i, qa in enumerate(data.entries):
        q = errors.check(v.long_text, qa.question, f"interview.entries[{i}].question",
                         required=True)
        a = errors.check(v.long_text, qa.answer, f"interview.entries[{i}].answer")
        entries.append((q, a))
    interpreter = None
    if data.interpreter_id is not None:
        interpreter = session.get(Interpreter, data.interpreter_id)
        if interpreter is None:
            errors.add("interview.interpreter_id", FieldMessage(
                _N("Validation", "that interpreter is not registered.")))
    errors.raise_if_any()
    if interpreter is not None:
        _check_interpreter_independent(uow, case.id, interpreter)

    old_status, new_status = apply_step(case, Step.RECORD_INTERVIEW, actor)
    if interview_id is not None:
        row = _case_interview(uow, case.id, interview_id)
        check_version(row, expected_version, "interview")
        before = snapshot(row) | {"entries": [(e.question, e.answer) for e in row.entries]}
    else:
        row = Interview(id=uuid.uuid4(), case_id=case.id, officer_id=actor.user_id)
        session.add(row)
        before = {}
    row.status = InterviewStatus.HELD.value
    row.started_at, row.ended_at = started, ended
    row.language, row.dialect, row.location = language, dialect, location or row.location
    row.interpreter_id = data.interpreter_id
    row.representative_present = data.representative_present
    row.attendees, row.demeanour_notes = attendees, demeanour
    row.read_back_done, row.applicant_signed = data.read_back_done, data.applicant_signed
    row.entries.clear()
    session.flush()
    for position, (q, a) in enumerate(entries):
        row.entries.append(InterviewEntry(id=uuid.uuid4(), position=position, question=q,
                                          answer=a))
    row.updated_at = utcnow()
    session.flush()
    session.execute(delete(Draft).where(Draft.case_id == case.id, Draft.kind == "interview",
                                        Draft.user_id == actor.user_id))
    after = snapshot(row) | {"entries": entries}
    uow.audit(actor, "interview.record", entity="interview", entity_id=row.id, case_id=case.id,
              old=before | {"case_status": old_status},
              new=after | {"case_status": new_status})
    uow.commit()
    return row.id


def record_no_show(uow: UnitOfWork, actor: Actor, number: str, interview_id: uuid.UUID) -> None:
    case = load_case(uow.session, number)
    check_step(Step.RECORD_NO_SHOW, case.status, actor.role)
    row = _case_interview(uow, case.id, interview_id)
    if row.status != InterviewStatus.SCHEDULED:
        raise ValidationError({"interview": FieldMessage(
            _N("Validation", "only a scheduled interview can be a no-show."))})
    old, new = apply_step(case, Step.RECORD_NO_SHOW, actor)
    row.status = InterviewStatus.NO_SHOW.value
    uow.audit(actor, "interview.no_show", entity="interview", entity_id=row.id, case_id=case.id,
              old={"case_status": old}, new={"case_status": new, "status": row.status})
    uow.commit()


# ---- drafts (autosave)


def save_draft(uow: UnitOfWork, actor: Actor, number: str, kind: str, payload: dict,
               target_id: uuid.UUID | None = None) -> None:
    """Keep unsaved typing in the encrypted database; one draft per user, case and kind.

    The payload is kept exactly as typed, even characters a save would refuse (a lone
    surrogate is written as its JSON escape, which SQLite can store)."""
    kind = v.text(kind, "draft.kind", required=True, max_len=Draft.__table__.c.kind.type.length)
    case = load_case(uow.session, number)
    row = uow.session.execute(select(Draft).where(
        Draft.user_id == actor.user_id, Draft.case_id == case.id, Draft.kind == kind)).scalar()
    if row is None:
        row = Draft(id=uuid.uuid4(), user_id=actor.user_id, case_id=case.id, kind=kind)
        uow.session.add(row)
    row.target_id = target_id
    text = json.dumps(payload, ensure_ascii=False, default=str)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(payload, default=str)
    row.payload = text
    row.saved_at = utcnow()
    uow.commit()


def load_draft(uow: UnitOfWork, actor: Actor, number: str, kind: str) -> dict | None:
    case = load_case(uow.session, number)
    row = uow.session.execute(select(Draft).where(
        Draft.user_id == actor.user_id, Draft.case_id == case.id,
        Draft.kind == v.searchable(kind, 32))).scalar()
    return None if row is None else json.loads(row.payload)


def discard_draft(uow: UnitOfWork, actor: Actor, number: str, kind: str) -> None:
    case = load_case(uow.session, number)
    uow.session.execute(delete(Draft).where(
        Draft.user_id == actor.user_id, Draft.case_id == case.id,
        Draft.kind == v.searchable(kind, 32)))
    uow.commit()
