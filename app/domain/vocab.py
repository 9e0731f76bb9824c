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


class DocType(StrEnum):
    """The kinds of document the commission prints and registers."""

    RECEIPT = "receipt"  # receipt of petition / asylum-seeker certificate
    INTERVIEW = "interview"  # interview record for read-back and signatures
    LETTER = "letter"  # decision letter
    CERTIFICATE = "certificate"  # refugee certificate


class Verification(StrEnum):
    """What checking a certificate's number and code finds."""

    VALID = "valid"
    EXPIRED = "expired"
    REPLACED = "replaced"
    VOID = "void"
    UNKNOWN = "unknown"  # no certificate has this number and code


class LetterKind(StrEnum):
    RECOGNITION = "recognition"  # recognised as a refugee
    REFUSAL = "refusal"  # refused refugee status
    EXTENSION = "extension"  # refugee status extended
    EXTENSION_REFUSAL = "extension_refusal"  # extension refused
    TERMINATION = "termination"  # examination terminated (decision outcome "close")
    CESSATION = "cessation"  # refugee status ceased
    REVOCATION = "revocation"  # refugee status revoked


_LABEL_LIST: list[tuple[object, str]] = [
    (Role.OFFICER, _N("Vocab", "Officer")),
    (Role.SUPERVISOR, _N("Vocab", "Supervisor")),
    (Role.CLERK, _N("Vocab", "Clerk")),
    (Role.ADMIN, _N("Vocab", "Administrator")),
    (Sex.FEMALE, _N("Vocab", "Female")),
    (Sex.MALE, _N("Vocab", "Male")),
    (Sex.OTHER, _N("Vocab", "Other")),
    (Sex.UNKNOWN, _N("Vocab", "Unknown")),
    (Ground.RACE, _N("Vocab", "Race")),
    (Ground.RELIGION, _N("Vocab", "Religion")),
    (Ground.NATIONALITY, _N("Vocab", "Nationality")),
    (Ground.CITIZENSHIP, _N("Vocab", "Citizenship")),
    (Ground.SOCIAL_GROUP, _N("Vocab", "Membership of a particular social group")),
    (Ground.POLITICAL_OPINION, _N("Vocab", "Political opinion")),
    (Script.KAZAKH_CYRILLIC, _N("Vocab", "Kazakh (Cyrillic)")),
    (Script.RUSSIAN_CYRILLIC, _N("Vocab", "Russian (Cyrillic)")),
    (Script.LATIN, _N("Vocab", "Latin")),
    (Script.CHINESE, _N("Vocab", "Chinese characters")),
    (Script.ARABIC, _N("Vocab", "Arabic script")),
    (NameUse.OFFICIAL, _N("Vocab", "Official")),
    (NameUse.PASSPORT, _N("Vocab", "As in passport")),
    (NameUse.ALIAS, _N("Vocab", "Also known as")),
    (NameUse.PREVIOUS, _N("Vocab", "Previous name")),
    (DocumentType.PASSPORT, _N("Vocab", "Passport")),
    (DocumentType.NATIONAL_ID, _N("Vocab", "National ID card")),
    (DocumentType.BIRTH_CERTIFICATE, _N("Vocab", "Birth certificate")),
    (DocumentType.RESIDENCE_PERMIT, _N("Vocab", "Residence permit")),
    (DocumentType.TRAVEL_DOCUMENT, _N("Vocab", "Travel document")),
    (DocumentType.OTHER, _N("Vocab", "Other document")),
    (Relation.SPOUSE, _N("Vocab", "Spouse")),
    (Relation.CHILD, _N("Vocab", "Child")),
    (Relation.PARENT, _N("Vocab", "Parent")),
    (Relation.SIBLING, _N("Vocab", "Sibling")),
    (Relation.OTHER, _N("Vocab", "Other relative")),
    (ActorType.STATE, _N("Vocab", "State")),
    (ActorType.NON_STATE, _N("Vocab", "Non-state")),
    (ActorType.BOTH, _N("Vocab", "State and non-state")),
    (ActorType.UNKNOWN, _N("Vocab", "Unknown")),
    (IncidentKind.DETENTION, _N("Vocab", "Detention")),
    (IncidentKind.CAMP, _N("Vocab", "Camp (“re-education”)")),
    (IncidentKind.TORTURE, _N("Vocab", "Torture or ill-treatment")),
    (IncidentKind.THREAT, _N("Vocab", "Threats")),
    (IncidentKind.SURVEILLANCE, _N("Vocab", "Surveillance")),
    (IncidentKind.FAMILY_TARGETED, _N("Vocab", "Family members targeted")),
    (IncidentKind.OTHER, _N("Vocab", "Other")),
    (EvidenceKind.SCAN, _N("Vocab", "Scanned document")),
    (EvidenceKind.PHOTO, _N("Vocab", "Photograph")),
    (EvidenceKind.COURT_PAPER, _N("Vocab", "Court paper")),
    (EvidenceKind.COUNTRY_REPORT, _N("Vocab", "Country-of-origin report")),
    (EvidenceKind.MEDICAL, _N("Vocab", "Medical report")),
    (EvidenceKind.OTHER, _N("Vocab", "Other")),
    (InterviewStatus.SCHEDULED, _N("Vocab", "Scheduled")),
    (InterviewStatus.HELD, _N("Vocab", "Held")),
    (InterviewStatus.NO_SHOW, _N("Vocab", "Did not come")),
    (InterviewStatus.CANCELLED, _N("Vocab", "Cancelled")),
    (CertificateKind.ASYLUM_SEEKER, _N("Vocab", "Asylum-seeker certificate")),
    (CertificateKind.REFUGEE, _N("Vocab", "Refugee certificate")),
    (DocType.RECEIPT, _N("Vocab", "Receipt / asylum-seeker certificate")),
    (DocType.INTERVIEW, _N("Vocab", "Interview record")),
    (DocType.LETTER, _N("Vocab", "Decision letter")),
    (DocType.CERTIFICATE, _N("Vocab", "Refugee certificate")),
    (LetterKind.RECOGNITION, _N("Vocab", "Recognition as a refugee")),
    (LetterKind.REFUSAL, _N("Vocab", "Refusal of refugee status")),
    (LetterKind.EXTENSION, _N("Vocab", "Extension of refugee status")),
    (LetterKind.EXTENSION_REFUSAL, _N("Vocab", "Refusal to extend refugee status")),
    (LetterKind.TERMINATION, _N("Vocab", "Termination of the examination")),
    (LetterKind.CESSATION, _N("Vocab", "Cessation of refugee status")),
    (LetterKind.REVOCATION, _N("Vocab", "Revocation of refugee status")),
    (Verification.VALID, _N("Vocab", "Valid")),
    (Verification.EXPIRED, _N("Vocab", "Expired")),
    (Verification.REPLACED, _N("Vocab", "Replaced by a newer certificate")),
    (Verification.VOID, _N("Vocab", "Void")),
    (Verification.UNKNOWN, _N("Vocab", "Not genuine: no certificate has this number and code")),
    (CertificateState.VALID, _N("Vocab", "Valid")),
    (CertificateState.VOID, _N("Vocab", "Void")),
    (CertificateState.REPLACED, _N("Vocab", "Replaced")),
    (AssessmentKind.STATUS, _N("Vocab", "Refugee status")),
    (AssessmentKind.EXTENSION, _N("Vocab", "Extension of status")),
    (AssessmentState.DRAFT, _N("Vocab", "Draft")),
    (AssessmentState.SUBMITTED, _N("Vocab", "Submitted for approval")),
    (AssessmentState.RETURNED, _N("Vocab", "Returned with comments")),
    (AssessmentState.APPROVED, _N("Vocab", "Approved")),
    (ApprovalAction.SUBMIT, _N("Vocab", "Submitted for approval")),
    (ApprovalAction.RETURN, _N("Vocab", "Returned with comments")),
    (ApprovalAction.APPROVE, _N("Vocab", "Approved")),
    (Finding.ESTABLISHED, _N("Vocab", "Established")),
    (Finding.PARTLY, _N("Vocab", "Partly established")),
    (Finding.NOT_ESTABLISHED, _N("Vocab", "Not established")),
    (Finding.NOT_ASSESSED, _N("Vocab", "Not yet assessed")),
    (ServiceMethod.IN_PERSON, _N("Vocab", "Handed over in person")),
    (ServiceMethod.POST, _N("Vocab", "By post")),
    (ServiceMethod.REPRESENTATIVE, _N("Vocab", "Through the representative")),
    (ServiceMethod.ELECTRONIC, _N("Vocab", "Electronically")),
    (StatusEndKind.EXPIRY, _N("Vocab", "Expiry")),
    (StatusEndKind.CESSATION, _N("Vocab", "Cessation")),
    (StatusEndKind.REVOCATION, _N("Vocab", "Revocation")),
    (AppealOutcome.PENDING, _N("Vocab", "Pending")),
    (AppealOutcome.UPHELD, _N("Vocab", "Refusal upheld")),
    (AppealOutcome.SUCCESSFUL, _N("Vocab", "Appeal successful")),
    (AppealOutcome.WITHDRAWN, _N("Vocab", "Appeal withdrawn")),
    (ClosureReason.WITHDRAWN, _N("Vocab", "Petition withdrawn")),
    (ClosureReason.ABANDONED, _N("Vocab", "Abandoned")),
    (ClosureReason.FINAL_REFUSAL, _N("Vocab", "Final refusal")),
    (ClosureReason.STATUS_ENDED, _N("Vocab", "Status ended")),
    (ClosureReason.DECISION_CLOSED, _N("Vocab", "Examination terminated")),
    (Outcome.RECOGNISE, _N("Vocab", "Recognise as refugee")),
    (Outcome.REFUSE, _N("Vocab", "Refuse")),
    (Outcome.CLOSE, _N("Vocab", "Close the file")),
]


# StrEnum members with the same stored value compare equal ("withdrawn" is both a
# closure reason and an appeal outcome), so labels are keyed by (enum, value).
_LABELS: dict[tuple[type, str], str] = {}


def _key(value: object) -> tuple[type, str]:
    return (type(value), str(getattr(value, "value", value)))


_LABELS.update({_key(member): text for member, text in _LABEL_LIST})


def label(value: object) -> str:
    """English source label of an enum value (translate it in context "Vocab")."""
    found = _LABELS.get(_key(value))
    if found is not None:
        return found
    text = str(getattr(value, "value", value))
    return text.replace("_", " ").capitalize()
