"""The case file as the screens see it: plain dataclasses, one per section.

Sensitive sections (claim, incidents, interviews, evidence) are loaded only
for roles allowed to see them, and loading them is audited as a view — once
per user, case and part within ``VIEW_LOG_INTERVAL``, so that the reload after
every save does not bury the trail.
Each editable record carries its ``version`` for optimistic locking.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from app.db.audit import Actor
from app.db.models import (
    ApprovalEvent,
    Assessment,
    AuditEntry,
    CaseRepresentative,
    Certificate,
    Claim,
    CourtRuling,
    CriminalProceeding,
    Draft,
    EntryRecord,
    Evidence,
    FamilyMember,
    IdentityDocument,
    Incident,
    Interpreter,
    Interview,
    PersonName,
    Representative,
    User,
)
from app.db.uow import UnitOfWork
from app.domain.dates import PartialDate
from app.domain.permissions import Action, allowed, require
from app.services.common import load_case
from app.services.settings import deadline_settings


@dataclass(frozen=True)
class NameView:
    script: str
    use: str
    surname: str
    given_names: str
    patronymic: str

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.surname, self.given_names, self.patronymic) if p)


@dataclass(frozen=True)
class ApplicantView:
    id: uuid.UUID
    version: int
    names: list[NameView]
    sex: str
    birth_date: str
    place_of_birth: str
    stateless: bool
    citizenships: list[str]
    ethnicity: str
    religion: str
    languages: list[str]
    phone: str
    email: str
    address: str
    consent_given: bool
    has_photo: bool


@dataclass(frozen=True)
class FamilyMemberView:
    id: uuid.UUID
    version: int
    relation: str
    names: list[NameView]
    sex: str
    birth_date: str
    whereabouts: str
    included_in_petition: bool
    own_case: str
    notes: str


@dataclass(frozen=True)
class DocumentView:
    id: uuid.UUID
    version: int
    doc_type: str
    number: str
    issuing_country: str
    issuer: str
    issued_on: date | None
    expires_on: date | None
    is_original: bool
    holder: str  # "" for the applicant, else the relative's name
    family_member_id: uuid.UUID | None
    notes: str


@dataclass(frozen=True)
class EntryView:
    id: uuid.UUID
    version: int
    crossed_on: date | None
    place: str
    irregular: bool
    from_country: str
    notes: str


@dataclass(frozen=True)
class ProceedingView:
    id: uuid.UUID
    version: int
    court: str
    article: str
    verdict_on: date | None
    sentence: str
    pretrial_detention_days: int
    notes: str


@dataclass(frozen=True)
class RulingView:
    id: uuid.UUID
    version: int
    court: str
    ruled_on: date | None
    reference: str
    deportation_barred: bool
    summary: str


@dataclass(frozen=True)
class RepresentativeView:
    id: uuid.UUID
    full_name: str
    organisation: str
    licence_number: str
    phone: str
    email: str
    power_of_attorney: str
    power_of_attorney_on: date | None


@dataclass(frozen=True)
class QAView:
    question: str
    answer: str


@dataclass(frozen=True)
class InterviewView:
    id: uuid.UUID
    version: int
    status: str
    scheduled_at: datetime | None
    started_at: datetime | None
    ended_at: datetime | None
    location: str
    officer: str
    interpreter_id: uuid.UUID | None
    interpreter: str
    language: str
    dialect: str
    representative_present: bool
    attendees: str
    demeanour_notes: str
    read_back_done: bool
    applicant_signed: bool
    entries: list[QAView]


@dataclass(frozen=True)
class GroundView:
    ground: str
    nexus_note: str


@dataclass(frozen=True)
class ClaimView:
    id: uuid.UUID | None
    version: int | None
    summary: str
    actor_type: str
    actor_description: str
    grounds: list[GroundView]


@dataclass(frozen=True)
class IncidentView:
    id: uuid.UUID
    version: int
    kind: str
    actor: str
    actor_type: str
    started: str
    ended: str
    duration_days: int | None
    place: str
    description: str
    family_member_id: uuid.UUID | None
    evidence_ids: list[uuid.UUID]

    def sort_key(self) -> tuple:
        """Timeline order: by the earliest day the incident may have started; undated last."""
        if not self.started:
            return (1, date.max, self.kind)
        return (0, PartialDate.parse(self.started).earliest(), self.kind)


@dataclass(frozen=True)
class EvidenceView:
    id: uuid.UUID
    version: int
    kind: str
    title: str
    source: str
    filename: str
    mime_type: str
    size_bytes: int
    sha256: str
    applicant_may_see: bool
    added_by: str
    added_at: datetime


@dataclass(frozen=True)
class CertificateView:
    number: str
    kind: str
    issued_on: date
    valid_to: date
    state: str


@dataclass(frozen=True)
class ReturnView:
    at: datetime
    by: str
    comment: str


@dataclass
class CaseFile:
    id: uuid.UUID
    number: str
    status: str
    version: int
    officer: str
    registered_on: date
    arrived_on: date | None
    decision_due_on: date
    fingerprints_taken_on: date | None
    fingerprints_due_on: date
    status_valid_from: date | None
    status_valid_to: date | None
    appeal_deadline: date | None
    closed_on: date | None
    closure_reason: str | None
    petition_language: str
    document_language: str
    applicant: ApplicantView
    family: list[FamilyMemberView]
    documents: list[DocumentView]
    entries: list[EntryView]
    proceedings: list[ProceedingView]
    rulings: list[RulingView]
    representative: RepresentativeView | None
    certificates: list[CertificateView]
    sensitive_loaded: bool
    interviews: list[InterviewView] = field(default_factory=list)
    claim: ClaimView | None = None
    incidents: list[IncidentView] = field(default_factory=list)
    evidence: list[EvidenceView] = field(default_factory=list)
    returns: list[ReturnView] = field(default_factory=list)
    drafts: list[str] = field(default_factory=list)  # kinds of autosaved drafts of this user
    #: Out on a laptop (app.services.checkout): read only here until checked in.
    checked_out: bool = False

    @property
    def display_name(self) -> str:
        return self.applicant.names[0].full if self.applicant.names else ""


def _names(rows: list[PersonName]) -> list[NameView]:
    return [NameView(n.script, n.use, n.surname, n.given_names, n.patronymic) for n in rows]


def _birth(row) -> str:
    if row.birth_year is None:
        return ""
    return str(PartialDate(row.birth_year, row.birth_month, row.birth_day, row.birth_estimated))


def _codes(text: str) -> list[str]:
    return [c for c in text.split(",") if c]


#: Views of the same part of a case by the same user are audited at most once in this time.
VIEW_LOG_INTERVAL = timedelta(minutes=30)
VIEW_SENSITIVE = "case.view_sensitive"
#: What the case file holds of the sensitive parts (evidence: the list, not the files).
CASE_FILE_PARTS = ("claim", "incidents", "interviews", "evidence")


def log_sensitive_view(uow: UnitOfWork, actor: Actor, case_id: uuid.UUID, parts: list[str], *,
                       entity: str = "case", entity_id: object = None) -> bool:
    """Audit that ``actor`` saw ``parts`` of the case, unless the same view is already
    in the trail from the last ``VIEW_LOG_INTERVAL``; True when an entry was written.

    Commits: the entry is stored before the caller hands anything out.
    """
    entity_id = str(entity_id or case_id)
    cutoff = datetime.now(UTC) - VIEW_LOG_INTERVAL
    seen = uow.session.execute(select(AuditEntry.seq).where(
        AuditEntry.case_id == case_id, AuditEntry.action == VIEW_SENSITIVE,
        AuditEntry.user_id == actor.user_id, AuditEntry.entity == entity,
        AuditEntry.entity_id == entity_id, AuditEntry.at >= cutoff).limit(1)).first()
    if seen is not None:
        return False
    uow.record(actor, VIEW_SENSITIVE, entity=entity, entity_id=entity_id, case_id=case_id,
               new={"parts": parts})
    return True


def load_case_file(uow: UnitOfWork, actor: Actor, number: str, *,
                   sensitive: bool = True) -> CaseFile:
    """Everything the case-file window shows. Writes only the audit of a sensitive view
    (see ``log_sensitive_view``), so a read-only unit of work will do."""
    require(actor.role, Action.VIEW_IDENTITY)
    session = uow.session
    case = load_case(session, number)
    users = {u.id: u.username for u in session.execute(select(User)).scalars()}
    a = case.applicant
    applicant = ApplicantView(
        a.id, a.version, _names(a.names), a.sex, _birth(a), a.place_of_birth, a.stateless,
        _codes(a.citizenships), a.ethnicity, a.religion, _codes(a.languages), a.phone, a.email,
        a.address, a.consent_given, a.photo_mime is not None)
    members = list(session.execute(select(FamilyMember).where(
        FamilyMember.case_id == case.id).order_by(FamilyMember.created_at)).scalars())
    member_names = {m.id: (_names(m.names)[0].full if m.names else "") for m in members}
    from app.db.models import Case as CaseRow

    own_numbers = {}
    own_ids = [m.own_case_id for m in members if m.own_case_id]
    if own_ids:
        own_numbers = dict(session.execute(select(CaseRow.id, CaseRow.number).where(
            CaseRow.id.in_(own_ids))).all())
    family = [FamilyMemberView(
        m.id, m.version, m.relation, _names(m.names), m.sex, _birth(m), m.whereabouts,
        m.included_in_petition, own_numbers.get(m.own_case_id, ""), m.notes) for m in members]
    documents = [DocumentView(
        d.id, d.version, d.doc_type, d.number, d.issuing_country, d.issuer, d.issued_on,
        d.expires_on, d.is_original, member_names.get(d.family_member_id, ""),
        d.family_member_id, d.notes)
        for d in session.execute(select(IdentityDocument).where(
            IdentityDocument.case_id == case.id).order_by(IdentityDocument.created_at)).scalars()]
    entries = [EntryView(e.id, e.version, e.crossed_on, e.place, e.irregular, e.from_country,
                         e.notes)
               for e in session.execute(select(EntryRecord).where(
                   EntryRecord.case_id == case.id).order_by(EntryRecord.created_at)).scalars()]
    proceedings = [ProceedingView(p.id, p.version, p.court, p.article, p.verdict_on, p.sentence,
                                  p.pretrial_detention_days, p.notes)
                   for p in session.execute(select(CriminalProceeding).where(
                       CriminalProceeding.case_id == case.id)
                       .order_by(CriminalProceeding.created_at)).scalars()]
    rulings = [RulingView(r.id, r.version, r.court, r.ruled_on, r.reference,
                          r.deportation_barred, r.summary)
               for r in session.execute(select(CourtRuling).where(
                   CourtRuling.case_id == case.id).order_by(CourtRuling.created_at)).scalars()]
    rep_row = session.execute(
        select(Representative, CaseRepresentative)
        .join(CaseRepresentative, CaseRepresentative.representative_id == Representative.id)
        .where(CaseRepresentative.case_id == case.id, CaseRepresentative.active)).first()
    representative = None
    if rep_row:
        rep, link = rep_row
        representative = RepresentativeView(
            rep.id, rep.full_name, rep.organisation, rep.licence_number, rep.phone, rep.email,
            link.power_of_attorney, link.power_of_attorney_on)
    certificates = [CertificateView(c.number, c.kind, c.issued_on, c.valid_to, c.state)
                    for c in session.execute(select(Certificate).where(
                        Certificate.case_id == case.id).order_by(Certificate.issued_on)).scalars()]
    drafts = list(session.execute(select(Draft.kind).where(
        Draft.case_id == case.id, Draft.user_id == actor.user_id)).scalars())
    result = CaseFile(
        id=case.id, number=case.number, status=case.status, version=case.version,
        officer=users.get(case.assigned_officer_id, ""), registered_on=case.registered_on,
        arrived_on=case.arrived_on, decision_due_on=case.decision_due_on,
        fingerprints_taken_on=case.fingerprints_taken_on,
        fingerprints_due_on=deadline_settings(session).fingerprints_due(case.registered_on),
        status_valid_from=case.status_valid_from, status_valid_to=case.status_valid_to,
        appeal_deadline=case.appeal_deadline, closed_on=case.closed_on,
        closure_reason=case.closure_reason, petition_language=case.petition_language,
        document_language=case.document_language, applicant=applicant, family=family,
        documents=documents, entries=entries, proceedings=proceedings, rulings=rulings,
        representative=representative, certificates=certificates,
        sensitive_loaded=False, drafts=drafts)
    if sensitive and allowed(actor.role, Action.VIEW_SENSITIVE):
        _load_sensitive(session, case.id, users, result)
        result.sensitive_loaded = True
        log_sensitive_view(uow, actor, case.id, list(CASE_FILE_PARTS))
    return result


def _load_sensitive(session, case_id: uuid.UUID, users: dict, result: CaseFile) -> None:
    interpreters = {i.id: i.full_name for i in session.execute(select(Interpreter)).scalars()}
    interviews = session.execute(select(Interview).where(Interview.case_id == case_id)
                                 .order_by(Interview.created_at)).scalars()
    result.interviews = [InterviewView(
        i.id, i.version, i.status, i.scheduled_at, i.started_at, i.ended_at, i.location,
        users.get(i.officer_id, ""), i.interpreter_id, interpreters.get(i.interpreter_id, ""),
        i.language, i.dialect, i.representative_present, i.attendees, i.demeanour_notes,
        i.read_back_done, i.applicant_signed, [QAView(e.question, e.answer) for e in i.entries])
        for i in interviews]
    claim = session.execute(select(Claim).where(Claim.case_id == case_id)).scalar()
    result.claim = (ClaimView(claim.id, claim.version, claim.summary, claim.actor_type,
                              claim.actor_description,
                              [GroundView(g.ground, g.nexus_note) for g in claim.grounds])
                    if claim else ClaimView(None, None, "", "unknown", "", []))
    incidents = [IncidentView(
        i.id, i.version, i.kind, i.actor, i.actor_type, i.started, i.ended, i.duration_days,
        i.place, i.description, i.family_member_id, [link.evidence_id for link in i.evidence_links])
        for i in session.execute(select(Incident).where(Incident.case_id == case_id)).scalars()]
    result.incidents = sorted(incidents, key=IncidentView.sort_key)
    result.evidence = [EvidenceView(
        e.id, e.version, e.kind, e.title, e.source, e.filename, e.mime_type, e.size_bytes,
        e.sha256, e.applicant_may_see, users.get(e.added_by_id, ""), e.created_at)
        for e in session.execute(select(Evidence).where(Evidence.case_id == case_id)
                                 .order_by(Evidence.created_at)).scalars()]
    result.returns = [ReturnView(ev.at, users.get(ev.actor_id, ""), ev.comment)
                      for ev in session.execute(
                          select(ApprovalEvent).join(Assessment)
                          .where(Assessment.case_id == case_id, ApprovalEvent.action == "return")
                          .order_by(ApprovalEvent.at)).scalars()]


def photo(uow: UnitOfWork, actor: Actor, number: str) -> tuple[bytes, str] | None:
    require(actor.role, Action.VIEW_IDENTITY)
    case = load_case(uow.session, number)
    a = case.applicant
    return (a.photo, a.photo_mime) if a.photo_mime else None


# ---------------------------------------------------------------------------
# history


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    username: str
    action: str
    entity: str
    old_values: str
    new_values: str


def case_history(uow: UnitOfWork, actor: Actor, number: str) -> list[HistoryEntry]:
    """The audit entries of one case, oldest first.

    Roles without access to sensitive sections see that such entries happened,
    not their values.
    """
    require(actor.role, Action.VIEW_IDENTITY)
    case = load_case(uow.session, number)
    see_all = allowed(actor.role, Action.VIEW_SENSITIVE)
    hidden = {"interview", "claim", "incident", "evidence", "assessment"}
    rows = uow.session.execute(select(AuditEntry).where(AuditEntry.case_id == case.id)
                               .order_by(AuditEntry.seq)).scalars()
    return [HistoryEntry(r.at, r.username, r.action, r.entity,
                         r.old_values if see_all or r.entity not in hidden else "",
                         r.new_values if see_all or r.entity not in hidden else "")
            for r in rows]
