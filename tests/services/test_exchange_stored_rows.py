"""What an import stores, row by row: the import writes its rows in bulk (INSERT per
table, one audit INSERT), and must store exactly what it stored when it added one ORM
object per row and appended the audit entries one by one."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import select, text

from app.db import search
from app.db.audit import verify_chain
from app.db.base import Base
from app.db.engine import connect_raw
from app.db.models import AuditEntry, AuditHead, Case, FamilyMember, User
from app.services import cases, exchange, maintenance
from tests.services.test_exchange import build_full_case, export, fresh, register  # noqa: F401

#: Tables that are not a case's records: accounts, settings, the audit trail, registers.
NOT_CASE_DATA = {"audit_log", "audit_head", "users", "settings", "commission_profile",
                 "case_sequences", "document_sequences", "legal_bases", "drafts",
                 "duplicate_checks", "issued_documents"}
#: Columns the format does not carry: the importing database starts them afresh.
FRESH_COLUMNS = {"version": lambda value: value == 1}
#: Representatives and interpreters travel without their times: those of the import.
FRESH_TIMES = {"representatives", "interpreters"}


def _rows(store, name: str) -> dict:
    """The rows of a table by id; a user is named by username (ids differ by database)."""
    conn = connect_raw(store.paths.db, store.db_key)
    try:
        users = {user_id: f"user:{username}" for user_id, username in conn.execute(
            "SELECT id, username FROM users")}
        cursor = conn.execute(f'SELECT * FROM "{name}"')
        columns = [d[0] for d in cursor.description]
        rows = [{c: users.get(v, v) if c.endswith("_id") else v
                 for c, v in zip(columns, row, strict=True)} for row in cursor]
    finally:
        conn.close()
    key = "id" if "id" in columns else columns[0]
    if name == "incident_evidence":
        return {(r["incident_id"], r["evidence_id"]): r for r in rows}
    return {r[key]: r for r in rows}


def _now_ish(value: str | None) -> bool:
    return value is not None and value >= datetime.now(UTC).strftime("%Y-%m-%d")


def _several_cases(fx) -> list[str]:
    """A full case, and a couple with a relative's own case and a shared lawyer."""
    numbers = [build_full_case(fx)]
    lawyer = cases.RepresentativeInput("Aigerim Nurlanovna", licence_number="L-77")
    husband = register(fx)
    wife = register(fx, names=[cases.NameInput("kk-Cyrl", "Серікова", "Гүлнар")],
                    sex="female")
    with fx.uow() as uow:
        cases.add_family_member(uow, fx.officer, husband, cases.FamilyMemberInput(
            names=[cases.NameInput("kk-Cyrl", "Серікова", "Гүлнар")], relation="spouse",
            included_in_petition=True, own_case=wife))
    for number in (husband, wife):
        with fx.uow() as uow:
            cases.set_representative(uow, fx.officer, number, lawyer)
    return [*numbers, husband, wife]


def test_every_record_is_stored_as_it_is_in_the_exporting_database(store_fixture, fresh):  # noqa: F811
    _several_cases(store_fixture)
    document = export(store_fixture.store, store_fixture.admin)
    with fresh.store.uow() as uow:
        exchange.import_document(uow, fresh.admin, document, source="cases.json")
    compared = set()
    for table in Base.metadata.sorted_tables:
        if table.name in NOT_CASE_DATA:
            continue
        source, target = _rows(store_fixture.store, table.name), _rows(fresh.store, table.name)
        assert set(target) == set(source), table.name
        for key, row in source.items():
            got = target[key]
            fresh_here = dict(FRESH_COLUMNS)
            if table.name in FRESH_TIMES:
                fresh_here |= {"created_at": _now_ish, "updated_at": _now_ish}
            for column, expected in fresh_here.items():
                if column in row:
                    assert expected(got.pop(column)), (table.name, column)
                    row.pop(column)
            assert got == row, table.name
        if source:
            compared.add(table.name)
    assert {"cases", "applicants", "person_names", "family_members", "identity_documents",
            "interviews", "interview_entries", "incidents", "incident_evidence", "evidence",
            "evidence_contents", "assessments", "approval_events", "decisions",
            "notifications", "certificates", "representatives", "case_representatives",
            "interpreters", "claims", "claim_grounds"} <= compared
    # Accounts named in the file exist as names: disabled, never able to log in.
    users = {r["username"]: r for r in _rows(fresh.store, "users").values()}
    for name in ("officer", "supervisor", "supervisor2", "clerk"):
        assert users[name]["disabled"] == 1 and users[name]["version"] == 1
        assert users[name]["failed_logins"] == 0 and users[name]["language"] == "ru"
        assert users[name]["created_at"] is not None


def test_the_search_rows_are_those_of_the_exporting_database(store_fixture, fresh):  # noqa: F811
    numbers = _several_cases(store_fixture)
    document = export(store_fixture.store, store_fixture.admin)
    with fresh.store.uow() as uow:
        exchange.import_document(uow, fresh.admin, document, source="cases.json")

    def keys(store) -> dict[str, str]:
        with store.uow(readonly=True) as uow:
            return dict(uow.session.execute(text(
                f"SELECT case_id, keys FROM {search.FTS_TABLE}")).all())

    assert keys(fresh.store) == keys(store_fixture.store)
    assert len(keys(fresh.store)) == len(numbers)
    with fresh.store.uow(readonly=True) as uow:
        for case_id, number in uow.session.execute(select(Case.id, Case.number)):
            assert search.search_case_ids(uow.session, number) == [case_id]


def test_one_audit_entry_per_case_continues_the_chain(store_fixture, fresh):  # noqa: F811
    numbers = _several_cases(store_fixture)
    document = export(store_fixture.store, store_fixture.admin)
    with fresh.store.uow(readonly=True) as uow:
        last = uow.session.execute(select(AuditEntry.seq).order_by(
            AuditEntry.seq.desc()).limit(1)).scalar_one()
    started = datetime.now(UTC)
    with fresh.store.uow() as uow:
        assert exchange.import_document(uow, fresh.admin, document, source="x.json") == numbers
    with fresh.store.uow(readonly=True) as uow:
        assert verify_chain(uow.session, uow.audit_key).ok
        entries = [(e.seq, e.action, e.entity, e.entity_id, e.case_id, e.user_id, e.username,
                    e.old_values, json.loads(e.new_values), e.at, e.hash)
                   for e in uow.session.execute(select(AuditEntry).where(
                       AuditEntry.seq > last).order_by(AuditEntry.seq)).scalars()]
        ids = dict(uow.session.execute(select(Case.number, Case.id)).all())
        head = uow.session.execute(select(AuditHead.seq, AuditHead.hash)).one()
    assert [e[0] for e in entries] == list(range(last + 1, last + 1 + len(numbers)))
    assert tuple(head) == (entries[-1][0], entries[-1][-1])
    for entry, number in zip(entries, numbers, strict=True):
        _seq, action, entity, entity_id, case_id, user_id, username, old, new, at, _h = entry
        assert (action, entity, entity_id, case_id) == (
            "case.import", "case", str(ids[number]), ids[number])
        assert (user_id, username) == (fresh.admin.user_id, fresh.admin.username)
        assert old == ""
        assert new["number"] == number and new["source"] == "x.json"
        assert at.replace(tzinfo=UTC) >= started.replace(microsecond=0)
    # The accounts each case names and that the import made, listed with that case only.
    assert entries[0][8]["created_users"] == ["clerk", "officer", "supervisor", "supervisor2"]
    assert entries[1][8]["created_users"] == ["officer"]
    assert maintenance.verify_store(fresh.store).ok


def test_times_left_out_or_null_are_the_time_of_the_import(store_fixture, fresh):  # noqa: F811
    _several_cases(store_fixture)
    document = export(store_fixture.store, store_fixture.admin)
    del document["cases"][1]["created_at"]
    document["cases"][1]["updated_at"] = None
    member = document["cases"][1]["family_members"][0]
    member["created_at"] = None
    started = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    with fresh.store.uow() as uow:
        exchange.import_document(uow, fresh.admin, document, source="cases.json")
    with fresh.store.uow(readonly=True) as uow:
        case = uow.session.execute(select(Case).where(
            Case.number == document["cases"][1]["number"])).scalar_one()
        relative = uow.session.get(FamilyMember, exchange.uuid.UUID(member["id"]))
        kept = uow.session.execute(select(Case).where(
            Case.number == document["cases"][0]["number"])).scalar_one()
        for moment in (case.created_at, case.updated_at, relative.created_at):
            assert moment is not None and moment.replace(tzinfo=None) >= started
        assert relative.updated_at.replace(tzinfo=UTC).isoformat() == member["updated_at"]
        assert kept.created_at.replace(tzinfo=UTC).isoformat() == \
            document["cases"][0]["created_at"]
        assert uow.session.execute(select(User.disabled).where(
            User.username == "officer")).scalar_one()
