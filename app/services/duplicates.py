"""Finding possible duplicates before a petition is registered, and recording the answer."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.db import search
from app.db.audit import Actor
from app.db.models import (
    Case,
    DuplicateCheck,
    FamilyMember,
    IdentityDocument,
    PersonName,
)
from app.db.uow import UnitOfWork
from app.domain import validation as v
from app.domain.dates import PartialDate
from app.domain.duplicates import PersonKeys, Reason, compare
from app.domain.errors import FieldMessage, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.permissions import Action, require
from app.services.common import load_case

#: How many cases the name search may hand to the fine comparison.
CANDIDATE_LIMIT = 200


@dataclass(frozen=True)
class DuplicateCandidate:
    case_number: str
    names: list[str]
    birth_date: str
    status: str
    registered_on: date
    score: int
    reasons: list[str]  # Reason values
    as_family_member: bool  # the match is a relative recorded in that case


def _full(name: PersonName) -> str:
    return " ".join(p for p in (name.surname, name.given_names, name.patronymic) if p)


def _birth(row) -> PartialDate | None:
    if row.birth_year is None:
        return None
    return PartialDate(row.birth_year, row.birth_month, row.birth_day, row.birth_estimated)


def find_possible_duplicates(uow: UnitOfWork, actor: Actor, names: list[str],
                             birth_date: str = "", documents: list[str] = ()
                             ) -> list[DuplicateCandidate]:
    """Cases whose applicant or a relative may be this person, best match first.

    Asked while the petition is being typed, so it takes whatever the fields hold: a
    birth date that is not (yet) a date counts as unknown, and text longer than a field
    can be saved with is read no further (registering refuses both with a message)."""
    require(actor.role, Action.REGISTER_PETITION)
    session = uow.session
    try:
        birth = PartialDate.parse(birth_date) if v.searchable(birth_date) else None
    except ValidationError:
        birth = None
    typed = [v.searchable(name, 3 * v.MAX_LINE) for name in names]
    new = PersonKeys.build([n for n in typed if n], birth,
                           [v.searchable(doc, 100) for doc in documents])
    case_ids: set[uuid.UUID] = set()
    for key in new.name_keys:
        # Any one long word of the name is enough to bring a case into view.
        for word in sorted(key.split(), key=len, reverse=True)[:2]:
            if len(word) >= 3:
                case_ids.update(search.search_case_ids(session, word, CANDIDATE_LIMIT))
    for doc in new.document_keys:
        case_ids.update(session.execute(select(IdentityDocument.case_id).where(
            IdentityDocument.number_key == doc)).scalars())
    found: list[DuplicateCandidate] = []
    for case_id in case_ids:
        case = session.get(Case, case_id)
        docs = list(session.execute(select(IdentityDocument.number).where(
            IdentityDocument.case_id == case_id,
            IdentityDocument.family_member_id.is_(None))).scalars())
        people: list[tuple[object, list[PersonName], bool]] = [
            (case.applicant, list(case.applicant.names), False)]
        for member in session.execute(select(FamilyMember).where(
                FamilyMember.case_id == case_id)).scalars():
            people.append((member, list(member.names), True))
        best = None
        for row, row_names, relative in people:
            known = PersonKeys.build([_full(n) for n in row_names], _birth(row),
                                     [] if relative else docs)
            match = compare(new, known)
            if match and (best is None or match.score > best[0].score):
                best = (match, row, row_names, relative)
        if best is None:
            continue
        match, row, row_names, relative = best
        found.append(DuplicateCandidate(
            case_number=case.number, names=[_full(n) for n in row_names],
            birth_date=str(_birth(row) or ""), status=case.status,
            registered_on=case.registered_on, score=match.score,
            reasons=[r.value for r in match.reasons], as_family_member=relative))
    found.sort(key=lambda c: (-c.score, c.case_number))
    return found


def add_distinct_records(uow: UnitOfWork, actor: Actor, case: Case,
                         candidates: list[DuplicateCandidate]) -> None:
    """Record, inside the caller's transaction, that the officer confirmed a different person."""
    session = uow.session
    for candidate in candidates:
        other = load_case(session, candidate.case_number)
        if other.id == case.id:
            raise ValidationError({"duplicates": FieldMessage(
                _N("Validation", "a case cannot be a duplicate of itself."))})
        row = DuplicateCheck(id=uuid.uuid4(), case_id=case.id, candidate_case_id=other.id,
                             score=candidate.score, reasons=",".join(candidate.reasons),
                             decided_by_id=actor.user_id)
        session.add(row)
        session.flush()
        uow.audit(actor, "case.not_duplicate", entity="duplicate_check", entity_id=row.id,
                  case_id=case.id, new={"candidate": other.number, "score": candidate.score,
                                        "reasons": candidate.reasons})


def record_not_duplicates(uow: UnitOfWork, actor: Actor, number: str,
                          candidates: list[DuplicateCandidate]) -> None:
    """Record that an existing case's person differs from each candidate."""
    require(actor.role, Action.REGISTER_PETITION)
    add_distinct_records(uow, actor, load_case(uow.session, number), candidates)
    uow.commit()


__all__ = ["CANDIDATE_LIMIT", "DuplicateCandidate", "Reason", "add_distinct_records",
           "find_possible_duplicates", "record_not_duplicates"]
