"""Read-only questions about cases, answered with plain dataclasses."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Select, column, exists, func, select, table, text
from sqlalchemy.orm import aliased

from app.db import search
from app.db.audit import Actor
from app.db.models import Applicant, Case, Certificate, Interview, PersonName, User
from app.db.uow import UnitOfWork
from app.domain import validation as v
from app.domain.errors import ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.numbering import CaseNumber, looks_like_case_number
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


#: Newest first: by registration day, and within a day the latest number first.
DEFAULT_ORDER = ("-registered_on", "-number")


@dataclass
class CaseFilter:
    status: str | None = None
    officer: str | None = None
    registered_from: date | None = None
    registered_to: date | None = None
    search: str = ""
    limit: int | None = None
    offset: int = 0
    order: list[str] = field(default_factory=lambda: list(DEFAULT_ORDER))
    #: How many cases the filter selects, when the caller knows it (the registry
    #: does): a page past the middle is then read from the far end, backwards.
    total: int | None = None


_ORDER_COLUMNS = {
    "number": Case.number, "status": Case.status, "registered_on": Case.registered_on,
    "decision_due_on": Case.decision_due_on, "status_valid_to": Case.status_valid_to,
}

_SEARCH = table(search.FTS_TABLE, column("rowid"), column("case_id"))


def _name_text(name) -> str:
    return " ".join(p for p in (name.surname, name.given_names, name.patronymic) if p)


def names_by_case(session, case_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    """The applicant's written names per case, Kazakh/Russian Cyrillic first, then the rest."""
    if not case_ids:
        return {}
    # Columns, not entities: building ORM objects cost more than the query.
    rows = session.execute(
        select(Applicant.case_id, PersonName.surname, PersonName.given_names,
               PersonName.patronymic)
        .join(PersonName, PersonName.applicant_id == Applicant.id)
        .where(Applicant.case_id.in_(case_ids))
        .order_by(Applicant.case_id, PersonName.position)).all()
    result: dict[uuid.UUID, list[str]] = {cid: [] for cid in case_ids}
    for name in rows:
        case_id = name.case_id
        text_ = _name_text(name)
        if text_ and text_ not in result[case_id]:
            result[case_id].append(text_)
    return result


def _search_text(flt: CaseFilter) -> str:
    return v.searchable(flt.search, search.MAX_QUERY)


def _exact_number(flt: CaseFilter) -> str | None:
    """The case number the search names in full (AQM-2026-00042), found by its unique
    index: in the trigram index every number shares "aqm", "202"… with every case."""
    text_ = _search_text(flt).upper()
    if not text_ or not looks_like_case_number(text_):
        return None
    try:
        number = str(CaseNumber.parse(text_))
    except ValidationError:
        return None
    return number if number == text_ else None


def _searching(flt: CaseFilter) -> bool:
    """Whether the filter goes through the name index."""
    return bool(_search_text(flt)) and _exact_number(flt) is None


def _ids_query(flt: CaseFilter, dialect: str = "sqlite") -> Select | None:
    """The ids of the cases the filter selects (no order); None when the search has no
    searchable term. Only ``cases`` (and the search index) are read: the displayed
    columns are joined for the one page shown."""
    query = select(Case.id)
    if flt.status:
        query = query.where(Case.status == v.choice(flt.status, CaseStatus, "status").value)
    if flt.officer:
        query = query.where(Case.assigned_officer_id.in_(
            select(User.id).where(User.username == v.searchable(flt.officer, 64))))
    if flt.registered_from:
        query = query.where(Case.registered_on >= flt.registered_from)
    if flt.registered_to:
        query = query.where(Case.registered_on <= flt.registered_to)
    number = _exact_number(flt)
    if number is not None:
        query = query.where(Case.number == number)
    elif _search_text(flt):
        found = search.conditions(_search_text(flt), dialect)
        if found is None:
            return None
        where, params = found
        query = (query.join(_SEARCH, _SEARCH.c.case_id == Case.id)
                 .where(text(where).bindparams(**params)))
    return query


#: The most cases a name search brings back; the screen says when there are more.
SEARCH_LIMIT = 1000
SORTABLE = ("number", "status", "registered_on", "decision_due_on", "status_valid_to")


def _ordered(query: Select, order: list[str], *, searching: bool, backwards: bool) -> Select:
    """``query`` in the asked order, or exactly the reverse of it. The order always ends
    with a unique key, so a page read backwards is the same page."""
    if searching and order[:1] == ["-registered_on"]:
        # The index is kept in this order (see app.db.search): no sort, no full read.
        return query.order_by(_SEARCH.c.rowid.asc() if backwards else _SEARCH.c.rowid.desc())
    keys = [*order, *(["number"] if "number" not in [k.lstrip("-") for k in order] else [])]
    for key in keys:
        column = _ORDER_COLUMNS[key.lstrip("-")]
        descending = key.startswith("-") != backwards
        query = query.order_by(column.desc() if descending else column.asc())
    return query


def _page_ids(session, flt: CaseFilter) -> list[uuid.UUID]:
    query = _ids_query(flt, session.get_bind().dialect.name)
    if query is None:
        return []
    searching = _searching(flt)
    order = list(flt.order or DEFAULT_ORDER)
    if searching and order[:1] != ["-registered_on"]:
        # Another order needs every match sorted: the newest SEARCH_LIMIT are.
        capped = _ordered(query, list(DEFAULT_ORDER), searching=True, backwards=False
                          ).limit(SEARCH_LIMIT).subquery()
        query = select(Case.id).where(Case.id.in_(select(capped.c.id)))
    limit, offset, backwards = flt.limit, flt.offset, False
    if (limit is not None and flt.total is not None and not searching
            and offset + limit / 2 > flt.total / 2):
        # Past the middle: count from the end instead of skipping from the start.
        end = min(offset + limit, flt.total)
        limit, offset, backwards = end - offset, flt.total - end, True
        if limit <= 0:
            return []
    elif searching and limit is None:
        limit = SEARCH_LIMIT
    query = _ordered(query, order, searching=searching, backwards=backwards)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    ids = list(session.execute(query).scalars())
    return ids[::-1] if backwards else ids


def list_cases(uow: UnitOfWork, actor: Actor, flt: CaseFilter | None = None) -> list[CaseSummary]:
    """One page of cases in the filter's order (all of them without a limit; a search
    brings back at most SEARCH_LIMIT, newest first)."""
    require(actor.role, Action.VIEW_CASE_LIST)
    flt = flt or CaseFilter()
    session = uow.session
    ids = _page_ids(session, flt)
    if not ids:
        return []
    officer = aliased(User)
    rows = {row.id: row for row in session.execute(
        select(Case.id, Case.number, Case.status, Case.registered_on, Case.decision_due_on,
               Case.status_valid_to, Case.closed_on, Case.version, Applicant.citizenships,
               officer.username)
        .join(Applicant, Applicant.case_id == Case.id)
        .outerjoin(officer, officer.id == Case.assigned_officer_id)
        .where(Case.id.in_(ids))).all()}
    names = names_by_case(session, ids)
    return [CaseSummary(
        id=row.id, number=row.number, status=row.status, names=names.get(row.id, []),
        citizenships=row.citizenships or "", officer=row.username or "",
        registered_on=row.registered_on, decision_due_on=row.decision_due_on,
        status_valid_to=row.status_valid_to, closed_on=row.closed_on, version=row.version)
        for row in (rows[i] for i in ids if i in rows)]


def count_matching(uow: UnitOfWork, actor: Actor, flt: CaseFilter) -> int:
    """How many cases the filter selects (for the registry's row count); a search
    counts no further than SEARCH_LIMIT."""
    require(actor.role, Action.VIEW_CASE_LIST)
    query = _ids_query(flt, uow.session.get_bind().dialect.name)
    if query is None:
        return 0
    if _searching(flt):
        query = query.limit(SEARCH_LIMIT)
    return uow.session.execute(
        select(func.count()).select_from(query.subquery())).scalar_one()


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
              only_mine: bool = True, limit: int | None = None) -> list[DueItem]:
    """Deadlines overdue or within the horizon, soonest first; with ``limit``, only that
    many of the soonest (each kind's query stops there, so a backlog of thousands of
    overdue cases costs no more than the page shown).

    Officers see their own cases; supervisors (``only_mine=False``) see all.
    """

    def first(query, due):
        return query.order_by(due).limit(limit) if limit is not None else query

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
    for case, who in session.execute(first(base.where(Case.status.in_(pre),
                                                      Case.decision_due_on <= until),
                                           Case.decision_due_on)):
        found.append((case, who, DueKind.DECISION, case.decision_due_on))
    for case, who in session.execute(first(base.where(
            Case.status.in_(pre), Case.fingerprints_taken_on.is_(None)), Case.registered_on)):
        due = deadline_settings(session).fingerprints_due(case.registered_on)
        if due <= until:
            found.append((case, who, DueKind.FINGERPRINTS, due))
    open_states = [s.value for s in CaseStatus if s not in (
        CaseStatus.GRANTED, CaseStatus.EXTENSION_REQUESTED,
        CaseStatus.EXTENSION_PENDING_APPROVAL, CaseStatus.CLOSED)]
    # The case's latest valid asylum-seeker certificate: one with no later one. (A
    # GROUP BY over every certificate built the whole grouping in memory first.)
    later = aliased(Certificate)
    for case, who, valid_to in session.execute(first(
            base.add_columns(Certificate.valid_to)
            .join(Certificate, Certificate.case_id == Case.id)
            .where(Case.status.in_(open_states),
                   Certificate.kind == CertificateKind.ASYLUM_SEEKER.value,
                   Certificate.state == "valid", Certificate.valid_to <= until,
                   ~exists().where(later.case_id == Certificate.case_id,
                                   later.kind == CertificateKind.ASYLUM_SEEKER.value,
                                   later.state == "valid",
                                   later.valid_to > Certificate.valid_to)),
            Certificate.valid_to)):
        found.append((case, who, DueKind.CERTIFICATE_RENEWAL, valid_to))
    for case, who, at in session.execute(first(
            base.add_columns(Interview.scheduled_at).join(Interview, Interview.case_id == Case.id)
            .where(Interview.status == InterviewStatus.SCHEDULED.value), Interview.scheduled_at)):
        if at is not None and at.date() <= until:
            found.append((case, who, DueKind.INTERVIEW, at.date()))
    for case, who in session.execute(first(base.where(
            Case.status == CaseStatus.GRANTED.value,
            Case.status_valid_to <= today + timedelta(days=expiry_days)), Case.status_valid_to)):
        found.append((case, who, DueKind.STATUS_EXPIRY, case.status_valid_to))
    found.sort(key=lambda f: (f[3], f[0].number, f[2]))
    if limit is not None:
        found = found[:limit]
    names = names_by_case(session, list({case.id for case, *_ in found}))
    return [DueItem(case.number, (names.get(case.id) or [""])[0], kind, due, who or "")
            for case, who, kind, due in found]
