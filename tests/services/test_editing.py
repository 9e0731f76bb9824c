"""Editing and removing the records of a case file, and renewing the asylum-seeker
certificate: new values stored, old and new values audited, stale copies and other
cases' records refused, nothing written when a save is refused."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.db.models import (
    Certificate,
    CourtRuling,
    CriminalProceeding,
    EntryRecord,
    FamilyMember,
    IdentityDocument,
    Incident,
    IncidentEvidence,
)
from app.domain.deadlines import DeadlineSettings
from app.domain.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    TransitionNotAllowed,
    ValidationError,
)
from app.domain.workflow import CaseStatus
from app.services import cases, claims, maintenance, queries
from tests.helpers import builders

S = CaseStatus
TODAY = date.today()
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"


@dataclass(frozen=True)
class Kind:
    """One kind of case-file record, with two valid versions of it and one invalid."""

    name: str  # the kind for remove_record, and the audit entity
    model: type
    add: Callable
    update: Callable
    first: object
    second: object
    #: What the second version changes, as the audit writes it: field -> (old, new).
    changed: dict
    bad: object
    bad_field: str
    says: str
    action: str  # prefix of the audit actions of adding and updating
    #: A query that finds the case by the first version and one by the second, if indexed.
    search: tuple[str, str] | None = None
    table: str = field(default="")

    def __str__(self) -> str:
        return self.name


def _name(script, surname, given) -> dict:
    return {"script": script, "use": "official", "surname": surname, "given_names": given,
            "patronymic": ""}


KINDS = [
    Kind("family_member", FamilyMember, cases.add_family_member, cases.update_family_member,
         cases.FamilyMemberInput(names=[cases.NameInput("kk-Cyrl", "Серікқызы", "Айгүл")],
                                 relation="sibling", birth_date="1995"),
         cases.FamilyMemberInput(names=[cases.NameInput("Latn", "Nurgalieva", "Aigul")],
                                 relation="spouse", birth_date="1995", whereabouts="Ghulja"),
         {"relation": ("sibling", "spouse"), "whereabouts": ("", "Ghulja"),
          "names": ([_name("kk-Cyrl", "Серікқызы", "Айгүл")],
                    [_name("Latn", "Nurgalieva", "Aigul")])},
         cases.FamilyMemberInput(names=[cases.NameInput("Cyrillic", "Серікқызы", "Айгүл")]),
         "family_member.names[0].script", "is not one of", "family_member",
         search=("Серікқызы", "Нұрғалиева"), table="family_members"),
    Kind("identity_document", IdentityDocument, cases.add_identity_document,
         cases.update_identity_document,
         cases.DocumentInput("passport", "E 1234 5678", issuing_country="CHN"),
         cases.DocumentInput("passport", "E 8765 4321", issuing_country="chn", is_original=True),
         {"number": ("E 1234 5678", "E 8765 4321"), "number_key": ("E12345678", "E87654321"),
          "is_original": (False, True)},
         cases.DocumentInput("passport", "123", issued_on=date(2020, 1, 1),
                             expires_on=date(2019, 1, 1)),
         "document.expires_on", "before the issue date", "document",
         search=("E12345678", "E87654321"), table="identity_documents"),
    Kind("entry_record", EntryRecord, cases.add_entry_record, cases.update_entry_record,
         cases.EntryInput(crossed_on=TODAY - timedelta(days=5), place="Khorgos",
                          from_country="CHN"),
         cases.EntryInput(crossed_on=TODAY - timedelta(days=6), place="Nur Zholy",
                          irregular=False, from_country="CHN"),
         {"crossed_on": ((TODAY - timedelta(days=5)).isoformat(),
                         (TODAY - timedelta(days=6)).isoformat()),
          "place": ("Khorgos", "Nur Zholy"), "irregular": (True, False)},
         cases.EntryInput(crossed_on=TODAY + timedelta(days=1)),
         "entry.crossed_on", "cannot be in the future", "entry", table="entry_records"),
    Kind("criminal_proceeding", CriminalProceeding, cases.add_criminal_proceeding,
         cases.update_criminal_proceeding,
         cases.ProceedingInput(court="Zharkent district court", article="392",
                               pretrial_detention_days=40),
         cases.ProceedingInput(court="Zharkent district court", article="392",
                               sentence="1 year", pretrial_detention_days=60),
         {"sentence": ("", "1 year"), "pretrial_detention_days": (40, 60)},
         cases.ProceedingInput(court="Zharkent district court", pretrial_detention_days=-1),
         "proceeding.pretrial_detention_days", "cannot be negative", "proceeding",
         table="criminal_proceedings"),
    Kind("court_ruling", CourtRuling, cases.add_court_ruling, cases.update_court_ruling,
         cases.RulingInput(court="Almaty regional court"),
         cases.RulingInput(court="Almaty regional court", reference="3a-77/26",
                           deportation_barred=False),
         {"reference": ("", "3a-77/26"), "deportation_barred": (True, False)},
         cases.RulingInput(court=" "), "ruling.court", "is required", "ruling",
         table="court_rulings"),
    Kind("incident", Incident, claims.add_incident, claims.update_incident,
         claims.IncidentInput(kind="camp", description="Held eight months.", started="2018-03",
                              ended="2018-11"),
         claims.IncidentInput(kind="detention", description="Held eight months.",
                              started="2018-03", ended="2018-12"),
         {"kind": ("camp", "detention"), "ended": ("2018-11", "2018-12")},
         claims.IncidentInput(kind="camp", description="x", started="2018-03", ended="2017"),
         "incident.ended", "cannot end before it starts", "incident", table="incidents"),
]


@pytest.fixture(params=KINDS, ids=str)
def kind(request) -> Kind:
    return request.param


def _add(fx, kind: Kind, number: str, data=None) -> uuid.UUID:
    with fx.uow() as uow:
        return kind.add(uow, fx.officer, number, data or kind.first)


def _update(fx, kind: Kind, number: str, record_id, data=None, *, version: int = 1,
            actor=None) -> int:
    with fx.uow() as uow:
        return kind.update(uow, actor or fx.officer, number, record_id, data or kind.second,
                           expected_version=version)


def _remove(fx, kind: str, number: str, record_id, *, version: int = 1, actor=None) -> None:
    with fx.uow() as uow:
        cases.remove_record(uow, actor or fx.officer, number, kind, record_id,
                            expected_version=version)


def _stored(fx, kind: Kind, record_id) -> dict | None:
    """The record's values as the audit would write them; None when it is gone."""
    with fx.uow(readonly=True) as uow:
        row = uow.session.get(kind.model, record_id)
        return None if row is None else cases.audit_values(kind.name, row)


def _search(fx, query: str) -> list[str]:
    with fx.uow(readonly=True) as uow:
        return [c.number for c in queries.list_cases(uow, fx.officer,
                                                     queries.CaseFilter(search=query))]


def _refused(fx, error: type[Exception], fn: Callable[[], object]) -> Exception:
    """Run ``fn``, expect ``error``, and check that nothing was written to the audit
    trail but, when the role was refused, the one ``access.denied`` entry."""
    audit = builders.audit_count(fx)
    with pytest.raises(error) as info:
        fn()
    role_refused = isinstance(info.value, PermissionDenied) and info.value.role_refused
    assert [r.action for r in builders.audit_since(fx, audit)] == (
        ["access.denied"] if role_refused else [])
    return info.value


# ---------------------------------------------------------------------------
# editing


def test_an_edit_stores_the_new_values_and_audits_old_and_new(store_fixture, kind):
    fx = store_fixture
    ref = builders.register(fx)
    record_id = _add(fx, kind, ref.number)
    seq = builders.audit_count(fx)
    assert _update(fx, kind, ref.number, record_id, actor=fx.officer2) == 2
    (entry,) = builders.audit_since(fx, seq)
    assert (entry.action, entry.entity, entry.entity_id, entry.case_id, entry.username) \
        == (f"{kind.action}.update", kind.name, str(record_id), ref.id, "officer2")
    assert entry.old == {k: old for k, (old, _new) in kind.changed.items()} | {"version": 1}
    assert entry.new == {k: new for k, (_old, new) in kind.changed.items()} | {"version": 2}
    stored = _stored(fx, kind, record_id)
    assert stored["version"] == 2
    assert {k: v.isoformat() if isinstance(v, date) else v for k, v in stored.items()
            if k in kind.changed} == {k: new for k, (_old, new) in kind.changed.items()}
    if kind.search:
        before, after = kind.search
        assert (_search(fx, before), _search(fx, after)) == ([], [ref.number])
    assert maintenance.verify_store(fx.store).ok


def test_saving_unchanged_values_still_makes_a_new_version(store_fixture, kind):
    fx = store_fixture
    ref = builders.register(fx)
    record_id = _add(fx, kind, ref.number)
    assert _update(fx, kind, ref.number, record_id, kind.first) == 2
    # The copy the screen held (version 1) is now stale.
    _refused(fx, ConflictError, lambda: _update(fx, kind, ref.number, record_id, version=1))


def test_an_edit_from_a_stale_copy_is_refused_and_changes_nothing(store_fixture, kind):
    fx = store_fixture
    ref = builders.register(fx)
    record_id = _add(fx, kind, ref.number)
    _update(fx, kind, ref.number, record_id, actor=fx.officer2)  # now version 2
    saved = _stored(fx, kind, record_id)
    error = _refused(fx, ConflictError,
                     lambda: _update(fx, kind, ref.number, record_id, kind.first, version=1))
    assert (error.expected_version, error.current_version) == (1, 2)
    assert "changed by somebody else" in str(error)
    _refused(fx, ConflictError, lambda: _remove(fx, kind.name, ref.number, record_id, version=1))
    assert _stored(fx, kind, record_id) == saved


def test_a_record_of_another_case_is_refused(store_fixture, kind):
    fx = store_fixture
    mine, other = builders.register(fx), builders.register(fx)
    record_id = _add(fx, kind, other.number)
    saved = _stored(fx, kind, record_id)
    for attempt in (lambda: _update(fx, kind, mine.number, record_id),
                    lambda: _remove(fx, kind.name, mine.number, record_id)):
        error = _refused(fx, ValidationError, attempt)
        assert error.errors == {
            kind.name: f"that {kind.name.replace('_', ' ')} belongs to another case."}
    assert _stored(fx, kind, record_id) == saved


def test_an_invalid_edit_names_the_field_and_writes_nothing(store_fixture, kind):
    fx = store_fixture
    ref = builders.register(fx)
    record_id = _add(fx, kind, ref.number)
    saved = _stored(fx, kind, record_id)
    error = _refused(fx, ValidationError,
                     lambda: _update(fx, kind, ref.number, record_id, kind.bad))
    assert kind.says in error.errors[kind.bad_field], error.errors
    assert _stored(fx, kind, record_id) == saved
    # The same rule holds when the record is added.
    error = _refused(fx, ValidationError, lambda: _add(fx, kind, ref.number, kind.bad))
    assert kind.says in error.errors[kind.bad_field]
    assert builders.table_count(fx, kind.table) == 1


def test_a_missing_record_is_not_found(store_fixture, kind):
    fx = store_fixture
    ref = builders.register(fx)
    _refused(fx, NotFound, lambda: _update(fx, kind, ref.number, uuid.uuid4()))
    _refused(fx, NotFound, lambda: _remove(fx, kind.name, ref.number, uuid.uuid4()))


# ---------------------------------------------------------------------------
# removing


def test_a_removed_record_is_gone_and_the_audit_keeps_its_values(store_fixture, kind):
    fx = store_fixture
    ref = builders.register(fx)
    record_id = _add(fx, kind, ref.number)
    saved = _stored(fx, kind, record_id)
    seq = builders.audit_count(fx)
    _remove(fx, kind.name, ref.number, record_id)
    (entry,) = builders.audit_since(fx, seq)
    assert (entry.action, entry.entity, entry.entity_id, entry.case_id) \
        == (f"{kind.name}.remove", kind.name, str(record_id), ref.id)
    assert entry.new == {}
    assert entry.old["version"] == 1 and entry.old["case_id"] == str(ref.id)
    for key, (old, _new) in kind.changed.items():
        assert entry.old[key] == old
    assert _stored(fx, kind, record_id) is None and saved is not None
    assert builders.table_count(fx, kind.table) == 0
    if kind.search:
        assert _search(fx, kind.search[0]) == []
    assert maintenance.verify_store(fx.store).ok


def test_removing_a_family_member_also_removes_their_names(store_fixture):
    fx = store_fixture
    ref = builders.register(fx)
    member_id = _add(fx, KINDS[0], ref.number)
    names = builders.table_count(fx, "person_names")
    _remove(fx, "family_member", ref.number, member_id)
    assert builders.table_count(fx, "person_names") == names - 1


def test_a_relative_named_by_a_document_or_an_incident_stays(store_fixture):
    fx = store_fixture
    ref = builders.register(fx)
    member_id = _add(fx, KINDS[0], ref.number)
    with fx.uow() as uow:
        document_id = cases.add_identity_document(uow, fx.officer, ref.number, cases.DocumentInput(
            "birth_certificate", "BC-77", family_member_id=member_id))
    with fx.uow() as uow:
        incident_id = claims.add_incident(uow, fx.officer, ref.number, claims.IncidentInput(
            kind="family_targeted", description="Questioned about her brother.",
            started="2019-04", family_member_id=member_id))
    error = _refused(fx, ValidationError,
                     lambda: _remove(fx, "family_member", ref.number, member_id))
    assert error.errors == {"family_member": (
        "the birth certificate BC-77 and the incident “family targeted” of 2019-04 still refer "
        "to this person; remove or change them first.")}
    _remove(fx, "identity_document", ref.number, document_id)
    error = _refused(fx, ValidationError,
                     lambda: _remove(fx, "family_member", ref.number, member_id))
    assert error.errors["family_member"].startswith("the incident “family targeted” of 2019-04 "
                                                    "still refers to this person")
    # Linking the incident to nobody frees the relative.
    _update(fx, KINDS[5], ref.number, incident_id, claims.IncidentInput(
        kind="family_targeted", description="Questioned about her brother.", started="2019-04"))
    _remove(fx, "family_member", ref.number, member_id)
    assert builders.table_count(fx, "family_members") == 0


def test_an_unknown_kind_of_record_is_refused(store_fixture):
    fx = store_fixture
    ref = builders.register(fx)
    error = _refused(fx, ValidationError, lambda: _remove(fx, "applicant", ref.number,
                                                          uuid.uuid4()))
    assert "is not one of: family_member, identity_document" in error.errors["kind"]


# ---------------------------------------------------------------------------
# who may, and when


def test_the_file_is_frozen_while_a_decision_waits_for_approval(store_fixture, kind):
    fx = store_fixture
    built = builders.case_in(fx, S.UNDER_ASSESSMENT)
    record_id = _add(fx, kind, built.number)
    builders.submit(fx, built.number)
    for attempt in (lambda: _update(fx, kind, built.number, record_id),
                    lambda: _remove(fx, kind.name, built.number, record_id)):
        _refused(fx, PermissionDenied, attempt)
    assert _stored(fx, kind, record_id)["version"] == 1


def test_a_clerk_cannot_edit_or_remove_records(store_fixture):
    fx = store_fixture
    ref = builders.register(fx)
    for kind in (KINDS[1], KINDS[5]):
        record_id = _add(fx, kind, ref.number)
        _refused(fx, PermissionDenied,
                 lambda k=kind, r=record_id: _update(fx, k, ref.number, r, actor=fx.clerk))
        _refused(fx, PermissionDenied,
                 lambda k=kind, r=record_id: _remove(fx, k.name, ref.number, r, actor=fx.clerk))
        assert _stored(fx, kind, record_id)["version"] == 1


# ---------------------------------------------------------------------------
# incidents and their evidence


def _attach(fx, number: str, title: str) -> uuid.UUID:
    with fx.uow() as uow:
        return claims.attach_evidence(uow, fx.officer, number,
                                      claims.EvidenceInput(title, PDF, "application/pdf"))


def _links(fx, incident_id) -> set[uuid.UUID]:
    with fx.uow(readonly=True) as uow:
        return set(uow.session.execute(select(IncidentEvidence.evidence_id).where(
            IncidentEvidence.incident_id == incident_id)).scalars())


def test_an_incident_edit_replaces_its_evidence_links(store_fixture):
    fx = store_fixture
    ref = builders.register(fx)
    notice, photo, report = (_attach(fx, ref.number, t) for t in ("Notice", "Photo", "Report"))
    with fx.uow() as uow:
        incident_id = claims.add_incident(uow, fx.officer, ref.number, claims.IncidentInput(
            kind="camp", description="Held.", evidence_ids=[notice, photo]))
    seq = builders.audit_count(fx)
    data = claims.IncidentInput(kind="camp", description="Held.",
                                evidence_ids=[photo, report, report])  # twice: linked once
    assert _update(fx, KINDS[5], ref.number, incident_id, data) == 2
    assert _links(fx, incident_id) == {photo, report}
    (entry,) = builders.audit_since(fx, seq)
    assert entry.old == {"evidence_ids": sorted([str(notice), str(photo)]), "version": 1}
    assert entry.new == {"evidence_ids": sorted([str(photo), str(report)]), "version": 2}
    # Removing the incident removes its links, not the evidence.
    _remove(fx, "incident", ref.number, incident_id, version=2)
    assert builders.table_count(fx, "incident_evidence") == 0
    assert builders.table_count(fx, "evidence") == 3


def test_an_incident_cannot_link_evidence_of_another_case(store_fixture):
    fx = store_fixture
    ref, other = builders.register(fx), builders.register(fx)
    mine, theirs = _attach(fx, ref.number, "Mine"), _attach(fx, other.number, "Theirs")
    incident_id = _add(fx, KINDS[5], ref.number)
    data = claims.IncidentInput(kind="camp", description="Held.", evidence_ids=[mine, theirs])
    error = _refused(fx, ValidationError, lambda: _update(fx, KINDS[5], ref.number, incident_id,
                                                          data))
    assert error.errors == {"incident.evidence_ids[1]": "that evidence is not in this case."}
    assert _links(fx, incident_id) == set()


# ---------------------------------------------------------------------------
# renewing the asylum-seeker certificate


def _certificates(fx, case_id) -> dict[str, Certificate]:
    with fx.uow(readonly=True) as uow:
        rows = uow.session.execute(select(Certificate).where(
            Certificate.case_id == case_id)).scalars().all()
        for row in rows:
            uow.session.expunge(row)
        return {row.number: row for row in rows}


def _registered(fx, days_ago: int):
    on = TODAY - timedelta(days=days_ago)
    return builders.register(fx, registered_on=on, arrived_on=on - timedelta(days=2))


def _renew(fx, number: str, issued_on: date | None = None, actor=None) -> str:
    with fx.uow() as uow:
        return cases.renew_asylum_certificate(uow, actor or fx.clerk, number, issued_on)


def test_a_renewal_issues_the_next_certificate_and_replaces_the_valid_one(store_fixture):
    fx = store_fixture
    ref = _registered(fx, 80)
    first = f"AS-{ref.number}-1"
    issued = TODAY - timedelta(days=2)
    seq = builders.audit_count(fx)
    assert _renew(fx, ref.number, issued) == f"AS-{ref.number}-2"
    certificates = _certificates(fx, ref.id)
    renewed = certificates[f"AS-{ref.number}-2"]
    assert (renewed.kind, renewed.state, renewed.issued_on, renewed.valid_to) == (
        "asylum_seeker", "valid", issued, DeadlineSettings().asylum_certificate_until(issued))
    assert renewed.issued_by_id == fx.clerk.user_id and len(renewed.verification_code) == 10
    assert (certificates[first].state, certificates[first].replaced_by_id) \
        == ("replaced", renewed.id)
    (entry,) = builders.audit_since(fx, seq)
    assert (entry.action, entry.entity_id, entry.case_id, entry.username) \
        == ("certificate.renew", str(renewed.id), ref.id, "clerk")
    assert entry.old == {"previous": {first: "valid"}}
    assert entry.new["previous"] == {first: "replaced"}
    assert entry.new["number"] == renewed.number
    assert entry.new["valid_to"] == renewed.valid_to.isoformat()
    # An officer renews too; only the latest stays valid.
    assert _renew(fx, ref.number, actor=fx.officer) == f"AS-{ref.number}-3"
    certificates = _certificates(fx, ref.id)
    assert [c.state for _, c in sorted(certificates.items())] == ["replaced", "replaced",
                                                                  "valid"]
    assert certificates[f"AS-{ref.number}-2"].replaced_by_id \
        == certificates[f"AS-{ref.number}-3"].id
    assert certificates[first].replaced_by_id == renewed.id  # unchanged
    assert maintenance.verify_store(fx.store).ok


def test_a_renewal_takes_the_certificate_off_the_due_list(store_fixture):
    fx = store_fixture
    ref = _registered(fx, 85)

    def renewals() -> list[str]:
        with fx.uow(readonly=True) as uow:
            return [i.number for i in queries.due_items(uow, fx.officer, today=TODAY)
                    if i.kind == queries.DueKind.CERTIFICATE_RENEWAL]

    assert renewals() == [ref.number]
    _renew(fx, ref.number)
    assert renewals() == []


def test_a_supervisor_cannot_renew_a_certificate(store_fixture):
    fx = store_fixture
    ref = builders.register(fx)
    _refused(fx, PermissionDenied, lambda: _renew(fx, ref.number, actor=fx.supervisor))
    assert list(_certificates(fx, ref.id)) == [f"AS-{ref.number}-1"]


@pytest.mark.parametrize(("issued_on", "says"), [
    (TODAY + timedelta(days=1), "cannot be in the future"),
    (TODAY - timedelta(days=11), "before the petition was registered"),
    (TODAY - timedelta(days=6), "cannot predate certificate"),
])
def test_a_renewal_date_must_make_sense(store_fixture, issued_on, says):
    fx = store_fixture
    ref = _registered(fx, 10)
    _renew(fx, ref.number, TODAY - timedelta(days=5))
    error = _refused(fx, ValidationError, lambda: _renew(fx, ref.number, issued_on))
    assert says in error.errors["certificate.issued_on"]
    assert len(_certificates(fx, ref.id)) == 2


@pytest.mark.parametrize(("state", "renewable"), [
    (S.GRANTED, False),
    (S.CLOSED, False),
    (S.APPEAL_LODGED, True),
    (S.PENDING_APPROVAL, True),
])
def test_a_certificate_is_renewed_only_while_the_person_seeks_asylum(store_fixture, state,
                                                                     renewable):
    fx = store_fixture
    built = builders.case_in(fx, state)
    if renewable:
        assert _renew(fx, built.number) == f"AS-{built.number}-2"
    else:
        error = _refused(fx, TransitionNotAllowed, lambda: _renew(fx, built.number))
        assert "only while the petition or an appeal is pending" in str(error)
        assert list(_certificates(fx, built.id)) == [f"AS-{built.number}-1"]


def test_a_renewal_after_a_void_certificate_skips_no_number(store_fixture):
    """A case whose certificate was voided gets the next number; nothing is replaced."""
    fx = store_fixture
    ref = builders.register(fx)
    with fx.uow() as uow:
        cert = uow.session.execute(select(Certificate).where(
            Certificate.case_id == ref.id)).scalar_one()
        cert.state, cert.void_reason = "void", "Misprinted."
        uow.commit()
    seq = builders.audit_count(fx)
    assert _renew(fx, ref.number) == f"AS-{ref.number}-2"
    (entry,) = builders.audit_since(fx, seq)
    assert entry.old == {} and entry.new["previous"] == {}
    assert _certificates(fx, ref.id)[f"AS-{ref.number}-1"].state == "void"


def test_registration_reports_every_bad_document_with_the_petition(store_fixture):
    fx = store_fixture
    audit = builders.audit_count(fx)
    with pytest.raises(ValidationError) as info, fx.uow() as uow:
        cases.register_petition(uow, fx.officer, builders.petition(sex="m"), documents=[
            cases.DocumentInput("passport", "E1"), cases.DocumentInput("visa", ""),
            cases.DocumentInput("passport", "E2", family_member_id=uuid.uuid4())])
    assert set(info.value.errors) == {"applicant.sex", "documents[1].doc_type",
                                      "documents[1].number", "documents[2].family_member_id"}
    assert builders.audit_count(fx) == audit
    assert builders.table_count(fx, "cases") == builders.table_count(fx, "case_sequences") == 0
    with fx.uow() as uow:
        ref = cases.register_petition(uow, fx.officer, builders.petition(), documents=[
            cases.DocumentInput("passport", "E 1234 5678")])
    assert ref.number.endswith("-00001")
    assert _search(fx, "E12345678") == [ref.number]
