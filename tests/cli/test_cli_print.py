"""``pana print`` and ``pana verify``, as a script would call them."""

from __future__ import annotations

import contextlib
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.cli.main import main
from app.db.models import Certificate
from app.domain.workflow import CaseStatus
from tests.conftest import PASSWORD
from tests.helpers.builders import case_in


def _run(fx, *args: str, monkeypatch) -> tuple[int, str, str]:
    monkeypatch.setenv("PANA_PASSWORD", PASSWORD)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--data-dir", str(fx.data_dir), *args])
    return code, out.getvalue(), err.getvalue()


def test_print_writes_a_registered_pdf_and_verify_checks_the_certificate(
        store_fixture, tmp_path, monkeypatch):
    fx = store_fixture
    built = case_in(fx, CaseStatus.GRANTED)
    target = tmp_path / "certificate.pdf"

    code, out, err = _run(fx, "print", "certificate", built.number, "--lang", "kk+ru",
                          "-o", str(target), "--user", "clerk", monkeypatch=monkeypatch)

    assert (code, err) == (0, "")
    assert f"RC-{built.number}-1" in out and "Registered" in out
    assert PdfReader(target).pages
    assert not list(tmp_path.glob("*.partial"))
    with fx.uow(readonly=True) as uow:
        cert = uow.session.execute(select(Certificate).where(
            Certificate.number == f"RC-{built.number}-1")).scalar_one()
        uow.session.expunge(cert)
    code, out, _ = _run(fx, "verify", cert.number, cert.verification_code, "--user", "clerk",
                        monkeypatch=monkeypatch)
    assert code == 0 and "valid" in out and cert.valid_to.isoformat() in out
    code, out, _ = _run(fx, "verify", f"PANA:{cert.number}:WRONGCODE1", "--user", "clerk",
                        monkeypatch=monkeypatch)
    assert code == 3 and "unknown" in out


@pytest.mark.parametrize("document", ["receipt", "interview", "letter"])
def test_print_each_document_of_a_case(store_fixture, tmp_path, monkeypatch, document):
    fx = store_fixture
    built = case_in(fx, CaseStatus.REFUSED)
    target = tmp_path / f"{document}.pdf"
    user = "officer" if document == "interview" else "clerk"
    if document == "receipt":  # a refused case no longer holds an asylum-seeker certificate
        built = case_in(fx, CaseStatus.REGISTERED)
    code, _out, err = _run(fx, "print", document, built.number, "--lang", "ru", "-o",
                          str(target), "--user", user, monkeypatch=monkeypatch)
    assert (code, err) == (0, ""), err
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert built.number in " ".join(text.split())


def test_print_refuses_what_it_cannot_do_and_writes_nothing(store_fixture, tmp_path,
                                                            monkeypatch):
    fx = store_fixture
    built = case_in(fx, CaseStatus.REGISTERED)
    target = tmp_path / "x.pdf"
    code, _, err = _run(fx, "print", "letter", built.number, "-o", str(target), "--user",
                        "clerk", monkeypatch=monkeypatch)
    assert code == 1 and "has no decision" in err and not target.exists()
    code, _, err = _run(fx, "print", "receipt", built.number, "-o",
                        str(tmp_path / "missing" / "x.pdf"), "--user", "clerk",
                        monkeypatch=monkeypatch)
    assert code == 2 and "existing folder" in err
    code, _, err = _run(fx, "print", "interview", built.number, "-o", str(target), "--user",
                        "clerk", monkeypatch=monkeypatch)
    assert code == 1 and not target.exists()


def test_document_texts_and_letterhead_are_settings(store_fixture, tmp_path, monkeypatch):
    fx = store_fixture
    code, out, err = _run(fx, "settings", "set", "documents.appeal_court.ru",
                          "Специализированный межрайонный административный суд",
                          "--user", "admin", monkeypatch=monkeypatch)
    assert code == 0, err
    code, out, _ = _run(fx, "settings", "list", "--user", "admin", monkeypatch=monkeypatch)
    assert "documents.appeal_court.ru" in out and "административный суд" in out
    bad = tmp_path / "logo.gif"
    bad.write_bytes(b"GIF89a....")
    code, _, err = _run(fx, "settings", "letterhead", str(bad), "--user", "admin",
                        monkeypatch=monkeypatch)
    assert code == 1 and "PNG or JPEG" in err


def test_the_idle_lock_period_is_a_setting(store_fixture, monkeypatch):
    fx = store_fixture
    code, out, err = _run(fx, "settings", "set", "security.idle_minutes", "15", "--user",
                          "admin", monkeypatch=monkeypatch)
    assert code == 0, err
    code, out, _ = _run(fx, "settings", "list", "--user", "admin", monkeypatch=monkeypatch)
    assert any(line.split() == ["security.idle_minutes", "15"] for line in out.splitlines())
    code, _, err = _run(fx, "settings", "set", "security.idle_minutes", "241", "--user",
                        "admin", monkeypatch=monkeypatch)
    assert code == 1 and "240" in err
