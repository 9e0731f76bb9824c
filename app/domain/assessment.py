"""What an assessment must contain before it can go to a supervisor."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.vocab import AssessmentKind, Finding, Outcome


@dataclass(frozen=True)
class AssessmentFacts:
    kind: AssessmentKind
    interviews_held: int
    recommended_outcome: Outcome | None
    legal_basis_code: str
    legal_basis_outcome: str | None  # the outcome the chosen article belongs to
    reasons: str
    grounds: int
    findings: dict[str, Finding]
    well_founded_fear: Finding


def missing_for_submission(facts: AssessmentFacts) -> list[str]:
    """Everything missing, each as a sentence a person can act on; empty when complete."""
    missing = []
    if facts.kind == AssessmentKind.STATUS and facts.interviews_held == 0:
        missing.append(_N("Assessment", "At least one interview must have been held."))
    if facts.recommended_outcome is None:
        missing.append(_N("Assessment", "Choose a recommended outcome."))
    if not facts.legal_basis_code:
        missing.append(_N("Assessment", "Choose the legal basis."))
    elif (facts.recommended_outcome is not None and facts.legal_basis_outcome is not None
          and facts.legal_basis_outcome != facts.recommended_outcome):
        missing.append(_N("Assessment", "The legal basis does not fit the recommended outcome."))
    if len(facts.reasons.strip()) < 20:
        missing.append(_N("Assessment", "Write the reasons (at least a sentence)."))
    if facts.kind == AssessmentKind.STATUS and facts.recommended_outcome != Outcome.CLOSE:
        for name, finding in facts.findings.items():
            if finding == Finding.NOT_ASSESSED:
                missing.append(_N("Assessment", "Record the credibility finding: ") + name)
        if facts.well_founded_fear == Finding.NOT_ASSESSED:
            missing.append(_N("Assessment", "Record the finding on well-founded fear."))
    if facts.recommended_outcome == Outcome.RECOGNISE and facts.kind == AssessmentKind.STATUS \
            and facts.grounds == 0:
        missing.append(_N("Assessment", "Recognition needs at least one Convention ground "
                                        "with its nexus."))
    return missing
