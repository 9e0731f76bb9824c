"""The bulk generator writes what the services would, quickly and reproducibly."""

from __future__ import annotations

import json
from dataclasses import replace

from sqlalchemy import select, text

from app.db import models as m
from app.db import search
from app.domain.vocab import Script
from app.services import cases, maintenance, queries
from benchmarks.generate import Extras, generate, plan_cases, write_plans
from tests.conftest import PASSWORD

IGNORED = {"id", "case_id", "applicant_id", "family_member_id", "created_at", "updated_at",
           "verification_code", "assigned_officer_id", "issued_by_id"}


def _rows(session, model, case_id):
    if model is m.PersonName:
        query = select(m.PersonName).join(m.Applicant).where(m.Applicant.case_id == case_id)
    elif model is m.Case:
        query = select(m.Case).where(m.Case.id == case_id)
    else:
        query = select(model).where(model.case_id == case_id)
    out = []
    for row in session.execute(query).scalars():
        out.append({c.key: getattr(row, c.key) for c in model.__table__.columns
                    if c.key not in IGNORED})
    return sorted(out, key=repr)


def test_generated_store_verifies_and_is_found(store_fixture):
    report = generate(store_fixture.store, store_fixture.admin, 50, seed=3, password=PASSWORD)
    assert report.cases == 50
    result = maintenance.verify_store(store_fixture.store)
    assert not result.problems, result.problems
    plan = next(iter(plan_cases(50, seed=3)))
    name = plan.petition.names[0]
    with store_fixture.uow(readonly=True) as uow:
        number = uow.session.execute(select(m.Case.number).order_by(m.Case.number)).scalars().first()
        assert number.endswith("-00001")
        for query in (name.surname, name.given_names):
            found = queries.list_cases(uow, store_fixture.admin,
                                       queries.CaseFilter(search=query))
            assert found, query
        latin = next(n for p in plan_cases(50, seed=3) for n in p.petition.names
                     if n.script == Script.LATIN.value)
        assert search.search_case_ids(uow.session, latin.surname)
        statuses = set(uow.session.execute(select(m.Case.status)).scalars())
        assert {"registered", "under_assessment"} & statuses


def test_same_rows_as_register_petition(store_fixture):
    plan = next(iter(plan_cases(1, seed=5)))
    plan = replace(plan, extras=Extras())
    with store_fixture.uow() as uow:
        ref = cases.register_petition(uow, store_fixture.officer, plan.petition,
                                      documents=plan.documents)
    write_plans(store_fixture.store, store_fixture.admin, [plan], password=PASSWORD)
    with store_fixture.uow(readonly=True) as uow:
        generated = uow.session.execute(select(m.Case).where(m.Case.id != ref.id)).scalar_one()
        for model in (m.Case, m.Applicant, m.PersonName, m.Certificate, m.IdentityDocument):
            a, b = _rows(uow.session, model, ref.id), _rows(uow.session, model, generated.id)
            if model is m.Case:
                for row in a + b:
                    row.pop("number")
            if model is m.Certificate:
                for row in a + b:
                    row.pop("number")
            assert a == b, model.__tablename__
        keys = {cid: k for cid, k in uow.session.execute(text(
            "SELECT case_id, keys FROM case_search"))}
        assert (keys[ref.id.hex].replace(ref.number.lower(), "#")
                .replace(ref.number.replace("-", "").lower(), "#")
                == keys[generated.id.hex].replace(generated.number.lower(), "#")
                .replace(generated.number.replace("-", "").lower(), "#"))
        audits = uow.session.execute(select(m.AuditEntry).where(
            m.AuditEntry.case_id.in_([ref.id, generated.id])).order_by(m.AuditEntry.seq)
        ).scalars().all()
        by_case = {}
        for entry in audits:
            by_case.setdefault(entry.case_id, []).append(entry)
        assert [e.action for e in by_case[ref.id]] == [e.action for e in by_case[generated.id]]
        for x, y in zip(by_case[ref.id], by_case[generated.id], strict=True):
            assert set(json.loads(x.new_values)) == set(json.loads(y.new_values)), x.action
    assert not maintenance.verify_store(store_fixture.store).problems


def test_deterministic_for_a_seed():
    def names(seed):
        return [(p.petition.registered_on, [(n.surname, n.given_names) for n in p.petition.names])
                for p in plan_cases(30, seed=seed)]

    assert names(7) == names(7)
    assert names(7) != names(8)
