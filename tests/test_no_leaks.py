"""Nothing of an applicant leaves the encrypted database in readable form.

Distinctive strings go in through the services (a name, an address, a claim, an
interview answer and an autosaved draft, an evidence file); then every byte Pana
may have written is searched for them: the database and its WAL and shared
memory files, a backup, the key file, everything else in the data folder, every
file created or changed in the temporary folder meanwhile, and the log.

The strings carry a random part, so another test run writing at the same time
(into the same /tmp) cannot be mistaken for a leak of this one.
"""

from __future__ import annotations

import logging
import os
import secrets
import string
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.models import Claim, InterviewEntry, PersonName
from app.domain.workflow import CaseStatus
from app.services import cases, claims, interviews, maintenance
from app.services.demo import make_demo
from tests.helpers import builders


def _token() -> str:
    return "".join(secrets.choice(string.ascii_lowercase) for _ in range(8))


def _listing(folder: Path) -> dict[Path, tuple[int, int]]:
    """Every file below ``folder`` with its modification time and size."""
    found = {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root, name)
            try:
                stat = path.stat()
            except OSError:  # gone meanwhile (another program's temporary file)
                continue
            found[path] = (stat.st_mtime_ns, stat.st_size)
    return found


def _forms(secret: str) -> list[bytes]:
    forms = [secret.encode("utf-8"), secret.encode("utf-16-le")]
    return forms + ([secret.lower().encode("ascii")] if secret.isascii() else [])


def _hits(paths, secrets_: list[str]) -> list[tuple[str, str]]:
    """(file, secret) for every file that holds a secret in any of its forms."""
    hits = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError:  # vanished or unreadable: not something Pana wrote for this test
            continue
        folded = data.lower()
        for secret in secrets_:
            for form in _forms(secret):
                # ASCII secrets are also looked for folded (the search index folds names).
                haystack = folded if form.isascii() and form.islower() else data
                if form in haystack:
                    hits.append((str(path), secret))
                    break
    return hits


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _new_files(before: dict[Path, tuple[int, int]], folder: Path) -> list[Path]:
    return [path for path, stamp in _listing(folder).items() if before.get(path) != stamp]


@pytest.fixture
def watched_temp(tmp_path):
    """The temporary folders as they were before the test."""
    roots = [Path(tempfile.gettempdir()), tmp_path.parent]
    return {root: _listing(root) for root in roots}


def test_seeded_data_is_found_in_no_file_and_no_log(store_fixture, tmp_path, watched_temp,
                                                    caplog, capsys):
    caplog.set_level(logging.DEBUG)
    fx = store_fixture
    token = _token()
    surname = f"Zzyzxqwerty{token}"
    secret = {
        "surname": surname,
        "cyrillic": f"Жзызхқуерти{token}",
        "address": f"Abay street {token} flat",
        "claim": f"Beaten at the checkpoint of {token}",
        "answer": f"They took my brother {token} at night",
        "draft": f"Half-typed answer about {token}",
        "evidence": f"Summons number {token} from the district police",
    }
    built = builders.case_in(fx, CaseStatus.INTERVIEW_SCHEDULED, names=[
        cases.NameInput("Latn", surname, "Ayan"),
        cases.NameInput("kk-Cyrl", secret["cyrillic"], "Аян")], address=secret["address"])
    with fx.uow() as uow:
        claims.save_claim(uow, fx.officer, built.number,
                          claims.ClaimInput(summary=secret["claim"]))
    with fx.uow() as uow:
        interviews.save_draft(uow, fx.officer, built.number, "interview",
                              {"entries": [{"question": "Why?", "answer": secret["draft"]}]})
    ended = datetime.now(UTC) - timedelta(hours=1)
    with fx.uow() as uow:
        interviews.record_interview(uow, fx.officer, built.number, interviews.InterviewRecordInput(
            started_at=ended - timedelta(hours=1), ended_at=ended, language="kk",
            entries=[interviews.QAInput("What happened?", secret["answer"])]),
            interview_id=built.scheduled_interview_id)
    with fx.uow() as uow:
        interviews.save_draft(uow, fx.officer, built.number, "interview",
                              {"entries": [{"question": "Why?", "answer": secret["draft"]}]})
    with fx.uow() as uow:
        evidence_id = claims.attach_evidence(uow, fx.officer, built.number, claims.EvidenceInput(
            "Summons", secret["evidence"].encode("utf-8"), "text/plain"))
    with fx.uow() as uow:  # read back: the seeding worked, and viewing writes no copy
        assert claims.evidence_content(uow, fx.officer, evidence_id)[0] == \
            secret["evidence"].encode("utf-8")
    with fx.uow(readonly=True) as uow:
        stored = set(uow.session.execute(select(PersonName.surname)).scalars())
        assert {surname, secret["cyrillic"]} <= stored
        assert uow.session.execute(select(Claim.summary)).scalar() == secret["claim"]
        assert secret["answer"] in uow.session.execute(select(InterviewEntry.answer)).scalars()
    backup = maintenance.backup(fx.store, fx.admin, tmp_path / "backup.db")
    values = list(secret.values())
    # While open: the WAL and shared-memory files are there too.
    assert _hits(_files_under(fx.data_dir), values) == []
    fx.store.close()

    paths = fx.store.paths
    assert paths.db.exists() and paths.keys.exists() and backup.exists()
    written = [paths.db, paths.db.with_name(paths.db.name + "-wal"), paths.keys, backup,
               *_files_under(fx.data_dir), *_files_under(tmp_path)]
    for root, before in watched_temp.items():
        written += _new_files(before, root)
    assert backup in written and paths.db in written
    assert _hits(written, values) == []
    captured = capsys.readouterr()
    logged = caplog.text + captured.out + captured.err
    assert not [value for value in values if value in logged or value.lower() in logged]


def test_the_demo_leaves_no_name_readable(tmp_path, watched_temp):
    made = make_demo(tmp_path / "demo", cases=3, seed=7)
    store = made.store
    with store.uow(readonly=True) as uow:
        names = {n for row in uow.session.execute(
            select(PersonName.surname, PersonName.given_names)) for n in row if n}
        answers = set(uow.session.execute(select(InterviewEntry.answer)).scalars())
    # Only strings long enough that encrypted bytes cannot hold them by chance.
    values = sorted(v for v in names | answers if len(v.encode("utf-8")) >= 8)
    from app.services import demo_people

    source = Path(demo_people.__file__).read_text(encoding="utf-8")
    assert len(values) >= 5 and any(v in source for v in names)  # names from demo_people
    backup = maintenance.backup(store, made.admin, tmp_path / "demo-backup.db")
    store.close()
    written = [*_files_under(tmp_path / "demo"), backup]
    for root, before in watched_temp.items():
        written += _new_files(before, root)
    assert _hits(written, values) == []
