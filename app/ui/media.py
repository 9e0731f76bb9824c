"""Looking at a file before decoding it: images by their header, PDFs by what they expand to.

A small file can decode to something enormous: a 0.6 MB PNG of 24,000 x 24,000
pixels is 576 MB once decoded, and a 0.5 MB PDF whose page is 300 MB of drawing
commands keeps the PDF engine busy for most of a minute and takes gigabytes.
Evidence and photos come from outside, so nothing is decoded before its size
is known:

- images: the width and height are read from the header (PNG and JPEG here,
  other formats through ``QImageReader``) and the image is refused above a
  pixel limit; it is decoded only by the format its first bytes announce (a
  PDF or SVG renamed ``.png`` is not handed to another image plug-in), and
  scaled down while decoding when it is larger than it will be shown;
- PDFs: every Flate-compressed stream is inflated in bounded steps and
  counted, without keeping the output; a stream or a whole file that expands
  beyond the limits is refused, as are pages of absurd size or shape.

Everything here runs on any thread (``QImage``, not ``QPixmap``) and raises
``Unviewable`` with a translated reason.
"""

from __future__ import annotations

import re
import zlib

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from app.documents import pictures
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.ui.locale_format import number_text, size_text
from app.ui.tasks import ExpectedFailure

#: Decoded at 4 bytes a pixel this is 200 MB, under Qt's 256 MB image limit.
MAX_IMAGE_PIXELS = 50_000_000
#: A preview is never shown larger than this on its longer side; bigger images are
#: scaled down while they are decoded (JPEG decodes straight to the smaller size).
PREVIEW_SIDE = 4096
#: What one compressed PDF stream may expand to: drawing commands, and images.
MAX_PDF_STREAM = 32 * 1024 * 1024
MAX_PDF_IMAGE_STREAM = 128 * 1024 * 1024
#: And the whole file (this also bounds the time the check itself takes).
MAX_PDF_EXPANDED = 512 * 1024 * 1024
#: A page larger than this (points; the PDF standard's own limit) or longer than it is wide
#: by more than this ratio would render to an enormous image at any useful zoom.
MAX_PAGE_POINTS = 14_400
MAX_PAGE_RATIO = 20

_CONTEXT = "Media"
_DAMAGED = QT_TRANSLATE_NOOP(
    "Media", "the file is damaged (its {type} header cannot be read). Use the original file "
             "or a new scan.")
_TOO_MANY_PIXELS = QT_TRANSLATE_NOOP(
    "Media", "it is an image of {width} × {height} pixels, more than the {limit} megapixels "
             "Pana opens. Save it at a lower resolution.")
_PDF_EXPANDS = QT_TRANSLATE_NOOP(
    "Media", "part of this PDF expands to more than {size} when opened, which is more than "
             "Pana opens; the file may be damaged or made to overload the computer.")
_PDF_PAGE = QT_TRANSLATE_NOOP(
    "Media", "page {page} of the PDF has an impossible size ({width} × {height} points).")
_NOT_IMAGE = QT_TRANSLATE_NOOP(
    "Media", "the file is not a PNG, JPEG or TIFF image.")


class Unviewable(ExpectedFailure):
    """A file that cannot be shown; ``message`` says why (translated, without a file name)."""


def _fail(template: str, **params) -> Unviewable:
    return Unviewable(QCoreApplication.translate(_CONTEXT, template).format(**params))


# ---------------------------------------------------------------------------
# images


_FORMATS = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpeg", b"II*\x00": "tiff",
            b"MM\x00*": "tiff"}
_TYPE_NAMES = {"png": "PNG", "jpeg": "JPEG", "tiff": "TIFF"}


def image_format(content: bytes) -> str | None:
    for magic, name in _FORMATS.items():
        if content.startswith(magic):
            return name
    return None


def image_size(content: bytes) -> tuple[str, int, int]:
    """(format, width, height) from the header alone; ``Unviewable`` when there is none."""
    fmt = image_format(content)
    if fmt is None:
        raise _fail(_NOT_IMAGE)
    if fmt == "png":
        size = pictures.png_size(content, whole=True)  # a file cut short is damaged here
    elif fmt == "jpeg":
        size = pictures.jpeg_size(content)
    else:
        reader, _keep = _reader(content, fmt)
        found = reader.size()
        size = (found.width(), found.height()) if found.isValid() and not found.isEmpty() \
            else None
    if size is None:
        raise _fail(_DAMAGED, type=_TYPE_NAMES[fmt])
    return fmt, size[0], size[1]


def _reader(content: bytes, fmt: str) -> tuple[QImageReader, tuple]:
    data = QByteArray(content)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, fmt.encode())
    reader.setDecideFormatFromContent(False)
    reader.setAutoTransform(True)
    return reader, (data, buffer)  # the reader reads from these: keep them alive


def check_image(content: bytes, max_pixels: int = MAX_IMAGE_PIXELS) -> tuple[str, int, int]:
    fmt, width, height = image_size(content)
    if width * height > max_pixels:
        raise _fail(_TOO_MANY_PIXELS, width=number_text(width), height=number_text(height),
                    limit=number_text(max_pixels // 1_000_000))
    return fmt, width, height


def decode_image(content: bytes, *, max_pixels: int = MAX_IMAGE_PIXELS,
                 fit: QSize | None = None) -> QImage:
    """The image, checked before it is decoded and scaled to ``fit`` (keeping its shape)
    when larger; ``Unviewable`` when it is damaged or too large."""
    fmt, width, height = check_image(content, max_pixels)
    reader, _keep = _reader(content, fmt)
    if fit is not None and (width > fit.width() or height > fit.height()):
        scaled = QSize(width, height).scaled(fit, Qt.AspectRatioMode.KeepAspectRatio)
        reader.setScaledSize(scaled.expandedTo(QSize(1, 1)))
    image = reader.read()
    if image.isNull():
        raise _fail(_DAMAGED, type=_TYPE_NAMES[fmt])
    return image


# ---------------------------------------------------------------------------
# PDFs


# "stream" then an end of line starts the data; "endstream" must not count.
_STREAM = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
_FLATE = re.compile(rb"/(?:FlateDecode|Fl)\b")
_LOOK_BACK = 4096  # how far before "stream" its dictionary is looked for


def _inflated_size(content: bytes, start: int, limit: int) -> int:
    """How many bytes the zlib stream at ``start`` inflates to, counting no further than just
    past ``limit``; the output is thrown away as it comes (at most 1 MB at a time)."""
    inflater = zlib.decompressobj()
    produced, pos, end = 0, start, len(content)
    try:
        while pos < end and not inflater.eof:
            data = content[pos:pos + 65536]
            pos += len(data)
            while data and not inflater.eof:
                produced += len(inflater.decompress(data, 1 << 20))
                if produced > limit:
                    return produced
                data = inflater.unconsumed_tail
    except zlib.error:
        pass  # a damaged stream: the PDF engine copes (it shows nothing)
    return produced


def check_pdf(content: bytes, *, max_stream: int = MAX_PDF_STREAM,
              max_image_stream: int = MAX_PDF_IMAGE_STREAM,
              max_total: int = MAX_PDF_EXPANDED) -> None:
    """``Unviewable`` when a compressed stream, or all of them, would expand too far."""
    total = 0
    for match in _STREAM.finditer(content):
        head = content[max(0, match.start() - _LOOK_BACK):match.start()]
        opened = head.rfind(b"obj")
        if opened >= 0:
            head = head[opened:]
        if not _FLATE.search(head):
            continue
        limit = max_image_stream if b"/Image" in head else max_stream
        limit = min(limit, max_total - total)
        produced = _inflated_size(content, match.end(), limit)
        if produced > limit:
            raise _fail(_PDF_EXPANDS, size=size_text(max(limit, max_stream)))
        total += produced


def check_pdf_pages(document) -> None:
    """``Unviewable`` when a page of a loaded ``QPdfDocument`` has an absurd size or shape."""
    for index in range(document.pageCount()):
        size = document.pagePointSize(index)
        width, height = size.width(), size.height()
        small, large = min(width, height), max(width, height)
        if small <= 0 or large > MAX_PAGE_POINTS or large / small > MAX_PAGE_RATIO:
            raise _fail(_PDF_PAGE, page=index + 1, width=round(width), height=round(height))
