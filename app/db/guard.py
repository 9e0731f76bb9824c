"""The guard of checked-out cases, run before every flush of every unit of work.

At the office, a case that is out on a laptop can be read but not changed; on a
laptop, new petitions count against the quota the office gave, and documents are not
issued (their register numbers are the office's). ``app.services.checkout`` has the
whole story.
"""

from __future__ import annotations

import uuid

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from app.db.models import (
    AuditEntry,
    Case,
    CaseVersion,
    Checkout,
    Draft,
    IssuedDocument,
    Setting,
    User,
)
from app.domain.errors import DomainError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N

#: On a laptop: which office it works with (its keys, name, region). JSON in settings.
LINK_SETTING = "laptop.link"
#: A check-out's state: at the office ``out`` until ``returned`` (checked in) or
#: ``released`` (forced back); on the laptop ``held`` until ``returned``.
OUT, HELD, RETURNED, RELEASED = "out", "held", "returned", "released"
KIND_CASE, KIND_QUOTA = "case", "quota"


class CheckedOut(DomainError):
    """A change to a case that is out on a laptop."""


#: Rows that may be written for a case that is out: the audit trail, unsaved drafts, the
#: check-out records themselves, and the history of versions.
_FREE = (AuditEntry, Checkout, CaseVersion, Draft)


def guard_flush(session: Session, _context, _instances) -> None:
    """Refuse any change to a case that is out on a laptop (before it is written).

    Registered on every unit of work's sessions (``app.db.uow``). On a laptop it also
    counts new petitions against the quota and keeps documents from being issued there.
    """
    case_ids: set[uuid.UUID] = set()
    new_cases = 0
    issued = False
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, _FREE):
            continue
        if isinstance(obj, Case):
            if obj in session.new:
                new_cases += 1
                continue
            case_ids.add(obj.id)
        elif isinstance(obj, IssuedDocument) and obj in session.new:
            issued = True
        case_id = getattr(obj, "case_id", None)
        if isinstance(case_id, uuid.UUID):
            case_ids.add(case_id)
    if case_ids:
        with session.no_autoflush:
            out = session.execute(
                select(Checkout, Case.number, User.username)
                .join(Case, Case.id == Checkout.case_id)
                .join(User, User.id == Checkout.user_id)
                .where(Checkout.state == OUT, Checkout.case_id.in_(case_ids))).first()
        if out is not None:
            checkout, number, username = out
            raise CheckedOut(_N(
                "DomainError",
                "Case {number} is checked out to the laptop “{device}” of {user} until "
                "{until}: it can be read here, but not changed until it is checked in (or "
                "released by a supervisor or an administrator). Nothing was saved."),
                number=number, device=checkout.device_name, user=username,
                until=checkout.due_on)
    if new_cases or issued:
        with session.no_autoflush:
            link = session.get(Setting, LINK_SETTING)
        if link is None:
            return
        if issued:
            raise DomainError(_N(
                "DomainError", "Documents are registered and issued at the office: on a "
                               "laptop they would get numbers the office's register also "
                               "gives. Print a preview here, and issue the document after "
                               "check-in."))
        with session.no_autoflush:
            quota = session.execute(select(Checkout).where(
                Checkout.kind == KIND_QUOTA, Checkout.state == HELD,
                Checkout.quota_used + new_cases <= Checkout.quota)).scalars().first()
        if quota is None:
            raise DomainError(_N(
                "DomainError", "This laptop has no quota left for new petitions. Check the "
                               "cases in, and ask the office for a quota with the next "
                               "check-out."))
        quota.quota_used += new_cases


def install_guard(session_factory) -> None:
    event.listen(session_factory, "before_flush", guard_flush)
