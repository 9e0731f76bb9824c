"""Pictures from outside (the applicant's photo, the letterhead logo), judged by their header.

A small file can decode to something enormous: a 0.6 MB PNG of 24,000 x 24,000
pixels is 576 MB once decoded. The services refuse such a picture when it is
stored, and the printed documents leave it out rather than decode it; both read
the width and height from the header alone, without decoding anything.
"""

from __future__ import annotations

import struct
from typing import Literal

from app.domain.errors import FieldMessage, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N

#: More than any photo or logo needs (a 5 MB camera JPEG has about 20 megapixels);
#: decoded at 3 bytes a pixel this is 120 MB.
MAX_PIXELS = 40_000_000

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"
_MIME = {PNG_SIGNATURE: "image/png", JPEG_SIGNATURE: "image/jpeg"}
# JPEG frame headers (SOF0–SOF15 but DHT, JPG and DAC) carry the size.
_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})


def picture_mime(data: bytes) -> str | None:
    """"image/png" or "image/jpeg" as the first bytes announce it, else None."""
    for signature, mime in _MIME.items():
        if data.startswith(signature):
            return mime
    return None


def png_size(data: bytes, *, whole: bool = False) -> tuple[int, int] | None:
    """(width, height) from a PNG's IHDR chunk, which comes first; with ``whole``, only
    when the chunks also run on to IEND (a file cut short has no size then)."""
    if not whole:
        if len(data) < 24 or data[12:16] != b"IHDR":
            return None
        size = struct.unpack(">II", data[16:24])
        return size if size[0] > 0 and size[1] > 0 else None
    pos, size, end = 8, None, len(data)
    while pos + 8 <= end:
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if pos + 12 + length > end:
            return None  # cut off
        if kind == b"IHDR":
            if length < 8:
                return None
            size = struct.unpack(">II", data[pos + 8:pos + 16])
        if kind == b"IEND":
            return size if size and size[0] > 0 and size[1] > 0 else None
        pos += 12 + length
    return None


def jpeg_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a JPEG's frame header (SOFn), which must come before the scan."""
    pos, end = 2, len(data)
    while pos + 4 <= end:
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # padding
            pos += 1
            continue
        if marker in (0x01, 0xD8) or 0xD0 <= marker <= 0xD7:  # markers without a length
            pos += 2
            continue
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        if length < 2 or pos + 2 + length > end:
            return None
        if marker in _SOF:
            if length < 7:
                return None
            height, width = struct.unpack(">HH", data[pos + 5:pos + 9])
            return (width, height) if width and height else None
        if marker in (0xD9, 0xDA):  # the end, or the scan, before any frame header
            return None
        pos += 2 + length
    return None


def picture_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of a PNG or JPEG from its header; None if there is no readable
    header or the size is zero."""
    mime = picture_mime(data)
    return png_size(data) if mime == "image/png" else jpeg_size(data) if mime else None


def too_large(data: bytes) -> tuple[int, int] | None:
    """The (width, height) of a picture with more than ``MAX_PIXELS``, else None."""
    size = picture_size(data)
    return size if size is not None and size[0] * size[1] > MAX_PIXELS else None


def check_picture(content: object, mime: object, field_name: str, max_bytes: int,
                  what: Literal["photo", "letterhead"] = "photo") -> None:
    """A PNG or JPEG that is what ``mime`` says, at most ``max_bytes`` long and at most
    ``pictures.MAX_PIXELS`` once decoded (a small file can decode to gigabytes).

    Only the header is read: a picture damaged further in is stored as it is, and the
    printed documents leave it out."""
    photo = what == "photo"
    if mime not in ("image/jpeg", "image/png") or not isinstance(content, (bytes, bytearray)):
        raise ValidationError({field_name: FieldMessage(
            _N("Validation", "a photo must be a JPEG or PNG image.") if photo
            else _N("Validation", "a letterhead must be a JPEG or PNG image."))})
    if len(content) > max_bytes:
        limit = (FieldMessage(_N("Validation", "{size} MB"), size=max_bytes // 1_048_576)
                 if max_bytes % 1_048_576 == 0
                 else FieldMessage(_N("Validation", "{size} bytes"), size=max_bytes))
        raise ValidationError({field_name: FieldMessage(
            _N("Validation", "the photo is larger than {limit}; scale it down.") if photo
            else _N("Validation", "the letterhead is larger than {limit}; scale it down."),
            limit=limit)})
    if picture_mime(bytes(content[:8])) != mime:
        raise ValidationError({field_name: FieldMessage(
            _N("Validation", "the file is not a readable {kind} image (its header is wrong); "
                             "it may be damaged. Save it again as JPEG or PNG."),
            kind="PNG" if mime == "image/png" else "JPEG")})
    size = too_large(bytes(content))
    if size is not None:
        raise ValidationError({field_name: FieldMessage(
            _N("Validation", "the image is {width} × {height} pixels, more than the {limit} "
                             "megapixels Pana prints; save it at a lower resolution."),
            width=size[0], height=size[1], limit=MAX_PIXELS // 1_000_000)})
