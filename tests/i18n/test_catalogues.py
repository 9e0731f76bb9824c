"""The translation catalogues: complete, in step with the code, and consistent."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.ui import catalog

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import i18n  # noqa: E402  (tools/i18n.py)

TEXTS = ROOT / "resources" / "documents" / "texts"


def live(language: str) -> list[catalog.Message]:
    return [m for m in catalog.read(catalog.ts_path(language)) if not m.obsolete]


def test_the_catalogues_hold_every_text_of_the_code(tmp_path):
    """A text added to the code without `python tools/i18n.py update` fails here."""
    fresh = tmp_path / "fresh.ts"
    i18n.lupdate(fresh, "kk")
    in_code = {m.key for m in catalog.read(fresh)}
    assert len(in_code) > 1500
    for language in ("kk", "ru"):
        kept = {m.key for m in live(language)}
        missing = sorted(in_code - kept)
        gone = sorted(kept - in_code)
        assert not missing, f"{language}: run `python tools/i18n.py update`; new: {missing[:5]}"
        assert not gone, f"{language}: run `python tools/i18n.py update`; gone: {gone[:5]}"
    plural = {m.key for m in catalog.read(fresh) if m.numerus}
    assert {m.key for m in live("en")} == plural


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_text_is_translated_with_its_placeholders(language):
    unfinished, wrong = i18n.problems(language)
    assert not [f"[{m.context}] {m.source}" for m in unfinished][:20]
    assert not wrong[:20]


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_translations_keep_the_mnemonics_line_breaks_and_endings(language):
    mistakes = []
    for message in live(language):
        entry = {"context": message.context, "source": message.source,
                 "numerus": message.numerus, "kk": message.translation,
                 "ru": message.translation}
        mistakes += [m for m in i18n.entry_mistakes(entry) if m.startswith(language)]
    assert not mistakes[:20]


def test_the_placeholder_check_can_fail():
    entry = {"context": "X", "source": "Saved {count} files to {folder}.", "numerus": False,
             "kk": "{count} файл сақталды.", "ru": "Сохранено файлов: {count}, в {folder}."}
    mistakes = i18n.entry_mistakes(entry)
    assert len(mistakes) == 1 and mistakes[0].startswith("kk") and "{folder}" in mistakes[0]
    plural = {"context": "X", "source": "%Ln day(s)", "numerus": True,
              "kk": ["%Ln күн", "%Ln күн"], "ru": ["%Ln день", "%Ln дня"]}
    assert [m[:2] for m in i18n.entry_mistakes(plural)] == ["ru"]
    mnemonic = {"context": "X", "source": "&Save", "numerus": False,
                "kk": "Сақтау", "ru": "&Сохранить"}
    assert [m[:2] for m in i18n.entry_mistakes(mnemonic)] == ["kk"]


def test_plural_forms_follow_each_language(tmp_path, qapp):
    """Russian has three plural forms, Kazakh two (Qt's rules); the built catalogue
    picks the right one for a count."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    app = qapp

    counts = {m.key: m for m in live("ru") if m.numerus}
    assert counts and all(len(m.forms) == 3 for m in counts.values())
    assert all(len(m.forms) == 2 for m in live("kk") if m.numerus)
    built = catalog.compiled("ru", cache=tmp_path)
    translator = QTranslator()
    assert translator.load(str(built))
    app.installTranslator(translator)
    try:
        key = next(k for k, m in counts.items() if m.source == "%Ln day(s)")
        texts = [QCoreApplication.translate(key[0], key[1], key[2] or None, n)
                 for n in (1, 3, 5, 21)]
    finally:
        app.removeTranslator(translator)
    assert texts[0].startswith("1 ") and texts[3].startswith("21 ")
    assert texts[0].split()[1] == texts[3].split()[1]  # 1 and 21: the same form
    assert len({texts[0].split()[1], texts[1].split()[1], texts[2].split()[1]}) == 3


def test_a_changed_catalogue_is_built_again(tmp_path, monkeypatch):
    folder = tmp_path / "translations"
    folder.mkdir()
    source = folder / "pana_kk.ts"
    source.write_text(catalog.ts_path("kk").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(catalog, "translations_dir", lambda: folder)
    first = catalog.compiled("kk", cache=tmp_path / "cache")
    assert first.exists() and catalog.compiled("kk", cache=tmp_path / "cache") == first
    source.write_text(source.read_text(encoding="utf-8").replace(
        "</TS>", "<context><name>Extra</name><message><source>x</source>"
                 "<translation>ы</translation></message></context></TS>"), encoding="utf-8")
    second = catalog.compiled("kk", cache=tmp_path / "cache")
    assert second != first and second.exists() and not first.exists()


# Words the glossary rules out (stems, lower case): each names a concept the glossary
# gives another term for, whatever the sentence.
NOT_OUR_TERMS = {
    "kk": ["тілмаш", "баспана іздеуші", "саяси көзқарас", "офицер", "супервайзер", "клерк",
           "дедлайн", "апатрид", "интервью"],
    "ru": ["офицер", "супервайзер", "клерк", "дедлайн", "апатрид", "интервью", "нексус",
           "соискател", "прошени", "петици", "допрос", "политические взгляд", "утрачива",
           "одобр", "гонени"],
}


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_glossary_terms_are_used_in_the_interface_and_the_documents(language):
    texts = [form for m in live(language) for form in m.forms]
    texts += _strings(json.loads((TEXTS / f"{language}.json").read_text(encoding="utf-8")))
    found = sorted({(word, text[:80]) for text in texts for word in NOT_OUR_TERMS[language]
                    if word in text.lower()})
    assert not found


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_the_tool_reports_unfinished_texts(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "translations"
    folder.mkdir()
    for language in catalog.LANGUAGES:
        (folder / f"pana_{language}.ts").write_text(
            catalog.ts_path(language).read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(catalog, "translations_dir", lambda: folder)
    assert i18n.main(["check"]) == 0
    first = next(m for m in catalog.read(folder / "pana_ru.ts") if not m.numerus)
    text = (folder / "pana_ru.ts").read_text(encoding="utf-8")
    (folder / "pana_ru.ts").write_text(text.replace(
        f"<translation>{_xml(first.translation)}</translation>",
        '<translation type="unfinished"></translation>', 1), encoding="utf-8")
    assert i18n.main(["check"]) == 1
    assert "ru: " in capsys.readouterr().out


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def test_lrelease_ships_with_pyside6():
    assert subprocess.run([str(catalog.lrelease()), "-version"], capture_output=True,
                          check=False).returncode == 0


def _translating_helpers(tree) -> set[str]:
    """Names of module functions that pass their argument on to a translate() call."""
    import ast

    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.args.args:
            first = node.args.args[0].arg
            for inner in ast.walk(node):
                # translate(context, text): the parameter is the text, not the context.
                if isinstance(inner, ast.Call) and getattr(inner.func, "attr", getattr(
                        inner.func, "id", "")) == "translate" and len(inner.args) >= 2 \
                        and isinstance(inner.args[1], ast.Name) and inner.args[1].id == first:
                    names.add(node.name)
    return names


def test_no_literal_text_goes_through_a_helper_lupdate_does_not_know():
    """``_t("Some text")`` reaches translate() at run time, but lupdate never collects the
    text: it stays English. Mark it where it is written (``_t(_N("Context", "…"))``)."""
    import ast

    found = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = _translating_helpers(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id in helpers and node.args \
                    and isinstance(node.args[0], (ast.Constant, ast.JoinedStr)):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


def test_no_text_is_translated_inside_an_f_string():
    """pyside6-lupdate does not look inside f-strings: a tr() there is never collected,
    so its text would stay English on every screen."""
    import ast

    found = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) \
                        and inner.func.attr in ("tr", "translate") and inner.args \
                        and isinstance(inner.args[-1 if inner.func.attr == "tr" else 1],
                                       ast.Constant):
                    found.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert found == []
