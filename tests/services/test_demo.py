"""``pana demo``: a fictional register made through the services, the same for the same seed.

The demo is built once per module (it takes a few seconds); the tests read it.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from app.db.audit import Actor
from app.db.models import (
    Appeal,
    Applicant,
    ApprovalEvent,
    AuditEntry,
    Case,
    CaseClosure,
    Certificate,
    Decision,
    Evidence,
    EvidenceContent,
    ExtensionApplication,
    FamilyMember,
    Interview,
    Notification,
    PersonName,
    StatusEnd,
    User,
)
from app.db.store import Store
from app.domain.errors import StoreError
from app.domain.workflow import PRE_DECISION, CaseStatus
from app.services import accounts, maintenance, queries, settings
from app.services.demo import MANDATORY, make_demo, pdf, png

#: Large enough for every scenario in MANDATORY, so every state is there by construction.
SIZE = 24
DEMO_ACCOUNTS = {"admin": "admin", "officer": "officer", "officer2": "officer",
                 "supervisor": "supervisor", "supervisor2": "supervisor", "clerk": "clerk"}
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def _listing(made) -> list[tuple]:
    with made.store.uow(readonly=True) as uow:
        rows = queries.list_cases(uow, made.admin, queries.CaseFilter(order=["number"]))
    return [(r.number, r.status, tuple(r.names), r.citizenships, r.officer, r.registered_on,
             r.decision_due_on, r.status_valid_to, r.closed_on) for r in rows]


@dataclass
class Demo:
    store: Store
    admin: Actor
    folder: Path
    listing: list[tuple]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "data"
    made = make_demo(folder, cases=SIZE, seed=1)
    yield Demo(made.store, made.admin, folder, _listing(made))
    made.store.close()


@pytest.fixture
def session(demo):
    with demo.store.uow(readonly=True) as uow:
        yield uow.session


def test_the_size_covers_every_mandatory_scenario():
    assert len(MANDATORY) <= SIZE


def test_the_register_has_the_cases_asked_for(demo):
    assert len(demo.listing) == SIZE
    assert len({row[0] for row in demo.listing}) == SIZE


def test_every_case_state_occurs(demo):
    assert {row[1] for row in demo.listing} == {status.value for status in CaseStatus}


def test_the_demo_accounts_log_in_with_the_demo_password(demo):
    for username, role in DEMO_ACCOUNTS.items():
        store, actor = accounts.login(demo.folder, username, "demo")
        try:
            assert (actor.username, actor.role) == (username, role)
        finally:
            store.close()


def test_the_accounts_have_display_names(demo):
    users = {u.username: u for u in accounts.list_users(demo.store, demo.admin)}
    assert set(users) == set(DEMO_ACCOUNTS)
    for name in set(DEMO_ACCOUNTS) - {"admin"}:
        assert users[name].display_name not in ("", name)


def test_the_store_is_marked_as_a_demo(demo, session):
    assert demo.store.keyfile.demo is True
    profile = settings.profile(session)
    assert profile.is_demo is True
    assert profile.region_code == "AQM"
    assert "Ақмола" in profile.name


def test_the_same_seed_gives_the_same_register(demo, tmp_path):
    twin = make_demo(tmp_path / "twin", cases=SIZE, seed=1)
    try:
        assert _listing(twin) == demo.listing
    finally:
        twin.store.close()


def test_another_seed_gives_other_people(demo, tmp_path):
    other = make_demo(tmp_path / "other", cases=8, seed=2)
    try:
        theirs = {row[2][0] for row in _listing(other)}
    finally:
        other.store.close()
    ours = {row[2][0] for row in demo.listing}
    assert len(theirs & ours) <= 2


def test_names_are_written_in_their_scripts(demo):
    names = [name for row in demo.listing for name in row[2]]
    assert any(KAZAKH_LETTERS & set(name) for name in names)
    assert any(word.endswith(("ұлы", "қызы")) for name in names for word in name.split())
    assert any("\u4e00" <= ch <= "\u9fff" for name in names for ch in name)
    assert any("\u0600" <= ch <= "\u06ff" for name in names for ch in name)
    assert any(name.isascii() and name.replace(" ", "").isalpha() for name in names)


def test_decisions_keep_the_four_eyes_rule(session):
    drafter, approver = aliased(User), aliased(User)
    rows = session.execute(
        select(Decision, drafter.role, approver.role)
        .join(drafter, drafter.id == Decision.drafted_by_id)
        .join(approver, approver.id == Decision.approved_by_id)).all()
    assert rows
    for decision, drafter_role, approver_role in rows:
        assert decision.approved_by_id != decision.drafted_by_id
        assert (drafter_role, approver_role) == ("officer", "supervisor")


def test_the_store_verifies(demo):
    report = maintenance.verify_store(demo.store)
    assert report.ok, report.problems
    assert any(check.startswith("search index: ok") for check in report.checks)
    assert any(check.startswith("audit chain: ok") for check in report.checks)


# An English-style transliteration, deliberately not the app's own tables.
_LATIN = dict(zip("абвгдезийклмнопрстуфыэәғқңөұүһі",
                  "abvgdeziiklmnoprstufyeagknouuhi", strict=True))
_LATIN.update({"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
               "ю": "yu", "я": "ya", "ё": "yo", "ъ": "", "ь": ""})


def _transliterate(text: str) -> str:
    return "".join(_LATIN.get(ch.lower(), ch) for ch in text).title()


def test_search_finds_a_cyrillic_name_typed_in_latin(demo, session):
    # Relatives at home are recorded only as the applicant says the name, in Cyrillic.
    only_name = (select(PersonName.family_member_id)
                 .where(PersonName.family_member_id.is_not(None))
                 .group_by(PersonName.family_member_id)
                 .having(func.count() == 1))
    name, case_id = session.execute(
        select(PersonName, FamilyMember.case_id)
        .join(FamilyMember, FamilyMember.id == PersonName.family_member_id)
        .where(PersonName.family_member_id.in_(only_name), PersonName.script == "kk-Cyrl")
        .order_by(PersonName.surname, PersonName.given_names).limit(1)).one()
    typed = f"{_transliterate(name.surname)} {_transliterate(name.given_names)}"
    assert typed.isascii()
    with demo.store.uow(readonly=True) as uow:
        found = queries.list_cases(uow, demo.admin, queries.CaseFilter(search=typed))
    assert case_id in {row.id for row in found}


def test_search_finds_an_applicant_by_the_chinese_passport_name(demo, session):
    name, case_id = session.execute(
        select(PersonName.given_names, Applicant.case_id)
        .join(Applicant, Applicant.id == PersonName.applicant_id)
        .where(PersonName.script == "Hans", PersonName.given_names.contains("·"))
        .order_by(PersonName.given_names).limit(1)).one()
    with demo.store.uow(readonly=True) as uow:
        found = queries.list_cases(uow, demo.admin, queries.CaseFilter(search=name))
    assert case_id in {row.id for row in found}


def test_the_notable_paths_are_there(session):
    assert session.scalar(select(func.count()).where(Appeal.late)) >= 1
    assert session.scalar(select(func.count()).where(~Appeal.late)) >= 1
    assert session.scalar(select(func.count()).where(Decision.kind == "extension")) >= 1
    assert session.scalar(select(func.count()).select_from(ExtensionApplication)) >= 1
    assert session.scalar(select(func.count()).select_from(StatusEnd)) >= 1
    assert session.scalar(select(func.count()).where(
        CaseClosure.action == "reopen", CaseClosure.reason == "")) >= 1
    assert session.scalar(select(func.count()).where(AuditEntry.action == "case.reopen")) >= 1
    assert session.scalar(select(func.count()).where(
        Case.deadline_extension_reason != "")) >= 1
    assert session.scalar(select(func.count()).where(Decision.outcome == "close")) >= 1


def test_a_returned_draft_carries_the_comment_and_was_resubmitted(session):
    returned = session.execute(select(ApprovalEvent).where(
        ApprovalEvent.action == "return")).scalars().all()
    assert returned and all(len(event.comment) > 20 for event in returned)
    resubmitted = [e for e in returned if session.scalar(select(func.count()).where(
        ApprovalEvent.assessment_id == e.assessment_id, ApprovalEvent.action == "submit",
        ApprovalEvent.at > e.at)) > 0]
    assert resubmitted


def test_some_open_cases_are_overdue_and_some_due_this_week(demo):
    today = date.today()
    open_cases = [row for row in demo.listing if CaseStatus(row[1]) in PRE_DECISION]
    assert any(row[6] < today for row in open_cases)
    assert any(today <= row[6] <= today + timedelta(days=7) for row in open_cases)


def test_granted_cases_hold_a_refugee_certificate_issued_by_the_clerk(session):
    granted = session.execute(select(Case.id).where(
        Case.status == CaseStatus.GRANTED.value)).scalars().all()
    assert granted
    for case_id in granted:
        assert session.scalar(select(func.count()).where(
            Certificate.case_id == case_id, Certificate.kind == "refugee")) >= 1
    issuers = session.execute(select(User.role).join(
        Certificate, Certificate.issued_by_id == User.id).where(
        Certificate.kind == "refugee").distinct()).scalars().all()
    assert issuers == ["clerk"]


def test_dates_follow_each_other(demo, session):
    today = date.today()
    for case in session.execute(select(Case)).scalars():
        assert today - timedelta(days=550) <= case.registered_on <= today
        held = [i.started_at.date() for i in session.execute(select(Interview).where(
            Interview.case_id == case.id, Interview.status == "held")).scalars()]
        assert all(case.registered_on <= day < today for day in held)
        for decision in session.execute(select(Decision).where(
                Decision.case_id == case.id)).scalars():
            assert held and min(held) <= decision.decided_on <= today
            served = session.scalar(select(Notification.served_on).where(
                Notification.decision_id == decision.id))
            if served is not None:
                assert decision.decided_on <= served <= today
                for lodged in session.execute(select(Appeal.lodged_on).where(
                        Appeal.decision_id == decision.id)).scalars():
                    assert served < lodged <= today
        if case.arrived_on is not None:
            assert case.arrived_on <= case.registered_on


def test_every_case_was_registered_through_the_service(session):
    cases = session.scalar(select(func.count()).select_from(Case))
    registered = session.scalar(select(func.count()).where(AuditEntry.action == "case.register"))
    assert cases == registered == SIZE


def test_evidence_files_are_what_they_claim(session):
    rows = session.execute(select(Evidence.mime_type, EvidenceContent.content).join(
        EvidenceContent, EvidenceContent.evidence_id == Evidence.id)).all()
    assert {mime for mime, _ in rows} >= {"application/pdf", "image/png"}
    for mime, content in rows:
        assert content.startswith(b"%PDF-" if mime == "application/pdf" else b"\x89PNG")


def test_a_folder_with_a_database_is_refused(demo):
    with pytest.raises(StoreError):
        make_demo(demo.folder, cases=1)
    store, _actor = accounts.login(demo.folder, "admin", "demo")
    store.close()


def test_png_is_a_readable_image():
    data = png(3, 2, lambda x, y: (x * 80, y * 100, 7))
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    chunks, pos = {}, 8
    while pos < len(data):
        length, tag = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        crc = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0]
        assert crc == zlib.crc32(tag + body) & 0xFFFFFFFF
        chunks[tag] = body
        pos += 12 + length
    assert struct.unpack(">II", chunks[b"IHDR"][:8]) == (3, 2)
    rows = zlib.decompress(chunks[b"IDAT"])
    assert rows == b"\x00" + bytes((0, 0, 7, 80, 0, 7, 160, 0, 7)) + \
        b"\x00" + bytes((0, 100, 7, 80, 100, 7, 160, 100, 7))
    assert b"IEND" in chunks


def test_pdf_cross_reference_points_at_its_objects():
    data = pdf(["DEMO (fictional)", "Second line"])
    assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
    xref_at = int(data.rsplit(b"startxref", 1)[1].split()[0])
    assert data[xref_at:].startswith(b"xref")
    entries = data[xref_at:].split(b"\n")[3:8]
    for number, entry in enumerate(entries, start=1):
        offset = int(entry.split()[0])
        assert data[offset:].startswith(b"%d 0 obj" % number)
    assert b"(DEMO \\(fictional\\)) Tj" in data
