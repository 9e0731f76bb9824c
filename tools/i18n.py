"""Keep Pana's translation catalogues up to date.

    python tools/i18n.py update            # collect the texts from app/ into the .ts files
    python tools/i18n.py check             # unfinished texts and placeholder mistakes
    python tools/i18n.py export DIR --parts N   # unfinished kk/ru texts as JSON for translators
    python tools/i18n.py merge FILE.json…  # put translated JSON back into the .ts files
    python tools/i18n.py checkpart FILE…  # check translated JSON before merging it
    python tools/i18n.py build             # build the .qm files (start-up does it too)

The English source texts live in the code. ``update`` runs ``pyside6-lupdate`` over
every module of ``app/`` (``_N`` is taught to it as another spelling of
``QT_TRANSLATE_NOOP``); it keeps the translations already made and drops those whose
source text has gone. ``pana_en.ts`` holds only the plural forms of English texts
that count something (``%n``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.ui import catalog  # noqa: E402

TARGETS = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_GB"}
TRANSLATED = ("kk", "ru")


def sources() -> list[str]:
    return [str(p.relative_to(ROOT)) for p in sorted((ROOT / "app").rglob("*.py"))]


def lupdate(ts: Path, language: str, *extra: str, locations: str = "none") -> str:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    command = [str(tool), "-tr-function-alias", "QT_TRANSLATE_NOOP+=_N", "-no-obsolete",
               "-locations", locations, "-target-language", TARGETS[language], *extra,
               *sources(), "-ts", str(ts)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(result.stdout + result.stderr)
    return result.stdout


def update(_args) -> int:
    catalog.translations_dir().mkdir(parents=True, exist_ok=True)
    for language in catalog.LANGUAGES:
        extra = ("-pluralonly",) if language == "en" else ()
        out = lupdate(catalog.ts_path(language), language, *extra)
        print(f"{language}: " + " ".join(out.split()[-7:]))
    return check(None, quiet=True)


def problems(language: str) -> tuple[list[catalog.Message], list[str]]:
    """(unfinished messages, placeholder mistakes) of one catalogue."""
    unfinished, wrong = [], []
    for message in catalog.read(catalog.ts_path(language)):
        if message.obsolete:
            continue
        if not message.finished or not all(f.strip() for f in message.forms) \
                or not message.forms:
            unfinished.append(message)
            continue
        expected = catalog.placeholders(message.source)
        for form in message.forms:
            got = catalog.placeholders(form)
            # A plural form for exactly one may say "one" instead of %n.
            if got != expected and sorted(set(expected) - {"%n"}) != sorted(set(got) - {"%n"}):
                wrong.append(f"{language} [{message.context}] {message.source!r}: "
                             f"{expected} became {got} in {form!r}")
    return unfinished, wrong


def check(_args, *, quiet: bool = False) -> int:
    failed = False
    for language in catalog.LANGUAGES:
        unfinished, wrong = problems(language)
        total = sum(1 for m in catalog.read(catalog.ts_path(language)) if not m.obsolete)
        print(f"{language}: {total - len(unfinished)} of {total} translated, "
              f"{len(wrong)} placeholder mistakes")
        if not quiet:
            for line in wrong:
                print("  " + line)
        failed |= bool(unfinished or wrong)
    return 1 if failed and not quiet else 0


def export(args) -> int:
    """Unfinished kk/ru messages, split into ``parts`` files of about equal size, with
    where each text is used (so a translator can read the code around it)."""
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        located = Path(work) / "located_kk.ts"
        lupdate(located, "kk", locations="absolute")
        where = {m.key: [f"{Path(f).resolve().relative_to(ROOT)}:{line}"
                         for f, line in m.locations] for m in catalog.read(located)}
    current = {language: {m.key: m for m in catalog.read(catalog.ts_path(language))}
               for language in TRANSLATED}
    entries = []
    for key, kk in current["kk"].items():
        ru = current["ru"].get(key)
        if kk.finished and ru is not None and ru.finished and not args.all:
            continue
        entries.append({
            "context": key[0], "source": key[1], "comment": key[2],
            "numerus": kk.numerus, "where": where.get(key, []),
            "kk": kk.translation if kk.finished else ([""] * 2 if kk.numerus else ""),
            "ru": (ru.translation if ru is not None and ru.finished
                   else ([""] * 3 if kk.numerus else "")),
        })
    by_context: dict[str, list[dict]] = {}
    for entry in entries:
        by_context.setdefault(entry["context"], []).append(entry)
    parts: list[list[dict]] = [[] for _ in range(args.parts)]
    sizes = [0] * args.parts
    for _context, items in sorted(by_context.items(), key=lambda kv: -sum(
            len(e["source"]) for e in kv[1])):
        smallest = sizes.index(min(sizes))
        parts[smallest].extend(items)
        sizes[smallest] += sum(len(e["source"]) + 40 for e in items)
    for number, part in enumerate(parts, 1):
        path = out / f"part-{number}.json"
        path.write_text(json.dumps(part, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{path}: {len(part)} messages, {sizes[number - 1]} characters")
    return 0


def merge(args) -> int:
    updates: dict[str, dict] = {language: {} for language in TRANSLATED}
    for name in args.files:
        for entry in json.loads(Path(name).read_text(encoding="utf-8")):
            key = (entry["context"], entry["source"], entry.get("comment", ""))
            mistakes = entry_mistakes(entry)
            if mistakes:
                print("not merged: " + "; ".join(mistakes))
                continue
            for language in TRANSLATED:
                value = entry.get(language)
                forms = value if isinstance(value, list) else [value]
                if value and all(isinstance(f, str) and f.strip() for f in forms):
                    updates[language][key] = value
    for language in TRANSLATED:
        written = catalog.fill(catalog.ts_path(language), updates[language])
        aligned = same_translations(language)
        print(f"{language}: {written} translations written, {aligned} "
              "made the same as the same text elsewhere")
    return check(None, quiet=True)


PLURAL_FORMS = {"kk": 2, "ru": 3}


def entry_mistakes(entry: dict) -> list[str]:
    """What is wrong with one translated entry of an exported part."""
    mistakes = []
    source = entry["source"]
    expected = catalog.placeholders(source)
    for language in TRANSLATED:
        value = entry.get(language)
        forms = value if isinstance(value, list) else [value]
        where = f"{language} [{entry['context']}] {source[:60]!r}"
        if entry["numerus"] and (not isinstance(value, list)
                                 or len(value) != PLURAL_FORMS[language]):
            mistakes.append(f"{where}: needs a list of {PLURAL_FORMS[language]} plural forms")
            continue
        if not entry["numerus"] and not isinstance(value, str):
            mistakes.append(f"{where}: needs one text, not a list")
            continue
        for form in forms:
            if not isinstance(form, str) or not form.strip():
                mistakes.append(f"{where}: empty")
                continue
            got = catalog.placeholders(form)
            if got != expected and not (entry["numerus"] and sorted(set(expected) - {"%n"})
                                        == sorted(set(got) - {"%n"})):
                mistakes.append(f"{where}: placeholders {expected} became {got}")
            if ("&" in source.replace("&&", "")) != ("&" in form.replace("&&", "")):
                mistakes.append(f"{where}: the source {'has' if '&' in source else 'has no'} "
                                "keyboard mnemonic (&)")
            if source.count("\n") != form.count("\n"):
                mistakes.append(f"{where}: line breaks differ from the source")
            if source.endswith(("…", ":", "...")) and not form.endswith(source[-1]):
                mistakes.append(f"{where}: should end with {source[-1]!r} like the source")
    return mistakes


def checkpart(args) -> int:
    failed = 0
    for name in args.files:
        entries = json.loads(Path(name).read_text(encoding="utf-8"))
        for entry in entries:
            for mistake in entry_mistakes(entry):
                print(mistake)
                failed += 1
        print(f"{name}: {len(entries)} entries, {failed} mistakes so far")
    return 1 if failed else 0


def same_translations(language: str) -> int:
    """One English text, one translation: where a sentence (four words or more) is
    translated two ways, or a label differs only in where its & stands, every copy
    takes the most common translation. (A window whose language changes finds a
    text's new form by its old one; two spellings would make that a guess.)
    Returns how many changed."""
    from collections import Counter

    groups: dict[tuple[str, str], list[catalog.Message]] = {}
    for message in catalog.read(catalog.ts_path(language)):
        if message.finished and not message.numerus:
            groups.setdefault((message.source, message.comment), []).append(message)
    updates = {}
    for messages in groups.values():
        texts = Counter(m.translation for m in messages)
        if len(texts) < 2:
            continue
        # A sentence means the same wherever it stands; a short label may not ("State").
        sentence = len(messages[0].source.split()) >= 4
        if not sentence and len({t.replace("&", "") for t in texts}) != 1:
            continue
        common = texts.most_common(1)[0][0]
        updates.update({m.key: common for m in messages if m.translation != common})
    return catalog.fill(catalog.ts_path(language), updates) if updates else 0


def build(_args) -> int:
    for language in catalog.LANGUAGES:
        print(catalog.compiled(language))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update").set_defaults(run=update)
    commands.add_parser("check").set_defaults(run=check)
    commands.add_parser("build").set_defaults(run=build)
    exporting = commands.add_parser("export")
    exporting.add_argument("out")
    exporting.add_argument("--parts", type=int, default=1)
    exporting.add_argument("--all", action="store_true",
                           help="also the texts already translated (for a review)")
    exporting.set_defaults(run=export)
    merging = commands.add_parser("merge")
    merging.add_argument("files", nargs="+")
    merging.set_defaults(run=merge)
    checking = commands.add_parser("checkpart")
    checking.add_argument("files", nargs="+")
    checking.set_defaults(run=checkpart)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    raise SystemExit(main())
