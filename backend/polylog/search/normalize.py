"""Text → search terms, the same way for documents and queries, in Python.

Every word goes through one pipeline per language:

1. NFKC (compatibility forms: ligatures, full-width letters, Arabic presentation forms);
2. Persian letter forms (ي ى → ی, ك → ک, ة ۀ ە → ه, أ إ ٱ → ا, ؤ → و, tatweel dropped),
   Persian and Arabic-Indic digits → ASCII;
3. lower case with the language's rules (Turkish: I → ı, İ → i), before any
   decomposition, so no stray combining dot is left;
4. combining marks (Arabic vowel marks and stray dots) and format characters
   (ZWNJ, ZWJ, soft hyphens, direction marks) removed, so کتاب‌ها and کتابها meet;
5. a Turkish or English suffix after an apostrophe dropped (İzmir'in → izmir);
6. stop words dropped; the rest stemmed with the language's Snowball stemmer (Finnish
   stems still ending in -ia or -ea once more, so energia and energian meet);
7. folded: ı → i, Latin diacritics removed (ö → o, ä → a), Persian letter forms again.

The database only sees the resulting space-separated terms, so SQLite and
PostgreSQL index and match exactly the same tokens.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Final

import regex
import Stemmer

from polylog.core.i18n import SUPPORTED_LANGUAGES

LANGUAGES: Final[tuple[str, ...]] = SUPPORTED_LANGUAGES
_STEMMERS: Final[dict[str, str]] = {
    "en": "english",
    "tr": "turkish",
    "fa": "persian",
    "fi": "finnish",
}
MAX_TERM_LENGTH: Final[int] = 60
_FINNISH_SECOND_PASS: Final[tuple[str, ...]] = ("ia", "ea", "iä", "eä")
_DATA = Path(__file__).with_name("data")

_LETTERS = str.maketrans(
    {
        "ي": "ی",  # Arabic yeh
        "ى": "ی",  # alef maksura
        "ك": "ک",  # Arabic kaf
        "ة": "ه",  # teh marbuta
        "ۀ": "ه",  # heh with yeh above
        "ە": "ه",  # ae
        "أ": "ا",
        "إ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "ـ": None,  # tatweel
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian digits
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
    }
)
_MARKS = regex.compile(r"[\p{Mn}\p{Me}\p{Cf}]+")
# A word as written: letters, digits, marks and joiners, with an optional suffix after an
# apostrophe (Turkish İzmir'in, English Salo's). Offsets refer to the original text.
_WORD = regex.compile(r"[\p{L}\p{N}\p{M}\p{Cf}]+(?:['’ʼ][\p{L}\p{M}]+)*")
_APOSTROPHE = regex.compile(r"['’ʼ]")
_TERM = regex.compile(r"[\p{L}\p{N}]+")


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a text: the term it indexes as, and where it stands in the original."""

    term: str
    start: int
    end: int


def lower(text: str, language: str) -> str:
    """Lower case with the language's rules; İ never leaves a combining dot behind."""
    if language == "tr":
        text = text.replace("I", "ı")
    return text.replace("İ", "i").lower()


def clean(text: str, language: str) -> str:
    """Steps 1–4: compatibility forms, Persian letters and digits, case, marks."""
    text = unicodedata.normalize("NFKC", text).translate(_LETTERS)
    text = unicodedata.normalize("NFC", lower(text, language))
    return str(_MARKS.sub("", text))


def fold(term: str) -> str:
    """Step 7: ı → i and diacritics removed, so surdurulebilirlik meets sürdürülebilirlik."""
    decomposed = unicodedata.normalize("NFD", term.replace("ı", "i"))
    return unicodedata.normalize("NFC", _MARKS.sub("", decomposed)).translate(_LETTERS)


@cache
def _stemmer(language: str) -> Stemmer._Stemmer:
    return Stemmer.Stemmer(_STEMMERS[language])


@cache
def stop_words(language: str) -> frozenset[str]:
    """The language's stop words, cleaned like the words they are compared with."""
    raw: dict[str, list[str]] = json.loads((_DATA / "stopwords.json").read_text(encoding="utf-8"))
    return frozenset(clean(word, language) for word in raw[language])


@lru_cache(maxsize=262_144)
def term(word: str, language: str) -> str | None:
    """One word as written → its search term in ``language``; None for stop words and noise."""
    cleaned = _APOSTROPHE.split(clean(word, language), maxsplit=1)[0]
    if not cleaned or cleaned in stop_words(language):
        return None
    parts = _TERM.findall(cleaned)
    if not parts:
        return None
    # NFKC can split a word (½ → 1⁄2); the pieces are read as one.
    cleaned = "".join(parts)
    stemmed = cleaned if cleaned.isdigit() else _stemmer(language).stemWord(cleaned)
    if language == "fi" and stemmed.endswith(_FINNISH_SECOND_PASS):
        # Snowball removes one case ending: energia → energ, but energian → energia.
        stemmed = _stemmer(language).stemWord(stemmed)
    return fold(str(stemmed))[:MAX_TERM_LENGTH] or None


def is_stop_word(word: str, language: str) -> bool:
    cleaned = _APOSTROPHE.split(clean(word, language), maxsplit=1)[0]
    return cleaned in stop_words(language)


def words(text: str) -> Iterator[tuple[str, int, int]]:
    """The words of ``text`` as written, with their offsets."""
    for match in _WORD.finditer(text):
        yield match.group(), match.start(), match.end()


def tokens(text: str, language: str) -> list[Token]:
    """The terms of ``text`` in ``language``, in order, with their places in the text."""
    found = []
    for word, start, end in words(text):
        found_term = term(word, language)
        if found_term is not None:
            found.append(Token(found_term, start, end))
    return found


def terms(text: str, language: str) -> list[str]:
    return [token.term for token in tokens(text, language)]


def folded_words(text: str) -> str:
    """Words lower-cased and folded but not stemmed: what typo tolerance compares."""
    return " ".join(
        folded
        for word, _start, _end in words(text)
        if (folded := fold("".join(_TERM.findall(clean(word, "tr")))))
    )
