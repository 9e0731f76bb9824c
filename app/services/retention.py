"""Retention: what happens to closed cases after the retention period.

A case closed at least ``retention.years`` (default 5) years ago may be

* **anonymised** — every value that tells who the person is or what they
  said is removed: names (all scripts, applicant and family), contact details,
  address, birth day and month (the year stays), place of birth, photo,
  identity-document numbers and issuers, interview questions and answers,
  attendees and demeanour notes, the claim, incidents, nexus notes, the
  assessment's notes and reasons, approval comments, evidence (title, file name,
  content and its hash), closure and status-end reasons, court references,
  the power of attorney, to whom a paper was handed, drafts. Non-empty text
  becomes ``[removed]``. Kept: the case number, its dates and status, the
  decision and its outcome and legal basis, and the statistics fields (sex,
  birth year, citizenships, ethnicity, religion, languages, Convention grounds,
  credibility findings, kinds and dates of incidents).
* **purged** — every row of the case file is deleted, statistics included.
  What stays is what the registers need: the case row (number, status, dates,
  closure reason; its notes removed) with an empty applicant row, the
  certificates (number, dates, state, verification code — nothing about the
  person) and the register of issued documents (register number, type,
  language, date, who issued it, the SHA-256 of the PDF; to whom it was handed
  removed, links to the deleted decision, interview and status end cleared).
  ``issued_documents.case_id`` and ``certificates.case_id`` are NOT NULL
  foreign keys, and the register must keep its numbers without gaps so that an
  old paper still verifies as *expired* rather than *not genuine*: so the case
  row stays as a shell instead of losing the register's link to it.

Both run only on cases the dry run (:func:`retention_report`) lists, in one
transaction, rebuild the search rows of those cases and merge the search
index so that no fragment of a removed name stays in it, and audit
``retention.anonymise`` / ``retention.purge`` per case with the case number
and the number of rows per table — never a removed value. ``secure_delete``
is on for every connection, so freed pages are zeroed, and the write-ahead
log is checkpointed afterwards so the main file no longer holds old pages.

Limitations the administrator must know (the lead decides):

* **The audit trail still holds the old values.** Entries written while the
  case was worked on carry names, answers and other values in
  ``old_values``/``new_values``. They are left as they are: each entry is in
  the HMAC chain, and blanking them would break the chain that proves the
  trail untouched (``pana db verify`` would report it). Removing them needs a
  different audit design (e.g. values kept outside the chained digest).
* **Backups taken before** still hold everything until they are rotated out
  or destroyed.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from sqlalchemy import Engine, case, func, or_, select, text, update
from sqlalchemy import delete as sql_delete
from sqlalchemy.orm import Session

from app.db import search
from app.db.audit import Actor
from app.db.guard import OUT
from app.db.models import (
    Appeal,
    Applicant,
    ApprovalEvent,
    Assessment,
    AssessmentGround,
    AuditEntry,
    Case,
    CaseClosure,
    CaseRepresentative,
    Certificate,
    Checkout,
    Claim,
    ClaimGround,
    CourtRuling,
    CriminalProceeding,
    Decision,
    Draft,
    DuplicateCheck,
    EntryRecord,
    Evidence,
    EvidenceContent,
    ExtensionApplication,
    FamilyMember,
    IdentityDocument,
    Incident,
    IncidentEvidence,
    Interview,
    InterviewEntry,
    IssuedDocument,
    Notification,
    PersonName,
    StatusEnd,
)
from app.db.uow import UnitOfWork
from app.domain import validation as v
from app.domain.errors import FieldMessage, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.numbering import CASE_NUMBER
from app.domain.permissions import Action, require
from app.domain.workflow import CaseStatus
from app.services.settings import change_setting, get_setting

YEARS_SETTING = "retention.years"
DEFAULT_YEARS = 5
MAX_YEARS = 100
REMOVED = "[removed]"
EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

ANONYMISE, PURGE = "anonymise", "purge"
Mode = Literal["anonymise", "purge"]
AUDIT_ACTIONS = {ANONYMISE: "retention.anonymise", PURGE: "retention.purge"}


# ---------------------------------------------------------------------------
# what belongs to a case, and what each mode does with it

#: Markers for a column's new value.
TEXT = "text"  # non-empty text becomes "[removed]"
NULL = "null"


class _Keep:
    """Purge keeps the row (the registers need it) and sets these values."""

    def __init__(self, **values: Any) -> None:
        self.values = values


DELETE = "delete"
UNTOUCHED: dict[str, Any] = {}


def _of_case(model) -> Callable[[list[uuid.UUID]], Any]:
    return lambda ids: model.case_id.in_(ids)


def _via(column, parent) -> Callable[[list[uuid.UUID]], Any]:
    return lambda ids: column.in_(select(parent.id).where(parent.case_id.in_(ids)))


@dataclass(frozen=True)
class _Part:
    model: type
    rows: Callable[[list[uuid.UUID]], Any]
    #: Anonymise: column → new value (TEXT, NULL or a literal), or DELETE.
    anonymise: dict[str, Any] | str
    #: Purge: DELETE, or _Keep(column → new value) for rows the registers need.
    purge: _Keep | str = DELETE

    @property
    def table(self) -> str:
        return self.model.__tablename__


_APPLICANT_IDENTITY = dict(birth_day=NULL, birth_month=NULL, place_of_birth=TEXT, phone=TEXT,
                           email=TEXT, address=TEXT, photo=NULL, photo_mime=NULL)
_CASE_TEXTS = dict(notes=TEXT, deadline_extension_reason=TEXT)

#: In an order that deletes children before their parents (purge).
PARTS: tuple[_Part, ...] = (
    _Part(IssuedDocument, _of_case(IssuedDocument), dict(handed_to=TEXT, void_reason=TEXT),
          _Keep(handed_to=TEXT, void_reason=TEXT, decision_id=NULL, interview_id=NULL,
                status_end_id=NULL)),
    _Part(Certificate, _of_case(Certificate), dict(void_reason=TEXT),
          _Keep(void_reason=TEXT, decision_id=NULL)),
    _Part(Draft, _of_case(Draft), DELETE),
    _Part(DuplicateCheck, _of_case(DuplicateCheck), UNTOUCHED),
    _Part(Notification, _via(Notification.decision_id, Decision), UNTOUCHED),
    _Part(Appeal, _of_case(Appeal), dict(reference=TEXT)),
    _Part(ExtensionApplication, _of_case(ExtensionApplication), UNTOUCHED),
    _Part(Decision, _of_case(Decision), UNTOUCHED),
    _Part(ApprovalEvent, _via(ApprovalEvent.assessment_id, Assessment), dict(comment=TEXT)),
    _Part(AssessmentGround, _via(AssessmentGround.assessment_id, Assessment),
          dict(nexus_note=TEXT)),
    _Part(Assessment, _of_case(Assessment), dict(
        internal_consistency_note=TEXT, coi_consistency_note=TEXT, plausibility_note=TEXT,
        well_founded_fear_note=TEXT, exclusion_note=TEXT, reasons=TEXT)),
    _Part(StatusEnd, _of_case(StatusEnd), dict(reason=TEXT)),
    _Part(IncidentEvidence, lambda ids: or_(
        _via(IncidentEvidence.incident_id, Incident)(ids),
        _via(IncidentEvidence.evidence_id, Evidence)(ids)), UNTOUCHED),
    _Part(Incident, _of_case(Incident), dict(actor=TEXT, place=TEXT, description=TEXT)),
    _Part(IdentityDocument, _of_case(IdentityDocument),
          dict(number=TEXT, number_key="", issuer=TEXT, notes=TEXT)),
    _Part(EvidenceContent, _via(EvidenceContent.evidence_id, Evidence), dict(content=b"")),
    _Part(Evidence, _of_case(Evidence), dict(title=TEXT, source=TEXT, filename=TEXT,
                                             size_bytes=0, sha256=EMPTY_SHA256)),
    _Part(ClaimGround, _via(ClaimGround.claim_id, Claim), dict(nexus_note=TEXT)),
    _Part(Claim, _of_case(Claim), dict(summary=TEXT, actor_description=TEXT)),
    _Part(InterviewEntry, _via(InterviewEntry.interview_id, Interview),
          dict(question=TEXT, answer=TEXT)),
    _Part(Interview, _of_case(Interview), dict(attendees=TEXT, demeanour_notes=TEXT)),
    _Part(PersonName, lambda ids: or_(_via(PersonName.applicant_id, Applicant)(ids),
                                      _via(PersonName.family_member_id, FamilyMember)(ids)),
          DELETE),
    _Part(FamilyMember, _of_case(FamilyMember),
          dict(birth_day=NULL, birth_month=NULL, whereabouts=TEXT, notes=TEXT)),
    _Part(CaseRepresentative, _of_case(CaseRepresentative), dict(power_of_attorney=TEXT)),
    _Part(EntryRecord, _of_case(EntryRecord), dict(notes=TEXT)),
    _Part(CriminalProceeding, _of_case(CriminalProceeding),
          dict(court=TEXT, sentence=TEXT, notes=TEXT)),
    _Part(CourtRuling, _of_case(CourtRuling), dict(reference=TEXT, summary=TEXT)),
    _Part(CaseClosure, _of_case(CaseClosure), dict(note=TEXT)),
    _Part(Applicant, _of_case(Applicant), _APPLICANT_IDENTITY,
          _Keep(**_APPLICANT_IDENTITY, sex="unknown", birth_year=NULL, birth_estimated=False,
                stateless=False, citizenships="", ethnicity="", religion="", languages="")),
    _Part(Case, lambda ids: Case.id.in_(ids), _CASE_TEXTS, _Keep(**_CASE_TEXTS)),
)

#: Tables whose rows of a purged case stay (changed as ``_Keep`` says).
PURGE_KEEPS = frozenset(p.table for p in PARTS if isinstance(p.purge, _Keep))


# ---------------------------------------------------------------------------
# values


@dataclass(frozen=True)
class RetentionCase:
    number: str
    closed_on: date
    #: Whole years since the case was closed.
    years_closed: int
    #: Anonymised already (it may still be purged).
    anonymised: bool = False


@dataclass(frozen=True)
class RetentionReport:
    today: date
    years: int
    #: Cases closed on or before this day are eligible.
    closed_by: date
    cases: list[RetentionCase]
    #: Rows of these cases per table (only tables with rows).
    counts: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict:
        return {"today": self.today.isoformat(), "years": self.years,
                "closed_by": self.closed_by.isoformat(),
                "cases": [{"number": c.number, "closed_on": c.closed_on.isoformat(),
                           "years_closed": c.years_closed, "anonymised": c.anonymised}
                          for c in self.cases],
                "counts": self.counts}


@dataclass(frozen=True)
class RetentionResult:
    mode: str
    numbers: list[str]
    #: Rows changed (anonymise) or deleted or blanked (purge), per table.
    counts: dict[str, int]


# ---------------------------------------------------------------------------
# settings


def retention_years(session: Session) -> int:
    return int(get_setting(session, YEARS_SETTING, DEFAULT_YEARS))


def set_retention_years(uow: UnitOfWork, actor: Actor, years: int) -> None:
    require(actor.role, Action.EDIT_SETTINGS)
    if type(years) is not int or not 1 <= years <= MAX_YEARS:
        raise ValidationError({YEARS_SETTING: FieldMessage(
            _N("Validation", "give a number of years from 1 to {maximum}."), maximum=MAX_YEARS)})
    change_setting(uow, actor, YEARS_SETTING, years)


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def whole_years(since: date, until: date) -> int:
    years = until.year - since.year
    return years - 1 if (until.month, until.day) < (since.month, since.day) else years


# ---------------------------------------------------------------------------
# the dry run


def retention_report(uow: UnitOfWork, actor: Actor, today: date,
                     numbers: Iterable[str] | None = None,
                     mode: Mode = ANONYMISE) -> RetentionReport:
    """What retention may act on: eligible closed cases and their rows per table.

    Without ``numbers``: every closed case past the period that is not purged yet
    (anonymised ones are listed, marked, as they may still be purged). With
    ``numbers``: exactly those, refused with a ValidationError naming each one that
    ``mode`` may not act on — the dry run of :func:`apply_retention`.
    """
    require(actor.role, Action.EDIT_SETTINGS)
    session = uow.session
    years = retention_years(session)
    closed_by = years_before(today, years)
    if numbers is None:
        rows = session.execute(
            select(Case.id, Case.number, Case.closed_on)
            .where(Case.status == CaseStatus.CLOSED.value, Case.closed_on.is_not(None),
                   Case.closed_on <= closed_by)
            .order_by(Case.closed_on, Case.number)).all()
        done = _retention_done(session, [r.id for r in rows])
        rows = [r for r in rows if done.get(r.id) != PURGE]
    else:
        rows = _checked(session, numbers, mode, closed_by, years)
        done = _retention_done(session, [r.id for r in rows])
    cases = [RetentionCase(r.number, r.closed_on, whole_years(r.closed_on, today),
                           done.get(r.id) == ANONYMISE) for r in rows]
    return RetentionReport(today, years, closed_by, cases,
                           _counts(session, [r.id for r in rows]))


def _retention_done(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Per case, the strongest retention already applied (purge over anonymise)."""
    if not ids:
        return {}
    done: dict[uuid.UUID, str] = {}
    by_action = {action: mode for mode, action in AUDIT_ACTIONS.items()}
    for case_id, action in session.execute(
            select(AuditEntry.case_id, AuditEntry.action)
            .where(AuditEntry.case_id.in_(ids), AuditEntry.action.in_(by_action))):
        if done.get(case_id) != PURGE:
            done[case_id] = by_action[action]
    return done


def _checked(session: Session, numbers: Iterable[str], mode: str, closed_by: date,
             years: int):
    wanted = list(dict.fromkeys(n for n in (v.searchable(n, 100).upper() for n in numbers)
                                if n))
    if not wanted:
        raise ValidationError({"retention.numbers": FieldMessage(
            _N("Validation", "name at least one case."))})
    if not isinstance(mode, str) or mode not in AUDIT_ACTIONS:
        raise ValidationError({"retention.mode": FieldMessage(
            _N("Validation", "choose anonymise or purge."))})
    malformed = [n for n in wanted if not CASE_NUMBER.match(n)]
    if malformed:
        raise ValidationError({"retention.numbers": FieldMessage(
            _N("Validation", "“{value}” is not a case number; it looks like AQM-2026-00042."),
            value=v.shown(malformed[0]))})
    found = {r.number: r for r in session.execute(
        select(Case.id, Case.number, Case.status, Case.closed_on)
        .where(Case.number.in_(wanted)))}
    done = _retention_done(session, [r.id for r in found.values()])
    out = set(session.execute(select(Checkout.case_id).where(
        Checkout.state == OUT, Checkout.case_id.in_([r.id for r in found.values()])))
        .scalars()) if found else set()
    errors: dict[str, FieldMessage] = {}
    for number in wanted:  # keyed by the case number: each line names its case
        row = found.get(number)
        if row is None:
            errors[number] = FieldMessage(_N("Validation", "there is no such case."))
        elif row.status != CaseStatus.CLOSED.value or row.closed_on is None:
            errors[number] = FieldMessage(_N("Validation", "the case is not closed."))
        elif row.closed_on > closed_by:
            errors[number] = FieldMessage(
                _N("Validation", "closed on {date}: less than {years} years ago."),
                date=row.closed_on, years=years)
        elif row.id in out:
            errors[number] = FieldMessage(_N(
                "Validation", "the case is checked out to a laptop; check it in (or release "
                              "it) first."))
        elif done.get(row.id) == PURGE:
            errors[number] = FieldMessage(_N("Validation", "the case is purged already."))
        elif mode == ANONYMISE and done.get(row.id) == ANONYMISE:
            errors[number] = FieldMessage(_N("Validation", "the case is anonymised already."))
    if errors:
        raise ValidationError(errors)
    return [found[n] for n in wanted]


def _counts(session: Session, ids: list[uuid.UUID]) -> dict[str, int]:
    if not ids:
        return {}
    counts = {}
    for part in PARTS:
        n = session.execute(select(func.count()).select_from(part.model)
                            .where(part.rows(ids))).scalar_one()
        if n:
            counts[part.table] = n
    return counts


# ---------------------------------------------------------------------------
# applying


def apply_retention(uow: UnitOfWork, actor: Actor, mode: Mode, numbers: list[str],
                    today: date) -> RetentionResult:
    """Anonymise or purge the named cases, all or none; see the module's documentation.

    Refuses (ValidationError, nothing changed) unless every case is closed, past the
    retention period and not already purged (or anonymised, for ``anonymise``).
    The audit entries hold the case numbers and row counts only. Older audit
    entries of these cases still hold their values: the chain forbids changing them.
    """
    require(actor.role, Action.EDIT_SETTINGS)
    session = uow.session
    years = retention_years(session)
    rows = _checked(session, numbers, mode, years_before(today, years), years)
    total: Counter[str] = Counter()
    for row in rows:
        counts = {}
        for part in PARTS:
            n = _apply_part(session, part, mode, [row.id])
            if n:
                counts[part.table] = n
        total.update(counts)
        search.reindex_case(session, row.id, row.number)
        uow.audit(actor, AUDIT_ACTIONS[mode], entity="case", entity_id=row.id, case_id=row.id,
                  new={"number": row.number, "rows": counts})
    # Deleted index rows linger in FTS5 segments until they are merged.
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text(f"INSERT INTO {search.FTS_TABLE}({search.FTS_TABLE}) "
                             "VALUES ('optimize')"))
    engine = session.get_bind()
    uow.commit()
    _checkpoint(engine)
    return RetentionResult(mode, [r.number for r in rows], dict(total))


def _apply_part(session: Session, part: _Part, mode: str, ids: list[uuid.UUID]) -> int:
    action = part.anonymise if mode == ANONYMISE else part.purge
    where = part.rows(ids)
    count = session.execute(select(func.count()).select_from(part.model)
                            .where(where)).scalar_one()
    if not count:
        return 0
    if action == DELETE:
        session.execute(sql_delete(part.model).where(where),
                        execution_options={"synchronize_session": False})
        return count
    values = action.values if isinstance(action, _Keep) else action
    if not values:
        return 0  # nothing of this table is personal: left as it is, not counted
    new = {name: _new_value(getattr(part.model, name), value) for name, value in values.items()}
    if hasattr(part.model, "version"):  # an open editor must not save over this
        new["version"] = part.model.version + 1
    session.execute(update(part.model).where(where).values(**new),
                    execution_options={"synchronize_session": False})
    return count


def _new_value(column, marker: Any):
    if marker == TEXT:
        return case((or_(column.is_(None), column == ""), column), else_=REMOVED)
    if marker == NULL:
        return None
    return marker


def _checkpoint(engine: Engine) -> None:
    """Copy the write-ahead log into the database and empty it, so old pages go."""
    if engine.dialect.name != "sqlite":
        return  # a server reclaims dead rows itself (autovacuum)
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
