"""``pana retention report`` and ``pana retention apply``, as an administrator would run them."""

from __future__ import annotations

import contextlib
import io
import json
from datetime import date, timedelta

from app.cli.main import main
from app.db import search
from app.domain.workflow import CaseStatus
from app.services import cases, decisions, retention
from tests.conftest import PASSWORD
from tests.helpers import builders

LONG_AGO = retention.years_before(date.today(), 7)


def _run(fx, *args: str, monkeypatch) -> tuple[int, str, str]:
    monkeypatch.setenv("PANA_PASSWORD", PASSWORD)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--data-dir", str(fx.data_dir), *args])
    return code, out.getvalue(), err.getvalue()


def _closed(fx, closed_on: date, surname: str = "Серікұлы") -> builders.BuiltCase:
    built = builders.case_in(fx, CaseStatus.REFUSED,
                             names=[cases.NameInput("kk-Cyrl", surname, "Ерлан")])
    with fx.uow() as uow:
        decisions.close_case(uow, fx.officer, built.number, "final_refusal", on_date=closed_on)
    return built


def _found(fx, name: str) -> bool:
    with fx.uow(readonly=True) as uow:
        return bool(search.search_case_ids(uow.session, name))


def test_report_as_table_and_json(store_fixture, monkeypatch):
    fx = store_fixture
    old = _closed(fx, LONG_AGO)
    recent = _closed(fx, date.today() - timedelta(days=10))

    code, out, err = _run(fx, "retention", "report", "--user", "admin", monkeypatch=monkeypatch)
    assert (code, err) == (0, "")
    assert old.number in out and recent.number not in out and "1 cases" in out
    assert "interview_entries" in out

    code, out, _ = _run(fx, "retention", "report", "--format", "json", "--user", "admin",
                        monkeypatch=monkeypatch)
    listed = json.loads(out)
    assert code == 0 and [c["number"] for c in listed["cases"]] == [old.number]
    assert listed["cases"][0]["closed_on"] == LONG_AGO.isoformat()
    assert listed["cases"][0]["years_closed"] == 7 and listed["years"] == 5


def test_apply_without_yes_is_a_dry_run_that_changes_nothing(store_fixture, monkeypatch):
    fx = store_fixture
    old = _closed(fx, LONG_AGO, "Жолдасбекова")
    audit_before = builders.audit_count(fx)

    code, out, _ = _run(fx, "retention", "apply", "purge", old.number, "--user", "admin",
                        monkeypatch=monkeypatch)

    assert code == 2
    assert old.number in out and "Nothing was changed" in out and "--yes" in out
    assert "(kept, personal values removed)" in out  # what purge leaves for the registers
    actions = [e.action for e in builders.audit_since(fx, audit_before)]
    assert not [a for a in actions if a.startswith("retention.")]
    assert _found(fx, "Жолдасбекова") and builders.table_count(fx, "interview_entries") == 1


def test_anonymise_then_purge_and_the_store_still_verifies(store_fixture, monkeypatch):
    fx = store_fixture
    old = _closed(fx, LONG_AGO, "Жолдасбекова")

    code, out, err = _run(fx, "retention", "apply", "anonymise", old.number, "--yes",
                          "--user", "admin", monkeypatch=monkeypatch)
    assert (code, err) == (0, "")
    assert f"Anonymised 1 cases: {old.number}." in out and "person_names" in out
    assert not _found(fx, "Жолдасбекова")

    code, out, _ = _run(fx, "retention", "apply", "purge", old.number, "--yes",
                        "--user", "admin", monkeypatch=monkeypatch)
    assert code == 0 and f"Purged 1 cases: {old.number}." in out
    assert builders.table_count(fx, "interview_entries") == 0
    code, out, _ = _run(fx, "db", "verify", "--user", "admin", monkeypatch=monkeypatch)
    assert code == 0 and "PROBLEM" not in out


def test_cases_not_eligible_are_named_and_nothing_happens(store_fixture, monkeypatch):
    fx = store_fixture
    old = _closed(fx, LONG_AGO, "Жолдасбекова")
    recent = _closed(fx, date.today())

    code, _out, err = _run(fx, "retention", "apply", "anonymise", old.number, recent.number,
                           "--yes", "--user", "admin", monkeypatch=monkeypatch)

    assert code == 1 and f"{recent.number}: closed on" in err and old.number not in err
    assert _found(fx, "Жолдасбекова")
    code, _out, err = _run(fx, "retention", "report", "--user", "officer",
                           monkeypatch=monkeypatch)
    assert code == 1 and "does not allow" in err


def test_the_period_is_set_with_pana_settings(store_fixture, monkeypatch):
    fx = store_fixture
    three = _closed(fx, retention.years_before(date.today(), 3))
    code, _out, _err = _run(fx, "settings", "set", "retention.years", "2", "--user", "admin",
                            monkeypatch=monkeypatch)
    assert code == 0
    code, out, _ = _run(fx, "settings", "list", "--user", "admin", monkeypatch=monkeypatch)
    assert any(line.split() == ["retention.years", "2"] for line in out.splitlines())
    code, out, _ = _run(fx, "retention", "report", "--user", "admin", monkeypatch=monkeypatch)
    assert three.number in out
