"""Every use case's input through the real services: accepted, or refused with a
ValidationError naming the fields at fault; never another exception (``SERVICE_FUZZ``
examples of each use case: 1,000 in the suite; PANA_SERVICE_EXAMPLES=N for fewer).

Each example changes some fields of an ordinary input to hostile values (anything
typed or pasted, wrong types, huge text, the nasty corpus) and calls the service
in a unit of work that never commits, so every example starts from the same
database: one store per module, with a case in each state a use case needs.
"""

from __future__ import annotations

import contextlib
import itertools
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from app.domain import vocab
from app.domain.errors import NotFound, ValidationError
from app.domain.vocab import DocType
from app.domain.workflow import CaseStatus
from app.services import (
    accounts,
    audit_log,
    cases,
    claims,
    decisions,
    duplicates,
    interviews,
    printing,
    queries,
    retention,
    security_settings,
    settings,
)
from tests.helpers import builders
from tests.property.support import (
    ANY_TEXT,
    NASTY,
    SERVICE_FUZZ,
    check_refusal,
    hostile_text,
    pick_hostile,
)
from tests.reliability import nasty

TODAY = date.today()
TEXT = hostile_text()
#: Any date, most often a recent one (the dates most steps accept).
ANY_DATE = (st.dates(TODAY - timedelta(days=60), TODAY) | st.dates()
            | st.sampled_from([TODAY, TODAY + timedelta(days=1), date(1, 1, 1),
                               date(9999, 12, 31), date(1850, 1, 1)]))
ANY_TIME = st.datetimes(timezones=st.none() | st.just(UTC)) | st.sampled_from(
    [datetime.max, datetime.min, datetime.now(UTC) + timedelta(days=400)])
IDS = st.uuids() | st.none()
#: Binary content: anything, and the broken files of the corpus.
FILES = st.binary(max_size=300) | st.sampled_from([content for _k, content, _m in
                                                   nasty.broken_files()]) | st.just(b"")
MIMES = (st.sampled_from(["application/pdf", "image/png", "image/jpeg", "image/tiff",
                          "text/plain"]) | TEXT)


# The vocabularies' own values, so that a drawn value is often a valid one.
def _values(enum: type) -> st.SearchStrategy:
    return st.sampled_from([member.value for member in enum]) | TEXT


def attempt(fx, call, allowed, *, lookups: bool = False):
    """Run ``call(uow)`` in a unit of work that is rolled back; a refusal must name only
    fields of ``allowed``. ``lookups``: a NotFound is a fine answer too (a number or
    name that names nothing)."""
    with fx.uow() as uow:
        uow.commit = lambda: None  # every example starts from the same data
        try:
            result = call(uow)
        except ValidationError as exc:
            event(f"{_name_of(call)}: refused")
            return False, check_refusal(exc, allowed)
        except NotFound as exc:
            if not lookups:
                raise
            assert exc.message.strip() and len(exc.message) < 1_000
            event(f"{_name_of(call)}: not found")
            return False, exc
    event(f"{_name_of(call)}: accepted")
    return True, result


_SERVICES = {"accounts", "audit_log", "cases", "claims", "decisions", "duplicates",
             "interviews", "printing", "queries", "retention", "security_settings", "settings"}


def _name_of(call) -> str:
    """The service a test's lambda calls, for the statistics (--hypothesis-show-statistics)."""
    names = call.__code__.co_names
    found = [b for a, b in itertools.pairwise(names) if a in _SERVICES]
    return found[0] if found else call.__name__


@dataclass
class World:
    fx: object
    registered: str  # editable
    scheduled: str
    interview_id: uuid.UUID
    under_assessment: str
    pending: str
    decided: str
    granted: str
    refused: str
    appealed: str
    closed: str
    receipt_number: str  # the register number of a printed receipt
    certificate: str  # an asylum-seeker certificate's number
    code: str
    member_id: uuid.UUID
    evidence_id: uuid.UUID


@pytest.fixture(scope="module")
def world(tmp_path_factory, _store_template):
    fx = builders.open_store_copy(_store_template, tmp_path_factory.mktemp("inputs") / "data")
    made = {state: builders.case_in(fx, state) for state in (
        "registered", "interview_scheduled", "under_assessment", "pending_approval",
        "decided", "granted", "refused", "appeal_lodged", "closed")}
    registered = made["registered"].number
    with fx.uow() as uow:
        member = cases.add_family_member(uow, fx.officer, registered, cases.FamilyMemberInput(
            names=[cases.NameInput("Latn", "Serikqyzy", "Aigul")], relation="sibling"))
    with fx.uow() as uow:
        evidence = claims.attach_evidence(uow, fx.officer, registered, claims.EvidenceInput(
            "Summons", b"%PDF-1.4 a summons", "application/pdf"))
    with fx.uow() as uow:
        printed = printing.issue_document(uow, fx.officer, DocType.RECEIPT, registered,
                                          language="en")
    with fx.uow(readonly=True) as uow:
        from sqlalchemy import select

        from app.db.models import Certificate
        cert = uow.session.execute(select(Certificate).where(
            Certificate.case_id == made["registered"].id)).scalar_one()
        certificate, code = cert.number, cert.verification_code
    yield World(fx, registered, made["interview_scheduled"].number,
                made["interview_scheduled"].scheduled_interview_id,
                made["under_assessment"].number, made["pending_approval"].number,
                made["decided"].number, made["granted"].number, made["refused"].number,
                made["appeal_lodged"].number, made["closed"].number, printed.register_number,
                certificate, code, member, evidence)
    fx.store.close()


# ---------------------------------------------------------------------------
# the petition and the case file


NAME_FIELDS = {"script": _values(vocab.Script), "surname": TEXT, "given_names": TEXT,
               "patronymic": TEXT, "use": _values(vocab.NameUse)}


def _name(data, prefix: str) -> tuple[cases.NameInput, list[str]]:
    changed = pick_hostile(data, NAME_FIELDS, most=2)
    name = cases.NameInput("Latn", "Serikuly", "Erlan")
    for key, value in changed.items():
        setattr(name, key, value)
    return name, [prefix] if changed else []


PETITION = {
    "sex": _values(vocab.Sex), "birth_date": TEXT | st.from_regex(r"\A\d{4}(-\d\d){0,2}~?\Z"),
    "place_of_birth": TEXT, "citizenships": st.lists(TEXT, max_size=3) | TEXT,
    "stateless": st.booleans(), "ethnicity": TEXT, "religion": TEXT,
    "languages": st.lists(TEXT, max_size=3) | TEXT, "phone": TEXT, "email": TEXT,
    "address": TEXT, "notes": TEXT, "petition_language": TEXT,
    "document_language": st.sampled_from(["kk", "ru", "en", "kk+ru"]) | TEXT,
    "assigned_officer": TEXT | st.sampled_from(["officer", "officer2", "clerk", "admin"]),
    "registered_on": ANY_DATE, "arrived_on": ANY_DATE | st.none(),
    "consent_given": st.booleans(),
}
PETITION_PATHS = {
    "sex": ["applicant.sex"], "birth_date": ["applicant.birth_date"],
    "place_of_birth": ["applicant.place_of_birth"],
    "citizenships": ["applicant.citizenships", "applicant.stateless"],
    "stateless": ["applicant.stateless"], "ethnicity": ["applicant.ethnicity"],
    "religion": ["applicant.religion"], "languages": ["applicant.languages"],
    "phone": ["applicant.phone"], "email": ["applicant.email"],
    "address": ["applicant.address"], "notes": ["case.notes"],
    "petition_language": ["case.petition_language"],
    "document_language": ["case.document_language"],
    "assigned_officer": ["case.assigned_officer"],
    "registered_on": ["case.registered_on", "case.arrived_on"],
    "arrived_on": ["case.arrived_on"], "consent_given": [],
}
DOCUMENT = {"doc_type": _values(vocab.DocumentType), "number": TEXT,
            "issuing_country": TEXT | st.sampled_from(["CHN", "kaz", "XX"]), "issuer": TEXT,
            "issued_on": ANY_DATE | st.none(), "expires_on": ANY_DATE | st.none(),
            "notes": TEXT, "family_member_id": IDS}


def _document(data, prefix: str) -> tuple[cases.DocumentInput, list[str]]:
    changed = pick_hostile(data, DOCUMENT)
    document = cases.DocumentInput("passport", "E 1234 5678", issuing_country="CHN")
    for key, value in changed.items():
        setattr(document, key, value)
    return document, [prefix] if changed else []


@SERVICE_FUZZ
@given(data=st.data())
def test_registering_a_petition(world, data):
    changed = pick_hostile(data, PETITION)
    petition = builders.petition(stateless=False)
    allowed = [path for key in changed for path in PETITION_PATHS[key]]
    for key, value in changed.items():
        setattr(petition, key, value)
    if data.draw(st.booleans(), label="hostile name"):
        name, paths = _name(data, "applicant.names[1]")
        petition.names = [petition.names[0], name]
        allowed += paths
    if data.draw(st.integers(0, 9), label="no names") == 0:
        petition.names, allowed = [], [*allowed, "applicant.names"]
    documents = []
    if data.draw(st.booleans(), label="documents"):
        document, paths = _document(data, "documents[0]")
        documents, allowed = [document], allowed + paths
    attempt(world.fx, lambda uow: cases.register_petition(uow, world.fx.officer, petition,
                                                          documents=documents), allowed)


FAMILY = {"relation": _values(vocab.Relation), "sex": _values(vocab.Sex),
          "birth_date": TEXT, "whereabouts": TEXT, "notes": TEXT,
          "own_case": TEXT | st.sampled_from(["AQM-2026-00001", "aqm-2026-1", "AQM-2026-99999"])
          | st.none(), "included_in_petition": st.booleans()}


@SERVICE_FUZZ
@given(data=st.data())
def test_family_members_and_identity_documents(world, data):
    changed = pick_hostile(data, FAMILY)
    member = cases.FamilyMemberInput(names=[cases.NameInput("kk-Cyrl", "Серікқызы", "Айгүл")],
                                     relation="sibling")
    for key, value in changed.items():
        setattr(member, key, value)
    allowed = [f"family_member.{key}" for key in changed]
    if data.draw(st.booleans(), label="hostile name"):
        member.names[0], paths = _name(data, "family_member.names[0]")
        allowed += paths
    number = world.registered
    attempt(world.fx, lambda uow: cases.add_family_member(uow, world.fx.officer, number,
                                                          member), allowed)
    document, paths = _document(data, "document")
    if document.family_member_id is not None and data.draw(st.booleans(), label="own member"):
        document.family_member_id = world.member_id
    attempt(world.fx, lambda uow: cases.add_identity_document(uow, world.fx.officer, number,
                                                              document), paths)


RECORDS = {
    "entry": (cases.add_entry_record, cases.EntryInput, {
        "crossed_on": ANY_DATE | st.none(), "place": TEXT, "irregular": st.booleans(),
        "from_country": TEXT | st.just("CHN"), "notes": TEXT}),
    "proceeding": (cases.add_criminal_proceeding, lambda: cases.ProceedingInput(court="Court"), {
        "court": TEXT, "article": TEXT, "verdict_on": ANY_DATE | st.none(), "sentence": TEXT,
        "pretrial_detention_days": st.integers() | TEXT | st.floats(), "notes": TEXT}),
    "ruling": (cases.add_court_ruling, lambda: cases.RulingInput(court="Court"), {
        "court": TEXT, "ruled_on": ANY_DATE | st.none(), "reference": TEXT,
        "deportation_barred": st.booleans(), "summary": TEXT}),
    "representative": (cases.set_representative,
                       lambda: cases.RepresentativeInput("Aigerim Nurlanovna"), {
                           "full_name": TEXT, "organisation": TEXT, "licence_number": TEXT,
                           "phone": TEXT, "email": TEXT, "power_of_attorney": TEXT,
                           "power_of_attorney_on": ANY_DATE | st.none()}),
}


@SERVICE_FUZZ
@given(data=st.data())
def test_entry_criminal_court_and_representative_records(world, data):
    for kind, (service, make, fields) in RECORDS.items():
        changed = pick_hostile(data, fields)
        record = make()
        for key, value in changed.items():
            setattr(record, key, value)
        attempt(world.fx, lambda uow, service=service, record=record: service(
            uow, world.fx.officer, world.registered, record),
            [f"{kind}.{key}" for key in changed])


CLAIM = {"summary": TEXT, "actor_type": _values(vocab.ActorType), "actor_description": TEXT}
INCIDENT = {"kind": _values(vocab.IncidentKind), "description": TEXT, "actor": TEXT,
            "actor_type": _values(vocab.ActorType),
            "started": TEXT | st.from_regex(r"\A\d{4}(-\d\d)?~?\Z"),
            "ended": TEXT | st.from_regex(r"\A\d{4}(-\d\d)?~?\Z"),
            "duration_days": st.none() | st.integers() | TEXT, "place": TEXT,
            "family_member_id": IDS, "evidence_ids": st.lists(st.uuids(), max_size=2)}


@SERVICE_FUZZ
@given(data=st.data())
def test_the_claim_and_its_incidents(world, data):
    changed = pick_hostile(data, CLAIM)
    claim = claims.ClaimInput(summary="Threatened with a camp", actor_type="state")
    for key, value in changed.items():
        setattr(claim, key, value)
    allowed = [f"claim.{key}" for key in changed]
    grounds = data.draw(st.lists(st.tuples(_values(vocab.Ground), TEXT), max_size=3),
                        label="grounds")
    claim.grounds = [claims.GroundInput(g, n) for g, n in grounds]
    allowed += [f"claim.grounds[{i}]" for i in range(len(grounds))]
    attempt(world.fx, lambda uow: claims.save_claim(uow, world.fx.officer, world.registered,
                                                    claim), allowed)
    changed = pick_hostile(data, INCIDENT)
    incident = claims.IncidentInput(kind="threat", description="Police came at night.")
    for key, value in changed.items():
        setattr(incident, key, value)
    allowed = [f"incident.{key}" for key in changed]
    if "started" in changed:
        allowed.append("incident.ended")  # the end may now lie before the start
    if changed.get("evidence_ids") and data.draw(st.booleans(), label="own evidence"):
        incident.evidence_ids = [world.evidence_id, *incident.evidence_ids]
    attempt(world.fx, lambda uow: claims.add_incident(uow, world.fx.officer, world.registered,
                                                      incident), allowed)


EVIDENCE = {"title": TEXT, "content": FILES, "mime_type": MIMES,
            "kind": _values(vocab.EvidenceKind), "filename": TEXT, "source": TEXT}


@SERVICE_FUZZ
@given(data=st.data())
def test_evidence_photos_and_the_letterhead(world, data):
    changed = pick_hostile(data, EVIDENCE)
    evidence = claims.EvidenceInput("Summons", b"%PDF-1.4 a summons", "application/pdf")
    for key, value in changed.items():
        setattr(evidence, key, value)
    allowed = [f"evidence.{key}" for key in changed]
    if "mime_type" in changed:
        allowed.append("evidence.content")  # the file is not of the type now claimed
    attempt(world.fx, lambda uow: claims.attach_evidence(uow, world.fx.officer,
                                                         world.registered, evidence), allowed)
    content = data.draw(FILES | st.just(nasty.png_small()), label="picture")
    mime = data.draw(MIMES, label="picture type")
    attempt(world.fx, lambda uow: cases.set_photo(uow, world.fx.officer, world.registered,
                                                  content, mime), ["applicant.photo"])
    attempt(world.fx, lambda uow: settings.set_letterhead(uow, world.fx.admin, content),
            ["commission.letterhead"])


@SERVICE_FUZZ
@given(data=st.data())
def test_interpreters_and_interviews(world, data):
    fields = {"full_name": TEXT, "languages": TEXT, "gender": TEXT | st.just("female"),
              "organisation": TEXT, "phone": TEXT}
    changed = pick_hostile(data, fields)
    interpreter = interviews.InterpreterInput("Dilnaz K.", languages="kk, ug")
    for key, value in changed.items():
        setattr(interpreter, key, value)
    attempt(world.fx, lambda uow: interviews.add_interpreter(uow, world.fx.admin, interpreter),
            [f"interpreter.{key}" for key in changed])
    at = data.draw(ANY_TIME, label="at")
    location, language = data.draw(TEXT, label="location"), data.draw(TEXT, label="language")
    attempt(world.fx, lambda uow: interviews.schedule_interview(
        uow, world.fx.officer, world.registered, at, location, None, language),
        ["interview.location", "interview.language"])
    fields = {"language": TEXT | st.just("ug"), "dialect": TEXT, "location": TEXT,
              "attendees": TEXT, "demeanour_notes": TEXT, "started_at": ANY_TIME,
              "ended_at": ANY_TIME, "interpreter_id": IDS}
    changed = pick_hostile(data, fields)
    record = builders.interview_record()
    for key, value in changed.items():
        setattr(record, key, value)
    allowed = [f"interview.{key}" for key in changed]
    if "started_at" in changed:
        allowed.append("interview.ended_at")
    entries = data.draw(st.lists(st.tuples(TEXT, TEXT), max_size=3), label="entries")
    record.entries = [interviews.QAInput(q, a) for q, a in entries]
    allowed += [f"interview.entries[{i}]" for i in range(len(entries))]
    attempt(world.fx, lambda uow: interviews.record_interview(
        uow, world.fx.officer, world.scheduled, record, interview_id=world.interview_id),
        allowed)


ASSESSMENT = {
    **{name: _values(vocab.Finding) for name in (
        "internal_consistency", "coi_consistency", "plausibility", "well_founded_fear")},
    **{f"{name}_note": TEXT for name in (
        "internal_consistency", "coi_consistency", "plausibility", "well_founded_fear")},
    "exclusion_note": TEXT, "reasons": TEXT, "recommended_outcome": _values(vocab.Outcome),
    "legal_basis_code": TEXT | st.sampled_from(["LR-12", "LR-13", "lr-12"]),
    "grounds": st.dictionaries(st.sampled_from([g.value for g in vocab.Ground]) | ANY_TEXT
                               | NASTY | st.integers() | st.none(), TEXT, max_size=3),
}


@SERVICE_FUZZ
@given(data=st.data())
def test_drafting_an_assessment(world, data):
    changed = pick_hostile(data, ASSESSMENT)
    draft = builders.assessment("recognise")
    for key, value in changed.items():
        setattr(draft, key, value)
    attempt(world.fx, lambda uow: decisions.draft_assessment(
        uow, world.fx.officer, world.under_assessment, draft, expected_version=None),
        [f"assessment.{key}" for key in changed])


@SERVICE_FUZZ
@given(data=st.data())
def test_the_steps_after_an_assessment(world, data):
    w, fx = world, world.fx
    text = lambda label: data.draw(TEXT, label=label)  # noqa: E731
    day = lambda label: data.draw(ANY_DATE, label=label)  # noqa: E731
    comment = text("comment")
    attempt(fx, lambda uow: decisions.return_for_revision(uow, fx.supervisor, w.pending,
                                                          comment), ["approval.comment"])
    served, method = day("served"), data.draw(_values(vocab.ServiceMethod), label="method")
    attempt(fx, lambda uow: decisions.record_notification(uow, fx.officer, w.decided, served,
                                                          method),
            ["notification.method", "notification.served_on"])
    kind, ended, reason = data.draw(_values(vocab.StatusEndKind), label="kind"), day("ended"), \
        text("reason")
    attempt(fx, lambda uow: decisions.end_status(uow, fx.supervisor, w.granted, kind, ended,
                                                 reason),
            ["status_end.kind", "status_end.reason", "status_end.ended_on"])
    lodged, court, reference = day("lodged"), text("court"), text("reference")
    attempt(fx, lambda uow: decisions.lodge_appeal(uow, fx.officer, w.refused, lodged, court,
                                                   reference),
            ["appeal.lodged_on", "appeal.court", "appeal.reference"])
    outcome, on = data.draw(_values(vocab.AppealOutcome), label="outcome"), day("on")
    attempt(fx, lambda uow: decisions.record_appeal_outcome(uow, fx.supervisor, w.appealed,
                                                            outcome, on), ["appeal.outcome"])
    closure, note = data.draw(_values(vocab.ClosureReason), label="closure"), text("note")
    attempt(fx, lambda uow: decisions.close_case(uow, fx.officer, w.refused, closure, note),
            ["closure.reason", "closure.note"])
    why = text("reopening")
    attempt(fx, lambda uow: decisions.reopen_case(uow, fx.supervisor, w.closed, why),
            ["reopening.reason"])
    due, because = day("due"), text("because")
    attempt(fx, lambda uow: decisions.extend_decision_deadline(uow, fx.supervisor,
                                                               w.registered, due, because),
            ["deadline.new_due", "deadline.reason"])


@SERVICE_FUZZ
@given(data=st.data())
def test_the_print_desk_and_the_register(world, data):
    w, fx = world, world.fx
    text = lambda label: data.draw(TEXT, label=label)  # noqa: E731
    numbers = st.sampled_from([w.receipt_number, w.receipt_number.lower(), w.certificate])
    handed_to, on = text("handed_to"), data.draw(ANY_DATE, label="on")
    attempt(fx, lambda uow: printing.record_handover(uow, fx.clerk, w.receipt_number,
                                                     handed_to, on),
            ["document.handed_to", "document.handed_over_on"])
    register_number = data.draw(TEXT | numbers, label="register number")
    reason = text("reason")
    attempt(fx, lambda uow: printing.void_document(uow, fx.supervisor, register_number,
                                                   reason),
            ["document.void_reason"], lookups=True)
    certificate, why = data.draw(TEXT | numbers, label="certificate"), text("why")
    attempt(fx, lambda uow: printing.replace_certificate(uow, fx.supervisor, certificate, why,
                                                         language="en"),
            ["certificate.replace_reason"], lookups=True)
    typed = data.draw(TEXT | st.just(f"PANA:{w.certificate}:{w.code}") | numbers, label="qr")
    code = data.draw(TEXT | st.just(w.code), label="code")
    attempt(fx, lambda uow: printing.verify_certificate(uow, fx.clerk, typed, code),
            ["verify.number", "verify.code"])
    search, doc_type = text("search"), data.draw(st.none() | _values(DocType), label="type")
    attempt(fx, lambda uow: printing.register(uow, fx.clerk, text=search, doc_type=doc_type),
            ["document.type"])
    language = data.draw(st.none() | TEXT | st.sampled_from(["kk", "en", "kk+ru"]),
                         label="language")
    kind = data.draw(_values(DocType), label="document")
    if data.draw(st.integers(0, 9), label="render") == 0:  # rendering is the slow part
        attempt(fx, lambda uow: printing.preview(uow, fx.officer, kind, w.registered,
                                                 language=language),
                ["document.type", "document.language"], lookups=True)


SETTINGS = st.sampled_from([f"documents.{f}.{lang}" for f in settings.DOCUMENT_FIELDS
                            for lang in settings.DOCUMENT_LANGUAGES]) | TEXT
NUMBERS = st.integers() | st.floats() | st.booleans() | TEXT | st.integers(-2, 300)


@SERVICE_FUZZ
@given(data=st.data())
def test_settings(world, data):
    fx = world.fx
    key, value = data.draw(SETTINGS, label="key"), data.draw(TEXT, label="text")
    attempt(fx, lambda uow: settings.set_document_text(uow, fx.admin, key, value),
            ["setting"])
    name = data.draw(st.sampled_from(["decision_months", "appeal_months"]) | TEXT, label="name")
    number = data.draw(NUMBERS, label="period")
    attempt(fx, lambda uow: settings.set_deadline(uow, fx.admin, name, number), ["setting"])
    minutes = data.draw(NUMBERS, label="minutes")
    attempt(fx, lambda uow: security_settings.set_idle_minutes(uow, fx.admin, minutes),
            [f"setting.{security_settings.IDLE_MINUTES}"])
    years = data.draw(NUMBERS, label="years")
    attempt(fx, lambda uow: retention.set_retention_years(uow, fx.admin, years),
            [retention.YEARS_SETTING])


class _QuietKeyFile:
    """Stands in for the key file: nothing written, no argon2 (a slot costs 0.1 s)."""

    demo = False
    max_failed_logins = 5

    def updating(self):
        return contextlib.nullcontext()

    def set_user_password(self, username: str, password: str, db_key: bytes) -> None:
        password.encode("utf-8")  # what the real one derives the slot's key from
        assert isinstance(username, str) and username

    def reload(self) -> None:
        pass

    def login_state(self, username: str):
        return SimpleNamespace(failures=0, locked_until=None)

    def remove_user(self, username: str) -> None:
        pass

    def set_max_failed_logins(self, value: int) -> None:
        pass


class _QuietStore:
    """The accounts services take the store: its units of work never commit here."""

    def __init__(self, store) -> None:
        self._store = store
        self.keyfile = _QuietKeyFile()
        self.db_key = store.db_key

    def uow(self, **kwargs):
        uow = self._store.uow(**kwargs)
        uow.commit = lambda: None
        return uow


def _account_call(call, allowed):
    try:
        call()
    except ValidationError as exc:
        check_refusal(exc, allowed)
    except NotFound as exc:
        assert exc.message.strip() and len(exc.message) < 1_000


USERNAMES = TEXT | st.sampled_from(["officer", "admin", "nobody", "Officer"])


@SERVICE_FUZZ
@given(data=st.data())
def test_accounts(world, data):
    store, admin = _QuietStore(world.fx.store), world.fx.admin
    draw = lambda strategy, label: data.draw(strategy, label=label)  # noqa: E731
    username, role = draw(USERNAMES, "username"), draw(_values(vocab.Role), "role")
    password, display = draw(TEXT | st.just("a long password"), "password"), draw(TEXT, "name")
    language = draw(TEXT | st.sampled_from(["kk", "ru", "en"]), "language")
    _account_call(lambda: accounts.add_user(store, admin, username, role, password, display,
                                            language),
                  ["username", "role", "password", "display_name", "language"])
    who, new_password = draw(USERNAMES, "who"), draw(TEXT, "new password")
    _account_call(lambda: accounts.change_password(store, admin, who, new_password),
                  ["new_password", "username"])
    _account_call(lambda: accounts.reset_password(store, admin, who, new_password),
                  ["new_password", "username"])
    _account_call(lambda: accounts.set_role(store, admin, who, role), ["role"])
    limit = draw(NUMBERS, "limit")
    _account_call(lambda: accounts.set_max_failed_logins(store, admin, limit),
                  [accounts.MAX_FAILED_LOGINS_SETTING])
    _account_call(lambda: accounts.set_role(store, admin, who, "officer"), ["role"])
    _account_call(lambda: accounts.disable_user(store, admin, who), ["username"])


@SERVICE_FUZZ
@given(data=st.data())
def test_searching_and_looking_things_up(world, data):
    fx = world.fx
    draw = lambda strategy, label: data.draw(strategy, label=label)  # noqa: E731
    flt = queries.CaseFilter(
        search=draw(TEXT | st.sampled_from(["Serikuly", world.registered, "AQM-2026"]), "search"),
        status=draw(st.none() | _values(CaseStatus), "status"),
        officer=draw(st.none() | USERNAMES, "officer"), limit=50)
    for call in (queries.list_cases, queries.count_matching):
        attempt(fx, lambda uow, call=call: call(uow, fx.officer, flt), ["status"])
    names = draw(st.lists(TEXT, max_size=3), "names")
    birth, docs = draw(TEXT, "birth"), draw(st.lists(TEXT, max_size=2), "documents")
    attempt(fx, lambda uow: duplicates.find_possible_duplicates(uow, fx.officer, names, birth,
                                                                docs), [])
    audit = audit_log.AuditFilter(username=draw(USERNAMES, "audit user"),
                                  case_number=draw(TEXT, "audit case"),
                                  action=draw(TEXT | st.just("case."), "action"), limit=20)
    attempt(fx, lambda uow: audit_log.search(uow, fx.admin, audit), [])
    numbers = draw(st.lists(TEXT | st.just(world.closed), max_size=3), "retention numbers")
    mode = draw(TEXT | st.sampled_from(["anonymise", "purge"]), "mode")
    attempt(fx, lambda uow: retention.retention_report(uow, fx.admin, TODAY, numbers, mode),
            ["retention.numbers", "retention.mode",  # and each number, as it is looked up
             *[n.strip().upper() for n in numbers if isinstance(n, str)]])
    officer = draw(USERNAMES, "assign")
    attempt(fx, lambda uow: cases.assign_officer(uow, fx.supervisor, world.registered, officer),
            ["case.assigned_officer"])
    kind = draw(TEXT | st.sampled_from(list(cases.RECORD_KINDS)), "kind")
    # Records are picked from a list, never typed: an id, or something that is none.
    record = draw(st.uuids() | st.just(world.member_id) | st.sampled_from(["", "x", "1"]),
                  "record")
    attempt(fx, lambda uow: cases.remove_record(uow, fx.officer, world.registered, kind, record,
                                                expected_version=1),
            ["kind", "family_member"], lookups=True)


PAYLOAD = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | ANY_TEXT | NASTY,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ANY_TEXT, inner, max_size=3),
    max_leaves=8)


@SERVICE_FUZZ
@given(st.dictionaries(ANY_TEXT, PAYLOAD, max_size=4), TEXT | st.just("interview"))
def test_autosaved_drafts_keep_exactly_what_was_typed(world, payload, kind):
    fx, number = world.fx, world.registered

    def save_and_load(uow):
        interviews.save_draft(uow, fx.officer, number, kind, payload)
        return interviews.load_draft(uow, fx.officer, number, kind)

    ok, loaded = attempt(fx, save_and_load, ["draft.kind"])
    assert not ok or loaded == payload
