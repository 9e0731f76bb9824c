"""The fixed vocabularies of the process.

Values are stable strings stored in the database and the exchange format;
labels are English source strings marked for translation (context "Vocab").
The UI shows every enum value through ``label()`` — one mapping, not many.
"""

from __future__ import annotations

from enum import StrEnum

from app.domain.i18n import QT_TRANSLATE_NOOP as _N


class Role(StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    CLERK = "clerk"
    ADMIN = "admin"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class Script(StrEnum):
    """Writing systems in which a name may be recorded."""

    KAZAKH_CYRILLIC = "kk-Cyrl"
    RUSSIAN_CYRILLIC = "ru-Cyrl"
    LATIN = "Latn"
    CHINESE = "Hans"
    ARABIC = "Arab"  # Uyghur Arabic script


class NameUse(StrEnum):
    OFFICIAL = "official"
    PASSPORT = "passport"
    ALIAS = "alias"
    PREVIOUS = "previous"


class Relation(StrEnum):
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    OTHER = "other"


class DocumentType(StrEnum):
    PASSPORT = "passport"
    NATIONAL_ID = "national_id"
    BIRTH_CERTIFICATE = "birth_certificate"
    RESIDENCE_PERMIT = "residence_permit"
    TRAVEL_DOCUMENT = "travel_document"
    OTHER = "other"


class Ground(StrEnum):
    """Convention grounds; Kazakh law also names citizenship."""

    RACE = "race"
    RELIGION = "religion"
    NATIONALITY = "nationality"
    CITIZENSHIP = "citizenship"
    SOCIAL_GROUP = "social_group"
    POLITICAL_OPINION = "political_opinion"


class ActorType(StrEnum):
    STATE = "state"
    NON_STATE = "non_state"
    BOTH = "both"
    UNKNOWN = "unknown"


class IncidentKind(StrEnum):
    DETENTION = "detention"
    CAMP = "camp"
    TORTURE = "torture"
    THREAT = "threat"
    SURVEILLANCE = "surveillance"
    FAMILY_TARGETED = "family_targeted"
    OTHER = "other"


class EvidenceKind(StrEnum):
    SCAN = "scan"
    PHOTO = "photo"
    COURT_PAPER = "court_paper"
    COUNTRY_REPORT = "country_report"
    MEDICAL = "medical"
    OTHER = "other"


class InterviewStatus(StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class Finding(StrEnum):
    """A credibility or fear finding."""

    ESTABLISHED = "established"
    PARTLY = "partly"
    NOT_ESTABLISHED = "not_established"
    NOT_ASSESSED = "not_assessed"


class Outcome(StrEnum):
    RECOGNISE = "recognise"
    REFUSE = "refuse"
    CLOSE = "close"


class AssessmentKind(StrEnum):
    STATUS = "status"
    EXTENSION = "extension"


class AssessmentState(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    APPROVED = "approved"


class ApprovalAction(StrEnum):
    SUBMIT = "submit"
    RETURN = "return"
    APPROVE = "approve"


class ServiceMethod(StrEnum):
    """How a decision was served."""

    IN_PERSON = "in_person"
    POST = "post"
    REPRESENTATIVE = "representative"
    ELECTRONIC = "electronic"


class CertificateKind(StrEnum):
    ASYLUM_SEEKER = "asylum_seeker"
    REFUGEE = "refugee"


class CertificateState(StrEnum):
    VALID = "valid"
    VOID = "void"
    REPLACED = "replaced"


class StatusEndKind(StrEnum):
    EXPIRY = "expiry"
    CESSATION = "cessation"
    REVOCATION = "revocation"


class AppealOutcome(StrEnum):
    PENDING = "pending"
    UPHELD = "upheld"  # refusal upheld: the appeal failed
    SUCCESSFUL = "successful"  # refusal set aside: the case is reopened
    WITHDRAWN = "withdrawn"


class ClosureReason(StrEnum):
    WITHDRAWN = "withdrawn"
    ABANDONED = "abandoned"
    FINAL_REFUSAL = "final_refusal"
    STATUS_ENDED = "status_ended"
    DECISION_CLOSED = "decision_closed"


class IssuedDocumentType(StrEnum):
    RECEIPT = "receipt"
    INTERVIEW_RECORD = "interview_record"
    DECISION_LETTER = "decision_letter"
    REFUGEE_CERTIFICATE = "refugee_certificate"
    ASYLUM_SEEKER_CERTIFICATE = "asylum_seeker_certificate"


_LABELS: dict[object, str] = {
    Role.OFFICER: _N("Vocab", "Officer"),
    Role.SUPERVISOR: _N("Vocab", "Supervisor"),
    Role.CLERK: _N("Vocab", "Clerk"),
    Role.ADMIN: _N("Vocab", "Administrator"),
    Sex.FEMALE: _N("Vocab", "Female"),
    Sex.MALE: _N("Vocab", "Male"),
    Sex.OTHER: _N("Vocab", "Other"),
    Sex.UNKNOWN: _N("Vocab", "Unknown"),
    Ground.RACE: _N("Vocab", "Race"),
    Ground.RELIGION: _N("Vocab", "Religion"),
    Ground.NATIONALITY: _N("Vocab", "Nationality"),
    Ground.CITIZENSHIP: _N("Vocab", "Citizenship"),
    Ground.SOCIAL_GROUP: _N("Vocab", "Membership of a particular social group"),
    Ground.POLITICAL_OPINION: _N("Vocab", "Political opinion"),
    Outcome.RECOGNISE: _N("Vocab", "Recognise as refugee"),
    Outcome.REFUSE: _N("Vocab", "Refuse"),
    Outcome.CLOSE: _N("Vocab", "Close the file"),
}


def label(value: object) -> str:
    """English source label of an enum value (translate it in context "Vocab")."""
    found = _LABELS.get(value)
    if found is not None:
        return found
    text = str(getattr(value, "value", value))
    return text.replace("_", " ").capitalize()
