"""What each kind of audit entry is called in the audit log viewer.

The log stores a stable code (``case.register``); a person reads the label in the
interface language. A code without a label (an entry written by a newer Pana) is
shown as the code itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.i18n import QT_TRANSLATE_NOOP as _N

ACTIONS = {
    "access.denied": _N("AuditAction", "Access refused"),
    "appeal.lodge": _N("AuditAction", "Appeal lodged"),
    "appeal.outcome": _N("AuditAction", "Appeal outcome recorded"),
    "applicant.photo": _N("AuditAction", "Applicant photo changed"),
    "applicant.update": _N("AuditAction", "Applicant details changed"),
    "assessment.draft": _N("AuditAction", "Assessment drafted"),
    "assessment.return": _N("AuditAction", "Assessment returned for revision"),
    "assessment.submit": _N("AuditAction", "Assessment submitted for approval"),
    "audit.export": _N("AuditAction", "Audit log exported"),
    "backup.automatic": _N("AuditAction", "Automatic backup"),
    "case.assign": _N("AuditAction", "Case assigned"),
    "case.checkin": _N("AuditAction", "Case checked in from a laptop"),
    "case.checkin_new": _N("AuditAction", "Petition registered on a laptop taken in"),
    "case.checkout": _N("AuditAction", "Case checked out to a laptop"),
    "case.checkout_accept": _N("AuditAction", "Case taken onto this laptop"),
    "case.checkout_release": _N("AuditAction", "Checked-out case released"),
    "case.close": _N("AuditAction", "Case closed"),
    "case.export": _N("AuditAction", "Case exported"),
    "case.extend_deadline": _N("AuditAction", "Decision deadline extended"),
    "case.fingerprints": _N("AuditAction", "Fingerprinting recorded"),
    "case.import": _N("AuditAction", "Case imported"),
    "case.not_duplicate": _N("AuditAction", "Marked as not a duplicate"),
    "case.register": _N("AuditAction", "Petition registered"),
    "case.reopen": _N("AuditAction", "Case reopened"),
    "case.view": _N("AuditAction", "Case file viewed"),
    "case.view_sensitive": _N("AuditAction", "Sensitive part of a case file viewed"),
    "certificate.issue": _N("AuditAction", "Certificate issued"),
    "certificate.renew": _N("AuditAction", "Certificate renewed"),
    "certificate.replace": _N("AuditAction", "Certificate replaced"),
    "certificate.verify": _N("AuditAction", "Certificate checked"),
    "claim.save": _N("AuditAction", "Claim saved"),
    "court_ruling.remove": _N("AuditAction", "Court ruling removed"),
    "criminal_proceeding.remove": _N("AuditAction", "Criminal proceeding removed"),
    "db.backup": _N("AuditAction", "Backup made"),
    "db.restore": _N("AuditAction", "Backup restored"),
    "decision.approve": _N("AuditAction", "Decision approved"),
    "decision.notify": _N("AuditAction", "Decision served"),
    "document.add": _N("AuditAction", "Identity document added"),
    "document.handover": _N("AuditAction", "Document handed over"),
    "document.issue": _N("AuditAction", "Document printed"),
    "document.reprint": _N("AuditAction", "Document reprinted"),
    "document.update": _N("AuditAction", "Identity document changed"),
    "document.void": _N("AuditAction", "Document voided"),
    "entry.add": _N("AuditAction", "Border crossing added"),
    "entry.update": _N("AuditAction", "Border crossing changed"),
    "entry_record.remove": _N("AuditAction", "Border crossing removed"),
    "evidence.attach": _N("AuditAction", "Evidence attached"),
    "export.register": _N("AuditAction", "Register of issued documents exported"),
    "export.registry": _N("AuditAction", "Registry of cases exported"),
    "export.statistics": _N("AuditAction", "Statistics exported"),
    "extension.request": _N("AuditAction", "Extension requested"),
    "family_member.add": _N("AuditAction", "Family member added"),
    "family_member.remove": _N("AuditAction", "Family member removed"),
    "family_member.update": _N("AuditAction", "Family member changed"),
    "identity_document.remove": _N("AuditAction", "Identity document removed"),
    "incident.add": _N("AuditAction", "Incident added"),
    "incident.remove": _N("AuditAction", "Incident removed"),
    "incident.update": _N("AuditAction", "Incident changed"),
    "interpreter.add": _N("AuditAction", "Interpreter registered"),
    "interview.no_show": _N("AuditAction", "Interview: applicant did not come"),
    "interview.record": _N("AuditAction", "Interview recorded"),
    "interview.schedule": _N("AuditAction", "Interview scheduled"),
    "proceeding.add": _N("AuditAction", "Criminal proceeding added"),
    "proceeding.update": _N("AuditAction", "Criminal proceeding changed"),
    "recovery.sheet": _N("AuditAction", "Recovery sheet printed"),
    "representative.add": _N("AuditAction", "Representative registered"),
    "representative.assign": _N("AuditAction", "Representative assigned"),
    "representative.update": _N("AuditAction", "Representative changed"),
    "retention.anonymise": _N("AuditAction", "Case anonymised (retention)"),
    "retention.purge": _N("AuditAction", "Case deleted (retention)"),
    "ruling.add": _N("AuditAction", "Court ruling added"),
    "ruling.update": _N("AuditAction", "Court ruling changed"),
    "setting.change": _N("AuditAction", "Setting changed"),
    "status.end": _N("AuditAction", "Refugee status ended"),
    "checkout.accept": _N("AuditAction", "Check-out package taken in"),
    "checkout.checkin_file": _N("AuditAction", "Check-in file written"),
    "checkout.quota": _N("AuditAction", "Quota of new petitions given to a laptop"),
    "checkout.returned": _N("AuditAction", "Cases handed back removed from the laptop"),
    "store.init": _N("AuditAction", "Database created"),
    "store.migrate_to_server": _N("AuditAction", "Database moved to the commission server"),
    "user.add": _N("AuditAction", "User added"),
    "user.disable": _N("AuditAction", "User disabled"),
    "user.enable": _N("AuditAction", "User enabled"),
    "user.language": _N("AuditAction", "Interface language changed"),
    "user.lock": _N("AuditAction", "Screen locked"),
    "user.locked_out": _N("AuditAction", "Account locked after failed logins"),
    "user.login": _N("AuditAction", "Logged in"),
    "user.login_failed": _N("AuditAction", "Failed login"),
    "user.password": _N("AuditAction", "Password changed"),
    "user.reset": _N("AuditAction", "Password reset with the recovery key"),
    "user.reset_password": _N("AuditAction", "Password reset by an administrator"),
    "user.role": _N("AuditAction", "Role changed"),
    "user.unlock": _N("AuditAction", "Screen unlocked"),
}

#: The first part of a code, for choosing all of its kind at once.
FAMILIES = {
    "access.": _N("AuditAction", "Refused access"),
    "appeal.": _N("AuditAction", "Appeals"),
    "applicant.": _N("AuditAction", "Applicant"),
    "assessment.": _N("AuditAction", "Assessment"),
    "case.": _N("AuditAction", "Cases"),
    "certificate.": _N("AuditAction", "Certificates"),
    "checkout.": _N("AuditAction", "Laptops"),
    "db.": _N("AuditAction", "Backups"),
    "decision.": _N("AuditAction", "Decisions"),
    "document.": _N("AuditAction", "Documents"),
    "entry.": _N("AuditAction", "Border crossings"),
    "export.": _N("AuditAction", "Exports"),
    "family_member.": _N("AuditAction", "Family members"),
    "incident.": _N("AuditAction", "Incidents"),
    "interview.": _N("AuditAction", "Interviews"),
    "proceeding.": _N("AuditAction", "Criminal proceedings"),
    "representative.": _N("AuditAction", "Representatives"),
    "retention.": _N("AuditAction", "Retention"),
    "ruling.": _N("AuditAction", "Court rulings"),
    "user.": _N("AuditAction", "Users and logins"),
}


#: What an entry is about (its entity), as the "What" column names it.
ENTITIES = {
    "appeal": _N("AuditEntity", "appeal"),
    "applicant": _N("AuditEntity", "applicant"),
    "assessment": _N("AuditEntity", "assessment"),
    "audit_log": _N("AuditEntity", "audit log"),
    "backup": _N("AuditEntity", "backup"),
    "case": _N("AuditEntity", "case"),
    "case_representative": _N("AuditEntity", "representation"),
    "certificate": _N("AuditEntity", "certificate"),
    "checkout": _N("AuditEntity", "check-out to a laptop"),
    "claim": _N("AuditEntity", "claim"),
    "commission": _N("AuditEntity", "commission"),
    "commission_profile": _N("AuditEntity", "commission profile"),
    "court_ruling": _N("AuditEntity", "court ruling"),
    "criminal_proceeding": _N("AuditEntity", "criminal proceeding"),
    "decision": _N("AuditEntity", "decision"),
    "duplicate_check": _N("AuditEntity", "duplicate check"),
    "entry_record": _N("AuditEntity", "border crossing"),
    "evidence": _N("AuditEntity", "evidence"),
    "extension_application": _N("AuditEntity", "extension application"),
    "family_member": _N("AuditEntity", "family member"),
    "identity_document": _N("AuditEntity", "identity document"),
    "incident": _N("AuditEntity", "incident"),
    "interpreter": _N("AuditEntity", "interpreter"),
    "interview": _N("AuditEntity", "interview"),
    "issued_document": _N("AuditEntity", "printed document"),
    "notification": _N("AuditEntity", "service of the decision"),
    "representative": _N("AuditEntity", "representative"),
    "setting": _N("AuditEntity", "setting"),
    "statistics": _N("AuditEntity", "statistics"),
    "store": _N("AuditEntity", "database"),
    "user": _N("AuditEntity", "user"),
}


def entity_label(entity: str) -> str:
    label = ENTITIES.get(entity)
    return QCoreApplication.translate("AuditEntity", label) if label else entity


def action_label(code: str) -> str:
    """The entry's kind in the interface language (the code when Pana does not know it)."""
    label = ACTIONS.get(code)
    return QCoreApplication.translate("AuditAction", label) if label else code


def family_label(prefix: str) -> str:
    label = FAMILIES.get(prefix)
    return QCoreApplication.translate("AuditAction", label) if label else prefix
