"""Read-only questions about cases, answered with plain dataclasses."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from app.db import search
from app.db.audit import Actor
from app.db.models import Applicant, Case, PersonName, User
from app.db.uow import UnitOfWork
from app.domain.permissions import Action, require
from app.domain.vocab import Script
from app.domain.workflow import CaseStatus


@dataclass(frozen=True)
class CaseSummary:
    id: uuid.UUID
    number: str
    status: str
    names: list[str]
    citizenships: str
    officer: str
    registered_on: date
    decision_due_on: date
    status_valid_to: date | None
    closed_on: date | None
    version: int

    @property
    def display_name(self) -> str:
        return self.names[0] if self.names else ""

    def as_json(self) -> dict:
        return {
            "number": self.number, "status": self.status, "names": self.names,
            "citizenships": [c for c in self.citizenships.split(",") if c],
            "officer": self.officer, "registered_on": self.registered_on.isoformat(),
            "decision_due_on": self.decision_due_on.isoformat(),
            "status_valid_to": self.status_valid_to.isoformat() if self.status_valid_to else None,
            "closed_on": self.closed_on.isoformat() if self.closed_on else None,
        }


@dataclass
class CaseFilter:
    status: str | None = None
    officer: str | None = None
    registered_from: date | None = None
    registered_to: date | None = None
    search: str = ""
    limit: int | None = None
    offset: int = 0
    order: list[str] = field(default_factory=lambda: ["-registered_on", "number"])


_ORDER_COLUMNS = {
    "number": Case.number, "status": Case.status, "registered_on": Case.registered_on,
    "decision_due_on": Case.decision_due_on, "status_valid_to": Case.status_valid_to,
}


def _name_text(name: PersonName) -> str:
    return " ".join(p for p in (name.surname, name.given_names, name.patronymic) if p)


def names_by_case(session, case_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    """The applicant's written names per case, Kazakh/Russian Cyrillic first, then the rest."""
    if not case_ids:
        return {}
    rows = session.execute(
        select(Applicant.case_id, PersonName)
        .join(PersonName, PersonName.applicant_id == Applicant.id)
        .where(Applicant.case_id.in_(case_ids))
        .order_by(Applicant.case_id, PersonName.position)).all()
    result: dict[uuid.UUID, list[str]] = {cid: [] for cid in case_ids}
    for case_id, name in rows:
        text = _name_text(name)
        if text and text not in result[case_id]:
            result[case_id].append(text)
    return result


def list_cases(uow: UnitOfWork, actor: Actor, flt: CaseFilter | None = None) -> list[CaseSummary]:
    require(actor.role, Action.VIEW_CASE_LIST)
    flt = flt or CaseFilter()
    session = uow.session
    officer = aliased(User)
    query = (select(Case, Applicant.citizenships, officer.username)
             .join(Applicant, Applicant.case_id == Case.id)
             .outerjoin(officer, officer.id == Case.assigned_officer_id))
    if flt.status:
        query = query.where(Case.status == CaseStatus(flt.status).value)
    if flt.officer:
        query = query.where(officer.username == flt.officer)
    if flt.registered_from:
        query = query.where(Case.registered_on >= flt.registered_from)
    if flt.registered_to:
        query = query.where(Case.registered_on <= flt.registered_to)
    if flt.search.strip():
        ids = search.search_case_ids(session, flt.search, limit=1000)
        if not ids:
            return []
        query = query.where(Case.id.in_(ids))
    for key in flt.order:
        column = _ORDER_COLUMNS[key.lstrip("-")]
        query = query.order_by(column.desc() if key.startswith("-") else column.asc())
    if flt.limit is not None:
        query = query.limit(flt.limit).offset(flt.offset)
    rows = session.execute(query).all()
    names = names_by_case(session, [case.id for case, _, _ in rows])
    return [CaseSummary(
        id=case.id, number=case.number, status=case.status, names=names.get(case.id, []),
        citizenships=citizenships or "", officer=officer_name or "",
        registered_on=case.registered_on, decision_due_on=case.decision_due_on,
        status_valid_to=case.status_valid_to, closed_on=case.closed_on, version=case.version)
        for case, citizenships, officer_name in rows]


def count_cases(uow: UnitOfWork, actor: Actor) -> dict[str, int]:
    require(actor.role, Action.VIEW_CASE_LIST)
    rows = uow.session.execute(select(Case.status, func.count()).group_by(Case.status)).all()
    return {status: n for status, n in rows}


def preferred_latin(names: list[PersonName]) -> str:
    for name in names:
        if name.script == Script.LATIN:
            return _name_text(name)
    return ""
