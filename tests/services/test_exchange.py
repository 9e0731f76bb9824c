"""The case exchange format: export, import into another database, and hostile files."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.bootstrap import init_store
from app.db.audit import verify_chain
from app.db.keyfile import KeyFile
from app.db.models import AuditEntry, Case, User
from app.db.store import Store, StorePaths
from app.domain.errors import PermissionDenied, StoreError, ValidationError
from app.services import cases, claims, decisions, exchange, interviews, maintenance, queries
from tests.conftest import PASSWORD, StoreFixture

TODAY = date.today()
PDF = b"%PDF-1.4\n% a court paper\n" + bytes(range(256)) + b"\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(32)


# ---------------------------------------------------------------------------
# building cases through the services, as users would


def register(fx: StoreFixture, **overrides) -> str:
    values = dict(
        names=[cases.NameInput("kk-Cyrl", "Серікұлы", "Ерлан"),
               cases.NameInput("Latn", "Serikuly", "Erlan"),
               cases.NameInput("Hans", "塞力克", "叶尔兰")],
        sex="male", birth_date="1990-05", citizenships=["CHN"], ethnicity="Kazakh",
        religion="Islam", languages=["kk", "zh"], consent_given=True,
        arrived_on=TODAY - timedelta(days=10), phone="+7 701 000 0000")
    values.update(overrides)
    with fx.uow() as uow:
        return cases.register_petition(uow, fx.officer, cases.PetitionInput(**values)).number


def build_full_case(fx: StoreFixture) -> str:
    """A granted case with something in every part of the file."""
    o = fx.officer
    number = register(fx)
    with fx.uow() as uow:
        cases.set_photo(uow, o, number, PNG, "image/png")
    with fx.uow() as uow:
        cases.add_family_member(uow, o, number, cases.FamilyMemberInput(
            names=[cases.NameInput("kk-Cyrl", "Серікқызы", "Айгүл")], relation="sibling",
            birth_date="1995~", whereabouts="Ili, Xinjiang", notes="Still inside."))
    with fx.uow() as uow:
        cases.add_identity_document(uow, o, number, cases.DocumentInput(
            "passport", "E 1234 5678", issuing_country="CHN", issued_on=date(2015, 1, 2),
            expires_on=date(2025, 1, 1), is_original=True))
    with fx.uow() as uow:
        cases.add_entry_record(uow, o, number, cases.EntryInput(
            crossed_on=TODAY - timedelta(days=12), place="Khorgos", from_country="CHN"))
    with fx.uow() as uow:
        cases.add_criminal_proceeding(uow, o, number, cases.ProceedingInput(
            court="Panfilov district court", article="392", verdict_on=TODAY - timedelta(days=5),
            sentence="fine", pretrial_detention_days=4))
    with fx.uow() as uow:
        cases.add_court_ruling(uow, o, number, cases.RulingInput(
            court="Almaty regional court", ruled_on=TODAY - timedelta(days=4), reference="2-77",
            summary="Not to be deported."))
    with fx.uow() as uow:
        cases.set_representative(uow, o, number, cases.RepresentativeInput(
            "Aigerim Nurlanovna", organisation="Legal aid", licence_number="L-77",
            power_of_attorney="POA 12", power_of_attorney_on=TODAY - timedelta(days=9)))
    with fx.uow() as uow:
        interpreter = interviews.add_interpreter(uow, o, interviews.InterpreterInput(
            "Dilnaz K.", languages="kk, ug", gender="female"))
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3)
    with fx.uow() as uow:
        scheduled = interviews.schedule_interview(uow, o, number, start, "Office 4",
                                                  interpreter, "kk")
    with fx.uow() as uow:
        interviews.record_interview(uow, o, number, interviews.InterviewRecordInput(
            started_at=start, ended_at=start + timedelta(hours=1, minutes=30), language="kk",
            dialect="Ili", interpreter_id=interpreter, read_back_done=True,
            applicant_signed=True, entries=[
                interviews.QAInput("Why did you leave?", "I was told I would go to a camp."),
                interviews.QAInput("Who told you?", "The village police."),
                interviews.QAInput("How did you cross?", "At night, near Khorgos.")]),
            interview_id=scheduled)
    with fx.uow() as uow:
        evidence = claims.attach_evidence(uow, o, number, claims.EvidenceInput(
            "Court paper", PDF, "application/pdf", kind="court_paper", filename="ruling.pdf"))
    with fx.uow() as uow:
        claims.save_claim(uow, o, number, claims.ClaimInput(
            summary="Threatened with a camp", actor_type="state", grounds=[
                claims.GroundInput("religion", "prays"), claims.GroundInput("nationality")]))
    for kind, started, ended in (("camp", "2018-03", "2018-11"), ("threat", "2023~", "")):
        with fx.uow() as uow:
            claims.add_incident(uow, o, number, claims.IncidentInput(
                kind=kind, description=f"A {kind}.", actor_type="state", started=started,
                ended=ended, evidence_ids=[evidence]))
    draft = decisions.AssessmentInput(
        internal_consistency="established", coi_consistency="established",
        plausibility="established", well_founded_fear="established",
        recommended_outcome="recognise", legal_basis_code="LR-12",
        reasons="A consistent and detailed account of the threats.", grounds={"religion": "nexus"})
    with fx.uow() as uow:
        decisions.draft_assessment(uow, o, number, draft)
    with fx.uow() as uow:
        decisions.submit_for_approval(uow, o, number)
    with fx.uow() as uow:
        decisions.return_for_revision(uow, fx.supervisor2, number, "Say more on the threat.")
    with fx.uow() as uow:
        decisions.draft_assessment(uow, o, number, draft)
    with fx.uow() as uow:
        decisions.submit_for_approval(uow, o, number)
    with fx.uow() as uow:
        decisions.approve_decision(uow, fx.supervisor, number)
    with fx.uow() as uow:
        decisions.record_notification(uow, o, number, TODAY, "in_person")
    with fx.uow() as uow:
        decisions.issue_certificate(uow, fx.clerk, number)
    return number


def open_copy(template, folder: Path) -> StoreFixture:
    """Another store with the same accounts as ``store_fixture`` (the session template)."""
    template_dir, key, actors, recovery = template
    shutil.copytree(template_dir, folder)
    paths = StorePaths(folder)
    store = Store.open_with_key(paths, KeyFile.load(paths.keys), key)
    return StoreFixture(store=store, data_dir=folder, recovery_key=recovery, **actors)


@pytest.fixture
def twin(tmp_path, _store_template):
    fx = open_copy(_store_template, tmp_path / "twin")
    yield fx
    fx.store.close()


@pytest.fixture
def fresh(tmp_path):
    """A new, empty database whose only account is its admin."""
    made = init_store(tmp_path / "other", admin="admin", password=PASSWORD, region="AQM",
                      commission="X")
    yield made
    made.store.close()


def export(store: Store, actor, **kwargs) -> dict:
    with store.uow() as uow:
        return exchange.export_document(uow, actor, **kwargs)


def counts(store: Store) -> tuple[int, int, int]:
    """Cases, audit entries and users: what a refused import must leave as it was."""
    with store.uow(readonly=True) as uow:
        return tuple(uow.session.execute(select(func.count()).select_from(model)).scalar_one()
                     for model in (Case, AuditEntry, User))


def refused(store: Store, actor, document, source: str = "cases.json") -> dict[str, str]:
    before = counts(store)
    with store.uow() as uow, pytest.raises(ValidationError) as caught:
        exchange.import_document(uow, actor, document, source=source)
    assert counts(store) == before
    with store.uow(readonly=True) as uow:
        assert verify_chain(uow.session, uow.audit_key).ok
    return caught.value.errors


# ---------------------------------------------------------------------------
# a whole case travels to another database and back unchanged


def test_a_full_case_survives_export_and_import_into_an_empty_database(
        store_fixture, fresh, tmp_path):
    number = build_full_case(store_fixture)
    path = tmp_path / "cases.json"
    with store_fixture.uow() as uow:
        assert exchange.export_file(uow, store_fixture.admin, path) == 1
    first = json.loads(path.read_bytes())

    with fresh.store.uow() as uow:
        assert exchange.import_file(uow, fresh.admin, path) == [number]
    with fresh.store.uow() as uow:
        again = exchange.export_document(uow, fresh.admin)

    assert {k: v for k, v in again.items() if k != "commission"} == \
        {k: v for k, v in first.items() if k != "commission"}
    # The commission block says who exported: here the target database.
    assert again["commission"] == {"region_code": "AQM", "name": "X"}
    case = again["cases"][0]
    assert len(case["interviews"][0]["entries"]) == 3
    assert len(case["incidents"]) == 2
    assert base64.b64decode(case["evidence"][0]["content_base64"]) == PDF
    assert base64.b64decode(case["applicant"]["photo"]["content_base64"]) == PNG
    assert [e["action"] for e in case["assessments"][0]["approval_events"]] == \
        ["submit", "return", "submit", "approve"]
    assert {c["kind"] for c in case["certificates"]} == {"asylum_seeker", "refugee"}

    for query in ("Serikuly", "Серікұлы", "E12345678"):
        with fresh.store.uow(readonly=True) as uow:
            found = queries.list_cases(uow, fresh.admin, queries.CaseFilter(search=query))
        assert [c.number for c in found] == [number], query
    report = maintenance.verify_store(fresh.store)
    assert report.ok, report.problems

    # Who did what is kept by accounts that exist only as names.
    with fresh.store.uow(readonly=True) as uow:
        disabled = dict(uow.session.execute(select(User.username, User.disabled)).all())
        logged = uow.session.execute(select(AuditEntry.new_values).where(
            AuditEntry.action == "case.import")).scalar_one()
    assert disabled == {"admin": False, "officer": True, "supervisor": True,
                        "supervisor2": True, "clerk": True}
    assert json.loads(logged) == {"number": number, "source": "cases.json", "created_users": [
        "clerk", "officer", "supervisor", "supervisor2"]}


def test_exporting_twice_gives_the_same_bytes(store_fixture, tmp_path):
    build_full_case(store_fixture)
    register(store_fixture, names=[cases.NameInput("Latn", "Bekov", "Arman")])
    with store_fixture.uow() as uow:
        exchange.export_file(uow, store_fixture.admin, tmp_path / "a.json")
    with store_fixture.uow() as uow:
        exchange.export_file(uow, store_fixture.admin, tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    with store_fixture.uow(readonly=True) as uow:
        logged = uow.session.execute(select(AuditEntry.new_values).where(
            AuditEntry.action == "case.export")).scalars().all()
    assert [json.loads(x)["file"] for x in logged] == ["a.json", "b.json"]
    assert all(json.loads(x)["count"] == 2 for x in logged)
    assert not list(tmp_path.glob(".*.part"))  # no temporary file left behind


def test_relatives_own_cases_and_shared_lawyers_travel_together(store_fixture, fresh):
    lawyer = cases.RepresentativeInput("Aigerim Nurlanovna", licence_number="L-77")
    husband = register(store_fixture)
    wife = register(store_fixture, names=[cases.NameInput("kk-Cyrl", "Серікова", "Гүлнар")],
                    sex="female")
    with store_fixture.uow() as uow:
        cases.add_family_member(uow, store_fixture.officer, husband, cases.FamilyMemberInput(
            names=[cases.NameInput("kk-Cyrl", "Серікова", "Гүлнар")], relation="spouse",
            included_in_petition=True, own_case=wife))
    for number in (husband, wife):
        with store_fixture.uow() as uow:
            cases.set_representative(uow, store_fixture.officer, number, lawyer)

    # The husband's file alone points at a case the other database does not have.
    alone = export(store_fixture.store, store_fixture.admin, numbers=[husband])
    errors = refused(fresh.store, fresh.admin, alone)
    where = f"cases.json: case {husband}: family_members[0].own_case"
    assert list(errors) == [where]
    assert f"case {wife} is neither in this file nor in this database" in errors[where]

    document = export(store_fixture.store, store_fixture.admin)
    with fresh.store.uow() as uow:
        exchange.import_document(uow, fresh.admin, document, source="cases.json")
    again = export(fresh.store, fresh.admin)
    assert again["cases"] == document["cases"]
    assert again["cases"][0]["family_members"][0]["own_case"] == wife
    lawyers = {c["representatives"][0]["representative"]["id"] for c in again["cases"]}
    assert len(lawyers) == 1  # one person, acting in both cases


def test_an_export_to_a_missing_folder_fails_clearly_and_is_not_audited(store_fixture,
                                                                        tmp_path):
    register(store_fixture)
    before = counts(store_fixture.store)
    with store_fixture.uow() as uow, pytest.raises(StoreError) as caught:
        exchange.export_file(uow, store_fixture.admin, tmp_path / "gone" / "cases.json")
    assert "nothing was exported" in caught.value.message
    assert counts(store_fixture.store) == before


# ---------------------------------------------------------------------------
# refusals: all or nothing, with the place of every problem


def test_one_bad_field_in_the_second_of_three_cases_refuses_the_whole_file(
        store_fixture, fresh, tmp_path):
    register(store_fixture)
    second = build_full_case(store_fixture)
    register(store_fixture)
    document = export(store_fixture.store, store_fixture.admin)
    assert [c["number"] for c in document["cases"]][1] == second
    document["cases"][1]["applicant"]["names"][2]["script"] = "xx"
    path = tmp_path / "cases.json"
    path.write_bytes(exchange.encode_document(document))

    before = counts(fresh.store)
    with fresh.store.uow() as uow, pytest.raises(ValidationError) as caught:
        exchange.import_file(uow, fresh.admin, path)
    assert caught.value.errors == {
        f"cases.json: case {second}: applicant.names[2].script":
            "“xx” is not one of: kk-Cyrl, ru-Cyrl, Latn, Hans, Arab."}
    assert counts(fresh.store) == before
    with fresh.store.uow(readonly=True) as uow:
        assert uow.session.execute(select(func.count()).select_from(Case)).scalar_one() == 0
        assert verify_chain(uow.session, uow.audit_key).ok


def test_problems_everywhere_are_listed_together(store_fixture, fresh):
    build_full_case(store_fixture)
    document = export(store_fixture.store, store_fixture.admin)
    case = document["cases"][0]
    case["registered_on"] = "2026-02-30"
    case["interviews"][0]["entries"][1]["position"] = -1
    case["incidents"][0]["kind"] = 7
    case["evidence"][0]["added_by"] = "nobody"
    del case["decisions"][0]["outcome"]
    case["surprise"] = True
    errors = refused(fresh.store, fresh.admin, document)
    where = f"cases.json: case {case['number']}: "
    assert set(errors) >= {where + "registered_on", where + "interviews[0].entries[1].position",
                           where + "incidents[0].kind", where + "evidence[0].added_by",
                           where + "decisions[0].outcome", where + "surprise"}
    assert errors[where + "decisions[0].outcome"] == "is required but missing; add it."
    assert "users" in errors[where + "evidence[0].added_by"]


def test_a_case_number_already_in_the_database_is_refused(store_fixture, twin):
    number = register(store_fixture)
    document = export(store_fixture.store, store_fixture.admin)
    assert register(twin) == number  # the twin gave the same number to another person
    errors = refused(twin.store, twin.admin, document)
    where = f"cases.json: case {number}: "
    # The asylum-seeker certificate, numbered after the case, collides as well.
    assert set(errors) == {where + "number", where + "certificates[0].number"}
    assert errors[where + "number"].startswith(f"case {number} already exists in this database")


def test_importing_the_same_file_twice_is_refused_by_id_and_number(store_fixture, twin):
    number = register(store_fixture)
    document = export(store_fixture.store, store_fixture.admin)
    with twin.uow() as uow:
        exchange.import_document(uow, twin.admin, document, source="cases.json")
    errors = refused(twin.store, twin.admin, document)
    # The case itself is named; its records, all here as well, are not listed one by one.
    assert list(errors) == [f"cases.json: case {number}: number", f"cases.json: case {number}: id"]


@pytest.mark.parametrize(("content", "where", "says"), [
    (b'{"format": "pana-cases", "version": 1, "cases": [', "cases.json", "not valid JSON"),
    (b"\xff\xfe not text", "cases.json", "not UTF-8"),
    (b'{"format": "pana-cases", "format": "pana-cases"}', "cases.json", "appears twice"),
    (b"[" * 100_000 + b"]" * 100_000, "cases.json", "nested too deeply"),
    (b'{"format": "excel", "version": 1, "cases": []}', "cases.json: format", "not a Pana"),
    (b'{"format": "pana-cases", "version": 2, "cases": []}', "cases.json: version",
     "version 2 is not supported"),
    (b'{"format": "pana-cases", "version": true, "cases": []}', "cases.json: version",
     "must be the number 1"),
    (b'{"format": "pana-cases", "version": 1, "commission": {"region_code": "AQM", '
     b'"name": "X"}, "users": [], "cases": {}}', "cases.json: cases", "must be a list"),
], ids=["cut-short", "not-utf8", "duplicate-key", "deep", "format", "version", "version-bool",
        "cases-not-list"])
def test_files_that_are_not_case_files_are_refused_clearly(fresh, tmp_path, content, where,
                                                           says):
    path = tmp_path / "cases.json"
    path.write_bytes(content)
    before = counts(fresh.store)
    with fresh.store.uow() as uow, pytest.raises(ValidationError) as caught:
        exchange.import_file(uow, fresh.admin, path)
    assert says in caught.value.errors[where]
    assert counts(fresh.store) == before


def test_a_file_over_512_mb_is_refused_before_it_is_read(fresh, tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as out:
        out.truncate(exchange.MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with fresh.store.uow() as uow, pytest.raises(ValidationError) as caught:
        exchange.import_file(uow, fresh.admin, path)
    assert "at most 512 MB" in caught.value.errors["huge.json"]


def test_tampered_evidence_is_refused(store_fixture, fresh):
    build_full_case(store_fixture)
    document = export(store_fixture.store, store_fixture.admin)
    number = document["cases"][0]["number"]
    where = f"cases.json: case {number}: evidence[0]"

    forged = copy.deepcopy(document)
    forged["cases"][0]["evidence"][0]["sha256"] = hashlib.sha256(b"other").hexdigest()
    errors = refused(fresh.store, fresh.admin, forged)
    assert list(errors) == [f"{where}.sha256"]
    assert "does not match the content" in errors[f"{where}.sha256"]

    swapped = copy.deepcopy(document)
    other = PDF.replace(b"court", b"COURT")
    swapped["cases"][0]["evidence"][0]["content_base64"] = base64.b64encode(other).decode()
    assert f"{where}.sha256" in refused(fresh.store, fresh.admin, swapped)

    shortened = copy.deepcopy(document)
    shortened["cases"][0]["evidence"][0]["content_base64"] = base64.b64encode(PDF[:-1]).decode()
    errors = refused(fresh.store, fresh.admin, shortened)
    assert {f"{where}.size_bytes", f"{where}.sha256"} <= set(errors)


def test_an_id_used_twice_in_a_file_is_refused(store_fixture, fresh):
    register(store_fixture)
    register(store_fixture)
    document = export(store_fixture.store, store_fixture.admin)
    first, second = document["cases"]
    second["applicant"]["id"] = first["applicant"]["id"]
    errors = refused(fresh.store, fresh.admin, document)
    assert list(errors) == [f"cases.json: case {second['number']}: applicant.id"]
    assert "used twice" in errors[f"cases.json: case {second['number']}: applicant.id"]


def test_only_supervisors_and_admins_export_and_import(store_fixture, tmp_path):
    register(store_fixture)
    for actor in (store_fixture.officer, store_fixture.clerk):
        with store_fixture.uow() as uow, pytest.raises(PermissionDenied):
            exchange.export_file(uow, actor, tmp_path / "x.json")
        with store_fixture.uow() as uow, pytest.raises(PermissionDenied):
            exchange.import_document(uow, actor, {"format": "pana-cases"})
    assert not (tmp_path / "x.json").exists()


# ---------------------------------------------------------------------------
# showing one case


def test_a_clerk_sees_a_case_without_its_sensitive_parts(store_fixture):
    number = build_full_case(store_fixture)
    with store_fixture.uow() as uow:
        full = exchange.case_document(uow, store_fixture.officer, number)
    with store_fixture.uow() as uow:
        shown = exchange.case_document(uow, store_fixture.clerk, number)
    for section in ("claim", "interviews", "incidents", "evidence", "assessments"):
        assert full["cases"][0][section], section
        assert section not in shown["cases"][0], section
    assert shown["cases"][0]["omitted"] == list(exchange.SENSITIVE_SECTIONS)
    assert shown["cases"][0]["certificates"] and shown["cases"][0]["decisions"]
    text = exchange.describe_case(shown)
    assert number in text and "Serikuly" in text
    assert "Not shown for your role" in text
    assert "camp" not in text.lower() and "Why did you leave" not in json.dumps(shown)
    assert "Threatened with a camp" in json.dumps(full, ensure_ascii=False)
    with store_fixture.uow(readonly=True) as uow:
        views = uow.session.execute(select(AuditEntry.username).where(
            AuditEntry.action == "case.view")).scalars().all()
    assert views == ["officer", "clerk"]


def test_describe_case_reads_the_whole_file(store_fixture):
    number = build_full_case(store_fixture)
    with store_fixture.uow() as uow:
        text = exchange.describe_case(exchange.case_document(uow, store_fixture.supervisor,
                                                             number))
    for expected in (number, "Refugee status granted", "Серікұлы Ерлан (kk-Cyrl)",
                     "塞力克 叶尔兰 (Hans)", "Interviews (1)", "3 questions", "Incidents (2)",
                     "Certificates (2)", "approved by supervisor"):
        assert expected in text, expected
    assert "Not shown" not in text


def test_a_clerks_view_cannot_be_imported_as_a_case(store_fixture, fresh):
    number = build_full_case(store_fixture)
    with store_fixture.uow() as uow:
        shown = exchange.case_document(uow, store_fixture.clerk, number)
    errors = refused(fresh.store, fresh.admin, shown)
    assert f"cases.json: case {number}: omitted" in errors


# ---------------------------------------------------------------------------
# numbers are never given twice


def test_imported_numbers_are_not_given_again(store_fixture, twin):
    register(store_fixture, registered_on=date(TODAY.year, 1, 15), arrived_on=None)
    document = export(store_fixture.store, store_fixture.admin)
    seventh = f"AQM-{TODAY.year}-00007"
    document["cases"][0]["number"] = seventh
    with twin.uow() as uow:
        assert exchange.import_document(uow, twin.admin, document) == [seventh]
    assert register(twin, registered_on=date(TODAY.year, 2, 1),
                    arrived_on=None) == f"AQM-{TODAY.year}-00008"


# ---------------------------------------------------------------------------
# a hostile file: any value anywhere is refused politely or imported


def _leaves(node, path=()):
    """(path, value) of every leaf, empty lists and objects included."""
    if isinstance(node, dict) and node:
        for key in sorted(node):
            yield from _leaves(node[key], (*path, key))
    elif isinstance(node, list) and node:
        for index, item in enumerate(node):
            yield from _leaves(item, (*path, index))
    else:
        yield path, node


SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
JSON_VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=6)


@pytest.fixture
def full_document(store_fixture):
    build_full_case(store_fixture)
    register(store_fixture, names=[cases.NameInput("ru-Cyrl", "Беков", "Арман")])
    return export(store_fixture.store, store_fixture.admin)


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_value_anywhere_is_imported_or_refused_with_a_validation_error(
        full_document, fresh, data):
    leaves = list(_leaves(full_document))
    path = data.draw(st.sampled_from([p for p, _ in leaves]), label="path")
    # Besides random values, another leaf's value: the right type in the wrong place
    # (an id, a date, a username) gets past the type checks to the rules behind them.
    value = data.draw(st.one_of(SCALARS, JSON_VALUES, st.sampled_from([v for _, v in leaves])),
                      label="value")
    document = copy.deepcopy(full_document)
    node = document
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    with fresh.store.uow() as uow:
        # Rolled back after each example, so every one starts from the same empty database;
        # the rows are still flushed, so the database's own checks run.
        uow.commit = lambda: None
        try:
            exchange.import_document(uow, fresh.admin, document, source="mutated.json")
        except ValidationError as exc:
            assert exc.errors
            assert all(key.startswith("mutated.json") for key in exc.errors)
