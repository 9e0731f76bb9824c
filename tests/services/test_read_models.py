"""What the screens read: possible duplicates, the case file by section, its history,
what is due, and the registry's row count."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from app.db.models import (
    Case,
    Claim,
    DuplicateCheck,
    FamilyMember,
    IdentityDocument,
    Incident,
)
from app.domain.deadlines import DeadlineSettings
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.workflow import CaseStatus
from app.services import casefile, cases, claims, decisions, duplicates, interviews, queries
from tests.helpers import builders

S = CaseStatus
TODAY = date.today()
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
ERLAN = [cases.NameInput("kk-Cyrl", "Серікұлы", "Ерлан")]


def _registered(fx, on: date, actor=None, **overrides) -> cases.CaseRef:
    return builders.register(fx, actor, registered_on=on, arrived_on=on - timedelta(days=2),
                             **overrides)


# ---------------------------------------------------------------------------
# possible duplicates


def _find(fx, names: list[str], birth: str = "", documents: tuple[str, ...] = ()
          ) -> list[duplicates.DuplicateCandidate]:
    with fx.uow(readonly=True) as uow:
        return duplicates.find_possible_duplicates(uow, fx.officer, names, birth,
                                                   list(documents))


@pytest.fixture
def erlan(store_fixture):
    """Серікұлы Ерлан, born 17 May 1990, with passport E 1234-5678."""
    fx = store_fixture
    with fx.uow() as uow:
        ref = cases.register_petition(
            uow, fx.officer, builders.petition(names=ERLAN, birth_date="1990-05-17"),
            documents=[cases.DocumentInput("passport", "E 1234-5678")])
    return fx, ref


@pytest.mark.parametrize(("name", "birth", "reason"), [
    ("Serikuly Yerlan", "1990-05", "similar_name_same_birth"),  # partial date
    ("Erlan Serikuli", "1990-05-20", "similar_name_same_birth"),  # words swapped, days apart
    ("Серикулы Ерлан", "1990~", "similar_name_same_birth"),  # Russian keyboard, an estimate
    ("Serikuly Erlan", "", "similar_name_no_birth"),
])
def test_a_known_person_is_found_however_the_name_is_written(erlan, name, birth, reason):
    fx, ref = erlan
    (found,) = _find(fx, [name], birth)
    assert (found.case_number, found.names, found.birth_date, found.score, found.reasons,
            found.as_family_member) == (ref.number, ["Серікұлы Ерлан"], "1990-05-17", 100,
                                        [reason], False)
    assert (found.status, found.registered_on) == ("registered", TODAY)


@pytest.mark.parametrize(("name", "birth"), [
    ("Serikuly Yerlan", "1975"),
    ("Серікұлы Ерлан", "1990-08-17"),  # three months apart
    ("Serikuly Arman", "1990-05-17"),  # another given name
])
def test_another_person_is_not_a_duplicate(erlan, name, birth):
    fx, _ref = erlan
    assert _find(fx, [name], birth) == []


@pytest.mark.parametrize("typed", ["E12345678", "e 1234 5678", "E-1234-5678"])
def test_the_same_passport_number_finds_the_case_whatever_the_name(erlan, typed):
    fx, ref = erlan
    (found,) = _find(fx, ["Toktogulov Azamat"], "1980", (typed,))
    assert (found.case_number, found.score, found.reasons) \
        == (ref.number, 100, ["same_document"])


def test_a_relative_recorded_in_another_case_is_found_as_a_family_member(erlan):
    fx, ref = erlan
    with fx.uow() as uow:
        cases.add_family_member(uow, fx.officer, ref.number, cases.FamilyMemberInput(
            names=[cases.NameInput("kk-Cyrl", "Серікқызы", "Айгүл")], relation="sibling",
            birth_date="1995-02-03"))
    (found,) = _find(fx, ["Serikkyzy Aigul"], "1995")
    assert (found.case_number, found.names, found.birth_date, found.as_family_member) \
        == (ref.number, ["Серікқызы Айгүл"], "1995-02-03", True)
    # The applicant of the same case is still found as the applicant.
    (found,) = _find(fx, ["Serikuly Erlan"], "1990-05")
    assert found.as_family_member is False


def test_candidates_come_best_match_first(store_fixture):
    fx = store_fixture
    # Registered first, so an order by case number would put it first.
    near = builders.register(fx, names=[cases.NameInput("kk-Cyrl", "Серікұлы", "Ерлен")],
                             birth_date="1990-05-17")
    same = builders.register(fx, names=ERLAN, birth_date="1990-05-17")
    found = _find(fx, ["Serikuly Yerlan"], "1990-05")
    assert [(c.case_number, c.score) for c in found] == [(same.number, 100), (near.number, 93)]


def test_the_officers_answer_is_recorded_with_the_new_case(erlan):
    fx, known = erlan
    candidates = _find(fx, ["Serikuly Erlan"], "1990-05")
    seq = builders.audit_count(fx)
    with fx.uow() as uow:
        ref = cases.register_petition(uow, fx.officer, builders.petition(),
                                      confirmed_distinct=candidates)
    rows = builders.audit_since(fx, seq)
    assert [r.action for r in rows] == ["case.not_duplicate", "case.register",
                                        "certificate.issue"]
    assert rows[0].case_id == ref.id
    assert rows[0].new == {"candidate": known.number, "score": 100,
                           "reasons": ["similar_name_same_birth"]}
    with fx.uow(readonly=True) as uow:
        check = uow.session.execute(select(DuplicateCheck)).scalar_one()
        assert (check.case_id, check.candidate_case_id, check.score, check.reasons,
                check.decision, check.decided_by_id) == (
            ref.id, known.id, 100, "similar_name_same_birth", "different_person",
            fx.officer.user_id)


def test_a_refused_registration_records_no_answer(erlan):
    fx, _known = erlan
    candidates = _find(fx, ["Serikuly Erlan"], "1990-05")
    gone = duplicates.DuplicateCandidate(f"AQM-{TODAY.year}-99999", ["X"], "", "registered",
                                         TODAY, 90, ["similar_name_no_birth"], False)
    audit = builders.audit_count(fx)
    for petition, confirmed, error in (
            (builders.petition(sex="m"), candidates, ValidationError),
            # The answer about the known case is written, then the second fails: neither stays.
            (builders.petition(), [*candidates, gone], NotFound)):
        with pytest.raises(error), fx.uow() as uow:
            cases.register_petition(uow, fx.officer, petition, confirmed_distinct=confirmed)
    assert builders.table_count(fx, "duplicate_checks") == 0
    assert builders.table_count(fx, "cases") == 1
    assert builders.audit_count(fx) == audit
    assert builders.register(fx).number == f"AQM-{TODAY.year}-00002"


# ---------------------------------------------------------------------------
# the case file


INCIDENTS = [  # in the order they are recorded
    ("threat", ""),
    ("surveillance", "2019"),
    ("torture", "2018-03-14~"),
    ("camp", "2018-03"),
]


@pytest.fixture(scope="module")
def full_case(_store_template, tmp_path_factory):
    """A case under assessment with family, documents, a claim, incidents and evidence."""
    fx = builders.open_store_copy(_store_template, tmp_path_factory.mktemp("casefile") / "data")
    built = builders.case_in(fx, S.UNDER_ASSESSMENT)
    o, number = fx.officer, built.number
    with fx.uow() as uow:
        member_id = cases.add_family_member(uow, o, number, cases.FamilyMemberInput(
            names=[cases.NameInput("kk-Cyrl", "Серікқызы", "Айгүл")], relation="sibling"))
    with fx.uow() as uow:
        cases.update_family_member(uow, o, number, member_id, cases.FamilyMemberInput(
            names=[cases.NameInput("kk-Cyrl", "Серікқызы", "Айгүл")], relation="sibling",
            whereabouts="Ghulja"), expected_version=1)
    with fx.uow() as uow:
        cases.add_identity_document(uow, o, number, cases.DocumentInput(
            "passport", "E 1234 5678", family_member_id=member_id))
    with fx.uow() as uow:
        claims.save_claim(uow, o, number, claims.ClaimInput(
            summary="Held in a camp for praying.", actor_type="state",
            grounds=[claims.GroundInput("religion", "Prayer was the charge.")]))
    with fx.uow() as uow:
        evidence_id = claims.attach_evidence(uow, o, number, claims.EvidenceInput(
            "Release notice", PDF, "application/pdf"))
    for kind, started in INCIDENTS:
        with fx.uow() as uow:
            claims.add_incident(uow, o, number, claims.IncidentInput(
                kind=kind, description=f"The {kind}.", started=started,
                evidence_ids=[evidence_id] if kind == "camp" else []))
    fx.built, fx.evidence_id = built, evidence_id
    yield fx
    fx.store.close()


def _load(fx, actor, number: str, **kwargs) -> casefile.CaseFile:
    with fx.uow() as uow:
        return casefile.load_case_file(uow, actor, number, **kwargs)


def test_an_officer_reads_the_sensitive_sections_and_the_view_is_audited(full_case):
    fx = full_case
    seq = builders.audit_count(fx)
    cf = _load(fx, fx.officer, fx.built.number)
    (interview,) = cf.interviews
    assert interview.status == "held"
    assert [qa.answer for qa in interview.entries] == ["I was told I would be sent to a camp."]
    assert (cf.claim.summary, cf.claim.actor_type) == ("Held in a camp for praying.", "state")
    assert [(g.ground, g.nexus_note) for g in cf.claim.grounds] \
        == [("religion", "Prayer was the charge.")]
    # Timeline order: by the earliest day each may have started; the undated one last.
    assert [(i.kind, i.started) for i in cf.incidents] == [
        ("camp", "2018-03"), ("torture", "2018-03-14~"), ("surveillance", "2019"),
        ("threat", "")]
    assert cf.incidents[0].evidence_ids == [fx.evidence_id]
    (evidence,) = cf.evidence
    assert (evidence.id, evidence.title, evidence.size_bytes, evidence.added_by) \
        == (fx.evidence_id, "Release notice", len(PDF), "officer")
    (entry,) = builders.audit_since(fx, seq)
    assert (entry.action, entry.case_id, entry.username) \
        == ("case.view_sensitive", fx.built.id, "officer")
    # The identity sections are there too.
    assert cf.family[0].whereabouts == "Ghulja"
    assert (cf.documents[0].number, cf.documents[0].holder) == ("E 1234 5678", "Серікқызы Айгүл")


def test_the_case_file_says_when_it_holds_the_sensitive_sections(full_case):
    fx = full_case
    assert _load(fx, fx.officer, fx.built.number).sensitive_loaded is True


@pytest.mark.parametrize("who", ["clerk", "officer"])
def test_without_the_sensitive_sections_nothing_sensitive_is_read_or_audited(full_case, who):
    fx = full_case
    audit = builders.audit_count(fx)
    # A clerk may not see them; an officer may ask not to load them.
    cf = _load(fx, getattr(fx, who), fx.built.number, sensitive=who == "clerk")
    assert (cf.interviews, cf.claim, cf.incidents, cf.evidence, cf.returns) \
        == ([], None, [], [], [])
    assert cf.sensitive_loaded is False
    assert builders.audit_count(fx) == audit
    assert cf.applicant.names[0].surname == "Серікұлы"  # identity is for everyone who may see it
    assert cf.documents[0].number == "E 1234 5678"


def test_the_versions_in_the_case_file_are_those_stored(full_case):
    fx = full_case
    cf = _load(fx, fx.clerk, fx.built.number)
    officer_cf = _load(fx, fx.officer, fx.built.number)
    with fx.uow(readonly=True) as uow:
        s = uow.session
        case = s.get(Case, fx.built.id)
        assert cf.version == case.version
        assert cf.applicant.version == case.applicant.version
        assert [m.version for m in cf.family] == [s.get(FamilyMember, m.id).version
                                                  for m in cf.family] == [2]
        assert [d.version for d in cf.documents] == [s.get(IdentityDocument, d.id).version
                                                     for d in cf.documents]
        assert officer_cf.claim.version == s.execute(select(Claim.version)).scalar_one()
        assert [i.version for i in officer_cf.incidents] == [
            s.get(Incident, i.id).version for i in officer_cf.incidents]


def test_a_case_file_version_saves_and_then_is_stale(store_fixture):
    fx = store_fixture
    ref = builders.register(fx)
    with fx.uow() as uow:
        entry_id = cases.add_entry_record(uow, fx.officer, ref.number,
                                          cases.EntryInput(place="Khorgos"))
    seen = _load(fx, fx.officer, ref.number)
    with fx.uow() as uow:
        cases.update_entry_record(uow, fx.officer, ref.number, entry_id,
                                  cases.EntryInput(place="Nur Zholy"),
                                  expected_version=seen.entries[0].version)
    with fx.uow() as uow:
        cases.update_applicant(uow, fx.officer, ref.number, builders.petition(religion="Islam"),
                               expected_version=seen.applicant.version)
    again = _load(fx, fx.officer, ref.number)
    assert (again.entries[0].place, again.entries[0].version) == ("Nur Zholy", 2)
    assert (again.applicant.religion, again.applicant.version) == ("Islam", 2)
    with pytest.raises(ConflictError), fx.uow() as uow:
        cases.update_entry_record(uow, fx.officer2, ref.number, entry_id,
                                  cases.EntryInput(place="Elsewhere"),
                                  expected_version=seen.entries[0].version)


def _history(fx, actor) -> list[casefile.HistoryEntry]:
    with fx.uow(readonly=True) as uow:
        return casefile.case_history(uow, actor, fx.built.number)


def test_the_history_shows_a_clerk_that_sensitive_changes_happened_not_what_they_were(
        full_case):
    fx = full_case
    officer, clerk = _history(fx, fx.officer), _history(fx, fx.clerk)
    assert [e.action for e in clerk] == [e.action for e in officer]
    by_action = {o.action: (o, c) for o, c in zip(officer, clerk, strict=True)}
    for action in ("claim.save", "incident.add", "evidence.attach", "interview.record",
                   "assessment.draft"):
        seen_by_officer, seen_by_clerk = by_action[action]
        assert seen_by_officer.new_values != "", action
        assert (seen_by_clerk.old_values, seen_by_clerk.new_values) == ("", ""), action
        assert (seen_by_clerk.username, seen_by_clerk.at) \
            == (seen_by_officer.username, seen_by_officer.at)
    assert "Held in a camp for praying." in by_action["claim.save"][0].new_values
    # What the clerk may see keeps its values.
    for action in ("case.register", "family_member.update", "document.add"):
        seen_by_officer, seen_by_clerk = by_action[action]
        assert seen_by_clerk.new_values == seen_by_officer.new_values != "", action
    assert "Ghulja" in by_action["family_member.update"][1].new_values
    assert [e.at for e in officer] == sorted(e.at for e in officer)


# ---------------------------------------------------------------------------
# what is due

#: The day the due list is asked for: a week ago, so that nothing depends on the clock.
T = TODAY - timedelta(days=7)
LONG_AGO = T - timedelta(days=120)


@pytest.fixture(scope="module")
def due(_store_template, tmp_path_factory):
    fx = builders.open_store_copy(_store_template, tmp_path_factory.mktemp("due") / "data")
    n = {}
    n["overdue"] = _registered(fx, LONG_AGO).number  # decision due about a month before T
    n["in_3_days"] = _registered(fx, LONG_AGO, names=[
        cases.NameInput("ru-Cyrl", "Токтогулов", "Азамат")]).number
    n["in_30_days"] = _registered(fx, LONG_AGO).number
    for key, days in (("in_3_days", 3), ("in_30_days", 30)):
        with fx.uow() as uow:
            decisions.extend_decision_deadline(uow, fx.supervisor, n[key],
                                               T + timedelta(days=days), "Checks.")
    n["new"] = _registered(fx, T - timedelta(days=1), names=[
        cases.NameInput("kk-Cyrl", "Нұрғалиев", "Әлихан")]).number
    n["colleague"] = _registered(fx, T - timedelta(days=1), actor=fx.officer2, names=[
        cases.NameInput("ru-Cyrl", "Токтогулова", "Айжан")]).number
    for key, day in (("new", 2), ("overdue", 10)):
        with fx.uow() as uow:
            interviews.schedule_interview(uow, fx.officer, n[key],
                                          datetime.combine(T + timedelta(days=day), time(10),
                                                           tzinfo=UTC))
    # Granted a year ago, so the status ends within the month.
    decided = T - timedelta(days=340)
    ending = builders.case_in(fx, S.PENDING_APPROVAL, registered_on=decided - timedelta(days=60),
                              arrived_on=decided - timedelta(days=62))
    builders.approve(fx, ending.number, decided_on=decided)
    builders.notify(fx, ending.number, served_on=decided + timedelta(days=2))
    n["ending"] = ending.number
    n["granted"] = builders.case_in(fx, S.GRANTED).number
    fx.numbers = n
    yield fx
    fx.store.close()


def _due(fx, actor, **kwargs) -> list[queries.DueItem]:
    with fx.uow(readonly=True) as uow:
        return queries.due_items(uow, actor, today=T, **kwargs)


def _of_kind(items: list[queries.DueItem], kind: str) -> dict[str, queries.DueItem]:
    return {i.number: i for i in items if i.kind == kind}


def test_decisions_due_within_the_week_or_overdue_are_listed(due):
    fx, n = due, due.numbers
    listed = _of_kind(_due(fx, fx.officer), queries.DueKind.DECISION)
    assert set(listed) == {n["overdue"], n["in_3_days"]}
    soon, late = listed[n["in_3_days"]], listed[n["overdue"]]
    assert (soon.due_on, soon.overdue(T), soon.name, soon.officer) \
        == (T + timedelta(days=3), False, "Токтогулов Азамат", "officer")
    assert late.overdue(T) and late.due_on == DeadlineSettings().decision_due(LONG_AGO)


def test_an_interview_within_the_week_is_listed(due):
    fx, n = due, due.numbers
    listed = _of_kind(_due(fx, fx.officer), queries.DueKind.INTERVIEW)
    assert {k: i.due_on for k, i in listed.items()} == {n["new"]: T + timedelta(days=2)}


def test_a_status_ending_within_the_month_is_listed(due):
    fx, n = due, due.numbers
    listed = _of_kind(_due(fx, fx.officer), queries.DueKind.STATUS_EXPIRY)
    assert list(listed) == [n["ending"]]
    assert T < listed[n["ending"]].due_on <= T + timedelta(days=30)
    assert not listed[n["ending"]].overdue(T)


def test_officers_see_their_own_cases_and_supervisors_all(due):
    fx, n = due, due.numbers
    mine = {i.number for i in _due(fx, fx.officer)}
    theirs = {i.number for i in _due(fx, fx.officer2)}
    everyone = {i.number for i in _due(fx, fx.supervisor, only_mine=False)}
    assert n["colleague"] not in mine
    assert theirs == {n["colleague"]}
    assert everyone == mine | theirs
    assert _due(fx, fx.supervisor) == []  # no case is assigned to a supervisor


def test_the_due_list_is_in_date_order(due):
    fx = due
    items = _due(fx, fx.supervisor, only_mine=False)
    assert len({i.kind for i in items}) == 5  # every kind of deadline is there
    assert [i.due_on for i in items] == sorted(i.due_on for i in items)
    assert items[0].overdue(T) and not items[-1].overdue(T)


def test_fingerprints_are_due_three_days_after_registration_until_taken(store_fixture):
    fx = store_fixture
    ref = _registered(fx, T - timedelta(days=1))

    def fingerprints() -> dict[str, date]:
        return {k: i.due_on for k, i in _of_kind(_due(fx, fx.officer),
                                                  queries.DueKind.FINGERPRINTS).items()}

    assert fingerprints() == {ref.number: T + timedelta(days=2)}
    with fx.uow() as uow:
        cases.record_fingerprints(uow, fx.officer, ref.number, T)
    assert fingerprints() == {}


# ---------------------------------------------------------------------------
# the registry's row count


@pytest.mark.parametrize(("flt", "expected"), [
    (queries.CaseFilter(), 7),
    (queries.CaseFilter(status="registered"), 3),
    (queries.CaseFilter(status="interview_scheduled"), 2),
    (queries.CaseFilter(officer="officer2"), 1),
    (queries.CaseFilter(registered_from=LONG_AGO, registered_to=LONG_AGO), 3),
    (queries.CaseFilter(registered_from=T - timedelta(days=1)), 3),
    (queries.CaseFilter(search="Serikuly"), 4),
    (queries.CaseFilter(search="Токтогулов"), 2),
    (queries.CaseFilter(search="toktogulov", officer="officer"), 1),
    (queries.CaseFilter(search="Serikuly", status="granted"), 2),
    (queries.CaseFilter(search="Zzyzx"), 0),
])
def test_the_row_count_matches_the_list(due, flt, expected):
    fx = due
    with fx.uow(readonly=True) as uow:
        listed = queries.list_cases(uow, fx.clerk, flt)
        assert queries.count_matching(uow, fx.clerk, flt) == len(listed) == expected


def test_the_row_count_ignores_the_page(due):
    fx = due
    with fx.uow(readonly=True) as uow:
        page = queries.list_cases(uow, fx.clerk, queries.CaseFilter(limit=2, offset=1))
        count = queries.count_matching(uow, fx.clerk, queries.CaseFilter(limit=2, offset=1))
    assert (len(page), count) == (2, 7)
