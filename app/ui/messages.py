"""Turning errors into text a person can act on, in the interface language.

A ``DomainError`` carries an English template and parameters; a
``ValidationError`` maps field paths to ``FieldMessage``s made the same way. Both
are translated here, their numbers and dates written in the interface locale, and
field paths (``applicant.names[0].surname``) shown as the field's label.
"""

from __future__ import annotations

import datetime
import enum
import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain import vocab
from app.domain.dates import PartialDate
from app.domain.errors import DomainError, FieldMessage, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.ui.locale_format import date_text, datetime_text, number_text, partial_date_text

#: The label of every field path the services name in a ``ValidationError``, in
#: context "Fields". An index in a path (``names[0]``) is written ``[]`` here, and
#: ``{n}`` in the label is that index counted from 1. A path with no label of its own
#: takes that of the nearest path above it (``setting.documents.name.kk`` →
#: ``setting.documents.name``); one with none at all is shown as it is (a case number
#: in a list of cases, a place in an import file).
FIELD_LABELS: dict[str, str] = {
    # exports
    "doc_type": _N("Fields", "Kind of document"),
    # accounts and security
    "username": _N("Fields", "User name"),
    "display_name": _N("Fields", "Display name"),
    "role": _N("Fields", "Role"),
    "password": _N("Fields", "Password"),
    "new_password": _N("Fields", "New password"),
    "language": _N("Fields", "Language"),
    "security.max_failed_logins": _N("Fields", "Failed logins before the account is locked"),
    "setting.security.idle_minutes": _N("Fields", "Minutes before an idle Pana locks"),
    # the commission, settings and backups
    "commission.name": _N("Fields", "Commission name"),
    "region": _N("Fields", "Region code"),
    "commission.address": _N("Fields", "Commission address"),
    "commission.signatory_name": _N("Fields", "Signatory"),
    "commission.signatory_title": _N("Fields", "Signatory's title"),
    "commission.letterhead": _N("Fields", "Letterhead"),
    "setting": _N("Fields", "Setting"),
    "setting.decision_months": _N("Fields", "Months to decide"),
    "setting.decision_max_months": _N("Fields", "Longest time to decide (months)"),
    "setting.asylum_certificate_months": _N("Fields",
                                            "Asylum-seeker certificate valid for (months)"),
    "setting.status_months": _N("Fields", "Refugee status valid for (months)"),
    "setting.appeal_months": _N("Fields", "Time to appeal (months)"),
    "setting.fingerprints_days": _N("Fields", "Days to take fingerprints"),
    "setting.petition_working_days": _N("Fields", "Working days to register a petition"),
    "setting.documents.name": _N("Fields", "Commission name in letters"),
    "setting.documents.address": _N("Fields", "Commission address in letters"),
    "setting.documents.signatory_title": _N("Fields", "Signatory's title in letters"),
    "setting.documents.appeal_court": _N("Fields", "Appeal court in letters"),
    "retention.years": _N("Fields", "Years to keep closed cases"),
    "retention.numbers": _N("Fields", "Case numbers"),
    "retention.mode": _N("Fields", "Anonymise or purge"),
    "backup.folder": _N("Fields", "Backup folder"),
    "backup.every_hours": _N("Fields", "Hours between backups"),
    "backup.keep": _N("Fields", "Backups to keep"),
    "date_to": _N("Fields", "Until"),
    # the petition and the applicant
    "number": _N("Fields", "Case number"),
    "date": _N("Fields", "Date"),
    "applicant.names": _N("Fields", "Names"),
    "applicant.names[]": _N("Fields", "Name (written form {n})"),
    "applicant.names[].script": _N("Fields", "Script (written form {n})"),
    "applicant.names[].use": _N("Fields", "Kind of name (written form {n})"),
    "applicant.names[].surname": _N("Fields", "Surname (written form {n})"),
    "applicant.names[].given_names": _N("Fields", "Given names (written form {n})"),
    "applicant.names[].patronymic": _N("Fields", "Patronymic (written form {n})"),
    "applicant.sex": _N("Fields", "Sex"),
    "applicant.birth_date": _N("Fields", "Date of birth"),
    "applicant.place_of_birth": _N("Fields", "Place of birth"),
    "applicant.citizenships": _N("Fields", "Citizenship"),
    "applicant.stateless": _N("Fields", "Stateless"),
    "applicant.ethnicity": _N("Fields", "Ethnicity"),
    "applicant.religion": _N("Fields", "Religion"),
    "applicant.languages": _N("Fields", "Languages"),
    "applicant.phone": _N("Fields", "Phone"),
    "applicant.email": _N("Fields", "E-mail"),
    "applicant.address": _N("Fields", "Address"),
    "applicant.photo": _N("Fields", "Photo"),
    "case.notes": _N("Fields", "Notes"),
    "numbers": _N("Fields", "Cases"),
    "request": _N("Fields", "Laptop's request file"),
    "reason": _N("Fields", "Reason"),
    "quota": _N("Fields", "Quota of new petitions"),
    "due_on": _N("Fields", "Return date"),
    "case.petition_language": _N("Fields", "Petition written in"),
    "case.document_language": _N("Fields", "Letters in"),
    "case.registered_on": _N("Fields", "Registered on"),
    "case.arrived_on": _N("Fields", "Arrived in Kazakhstan"),
    "case.assigned_officer": _N("Fields", "Officer"),
    "case.fingerprints_taken_on": _N("Fields", "Fingerprints taken on"),
    "kind": _N("Fields", "Kind of record"),
    # identity documents: of the case file, and of a petition being registered
    "document.doc_type": _N("Fields", "Document type"),
    "document.number": _N("Fields", "Document number"),
    "document.issuing_country": _N("Fields", "Issuing country"),
    "document.issuer": _N("Fields", "Issued by"),
    "document.issued_on": _N("Fields", "Issued on"),
    "document.expires_on": _N("Fields", "Expires on"),
    "document.family_member_id": _N("Fields", "Whose document"),
    "document.notes": _N("Fields", "Notes"),
    "documents[].doc_type": _N("Fields", "Document type (document {n})"),
    "documents[].number": _N("Fields", "Document number (document {n})"),
    "documents[].issuing_country": _N("Fields", "Issuing country (document {n})"),
    "documents[].issuer": _N("Fields", "Issued by (document {n})"),
    "documents[].issued_on": _N("Fields", "Issued on (document {n})"),
    "documents[].expires_on": _N("Fields", "Expires on (document {n})"),
    "documents[].family_member_id": _N("Fields", "Whose document (document {n})"),
    "documents[].notes": _N("Fields", "Notes (document {n})"),
    # family
    "family_member": _N("Fields", "Relative"),
    "family_member.names": _N("Fields", "Names"),
    "family_member.names[]": _N("Fields", "Name (written form {n})"),
    "family_member.names[].script": _N("Fields", "Script (written form {n})"),
    "family_member.names[].use": _N("Fields", "Kind of name (written form {n})"),
    "family_member.names[].surname": _N("Fields", "Surname (written form {n})"),
    "family_member.names[].given_names": _N("Fields", "Given names (written form {n})"),
    "family_member.names[].patronymic": _N("Fields", "Patronymic (written form {n})"),
    "family_member.relation": _N("Fields", "Relation"),
    "family_member.sex": _N("Fields", "Sex"),
    "family_member.birth_date": _N("Fields", "Date of birth"),
    "family_member.whereabouts": _N("Fields", "Whereabouts"),
    "family_member.own_case": _N("Fields", "Own case number"),
    "family_member.notes": _N("Fields", "Notes"),
    # entry, criminal proceedings, court rulings, representative
    "entry.crossed_on": _N("Fields", "Crossed on"),
    "entry.place": _N("Fields", "Place of crossing"),
    "entry.from_country": _N("Fields", "From country"),
    "entry.notes": _N("Fields", "Notes"),
    "proceeding.court": _N("Fields", "Court"),
    "proceeding.article": _N("Fields", "Article"),
    "proceeding.verdict_on": _N("Fields", "Verdict on"),
    "proceeding.sentence": _N("Fields", "Sentence"),
    "proceeding.pretrial_detention_days": _N("Fields", "Pre-trial detention (days)"),
    "proceeding.notes": _N("Fields", "Notes"),
    "ruling.court": _N("Fields", "Court"),
    "ruling.ruled_on": _N("Fields", "Ruled on"),
    "ruling.reference": _N("Fields", "Reference"),
    "ruling.summary": _N("Fields", "Summary"),
    "representative.full_name": _N("Fields", "Representative's name"),
    "representative.organisation": _N("Fields", "Organisation"),
    "representative.licence_number": _N("Fields", "Licence number"),
    "representative.phone": _N("Fields", "Phone"),
    "representative.email": _N("Fields", "E-mail"),
    "representative.power_of_attorney": _N("Fields", "Power of attorney"),
    # the claim, incidents and evidence
    "claim.summary": _N("Fields", "Summary"),
    "claim.actor_type": _N("Fields", "Feared actor"),
    "claim.actor_description": _N("Fields", "Actor described"),
    "claim.grounds[].ground": _N("Fields", "Ground {n}"),
    "claim.grounds[].nexus_note": _N("Fields", "Nexus (ground {n})"),
    "incident.kind": _N("Fields", "Kind of incident"),
    "incident.actor": _N("Fields", "Who"),
    "incident.actor_type": _N("Fields", "Actor type"),
    "incident.started": _N("Fields", "Started"),
    "incident.ended": _N("Fields", "Ended"),
    "incident.duration_days": _N("Fields", "Duration (days)"),
    "incident.place": _N("Fields", "Place"),
    "incident.description": _N("Fields", "What happened"),
    "incident.family_member_id": _N("Fields", "Relative concerned"),
    "incident.evidence_ids[]": _N("Fields", "Evidence {n}"),
    "evidence.title": _N("Fields", "Title"),
    "evidence.kind": _N("Fields", "Kind of evidence"),
    "evidence.filename": _N("Fields", "File name"),
    "evidence.source": _N("Fields", "Source"),
    "evidence.mime_type": _N("Fields", "File type"),
    "evidence.content": _N("Fields", "File"),
    "duplicates": _N("Fields", "Possible duplicates"),
    # interviews
    "interpreter.full_name": _N("Fields", "Interpreter's name"),
    "interpreter.languages": _N("Fields", "Interpreter's languages"),
    "interpreter.gender": _N("Fields", "Interpreter's gender"),
    "interpreter.organisation": _N("Fields", "Interpreter's organisation"),
    "interpreter.phone": _N("Fields", "Interpreter's phone"),
    "interview": _N("Fields", "Interview"),
    "interview.location": _N("Fields", "Place of the interview"),
    "interview.language": _N("Fields", "Language of the interview"),
    "interview.interpreter_id": _N("Fields", "Interpreter"),
    "interview.started_at": _N("Fields", "Started at"),
    "interview.ended_at": _N("Fields", "Ended at"),
    "interview.dialect": _N("Fields", "Dialect"),
    "interview.attendees": _N("Fields", "Others present"),
    "interview.demeanour_notes": _N("Fields", "Demeanour notes"),
    "interview.entries[].question": _N("Fields", "Question {n}"),
    "interview.entries[].answer": _N("Fields", "Answer {n}"),
    "draft.kind": _N("Fields", "Kind of draft"),
    # assessment and decisions
    "assessment": _N("Fields", "Assessment"),
    "assessment.internal_consistency": _N("Fields", "Internal consistency"),
    "assessment.internal_consistency_note": _N("Fields", "Note on internal consistency"),
    "assessment.coi_consistency": _N("Fields", "Consistency with country information"),
    "assessment.coi_consistency_note": _N("Fields",
                                          "Note on consistency with country information"),
    "assessment.plausibility": _N("Fields", "Plausibility"),
    "assessment.plausibility_note": _N("Fields", "Note on plausibility"),
    "assessment.well_founded_fear": _N("Fields", "Well-founded fear"),
    "assessment.well_founded_fear_note": _N("Fields", "Note on well-founded fear"),
    "assessment.exclusion_note": _N("Fields", "Exclusion"),
    "assessment.reasons": _N("Fields", "Reasons"),
    "assessment.recommended_outcome": _N("Fields", "Recommended outcome"),
    "assessment.legal_basis_code": _N("Fields", "Legal basis"),
    "assessment.grounds": _N("Fields", "Convention grounds"),
    "approval.comment": _N("Fields", "Comment"),
    "decision.decided_on": _N("Fields", "Decided on"),
    "notification.method": _N("Fields", "Way served"),
    "notification.served_on": _N("Fields", "Served on"),
    "certificate": _N("Fields", "Certificate"),
    "certificate.issued_on": _N("Fields", "Certificate issued on"),
    "certificate.replace_reason": _N("Fields", "Reason for the replacement"),
    "extension.applied_on": _N("Fields", "Extension applied for on"),
    "status_end.kind": _N("Fields", "How the status ended"),
    "status_end.ended_on": _N("Fields", "Status ended on"),
    "status_end.reason": _N("Fields", "Reason"),
    "appeal.lodged_on": _N("Fields", "Appeal lodged on"),
    "appeal.court": _N("Fields", "Court"),
    "appeal.reference": _N("Fields", "Court reference"),
    "appeal.outcome": _N("Fields", "Court's outcome"),
    "closure.reason": _N("Fields", "Reason for closing"),
    "closure.note": _N("Fields", "Note"),
    "reopening.reason": _N("Fields", "Why the case is reopened"),
    "deadline.new_due": _N("Fields", "New deadline"),
    "deadline.reason": _N("Fields", "Reason for the new deadline"),
    # printing and the registry
    "document.type": _N("Fields", "Document"),
    "document.language": _N("Fields", "Language of the document"),
    "document.target": _N("Fields", "Certificate"),
    "document.handed_to": _N("Fields", "Handed to"),
    "document.handed_over_on": _N("Fields", "Handed over on"),
    "document.void_reason": _N("Fields", "Reason for voiding"),
    "within_days": _N("Fields", "Ending within (days)"),
    "verify.number": _N("Fields", "Certificate number"),
    "verify.code": _N("Fields", "Verification code"),
    "status": _N("Fields", "Status"),
}

_INDEX = re.compile(r"\[(\d+)\]")
_PATH = re.compile(r"^[a-z_]+(?:\.[a-z_]+|\[\])*$")


def field_label(path: str) -> str:
    """The label of a field path in the interface language; the path itself when it is
    not a field (a case number, a place in an import file)."""
    indexes = _INDEX.findall(path)
    pattern = _INDEX.sub("[]", path)
    if not _PATH.match(pattern):
        return path
    while pattern:
        template = FIELD_LABELS.get(pattern)
        if template is not None:
            number = int(indexes[0]) + 1 if indexes else 1
            return _formatted(QCoreApplication.translate("Fields", template), template,
                              {"n": number})
        pattern = pattern.rpartition(".")[0]
    return path


def field_message_text(message: str) -> str:
    """A field's message in the interface language, its numbers and dates in the locale.

    A plain string (a widget's own ``tr()`` text) is shown as it is, after a look in
    context "Validation" in case it is a marked source text."""
    if not isinstance(message, FieldMessage):
        return QCoreApplication.translate("Validation", message) if message else message
    translated = QCoreApplication.translate(message.context, message.template)
    if not message.params:
        return translated
    try:
        return translated.format(**{k: param_text(v) for k, v in message.params.items()})
    except (KeyError, IndexError, ValueError):  # a translation that lost a parameter
        return str(message)


def validation_text(exc: ValidationError) -> str:
    """One line "Label: message" per field, in the interface language."""
    return "\n".join(f"{field_label(path)}: {field_message_text(message)}"
                     for path, message in exc.errors.items())


def param_text(value: Any) -> str:
    """A message parameter as the interface shows it."""
    if isinstance(value, FieldMessage):
        return field_message_text(value)
    if isinstance(value, enum.Enum):  # inside a sentence: "the birth certificate BC-77"
        text = QCoreApplication.translate("Vocab", vocab.label(value))
        return text[:1].lower() + text[1:] if text[1:2].islower() else text
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return number_text(value) if abs(value) < 2**63 else "…"
    if isinstance(value, float):  # sizes in MB: one decimal, as the English text has
        return number_text(value, 1)
    if isinstance(value, datetime.datetime):
        return datetime_text(value)
    if isinstance(value, datetime.date):
        return date_text(value)
    if isinstance(value, PartialDate):
        return partial_date_text(str(value))
    return str(value)


def _formatted(translated: str, source: str, params: dict[str, Any]) -> str:
    shown = {k: param_text(v) for k, v in params.items()}
    for template in (translated, source):
        try:
            return template.format(**shown)
        except (KeyError, IndexError, ValueError):
            continue
    return source


def error_text(exc: BaseException) -> str:
    from app.ui.tasks import ExpectedFailure

    if isinstance(exc, ExpectedFailure):
        return exc.message
    if isinstance(exc, ValidationError) and exc.errors:
        return validation_text(exc)
    if isinstance(exc, DomainError):
        template = QCoreApplication.translate(exc.context, exc.template)
        try:
            return template.format(**{k: param_text(v) for k, v in exc.params.items()})
        except (KeyError, IndexError, ValueError):
            return exc.message
    incident = getattr(exc, "pana_incident", None)
    if incident:
        return QCoreApplication.translate(
            "Errors", "Something went wrong inside Pana (incident {id}); this was not done. "
                      "What you typed is still here; try again, and if it happens again tell "
                      "your administrator the incident number.").format(id=incident)
    return QCoreApplication.translate(
        "Errors", "Something went wrong inside Pana. Your data is safe; please report this "
                  "to your administrator with the time it happened.")
