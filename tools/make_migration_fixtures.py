"""Fixture stores for the migration tests: one per schema revision, written by that Pana.

For each revision in ``migrations/versions`` this finds in git history the last
commit at which the revision was the head, checks that commit out into a
temporary git worktree, and runs *that commit's own code* (this script again,
in ``--fill`` mode, with ``PYTHONPATH`` pointing at the worktree) to make a demo
store from a short list of case scenarios plus the few rows the demo leaves out
(an autosave draft, a duplicate check, and — for revisions whose code wrote no
register of issued documents — two register rows for migration 0003 to
convert). The store is vacuumed and written with its key file and a manifest of
row counts to ``tests/fixtures/migrations/<revision>/``.

    .venv/bin/python tools/make_migration_fixtures.py            # every revision
    .venv/bin/python tools/make_migration_fixtures.py 0007       # only these

A revision that exists only in the working tree (not yet committed) is made
from the working tree itself. The main working tree, its branches and index are
never touched; the worktrees are removed afterwards. All data is fictional.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
VERSIONS = "migrations/versions"
OUT = REPO / "tests" / "fixtures" / "migrations"

#: Every account the demo makes has this password.
PASSWORD = "demo"
ACCOUNTS = ("admin", "officer", "officer2", "supervisor", "supervisor2", "clerk")
#: The demo's scenarios used, one case each, chosen so that every table gets rows:
#: family and a newborn, extensions, appeals with a court ruling and a new decision,
#: an ended status, closures and a reopening, a returned draft, a pending approval.
SCENARIOS = (
    "registered", "interview_scheduled", "under_assessment_returned",
    "pending_due_this_week", "granted_family", "granted_extended", "extension_pending",
    "appeal_redecided", "status_expired", "refused_final", "abandoned_reopened",
)
SEED = 8
#: Tables the fill does not need to reach (empty in every revision's store).
MAY_BE_EMPTY = frozenset({
    "server_keys",  # a commission server's key slots: a data folder keeps them in pana.keys
})

_REVISION = re.compile(r"^revision(?:\s*:\s*str)?\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision(?:\s*:[^=]+)?=\s*(?:['\"]([^'\"]+)['\"]|None)", re.M)


# ---------------------------------------------------------------------------
# finding the commits


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), *args], check=True, capture_output=True,
                          text=True).stdout


def _head_of(sources: list[str]) -> str | None:
    """The revision no other revision names as its parent."""
    revisions, parents = set(), set()
    for text in sources:
        rev, down = _REVISION.search(text), _DOWN.search(text)
        if rev is None or down is None:
            continue
        revisions.add(rev.group(1))
        if down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    if len(heads) > 1:
        raise SystemExit(f"more than one head: {sorted(heads)}")
    return heads.pop() if heads else None


def head_at(commit: str) -> str | None:
    names = [n for n in _git("ls-tree", "--name-only", f"{commit}:{VERSIONS}").split()
             if n.endswith(".py")]
    return _head_of([_git("show", f"{commit}:{VERSIONS}/{n}") for n in names])


def working_tree_head() -> str | None:
    return _head_of([p.read_text(encoding="utf-8") for p in (REPO / VERSIONS).glob("*.py")])


def last_commit_per_revision() -> dict[str, str | None]:
    """Revision -> the last commit at which it was the head (None: only in the working tree)."""
    commits = _git("rev-list", "--reverse", "--first-parent", "HEAD", "--",
                   VERSIONS).split()
    heads = [head_at(c) for c in commits]
    found: dict[str, str | None] = {}
    for i, (commit, head) in enumerate(zip(commits, heads, strict=True)):
        if head is None:
            continue
        if i + 1 < len(heads) and heads[i + 1] != head:
            found[head] = _git("rev-parse", f"{commits[i + 1]}^").strip()
        elif i + 1 == len(heads):
            found[head] = _git("rev-parse", "HEAD").strip()
        else:
            found.setdefault(head, commit)
    tree_head = working_tree_head()
    if tree_head is not None and tree_head not in found:
        found[tree_head] = None
    return found


# ---------------------------------------------------------------------------
# making one fixture (this process: the current code)


def make(revision: str, commit: str | None, out: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="pana-fixture-") as tmp:
        tmp_dir = Path(tmp)
        data_dir = tmp_dir / "data"
        if commit is None:
            source = REPO
        else:
            source = tmp_dir / "worktree"
            _git("worktree", "add", "--detach", "--quiet", str(source), commit)
        try:
            env = dict(os.environ, PYTHONPATH=str(source), QT_QPA_PLATFORM="offscreen")
            env.pop("PYTHONSAFEPATH", None)
            subprocess.run([sys.executable, str(Path(__file__).resolve()), "--fill",
                            str(data_dir), "--revision", revision], check=True, env=env,
                           cwd=tmp_dir)
        finally:
            if commit is not None:
                _git("worktree", "remove", "--force", str(source))
        manifest = json.loads((data_dir / "manifest.json").read_text(encoding="utf-8"))
        if commit is not None:
            manifest["commit"] = commit
            manifest["commit_subject"] = _git("log", "-1", "--format=%s", commit).strip()
        else:
            manifest["commit"] = None
            manifest["commit_subject"] = "(working tree)"
        if out.exists():
            shutil.rmtree(out)
        out.mkdir(parents=True)
        for name in ("pana.db", "pana.keys"):
            shutil.copyfile(data_dir / name, out / name)
        (out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False)
                                           + "\n", encoding="utf-8")
        return manifest


# ---------------------------------------------------------------------------
# filling a store (child process: the code of the revision's commit)



def _laptop_round(store, officer, laptop_dir, mine) -> str:
    """One case checked out to a laptop, taken in there and checked in again unchanged
    (a returned check-out and both versions kept), and another left out on the laptop."""
    import datetime as dt

    from sqlalchemy import select

    from app.bootstrap import init_store
    from app.db.audit import Actor
    from app.db.models import User
    from app.services import accounts, checkout

    made = init_store(laptop_dir, admin="laptopadmin", password=PASSWORD, region="AQM",
                      commission="Laptop", demo=True)
    laptop = made.store
    try:
        accounts.add_user(laptop, made.admin, "officer", "officer", PASSWORD)
        with laptop.uow(readonly=True) as uow:
            user = uow.session.execute(select(User).where(User.username == "officer")).scalar_one()
            on_laptop = Actor(user.id, user.username, user.role)
        request = checkout.read_request(checkout.device_request(laptop, on_laptop,
                                                                device_name="Laptop 1"))
        back, out = mine[0][0], mine[1][0]
        until = dt.date.today() + dt.timedelta(days=30)
        with store.uow() as uow:
            package = checkout.check_out(uow, officer, store, request, [back], until).package
        with laptop.uow() as uow:
            checkout.accept_checkout(uow, on_laptop, laptop, package)
        with laptop.uow() as uow:
            data = checkout.checkin_file(uow, on_laptop, laptop)
        with store.uow() as uow:
            checkout.apply_checkin(uow, officer, store, data)
        with store.uow() as uow:
            checkout.check_out(uow, officer, store, request, [out], until)
    finally:
        laptop.close()
    return f"{back} out to a laptop and back, {out} out"

def fill(data_dir: Path, revision: str) -> None:
    """Runs with the old commit's ``app`` on the path: only APIs every revision has."""
    import datetime as dt
    import hashlib
    import uuid

    from sqlalchemy import text

    import app
    from app.db import migrate
    from app.db.engine import connect_raw
    from app.services import accounts, demo, interviews

    if not Path(app.__file__).resolve().is_relative_to(Path(os.environ["PYTHONPATH"]).resolve()):
        raise SystemExit("the fill must run the code of the revision's commit")
    if migrate.head_revision() != revision:
        raise SystemExit(f"this commit's head is {migrate.head_revision()}, not {revision}")
    demo.MANDATORY = SCENARIOS  # the demo plays its mandatory scenarios first
    made = demo.make_demo(data_dir, cases=len(SCENARIOS), seed=SEED)
    store = made.store
    extras: list[str] = []
    try:
        officer = accounts.authenticate(store, "officer", PASSWORD)
        with store.uow(readonly=True) as uow:
            mine = uow.session.execute(text(
                "SELECT c.number, c.status FROM cases c JOIN users u "
                "ON u.id = c.assigned_officer_id WHERE u.username = 'officer' "
                "ORDER BY c.number")).all()
            every = uow.session.execute(text("SELECT number FROM cases ORDER BY number")
                                        ).scalars().all()
        draft_case = next((n for n, s in mine if s == "interview_scheduled"), mine[0][0])
        with store.uow() as uow:
            interviews.save_draft(uow, officer, draft_case, "interview", {
                "questions": [
                    {"question": "Why did you leave your town?",
                     "answer": "(typing not yet saved: a fictional answer)"}],
                "notes": "autosaved"})
        extras.append(f"draft for {draft_case}")

        try:
            from app.services import duplicates
        except ImportError:
            duplicates = None
        if duplicates is not None and hasattr(duplicates, "record_not_duplicates"):
            first, other = every[0], every[1]
            with store.uow(readonly=True) as uow:
                registered = uow.session.execute(text(
                    "SELECT registered_on, status FROM cases WHERE number = :n"),
                    {"n": other}).one()
            candidate = duplicates.DuplicateCandidate(
                case_number=other, names=["(fictional)"], birth_date="",
                status=registered[1], registered_on=dt.date.fromisoformat(str(registered[0])),
                score=60, reasons=["similar_name_no_birth"], as_family_member=False)
            with store.uow() as uow:
                duplicates.record_not_duplicates(uow, officer, first, [candidate])
            extras.append(f"duplicate check {first} vs {other}")

        try:
            from app.services import checkout
        except ImportError:
            checkout = None
        if checkout is not None and hasattr(checkout, "apply_checkin"):
            extras.append(_laptop_round(store, officer, data_dir.parent / "laptop", mine))

        try:
            from app.services import printing
        except ImportError:
            printing = None
        if printing is None or not hasattr(printing, "issue_document"):
            # This Pana wrote no register; 0003 converts rows such a store may hold.
            from app.db.models import Certificate, Decision, DocumentSequence, IssuedDocument

            with store.uow() as uow:
                session = uow.session
                clerk_id = session.execute(text(
                    "SELECT id FROM users WHERE username = 'clerk'")).scalar_one()
                certificate = session.query(Certificate).order_by(Certificate.number).first()
                decision = session.query(Decision).order_by(Decision.decided_on, Decision.id).first()
                year = dt.date.today().year
                rows = [("CRT", "certificate", certificate.case_id, certificate.id, None, "kk+ru"),
                        ("LTR", "letter", decision.case_id, None, decision.id, "ru")]
                for prefix, doc_type, case_id, cert_id, decision_id, language in rows:
                    session.add(DocumentSequence(prefix=prefix, year=year, last_value=1))
                    session.add(IssuedDocument(
                        id=uuid.uuid4(), register_number=f"AQM-{prefix}-{year}-00001",
                        doc_type=doc_type, case_id=case_id, certificate_id=cert_id,
                        decision_id=decision_id, language=language,
                        issued_by_id=uuid.UUID(str(clerk_id)),
                        handed_to="(fictional) in person",
                        content_sha256=hashlib.sha256(doc_type.encode()).hexdigest()))
                uow.commit()
            extras.append("two register rows written directly (this Pana wrote none)")
        key = store.db_key
    finally:
        store.close()

    conn = connect_raw(data_dir / "pana.db", key)
    try:
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        leftover = data_dir / f"pana.db{suffix}"
        if leftover.exists() and leftover.stat().st_size == 0:
            leftover.unlink()
    if (data_dir / "pana.db-wal").exists():
        raise SystemExit("the WAL was not checkpointed into pana.db")
    empty = sorted(t for t, n in counts.items()
                   if n == 0 and t not in MAY_BE_EMPTY and not t.startswith("sqlite_"))
    if empty:
        raise SystemExit(f"tables left empty at {revision}: {empty}")
    manifest = {
        "revision": revision, "generated_on": dt.date.today().isoformat(),
        "password": PASSWORD, "accounts": list(ACCOUNTS), "recovery_key": made.recovery_key,
        "scenarios": list(SCENARIOS), "seed": SEED, "extras": extras, "rows": counts,
    }
    (data_dir / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


# ---------------------------------------------------------------------------
# the README beside the fixtures

README_HEAD = """\
# Migration fixtures

One Pana data folder per schema revision, each written by the Pana of that
revision (the last commit at which the revision was the head), for
`tests/db/test_migration_fixtures.py`: it upgrades a copy of each to the latest
revision and checks that every row is accounted for, and makes upgrades fail
half-way to check that nothing changes. **All data is fictional** (the demo's
people, places and stories).

Each folder holds `pana.db` (SQLCipher, vacuumed), its key file `pana.keys` and
`manifest.json` (the commit, the rows per table when it was made, the
scenarios, the recovery key).

Accounts in every fixture, all with the password `{password}`:
{accounts}. The recovery key of each store is in its manifest.

Made by `tools/make_migration_fixtures.py`: one case for each of the demo's
scenarios (seed {seed})

{scenarios}

plus an autosaved interview draft, a duplicate check where the revision has
them, and — for revisions whose code wrote no register of issued documents —
two register rows written directly, so that migration 0003's conversion of
existing rows is tested.

Regenerate all with `.venv/bin/python tools/make_migration_fixtures.py`, or one
with `... make_migration_fixtures.py 0007`. After adding a revision, commit it
and make its fixture (a revision only in the working tree is made from the
working tree); the tests fail while a revision has no fixture. Do not remake
old fixtures without reason: each stands for stores made by that version.

| revision | made by commit | pana.db | rows | tables | extras |
|---|---|---|---|---|---|
"""


def write_readme(out: Path) -> None:
    lines = []
    first = None
    for folder in sorted(p for p in out.iterdir() if (p / "manifest.json").exists()):
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        first = first or manifest
        commit = (manifest["commit"] or "working tree")[:10]
        size = (folder / "pana.db").stat().st_size
        lines.append(f"| {manifest['revision']} | {commit} {manifest['commit_subject']} | "
                     f"{size:,} bytes | {sum(manifest['rows'].values()):,} | "
                     f"{len(manifest['rows'])} | {'; '.join(manifest['extras'])} |")
    if first is None:
        return
    head = README_HEAD.format(accounts=", ".join(first["accounts"]), password=first["password"],
                              scenarios="\n".join(f"- {n}" for n in first["scenarios"]), seed=first["seed"])
    (out / "README.md").write_text(head + "\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("revisions", nargs="*", help="only these (default: every revision)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--fill", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--revision", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.fill is not None:
        fill(args.fill, args.revision)
        return 0
    commits = last_commit_per_revision()
    wanted = args.revisions or sorted(commits)
    unknown = [r for r in wanted if r not in commits]
    if unknown:
        parser.error(f"no such revision in history or working tree: {', '.join(unknown)}")
    for revision in wanted:
        commit = commits[revision]
        where = commit[:10] if commit else "working tree"
        print(f"{revision}: from {where} ...", flush=True)
        manifest = make(revision, commit, args.out / revision)
        size = (args.out / revision / "pana.db").stat().st_size
        print(f"{revision}: {size:,} bytes, {sum(manifest['rows'].values()):,} rows in "
              f"{len(manifest['rows'])} tables", flush=True)
    write_readme(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
