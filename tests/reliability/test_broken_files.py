"""Broken files, decompression bombs and files far over the limits: as evidence, as the
applicant's photo, as the letterhead, inside a case file being imported, and on the
printed certificate.

Evidence is kept as an opaque file (its hash checked, never decoded by the
services): a file is refused only when it is empty, too large, not of an allowed
type, not what its first bytes say, or text that is not UTF-8. Pictures are
judged by their header as well: one that would decode to more than 40
megapixels is refused, and a printed document leaves out any picture that does
not decode, so a bomb stored before these checks still prints nothing but the
empty photo box.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import time

import pytest
from sqlalchemy import select

from app.db.models import Applicant, Case, CommissionProfile
from app.documents.pictures import MAX_PIXELS
from app.domain.errors import ValidationError
from app.domain.vocab import DocType
from app.services import cases, claims, exchange, printing, settings
from tests.documents import pdf, samples
from tests.helpers import builders
from tests.reliability import nasty

#: What attaching each broken file as evidence does: refused naming this field, or kept.
EVIDENCE = {
    "png-header-only": "kept", "png-truncated": "kept", "png-bomb": "kept",
    "jpeg-header-only": "kept", "pdf-header-only": "kept", "pdf-garbage": "kept",
    "not-utf8-text": "evidence.content", "empty": "evidence.content",
}
#: And as the applicant's photo (with the type a user would claim for it).
PHOTO = {
    "png-header-only": "kept", "png-truncated": "kept", "png-bomb": "applicant.photo",
    "jpeg-header-only": "kept", "pdf-header-only": "applicant.photo",
    "pdf-garbage": "applicant.photo", "not-utf8-text": "applicant.photo",
    "empty": "applicant.photo",
}
BROKEN = {key: (content, mime) for key, content, mime in nasty.broken_files()}


@pytest.fixture(scope="module")
def world(tmp_path_factory, _store_template):
    fx = builders.open_store_copy(_store_template, tmp_path_factory.mktemp("files") / "data")
    yield fx, builders.case_in(fx, "registered").number, builders.case_in(fx, "granted").number
    fx.store.close()


def _refused(fx, write) -> dict[str, str]:
    with fx.uow() as uow, pytest.raises(ValidationError) as caught:
        write(uow)
    for message in caught.value.errors.values():
        assert message.strip() and len(message) < 300
    return caught.value.errors


@pytest.mark.parametrize("key", list(EVIDENCE))
def test_broken_files_as_evidence(world, key):
    fx, number, _granted = world
    content, mime = BROKEN[key]

    def attach(uow):
        return claims.attach_evidence(uow, fx.officer, number, claims.EvidenceInput(
            f"Scan {key}", content, mime, filename=f"{key}.bin"))

    if EVIDENCE[key] != "kept":
        assert list(_refused(fx, attach)) == [EVIDENCE[key]]
        return
    with fx.uow() as uow:
        evidence_id = attach(uow)
    with fx.uow() as uow:  # kept byte for byte, and only handed back, never decoded
        assert claims.evidence_content(uow, fx.officer, evidence_id) == (content, mime)


@pytest.mark.parametrize(("content", "mime", "says"), [
    pytest.param(b"%PDF-1.7\n" + bytes(claims.MAX_EVIDENCE_BYTES), "application/pdf",
                 "at most 50 MB", id="over-the-limit"),
    pytest.param(b"PK\x03\x04", "application/zip", "cannot be attached", id="a-zip"),
    pytest.param(b"%PDF-1.4", "image/png", "not a readable PNG", id="a-pdf-called-png"),
])
def test_evidence_over_the_limit_or_of_the_wrong_kind(world, content, mime, says):
    fx, number, _granted = world
    errors = _refused(fx, lambda uow: claims.attach_evidence(
        uow, fx.officer, number, claims.EvidenceInput("Scan", content, mime)))
    assert says in " ".join(errors.values())


def test_bombs_are_kept_as_evidence_without_being_opened(world):
    fx, number, _granted = world
    for content, mime in ((nasty.pdf_bomb(), "application/pdf"),
                          (nasty.png_bomb(), "image/png")):
        started = time.monotonic()
        with fx.uow() as uow:
            evidence_id = claims.attach_evidence(uow, fx.officer, number,
                                                 claims.EvidenceInput("Bomb", content, mime))
        with fx.uow() as uow:
            assert claims.evidence_content(uow, fx.officer, evidence_id)[0] == content
        assert time.monotonic() - started < 10  # hashed and stored, not inflated


@pytest.mark.parametrize("key", list(PHOTO))
def test_broken_files_as_the_photo(world, key):
    fx, number, _granted = world
    content, _mime = BROKEN[key]
    mime = "image/jpeg" if key.startswith("jpeg") else "image/png" if key.startswith(
        "png") else _mime

    def put(uow):
        cases.set_photo(uow, fx.officer, number, content, mime)

    if PHOTO[key] != "kept":
        errors = _refused(fx, put)
        assert list(errors) == ["applicant.photo"]
        if key == "png-bomb":
            assert "24,000 × 24,000 pixels" in errors["applicant.photo"]
        return
    with fx.uow() as uow:
        put(uow)


def test_a_photo_over_the_limit_is_refused_before_anything_else(world):
    fx, number, _granted = world
    big = nasty.png_small() + bytes(cases.MAX_PHOTO_BYTES)
    errors = _refused(fx, lambda uow: cases.set_photo(uow, fx.officer, number, big,
                                                      "image/png"))
    assert "larger than 5 MB" in errors["applicant.photo"]


def test_a_bomb_just_over_the_pixel_limit_is_refused_too(world):
    fx, number, _granted = world
    side = int(MAX_PIXELS ** 0.5) + 10  # under PIL's own limits, over ours
    errors = _refused(fx, lambda uow: cases.set_photo(uow, fx.officer, number,
                                                      nasty.png_bomb(side), "image/png"))
    assert f"{side:,} × {side:,} pixels" in errors["applicant.photo"]


def _store_photo(fx, number: str, content: bytes | None, mime: str = "image/png") -> None:
    """Put a photo in the database directly, as data stored by an older Pana would be."""
    with fx.uow() as uow:
        applicant = uow.session.execute(select(Applicant).join(Case).where(
            Case.number == number)).scalar_one()
        applicant.photo, applicant.photo_mime = content, mime
        uow.commit()


@pytest.mark.parametrize("key", [*BROKEN, "bomb-under-pil-limits", "good"])
def test_the_certificate_prints_without_decoding_a_broken_or_huge_photo(world, key):
    fx, _number, granted = world
    if key == "good":
        content = samples.photo()
    elif key == "bomb-under-pil-limits":
        content = nasty.png_bomb(9_000)  # 81 megapixels: PIL opens it without a warning
    else:
        content = BROKEN[key][0]
    _store_photo(fx, granted, content)
    started = time.monotonic()
    with fx.uow() as uow:
        data = printing.preview(uow, fx.officer, DocType.CERTIFICATE, granted, language="en")
    assert time.monotonic() - started < 10  # a bomb decoded would take far longer
    assert len(pdf.reader(data).pages) == 1
    assert len(pdf.images(data)) == (1 if key == "good" else 0)
    assert "Photo" in pdf.text(data) or key == "good"  # the empty box, labelled


@pytest.mark.parametrize("key", list(BROKEN))
def test_broken_files_as_the_letterhead(world, key):
    fx, number, _granted = world
    content, _mime = BROKEN[key]

    def put(uow):
        settings.set_letterhead(uow, fx.admin, content)

    kept = key in ("png-header-only", "png-truncated", "jpeg-header-only")
    if not kept:
        assert list(_refused(fx, put)) == ["commission.letterhead"]
        # Stored by an older Pana all the same: the letters print, without the logo.
        with fx.uow() as uow:
            uow.session.execute(select(CommissionProfile)).scalar_one().letterhead = content
            uow.commit()
    else:
        with fx.uow() as uow:
            put(uow)
    with fx.uow() as uow:
        data = printing.preview(uow, fx.officer, DocType.RECEIPT, number, language="en")
    assert pdf.images(data) == []
    with fx.uow() as uow:
        settings.set_letterhead(uow, fx.admin, None)


@pytest.fixture(scope="module")
def exported(world):
    fx, _number, _granted = world
    number = builders.register(fx).number
    with fx.uow() as uow:
        claims.attach_evidence(uow, fx.officer, number, claims.EvidenceInput(
            "Summons", b"%PDF-1.4 summons", "application/pdf"))
    with fx.uow() as uow:
        return exchange.export_document(uow, fx.admin, numbers=[number])


@pytest.mark.parametrize("key", list(BROKEN))
def test_broken_files_inside_an_imported_case(exported, key):
    """The import takes evidence and photos exactly as the services do."""
    content, mime = BROKEN[key]
    document = copy.deepcopy(exported)
    case = document["cases"][0]
    evidence = case["evidence"][0]
    evidence.update(mime_type=mime, size_bytes=len(content),
                    sha256=hashlib.sha256(content).hexdigest(),
                    content_base64=base64.b64encode(content).decode("ascii"))
    photo_mime = "image/jpeg" if key.startswith("jpeg") else "image/png"
    case["applicant"]["photo"] = {"mime_type": photo_mime,
                                  "content_base64": base64.b64encode(content).decode("ascii")}
    try:
        exchange.check_document(document, "cases.json")
    except ValidationError as exc:
        problems = exc.errors
    else:
        problems = {}
    where = {key.rsplit(": ", 1)[-1].split(".")[0] for key in problems}
    expected = set()
    if EVIDENCE[key] != "kept":
        expected.add("evidence[0]")
    if PHOTO[key] != "kept":
        expected.add("applicant")
    assert where == expected, problems
    for message in problems.values():
        assert len(message) < 300
