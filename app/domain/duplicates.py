"""Is this new petitioner somebody we already know?

A person is compared by the folded keys of every written form of their name
(so Серікұлы and Serikuly compare equal), their birth date (partial and
estimated dates allowed) and their identity-document numbers. Words are
compared in any order, because surnames and given names swap places between
scripts and documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from rapidfuzz import fuzz

from app.domain.dates import PartialDate
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.names import document_key, name_key

#: Name similarity (0–100, word order ignored) from which two names may be one person.
NAME_THRESHOLD = 88
#: Birth dates this many days apart may still be one person (typing slips, calendar mix-ups).
BIRTH_TOLERANCE_DAYS = 31


class Reason(StrEnum):
    SAME_DOCUMENT = "same_document"
    SIMILAR_NAME_SAME_BIRTH = "similar_name_same_birth"
    SIMILAR_NAME_NO_BIRTH = "similar_name_no_birth"


REASON_LABELS = {
    Reason.SAME_DOCUMENT: _N("Duplicates", "The same identity-document number"),
    Reason.SIMILAR_NAME_SAME_BIRTH: _N("Duplicates", "A similar name and a matching birth date"),
    Reason.SIMILAR_NAME_NO_BIRTH: _N("Duplicates", "A similar name (a birth date is missing)"),
}


@dataclass(frozen=True)
class PersonKeys:
    """What duplicate detection knows of a person."""

    name_keys: tuple[str, ...]
    birth: PartialDate | None = None
    document_keys: tuple[str, ...] = ()

    @classmethod
    def build(cls, names: list[str], birth: PartialDate | None = None,
              documents: list[str] = ()) -> PersonKeys:
        keys = tuple(dict.fromkeys(k for k in (name_key(n) for n in names) if k))
        docs = tuple(dict.fromkeys(k for k in (document_key(d) for d in documents) if k))
        return cls(keys, birth, docs)


@dataclass(frozen=True)
class Match:
    score: int  # 0–100
    reasons: tuple[Reason, ...] = field(default_factory=tuple)


def name_similarity(a: PersonKeys, b: PersonKeys) -> int:
    best = 0.0
    for left in a.name_keys:
        for right in b.name_keys:
            best = max(best, fuzz.token_sort_ratio(left, right))
    return round(best)


def compare(new: PersonKeys, known: PersonKeys) -> Match | None:
    """A Match when ``known`` may be the same person as ``new``, else None."""
    reasons: list[Reason] = []
    if set(new.document_keys) & set(known.document_keys):
        reasons.append(Reason.SAME_DOCUMENT)
    similarity = name_similarity(new, known)
    if similarity >= NAME_THRESHOLD:
        if new.birth is None or known.birth is None:
            reasons.append(Reason.SIMILAR_NAME_NO_BIRTH)
        elif new.birth.could_be(known.birth, BIRTH_TOLERANCE_DAYS):
            reasons.append(Reason.SIMILAR_NAME_SAME_BIRTH)
    if not reasons:
        return None
    score = 100 if Reason.SAME_DOCUMENT in reasons else similarity
    return Match(score, tuple(reasons))
