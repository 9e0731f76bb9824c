"""The writer of the crash harness: real service calls, each reported once committed.

    python -m tests.reliability.crash_writer DATA_DIR SEED

The raw database key comes hex-encoded in the environment variable
``PANA_TEST_KEY`` (never on the command line). The writer opens the store the
way the application does and then, until it is killed, takes one step after
another of the work a commission does: register a petition, print its receipt,
schedule and record interviews, add incidents, attach evidence, draft and
submit the assessment, approve it as a supervisor, serve it and print the
letter and the certificate as a clerk. Each step is one service call, so one
transaction.

It prints, one line each and flushed at once (each line is far below the size
a pipe writes in one piece, so a line that arrived is whole):

    READY                          the store is open
    BEGIN <seq> <op> <json>        about to call the service (the op may or may not
                                   commit before a kill)
    ACK <seq> <op> <json>          the service returned: the op is committed

The JSON of an ACK holds what must be found afterwards: ids, case and register
numbers, counts and SHA-256 digests of the content written. No applicant data
(the fictional names, answers or narratives) appears on these lines; each
BEGIN carries a ``marker`` that the step writes into a plain field (case notes,
interview location, incident place, evidence source, assessment reasons), so
the harness can tell whether a step that was cut off is wholly there or wholly
absent.

Content varies in size on purpose (a handful of bytes to several megabytes of
evidence, interviews of one to a hundred and twenty answers), so kills land
inside small commits, inside large ones and inside WAL checkpoints.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from app.db.audit import Actor
from app.db.keyfile import KeyFile
from app.db.models import (
    Assessment,
    Case,
    Decision,
    Interview,
    IssuedDocument,
    User,
)
from app.db.store import Store, StorePaths
from app.domain.errors import AuthenticationError
from app.domain.vocab import DocType, EvidenceKind, IncidentKind, InterviewStatus
from app.domain.workflow import CaseStatus
from app.services import accounts, cases, claims, decisions, interviews, printing

#: The steps, in the order a case takes them (the harness checks each kind was taken).
OPS = ("register", "print_receipt", "schedule", "record_interview", "add_incident",
       "attach_evidence", "draft", "submit", "approve", "notify", "print_letter",
       "print_certificate", "print_interview", "login")

#: The password of the store's test accounts (fictional, like everything here).
PASSWORD = "crash-harness-pass"

#: How often each step is chosen among those possible at the moment.
#: Steps that move a case on weigh more, so cases get through the whole way.
WEIGHTS = {"register": 1.2, "print_receipt": 1.0, "schedule": 3.0, "record_interview": 2.0,
           "add_incident": 1.2, "attach_evidence": 0.7, "draft": 2.0, "submit": 2.0,
           "approve": 2.5, "notify": 2.0, "print_letter": 1.5, "print_certificate": 2.0,
           "print_interview": 0.7, "login": 1.0}

#: The writer keeps this many cases under way; it registers more below it, none above.
ACTIVE_MIN, ACTIVE_MAX = 2, 6
#: Only the newest cases are worked on (older unfinished ones are left as they are).
RECENT = 30

EDITABLE = (CaseStatus.REGISTERED.value, CaseStatus.INTERVIEW_SCHEDULED.value,
            CaseStatus.UNDER_ASSESSMENT.value)
#: While the petition is pending its receipt (the asylum-seeker certificate) can be printed.
RECEIPT_STATES = (*EDITABLE, CaseStatus.PENDING_APPROVAL.value)
BASIS = {"recognise": "LR-12", "refuse": "LR-13"}

# A fictional vocabulary: names are made of syllables, texts of plain words.
_SYLLABLES = ("ka", "ra", "bek", "zhan", "nur", "sa", "mir", "tal", "ai", "gul", "er", "lan",
              "as", "kar", "dos", "mu", "rat", "bo", "lat", "sul", "tan", "yer", "ben", "ol")
_WORDS = ("the", "we", "went", "to", "market", "office", "police", "came", "at", "night",
          "my", "brother", "was", "taken", "they", "said", "study", "camp", "letter",
          "village", "road", "border", "train", "waited", "months", "paper", "asked",
          "again", "nobody", "answered", "family", "left", "before", "winter", "after",
          "school", "work", "house", "called", "names", "list", "mosque", "closed")


def _say(*parts: object) -> None:
    print(*parts, flush=True)


def _digest(value: object) -> str:
    """SHA-256 of a value's canonical JSON; the harness computes the same from the rows."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def names_digest(names: list[tuple[str, str, str, str]]) -> str:
    return _digest([list(n) for n in names])


def qa_digest(entries: list[tuple[str, str]]) -> str:
    return _digest([list(e) for e in entries])


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Step:
    op: str
    number: str | None
    run: Callable[[], dict]
    intent: dict


class Writer:
    def __init__(self, store: Store, seed: int) -> None:
        self.store = store
        self.seed = seed
        self.rng = random.Random(seed)
        with store.uow(readonly=True) as uow:
            users = {u.username: Actor(u.id, u.username, u.role)
                     for u in uow.session.execute(select(User)).scalars()}
        self.officer, self.supervisor = users["officer"], users["supervisor"]
        self.clerk = users["clerk"]

    # ---- random content

    def _word(self) -> str:
        return "".join(self.rng.choice(_SYLLABLES) for _ in range(self.rng.randint(2, 4)))

    def _name(self) -> str:
        return self._word().capitalize()

    def _text(self, low: int, high: int) -> str:
        target = self.rng.randint(low, high)
        words: list[str] = []
        size = 0
        while size < target:
            word = self.rng.choice(_WORDS)
            words.append(word)
            size += len(word) + 1
        return (" ".join(words)[:target].strip() or "nothing") + "."

    def _size(self) -> int:
        """Evidence sizes: mostly scans of a few hundred kB, some of several MB."""
        roll = self.rng.random()
        if roll < 0.7:
            return self.rng.randint(50_000, 400_000)
        if roll < 0.95:
            return self.rng.randint(400_000, 1_500_000)
        return self.rng.randint(1_500_000, 4_000_000)

    # ---- what can be done now

    def _plan(self) -> list[tuple[str, str | None, dict]]:
        """The possible steps: (op, case number, facts the step needs)."""
        possible: list[tuple[str, str | None, dict]] = []
        with self.store.uow(readonly=True) as uow:
            s = uow.session
            recent = s.execute(select(Case.id, Case.number, Case.status)
                               .order_by(Case.number.desc()).limit(RECENT)).all()
            ids = [row.id for row in recent]
            issued = {(case_id, doc_type) for case_id, doc_type in s.execute(
                select(IssuedDocument.case_id, IssuedDocument.doc_type)
                .where(IssuedDocument.case_id.in_(ids)))}
            scheduled = dict(s.execute(select(Interview.case_id, Interview.id).where(
                Interview.case_id.in_(ids),
                Interview.status == InterviewStatus.SCHEDULED.value)).all())
            held = dict(s.execute(select(Interview.case_id, func.count()).where(
                Interview.case_id.in_(ids), Interview.status == InterviewStatus.HELD.value)
                .group_by(Interview.case_id)).all())
            drafted = {row for row in s.execute(select(Assessment.case_id).where(
                Assessment.case_id.in_(ids), Assessment.state == "draft")).scalars()}
            outcomes = dict(s.execute(select(Decision.case_id, Decision.outcome).where(
                Decision.case_id.in_(ids))).all())
        active = 0
        for case_id, number, status in recent:
            done = ((status == CaseStatus.GRANTED and (case_id, "certificate") in issued
                     and (case_id, "letter") in issued)
                    or (status == CaseStatus.REFUSED and (case_id, "letter") in issued))
            active += not done
            if status in RECEIPT_STATES and (case_id, "receipt") not in issued:
                possible.append(("print_receipt", number, {}))
            if status in EDITABLE:
                possible.append(("add_incident", number, {}))
                possible.append(("attach_evidence", number, {}))
                if held.get(case_id, 0) < 2:
                    possible.append(("record_interview", number,
                                     {"interview_id": scheduled.get(case_id)}))
            if status == CaseStatus.REGISTERED:
                possible.append(("schedule", number, {}))
            if status == CaseStatus.UNDER_ASSESSMENT:
                possible.append(("submit" if case_id in drafted else "draft", number, {}))
            if status == CaseStatus.PENDING_APPROVAL:
                possible.append(("approve", number, {}))
            if status == CaseStatus.DECIDED:
                possible.append(("notify", number, {}))
            if outcomes.get(case_id) and (case_id, "letter") not in issued:
                possible.append(("print_letter", number, {}))
            if status == CaseStatus.GRANTED and (case_id, "certificate") not in issued:
                possible.append(("print_certificate", number, {}))
            if held.get(case_id) and (case_id, "interview") not in issued:
                possible.append(("print_interview", number, {}))
        if active < ACTIVE_MIN:
            return [("register", None, {})]
        if active < ACTIVE_MAX:
            possible.append(("register", None, {}))
        possible.append(("login", None, {}))
        return possible

    def next_step(self, seq: int) -> Step:
        possible = self._plan()
        op, number, facts = self.rng.choices(
            possible, weights=[WEIGHTS[p[0]] for p in possible])[0]
        marker = f"crash-{self.seed}-{seq}"
        make = getattr(self, f"_{op}")
        run, intent = make(number, marker, **facts)
        return Step(op, number, run, {"case": number, "marker": marker, **intent})

    # ---- the steps: each returns (call the service, what the BEGIN line says)

    def _register(self, _number, marker):
        names = [("Latn", self._name(), self._name(), "")]
        if self.rng.random() < 0.5:
            names.append(("kk-Cyrl", "Серік" + self._word(), "Ерлан", ""))
        documents = []
        if self.rng.random() < 0.4:
            documents.append(cases.DocumentInput(
                "passport", f"E{self.rng.randint(10_000_000, 99_999_999)}",
                issuing_country="CHN", issued_on=date.today() - timedelta(days=900)))
        data = cases.PetitionInput(
            names=[cases.NameInput(*n) for n in names], sex=self.rng.choice(["male", "female"]),
            birth_date=f"{self.rng.randint(1950, 2005)}-{self.rng.randint(1, 12):02d}",
            citizenships=["CHN"], ethnicity="Kazakh", languages=["kk", "zh"],
            arrived_on=date.today() - timedelta(days=self.rng.randint(1, 60)),
            address=self._text(10, 200), notes=marker)

        def run():
            with self.store.uow() as uow:
                ref = cases.register_petition(uow, self.officer, data, documents=documents)
            return {"case": ref.number, "case_id": str(ref.id), "names": len(names),
                    "names_sha": names_digest(names), "documents": len(documents)}
        return run, {"names": len(names)}

    def _print_receipt(self, number, marker):
        return self._print(number, DocType.RECEIPT, self.clerk)

    def _print_letter(self, number, marker):
        return self._print(number, DocType.LETTER, self.clerk)

    def _print_certificate(self, number, marker):
        return self._print(number, DocType.CERTIFICATE, self.clerk)

    def _print_interview(self, number, marker):
        return self._print(number, DocType.INTERVIEW, self.officer)

    def _print(self, number, doc_type: DocType, actor: Actor):
        language = self.rng.choice(["kk+ru", "ru", "en"])

        def run():
            with self.store.uow() as uow:
                printed = printing.issue_document(uow, actor, doc_type, number,
                                                  language=language)
            return {"case": number, "register_number": printed.register_number,
                    "doc_type": doc_type.value, "pdf_sha": hashlib.sha256(printed.pdf).hexdigest(),
                    "certificate": printed.certificate_number}
        return run, {"doc_type": doc_type.value}

    def _schedule(self, number, marker):
        at = datetime.now(UTC) + timedelta(days=self.rng.randint(1, 20))

        def run():
            with self.store.uow() as uow:
                interview_id = interviews.schedule_interview(uow, self.officer, number, at,
                                                             location=marker)
            return {"case": number, "interview_id": str(interview_id)}
        return run, {}

    def _record_interview(self, number, marker, interview_id=None):
        count = self.rng.choice([1, 2, 5, 12, 30, 60, 120])
        count = self.rng.randint(max(1, count // 2), count)
        entries = [(self._text(10, 160), self._text(0, 1500)) for _ in range(count)]
        ended = datetime.now(UTC) - timedelta(hours=1)
        data = interviews.InterviewRecordInput(
            started_at=ended - timedelta(hours=2), ended_at=ended, language="kk",
            location=marker, attendees="officer, interpreter",
            entries=[interviews.QAInput(q, a) for q, a in entries],
            demeanour_notes=self._text(0, 400), read_back_done=True, applicant_signed=True)

        def run():
            with self.store.uow() as uow:
                recorded = interviews.record_interview(uow, self.officer, number, data,
                                                       interview_id=interview_id)
            return {"case": number, "interview_id": str(recorded), "entries": len(entries),
                    "qa_sha": qa_digest(entries), "scheduled": interview_id is not None}
        return run, {"interview_id": str(interview_id) if interview_id else None,
                     "entries": len(entries)}

    def _add_incident(self, number, marker):
        description = self._text(50, self.rng.choice([400, 4000, 40_000]))
        data = claims.IncidentInput(
            kind=self.rng.choice(list(IncidentKind)).value, description=description,
            actor="local police", actor_type="state",
            started=f"{self.rng.randint(2010, 2023)}-{self.rng.randint(1, 12):02d}",
            place=marker, duration_days=self.rng.randint(0, 400))

        def run():
            with self.store.uow() as uow:
                incident_id = claims.add_incident(uow, self.officer, number, data)
            return {"case": number, "incident_id": str(incident_id),
                    "description_sha": text_digest(description)}
        return run, {}

    def _attach_evidence(self, number, marker):
        size = self._size()
        if self.rng.random() < 0.5:
            mime, header, name = "application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "scan.pdf"
        else:
            mime, header, name = "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "photo.jpg"
        content = header + self.rng.randbytes(size - len(header))
        data = claims.EvidenceInput(title="Scanned document", content=content, mime_type=mime,
                                    kind=EvidenceKind.SCAN.value, filename=name, source=marker)

        def run():
            with self.store.uow() as uow:
                evidence_id = claims.attach_evidence(uow, self.officer, number, data)
            return {"case": number, "evidence_id": str(evidence_id), "size": len(content),
                    "sha256": hashlib.sha256(content).hexdigest()}
        return run, {"size": size}

    def _draft(self, number, marker):
        outcome = "recognise" if self.rng.random() < 0.7 else "refuse"
        reasons = f"{marker}: {self._text(100, 6000)}"
        grounds = ({"religion": self._text(20, 300), "political_opinion": self._text(20, 300)}
                   if outcome == "recognise" else {})
        data = decisions.AssessmentInput(
            internal_consistency="established", coi_consistency="established",
            plausibility="established", well_founded_fear="established",
            recommended_outcome=outcome, legal_basis_code=BASIS[outcome], reasons=reasons,
            grounds=grounds)

        def run():
            with self.store.uow() as uow:
                assessment_id, _version = decisions.draft_assessment(uow, self.officer, number,
                                                                     data)
            return {"case": number, "assessment_id": str(assessment_id), "outcome": outcome,
                    "reasons_sha": text_digest(reasons), "grounds": len(grounds)}
        return run, {}

    def _login(self, _number, marker):
        """A mistyped password, then the right one (re-entered to unlock): both write the
        key file (the failure count and queue, then their reset), the second also the
        audit log (the failed attempt and the login), then the key file again."""
        def run():
            try:
                accounts.authenticate(self.store, "officer", "mistyped-" + marker)
            except AuthenticationError:
                pass
            else:
                raise AssertionError("a wrong password was accepted")
            actor = accounts.authenticate(self.store, "officer", PASSWORD)
            return {"user": actor.username}
        return run, {}

    def _submit(self, number, marker):
        def run():
            with self.store.uow() as uow:
                decisions.submit_for_approval(uow, self.officer, number)
            return {"case": number}
        return run, {}

    def _approve(self, number, marker):
        def run():
            with self.store.uow() as uow:
                decision_id = decisions.approve_decision(uow, self.supervisor, number)
            return {"case": number, "decision_id": str(decision_id)}
        return run, {}

    def _notify(self, number, marker):
        method = self.rng.choice(["in_person", "post"])

        def run():
            with self.store.uow() as uow:
                notification_id = decisions.record_notification(uow, self.clerk, number,
                                                                date.today(), method)
            return {"case": number, "notification_id": str(notification_id)}
        return run, {}


def main(argv: list[str]) -> int:
    data_dir, seed = Path(argv[0]), int(argv[1])
    paths = StorePaths(data_dir)
    store = Store.open_with_key(paths, KeyFile.load(paths.keys),
                                bytes.fromhex(os.environ["PANA_TEST_KEY"]))
    writer = Writer(store, seed)
    _say("READY")
    seq = 0
    while True:
        seq += 1
        step = writer.next_step(seq)
        _say("BEGIN", seq, step.op, json.dumps(step.intent, sort_keys=True))
        details = step.run()
        _say("ACK", seq, step.op, json.dumps(details, sort_keys=True))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
