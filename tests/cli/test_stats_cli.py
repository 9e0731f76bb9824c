"""``pana stats show`` and ``pana stats report``, as a script would call them."""

from __future__ import annotations

import contextlib
import io
import json
import re
from datetime import date, timedelta

import pytest

from app.cli.main import main
from app.documents.texts import texts
from app.domain.workflow import CaseStatus
from app.services import printing
from tests.conftest import PASSWORD
from tests.documents import pdf
from tests.helpers.builders import case_in, register

KK_MONTHS = ["қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы", "маусымдағы",
             "шілдедегі", "тамыздағы", "қыркүйектегі", "қазандағы", "қарашадағы",
             "желтоқсандағы"]


def _run(fx, *args: str, monkeypatch) -> tuple[int, str, str]:
    monkeypatch.setenv("PANA_PASSWORD", PASSWORD)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--data-dir", str(fx.data_dir), *args])
    return code, out.getvalue(), err.getvalue()


def _figure(out: str, name: str) -> str:
    match = re.search(rf"^ *{re.escape(name)}  +(.+)$", out, re.MULTILINE)
    assert match, (name, out)
    return match.group(1).strip()


@pytest.fixture
def this_month(store_fixture):
    """Three petitions registered today: one pending, one granted, one refused."""
    fx = store_fixture
    register(fx)
    case_in(fx, CaseStatus.GRANTED)
    case_in(fx, CaseStatus.REFUSED)
    return fx


def test_show_prints_the_figures_of_the_period(this_month, monkeypatch):
    today = date.today()
    first = today.replace(day=1)
    code, out, err = _run(this_month, "stats", "show", "--from", first.isoformat(), "--to",
                          today.isoformat(), "--user", "supervisor", monkeypatch=monkeypatch)
    assert (code, err) == (0, "")
    assert f"Statistics for {first.isoformat()} – {today.isoformat()} (all regions)" in out
    assert _figure(out, "petitions registered") == "3"
    assert _figure(out, "decisions") == "2"
    assert _figure(out, "recognised") == "1"
    assert _figure(out, "refused") == "1"
    assert _figure(out, "recognition rate") == "50.0%"
    assert _figure(out, "median days to decision") == "0"
    assert _figure(out, f"pending on {today.isoformat()}") == "1"
    assert _figure(out, "0-1m") == "1"
    assert re.search(rf"^{first:%Y-%m}\s+3\s+1\s+1\s+0\s+0$", out, re.MULTILINE), out


def test_show_defaults_to_the_last_whole_month(this_month, monkeypatch):
    end = date.today().replace(day=1) - timedelta(days=1)
    code, out, _ = _run(this_month, "stats", "show", "--user", "admin", monkeypatch=monkeypatch)
    assert code == 0
    assert f"Statistics for {end.replace(day=1).isoformat()} – {end.isoformat()}" in out
    assert _figure(out, "petitions registered") == "0"
    assert _figure(out, "recognition rate") == "no decisions"


def test_report_writes_the_pdf_in_the_language(this_month, tmp_path, monkeypatch):
    first = date.today().replace(day=1)
    target = tmp_path / "report.pdf"
    code, out, err = _run(this_month, "stats", "report", "--from", first.isoformat(),
                          "--language", "kk", "--out", str(target), "--user", "supervisor",
                          monkeypatch=monkeypatch)
    assert (code, err) == (0, ""), err
    assert f"written to {target}" in out
    assert not list(tmp_path.glob("*.partial"))
    data = target.read_bytes()
    text = pdf.text(data)
    # --from alone: the month it is in, so the title names the month.
    assert f"{first.year} жылғы {KK_MONTHS[first.month - 1]} статистикалық есеп" in text
    with this_month.uow(readonly=True) as uow:  # the letterhead is the commission's
        letterhead = texts("kk").pick(printing.commission(uow.session).name)
    assert letterhead and pdf.normalise(letterhead) in text
    assert "Тіркелген өтінішхаттар 3" in text
    assert "50%" in text
    assert all(pdf.fonts(data).values()) and pdf.images(data) == []


def test_report_for_a_region_and_a_longer_period(this_month, tmp_path, monkeypatch):
    target = tmp_path / "q.pdf"
    today = date.today()
    start = (today.replace(day=1) - timedelta(days=40)).replace(day=1)
    code, _out, err = _run(this_month, "stats", "report", "--from", start.isoformat(), "--to",
                           today.isoformat(), "--office", "aqm", "--lang", "en", "-o",
                           str(target), "--user", "admin", monkeypatch=monkeypatch)
    assert (code, err) == (0, ""), err
    first_page = pdf.page_texts(target.read_bytes())[0]
    assert "Statistical report for " in first_page and " – " in first_page
    assert "Region: AQM" in first_page


@pytest.mark.parametrize("user", ["officer", "clerk"])
def test_only_supervisors_and_admins_see_the_statistics(store_fixture, tmp_path, monkeypatch,
                                                        user):
    target = tmp_path / "r.pdf"
    code, out, err = _run(store_fixture, "stats", "report", "-o", str(target), "--user", user,
                          monkeypatch=monkeypatch)
    assert code == 1 and out == "" and "does not allow" in err
    assert not target.exists() and not list(tmp_path.glob("r.pdf*"))


def test_bad_periods_and_files_are_refused(store_fixture, tmp_path, monkeypatch):
    fx = store_fixture
    code, _, err = _run(fx, "stats", "show", "--from", "2026-13-01", "--user", "admin",
                        monkeypatch=monkeypatch)
    assert code == 2 and "YYYY-MM-DD" in err
    code, _, err = _run(fx, "stats", "show", "--to", "2026-11-30", "--user", "admin",
                        monkeypatch=monkeypatch)
    assert code == 2 and "--to needs --from" in err
    code, _, err = _run(fx, "stats", "show", "--from", "2026-11-30", "--to", "2026-11-01",
                        "--user", "admin", monkeypatch=monkeypatch)
    assert code == 1 and "date_to" in err
    code, _, err = _run(fx, "stats", "report", "-o", str(tmp_path / "missing" / "r.pdf"),
                        "--user", "admin", monkeypatch=monkeypatch)
    assert code == 2 and "existing folder" in err



def test_a_written_report_is_in_the_audit_log(this_month, tmp_path, monkeypatch):
    """Printing the statistics to a PDF is an export: audited with the period and the
    language, never a figure."""
    from sqlalchemy import select

    from app.db.models import AuditEntry

    out = tmp_path / "report.pdf"
    today = date.today()
    code, _out, err = _run(this_month, "stats", "report", "--from",
                           today.replace(day=1).isoformat(), "--to", today.isoformat(),
                           "--language", "kk", "--out", str(out), "--user", "supervisor",
                           monkeypatch=monkeypatch)
    assert (code, err) == (0, "") and out.exists()
    with this_month.uow(readonly=True) as uow:
        entries = uow.session.execute(select(AuditEntry.new_values).where(
            AuditEntry.action == "export.statistics")).scalars().all()
    assert len(entries) == 1
    recorded = json.loads(entries[0])
    assert recorded["format"] == "pdf" and recorded["selection"]["language"] == "kk"
    assert recorded["file"] == "report.pdf" and not recorded["personal_data"]
