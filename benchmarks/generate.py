"""Bulk data generator: a store with many fictional cases, for speed measurements.

``generate(store, actor, n)`` writes the cases ``plan_cases(n, seed)`` describes
(mixed-script names, families, interviews, incidents, decisions) through a bulk
path. The rows are the ones the services write (``cases.register_petition`` and
the later steps): the same columns filled the same way, the search row from
``app.db.search.case_keys`` at its place in the index, and the audit entries the
services write, hash-chained as ``app.db.audit.entry_digest`` does and sealed in
``audit_head``. ``tests/benchmarks/test_generate_equivalence.py`` compares a
generated case with one built through the services, column by column.

How it is fast: plans are drawn in chunks of ``CHUNK`` cases, each from its own
random stream, so worker processes build chunks into column tuples (with
SQLAlchemy's own bind processors) and audit bodies while this process numbers
the cases, chains the audit hashes and stores each chunk with the driver's
``executemany``. Secondary indexes are dropped for the load and built again at
the end (a sort instead of a random insert per row), and a transaction is
committed every ``COMMIT_EVERY`` cases.

Only while it runs, its connection uses ``PRAGMA synchronous=OFF`` (the journal
stays WAL); ``synchronous=FULL`` is set back and the WAL checkpointed before it
returns, so the store is then as durable as any other. A crash during generation
leaves a store without some indexes: it is meant for throw-away benchmark
folders (the runner regenerates a folder whose generation did not finish).

CLI: ``python -m benchmarks.generate --data-dir DIR --cases N [--seed S] [--workers W]``.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import hmac
import json
import os
import random
import sys
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from app.db import models as m
from app.db import search
from app.db.audit import GENESIS, Actor, dumps, head_seal
from app.db.keyfile import derive_subkey
from app.db.search import case_keys
from app.db.store import Store
from app.domain.dates import PartialDate
from app.domain.names import document_key, name_keys
from app.domain.numbering import CaseNumber
from app.domain.vocab import Role
from app.services import cases
from app.services import demo_people as P
from app.services.demo import GROUPS, _People
from app.services.settings import commission_region, deadline_settings, new_certificate_code

#: Bumped when the generator writes something else: stores made before are regenerated.
GENERATOR_VERSION = 2
CHUNK = 2000  # cases per chunk: a worker's job and one executemany round
COMMIT_EVERY = 50_000  # cases per transaction (about 1 GB of pages, held in the cache)
OFFICER, SUPERVISOR = "bench.officer", "bench.supervisor"
#: The legal basis the default settings offer for each outcome.
BASIS = {"recognise": "LR-12", "refuse": "LR-13"}
LOCATION = "Kokshetau, commission office"


@dataclass
class Extras:
    """What happens to a case after registration."""

    family: list[tuple[str, str, str, list[cases.NameInput]]] = field(default_factory=list)
    interview: str = ""  # "" | "scheduled" | "held"
    entries: list[tuple[str, str]] = field(default_factory=list)
    incidents: list[dict] = field(default_factory=list)
    outcome: str = ""  # "" | "recognise" | "refuse"


@dataclass
class Plan:
    petition: cases.PetitionInput
    documents: list[cases.DocumentInput]
    extras: Extras


@dataclass
class GenerateReport:
    cases: int
    rows: int
    audit_entries: int
    seconds: float
    db_bytes: int

    @property
    def bytes_per_case(self) -> float:
        return self.db_bytes / self.cases if self.cases else 0.0


# ---------------------------------------------------------------------------
# plans: the inputs, as a user would give them to the services


def registration_days(n: int, seed: int = 1, today: date | None = None) -> list[date]:
    """The registration day of each of ``n`` cases, oldest first (the last five years)."""
    today = today or date.today()
    rng = random.Random(seed)
    return [today - timedelta(days=o)
            for o in sorted((rng.randint(0, 5 * 365) for _ in range(n)), reverse=True)]


def chunk_plans(days: list[date], seed: int, index: int) -> list[Plan]:
    """The plans of chunk ``index`` (its own random stream, so chunks can be drawn apart)."""
    rng = random.Random(f"{seed}:{index}")
    people = _People(rng)
    groups, weights = list(GROUPS), list(GROUPS.values())
    return [_plan(rng, people, day, rng.choices(groups, weights)[0]) for day in days]


def plan_cases(n: int, seed: int = 1, today: date | None = None) -> Iterator[Plan]:
    """``n`` plans in registration order (dates spread over the last five years)."""
    days = registration_days(n, seed, today)
    for start in range(0, n, CHUNK):
        yield from chunk_plans(days[start:start + CHUNK], seed, start // CHUNK)


def _plan(rng: random.Random, people: _People, registered: date, group: str) -> Plan:
    people.used = set()
    sex = "male" if rng.random() < 0.7 else "female"
    born = people.born(registered, rng.randint(19, 60))
    chinese = group in ("kazakh", "uyghur", "kyrgyz") and rng.random() < 0.1
    person = people.person(group, sex, born, applicant=True, chinese=chinese,
                           precision="year" if rng.random() < 0.08 else "day")
    names = person.names[:3] if rng.random() < 0.85 else person.names[:1]
    origin = rng.choice({"kazakh": P.KAZAKH_ORIGINS, "uyghur": P.UYGHUR_ORIGINS,
                         "kyrgyz": P.KYRGYZ_ORIGINS, "han": P.HAN_ORIGINS,
                         "afghan": P.AFGHAN_ORIGINS}[group])
    country = "AFG" if group == "afghan" else "CHN"
    petition = cases.PetitionInput(
        names=names, sex=sex, birth_date=person.birth_text, place_of_birth=origin.place,
        citizenships=[country], ethnicity=group.capitalize(),
        languages={"kazakh": ["kk"], "uyghur": ["ug"], "kyrgyz": ["ky"], "han": ["zh"],
                   "afghan": ["fa"]}[group],
        phone=f"+7 7{rng.randint(0, 99):02d} {rng.randint(0, 9999999):07d}",
        address=f"{rng.choice(P.AKMOLA_TOWNS)}, {rng.choice(P.STREETS)} {rng.randint(1, 120)}",
        consent_given=True, arrived_on=registered - timedelta(days=rng.randint(1, 60)),
        registered_on=registered, petition_language="kk" if group == "kazakh" else "ru")
    issued = registered - timedelta(days=rng.randint(400, 3000))
    doc_type = rng.choice(("passport", "passport", "national_id"))
    prefix = "E" if country == "CHN" else "P"
    documents = [cases.DocumentInput(
        doc_type=doc_type, number=f"{prefix}{rng.randint(10000000, 99999999)}",
        issuing_country=country, issued_on=issued,
        expires_on=issued + timedelta(days=3650), is_original=rng.random() < 0.6)]
    extras = Extras()
    if rng.random() < 0.6:
        for _ in range(rng.randint(1, 4)):
            relation = rng.choice(("spouse", "child", "child", "parent", "sibling"))
            rel_sex = rng.choice(("male", "female"))
            age = {"child": rng.randint(1, 17), "parent": rng.randint(55, 80)}.get(
                relation, rng.randint(20, 50))
            rel = people.person(group, rel_sex, people.born(registered, age))
            extras.family.append((relation, rel_sex, rel.birth_text, rel.names[:2]))
    held = rng.random() < 0.7
    if held:
        extras.interview = "held"
        pool = P.SUPPLEMENTARY + tuple((f"Question {i}.", f"Answer {i}.") for i in range(12))
        extras.entries = [rng.choice(pool) for _ in range(rng.randint(5, 15))]
        if rng.random() < 0.4 / 0.7:
            extras.outcome = "recognise" if rng.random() < 0.55 else "refuse"
    elif rng.random() < 0.3:
        extras.interview = "scheduled"
    if rng.random() < 0.5:
        for _ in range(rng.randint(1, 5)):
            year = registered.year - rng.randint(0, 6)
            extras.incidents.append(dict(
                kind=rng.choice(("detention", "camp", "threat", "surveillance", "other")),
                actor="Police", actor_type="state", started=str(year),
                place=origin.county, description="Questioned about relatives abroad."))
    return Plan(petition, documents, extras)


# ---------------------------------------------------------------------------
# rows: built from a plan as the services would write them


@functools.cache
def _keys(written: str) -> list[str]:
    return name_keys(written)


def _plain(value):
    """``json.dumps`` default for what ``app.db.audit._jsonable`` converts; together they
    give ``app.db.audit.dumps`` for the generator's values (plain dicts with string keys),
    with the C encoder doing the walk."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return list(value)
    if hasattr(value, "value") and isinstance(value.value, str):
        return value.value
    raise TypeError(f"not JSON-able: {type(value).__name__}")


def _c_encoder(item_separator: str, key_separator: str, sort_keys: bool):
    """The C encoder ``json.dumps`` builds on every call, built once (no circular check:
    the generator's values are trees)."""
    make = json.encoder.c_make_encoder
    if make is None:  # pragma: no cover - CPython always has it
        encoder = json.JSONEncoder(default=_plain, ensure_ascii=False, sort_keys=sort_keys,
                                   separators=(item_separator, key_separator))
        return lambda value: encoder.encode(value)
    walk = make(None, _plain, json.encoder.encode_basestring, None, key_separator,
                item_separator, sort_keys, False, True)
    return lambda value: "".join(walk(value, 0))


_dumps_sorted = _c_encoder(", ", ": ", True)
_dumps_compact = _c_encoder(",", ":", False)


def fast_dumps(values: dict | None) -> str:
    """``app.db.audit.dumps(values)`` for the generator's values, faster."""
    return _dumps_sorted(values) if values else ""


class _Ids:
    """Random version-4 UUIDs without a system call each: 122 bits from a generator
    seeded from the OS (the ids of fictional rows need to be unique, not secret)."""

    _VARIANT_VERSION = (0x8 << 60) | (0x4 << 76)
    _UNKNOWN = uuid.SafeUUID.unknown
    _MASK = ~((0xC << 60) | (0xF << 76)) & ((1 << 128) - 1)

    def __init__(self) -> None:
        self.reseed()

    def reseed(self) -> None:
        self._bits = random.Random(os.urandom(32)).getrandbits

    def __call__(self) -> uuid.UUID:
        value = object.__new__(uuid.UUID)
        object.__setattr__(value, "int", (self._bits(128) & self._MASK) | self._VARIANT_VERSION)
        object.__setattr__(value, "is_safe", self._UNKNOWN)
        return value


new_id = _Ids()


#: The audit columns in the order the sink inserts them; the sink fills the first three.
AUDIT_COLUMNS = ("seq", "prev_hash", "hash", "id", "at", "user_id", "username", "action",
                 "entity", "entity_id", "case_id", "old_values", "new_values")


class _Table:
    """How a row dict becomes the tuple the driver stores: every column, its default
    when the dict has none, through SQLAlchemy's own bind processor for its type."""

    def __init__(self, table, dialect, columns: tuple[str, ...] | None = None) -> None:
        cols = [table.c[name] for name in columns] if columns else list(table.columns)
        self.name = table.name
        self.columns = [c.key for c in cols]
        self.defaults = []
        for c in cols:
            default = c.default
            if default is None:
                self.defaults.append((False, None))
            elif default.is_callable:
                self.defaults.append((True, default.arg))
            else:
                self.defaults.append((False, default.arg))
        self.processors = [c.type._cached_bind_processor(dialect) for c in cols]
        self.sql = (f"INSERT INTO {table.name} ({', '.join(self.columns)}) "
                    f"VALUES ({', '.join('?' for _ in cols)})")

        self.values = self._compile()

    def _compile(self) -> Callable[[dict], tuple]:
        """``values(row)``: the row's tuple, as one generated expression (the loop over
        columns in Python cost a third of building a case)."""
        scope: dict = {}
        parts = []
        for i, (key, (call, default), proc) in enumerate(
                zip(self.columns, self.defaults, self.processors, strict=True)):
            scope[f"d{i}"], scope[f"p{i}"] = default, proc
            if call:
                get = f"(row[{key!r}] if {key!r} in row else d{i}(None))"
            elif default is not None:
                get = f"row.get({key!r}, d{i})"
            else:
                get = f"row.get({key!r})"
            parts.append(get if proc is None else f"(None if (v := {get}) is None else p{i}(v))")
        exec(f"def values(row):\n    return ({', '.join(parts)},)", scope)
        return scope["values"]


@dataclass
class Chunk:
    """What one chunk of cases adds, ready for the driver."""

    tables: dict[str, list[tuple]]
    audits: list[tuple[tuple, str]]  # (row without seq/prev_hash/hash, digest body middle)
    search: list[tuple[int, str, str]]  # (rowid, case id hex, keys)
    cases: int


@dataclass(frozen=True)
class Slot:
    """Where a case goes: its number and its search-index rowid."""

    number: str
    rowid: int


class _Builder:
    """Turns plans into rows. Runs in the worker processes (or inline); touches no database."""

    def __init__(self, dialect, region: str, settings, officer: Actor, supervisor: Actor,
                 check_dumps: bool = False) -> None:
        self.region, self.settings = region, settings
        self.officer, self.supervisor = officer, supervisor
        self.check_dumps = check_dumps
        self.specs = {t.name: _Table(t, dialect) for t in m.Base.metadata.sorted_tables
                      if t.name != m.AuditEntry.__tablename__}
        self.audit_spec = _Table(m.AuditEntry.__table__, dialect, AUDIT_COLUMNS[3:])
        self._reset()

    def _reset(self) -> None:
        self.rows: dict[str, list[dict]] = {}
        self.audits: list[tuple[tuple, str]] = []
        self.search: list[tuple[int, str, str]] = []
        self.count = 0

    def take(self) -> Chunk:
        tables = {name: [self.specs[name].values(r) for r in rows]
                  for name, rows in self.rows.items()}
        chunk = Chunk(tables, self.audits, self.search, self.count)
        self._reset()
        return chunk

    def build(self, plans: list[Plan], slots: list[Slot]) -> Chunk:
        for plan, slot in zip(plans, slots, strict=True):
            self.case(plan, slot)
        return self.take()

    # ---- helpers

    def add(self, table: str, row: dict) -> dict:
        self.rows.setdefault(table, []).append(row)
        return row

    def _dumps(self, values: dict | None) -> str:
        text_ = fast_dumps(values)
        if self.check_dumps and text_ != dumps(values):
            raise AssertionError(f"fast_dumps differs from audit.dumps for {values!r}")
        return text_

    def audit(self, actor: Actor, action: str, entity: str, entity_id, case_id,
              old: dict | None = None, new: dict | None = None) -> None:
        at = datetime.now(UTC)
        old_json, new_json = self._dumps(old), self._dumps(new)
        entity_id = str(entity_id or "")
        row = self.audit_spec.values(dict(
            id=new_id(), at=at, user_id=actor.user_id, username=actor.username,
            action=action, entity=entity, entity_id=entity_id, case_id=case_id,
            old_values=old_json, new_values=new_json))
        # entry_digest's list without its first (seq) and last (prev_hash) items
        middle = _dumps_compact([
            at.isoformat(), str(actor.user_id or ""), actor.username, action, entity,
            entity_id, str(case_id or ""), old_json, new_json,
        ])[1:-1]
        self.audits.append((row, middle))

    # ---- one case

    def case(self, plan: Plan, slot: Slot) -> None:
        data, officer = plan.petition, self.officer
        registered = data.registered_on
        number = slot.number
        case_id = new_id()
        born = PartialDate.parse(data.birth_date) if data.birth_date else None
        birth = cases._birth_columns(born)
        case = self.add("cases", dict(
            id=case_id, version=1, number=number, status="registered",
            assigned_officer_id=officer.user_id, registered_on=registered,
            arrived_on=data.arrived_on, petition_language=data.petition_language or "kk",
            document_language=data.document_language, fingerprints_taken_on=None,
            decision_due_on=self.settings.decision_due(registered),
            deadline_extension_reason="", status_valid_from=None, status_valid_to=None,
            appeal_deadline=None, closed_on=None, closure_reason=None, notes=data.notes))
        applicant = self.add("applicants", dict(
            id=new_id(), version=1, case_id=case_id, sex=data.sex, **birth,
            place_of_birth=data.place_of_birth, stateless=data.stateless,
            citizenships=",".join(data.citizenships), ethnicity=data.ethnicity,
            religion=data.religion, languages=",".join(data.languages), phone=data.phone,
            email=data.email, address=data.address, photo_mime=None,
            consent_given=data.consent_given,
            consent_on=registered if data.consent_given else None))
        index_names = []
        for position, name in enumerate(data.names):
            row = self.add("person_names", dict(
                id=new_id(), applicant_id=applicant["id"], family_member_id=None,
                position=position, script=name.script, use=name.use, surname=name.surname,
                given_names=name.given_names, patronymic=name.patronymic))
            index_names.append(row)
        cert = self.add("certificates", dict(
            id=new_id(), version=1, case_id=case_id, decision_id=None,
            kind="asylum_seeker", number=f"AS-{number}-1", issued_on=registered,
            valid_to=self.settings.asylum_certificate_until(registered), state="valid",
            verification_code=new_certificate_code(), replaced_by_id=None, void_reason="",
            issued_by_id=officer.user_id))
        docs = []
        for doc in plan.documents:
            docs.append(self.add("identity_documents", dict(
                id=new_id(), version=1, case_id=case_id,
                family_member_id=doc.family_member_id, doc_type=doc.doc_type,
                number=doc.number, number_key=document_key(doc.number),
                issuing_country=doc.issuing_country, issuer=doc.issuer,
                issued_on=doc.issued_on, expires_on=doc.expires_on,
                is_original=bool(doc.is_original), scan_evidence_id=None, notes=doc.notes)))
        unset = ("fingerprints_taken_on", "status_valid_from", "status_valid_to",
                 "appeal_deadline", "closed_on", "closure_reason", "photo_mime")
        self.audit(officer, "case.register", "case", case_id, case_id, new={
            k: v for k, v in case.items() if k not in unset} | {
            "applicant": {k: v for k, v in applicant.items() if k not in unset},
            "names": [n.__dict__ for n in data.names],
            # never set at registration, so not in the services' snapshot
            "documents": [{k: v for k, v in d.items() if k != "scan_evidence_id"}
                          for d in docs]})
        self.audit(officer, "certificate.issue", "certificate", cert["id"], case_id, new={
            k: v for k, v in cert.items() if k not in ("decision_id", "replaced_by_id")})
        family_names = self._extras(plan.extras, case, registered)
        # The index order of app.db.search._case_texts: relatives' names by position,
        # relative and id; document numbers by document id.
        family_names.sort(key=lambda n: (n["position"], n["family_member_id"].hex,
                                         n["id"].hex))
        self.search.append((slot.rowid, case_id.hex, case_keys(
            number, index_names + family_names,
            [d["number_key"] for d in sorted(docs, key=lambda d: d["id"].hex)],
            keys_of=_keys)))
        self.count += 1

    def _extras(self, extras: Extras, case: dict, registered: date) -> list[dict]:
        officer, case_id = self.officer, case["id"]
        family_names: list[dict] = []
        for relation, sex, birth_text, names in extras.family:
            born = PartialDate.parse(birth_text) if birth_text else None
            member = self.add("family_members", dict(
                id=new_id(), version=1, case_id=case_id, relation=relation, sex=sex,
                **cases._birth_columns(born), whereabouts="", included_in_petition=False,
                own_case_id=None, notes=""))
            for position, name in enumerate(names):
                family_names.append(self.add("person_names", dict(
                    id=new_id(), applicant_id=None, family_member_id=member["id"],
                    position=position, script=name.script, use=name.use,
                    surname=name.surname, given_names=name.given_names,
                    patronymic=name.patronymic)))
            self.audit(officer, "family_member.add", "family_member", member["id"], case_id,
                       new=member | {"names": cases._name_dicts(names)})
        for incident in extras.incidents:
            row = self.add("incidents", dict(
                id=new_id(), version=1, case_id=case_id, ended="", duration_days=None,
                family_member_id=None, **incident))
            self.audit(officer, "incident.add", "incident", row["id"], case_id,
                       new=row | {"evidence_ids": []})
        if not extras.interview:
            return family_names
        when = datetime.combine(registered + timedelta(days=10), datetime.min.time(),
                                tzinfo=UTC).replace(hour=5)
        interview = self.add("interviews", dict(
            id=new_id(), version=1, case_id=case_id, status="scheduled", scheduled_at=when,
            location=LOCATION, officer_id=officer.user_id, interpreter_id=None, language="",
            dialect="", started_at=None, ended_at=None, representative_present=False,
            attendees="", demeanour_notes="", read_back_done=False, applicant_signed=False))
        # The services' snapshot leaves out what was never set (started_at, ended_at).
        self.audit(officer, "interview.schedule", "interview", interview["id"], case_id,
                   old={"status": case["status"]},
                   new={k: v for k, v in interview.items()
                        if k not in ("started_at", "ended_at")}
                   | {"case_status": "interview_scheduled"})
        case["status"] = "interview_scheduled"
        case["version"] += 1
        # No interview is held in the future: a recent case's stays scheduled.
        if extras.interview != "held" or when > datetime.now(UTC):
            return family_names
        # Recording reads the interview back from the database: its times come back naive.
        interview["scheduled_at"] = when.replace(tzinfo=None)
        before = dict(interview)
        interview.update(status="held", started_at=when, ended_at=when + timedelta(hours=2),
                         language="kk", read_back_done=True, applicant_signed=True, version=3)
        for position, (q, a) in enumerate(extras.entries):
            self.add("interview_entries", dict(id=new_id(), interview_id=interview["id"],
                                               position=position, question=q, answer=a))
        self.audit(officer, "interview.record", "interview", interview["id"], case_id,
                   old=before | {"entries": [], "case_status": case["status"]},
                   new=interview | {"entries": extras.entries,
                                    "case_status": "under_assessment"})
        case["status"] = "under_assessment"
        case["version"] += 1
        if not extras.outcome:
            return family_names
        self._decide(extras.outcome, case, registered)
        return family_names

    def _decide(self, outcome: str, case: dict, registered: date) -> None:
        officer, sup, case_id = self.officer, self.supervisor, case["id"]
        today = date.today()
        decided = min(today, registered + timedelta(days=45))
        served = min(today, decided + timedelta(days=3))
        now = datetime.now(UTC)
        basis = BASIS[outcome]
        assessment = self.add("assessments", dict(
            id=new_id(), version=2, case_id=case_id, kind="status", state="draft",
            drafted_by_id=officer.user_id, internal_consistency="established",
            internal_consistency_note="", coi_consistency="established",
            coi_consistency_note="", plausibility="established", plausibility_note="",
            well_founded_fear="established" if outcome == "recognise" else "not_established",
            well_founded_fear_note="", exclusion_applies=False, exclusion_note="",
            recommended_outcome=outcome, legal_basis_code=basis,
            reasons="Assessed on the interview record."))
        self.audit(officer, "assessment.draft", "assessment", assessment["id"], case_id,
                   new=assessment | {"grounds": [("nationality", "")]})
        # Submitted, then approved: the row as it ends.
        assessment.update(state="approved", version=4, submitted_at=now)
        self.add("assessment_grounds", dict(id=new_id(), assessment_id=assessment["id"],
                                            ground="nationality", nexus_note=""))
        for action, who in (("submit", officer), ("approve", sup)):
            self.add("approval_events", dict(id=new_id(), assessment_id=assessment["id"],
                                             action=action, actor_id=who.user_id, at=now,
                                             comment=""))
        self.audit(officer, "assessment.submit", "assessment", assessment["id"], case_id,
                   old={"case_status": "under_assessment"},
                   new={"case_status": "pending_approval", "state": "submitted"})
        valid_from = valid_to = None
        if outcome == "recognise":
            valid_from = decided
            valid_to = self.settings.status_until(valid_from)
        decision = self.add("decisions", dict(
            id=new_id(), version=1, case_id=case_id, assessment_id=assessment["id"],
            kind="status", outcome=outcome, legal_basis_code=basis, decided_on=decided,
            drafted_by_id=officer.user_id, approved_by_id=sup.user_id, valid_from=valid_from,
            valid_to=valid_to))
        self.audit(sup, "decision.approve", "decision", decision["id"], case_id,
                   old={"case_status": "pending_approval"},
                   new=decision | {"case_status": "decided"})
        appeal = None
        if outcome == "refuse":
            appeal = self.settings.appeal_until(served)
            case["appeal_deadline"] = appeal
            status = "refused"
        else:
            case["status_valid_from"], case["status_valid_to"] = valid_from, valid_to
            status = "granted"
        note = self.add("notifications", dict(
            id=new_id(), version=1, decision_id=decision["id"], served_on=served,
            method="in_person", served_by_id=officer.user_id, appeal_deadline=appeal))
        self.audit(officer, "decision.notify", "notification", note["id"], case_id,
                   old={"case_status": "decided"}, new=note | {"case_status": status})
        case["status"] = status
        # submit, approve and notify each save the case; a refusal's appeal deadline once more
        case["version"] += 4 if outcome == "refuse" else 3


# ---------------------------------------------------------------------------
# writing: one connection, the audit chain, the driver's executemany


class _Sink:
    """Numbers the cases, chains the audit entries and stores the chunks, in order."""

    def __init__(self, store: Store, raw, session_values: dict) -> None:
        self.raw = raw
        self.region = session_values["region"]
        self.sequences: dict[tuple[str, int], int] = session_values["sequences"]
        self.fresh_years: set[int] = set()
        self.seq, self.prev_hash = session_values["audit_last"]
        self.key = derive_subkey(store.db_key, "audit-chain")
        self._mac = hmac.new(self.key, digestmod=hashlib.sha256)
        self.highest: dict[date, int | None] = {}
        self.total_rows = 0
        self.audit_count = 0
        self.cases = 0
        self._sql = {t.name: None for t in m.Base.metadata.sorted_tables}
        self._audit_sql = (f"INSERT INTO {m.AuditEntry.__tablename__} "
                           f"({', '.join(AUDIT_COLUMNS)}) "
                           f"VALUES ({', '.join('?' for _ in AUDIT_COLUMNS)})")

    def slot(self, day: date) -> Slot:
        key = (self.region, day.year)
        if key not in self.sequences:
            self.fresh_years.add(day.year)
        self.sequences[key] = self.sequences.get(key, 0) + 1
        if day not in self.highest:
            low, high = search.day_range(day)
            self.highest[day] = self.raw.execute(
                search.highest_rowid_sql(), {"low": low, "high": high}).fetchone()[0]
        rowid = search.next_rowid(self.highest[day], day)
        self.highest[day] = rowid
        return Slot(str(CaseNumber(self.region, day.year, self.sequences[key])), rowid)

    def write(self, chunk: Chunk, specs: dict[str, _Table]) -> None:
        execute = self.raw.executemany
        audit_rows = []
        prev, seq = self.prev_hash, self.seq
        for rest, middle in chunk.audits:
            seq += 1
            mac = self._mac.copy()
            mac.update(f'[{seq},{middle},"{prev}"]'.encode())
            digest = mac.hexdigest()
            audit_rows.append((seq, prev, digest, *rest))
            prev = digest
        self.prev_hash, self.seq = prev, seq
        for table in m.Base.metadata.sorted_tables:
            rows = chunk.tables.get(table.name)
            if rows:
                execute(specs[table.name].sql, rows)
                self.total_rows += len(rows)
        if audit_rows:
            execute(self._audit_sql, audit_rows)
            self.total_rows += len(audit_rows)
            self.audit_count += len(audit_rows)
        execute(f"INSERT INTO {search.FTS_TABLE} (rowid, case_id, keys) VALUES (?, ?, ?)",
                chunk.search)
        execute(f"INSERT INTO {search.ROWIDS_TABLE} (fts_rowid, case_id) VALUES (?, ?)",
                [(r, c) for r, c, _ in chunk.search])
        self.total_rows += 2 * len(chunk.search)
        self.cases += chunk.cases

    def finish(self) -> None:
        for (region, year), value in self.sequences.items():
            if year in self.fresh_years and region == self.region:
                self.raw.execute("INSERT INTO case_sequences (region_code, year, last_value) "
                                 "VALUES (?, ?, ?)", (region, year, value))
            else:
                self.raw.execute("UPDATE case_sequences SET last_value = ? "
                                 "WHERE region_code = ? AND year = ?", (value, region, year))
        self.fresh_years.clear()
        if self.seq:
            self.raw.execute("DELETE FROM audit_head")
            self.raw.execute("INSERT INTO audit_head (id, seq, hash, seal) VALUES (1, ?, ?, ?)",
                             (self.seq, self.prev_hash,
                              head_seal(self.key, self.seq, self.prev_hash)))


def _bench_actors(store: Store, actor: Actor, password: str) -> tuple[Actor, Actor]:
    """The officer who registers and drafts, and the supervisor who approves."""
    from app.services import accounts

    def users() -> dict[str, Actor]:
        with store.uow(readonly=True) as uow:
            return {u.username: Actor(u.id, u.username, u.role)
                    for u in uow.session.execute(select(m.User).where(
                        m.User.username.in_((OFFICER, SUPERVISOR)))).scalars()}

    found = users()
    for name, role in ((OFFICER, Role.OFFICER.value), (SUPERVISOR, Role.SUPERVISOR.value)):
        if name not in found:
            accounts.add_user(store, actor, name, role, password)
    found = users()
    return found[OFFICER], found[SUPERVISOR]


def _store_values(store: Store) -> dict:
    with store.uow(readonly=True) as uow:
        session = uow.session
        last = session.execute(select(m.AuditEntry.seq, m.AuditEntry.hash)
                               .order_by(m.AuditEntry.seq.desc()).limit(1)).first()
        return {
            "region": commission_region(session), "settings": deadline_settings(session),
            "sequences": {(r, y): v for r, y, v in session.execute(select(
                m.CaseSequence.region_code, m.CaseSequence.year, m.CaseSequence.last_value))},
            "audit_last": (last[0], last[1]) if last else (0, GENESIS)}


# Indexes are built once after the load (a sort) instead of row by row.
_TABLES = tuple(t.name for t in m.Base.metadata.sorted_tables)


def _drop_indexes(raw) -> list[str]:
    marks = ", ".join("?" for _ in _TABLES)
    found = raw.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                        f"AND sql IS NOT NULL AND tbl_name IN ({marks})", _TABLES).fetchall()
    for name, _sql in found:
        raw.execute(f'DROP INDEX "{name}"')
    return [sql for _name, sql in found]


_worker: _Builder | None = None


def _init_worker(builder: _Builder) -> None:
    global _worker
    _worker = builder
    new_id.reseed()  # not the parent's stream: ids must differ between processes


def _build_chunk(job: tuple[list[date], int, int, list[Slot]]) -> Chunk:
    days, seed, index, slots = job
    return _worker.build(chunk_plans(days, seed, index), slots)


def _load(store: Store, actor: Actor, password: str, feed, *, workers: int,
          check_dumps: bool = False, progress=None, total: int = 0) -> _Sink:
    """Store what ``feed(sink, builder)`` yields: Chunks, or jobs for worker processes."""
    officer, supervisor = _bench_actors(store, actor, password)
    values = _store_values(store)
    builder = _Builder(store.engine.dialect, values["region"], values["settings"],
                       officer, supervisor, check_dumps)
    store.engine.dispose()  # the load's connection is the only one
    with store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        raw.isolation_level = None  # the transaction below is ours, not the driver's
        raw.execute("PRAGMA synchronous=OFF")
        raw.execute("PRAGMA cache_size=-2097152")  # 2 GiB while loading: a commit's pages
        sink = _Sink(store, raw, values)
        raw.execute("BEGIN IMMEDIATE")
        try:
            indexes = _drop_indexes(raw)
            pool = None
            if workers:
                import multiprocessing

                pool = multiprocessing.get_context("fork").Pool(
                    workers, initializer=_init_worker, initargs=(builder,))
            try:
                committed = 0
                for item in feed(sink, builder, pool):
                    sink.write(item, builder.specs)
                    if sink.cases - committed >= COMMIT_EVERY:
                        # One transaction for everything let SQLite spill the same pages
                        # to the WAL again and again: 9 GB of WAL for half a million cases.
                        raw.execute("COMMIT")
                        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                        raw.execute("BEGIN IMMEDIATE")
                        committed = sink.cases
                    if progress:
                        progress(sink.cases, total)
            finally:
                if pool is not None:
                    pool.terminate()
            for sql in indexes:
                raw.execute(sql)
            sink.finish()
            raw.execute("COMMIT")
        except BaseException:
            raw.execute("ROLLBACK")
            raise
        finally:
            # The connection goes back to the store's pool as any other would.
            raw.execute("PRAGMA synchronous=FULL")
            raw.execute("PRAGMA cache_size=-2000")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return sink


def write_plans(store: Store, actor: Actor, plans, *, password: str = "bench",
                progress: Callable[[int, int], None] | None = None, total: int = 0,
                check_dumps: bool = True) -> tuple[int, int, int]:
    """Write the given plans (in this process); returns (cases, rows, audit entries)."""

    def feed(sink: _Sink, builder: _Builder, _pool):
        batch: list[Plan] = []
        for plan in plans:
            batch.append(plan)
            if len(batch) == CHUNK:
                yield builder.build(batch, [sink.slot(p.petition.registered_on) for p in batch])
                batch = []
        if batch:
            yield builder.build(batch, [sink.slot(p.petition.registered_on) for p in batch])

    sink = _load(store, actor, password, feed, workers=0, check_dumps=check_dumps,
                 progress=progress, total=total)
    return sink.cases, sink.total_rows, sink.audit_count


def generate(store: Store, actor: Actor, n_cases: int, *, seed: int = 1,
             progress: Callable[[int, int], None] | None = None,
             password: str = "bench", workers: int | None = None) -> GenerateReport:
    """Fill ``store`` with ``n_cases`` fictional cases (see the module docstring).

    The cases are ``plan_cases(n_cases, seed)``; chunks of them are built by ``workers``
    processes (default: one per CPU; 0 builds in this process) while this one stores
    them in order."""
    started = time.perf_counter()
    workers = (os.cpu_count() or 1) if workers is None else workers
    days = registration_days(n_cases, seed)

    def feed(sink: _Sink, builder: _Builder, pool):
        jobs = []
        for index, begin in enumerate(range(0, n_cases, CHUNK)):
            chunk_days = days[begin:begin + CHUNK]
            jobs.append((chunk_days, seed, index, [sink.slot(d) for d in chunk_days]))
        if pool is None:
            for job in jobs:
                yield builder.build(chunk_plans(*job[:3]), job[3])
            return
        pending: deque = deque()
        for job in jobs:
            pending.append(pool.apply_async(_build_chunk, (job,)))
            if len(pending) > 2 * workers:  # a bounded queue: chunks wait in the workers
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()

    sink = _load(store, actor, password, feed, workers=workers, progress=progress,
                 total=n_cases)
    size = sum(p.stat().st_size for p in store.paths.data_dir.glob("pana.db*"))
    return GenerateReport(sink.cases, sink.total_rows, sink.audit_count,
                          time.perf_counter() - started, size)


def main(argv: list[str] | None = None) -> int:
    from app.bootstrap import init_store

    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate")
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--cases", required=True, type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--password", default="bench")
    parser.add_argument("--workers", type=int, default=None,
                        help="processes building chunks (default: one per CPU; 0: none)")
    args = parser.parse_args(argv)
    made = init_store(args.data_dir, admin="admin", password=args.password, region="AQM",
                      commission=P.COMMISSION_NAME, demo=True)
    try:
        report = generate(made.store, made.admin, args.cases, seed=args.seed,
                          workers=args.workers,
                          password=args.password,
                          progress=lambda d, t: print(f"\r{d}/{t}", end="", file=sys.stderr))
    finally:
        made.store.close()
    print(file=sys.stderr)
    print(json.dumps({"cases": report.cases, "rows": report.rows,
                      "audit_entries": report.audit_entries,
                      "seconds": round(report.seconds, 2), "db_bytes": report.db_bytes,
                      "bytes_per_case": round(report.bytes_per_case)}))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
