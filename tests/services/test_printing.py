"""The print desk's services: what waits to be printed, the register of issued
documents, duplicates, voiding, replacing and verifying certificates."""

from __future__ import annotations

import hashlib
import io
from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.db.models import Case, Certificate, IssuedDocument
from app.documents.render import format_date
from app.domain.errors import NotFound, PermissionDenied, TransitionNotAllowed, ValidationError
from app.domain.vocab import DocType, Verification
from app.domain.workflow import CaseStatus
from app.services import cases, decisions, printing, settings
from app.services.common import snapshot
from tests.helpers import builders
from tests.helpers.builders import case_in


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def _queue(fx, actor=None) -> list[printing.QueueItem]:
    with fx.uow(readonly=True) as uow:
        return printing.print_queue(uow, actor or fx.clerk)


def _issue(fx, doc_type, number, actor=None, **kwargs) -> printing.Printed:
    with fx.uow() as uow:
        return printing.issue_document(uow, actor or fx.clerk, doc_type, number, **kwargs)


def _register(fx, **kwargs) -> list[printing.RegisterRow]:
    with fx.uow(readonly=True) as uow:
        return printing.register(uow, fx.clerk, **kwargs)


def _verify(fx, number, code="", **kwargs) -> printing.CertificateCheck:
    with fx.uow() as uow:
        return printing.verify_certificate(uow, fx.clerk, number, code, **kwargs)


def _certificate(fx, number: str) -> SimpleNamespace:
    """The certificate's columns as stored now."""
    with fx.uow(readonly=True) as uow:
        row = uow.session.execute(select(Certificate).where(
            Certificate.number == number)).scalar_one()
        return SimpleNamespace(**snapshot(row))


def _items(fx, number: str) -> list[tuple[str, str]]:
    return [(i.doc_type.value, i.what) for i in _queue(fx) if i.case_number == number]


# ---- the queue and the register


def test_a_new_petition_waits_for_its_receipt_until_it_is_printed(store_fixture):
    fx = store_fixture
    built = case_in(fx, CaseStatus.REGISTERED)
    assert _items(fx, built.number) == [("receipt", "asylum_seeker")]

    printed = _issue(fx, DocType.RECEIPT, built.number, language="ru")

    assert _items(fx, built.number) == []
    region = built.number.split("-")[0]
    assert printed.register_number == f"{region}-R-{date.today().year}-00001"
    assert printed.certificate_number == f"AS-{built.number}-1"
    assert not printed.duplicate
    [row] = _register(fx)
    assert (row.register_number, row.doc_type, row.case_number, row.language) == (
        printed.register_number, DocType.RECEIPT, built.number, "ru")
    assert row.applicant == "Серікұлы Ерлан"
    assert row.issued_by and row.duplicate_of is None and not row.voided
    assert row.content_sha256 == hashlib.sha256(printed.pdf).hexdigest()
    text = _text(printed.pdf)
    assert printed.register_number in text and built.number in text
    assert [e.action for e in builders.audit_since(fx, 0)][-1] == "document.issue"


def test_register_numbers_follow_one_sequence_per_type_and_year(store_fixture):
    fx = store_fixture
    first, second = case_in(fx, "registered"), case_in(fx, "registered")
    a = _issue(fx, "receipt", first.number)
    b = _issue(fx, "receipt", second.number)
    assert int(b.register_number[-5:]) == int(a.register_number[-5:]) + 1
    assert "-R-" in a.register_number


def test_a_second_print_is_a_marked_duplicate_of_the_first(store_fixture):
    fx = store_fixture
    built = case_in(fx, "registered")
    first = _issue(fx, "receipt", built.number, language="en")
    again = _issue(fx, "receipt", built.number, language="en")
    assert again.duplicate and again.register_number != first.register_number
    rows = {r.register_number: r for r in _register(fx)}
    assert rows[again.register_number].duplicate_of == first.register_number
    assert rows[first.register_number].duplicate_of is None
    assert "DUPLICATE" in _text(again.pdf).upper()
    assert "DUPLICATE" not in _text(first.pdf).upper()
    assert builders.audit_since(fx, 0)[-1].action == "document.reprint"
    # Reprinting from the register does the same.
    with fx.uow() as uow:
        third = printing.reprint(uow, fx.clerk, first.register_number)
    assert third.duplicate and third.register_number not in rows


def test_a_preview_is_marked_and_registers_nothing(store_fixture):
    fx = store_fixture
    built = case_in(fx, "registered")
    before = builders.audit_count(fx)
    with fx.uow(readonly=True) as uow:
        pdf = printing.preview(uow, fx.clerk, "receipt", built.number, language="en")
    assert pdf.startswith(b"%PDF")
    assert "PREVIEW" in _text(pdf).upper()
    assert _register(fx) == [] and builders.audit_count(fx) == before
    assert _items(fx, built.number) == [("receipt", "asylum_seeker")]


def test_the_same_data_prints_the_same_bytes(store_fixture):
    fx = store_fixture
    built = case_in(fx, "registered")
    day = date.today()
    with fx.uow(readonly=True) as uow:
        one = printing.preview(uow, fx.clerk, "receipt", built.number, language="kk", on=day)
    with fx.uow(readonly=True) as uow:
        two = printing.preview(uow, fx.clerk, "receipt", built.number, language="kk", on=day)
    assert one == two


def test_an_approved_refusal_waits_for_its_letter_and_prints_reasons(store_fixture):
    fx = store_fixture
    built = case_in(fx, CaseStatus.DECIDED, outcome="refuse")
    assert ("letter", "refusal") in _items(fx, built.number)

    printed = _issue(fx, "letter", built.number, language="en")

    assert ("letter", "refusal") not in _items(fx, built.number)
    text = " ".join(_text(printed.pdf).split())
    assert "A consistent and detailed account" in text
    assert built.number in text and printed.register_number in text


def test_a_notified_refusal_prints_the_appeal_deadline(store_fixture):
    fx = store_fixture
    built = case_in(fx, CaseStatus.REFUSED)
    with fx.uow(readonly=True) as uow:
        deadline = uow.session.execute(select(Case.appeal_deadline).where(
            Case.number == built.number)).scalar_one()
    assert deadline is not None
    # A notified decision no longer waits on the desk: its letter was served.
    assert ("letter", "refusal") not in _items(fx, built.number)
    for language in ("kk", "ru", "en"):
        printed = _issue(fx, "letter", built.number, language=language)
        text = " ".join(_text(printed.pdf).split())
        assert format_date(deadline, language) in text, language


def test_a_granted_case_waits_for_its_certificate_which_printing_issues(store_fixture):
    fx = store_fixture
    built = case_in(fx, CaseStatus.GRANTED)
    [item] = [i for i in _queue(fx) if i.case_number == built.number
              and i.doc_type == DocType.CERTIFICATE]
    assert item.target_id is None

    printed = _issue(fx, "certificate", built.number, language="kk+ru")

    assert printed.certificate_number == f"RC-{built.number}-1"
    cert = _certificate(fx, printed.certificate_number)
    assert cert.state == "valid" and cert.verification_code
    assert not [i for i in _queue(fx) if i.case_number == built.number
                and i.doc_type == DocType.CERTIFICATE]
    text = " ".join(_text(printed.pdf).split())
    assert cert.number in text and cert.verification_code in text
    # The certificate issued is the one printed again on a reprint.
    again = _issue(fx, "certificate", built.number)
    assert again.duplicate and again.certificate_number == cert.number


def test_a_certificate_issued_but_not_printed_waits_on_the_desk(store_fixture):
    fx = store_fixture
    built = case_in(fx, CaseStatus.GRANTED)
    with fx.uow() as uow:
        number = decisions.issue_certificate(uow, fx.clerk, built.number)
    [item] = [i for i in _queue(fx) if i.case_number == built.number
              and i.doc_type == DocType.CERTIFICATE]
    assert item.target_id == _certificate(fx, number).id


def test_only_a_clerk_issues_certificates_and_only_officers_print_interviews(store_fixture):
    fx = store_fixture
    built = case_in(fx, CaseStatus.GRANTED)
    with pytest.raises(PermissionDenied):
        _issue(fx, "certificate", built.number, actor=fx.officer)
    with pytest.raises(PermissionDenied):
        _issue(fx, "interview", built.number, actor=fx.clerk)
    with pytest.raises(PermissionDenied):
        _queue(fx, actor=fx.admin)
    printed = _issue(fx, "interview", built.number, actor=fx.officer, language="ru")
    assert "I was told I would be sent to a camp." in " ".join(_text(printed.pdf).split())


def test_a_wrong_language_is_refused_with_the_choices(store_fixture):
    fx = store_fixture
    built = case_in(fx, "registered")
    with pytest.raises(ValidationError) as caught:
        _issue(fx, "receipt", built.number, language="de")
    assert "kk+ru" in caught.value.errors["document.language"]
    assert _register(fx) == []


def test_register_search_matches_register_case_and_certificate_numbers(store_fixture):
    fx = store_fixture
    one, two = case_in(fx, "registered"), case_in(fx, "registered")
    a = _issue(fx, "receipt", one.number)
    _issue(fx, "receipt", two.number)
    assert [r.register_number for r in _register(fx, text=a.register_number.lower())] == [
        a.register_number]
    assert [r.case_number for r in _register(fx, text=one.number)] == [one.number]
    assert [r.case_number for r in _register(fx, text=f"AS-{two.number}")] == [two.number]
    assert _register(fx, doc_type="letter") == []


# ---- hand-over, voiding, replacing


def test_hand_over_is_recorded_and_checked(store_fixture):
    fx = store_fixture
    built = case_in(fx, "registered")
    printed = _issue(fx, "receipt", built.number)
    with fx.uow() as uow, pytest.raises(ValidationError) as caught:
        printing.record_handover(uow, fx.clerk, printed.register_number, " ",
                                 date.today() + timedelta(days=1))
    assert set(caught.value.errors) == {"document.handed_to", "document.handed_over_on"}
    with fx.uow() as uow:
        printing.record_handover(uow, fx.clerk, printed.register_number, "The applicant",
                                 date.today())
    [row] = _register(fx)
    assert (row.handed_to, row.handed_over_on) == ("The applicant", date.today())


def test_voiding_a_certificate_paper_voids_the_certificate_and_it_waits_again(store_fixture):
    fx = store_fixture
    built = case_in(fx, CaseStatus.GRANTED)
    printed = _issue(fx, "certificate", built.number)
    copy = _issue(fx, "certificate", built.number)
    with fx.uow() as uow, pytest.raises(ValidationError):
        printing.void_document(uow, fx.clerk, printed.register_number, "")
    with fx.uow() as uow, pytest.raises(PermissionDenied):
        printing.void_document(uow, fx.officer, printed.register_number, "Misprint")

    with fx.uow() as uow:
        printing.void_document(uow, fx.clerk, printed.register_number, "Printed crooked")

    rows = {r.register_number: r for r in _register(fx)}
    assert rows[printed.register_number].voided and rows[copy.register_number].voided
    assert rows[printed.register_number].void_reason == "Printed crooked"
    cert = _certificate(fx, printed.certificate_number)
    assert (cert.state, cert.void_reason) == ("void", "Printed crooked")
    assert _verify(fx, cert.number, cert.verification_code).state == Verification.VOID
    [item] = [i for i in _queue(fx) if i.case_number == built.number
              and i.doc_type == DocType.CERTIFICATE]
    assert item.target_id is None
    with fx.uow() as uow, pytest.raises(TransitionNotAllowed):
        printing.reprint(uow, fx.clerk, printed.register_number)
    with fx.uow() as uow, pytest.raises(TransitionNotAllowed):
        printing.void_document(uow, fx.clerk, printed.register_number, "again")
    fresh = _issue(fx, "certificate", built.number)
    assert fresh.certificate_number == f"RC-{built.number}-2" and not fresh.duplicate


def test_voiding_a_letter_puts_it_back_on_the_desk(store_fixture):
    fx = store_fixture
    built = case_in(fx, CaseStatus.DECIDED)
    printed = _issue(fx, "letter", built.number)
    assert ("letter", "recognition") not in _items(fx, built.number)
    with fx.uow() as uow:
        printing.void_document(uow, fx.supervisor, printed.register_number, "Wrong address")
    assert ("letter", "recognition") in _items(fx, built.number)


def test_a_replaced_certificate_verifies_as_replaced_and_points_to_the_new(store_fixture):
    fx = store_fixture
    built = case_in(fx, CaseStatus.GRANTED)
    first = _issue(fx, "certificate", built.number)
    old = _certificate(fx, first.certificate_number)
    with fx.uow() as uow, pytest.raises(ValidationError):
        printing.replace_certificate(uow, fx.clerk, old.number, "")

    with fx.uow() as uow:
        new = printing.replace_certificate(uow, fx.clerk, old.number, "Lost by the holder")

    assert new.certificate_number == f"RC-{built.number}-2" and not new.duplicate
    fresh = _certificate(fx, new.certificate_number)
    assert fresh.valid_to == old.valid_to and fresh.verification_code != old.verification_code
    check = _verify(fx, old.number, old.verification_code)
    assert (check.state, check.replaced_by) == (Verification.REPLACED, fresh.number)
    assert _verify(fx, fresh.number, fresh.verification_code).state == Verification.VALID
    with fx.uow() as uow, pytest.raises(TransitionNotAllowed):
        printing.replace_certificate(uow, fx.clerk, old.number, "again")


def test_a_lost_receipt_is_replaced_by_a_new_asylum_seeker_certificate(store_fixture):
    fx = store_fixture
    built = case_in(fx, "registered")
    _issue(fx, "receipt", built.number)
    with fx.uow() as uow:
        new = printing.replace_certificate(uow, fx.clerk, f"AS-{built.number}-1", "Lost")
    assert new.doc_type == DocType.RECEIPT and new.certificate_number == f"AS-{built.number}-2"
    assert _certificate(fx, f"AS-{built.number}-1").state == "replaced"


# ---- verification and expiry


def test_verification_reads_number_and_code_or_the_qr_text(store_fixture):
    fx = store_fixture
    built = case_in(fx, CaseStatus.GRANTED)
    printed = _issue(fx, "certificate", built.number)
    cert = _certificate(fx, printed.certificate_number)
    ok = _verify(fx, cert.number.lower(), cert.verification_code.lower())
    assert (ok.state, ok.valid_to, ok.kind) == (Verification.VALID, cert.valid_to, "refugee")
    assert _verify(fx, f"PANA:{cert.number}:{cert.verification_code}").state == \
        Verification.VALID
    wrong = _verify(fx, cert.number, "AAAAAAAAAA")
    assert wrong.state == Verification.UNKNOWN and wrong.valid_to is None
    assert _verify(fx, "RC-NOPE-1", "AAAAAAAAAA").state == Verification.UNKNOWN
    later = _verify(fx, cert.number, cert.verification_code,
                    today=cert.valid_to + timedelta(days=1))
    assert later.state == Verification.EXPIRED
    with pytest.raises(ValidationError) as caught:
        _verify(fx, cert.number, "")
    assert "verify.code" in caught.value.errors
    actions = [row.action for row in builders.audit_since(fx, 0)]
    assert actions.count("certificate.verify") == 5


def test_certificates_expiring_soon_are_listed_soonest_first(store_fixture):
    fx = store_fixture
    a = case_in(fx, "registered")
    with fx.uow(readonly=True) as uow:
        valid_to = uow.session.execute(select(Certificate.valid_to).where(
            Certificate.number == f"AS-{a.number}-1")).scalar_one()
    with fx.uow(readonly=True) as uow:
        soon = printing.expiring_certificates(uow, fx.clerk, 30,
                                              today=valid_to - timedelta(days=10))
        later = printing.expiring_certificates(uow, fx.clerk, 5,
                                               today=valid_to - timedelta(days=10))
    [row] = soon
    assert (row.certificate_number, row.days_left, row.case_number) == (
        f"AS-{a.number}-1", 10, a.number)
    assert row.holder == "Серікұлы Ерлан"
    assert later == []


# ---- what the documents say


def test_a_case_without_a_held_interview_has_no_interview_record(store_fixture):
    fx = store_fixture
    built = case_in(fx, "registered")
    with fx.uow(readonly=True) as uow, pytest.raises(NotFound):
        printing.preview(uow, fx.officer, "interview", built.number)


def test_documents_print_the_commission_texts_of_their_language(store_fixture):
    fx = store_fixture
    built = case_in(fx, "registered")
    with fx.uow() as uow:
        settings.set_document_text(uow, fx.admin, "documents.name.kk",
                                   "Ақмола облысының комиссиясы")
    with fx.uow() as uow, pytest.raises(ValidationError):
        settings.set_document_text(uow, fx.admin, "documents.name.de", "x")
    with fx.uow(readonly=True) as uow:
        kk = " ".join(_text(printing.preview(uow, fx.clerk, "receipt", built.number,
                                             language="kk")).split())
    assert "Ақмола облысының комиссиясы" in kk


def test_markup_typed_into_a_name_prints_as_text(store_fixture):
    fx = store_fixture
    ref = builders.register(fx, names=[cases.NameInput("Latn", "<b>Smith</b> & Co",
                                                       "{given}")])
    printed = _issue(fx, "receipt", ref.number, language="en")
    text = " ".join(_text(printed.pdf).split())
    assert "<b>Smith</b> & Co" in text and "{given}" in text


def test_the_register_keeps_what_was_printed_for_whom(store_fixture):
    fx = store_fixture
    built = case_in(fx, CaseStatus.DECIDED, outcome="refuse")
    printed = _issue(fx, "letter", built.number)
    with fx.uow(readonly=True) as uow:
        row = uow.session.execute(select(IssuedDocument)).scalar_one()
        assert row.decision_id is not None and row.what == "refusal"
        assert row.issued_on == date.today() and row.issued_by_id == fx.clerk.user_id
    assert printed.doc_type == DocType.LETTER


def test_an_extended_status_needs_a_new_certificate_which_replaces_the_old(store_fixture):
    fx = store_fixture
    built = case_in(fx, CaseStatus.GRANTED)
    first = _issue(fx, "certificate", built.number)
    with fx.uow() as uow:
        decisions.request_extension(uow, fx.officer, built.number, date.today())
    builders.draft(fx, built.number, "recognise", extension=True)
    builders.submit(fx, built.number)
    builders.approve(fx, built.number)
    builders.notify(fx, built.number)
    [item] = [i for i in _queue(fx) if i.case_number == built.number
              and i.doc_type == DocType.CERTIFICATE]
    assert item.target_id is None

    second = _issue(fx, "certificate", built.number)

    assert not second.duplicate
    assert second.certificate_number == f"RC-{built.number}-2"
    old, new = (_certificate(fx, first.certificate_number),
                _certificate(fx, second.certificate_number))
    assert old.state == "replaced" and old.replaced_by_id == new.id
    assert new.valid_to > old.valid_to
    assert not [i for i in _queue(fx) if i.case_number == built.number
                and i.doc_type == DocType.CERTIFICATE]
