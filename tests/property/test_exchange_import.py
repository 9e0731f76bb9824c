"""The case-exchange import, fed broken and hostile files: imported whole, or refused
with messages that say where the problem is, and nothing written.

``tests/services/test_exchange.py`` replaces one value of a valid export (200
examples). Here, 1,000 examples each of: structural changes to a valid export
(keys removed, added, records copied so that ids repeat, references pointed
nowhere, huge numbers, deep nesting, wrong types anywhere), and damage to the
file's bytes (cut short, bytes flipped, invalid UTF-8, random bytes, a zip bomb).

Speed: a document is read and checked in about a millisecond per case; a valid
one is then inserted into a unit of work that is rolled back, so every example
starts from the same database.
"""

from __future__ import annotations

import base64
import copy
import uuid
from datetime import date, timedelta

import pytest
from hypothesis import event, example, given
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.db.audit import verify_chain
from app.db.models import AuditEntry, Case, User
from app.domain.errors import ValidationError
from app.services import cases, exchange
from tests.helpers import builders
from tests.property.support import ANY_TEXT, FUZZ, HUGE, NASTY, NOT_TEXT, check_refusal
from tests.reliability import nasty

SOURCE = "cases.json"


@pytest.fixture(scope="module")
def exported(tmp_path_factory, _store_template):
    """A valid export of two cases (one with something in every section), and an
    empty database with the same accounts to import it into."""
    from tests.services.test_exchange import build_full_case

    fx = builders.open_store_copy(_store_template, tmp_path_factory.mktemp("source") / "data")
    build_full_case(fx)
    builders.register(fx, names=[cases.NameInput("ru-Cyrl", "Беков", "Арман")],
                      arrived_on=date.today() - timedelta(days=1))
    with fx.uow() as uow:
        document = exchange.export_document(uow, fx.admin)
    fx.store.close()
    target = builders.open_store_copy(_store_template, tmp_path_factory.mktemp("target") / "data")
    yield document, target
    target.store.close()


def _paths(node, path=()):
    """The path of every value in a document, containers included (not inside the
    deeply nested values an earlier change may have put in)."""
    yield path
    if len(path) > 12:
        return
    if isinstance(node, dict):
        for key in node:
            yield from _paths(node[key], (*path, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _paths(item, (*path, index))


def _get(node, path):
    for step in path:
        node = node[step]
    return node


def _deep(depth: int):
    node: object = []
    for _ in range(depth):
        node = [node]
    return node


VALUES = (NOT_TEXT | ANY_TEXT | NASTY | HUGE | st.integers(min_value=-(10**400), max_value=10**400)
          | st.floats(allow_nan=True, allow_infinity=True)
          | st.sampled_from([10**4000, -1, 2**31, 2**63, 0.5, float("nan"), {}, [], [[]],
                             str(uuid.uuid4()), "2026-02-30", "9999-12-31", "1850-01-01",
                             "2026-03-01T09:30:00", "2026-03-01T09:30:00+05:00",
                             "AQM-2026-00001", "AQM-2026-99999"])
          | st.integers(10, 400).map(_deep))


@st.composite
def mutated(draw, document):
    """The document after one to three structural changes."""
    document = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, 3), label="changes")):
        paths = list(_paths(document))
        path = draw(st.sampled_from(paths), label="at")
        node = _get(document, path)
        options = ["replace", "add"]
        if path:
            options.append("remove")
        if isinstance(node, list) and node:
            options += ["copy item", "empty list"]
        if isinstance(node, str) and _is_id(node):
            options.append("dangling id")
        how = draw(st.sampled_from(options), label="how")
        parent = _get(document, path[:-1]) if path else None
        if how == "replace":
            if path:
                parent[path[-1]] = draw(VALUES, label="value")
            else:
                document = draw(VALUES, label="document")
        elif how == "remove":
            del parent[path[-1]]
        elif how == "add":
            if isinstance(node, dict):
                node[draw(ANY_TEXT | st.sampled_from(["id", "names", "extra"]), label="key")] \
                    = draw(VALUES, label="value")
            elif isinstance(node, list):
                node.append(draw(VALUES, label="item"))
        elif how == "copy item":  # the copy repeats ids, numbers, positions
            node.append(copy.deepcopy(draw(st.sampled_from(node), label="item")))
        elif how == "empty list":
            node.clear()
        elif how == "dangling id":
            parent[path[-1]] = str(uuid.uuid4())
        if not isinstance(document, (dict, list)):
            break
    return document


def _is_id(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return len(text) == 36


def _checked(document, *, raw: bytes | None = None) -> list[str] | None:
    """The reading and checking stage (no database): the case numbers, or None when the
    file was refused, naming where the problems are."""
    try:
        if raw is not None:
            document = exchange.decode_document(raw, SOURCE)
        return exchange.check_document(document, SOURCE)
    except ValidationError as exc:
        errors = check_refusal(exc, [SOURCE])
        assert len(errors) <= exchange.MAX_LISTED_PROBLEMS + 1
        return None


def _import(target, document) -> list[str] | None:
    """The whole import, in a unit of work rolled back whether or not it succeeds. A
    refusal must never have committed."""
    committed = []
    with target.uow() as uow:
        uow.commit = lambda: committed.append(True)
        try:
            numbers = exchange.import_document(uow, target.admin, document, source=SOURCE)
        except ValidationError as exc:
            assert not committed, "a refused import committed"
            check_refusal(exc, [SOURCE])
            return None
    # A file of no cases writes nothing and so commits nothing (no audit entry either).
    assert committed == ([True] if numbers else [])
    return numbers


#: One example in this many also runs the whole import (the database checks and the
#: inserts cost about 25 ms; the reading stage a few).
FULL_IMPORT_EVERY = 8


def _both(target, data, document) -> None:
    """Check the document; now and then import it too: both must agree."""
    numbers = _checked(document)
    event("read: refused" if numbers is None else "read: accepted")
    if numbers is not None:
        assert numbers == [case["number"].strip().upper() for case in document["cases"]] \
            or len(numbers) == len(document["cases"])
    if data.draw(st.integers(0, FULL_IMPORT_EVERY - 1), label="import") == 0:
        assert _import(target, document) == numbers  # an empty database adds no problem


@FUZZ
@given(data=st.data())
def test_a_changed_export_is_imported_whole_or_refused(exported, data):
    document, target = exported
    _both(target, data, data.draw(mutated(document), label="document"))


_BYTE_DAMAGE = ["cut", "flip", "insert invalid UTF-8", "random", "prefix"]


@FUZZ
@given(data=st.data())
@example(data=None)
def test_a_damaged_file_is_refused_with_a_message(exported, data):
    document, target = exported
    raw = exchange.encode_document(document)
    if data is None:  # the explicit example: the file as exported imports
        assert _import(target, exchange.decode_document(raw)) == _checked(None, raw=raw)
        return
    how = data.draw(st.sampled_from(_BYTE_DAMAGE), label="how")
    if how == "cut":
        raw = raw[:data.draw(st.integers(0, len(raw) - 2), label="at")]
    elif how == "flip":
        for _ in range(data.draw(st.integers(1, 8), label="flips")):
            at = data.draw(st.integers(0, len(raw) - 1), label="at")
            raw = raw[:at] + bytes([raw[at] ^ data.draw(st.integers(1, 255), label="bits")]) \
                + raw[at + 1:]
    elif how == "insert invalid UTF-8":
        at = data.draw(st.integers(0, len(raw)), label="at")
        raw = raw[:at] + nasty.INVALID_UTF8 + raw[at:]
    elif how == "random":
        raw = data.draw(st.binary(max_size=2000), label="bytes")
    else:
        raw = data.draw(st.sampled_from([b"\xef\xbb\xbf", b"\x00", b"PK\x03\x04", b"[" * 5000,
                                         b'{"format": "pana-cases"}', b"\xff\xfe"]),
                        label="prefix") + raw
    numbers = _checked(None, raw=raw)
    if numbers is not None:  # a flip inside a text can leave a valid file: it imports
        assert _import(target, exchange.decode_document(raw)) == numbers


NESTED = [b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 50_000 + b"1" + b"}" * 50_000]


#: Made when the test runs (the bombs take seconds to build, once per session).
NOT_CASE_FILES = {
    "empty": lambda: b"",
    "not-utf8": lambda: nasty.INVALID_UTF8,
    "a-100000-digit-number": lambda: b"9" * 100_000,
    "infinite-version": lambda: b'{"format": "pana-cases", "version": 1e999}',
    "duplicate-key": lambda: b'{"format": "pana-cases", "format": "pana-cases"}',
    "nested-lists": lambda: NESTED[0],
    "nested-objects": lambda: NESTED[1],
    "zip-bomb": nasty.zip_bomb,
    "png-bomb": nasty.png_bomb,
    "pdf-bomb": nasty.pdf_bomb,
}


@pytest.mark.parametrize("name", NOT_CASE_FILES)
def test_files_that_are_not_case_files(exported, tmp_path, name):
    _document, target = exported
    path = tmp_path / SOURCE
    path.write_bytes(NOT_CASE_FILES[name]())
    before = _counts(target)
    with target.uow() as uow, pytest.raises(ValidationError) as caught:
        exchange.import_file(uow, target.admin, path)
    check_refusal(caught.value, [SOURCE])
    assert _counts(target) == before


def _counts(target) -> tuple[int, ...]:
    with target.uow(readonly=True) as uow:
        return tuple(uow.session.execute(select(func.count()).select_from(model)).scalar_one()
                     for model in (Case, AuditEntry, User))


def test_a_refused_import_writes_nothing_and_the_audit_chain_holds(exported, tmp_path,
                                                                    _store_template):
    """With the real commit: refused files, one after the other, leave every table and
    the audit chain as they were; then the valid file imports."""
    document, _shared = exported
    target = builders.open_store_copy(_store_template, tmp_path / "data")
    before = _counts(target)
    broken = copy.deepcopy(document)
    broken["cases"][1]["applicant"]["names"][0]["surname"] = nasty.text("nul")
    dangling = copy.deepcopy(document)
    dangling["cases"][0]["incidents"][0]["evidence_ids"] = [str(uuid.uuid4())]
    twice = copy.deepcopy(document)
    twice["cases"].append(copy.deepcopy(twice["cases"][0]))
    huge = copy.deepcopy(document)
    huge["cases"][0]["applicant"]["photo"] = {
        "mime_type": "image/png",
        "content_base64": base64.b64encode(nasty.png_bomb()).decode()}
    for bad in (broken, dangling, twice, huge, {"format": "pana-cases"}, []):
        with target.uow() as uow, pytest.raises(ValidationError):
            exchange.import_document(uow, target.admin, bad, source=SOURCE)
        assert _counts(target) == before
    with target.uow(readonly=True) as uow:
        assert verify_chain(uow.session, uow.audit_key).ok
    path = tmp_path / SOURCE
    path.write_bytes(exchange.encode_document(document))
    with target.uow() as uow:
        imported = exchange.import_file(uow, target.admin, path)
    assert len(imported) == 2 and _counts(target)[0] == before[0] + 2
    with target.uow(readonly=True) as uow:
        assert verify_chain(uow.session, uow.audit_key).ok
    # Imported once, the same file is refused, naming the cases.
    with target.uow() as uow, pytest.raises(ValidationError) as caught:
        exchange.import_file(uow, target.admin, path)
    assert any(imported[0] in key for key in caught.value.errors)
    target.store.close()


def test_a_photo_that_would_decode_to_gigabytes_is_refused_naming_it(exported):
    document, target = exported
    bomb = copy.deepcopy(document)
    bomb["cases"][0]["applicant"]["photo"] = {
        "mime_type": "image/png",
        "content_base64": base64.b64encode(nasty.png_bomb()).decode()}
    with target.uow() as uow, pytest.raises(ValidationError) as caught:
        exchange.import_document(uow, target.admin, bomb, source=SOURCE)
    (key, message), = caught.value.errors.items()
    assert key.endswith("applicant.photo") and "24,000 × 24,000 pixels" in message


def test_a_file_of_no_cases_imports_nothing_and_commits_nothing(exported):
    """Found by the property test above in CI: the mutation that empties ``cases``."""
    document, target = exported
    document = {**document, "cases": []}
    assert _checked(document) == []
    assert _import(target, document) == []
