"""Reading printed PDFs back in tests: text, pages, fonts, images, metadata."""

from __future__ import annotations

import io
import re

import pypdf
from pypdf.generic import DictionaryObject, IndirectObject


def reader(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def normalise(text: str) -> str:
    """Whitespace (line ends, no-break spaces) collapsed to single spaces."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def page_texts(pdf: bytes) -> list[str]:
    return [normalise(page.extract_text()) for page in reader(pdf).pages]


def text(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


def raw_lines(pdf: bytes) -> list[str]:
    return [line for page in reader(pdf).pages for line in page.extract_text().splitlines()]


def _resolve(value):
    return value.get_object() if isinstance(value, IndirectObject) else value


def _font_is_embedded(font: DictionaryObject) -> bool:
    if font.get("/Subtype") == "/Type0":
        descendants = _resolve(font["/DescendantFonts"])
        return all(_font_is_embedded(_resolve(item)) for item in descendants)
    descriptor = _resolve(font.get("/FontDescriptor"))
    if descriptor is None:  # a standard font the reader must supply
        return False
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def _walk_resources(resources, fonts: dict[str, bool], images: list[str], seen: set[int]
                    ) -> None:
    resources = _resolve(resources)
    if not resources or id(resources) in seen:
        return
    seen.add(id(resources))
    for font in (_resolve(resources.get("/Font")) or {}).values():
        font = _resolve(font)
        fonts[str(font.get("/BaseFont"))] = _font_is_embedded(font)
    for name, xobject in (_resolve(resources.get("/XObject")) or {}).items():
        xobject = _resolve(xobject)
        if xobject.get("/Subtype") == "/Image":
            images.append(str(name))
        elif xobject.get("/Subtype") == "/Form":
            _walk_resources(xobject.get("/Resources"), fonts, images, seen)


def fonts(pdf: bytes) -> dict[str, bool]:
    """Every font the pages use (also inside forms), and whether its program is embedded."""
    found: dict[str, bool] = {}
    for page in reader(pdf).pages:
        _walk_resources(page.get("/Resources"), found, [], set())
    return found


def images(pdf: bytes) -> list[str]:
    found: list[str] = []
    for page in reader(pdf).pages:
        _walk_resources(page.get("/Resources"), {}, found, set())
    return found


def metadata(pdf: bytes) -> dict[str, str]:
    return {key: str(value) for key, value in (reader(pdf).metadata or {}).items()}
