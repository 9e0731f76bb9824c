"""The corpus of hostile text (``nasty.TEXTS``) through the services, the search and the
printed documents.

What each field does with each value is decided once, here, and matches
``app.domain.validation``:

- one-line fields (names, places) refuse C0/C1 control characters, tabs and line
  breaks (also U+2028/U+2029), bidirectional overrides and isolates, the byte-order
  mark, lone surrogates, and more characters than the field holds;
- free text (addresses, narratives, answers, reasons) keeps tabs and line breaks
  (a Unicode line separator becomes "\\n") and refuses the rest of the same;
- everything else is stored as typed (normalised to NFC, one-line fields stripped)
  and reads back the same: quotes, SQL and FTS syntax, markup, right-to-left text,
  zero-width joiners, combining marks, emoji.

A refusal is a ValidationError naming exactly the fields that hold the value.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.db.models import (
    Case,
    Claim,
    Evidence,
    FamilyMember,
    Incident,
    Interview,
    Representative,
)
from app.documents.model import QA, Dependant, NameForm
from app.documents.render import render
from app.domain import validation as v
from app.domain.errors import ValidationError
from app.domain.names import name_key
from app.domain.vocab import DocType, LetterKind, Script
from app.services import (
    casefile,
    cases,
    claims,
    decision_views,
    decisions,
    interviews,
    printing,
    queries,
)
from tests.documents import pdf, samples
from tests.helpers import builders
from tests.reliability import nasty

VALUES = [*nasty.TEXTS, ("lone-surrogate", nasty.LONE_SURROGATE),
          ("name-100k-umlaut", nasty.NAME_100K)]
IDS = [key for key, _value in VALUES]

#: Refused by every field: controls, invisible direction marks, what UTF-8 cannot hold.
REFUSED_EVERYWHERE = {"nul", "bell-escape", "bom", "c1", "rlo", "isolates", "lone-surrogate"}
#: Refused by one-line fields besides: tabs and line breaks, and too long.
REFUSED_IN_A_LINE = REFUSED_EVERYWHERE | {"crlf", "tab", "line-separators", "long-word",
                                          "name-100k", "name-100k-umlaut"}
#: Nothing left once a one-line value is stripped: a required field refuses them.
BLANK = {"whitespace-only", "empty"}


def refused(key: str, kind: str, required: bool) -> bool:
    value = dict(VALUES)[key]
    if kind == "line":
        return key in REFUSED_IN_A_LINE or (required and not value.strip())
    return key in REFUSED_EVERYWHERE or (required and not value.strip())


def stored(value: str, kind: str) -> str:
    """What a field keeps of ``value``: the cleaning every field applies, nothing else."""
    value = value.replace("\r\n", "\n")
    if kind == "line":
        return unicodedata.normalize("NFC", value).strip()
    return unicodedata.normalize("NFC", value.replace("\u2028", "\n").replace("\u2029", "\n"))


@pytest.fixture(scope="module")
def world(tmp_path_factory, _store_template):
    fx = builders.open_store_copy(_store_template, tmp_path_factory.mktemp("nasty") / "data")
    shared = builders.case_in(fx, "registered").number
    assessing = builders.case_in(fx, "under_assessment").number
    yield fx, shared, assessing
    fx.store.close()


def _case_file(fx, number: str):
    with fx.uow() as uow:
        return casefile.load_case_file(uow, fx.officer, number)


def _row(fx, model: type, record_id, read):
    """``read(row)`` of the stored record (straight from the table: the shared case
    gathers hundreds of records, too many to load its whole file each time)."""
    with fx.uow(readonly=True) as uow:
        return read(uow.session.get(model, record_id))


def _through(fx, field: str, kind: str, required: bool, key: str, write, read) -> None:
    """``write(uow, value)`` the corpus value ``key`` into ``field``; it is refused naming
    exactly that field, or ``read(result)`` gives back what the field keeps of it."""
    value = dict(VALUES)[key]
    with fx.uow() as uow:
        if refused(key, kind, required):
            with pytest.raises(ValidationError) as caught:
                write(uow, value)
            assert list(caught.value.errors) == [field], caught.value.errors
            message = caught.value.errors[field]
            assert message.strip() and len(message) < 300
            return
        result = write(uow, value)
    assert read(result) == stored(value, kind)


# ---------------------------------------------------------------------------
# through the services and back


@pytest.mark.parametrize("key", IDS)
def test_applicant_names_addresses_and_the_search(world, key):
    fx, _shared, _assessing = world
    value = dict(VALUES)[key]
    numbers = {}

    def surname(uow, value):
        ref = cases.register_petition(uow, fx.officer, builders.petition(
            names=[cases.NameInput("Latn", value, "Tester")]))
        numbers["case"] = ref.number
        return ref.number

    _through(fx, "applicant.names[0].surname", "line", False, key, surname,
             lambda number: _case_file(fx, number).applicant.names[0].surname)
    _through(fx, "applicant.place_of_birth", "line", False, key,
             lambda uow, value: cases.register_petition(uow, fx.officer, builders.petition(
                 place_of_birth=value)).number,
             lambda number: _case_file(fx, number).applicant.place_of_birth)
    _through(fx, "applicant.address", "free", False, key,
             lambda uow, value: cases.register_petition(uow, fx.officer, builders.petition(
                 address=value)).number,
             lambda number: _case_file(fx, number).applicant.address)

    # The value as a search: no error, however it looks; the name it names is found.
    with fx.uow(readonly=True) as uow:
        found = queries.list_cases(uow, fx.officer, queries.CaseFilter(search=value))
        counted = queries.count_matching(uow, fx.officer, queries.CaseFilter(search=value))
    assert counted == len(found) or counted == queries.SEARCH_LIMIT
    # (A query with a digit in it is read as a document or case number, by design.)
    if "case" in numbers and name_key(value) and not any(ch.isdigit() for ch in value):
        assert numbers["case"] in {c.number for c in found}, (key, found)
    if "case" in numbers:  # and a receipt naming that person prints
        with fx.uow() as uow:
            data = printing.preview(uow, fx.officer, DocType.RECEIPT, numbers["case"],
                                    language="en")
        assert pdf.reader(data).pages


def test_searching_an_apostrophe_finds_the_name_and_fts_syntax_is_plain_text(world):
    fx, _shared, _assessing = world
    names = {}
    for surname in ("O'Brien", "NEAR", "Aliyev", "OR"):
        with fx.uow() as uow:
            names[surname] = cases.register_petition(uow, fx.officer, builders.petition(
                names=[cases.NameInput("Latn", surname, "Quentin")])).number

    def found(query: str) -> set[str]:
        with fx.uow(readonly=True) as uow:
            return {c.number for c in queries.list_cases(uow, fx.officer,
                                                         queries.CaseFilter(search=query))}

    assert names["O'Brien"] in found("O'Brien") and names["O'Brien"] in found("o'brien")
    assert names["Aliyev"] in found('"Aliyev') and names["Aliyev"] in found("Aliyev*")
    # Operators are words: "NEAR(…)" looks for the name Near, "OR" for the name Or.
    assert names["NEAR"] in found("NEAR(Quentin)")
    assert found("Aliyev OR Brien") == set()  # all words must match; OR is just a word
    assert names["OR"] in found("OR Quentin")
    assert found(nasty.PASTE_10MB) == set()


def test_the_register_search_takes_percent_and_underscore_literally(world):
    fx, shared, _assessing = world
    with fx.uow() as uow:
        printing.issue_document(uow, fx.officer, DocType.RECEIPT, shared, language="en")
    with fx.uow(readonly=True) as uow:
        everything = printing.register(uow, fx.clerk)
        assert everything
        for wildcard in ("%", "_", "%_%\\", "'", nasty.LONE_SURROGATE, "A" * 100_000):
            assert printing.register(uow, fx.clerk, text=wildcard) == [], wildcard
        assert printing.register(uow, fx.clerk, text=everything[0].register_number[-5:])


@pytest.mark.parametrize("key", IDS)
def test_relatives_incidents_claims_evidence_and_lawyers(world, key):
    fx, shared, _assessing = world
    officer = fx.officer

    def member(field):
        def write(uow, value):
            names = [cases.NameInput("Latn", value if field == "surname" else "Serikqyzy",
                                     "Aigul")]
            return cases.add_family_member(uow, officer, shared, cases.FamilyMemberInput(
                names=names, relation="sibling",
                whereabouts=value if field == "whereabouts" else ""))
        return write

    _through(fx, "family_member.names[0].surname", "line", False, key, member("surname"),
             lambda member_id: _row(fx, FamilyMember, member_id, lambda m: m.names[0].surname))
    _through(fx, "family_member.whereabouts", "line", False, key, member("whereabouts"),
             lambda member_id: _row(fx, FamilyMember, member_id, lambda m: m.whereabouts))

    def incident(uow, value):
        return claims.add_incident(uow, officer, shared, claims.IncidentInput(
            kind="threat", description=value))

    _through(fx, "incident.description", "free", True, key, incident,
             lambda incident_id: _row(fx, Incident, incident_id, lambda i: i.description))
    _through(fx, "incident.place", "line", False, key,
             lambda uow, value: claims.add_incident(uow, officer, shared, claims.IncidentInput(
                 kind="threat", description="At night.", place=value)),
             lambda incident_id: _row(fx, Incident, incident_id, lambda i: i.place))

    def claim(uow, value):
        current = uow.session.execute(select(Claim).join(Case).where(
            Case.number == shared)).scalar()
        return claims.save_claim(uow, officer, shared, claims.ClaimInput(summary=value),
                                 expected_version=current.version if current else None)

    def summary(_version):
        with fx.uow(readonly=True) as uow:
            return uow.session.execute(select(Claim.summary).join(Case).where(
                Case.number == shared)).scalar_one()

    _through(fx, "claim.summary", "free", False, key, claim, summary)
    _through(fx, "evidence.title", "line", True, key,
             lambda uow, value: claims.attach_evidence(uow, officer, shared, claims.EvidenceInput(
                 value, b"%PDF-1.4 scan", "application/pdf")),
             lambda evidence_id: _row(fx, Evidence, evidence_id, lambda e: e.title))
    _through(fx, "representative.full_name", "line", True, key,
             lambda uow, value: cases.set_representative(uow, officer, shared,
                                                         cases.RepresentativeInput(value)),
             lambda rep_id: _row(fx, Representative, rep_id, lambda r: r.full_name))


@pytest.mark.parametrize("key", IDS)
def test_interview_answers_and_decision_reasons(world, key):
    fx, _shared, assessing = world
    started = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)

    def answer(uow, value):
        return interviews.record_interview(uow, fx.officer, assessing,
                                           interviews.InterviewRecordInput(
                                               started_at=started, ended_at=started, language="kk",
                                               entries=[interviews.QAInput("Why?", value)]))

    _through(fx, "interview.entries[0].answer", "free", False, key, answer,
             lambda interview_id: _row(fx, Interview, interview_id,
                                       lambda i: i.entries[0].answer))

    def reasons(uow, value):
        with fx.uow(readonly=True) as read:
            current = decision_views.decision_file(read, fx.officer, assessing).assessment
        return decisions.draft_assessment(uow, fx.officer, assessing,
                                          builders.assessment("refuse", reasons=value),
                                          expected_version=current.version if current else None)

    def read_reasons(_result):
        with fx.uow(readonly=True) as uow:
            return decision_views.decision_file(uow, fx.officer, assessing).assessment.reasons

    _through(fx, "assessment.reasons", "free", False, key, reasons, read_reasons)


def test_ten_megabytes_pasted_anywhere_are_refused_quickly_with_a_size(world):
    fx, shared, _assessing = world
    for field, write in [
        ("applicant.names[0].surname", lambda uow: cases.register_petition(
            uow, fx.officer, builders.petition(
                names=[cases.NameInput("Latn", nasty.PASTE_10MB, "X")]))),
        ("claim.summary", lambda uow: claims.save_claim(
            uow, fx.officer, shared, claims.ClaimInput(summary=nasty.PASTE_10MB))),
    ]:
        with fx.uow() as uow, pytest.raises(ValidationError) as caught:
            write(uow)
        message = caught.value.errors[field]
        assert "too long" in message and "10,000,000" in message and len(message) < 200


# ---------------------------------------------------------------------------
# printed documents


def _fit(value: str, kind: str, limit: int | None = None) -> str:
    """The value as far as a field of ``kind`` can hold it: one-line fields keep at most
    300 characters (what the services store); ``limit`` bounds slow positions."""
    if kind == "line":
        return value[:v.MAX_LINE]
    return value[:limit] if limit else value


def _documents(value: str) -> dict[str, object]:
    """Each document with ``value`` in every position that prints user text."""
    line = _fit(value, "line")
    # One long paragraph costs ReportLab time that grows with its square (100,000 letters
    # without a space take a second): free text takes the first 5,000 characters, the
    # letter's reasons 50,000.
    free = _fit(value, "free", 5_000)
    commission = samples.commission(
        name={"en": line}, address={"en": free}, signatory_name=line,
        signatory_title={"en": line}, appeal_court={"en": line})
    names = (NameForm(Script.LATIN, line, line, line), NameForm(Script.KAZAKH_CYRILLIC, line))
    person = samples.person(names=names, place_of_birth=line)
    return {
        "receipt": samples.receipt(commission=commission, applicant=person,
                                   dependants=(Dependant(names, "child"),)),
        "interview": samples.interview(
            commission=commission, applicant=person, location=line, officer=line,
            interpreter=line, dialect=line, representative=line, attendees=free,
            entries=(QA(line, free), QA("Where?", line))),
        "certificate": samples.certificate(commission=commission, holder=person),
        "letter": samples.letter(LetterKind.REFUSAL, commission=commission, applicant=person,
                                 address=free, legal_basis_title=line,
                                 reasons=value[:50_000]),
    }


_BASELINE = {name: len(pdf.reader(render(doc, "en")).pages)
             for name, doc in _documents("Qasymuly").items()}


def _extractable(value: str) -> bool:
    """Values the PDF text reads back exactly: printable Latin, Cyrillic and Chinese, in
    words short enough not to be broken across lines."""
    return bool(value) and value.isprintable() and len(value) < 200 and all(
        ch.isascii() or "\u0400" <= ch <= "\u04ff" or "\u4e00" <= ch <= "\u9fff" or ch == "·"
        for ch in value)


@pytest.mark.parametrize("key", IDS)
def test_every_document_prints_the_value_literally(key):
    value = dict(VALUES)[key]
    for name, document in _documents(value).items():
        data = render(document, "en")
        reader = pdf.reader(data)
        pages = len(reader.pages)
        # Markup is text: a <font size="200"> or a pasted word never blows a document up.
        # (About 1,500 characters fill a page; the value stands in some twenty places.)
        placed = 20 * len(_fit(value, "line")) + 3 * len(_fit(value, "free", 5_000)) \
            + len(value[:50_000])
        allowed = _BASELINE[name] + 2 + placed // 1_500
        assert 1 <= pages <= allowed, (name, pages, allowed)
        assert pdf.images(data) == [], name  # <img src=…> typed into a name is no picture
        assert all("/Annots" not in page for page in reader.pages), name  # nor <a href=…>
        text = pdf.text(data)
        if _extractable(value):
            assert value in text, (name, value)
        elif key in ("long-word", "name-100k"):  # wrapped, but there
            assert value[:300] in text.replace(" ", ""), name


def test_every_kind_of_letter_prints_hostile_text_everywhere():
    hostile = "<b>Bold</b> & </para><para> {reasons} " + nasty.text("rl-font")
    commission = samples.commission(name={"en": hostile}, signatory_name=hostile,
                                    signatory_title={"en": hostile},
                                    appeal_court={"en": hostile})
    for kind in LetterKind:
        letter = samples.letter(kind, commission=commission, address=hostile, reasons=hostile,
                                legal_basis_code="LR-13", legal_basis_title=hostile,
                                applicant=samples.person(names=(NameForm(Script.LATIN, hostile),)))
        for language in ("en", "kk+ru"):
            data = render(letter, language)
            assert hostile in pdf.text(data), (kind, language)
            assert len(pdf.reader(data).pages) <= 2 * (3 if language == "en" else 6)


def test_an_address_longer_than_a_page_flows_on_instead_of_stopping_the_letter():
    address = "\n".join(f"Line {n} of an address pasted by mistake" for n in range(300))
    data = render(samples.letter(address=address), "en")
    assert "Line 299 of an address" in pdf.text(data)


def test_signatures_and_letterheads_cut_what_would_not_fit_on_a_page():
    title = "Chair " * 2_000
    commission = samples.commission(signatory_title={"en": title}, signatory_name="N " * 3_000,
                                    letterhead=samples.photo(80, 60), name={"en": title},
                                    address={"en": "\n".join(["Street"] * 200)})
    for document in (samples.receipt(commission=commission),
                     samples.letter(commission=commission),
                     samples.interview(commission=commission),
                     samples.certificate(commission=commission)):
        data = render(document, "en")
        assert "Chair Chair" in pdf.text(data) and "…" in pdf.text(data)
        assert len(pdf.reader(data).pages) <= 4


# ---------------------------------------------------------------------------
# logging in, and numbers


def test_a_login_with_characters_that_cannot_be_stored_fails_like_a_wrong_password(
        store_fixture):
    """A lone surrogate typed as the username or password is a failed attempt, counted and
    audited; it does not break the next login (which writes the queued attempts)."""
    from app.domain.errors import AuthenticationError
    from app.services import accounts, audit_log
    from tests.conftest import PASSWORD

    folder = store_fixture.data_dir
    for username, password in ((nasty.LONE_SURROGATE, PASSWORD),
                               ("officer", "pass" + nasty.LONE_SURROGATE),
                               (nasty.NAME_100K, "x")):
        with pytest.raises(AuthenticationError):
            accounts.login(folder, username, password)
    store, actor = accounts.login(folder, "admin", PASSWORD)
    try:
        with store.uow(readonly=True) as uow:
            typed = [row.new.get("username") for row in audit_log.search(
                uow, actor, audit_log.AuditFilter(action="user.login_failed"))]
        assert "Ali\ufffdZhan" in typed and "officer" in typed
        assert all(len(name) <= 100 for name in typed if name)
    finally:
        store.close()


def test_a_deadline_of_a_million_months_is_refused(world):
    from app.services import settings

    fx, _shared, _assessing = world
    with fx.uow() as uow, pytest.raises(ValidationError) as caught:
        settings.set_deadline(uow, fx.admin, "decision_months", 10**6)
    assert "at most 120" in caught.value.errors["setting.decision_months"]
    builders.register(fx)  # and registering, which counts the deadline, still works
