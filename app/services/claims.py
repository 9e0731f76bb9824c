"""The persecution claim, its incidents and Convention grounds, and the evidence."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select

from app.db.audit import Actor
from app.db.base import utcnow
from app.db.models import (
    Claim,
    ClaimGround,
    Evidence,
    EvidenceContent,
    FamilyMember,
    Incident,
    IncidentEvidence,
)
from app.db.uow import UnitOfWork
from app.domain import validation as v
from app.domain.dates import PartialDate
from app.domain.errors import FieldMessage, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.permissions import Action, require
from app.domain.vocab import ActorType, EvidenceKind, Ground, IncidentKind
from app.services.casefile import log_sensitive_view
from app.services.cases import (
    audit_values,
    case_for_change,
    record_for_change,
    save_changed_record,
    save_new_record,
)
from app.services.common import check_version, ensure_editable, load, load_case, snapshot

MAX_EVIDENCE_BYTES = 50 * 1024 * 1024

#: What the first bytes of a file must look like for the type it claims to be.
_SIGNATURES = {
    "application/pdf": (b"%PDF-",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/tiff": (b"II*\x00", b"MM\x00*"),
}
ALLOWED_MIME = (*_SIGNATURES, "text/plain")


def detect_mime(header: bytes) -> str | None:
    """The type a file's first bytes announce (PDF, PNG, JPEG, TIFF), or None."""
    for mime, signatures in _SIGNATURES.items():
        if header.startswith(signatures):
            return mime
    return None


@dataclass
class GroundInput:
    ground: str
    nexus_note: str = ""


@dataclass
class ClaimInput:
    summary: str = ""
    actor_type: str = ActorType.UNKNOWN.value
    actor_description: str = ""
    grounds: list[GroundInput] = field(default_factory=list)


def save_claim(uow: UnitOfWork, actor: Actor, number: str, data: ClaimInput,
               *, expected_version: int | None = None) -> int:
    """Create or update the claim; returns its new version."""
    require(actor.role, Action.EDIT_CLAIM)
    session = uow.session
    case = load_case(session, number)
    ensure_editable(case)
    errors = v.Collector()
    summary = errors.check(v.long_text, data.summary, "claim.summary")
    actor_type = errors.check(v.choice, data.actor_type, ActorType, "claim.actor_type")
    description = errors.check(v.long_text, data.actor_description, "claim.actor_description")
    grounds = []
    for i, g in enumerate(data.grounds):
        ground = errors.check(v.choice, g.ground, Ground, f"claim.grounds[{i}].ground")
        note = errors.check(v.long_text, g.nexus_note, f"claim.grounds[{i}].nexus_note")
        if ground is not None and any(ground.value == seen for seen, _ in grounds):
            errors.add(f"claim.grounds[{i}].ground", FieldMessage(
                _N("Validation", "{ground} is listed twice."), ground=ground))
        elif ground is not None:
            grounds.append((ground.value, note))
    errors.raise_if_any()
    claim = session.execute(select(Claim).where(Claim.case_id == case.id)).scalar()
    if claim is None:
        claim = Claim(id=uuid.uuid4(), case_id=case.id)
        session.add(claim)
        before: dict = {}
    else:
        check_version(claim, expected_version, "claim")
        before = snapshot(claim) | {"grounds": [(g.ground, g.nexus_note) for g in claim.grounds]}
    claim.summary, claim.actor_type = summary, actor_type.value
    claim.actor_description = description
    claim.grounds.clear()
    session.flush()
    for ground, note in grounds:
        claim.grounds.append(ClaimGround(id=uuid.uuid4(), ground=ground, nexus_note=note))
    claim.updated_at = utcnow()
    session.flush()
    uow.audit(actor, "claim.save", entity="claim", entity_id=claim.id, case_id=case.id,
              old=before, new=snapshot(claim) | {"grounds": grounds})
    uow.commit()
    return claim.version


@dataclass
class IncidentInput:
    kind: str
    description: str = ""
    actor: str = ""
    actor_type: str = ActorType.UNKNOWN.value
    started: str = ""  # PartialDate text
    ended: str = ""
    duration_days: int | None = None
    place: str = ""
    family_member_id: uuid.UUID | None = None
    evidence_ids: list[uuid.UUID] = field(default_factory=list)


def _partial(errors: v.Collector, value: str, where: str) -> PartialDate | None:
    if not value:
        return None
    try:
        return PartialDate.parse(value)
    except ValidationError as exc:
        errors.add(where, next(iter(exc.errors.values())))
        return None


def _values_incident(errors: v.Collector, session, case_id: uuid.UUID,
                     data: IncidentInput) -> tuple[dict, list[uuid.UUID]]:
    """The incident's column values and the evidence it links (each once)."""
    kind = errors.check(v.choice, data.kind, IncidentKind, "incident.kind")
    actor_type = errors.check(v.choice, data.actor_type, ActorType, "incident.actor_type")
    description = errors.check(v.long_text, data.description, "incident.description",
                               required=True)
    who = errors.check(v.text, data.actor, "incident.actor")
    place = errors.check(v.text, data.place, "incident.place")
    started = _partial(errors, data.started, "incident.started")
    ended = _partial(errors, data.ended, "incident.ended")
    if started and ended and ended.latest() < started.earliest():
        errors.add("incident.ended", FieldMessage(
            _N("Validation", "the incident cannot end before it starts.")))
    days = None
    if data.duration_days is not None:
        days = errors.check(v.non_negative, data.duration_days, "incident.duration_days")
    if data.family_member_id is not None:
        member = session.get(FamilyMember, data.family_member_id)
        if member is None or member.case_id != case_id:
            errors.add("incident.family_member_id", FieldMessage(
                _N("Validation", "that person is not in this case.")))
    for i, evidence_id in enumerate(data.evidence_ids):
        ev = session.get(Evidence, evidence_id)
        if ev is None or ev.case_id != case_id:
            errors.add(f"incident.evidence_ids[{i}]", FieldMessage(
                _N("Validation", "that evidence is not in this case.")))
    values = dict(kind=kind.value if kind else None,
                  actor_type=actor_type.value if actor_type else None, actor=who,
                  started=str(started or ""), ended=str(ended or ""), duration_days=days,
                  place=place, description=description, family_member_id=data.family_member_id)
    return values, list(dict.fromkeys(data.evidence_ids))


def _link_evidence(row: Incident, evidence_ids: list[uuid.UUID]) -> None:
    for evidence_id in evidence_ids:
        row.evidence_links.append(IncidentEvidence(evidence_id=evidence_id))


def add_incident(uow: UnitOfWork, actor: Actor, number: str, data: IncidentInput) -> uuid.UUID:
    case = case_for_change(uow, actor, number, "incident")
    errors = v.Collector()
    values, evidence_ids = _values_incident(errors, uow.session, case.id, data)
    errors.raise_if_any()
    row = Incident(id=uuid.uuid4(), case_id=case.id, **values)
    _link_evidence(row, evidence_ids)
    return save_new_record(uow, actor, case, "incident", row)


def update_incident(uow: UnitOfWork, actor: Actor, number: str, incident_id: uuid.UUID | str,
                    data: IncidentInput, *, expected_version: int) -> int:
    """Save an incident; its evidence links are replaced. Returns the new version."""
    case, row = record_for_change(uow, actor, number, "incident", incident_id, expected_version)
    errors = v.Collector()
    values, evidence_ids = _values_incident(errors, uow.session, case.id, data)
    errors.raise_if_any()
    before = audit_values("incident", row)
    # Delete the old links before adding the new ones: a link kept would otherwise be
    # inserted again under the same key.
    row.evidence_links.clear()
    uow.session.flush()
    for key, value in values.items():
        setattr(row, key, value)
    _link_evidence(row, evidence_ids)
    return save_changed_record(uow, actor, case, "incident", row, before)


@dataclass
class EvidenceInput:
    title: str
    content: bytes
    mime_type: str
    kind: str = EvidenceKind.SCAN.value
    filename: str = ""
    source: str = ""
    applicant_may_see: bool = True


def check_file(content: bytes, mime_type: str, field_name: str = "evidence.content") -> None:
    """Refuse files that are too large, empty, or not what their type says."""
    if not isinstance(content, (bytes, bytearray)):
        raise ValidationError({field_name: FieldMessage(
            _N("Validation", "the file could not be read; choose it again."))})
    if len(content) == 0:
        raise ValidationError({field_name: FieldMessage(_N("Validation", "the file is empty."))})
    if len(content) > MAX_EVIDENCE_BYTES:
        raise ValidationError({field_name: FieldMessage(
            _N("Validation", "the file is {size} MB; at most {limit} MB can be attached. Scan "
                             "at a lower resolution or split it."),
            size=len(content) / 1_048_576, limit=MAX_EVIDENCE_BYTES // 1_048_576)})
    if mime_type not in ALLOWED_MIME:
        raise ValidationError({"evidence.mime_type": FieldMessage(
            _N("Validation", "files of type {type} cannot be attached; use PDF, JPEG, PNG, TIFF "
                             "or text."), type=v.shown(mime_type))})
    signatures = _SIGNATURES.get(mime_type)
    if signatures and not content.startswith(signatures):
        raise ValidationError({field_name: FieldMessage(
            _N("Validation", "the file is not a readable {kind} (its header is wrong); it may "
                             "be damaged. Scan or save it again."),
            kind=mime_type.split("/")[1].upper())})
    if mime_type == "text/plain":
        try:
            content.decode("utf-8")
        except UnicodeDecodeError:
            raise ValidationError({field_name: FieldMessage(
                _N("Validation", "the text file is not UTF-8; save it as UTF-8."))}) from None


def attach_evidence(uow: UnitOfWork, actor: Actor, number: str, data: EvidenceInput) -> uuid.UUID:
    """Store the file inside the encrypted database with its SHA-256 and size."""
    require(actor.role, Action.ATTACH_EVIDENCE)
    session = uow.session
    case = load_case(session, number)
    errors = v.Collector()
    title = errors.check(v.text, data.title, "evidence.title", required=True)
    kind = errors.check(v.choice, data.kind, EvidenceKind, "evidence.kind")
    filename = errors.check(v.text, data.filename, "evidence.filename")
    source = errors.check(v.text, data.source, "evidence.source")
    errors.check(check_file, data.content, data.mime_type)
    errors.raise_if_any()
    digest = hashlib.sha256(data.content).hexdigest()
    row = Evidence(id=uuid.uuid4(), case_id=case.id, kind=kind.value, title=title,
                   source=source, filename=filename, mime_type=data.mime_type,
                   size_bytes=len(data.content), sha256=digest,
                   applicant_may_see=data.applicant_may_see, added_by_id=actor.user_id)
    session.add(row)
    session.flush()
    session.add(EvidenceContent(evidence_id=row.id, content=data.content))
    session.flush()
    uow.audit(actor, "evidence.attach", entity="evidence", entity_id=row.id, case_id=case.id,
              new=snapshot(row))
    uow.commit()
    return row.id


def evidence_content(uow: UnitOfWork, actor: Actor, evidence_id: uuid.UUID) -> tuple[bytes, str]:
    """The file's bytes, checked against the stored hash, and its type.

    Viewing is audited as ``case.view_sensitive`` (once per user and file within
    ``casefile.VIEW_LOG_INTERVAL``)."""
    require(actor.role, Action.VIEW_SENSITIVE)
    row = load(uow.session, Evidence, evidence_id, "evidence")
    content = uow.session.get(EvidenceContent, row.id)
    data = content.content if content else b""
    if hashlib.sha256(data).hexdigest() != row.sha256:
        raise ValidationError({"evidence.content": FieldMessage(
            _N("Validation", "the stored file does not match its hash; run “pana db verify”."))})
    log_sensitive_view(uow, actor, row.case_id, ["evidence_content"], entity="evidence",
                       entity_id=row.id)
    return data, row.mime_type
