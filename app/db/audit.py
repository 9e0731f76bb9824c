"""The audit trail: append-only and hash-chained.

Each entry's hash is an HMAC over the previous entry's hash and the entry's
own content, keyed with a secret derived from the database key. Editing,
deleting, inserting or reordering an entry breaks the chain from that point;
``audit_head`` holds the last entry's number and hash under a seal of the same
key, so cutting entries off the end shows too. Somebody without the database
key cannot forge a matching chain.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import AuditEntry, AuditHead

GENESIS = "0" * 64


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bytes):
        return {"bytes": len(value), "sha256": hashlib.sha256(value).hexdigest()}
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_jsonable(v) for v in value]
    if hasattr(value, "value") and isinstance(value.value, str):  # enums
        return value.value
    return value


def dumps(values: Mapping[str, Any] | None) -> str:
    if not values:
        return ""
    return json.dumps(_jsonable(values), ensure_ascii=False, sort_keys=True)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def entry_digest(key: bytes, prev_hash: str, entry: AuditEntry) -> str:
    body = json.dumps([
        entry.seq, _aware(entry.at).isoformat(), str(entry.user_id or ""), entry.username,
        entry.action, entry.entity, entry.entity_id, str(entry.case_id or ""),
        entry.old_values, entry.new_values, prev_hash,
    ], ensure_ascii=False, separators=(",", ":"))
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Actor:
    """Who acts: taken from the logged-in session, never from user input."""

    user_id: uuid.UUID | None
    username: str
    role: str


SYSTEM = Actor(None, "system", "admin")


def append(session: Session, key: bytes, actor: Actor, action: str, *,
           entity: str = "", entity_id: object = "", case_id: uuid.UUID | None = None,
           old: Mapping[str, Any] | None = None, new: Mapping[str, Any] | None = None) -> AuditEntry:
    """Add one audit entry inside the caller's transaction.

    Writers hold SQLite's write lock (BEGIN IMMEDIATE), so reading the last
    entry and appending the next cannot interleave with another writer.
    """
    entry, = append_many(session, key, actor, action, [dict(
        entity=entity, entity_id=entity_id, case_id=case_id, old=old, new=new)])
    return entry


def append_many(session: Session, key: bytes, actor: Actor, action: str,
                entries: Iterable[Mapping[str, Any]]) -> list[AuditEntry]:
    """``append`` for each of ``entries`` (the keyword arguments of one call each), in
    order, with one read of the chain's end, one flush and one update of the head."""
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    seq, prev_hash = (last[0], last[1]) if last else (0, GENESIS)
    made = []
    for item in entries:
        seq += 1
        entry = AuditEntry(
            seq=seq, at=datetime.now(UTC), user_id=actor.user_id, username=actor.username,
            action=action, entity=item.get("entity", ""),
            entity_id=str(item.get("entity_id") or ""), case_id=item.get("case_id"),
            old_values=dumps(item.get("old")), new_values=dumps(item.get("new")),
            prev_hash=prev_hash)
        entry.hash = prev_hash = entry_digest(key, prev_hash, entry)
        made.append(entry)
    if not made:
        return made
    session.add_all(made)
    head = session.get(AuditHead, 1)
    if head is None:
        head = AuditHead(id=1)
        session.add(head)
    head.seq, head.hash, head.seal = seq, prev_hash, head_seal(key, seq, prev_hash)
    session.flush()
    return made


def seal_head(session: Session, key: bytes) -> None:
    """Record the chain's last entry when no record exists (a store from before 0004)."""
    if session.get(AuditHead, 1) is not None:
        return
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    if last is not None:
        session.add(AuditHead(id=1, seq=last[0], hash=last[1],
                              seal=head_seal(key, last[0], last[1])))
        session.flush()


def head_seal(key: bytes, seq: int, entry_hash: str) -> str:
    return hmac.new(key, f"head:{seq}:{entry_hash}".encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_broken_seq: int | None
    problem: str

    @property
    def ok(self) -> bool:
        return self.first_broken_seq is None


def verify_chain(session: Session, key: bytes) -> ChainReport:
    """Walk the chain in order; name the first entry that does not hold."""
    # Streamed: a million entries are walked in batches, never all held at once.
    rows: Iterable[AuditEntry] = session.execute(
        select(AuditEntry).order_by(AuditEntry.seq).execution_options(yield_per=2000)).scalars()
    prev_hash = GENESIS
    expected_seq = 1
    count = 0
    for entry in rows:
        count += 1
        if entry.seq != expected_seq:
            return ChainReport(count, entry.seq,
                               f"entry {expected_seq} is missing (next found is {entry.seq})")
        if entry.prev_hash != prev_hash:
            return ChainReport(count, entry.seq,
                               f"entry {entry.seq} does not follow entry {entry.seq - 1}")
        if not hmac.compare_digest(entry.hash, entry_digest(key, prev_hash, entry)):
            return ChainReport(count, entry.seq, f"entry {entry.seq} was altered")
        prev_hash = entry.hash
        expected_seq += 1
    total = session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    if total != count:  # pragma: no cover - defensive
        return ChainReport(count, None, "count mismatch")
    return _check_head(session, key, count, prev_hash)


def _check_head(session: Session, key: bytes, count: int, last_hash: str) -> ChainReport:
    """The sealed record of the last entry must name the last entry found."""
    head = session.get(AuditHead, 1)
    if head is None:
        if count == 0:
            return ChainReport(0, None, "")
        return ChainReport(count, count,
                           "the sealed record of the chain's last entry is missing")
    if not hmac.compare_digest(head.seal, head_seal(key, head.seq, head.hash)):
        return ChainReport(count, count,
                           "the sealed record of the chain's last entry was altered")
    if head.seq != count or head.hash != last_hash:
        if head.seq > count:
            return ChainReport(count, count + 1,
                               f"entries {count + 1} to {head.seq} were removed from the end")
        return ChainReport(count, head.seq,
                           f"the chain should end at entry {head.seq}, not {count}")
    return ChainReport(count, None, "")
