"""The case file as tables.

Every table has a UUID key. Rows that people edit carry ``version`` for
optimistic locking (``Versioned``). Enumerations are stored as their string
values (``app.domain.vocab``); the domain validates them before a write, and
CHECK constraints guard the ones whose breach would corrupt the process.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base, UUIDPrimaryKey, Versioned, utcnow

# --------------------------------------------------------------------------
# Accounts and settings


class User(UUIDPrimaryKey, Versioned, Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str] = mapped_column(String(8), default="ru")
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    password_changed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        CheckConstraint("role IN ('officer','supervisor','clerk','admin')", name="role"),
    )


class CommissionProfile(UUIDPrimaryKey, Versioned, Base):
    """The one commission this database belongs to."""

    __tablename__ = "commission_profile"

    name: Mapped[str] = mapped_column(String(300))
    region_code: Mapped[str] = mapped_column(String(5))
    address: Mapped[str] = mapped_column(Text, default="")
    signatory_name: Mapped[str] = mapped_column(String(200), default="")
    signatory_title: Mapped[str] = mapped_column(String(200), default="")
    letterhead: Mapped[bytes | None] = mapped_column(LargeBinary)
    letterhead_mime: Mapped[str | None] = mapped_column(String(64))
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)


class Setting(Versioned, Base):
    """A commission setting (deadline periods, limits); values are JSON text."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CaseSequence(Base):
    """The last sequence number given per region and year; never goes back."""

    __tablename__ = "case_sequences"

    region_code: Mapped[str] = mapped_column(String(5), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class LegalBasis(UUIDPrimaryKey, Versioned, Base):
    """A configurable article of law that a decision may rest on."""

    __tablename__ = "legal_bases"

    code: Mapped[str] = mapped_column(String(50), unique=True)
    title: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


# --------------------------------------------------------------------------
# Reference people


class Representative(UUIDPrimaryKey, Versioned, Base):
    """A lawyer or other representative, reused across cases."""

    __tablename__ = "representatives"

    full_name: Mapped[str] = mapped_column(String(300))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    licence_number: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")


class Interpreter(UUIDPrimaryKey, Versioned, Base):
    __tablename__ = "interpreters"

    full_name: Mapped[str] = mapped_column(String(300))
    languages: Mapped[str] = mapped_column(String(300), default="")  # e.g. "ug, kk, ru"
    gender: Mapped[str] = mapped_column(String(16), default="unknown")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")


# --------------------------------------------------------------------------
# The case and the people in it


class Case(UUIDPrimaryKey, Versioned, Base):
    __tablename__ = "cases"

    number: Mapped[str] = mapped_column(String(20), unique=True)
    status: Mapped[str] = mapped_column(String(32), index=True)
    assigned_officer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id"), index=True)
    registered_on: Mapped[date] = mapped_column(Date, index=True)
    arrived_on: Mapped[date | None] = mapped_column(Date)
    petition_language: Mapped[str] = mapped_column(String(8), default="kk")
    document_language: Mapped[str] = mapped_column(String(8), default="kk+ru")
    fingerprints_taken_on: Mapped[date | None] = mapped_column(Date)
    decision_due_on: Mapped[date] = mapped_column(Date, index=True)
    deadline_extension_reason: Mapped[str] = mapped_column(Text, default="")
    status_valid_from: Mapped[date | None] = mapped_column(Date)
    status_valid_to: Mapped[date | None] = mapped_column(Date, index=True)
    appeal_deadline: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    closure_reason: Mapped[str | None] = mapped_column(String(32))
    notes: Mapped[str] = mapped_column(Text, default="")

    applicant: Mapped[Applicant] = relationship(back_populates="case", uselist=False)

    __table_args__ = (
        CheckConstraint(
            "status IN ('registered','interview_scheduled','under_assessment',"
            "'pending_approval','decided','granted','extension_requested',"
            "'extension_pending_approval','refused','appeal_lodged','closed')",
            name="status"),
    )


class Applicant(UUIDPrimaryKey, Versioned, Base):
    """The principal applicant of a case."""

    __tablename__ = "applicants"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), unique=True)
    sex: Mapped[str] = mapped_column(String(16), default="unknown")
    # A birth date may be partial (year, or year and month) or an estimate.
    birth_year: Mapped[int | None] = mapped_column(Integer)
    birth_month: Mapped[int | None] = mapped_column(Integer)
    birth_day: Mapped[int | None] = mapped_column(Integer)
    birth_estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    place_of_birth: Mapped[str] = mapped_column(String(300), default="")
    stateless: Mapped[bool] = mapped_column(Boolean, default=False)
    citizenships: Mapped[str] = mapped_column(String(100), default="")  # ISO 3166 alpha-3, comma separated
    ethnicity: Mapped[str] = mapped_column(String(100), default="")
    religion: Mapped[str] = mapped_column(String(100), default="")
    languages: Mapped[str] = mapped_column(String(200), default="")  # ISO 639-1, comma separated
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    photo_mime: Mapped[str | None] = mapped_column(String(64))
    consent_given: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_on: Mapped[date | None] = mapped_column(Date)

    case: Mapped[Case] = relationship(back_populates="applicant")
    names: Mapped[list[PersonName]] = relationship(
        order_by="PersonName.position", cascade="all, delete-orphan",
        primaryjoin="PersonName.applicant_id == Applicant.id")


# The statistics (app/services/statistics.py) read every case's status, dates, officer and
# office, and its applicant's citizenship and ethnicity, from these two indexes alone: both
# in case-id order, so joining them walks each once instead of reading a table page per
# case (at a million cases, seconds instead of half a minute).
Index("ix_cases_statistics", Case.id, Case.status, Case.registered_on,
      Case.assigned_officer_id, Case.number)
Index("ix_applicants_statistics", Applicant.case_id, Applicant.citizenships,
      Applicant.ethnicity)


class FamilyMember(UUIDPrimaryKey, Versioned, Base):
    """A relative of the principal applicant; may have a case of their own."""

    __tablename__ = "family_members"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    relation: Mapped[str] = mapped_column(String(16))
    sex: Mapped[str] = mapped_column(String(16), default="unknown")
    birth_year: Mapped[int | None] = mapped_column(Integer)
    birth_month: Mapped[int | None] = mapped_column(Integer)
    birth_day: Mapped[int | None] = mapped_column(Integer)
    birth_estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    whereabouts: Mapped[str] = mapped_column(String(300), default="")
    included_in_petition: Mapped[bool] = mapped_column(Boolean, default=False)
    own_case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"))
    notes: Mapped[str] = mapped_column(Text, default="")

    names: Mapped[list[PersonName]] = relationship(
        order_by="PersonName.position", cascade="all, delete-orphan",
        primaryjoin="PersonName.family_member_id == FamilyMember.id")


class PersonName(UUIDPrimaryKey, Base):
    """One written form of a person's name, in one script."""

    __tablename__ = "person_names"

    applicant_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("applicants.id", ondelete="CASCADE"), index=True)
    family_member_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("family_members.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    script: Mapped[str] = mapped_column(String(8))
    use: Mapped[str] = mapped_column(String(16), default="official")
    surname: Mapped[str] = mapped_column(String(200), default="")
    given_names: Mapped[str] = mapped_column(String(200), default="")
    patronymic: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        CheckConstraint(
            "(applicant_id IS NULL) <> (family_member_id IS NULL)", name="one_owner"),
    )


class IdentityDocument(UUIDPrimaryKey, Versioned, Base):
    __tablename__ = "identity_documents"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    family_member_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("family_members.id"))
    doc_type: Mapped[str] = mapped_column(String(32))
    number: Mapped[str] = mapped_column(String(100))
    number_key: Mapped[str] = mapped_column(String(100), index=True)
    issuing_country: Mapped[str] = mapped_column(String(3), default="")
    issuer: Mapped[str] = mapped_column(String(300), default="")
    issued_on: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    is_original: Mapped[bool] = mapped_column(Boolean, default=False)
    scan_evidence_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("evidence.id"))
    notes: Mapped[str] = mapped_column(Text, default="")


class EntryRecord(UUIDPrimaryKey, Versioned, Base):
    """How and where the applicant crossed into the country."""

    __tablename__ = "entry_records"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    crossed_on: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(300), default="")
    irregular: Mapped[bool] = mapped_column(Boolean, default=True)
    from_country: Mapped[str] = mapped_column(String(3), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class CriminalProceeding(UUIDPrimaryKey, Versioned, Base):
    __tablename__ = "criminal_proceedings"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    court: Mapped[str] = mapped_column(String(300), default="")
    article: Mapped[str] = mapped_column(String(100), default="")
    verdict_on: Mapped[date | None] = mapped_column(Date)
    sentence: Mapped[str] = mapped_column(String(300), default="")
    pretrial_detention_days: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class CourtRuling(UUIDPrimaryKey, Versioned, Base):
    """A court ruling on deportation or extradition."""

    __tablename__ = "court_rulings"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    court: Mapped[str] = mapped_column(String(300), default="")
    ruled_on: Mapped[date | None] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(100), default="")
    deportation_barred: Mapped[bool] = mapped_column(Boolean, default=True)
    summary: Mapped[str] = mapped_column(Text, default="")


class CaseRepresentative(UUIDPrimaryKey, Versioned, Base):
    """A representative acting in one case, with the power of attorney."""

    __tablename__ = "case_representatives"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    representative_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("representatives.id"))
    power_of_attorney: Mapped[str] = mapped_column(String(200), default="")
    power_of_attorney_on: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (UniqueConstraint("case_id", "representative_id", name="uq_case_rep"),)


# --------------------------------------------------------------------------
# Interviews


class Interview(UUIDPrimaryKey, Versioned, Base):
    __tablename__ = "interviews"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="scheduled")
    scheduled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    location: Mapped[str] = mapped_column(String(300), default="")
    officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    interpreter_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("interpreters.id"))
    language: Mapped[str] = mapped_column(String(16), default="")
    dialect: Mapped[str] = mapped_column(String(100), default="")
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    representative_present: Mapped[bool] = mapped_column(Boolean, default=False)
    attendees: Mapped[str] = mapped_column(Text, default="")
    demeanour_notes: Mapped[str] = mapped_column(Text, default="")
    read_back_done: Mapped[bool] = mapped_column(Boolean, default=False)
    applicant_signed: Mapped[bool] = mapped_column(Boolean, default=False)

    entries: Mapped[list[InterviewEntry]] = relationship(
        order_by="InterviewEntry.position", cascade="all, delete-orphan")

    __table_args__ = (
        CheckConstraint("status IN ('scheduled','held','no_show','cancelled')", name="status"),
        CheckConstraint("ended_at IS NULL OR started_at IS NULL OR ended_at >= started_at",
                        name="times"),
    )


class InterviewEntry(UUIDPrimaryKey, Base):
    """One question and its answer, in order."""

    __tablename__ = "interview_entries"

    interview_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    question: Mapped[str] = mapped_column(Text, default="")
    answer: Mapped[str] = mapped_column(Text, default="")


class Draft(UUIDPrimaryKey, Base):
    """Unsaved work kept by autosave (encrypted like everything else)."""

    __tablename__ = "drafts"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"))
    kind: Mapped[str] = mapped_column(String(32))
    target_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    payload: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


# --------------------------------------------------------------------------
# Claim, incidents, evidence


class Claim(UUIDPrimaryKey, Versioned, Base):
    """The persecution claim of a case."""

    __tablename__ = "claims"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), unique=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    actor_type: Mapped[str] = mapped_column(String(16), default="unknown")
    actor_description: Mapped[str] = mapped_column(Text, default="")

    grounds: Mapped[list[ClaimGround]] = relationship(cascade="all, delete-orphan")


class ClaimGround(UUIDPrimaryKey, Base):
    __tablename__ = "claim_grounds"

    claim_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    ground: Mapped[str] = mapped_column(String(32))
    nexus_note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("claim_id", "ground", name="uq_claim_ground"),)


class Incident(UUIDPrimaryKey, Versioned, Base):
    __tablename__ = "incidents"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(300), default="")
    actor_type: Mapped[str] = mapped_column(String(16), default="unknown")
    # Partial dates as text (see PartialDate): "2018", "2018-03", "2018-03-14~".
    started: Mapped[str] = mapped_column(String(16), default="")
    ended: Mapped[str] = mapped_column(String(16), default="")
    duration_days: Mapped[int | None] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    family_member_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("family_members.id"))

    evidence_links: Mapped[list[IncidentEvidence]] = relationship(cascade="all, delete-orphan")


class Evidence(UUIDPrimaryKey, Versioned, Base):
    """An attachment's description; the bytes live in ``evidence_contents``."""

    __tablename__ = "evidence"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(300))
    source: Mapped[str] = mapped_column(String(300), default="")
    filename: Mapped[str] = mapped_column(String(300), default="")
    mime_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    applicant_may_see: Mapped[bool] = mapped_column(Boolean, default=True)
    added_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (CheckConstraint("size_bytes >= 0", name="size"),)


class EvidenceContent(Base):
    __tablename__ = "evidence_contents"

    evidence_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class IncidentEvidence(Base):
    __tablename__ = "incident_evidence"

    incident_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True)
    evidence_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True)


# --------------------------------------------------------------------------
# Assessment, approval, decision and what follows


class Assessment(UUIDPrimaryKey, Versioned, Base):
    """The officer's structured assessment and recommended outcome (a draft decision)."""

    __tablename__ = "assessments"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="status")
    state: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    drafted_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    internal_consistency: Mapped[str] = mapped_column(String(16), default="not_assessed")
    internal_consistency_note: Mapped[str] = mapped_column(Text, default="")
    coi_consistency: Mapped[str] = mapped_column(String(16), default="not_assessed")
    coi_consistency_note: Mapped[str] = mapped_column(Text, default="")
    plausibility: Mapped[str] = mapped_column(String(16), default="not_assessed")
    plausibility_note: Mapped[str] = mapped_column(Text, default="")
    well_founded_fear: Mapped[str] = mapped_column(String(16), default="not_assessed")
    well_founded_fear_note: Mapped[str] = mapped_column(Text, default="")
    exclusion_applies: Mapped[bool] = mapped_column(Boolean, default=False)
    exclusion_note: Mapped[str] = mapped_column(Text, default="")
    recommended_outcome: Mapped[str | None] = mapped_column(String(16))
    legal_basis_code: Mapped[str] = mapped_column(String(50), default="")
    reasons: Mapped[str] = mapped_column(Text, default="")
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    grounds: Mapped[list[AssessmentGround]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (
        CheckConstraint("state IN ('draft','submitted','returned','approved')", name="state"),
        CheckConstraint("kind IN ('status','extension')", name="kind"),
    )


class AssessmentGround(UUIDPrimaryKey, Base):
    __tablename__ = "assessment_grounds"

    assessment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    ground: Mapped[str] = mapped_column(String(32))
    nexus_note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("assessment_id", "ground", name="uq_assessment_ground"),)


class ApprovalEvent(UUIDPrimaryKey, Base):
    """A submission, return (with its comment) or approval; kept for ever."""

    __tablename__ = "approval_events"

    assessment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assessments.id"), index=True)
    action: Mapped[str] = mapped_column(String(16))
    actor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    comment: Mapped[str] = mapped_column(Text, default="")


class Decision(UUIDPrimaryKey, Versioned, Base):
    """An approved decision. Four eyes: the approver is never the drafter."""

    __tablename__ = "decisions"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    assessment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assessments.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(String(16))
    legal_basis_code: Mapped[str] = mapped_column(String(50), default="")
    decided_on: Mapped[date] = mapped_column(Date, index=True)
    drafted_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    approved_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        CheckConstraint("approved_by_id <> drafted_by_id", name="four_eyes"),
        CheckConstraint("outcome IN ('recognise','refuse','close')", name="outcome"),
    )


class Notification(UUIDPrimaryKey, Versioned, Base):
    __tablename__ = "notifications"

    decision_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("decisions.id"), unique=True)
    served_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(16))
    served_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    appeal_deadline: Mapped[date | None] = mapped_column(Date)


class Certificate(UUIDPrimaryKey, Versioned, Base):
    """An asylum-seeker or refugee certificate."""

    __tablename__ = "certificates"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    # Indexed: the print queue asks, per decision, whether a certificate exists.
    decision_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("decisions.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    number: Mapped[str] = mapped_column(String(40), unique=True)
    issued_on: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date] = mapped_column(Date, index=True)
    state: Mapped[str] = mapped_column(String(16), default="valid")
    # A random code printed (and in the QR) with the number; checked against this table,
    # it proves the paper genuine without carrying personal data.
    verification_code: Mapped[str] = mapped_column(String(32))
    replaced_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("certificates.id"))
    void_reason: Mapped[str] = mapped_column(Text, default="")
    issued_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (
        CheckConstraint("state IN ('valid','void','replaced')", name="state"),
        CheckConstraint("valid_to >= issued_on", name="validity"),
    )


class ExtensionApplication(UUIDPrimaryKey, Versioned, Base):
    __tablename__ = "extension_applications"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    applied_on: Mapped[date] = mapped_column(Date)
    assessment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("assessments.id"))


class StatusEnd(UUIDPrimaryKey, Base):
    """Expiry, cessation or revocation of a granted status."""

    __tablename__ = "status_ends"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    ended_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))


class Appeal(UUIDPrimaryKey, Versioned, Base):
    __tablename__ = "appeals"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    decision_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("decisions.id"))
    lodged_on: Mapped[date] = mapped_column(Date)
    deadline: Mapped[date | None] = mapped_column(Date)
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    court: Mapped[str] = mapped_column(String(300), default="")
    reference: Mapped[str] = mapped_column(String(100), default="")
    outcome: Mapped[str] = mapped_column(String(16), default="pending")
    outcome_on: Mapped[date | None] = mapped_column(Date)


class CaseClosure(UUIDPrimaryKey, Base):
    """A closure or reopening of a case, with its reason."""

    __tablename__ = "case_closures"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    action: Mapped[str] = mapped_column(String(8))  # close | reopen
    reason: Mapped[str] = mapped_column(String(32), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    on_date: Mapped[date] = mapped_column(Date)
    by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (CheckConstraint("action IN ('close','reopen')", name="action"),)


class IssuedDocument(UUIDPrimaryKey, Base):
    """The register of every printed letter, receipt, interview record and certificate.

    One row per paper handed out; a reprint is a row of its own pointing at the
    first (``duplicate_of_id``). Exactly what was printed is identified by the hash
    of the PDF bytes.
    """

    __tablename__ = "issued_documents"

    register_number: Mapped[str] = mapped_column(String(40), unique=True)
    doc_type: Mapped[str] = mapped_column(String(32))
    what: Mapped[str] = mapped_column(String(32), default="")  # letter kind, certificate kind
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    certificate_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("certificates.id"), index=True)
    decision_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("decisions.id"), index=True)
    # Indexed: the print queue asks, per interview or status end, whether a paper exists.
    interview_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("interviews.id"),
                                                           index=True)
    status_end_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("status_ends.id"),
                                                            index=True)
    language: Mapped[str] = mapped_column(String(8))
    issued_on: Mapped[date] = mapped_column(Date)  # the date printed on the paper
    issued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    issued_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    handed_to: Mapped[str] = mapped_column(String(300), default="")
    handed_over_on: Mapped[date | None] = mapped_column(Date)
    duplicate_of_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("issued_documents.id"))
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    voided_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    content_sha256: Mapped[str] = mapped_column(String(64), default="")

    __table_args__ = (
        CheckConstraint("doc_type IN ('receipt','interview','letter','certificate')",
                        name="doc_type"),
        CheckConstraint("language IN ('kk','ru','en','kk+ru')", name="language"),
    )


class DocumentSequence(Base):
    """Last register number given per document prefix and year."""

    __tablename__ = "document_sequences"

    prefix: Mapped[str] = mapped_column(String(16), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


# --------------------------------------------------------------------------
# Audit


class AuditEntry(UUIDPrimaryKey, Base):
    """Who did what, when, with old and new values; hash-chained in ``seq`` order."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    username: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64), default="")
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    case_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    old_values: Mapped[str] = mapped_column(Text, default="")
    new_values: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


Index("ix_audit_log_at", AuditEntry.at)


class AuditHead(Base):
    """The chain's last entry, sealed with the audit key: entries cut from the end show.

    One row (id 1), rewritten with every entry in the same transaction.
    """

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    seal: Mapped[str] = mapped_column(String(64))


class DuplicateCheck(UUIDPrimaryKey, Base):
    """An officer's answer to a possible-duplicate warning when registering a petition."""

    __tablename__ = "duplicate_checks"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    candidate_case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"))
    score: Mapped[int] = mapped_column(Integer)
    reasons: Mapped[str] = mapped_column(String(200))
    decision: Mapped[str] = mapped_column(String(32), default="different_person")
    decided_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    __table_args__ = (
        CheckConstraint("decision IN ('different_person')", name="decision"),
    )


# --------------------------------------------------------------------------
# The commission server and its laptops (issue 11)


class ServerKeys(Base):
    """A server's key slots (what ``pana.keys`` holds for an embedded store): one row."""

    __tablename__ = "server_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[str] = mapped_column(Text)


class Checkout(UUIDPrimaryKey, Versioned, Base):
    """A case (or a quota of new petitions) taken to a laptop to work on offline.

    On the server, an ``out`` case can be read by everyone and changed by nobody until it
    is checked in or released. The laptop keeps a copy of the row (same id) with the
    case as it was when it left (``base_document``), which check-in compares against.
    """

    __tablename__ = "checkouts"
    __table_args__ = (
        Index("uq_checkouts_case_out", "case_id", unique=True,
              sqlite_where=text("state = 'out'"), postgresql_where=text("state = 'out'")),
    )

    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # "case" | "quota"
    device_id: Mapped[str] = mapped_column(String(64), index=True)
    device_name: Mapped[str] = mapped_column(String(100))
    #: The laptop's public keys (signing, encryption), base64: files it sends are checked
    #: against them, files sent to it are encrypted for it.
    device_key: Mapped[str] = mapped_column(String(200), default="")
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    out_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    due_on: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(16), default="out")  # out|returned|released
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    closed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    base_digest: Mapped[str] = mapped_column(String(64), default="")
    base_document: Mapped[str] = mapped_column(Text, default="")
    quota: Mapped[int] = mapped_column(Integer, default=0)
    quota_used: Mapped[int] = mapped_column(Integer, default=0)


class CaseVersion(UUIDPrimaryKey, Base):
    """A whole case as one side had it at check-in: both versions stay in the history."""

    __tablename__ = "case_versions"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    checkout_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("checkouts.id"))
    kind: Mapped[str] = mapped_column(String(16))  # "server" | "laptop" | "merged"
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    digest: Mapped[str] = mapped_column(String(64))
    document: Mapped[str] = mapped_column(Text)
