"""Moving a data folder to a commission server: ``pana db migrate-to-server URL``.

The server's master key IS the data folder's database key, and ``server_keys``
receives the folder's key file (same database id, same slots): every account logs in
with the password it has, the recovery key still works, and the audit chain (an HMAC
keyed with ``derive_subkey(key, "audit-chain")``) verifies unchanged on the server.

Everything happens in ONE transaction on the server: the schema (the same alembic
migrations, run through ``migrate.upgrade``'s ``before_commit``), every table's rows
(read from one snapshot of the folder, streamed in batches), the accounts row, the
search index (rebuilt, never copied: the two engines index differently), and the
checks — row counts of every table, the audit chain with the folder's last entry,
a few searches. Only when all of them hold is the move recorded in the server's
audit log (``store.migrate_to_server``) and committed; any failure, a check that
does not hold, an interrupted command or a lost connection leaves the server's
database as empty as it was. The data folder is only read.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import psycopg
import sqlcipher3
from sqlalchemy import (
    Connection,
    Integer,
    LargeBinary,
    Table,
    bindparam,
    func,
    select,
    text,
    update,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.db import audit, migrate, search
from app.db.audit import Actor
from app.db.base import Base
from app.db.engine import READONLY
from app.db.keyfile import derive_subkey
from app.db.models import AuditEntry, AuditHead
from app.db.server import KEYS_TABLE, ServerStore, safe_url, translate_server_error
from app.domain.errors import DomainError, StoreError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.permissions import Action
from app.services.common import require_recorded

ACTION = "store.migrate_to_server"
#: Rows per batch written (one ``COPY``).
BATCH_ROWS = 2000
#: A batch is sent earlier once its values hold about this many bytes (evidence files).
BATCH_BYTES = 32 * 1024 * 1024
#: Rows read at a time from a table holding files (up to 50 MB each).
BLOB_FETCH_ROWS = 4
#: Mapped tables that are not copied: the accounts row is written from the key file.
NOT_COPIED = frozenset({KEYS_TABLE})
#: How many names are searched on both sides, and how many results are compared.
SEARCH_SAMPLES = 3
SEARCH_LIMIT = 1000

#: ``progress(table, rows_copied_in_all, rows_in_all)`` after every batch.
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class MigrationReport:
    server: str  # the URL without its password
    counts: dict[str, int]  # rows of each copied table (the same on both sides)
    audit_entries: int  # on the server, with the entry recording the move
    cases_indexed: int
    searches_checked: int
    seconds: float
    stages: dict[str, float] = field(default_factory=dict)  # seconds per stage

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def copied_tables() -> list[Table]:
    """The tables moved, parents before children."""
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_COPIED]


def migrate_to_server(store, actor: Actor, location: str, *,
                      progress: Progress | None = None) -> MigrationReport:
    """Copy the open data folder ``store`` into the empty server database ``location``
    and check the copy; the admin ``actor`` is recorded as having done it."""
    if getattr(store, "is_server", False):
        raise StoreError(_FROM_SERVER)
    require_recorded(store, actor, Action.BACKUP)
    head = migrate.head_revision()
    current = migrate.current_revision(store.engine)
    if current != head:
        raise StoreError(_SOURCE_NOT_CURRENT, current=current or "?", head=head)
    started = time.monotonic()
    url, engine = ServerStore.connect(location)
    shown = safe_url(url)
    try:
        _check_empty(engine, shown)
        store.keyfile.reload()  # as it is now: a password changed meanwhile counts
        keys = store.keyfile.content()
        keys.get("settings", {}).pop("backup_folder", None)  # a folder on this computer
        audit_key = derive_subkey(store.db_key, "audit-chain")
        with store.engine.connect() as src:
            # One deferred read transaction: every table is read from the same snapshot.
            src.execution_options(**{READONLY: True})
            with src.begin():
                source = _survey(src, audit_key)
                move = _Move(src, source, keys, audit_key, actor, shown,
                             str(getattr(store.paths, "data_dir", "")), progress)
                try:
                    migrate.upgrade(engine, before_commit=move.run)
                except DomainError:
                    raise
                except Exception as exc:
                    raise _failure(exc, move.stage, shown) from None
        _analyse(engine, move)
    finally:
        engine.dispose()
    return MigrationReport(server=shown, counts=source.counts,
                           audit_entries=source.audit_entries + 1,
                           cases_indexed=move.cases_indexed,
                           searches_checked=len(source.searches),
                           seconds=time.monotonic() - started, stages=move.stages)


def _analyse(engine, move) -> None:
    """The planner's statistics of every table, now: without them PostgreSQL guesses the
    sizes of tables it has just been given, and picks whole-table joins (the registry's
    first page took 48 ms instead of 6 ms at 100,000 cases until autovacuum came by)."""
    started = time.monotonic()
    names = [table.name for table in copied_tables()] + [search.FTS_TABLE,
                                                          search.ROWIDS_TABLE]
    with engine.connect() as conn:
        conn.execution_options(**{READONLY: True})  # maintenance, not a writer
        for name in names:
            conn.execute(text(f'ANALYZE "{name}"'))
        conn.commit()
    move.stages["analyse"] = time.monotonic() - started


# ---------------------------------------------------------------------------
# the data folder


@dataclass
class _Source:
    counts: dict[str, int]
    audit_entries: int
    audit_head: tuple[int, str] | None
    searches: dict[str, set]  # a searched word -> the cases found


def _survey(src: Connection, audit_key: bytes) -> _Source:
    """What the copy must match, read in the folder's snapshot."""
    counts = {t.name: src.execute(select(func.count()).select_from(t)).scalar_one()
              for t in copied_tables()}
    with Session(bind=src) as session:
        chain = audit.verify_chain(session, audit_key)
        if not chain.ok:
            raise StoreError(_SOURCE_CHAIN, seq=chain.first_broken_seq, problem=chain.problem)
        head = session.get(AuditHead, 1)
        searches = {word: set(search.search_case_ids(session, word, limit=SEARCH_LIMIT))
                    for word in _sample_words(src)}
    return _Source(counts, chain.entries, (head.seq, head.hash) if head else None, searches)


def _sample_words(src: Connection) -> list[str]:
    """A name word from the first, a middle and the last case of the search index (kept in
    memory only: they are applicants' names)."""
    table = search.FTS_TABLE
    bounds = src.execute(text(f"SELECT min(rowid), max(rowid) FROM {table}")).first()
    if bounds is None or bounds[0] is None:
        return []
    low, high = bounds
    rows = [src.execute(text(f"SELECT keys FROM {table} WHERE rowid >= :r ORDER BY rowid "
                             "LIMIT 1"), {"r": r}).scalar() for r in (low, (low + high) // 2)]
    rows.append(src.execute(text(f"SELECT keys FROM {table} WHERE rowid = :r"),
                            {"r": high}).scalar())
    words: list[str] = []
    for keys in rows:
        # "number | number without dashes | name key | …" (search.case_keys)
        for part in str(keys or "").split(" | ")[2:]:
            word = next((w for w in part.split() if w.isalpha() and len(w) >= 3), None)
            if word:
                if word not in words:
                    words.append(word)
                break
    return words[:SEARCH_SAMPLES]


# ---------------------------------------------------------------------------
# the server


def _check_empty(engine, shown: str) -> None:
    with engine.connect() as conn:
        conn.execution_options(**{READONLY: True})
        names = set(conn.execute(text(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema()")).scalars())
    if names & {"alembic_version", KEYS_TABLE}:
        raise StoreError(_HOLDS_PANA, url=shown)
    if names:
        raise StoreError(_NOT_EMPTY, url=shown, count=len(names))


class _Move:
    """The work done inside the server's one transaction (``migrate.upgrade`` calls
    ``run`` after creating the schema, before committing)."""

    def __init__(self, src: Connection, source: _Source, keys: dict, audit_key: bytes,
                 actor: Actor, shown: str, data_dir: str, progress: Progress | None) -> None:
        self.src, self.source, self.keys = src, source, keys
        self.audit_key, self.actor, self.shown, self.data_dir = audit_key, actor, shown, data_dir
        self.progress = progress
        self.stage = "schema"
        self.stages: dict[str, float] = {}
        self.cases_indexed = 0
        self._clock = time.monotonic()

    def _done(self, name: str) -> None:
        now = time.monotonic()
        self.stages[name] = self.stages.get(name, 0.0) + now - self._clock
        self._clock = now

    def run(self, dst: Connection, _start: str | None) -> None:
        self._done("schema")
        total = sum(self.source.counts.values())
        copied = 0
        for table in copied_tables():
            self.stage = table.name
            copied = _copy_table(self.src, dst, table, copied, total, self.progress)
        self.stage = "sequences"
        _advance_sequences(dst, copied_tables(), self.source.counts)
        self.stage = KEYS_TABLE
        dst.execute(text(f"INSERT INTO {KEYS_TABLE} (id, data) VALUES (1, :d)"),
                    {"d": json.dumps(self.keys, indent=1)})
        self._done("copy")
        self.stage = "search"
        with Session(bind=dst) as session:
            self.cases_indexed = search.rebuild(session)
            session.flush()
        self._done("search")
        self.stage = "check"
        self._check(dst)
        self._done("check")
        self.stage = "record"
        self._record(dst)
        self._done("record")

    def _check(self, dst: Connection) -> None:
        for table in copied_tables():
            there = dst.execute(select(func.count()).select_from(table)).scalar_one()
            if there != self.source.counts[table.name]:
                raise StoreError(_MISMATCH_ROWS, url=self.shown, table=table.name,
                                 there=there, here=self.source.counts[table.name])
        with Session(bind=dst) as session:
            chain = audit.verify_chain(session, self.audit_key)
            head = session.get(AuditHead, 1)
            copied_head = (head.seq, head.hash) if head else None
            if not chain.ok or chain.entries != self.source.audit_entries \
                    or copied_head != self.source.audit_head:
                raise StoreError(_MISMATCH_CHAIN, url=self.shown,
                                 detail=chain.problem or f"{chain.entries} entries")
            cases = self.source.counts.get("cases", 0)
            if self.cases_indexed != cases:
                raise StoreError(_MISMATCH_INDEX, url=self.shown, there=self.cases_indexed,
                                 here=cases)
            for word, expected in self.source.searches.items():
                found = set(search.search_case_ids(session, word, limit=SEARCH_LIMIT))
                same = (len(found) == len(expected) if SEARCH_LIMIT in (len(found),
                                                                        len(expected))
                        else found == expected)
                if not same:  # the word is an applicant's name: never in the message
                    raise StoreError(_MISMATCH_SEARCH, url=self.shown, there=len(found),
                                     here=len(expected))

    def _record(self, dst: Connection) -> None:
        """The entry recording the move, on the chain just verified; then the chain's end
        is checked as ``verify_chain`` would, without walking the whole chain again."""
        counts = self.source.counts
        with Session(bind=dst) as session:
            entry = audit.append(session, self.audit_key, self.actor, ACTION, entity="store",
                                 new={"server": self.shown, "data_folder": self.data_dir,
                                      "tables": len(counts), "rows": sum(counts.values()),
                                      "cases": counts.get("cases", 0),
                                      "audit_entries": self.source.audit_entries,
                                      "counts": counts})
            session.flush()
            entry_id = entry.id
            session.expire_all()  # read back what the server stored
            seq = self.source.audit_entries + 1
            stored = session.execute(select(AuditEntry).where(AuditEntry.seq == seq)
                                     ).scalar_one()
            head = session.get(AuditHead, 1)
            total = session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
            previous = self.source.audit_head[1] if self.source.audit_head else audit.GENESIS
            holds = (stored.id == entry_id and total == seq and stored.prev_hash == previous
                     and stored.hash == audit.entry_digest(self.audit_key, previous, stored)
                     and head is not None and (head.seq, head.hash) == (seq, stored.hash)
                     and head.seal == audit.head_seal(self.audit_key, seq, stored.hash))
            if not holds:
                raise StoreError(_MISMATCH_CHAIN, url=self.shown,
                                 detail=f"entry {seq} does not follow entry {seq - 1}")


def _copy_table(src: Connection, dst: Connection, table: Table, copied: int, total: int,
                progress: Progress | None) -> int:
    """Stream one table's rows into the server; returns the running count of rows."""
    columns = list(table.columns)
    has_files = any(isinstance(c.type, LargeBinary) for c in columns)
    # A row pointing at another row of its own table (a replaced certificate, a
    # duplicate document) may come before that row: written without the pointer first,
    # the pointer is set once the whole table is in.
    self_refs = [i for i, c in enumerate(columns)
                 if any(fk.column.table is table for fk in c.foreign_keys)]
    primary = [i for i, c in enumerate(columns) if c.primary_key]
    pointers: list[dict] = []
    rows = src.execute(select(*columns).execution_options(
        yield_per=BLOB_FETCH_ROWS if has_files else BATCH_ROWS))
    writer = _Writer(dst, table)
    for batch in _batches(rows):
        for row in batch:
            if self_refs and any(row[i] is not None for i in self_refs):
                pointers.append({**{f"pk_{columns[i].key}": row[i] for i in primary},
                                 **{f"v_{columns[i].key}": row[i] for i in self_refs}})
                for i in self_refs:
                    row[i] = None
        writer.write(batch)
        copied += len(batch)
        if progress is not None:
            progress(table.name, copied, total)
    if pointers:
        _set_pointers(dst, table, [columns[i].key for i in primary],
                      [columns[i].key for i in self_refs], pointers)
    return copied


def _batches(rows: Iterable) -> Iterator[list[list]]:
    batch: list[list] = []
    size = 0
    for row in rows:
        values = list(row)
        batch.append(values)
        size += sum(len(v) for v in values if isinstance(v, (bytes, str)))
        if len(batch) >= BATCH_ROWS or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


class _Writer:
    """Rows into one table of the server with ``COPY … FROM STDIN``: several times faster
    than INSERTs, in the same transaction. Values pass through the columns' own bind
    processing first, as an INSERT would."""

    def __init__(self, dst: Connection, table: Table) -> None:
        quote = dst.dialect.identifier_preparer.quote
        self.table = table
        self.dst = dst
        self.sql = (f"COPY {quote(table.name)} ("
                    + ", ".join(quote(c.name) for c in table.columns) + ") FROM STDIN")
        processors = [c.type.dialect_impl(dst.dialect).bind_processor(dst.dialect)
                      for c in table.columns]
        self.processors = [(i, fn) for i, fn in enumerate(processors) if fn is not None]

    def write(self, batch: list[list]) -> None:
        driver = self.dst.connection.driver_connection
        with driver.cursor() as cursor, cursor.copy(self.sql) as copy:
            for row in batch:
                for i, fn in self.processors:
                    if row[i] is not None:
                        row[i] = fn(row[i])
                copy.write_row(row)


def _set_pointers(dst: Connection, table: Table, primary: list[str], self_refs: list[str],
                  pointers: list[dict]) -> None:
    # Columns an UPDATE would stamp (``updated_at``) keep the value read from the folder.
    stamped = [c.key for c in table.columns if c.onupdate is not None]
    with_stamps = select(*[table.c[k] for k in primary + stamped])
    for start in range(0, len(pointers), BATCH_ROWS):
        part = pointers[start:start + BATCH_ROWS]
        if stamped:
            wanted = {tuple(p[f"pk_{k}"] for k in primary): p for p in part}
            condition = table.c[primary[0]].in_([p[f"pk_{primary[0]}"] for p in part])
            for row in dst.execute(with_stamps.where(condition)):
                values = wanted.get(tuple(row[:len(primary)]))
                if values is not None:
                    values.update({f"s_{k}": row[len(primary) + i]
                                   for i, k in enumerate(stamped)})
        statement = update(table).values(
            {**{k: bindparam(f"v_{k}") for k in self_refs},
             **{k: bindparam(f"s_{k}") for k in stamped}})
        for k in primary:
            statement = statement.where(table.c[k] == bindparam(f"pk_{k}"))
        dst.execute(statement, part)


def _advance_sequences(dst: Connection, tables: list[Table], counts: dict[str, int]) -> None:
    """Integer keys the server numbers itself (``SERIAL``) go on after the copied rows."""
    quote = dst.dialect.identifier_preparer.quote
    for table in tables:
        primary = list(table.primary_key.columns)
        if len(primary) != 1 or not isinstance(primary[0].type, Integer) \
                or not counts.get(table.name):
            continue
        column = primary[0].name
        sequence = dst.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                               {"t": quote(table.name), "c": column}).scalar()
        if sequence:
            dst.execute(text(f"SELECT setval(CAST(:s AS regclass), max({quote(column)})) "
                             f"FROM {quote(table.name)}"), {"s": sequence})


# ---------------------------------------------------------------------------
# what a person reads


def _failure(exc: BaseException, stage: str, shown: str) -> StoreError:
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    known = translate_server_error(exc) if isinstance(orig, psycopg.Error) else None
    if isinstance(orig, (psycopg.Error, sqlcipher3.dbapi2.Error)):
        # The database's own words, first line only (the detail lines quote values), and
        # without a value it quotes there (``invalid input syntax for type …: "…"``).
        first = (str(orig).strip().splitlines() or [""])[0]
        problem = re.sub(r':\s*".*$', "", first)[:300]
    else:
        problem = type(exc).__name__
    if known is not None and stage == "schema":
        return known
    return StoreError(_FAILED, url=shown, stage=stage, problem=problem.rstrip("."))


_FROM_SERVER = _N("DomainError", "This is already a commission server. “pana db "
                                 "migrate-to-server” moves a data folder to a server: run it "
                                 "with --data-dir naming the folder.")
_SOURCE_NOT_CURRENT = _N("DomainError", "The data folder's database is at schema {current}, "
                                        "but this Pana expects {head}. Run “pana db upgrade” "
                                        "first, then move it to the server.")
_SOURCE_CHAIN = _N("DomainError", "The audit log of the data folder does not verify (entry "
                                  "{seq}: {problem}), so it cannot be moved to the server with "
                                  "its proof intact. Run “pana db verify” and restore a good "
                                  "backup first.")
_HOLDS_PANA = _N("DomainError", "The database {url} already holds Pana data. A data folder is "
                                "moved only into an empty database: create a new one on the "
                                "server (the README's “Setting up a commission server” shows "
                                "how).")
_NOT_EMPTY = _N("DomainError", "The database {url} is not empty (it has {count} tables). A "
                               "data folder is moved only into an empty database: create a new "
                               "one on the server.")
_FAILED = _N("DomainError", "Moving the data folder to {url} failed at “{stage}”: {problem}. "
                            "Nothing was kept on the server (its database is empty again) and "
                            "the data folder is unchanged: go on working in it, and give this "
                            "message to whoever looks after the server.")
_MISMATCH_ROWS = _N("DomainError", "The copy on the server {url} did not match the data "
                                   "folder (the table {table} has {there} rows there and {here} "
                                   "in the folder), so it was not kept: the server's database is "
                                   "empty again and the data folder is unchanged. Give this "
                                   "message to whoever looks after your installation.")
_MISMATCH_CHAIN = _N("DomainError", "The copy on the server {url} did not match the data "
                                    "folder (its audit log does not verify as the folder's does: "
                                    "{detail}), so it was not kept: the server's database is "
                                    "empty again and the data folder is unchanged. Give this "
                                    "message to whoever looks after your installation.")
_MISMATCH_INDEX = _N("DomainError", "The copy on the server {url} did not match the data "
                                    "folder (its search index holds {there} of {here} cases), so "
                                    "it was not kept: the server's database is empty again and "
                                    "the data folder is unchanged. Give this message to whoever "
                                    "looks after your installation.")
_MISMATCH_SEARCH = _N("DomainError", "The copy on the server {url} did not match the data "
                                     "folder (a name search finds {there} cases there and {here} "
                                     "in the folder), so it was not kept: the server's database "
                                     "is empty again and the data folder is unchanged. Give this "
                                     "message to whoever looks after your installation.")
