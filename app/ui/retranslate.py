"""Changing the interface language of windows that are already open.

Screens set their texts once, with ``self.tr(...)``, when they are built; rebuilding
them would throw away what the user is typing. So when the language changes, the
texts on screen are translated where they stand: each label, button, title,
tooltip, placeholder, tab, menu entry and list item whose text is a known
translation (or a known template filled with values) in the old language gets the
same message in the new one. What the user typed — line edits, text boxes, the text
of editable lists — is never touched. Item views are asked to draw again (their
models translate when asked for data); widgets with texts computed from data can
implement ``retranslate()``, which is called afterwards.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QToolBox,
    QTreeWidget,
    QWidget,
)

from app.ui import catalog


def commonprefix(texts: list[str]) -> str:
    """The longest start all ``texts`` share."""
    first, last = min(texts), max(texts)
    size = 0
    while size < min(len(first), len(last)) and first[size] == last[size]:
        size += 1
    return first[:size]

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}|%L?n")
#: A count as %Ln writes it in any of the languages (grouped with spaces, dots or commas).
_COUNT = r"(-?\d(?:[\d\s\u00a0\u202f.,']*\d)?)"


@dataclass(frozen=True)
class _Entry:
    context: str
    source: str
    comment: str
    numerus: bool


class Retranslator:
    """Maps texts in one language to the same messages in another."""

    def __init__(self, old: str, new: str, old_locale: QLocale | None = None) -> None:
        self.old, self.new = old, new
        self.dates = DateRewriter(old_locale) if old_locale is not None else None
        self.exact: dict[str, list[_Entry]] = {}
        self.templates: list[tuple[re.Pattern, list[str], _Entry]] = []
        for message in _messages(old):
            entry = _Entry(message.context, message.source, message.comment, message.numerus)
            texts = _texts(message)
            for text in texts:
                if not text:
                    continue
                if _PLACEHOLDER.search(text):
                    pattern, names = _pattern(text)
                    if pattern is not None:
                        self.templates.append((pattern, names, entry))
                else:
                    self.exact.setdefault(text, []).append(entry)
        # The longest templates first: "{a} — {b}" must not win over a fuller match.
        self.templates.sort(key=lambda item: -len(item[0].pattern))
        self._by_start: dict[str, list[tuple[re.Pattern, list[str], _Entry]]] = {}
        self._open: list[tuple[re.Pattern, list[str], _Entry]] = []
        for item in self.templates:
            start = _literal_start(item[0].pattern)
            if start:
                self._by_start.setdefault(start[:2], []).append(item)
            else:
                self._open.append(item)

    def text(self, text: str, contexts: Iterable[str] = (), *, depth: int = 0,
             sources: Iterable[str] = ()) -> str | None:
        """``text`` in the new language, or None when it is not a known message.

        ``contexts`` are the likeliest contexts first; ``sources`` English texts it
        is known to be one of (a list item's stored value tells which label it shows).
        """
        if not text or self.old == self.new:
            return None
        entries = self.exact.get(text)
        if entries:
            known = [e for e in entries if e.source in set(sources)]
            entry = _prefer(known or entries, [*contexts, *_LIST_CONTEXTS])
            return _translate(entry)
        if depth > 1 or len(text) > 5000:
            return None
        for pattern, names, entry in [*self._by_start.get(text[:2], ()), *self._open]:
            match = pattern.fullmatch(text)
            if match is None:
                continue
            values: dict[str, str] = {}
            count = None
            for index, name in enumerate(names):
                value = match.group(index + 1)
                if name == "%n":
                    digits = "".join(ch for ch in value if ch.isdigit())
                    count = (-1 if value.startswith("-") else 1) * int(digits) if digits else None
                    continue
                again = self.text(value, contexts, depth=depth + 1)
                if again is None and self.dates is not None:
                    again = self.dates.rewrite(value)
                values[name] = again if again is not None else value
            if entry.numerus and count is None:
                continue
            template = _translate(entry, count)
            try:
                return template.format(**values)
            except (KeyError, IndexError, ValueError):
                return None
        return None


class DateRewriter:
    """Finds dates written the old locale's way (short «27.11.2026», long «27 ноября
    2026 г.») in a text and writes them the current locale's way."""

    def __init__(self, old_locale: QLocale) -> None:
        from app.ui.locale_format import long_date_text, short_date_format

        self._short = _date_pattern(short_date_format(old_locale))
        current = QLocale()
        QLocale.setDefault(old_locale)
        try:
            samples = [long_date_text(date(2000, month, 15)) for month in range(1, 13)]
        finally:
            QLocale.setDefault(current)
        self._long = _long_pattern(samples)

    def rewrite(self, text: str) -> str:
        from app.ui.locale_format import date_text, long_date_text

        def short(match: re.Match) -> str:
            found = _as_date(match["y"], match["m"], match["d"])
            return date_text(found) if found else match[0]

        def long(match: re.Match) -> str:
            found = _as_date(match["y"], str(self._months.index(match["month"]) + 1),
                             match["d"])
            return long_date_text(found) if found else match[0]

        if self._short is not None:
            text = self._short.sub(short, text)
        if self._long is not None:
            pattern, self._months = self._long
            text = pattern.sub(long, text)
        return text


def _as_date(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _date_pattern(fmt: str) -> re.Pattern | None:
    """A regular expression for dates in a Qt date format such as ``dd.MM.yyyy``."""
    parts, names = [], {"d": "d", "M": "m", "y": "y"}
    for token in re.findall(r"d+|M+|y+|'[^']*'|.", fmt):
        letter = token[0]
        if (letter in names and len(token) <= 2) or token == "yyyy":
            if f"(?P<{names[letter]}>" in "".join(parts):
                return None
            digits = r"\d{4}" if letter == "y" else r"\d{1,2}"
            parts.append(f"(?P<{names[letter]}>{digits})")
        elif letter in "dMy":
            return None  # names of days or months: not a short format
        else:
            parts.append(re.escape(token.strip("'")))
    return re.compile(r"(?<!\d)" + "".join(parts) + r"(?!\d)")


def _long_pattern(samples: list[str]) -> tuple[re.Pattern, list[str]] | None:
    """From the 15th of each month of 2000 written long, a pattern for any long date:
    the month is what differs between the samples, the rest is shared."""
    start = len(commonprefix(samples))
    end = len(commonprefix([sample[::-1] for sample in samples]))
    months = [sample[start:len(sample) - end] for sample in samples]
    if len(set(months)) != 12 or not all(months):
        return None

    def shared(text: str) -> str:
        return re.escape(text).replace("15", r"(?P<d>\d{1,2})", 1).replace(
            "2000", r"(?P<y>\d{4})", 1)

    first = samples[0]
    head, tail = shared(first[:start]), shared(first[len(first) - end:])
    if "(?P<d>" not in head + tail or "(?P<y>" not in head + tail:
        return None
    alternatives = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    return re.compile(f"{head}(?P<month>{alternatives}){tail}"), months


def _messages(language: str) -> list[catalog.Message]:
    """Every message with its text in ``language``. Each catalogue holds every source
    text; English shows the source itself, except the plural forms in pana_en.ts."""
    every = catalog.ts_path("kk")
    if not every.exists():
        return []
    messages = catalog.read(every)
    if language == "kk":
        return messages
    path = catalog.ts_path(language)
    own = {m.key: m for m in catalog.read(path)} if path.exists() else {}
    return [own.get(m.key) or catalog.Message(m.context, m.source, m.comment, m.numerus)
            for m in messages]


def _texts(message: catalog.Message) -> list[str]:
    if message.finished and any(message.forms):
        return [form for form in message.forms if form]
    return [message.source]


def _pattern(text: str) -> tuple[re.Pattern | None, list[str]]:
    """A regular expression matching ``text`` with any values in its placeholders.
    A value may not run over the text that follows it in the template, so a short
    template cannot swallow a longer sentence built around it."""
    names: list[str] = []
    parts: list[str] = []
    found = list(_PLACEHOLDER.finditer(text))
    last = 0
    for index, match in enumerate(found):
        parts.append(re.escape(text[last:match.start()]))
        if match.group(0) in ("%n", "%Ln"):
            names.append("%n")
            parts.append(_COUNT)
        else:
            names.append(match.group(1))
            end = found[index + 1].start() if index + 1 < len(found) else len(text)
            following = text[match.end():end][:3]
            if following:
                parts.append(f"((?:(?!{re.escape(following)}).)*?)")
            else:
                parts.append("(.*?)")
        last = match.end()
    parts.append(re.escape(text[last:]))
    if len(_PLACEHOLDER.sub("", text).strip()) < 3:  # "{a} — {b}" would match anything
        return None, []
    try:
        return re.compile("".join(parts), re.DOTALL), names
    except re.error:
        return None, []


def _literal_start(pattern: str) -> str:
    """The first characters a pattern needs, unescaped ("" when it starts with a value)."""
    out = []
    i = 0
    while i < len(pattern) and len(out) < 2:
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(pattern[i + 1])
            i += 2
        elif ch in "(.[":
            break
        else:
            out.append(ch)
            i += 1
    return "".join(out) if len(out) == 2 else ""


#: Where a list item's text most likely comes from when its widget does not say.
_LIST_CONTEXTS = ("Vocab", "CaseStatus", "Step", "Languages")


def _prefer(entries: list[_Entry], contexts: Iterable[str]) -> _Entry:
    if len(entries) > 1:
        wanted = list(contexts)
        for context in wanted:
            for entry in entries:
                if entry.context == context:
                    return entry
    return entries[0]


def _translate(entry: _Entry, count: int | None = None) -> str:
    comment = entry.comment or None
    if entry.numerus:
        return QCoreApplication.translate(entry.context, entry.source, comment,
                                          count if count is not None else 1)
    return QCoreApplication.translate(entry.context, entry.source, comment)


def _labels_of(value: object) -> list[str]:
    """The English labels an enum value stored in a list item may be shown with."""
    if not isinstance(value, str) or not value:
        return []
    from app.domain import vocab

    return [text for (_enum, stored), text in vocab._LABELS.items() if stored == value]


# ---------------------------------------------------------------------------
# walking the widgets


def _contexts(widget: QWidget) -> list[str]:
    """The likeliest contexts of a widget's texts: its class and its parents' classes
    (with their bases), then the other classes of their modules (a helper object that
    builds a form for its widget, such as the applicant's person fields)."""
    names: list[str] = []
    modules: list[str] = []
    current = widget
    while current is not None:
        for klass in type(current).__mro__:
            if klass.__module__.startswith("app.") and klass.__name__ not in names:
                names.append(klass.__name__)
                if klass.__module__ not in modules:
                    modules.append(klass.__module__)
        current = current.parentWidget()
    for module in modules:
        names.extend(name for name in _classes_of(module) if name not in names)
    return names


@functools.cache
def _classes_of(module: str) -> tuple[str, ...]:
    found = sys.modules.get(module)
    if found is None:
        return ()
    return tuple(name for name, value in vars(found).items()
                 if isinstance(value, type) and value.__module__ == module)


def _swap(getter: Callable[[], str], setter: Callable[[str], None], tr: Retranslator,
          contexts: list[str]) -> None:
    current = getter()
    if not current:
        return
    new = tr.text(current, contexts)
    if new is None and tr.dates is not None:  # a text made from data: its dates at least
        new = tr.dates.rewrite(current)
    if new is not None and new != current:
        setter(new)


def retranslate_widget(widget: QWidget, tr: Retranslator) -> None:
    contexts = _contexts(widget)

    def swap(getter, setter):
        _swap(getter, setter, tr, contexts)

    swap(widget.windowTitle, widget.setWindowTitle)
    swap(widget.toolTip, widget.setToolTip)
    swap(widget.statusTip, widget.setStatusTip)
    swap(widget.whatsThis, widget.setWhatsThis)
    swap(widget.accessibleName, widget.setAccessibleName)
    swap(widget.accessibleDescription, widget.setAccessibleDescription)
    if isinstance(widget, QLabel | QAbstractButton):
        swap(widget.text, widget.setText)
    elif isinstance(widget, QGroupBox):
        swap(widget.title, widget.setTitle)
    elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        swap(widget.placeholderText, widget.setPlaceholderText)
    elif isinstance(widget, QComboBox):
        if widget.isEditable() and widget.lineEdit() is not None:
            swap(widget.lineEdit().placeholderText, widget.lineEdit().setPlaceholderText)
        for row in range(widget.count()):
            current = widget.itemText(row)
            new = tr.text(current, contexts, sources=_labels_of(widget.itemData(row)))
            if new is not None and new != current:
                widget.setItemText(row, new)
            swap(lambda r=row: widget.itemData(r, Qt.ItemDataRole.ToolTipRole) or "",
                 lambda t, r=row: widget.setItemData(r, t, Qt.ItemDataRole.ToolTipRole))
    elif isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            swap(lambda i=index: widget.tabText(i), lambda t, i=index: widget.setTabText(i, t))
            swap(lambda i=index: widget.tabToolTip(i),
                 lambda t, i=index: widget.setTabToolTip(i, t))
    elif isinstance(widget, QToolBox):
        for index in range(widget.count()):
            swap(lambda i=index: widget.itemText(i), lambda t, i=index: widget.setItemText(i, t))
    elif isinstance(widget, QMenu):
        swap(widget.title, widget.setTitle)
    if isinstance(widget, QListWidget):
        for row in range(widget.count()):
            item = widget.item(row)
            swap(item.text, item.setText)
            swap(item.toolTip, item.setToolTip)
    elif isinstance(widget, QTableWidget):
        for column in range(widget.columnCount()):
            item = widget.horizontalHeaderItem(column)
            if item is not None:
                swap(item.text, item.setText)
    elif isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        for column in range(widget.columnCount()):
            swap(lambda c=column: header.text(c), lambda t, c=column: header.setText(c, t))


def retranslate_actions(widget: QWidget, tr: Retranslator) -> None:
    contexts = _contexts(widget)
    for action in widget.actions():
        _swap(action.text, action.setText, tr, contexts)
        _swap(action.toolTip, action.setToolTip, tr, contexts)
        _swap(action.statusTip, action.setStatusTip, tr, contexts)
        _swap(action.iconText, action.setIconText, tr, contexts)


def _redraw(view: QAbstractItemView) -> None:
    model: QAbstractItemModel | None = view.model()
    if model is None:
        return
    rows = model.rowCount(QModelIndex())
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column, not to be asked
        columns = 1
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if isinstance(view, QTableView):  # headings that grew get the room they need
            from app.ui.tables import fit_headers

            fit_headers(view, [view.columnWidth(c) for c in range(columns)])
    if rows and columns:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))
    view.viewport().update()


def retranslate_application(old: str, new: str) -> None:
    """Put every open window's texts into the new language (its translators are
    already installed)."""
    tr = Retranslator(old, new, QLocale(catalog.LOCALES[old]))
    widgets = QApplication.allWidgets()
    # Actions first: a tool button showing an action takes the action's new text as
    # its tooltip, which the button's own tooltip then replaces.
    for widget in widgets:
        retranslate_actions(widget, tr)
    for widget in widgets:
        retranslate_widget(widget, tr)
    for widget in widgets:
        if isinstance(widget, QAbstractItemView) and not isinstance(
                widget, QListWidget | QTableWidget | QTreeWidget):
            _redraw(widget)
    for widget in widgets:
        hook = getattr(widget, "retranslate", None)
        if callable(hook):
            hook()
