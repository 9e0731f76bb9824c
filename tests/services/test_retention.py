"""Retention: the dry run, anonymising and purging closed cases past the period."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from app.db import search
from app.db.engine import connect_raw
from app.db.models import (
    Applicant,
    AuditEntry,
    Case,
    Certificate,
    IssuedDocument,
)
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.workflow import CaseStatus
from app.services import cases, claims, decisions, interviews, maintenance, printing, retention
from tests.helpers import builders

TODAY = date.today()
LONG_AGO = retention.years_before(TODAY, 6)

#: What the seeded case says about the person; none of it may survive anonymising.
SECRETS = ["Жолдасбекова", "Joldasbekova", "Гүлнұр", "Gulnur", "Әйгерімқызы", "Ержанова",
           "Yerzhanova", "+7 701 555 0199", "gulnur.j@example.kz", "Abay avenue 77-13",
           "Tacheng county", "E98765432", "Qaramay passport office", "QARAMAY-NIGHT-RAID",
           "Dorbiljin checkpoint", "EVIDENCE-LEDGER-7731", "ledger-7731.pdf",
           "beaten at the Ulan-Bator road post", "Sister lives in Almaty, Tole bi 12",
           "Detained for the Friday prayer circle", "DRAFT-ANSWER-4411"]


def seeded_case(fx, closed_on: date) -> builders.BuiltCase:
    """A refused, closed case whose file holds every kind of personal value."""
    ref = builders.register(
        fx, names=[cases.NameInput("kk-Cyrl", "Жолдасбекова", "Гүлнұр", "Әйгерімқызы"),
                   cases.NameInput("Latn", "Joldasbekova", "Gulnur")],
        birth_date="1988-04-17", place_of_birth="Tacheng county", phone="+7 701 555 0199",
        email="gulnur.j@example.kz", address="Abay avenue 77-13")
    number = ref.number
    with fx.uow() as uow:
        cases.add_identity_document(uow, fx.officer, number, cases.DocumentInput(
            "passport", "E98765432", issuing_country="CHN", issuer="Qaramay passport office"))
    with fx.uow() as uow:
        cases.add_family_member(uow, fx.officer, number, cases.FamilyMemberInput(
            names=[cases.NameInput("kk-Cyrl", "Ержанова", "Айша"),
                   cases.NameInput("Latn", "Yerzhanova", "Aisha")],
            relation="sibling", birth_date="1992-01-05",
            whereabouts="Sister lives in Almaty, Tole bi 12"))
    with fx.uow() as uow:
        evidence_id = claims.attach_evidence(uow, fx.officer, number, claims.EvidenceInput(
            "Ledger page", b"%PDF-1.4 EVIDENCE-LEDGER-7731", "application/pdf",
            filename="ledger-7731.pdf"))
    with fx.uow() as uow:
        claims.save_claim(uow, fx.officer, number, claims.ClaimInput(
            summary="QARAMAY-NIGHT-RAID on the family house.",
            grounds=[claims.GroundInput("religion", "Detained for the Friday prayer circle")]))
    with fx.uow() as uow:
        claims.add_incident(uow, fx.officer, number, claims.IncidentInput(
            "detention", description="Held three days.", place="Dorbiljin checkpoint",
            started="2019-03", evidence_ids=[evidence_id]))
    interview = builders.schedule(fx, number)
    builders.record_interview(fx, number, interview_id=interview, entries=[
        interviews.QAInput("Where were you hurt?", "I was beaten at the Ulan-Bator road post.")])
    with fx.uow() as uow:  # somebody's unsaved typing, kept by autosave
        interviews.save_draft(uow, fx.officer2, number, "interview",
                              {"answer": "DRAFT-ANSWER-4411"})
    builders.draft(fx, number, "refuse")
    builders.submit(fx, number)
    builders.approve(fx, number)
    with fx.uow() as uow:
        printing.issue_document(uow, fx.clerk, "receipt", number, language="ru")
    builders.notify(fx, number)
    with fx.uow() as uow:
        decisions.close_case(uow, fx.officer, number, "final_refusal",
                             note="No appeal was lodged.", on_date=closed_on)
    return builders.BuiltCase(number, ref.id)


def closed_case(fx, closed_on: date, **petition) -> builders.BuiltCase:
    built = builders.case_in(fx, CaseStatus.REFUSED, **petition)
    with fx.uow() as uow:
        decisions.close_case(uow, fx.officer, built.number, "final_refusal", on_date=closed_on)
    return built


def report(fx, **kwargs) -> retention.RetentionReport:
    with fx.uow(readonly=True) as uow:
        return retention.retention_report(uow, fx.admin, TODAY, **kwargs)


def apply(fx, mode: str, *numbers: str) -> retention.RetentionResult:
    with fx.uow() as uow:
        return retention.apply_retention(uow, fx.admin, mode, list(numbers), TODAY)


def every_value(fx, *, skip: tuple[str, ...] = ("audit_log",)) -> bytes:
    """Every value of every table (FTS shadow tables included) after a VACUUM, as bytes.

    After VACUUM the file holds exactly the live rows, so this is what anybody with
    the key could find in it (encryption aside).
    """
    raw = connect_raw(fx.store.paths.db, fx.store.db_key)
    try:
        raw.execute("VACUUM")
        tables = [r[0] for r in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'") if r[0] not in skip]
        chunks = []
        for table in tables:
            for row in raw.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, bytes):
                        chunks.append(value)
                    elif value is not None:
                        chunks.append(str(value).encode())
        return b"\x00".join(chunks)
    finally:
        raw.close()


def found(blob: bytes, secrets: list[str]) -> list[str]:
    lower = blob.lower()
    return [s for s in secrets if s.encode() in blob or s.lower().encode() in lower]


def leftover_trigrams(fx, removed_keys: list[str]) -> list[str]:
    """Trigrams of removed name keys still stored in the search index's segments.

    FTS5 keeps a deleted row's terms in its segments until they are merged; only
    trigrams no remaining row has are telling.
    """
    with fx.uow(readonly=True) as uow:
        remaining = " ".join(uow.session.execute(text(
            f"SELECT keys FROM {search.FTS_TABLE}")).scalars())
        blob = b"".join(uow.session.execute(text(
            f"SELECT block FROM {search.FTS_TABLE}_data WHERE block IS NOT NULL")).scalars())
    grams = {key[i:i + 3] for key in removed_keys for i in range(len(key) - 2)}
    telling = sorted(g for g in grams if g not in remaining and " " not in g)
    assert len(telling) > 5
    return [g for g in telling if g.encode() in blob]


def case_rows(fx, case_id) -> dict[str, int]:
    with fx.uow(readonly=True) as uow:
        return retention._counts(uow.session, [case_id])


# ---- the dry run


def test_report_lists_only_closed_cases_past_the_period(store_fixture):
    fx = store_fixture
    old = closed_case(fx, LONG_AGO)
    exactly = closed_case(fx, retention.years_before(TODAY, 5))
    recent = closed_case(fx, retention.years_before(TODAY, 5) + timedelta(days=1))
    refused = builders.case_in(fx, CaseStatus.REFUSED)
    granted = builders.case_in(fx, CaseStatus.GRANTED)

    result = report(fx)

    assert [c.number for c in result.cases] == [old.number, exactly.number]
    assert result.cases[0] == retention.RetentionCase(old.number, LONG_AGO, 6, False)
    assert result.cases[1].years_closed == 5
    assert result.years == 5 and result.closed_by == retention.years_before(TODAY, 5)
    listed = {c.number for c in result.cases}
    assert not listed & {recent.number, refused.number, granted.number}
    assert result.counts["cases"] == 2 and result.counts["applicants"] == 2
    assert result.counts["interview_entries"] >= 2


def test_the_period_is_a_setting(store_fixture):
    fx = store_fixture
    four_years = closed_case(fx, retention.years_before(TODAY, 4))
    assert report(fx).cases == []
    with fx.uow() as uow:
        retention.set_retention_years(uow, fx.admin, 3)
    assert [c.number for c in report(fx).cases] == [four_years.number]
    with pytest.raises(ValidationError, match="from 1 to"), fx.uow() as uow:
        retention.set_retention_years(uow, fx.admin, 0)


def test_only_an_administrator_runs_retention(store_fixture):
    fx = store_fixture
    old = closed_case(fx, LONG_AGO)
    with pytest.raises(PermissionDenied), fx.uow(readonly=True) as uow:
        retention.retention_report(uow, fx.supervisor, TODAY)
    with pytest.raises(PermissionDenied), fx.uow() as uow:
        retention.apply_retention(uow, fx.officer, "purge", [old.number], TODAY)
    assert report(fx).cases[0].number == old.number


# ---- anonymising


def test_anonymise_removes_who_the_person_is_and_keeps_number_dates_and_outcome(
        store_fixture):
    fx = store_fixture
    built = seeded_case(fx, LONG_AGO)
    other = closed_case(fx, LONG_AGO)  # the default petition: Серікұлы Ерлан
    before = every_value(fx)
    assert found(before, SECRETS) == SECRETS  # the scan sees them while they are there
    with fx.uow(readonly=True) as uow:
        keys = search.keys_for_case(uow.session, built.id, built.number)
        decided_on, outcome = uow.session.execute(text(
            "SELECT decided_on, outcome FROM decisions WHERE case_id = :id"),
            {"id": built.id.hex}).one()
    audit_before = builders.audit_count(fx)

    result = apply(fx, "anonymise", built.number)

    assert result.numbers == [built.number]
    assert result.counts["person_names"] == 4 and result.counts["interview_entries"] == 1
    after = every_value(fx)
    assert found(after, SECRETS) == []
    name_keys = [k for k in keys.split(" | ") if built.number.lower() not in k
                 and k != built.number.replace("-", "").lower()]
    assert name_keys and found(after, name_keys) == []
    assert leftover_trigrams(fx, name_keys) == []
    assert found(after, ["Серікұлы"]) == ["Серікұлы"]  # the other case is untouched
    with fx.uow(readonly=True) as uow:
        assert search.search_case_ids(uow.session, "Joldasbekova") == []
        assert search.search_case_ids(uow.session, "Жолдасбекова") == []
        assert search.search_case_ids(uow.session, "E98765432") == []
        assert search.search_case_ids(uow.session, built.number) == [built.id]
        assert search.search_case_ids(uow.session, "Серікұлы") == [other.id]
        case = uow.session.get(Case, built.id)
        assert (case.number, case.status, case.closed_on) == (
            built.number, "closed", LONG_AGO)
        applicant = uow.session.execute(
            select(Applicant).where(Applicant.case_id == built.id)).scalar_one()
        assert (applicant.birth_year, applicant.birth_month, applicant.birth_day) == (
            1988, None, None)
        assert applicant.phone == retention.REMOVED and applicant.names == []
        assert applicant.citizenships == "CHN" and applicant.sex == "male"
        assert uow.session.execute(text(
            "SELECT decided_on, outcome FROM decisions WHERE case_id = :id"),
            {"id": built.id.hex}).one() == (decided_on, outcome)
        assert uow.session.execute(text(
            "SELECT ground FROM claim_grounds")).scalars().all() == ["religion"]
    # Audited with the number and the counts only, once for the case.
    entries = builders.audit_since(fx, audit_before)
    assert [(e.action, e.case_id) for e in entries] == [("retention.anonymise", built.id)]
    assert entries[0].new == {"number": built.number, "rows": result.counts}
    assert found(json.dumps(entries[0].new, ensure_ascii=False).encode(), SECRETS) == []
    # What the case history recorded before still holds the values (the chain forbids
    # changing it): the documented limitation.
    assert "Жолдасбекова" in found(every_value(fx, skip=()), SECRETS)
    assert maintenance.verify_store(fx.store).ok


def test_anonymised_case_still_listed_for_purge_but_not_anonymised_twice(store_fixture):
    fx = store_fixture
    built = closed_case(fx, LONG_AGO)
    apply(fx, "anonymise", built.number)
    assert report(fx).cases == [retention.RetentionCase(built.number, LONG_AGO, 6, True)]
    with pytest.raises(ValidationError, match="anonymised already"):
        apply(fx, "anonymise", built.number)
    apply(fx, "purge", built.number)
    assert report(fx).cases == []


# ---- purging


def test_purge_deletes_every_row_of_the_case_and_the_store_still_verifies(store_fixture):
    fx = store_fixture
    built = seeded_case(fx, LONG_AGO)
    other = closed_case(fx, LONG_AGO)
    other_rows = case_rows(fx, other.id)
    with fx.uow(readonly=True) as uow:
        register_before = uow.session.execute(
            select(IssuedDocument.register_number, IssuedDocument.content_sha256)
            .where(IssuedDocument.case_id == built.id)).all()
        certificates_before = uow.session.execute(
            select(Certificate.number, Certificate.verification_code)
            .where(Certificate.case_id == built.id)).all()
    assert register_before and certificates_before

    result = apply(fx, "purge", built.number)

    remaining = case_rows(fx, built.id)
    # Only the shells the registers need are left: one case, one empty applicant,
    # its certificates and register rows.
    assert remaining == {"cases": 1, "applicants": 1, "certificates": len(certificates_before),
                         "issued_documents": len(register_before)}
    assert result.counts["interview_entries"] == 1 and result.counts["evidence"] == 1
    assert found(every_value(fx), SECRETS) == []
    with fx.uow(readonly=True) as uow:
        assert uow.session.execute(
            select(IssuedDocument.register_number, IssuedDocument.content_sha256)
            .where(IssuedDocument.case_id == built.id)).all() == register_before
        assert uow.session.execute(
            select(Certificate.number, Certificate.verification_code)
            .where(Certificate.case_id == built.id)).all() == certificates_before
        applicant = uow.session.execute(
            select(Applicant).where(Applicant.case_id == built.id)).scalar_one()
        assert (applicant.citizenships, applicant.birth_year, applicant.sex) == ("", None,
                                                                                 "unknown")
        assert search.search_case_ids(uow.session, "Joldasbekova") == []
    assert case_rows(fx, other.id) == other_rows
    assert maintenance.verify_store(fx.store).ok
    assert builders.audit_since(fx, builders.audit_count(fx) - 1)[0].action == "retention.purge"


# ---- refusals


@pytest.mark.parametrize("mode", ["anonymise", "purge"])
def test_cases_not_eligible_are_refused_and_nothing_changes(store_fixture, mode):
    fx = store_fixture
    eligible = closed_case(fx, LONG_AGO)
    recent = closed_case(fx, TODAY - timedelta(days=30))
    still_open = builders.case_in(fx, CaseStatus.GRANTED)
    rows_before = case_rows(fx, eligible.id)
    audit_before = builders.audit_count(fx)

    with pytest.raises(ValidationError) as info:
        apply(fx, mode, eligible.number, recent.number, still_open.number, "AQM-2001-00001")

    assert set(info.value.errors) == {recent.number, still_open.number, "AQM-2001-00001"}
    assert "less than 5 years" in info.value.errors[recent.number]
    assert "not closed" in info.value.errors[still_open.number]
    assert "no such case" in info.value.errors["AQM-2001-00001"]
    assert builders.audit_count(fx) == audit_before
    assert case_rows(fx, eligible.id) == rows_before
    with fx.uow(readonly=True) as uow:
        assert uow.session.execute(
            select(AuditEntry).where(AuditEntry.action.like("retention.%"))).first() is None
    # The dry run for named cases refuses the same way.
    with pytest.raises(ValidationError):
        report(fx, numbers=[recent.number], mode=mode)


def test_a_case_out_on_a_laptop_is_refused(store_fixture):
    from app.services import checkout, sealed

    fx = store_fixture
    eligible = closed_case(fx, LONG_AGO)
    keys = sealed.Keys.from_secret(b"s" * 32, b"b" * 32).public
    with fx.uow() as uow:
        checkout.check_out(uow, fx.officer, fx.store,
                           checkout.DeviceRequest("laptop", "Laptop", "officer", keys),
                           [eligible.number], TODAY + timedelta(days=3), today=TODAY)
    rows_before = case_rows(fx, eligible.id)
    with pytest.raises(ValidationError) as info:
        apply(fx, "purge", eligible.number)
    assert "checked out to a laptop" in info.value.errors[eligible.number]
    assert case_rows(fx, eligible.id) == rows_before
