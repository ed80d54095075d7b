"""Markdown for long texts: made harmless on input, rendered and sanitised on output.

Two independent defences:

- ``clean`` decides what is stored. The text is read as CommonMark in its most
  permissive form (raw HTML on, every link target accepted) and everything that
  form would turn into raw HTML is removed, while links and images whose target
  is not http, https or mailto lose the link syntax and keep their text. Entity
  tricks (``&#106;avascript:``), mixed case, control characters and reference
  definitions are judged after decoding, exactly as a renderer would. The result
  is parsed again until nothing changes; input that cannot be judged (nesting
  deeper than any writing needs) is escaped whole, so it shows as plain text.
- ``to_html`` renders stored Markdown with raw HTML off and sanitises the result
  with nh3 (ammonia): a fixed list of tags and attributes, no event handlers,
  only http, https and mailto URLs, and ``rel="noopener noreferrer nofollow"``.

Code spans and code blocks are text, so HTML shown in them stays as written.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Final, TypeVar

import nh3
from markdown_it import MarkdownIt
from markdown_it.common.utils import MD_TRIM_CHARS
from markdown_it.helpers import parseLinkLabel
from markdown_it.ruler import Ruler
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

ALLOWED_SCHEMES: Final[frozenset[str]] = frozenset({"http", "https", "mailto"})

_TAGS: Final = frozenset(
    {
        "a",
        "blockquote",
        "br",
        "code",
        "em",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "img",
        "li",
        "ol",
        "p",
        "pre",
        "strong",
        "ul",
    }
)
_ATTRIBUTES: Final = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "ol": {"start"},
    "code": {"class"},
}
_CODE_CLASS = re.compile(r"language-[A-Za-z0-9_+#.-]{1,40}")
# Browsers ignore these inside a URL, so "java\tscript:" is still javascript:.
_IGNORED_IN_URLS = re.compile(r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028\u2029\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ASCII_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*\n)+")

# Deeper than this, renderers stop agreeing on what the text means (each has its
# own nesting limit), so the text is escaped instead of judged.
_MAX_DEPTH: Final = 12
_MAX_PASSES: Final = 8


def is_allowed_url(url: str) -> bool:
    """Whether a link target is http(s) with a host, or mailto, as a browser would read it."""
    decoded = url
    for _ in range(3):  # entities encoded once, twice or three times
        unescaped = html.unescape(decoded)
        if unescaped == decoded:
            break
        decoded = unescaped
    compact = _IGNORED_IN_URLS.sub("", decoded).lower()
    return compact.startswith(("http://", "https://", "mailto:"))


# --- input: finding what is unsafe ------------------------------------------------

_KEY: Final = "polylog_markdown"


@dataclass
class _Findings:
    """Offsets in the source to delete, gathered while a permissive parser reads it."""

    src: str
    deletions: set[int] = field(default_factory=set)
    maps: list[list[int | None] | None] = field(default_factory=list)
    unmapped: bool = False

    def delete_block_lines(self, state: StateBlock, begin: int, end: int) -> None:
        """Blanks lines of a block, keeping the quote markers and indentation before them."""
        for line in range(begin, end):
            self.deletions.update(
                range(state.bMarks[line] + state.tShift[line], state.eMarks[line])
            )

    def delete_inline(self, start: int, end: int) -> None:
        """Deletes part of the inline text being parsed (line breaks stay)."""
        offsets = self.maps[-1] if self.maps else None
        if offsets is None:
            self.unmapped = True
            return
        for index in range(start, end):
            offset = offsets[index]
            if offset is not None and self.src[offset] != "\n":
                self.deletions.add(offset)


def _findings(env: MutableMapping[str, Any]) -> _Findings:
    findings = env[_KEY]
    assert isinstance(findings, _Findings)
    return findings


def _source_lines(state: StateBlock, begin: int, end: int, indent: int) -> list[int | None]:
    """Where each character of ``state.getLines(begin, end, indent, False)`` comes from.

    Mirrors markdown-it's ``getLines``; ``None`` marks spaces it adds for tabs.
    """
    offsets: list[int | None] = []
    for line in range(begin, end):
        line_indent = 0
        line_start = first = state.bMarks[line]
        last = state.eMarks[line] + 1 if line + 1 < end else state.eMarks[line]
        while first < last and line_indent < indent:
            char = state.src[first]
            if char == "\t":
                line_indent += 4 - (line_indent + state.bsCount[line]) % 4
            elif char == " " or first - line_start < state.tShift[line]:
                line_indent += 1
            else:
                break
            first += 1
        if line_indent > indent:
            offsets.extend([None] * (line_indent - indent))
        offsets.extend(range(first, last))
    return offsets


def _trimmed(offsets: list[int | None], src: str) -> list[int | None]:
    text = "".join(" " if offset is None else src[offset] for offset in offsets)
    lead = len(text) - len(text.lstrip(MD_TRIM_CHARS))
    trail = len(text) - len(text.rstrip(MD_TRIM_CHARS))
    return offsets[lead : len(offsets) - trail]


def _matches(offsets: list[int | None], src: str, content: str) -> bool:
    return len(offsets) == len(content) and all(
        offset is None or src[offset] == char for offset, char in zip(offsets, content, strict=True)
    )


BlockRule = Callable[[StateBlock, int, int, bool], bool]
RuleT = TypeVar("RuleT")
InlineRule = Callable[[StateInline, bool], bool]


def _new_inline_token(state: StateBlock, before: int) -> Token | None:
    return next((t for t in state.tokens[before:] if t.type == "inline"), None)


def _map_paragraph(original: BlockRule) -> BlockRule:
    """Paragraphs and setext headings: remember where their inline text lies in the source."""

    def rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        before = len(state.tokens)
        if not original(state, start, end, silent):
            return False
        token = _new_inline_token(state, before) if not silent else None
        if token is not None and token.map is not None:
            offsets = _trimmed(
                _source_lines(state, token.map[0], token.map[1], state.blkIndent), state.src
            )
            if _matches(offsets, state.src, token.content):
                token.meta[_KEY] = offsets
        return True

    return rule


def _map_heading(original: BlockRule) -> BlockRule:
    """ATX headings: the text between the ``#`` marks, trimmed."""

    def rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        before = len(state.tokens)
        begin = state.bMarks[start] + state.tShift[start]
        if not original(state, start, end, silent):
            return False
        token = _new_inline_token(state, before) if not silent else None
        if token is not None:
            src = state.src
            position = begin
            while position < state.eMarks[start] and src[position] == "#":
                position += 1
            rest = src[position : state.eMarks[start]]
            position += len(rest) - len(rest.lstrip(MD_TRIM_CHARS))
            offsets: list[int | None] = list(range(position, position + len(token.content)))
            if _matches(offsets, src, token.content):
                token.meta[_KEY] = offsets
        return True

    return rule


def _drop_block(original: BlockRule) -> BlockRule:
    """Raw HTML blocks go, whole."""

    def rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        if not original(state, start, end, silent):
            return False
        if not silent:
            _findings(state.env).delete_block_lines(state, start, state.line)
        return True

    return rule


def _check_definition(original: BlockRule) -> BlockRule:
    """A reference definition whose target is not allowed goes, so its uses stay text."""

    def rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        before = len(state.tokens)
        if not original(state, start, end, silent):
            return False
        if not silent:
            definition = next((t for t in state.tokens[before:] if t.type == "definition"), None)
            if definition is None or not is_allowed_url(str(definition.meta.get("url", ""))):
                _findings(state.env).delete_block_lines(state, start, state.line)
        return True

    return rule


def _parse_inlines(state: StateCore) -> None:
    """markdown-it's own inline step, with each text's source map at hand."""
    findings = _findings(state.env)
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            findings.maps.append(token.meta.get(_KEY))
            try:
                state.md.inline.parse(token.content, state.md, state.env, token.children)
            finally:
                findings.maps.pop()


def _drop_inline_html(original: InlineRule) -> InlineRule:
    def rule(state: StateInline, silent: bool) -> bool:
        start = state.pos
        if not original(state, silent):
            return False
        if not silent:
            _findings(state.env).delete_inline(start, state.pos)
        return True

    return rule


def _first(tokens: list[Token], kind: str) -> Token | None:
    return next((token for token in tokens if token.type == kind), None)


def _points_elsewhere(token: Token | None, attribute: str) -> bool:
    """Whether the link or image ``token`` points where no link may (``javascript:`` ...)."""
    return token is not None and not is_allowed_url(str(token.attrGet(attribute) or ""))


def _keep_text(env: MutableMapping[str, Any], start: int, text: tuple[int, int], end: int) -> None:
    """Of the markup from ``start`` to ``end``, only the ``text`` (from, to) is kept."""
    findings = _findings(env)
    findings.delete_inline(start, text[0])
    findings.delete_inline(text[1], end)


def _check_link(original: InlineRule) -> InlineRule:
    """``[text](bad)`` and ``[text][bad]`` become ``text``."""

    def rule(state: StateInline, silent: bool) -> bool:
        if silent:
            return original(state, silent)
        start, before = state.pos, len(state.tokens)
        if not original(state, silent):
            return False
        if _points_elsewhere(_first(state.tokens[before:], "link_open"), "href"):
            label_end = parseLinkLabel(state, start, True)
            _keep_text(state.env, start, (start + 1, label_end), state.pos)
        return True

    return rule


def _check_image(original: InlineRule) -> InlineRule:
    """``![alt](bad)`` becomes ``alt``; the alt text is read with its own source map."""

    def rule(state: StateInline, silent: bool) -> bool:
        if silent or not state.src.startswith("![", state.pos):
            return original(state, silent)
        start, before = state.pos, len(state.tokens)
        findings = _findings(state.env)
        outer = findings.maps[-1] if findings.maps else None
        findings.maps.append(outer[start + 2 :] if outer is not None else None)
        try:
            matched = original(state, silent)
        finally:
            findings.maps.pop()
        if not matched:
            return False
        if _points_elsewhere(_first(state.tokens[before:], "image"), "src"):
            label_end = parseLinkLabel(state, start + 1, False)
            _keep_text(state.env, start, (start + 2, label_end), state.pos)
        return True

    return rule


def _check_autolink(original: InlineRule) -> InlineRule:
    """``<bad:...>`` loses its angle brackets and stays as text."""

    def rule(state: StateInline, silent: bool) -> bool:
        start, before = state.pos, len(state.tokens)
        if not original(state, silent):
            return False
        opening = _first(state.tokens[before:], "link_open") if not silent else None
        if _points_elsewhere(opening, "href"):
            _keep_text(state.env, start, (start + 1, state.pos - 1), state.pos)
        return True

    return rule


def _wrap(ruler: Ruler[RuleT], name: str, wrapper: Callable[[RuleT], RuleT]) -> None:
    current = next(rule for rule in ruler.__rules__ if rule.name == name)
    ruler.at(name, wrapper(current.fn), {"alt": list(current.alt)})


class _PermissiveMarkdown(MarkdownIt):
    """CommonMark with raw HTML on and every link target accepted: the widest reading."""

    def __init__(self) -> None:
        super().__init__("commonmark", {"html": True, "inline_definitions": True})
        _wrap(self.block.ruler, "paragraph", _map_paragraph)
        _wrap(self.block.ruler, "lheading", _map_paragraph)
        _wrap(self.block.ruler, "heading", _map_heading)
        _wrap(self.block.ruler, "html_block", _drop_block)
        _wrap(self.block.ruler, "reference", _check_definition)
        self.core.ruler.at("inline", _parse_inlines)
        _wrap(self.inline.ruler, "html_inline", _drop_inline_html)
        _wrap(self.inline.ruler, "link", _check_link)
        _wrap(self.inline.ruler, "image", _check_image)
        _wrap(self.inline.ruler, "autolink", _check_autolink)

    def validateLink(self, url: str) -> bool:  # noqa: N802 - markdown-it's name
        return True


_permissive = _PermissiveMarkdown()


def _bracket_depth(text: str) -> int:
    depth = deepest = 0
    escaped = False
    for char in text:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            depth += 1
            deepest = max(deepest, depth)
        elif char == "]":
            depth = max(0, depth - 1)
    return deepest


@dataclass(frozen=True)
class _Verdict:
    deletions: frozenset[int]
    judged: bool


def _judge(text: str) -> _Verdict:
    if _bracket_depth(text) >= _MAX_DEPTH:
        return _Verdict(frozenset(), judged=False)
    findings = _Findings(src=text)
    tokens = _permissive.parse(text, {_KEY: findings})
    levels = [token.level for token in tokens] + [
        child.level for token in tokens for child in (token.children or [])
    ]
    judged = not findings.unmapped and max(levels, default=0) < _MAX_DEPTH
    return _Verdict(frozenset(findings.deletions), judged)


def _normalised(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def _tidied(text: str) -> str:
    """Without leading blank lines, trailing white space, or lines of only white space."""
    lines = _LEADING_BLANK_LINES.sub("", text).split("\n")
    return "\n".join(line if line.strip(" \t") else "" for line in lines).rstrip()


def _escaped(text: str) -> str:
    """Every ASCII punctuation mark escaped: no markup of any kind is left, only text."""
    return _ASCII_PUNCTUATION.sub(r"\\\1", text)


def is_harmless(text: str) -> bool:
    """Whether ``text`` holds no raw HTML and no link outside the allowed schemes."""
    verdict = _judge(text)
    return verdict.judged and not verdict.deletions


def clean(text: str) -> str:
    """The Markdown to store: raw HTML dropped, disallowed links reduced to their text."""
    text = _tidied(_normalised(text))
    for _ in range(_MAX_PASSES):
        verdict = _judge(text)
        if not verdict.judged:
            break
        if not verdict.deletions:
            return text
        text = _tidied(
            "".join(char for index, char in enumerate(text) if index not in verdict.deletions)
        )
    escaped = _escaped(text)
    return escaped if is_harmless(escaped) else ""


# --- output: rendering and sanitising ---------------------------------------------


class _SafeMarkdown(MarkdownIt):
    """CommonMark with raw HTML off; only allowed link targets become links."""

    def __init__(self) -> None:
        super().__init__("commonmark", {"html": False, "linkify": False, "typographer": False})

    def validateLink(self, url: str) -> bool:  # noqa: N802 - markdown-it's name
        return is_allowed_url(url)


_renderer = _SafeMarkdown()


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    if attribute in {"href", "src"}:
        return value if is_allowed_url(value) else None
    if tag == "code" and attribute == "class":
        return value if _CODE_CLASS.fullmatch(value) else None
    return value


_sanitiser = nh3.Cleaner(
    tags=set(_TAGS),
    attributes=_ATTRIBUTES,
    attribute_filter=_keep_attribute,
    url_schemes=set(ALLOWED_SCHEMES),
    url_relative="deny",
    link_rel="noopener noreferrer nofollow",
    strip_comments=True,
)


def sanitise(fragment: str) -> str:
    """An HTML fragment reduced to the allowed tags, attributes and URLs."""
    return _sanitiser.clean(fragment)


@lru_cache(maxsize=4096)
def to_html(markdown: str) -> str:
    """Markdown rendered as sanitised HTML, safe to place in a page."""
    if not markdown:
        return ""
    return sanitise(_renderer.render(markdown))


@lru_cache(maxsize=4096)
def plain_text(markdown: str, *, limit: int) -> str:
    """The words of a Markdown text without markup, cut at a word within ``limit`` characters."""
    parts: list[str] = []
    for token in _renderer.parse(markdown):
        if token.type in {"code_block", "fence"}:
            parts.append(token.content)
        for child in token.children or []:
            if child.type in {"text", "code_inline"}:
                parts.append(child.content)
            elif child.type in {"softbreak", "hardbreak"}:
                parts.append(" ")
        parts.append(" ")
    text = " ".join("".join(parts).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,.;:") + "…"
