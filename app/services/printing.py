"""Printing and the register of issued documents.

Every letter, receipt, interview record or certificate handed out is
registered here first: it gets a register number and a row (what, for whom,
when, by whom, the hash of the exact PDF). A second copy of the same document
is a *duplicate*, marked on the paper and in the register. Previews are
watermarked and registered nowhere.

The data a document prints is gathered into the frozen values of
``app.documents.model``; ``app.documents.render`` turns them into PDF bytes.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session, aliased

from app.db.audit import Actor
from app.db.base import utcnow
from app.db.models import (
    Applicant,
    Assessment,
    AssessmentGround,
    Case,
    CaseRepresentative,
    Certificate,
    Decision,
    DocumentSequence,
    FamilyMember,
    Interpreter,
    Interview,
    IssuedDocument,
    LegalBasis,
    Notification,
    PersonName,
    Representative,
    StatusEnd,
    User,
)
from app.db.uow import UnitOfWork
from app.documents import model as m
from app.domain import validation as v
from app.domain.dates import PartialDate
from app.domain.errors import FieldMessage, NotFound, TransitionNotAllowed, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.permissions import Action, require
from app.domain.vocab import (
    AssessmentKind,
    CertificateKind,
    CertificateState,
    DocType,
    InterviewStatus,
    LetterKind,
    NameUse,
    Outcome,
    StatusEndKind,
    Verification,
)
from app.domain.workflow import CaseStatus
from app.services import decisions
from app.services.common import load_case, noun, snapshot
from app.services.settings import (
    deadline_settings,
    document_texts,
    new_certificate_code,
    profile,
)

#: Register number prefixes: <region>-<prefix>-<year>-<sequence>.
REGISTER_PREFIX = {DocType.RECEIPT: "R", DocType.INTERVIEW: "I", DocType.LETTER: "L",
                   DocType.CERTIFICATE: "C"}
#: Which statuses still need the asylum-seeker certificate (and so its receipt).
_PETITION_OPEN = frozenset(CaseStatus) - {CaseStatus.GRANTED, CaseStatus.EXTENSION_REQUESTED,
                                          CaseStatus.EXTENSION_PENDING_APPROVAL,
                                          CaseStatus.CLOSED}
_STATUS_VALID = (CaseStatus.GRANTED, CaseStatus.EXTENSION_REQUESTED,
                 CaseStatus.EXTENSION_PENDING_APPROVAL)


@dataclass(frozen=True)
class QueueItem:
    """Something ready to print."""

    doc_type: DocType
    case_number: str
    applicant: str
    what: str  # LetterKind value for letters, CertificateKind value for certificates
    since: date
    language: str  # the case's document language
    target_id: uuid.UUID | None  # None: a refugee certificate still to be issued

    @property
    def key(self) -> str:
        return f"{self.doc_type}:{self.case_number}:{self.target_id or 'new'}"


@dataclass(frozen=True)
class Printed:
    register_number: str
    doc_type: DocType
    case_number: str
    pdf: bytes
    duplicate: bool
    certificate_number: str | None


@dataclass(frozen=True)
class RegisterRow:
    register_number: str
    doc_type: DocType
    what: str
    case_number: str
    applicant: str
    language: str
    issued_on: date
    issued_at: object  # aware UTC datetime
    issued_by: str
    handed_to: str
    handed_over_on: date | None
    duplicate_of: str | None
    voided: bool
    void_reason: str
    certificate_number: str | None
    certificate_state: str | None
    content_sha256: str


@dataclass(frozen=True)
class ExpiringRow:
    certificate_number: str
    kind: str
    case_number: str
    holder: str
    valid_to: date
    days_left: int


@dataclass(frozen=True)
class CertificateCheck:
    state: Verification
    number: str
    kind: str | None = None
    issued_on: date | None = None
    valid_to: date | None = None
    replaced_by: str | None = None


# --------------------------------------------------------------------------
# Gathering what a document says


def _language(case: Case, language: str | None) -> str:
    chosen = language or case.document_language or "kk+ru"
    chosen = chosen.strip() if isinstance(chosen, str) else chosen
    if chosen not in m.LANGUAGES:
        raise ValidationError({"document.language": FieldMessage(
            _N("Validation", "“{value}” is not a document language; choose one of "
                             "{allowed}."), value=v.shown(chosen), allowed=", ".join(m.LANGUAGES))})
    return chosen


def _doc_type(value: DocType | str) -> DocType:
    return v.choice(value, DocType, "document.type")


def commission(session: Session) -> m.Commission:
    prof = profile(session)
    texts = document_texts(session)
    return m.Commission(
        name=texts["name"], region_code=prof.region_code, address=texts["address"],
        signatory_name=prof.signatory_name, signatory_title=texts["signatory_title"],
        letterhead=prof.letterhead, appeal_court=texts["appeal_court"])


def _born(row) -> PartialDate | None:
    if row.birth_year is None:
        return None
    return PartialDate(row.birth_year, row.birth_month, row.birth_day, row.birth_estimated)


def _name_forms(names: list[PersonName]) -> tuple[m.NameForm, ...]:
    printed = [n for n in names if n.use in (NameUse.OFFICIAL, NameUse.PASSPORT)] or names
    return tuple(m.NameForm(n.script, n.surname, n.given_names, n.patronymic) for n in printed)


def display_name(names: list[PersonName]) -> str:
    if not names:
        return ""
    first = names[0]
    return " ".join(p for p in (first.surname, first.given_names, first.patronymic) if p)


def _applicant(session: Session, case: Case) -> Applicant:
    return session.execute(select(Applicant).where(Applicant.case_id == case.id)).scalar_one()


def _person(session: Session, case: Case, *, photo: bool = False) -> m.Person:
    row = _applicant(session, case)
    return m.Person(
        names=_name_forms(row.names), sex=row.sex, born=_born(row),
        place_of_birth=row.place_of_birth,
        citizenships=tuple(c for c in row.citizenships.split(",") if c),
        stateless=row.stateless, photo=row.photo if photo else None)


def _user_name(session: Session, user_id: uuid.UUID | None) -> str:
    user = session.get(User, user_id) if user_id else None
    return (user.display_name or user.username) if user else ""


def _receipt(session: Session, case: Case, cert: Certificate, issue: m.Issue) -> m.Receipt:
    dependants = tuple(
        m.Dependant(names=_name_forms(f.names), relation=f.relation, born=_born(f))
        for f in session.execute(select(FamilyMember).where(
            FamilyMember.case_id == case.id, FamilyMember.included_in_petition)
            .order_by(FamilyMember.created_at)).scalars())
    return m.Receipt(
        commission=commission(session), issue=issue, case_number=case.number,
        registered_on=case.registered_on, applicant=_person(session, case),
        certificate_number=cert.number, certificate_issued_on=cert.issued_on,
        valid_to=cert.valid_to, verification_code=cert.verification_code,
        dependants=dependants)


def _local(value):
    return value.astimezone().replace(tzinfo=None) if value is not None else None


def _interview(session: Session, case: Case, row: Interview, issue: m.Issue) -> m.InterviewRecord:
    interpreter = session.get(Interpreter, row.interpreter_id) if row.interpreter_id else None
    representative = ""
    if row.representative_present:
        rep = session.execute(
            select(Representative.full_name).join(
                CaseRepresentative, CaseRepresentative.representative_id == Representative.id)
            .where(CaseRepresentative.case_id == case.id, CaseRepresentative.active)).scalar()
        representative = rep or ""
    return m.InterviewRecord(
        commission=commission(session), issue=issue, case_number=case.number,
        applicant=_person(session, case), started_at=_local(row.started_at),
        ended_at=_local(row.ended_at), location=row.location,
        officer=_user_name(session, row.officer_id),
        interpreter=interpreter.full_name if interpreter else "",
        language=row.language, dialect=row.dialect, representative=representative,
        attendees=row.attendees,
        entries=tuple(m.QA(e.question, e.answer) for e in row.entries))


def letter_kind(decision: Decision | None = None, status_end: StatusEnd | None = None) -> LetterKind:
    if status_end is not None:
        return LetterKind(status_end.kind)
    assert decision is not None
    if decision.outcome == Outcome.CLOSE:
        return LetterKind.TERMINATION
    if decision.kind == AssessmentKind.EXTENSION:
        return (LetterKind.EXTENSION if decision.outcome == Outcome.RECOGNISE
                else LetterKind.EXTENSION_REFUSAL)
    return (LetterKind.RECOGNITION if decision.outcome == Outcome.RECOGNISE
            else LetterKind.REFUSAL)


def _basis_title(session: Session, code: str) -> str:
    if not code:
        return ""
    return session.execute(select(LegalBasis.title).where(LegalBasis.code == code)).scalar() or ""


def _letter(session: Session, case: Case, target: Decision | StatusEnd,
            issue: m.Issue) -> m.Letter:
    applicant = _applicant(session, case)
    common = dict(commission=commission(session), issue=issue, case_number=case.number,
                  registered_on=case.registered_on, applicant=_person(session, case),
                  address=applicant.address,
                  appeal_months=deadline_settings(session).appeal_months)
    if isinstance(target, StatusEnd):
        last = session.execute(select(Decision).where(Decision.case_id == case.id)
                               .order_by(Decision.created_at.desc())).scalar()
        return m.Letter(kind=letter_kind(status_end=target), decided_on=target.ended_on,
                        reasons=target.reason, ended_on=target.ended_on,
                        legal_basis_code=last.legal_basis_code if last else "",
                        legal_basis_title=_basis_title(
                            session, last.legal_basis_code) if last else "", **common)
    assessment = session.get(Assessment, target.assessment_id)
    grounds = tuple(g.ground for g in session.execute(
        select(AssessmentGround).where(AssessmentGround.assessment_id == assessment.id)
        .order_by(AssessmentGround.ground)).scalars())
    served = session.execute(select(Notification).where(
        Notification.decision_id == target.id)).scalar()
    return m.Letter(
        kind=letter_kind(decision=target), decided_on=target.decided_on,
        legal_basis_code=target.legal_basis_code,
        legal_basis_title=_basis_title(session, target.legal_basis_code),
        reasons=assessment.reasons if assessment else "",
        grounds=grounds if target.outcome == Outcome.RECOGNISE else (),
        valid_from=target.valid_from, valid_to=target.valid_to,
        served_on=served.served_on if served else None,
        appeal_deadline=served.appeal_deadline if served else None, **common)


def _certificate(session: Session, case: Case, cert: Certificate | None,
                 issue: m.Issue) -> m.CertificateDoc:
    if cert is None:  # a preview of the certificate still to be issued
        number, code = "—", "—"
        issued_on, valid_to = issue.issued_on, case.status_valid_to or issue.issued_on
    else:
        number, code, issued_on, valid_to = (cert.number, cert.verification_code,
                                             cert.issued_on, cert.valid_to)
    return m.CertificateDoc(
        commission=commission(session), issue=issue, number=number,
        holder=_person(session, case, photo=True), issued_on=issued_on, valid_to=valid_to,
        verification_code=code, qr_text=m.qr_text(number, code), case_number=case.number)


# --------------------------------------------------------------------------
# Which record a document is about


def _one(session: Session, model: type, target_id, case: Case, what: str):
    try:
        key = target_id if isinstance(target_id, uuid.UUID) else uuid.UUID(str(target_id))
    except ValueError:
        key = None
    row = session.get(model, key) if key else None
    if row is None or row.case_id != case.id:
        raise NotFound(_N("DomainError", "Case {number} has no such {what}."),
                       number=case.number, what=noun(what))
    return row


def _target(session: Session, case: Case, doc_type: DocType, target_id):
    """The record the document prints; None for a refugee certificate not yet issued."""
    if doc_type == DocType.RECEIPT:
        if target_id:
            return _one(session, Certificate, target_id, case, "certificate")
        cert = session.execute(select(Certificate).where(
            Certificate.case_id == case.id,
            Certificate.kind == CertificateKind.ASYLUM_SEEKER.value,
            Certificate.state == CertificateState.VALID.value)
            .order_by(Certificate.issued_on.desc())).scalar()
        if cert is None:
            raise NotFound(_N("DomainError", "Case {number} has no valid asylum-seeker "
                                             "certificate; renew it first."), number=case.number)
        return cert
    if doc_type == DocType.INTERVIEW:
        if target_id:
            return _one(session, Interview, target_id, case, "interview")
        row = session.execute(select(Interview).where(
            Interview.case_id == case.id, Interview.status == InterviewStatus.HELD.value)
            .order_by(Interview.started_at.desc())).scalar()
        if row is None:
            raise NotFound(_N("DomainError", "Case {number} has no interview that was held."),
                           number=case.number)
        return row
    if doc_type == DocType.LETTER:
        if target_id:
            key = str(target_id)
            found = session.get(Decision, uuid.UUID(key)) if _is_uuid(key) else None
            if found is not None and found.case_id == case.id:
                return found
            return _one(session, StatusEnd, target_id, case, "decision")
        decision = session.execute(select(Decision).where(Decision.case_id == case.id)
                                   .order_by(Decision.created_at.desc())).scalar()
        ended = session.execute(select(StatusEnd).where(
            StatusEnd.case_id == case.id,
            StatusEnd.kind != StatusEndKind.EXPIRY.value)
            .order_by(StatusEnd.ended_on.desc())).scalar()
        if ended is not None and (decision is None or ended.ended_on >= decision.decided_on):
            return ended
        if decision is None:
            raise NotFound(_N("DomainError", "Case {number} has no decision."),
                           number=case.number)
        return decision
    if target_id:
        cert = _one(session, Certificate, target_id, case, "certificate")
        if cert.kind != CertificateKind.REFUGEE:
            raise ValidationError({"document.target": FieldMessage(
                _N("Validation", "that is not a refugee certificate."))})
        return cert
    return _current_refugee_certificate(session, case)


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _current_refugee_certificate(session: Session, case: Case) -> Certificate | None:
    """The valid certificate of the latest decision; None when that one is still to issue
    (a certificate of an earlier decision, before an extension, does not count)."""
    latest = session.execute(select(Decision.id).where(Decision.case_id == case.id)
                             .order_by(Decision.created_at.desc())).scalar()
    return session.execute(select(Certificate).where(
        Certificate.case_id == case.id, Certificate.kind == CertificateKind.REFUGEE.value,
        Certificate.decision_id == latest,
        Certificate.state == CertificateState.VALID.value)
        .order_by(Certificate.issued_on.desc())).scalar()


def _data(session: Session, case: Case, doc_type: DocType, target, issue: m.Issue) -> m.Document:
    if doc_type == DocType.RECEIPT:
        return _receipt(session, case, target, issue)
    if doc_type == DocType.INTERVIEW:
        return _interview(session, case, target, issue)
    if doc_type == DocType.LETTER:
        return _letter(session, case, target, issue)
    return _certificate(session, case, target, issue)


def _what(doc_type: DocType, target) -> str:
    if doc_type == DocType.LETTER:
        if isinstance(target, StatusEnd):
            return letter_kind(status_end=target).value
        return letter_kind(decision=target).value
    if doc_type in (DocType.RECEIPT, DocType.CERTIFICATE):
        return (CertificateKind.ASYLUM_SEEKER if doc_type == DocType.RECEIPT
                else CertificateKind.REFUGEE).value
    return ""


def _link(doc_type: DocType, target) -> dict:
    """The register columns that point at the record a document prints."""
    if doc_type in (DocType.RECEIPT, DocType.CERTIFICATE):
        return {"certificate_id": target.id}
    if doc_type == DocType.INTERVIEW:
        return {"interview_id": target.id}
    if isinstance(target, StatusEnd):
        return {"status_end_id": target.id}
    return {"decision_id": target.id}


def _check_may_print(actor: Actor, doc_type: DocType) -> None:
    require(actor.role, Action.PRINT_DOCUMENT)
    if doc_type == DocType.INTERVIEW:
        require(actor.role, Action.VIEW_SENSITIVE)


def _render(data: m.Document, language: str) -> bytes:
    from app.documents.render import render

    return render(data, language)


# --------------------------------------------------------------------------
# Preview, issue, reprint


def preview(uow: UnitOfWork, actor: Actor, doc_type: DocType | str, number: str, *,
            language: str | None = None, target_id=None, on: date | None = None) -> bytes:
    """The document as it would print, marked "preview — not valid"; nothing is registered."""
    doc_type = _doc_type(doc_type)
    _check_may_print(actor, doc_type)
    session = uow.session
    case = load_case(session, number)
    language = _language(case, language)
    target = _target(session, case, doc_type, target_id)
    issue = m.Issue(issued_on=on or date.today(), preview=True)
    return _render(_data(session, case, doc_type, target, issue), language)


def next_register_number(session: Session, region: str, doc_type: DocType, year: int) -> str:
    prefix = REGISTER_PREFIX[doc_type]
    row = session.get(DocumentSequence, (prefix, year))
    if row is None:
        row = DocumentSequence(prefix=prefix, year=year, last_value=0)
        session.add(row)
    row.last_value += 1
    session.flush()
    return f"{region}-{prefix}-{year}-{row.last_value:05d}"


def _original(session: Session, doc_type: DocType, link: dict) -> IssuedDocument | None:
    column, value = next(iter(link.items()))
    return session.execute(select(IssuedDocument).where(
        IssuedDocument.doc_type == doc_type.value, getattr(IssuedDocument, column) == value,
        IssuedDocument.voided.is_(False))
        .order_by(IssuedDocument.issued_at)).scalar()


def issue_document(uow: UnitOfWork, actor: Actor, doc_type: DocType | str, number: str, *,
                   language: str | None = None, target_id=None,
                   on: date | None = None) -> Printed:
    """Register and render a document; the bytes are what gets printed or saved.

    A granted case without a valid refugee certificate gets one issued first. A
    document already issued (and not voided) comes out as a marked duplicate.
    """
    doc_type = _doc_type(doc_type)
    _check_may_print(actor, doc_type)
    session = uow.session
    case = load_case(session, number)
    language = _language(case, language)
    on = on or date.today()
    target = _target(session, case, doc_type, target_id)
    if doc_type == DocType.CERTIFICATE and target is None:
        target = decisions.add_refugee_certificate(uow, actor, case, on)
    if isinstance(target, Certificate) and target.state != CertificateState.VALID:
        raise TransitionNotAllowed(
            _N("DomainError", "Certificate {certificate} is {state}; it cannot be printed."),
            certificate=target.number, state=CertificateState(target.state))
    printed = _register(uow, actor, case, doc_type, target, language, on)
    uow.commit()
    return printed


def _register(uow: UnitOfWork, actor: Actor, case: Case, doc_type: DocType, target,
              language: str, on: date) -> Printed:
    session = uow.session
    link = _link(doc_type, target)
    original = _original(session, doc_type, link)
    register_number = next_register_number(session, profile(session).region_code, doc_type,
                                           on.year)
    issue = m.Issue(issued_on=on, register_number=register_number,
                    duplicate=original is not None)
    pdf = _render(_data(session, case, doc_type, target, issue), language)
    row = IssuedDocument(
        id=uuid.uuid4(), register_number=register_number, doc_type=doc_type.value,
        what=_what(doc_type, target), case_id=case.id, language=language, issued_on=on,
        issued_by_id=actor.user_id, duplicate_of_id=original.id if original else None,
        content_sha256=hashlib.sha256(pdf).hexdigest(), **link)
    session.add(row)
    session.flush()
    uow.audit(actor, "document.reprint" if original else "document.issue",
              entity="issued_document", entity_id=row.id, case_id=case.id,
              new=snapshot(row) | ({"duplicate_of": original.register_number} if original
                                   else {}))
    return Printed(register_number, doc_type, case.number, pdf, original is not None,
                   target.number if isinstance(target, Certificate) else None)


def _issued(session: Session, register_number: str) -> IssuedDocument:
    row = session.execute(select(IssuedDocument).where(
        IssuedDocument.register_number == v.searchable(register_number, 64).upper())).scalar()
    if row is None:
        raise NotFound(_N("DomainError", "There is no document {number} in the register."),
                       number=v.shown(register_number))
    return row


def reprint(uow: UnitOfWork, actor: Actor, register_number: str, *,
            language: str | None = None, on: date | None = None) -> Printed:
    """Print the document of a register row again: a new row, marked as a duplicate."""
    session = uow.session
    row = _issued(session, register_number)
    if row.voided:
        raise TransitionNotAllowed(
            _N("DomainError", "Document {number} was voided; it cannot be reprinted."),
            number=row.register_number)
    doc_type = DocType(row.doc_type)
    target_id = (row.certificate_id or row.interview_id or row.status_end_id or row.decision_id)
    case = session.get(Case, row.case_id)
    return issue_document(uow, actor, doc_type, case.number, language=language or row.language,
                          target_id=target_id, on=on)


# --------------------------------------------------------------------------
# The register


def register(uow: UnitOfWork, actor: Actor, *, text: str = "", doc_type: str | None = None,
             limit: int = 500) -> list[RegisterRow]:
    """Issued documents, newest first; ``text`` matches register, case or certificate numbers."""
    require(actor.role, Action.PRINT_DOCUMENT)
    session = uow.session
    query = (select(IssuedDocument, Case.number, Certificate)
             .join(Case, Case.id == IssuedDocument.case_id)
             .outerjoin(Certificate, Certificate.id == IssuedDocument.certificate_id)
             .order_by(IssuedDocument.issued_on.desc(), IssuedDocument.issued_at.desc(),
                       IssuedDocument.register_number.desc())
             .limit(limit))
    if doc_type:
        query = query.where(IssuedDocument.doc_type == _doc_type(doc_type).value)
    needle = v.searchable(text, 100).upper()
    if needle:
        # The text as typed: "%" and "_" are characters, not LIKE wildcards.
        query = query.where(or_(IssuedDocument.register_number.contains(needle, autoescape=True),
                                Case.number.contains(needle, autoescape=True),
                                Certificate.number.contains(needle, autoescape=True)))
    rows = session.execute(query).all()
    numbers = {r.id: r.register_number for r in session.execute(select(IssuedDocument).where(
        IssuedDocument.id.in_({row.duplicate_of_id for row, _n, _c in rows
                               if row.duplicate_of_id}))).scalars()}
    names = _names_by_case(session, {row.case_id for row, _n, _c in rows})
    users = {u.id: (u.display_name or u.username) for u in session.execute(select(User)).scalars()}
    return [RegisterRow(
        register_number=row.register_number, doc_type=DocType(row.doc_type), what=row.what,
        case_number=case_number, applicant=names.get(row.case_id, ""), language=row.language,
        issued_on=row.issued_on, issued_at=row.issued_at, issued_by=users.get(row.issued_by_id, ""),
        handed_to=row.handed_to, handed_over_on=row.handed_over_on,
        duplicate_of=numbers.get(row.duplicate_of_id), voided=row.voided,
        void_reason=row.void_reason, certificate_number=cert.number if cert else None,
        certificate_state=cert.state if cert else None, content_sha256=row.content_sha256)
        for row, case_number, cert in rows]


def _names_by_case(session: Session, case_ids: set) -> dict:
    if not case_ids:
        return {}
    rows = session.execute(
        select(Applicant.case_id, PersonName).join(
            PersonName, PersonName.applicant_id == Applicant.id)
        .where(Applicant.case_id.in_(case_ids)).order_by(PersonName.position)).all()
    names: dict = {}
    for case_id, name in rows:
        names.setdefault(case_id, []).append(name)
    return {case_id: display_name(found) for case_id, found in names.items()}


def record_handover(uow: UnitOfWork, actor: Actor, register_number: str, handed_to: str,
                    on: date) -> None:
    """Record to whom and when a registered paper was handed over."""
    require(actor.role, Action.PRINT_DOCUMENT)
    row = _issued(uow.session, register_number)
    errors = v.Collector()
    handed_to = errors.check(v.text, handed_to, "document.handed_to", required=True)
    if on > date.today():
        errors.add("document.handed_over_on", FieldMessage(
            _N("Validation", "the date cannot be in the future.")))
    elif on < row.issued_on:
        errors.add("document.handed_over_on", FieldMessage(
            _N("Validation", "the document was issued on {date}; it cannot have been handed "
                             "over before."), date=row.issued_on))
    errors.raise_if_any()
    if row.voided:
        raise TransitionNotAllowed(
            _N("DomainError", "Document {number} was voided; it is not handed over."),
            number=row.register_number)
    old = {"handed_to": row.handed_to, "handed_over_on": row.handed_over_on}
    row.handed_to, row.handed_over_on = handed_to, on
    uow.audit(actor, "document.handover", entity="issued_document", entity_id=row.id,
              case_id=row.case_id, old=old, new={"handed_to": handed_to, "handed_over_on": on})
    uow.commit()


def void_document(uow: UnitOfWork, actor: Actor, register_number: str, reason: str) -> None:
    """Void a registered paper. A certificate's paper voids the certificate, and so every
    other copy of it; the case then waits for a new one on the print desk."""
    require(actor.role, Action.VOID_DOCUMENT)
    session = uow.session
    row = _issued(session, register_number)
    reason = v.long_text(reason, "document.void_reason", required=True)
    if row.voided:
        raise TransitionNotAllowed(
            _N("DomainError", "Document {number} is already void."), number=row.register_number)
    papers = [row]
    cert = session.get(Certificate, row.certificate_id) if row.certificate_id else None
    if cert is not None and cert.state == CertificateState.VALID:
        cert.state, cert.void_reason = CertificateState.VOID.value, reason
        papers += [p for p in session.execute(select(IssuedDocument).where(
            IssuedDocument.certificate_id == cert.id, IssuedDocument.voided.is_(False),
            IssuedDocument.id != row.id)).scalars()]
    now = utcnow()
    for paper in papers:
        paper.voided, paper.void_reason = True, reason
        paper.voided_at, paper.voided_by_id = now, actor.user_id
    session.flush()
    uow.audit(actor, "document.void", entity="issued_document", entity_id=row.id,
              case_id=row.case_id, old={"voided": False},
              new={"voided": [p.register_number for p in papers], "reason": reason}
              | ({"certificate": cert.number, "certificate_state": cert.state} if cert else {}))
    uow.commit()


def replace_certificate(uow: UnitOfWork, actor: Actor, certificate_number: str, reason: str, *,
                        language: str | None = None, on: date | None = None) -> Printed:
    """A lost or damaged certificate: a new number with the same validity is issued and
    registered; the old one is marked replaced and can no longer be verified as valid."""
    require(actor.role, Action.VOID_DOCUMENT)
    session = uow.session
    old = session.execute(select(Certificate).where(
        Certificate.number == v.searchable(certificate_number, 64).upper())).scalar()
    if old is None:
        raise NotFound(_N("DomainError", "There is no certificate {number}."),
                       number=v.shown(certificate_number))
    reason = v.long_text(reason, "certificate.replace_reason", required=True)
    if old.state != CertificateState.VALID:
        raise TransitionNotAllowed(
            _N("DomainError", "Certificate {certificate} is {state}; only a valid certificate "
                              "can be replaced."), certificate=old.number,
            state=CertificateState(old.state))
    on = on or date.today()
    if old.kind == CertificateKind.REFUGEE:
        require(actor.role, Action.ISSUE_CERTIFICATE)
    doc_type = DocType.CERTIFICATE if old.kind == CertificateKind.REFUGEE else DocType.RECEIPT
    _check_may_print(actor, doc_type)
    case = session.get(Case, old.case_id)
    language = _language(case, language)
    if old.valid_to < on:
        raise TransitionNotAllowed(
            _N("DomainError", "Certificate {certificate} expired on {date}; it is not replaced."),
            certificate=old.number, date=old.valid_to.isoformat())
    new = Certificate(
        id=uuid.uuid4(), case_id=case.id, decision_id=old.decision_id, kind=old.kind,
        number=decisions.next_certificate_number(session, case, old.kind), issued_on=on,
        valid_to=old.valid_to, verification_code=new_certificate_code(),
        issued_by_id=actor.user_id)
    session.add(new)
    session.flush()
    old.state, old.replaced_by_id, old.void_reason = (CertificateState.REPLACED.value, new.id,
                                                      reason)
    session.flush()
    uow.audit(actor, "certificate.replace", entity="certificate", entity_id=new.id,
              case_id=case.id, old={"certificate": old.number, "state": "valid"},
              new=snapshot(new) | {"replaces": old.number, "reason": reason})
    printed = _register(uow, actor, case, doc_type, new, language, on)
    uow.commit()
    return printed


# --------------------------------------------------------------------------
# What waits on the print desk


def _not_printed(doc_type: DocType, link, record_id):
    """No paper of ``doc_type`` that is not void links (``link``) to ``record_id``."""
    return ~exists().where(IssuedDocument.doc_type == doc_type.value, link == record_id,
                           IssuedDocument.voided.is_(False))


def print_queue(uow: UnitOfWork, actor: Actor, *, limit: int | None = None) -> list[QueueItem]:
    """Receipts, decision letters and refugee certificates that have not been printed,
    oldest first; with ``limit``, only that many of the oldest.

    Each kind is one query that leaves out what has a paper already, so the work
    grows with what waits, not with the size of the register; ``limit`` bounds it
    when much waits (a register taken over with years of unprinted papers).
    """

    def first(query, since):
        return query.order_by(since).limit(limit) if limit is not None else query

    require(actor.role, Action.PRINT_DOCUMENT)
    session = uow.session
    valid = Certificate.state == CertificateState.VALID.value
    items: list[tuple[DocType, Case, str, date, uuid.UUID | None]] = []
    for cert, case in session.execute(first(select(Certificate, Case).join(
            Case, Case.id == Certificate.case_id).where(
            valid, Certificate.kind == CertificateKind.ASYLUM_SEEKER.value,
            Case.status.in_([s.value for s in _PETITION_OPEN]),
            _not_printed(DocType.RECEIPT, IssuedDocument.certificate_id, Certificate.id)),
            Certificate.issued_on)):
        items.append((DocType.RECEIPT, case, cert.kind, cert.issued_on, cert.id))
    for cert, case in session.execute(first(select(Certificate, Case).join(
            Case, Case.id == Certificate.case_id).where(
            valid, Certificate.kind == CertificateKind.REFUGEE.value,
            Case.status.in_([s.value for s in _STATUS_VALID]),
            _not_printed(DocType.CERTIFICATE, IssuedDocument.certificate_id,
                         Certificate.id)), Certificate.issued_on)):
        items.append((DocType.CERTIFICATE, case, cert.kind, cert.issued_on, cert.id))
    for decision, case in session.execute(first(select(Decision, Case).join(
            Case, Case.id == Decision.case_id).where(
            ~exists().where(Notification.decision_id == Decision.id),
            _not_printed(DocType.LETTER, IssuedDocument.decision_id, Decision.id)),
            Decision.decided_on)):
        items.append((DocType.LETTER, case, letter_kind(decision=decision).value,
                      decision.decided_on, decision.id))
    for ended, case in session.execute(first(select(StatusEnd, Case).join(
            Case, Case.id == StatusEnd.case_id).where(
            StatusEnd.kind != StatusEndKind.EXPIRY.value,
            _not_printed(DocType.LETTER, IssuedDocument.status_end_id, StatusEnd.id)),
            StatusEnd.ended_on)):
        items.append((DocType.LETTER, case, letter_kind(status_end=ended).value,
                      ended.ended_on, ended.id))
    # Granted cases whose latest decision (a grant or an extension) has no valid
    # certificate yet: the certificate is issued when it is printed.
    # The latest decision: one with no later decision of the same case (a GROUP BY over
    # every decision built the whole grouping in memory first).
    later = aliased(Decision)
    for decision, case in session.execute(first(select(Decision, Case).join(
            Case, Case.id == Decision.case_id).where(
            ~exists().where(later.case_id == Decision.case_id,
                            later.created_at > Decision.created_at),
            Case.status.in_([s.value for s in _STATUS_VALID]),
            Case.status_valid_to >= date.today(),
            Decision.outcome == Outcome.RECOGNISE.value,
            ~exists().where(Certificate.decision_id == Decision.id, valid,
                            Certificate.kind == CertificateKind.REFUGEE.value)),
            Decision.decided_on)):
        items.append((DocType.CERTIFICATE, case, CertificateKind.REFUGEE.value,
                      case.status_valid_from or decision.decided_on, None))
    names = _names_by_case(session, {case.id for _t, case, _w, _s, _i in items})
    result = [QueueItem(doc_type, case.number, names.get(case.id, ""), what, since,
                        case.document_language, target)
              for doc_type, case, what, since, target in items]
    result.sort(key=lambda item: (item.since, item.case_number, item.doc_type))
    return result[:limit] if limit is not None else result


def expiring_certificates(uow: UnitOfWork, actor: Actor, within_days: int = 30, *,
                          today: date | None = None,
                          limit: int | None = None) -> list[ExpiringRow]:
    """Valid certificates of open cases that end within the next ``within_days`` days,
    soonest first; with ``limit``, only that many (17,000 rows and 140 MB at a million
    cases otherwise)."""
    require(actor.role, Action.PRINT_DOCUMENT)
    if within_days < 0:
        raise ValidationError({"within_days": FieldMessage(
            _N("Validation", "the number of days cannot be negative."))})
    session = uow.session
    today = today or date.today()
    rows = session.execute(
        select(Certificate, Case).join(Case, Case.id == Certificate.case_id).where(
            Certificate.state == CertificateState.VALID.value,
            Certificate.valid_to >= today,
            Certificate.valid_to <= today + timedelta(days=within_days),
            Case.status != CaseStatus.CLOSED.value)
        .order_by(Certificate.valid_to, Certificate.number).limit(limit)).all()
    names = _names_by_case(session, {case.id for _c, case in rows})
    return [ExpiringRow(cert.number, cert.kind, case.number, names.get(case.id, ""),
                        cert.valid_to, (cert.valid_to - today).days) for cert, case in rows]


def verify_certificate(uow: UnitOfWork, actor: Actor, number_or_qr: str, code: str = "", *,
                       today: date | None = None) -> CertificateCheck:
    """Is this certificate genuine, and is it valid, expired, replaced or void?

    Accepts the number and code, or the QR text (``PANA:<number>:<code>``) alone. A wrong
    code reads as "unknown", exactly like a number that does not exist. Each check is
    audited, so that guessing shows.
    """
    require(actor.role, Action.VERIFY_CERTIFICATE)
    # A scanned QR text or typed characters: only what a stored number or code can hold.
    number_or_qr, code = v.searchable(number_or_qr, 200), v.searchable(code, 100)
    from_qr = m.parse_qr_text(number_or_qr) if number_or_qr.upper().startswith(
        "PANA:") else None
    number, code = from_qr if from_qr else (number_or_qr.upper(),
                                            code.upper().replace(" ", ""))
    errors = v.Collector()
    if not number:
        errors.add("verify.number", FieldMessage(
            _N("Validation", "enter the certificate number (or the QR text).")))
    if not code:
        errors.add("verify.code", FieldMessage(
            _N("Validation", "enter the verification code printed on the certificate.")))
    errors.raise_if_any()
    session = uow.session
    cert = session.execute(select(Certificate).where(Certificate.number == number)).scalar()
    genuine = cert is not None and hmac.compare_digest(cert.verification_code.encode(),
                                                       code.encode())
    today = today or date.today()
    if not genuine:
        result = CertificateCheck(Verification.UNKNOWN, number)
    else:
        if cert.state == CertificateState.VOID:
            state = Verification.VOID
        elif cert.state == CertificateState.REPLACED:
            state = Verification.REPLACED
        elif cert.valid_to < today:
            state = Verification.EXPIRED
        else:
            state = Verification.VALID
        replaced_by = session.get(Certificate, cert.replaced_by_id) if cert.replaced_by_id else None
        result = CertificateCheck(state, cert.number, cert.kind, cert.issued_on, cert.valid_to,
                                  replaced_by.number if replaced_by else None)
    uow.audit(actor, "certificate.verify", entity="certificate",
              entity_id=cert.id if genuine else "", case_id=cert.case_id if genuine else None,
              new={"number": number, "result": result.state.value})
    uow.commit()
    return result
