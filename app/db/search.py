"""The name search index: SQLite FTS5 with the trigram tokenizer over name keys.

One row per case holds, as plain folded ASCII, the keys of every written
form of every name in the case (``app.domain.names``), the case number and
the identity-document numbers. A query is folded the same way, so typing a
name in any script finds the person. Trigrams need three characters; shorter
words are matched by a scan of the same column.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.db.models import Applicant, FamilyMember, IdentityDocument, PersonName
from app.domain.names import document_key, name_key, name_keys

FTS_TABLE = "case_search"
CREATE_FTS = (f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
              "case_id UNINDEXED, keys, tokenize = 'trigram')")


def full_name(name: PersonName | dict) -> str:
    get = name.get if isinstance(name, dict) else lambda k, _d="": getattr(name, k)
    return " ".join(p for p in (get("surname", ""), get("given_names", ""),
                                get("patronymic", "")) if p)


def keys_for_case(session: Session, case_id: uuid.UUID, number: str) -> str:
    # Two indexed lookups: an OR across two outer joins would scan every name.
    names = [*session.execute(
        select(PersonName).join(Applicant, PersonName.applicant_id == Applicant.id)
        .where(Applicant.case_id == case_id).order_by(PersonName.position)).scalars(),
        *session.execute(
        select(PersonName).join(FamilyMember, PersonName.family_member_id == FamilyMember.id)
        .where(FamilyMember.case_id == case_id).order_by(PersonName.position)).scalars()]
    number_keys = [k for (k,) in session.execute(
        select(IdentityDocument.number_key).where(IdentityDocument.case_id == case_id))]
    return case_keys(number, names, number_keys)


def case_keys(number: str, names: Iterable[PersonName | dict], number_keys: Iterable[str],
              *, keys_of: Callable[[str], list[str]] = name_keys) -> str:
    """The index text of one case from its names and document number keys (no database).

    ``names`` in index order: the applicant's by position, then the family's.
    """
    # The number with and without dashes, so "2026-00042" and "AQM202600042" both find it.
    parts: list[str] = [number.lower(), document_key(number).lower()]
    for name in names:
        get = name.get if isinstance(name, dict) else lambda k, _d="", n=name: getattr(n, k)
        for written in (full_name(name), " ".join(
                p for p in (get("given_names", ""), get("surname", ""),
                            get("patronymic", "")) if p)):
            for key in keys_of(written):
                if key not in parts:
                    parts.append(key)
    for number_key in number_keys:
        if number_key:
            parts.append(number_key.lower())
    return " | ".join(parts)


def reindex_case(session: Session, case_id: uuid.UUID, number: str) -> None:
    keys = keys_for_case(session, case_id, number)
    session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE case_id = :id"), {"id": case_id.hex})
    session.execute(text(f"INSERT INTO {FTS_TABLE} (case_id, keys) VALUES (:id, :keys)"),
                    {"id": case_id.hex, "keys": keys})


def remove_case(session: Session, case_id: uuid.UUID) -> None:
    session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE case_id = :id"), {"id": case_id.hex})


def query_terms(query: str) -> list[str]:
    """The folded words of a query: name keys, a document key, a case number."""
    raw = query.strip()
    terms: list[str] = []
    if re.search(r"\d", raw):
        doc = document_key(raw).lower()
        if doc:
            return [doc]
    for key in name_keys(raw)[:1] or [name_key(raw)]:
        terms.extend(w for w in key.split() if w)
    han = "".join(ch for ch in raw if "\u3400" <= ch <= "\u9fff")
    if han and han not in terms:
        terms = [han]
    return terms


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def search_case_ids(session: Session, query: str, limit: int = 200) -> list[uuid.UUID]:
    terms = query_terms(query)
    if not terms:
        return []
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    params: dict[str, object] = {"limit": limit}
    where = []
    if long_terms:
        params["match"] = " AND ".join(_fts_phrase(t) for t in long_terms)
        where.append(f"{FTS_TABLE} MATCH :match")
    for i, term in enumerate(short_terms):
        params[f"s{i}"] = term
        where.append(f"instr(keys, :s{i}) > 0")
    sql = f"SELECT case_id FROM {FTS_TABLE} WHERE {' AND '.join(where)} LIMIT :limit"
    return [uuid.UUID(row[0]) for row in session.execute(text(sql), params)]


def rebuild(session: Session) -> int:
    """Rebuild the whole index (after an import or a repair)."""
    from app.db.models import Case

    session.execute(delete_all())
    count = 0
    for case_id, number in session.execute(select(Case.id, Case.number)):
        reindex_case(session, case_id, number)
        count += 1
    return count


def delete_all():
    return text(f"DELETE FROM {FTS_TABLE}")

