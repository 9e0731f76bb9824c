"""Keeping the store healthy: verify, back up, restore."""

from __future__ import annotations

import hashlib
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from app.db import audit
from app.db.audit import Actor
from app.db.engine import connect_raw
from app.db.keyfile import KeyFile, derive_subkey
from app.db.models import Evidence, EvidenceContent, User
from app.db.store import Store, StorePaths, keys_beside
from app.domain.errors import DomainError, StoreError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.permissions import Action
from app.services.common import require_recorded


@dataclass
class VerifyReport:
    problems: list[str] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_connection(conn, report: VerifyReport, key: bytes) -> None:
    """Integrity, references, audit chain and evidence hashes over a raw connection."""
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if rows == ["ok"]:
        report.checks.append("SQLite integrity: ok")
    else:
        # One row can hold many lines; keep the report to one line per problem.
        lines = [line for row in rows for line in str(row).splitlines()]
        more = f" (and {len(lines) - 5} more)" if len(lines) > 5 else ""
        report.problems.append("SQLite integrity check failed: " + "; ".join(lines[:5]) + more)
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({row[0] for row in broken})
        report.problems.append(
            f"{len(broken)} rows refer to records that do not exist (in {', '.join(tables)})")
    else:
        report.checks.append("references: ok")


def verify_store(store: Store) -> VerifyReport:
    report = VerifyReport()
    report.checks.append(f"key file: ok ({len(store.keyfile.slots)} slots)")
    try:
        _verify_store(store, report)
    except (DomainError, DatabaseError, sqlcipher3.dbapi2.DatabaseError) as exc:
        # A damaged page stops the reading where it lies: report it, do not crash.
        # Anything else is a bug and fails loudly.
        problem = exc.message if isinstance(exc, DomainError) else str(getattr(exc, "orig", exc))
        if not isinstance(exc, DomainError) and not any(
                word in problem.lower() for word in _DAMAGE):
            raise
        report.problems.append(f"the database cannot be read completely ({problem}): "
                               "restore a backup")
    return report


_DAMAGE = ("malformed", "not a database", "disk i/o", "corrupt")


def _verify_store(store: Store, report: VerifyReport) -> None:
    if getattr(store, "is_server", False):
        # No file to open: PostgreSQL checks its pages itself and enforces every foreign
        # key in each transaction, so what is left to check is Pana's own.
        report.checks.append("server database: pages and references are kept by the server")
    else:
        raw = connect_raw(store.paths.db, store.db_key)
        try:
            verify_connection(raw, report, store.db_key)
        finally:
            raw.close()
    current, head = store.schema_status()
    if current != head:
        report.problems.append(f"schema is at {current}, the app expects {head}: run "
                               "“pana db upgrade”")
    with store.uow(readonly=True) as uow:
        chain = audit.verify_chain(uow.session, derive_subkey(store.db_key, "audit-chain"))
        if chain.ok:
            report.checks.append(f"audit chain: ok ({chain.entries} entries)")
        else:
            report.problems.append(f"audit chain broken at entry {chain.first_broken_seq}: "
                                   f"{chain.problem}")
        bad = []
        for evidence_id, sha, content in uow.session.execute(
                select(Evidence.id, Evidence.sha256, EvidenceContent.content)
                .outerjoin(EvidenceContent, EvidenceContent.evidence_id == Evidence.id)):
            if content is None or hashlib.sha256(content).hexdigest() != sha:
                bad.append(str(evidence_id))
        if bad:
            report.problems.append(f"{len(bad)} evidence files do not match their hash: "
                                   + ", ".join(bad[:5]))
        else:
            report.checks.append("evidence hashes: ok")
        indexed = uow.session.execute(text("SELECT count(*) FROM case_search")).scalar_one()
        cases = uow.session.execute(text("SELECT count(*) FROM cases")).scalar_one()
        if indexed != cases:
            report.problems.append(f"search index holds {indexed} cases of {cases}: run "
                                   "“pana db upgrade” to rebuild it")
        else:
            report.checks.append("search index: ok")


def backup(store: Store, actor: Actor, target: Path,
           progress: Callable[[int, int], None] | None = None) -> Path:
    """An online backup to ``target`` (encrypted with the same key) plus its key file.

    ``progress(pages_done, pages_total)`` is called after each step of SQLite's
    online backup (from the calling thread); the last call has done == total.
    """
    require_recorded(store, actor, Action.BACKUP)
    target = Path(target)
    if target.exists():
        raise StoreError(_N("DomainError", "{path} already exists; choose a new file name."),
                         path=str(target))
    try:
        path = store.backup_to(target, progress)
    except (OSError, sqlcipher3.dbapi2.OperationalError) as exc:
        # The drive is full, was pulled out, or went read-only: the environment's fault.
        raise StoreError(_N("DomainError", "The backup could not be written to {path} ({problem})."
                                           " Check that the drive is connected and has space; "
                                           "nothing in the database changed."),
                         path=str(target),
                         problem=getattr(exc, "strerror", None) or str(exc)) from None
    with recording_backup(path), store.uow() as uow:
        uow.audit(actor, "db.backup", entity="backup", new={"file": target.name})
        uow.commit()
    return path


@contextmanager
def recording_backup(target: Path) -> Iterator[None]:
    """Around the audit entry of a backup already written: if the database cannot take
    it (busy, full), say that the backup itself is good, not "nothing was saved"."""
    try:
        yield
    except StoreError as exc:
        raise StoreError(_N("DomainError",
                            "The backup {path} was written and can be used, but "
                            "Pana could not record it in the database (another program kept "
                            "the database busy, or its disk is full). Back up again later to "
                            "have a backup on record."), path=str(target)) from exc


def check_backup(backup_file: Path, key: bytes) -> VerifyReport:
    """Open a backup with the key and check it thoroughly, changing nothing."""
    report = VerifyReport()
    if not backup_file.exists():
        report.problems.append(f"{backup_file} does not exist")
        return report
    try:
        raw = connect_raw(backup_file, key)
    except DomainError as exc:
        report.problems.append(exc.message)
        return report
    try:
        verify_connection(raw, report, key)
        chain_key = derive_subkey(key, "audit-chain")
        rows = raw.execute("SELECT seq, at, user_id, username, action, entity, entity_id, case_id,"
                           " old_values, new_values, prev_hash, hash FROM audit_log ORDER BY seq"
                           ).fetchall()
        prev = audit.GENESIS
        for index, row in enumerate(rows, start=1):
            entry = audit.AuditEntry(
                seq=row[0], at=_parse_dt(row[1]), user_id=_uuid(row[2]), username=row[3],
                action=row[4], entity=row[5], entity_id=row[6], case_id=_uuid(row[7]),
                old_values=row[8], new_values=row[9], prev_hash=row[10], hash=row[11])
            if row[0] != index or row[10] != prev or audit.entry_digest(
                    chain_key, prev, entry) != row[11]:
                report.problems.append(f"audit chain broken at entry {row[0]}")
                break
            prev = row[11]
        else:
            report.checks.append(f"audit chain: ok ({len(rows)} entries)")
    except Exception as exc:  # a damaged file can fail in many ways; report, never replace
        report.problems.append(f"the backup cannot be read: {exc}")
    finally:
        raw.close()
    return report


def _uuid(value):
    return uuid.UUID(value) if value else None


def _parse_dt(value):
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def restore(data_dir: Path, backup_file: Path, username: str, password: str) -> Path | None:
    """Replace the database with a checked backup; the replaced one is kept aside.

    Unlocks with the current key file, or the one beside the backup when the
    current one is missing. Nothing is replaced unless every check passes.
    """
    paths = StorePaths(Path(data_dir))
    backup_file = Path(backup_file)
    keyfile_path = paths.keys if paths.keys.exists() else keys_beside(backup_file)
    keyfile = KeyFile.load(keyfile_path)
    key = keyfile.unlock(username, password)
    report = check_backup(backup_file, key)
    if not report.ok:
        raise StoreError(_N("DomainError", "The backup {path} was not restored: {problems}. "
                                           "Nothing was replaced."),
                         path=str(backup_file), problems="; ".join(report.problems))
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = None
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    if paths.db.exists():
        kept = paths.data_dir / f"pana-replaced-{stamp}.db"
        for suffix in ("-wal", "-shm"):
            side = paths.db.with_name(paths.db.name + suffix)
            if side.exists():
                side.rename(kept.with_name(kept.name + suffix))
        paths.db.rename(kept)
    staging = paths.db.with_name(paths.db.name + ".restoring")
    shutil.copyfile(backup_file, staging)
    staging.replace(paths.db)
    if not paths.keys.exists():
        shutil.copyfile(keyfile_path, paths.keys)
    store = Store.open_with_key(paths, keyfile, key)
    try:
        with store.uow() as uow:
            user = uow.session.execute(select(User).where(User.username == username)).scalar()
            actor = Actor(user.id if user else None, username, user.role if user else "admin")
            uow.audit(actor, "db.restore", entity="backup",
                      new={"file": backup_file.name, "replaced_kept_as": kept.name if kept else ""})
            uow.commit()
    finally:
        store.close()
    return kept


def rebuild_search(store: Store) -> int:
    from app.db import search

    with store.uow() as uow:
        count = search.rebuild(uow.session)
        uow.commit()
    return count

