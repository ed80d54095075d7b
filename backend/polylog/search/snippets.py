"""Snippets: a passage of a result around its first matched word, matches marked."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Final

from polylog.search import normalize
from polylog.search.query import ParsedQuery
from polylog.search.thesaurus import ConceptIndex

SNIPPET_LENGTH: Final = 220
SNIPPET_SCAN: Final = 1200


def _mark(
    found: Sequence[normalize.Token], language: str, parsed: ParsedQuery, concepts: ConceptIndex
) -> list[bool]:
    """For each token: whether it is a matched word or part of a matched concept."""
    marked = [token.term in parsed.terms for token in found]
    wanted = set(parsed.concept_keys)
    if not wanted:
        return marked
    for match in concepts.find([token.term for token in found], language):
        if match.key in wanted:
            for index in range(match.start, match.end):
                marked[index] = True
    return marked


def snippet(
    text: str,
    language: str,
    parsed: ParsedQuery,
    concepts: ConceptIndex,
    *,
    length: int = SNIPPET_LENGTH,
) -> str:
    """A passage of ``text`` around the first matched word, HTML-escaped, matches in <mark>.

    Only the first ``SNIPPET_SCAN`` characters are looked at: a match further into a
    long text still counts for the ranking, and the snippet shows the beginning.
    """
    text = " ".join(text[:SNIPPET_SCAN].split())
    found: list[normalize.Token] = []
    first_word: normalize.Token | None = None
    for word, word_start, word_end in normalize.words(text):
        if first_word is not None and word_start > first_word.end + length:
            break  # the passage is decided; the rest need not be read
        found_term = normalize.term(word, language)
        if found_term is not None:
            found.append(normalize.Token(found_term, word_start, word_end))
            if first_word is None and found_term in parsed.terms:
                first_word = found[-1]
    marked = _mark(found, language, parsed, concepts)
    first = next((i for i, is_marked in enumerate(marked) if is_marked), None)
    start = 0
    if first is not None and found[first].end > length - 40:
        start = max(0, found[first].start - 60)
        start = next((t.start for t in found if t.start >= start), found[first].start)
    end = min(len(text), start + length)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start else end
    parts: list[str] = ["…"] if start > 0 else []
    position = start
    for token, is_marked in zip(found, marked, strict=True):
        if not is_marked or token.start < start or token.end > end:
            continue
        parts.append(html.escape(text[position : token.start]))
        parts.append(f"<mark>{html.escape(text[token.start : token.end])}</mark>")
        position = token.end
    parts.append(html.escape(text[position:end]))
    if end < len(text):
        parts.append("…")
    return "".join(parts)
