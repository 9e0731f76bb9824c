"""Read-only questions about cases, answered with plain dataclasses."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from app.db import search
from app.db.audit import Actor
from app.db.models import Applicant, Case, Certificate, Interview, PersonName, User
from app.db.uow import UnitOfWork
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.permissions import Action, require
from app.domain.vocab import CertificateKind, InterviewStatus, Script
from app.domain.workflow import PRE_DECISION, CaseStatus
from app.services.settings import deadline_settings


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


def _case_query(session, flt: CaseFilter):
    """The filtered query; None when a search matched nothing."""
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
        ids = search.search_case_ids(session, flt.search, limit=SEARCH_LIMIT)
        if not ids:
            return None
        query = query.where(Case.id.in_(ids))
    return query


#: The most cases a name search brings back; the screen says when there are more.
SEARCH_LIMIT = 1000
SORTABLE = ("number", "status", "registered_on", "decision_due_on", "status_valid_to")


def list_cases(uow: UnitOfWork, actor: Actor, flt: CaseFilter | None = None) -> list[CaseSummary]:
    require(actor.role, Action.VIEW_CASE_LIST)
    flt = flt or CaseFilter()
    session = uow.session
    query = _case_query(session, flt)
    if query is None:
        return []
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


def count_matching(uow: UnitOfWork, actor: Actor, flt: CaseFilter) -> int:
    """How many cases the filter selects (for the registry's row count)."""
    require(actor.role, Action.VIEW_CASE_LIST)
    query = _case_query(uow.session, flt)
    if query is None:
        return 0
    return uow.session.execute(
        select(func.count()).select_from(query.with_only_columns(Case.id).subquery())
    ).scalar_one()


def officers(uow: UnitOfWork, actor: Actor) -> list[str]:
    require(actor.role, Action.VIEW_CASE_LIST)
    return list(uow.session.execute(select(User.username).where(
        User.role == "officer").order_by(User.username)).scalars())


def count_cases(uow: UnitOfWork, actor: Actor) -> dict[str, int]:
    require(actor.role, Action.VIEW_CASE_LIST)
    rows = uow.session.execute(select(Case.status, func.count()).group_by(Case.status)).all()
    return {status: n for status, n in rows}


def preferred_latin(names: list[PersonName]) -> str:
    for name in names:
        if name.script == Script.LATIN:
            return _name_text(name)
    return ""


# ---------------------------------------------------------------------------
# what is due


class DueKind:
    DECISION = "decision"
    CERTIFICATE_RENEWAL = "certificate_renewal"
    INTERVIEW = "interview"
    FINGERPRINTS = "fingerprints"
    STATUS_EXPIRY = "status_expiry"


DUE_LABELS = {
    DueKind.DECISION: QT_TRANSLATE_NOOP("Due", "Decision due"),
    DueKind.CERTIFICATE_RENEWAL: QT_TRANSLATE_NOOP("Due", "Asylum-seeker certificate to renew"),
    DueKind.INTERVIEW: QT_TRANSLATE_NOOP("Due", "Interview"),
    DueKind.FINGERPRINTS: QT_TRANSLATE_NOOP("Due", "Fingerprints to take"),
    DueKind.STATUS_EXPIRY: QT_TRANSLATE_NOOP("Due", "Refugee status ends"),
}


@dataclass(frozen=True)
class DueItem:
    number: str
    name: str
    kind: str
    due_on: date
    officer: str

    def overdue(self, today: date) -> bool:
        return self.due_on < today


def due_items(uow: UnitOfWork, actor: Actor, *, today: date | None = None,
              horizon_days: int = 7, expiry_days: int = 30,
              only_mine: bool = True) -> list[DueItem]:
    """Deadlines overdue or within the horizon, soonest first.

    Officers see their own cases; supervisors (``only_mine=False``) see all.
    """
    require(actor.role, Action.VIEW_CASE_LIST)
    session = uow.session
    today = today or date.today()
    until = today + timedelta(days=horizon_days)
    officer = aliased(User)
    base = select(Case, officer.username).outerjoin(officer, officer.id == Case.assigned_officer_id)
    if only_mine:
        base = base.where(Case.assigned_officer_id == actor.user_id)
    pre = [s.value for s in PRE_DECISION]
    found: list[tuple[Case, str, str, date]] = []
    for case, who in session.execute(base.where(Case.status.in_(pre),
                                                Case.decision_due_on <= until)):
        found.append((case, who, DueKind.DECISION, case.decision_due_on))
    for case, who in session.execute(base.where(
            Case.status.in_(pre), Case.fingerprints_taken_on.is_(None))):
        due = deadline_settings(session).fingerprints_due(case.registered_on)
        if due <= until:
            found.append((case, who, DueKind.FINGERPRINTS, due))
    open_states = [s.value for s in CaseStatus if s not in (
        CaseStatus.GRANTED, CaseStatus.EXTENSION_REQUESTED,
        CaseStatus.EXTENSION_PENDING_APPROVAL, CaseStatus.CLOSED)]
    latest_cert = (select(Certificate.case_id, func.max(Certificate.valid_to).label("valid_to"))
                   .where(Certificate.kind == CertificateKind.ASYLUM_SEEKER.value,
                          Certificate.state == "valid")
                   .group_by(Certificate.case_id).subquery())
    for case, who, valid_to in session.execute(
            base.add_columns(latest_cert.c.valid_to)
            .join(latest_cert, latest_cert.c.case_id == Case.id)
            .where(Case.status.in_(open_states), latest_cert.c.valid_to <= until)):
        found.append((case, who, DueKind.CERTIFICATE_RENEWAL, valid_to))
    for case, who, at in session.execute(
            base.add_columns(Interview.scheduled_at).join(Interview, Interview.case_id == Case.id)
            .where(Interview.status == InterviewStatus.SCHEDULED.value)):
        if at is not None and at.date() <= until:
            found.append((case, who, DueKind.INTERVIEW, at.date()))
    for case, who in session.execute(base.where(
            Case.status == CaseStatus.GRANTED.value,
            Case.status_valid_to <= today + timedelta(days=expiry_days))):
        found.append((case, who, DueKind.STATUS_EXPIRY, case.status_valid_to))
    names = names_by_case(session, list({case.id for case, *_ in found}))
    items = [DueItem(case.number, (names.get(case.id) or [""])[0], kind, due, who or "")
             for case, who, kind, due in found]
    items.sort(key=lambda item: (item.due_on, item.number, item.kind))
    return items
