"""Personal names in every script Pana meets: search keys, Kazakh Latin, sorting.

One person reaches the register written many ways: Kazakh or Russian Cyrillic,
the 2021 Kazakh Latin alphabet, Russian-style or English transliteration,
Uyghur in the Arabic script or in Uyghur Latin (ULY), Kazakh in the Arabic
script used in China, Chinese characters or their pinyin. ``name_key`` reduces
all of them to one lower-case ASCII "phonetic skeleton" so that search and the
duplicate check compare like with like.

How a key is made:

1. NFKC, then stray Latin look-alikes inside a Cyrillic word (and the reverse)
   are read as the script of the word, because mixed keyboard layouts are a
   common slip ("Cерик" with a Latin C). Then lower case.
2. Every script becomes Latin with small tables of our own: Cyrillic by the
   2021 Kazakh Latin alphabet (Russian-only letters included), Uyghur/Kazakh
   Arabic script by ULY, Chinese characters by pypinyin without tones.
   Diacritics are then dropped; Ç/Ş/Č/Š/Ž become ch/sh/zh first, because
   their bare letters would mean something else.
3. Apostrophes vanish (Nurg'aliev = Nurgaliev); any other non-letter splits
   words.
4. A phonetic fold, applied to each word until nothing changes:

   - shch -> sh (Щ is Ş in Kazakh Latin); zh, dj (from dzh) -> j (Ж is J);
   - kh, x -> h (Х/Һ are H; ULY writes خ as x); gh -> g; q -> k; ck -> k;
   - ts, tz -> c (Ц; also pinyin c);
   - w -> u after a vowel when no vowel follows (Dawlet = Daulet), else v;
   - lv, nv not before a vowel -> lu, nu (pinyin v for ü: Lv = Lü);
   - y before e is dropped (Yerlan = Ерлан, Sergeyev = Сергеев: Russian е
     already carries the y sound); every other y -> i, both the glide
     (Ya = Ia = Я) and the vowel (Ы, Serikuly = Серікұлы);
   - an i gliding into e or o at the start of a word or after a vowel is
     dropped (Ierlan, Ёлкин/Yolkin/İolkin -> olkin);
   - doubled letters become single (Mukhammed = Мұхаммед).

   Kazakh-only letters fold into their nearest Russian ones (Ә->a, Ғ->g,
   Қ->k, Ң->n, Ө->o, Ұ/Ү->u, І->i). The fold is deliberately loose; the
   duplicate check filters false positives by date of birth. It keeps
   consonants and most vowels, so Ерлан/Арман and Серікұлы/Серікқызы stay
   apart.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import groupby

from pypinyin import Style, lazy_pinyin

__all__ = [
    "detect_script",
    "document_key",
    "kazakh_sort_key",
    "name_key",
    "name_keys",
    "to_kazakh_latin",
]

# --- Cyrillic ---------------------------------------------------------------

# The 2021 Kazakh Latin alphabet; Russian-only letters as the brief for printed
# documents asks (Ц->Ts, Щ->Ş, Ё/Ю/Я->İo/İu/İa, Ъ and Ь dropped).
_KAZAKH_LATIN = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d",
    "е": "e", "ё": "io", "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k",
    "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ñ", "о": "o", "ө": "ö",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū", "ү": "ü",
    "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ç", "ш": "ş", "щ": "ş",
    "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}
# Upper-case İ must keep its dot: in Kazakh Latin I is І and İ is И/Й.
_KAZAKH_LATIN_UPPER = {"и": "İ", "й": "İ", "ё": "İo", "ю": "İu", "я": "İa"}

# Letters of neighbouring Cyrillic alphabets (Tatar, Bashkir, Uzbek, Tajik,
# Ukrainian) that refugees' documents use; only name keys need them.
_OTHER_CYRILLIC = {
    "є": "ye", "ї": "yi", "ґ": "g", "ў": "u", "җ": "j", "ҳ": "h", "ҷ": "j",
    "ҙ": "z", "ҫ": "s", "ҡ": "k", "ӣ": "i", "ӯ": "u", "ј": "y",
}

_CYRILLIC_FOR_KEYS = {**_OTHER_CYRILLIC, **_KAZAKH_LATIN}

_KAZAKH_ONLY = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")

_KAZAKH_ORDER = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"

# --- Arabic script (Uyghur Ereb Yéziqi, Kazakh töte jazuw) ------------------

# Read as Uyghur Latin (ULY); the fold then meets the Cyrillic and Latin
# spellings. U+0647 is e, not h: legacy Uyghur text stores ە in Arabic
# presentation forms, which NFKC turns into U+0647; Uyghur h is ھ.
_UYGHUR_ARABIC = {
    "ا": "a", "آ": "a", "أ": "a", "إ": "i", "ٱ": "a", "ە": "e", "ه": "e",
    "ة": "e", "ب": "b", "پ": "p", "ت": "t", "ث": "s", "ج": "j", "چ": "ch",
    "ح": "h", "خ": "x", "د": "d", "ذ": "z", "ر": "r", "ز": "z", "ژ": "zh",
    "س": "s", "ش": "sh", "ص": "s", "ض": "z", "ط": "t", "ظ": "z", "غ": "gh",
    "ف": "f", "ق": "q", "ك": "k", "ک": "k", "گ": "g", "ڭ": "ng", "ل": "l",
    "م": "m", "ن": "n", "ھ": "h", "و": "o", "ۇ": "u", "ۆ": "ö", "ۈ": "ü",
    "ۋ": "w", "ې": "é", "ى": "i", "ي": "y", "ی": "y",
    # Kazakh writes Ғ with ع; Uyghur spelling never uses it.
    "ع": "gh",
    # Hamza carriers and the Kazakh front-vowel mark carry no sound of their own.
    "ئ": "", "ء": "", "ٴ": "", "ـ": "",
}
# A word with the Kazakh front-vowel mark (NFKC splits ٵ ٶ ٷ ٸ into a letter
# plus this mark) is Kazakh, where ۆ is В and ڭ is Ң.
_KAZAKH_ARABIC_MARK = "\u0674"
_KAZAKH_ARABIC = {**_UYGHUR_ARABIC, "ۆ": "v", "ڭ": "ñ"}

# --- Latin ------------------------------------------------------------------

# Letters whose bare form after dropping diacritics would mean another sound.
_LATIN_SPECIAL = {
    "ç": "ch", "ş": "sh", "ș": "sh", "č": "ch", "ĉ": "ch", "š": "sh", "ŝ": "sh",
    "ž": "zh", "ŋ": "n", "ı": "i", "ə": "a", "ǝ": "a", "ɵ": "o", "æ": "a",
    "ø": "o", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "þ": "th", "ł": "l",
    "ħ": "h",
    # Ý was У in the 2018 Kazakh Latin alphabet.
    "ý": "u",
}

# Apostrophes join (O'Brien, Nurg'aliev from the 2017 Kazakh Latin); other
# punctuation splits words.
_APOSTROPHES = frozenset("'’‘ʼʻʹʽʾʿ`´′")

# --- look-alikes --------------------------------------------------------------

_LATIN_TO_CYRILLIC = {
    "A": "А", "a": "а", "B": "В", "C": "С", "c": "с", "E": "Е", "e": "е",
    "H": "Н", "h": "һ", "I": "І", "i": "і", "K": "К", "k": "к", "M": "М",
    "O": "О", "o": "о", "P": "Р", "p": "р", "T": "Т", "X": "Х", "x": "х",
    "Y": "У", "y": "у", "Ə": "Ә", "ə": "ә", "Ɵ": "Ө", "ɵ": "ө",
}
_CYRILLIC_TO_LATIN = {
    "А": "A", "а": "a", "В": "B", "С": "C", "с": "c", "Е": "E", "е": "e",
    "Н": "H", "һ": "h", "І": "I", "і": "i", "К": "K", "к": "k", "М": "M",
    "О": "O", "о": "o", "Р": "P", "р": "p", "Т": "T", "Х": "X", "х": "x",
    "У": "Y", "у": "y",
}
_DOCUMENT_LOOKALIKES = {
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O",
    "Р": "P", "С": "C", "Т": "T", "Х": "X", "І": "I",
}

_WORD = re.compile(r"[^\W\d_]+")

# --- Chinese surnames ---------------------------------------------------------

# pypinyin reads characters as ordinary words; as surnames these read
# differently (单 is Shan, not dan).
_SURNAME_READINGS = {
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "朴": "piao", "区": "ou",
    "查": "zha", "乐": "yue", "盖": "ge", "覃": "qin", "召": "shao", "缪": "miao",
    "翟": "zhai", "种": "chong", "秘": "bi", "折": "she", "员": "yun", "句": "gou",
    "宿": "su", "冼": "xian", "洗": "xian", "谌": "chen", "阚": "kan", "华": "hua",
    "任": "ren", "纪": "ji", "相": "xiang", "应": "ying", "都": "du", "曲": "qu",
    "尉": "wei", "重": "chong", "柏": "bai", "沈": "shen", "薄": "bo", "燕": "yan",
    "尉迟": "yu chi", "长孙": "zhang sun", "万俟": "mo qi", "单于": "chan yu",
    "澹台": "tan tai", "令狐": "ling hu",
}
# Two-character surnames, so that the given name is split off in the right place.
_COMPOUND_SURNAMES = frozenset({
    "尉迟", "长孙", "万俟", "单于", "澹台", "令狐", "欧阳", "司马", "诸葛", "上官",
    "东方", "皇甫", "公孙", "夏侯", "慕容", "宇文", "司徒", "司空", "端木", "独孤",
    "南宫", "西门", "轩辕", "呼延", "闻人", "东郭", "百里", "钟离", "拓跋", "左丘",
    "公冶", "太史", "申屠",
})

# Separators Chinese writes between the parts of a transliterated name.
_NAME_DOTS = frozenset("·•‧・.")
_NAME_SEPARATORS = re.compile(r"[\s·•‧・.]+")


# --- public API ---------------------------------------------------------------


def name_key(text: str) -> str:
    """The phonetic search key of ``text`` (see the module docstring).

    Lower-case ASCII letters and digits, words separated by one space; ``""``
    when nothing in ``text`` can be read.
    """
    return _finish(_romanise(_prepare(text)))


def name_keys(text: str) -> list[str]:
    """Every key under which the name ``text`` should be indexed.

    ``name_key(text)`` first. Names with Chinese characters add the characters
    themselves (spaces removed) and pinyin keys: surname read as a surname,
    given name as one word (``wang xiaoming``), each run of characters as one
    word, and everything run together (``wangxiaoming``). Empty keys are left
    out, so a name with nothing readable has no keys.
    """
    keys: list[str] = []

    def add(key: str) -> None:
        if key and key not in keys:
            keys.append(key)

    add(name_key(text))
    prepared = _prepare(text)
    if not any(_is_han(ch) for ch in prepared):
        return keys
    add("".join(ch for ch in prepared if not ch.isspace() and ch not in _NAME_DOTS))
    for as_surname in (True, False):
        for layout in ("syllables", "surname", "runs"):
            add(_finish(_romanise(prepared, layout, as_surname)))
        # Run together before folding, as someone typing "Wangxiaoming" would.
        add(_finish(_NAME_SEPARATORS.sub("", _romanise(prepared, "runs", as_surname))))
    return keys


def to_kazakh_latin(text: str) -> str:
    """Kazakh Cyrillic in the 2021 Kazakh Latin alphabet, for display and print.

    Case is kept (a multi-letter rendering is all capitals inside an
    all-capital word: ЦОЙ -> TSOI, Цой -> Tsoi); characters that are not
    Cyrillic are left as they are, except Latin look-alikes typed inside a
    Cyrillic word, which are read as the Cyrillic letter they imitate.
    """
    text = _repair_mixed_words(unicodedata.normalize("NFC", text))
    out: list[str] = []
    for i, ch in enumerate(text):
        lower = ch.lower()
        if lower not in _KAZAKH_LATIN:
            out.append(ch)
            continue
        latin = _KAZAKH_LATIN[lower]
        if ch == lower or not latin:
            out.append(latin)
            continue
        latin = _KAZAKH_LATIN_UPPER.get(lower, latin.upper())
        if len(latin) > 1:
            latin = latin.upper() if _in_capitals(text, i) else latin[0] + latin[1:].lower()
        out.append(latin)
    return "".join(out)


def kazakh_sort_key(text: str) -> tuple:
    """Sort key putting text in Kazakh alphabetical order, ignoring case.

    Separators sort first, then digits, then Cyrillic letters in the Kazakh
    order (other Cyrillic letters after Я), then Latin letters by their bare
    letter, then every other script by code point. Ties are broken by accents
    and finally by the exact text, so the order is total and stable.
    """
    text = _repair_mixed_words(unicodedata.normalize("NFC", text))
    primary: list[int] = []
    secondary: list[int] = []
    for ch in text:
        weight = _sort_weight(ch)
        if weight is None:
            continue
        primary.append(weight)
        secondary.append(ord(ch.lower()[0]))
    return (tuple(primary), tuple(secondary), text)


def document_key(text: str) -> str:
    """An identity-document number for comparison: ``"№ 12 345-678"`` -> ``"12345678"``.

    Upper-case ASCII letters and digits only; Cyrillic letters that look like
    Latin ones become those Latin letters, other digits become ASCII digits.
    """
    # NFKC would turn № into the letters "No".
    text = unicodedata.normalize("NFKC", text.replace("№", " ")).upper()
    out: list[str] = []
    for ch in text:
        ch = _DOCUMENT_LOOKALIKES.get(ch, ch)
        if ch.isascii():
            if ch.isalnum():
                out.append(ch)
        elif unicodedata.category(ch) == "Nd":
            out.append(str(unicodedata.decimal(ch)))
    return "".join(out)


def detect_script(text: str) -> str:
    """``"kk-Cyrl"``, ``"ru-Cyrl"``, ``"Latn"``, ``"Hans"`` or ``"Arab"``.

    The script of most letters; a tie goes to the script met first. Cyrillic
    is Kazakh when any Kazakh-only letter (Ә Ғ Қ Ң Ө Ұ Ү Һ І) appears. Text
    without letters of these scripts is ``"Latn"``.
    """
    text = _repair_mixed_words(unicodedata.normalize("NFC", text))
    counts: dict[str, int] = {}
    kazakh = False
    for ch in text:
        script = _script_of(ch)
        if script is None:
            continue
        counts[script] = counts.get(script, 0) + 1
        kazakh = kazakh or ch in _KAZAKH_ONLY
    if not counts:
        return "Latn"
    # dicts keep insertion order and max() keeps the first of equals: ties
    # go to the script met first.
    script = max(counts, key=counts.__getitem__)
    if script == "Cyrl":
        return "kk-Cyrl" if kazakh else "ru-Cyrl"
    return script


# --- key building -------------------------------------------------------------


def _prepare(text: str) -> str:
    return _repair_mixed_words(unicodedata.normalize("NFKC", text)).lower()


def _romanise(text: str, layout: str = "syllables", as_surname: bool = False) -> str:
    """Latin (with diacritics) for lower-case ``text``.

    ``layout`` says how Chinese characters become words: one per syllable,
    surname then given name (first run only), or one per run of characters.
    ``as_surname`` reads the first run's surname with the surname table.
    """
    out: list[str] = []
    first_han_run = True
    for kind, group in groupby(text, _chunk_kind):
        chunk = "".join(group)
        if kind == "han":
            latin = _han_to_latin(chunk, layout, as_surname and first_han_run,
                                  split_surname=first_han_run)
            out.append(f" {latin} ")
            first_han_run = False
        elif kind == "arab":
            out.append(_arabic_to_latin(chunk))
        else:
            out.append("".join(_CYRILLIC_FOR_KEYS.get(ch, ch) for ch in chunk))
    return "".join(out)


def _chunk_kind(ch: str) -> str:
    if _is_han(ch):
        return "han"
    if _is_arabic(ch):
        return "arab"
    return "other"


def _han_to_latin(run: str, layout: str, as_surname: bool, split_surname: bool) -> str:
    syllables = list(_pinyin(run))
    if layout == "syllables" and not as_surname:
        return " ".join(syllables)
    surname_length = 2 if run[:2] in _COMPOUND_SURNAMES else 1
    surname = syllables[:surname_length]
    if as_surname:
        reading = _SURNAME_READINGS.get(run[:surname_length])
        if reading is not None:
            surname = reading.split()
    given = syllables[surname_length:]
    if layout == "syllables":
        return " ".join(surname + given)
    if layout == "surname" and split_surname:
        return f"{''.join(surname)} {''.join(given)}"
    return "".join(surname + given)


@lru_cache(maxsize=1024)
def _pinyin(run: str) -> tuple[str, ...]:
    """One toneless syllable per character ('' where pypinyin has none)."""
    syllables = lazy_pinyin(run, style=Style.NORMAL, v_to_u=True,
                            errors=lambda chars: [""] * len(chars))
    if len(syllables) != len(run):
        # Keep the syllables aligned with the characters for the surname split.
        syllables = [(lazy_pinyin(ch, style=Style.NORMAL, v_to_u=True,
                                  errors=lambda chars: [""]) or [""])[0] for ch in run]
    return tuple(syllables)


def _arabic_to_latin(chunk: str) -> str:
    out: list[str] = []
    # Words decide between the Kazakh and the Uyghur reading.
    for word in re.split(r"(\s+)", chunk):
        table = _KAZAKH_ARABIC if _KAZAKH_ARABIC_MARK in word else _UYGHUR_ARABIC
        out.append("".join(table.get(ch, ch) for ch in word))
    return "".join(out)


def _finish(latin: str) -> str:
    """ASCII words of ``latin``, each phonetically folded, joined by spaces."""
    out: list[str] = []
    for ch in latin:
        if ch in _APOSTROPHES:
            continue
        special = _LATIN_SPECIAL.get(ch)
        if special is not None:
            out.append(special)
            continue
        if ch.isascii():
            out.append(ch.lower() if ch.isalnum() else " ")
            continue
        category = unicodedata.category(ch)
        if category == "Nd":
            out.append(str(unicodedata.decimal(ch)))
            continue
        bare = "".join(c for c in unicodedata.normalize("NFKD", ch)
                       if c.isascii() and c.isalnum())
        if bare:
            out.append(bare.lower())
        elif category[0] not in "LM":
            # Letters of scripts we cannot read vanish; anything else separates.
            out.append(" ")
    words = (_fold(word) for word in "".join(out).split())
    return " ".join(word for word in words if word)


_FOLD_STEPS = tuple((re.compile(pattern), replacement) for pattern, replacement in (
    ("shch", "sh"),
    ("zh", "j"),
    ("dj", "j"),
    ("kh|x", "h"),
    ("gh", "g"),
    ("q", "k"),
    ("ck", "k"),
    ("t[sz]", "c"),
    ("(?<=[aeiou])w(?![aeiou])", "u"),
    ("w", "v"),
    ("(?<=[ln])v(?![aeiou])", "u"),
    ("y(?=e)", ""),
    ("y", "i"),
    ("(?:^|(?<=[aeiou]))i(?=[eo])", ""),
    (r"([a-z])\1+", r"\1"),
))


def _fold(word: str) -> str:
    # Repeat until stable: a step can create what an earlier step folds
    # ("skkh" -> "skh" -> "sh"), and the key must be idempotent. Every pass
    # shortens the word or moves letters one way (x q w y -> h k v/u i), so
    # the loop ends.
    while True:
        folded = word
        for pattern, replacement in _FOLD_STEPS:
            folded = pattern.sub(replacement, folded)
        if folded == word:
            return word
        word = folded


# --- scripts ------------------------------------------------------------------


def _is_han(ch: str) -> bool:
    return ch >= "\u3400" and unicodedata.name(ch, "").startswith(
        ("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH"))


def _is_arabic(ch: str) -> bool:
    code = ord(ch)
    return 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF


def _is_cyrillic(ch: str) -> bool:
    code = ord(ch)
    return 0x0400 <= code <= 0x052F or 0x1C80 <= code <= 0x1C8F or 0xA640 <= code <= 0xA69F


def _is_latin(ch: str) -> bool:
    return ("a" <= ch.lower() <= "z") if ch.isascii() else unicodedata.name(
        ch, "").startswith("LATIN")


def _script_of(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    if _is_latin(ch):
        return "Latn"
    if _is_cyrillic(ch):
        return "Cyrl"
    if _is_han(ch):
        return "Hans"
    if _is_arabic(ch):
        return "Arab"
    return None


def _repair_mixed_words(text: str) -> str:
    """Read Latin look-alikes in a Cyrillic word as Cyrillic, and vice versa."""

    def repair(match: re.Match[str]) -> str:
        word = match.group()
        latin = [ch for ch in word if _is_latin(ch)]
        cyrillic = [ch for ch in word if _is_cyrillic(ch)]
        if not latin or not cyrillic:
            return word
        can_be_cyrillic = all(ch in _LATIN_TO_CYRILLIC for ch in latin)
        can_be_latin = all(ch in _CYRILLIC_TO_LATIN for ch in cyrillic)
        if can_be_cyrillic and (not can_be_latin or len(cyrillic) >= len(latin)):
            return "".join(_LATIN_TO_CYRILLIC.get(ch, ch) for ch in word)
        if can_be_latin:
            return "".join(_CYRILLIC_TO_LATIN.get(ch, ch) for ch in word)
        return word

    return _WORD.sub(repair, text)


def _in_capitals(text: str, i: int) -> bool:
    """Whether the capital at ``text[i]`` stands in an all-capital word."""
    after = text[i + 1] if i + 1 < len(text) else ""
    before = text[i - 1] if i > 0 else ""
    if after.isalpha():
        return after.isupper()
    return before.isalpha() and before.isupper()


_KAZAKH_WEIGHTS = {ch: 100 + 2 * i for i, ch in enumerate(_KAZAKH_ORDER)}
_OTHER_CYRILLIC_BASE = 100 + 2 * len(_KAZAKH_ORDER)
_LATIN_BASE = 10_000
_OTHER_SCRIPT_BASE = 100_000


def _sort_weight(ch: str) -> int | None:
    category = unicodedata.category(ch)
    if category[0] == "M":
        return None  # accents only break ties
    lower = ch.lower()[0]
    if lower in _KAZAKH_WEIGHTS:
        return _KAZAKH_WEIGHTS[lower]
    if category == "Nd":
        return 10 + unicodedata.decimal(ch)
    if not ch.isalnum():
        return 1
    if _is_cyrillic(ch):
        return _OTHER_CYRILLIC_BASE + ord(lower)
    if _is_latin(ch):
        bare = unicodedata.normalize("NFD", lower)[0]
        return _LATIN_BASE + ord(bare)
    return _OTHER_SCRIPT_BASE + ord(ch)
