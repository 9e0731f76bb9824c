"""Print every document type from fictional sample data, to look at the result.

    python tools/render_samples.py OUT_DIR [--png-dir docs/documents] [--no-png]

Writes each document in each language to OUT_DIR as PDF, then renders one page
per document type to PNG (80 dpi, through poppler's ``pdftoppm``) into the PNG
folder, which by default is ``docs/documents``. Every person in the samples is
invented (``tests/documents/samples.py``).
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.documents.model import LANGUAGES, QA  # noqa: E402
from app.documents.render import render  # noqa: E402
from tests.documents import samples  # noqa: E402

#: (document, language, page) pictured in the docs, and the PNG's name.
PICTURED = [
    ("receipt", "kk", 1, "receipt-kk"),
    ("interview", "ru", 1, "interview-ru"),
    ("letter-refusal", "kk+ru", 1, "letter-refusal-kk+ru-1"),
    ("letter-refusal", "kk+ru", 2, "letter-refusal-kk+ru-2"),
    ("letter-recognition", "en", 1, "letter-recognition-en"),
    ("certificate", "kk+ru", 1, "certificate-kk+ru"),
]

RUSSIAN_ENTRIES = (
    QA("Почему вы покинули страну гражданства?",
       "В 2024 году меня дважды задерживали и говорили, что отправят в лагерь. После второго "
       "задержания я решил уехать вместе с семьёй."),
    QA("Кто вас задерживал?", "Сотрудники местной полиции; их имён я не знаю."),
    QA("Что случилось с вашими родственниками?",
       "Жена и дети уехали со мной.\nБрат остался, его вызывали на допрос."),
)


RUSSIAN_REASONS = (
    "Показания заявителя о задержании в 2024 году на двух собеседованиях расходятся в датах "
    "и местах событий.\n"
    "Представленные документы проверить не удалось, а сведения о стране происхождения не "
    "подтверждают, что лицам в его положении угрожает преследование.")


def emblem() -> bytes:
    """A plain round emblem standing in for the commission's letterhead logo."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (240, 240), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, 232, 232), outline=(29, 53, 87), width=14)
    draw.ellipse((70, 70, 170, 170), fill=(0, 175, 202))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def documents() -> dict[str, object]:
    made = samples.all_documents()
    commission = samples.commission(letterhead=emblem())
    for name, doc in made.items():
        made[name] = replace(doc, commission=commission)
    # A bilingual letter prints the reasons as typed, here in Russian, in both versions.
    made["letter-refusal"] = replace(made["letter-refusal"], reasons=RUSSIAN_REASONS,
                                     legal_basis_title="Закон «О беженцах», статья 13")
    made["certificate"] = replace(made["certificate"],
                                  holder=samples.person(photo=samples.photo()))
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--png-dir", type=Path, default=ROOT / "docs" / "documents")
    parser.add_argument("--no-png", action="store_true")
    args = parser.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)

    docs = documents()
    started = time.perf_counter()
    count = 0
    for name, doc in docs.items():
        for language in LANGUAGES:
            if name == "interview" and language == "ru":
                doc_to_print = replace(doc, entries=RUSSIAN_ENTRIES)
            else:
                doc_to_print = doc
            (args.out_dir / f"{name}-{language}.pdf").write_bytes(render(doc_to_print, language))
            count += 1
    print(f"{count} PDFs in {args.out_dir} ({time.perf_counter() - started:.2f} s)")

    if args.no_png:
        return 0
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is not installed: no PNGs", file=sys.stderr)
        return 1
    args.png_dir.mkdir(parents=True, exist_ok=True)
    for name, language, page, picture in PICTURED:
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page),
                        "-singlefile", str(args.out_dir / f"{name}-{language}.pdf"),
                        str(args.png_dir / picture)], check=True)
        shrink(args.png_dir / f"{picture}.png")
        print(args.png_dir / f"{picture}.png")
    return 0


def shrink(path: Path) -> None:
    """Store the PNG with a small palette: a third of the size, the same to the eye."""
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=48, method=Image.Quantize.MEDIANCUT,
                                              dither=Image.Dither.NONE)
    small.save(path, optimize=True)


if __name__ == "__main__":
    sys.exit(main())
