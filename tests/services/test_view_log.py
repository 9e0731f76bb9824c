"""Need to know: who saw the sensitive parts of a case is in the audit trail, once
per user, case and part within ``casefile.VIEW_LOG_INTERVAL`` — not once per reload."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.workflow import CaseStatus
from app.services import casefile, claims
from tests.helpers import builders

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
CLAIM = "Detained for eight months for praying."


@pytest.fixture
def case(store_fixture):
    fx = store_fixture
    built = builders.case_in(fx, CaseStatus.UNDER_ASSESSMENT)
    with fx.uow() as uow:
        claims.save_claim(uow, fx.officer, built.number, claims.ClaimInput(summary=CLAIM))
    with fx.uow() as uow:
        evidence_id = claims.attach_evidence(uow, fx.officer, built.number,
                                             claims.EvidenceInput("Summons", PDF,
                                                                  "application/pdf"))
    return fx, built, evidence_id


def _load(fx, actor, number, *, readonly=False, sensitive=True):
    with fx.uow(readonly=readonly) as uow:
        return casefile.load_case_file(uow, actor, number, sensitive=sensitive)


def _views(fx, seq):
    return [(r.username, r.case_id, r.entity, r.entity_id, r.new)
            for r in builders.audit_since(fx, seq) if r.action == "case.view_sensitive"]


def test_opening_the_sensitive_parts_is_logged_once_per_user_and_case(case):
    fx, built, _evidence = case
    seq = builders.audit_count(fx)
    parts = {"parts": ["claim", "incidents", "interviews", "evidence"]}
    for _reload in range(3):  # the window reloads after every save
        assert _load(fx, fx.officer, built.number).claim.summary == CLAIM
    _load(fx, fx.supervisor, built.number, readonly=True)  # read-only units of work log too
    assert _views(fx, seq) == [
        ("officer", built.id, "case", str(built.id), parts),
        ("supervisor", built.id, "case", str(built.id), parts)]
    other = builders.register(fx)
    _load(fx, fx.officer, other.number)
    assert len(_views(fx, seq)) == 3  # another case is another entry


def test_a_view_is_logged_again_after_the_interval(case, monkeypatch):
    fx, built, _evidence = case
    seq = builders.audit_count(fx)
    _load(fx, fx.officer, built.number)
    monkeypatch.setattr(casefile, "VIEW_LOG_INTERVAL", timedelta(0))
    _load(fx, fx.officer, built.number)
    assert len(_views(fx, seq)) == 2


def test_each_evidence_file_opened_is_logged_once(case):
    fx, built, evidence_id = case
    seq = builders.audit_count(fx)
    for _preview in range(2):
        with fx.uow(readonly=True) as uow:
            assert claims.evidence_content(uow, fx.officer, evidence_id) == (
                PDF, "application/pdf")
    assert _views(fx, seq) == [("officer", built.id, "evidence", str(evidence_id),
                                {"parts": ["evidence_content"]})]


def test_a_clerk_gets_nothing_sensitive_and_no_view_is_logged(case):
    fx, built, _evidence = case
    seq = builders.audit_count(fx)
    cf = _load(fx, fx.clerk, built.number, sensitive=True)
    assert not cf.sensitive_loaded
    assert (cf.claim, cf.interviews, cf.incidents, cf.evidence) == (None, [], [], [])
    assert builders.audit_since(fx, seq) == []


def test_the_identity_sections_alone_are_not_a_sensitive_view(case):
    fx, built, _evidence = case
    seq = builders.audit_count(fx)
    assert _load(fx, fx.officer, built.number, sensitive=False).claim is None
    assert builders.audit_since(fx, seq) == []
