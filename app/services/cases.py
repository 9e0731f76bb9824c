"""Registering petitions and keeping the case file: applicant, family, documents, history."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from app.db import search
from app.db.audit import Actor
from app.db.base import utcnow
from app.db.models import (
    Applicant,
    Case,
    CaseRepresentative,
    CaseSequence,
    Certificate,
    CourtRuling,
    CriminalProceeding,
    EntryRecord,
    FamilyMember,
    IdentityDocument,
    Incident,
    PersonName,
    Representative,
    User,
)
from app.db.uow import UnitOfWork
from app.documents.pictures import check_picture
from app.domain import validation as v
from app.domain.dates import PartialDate
from app.domain.errors import FieldMessage, TransitionNotAllowed, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.names import document_key
from app.domain.numbering import CaseNumber
from app.domain.permissions import Action, require
from app.domain.vocab import (
    CertificateKind,
    CertificateState,
    DocumentType,
    IncidentKind,
    NameUse,
    Relation,
    Role,
    Script,
    Sex,
)
from app.domain.workflow import CaseStatus, status_label
from app.services.common import (
    changes,
    check_version,
    ensure_editable,
    load,
    load_case,
    snapshot,
)
from app.services.decisions import next_certificate_number
from app.services.settings import commission_region, deadline_settings, new_certificate_code


@dataclass
class NameInput:
    script: str
    surname: str = ""
    given_names: str = ""
    patronymic: str = ""
    use: str = NameUse.OFFICIAL.value


@dataclass
class PersonInput:
    """Fields shared by the applicant and family members."""

    names: list[NameInput] = field(default_factory=list)
    sex: str = Sex.UNKNOWN.value
    birth_date: str = ""  # PartialDate text: 1990, 1990-05, 1990-05-17, 1990~


@dataclass
class PetitionInput(PersonInput):
    place_of_birth: str = ""
    citizenships: list[str] = field(default_factory=list)
    stateless: bool = False
    ethnicity: str = ""
    religion: str = ""
    languages: list[str] = field(default_factory=list)
    phone: str = ""
    email: str = ""
    address: str = ""
    consent_given: bool = False
    arrived_on: date | None = None
    registered_on: date | None = None
    petition_language: str = "kk"
    document_language: str = "kk+ru"
    assigned_officer: str | None = None  # username; default: the registering officer
    notes: str = ""


@dataclass(frozen=True)
class CaseRef:
    id: uuid.UUID
    number: str
    version: int


# ---------------------------------------------------------------------------
# validation


def _names(errors: v.Collector, names: list[NameInput], prefix: str) -> list[NameInput]:
    cleaned = []
    if not names:
        errors.add(f"{prefix}.names", FieldMessage(
            _N("Validation", "at least one written form of the name is required.")))
    for i, name in enumerate(names):
        where = f"{prefix}.names[{i}]"
        script = errors.check(v.choice, name.script, Script, f"{where}.script")
        use = errors.check(v.choice, name.use, NameUse, f"{where}.use")
        surname = errors.check(v.text, name.surname, f"{where}.surname", max_len=v.MAX_NAME)
        given = errors.check(v.text, name.given_names, f"{where}.given_names", max_len=v.MAX_NAME)
        patronymic = errors.check(v.text, name.patronymic, f"{where}.patronymic", max_len=v.MAX_NAME)
        if surname is not None and given is not None and not (surname or given):
            errors.add(where, FieldMessage(
                _N("Validation", "a name needs a surname or a given name.")))
        if None not in (script, use, surname, given, patronymic):
            cleaned.append(NameInput(script.value, surname, given, patronymic, use.value))
    return cleaned


def _birth(errors: v.Collector, value: str, where: str) -> PartialDate | None:
    if not value or not str(value).strip():
        return None
    try:
        born = PartialDate.parse(str(value))
    except ValidationError as exc:
        errors.add(where, next(iter(exc.errors.values())))
        return None
    if born.earliest() > date.today():
        errors.add(where, FieldMessage(_N("Validation", "a birth date cannot be in the future.")))
    return born


def _birth_columns(born: PartialDate | None) -> dict:
    return dict(birth_year=born.year if born else None,
                birth_month=born.month if born else None,
                birth_day=born.day if born else None,
                birth_estimated=born.estimated if born else False)


def _set_birth(row, born: PartialDate | None) -> None:
    for column, value in _birth_columns(born).items():
        setattr(row, column, value)


def birth_text(row) -> str:
    if row.birth_year is None:
        return ""
    return str(PartialDate(row.birth_year, row.birth_month, row.birth_day, row.birth_estimated))


def _replace_names(row, names: list[NameInput], owner: str) -> None:
    row.names.clear()
    for position, name in enumerate(names):
        row.names.append(PersonName(
            position=position, script=name.script, use=name.use, surname=name.surname,
            given_names=name.given_names, patronymic=name.patronymic,
            **{owner: row.id}))


def _validate_petition(data: PetitionInput) -> tuple[v.Collector, dict]:
    errors = v.Collector()
    out: dict = {}
    out["names"] = _names(errors, data.names, "applicant")
    out["sex"] = errors.check(v.choice, data.sex, Sex, "applicant.sex")
    out["born"] = _birth(errors, data.birth_date, "applicant.birth_date")
    out["place_of_birth"] = errors.check(v.text, data.place_of_birth, "applicant.place_of_birth")
    out["citizenships"] = errors.check(v.countries, data.citizenships, "applicant.citizenships")
    if data.stateless and data.citizenships:
        errors.add("applicant.stateless", FieldMessage(
            _N("Validation", "a stateless person has no citizenship; clear one of the two.")))
    out["ethnicity"] = errors.check(v.text, data.ethnicity, "applicant.ethnicity", max_len=v.MAX_SHORT)
    out["religion"] = errors.check(v.text, data.religion, "applicant.religion", max_len=v.MAX_SHORT)
    out["languages"] = errors.check(v.languages, data.languages, "applicant.languages")
    out["phone"] = errors.check(v.phone, data.phone, "applicant.phone")
    out["email"] = errors.check(v.email, data.email, "applicant.email")
    out["address"] = errors.check(v.long_text, data.address, "applicant.address")
    out["notes"] = errors.check(v.long_text, data.notes, "case.notes")
    out["petition_language"] = errors.check(v.text, data.petition_language,
                                            "case.petition_language", max_len=8)
    out["document_language"] = errors.check(v.document_language, data.document_language,
                                            "case.document_language")
    today = date.today()
    registered = data.registered_on or today
    if registered > today:
        errors.add("case.registered_on", FieldMessage(
            _N("Validation", "the registration date cannot be in the future.")))
    if data.arrived_on and data.arrived_on > registered:
        errors.add("case.arrived_on", FieldMessage(
            _N("Validation", "the arrival date cannot be after the registration date.")))
    out["registered_on"] = registered
    return errors, out


# ---------------------------------------------------------------------------
# use cases


def next_case_number(uow: UnitOfWork, region: str, year: int) -> str:
    """Take the next number; within a BEGIN IMMEDIATE transaction nobody else can."""
    seq = uow.session.get(CaseSequence, (region, year))
    if seq is None:
        seq = CaseSequence(region_code=region, year=year, last_value=0)
        uow.session.add(seq)
    seq.last_value += 1
    uow.session.flush()
    return str(CaseNumber(region, year, seq.last_value))


def register_petition(uow: UnitOfWork, actor: Actor, data: PetitionInput, *,
                      documents: list[DocumentInput] = (),
                      confirmed_distinct: list = ()) -> CaseRef:
    """Register a petition: a new case, its number, and the asylum-seeker certificate.

    ``documents`` are the identity documents shown with the petition.
    ``confirmed_distinct`` are the possible duplicates (``DuplicateCandidate``)
    the officer looked at and confirmed to be other people; the answer is
    recorded with the case, in the same transaction.
    """
    require(actor.role, Action.REGISTER_PETITION)
    errors, d = _validate_petition(data)
    session = uow.session
    document_values = [_values_document(errors, session, None, doc, f"documents[{i}]")
                       for i, doc in enumerate(documents)]
    officer_id = actor.user_id
    if data.assigned_officer:
        officer = _active_officer(session, data.assigned_officer)
        if officer is None:
            errors.add("case.assigned_officer", FieldMessage(
                _N("Validation", "“{name}” is not an active officer."),
                name=v.shown(data.assigned_officer)))
        else:
            officer_id = officer.id
    errors.raise_if_any()

    settings = deadline_settings(session)
    registered: date = d["registered_on"]
    number = next_case_number(uow, commission_region(session), registered.year)
    case = Case(
        id=uuid.uuid4(), number=number, status=CaseStatus.REGISTERED.value,
        assigned_officer_id=officer_id, registered_on=registered, arrived_on=data.arrived_on,
        petition_language=d["petition_language"] or "kk",
        document_language=d["document_language"], notes=d["notes"],
        decision_due_on=settings.decision_due(registered))
    session.add(case)
    applicant = Applicant(
        id=uuid.uuid4(), case_id=case.id, sex=d["sex"].value,
        place_of_birth=d["place_of_birth"], stateless=data.stateless,
        citizenships=",".join(d["citizenships"]), ethnicity=d["ethnicity"],
        religion=d["religion"], languages=",".join(d["languages"]), phone=d["phone"],
        email=d["email"], address=d["address"], consent_given=data.consent_given,
        consent_on=registered if data.consent_given else None)
    _set_birth(applicant, d["born"])
    session.add(applicant)
    _replace_names(applicant, d["names"], "applicant_id")
    certificate = Certificate(
        id=uuid.uuid4(), case_id=case.id, kind=CertificateKind.ASYLUM_SEEKER.value,
        number=f"AS-{number}-1", issued_on=registered,
        valid_to=settings.asylum_certificate_until(registered),
        verification_code=new_certificate_code(), issued_by_id=actor.user_id)
    session.add(certificate)
    added = [IdentityDocument(id=uuid.uuid4(), case_id=case.id, **values)
             for values in document_values]
    session.add_all(added)
    session.flush()
    search.reindex_case(session, case.id, case.number)
    if confirmed_distinct:
        from app.services.duplicates import add_distinct_records

        add_distinct_records(uow, actor, case, list(confirmed_distinct))
    new = snapshot(case) | {"applicant": snapshot(applicant),
                            "names": [n.__dict__ for n in d["names"]],
                            "documents": [snapshot(doc) for doc in added]}
    uow.audit(actor, "case.register", entity="case", entity_id=case.id, case_id=case.id, new=new)
    uow.audit(actor, "certificate.issue", entity="certificate", entity_id=certificate.id,
              case_id=case.id, new=snapshot(certificate))
    uow.commit()
    return CaseRef(case.id, case.number, case.version)


def update_applicant(uow: UnitOfWork, actor: Actor, number: str, data: PetitionInput,
                     *, expected_version: int) -> CaseRef:
    """Save the applicant's details; refused if somebody saved a newer version."""
    require(actor.role, Action.EDIT_CASE_FILE)
    session = uow.session
    case = load_case(session, number)
    ensure_editable(case)
    applicant = case.applicant
    check_version(applicant, expected_version, "applicant")
    errors, d = _validate_petition(data)
    errors.raise_if_any()
    before = snapshot(applicant) | {"names": _name_dicts(applicant.names)}
    applicant.sex = d["sex"].value
    _set_birth(applicant, d["born"])
    applicant.place_of_birth = d["place_of_birth"]
    applicant.stateless = data.stateless
    applicant.citizenships = ",".join(d["citizenships"])
    applicant.ethnicity, applicant.religion = d["ethnicity"], d["religion"]
    applicant.languages = ",".join(d["languages"])
    applicant.phone, applicant.email, applicant.address = d["phone"], d["email"], d["address"]
    if data.consent_given and not applicant.consent_given:
        applicant.consent_on = date.today()
    applicant.consent_given = data.consent_given
    case.document_language = d["document_language"]
    _replace_names(applicant, d["names"], "applicant_id")
    # Names live in child rows; touching the row makes every save bump its version.
    applicant.updated_at = utcnow()
    session.flush()
    after = snapshot(applicant) | {"names": _name_dicts(applicant.names)}
    old, new = changes(before, after)
    search.reindex_case(session, case.id, case.number)
    uow.audit(actor, "applicant.update", entity="applicant", entity_id=applicant.id,
              case_id=case.id, old=old, new=new)
    uow.commit()
    return CaseRef(case.id, case.number, applicant.version)


#: The largest photo file stored (``exchange`` imports no larger one either).
MAX_PHOTO_BYTES = 5 * 1024 * 1024


def set_photo(uow: UnitOfWork, actor: Actor, number: str, content: bytes, mime: str) -> None:
    require(actor.role, Action.EDIT_CASE_FILE)
    check_picture(content, mime, "applicant.photo", MAX_PHOTO_BYTES)
    content = bytes(content)
    case = load_case(uow.session, number)
    ensure_editable(case)
    case.applicant.photo, case.applicant.photo_mime = content, mime
    uow.audit(actor, "applicant.photo", entity="applicant", entity_id=case.applicant.id,
              case_id=case.id, new={"photo": content})
    uow.commit()


def _name_dicts(names: list[PersonName]) -> list[dict]:
    return [{"script": n.script, "use": n.use, "surname": n.surname,
             "given_names": n.given_names, "patronymic": n.patronymic} for n in names]


# ---------------------------------------------------------------------------
# the records of the case file: family, documents, entry and legal history, incidents
#
# Each kind is validated by one ``_values_*`` function that returns the column
# values; ``add_*`` and ``update_*`` both use it. The helpers below are shared
# with claims.py (incidents) and interviews.py.


@dataclass(frozen=True)
class RecordKind:
    model: type
    #: In messages: "the family member was changed by somebody else" (a noun, translatable).
    what: FieldMessage
    action: str  # prefix of the audit actions for adding and updating
    permission: Action
    reindex: bool = False  # names or document numbers feed the search index


#: The records ``remove_record`` takes, keyed by kind (also the audit entity).
RECORD_KINDS: dict[str, RecordKind] = {
    "family_member": RecordKind(
        FamilyMember, FieldMessage(_N("Validation", "family member")), "family_member",
        Action.EDIT_CASE_FILE, reindex=True),
    "identity_document": RecordKind(
        IdentityDocument, FieldMessage(_N("Validation", "identity document")), "document",
        Action.EDIT_CASE_FILE, reindex=True),
    "entry_record": RecordKind(
        EntryRecord, FieldMessage(_N("Validation", "entry record")), "entry",
        Action.EDIT_CASE_FILE),
    "criminal_proceeding": RecordKind(
        CriminalProceeding, FieldMessage(_N("Validation", "criminal proceeding")), "proceeding",
        Action.EDIT_CASE_FILE),
    "court_ruling": RecordKind(
        CourtRuling, FieldMessage(_N("Validation", "court ruling")), "ruling",
        Action.EDIT_CASE_FILE),
    "incident": RecordKind(
        Incident, FieldMessage(_N("Validation", "incident")), "incident", Action.EDIT_CLAIM),
}


def load_case_record(session, case_id: uuid.UUID, model: type, record_id: uuid.UUID | str,
                     what: str, field_path: str):
    """A record of case ``case_id``; one of another case is refused, naming ``field_path``."""
    row = load(session, model, record_id, what)
    if row.case_id != case_id:
        raise ValidationError({field_path: FieldMessage(
            _N("Validation", "that {what} belongs to another case."), what=what)})
    return row


def case_for_change(uow: UnitOfWork, actor: Actor, number: str, kind: str) -> Case:
    """The case whose file gets a record of ``kind``, after the role and state checks."""
    require(actor.role, RECORD_KINDS[kind].permission)
    case = load_case(uow.session, number)
    ensure_editable(case)
    return case


def record_for_change(uow: UnitOfWork, actor: Actor, number: str, kind: str,
                      record_id: uuid.UUID | str, expected_version: int | None
                      ) -> tuple[Case, Any]:
    """The case and its record about to change; refused if the record was saved meanwhile."""
    spec = RECORD_KINDS[kind]
    case = case_for_change(uow, actor, number, kind)
    row = load_case_record(uow.session, case.id, spec.model, record_id, spec.what, kind)
    check_version(row, expected_version, spec.what)
    return case, row


def audit_values(kind: str, row) -> dict:
    """A record's values for the audit trail, with its child rows."""
    values = snapshot(row)
    if kind == "family_member":
        values["names"] = _name_dicts(row.names)
    elif kind == "incident":
        # Links have no order; sorted, an unchanged set of links shows no change.
        values["evidence_ids"] = sorted((link.evidence_id for link in row.evidence_links),
                                        key=str)
    return values


def save_new_record(uow: UnitOfWork, actor: Actor, case: Case, kind: str, row) -> uuid.UUID:
    """Write, reindex, audit the new values, commit; returns the record's id."""
    spec = RECORD_KINDS[kind]
    uow.session.add(row)
    uow.session.flush()
    if spec.reindex:
        search.reindex_case(uow.session, case.id, case.number)
    uow.audit(actor, f"{spec.action}.add", entity=kind, entity_id=row.id, case_id=case.id,
              new=audit_values(kind, row))
    uow.commit()
    return row.id


def save_changed_record(uow: UnitOfWork, actor: Actor, case: Case, kind: str, row,
                        before: dict) -> int:
    """Write, reindex, audit old and new values, commit; returns the record's new version."""
    spec = RECORD_KINDS[kind]
    # Names and evidence links are child rows; touching the row makes every save
    # a new version, so a copy taken before it is recognised as stale.
    row.updated_at = utcnow()
    uow.session.flush()
    old, new = changes(before, audit_values(kind, row))
    if spec.reindex:
        search.reindex_case(uow.session, case.id, case.number)
    uow.audit(actor, f"{spec.action}.update", entity=kind, entity_id=row.id, case_id=case.id,
              old=old, new=new)
    uow.commit()
    return row.version


def _assign(row, values: dict) -> None:
    for key, value in values.items():
        setattr(row, key, value)


def _add_plain_record(uow: UnitOfWork, actor: Actor, number: str, kind: str, validate,
                      data) -> uuid.UUID:
    """Add a record whose fields are all columns: validate, insert, audit, commit."""
    case = case_for_change(uow, actor, number, kind)
    errors = v.Collector()
    values = validate(errors, data)
    errors.raise_if_any()
    row = RECORD_KINDS[kind].model(id=uuid.uuid4(), case_id=case.id, **values)
    return save_new_record(uow, actor, case, kind, row)


def _update_plain_record(uow: UnitOfWork, actor: Actor, number: str, kind: str, record_id,
                         validate, data, expected_version: int) -> int:
    """Change such a record from the version the user saw; returns the new version."""
    case, row = record_for_change(uow, actor, number, kind, record_id, expected_version)
    errors = v.Collector()
    values = validate(errors, data)
    errors.raise_if_any()
    before = audit_values(kind, row)
    _assign(row, values)
    return save_changed_record(uow, actor, case, kind, row, before)


def _enum_value(member) -> str | None:
    return member.value if member is not None else None


def _not_future(errors: v.Collector, value: date | None, where: str,
                message: FieldMessage) -> None:
    if value is not None and value > date.today():
        errors.add(where, message)


def remove_record(uow: UnitOfWork, actor: Actor, number: str, kind: str,
                  record_id: uuid.UUID | str, *, expected_version: int) -> None:
    """Remove a family member, identity document, entry record, criminal proceeding,
    court ruling or incident from the case file; the audit keeps its values."""
    if not isinstance(kind, str) or kind not in RECORD_KINDS:
        raise ValidationError({"kind": FieldMessage(
            _N("Validation", "“{value}” is not one of: {allowed}."),
            value=v.shown(kind), allowed=", ".join(RECORD_KINDS))})
    case, row = record_for_change(uow, actor, number, kind, record_id, expected_version)
    if kind == "family_member":
        _refuse_if_referred_to(uow.session, row)
    old = audit_values(kind, row)
    uow.session.delete(row)
    uow.session.flush()
    if RECORD_KINDS[kind].reindex:
        search.reindex_case(uow.session, case.id, case.number)
    uow.audit(actor, f"{kind}.remove", entity=kind, entity_id=row.id, case_id=case.id, old=old)
    uow.commit()


def _refuse_if_referred_to(session, member: FamilyMember) -> None:
    """A relative stays while a document or an incident names them."""
    referring = [
        FieldMessage(_N("Validation", "the {type} {number}"),
                     type=_member_or_value(DocumentType, doc.doc_type), number=doc.number)
        for doc in session.execute(select(IdentityDocument).where(
            IdentityDocument.family_member_id == member.id)
            .order_by(IdentityDocument.created_at)).scalars()]
    referring += [
        FieldMessage(_N("Validation", "the incident “{kind}” of {date}"),
                     kind=_member_or_value(IncidentKind, incident.kind),
                     date=_partial_or_text(incident.started))
        if incident.started else
        FieldMessage(_N("Validation", "the incident “{kind}”"),
                     kind=_member_or_value(IncidentKind, incident.kind))
        for incident in session.execute(select(Incident).where(
            Incident.family_member_id == member.id).order_by(Incident.created_at)).scalars()]
    if len(referring) == 1:
        raise ValidationError({"family_member": FieldMessage(
            _N("Validation", "{record} still refers to this person; remove or change it "
                             "first."), record=referring[0])})
    if referring:
        listed = referring[0]
        for item in referring[1:-1]:
            listed = FieldMessage(_N("Validation", "{list}, {item}"), list=listed, item=item)
        listed = FieldMessage(_N("Validation", "{list} and {item}"), list=listed,
                              item=referring[-1])
        raise ValidationError({"family_member": FieldMessage(
            _N("Validation", "{records} still refer to this person; remove or change them "
                             "first."), records=listed)})


def _partial_or_text(stored: str) -> PartialDate | str:
    """A stored partial date (shown in the interface's locale), else the text."""
    try:
        return PartialDate.parse(stored)
    except ValidationError:
        return stored


def _member_or_value(enum: type, stored: str):
    """The enum member a stored value names (shown through its label), else the value."""
    try:
        return enum(stored)
    except ValueError:
        return stored


@dataclass
class FamilyMemberInput(PersonInput):
    relation: str = Relation.OTHER.value
    whereabouts: str = ""
    included_in_petition: bool = False
    own_case: str | None = None  # number of the relative's own case, if any
    notes: str = ""


def _values_family_member(errors: v.Collector, session, case: Case,
                          data: FamilyMemberInput) -> tuple[dict, list[NameInput]]:
    names = _names(errors, data.names, "family_member")
    relation = errors.check(v.choice, data.relation, Relation, "family_member.relation")
    sex = errors.check(v.choice, data.sex, Sex, "family_member.sex")
    born = _birth(errors, data.birth_date, "family_member.birth_date")
    whereabouts = errors.check(v.text, data.whereabouts, "family_member.whereabouts")
    notes = errors.check(v.long_text, data.notes, "family_member.notes")
    own_case_id = None
    own_number = errors.check(_own_case_number, data.own_case)
    if own_number:
        own_case_id = session.execute(select(Case.id).where(Case.number == own_number)).scalar()
        if own_case_id is None:
            errors.add("family_member.own_case", FieldMessage(
                _N("Validation", "there is no case {number}."), number=own_number))
        elif own_case_id == case.id:
            errors.add("family_member.own_case", FieldMessage(
                _N("Validation", "that is this case; a relative's own case is another one.")))
    values = dict(relation=_enum_value(relation), sex=_enum_value(sex), whereabouts=whereabouts,
                  included_in_petition=bool(data.included_in_petition),
                  own_case_id=own_case_id, notes=notes)
    return values | _birth_columns(born), names


def _own_case_number(value: object) -> str:
    """The number of a relative's own case as typed, cleaned; "" for none."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    try:
        return str(CaseNumber.parse(value))  # type: ignore[arg-type]
    except ValidationError as exc:
        raise ValidationError({"family_member.own_case": exc.errors["number"]}) from None


def add_family_member(uow: UnitOfWork, actor: Actor, number: str,
                      data: FamilyMemberInput) -> uuid.UUID:
    case = case_for_change(uow, actor, number, "family_member")
    errors = v.Collector()
    values, names = _values_family_member(errors, uow.session, case, data)
    errors.raise_if_any()
    member = FamilyMember(id=uuid.uuid4(), case_id=case.id, **values)
    _replace_names(member, names, "family_member_id")
    return save_new_record(uow, actor, case, "family_member", member)


def update_family_member(uow: UnitOfWork, actor: Actor, number: str,
                         member_id: uuid.UUID | str, data: FamilyMemberInput, *,
                         expected_version: int) -> int:
    """Save a relative's details; returns the new version."""
    case, member = record_for_change(uow, actor, number, "family_member", member_id,
                                     expected_version)
    errors = v.Collector()
    values, names = _values_family_member(errors, uow.session, case, data)
    errors.raise_if_any()
    before = audit_values("family_member", member)
    _assign(member, values)
    _replace_names(member, names, "family_member_id")
    return save_changed_record(uow, actor, case, "family_member", member, before)


@dataclass
class DocumentInput:
    doc_type: str
    number: str
    issuing_country: str = ""
    issuer: str = ""
    issued_on: date | None = None
    expires_on: date | None = None
    is_original: bool = False
    family_member_id: uuid.UUID | None = None
    notes: str = ""


def _values_document(errors: v.Collector, session, case_id: uuid.UUID | None,
                     data: DocumentInput, prefix: str = "document") -> dict:
    """``case_id`` is None for the documents of a petition being registered."""
    doc_type = errors.check(v.choice, data.doc_type, DocumentType, f"{prefix}.doc_type")
    doc_number = errors.check(v.text, data.number, f"{prefix}.number", required=True,
                              max_len=v.MAX_SHORT)
    if doc_number and not document_key(doc_number):
        errors.add(f"{prefix}.number", FieldMessage(
            _N("Validation", "a document number needs at least one letter or digit.")))
    country = None
    if data.issuing_country:
        country = errors.check(v.countries, [data.issuing_country], f"{prefix}.issuing_country")
    issuer = errors.check(v.text, data.issuer, f"{prefix}.issuer")
    notes = errors.check(v.long_text, data.notes, f"{prefix}.notes")
    _not_future(errors, data.issued_on, f"{prefix}.issued_on", FieldMessage(
        _N("Validation", "the issue date cannot be in the future.")))
    if data.issued_on and data.expires_on and data.expires_on < data.issued_on:
        errors.add(f"{prefix}.expires_on", FieldMessage(
            _N("Validation", "the expiry date is before the issue date.")))
    if data.family_member_id is not None:
        member = session.get(FamilyMember, data.family_member_id)
        if member is None or member.case_id != case_id:
            errors.add(f"{prefix}.family_member_id", FieldMessage(
                _N("Validation", "that person is not in this case.")))
    return dict(doc_type=_enum_value(doc_type), number=doc_number,
                number_key=document_key(doc_number or ""), issuing_country=(country or [""])[0],
                issuer=issuer, issued_on=data.issued_on, expires_on=data.expires_on,
                is_original=bool(data.is_original), family_member_id=data.family_member_id,
                notes=notes)


def add_identity_document(uow: UnitOfWork, actor: Actor, number: str,
                          data: DocumentInput) -> uuid.UUID:
    case = case_for_change(uow, actor, number, "identity_document")
    errors = v.Collector()
    values = _values_document(errors, uow.session, case.id, data)
    errors.raise_if_any()
    return save_new_record(uow, actor, case, "identity_document",
                           IdentityDocument(id=uuid.uuid4(), case_id=case.id, **values))


def update_identity_document(uow: UnitOfWork, actor: Actor, number: str,
                             document_id: uuid.UUID | str, data: DocumentInput, *,
                             expected_version: int) -> int:
    """Save an identity document; returns the new version."""
    case, doc = record_for_change(uow, actor, number, "identity_document", document_id,
                                  expected_version)
    errors = v.Collector()
    values = _values_document(errors, uow.session, case.id, data)
    errors.raise_if_any()
    before = audit_values("identity_document", doc)
    _assign(doc, values)
    return save_changed_record(uow, actor, case, "identity_document", doc, before)


@dataclass
class EntryInput:
    crossed_on: date | None = None
    place: str = ""
    irregular: bool = True
    from_country: str = ""
    notes: str = ""


def _values_entry(errors: v.Collector, data: EntryInput) -> dict:
    place = errors.check(v.text, data.place, "entry.place")
    notes = errors.check(v.long_text, data.notes, "entry.notes")
    country = [""]
    if data.from_country:
        country = errors.check(v.countries, [data.from_country], "entry.from_country") or [""]
    _not_future(errors, data.crossed_on, "entry.crossed_on", FieldMessage(
        _N("Validation", "the crossing date cannot be in the future.")))
    return dict(crossed_on=data.crossed_on, place=place, irregular=bool(data.irregular),
                from_country=country[0], notes=notes)


def add_entry_record(uow: UnitOfWork, actor: Actor, number: str, data: EntryInput) -> uuid.UUID:
    return _add_plain_record(uow, actor, number, "entry_record", _values_entry, data)


def update_entry_record(uow: UnitOfWork, actor: Actor, number: str, entry_id: uuid.UUID | str,
                        data: EntryInput, *, expected_version: int) -> int:
    """Save how and where the applicant crossed; returns the new version."""
    return _update_plain_record(uow, actor, number, "entry_record", entry_id, _values_entry,
                                data, expected_version)


@dataclass
class ProceedingInput:
    court: str = ""
    article: str = ""
    verdict_on: date | None = None
    sentence: str = ""
    pretrial_detention_days: int = 0
    notes: str = ""


def _values_proceeding(errors: v.Collector, data: ProceedingInput) -> dict:
    court = errors.check(v.text, data.court, "proceeding.court", required=True)
    article = errors.check(v.text, data.article, "proceeding.article", max_len=100)
    sentence = errors.check(v.text, data.sentence, "proceeding.sentence")
    days = errors.check(v.non_negative, data.pretrial_detention_days,
                        "proceeding.pretrial_detention_days")
    notes = errors.check(v.long_text, data.notes, "proceeding.notes")
    _not_future(errors, data.verdict_on, "proceeding.verdict_on", FieldMessage(
        _N("Validation", "the verdict date cannot be in the future.")))
    return dict(court=court, article=article, verdict_on=data.verdict_on, sentence=sentence,
                pretrial_detention_days=days, notes=notes)


def add_criminal_proceeding(uow: UnitOfWork, actor: Actor, number: str,
                            data: ProceedingInput) -> uuid.UUID:
    return _add_plain_record(uow, actor, number, "criminal_proceeding", _values_proceeding,
                             data)


def update_criminal_proceeding(uow: UnitOfWork, actor: Actor, number: str,
                               proceeding_id: uuid.UUID | str, data: ProceedingInput, *,
                               expected_version: int) -> int:
    """Save a criminal proceeding; returns the new version."""
    return _update_plain_record(uow, actor, number, "criminal_proceeding", proceeding_id,
                                _values_proceeding, data, expected_version)


@dataclass
class RulingInput:
    court: str = ""
    ruled_on: date | None = None
    reference: str = ""
    deportation_barred: bool = True
    summary: str = ""


def _values_ruling(errors: v.Collector, data: RulingInput) -> dict:
    court = errors.check(v.text, data.court, "ruling.court", required=True)
    reference = errors.check(v.text, data.reference, "ruling.reference", max_len=100)
    summary = errors.check(v.long_text, data.summary, "ruling.summary")
    _not_future(errors, data.ruled_on, "ruling.ruled_on", FieldMessage(
        _N("Validation", "the date of the ruling cannot be in the future.")))
    return dict(court=court, ruled_on=data.ruled_on, reference=reference,
                deportation_barred=bool(data.deportation_barred), summary=summary)


def add_court_ruling(uow: UnitOfWork, actor: Actor, number: str, data: RulingInput) -> uuid.UUID:
    return _add_plain_record(uow, actor, number, "court_ruling", _values_ruling, data)


def update_court_ruling(uow: UnitOfWork, actor: Actor, number: str, ruling_id: uuid.UUID | str,
                        data: RulingInput, *, expected_version: int) -> int:
    """Save a court ruling on deportation; returns the new version."""
    return _update_plain_record(uow, actor, number, "court_ruling", ruling_id, _values_ruling,
                                data, expected_version)


@dataclass
class RepresentativeInput:
    full_name: str
    organisation: str = ""
    licence_number: str = ""
    phone: str = ""
    email: str = ""
    power_of_attorney: str = ""
    power_of_attorney_on: date | None = None


def set_representative(uow: UnitOfWork, actor: Actor, number: str,
                       data: RepresentativeInput) -> uuid.UUID:
    """Record the representative acting in the case (reusing a known one by licence)."""
    require(actor.role, Action.EDIT_CASE_FILE)
    session = uow.session
    case = load_case(session, number)
    ensure_editable(case)
    errors = v.Collector()
    name = errors.check(v.text, data.full_name, "representative.full_name", required=True)
    organisation = errors.check(v.text, data.organisation, "representative.organisation")
    licence = errors.check(v.text, data.licence_number, "representative.licence_number",
                           max_len=100)
    phone = errors.check(v.phone, data.phone, "representative.phone")
    email = errors.check(v.email, data.email, "representative.email")
    poa = errors.check(v.text, data.power_of_attorney, "representative.power_of_attorney",
                       max_len=200)
    errors.raise_if_any()
    rep = None
    if licence:
        rep = session.execute(
            select(Representative).where(Representative.licence_number == licence)).scalar()
    if rep is None:
        rep = Representative(id=uuid.uuid4(), full_name=name, organisation=organisation,
                             licence_number=licence, phone=phone, email=email)
        session.add(rep)
        session.flush()
        uow.audit(actor, "representative.add", entity="representative", entity_id=rep.id,
                  new=snapshot(rep))
    else:
        # The same licence is the same lawyer: keep their details current.
        before = snapshot(rep)
        rep.full_name, rep.organisation = name, organisation
        rep.phone, rep.email = phone, email
        session.flush()
        old, new = changes(before, snapshot(rep))
        if new:
            uow.audit(actor, "representative.update", entity="representative",
                      entity_id=rep.id, old=old, new=new)
    for link in session.execute(select(CaseRepresentative).where(
            CaseRepresentative.case_id == case.id, CaseRepresentative.active)).scalars():
        link.active = False
    link = session.execute(select(CaseRepresentative).where(
        CaseRepresentative.case_id == case.id,
        CaseRepresentative.representative_id == rep.id)).scalar()
    if link is None:
        link = CaseRepresentative(id=uuid.uuid4(), case_id=case.id, representative_id=rep.id)
        session.add(link)
    link.active = True
    link.power_of_attorney, link.power_of_attorney_on = poa, data.power_of_attorney_on
    session.flush()
    uow.audit(actor, "representative.assign", entity="case_representative", entity_id=link.id,
              case_id=case.id, new=snapshot(link))
    uow.commit()
    return rep.id


def _active_officer(session, username: object) -> User | None:
    """The enabled officer account ``username`` names, or None."""
    name = v.searchable(username, 64)
    officer = session.execute(select(User).where(User.username == name)).scalar() \
        if name else None
    if officer is None or officer.role != Role.OFFICER or officer.disabled:
        return None
    return officer


def assign_officer(uow: UnitOfWork, actor: Actor, number: str, username: str) -> None:
    require(actor.role, Action.ASSIGN_OFFICER)
    session = uow.session
    case = load_case(session, number)
    officer = _active_officer(session, username)
    if officer is None:
        raise ValidationError({"case.assigned_officer": FieldMessage(
            _N("Validation", "“{name}” is not an active officer."), name=v.shown(username))})
    old = case.assigned_officer_id
    case.assigned_officer_id = officer.id
    uow.audit(actor, "case.assign", entity="case", entity_id=case.id, case_id=case.id,
              old={"assigned_officer_id": old}, new={"assigned_officer_id": officer.id})
    uow.commit()


def record_fingerprints(uow: UnitOfWork, actor: Actor, number: str, taken_on: date) -> None:
    require(actor.role, Action.EDIT_CASE_FILE)
    case = load_case(uow.session, number)
    if taken_on < case.registered_on or taken_on > date.today():
        raise ValidationError({"case.fingerprints_taken_on": FieldMessage(
            _N("Validation", "the date must lie between registration and today."))})
    old = case.fingerprints_taken_on
    case.fingerprints_taken_on = taken_on
    uow.audit(actor, "case.fingerprints", entity="case", entity_id=case.id, case_id=case.id,
              old={"fingerprints_taken_on": old}, new={"fingerprints_taken_on": taken_on})
    uow.commit()


#: While a case is in one of these states its applicant is an asylum seeker, and the
#: asylum-seeker certificate is renewed: until the decision is served, and while a
#: refusal may still be or is being appealed. ``queries.due_items`` lists renewals for
#: the same states.
ASYLUM_SEEKER_STATES = frozenset(CaseStatus) - {
    CaseStatus.GRANTED, CaseStatus.EXTENSION_REQUESTED,
    CaseStatus.EXTENSION_PENDING_APPROVAL, CaseStatus.CLOSED}


def renew_asylum_certificate(uow: UnitOfWork, actor: Actor, number: str,
                             issued_on: date | None = None) -> str:
    """Issue the next asylum-seeker certificate; the one valid so far is replaced by it.

    Returns the new certificate's number (``AS-<case number>-<n>``).
    """
    require(actor.role, Action.REGISTER_DOCUMENT)
    session = uow.session
    case = load_case(session, number)
    if CaseStatus(case.status) not in ASYLUM_SEEKER_STATES:
        raise TransitionNotAllowed(
            _N("DomainError", "An asylum-seeker certificate can be renewed only while the "
                              "petition or an appeal is pending, not while the case is "
                              "“{status}”."), status=status_label(case.status))
    issued_on = issued_on or date.today()
    kind = CertificateKind.ASYLUM_SEEKER.value
    previous = list(session.execute(select(Certificate).where(
        Certificate.case_id == case.id, Certificate.kind == kind,
        Certificate.state == CertificateState.VALID.value)
        .order_by(Certificate.issued_on)).scalars())
    if issued_on > date.today():
        raise ValidationError({"certificate.issued_on": FieldMessage(
            _N("Validation", "the issue date cannot be in the future."))})
    if issued_on < case.registered_on:
        raise ValidationError({"certificate.issued_on": FieldMessage(
            _N("Validation", "the issue date cannot be before the petition was registered."))})
    if previous and issued_on < previous[-1].issued_on:
        raise ValidationError({"certificate.issued_on": FieldMessage(
            _N("Validation", "the renewal cannot predate certificate {number}, issued on "
                             "{date}, which it replaces."),
            number=previous[-1].number, date=previous[-1].issued_on)})
    certificate = Certificate(
        id=uuid.uuid4(), case_id=case.id, kind=kind,
        number=next_certificate_number(session, case, kind), issued_on=issued_on,
        valid_to=deadline_settings(session).asylum_certificate_until(issued_on),
        verification_code=new_certificate_code(), issued_by_id=actor.user_id)
    session.add(certificate)
    session.flush()
    for old in previous:
        old.state, old.replaced_by_id = CertificateState.REPLACED.value, certificate.id
    session.flush()
    # The state of each certificate replaced, before and after.
    before = {old.number: CertificateState.VALID.value for old in previous}
    after = {old.number: old.state for old in previous}
    uow.audit(actor, "certificate.renew", entity="certificate", entity_id=certificate.id,
              case_id=case.id, old={"previous": before} if before else None,
              new=snapshot(certificate) | {"previous": after})
    uow.commit()
    return certificate.number
