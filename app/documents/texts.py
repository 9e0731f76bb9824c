"""The words and the layout of printed documents, read from ``resources/documents``.

Every sentence, label, month name and vocabulary label lives in
``texts/<lang>.json``; country names in ``countries.json``; margins, sizes,
colours and the order of each document's blocks in ``layout.json``. The files
are parsed once per process and never changed afterwards.

Templates are Paragraph markup with ``{name}`` placeholders. ``fill`` puts
values in with one pass, so braces or tags inside a value (a name typed as
``{x}`` or ``<b>``) print literally.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import date
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app.documents.fonts import markup
from app.domain.dates import PartialDate

NBSP = "\u00a0"

#: The languages a text file exists for.
TEXT_LANGUAGES = ("kk", "ru", "en")


class Markup(str):
    """Paragraph markup that is safe to print as it is (already escaped)."""

    __slots__ = ()


def safe(text: str) -> Markup:
    """User text as markup that prints literally."""
    return text if isinstance(text, Markup) else Markup(markup(text))


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


#: A placeholder, with the full stop that may follow it.
_FILLED = re.compile(r"\{(\w+)\}(\.?)")


def fill(template: str, **values: object) -> Markup:
    """``template`` with each ``{name}`` replaced by its value, escaped unless Markup.

    A value ending a sentence with its own full stop («1 декабря 2026 г.») takes the
    template's full stop after it: never "г..".
    """
    def put(match: re.Match[str]) -> str:
        value = values[match.group(1)]
        # str() of a Markup is a plain str: test the type before converting.
        text = value if isinstance(value, Markup) else markup(str(value))
        if match.group(2) and not str(value).endswith("."):
            text += match.group(2)
        return text

    return Markup(_FILLED.sub(put, template))


def _documents_dir() -> Path:
    import resources

    return Path(resources.__file__).resolve().parent / "documents"


def _frozen(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({key: _frozen(item) for key, item in value.items()})
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    return value


@cache
def _load(relative: str) -> Any:
    path = _documents_dir() / relative
    return _frozen(json.loads(path.read_text(encoding="utf-8")))


def layout() -> Mapping[str, Any]:
    return _load("layout.json")


def countries() -> Mapping[str, Mapping[str, str]]:
    return _load("countries.json")


def _one_other(n: int) -> int:
    return 0 if n == 1 else 1


def _east_slavic(n: int) -> int:
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


_PLURAL_RULES: dict[str, Callable[[int], int]] = {
    "invariable": lambda n: 0,  # Kazakh: a noun after a numeral stays singular
    "one_other": _one_other,
    "east_slavic": _east_slavic,
}


class Texts:
    """The texts of one language, with the formatting that depends on the language."""

    def __init__(self, lang: str, data: Mapping[str, Any]) -> None:
        self.lang = lang
        self.data = data
        self._plural = _PLURAL_RULES[data["plural_rule"]]

    def __getitem__(self, dotted: str) -> Any:
        value: Any = self.data
        for part in dotted.split("."):
            value = value[part]
        return value

    def date(self, value: date | None, unbroken: bool = True) -> str:
        """The date as written in this language. The date formats bind some words with
        no-break spaces ("2026 г." stays on one line); ``unbroken=False`` gives plain
        spaces, for text outside a document."""
        if value is None:
            return self.data["empty"]
        text = self.data["date"]["full"].format(
            day=value.day, month=self.data["months"][value.month - 1], year=value.year)
        return text if unbroken else text.replace(NBSP, " ")

    def partial_date(self, value: PartialDate | None, unbroken: bool = True) -> str:
        if value is None:
            return self.data["empty"]
        forms = self.data["date"]
        if value.month is None:
            text = forms["year"].format(year=value.year)
        elif value.day is None:
            text = forms["month_year"].format(
                month=self.data["months_standalone"][value.month - 1], year=value.year)
        else:
            text = self.date(date(value.year, value.month, value.day))
        if value.estimated:
            text = forms["estimated"].format(date=text)
        return text if unbroken else text.replace(NBSP, " ")

    def count(self, key: str, n: int) -> str:
        forms = self.data["count"][key]
        return forms[min(self._plural(n), len(forms) - 1)].format(n=n)

    def country(self, code: str) -> str:
        names = countries().get(code.strip().upper())
        return names[self.lang] if names and self.lang in names else code

    def citizenship(self, codes: tuple[str, ...], stateless: bool) -> str:
        if stateless:
            return self.data["stateless"]
        if not codes:
            return self.data["empty"]
        return self.data["list_separator"].join(self.country(code) for code in codes)

    def language_name(self, code: str) -> str:
        if not code:
            return self.data["empty"]
        return self.data["languages"].get(code.strip().lower(), code)

    def vocab(self, kind: str, value: object) -> str:
        key = str(getattr(value, "value", value))
        return self.data["vocab"][kind].get(key, key.replace("_", " "))

    def pick(self, mapping: Mapping[str, str]) -> str:
        """The text for this language from a per-language mapping: this one, else ru, else any."""
        for key in (self.lang, "ru"):
            if mapping.get(key):
                return mapping[key]
        return next((text for text in mapping.values() if text), "")


@cache
def texts(lang: str) -> Texts:
    if lang not in TEXT_LANGUAGES:
        raise ValueError(f"no document texts for language {lang!r}")
    return Texts(lang, _load(f"texts/{lang}.json"))
