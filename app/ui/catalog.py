"""Pana's translation catalogues: the ``.ts`` files and the ``.qm`` files built from them.

The ``.ts`` files in ``resources/translations`` are the source: ``pyside6-lupdate``
collects the English texts from the code into them and translators fill them in
(``tools/i18n.py``). The ``.qm`` files Qt loads are never kept in the repository:
``compiled(language)`` builds them with Qt's ``lrelease`` into a cache folder the first
time a catalogue is used, and again whenever its ``.ts`` file changes.

Nothing here holds applicant data: the catalogues are interface texts only.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

#: The interface languages, in the order they are offered.
LANGUAGES = ("kk", "ru", "en")
#: The QLocale each interface language formats dates and numbers with.
LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_GB"}
#: The catalogue Qt's own texts (standard buttons, dialogs) come from.
QT_CATALOGUE = "qtbase"
#: How Pana's source texts name their parameters: {name}, %Ln or %n (a count), %1.
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%L?n|%L?\d")


def translations_dir() -> Path:
    import resources

    return Path(resources.__file__).resolve().parent / "translations"


def ts_path(language: str) -> Path:
    return translations_dir() / f"pana_{language}.ts"


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    #: One text, or the plural forms of a numerus message.
    translation: str | list[str] = ""
    finished: bool = False
    obsolete: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def forms(self) -> list[str]:
        return self.translation if isinstance(self.translation, list) else [self.translation]


def placeholders(text: str) -> list[str]:
    """The parameters a text names, sorted (a translation may put them in another order):
    ``{name}`` whatever its format spec, ``%n`` and ``%1``."""
    names = []
    for found in PLACEHOLDER.findall(text):
        if found.startswith("{"):
            names.append("{" + re.split(r"[!:}]", found[1:], maxsplit=1)[0] + "}")
        else:
            names.append(found.replace("%L", "%"))
    return sorted(names)


def read(path: Path) -> list[Message]:
    """Every message of a ``.ts`` file."""
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            numerus = element.get("numerus") == "yes"
            if translation is None:
                text: str | list[str] = [] if numerus else ""
            elif numerus:
                text = [form.text or "" for form in translation.iter("numerusform")]
            else:
                text = translation.text or ""
            messages.append(Message(
                context=name, source=element.findtext("source") or "",
                comment=element.findtext("comment") or "", numerus=numerus,
                translation=text, finished=kind == "", obsolete=kind in ("obsolete", "vanished"),
                locations=[(loc.get("filename", ""), int(loc.get("line", "0") or 0))
                           for loc in element.iter("location")]))
    return messages


def fill(path: Path, translations: dict[tuple[str, str, str], str | list[str]]) -> int:
    """Write finished translations into a ``.ts`` file; returns how many were written.

    ``translations`` maps (context, source, comment) to the text, or to the list of
    plural forms for a numerus message. Messages not named keep what they had.
    """
    tree = ET.parse(path)
    written = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            key = (name, element.findtext("source") or "", element.findtext("comment") or "")
            if key not in translations:
                continue
            value = translations[key]
            translation = element.find("translation")
            if translation is None:
                translation = ET.SubElement(element, "translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            for child in list(translation):
                translation.remove(child)
            if element.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[0]
            translation.attrib.pop("type", None)
            written += 1
    write(tree, path)
    return written


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


# ---------------------------------------------------------------------------
# building the .qm files


def lrelease() -> Path:
    """Qt's catalogue compiler, as PySide6 ships it."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / "lrelease", folder / "lrelease.exe",
                      folder / "Qt" / "libexec" / "lrelease"):
        if candidate.exists():
            return candidate
    raise FileNotFoundError("lrelease is not part of this PySide6 installation")


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "pana" / "translations"


def compiled(language: str, *, cache: Path | None = None) -> Path | None:
    """The ``.qm`` file for ``language``, built from its ``.ts`` file if it is not yet.

    The file name carries a digest of the ``.ts`` file, so an edited catalogue is built
    again and an old build is never loaded by mistake. ``None`` when the language has no
    catalogue.
    """
    source = ts_path(language)
    if not source.exists():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    folder = cache or cache_dir()
    target = folder / f"pana_{language}-{digest}.qm"
    if target.exists():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder) as work:
        built = Path(work) / target.name
        result = subprocess.run([str(lrelease()), "-silent", str(source), "-qm", str(built)],
                                capture_output=True, text=True, check=False)
        if result.returncode != 0 or not built.exists():
            raise RuntimeError(f"lrelease failed for {source.name}: {result.stderr.strip()}")
        os.replace(built, target)
    for old in folder.glob(f"pana_{language}-*.qm"):
        if old != target:
            old.unlink(missing_ok=True)
    return target
