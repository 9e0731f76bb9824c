"""The case exchange format: whole cases, with everything in them, as one JSON document.

``docs/case-format.md`` describes the format field by field. Each record type
is declared once below as a list of fields (``F``) with a kind that knows how
to write the value and how to check it on the way in, so export and import
cannot drift apart.

Import checks the *whole* document first and collects every problem; nothing
is written until all of it is valid. Then the rows are inserted directly (the
services would re-run the workflow), table by table with one INSERT per batch of
rows rather than one ORM object per row, every id is kept, the case sequences are
raised, the search index is updated, the audit entries (one per case) are
appended in one INSERT, and the unit of work is committed once.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import tempfile
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.sqltypes import String, Text

from app.db import search
from app.db.audit import Actor
from app.db.base import Base
from app.db.models import (
    Appeal,
    Applicant,
    ApprovalEvent,
    Assessment,
    AssessmentGround,
    Case,
    CaseClosure,
    CaseRepresentative,
    CaseSequence,
    Certificate,
    Claim,
    ClaimGround,
    CourtRuling,
    CriminalProceeding,
    Decision,
    EntryRecord,
    Evidence,
    EvidenceContent,
    ExtensionApplication,
    FamilyMember,
    IdentityDocument,
    Incident,
    IncidentEvidence,
    Interpreter,
    Interview,
    InterviewEntry,
    Notification,
    PersonName,
    Representative,
    StatusEnd,
    User,
)
from app.db.uow import UnitOfWork
from app.documents.pictures import check_picture
from app.domain import validation as v
from app.domain.dates import PartialDate, parse_iso_date
from app.domain.errors import FieldMessage, StoreError, ValidationError, join_messages
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.names import document_key
from app.domain.numbering import CaseNumber, validate_region_code
from app.domain.permissions import Action, allowed, require
from app.domain.vocab import (
    ActorType,
    AppealOutcome,
    ApprovalAction,
    AssessmentKind,
    AssessmentState,
    CertificateKind,
    CertificateState,
    ClosureReason,
    DocumentType,
    EvidenceKind,
    Finding,
    Ground,
    IncidentKind,
    InterviewStatus,
    NameUse,
    Outcome,
    Relation,
    Role,
    Script,
    ServiceMethod,
    Sex,
    StatusEndKind,
    label,
)
from app.domain.workflow import CaseStatus, status_label
from app.services.cases import birth_text
from app.services.claims import ALLOWED_MIME, check_file
from app.services.common import load_case
from app.services.settings import profile

FORMAT = "pana-cases"
VERSION = 1
MAX_FILE_BYTES = 512 * 1024 * 1024
#: A document with thousands of problems is not helped by listing them all.
MAX_LISTED_PROBLEMS = 200
#: What a role without ``VIEW_SENSITIVE`` does not get in ``case_document``.
SENSITIVE_SECTIONS = ("assessments", "claim", "evidence", "incidents", "interviews")
PHOTO_TYPES = ("image/jpeg", "image/png")
MAX_PHOTO_BYTES = 5 * 1024 * 1024  # as ``cases.set_photo``
INTERPRETER_GENDERS = ("female", "male", "unknown")  # as ``interviews.add_interpreter``
#: A reopening after a successful appeal records this reason (``decisions.record_appeal_outcome``).
REOPEN_REASONS = ("", "appeal_successful")
EARLIEST_YEAR, LATEST_YEAR = 1850, 2200  # the range PartialDate accepts
MAX_INT = 2**31 - 1
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


# ---------------------------------------------------------------------------
# field kinds: how a value is written and how it is checked on the way in


class _Problem(Exception):
    """A value that cannot be imported; the reader records it with its location."""


_BAD = object()  # a value whose problem is already recorded


def _what(value: object) -> str:
    """The JSON type of a value for a message; never the value, which may be personal data."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a number"
    if isinstance(value, float):
        return "a decimal number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _shown(text: str, limit: int = 40) -> str:
    """Text quoted in a message, cut short: a hostile file may put megabytes in one field."""
    return text if len(text) <= limit else text[:limit] + "…"


def _check_year(year: int) -> None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise _Problem(f"the year {year} lies outside {EARLIEST_YEAR}–{LATEST_YEAR}; "
                       "check the date.")


class _Kind:
    nullable = False  # null is a value of its own (the column may be NULL)
    null_is_empty = False  # null means "nothing written", as an empty text would
    missing: Any = None  # the stored value when an optional field is absent
    merges = False  # the field stands for several columns (see _Birth, _Photo)

    def parse(self, value: Any, reader: _Reader) -> Any:
        if value is None and self.nullable:
            return self.missing if self.merges else None
        if value is None and self.null_is_empty:
            return self.load("", reader)
        return self.load(value, reader)

    def load(self, value: Any, reader: _Reader) -> Any:
        raise NotImplementedError

    def dump(self, value: Any, writer: _Writer) -> Any:
        return value


class _Text(_Kind):
    def __init__(self, max_len: int | None = None, *, multiline: bool = False,
                 required: bool = False, default: str = "") -> None:
        self.max_len, self.multiline, self.required = max_len, multiline, required
        self.missing = default

    def for_column(self, column_type: Any) -> _Text:
        """The same check with the length (or multi-line) of the column it fills."""
        if isinstance(column_type, Text):
            return _Text(multiline=True, required=self.required, default=self.missing)
        return _Text(column_type.length or v.MAX_LINE, required=self.required,
                     default=self.missing)

    def load(self, value: Any, reader: _Reader) -> str:
        if value is not None and not isinstance(value, str):
            raise _Problem(f"must be text, not {_what(value)}.")
        if self.multiline:
            return v.long_text(value, "", required=self.required)
        return v.text(value, "", required=self.required, max_len=self.max_len or v.MAX_LINE)


class _Bool(_Kind):
    def __init__(self, default: bool) -> None:
        self.missing = default

    def load(self, value: Any, reader: _Reader) -> bool:
        if not isinstance(value, bool):
            raise _Problem(f"must be true or false, not {_what(value)}.")
        return value


class _Int(_Kind):
    def __init__(self, *, nullable: bool = False, default: int | None = 0) -> None:
        self.nullable, self.missing = nullable, default

    def load(self, value: Any, reader: _Reader) -> int:
        if type(value) is not int:  # bool is an int to Python, not to JSON
            raise _Problem(f"must be a whole number, not {_what(value)}.")
        number = v.non_negative(value, "")
        if number > MAX_INT:
            raise _Problem(f"is too large; at most {MAX_INT:,}.")
        return number


class _Date(_Kind):
    def __init__(self, *, nullable: bool = False) -> None:
        self.nullable = nullable

    def load(self, value: Any, reader: _Reader) -> date:
        if not isinstance(value, str):
            raise _Problem(f"must be a date written as YYYY-MM-DD, not {_what(value)}.")
        day = parse_iso_date(_shown(value), "")
        _check_year(day.year)
        return day

    def dump(self, value: date | None, writer: _Writer) -> str | None:
        return value.isoformat() if value is not None else None


class _DateTime(_Kind):
    def __init__(self, *, nullable: bool = False) -> None:
        self.nullable = nullable

    def load(self, value: Any, reader: _Reader) -> datetime:
        if not isinstance(value, str):
            raise _Problem("must be a date and time written as 2026-03-01T09:30:00+05:00, "
                           f"not {_what(value)}.")
        try:
            moment = datetime.fromisoformat(value.strip())
        except ValueError:
            raise _Problem(f"“{_shown(value)}” is not a date and time; write it as "
                           "2026-03-01T09:30:00+05:00.") from None
        if moment.tzinfo is None:
            raise _Problem("has no time zone; add one, e.g. 2026-03-01T09:30:00+05:00 or "
                           "2026-03-01T04:30:00Z.")
        _check_year(moment.year)
        # SQLite keeps the wall-clock time without its zone, so store everything in UTC.
        return moment.astimezone(UTC)

    def dump(self, value: datetime | None, writer: _Writer) -> str | None:
        if value is None:
            return None
        aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat()


class _Choice(_Kind):
    """One value of a vocabulary enum (plus, where the database has them, a few extra values)."""

    def __init__(self, enum: type[StrEnum] | None = None, *, values: Iterable[str] = (),
                 nullable: bool = False, default: str | None = None) -> None:
        self.enum, self.extra = enum, tuple(values)
        self.nullable, self.missing = nullable, default

    @property
    def allowed(self) -> tuple[str, ...]:
        return tuple(m.value for m in self.enum or ()) + self.extra

    def load(self, value: Any, reader: _Reader) -> str:
        if not isinstance(value, str):
            raise _Problem(f"must be one of: {', '.join(self.allowed)} (as text), "
                           f"not {_what(value)}.")
        if value in self.extra:
            return value
        if self.enum is None or self.extra:
            if value in self.allowed:
                return value
            shown = ", ".join(f"“{a}”" if a == "" else a for a in self.allowed)
            raise _Problem(f"“{_shown(value, 64)}” is not one of: {shown}.")
        return v.choice(_shown(value, 64), self.enum, "").value


class _Id(_Kind):
    def __init__(self, *, nullable: bool = False) -> None:
        self.nullable = nullable

    def load(self, value: Any, reader: _Reader) -> uuid.UUID:
        if not isinstance(value, str):
            raise _Problem(f"must be a record id (a UUID as text), not {_what(value)}.")
        try:
            return uuid.UUID(value)
        except ValueError:
            raise _Problem(f"“{_shown(value)}” is not a record id; ids are UUIDs such as "
                           "3f2b8c1e-6d0a-4c57-9a43-2b1d5e7f9c10.") from None

    def dump(self, value: uuid.UUID | None, writer: _Writer) -> str | None:
        return str(value) if value is not None else None


@dataclass(frozen=True)
class _UserRef:
    """A username from the document, turned into a user id once accounts exist."""

    username: str


class _User(_Kind):
    def __init__(self, *, nullable: bool = False) -> None:
        self.nullable = nullable

    def load(self, value: Any, reader: _Reader) -> _UserRef:
        if not isinstance(value, str):
            raise _Problem(f"must be a username (text), not {_what(value)}.")
        if value not in reader.usernames:
            raise _Problem(f"“{_shown(value)}” is not in the document's “users” list; add the "
                           "account there (username, role, display_name) or correct the name.")
        return _UserRef(value)

    def dump(self, value: uuid.UUID | None, writer: _Writer) -> str | None:
        return writer.username(value)


class _Codes(_Kind):
    """Country or language codes: a list in the document, comma-separated in the database."""

    missing = ""
    null_is_empty = True

    def __init__(self, check: Callable[[list[str], str], list[str]], example: str) -> None:
        self.check, self.example = check, example

    def load(self, value: Any, reader: _Reader) -> str:
        if value == "":
            return ""
        if not isinstance(value, list):
            raise _Problem(f"must be a list of codes, e.g. {self.example}, not {_what(value)}.")
        if not all(isinstance(c, str) for c in value):
            raise _Problem(f"every code must be text, e.g. {self.example}.")
        return ",".join(self.check([_shown(c) for c in value], ""))

    def dump(self, value: str, writer: _Writer) -> list[str]:
        return [code for code in (value or "").split(",") if code]


class _Country(_Kind):
    missing = ""
    null_is_empty = True

    def load(self, value: Any, reader: _Reader) -> str:
        if not isinstance(value, str):
            raise _Problem(f"must be a country code as text, e.g. CHN, not {_what(value)}.")
        return v.countries([_shown(value)], "")[0] if value.strip() else ""


class _Checked(_Kind):
    """Text with a shared validator (e-mail, phone, document language)."""

    null_is_empty = True

    def __init__(self, check: Callable[[Any, str], str], default: str = "") -> None:
        self.check, self.missing = check, default

    def load(self, value: Any, reader: _Reader) -> str:
        if not isinstance(value, str):
            raise _Problem(f"must be text, not {_what(value)}.")
        return self.check(_shown(value, 300), "")


class _Sha256(_Kind):
    def load(self, value: Any, reader: _Reader) -> str:
        if not isinstance(value, str) or not _SHA256.match(value):
            raise _Problem("must be the SHA-256 of the content: 64 lower-case hexadecimal "
                           "characters.")
        return value


class _Partial(_Kind):
    """A partial date kept as its text (incidents): "", 2018, 2018-03, 2018-03-14~."""

    missing = ""
    null_is_empty = True

    def load(self, value: Any, reader: _Reader) -> str:
        if not isinstance(value, str):
            raise _Problem(f"must be a date as text (2018, 2018-03, 2018-03-14 or 2018~), "
                           f"not {_what(value)}.")
        return str(PartialDate.parse(_shown(value))) if value.strip() else ""


class _Birth(_Kind):
    """A birth date (PartialDate text) kept in four columns."""

    nullable, merges = True, True
    missing = {"birth_year": None, "birth_month": None, "birth_day": None,
               "birth_estimated": False}

    def load(self, value: Any, reader: _Reader) -> dict[str, Any]:
        if not isinstance(value, str):
            raise _Problem("must be a date as text (1990, 1990-05, 1990-05-17, and ~ for an "
                           f"estimate), not {_what(value)}.")
        if not value.strip():
            return dict(self.missing)
        born = PartialDate.parse(_shown(value))
        if born.earliest() > date.today():  # as cases._birth
            raise _Problem("a birth date cannot be in the future.")
        return {"birth_year": born.year, "birth_month": born.month, "birth_day": born.day,
                "birth_estimated": born.estimated}

    def dump(self, row: Any, writer: _Writer) -> str:
        return birth_text(row)


class _Photo(_Kind):
    """The applicant's photo: ``{"mime_type", "content_base64"}`` or null."""

    nullable, merges = True, True
    missing = {"photo": None, "photo_mime": None}

    def load(self, value: Any, reader: _Reader) -> dict[str, Any]:
        if not isinstance(value, dict) or set(value) != {"mime_type", "content_base64"}:
            raise _Problem("must be null or an object with exactly “mime_type” and "
                           "“content_base64”.")
        mime = value["mime_type"]
        if mime not in PHOTO_TYPES:  # as cases.set_photo
            raise _Problem("a photo must be a JPEG or PNG image (mime_type image/jpeg or "
                           "image/png).")
        content = _base64(value["content_base64"])
        if len(content) > MAX_PHOTO_BYTES:
            raise _Problem("the photo is larger than 5 MB; scale it down.")
        check_picture(content, mime, "", MAX_PHOTO_BYTES)  # its header, and no bomb
        return {"photo": content, "photo_mime": mime}

    def dump(self, row: Any, writer: _Writer) -> dict[str, str] | None:
        if row.photo is None:
            return None
        return {"mime_type": row.photo_mime or "",
                "content_base64": base64.b64encode(row.photo).decode("ascii")}


@dataclass(frozen=True)
class _CaseLink:
    """A family member's own case, by number; resolved once every case is known."""

    number: str


class _OwnCase(_Kind):
    nullable = True

    def load(self, value: Any, reader: _Reader) -> _CaseLink:
        if not isinstance(value, str):
            raise _Problem(f"must be a case number as text or null, not {_what(value)}.")
        return _CaseLink(_case_number(value))

    def dump(self, value: uuid.UUID | None, writer: _Writer) -> str | None:
        return writer.case_number(value)


class _Number(_Kind):
    def load(self, value: Any, reader: _Reader) -> str:
        if not isinstance(value, str):
            raise _Problem(f"must be a case number as text, e.g. AQM-2026-00042, "
                           f"not {_what(value)}.")
        return _case_number(value)


def _case_number(value: str) -> str:
    limit = Case.__table__.c.number.type.length
    if len(value.strip()) > limit:
        raise _Problem(f"“{_shown(value)}” is not a case number; it looks like AQM-2026-00042 "
                       f"(at most {limit} characters).")
    return str(CaseNumber.parse(value))


def _base64(value: Any) -> bytes:
    if not isinstance(value, str):
        raise _Problem(f"the content must be base64 text, not {_what(value)}.")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise _Problem("the content is not valid base64; export the case again.") from None


# ---------------------------------------------------------------------------
# the records


@dataclass(frozen=True)
class F:
    """One field: its name in the document, its kind, and the column it fills."""

    name: str
    kind: _Kind
    required: bool = False
    attr: str = ""

    @property
    def column(self) -> str:
        return self.attr or self.name


def _spec(model: type, *fields: F) -> tuple[F, ...]:
    """Fields of ``model``; plain text fields take the length of their column."""
    resolved = []
    for f in fields:
        if isinstance(f.kind, _Text) and f.kind.max_len is None and not f.kind.multiline:
            column_type = model.__table__.c[f.column].type
            assert isinstance(column_type, String), f.column
            f = F(f.name, f.kind.for_column(column_type), f.required, f.attr)
        resolved.append(f)
    return tuple(resolved)


def T(**kwargs: Any) -> _Text:
    """Text sized by its column."""
    return _Text(**kwargs)


ID, ID_OPT = _Id(), _Id(nullable=True)
DATE, DATE_OPT = _Date(), _Date(nullable=True)
DT, DT_OPT = _DateTime(), _DateTime(nullable=True)
USER, USER_OPT = _User(), _User(nullable=True)
FINDING = _Choice(Finding, default=Finding.NOT_ASSESSED.value)
ACTOR_TYPE = _Choice(ActorType, default=ActorType.UNKNOWN.value)
PHONE, EMAIL = _Checked(v.phone), _Checked(v.email)
COUNTRIES = _Codes(v.countries, '["CHN", "KAZ"]')
LANGUAGES = _Codes(v.languages, '["kk", "ru", "ug"]')
TIMES = (F("created_at", DT_OPT), F("updated_at", DT_OPT))

CASE_FIELDS = _spec(
    Case, F("id", ID, True), F("number", _Number(), True), F("status", _Choice(CaseStatus), True),
    F("assigned_officer", USER_OPT, attr="assigned_officer_id"),
    F("registered_on", DATE, True), F("arrived_on", DATE_OPT),
    F("petition_language", T(default="kk")),
    F("document_language", _Checked(v.document_language, default="kk+ru")),
    F("fingerprints_taken_on", DATE_OPT), F("decision_due_on", DATE, True),
    F("deadline_extension_reason", T()), F("status_valid_from", DATE_OPT),
    F("status_valid_to", DATE_OPT), F("appeal_deadline", DATE_OPT), F("closed_on", DATE_OPT),
    F("closure_reason", _Choice(ClosureReason, nullable=True)), F("notes", T()), *TIMES)
APPLICANT_FIELDS = _spec(
    Applicant, F("id", ID, True), F("sex", _Choice(Sex, default=Sex.UNKNOWN.value)),
    F("birth_date", _Birth()), F("place_of_birth", T()), F("stateless", _Bool(False)),
    F("citizenships", COUNTRIES), F("ethnicity", T()), F("religion", T()),
    F("languages", LANGUAGES), F("phone", PHONE), F("email", EMAIL), F("address", T()),
    F("photo", _Photo()), F("consent_given", _Bool(False)), F("consent_on", DATE_OPT), *TIMES)
NAME_FIELDS = _spec(
    PersonName, F("id", ID, True), F("position", _Int(), True),
    F("script", _Choice(Script), True),
    F("use", _Choice(NameUse, default=NameUse.OFFICIAL.value)),
    F("surname", T()), F("given_names", T()), F("patronymic", T()))
FAMILY_FIELDS = _spec(
    FamilyMember, F("id", ID, True), F("relation", _Choice(Relation), True),
    F("sex", _Choice(Sex, default=Sex.UNKNOWN.value)), F("birth_date", _Birth()),
    F("whereabouts", T()), F("included_in_petition", _Bool(False)),
    F("own_case", _OwnCase(), attr="own_case_id"), F("notes", T()), *TIMES)
DOCUMENT_FIELDS = _spec(
    IdentityDocument, F("id", ID, True), F("family_member_id", ID_OPT),
    F("doc_type", _Choice(DocumentType), True), F("number", T(required=True), True),
    F("issuing_country", _Country()), F("issuer", T()), F("issued_on", DATE_OPT),
    F("expires_on", DATE_OPT), F("is_original", _Bool(False)), F("scan_evidence_id", ID_OPT),
    F("notes", T()), *TIMES)
ENTRY_FIELDS = _spec(
    EntryRecord, F("id", ID, True), F("crossed_on", DATE_OPT), F("place", T()),
    F("irregular", _Bool(True)), F("from_country", _Country()), F("notes", T()), *TIMES)
PROCEEDING_FIELDS = _spec(
    CriminalProceeding, F("id", ID, True), F("court", T(required=True), True),
    F("article", T()), F("verdict_on", DATE_OPT), F("sentence", T()),
    F("pretrial_detention_days", _Int()), F("notes", T()), *TIMES)
RULING_FIELDS = _spec(
    CourtRuling, F("id", ID, True), F("court", T(required=True), True), F("ruled_on", DATE_OPT),
    F("reference", T()), F("deportation_barred", _Bool(True)), F("summary", T()), *TIMES)
REPRESENTATIVE_FIELDS = _spec(
    Representative, F("id", ID, True), F("full_name", T(required=True), True),
    F("organisation", T()), F("licence_number", T()), F("phone", PHONE), F("email", EMAIL))
CASE_REPRESENTATIVE_FIELDS = _spec(
    CaseRepresentative, F("id", ID, True), F("power_of_attorney", T()),
    F("power_of_attorney_on", DATE_OPT), F("active", _Bool(True)), *TIMES)
INTERPRETER_FIELDS = _spec(
    Interpreter, F("id", ID, True), F("full_name", T(required=True), True),
    F("languages", LANGUAGES), F("gender", _Choice(values=INTERPRETER_GENDERS, default="unknown")),
    F("organisation", T()), F("phone", PHONE))
INTERVIEW_FIELDS = _spec(
    Interview, F("id", ID, True), F("status", _Choice(InterviewStatus), True),
    F("scheduled_at", DT_OPT), F("location", T()), F("officer", USER_OPT, attr="officer_id"),
    F("language", T()), F("dialect", T()), F("started_at", DT_OPT), F("ended_at", DT_OPT),
    F("representative_present", _Bool(False)), F("attendees", T()),
    F("demeanour_notes", T()), F("read_back_done", _Bool(False)),
    F("applicant_signed", _Bool(False)), *TIMES)
QA_FIELDS = _spec(
    InterviewEntry, F("id", ID, True), F("position", _Int(), True),
    F("question", T(required=True), True), F("answer", T()))
CLAIM_FIELDS = _spec(
    Claim, F("id", ID, True), F("summary", T()), F("actor_type", ACTOR_TYPE),
    F("actor_description", T()), *TIMES)
CLAIM_GROUND_FIELDS = _spec(
    ClaimGround, F("id", ID, True), F("ground", _Choice(Ground), True), F("nexus_note", T()))
INCIDENT_FIELDS = _spec(
    Incident, F("id", ID, True), F("kind", _Choice(IncidentKind), True), F("actor", T()),
    F("actor_type", ACTOR_TYPE), F("started", _Partial()), F("ended", _Partial()),
    F("duration_days", _Int(nullable=True, default=None)), F("place", T()),
    F("description", T(required=True), True), F("family_member_id", ID_OPT), *TIMES)
EVIDENCE_FIELDS = _spec(
    Evidence, F("id", ID, True), F("kind", _Choice(EvidenceKind), True),
    F("title", T(required=True), True), F("source", T()), F("filename", T()),
    F("mime_type", _Choice(values=ALLOWED_MIME), True), F("size_bytes", _Int(), True),
    F("sha256", _Sha256(), True),
    F("applicant_may_see", _Bool(True)), F("added_by", USER_OPT, attr="added_by_id"), *TIMES)
ASSESSMENT_FIELDS = _spec(
    Assessment, F("id", ID, True), F("kind", _Choice(AssessmentKind), True),
    F("state", _Choice(AssessmentState), True),
    F("drafted_by", USER, True, attr="drafted_by_id"),
    F("internal_consistency", FINDING), F("internal_consistency_note", T()),
    F("coi_consistency", FINDING), F("coi_consistency_note", T()),
    F("plausibility", FINDING), F("plausibility_note", T()),
    F("well_founded_fear", FINDING), F("well_founded_fear_note", T()),
    F("exclusion_applies", _Bool(False)), F("exclusion_note", T()),
    F("recommended_outcome", _Choice(Outcome, nullable=True)), F("legal_basis_code", T()),
    F("reasons", T()), F("submitted_at", DT_OPT), *TIMES)
ASSESSMENT_GROUND_FIELDS = _spec(
    AssessmentGround, F("id", ID, True), F("ground", _Choice(Ground), True),
    F("nexus_note", T()))
APPROVAL_FIELDS = _spec(
    ApprovalEvent, F("id", ID, True), F("action", _Choice(ApprovalAction), True),
    F("actor", USER, True, attr="actor_id"), F("at", DT, True), F("comment", T()))
DECISION_FIELDS = _spec(
    Decision, F("id", ID, True), F("assessment_id", ID, True),
    F("kind", _Choice(AssessmentKind), True), F("outcome", _Choice(Outcome), True),
    F("legal_basis_code", T()), F("decided_on", DATE, True),
    F("drafted_by", USER, True, attr="drafted_by_id"),
    F("approved_by", USER, True, attr="approved_by_id"),
    F("valid_from", DATE_OPT), F("valid_to", DATE_OPT), *TIMES)
NOTIFICATION_FIELDS = _spec(
    Notification, F("id", ID, True), F("decision_id", ID, True), F("served_on", DATE, True),
    F("method", _Choice(ServiceMethod), True), F("served_by", USER, True, attr="served_by_id"),
    F("appeal_deadline", DATE_OPT), *TIMES)
CERTIFICATE_FIELDS = _spec(
    Certificate, F("id", ID, True), F("decision_id", ID_OPT),
    F("kind", _Choice(CertificateKind), True), F("number", T(required=True), True),
    F("issued_on", DATE, True), F("valid_to", DATE, True),
    F("state", _Choice(CertificateState, default=CertificateState.VALID.value)),
    F("verification_code", T(required=True), True), F("replaced_by_id", ID_OPT),
    F("void_reason", T()), F("issued_by", USER, True, attr="issued_by_id"), *TIMES)
EXTENSION_FIELDS = _spec(
    ExtensionApplication, F("id", ID, True), F("applied_on", DATE, True),
    F("assessment_id", ID_OPT), *TIMES)
STATUS_END_FIELDS = _spec(
    StatusEnd, F("id", ID, True), F("kind", _Choice(StatusEndKind), True),
    F("ended_on", DATE, True), F("reason", T()),
    F("recorded_by", USER, True, attr="recorded_by_id"))
APPEAL_FIELDS = _spec(
    Appeal, F("id", ID, True), F("decision_id", ID_OPT), F("lodged_on", DATE, True),
    F("deadline", DATE_OPT), F("late", _Bool(False)), F("court", T()), F("reference", T()),
    F("outcome", _Choice(AppealOutcome, default=AppealOutcome.PENDING.value)),
    F("outcome_on", DATE_OPT), *TIMES)
CLOSURE_FIELDS = _spec(
    CaseClosure, F("id", ID, True), F("action", _Choice(values=("close", "reopen")), True),
    F("reason", _Choice(ClosureReason, values=REOPEN_REASONS, default="")), F("note", T()),
    F("on_date", DATE, True), F("by", USER, True, attr="by_id"))


@dataclass(frozen=True)
class _Section:
    """A list of one kind of record directly under the case."""

    model: type
    fields: tuple[F, ...]
    nested: tuple[str, ...] = ()  # keys read by hand (names, entries, grounds …)


SECTIONS: dict[str, _Section] = {
    "family_members": _Section(FamilyMember, FAMILY_FIELDS, ("names",)),
    "identity_documents": _Section(IdentityDocument, DOCUMENT_FIELDS),
    "entry_records": _Section(EntryRecord, ENTRY_FIELDS),
    "criminal_proceedings": _Section(CriminalProceeding, PROCEEDING_FIELDS),
    "court_rulings": _Section(CourtRuling, RULING_FIELDS),
    "representatives": _Section(CaseRepresentative, CASE_REPRESENTATIVE_FIELDS,
                                ("representative",)),
    "interviews": _Section(Interview, INTERVIEW_FIELDS, ("interpreter", "entries")),
    "incidents": _Section(Incident, INCIDENT_FIELDS, ("evidence_ids",)),
    "evidence": _Section(Evidence, EVIDENCE_FIELDS, ("content_base64",)),
    "assessments": _Section(Assessment, ASSESSMENT_FIELDS, ("grounds", "approval_events")),
    "decisions": _Section(Decision, DECISION_FIELDS),
    "notifications": _Section(Notification, NOTIFICATION_FIELDS),
    "certificates": _Section(Certificate, CERTIFICATE_FIELDS),
    "extension_applications": _Section(ExtensionApplication, EXTENSION_FIELDS),
    "status_ends": _Section(StatusEnd, STATUS_END_FIELDS),
    "appeals": _Section(Appeal, APPEAL_FIELDS),
    "closures": _Section(CaseClosure, CLOSURE_FIELDS),
}
CASE_KEYS = frozenset({f.name for f in CASE_FIELDS} | set(SECTIONS)
                      | {"applicant", "claim", "omitted"})
TOP_KEYS = frozenset({"format", "version", "commission", "users", "cases"})


def _dump(row: Any, fields: tuple[F, ...], writer: _Writer) -> dict[str, Any]:
    return {f.name: f.kind.dump(row if f.kind.merges else getattr(row, f.column), writer)
            for f in fields}


# ---------------------------------------------------------------------------
# export


class _Writer:
    """Turns rows into the document, noting which users they mention."""

    def __init__(self, session: Session, *, sensitive: bool = True) -> None:
        self.session = session
        self.sensitive = sensitive
        self.users = {u.id: u for u in session.execute(select(User)).scalars()}
        self.mentioned: set[uuid.UUID] = set()

    def username(self, user_id: uuid.UUID | None) -> str | None:
        if user_id is None:
            return None
        self.mentioned.add(user_id)
        return self.users[user_id].username

    def case_number(self, case_id: uuid.UUID | None) -> str | None:
        if case_id is None:
            return None
        return self.session.execute(select(Case.number).where(Case.id == case_id)).scalar()

    def user_list(self) -> list[dict[str, str]]:
        users = sorted((self.users[i] for i in self.mentioned), key=lambda u: u.username)
        return [{"username": u.username, "role": u.role, "display_name": u.display_name}
                for u in users]

    def rows(self, model: type, *where: Any, order: tuple = ()) -> list[Any]:
        """Rows in a stable order: by creation time (or ``order``), then id."""
        order = order or (model.created_at,)
        return list(self.session.execute(
            select(model).where(*where).order_by(*order, model.id)).scalars())

    def case(self, case: Case) -> dict[str, Any]:
        out = _dump(case, CASE_FIELDS, self)
        applicant = self.session.execute(
            select(Applicant).where(Applicant.case_id == case.id)).scalar_one()
        out["applicant"] = _dump(applicant, APPLICANT_FIELDS, self) | {
            "names": self.names(PersonName.applicant_id == applicant.id)}
        for key, section in SECTIONS.items():
            if key in SENSITIVE_SECTIONS and not self.sensitive:
                continue
            model = section.model
            if model is Notification:  # belongs to the case through its decision
                rows = list(self.session.execute(
                    select(Notification).join(Decision, Notification.decision_id == Decision.id)
                    .where(Decision.case_id == case.id)
                    .order_by(Notification.created_at, Notification.id)).scalars())
            elif model is StatusEnd:
                rows = self.rows(model, model.case_id == case.id, order=(StatusEnd.ended_on,))
            elif model is CaseClosure:
                rows = self.rows(model, model.case_id == case.id, order=(CaseClosure.on_date,))
            else:
                rows = self.rows(model, model.case_id == case.id)
            out[key] = [self.nested(row, _dump(row, section.fields, self)) for row in rows]
        if self.sensitive:
            claim = self.session.execute(select(Claim).where(Claim.case_id == case.id)).scalar()
            out["claim"] = None if claim is None else _dump(claim, CLAIM_FIELDS, self) | {
                "grounds": [_dump(g, CLAIM_GROUND_FIELDS, self) for g in self.rows(
                    ClaimGround, ClaimGround.claim_id == claim.id, order=(ClaimGround.ground,))]}
        else:
            # Say what was left out, so nobody mistakes the view for the whole file.
            out["omitted"] = list(SENSITIVE_SECTIONS)
        return out

    def names(self, owner: Any) -> list[dict[str, Any]]:
        return [_dump(n, NAME_FIELDS, self)
                for n in self.rows(PersonName, owner, order=(PersonName.position,))]

    def nested(self, row: Any, out: dict[str, Any]) -> dict[str, Any]:
        """The records kept inside a section's record."""
        session = self.session
        if isinstance(row, FamilyMember):
            out["names"] = self.names(PersonName.family_member_id == row.id)
        elif isinstance(row, CaseRepresentative):
            out["representative"] = _dump(session.get(Representative, row.representative_id),
                                          REPRESENTATIVE_FIELDS, self)
        elif isinstance(row, Interview):
            interpreter = (session.get(Interpreter, row.interpreter_id)
                           if row.interpreter_id is not None else None)
            out["interpreter"] = (None if interpreter is None
                                  else _dump(interpreter, INTERPRETER_FIELDS, self))
            out["entries"] = [_dump(e, QA_FIELDS, self) for e in self.rows(
                InterviewEntry, InterviewEntry.interview_id == row.id,
                order=(InterviewEntry.position,))]
        elif isinstance(row, Incident):
            out["evidence_ids"] = sorted(str(i) for i in session.execute(
                select(IncidentEvidence.evidence_id)
                .where(IncidentEvidence.incident_id == row.id)).scalars())
        elif isinstance(row, Evidence):
            content = session.get(EvidenceContent, row.id)
            out["content_base64"] = base64.b64encode(
                content.content if content else b"").decode("ascii")
        elif isinstance(row, Assessment):
            out["grounds"] = [_dump(g, ASSESSMENT_GROUND_FIELDS, self) for g in self.rows(
                AssessmentGround, AssessmentGround.assessment_id == row.id,
                order=(AssessmentGround.ground,))]
            out["approval_events"] = [_dump(e, APPROVAL_FIELDS, self) for e in self.rows(
                ApprovalEvent, ApprovalEvent.assessment_id == row.id, order=(ApprovalEvent.at,))]
        return out

    def document(self, cases: list[Case]) -> dict[str, Any]:
        commission = profile(self.session)
        ordered = sorted(cases, key=lambda c: _number_order(c.number))
        case_list = [self.case(c) for c in ordered]
        return {"format": FORMAT, "version": VERSION,
                "commission": {"region_code": commission.region_code,
                               "name": commission.name},
                "users": self.user_list(), "cases": case_list}


def _number_order(number: str) -> tuple:
    try:
        parsed = CaseNumber.parse(number)
    except ValidationError:
        return ("", 0, 0, number)
    return (parsed.region, parsed.year, parsed.sequence, number)


def _select_cases(session: Session, status: str | None,
                  numbers: list[str] | None) -> list[Case]:
    wanted = v.choice(status, CaseStatus, "status").value if status else None
    if numbers is not None:
        # A number asked for twice would put the case twice into the file.
        cases = {c.id: c for c in (load_case(session, n, for_update=False) for n in numbers)}
        return [c for c in cases.values() if wanted is None or c.status == wanted]
    query = select(Case)
    if wanted is not None:
        query = query.where(Case.status == wanted)
    return list(session.execute(query).scalars())


def case_document(uow: UnitOfWork, actor: Actor, number: str) -> dict:
    """One case as a format document. Without ``VIEW_SENSITIVE`` (a clerk) the claim,
    incidents, interviews, evidence and assessments are left out and listed in
    the case's ``omitted``. The view is audited and committed."""
    require(actor.role, Action.VIEW_IDENTITY)
    case = load_case(uow.session, number, for_update=False)
    sensitive = allowed(actor.role, Action.VIEW_SENSITIVE)
    document = _Writer(uow.session, sensitive=sensitive).document([case])
    uow.audit(actor, "case.view", entity="case", entity_id=case.id, case_id=case.id,
              new={"number": case.number, "sensitive": sensitive})
    uow.commit()
    return document


def export_document(uow: UnitOfWork, actor: Actor, *, status: str | None = None,
                    numbers: list[str] | None = None) -> dict:
    """Every case (or those with ``status`` / those ``numbers``) as one document.

    Handing out whole case files is audited ("case.export", the count) and committed.
    """
    require(actor.role, Action.EXPORT_CASES)
    cases = _select_cases(uow.session, status, numbers)
    document = _Writer(uow.session).document(cases)
    uow.audit(actor, "case.export", entity="case",
              new={"count": len(cases), "status": status or "", "numbers": numbers or []})
    uow.commit()
    return document


def encode_document(document: dict) -> bytes:
    """The bytes of a document: sorted keys, so the same data gives the same bytes."""
    return (json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1)
            + "\n").encode("utf-8")


def export_file(uow: UnitOfWork, actor: Actor, path: Path, *, status: str | None = None) -> int:
    """Write the cases to ``path`` atomically (a temporary file, then a rename).

    The file is NOT encrypted: it is readable only by its owner, and the audit
    entry names it. Returns the number of cases written.
    """
    require(actor.role, Action.EXPORT_CASES)
    path = Path(path)
    cases = _select_cases(uow.session, status, None)
    data = encode_document(_Writer(uow.session).document(cases))
    try:
        # mkstemp makes the file readable by its owner only.
        handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                             suffix=".part")
    except OSError as exc:
        raise _write_error(path, exc) from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        uow.audit(actor, "case.export", entity="case",
                  new={"count": len(cases), "status": status or "", "file": path.name})
        uow.commit()
        # After the commit: an export that is on disk is always in the audit trail.
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _write_error(path, exc) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return len(cases)


def _write_error(path: Path, exc: OSError) -> StoreError:
    return StoreError(_N("DomainError", "The export could not be written to {path} ({problem}). "
                                        "Check that the folder exists, is writable and has "
                                        "space; nothing was exported."),
                      path=str(path), problem=exc.strerror or str(exc))


# ---------------------------------------------------------------------------
# import: reading and checking


class _DuplicateKey(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # JSON allows the same key twice and keeps the last; a file that does so hides data.
    result = dict(pairs)
    if len(result) != len(pairs):  # rare: only then look for the first key seen twice
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return result


def decode_document(data: bytes, source: str = "<document>") -> Any:
    """Parse the bytes of a file; a readable ``ValidationError`` if they are not JSON."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError({source: FieldMessage(
            _N("Validation", "the file is not UTF-8 text (a wrong byte at position {position}); "
                             "it is not a Pana case file, or it was damaged. Export it again."),
            position=exc.start)}) from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except _DuplicateKey as exc:
        raise ValidationError({source: FieldMessage(
            _N("Validation", "the key “{key}” appears twice in one object; a Pana export never "
                             "does this, so the file was edited. Export it again."),
            key=_shown(str(exc)))}) from None
    except json.JSONDecodeError as exc:
        raise ValidationError({source: FieldMessage(
            _N("Validation", "the file is not valid JSON ({problem} at line {line}, column "
                             "{column}); it may be cut short or edited by hand. Export it "
                             "again."),
            problem=exc.msg, line=exc.lineno, column=exc.colno)}) from None
    except RecursionError:
        raise ValidationError({source: FieldMessage(
            _N("Validation", "the file is nested too deeply to read; it is not a Pana case "
                             "file."))}) from None
    except ValueError as exc:  # e.g. a number with thousands of digits
        raise ValidationError({source: FieldMessage(
            _N("Validation", "the file cannot be read as JSON ({problem}); it is not a Pana "
                             "case file."), problem=_shown(str(exc), 80))}) from None


#: A reference to a record of the same case: (path, section, id, uniqueness group or "").
_Ref = tuple[str, str, uuid.UUID, str]


@dataclass
class _Plan:
    """One case of the document, checked, as rows ready to insert (in this order)."""

    number: str
    case_id: uuid.UUID
    rows: list[tuple[type, dict[str, Any]]] = field(default_factory=list)
    usernames: set[str] = field(default_factory=set)


_KNOWN_KEYS: dict[tuple[int, Any], tuple[tuple[F, ...], frozenset[str]]] = {}


def _known_keys(fields: tuple[F, ...], nested: Iterable[str]) -> frozenset[str]:
    """The keys a record of ``fields`` (plus ``nested``) may hold, worked out once."""
    nested = nested if isinstance(nested, (tuple, frozenset)) else tuple(nested)
    cached = _KNOWN_KEYS.get((id(fields), nested))
    if cached is None or cached[0] is not fields:
        cached = (fields, frozenset(f.name for f in fields) | frozenset(nested))
        _KNOWN_KEYS[id(fields), nested] = cached
    return cached[1]


class _Reader:
    """Reads a document, recording every problem with where it is."""

    def __init__(self, source: str, session: Session) -> None:
        self.source = source
        self.session = session
        self.prefix = f"{source}: "
        self.errors: dict[str, str] = {}
        self.usernames: set[str] = set()
        self.user_roles: dict[str, tuple[str, str]] = {}
        self.defined: dict[uuid.UUID, tuple[type, str]] = {}  # record id -> (table, location)
        # People shared between cases: the first copy seen, and where.
        self.shared: dict[type, dict[uuid.UUID, tuple[dict[str, Any], str]]] = {
            Representative: {}, Interpreter: {}}
        self.case_links: list[tuple[str, str, dict[str, Any]]] = []
        self.certificate_numbers: dict[str, str] = {}
        self.mentioned: set[str] = set()  # usernames of the case being read

    # ---- recording problems

    def where(self, path: str) -> str:
        return self.prefix + path if path else self.prefix.removesuffix(": ")

    def problem(self, path: str, message: str) -> None:
        self.errors.setdefault(self.where(path), message)

    def check(self, path: str, fn: Callable[..., Any], *args: Any) -> Any:
        try:
            return fn(*args)
        except (_Problem, ValidationError) as exc:
            self.refused(path, exc)
        return _BAD

    def refused(self, path: str, exc: _Problem | ValidationError) -> None:
        if isinstance(exc, ValidationError):
            # The shared validators name their own field; the location here is better.
            self.problem(path, join_messages(list(exc.errors.values())) if exc.errors
                         else exc.message)
        else:
            self.problem(path, str(exc))

    # ---- structure

    def record(self, raw: Any, fields: tuple[F, ...], path: str,
               nested: Iterable[str] = ()) -> dict[str, Any] | None:
        """The checked column values of one record (only those that are valid)."""
        if not isinstance(raw, dict):
            self.problem(path, f"must be an object ({{…}}), not {_what(raw)}.")
            return None
        known = _known_keys(fields, nested)
        if not known.issuperset(raw):
            for key in raw:
                if key not in known:
                    name = _shown(str(key))
                    self.problem(f"{path}.{name}" if path else name,
                                 "is not a field of this record; remove it or correct its "
                                 "spelling.")
        values: dict[str, Any] = {}
        for f in fields:
            kind = f.kind
            if f.name not in raw:
                if f.required:
                    self.problem(f"{path}.{f.name}" if path else f.name,
                                 "is required but missing; add it.")
                elif kind.merges:
                    values.update(kind.missing)
                else:
                    values[f.column] = kind.missing
                continue
            try:
                value = kind.parse(raw[f.name], self)
            except (_Problem, ValidationError) as exc:
                self.refused(f"{path}.{f.name}" if path else f.name, exc)
                continue
            if kind.merges:
                values.update(value)
            else:
                values[f.column] = value
                if type(value) is _UserRef:
                    self.mentioned.add(value.username)
        return values

    def items(self, raw: Any, path: str, *, optional: bool = False) -> list[tuple[str, Any]]:
        """The elements of a list with their paths; a problem if it is not a list."""
        if raw is None and optional:  # an absent or null section is an empty one
            return []
        if not isinstance(raw, list):
            self.problem(path, f"must be a list ([…]), not {_what(raw)}.")
            return []
        return [(f"{path}[{i}]", item) for i, item in enumerate(raw)]

    def define(self, model: type, values: dict[str, Any] | None, path: str) -> uuid.UUID | None:
        """Note a record's id; every id appears once in a file."""
        record_id = values.get("id") if values else None
        if record_id is None:
            return None
        where = f"{path}.id" if path else "id"
        if record_id in self.defined:
            self.problem(where, f"the id {record_id} is used twice in this file (first at "
                                f"{self.defined[record_id][1]}); every record needs its own id.")
            return None
        self.defined[record_id] = (model, self.where(where))
        return record_id

    # ---- the document

    def header(self, document: Any) -> list[Any] | None:
        """Check everything outside the cases; None if the cases cannot be read at all."""
        if not isinstance(document, dict):
            self.problem("", f"must be a JSON object with “format”, “version” and “cases”, not "
                             f"{_what(document)}; it is not a Pana case file.")
            return None
        if document.get("format") != FORMAT:
            self.problem("format", f"must be “{FORMAT}”; this is not a Pana case file.")
            return None
        version = document.get("version")
        if type(version) is not int:
            self.problem("version", f"must be the number {VERSION}, not {_what(version)}.")
            return None
        if version != VERSION:
            shown = str(version) if 0 <= version < 10**6 else "of this file"
            self.problem("version", f"version {shown} is not supported; this Pana reads version "
                                    f"{VERSION}. Export the cases with the same Pana version, "
                                    "or update Pana.")
            return None
        for key in document:
            if key not in TOP_KEYS:
                self.problem(_shown(str(key)), "is not part of the format; remove it.")
        commission = document.get("commission")
        if not isinstance(commission, dict) or set(commission) != {"region_code", "name"}:
            self.problem("commission", "must be an object with “region_code” and “name”.")
        else:
            if not isinstance(commission["region_code"], str):
                self.problem("commission.region_code", "must be text, e.g. AQM.")
            else:
                self.check("commission.region_code", validate_region_code,
                           _shown(commission["region_code"]))
            self.check("commission.name",
                       lambda: v.text(commission["name"], "", required=True))
        for path, raw in self.items(document.get("users"), "users"):
            self.user(raw, path)
        cases = document.get("cases")
        if not isinstance(cases, list):
            self.problem("cases", f"must be a list of cases ([…]), not {_what(cases)}.")
            return None
        return cases

    def user(self, raw: Any, path: str) -> None:
        if not isinstance(raw, dict) or set(raw) != {"username", "role", "display_name"}:
            self.problem(path, "must be an object with “username”, “role” and “display_name”.")
            return
        name = self.check(f"{path}.username", v.username, raw["username"])
        role = self.check(f"{path}.role", _Choice(Role).load, raw["role"], self)
        display = self.check(f"{path}.display_name", lambda: v.text(
            raw["display_name"], "", max_len=User.__table__.c.display_name.type.length))
        if name is _BAD:
            return
        if name in self.usernames:
            self.problem(f"{path}.username", f"“{name}” is listed twice; list each user once.")
            return
        self.usernames.add(name)
        if role is not _BAD and display is not _BAD:
            self.user_roles[name] = (role, display)

    # ---- one case

    def case(self, raw: Any, index: int) -> _Plan | None:
        if not isinstance(raw, dict):
            self.problem(f"cases[{index}]", f"must be an object ({{…}}), not {_what(raw)}.")
            return None
        name = f"#{index + 1}"
        if isinstance(raw.get("number"), str):
            try:
                name = _case_number(raw["number"])
            except (_Problem, ValidationError):
                pass
        self.prefix = f"{self.source}: case {name}: "
        self.mentioned = set()
        try:
            return self._case(raw)
        finally:
            self.prefix = f"{self.source}: "

    def _case(self, raw: dict[str, Any]) -> _Plan | None:
        if raw.get("omitted", []) != []:
            self.problem("omitted", "this case was exported without some of its sections (for a "
                                    "role that may not see them), so it is incomplete and cannot "
                                    "be imported. Ask a supervisor or administrator to export "
                                    "it.")
        values = self.record(raw, CASE_FIELDS, "", CASE_KEYS) or {}
        case_id = self.define(Case, values, "")
        self._case_rules(values)
        plan = _Plan(values.get("number", ""), case_id or uuid.uuid4())
        plan.rows.append((Case, values))
        refs: list[_Ref] = []  # checked once every section is read
        ids: dict[str, set[uuid.UUID]] = {key: set() for key in SECTIONS}

        if "applicant" not in raw:
            self.problem("applicant", "is missing; every case has an applicant, so add it.")
        else:
            self._applicant(raw["applicant"], plan)
        for key, section in SECTIONS.items():
            for path, item in self.items(raw.get(key), key, optional=True):
                row = self.record(item, section.fields, path, section.nested)
                record_id = self.define(section.model, row, path)
                if row is None:
                    continue
                if record_id is not None:
                    ids[key].add(record_id)
                plan.rows.append((section.model, row))
                self._nested(key, item, row, path, plan, refs)
        self._claim(raw.get("claim"), plan)
        self._references(refs, ids)
        self._certificate_order(plan)
        plan.usernames = set(self.mentioned)
        return plan if case_id is not None and "number" in values else None

    def _case_rules(self, values: dict[str, Any]) -> None:
        registered = values.get("registered_on")
        if registered is not None:
            if registered > date.today():
                self.problem("registered_on", "the registration date cannot be in the future.")
            number = values.get("number")
            if number and CaseNumber.parse(number).year != registered.year:
                self.problem("number", f"the year in {number} differs from the registration "
                                       f"year {registered.year}; case numbers take the year of "
                                       "registration.")
            arrived = values.get("arrived_on")
            if arrived is not None and arrived > registered:
                self.problem("arrived_on", "the arrival date cannot be after the registration "
                                           "date.")
        self._not_before(values, "status_valid_from", "status_valid_to")

    def _not_before(self, values: dict[str, Any], first: str, then: str,
                    path: str = "", message: str = "") -> None:
        a, b = values.get(first), values.get(then)
        if a is not None and b is not None and b < a:
            where = f"{path}.{then}" if path else then
            self.problem(where, message or f"is before {first}; check both dates.")

    def _names(self, raw: Any, path: str, owner: str, owner_id: uuid.UUID | None,
               plan: _Plan) -> None:
        items = self.items(raw, path)
        if not items and isinstance(raw, list):
            self.problem(path, "at least one written form of the name is required.")
        positions: set[int] = set()
        for item_path, item in items:
            values = self.record(item, NAME_FIELDS, item_path)
            self.define(PersonName, values, item_path)
            if values is None:
                continue
            if values.get("surname") == "" and values.get("given_names") == "":
                self.problem(item_path, "a name needs a surname or a given name.")
            position = values.get("position")
            if position is not None and position in positions:
                self.problem(f"{item_path}.position", f"position {position} is used twice; "
                                                      "number the names 0, 1, 2 …")
            positions.add(position)
            values[owner] = owner_id
            plan.rows.append((PersonName, values))

    def _applicant(self, raw: Any, plan: _Plan) -> None:
        values = self.record(raw, APPLICANT_FIELDS, "applicant", ("names",))
        applicant_id = self.define(Applicant, values, "applicant")
        if values is None:
            return
        if values.get("stateless") and values.get("citizenships"):
            self.problem("applicant.stateless", "a stateless person has no citizenship; clear "
                                                "one of the two.")
        values["case_id"] = plan.case_id
        plan.rows.append((Applicant, values))
        if "names" not in raw:
            self.problem("applicant.names", "is missing; at least one written form of the name "
                                            "is required.")
        else:
            self._names(raw["names"], "applicant.names", "applicant_id", applicant_id, plan)

    def _nested(self, key: str, raw: dict[str, Any], values: dict[str, Any], path: str,
                plan: _Plan, refs: list[_Ref]) -> None:
        """What is inside a section's record, its references, and the rules across its fields."""
        values["case_id"] = plan.case_id
        record_id = values.get("id")

        def ref(name: str, section: str, *, once: bool = False) -> None:
            if values.get(name) is not None:
                refs.append((f"{path}.{name}", section, values[name],
                             f"{key}.{name}" if once else ""))

        if key == "family_members":
            if isinstance(values.get("own_case_id"), _CaseLink):
                self.case_links.append((self.where(f"{path}.own_case"),
                                        values["own_case_id"].number, values))
            if "names" not in raw:
                self.problem(f"{path}.names", "is missing; at least one written form of the "
                                              "name is required.")
            else:
                self._names(raw["names"], f"{path}.names", "family_member_id", record_id, plan)
        elif key == "identity_documents":
            number = values.get("number")
            if number is not None:
                if not document_key(number):
                    self.problem(f"{path}.number", "a document number needs at least one letter "
                                                   "or digit.")
                values["number_key"] = document_key(number)
            self._not_before(values, "issued_on", "expires_on", path,
                             "the expiry date is before the issue date.")
            ref("family_member_id", "family_members")
            ref("scan_evidence_id", "evidence")
        elif key == "representatives":
            person = self._shared(Representative, REPRESENTATIVE_FIELDS, raw.get("representative"),
                                  f"{path}.representative")
            if person is not None:
                values["representative_id"] = person
                refs.append((f"{path}.representative.id", "", person, "representatives"))
        elif key == "interviews":
            self._not_before(values, "started_at", "ended_at", path,
                             "the interview cannot end before it starts.")
            values["interpreter_id"] = None
            if raw.get("interpreter") is not None:
                values["interpreter_id"] = self._shared(
                    Interpreter, INTERPRETER_FIELDS, raw["interpreter"], f"{path}.interpreter")
            positions: set[int] = set()
            for entry_path, entry in self.items(raw.get("entries", []), f"{path}.entries"):
                row = self.record(entry, QA_FIELDS, entry_path)
                self.define(InterviewEntry, row, entry_path)
                if row is None:
                    continue
                if row.get("position") is not None and row["position"] in positions:
                    self.problem(f"{entry_path}.position", "this position is used twice; number "
                                                           "the questions 0, 1, 2 …")
                positions.add(row.get("position"))
                row["interview_id"] = record_id
                plan.rows.append((InterviewEntry, row))
        elif key == "incidents":
            started, ended = values.get("started"), values.get("ended")
            if started and ended and (PartialDate.parse(ended).latest()
                                      < PartialDate.parse(started).earliest()):
                self.problem(f"{path}.ended", "the incident cannot end before it starts.")
            ref("family_member_id", "family_members")
            seen: set[uuid.UUID] = set()
            for id_path, raw_id in self.items(raw.get("evidence_ids", []),
                                              f"{path}.evidence_ids"):
                evidence_id = self.check(id_path, ID.load, raw_id, self)
                if evidence_id is _BAD:
                    continue
                if evidence_id in seen:
                    self.problem(id_path, "this evidence is linked twice; list it once.")
                    continue
                seen.add(evidence_id)
                refs.append((id_path, "evidence", evidence_id, ""))
                plan.rows.append((IncidentEvidence, {"incident_id": record_id,
                                                     "evidence_id": evidence_id}))
        elif key == "evidence":
            self._evidence(raw, values, path, plan)
        elif key == "assessments":
            self._grounds(raw.get("grounds", []), f"{path}.grounds", AssessmentGround,
                          ASSESSMENT_GROUND_FIELDS, "assessment_id", record_id, plan)
            for event_path, event in self.items(raw.get("approval_events", []),
                                                f"{path}.approval_events"):
                row = self.record(event, APPROVAL_FIELDS, event_path)
                self.define(ApprovalEvent, row, event_path)
                if row is not None:
                    row["assessment_id"] = record_id
                    plan.rows.append((ApprovalEvent, row))
        elif key == "decisions":
            ref("assessment_id", "assessments", once=True)  # one decision per assessment
            drafted, approved = values.get("drafted_by_id"), values.get("approved_by_id")
            if drafted is not None and drafted == approved:
                self.problem(f"{path}.approved_by", "the approver is the drafter; four eyes are "
                                                    "required, so another supervisor must have "
                                                    "approved it.")
            self._not_before(values, "valid_from", "valid_to", path,
                             "the status cannot end before it starts.")
        elif key == "notifications":
            del values["case_id"]  # a notification belongs to its decision
            ref("decision_id", "decisions", once=True)  # one notification per decision
        elif key == "certificates":
            ref("decision_id", "decisions")
            ref("replaced_by_id", "certificates")
            self._not_before(values, "issued_on", "valid_to", path,
                             "a certificate cannot expire before it is issued.")
            number = values.get("number")
            if number is not None:
                if number in self.certificate_numbers:
                    self.problem(f"{path}.number", f"certificate number {_shown(number)} is used "
                                                   "twice in this file (first at "
                                                   f"{self.certificate_numbers[number]}).")
                else:
                    self.certificate_numbers[number] = self.where(f"{path}.number")
        elif key in ("extension_applications",):
            ref("assessment_id", "assessments")
        elif key == "appeals":
            ref("decision_id", "decisions")

    def _grounds(self, raw: Any, path: str, model: type, fields: tuple[F, ...], owner: str,
                 owner_id: uuid.UUID | None, plan: _Plan) -> None:
        seen: set[str] = set()
        for item_path, item in self.items(raw, path):
            row = self.record(item, fields, item_path)
            self.define(model, row, item_path)
            if row is None:
                continue
            ground = row.get("ground")
            if ground is not None and ground in seen:
                self.problem(f"{item_path}.ground", f"{ground} is listed twice.")
            seen.add(ground)
            row[owner] = owner_id
            plan.rows.append((model, row))

    def _claim(self, raw: Any, plan: _Plan) -> None:
        if raw is None:
            return
        values = self.record(raw, CLAIM_FIELDS, "claim", ("grounds",))
        claim_id = self.define(Claim, values, "claim")
        if values is None:
            return
        values["case_id"] = plan.case_id
        plan.rows.append((Claim, values))
        self._grounds(raw.get("grounds", []), "claim.grounds", ClaimGround, CLAIM_GROUND_FIELDS,
                      "claim_id", claim_id, plan)

    def _evidence(self, raw: dict[str, Any], values: dict[str, Any], path: str,
                  plan: _Plan) -> None:
        if "content_base64" not in raw:
            self.problem(f"{path}.content_base64", "is missing; add the file's content (base64).")
            return
        content = self.check(f"{path}.content_base64", _base64, raw["content_base64"])
        if content is _BAD:
            return
        if "mime_type" in values:
            self.check(f"{path}.content_base64", check_file, content, values["mime_type"])
        if "size_bytes" in values and values["size_bytes"] != len(content):
            self.problem(f"{path}.size_bytes", f"says {values['size_bytes']:,} bytes but the "
                                               f"content has {len(content):,}; the file was "
                                               "damaged or altered. Export it again.")
        if "sha256" in values and hashlib.sha256(content).hexdigest() != values["sha256"]:
            self.problem(f"{path}.sha256", "does not match the content; the file was damaged "
                                           "or altered. Export it again.")
        plan.rows.append((EvidenceContent, {"evidence_id": values.get("id"), "content": content}))

    def _shared(self, model: type, fields: tuple[F, ...], raw: Any,
                path: str) -> uuid.UUID | None:
        """A representative or interpreter: the same person may appear in several cases."""
        values = self.record(raw, fields, path)
        if not values or values.get("id") is None or len(values) != len(fields):
            return None
        seen = self.shared[model].get(values["id"])
        if seen is None:
            self.shared[model][values["id"]] = (values, self.where(path))
        elif seen[0] != values:
            self.problem(path, f"the same person (id {values['id']}) appears with different "
                               f"details at {seen[1]}; make both copies the same.")
        return values["id"]

    def _references(self, refs: list[_Ref], ids: dict[str, set[uuid.UUID]]) -> None:
        taken: dict[tuple[str, uuid.UUID], str] = {}
        for path, section, target, once in refs:
            if section and target not in ids[section]:
                self.problem(path, f"refers to {target}, which is not among this case's "
                                   f"“{section}”; add it there or clear the reference.")
                continue
            if once:
                if (once, target) in taken:
                    self.problem(path, f"{target} is already referred to at "
                                       f"{taken[once, target]}; each may be referred to once.")
                taken[once, target] = path

    def _certificate_order(self, plan: _Plan) -> None:
        """A certificate that replaced another goes in first (the database checks the link)."""
        certificates = [values for model, values in plan.rows if model is Certificate]
        if not certificates:
            return
        placed: list[dict[str, Any]] = []
        known = {c["id"] for c in certificates if c.get("id") is not None}
        done: set[uuid.UUID | None] = set()
        waiting = list(certificates)
        while waiting:
            ready = [c for c in waiting if c.get("replaced_by_id") not in known
                     or c.get("replaced_by_id") in done]
            if not ready:
                self.problem("certificates", "the certificates replace each other in a circle; "
                                             "correct “replaced_by_id”.")
                return
            for c in ready:
                placed.append(c)
                done.add(c.get("id"))
                waiting.remove(c)
        others = [(m, row) for m, row in plan.rows if m is not Certificate]
        plan.rows[:] = others + [(Certificate, c) for c in placed]


# ---------------------------------------------------------------------------
# import: the database side and writing


def _existing(session: Session, column: Any, values: Iterable[Any]) -> set[Any]:
    values = list(values)
    found: set[Any] = set()
    for start in range(0, len(values), 500):  # SQLite limits the variables of one statement
        found.update(session.execute(
            select(column).where(column.in_(values[start:start + 500]))).scalars())
    return found


def _against_database(reader: _Reader, plans: list[_Plan]) -> None:
    session = reader.session
    source = reader.source
    seen: set[str] = set()
    for plan in plans:
        if plan.number in seen:
            reader.errors.setdefault(f"{source}: case {plan.number}: number", FieldMessage(
                _N("Validation", "case {number} appears twice in this file; keep one."),
                number=plan.number))
        seen.add(plan.number)
    numbers_here = _existing(session, Case.number, seen)
    ids_here = _existing(session, Case.id, [plan.case_id for plan in plans])
    already: set[str] = set()  # cases imported before: their inner records say nothing new
    for plan in plans:
        where = f"{source}: case {plan.number}: "
        if plan.number in numbers_here:
            reader.errors.setdefault(where + "number", FieldMessage(
                _N("Validation", "case {number} already exists in this database; it was "
                                 "probably imported before. Remove it from the file, or import "
                                 "into another database."), number=plan.number))
        if plan.case_id in ids_here:
            already.add(where)
            reader.errors.setdefault(where + "id", FieldMessage(
                _N("Validation", "a case with this id already exists in this database (perhaps "
                                 "under another number); it was probably imported before. "
                                 "Remove it from the file, or import into another database.")))

    def inside_known_case(location: str) -> bool:
        return any(location.startswith(prefix) for prefix in already)

    by_table: dict[type, list[uuid.UUID]] = {}
    for record_id, (model, _where) in reader.defined.items():
        if model is not Case:
            by_table.setdefault(model, []).append(record_id)
    for model, record_ids in by_table.items():
        found = _existing(session, model.id, record_ids)
        for record_id in record_ids:  # in the order of the document
            location = reader.defined[record_id][1]
            if record_id in found and not inside_known_case(location):
                reader.errors.setdefault(location, FieldMessage(
                    _N("Validation", "a record ({table}) with the id {id} already exists in this "
                                     "database; this part was probably imported before. Remove "
                                     "it from the file, or import into another database."),
                    table=model.__tablename__, id=str(record_id)))
    found = _existing(session, Certificate.number, reader.certificate_numbers)
    for number, location in reader.certificate_numbers.items():
        if number in found and not inside_known_case(location):
            reader.errors.setdefault(location, FieldMessage(
                _N("Validation", "certificate number {number} already exists in this database; "
                                 "certificate numbers are unique, so this certificate was "
                                 "probably imported before."), number=_shown(number)))
    in_file = {plan.number: plan.case_id for plan in plans}
    wanted = sorted({number for _w, number, _v in reader.case_links if number not in in_file})
    in_database: dict[str, uuid.UUID] = {}
    for start in range(0, len(wanted), 500):
        in_database.update(session.execute(select(Case.number, Case.id).where(
            Case.number.in_(wanted[start:start + 500]))).all())
    for where, number, values in reader.case_links:
        case_id = in_file.get(number) or in_database.get(number)
        if case_id is None:
            reader.errors.setdefault(where, FieldMessage(
                _N("Validation", "case {number} is neither in this file nor in this database; "
                                 "import that case too, or clear “own_case”."), number=number))
        else:
            values["own_case_id"] = case_id


def _raise_if_any(reader: _Reader) -> None:
    if not reader.errors:
        return
    errors = dict(list(reader.errors.items())[:MAX_LISTED_PROBLEMS])
    hidden = len(reader.errors) - len(errors)
    if hidden:
        errors[f"{reader.source}: …"] = FieldMessage(
            _N("Validation", "{count} further problems are not listed; fix these and import "
                             "again to see the rest."), count=hidden)
    raise ValidationError(errors)


def _read(reader: _Reader, document: Any) -> list[_Plan] | None:
    """Every case of the document as a plan, problems recorded in ``reader``; None when
    the cases cannot be read at all."""
    raw_cases = reader.header(document)
    if raw_cases is None:
        return None
    return [plan for index, raw in enumerate(raw_cases)
            if (plan := reader.case(raw, index)) is not None]


def check_document(document: Any, source: str = "<document>") -> list[str]:
    """The problems a document has in itself, found without a database: everything
    ``import_document`` checks but whether its cases, ids and numbers are already
    there. Raises them as one ``ValidationError``; returns the case numbers."""
    reader = _Reader(source, None)  # type: ignore[arg-type]  # never asked: no database
    plans = _read(reader, document)
    _raise_if_any(reader)
    return [plan.number for plan in plans or []]


def import_document(uow: UnitOfWork, actor: Actor, document: dict, *,
                    source: str = "<document>", commit: bool = True,
                    audit_action: str = "case.import") -> list[str]:
    """Import every case of ``document``, or nothing; returns the imported case numbers.

    Problems are collected across the whole document and raised together as
    one ``ValidationError``; the unit of work is then left uncommitted.
    ``commit=False`` (check-in from a laptop) leaves the commit, and the permission
    check, to the caller.
    """
    if commit:
        require(actor.role, Action.IMPORT_CASES)
    session = uow.session
    reader = _Reader(source, session)
    plans = _read(reader, document)
    del document  # the plans hold what is needed; a large file's objects can go
    if plans is None:
        _raise_if_any(reader)
        return []
    _against_database(reader, plans)
    _raise_if_any(reader)
    if not plans:
        return []

    # Everything is valid: only now is anything written.
    accounts = dict(session.execute(select(User.username, User.id)).all())
    created: list[str] = []
    pending: dict[Table, list[dict[str, Any]]] = {}

    def insert(model: type, values: dict[str, Any]) -> None:
        pending.setdefault(model.__table__, []).append(values)

    for username in sorted(set().union(*(plan.usernames for plan in plans))):
        if username in accounts:
            continue
        role, display = reader.user_roles[username]
        # Disabled and without a key slot: the name keeps who did what, but cannot log in.
        user_id = uuid.uuid4()
        insert(User, {"id": user_id, "username": username, "role": role,
                      "display_name": display or username, "disabled": True})
        accounts[username] = user_id
        created.append(username)
    for model, people in reader.shared.items():
        known = _existing(session, model.id, people)
        for person_id, (values, _where) in people.items():
            if person_id not in known:  # a person already here keeps the details stored here
                insert(model, values)
    for plan in plans:
        for model, values in plan.rows:
            insert(model, values)
        plan.rows = []  # the rows now live in ``pending`` only
    # Table by table, parents first (the rows are linked by ids); within a table in the
    # order planned (certificates that replaced another go first).
    for table in Base.metadata.sorted_tables:
        if table in pending:
            _insert_rows(session, table, pending.pop(table), accounts)

    highest: dict[tuple[str, int], int] = {}
    for plan in plans:
        number = CaseNumber.parse(plan.number)
        key = (number.region, number.year)
        highest[key] = max(highest.get(key, 0), number.sequence)
    for (region, year), sequence in highest.items():
        # Numbers are never given twice: the sequence moves past every imported one.
        row = session.get(CaseSequence, (region, year))
        if row is None:
            session.add(CaseSequence(region_code=region, year=year, last_value=sequence))
        elif row.last_value < sequence:
            row.last_value = sequence
    session.flush()
    search.index_cases(session, [(plan.case_id, plan.number) for plan in plans])
    uow.audit_many(actor, audit_action, [
        {"entity": "case", "entity_id": plan.case_id, "case_id": plan.case_id,
         "new": {"number": plan.number, "source": source,
                 "created_users": sorted(u for u in created if u in plan.usernames)}}
        for plan in plans])
    if commit:
        uow.commit()
    return [plan.number for plan in plans]


# ---- replacing a case by another version of it (check-in from a laptop)


def case_ids(document: dict) -> dict[str, uuid.UUID]:
    """The cases of a document: number -> id (read, not checked)."""
    return {raw["number"]: uuid.UUID(str(raw["id"])) for raw in document.get("cases", [])}


def _row_key(table: Table, values: dict[str, Any]) -> tuple:
    return tuple(values.get(column.name) for column in table.primary_key.columns)


def _checked_rows(session: Session, document: dict, source: str
                  ) -> tuple[dict[tuple, tuple[Table, dict[str, Any]]], _Reader, list[_Plan]]:
    """Every row of the document's cases, checked, keyed by (table, primary key)."""
    reader = _Reader(source, session)
    plans = _read(reader, document) or []
    _raise_if_any(reader)
    in_file = {plan.number: plan.case_id for plan in plans}
    for _where, number, values in reader.case_links:  # a relative who has a case of their own
        values["own_case_id"] = in_file.get(number) or session.execute(
            select(Case.id).where(Case.number == number)).scalar()
    rows: dict[tuple, tuple[Table, dict[str, Any]]] = {}
    for plan in plans:
        for model, values in plan.rows:
            table = model.__table__
            rows[(table.name, *_row_key(table, values))] = (table, values)
    return rows, reader, plans


def _accounts_for(session: Session, reader: _Reader, usernames: set[str]) -> dict[str, uuid.UUID]:
    """User ids by username; a name unknown here becomes a disabled account (as import)."""
    accounts = dict(session.execute(select(User.username, User.id)).all())
    for username in sorted(usernames - set(accounts)):
        role, display = reader.user_roles[username]
        user_id = uuid.uuid4()
        session.execute(insert(User.__table__), [{
            "id": user_id, "username": username, "role": role,
            "display_name": display or username, "disabled": True, "version": 1,
            "created_at": datetime.now(UTC), "updated_at": datetime.now(UTC)}])
        accounts[username] = user_id
    return accounts


def replace_case(session: Session, current: dict, wanted: dict, *,
                 source: str = "<check-in>") -> dict[str, int]:
    """Make the case of ``current`` (as the database holds it now) what ``wanted`` says:
    rows only ``wanted`` has are inserted, rows whose values differ are updated (and
    their version moved on, so a screen holding the old version gets a conflict), rows
    ``wanted`` no longer has are deleted, children before parents. Representatives and
    interpreters shared with other cases are added when new, never changed or removed.
    Returns how many rows were inserted, updated and deleted."""
    from sqlalchemy import delete, update

    before, _reader, _plans = _checked_rows(session, current, source)
    after, reader, plans = _checked_rows(session, wanted, source)
    accounts = _accounts_for(session, reader, set().union(*(p.usernames for p in plans)))

    def resolved(values: dict[str, Any]) -> dict[str, Any]:
        return {key: accounts[value.username] if type(value) is _UserRef else value
                for key, value in values.items()}

    for model, people in reader.shared.items():
        known = _existing(session, model.id, people)
        new_people = [values for person_id, (values, _w) in people.items()
                      if person_id not in known]
        if new_people:
            _insert_rows(session, model.__table__, new_people, accounts)
    order = {table: index for index, table in enumerate(Base.metadata.sorted_tables)}
    counts = {"inserted": 0, "updated": 0, "deleted": 0}
    inserts: dict[Table, list[dict[str, Any]]] = {}
    for key, (table, values) in after.items():
        if key not in before:
            inserts.setdefault(table, []).append(values)
    for table in sorted(inserts, key=order.__getitem__):
        _insert_rows(session, table, inserts[table], accounts)
        counts["inserted"] += len(inserts[table])
    for key, (table, values) in after.items():
        if key not in before:
            continue
        new_values, old_values = resolved(values), resolved(before[key][1])
        changed = {name: value for name, value in new_values.items()
                   if old_values.get(name) != value}
        if not changed:
            continue
        if "version" in table.c:
            changed["version"] = table.c.version + 1
        if "updated_at" in table.c:
            changed["updated_at"] = datetime.now(UTC)
        where = [column == values[column.name] for column in table.primary_key.columns]
        session.execute(update(table).where(*where).values(**changed))
        counts["updated"] += 1
    gone = [(table, values) for key, (table, values) in before.items() if key not in after]
    for table, values in sorted(gone, key=lambda item: -order[item[0]]):
        where = [column == values[column.name] for column in table.primary_key.columns]
        session.execute(delete(table).where(*where))
        counts["deleted"] += 1
    session.flush()
    for plan in plans:
        search.reindex_case(session, plan.case_id, plan.number)
    return counts


def delete_case(session: Session, document: dict, *, source: str = "<laptop>") -> int:
    """Remove a case (the rows of ``document``, its current state) from this database:
    a laptop does this once the office has it back. Returns the rows deleted."""
    from sqlalchemy import delete

    from app.db.models import CaseVersion, Draft, DuplicateCheck

    rows, _reader, plans = _checked_rows(session, document, source)
    order = {table: index for index, table in enumerate(Base.metadata.sorted_tables)}
    for plan in plans:
        search.remove_case(session, plan.case_id)
        session.execute(delete(Draft).where(Draft.case_id == plan.case_id))
        session.execute(delete(CaseVersion).where(CaseVersion.case_id == plan.case_id))
        session.execute(delete(DuplicateCheck).where(
            (DuplicateCheck.case_id == plan.case_id)
            | (DuplicateCheck.candidate_case_id == plan.case_id)))
    for table, values in sorted(rows.values(), key=lambda item: -order[item[0]]):
        where = [column == values[column.name] for column in table.primary_key.columns]
        session.execute(delete(table).where(*where))
    return len(rows)


def writer_document(session: Session, cases: list[Case]) -> dict:
    """The document of ``cases`` as stored now, for check-out and check-in (not audited:
    the caller audits what it does with it)."""
    return _Writer(session).document(cases)


#: Rows per INSERT statement: executemany over many rows, without holding every bound row.
INSERT_BATCH = 5000


def _insert_rows(session: Session, table: Table, rows: list[dict[str, Any]],
                 accounts: dict[str, uuid.UUID]) -> None:
    """INSERT ``rows`` in their order, one statement per batch, storing what the ORM stored
    for ``model(**row)``: a username becomes the user's id, and a column left out or given
    as None takes its default if it has one (``created_at``: now), else NULL.

    The rows are completed in place, so that every row of a batch has the same columns.
    """
    columns = list(dict.fromkeys(key for row in rows for key in row))
    count = len(columns)
    defaults: list[tuple[str, Any, bool]] = []
    for name in columns:
        default = table.c[name].default
        if default is not None:
            if not (default.is_scalar or default.is_callable):  # e.g. a SQL expression
                raise TypeError(f"{table.name}.{name}: only Python defaults are supported")
            defaults.append((name, default.arg, default.is_callable))
    # A username can stand only where a user is referred to.
    user_columns = [name for name in columns
                    if any(fk.column.table.name == User.__tablename__
                           for fk in table.c[name].foreign_keys)]
    for values in rows:
        if len(values) != count:  # a column not given is NULL unless it has a default
            for name in columns:
                values.setdefault(name, None)
        for name, arg, is_callable in defaults:
            if values[name] is None:
                values[name] = arg(None) if is_callable else arg
        for name in user_columns:
            value = values[name]
            if type(value) is _UserRef:
                values[name] = accounts[value.username]
    statement = insert(table)
    for start in range(0, len(rows), INSERT_BATCH):
        session.execute(statement, rows[start:start + INSERT_BATCH])


def import_file(uow: UnitOfWork, actor: Actor, path: Path) -> list[str]:
    """Import a file written by ``export_file``; see ``import_document``."""
    require(actor.role, Action.IMPORT_CASES)
    path = Path(path)
    source = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ValidationError({source: FieldMessage(
            _N("Validation", "the file {path} does not exist; check its name and folder."),
            path=str(path))}) from None
    except OSError as exc:
        raise ValidationError({source: _unreadable(path, exc)}) from None
    if size > MAX_FILE_BYTES:
        raise ValidationError({source: FieldMessage(
            _N("Validation", "the file is {size} MB; at most {limit} MB can be imported at "
                             "once. Export fewer cases per file (e.g. by status) and import the "
                             "files one by one."),
            size=round(size / 1_048_576), limit=MAX_FILE_BYTES // 1_048_576)})
    # Only ``import_document`` holds the parsed document, so it can let it go once read.
    return import_document(uow, actor, _read_document(path, source), source=source)


def _read_document(path: Path, source: str) -> Any:
    """The parsed file; its bytes are not kept."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError({source: _unreadable(path, exc)}) from None
    return decode_document(data, source)


def _unreadable(path: Path, exc: OSError) -> FieldMessage:
    return FieldMessage(_N("Validation", "the file {path} cannot be read ({problem})."),
                        path=str(path), problem=exc.strerror or str(exc))


# ---------------------------------------------------------------------------
# reading a case on screen


def describe_case(document: dict) -> str:
    """The (first) case of a document as text for ``pana case show``."""
    cases = document.get("cases") or []
    if not cases:
        return "The document holds no case."
    case = cases[0]
    lines: list[str] = []
    add = lines.append
    display = {u.get("username"): u.get("display_name") for u in document.get("users") or []}

    def who(username: str | None) -> str:
        name = display.get(username)
        return "—" if not username else f"{name} ({username})" if name else username

    def names(person: dict) -> str:
        written = [f"{search.full_name(n)} ({n.get('script', '')})"
                   for n in person.get("names", [])]
        return "; ".join(written) or "(no name)"

    def when(text: str | None) -> str:
        return text or "—"

    add(f"Case {case['number']} — {status_label(case['status'])}")
    add(f"Registered {case['registered_on']}, decision due {case['decision_due_on']}, "
        f"officer {who(case.get('assigned_officer'))}")
    if case.get("closed_on"):
        add(f"Closed {case['closed_on']} ({label(case.get('closure_reason') or '')})")
    if case.get("status_valid_to"):
        add(f"Refugee status valid {when(case.get('status_valid_from'))} to "
            f"{case['status_valid_to']}")
    applicant = case.get("applicant") or {}
    add("")
    add(f"Applicant: {names(applicant)}")
    details = [label(applicant.get("sex", "unknown")),
               f"born {applicant.get('birth_date') or 'unknown'}",
               "stateless" if applicant.get("stateless")
               else "citizenship " + (", ".join(applicant.get("citizenships", [])) or "unknown")]
    if applicant.get("languages"):
        details.append("languages " + ", ".join(applicant["languages"]))
    if applicant.get("ethnicity"):
        details.append(f"ethnicity {applicant['ethnicity']}")
    add("  " + ", ".join(details))
    if applicant.get("photo"):
        add("  photo on file")

    def section(title: str, key: str, line: Callable[[dict], str]) -> None:
        rows = case.get(key) or []
        if rows:
            add("")
            add(f"{title} ({len(rows)}):")
            for row in rows:
                add("  " + line(row))

    section("Family members", "family_members", lambda m: (
        f"{label(m['relation'])}: {names(m)}, born {m.get('birth_date') or 'unknown'}"
        + (", included in the petition" if m.get("included_in_petition") else "")
        + (f", own case {m['own_case']}" if m.get("own_case") else "")))
    section("Identity documents", "identity_documents", lambda d: (
        f"{label(d['doc_type'])} {d['number']}"
        + (f" ({d['issuing_country']})" if d.get("issuing_country") else "")
        + (", original" if d.get("is_original") else ", copy")))
    section("Entry", "entry_records", lambda e: (
        f"{when(e.get('crossed_on'))} at {e.get('place') or 'unknown place'}"
        + (", irregular" if e.get("irregular") else ", regular")))
    section("Criminal proceedings", "criminal_proceedings", lambda p: (
        f"{p['court']}, article {p.get('article') or '—'}, verdict {when(p.get('verdict_on'))}, "
        f"pre-trial detention {p.get('pretrial_detention_days', 0)} days"))
    section("Court rulings", "court_rulings", lambda r: (
        f"{r['court']} {when(r.get('ruled_on'))}"
        + (": deportation barred" if r.get("deportation_barred") else "")))
    section("Representatives", "representatives", lambda r: (
        f"{r['representative']['full_name']}"
        + (f", licence {r['representative']['licence_number']}"
           if r["representative"].get("licence_number") else "")
        + ("" if r.get("active") else " (no longer acting)")))
    section("Interviews", "interviews", lambda i: (
        f"{label(i['status'])} {when(i.get('started_at') or i.get('scheduled_at'))}, "
        f"language {i.get('language') or '—'}, {len(i.get('entries', []))} questions"
        + (f", interpreter {i['interpreter']['full_name']}" if i.get("interpreter") else "")))
    claim = case.get("claim")
    if claim:
        add("")
        grounds = ", ".join(label(g["ground"]) for g in claim.get("grounds", [])) or "none"
        add(f"Claim: actor {label(claim.get('actor_type', 'unknown'))}; grounds: {grounds}")
    section("Incidents", "incidents", lambda i: (
        f"{label(i['kind'])} {i.get('started') or '?'}–{i.get('ended') or '?'}, "
        f"{len(i.get('evidence_ids', []))} evidence linked"))
    section("Evidence", "evidence", lambda e: (
        f"{e['title']} ({e['mime_type']}, {e['size_bytes']:,} bytes)"))
    section("Assessments", "assessments", lambda a: (
        f"{label(a['kind'])}, {label(a['state'])}, drafted by {who(a['drafted_by'])}, recommends "
        f"{label(a.get('recommended_outcome') or 'none')}"))
    section("Decisions", "decisions", lambda d: (
        f"{d['decided_on']}: {label(d['outcome'])} ({d.get('legal_basis_code') or '—'}), "
        f"drafted by {who(d['drafted_by'])}, approved by {who(d['approved_by'])}"))
    section("Notifications", "notifications", lambda n: (
        f"served {n['served_on']} ({label(n['method'])})"
        + (f", appeal by {n['appeal_deadline']}" if n.get("appeal_deadline") else "")))
    section("Certificates", "certificates", lambda c: (
        f"{label(c['kind'])} {c['number']}, {c['issued_on']} to {c['valid_to']}, "
        f"{label(c['state'])}"))
    section("Extension applications", "extension_applications",
            lambda x: f"applied {x['applied_on']}")
    section("Status ended", "status_ends", lambda s: f"{label(s['kind'])} {s['ended_on']}")
    section("Appeals", "appeals", lambda a: (
        f"lodged {a['lodged_on']}" + (" (late)" if a.get("late") else "")
        + f", {label(a.get('outcome', 'pending'))}"))
    section("Closures and reopenings", "closures", lambda c: (
        f"{c['on_date']}: {c['action']}" + (f" ({label(c['reason'])})" if c.get("reason")
                                            else "")))
    if case.get("omitted"):
        add("")
        add("Not shown for your role: " + ", ".join(case["omitted"]) + ".")
    return "\n".join(lines)
