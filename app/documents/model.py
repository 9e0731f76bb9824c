"""What a printed document says: plain, frozen data, gathered by the services.

The renderer (``app.documents.render``) turns one of these into PDF bytes in a
language; it never touches the database. Everything a document prints is in
here, so the same value always prints the same bytes. Text is as the user
typed it: the renderer escapes it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from app.domain.dates import PartialDate
from app.domain.vocab import DocType, LetterKind

#: The languages a document is printed in; "kk+ru" prints Kazakh and Russian.
LANGUAGES = ("kk", "ru", "en", "kk+ru")


@dataclass(frozen=True)
class Commission:
    """The issuing commission. Texts that differ by language are keyed "kk", "ru", "en";
    a language missing from a mapping falls back to "ru", then to any text there is."""

    name: Mapping[str, str]
    region_code: str
    address: Mapping[str, str] = field(default_factory=dict)
    signatory_name: str = ""
    signatory_title: Mapping[str, str] = field(default_factory=dict)
    letterhead: bytes | None = None  # PNG or JPEG logo for the letterhead
    appeal_court: Mapping[str, str] = field(default_factory=dict)  # the court hearing appeals


@dataclass(frozen=True)
class NameForm:
    """One written form of a name; ``script`` is a vocab.Script value."""

    script: str
    surname: str = ""
    given_names: str = ""
    patronymic: str = ""


@dataclass(frozen=True)
class Person:
    """The applicant or certificate holder."""

    names: tuple[NameForm, ...]
    sex: str = "unknown"  # vocab.Sex value
    born: PartialDate | None = None
    place_of_birth: str = ""
    citizenships: tuple[str, ...] = ()  # ISO 3166 alpha-3 codes
    stateless: bool = False
    photo: bytes | None = None  # JPEG or PNG


@dataclass(frozen=True)
class Dependant:
    """A family member included in the petition."""

    names: tuple[NameForm, ...]
    relation: str  # vocab.Relation value
    born: PartialDate | None = None


@dataclass(frozen=True)
class Issue:
    """Facts about this copy of the document, not about the case."""

    issued_on: date  # the date printed on the document
    register_number: str | None = None  # None in a preview
    duplicate: bool = False  # a reprint: marked "duplicate" on the page
    preview: bool = False  # not registered: marked "preview, not valid" on every page


@dataclass(frozen=True)
class Receipt:
    """Receipt of the petition, which is also the asylum-seeker certificate."""

    commission: Commission
    issue: Issue
    case_number: str
    registered_on: date
    applicant: Person
    certificate_number: str
    certificate_issued_on: date
    valid_to: date
    verification_code: str
    dependants: tuple[Dependant, ...] = ()


@dataclass(frozen=True)
class QA:
    question: str
    answer: str


@dataclass(frozen=True)
class InterviewRecord:
    commission: Commission
    issue: Issue
    case_number: str
    applicant: Person
    started_at: datetime | None  # local wall-clock time, naive
    ended_at: datetime | None
    location: str
    officer: str
    interpreter: str  # name, or "" when none took part
    language: str  # ISO 639-1 code of the interview language
    dialect: str
    representative: str  # name of the representative present, or ""
    attendees: str
    entries: tuple[QA, ...] = ()


@dataclass(frozen=True)
class Letter:
    """A decision letter; which paragraphs print depends on ``kind``."""

    commission: Commission
    issue: Issue
    kind: LetterKind
    case_number: str
    registered_on: date
    applicant: Person
    address: str  # where the letter is sent, as recorded
    decided_on: date
    legal_basis_code: str = ""
    legal_basis_title: str = ""
    reasons: str = ""
    grounds: tuple[str, ...] = ()  # vocab.Ground values found (recognition)
    valid_from: date | None = None  # recognition, extension
    valid_to: date | None = None
    # Appeal (refusal, extension refusal, cessation, revocation):
    appeal_months: int = 1
    served_on: date | None = None  # when the decision was served, if recorded
    appeal_deadline: date | None = None  # the last day, when it is known
    ended_on: date | None = None  # cessation, revocation


@dataclass(frozen=True)
class CertificateDoc:
    """The refugee certificate."""

    commission: Commission
    issue: Issue
    number: str
    holder: Person
    issued_on: date
    valid_to: date
    verification_code: str
    qr_text: str  # what the QR code says: number and code only, no personal data
    case_number: str = ""


Document = Receipt | InterviewRecord | Letter | CertificateDoc

DOC_TYPES: dict[type, DocType] = {
    Receipt: DocType.RECEIPT,
    InterviewRecord: DocType.INTERVIEW,
    Letter: DocType.LETTER,
    CertificateDoc: DocType.CERTIFICATE,
}


def qr_text(number: str, code: str) -> str:
    """The text of a certificate's QR code: ``PANA:<number>:<code>``."""
    return f"PANA:{number}:{code}"


def parse_qr_text(text: str) -> tuple[str, str] | None:
    """The certificate number and code in a QR text, or None if it is not one of ours."""
    parts = [part.strip() for part in text.strip().split(":")]
    if len(parts) != 3 or parts[0].upper() != "PANA" or not parts[1] or not parts[2]:
        return None
    return parts[1].upper(), parts[2].upper()


__all__ = [
    "DOC_TYPES",
    "LANGUAGES",
    "QA",
    "CertificateDoc",
    "Commission",
    "Dependant",
    "DocType",
    "Document",
    "InterviewRecord",
    "Issue",
    "Letter",
    "LetterKind",
    "NameForm",
    "Person",
    "Receipt",
    "parse_qr_text",
    "qr_text",
]
