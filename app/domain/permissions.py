"""Who may do what, apart from moving a case between states (see workflow.py).

One table: action → roles. Services call ``require``; screens call ``allowed``.
"""

from __future__ import annotations

from enum import StrEnum

from app.domain.errors import FieldMessage, PermissionDenied
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.vocab import Role


class Action(StrEnum):
    REGISTER_PETITION = "register_petition"
    EDIT_CASE_FILE = "edit_case_file"  # applicant, family, documents, legal history
    ASSIGN_OFFICER = "assign_officer"
    EDIT_CLAIM = "edit_claim"  # claim, grounds, incidents
    RECORD_INTERVIEW_CONTENT = "record_interview_content"
    ATTACH_EVIDENCE = "attach_evidence"
    VIEW_CASE_LIST = "view_case_list"
    VIEW_IDENTITY = "view_identity"
    VIEW_SENSITIVE = "view_sensitive"  # claims, incidents, interviews, evidence
    DRAFT_ASSESSMENT = "draft_assessment"
    ISSUE_CERTIFICATE = "issue_certificate"
    REGISTER_DOCUMENT = "register_document"  # renew the asylum-seeker certificate
    PRINT_DOCUMENT = "print_document"  # print and register letters, receipts, certificates
    VOID_DOCUMENT = "void_document"  # void or replace what was issued
    VERIFY_CERTIFICATE = "verify_certificate"
    MANAGE_USERS = "manage_users"
    EDIT_SETTINGS = "edit_settings"
    MANAGE_REFERENCE_DATA = "manage_reference_data"  # representatives, interpreters
    IMPORT_CASES = "import_cases"
    EXPORT_CASES = "export_cases"
    BACKUP = "backup"
    VIEW_AUDIT = "view_audit"
    VIEW_STATISTICS = "view_statistics"
    CHECK_OUT_CASES = "check_out_cases"  # to a laptop, and check them in again
    RELEASE_CHECKOUT = "release_checkout"  # force a case back before its laptop returns


#: What each action is called in a refusal ("Your role (clerk) does not allow this
#: action (drafting an assessment).").
ACTION_LABELS: dict[Action, str] = {
    Action.REGISTER_PETITION: _N("Permission", "registering a petition"),
    Action.EDIT_CASE_FILE: _N("Permission", "changing the case file"),
    Action.ASSIGN_OFFICER: _N("Permission", "assigning an officer"),
    Action.EDIT_CLAIM: _N("Permission", "changing the claim"),
    Action.RECORD_INTERVIEW_CONTENT: _N("Permission", "recording an interview"),
    Action.ATTACH_EVIDENCE: _N("Permission", "attaching evidence"),
    Action.VIEW_CASE_LIST: _N("Permission", "seeing the list of cases"),
    Action.VIEW_IDENTITY: _N("Permission", "seeing the applicant's identity"),
    Action.VIEW_SENSITIVE: _N("Permission", "seeing the claim, interviews and evidence"),
    Action.DRAFT_ASSESSMENT: _N("Permission", "drafting an assessment"),
    Action.ISSUE_CERTIFICATE: _N("Permission", "issuing a refugee certificate"),
    Action.REGISTER_DOCUMENT: _N("Permission", "renewing an asylum-seeker certificate"),
    Action.PRINT_DOCUMENT: _N("Permission", "printing documents"),
    Action.VOID_DOCUMENT: _N("Permission", "voiding or replacing a printed document"),
    Action.VERIFY_CERTIFICATE: _N("Permission", "checking a certificate"),
    Action.MANAGE_USERS: _N("Permission", "managing users"),
    Action.EDIT_SETTINGS: _N("Permission", "changing the settings"),
    Action.MANAGE_REFERENCE_DATA: _N("Permission", "managing representatives and interpreters"),
    Action.IMPORT_CASES: _N("Permission", "importing cases"),
    Action.EXPORT_CASES: _N("Permission", "exporting cases"),
    Action.BACKUP: _N("Permission", "making and restoring backups"),
    Action.VIEW_AUDIT: _N("Permission", "seeing the audit log"),
    Action.VIEW_STATISTICS: _N("Permission", "seeing the statistics"),
    Action.CHECK_OUT_CASES: _N("Permission", "checking cases out to a laptop and in again"),
    Action.RELEASE_CHECKOUT: _N("Permission", "releasing a checked-out case"),
}

O, S, C, A = Role.OFFICER, Role.SUPERVISOR, Role.CLERK, Role.ADMIN

PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.REGISTER_PETITION: frozenset({O, S}),
    Action.EDIT_CASE_FILE: frozenset({O, S}),
    Action.ASSIGN_OFFICER: frozenset({S}),
    Action.EDIT_CLAIM: frozenset({O, S}),
    Action.RECORD_INTERVIEW_CONTENT: frozenset({O, S}),
    Action.ATTACH_EVIDENCE: frozenset({O, S}),
    Action.VIEW_CASE_LIST: frozenset({O, S, C, A}),
    Action.VIEW_IDENTITY: frozenset({O, S, C}),
    Action.VIEW_SENSITIVE: frozenset({O, S}),
    Action.DRAFT_ASSESSMENT: frozenset({O}),
    Action.ISSUE_CERTIFICATE: frozenset({C}),
    Action.REGISTER_DOCUMENT: frozenset({C, O}),
    Action.PRINT_DOCUMENT: frozenset({C, O, S}),
    Action.VOID_DOCUMENT: frozenset({C, S}),
    Action.VERIFY_CERTIFICATE: frozenset({C, O, S}),
    Action.MANAGE_USERS: frozenset({A}),
    Action.EDIT_SETTINGS: frozenset({A}),
    Action.MANAGE_REFERENCE_DATA: frozenset({O, S, A}),
    Action.IMPORT_CASES: frozenset({S, A}),
    Action.EXPORT_CASES: frozenset({S, A}),
    Action.BACKUP: frozenset({A}),
    Action.VIEW_AUDIT: frozenset({S, A}),
    Action.VIEW_STATISTICS: frozenset({S, A}),
    Action.CHECK_OUT_CASES: frozenset({O, S}),
    Action.RELEASE_CHECKOUT: frozenset({S, A}),
}

del O, S, C, A


def allowed(role: Role | str, action: Action) -> bool:
    return Role(role) in PERMISSIONS[action]


def require(role: Role | str, action: Action) -> None:
    if not allowed(role, action):
        raise PermissionDenied(
            _N("DomainError", "Your role ({role}) does not allow this action ({action})."),
            role=Role(role), action=FieldMessage.marked("Permission", ACTION_LABELS[action])
            if action in ACTION_LABELS else str(action), refused_action=str(action))
