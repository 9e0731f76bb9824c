"""The crash-safety harness: kill a writer with SIGKILL at random moments, check every time.

    python -m tests.reliability.crash_harness --kills 200 [--seed S] [--dir D] [--keep]

It makes a fresh store with an officer, a supervisor and a clerk, then again
and again starts ``tests.reliability.crash_writer`` (real service calls, each
reported once committed), kills it with SIGKILL at a random moment and checks
the store the way the application would find it after a crash:

- it opens: the officer's password unlocks the database key from the key file,
  and ``Store.open_with_key`` opens the database with it; the schema is current;
- ``PRAGMA integrity_check`` and SQLCipher's ``cipher_integrity_check`` find
  nothing, ``PRAGMA foreign_key_check`` is empty, the search index passes FTS5's
  own integrity check;
- the audit chain verifies (``app.db.audit.verify_chain``, as ``pana db verify``);
- every operation acknowledged so far, in this run or any earlier one, is there
  and whole: its rows, their content (digests of names, questions and answers,
  narratives, evidence bytes, printed PDFs), its audit entry, the case's state,
  and the search index finds each registered case by number and by name;
- nothing is half there: every row of these kinds has its audit entry and its
  parts (an interview its answers, a file its bytes, a case its applicant,
  certificate and index row), every audit entry its row, the number sequences
  match the rows numbered, and the one step cut off by the kill is either
  wholly present (committed before its acknowledgement was printed) or wholly
  absent.

Kills land at different moments: while the writer starts, a random time into
its work, right after an acknowledgement, and a few milliseconds into a large
step (a file of several MB, an interview of many answers, a PDF being printed).

It prints one line per kill and a summary (kills, operations acknowledged,
lost, failures of each kind, time); the exit status is 1 if anything failed.
Only counts, ids and numbers are printed, never the (fictional) applicant data.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import queue
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from tests.reliability.crash_writer import OPS, PASSWORD, names_digest, qa_digest

REPO = Path(__file__).resolve().parents[2]
ROLES = {"officer": "officer", "supervisor": "supervisor", "clerk": "clerk"}

#: Steps a kill may be aimed into, a few milliseconds after the writer announced them,
#: and how often each is the aim: large files and interviews most (long commits, WAL
#: checkpoints), then steps that write many tables or register a printed document.
HEAVY_OPS = {"attach_evidence": 4, "record_interview": 3, "register": 1, "add_incident": 1,
             "print_letter": 1, "print_certificate": 1, "approve": 1, "login": 2}
#: How far into a login a kill is aimed: its key file writes follow argon2id derivations.
LOGIN_REACH = 0.6
#: A writer that prints nothing for this long is stuck.
STALL_SECONDS = 60.0

#: The state a step leaves its case in (the writer only ever moves a case forward, so a
#: case is in the state its last acknowledged step left it in).
STEP_STATUS = {"register": "registered", "schedule": "interview_scheduled",
               "record_interview": "under_assessment", "submit": "pending_approval",
               "approve": "decided", "notify": "granted|refused"}
#: The audit action each acknowledged step must have written.
STEP_AUDIT = {"register": "case.register", "schedule": "interview.schedule",
              "record_interview": "interview.record", "add_incident": "incident.add",
              "attach_evidence": "evidence.attach", "draft": "assessment.draft",
              "submit": "assessment.submit", "approve": "decision.approve",
              "notify": "decision.notify"}
PRINT_OPS = {"print_receipt": "receipt", "print_letter": "letter",
             "print_certificate": "certificate", "print_interview": "interview"}


def _hex(value: str | uuid.UUID) -> str:
    """A UUID as the database stores it (32 hex digits); other text as it is."""
    if isinstance(value, uuid.UUID):
        return value.hex
    try:
        return uuid.UUID(str(value)).hex
    except ValueError:
        return str(value)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --------------------------------------------------------------------------
# The ledger: what the writer acknowledged


@dataclass(frozen=True)
class Ack:
    run: int
    seq: int
    op: str
    details: dict


@dataclass(frozen=True)
class Begun:
    run: int
    seq: int
    op: str
    intent: dict


def _counts(op: str, scheduled: bool) -> Counter:
    """The rows a step adds, by kind (what the accounting of rows expects)."""
    added: Counter = Counter()
    if op == "register":
        added.update(cases=1, certificates=1)
    elif op == "schedule":
        added.update(interviews=1)
    elif op == "record_interview":
        added.update(held_interviews=1)
        if not scheduled:  # a scheduled interview is recorded in its own row
            added.update(interviews=1)
    elif op == "add_incident":
        added.update(incidents=1)
    elif op == "attach_evidence":
        added.update(evidence=1)
    elif op == "draft":
        added.update(assessments=1)
    elif op == "submit":
        added.update(submissions=1)
    elif op == "approve":
        added.update(decisions=1)
    elif op == "notify":
        added.update(notifications=1)
    elif op in PRINT_OPS:
        added.update(issued_documents=1)
        if op == "print_certificate":
            added.update(certificates=1)
    elif op == "login":
        added.update(logins=1)  # audit entries user.login
    return added


@dataclass
class Ledger:
    """Everything acknowledged so far, and what a store holding it must contain."""

    acks: list[Ack] = field(default_factory=list)
    #: Rows expected by kind: from acknowledged steps and steps found committed unacknowledged.
    rows: Counter = field(default_factory=Counter)
    #: The state each case must be in.
    status: dict[str, str] = field(default_factory=dict)
    #: Printed documents per (case number, document type).
    printed: Counter = field(default_factory=Counter)
    #: Steps cut off by a kill that had committed all the same.
    committed_unacked: Counter = field(default_factory=Counter)

    def add(self, ack: Ack) -> None:
        self.acks.append(ack)
        self._apply(ack.op, ack.details.get("case"), bool(ack.details.get("scheduled")))

    def add_committed(self, begun: Begun, number: str | None, status: str | None) -> None:
        """A step whose acknowledgement the kill cut off, found committed in the store."""
        self.committed_unacked[begun.op] += 1
        self._apply(begun.op, number, bool(begun.intent.get("interview_id")), status)

    def _apply(self, op: str, number: str | None, scheduled: bool,
               status: str | None = None) -> None:
        self.rows.update(_counts(op, scheduled))
        if op in STEP_STATUS and number:
            self.status[number] = status or STEP_STATUS[op]
        if op in PRINT_OPS and number:
            self.printed[(number, PRINT_OPS[op])] += 1


# --------------------------------------------------------------------------
# Making the store


def make_store(folder: Path) -> bytes:
    """A new store in ``folder`` with an officer, a supervisor and a clerk; its raw key."""
    from app.bootstrap import init_store
    from app.services import accounts

    made = init_store(folder, admin="admin", password=PASSWORD, region="AQM",
                      commission="Crash harness commission")
    try:
        for name, role in ROLES.items():
            accounts.add_user(made.store, made.admin, name, role, PASSWORD)
        return made.store.db_key
    finally:
        made.store.close()


# --------------------------------------------------------------------------
# Running and killing the writer


@dataclass(frozen=True)
class KillPlan:
    """When to kill: ``startup`` after ``delay`` seconds from the start (often while
    Python loads, sometimes while the store opens); ``first_op`` ``delay`` after the
    writer opened the store (in its first step); ``timed`` ``delay`` after the first
    acknowledgement; ``after_ack`` ``delay`` after
    acknowledgement number ``count``; ``in_op`` ``delay`` after the writer announced
    its ``count``-th step of kind ``op`` (or at ``fallback`` seconds if none comes)."""

    mode: str
    delay: float
    count: int = 0
    op: str = ""
    fallback: float = 8.0

    def describe(self) -> str:
        if self.mode == "after_ack":
            return f"{self.delay * 1000:.0f} ms after ack {self.count}"
        if self.mode == "in_op":
            return f"{self.delay * 1000:.0f} ms into {self.op} #{self.count}"
        if self.mode == "startup":
            return f"{self.delay:.2f} s after start"
        if self.mode == "first_op":
            return f"{self.delay * 1000:.0f} ms after the store opened"
        return f"{self.delay:.2f} s after first ack"


def choose_plan(rng: random.Random, max_run: float) -> KillPlan:
    """Half the kills a random time into the work; the others while the writer starts
    (12 %), just after an acknowledgement (18 %) or a few ms into a large step (20 %)."""
    roll = rng.random()
    if roll < 0.06:
        return KillPlan("startup", rng.uniform(0.0, 1.5))
    if roll < 0.12:
        return KillPlan("first_op", rng.uniform(0.0, 0.1))
    if roll < 0.3:
        return KillPlan("after_ack", rng.uniform(0.0, 0.01), count=rng.randint(1, 8))
    if roll < 0.5:
        op = rng.choices(list(HEAVY_OPS), weights=list(HEAVY_OPS.values()))[0]
        return KillPlan("in_op", rng.uniform(0.0, LOGIN_REACH if op == "login" else 0.06),
                        count=rng.randint(1, 2), op=op, fallback=max(1.0, max_run * 3))
    return KillPlan("timed", rng.uniform(0.05, max_run))


@dataclass
class RunOutcome:
    acks: list[Ack]
    begun: Begun | None  # the step announced last and not acknowledged
    killed: bool  # False: the writer ended by itself (a failure)
    returncode: int | None
    alive_seconds: float
    error: str = ""


def _reader(stream, lines: queue.Queue) -> None:
    for raw in iter(stream.readline, b""):
        lines.put((time.monotonic(), raw))
    lines.put((time.monotonic(), None))


def _parse(raw: bytes) -> tuple[str, int, str, dict] | None:
    """(kind, seq, op, data) of a whole BEGIN or ACK line; None for anything else."""
    if not raw.endswith(b"\n"):
        return None  # cut off by the kill: not an acknowledgement
    parts = raw.decode("utf-8").rstrip("\n").split(" ", 3)
    if len(parts) != 4 or parts[0] not in ("BEGIN", "ACK"):
        return None
    return parts[0], int(parts[1]), parts[2], json.loads(parts[3])


def run_writer(data_dir: Path, key: bytes, run: int, run_seed: int, plan: KillPlan,
               stderr_path: Path) -> RunOutcome:
    env = dict(os.environ, PANA_TEST_KEY=key.hex(), PYTHONPATH=str(REPO))
    env.pop("PANA_PASSWORD", None)
    with open(stderr_path, "ab") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.crash_writer", str(data_dir),
             str(run_seed)], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=stderr)
    lines: queue.Queue = queue.Queue()
    reader = threading.Thread(target=_reader, args=(child.stdout, lines), daemon=True)
    reader.start()
    started = time.monotonic()
    kill_at = started + plan.delay if plan.mode == "startup" else None
    if plan.mode == "in_op":
        kill_at = started + plan.fallback
    received: list[bytes] = []
    acks = announced = 0
    last_line = started
    ended = False
    error = ""
    try:
        while True:
            now = time.monotonic()
            if kill_at is not None and now >= kill_at:
                break
            if now - last_line > STALL_SECONDS:
                error = f"the writer printed nothing for {STALL_SECONDS:.0f} s"
                break
            wait = 0.5 if kill_at is None else min(0.5, kill_at - now)
            try:
                at, raw = lines.get(timeout=max(wait, 0.0))
            except queue.Empty:
                continue
            if raw is None:
                ended = True
                break
            received.append(raw)
            last_line = at
            if plan.mode == "first_op" and raw == b"READY\n":
                kill_at = at + plan.delay
            parsed = _parse(raw)
            if parsed is None:
                continue
            kind, _seq, op, _data = parsed
            if kind == "ACK":
                acks += 1
                if plan.mode == "timed" and acks == 1:
                    kill_at = at + plan.delay
                if plan.mode == "after_ack" and acks == plan.count:
                    kill_at = at + plan.delay
            elif plan.mode == "in_op" and op == plan.op:
                announced += 1
                if announced == plan.count:
                    kill_at = at + plan.delay
    finally:
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
        child.wait()
        alive = time.monotonic() - started
    reader.join(timeout=30)
    while True:  # what the writer printed before it died is still in the pipe
        try:
            _at, raw = lines.get_nowait()
        except queue.Empty:
            break
        if raw is not None:
            received.append(raw)
    child.stdout.close()
    killed = child.returncode == -signal.SIGKILL and not ended
    if not killed and not error:
        error = (f"the writer ended by itself (exit status {child.returncode}); its messages "
                 f"are in {stderr_path}")
    found_acks: list[Ack] = []
    begun: Begun | None = None
    for raw in received:
        parsed = _parse(raw)
        if parsed is None:
            continue
        kind, seq, op, data = parsed
        if kind == "BEGIN":
            begun = Begun(run, seq, op, data)
        else:
            if begun is None or begun.seq != seq:
                error = error or f"acknowledgement {seq} without its announcement"
            found_acks.append(Ack(run, seq, op, data))
            begun = None
    return RunOutcome(found_acks, begun, killed, child.returncode, alive, error)


# --------------------------------------------------------------------------
# Checking the store after a kill


@dataclass
class Check:
    """What one verification found. Every list holds one line per problem."""

    open_failures: list[str] = field(default_factory=list)
    integrity_failures: list[str] = field(default_factory=list)
    audit_failures: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)  # acknowledged steps missing or changed
    half: list[str] = field(default_factory=list)  # something there only in part
    #: The cut-off step: "absent", "committed" or "" when there was none.
    in_flight: str = ""
    checked_acks: int = 0

    @property
    def ok(self) -> bool:
        return not (self.open_failures or self.integrity_failures or self.audit_failures
                    or self.lost or self.half)

    def problems(self) -> list[str]:
        return ([f"open: {p}" for p in self.open_failures]
                + [f"integrity: {p}" for p in self.integrity_failures]
                + [f"audit: {p}" for p in self.audit_failures]
                + [f"lost: {p}" for p in self.lost]
                + [f"half: {p}" for p in self.half])


def verify(data_dir: Path, key: bytes, ledger: Ledger, begun: Begun | None = None,
           *, sample: random.Random | None = None) -> Check:
    """Open the store as the application would and check it against ``ledger``.

    ``begun`` is the step the kill cut off, if any: it must be wholly there or
    wholly absent; when there, the ledger takes it in. ``sample`` chooses which
    older cases are also looked up through the search index (all when None).
    """
    import sqlcipher3
    from sqlalchemy.exc import DatabaseError

    from app.db import audit, migrate
    from app.db.engine import connect_raw
    from app.db.keyfile import derive_subkey
    from app.db.store import Store, StorePaths, load_keyfile
    from app.domain.errors import DomainError

    check = Check()
    paths = StorePaths(data_dir)
    try:
        keyfile = load_keyfile(paths)
        unlocked = keyfile.unlock("officer", PASSWORD)
        if unlocked != key:
            check.open_failures.append("the officer's password unlocks a different key")
            return check
        store = Store.open_with_key(paths, keyfile, unlocked, upgrade=False)
    except Exception as exc:
        message = exc.message if isinstance(exc, DomainError) else _first_line(exc)
        check.open_failures.append(f"{type(exc).__name__}: {message}")
        return check
    try:
        if not migrate.is_current(store.engine):
            check.integrity_failures.append("the schema is not current")
        raw = connect_raw(paths.db, key)
        try:
            _integrity(raw, check)
            if check.integrity_failures:
                return check
            evidence_hashes = {evidence_id: (_sha(content), len(content)) for evidence_id, content
                               in raw.execute("SELECT evidence_id, content FROM evidence_contents")}
        finally:
            raw.close()
        with store.uow(readonly=True) as uow:
            chain = audit.verify_chain(uow.session, derive_subkey(key, "audit-chain"))
            if not chain.ok:
                check.audit_failures.append(
                    f"chain broken at entry {chain.first_broken_seq}: {chain.problem}")
            snapshot = _Snapshot.read(uow.session, evidence_hashes)
            _check_in_flight(snapshot, ledger, begun, check)
            _check_acks(uow.session, snapshot, ledger, check, sample)
            _check_whole(snapshot, ledger, check)
    except (DatabaseError, sqlcipher3.dbapi2.DatabaseError) as exc:
        # A damaged store shows as an error while reading it.
        check.integrity_failures.append(f"reading the store failed: {type(exc).__name__}: "
                                        f"{_first_line(exc)}")
    finally:
        store.close()
    return check


def _first_line(exc: BaseException) -> str:
    return (str(getattr(exc, "orig", None) or exc).splitlines() or [""])[0][:200]


def _lines(rows: list) -> str:
    """Rows of a check pragma (one row may hold many lines) as one short line."""
    lines = [line for row in rows for line in str(row[0]).splitlines() if line.strip()]
    more = f" (and {len(lines) - 5} more)" if len(lines) > 5 else ""
    return "; ".join(lines[:5]) + more


def _integrity(raw, check: Check) -> None:
    rows = raw.execute("PRAGMA integrity_check").fetchall()
    if [r[0] for r in rows] != ["ok"]:
        check.integrity_failures.append("integrity_check: " + _lines(rows))
    cipher = raw.execute("PRAGMA cipher_integrity_check").fetchall()
    if cipher:
        check.integrity_failures.append("cipher_integrity_check: " + _lines(cipher))
    broken = raw.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({row[0] for row in broken})
        check.integrity_failures.append(f"foreign_key_check: {len(broken)} rows in {tables}")
    try:
        raw.execute("INSERT INTO case_search(case_search) VALUES ('integrity-check')")
    except Exception as exc:
        check.integrity_failures.append(f"search index integrity-check: {_first_line(exc)}")


@dataclass
class _Snapshot:
    """The rows the checks need, read once per verification."""

    cases: dict[str, tuple[str, str, str]]  # number -> (id hex, status, notes)
    case_ids: dict[str, str]  # id hex -> number
    applicants: dict[str, list[str]]  # case id -> applicant ids
    names: dict[str, list[tuple[str, str, str, str]]]  # applicant id -> names by position
    documents: Counter  # case id -> identity documents
    certificates: dict[str, tuple[str, str]]  # number -> (case id, kind)
    index_rowids: dict[str, int]  # case id -> fts rowid
    index_rows: dict[int, str]  # fts rowid -> case id
    interviews: dict[str, tuple[str, str, str]]  # id -> (case id, status, location)
    entries: dict[str, list[tuple[str, str]]]  # interview id -> (question, answer)
    incidents: dict[str, tuple[str, str, str]]  # id -> (case id, place, description sha)
    evidence: dict[str, tuple[str, str, int, str]]  # id -> (case id, sha256, size, source)
    contents: dict[str, tuple[str, int]]  # evidence id -> (sha of bytes, size)
    assessments: dict[str, tuple[str, str, str, int]]  # id -> (case, state, reasons sha, grounds)
    reasons_start: dict[str, str]  # assessment id -> the first characters of its reasons
    submissions: set[str]  # assessment ids with a submission event
    approvals: set[str]  # assessment ids with an approval event
    decisions: dict[str, tuple[str, str]]  # id -> (case id, assessment id)
    notifications: dict[str, str]  # id -> decision id
    issued: dict[str, tuple[str, str, str, str]]  # register no. -> (id, doc type, case, sha)
    audit: dict[tuple[str, str], list[dict]]  # (action, entity id hex) -> new values
    logins: int  # audit entries of logins
    failed_logins: int  # audit entries of failed logins
    case_sequence_total: int
    document_sequence_total: int

    @classmethod
    def read(cls, session, contents: dict[str, tuple[str, int]]) -> _Snapshot:
        def rows(sql: str):
            return session.execute(text(sql)).all()

        cases, case_ids = {}, {}
        for case_id, number, status, notes in rows(
                "SELECT id, number, status, notes FROM cases"):
            cases[number] = (case_id, status, notes)
            case_ids[case_id] = number
        applicants: dict[str, list[str]] = {}
        for applicant_id, case_id in rows("SELECT id, case_id FROM applicants"):
            applicants.setdefault(case_id, []).append(applicant_id)
        names: dict[str, list] = {}
        for applicant_id, script, surname, given, patronymic in rows(
                "SELECT applicant_id, script, surname, given_names, patronymic "
                "FROM person_names WHERE applicant_id IS NOT NULL "
                "ORDER BY applicant_id, position"):
            names.setdefault(applicant_id, []).append((script, surname, given, patronymic))
        entries: dict[str, list] = {}
        for interview_id, question, answer in rows(
                "SELECT interview_id, question, answer FROM interview_entries "
                "ORDER BY interview_id, position"):
            entries.setdefault(interview_id, []).append((question, answer))
        grounds = Counter(a for (a,) in rows("SELECT assessment_id FROM assessment_grounds"))
        events = rows("SELECT assessment_id, action FROM approval_events")
        audit_rows: dict[tuple[str, str], list[dict]] = {}
        watched = (*STEP_AUDIT.values(), "certificate.issue", "document.issue",
                   "document.reprint")
        placeholders = ", ".join(f"'{a}'" for a in watched)
        for action, entity_id, new in rows(
                f"SELECT action, entity_id, new_values FROM audit_log "
                f"WHERE action IN ({placeholders})"):
            key = (action, _hex(entity_id) if entity_id else "")
            audit_rows.setdefault(key, []).append(json.loads(new) if new else {})
        return cls(
            cases=cases, case_ids=case_ids, applicants=applicants, names=names,
            documents=Counter(c for (c,) in rows("SELECT case_id FROM identity_documents")),
            certificates={n: (c, k) for n, c, k in rows(
                "SELECT number, case_id, kind FROM certificates")},
            index_rowids=dict(rows("SELECT case_id, fts_rowid FROM case_search_rowids")),
            index_rows={r: c for r, c in rows("SELECT rowid, case_id FROM case_search")},
            interviews={i: (c, s, loc) for i, c, s, loc in rows(
                "SELECT id, case_id, status, location FROM interviews")},
            entries=entries,
            incidents={i: (c, p, _sha(d.encode("utf-8"))) for i, c, p, d in rows(
                "SELECT id, case_id, place, description FROM incidents")},
            evidence={i: (c, s, n, src) for i, c, s, n, src in rows(
                "SELECT id, case_id, sha256, size_bytes, source FROM evidence")},
            contents=contents,
            assessments={i: (c, s, _sha(r.encode("utf-8")), grounds[i]) for i, c, s, r in rows(
                "SELECT id, case_id, state, reasons FROM assessments")},
            reasons_start=dict(rows("SELECT id, substr(reasons, 1, 64) FROM assessments")),
            submissions={a for a, action in events if action == "submit"},
            approvals={a for a, action in events if action == "approve"},
            decisions={i: (c, a) for i, c, a in rows(
                "SELECT id, case_id, assessment_id FROM decisions")},
            notifications=dict(rows("SELECT id, decision_id FROM notifications")),
            issued={n: (i, t, c, s) for i, n, t, c, s in rows(
                "SELECT id, register_number, doc_type, case_id, content_sha256 "
                "FROM issued_documents")},
            audit=audit_rows,
            logins=session.execute(text(
                "SELECT count(*) FROM audit_log WHERE action = 'user.login'")).scalar_one(),
            failed_logins=session.execute(text(
                "SELECT count(*) FROM audit_log WHERE action = 'user.login_failed'")
            ).scalar_one(),
            case_sequence_total=session.execute(text(
                "SELECT coalesce(sum(last_value), 0) FROM case_sequences")).scalar_one(),
            document_sequence_total=session.execute(text(
                "SELECT coalesce(sum(last_value), 0) FROM document_sequences")).scalar_one())

    def audited(self, action: str, entity_id: str) -> bool:
        return (action, _hex(entity_id)) in self.audit

    def printed(self, number: str, doc_type: str) -> int:
        case_id = self.cases[number][0] if number in self.cases else None
        return sum(1 for _i, t, c, _s in self.issued.values() if c == case_id and t == doc_type)


def _check_in_flight(snap: _Snapshot, ledger: Ledger, begun: Begun | None,
                     check: Check) -> None:
    """The step the kill cut off is wholly there or wholly absent; the ledger takes it in."""
    if begun is None:
        return
    op, intent, marker = begun.op, begun.intent, begun.intent.get("marker", "")
    number = intent.get("case")
    found: list[str] = []  # what of the step is there
    status = None
    if op == "register":
        found = [n for n, (_i, _s, notes) in snap.cases.items() if notes == marker]
        number = found[0] if found else None
    elif op in ("schedule", "record_interview"):
        found = [i for i, (_c, _s, loc) in snap.interviews.items() if loc == marker]
    elif op == "add_incident":
        found = [i for i, (_c, place, _d) in snap.incidents.items() if place == marker]
    elif op == "attach_evidence":
        found = [i for i, (_c, _s, _n, source) in snap.evidence.items() if source == marker]
    elif op == "draft":
        found = [i for i, start in snap.reasons_start.items()
                 if start.startswith(marker + ":")]
    elif op in ("submit", "approve", "notify"):
        status = snap.cases.get(number, ("", "", ""))[1]
        if status not in ledger.status.get(number, "").split("|"):
            found = [status]
    elif op in PRINT_OPS:
        extra = snap.printed(number, PRINT_OPS[op]) - ledger.printed[(number, PRINT_OPS[op])]
        found = ["document"] * extra
    elif op == "login":
        found = ["login"] * (snap.logins - ledger.rows["logins"])
    if len(found) > 1:
        check.half.append(f"the cut-off step {begun.seq} {op} is there {len(found)} times")
    if not found:
        check.in_flight = "absent"
        return
    check.in_flight = "committed"
    if op in STEP_STATUS:
        wanted = STEP_STATUS[op].split("|")
        actual = snap.cases[number][1] if number in snap.cases else None
        if actual not in wanted:
            check.half.append(f"the cut-off step {begun.seq} {op} left case {number} in "
                              f"state {actual}")
    ledger.add_committed(begun, number, status)


def _check_acks(session, snap: _Snapshot, ledger: Ledger, check: Check,
                sample: random.Random | None) -> None:
    from app.db import search

    registered = [a for a in ledger.acks if a.op == "register"]
    if sample is not None and len(registered) > 40:
        newest_run = max(a.run for a in ledger.acks)
        older = [a for a in registered if a.run != newest_run]
        searched = ([a for a in registered if a.run == newest_run]
                    + sample.sample(older, min(len(older), 25)))
    else:
        searched = registered
    searched_ids = {id(a) for a in searched}
    for ack in ledger.acks:
        check.checked_acks += 1
        problem = _check_ack(snap, ack)
        if problem is None and ack.op == "register" and id(ack) in searched_ids:
            problem = _check_found(session, search, snap, ack)
        if problem:
            check.lost.append(f"run {ack.run} step {ack.seq} {ack.op}: {problem}")
    logins = sum(1 for a in ledger.acks if a.op == "login")
    if snap.failed_logins < logins:
        check.lost.append(f"{logins} logins after a mistyped password acknowledged, "
                          f"{snap.failed_logins} failed attempts in the audit log")
    for number, wanted in ledger.status.items():
        actual = snap.cases.get(number, ("", "", ""))[1]
        if actual not in wanted.split("|"):
            check.lost.append(f"case {number} is {actual or 'missing'}, expected {wanted}")


def _check_ack(snap: _Snapshot, ack: Ack) -> str | None:
    """What of an acknowledged step is missing or different; None when it is whole."""
    d, op = ack.details, ack.op
    if op == "login":  # counted as a whole in the accounting of rows
        return None
    number = d.get("case")
    if number not in snap.cases:
        return f"case {number} is missing"
    case_id = snap.cases[number][0]
    if op == "register":
        if case_id != _hex(d["case_id"]):
            return "the case has another id"
        applicants = snap.applicants.get(case_id, [])
        if len(applicants) != 1:
            return f"{len(applicants)} applicants"
        names = snap.names.get(applicants[0], [])
        if len(names) != d["names"] or names_digest(names) != d["names_sha"]:
            return "the applicant's names differ"
        if snap.documents[case_id] != d["documents"]:
            return "identity documents differ"
        if snap.certificates.get(f"AS-{number}-1", ("", ""))[0] != case_id:
            return "the asylum-seeker certificate is missing"
        if case_id not in snap.index_rowids:
            return "the case is not in the search index"
    elif op in ("schedule", "record_interview"):
        row = snap.interviews.get(_hex(d["interview_id"]))
        if row is None or row[0] != case_id:
            return "the interview is missing"
        if op == "record_interview":
            entries = snap.entries.get(_hex(d["interview_id"]), [])
            if row[1] != "held":
                return f"the interview is {row[1]}, not held"
            if len(entries) != d["entries"] or qa_digest(entries) != d["qa_sha"]:
                return f"{len(entries)} of {d['entries']} answers, or their text differs"
    elif op == "add_incident":
        row = snap.incidents.get(_hex(d["incident_id"]))
        if row is None or row[0] != case_id or row[2] != d["description_sha"]:
            return "the incident is missing or its description differs"
    elif op == "attach_evidence":
        evidence_id = _hex(d["evidence_id"])
        row = snap.evidence.get(evidence_id)
        if row is None or row[0] != case_id:
            return "the evidence record is missing"
        if (row[1], row[2]) != (d["sha256"], d["size"]):
            return "the evidence record's hash or size differs"
        if snap.contents.get(evidence_id) != (d["sha256"], d["size"]):
            return "the file's bytes are missing or differ"
    elif op == "draft":
        row = snap.assessments.get(_hex(d["assessment_id"]))
        if row is None or row[0] != case_id:
            return "the assessment is missing"
        if (row[2], row[3]) != (d["reasons_sha"], d["grounds"]):
            return "the assessment's reasons or grounds differ"
    elif op == "submit":
        if not any(c == case_id and a in snap.submissions and s in ("submitted", "approved")
                   for a, (c, s, _r, _g) in snap.assessments.items()):
            return "the submission is missing"
    elif op == "approve":
        row = snap.decisions.get(_hex(d["decision_id"]))
        if row is None or row[0] != case_id or row[1] not in snap.approvals:
            return "the decision or its approval is missing"
    elif op == "notify":
        if _hex(d["notification_id"]) not in snap.notifications:
            return "the notification is missing"
    elif op in PRINT_OPS:
        row = snap.issued.get(d["register_number"])
        if row is None or row[2] != case_id or row[1] != d["doc_type"]:
            return f"register entry {d['register_number']} is missing"
        if row[3] != d["pdf_sha"]:
            return f"register entry {d['register_number']} names another PDF"
        if not (snap.audited("document.issue", row[0])
                or snap.audited("document.reprint", row[0])):
            return f"register entry {d['register_number']} has no audit entry"
        if d.get("certificate") and d["certificate"] not in snap.certificates:
            return f"certificate {d['certificate']} is missing"
        return None
    action = STEP_AUDIT[op]
    entity = {"register": "case_id", "schedule": "interview_id",
              "record_interview": "interview_id", "add_incident": "incident_id",
              "attach_evidence": "evidence_id", "draft": "assessment_id",
              "approve": "decision_id", "notify": "notification_id"}.get(op)
    if entity and not snap.audited(action, d[entity]):
        return f"its audit entry {action} is missing"
    if op == "submit" and not any(snap.audited(action, a) for a, (c, *_rest)
                                  in snap.assessments.items() if c == case_id):
        return f"its audit entry {action} is missing"
    return None


def _check_found(session, search, snap: _Snapshot, ack: Ack) -> str | None:
    """The search index finds a registered case by its number and by its surname."""
    number = ack.details["case"]
    case_id = uuid.UUID(snap.cases[number][0])
    if case_id not in search.search_case_ids(session, number, limit=1_000_000):
        return "the search does not find the case by its number"
    surname = snap.names[snap.applicants[case_id.hex][0]][0][1]
    if case_id not in search.search_case_ids(session, surname, limit=1_000_000):
        return "the search does not find the case by the applicant's name"
    return None


def _check_whole(snap: _Snapshot, ledger: Ledger, check: Check) -> None:
    """Whatever is in the store, acknowledged or not, is whole and accounted for."""
    half = check.half
    for number, (case_id, _status, _notes) in snap.cases.items():
        if len(snap.applicants.get(case_id, [])) != 1 or not snap.names.get(
                (snap.applicants.get(case_id) or [""])[0]):
            half.append(f"case {number} lacks its applicant or names")
        if snap.certificates.get(f"AS-{number}-1", ("", ""))[0] != case_id:
            half.append(f"case {number} lacks its asylum-seeker certificate")
        rowid = snap.index_rowids.get(case_id)
        if rowid is None or snap.index_rows.get(rowid) != case_id:
            half.append(f"case {number} lacks its search index row")
        if not snap.audited("case.register", case_id):
            half.append(f"case {number} has no audit entry")
    if len(snap.index_rows) != len(snap.cases):
        half.append(f"the search index holds {len(snap.index_rows)} rows for "
                    f"{len(snap.cases)} cases")
    for interview_id, (_case, status, _loc) in snap.interviews.items():
        if status == "held":
            records = snap.audit.get(("interview.record", interview_id), [])
            entries = snap.entries.get(interview_id, [])
            if not records or len(records[-1].get("entries", [])) != len(entries):
                half.append(f"interview {interview_id[:8]} has {len(entries)} answers; its "
                            "audit entry says otherwise")
        elif not snap.audited("interview.schedule", interview_id):
            half.append(f"interview {interview_id[:8]} has no audit entry")
    for incident_id in snap.incidents:
        if not snap.audited("incident.add", incident_id):
            half.append(f"incident {incident_id[:8]} has no audit entry")
    for evidence_id, (_case, sha, size, _source) in snap.evidence.items():
        if snap.contents.get(evidence_id) != (sha, size):
            half.append(f"evidence {evidence_id[:8]} lacks its bytes or they differ")
        if not snap.audited("evidence.attach", evidence_id):
            half.append(f"evidence {evidence_id[:8]} has no audit entry")
    for assessment_id, (_case, state, _reasons, grounds) in snap.assessments.items():
        drafts = snap.audit.get(("assessment.draft", assessment_id), [])
        if not drafts or len(drafts[-1].get("grounds", [])) != grounds:
            half.append(f"assessment {assessment_id[:8]} has {grounds} grounds; its audit "
                        "entry says otherwise")
        if state != "draft" and (assessment_id not in snap.submissions
                                 or not snap.audited("assessment.submit", assessment_id)):
            half.append(f"assessment {assessment_id[:8]} is {state} without its submission")
    for decision_id, (_case, assessment_id) in snap.decisions.items():
        if (assessment_id not in snap.approvals or not snap.audited("decision.approve",
                                                                     decision_id)
                or snap.assessments.get(assessment_id, ("", ""))[1] != "approved"):
            half.append(f"decision {decision_id[:8]} lacks its approval")
    for notification_id in snap.notifications:
        if not snap.audited("decision.notify", notification_id):
            half.append(f"notification {notification_id[:8]} has no audit entry")
    for register_number, (row_id, _type, _case, sha) in snap.issued.items():
        if not sha or not (snap.audited("document.issue", row_id)
                           or snap.audited("document.reprint", row_id)):
            half.append(f"register entry {register_number} lacks its hash or audit entry")
    # Every audit entry of these steps names a row that is there.
    rows_of = {"case.register": {c for c, *_r in snap.cases.values()},
               "interview.schedule": set(snap.interviews), "interview.record": set(
                   i for i, (_c, s, _l) in snap.interviews.items() if s == "held"),
               "incident.add": set(snap.incidents), "evidence.attach": set(snap.evidence),
               "assessment.draft": set(snap.assessments), "assessment.submit": snap.submissions,
               "decision.approve": set(snap.decisions),
               "decision.notify": set(snap.notifications),
               "document.issue": {i for i, *_r in snap.issued.values()},
               "document.reprint": {i for i, *_r in snap.issued.values()}}
    for (action, entity_id), _values in snap.audit.items():
        if action in rows_of and entity_id not in rows_of[action]:
            half.append(f"audit entry {action} names {entity_id[:8]}, which is not there")
    # The numbers given out match the rows numbered.
    if snap.case_sequence_total != len(snap.cases):
        half.append(f"{snap.case_sequence_total} case numbers given, {len(snap.cases)} cases")
    if snap.document_sequence_total != len(snap.issued):
        half.append(f"{snap.document_sequence_total} register numbers given, "
                    f"{len(snap.issued)} documents registered")
    # Exactly the rows the acknowledged (and found committed) steps made, no more.
    actual = Counter(
        cases=len(snap.cases), interviews=len(snap.interviews),
        held_interviews=sum(1 for _c, s, _l in snap.interviews.values() if s == "held"),
        incidents=len(snap.incidents), evidence=len(snap.evidence),
        assessments=len(snap.assessments), submissions=len(snap.submissions),
        decisions=len(snap.decisions), notifications=len(snap.notifications),
        issued_documents=len(snap.issued), certificates=len(snap.certificates),
        logins=snap.logins)
    for kind in sorted(set(actual) | set(ledger.rows)):
        if actual[kind] != ledger.rows[kind]:
            half.append(f"{actual[kind]} {kind} in the store, {ledger.rows[kind]} expected")


# --------------------------------------------------------------------------
# The harness


@dataclass
class Summary:
    kills: int = 0
    acked: Counter = field(default_factory=Counter)
    committed_unacked: int = 0
    lost: int = 0
    integrity_failures: int = 0
    audit_failures: int = 0
    open_failures: int = 0
    half_done: int = 0
    writer_failures: int = 0
    seconds: float = 0.0
    db_bytes: int = 0
    modes: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.lost or self.integrity_failures or self.audit_failures
                    or self.open_failures or self.half_done or self.writer_failures)

    def lines(self) -> list[str]:
        kinds = ", ".join(f"{op} {n}" for op, n in sorted(self.acked.items()))
        return [
            f"kills: {self.kills} ({', '.join(f'{m} {n}' for m, n in sorted(self.modes.items()))})",
            f"operations acknowledged: {sum(self.acked.values())} ({kinds})",
            f"cut-off operations found committed before their acknowledgement: "
            f"{self.committed_unacked}",
            f"lost: {self.lost}",
            f"integrity failures: {self.integrity_failures}",
            f"audit chain failures: {self.audit_failures}",
            f"store did not open: {self.open_failures}",
            f"half-done operations: {self.half_done}",
            f"writer failures: {self.writer_failures}",
            f"database size: {self.db_bytes / 1_048_576:.0f} MB",
            f"time: {self.seconds:.0f} s",
        ]


def run_harness(kills: int, seed: int, folder: Path, *, max_run: float = 2.5,
                progress: Callable[[str], None] | None = print,
                more_for_all_kinds: int = 0) -> tuple[Summary, Ledger]:
    """Kill the writer ``kills`` times, checking the store after each; stops at a failure.

    With ``more_for_all_kinds``, goes on for up to that many more kills until every
    kind of step (``crash_writer.OPS``) has been acknowledged at least once.
    """

    started = time.monotonic()
    folder.mkdir(parents=True, exist_ok=True)
    data_dir = folder / "data"
    key_path = folder / "key.hex"
    if not data_dir.exists():
        key = make_store(data_dir)
        key_path.write_text(key.hex())
        key_path.chmod(0o600)
    key = bytes.fromhex(key_path.read_text())
    rng = random.Random(seed)
    sample = random.Random(seed + 1)
    ledger = Ledger()
    summary = Summary()
    run = 0
    while run < kills or (run < kills + more_for_all_kinds and set(OPS) - set(summary.acked)):
        run += 1
        plan = choose_plan(rng, max_run)
        outcome = run_writer(data_dir, key, run, seed * 100_000 + run, plan,
                             folder / "writer-stderr.txt")
        summary.kills += 1
        summary.modes[plan.mode] += 1
        if not outcome.killed or outcome.error:
            summary.writer_failures += 1
            summary.problems.append(f"kill {run}: {outcome.error}")
        for ack in outcome.acks:
            ledger.add(ack)
            summary.acked[ack.op] += 1
        verify_started = time.monotonic()
        check = verify(data_dir, key, ledger, outcome.begun, sample=sample)
        verify_seconds = time.monotonic() - verify_started
        summary.committed_unacked += check.in_flight == "committed"
        summary.lost += len(check.lost)
        summary.integrity_failures += len(check.integrity_failures)
        summary.audit_failures += len(check.audit_failures)
        summary.open_failures += len(check.open_failures)
        summary.half_done += len(check.half)
        summary.problems += [f"kill {run}: {p}" for p in check.problems()]
        summary.db_bytes = sum(p.stat().st_size for p in data_dir.iterdir() if p.is_file())
        if progress is not None:
            cut = (f"{outcome.begun.op} {check.in_flight}" if outcome.begun else "none")
            progress(f"kill {run}/{max(kills, run)} {plan.describe()} (alive {outcome.alive_seconds:.2f} "
                     f"s): {len(outcome.acks)} acked, {len(ledger.acks)} in all; cut off: "
                     f"{cut}; {'ok' if check.ok and not outcome.error else 'FAILED'} "
                     f"(checked {check.checked_acks} in {verify_seconds:.1f} s, "
                     f"{summary.db_bytes / 1_048_576:.0f} MB)")
        if not summary.ok:
            break
    summary.seconds = time.monotonic() - started
    return summary, ledger


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.reliability.crash_harness",
        description="Kill a writer of real service calls with SIGKILL again and again; "
                    "after each kill check that the store opens, is intact, its audit chain "
                    "holds and every acknowledged operation is there, whole.")
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None,
                        help="seed of the kill moments and the writer's choices")
    parser.add_argument("--dir", type=Path, default=None,
                        help="working folder (default: a new temporary folder)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the working folder (it is kept anyway after a failure)")
    parser.add_argument("--max-run", type=float, default=2.5,
                        help="longest time a writer runs after its first acknowledgement")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 10**6)
    folder = args.dir or Path(tempfile.mkdtemp(prefix="pana-crash-"))
    if args.dir is not None and (folder / "data").exists():
        parser.error(f"{folder} already holds a store; choose an empty folder")
    print(f"crash harness: {args.kills} kills, seed {seed}, folder {folder}", flush=True)
    summary, _ledger = run_harness(args.kills, seed, folder, max_run=args.max_run,
                                   progress=lambda line: print(line, flush=True))
    print("---")
    for line in summary.lines():
        print(line)
    for problem in summary.problems[:20]:
        print("PROBLEM", problem)
    if summary.ok and not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    else:
        print(f"working folder kept: {folder}")
    print("RESULT:", "ok" if summary.ok else "FAILED")
    return 0 if summary.ok else 1


if __name__ == "__main__":
    sys.exit(main())
