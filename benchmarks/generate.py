"""Bulk data generator: a store with many fictional cases, for speed measurements.

``generate(store, actor, n)`` writes ``n`` cases through a bulk path: plain row
dicts built in Python, inserted with SQLAlchemy Core ``insert()`` executemany in
large batches, a few transactions in all. The rows are the ones the services
write (``cases.register_petition`` and the later steps): the same columns filled
the same way, the search row from ``app.db.search.case_keys``, and audit entries
hash-chained with ``app.db.audit.entry_digest`` and sealed in ``audit_head``.

Only while it runs, its connection uses ``PRAGMA synchronous=OFF`` (the journal
stays WAL); ``synchronous=FULL`` is set back and the WAL checkpointed before it
returns, so the store is then as durable as any other. A crash during generation can leave a
damaged database: it is meant for throw-away benchmark folders.

CLI: ``python -m benchmarks.generate --data-dir DIR --cases N [--seed S]``.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import insert, select, text

from app.db import models as m
from app.db.audit import GENESIS, Actor, dumps, entry_digest, head_seal
from app.db.keyfile import derive_subkey
from app.db.search import FTS_TABLE, case_keys
from app.db.store import Store
from app.domain.dates import PartialDate
from app.domain.names import document_key, name_keys
from app.domain.numbering import CaseNumber
from app.domain.vocab import Role
from app.services import cases
from app.services import demo_people as P
from app.services.demo import GROUPS, _People
from app.services.settings import commission_region, deadline_settings, new_certificate_code

BATCH = 5000  # cases per executemany round
OFFICER, SUPERVISOR = "bench.officer", "bench.supervisor"
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


def plan_cases(n: int, seed: int = 1, today: date | None = None) -> Iterator[Plan]:
    """``n`` plans in registration order (dates spread over the last five years)."""
    today = today or date.today()
    rng = random.Random(seed)
    people = _People(rng)
    offsets = sorted((rng.randint(0, 5 * 365) for _ in range(n)), reverse=True)
    groups, weights = list(GROUPS), list(GROUPS.values())
    for offset in offsets:
        yield _plan(rng, people, today - timedelta(days=offset), rng.choices(groups, weights)[0])


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
# rows


@functools.lru_cache(maxsize=200_000)
def _keys(written: str) -> list[str]:
    return name_keys(written)


def _enum(value) -> str:
    return getattr(value, "value", value)


class _Writer:
    def __init__(self, store: Store, conn, officer: Actor, supervisor: Actor) -> None:
        self.conn = conn
        self.officer, self.supervisor = officer, supervisor
        from sqlalchemy.orm import Session

        with Session(conn) as session:
            self.region = commission_region(session)
            self.settings = deadline_settings(session)
        self.sequences = {(r, y): v for r, y, v in conn.execute(
            select(m.CaseSequence.region_code, m.CaseSequence.year, m.CaseSequence.last_value))}
        self.fresh_years: set[int] = set()
        last = conn.execute(select(m.AuditEntry.seq, m.AuditEntry.hash)
                            .order_by(m.AuditEntry.seq.desc()).limit(1)).first()
        self.seq, self.prev_hash = (last[0], last[1]) if last else (0, GENESIS)
        self.key = derive_subkey(store.db_key, "audit-chain")
        self.rows: dict[str, list[dict]] = {}
        self.search_rows: list[dict] = []
        self.total_rows = 0
        self.audit_count = 0

    # ---- helpers

    def add(self, table: str, row: dict) -> dict:
        self.rows.setdefault(table, []).append(row)
        return row

    def audit(self, actor: Actor, action: str, entity: str, entity_id, case_id,
              old: dict | None = None, new: dict | None = None) -> None:
        self.seq += 1
        entry = SimpleNamespace(
            seq=self.seq, at=datetime.now(UTC), user_id=actor.user_id, username=actor.username,
            action=action, entity=entity, entity_id=str(entity_id or ""), case_id=case_id,
            old_values=dumps(old), new_values=dumps(new))
        entry.hash = entry_digest(self.key, self.prev_hash, entry)
        self.add("audit_log", dict(id=uuid.uuid4(), prev_hash=self.prev_hash, **vars(entry)))
        self.prev_hash = entry.hash
        self.audit_count += 1

    def number(self, year: int) -> str:
        key = (self.region, year)
        if key not in self.sequences:
            self.fresh_years.add(year)
        self.sequences[key] = self.sequences.get(key, 0) + 1
        return str(CaseNumber(self.region, year, self.sequences[key]))

    # ---- one case

    def case(self, plan: Plan) -> None:
        data, officer = plan.petition, self.officer
        registered = data.registered_on
        number = self.number(registered.year)
        case_id = uuid.uuid4()
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
            id=uuid.uuid4(), version=1, case_id=case_id, sex=data.sex, **birth,
            place_of_birth=data.place_of_birth, stateless=data.stateless,
            citizenships=",".join(data.citizenships), ethnicity=data.ethnicity,
            religion=data.religion, languages=",".join(data.languages), phone=data.phone,
            email=data.email, address=data.address, photo_mime=None,
            consent_given=data.consent_given,
            consent_on=registered if data.consent_given else None))
        index_names = []
        for position, name in enumerate(data.names):
            row = self.add("person_names", dict(
                id=uuid.uuid4(), applicant_id=applicant["id"], family_member_id=None,
                position=position, script=name.script, use=name.use, surname=name.surname,
                given_names=name.given_names, patronymic=name.patronymic))
            index_names.append(row)
        cert = self.add("certificates", dict(
            id=uuid.uuid4(), version=1, case_id=case_id, decision_id=None,
            kind="asylum_seeker", number=f"AS-{number}-1", issued_on=registered,
            valid_to=self.settings.asylum_certificate_until(registered), state="valid",
            verification_code=new_certificate_code(), replaced_by_id=None, void_reason="",
            issued_by_id=officer.user_id))
        docs = []
        for doc in plan.documents:
            docs.append(self.add("identity_documents", dict(
                id=uuid.uuid4(), version=1, case_id=case_id,
                family_member_id=doc.family_member_id, doc_type=doc.doc_type,
                number=doc.number, number_key=document_key(doc.number),
                issuing_country=doc.issuing_country, issuer=doc.issuer,
                issued_on=doc.issued_on, expires_on=doc.expires_on,
                is_original=bool(doc.is_original), scan_evidence_id=None, notes=doc.notes)))
        unset = ("fingerprints_taken_on", "status_valid_from", "status_valid_to",
                 "appeal_deadline", "closed_on", "closure_reason", "photo_mime")
        self.audit(officer, "case.register", "case", case_id, case_id, new={
            k: v for k, v in case.items() if k not in unset} | {
            "applicant": {k: v for k, v in applicant.items() if k not in unset}, "names": [n.__dict__ for n in data.names],
            "documents": docs})
        self.audit(officer, "certificate.issue", "certificate", cert["id"], case_id, new={
            k: v for k, v in cert.items() if k not in ("decision_id", "replaced_by_id")})
        family_names = self._extras(plan.extras, case, registered)
        self.search_rows.append({"id": case_id.hex, "keys": case_keys(
            number, index_names + family_names, [d["number_key"] for d in docs],
            keys_of=_keys)})

    def _extras(self, extras: Extras, case: dict, registered: date) -> list[dict]:
        officer, case_id = self.officer, case["id"]
        family_names: list[dict] = []
        for relation, sex, birth_text, names in extras.family:
            born = PartialDate.parse(birth_text) if birth_text else None
            member = self.add("family_members", dict(
                id=uuid.uuid4(), version=1, case_id=case_id, relation=relation, sex=sex,
                **cases._birth_columns(born), whereabouts="", included_in_petition=False,
                own_case_id=None, notes=""))
            for position, name in enumerate(names):
                family_names.append(self.add("person_names", dict(
                    id=uuid.uuid4(), applicant_id=None, family_member_id=member["id"],
                    position=position, script=name.script, use=name.use,
                    surname=name.surname, given_names=name.given_names,
                    patronymic=name.patronymic)))
            self.audit(officer, "family_member.add", "family_member", member["id"], case_id,
                       new=member | {"names": cases._name_dicts(names)})
        for incident in extras.incidents:
            row = self.add("incidents", dict(
                id=uuid.uuid4(), version=1, case_id=case_id, ended="", duration_days=None,
                family_member_id=None, **incident))
            self.audit(officer, "incident.add", "incident", row["id"], case_id,
                       new=row | {"evidence_ids": []})
        if not extras.interview:
            return family_names
        when = datetime.combine(registered + timedelta(days=10), datetime.min.time(),
                                tzinfo=UTC).replace(hour=5)
        interview = self.add("interviews", dict(
            id=uuid.uuid4(), version=1, case_id=case_id, status="scheduled", scheduled_at=when,
            location=LOCATION, officer_id=officer.user_id, interpreter_id=None, language="",
            dialect="", started_at=None, ended_at=None, representative_present=False,
            attendees="", demeanour_notes="", read_back_done=False, applicant_signed=False))
        self.audit(officer, "interview.schedule", "interview", interview["id"], case_id,
                   old={"case_status": case["status"]},
                   new=dict(interview) | {"case_status": "interview_scheduled"})
        case["status"] = "interview_scheduled"
        if extras.interview != "held":
            return family_names
        before = dict(interview)
        interview.update(status="held", started_at=when, ended_at=when + timedelta(hours=2),
                         language="kk", read_back_done=True, applicant_signed=True, version=2)
        for position, (q, a) in enumerate(extras.entries):
            self.add("interview_entries", dict(id=uuid.uuid4(), interview_id=interview["id"],
                                               position=position, question=q, answer=a))
        self.audit(officer, "interview.record", "interview", interview["id"], case_id,
                   old=before | {"entries": [], "case_status": case["status"]},
                   new=interview | {"entries": extras.entries,
                                    "case_status": "under_assessment"})
        case["status"] = "under_assessment"
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
        assessment = self.add("assessments", dict(
            id=uuid.uuid4(), version=3, case_id=case_id, kind="status", state="approved",
            drafted_by_id=officer.user_id, internal_consistency="consistent",
            internal_consistency_note="", coi_consistency="consistent", coi_consistency_note="",
            plausibility="plausible", plausibility_note="", well_founded_fear="established"
            if outcome == "recognise" else "not_established", well_founded_fear_note="",
            exclusion_applies=False, exclusion_note="", recommended_outcome=outcome,
            legal_basis_code="", reasons="Assessed on the interview record.",
            submitted_at=now))
        self.audit(officer, "assessment.draft", "assessment", assessment["id"], case_id,
                   new=assessment)
        self.add("assessment_grounds", dict(id=uuid.uuid4(), assessment_id=assessment["id"],
                                            ground="nationality", nexus_note=""))
        for action, who in (("submit", officer), ("approve", sup)):
            self.add("approval_events", dict(id=uuid.uuid4(), assessment_id=assessment["id"],
                                             action=action, actor_id=who.user_id, at=now,
                                             comment=""))
        self.audit(officer, "assessment.submit", "assessment", assessment["id"], case_id,
                   old={"case_status": "under_assessment"},
                   new={"case_status": "pending_approval"})
        valid_from = valid_to = None
        if outcome == "recognise":
            valid_from = decided
            valid_to = self.settings.status_until(valid_from)
        decision = self.add("decisions", dict(
            id=uuid.uuid4(), version=1, case_id=case_id, assessment_id=assessment["id"],
            kind="status", outcome=outcome, legal_basis_code="", decided_on=decided,
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
            id=uuid.uuid4(), version=1, decision_id=decision["id"], served_on=served,
            method="in_person", served_by_id=officer.user_id, appeal_deadline=appeal))
        self.audit(officer, "decision.notify", "notification", note["id"], case_id,
                   old={"case_status": "decided"}, new=note | {"case_status": status})
        case["status"] = status
        case["version"] = 5

    # ---- writing

    def flush(self) -> None:
        for table in m.Base.metadata.sorted_tables:
            rows = self.rows.pop(table.name, None)
            if rows:
                self.conn.execute(insert(table), rows)
                self.total_rows += len(rows)
        if self.search_rows:
            self.conn.execute(text(f"INSERT INTO {FTS_TABLE} (case_id, keys) "
                                   "VALUES (:id, :keys)"), self.search_rows)
            self.total_rows += len(self.search_rows)
            self.search_rows = []

    def finish(self) -> None:
        self.flush()
        table = m.CaseSequence.__table__
        for (region, year), value in self.sequences.items():
            if year in self.fresh_years and region == self.region:
                self.conn.execute(insert(table).values(region_code=region, year=year,
                                                       last_value=value))
            else:
                self.conn.execute(table.update().where(
                    table.c.region_code == region, table.c.year == year
                ).values(last_value=value))
        self.fresh_years.clear()
        if self.seq:
            head = m.AuditHead.__table__
            self.conn.execute(head.delete())
            self.conn.execute(insert(head).values(
                id=1, seq=self.seq, hash=self.prev_hash,
                seal=head_seal(self.key, self.seq, self.prev_hash)))


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


def write_plans(store: Store, actor: Actor, plans, *, password: str = "bench",
                progress: Callable[[int, int], None] | None = None,
                total: int = 0) -> tuple[int, int, int]:
    """Write the planned cases in bulk; returns (cases, rows, audit entries)."""
    officer, supervisor = _bench_actors(store, actor, password)
    count = 0
    with store.engine.connect() as conn:
        raw = conn.connection.driver_connection  # pragmas outside any transaction
        raw.execute("PRAGMA synchronous=OFF")
        try:
            with conn.begin():
                writer = _Writer(store, conn, officer, supervisor)
                for plan in plans:
                    writer.case(plan)
                    count += 1
                    if count % BATCH == 0:
                        writer.flush()
                        if progress:
                            progress(count, total)
                writer.finish()
        finally:
            raw.execute("PRAGMA synchronous=FULL")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if progress:
        progress(count, total)
    return count, writer.total_rows, writer.audit_count


def generate(store: Store, actor: Actor, n_cases: int, *, seed: int = 1,
             progress: Callable[[int, int], None] | None = None,
             password: str = "bench") -> GenerateReport:
    """Fill ``store`` with ``n_cases`` fictional cases (see the module docstring)."""
    started = time.perf_counter()
    count, rows, audits = write_plans(store, actor, plan_cases(n_cases, seed),
                                      password=password, progress=progress, total=n_cases)
    size = sum(p.stat().st_size for p in store.paths.data_dir.glob("pana.db*"))
    return GenerateReport(count, rows, audits, time.perf_counter() - started, size)


def main(argv: list[str] | None = None) -> int:
    from app.bootstrap import init_store

    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate")
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--cases", required=True, type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--password", default="bench")
    args = parser.parse_args(argv)
    made = init_store(args.data_dir, admin="admin", password=args.password, region="AQM",
                      commission=P.COMMISSION_NAME, demo=True)
    try:
        report = generate(made.store, made.admin, args.cases, seed=args.seed,
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
