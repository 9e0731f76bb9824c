"""The name search index: SQLite FTS5 with the trigram tokenizer over name keys.

One row per case holds, as plain folded ASCII, the keys of every written
form of every name in the case (``app.domain.names``), the case number and
the identity-document numbers. A query is folded the same way, so typing a
name in any script finds the person. Trigrams need three characters; shorter
words are matched by a scan of the same column.

The row's rowid orders the index like the registry: registration day in the
high bits, and within a day a number that counts up as cases are indexed
(``next_rowid``). ``ORDER BY rowid DESC`` over a ``MATCH`` therefore yields the
newest cases first and lets SQLite stop after one page, however many cases
match. (Counting up matters for bulk loads too: FTS5 flushes its buffer whenever a
rowid is not above the last one.) ``case_search_rowids`` maps a case to its rowid, so a case's row is
replaced or removed by rowid instead of a scan of the index.
"""

from __future__ import annotations

import functools
import re
import uuid
from collections.abc import Callable, Iterable
from datetime import date

from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from app.db.models import Applicant, Case, FamilyMember, IdentityDocument, PersonName
from app.domain.names import document_key, name_key, name_keys

FTS_TABLE = "case_search"
CREATE_FTS = (f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
              "case_id UNINDEXED, keys, tokenize = 'trigram')")
ROWIDS_TABLE = "case_search_rowids"

#: Bits of the rowid below the registration day; a day holds up to 2**24 - 1 cases.
DAY_SHIFT = 24
_DAY_MASK = (1 << DAY_SHIFT) - 1


def day_range(day: date) -> tuple[int, int]:
    """The lowest and highest rowid of cases registered on ``day``."""
    low = day.toordinal() << DAY_SHIFT
    return low, low | _DAY_MASK


def rowid_day(rowid: int) -> date:
    return date.fromordinal(rowid >> DAY_SHIFT)


def next_rowid(highest_used: int | None, day: date) -> int:
    """The rowid for a case indexed after the others of ``day`` (``highest_used`` is the
    largest rowid of that day so far, or None)."""
    low, high = day_range(day)
    if highest_used is None:
        return low
    if highest_used >= high:
        raise OverflowError(f"more than {_DAY_MASK} cases registered on {day}")
    return highest_used + 1


def highest_rowid_sql() -> str:
    return (f"SELECT max(fts_rowid) FROM {ROWIDS_TABLE} "
            "WHERE fts_rowid BETWEEN :low AND :high")


def full_name(name: PersonName | dict) -> str:
    get = name.get if isinstance(name, dict) else lambda k, _d="": getattr(name, k)
    return " ".join(p for p in (get("surname", ""), get("given_names", ""),
                                get("patronymic", "")) if p)


_BATCH = 500  # ids per IN (…) list


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _key_of(session: Session) -> Callable[[uuid.UUID], object]:
    """How a case id is written into the index tables: hex text in SQLite (as the ORM
    stores ids there), a uuid in PostgreSQL."""
    return (lambda case_id: case_id.hex) if _is_sqlite(session) else (lambda case_id: case_id)


def _as_id(value: object) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _batches(items: list, size: int = _BATCH):
    for start in range(0, len(items), size):
        yield items[start:start + size]


@functools.lru_cache(maxsize=65_536)
def _cached_keys(written: str) -> tuple[str, ...]:
    # Names repeat across cases (and a case is reindexed on every name edit).
    return tuple(name_keys(written))


def _case_texts(session: Session, cases: list[tuple[uuid.UUID, str]]) -> dict[uuid.UUID, str]:
    """The index text of each case, three queries per batch of cases.

    Names in index order: the applicant's by position, then the relatives' by
    position (and by relative and name id where positions are equal); document
    numbers by document id."""
    columns = (PersonName.surname, PersonName.given_names, PersonName.patronymic)
    applicant: dict[uuid.UUID, list] = {}
    family: dict[uuid.UUID, list] = {}
    documents: dict[uuid.UUID, list[str]] = {}
    for ids in _batches([case_id for case_id, _number in cases]):
        # Two indexed lookups: an OR across two outer joins would scan every name.
        for row in session.execute(
                select(Applicant.case_id, *columns)
                .join(Applicant, PersonName.applicant_id == Applicant.id)
                .where(Applicant.case_id.in_(ids))
                .order_by(Applicant.case_id, PersonName.position)):
            applicant.setdefault(row.case_id, []).append(row)
        for row in session.execute(
                select(FamilyMember.case_id, *columns)
                .join(FamilyMember, PersonName.family_member_id == FamilyMember.id)
                .where(FamilyMember.case_id.in_(ids))
                .order_by(FamilyMember.case_id, PersonName.position,
                          PersonName.family_member_id, PersonName.id)):
            family.setdefault(row.case_id, []).append(row)
        for case_id, key in session.execute(
                select(IdentityDocument.case_id, IdentityDocument.number_key)
                .where(IdentityDocument.case_id.in_(ids))
                .order_by(IdentityDocument.case_id, IdentityDocument.id)):
            documents.setdefault(case_id, []).append(key)
    return {case_id: case_keys(number, applicant.get(case_id, []) + family.get(case_id, []),
                               documents.get(case_id, []), keys_of=_cached_keys)
            for case_id, number in cases}


def keys_for_case(session: Session, case_id: uuid.UUID, number: str) -> str:
    return _case_texts(session, [(case_id, number)])[case_id]


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


def _rowids_of(session: Session, case_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    found: dict[uuid.UUID, int] = {}
    query = text(f"SELECT case_id, fts_rowid FROM {ROWIDS_TABLE} WHERE case_id IN :ids"
                 ).bindparams(bindparam("ids", expanding=True))
    key = _key_of(session)
    for ids in _batches([key(c) for c in case_ids]):
        found.update((_as_id(value), rowid)
                     for value, rowid in session.execute(query, {"ids": ids}))
    return found


def index_cases(session: Session, cases: list[tuple[uuid.UUID, str]]) -> None:
    """Write the index rows of ``cases`` ((id, number) pairs): a case keeps its place
    unless its registration day changed; new ones go after the others of their day."""
    if not cases:
        return
    texts = _case_texts(session, cases)
    ids = [case_id for case_id, _number in cases]
    registered: dict[uuid.UUID, date] = {}
    for batch in _batches(ids):
        registered.update(session.execute(
            select(Case.id, Case.registered_on).where(Case.id.in_(batch))).all())
    existing = _rowids_of(session, ids)
    key = _key_of(session)
    if existing:
        session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :r"),
                        [{"r": r} for r in existing.values()])
    highest: dict[date, int | None] = {}
    moved, placed, rows = [], [], []
    for case_id in dict.fromkeys(ids):
        day = registered[case_id]
        rowid = existing.get(case_id)
        if rowid is not None and rowid_day(rowid) != day:
            moved.append({"id": key(case_id)})
            rowid = None
        if rowid is None:
            if day not in highest:
                low, high = day_range(day)
                highest[day] = session.execute(
                    text(highest_rowid_sql()), {"low": low, "high": high}).scalar()
            rowid = highest[day] = next_rowid(highest[day], day)
            placed.append({"id": key(case_id), "r": rowid})
        rows.append({"r": rowid, "id": key(case_id), "keys": texts[case_id]})
    if moved:
        session.execute(text(f"DELETE FROM {ROWIDS_TABLE} WHERE case_id = :id"), moved)
    if placed:
        session.execute(text(f"INSERT INTO {ROWIDS_TABLE} (case_id, fts_rowid) "
                             "VALUES (:id, :r)"), placed)
    # In rowid order: FTS5 flushes its buffer whenever a rowid is not above the last one.
    rows.sort(key=lambda row: row["r"])
    session.execute(text(f"INSERT INTO {FTS_TABLE} (rowid, case_id, keys) "
                         "VALUES (:r, :id, :keys)"), rows)


def reindex_case(session: Session, case_id: uuid.UUID, number: str) -> None:
    """Write the case's index row (``index_cases`` for one case)."""
    index_cases(session, [(case_id, number)])


def remove_case(session: Session, case_id: uuid.UUID) -> None:
    rowid = _rowids_of(session, [case_id]).get(case_id)
    if rowid is not None:
        session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :r"), {"r": rowid})
        session.execute(text(f"DELETE FROM {ROWIDS_TABLE} WHERE case_id = :id"),
                        {"id": _key_of(session)(case_id)})


#: A query is read no further than this: a name has three parts of up to 200 characters,
#: and folding a pasted page of text would only cost time.
MAX_QUERY = 600


def query_terms(query: str) -> list[str]:
    """The folded words of a query: name keys, a document key, a case number. Every
    term is plain text; quotes and FTS5 operators in the query are just characters."""
    raw = query[:MAX_QUERY].strip() if isinstance(query, str) else ""
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


def _like_pattern(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def conditions(query: str, dialect: str = "sqlite") -> tuple[str, dict[str, object]] | None:
    """The WHERE text over ``case_search`` for a query, with its parameters; None when
    the query has no searchable term.

    SQLite matches quoted FTS5 phrases (the trigram tokenizer finds them anywhere in
    the keys); PostgreSQL matches the same substrings with LIKE, which its pg_trgm
    GIN index answers. The keys are folded lower-case text on both, so both find the
    same cases."""
    terms = query_terms(query)
    if not terms:
        return None
    if dialect != "sqlite":
        params: dict[str, object] = {}
        where = []
        for i, term in enumerate(terms):
            if len(term) == 2:  # as on SQLite: a two-character word starts a word
                term = " " + term
            params[f"search_t{i}"] = _like_pattern(term)
            where.append(f"{FTS_TABLE}.keys LIKE :search_t{i}")
        return " AND ".join(where), params
    # A two-character word (王鹏, "Li") is found as the start of a word: with the space
    # before it, it is a trigram the index holds. Only one character needs a scan.
    long_terms = [t if len(t) >= 3 else " " + t for t in terms if len(t) >= 2]
    short_terms = [t for t in terms if len(t) < 2]
    params = {}
    where = []
    if long_terms:
        params["search_match"] = " AND ".join(_fts_phrase(t) for t in long_terms)
        where.append(f"{FTS_TABLE} MATCH :search_match")
    for i, term in enumerate(short_terms):
        params[f"search_s{i}"] = term
        where.append(f"instr({FTS_TABLE}.keys, :search_s{i}) > 0")
    return " AND ".join(where), params


def search_case_ids(session: Session, query: str, limit: int = 200) -> list[uuid.UUID]:
    """Matching cases, newest registration first."""
    found = conditions(query, session.get_bind().dialect.name)
    if found is None:
        return []
    where, params = found
    sql = (f"SELECT case_id FROM {FTS_TABLE} WHERE {where} "
           "ORDER BY rowid DESC LIMIT :limit")
    return [_as_id(row[0]) for row in session.execute(text(sql), params | {"limit": limit})]


def rebuild(session: Session) -> int:
    """Rebuild the whole index (after an import or a repair), in registration order."""
    session.execute(delete_all())
    session.execute(text(f"DELETE FROM {ROWIDS_TABLE}"))
    cases = [(case_id, number) for case_id, number in session.execute(
        select(Case.id, Case.number).order_by(Case.registered_on, Case.number)).all()]
    for batch in _batches(cases, 5000):
        index_cases(session, batch)
    return len(cases)


def delete_all():
    return text(f"DELETE FROM {FTS_TABLE}")

