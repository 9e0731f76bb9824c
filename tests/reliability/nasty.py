"""The corpus of hostile and broken input, shared by the service, document and UI tests.

Every value is fictional. ``TEXTS`` are strings a user could type or paste;
the functions build broken files in memory (nothing is written unless a test
writes it to its own ``tmp_path``).
"""

from __future__ import annotations

import struct
import zlib
from functools import cache

#: (id, value): query syntax, markup, control and direction characters, odd scripts.
TEXTS: list[tuple[str, str]] = [
    # SQL and FTS5 query syntax, typed into search boxes and names
    ("sql-quote", "O'Brien"),
    ("sql-injection", "x'; DROP TABLE cases; --"),
    ("sql-or", "' OR '1'='1"),
    ("fts-quote", '"'),
    ("fts-unterminated", '"Aliyev'),
    ("fts-near", "NEAR(Ali Zhan, 2)"),
    ("fts-operators", "Ali AND NOT Zhan OR *"),
    ("fts-star", "*"),
    ("fts-prefix", "Al*"),
    ("fts-column", "number:2026"),
    ("fts-caret", "^Ali"),
    ("fts-parens", "((((("),
    ("fts-plus-minus", "+Ali -Zhan"),
    ("like-wildcards", "%_%\\"),
    # ReportLab paragraph markup and XML entities
    ("rl-bold", "<b>Bold</b> name"),
    ("rl-font", '<font size="200" color="red">Huge</font>'),
    ("rl-img", '<img src="/etc/passwd" width="10" height="10"/>'),
    ("rl-link", '<a href="javascript:alert(1)">link</a>'),
    ("rl-para", "</para><para>"),
    ("rl-unclosed", "<b><i>unclosed"),
    ("rl-entity", "&amp; &lt; &#0; &#x110000; &nosuch;"),
    ("rl-bare-amp", "Tom & Jerry < 3 > 2"),
    ("rl-cdata", "<![CDATA[x]]>"),
    ("rl-seq", "<seq id='x'/><onDraw name='x'/>"),
    ("rl-br", "line<br/>break"),
    # control characters
    ("nul", "Ali\x00Zhan"),
    ("bell-escape", "Ali\x07\x1b[31mZhan"),
    ("crlf", "Ali\r\nZhan"),
    ("tab", "Ali\tZhan"),
    ("line-separators", "Ali\u2028Zhan\u2029"),
    ("bom", "\ufeffAli"),
    ("c1", "Ali\x85\x9bZhan"),
    # bidirectional overrides, invisible characters
    ("rlo", "Ali\u202egnp.exe"),
    ("isolates", "\u2066Ali\u2069 \u2067Zhan\u2069"),
    ("rlm-lrm", "\u200fAli\u200e"),
    ("zero-width", "A\u200bl\u200ci\u200d"),
    ("arabic", "محمد عبد الله"),
    ("hebrew-mixed", "Ali שלום 123"),
    # scripts, combining marks, astral characters
    ("kazakh", "Әсел Өмірбекқызы"),
    ("chinese", "阿依古丽·买买提"),
    ("zalgo", "Z\u0335\u0321\u0322\u031b\u0317\u0318a\u0336\u0319l\u0337\u031cg\u0338o"),
    ("emoji", "Ali \U0001F3F3\uFE0F\u200D\U0001F308"),
    ("math-letters", "\U0001D56C\U0001D586\U0001D58E"),
    ("whitespace-only", " \t\u00a0\u3000 "),
    ("empty", ""),
    # lengths
    ("long-word", "A" * 5_000),
    ("name-100k", "Ali" * 33_334),
]

#: A lone surrogate cannot be encoded as UTF-8: SQLite and ReportLab refuse it.
LONE_SURROGATE = "Ali\ud800Zhan"

#: 100,000 characters, the size the issue names for a pasted name.
NAME_100K = "Ä" * 100_000

#: Ten megabytes of text, as somebody might paste into a field by mistake.
PASTE_10MB = ("Lorem ipsum dolor sit amet " * 400_000)[:10_000_000]

#: Bytes that are not UTF-8 (a file in the wrong encoding).
INVALID_UTF8 = b"\xff\xfe\xc3\x28 \xa0\xa1 \xe2\x28\xa1 \xf0\x28\x8c\xbc"


def text_ids() -> list[str]:
    return [key for key, _ in TEXTS]


def text(key: str) -> str:
    return dict(TEXTS)[key]


# ---- broken files


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


@cache
def png_bomb(side: int = 24_000) -> bytes:
    """A valid PNG of ``side`` x ``side`` grey pixels: about 0.6 MB on disk,
    576 MB (at the default side) once decoded, over Qt's 256 MB image limit."""
    header = b"\x89PNG\r\n\x1a\n"
    ihdr = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)  # 8-bit greyscale
    compressor = zlib.compressobj(9)
    rows = b"\x00" * (side + 1) * 500  # 500 rows of filter byte + pixels
    body = b"".join(compressor.compress(rows) for _ in range(side // 500)) + compressor.flush()
    return header + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", body) + _png_chunk(b"IEND", b"")


def png_header_only() -> bytes:
    return b"\x89PNG\r\n\x1a\n"


def png_truncated() -> bytes:
    whole = png_small()
    return whole[: len(whole) // 2]


def png_small() -> bytes:
    """A valid 4 x 4 PNG, for contrast."""
    header = b"\x89PNG\r\n\x1a\n"
    ihdr = struct.pack(">IIBBBBB", 4, 4, 8, 0, 0, 0, 0)
    body = zlib.compress(b"".join(b"\x00" + b"\x80" * 4 for _ in range(4)))
    return header + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", body) + _png_chunk(b"IEND", b"")


def jpeg_header_only() -> bytes:
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01"


def pdf_header_only() -> bytes:
    return b"%PDF-1.7\n"


def pdf_garbage() -> bytes:
    return b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\nxref\n0 x\ntrailer\n%%EOF"


@cache
def pdf_bomb() -> bytes:
    """A PDF whose one content stream inflates to about 300 MB."""
    compressor = zlib.compressobj(9)
    chunk = b"0 0 m 1 1 l S\n" * 4096
    body = b"".join(compressor.compress(chunk) for _ in range(5_000)) + compressor.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length " + str(len(body)).encode() + b" /Filter /FlateDecode >>\nstream\n"
        + body + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer << /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)


@cache
def zip_bomb() -> bytes:
    """A zip holding one member that inflates to 1 GB of zeros (about 1 MB packed)."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with (zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
          archive.open("bomb.json", "w", force_zip64=True) as member):
        block = b"0" * (1 << 20)
        for _ in range(1024):
            member.write(block)
    return buffer.getvalue()


#: (id, bytes, mime type a user might claim) for files offered as evidence or photos.
def broken_files() -> list[tuple[str, bytes, str]]:
    return [
        ("png-header-only", png_header_only(), "image/png"),
        ("png-truncated", png_truncated(), "image/png"),
        ("png-bomb", png_bomb(), "image/png"),
        ("jpeg-header-only", jpeg_header_only(), "image/jpeg"),
        ("pdf-header-only", pdf_header_only(), "application/pdf"),
        ("pdf-garbage", pdf_garbage(), "application/pdf"),
        ("not-utf8-text", INVALID_UTF8, "text/plain"),
        ("empty", b"", "application/pdf"),
    ]
