"""Markdown is made harmless on input and sanitised on output, whatever people send."""

from __future__ import annotations

import random
import re

import pytest
from markdown_it import MarkdownIt

from polylog.core.markdown import clean, is_allowed_url, is_harmless, plain_text, to_html


class _Permissive(MarkdownIt):
    """How the most trusting CommonMark renderer would read the stored text."""

    def __init__(self) -> None:
        super().__init__("commonmark", {"html": True})

    def validateLink(self, url: str) -> bool:  # noqa: N802
        return True


PERMISSIVE = _Permissive()
RAW_TAG = re.compile(
    r"<(script|div|span|iframe|svg|b>|i>|!--|\?|/script|/div|/span|/b>)"
    r"|<[a-z][^>]*\son[a-z]+=|<img(?! src=\"https?://)",
    re.I,
)
BAD_TARGET = re.compile(r"(href|src)=\"(?!https?://|mailto:)", re.I)


def assert_harmless(stored: str) -> None:
    assert is_harmless(stored), stored
    rendered = PERMISSIVE.render(stored)
    assert not RAW_TAG.search(rendered), rendered
    assert not BAD_TARGET.search(rendered), rendered


@pytest.mark.parametrize(
    ("hostile", "stored"),
    [
        ("Hello <script>alert(1)</script> world", "Hello alert(1) world"),
        ("<script>\nalert(1)\n</script>\n\nafter", "after"),
        ("<img src=x onerror=alert(1)>", ""),
        ("a <img src=x onerror=alert(1)> b", "a  b"),
        ('<a href="javascript:alert(1)">x</a>', "x"),
        ("<svg onload=alert(1)>", ""),
        ("x <!-- hidden --> y", "x  y"),
        ("<!-- a\nb -->\ntext", "text"),
        ("<?php echo 1; ?>", ""),
        ("<![CDATA[x]]>", ""),
        ("[x](javascript:alert(1))", "x"),
        ("[x](JaVaScRiPt:alert(1))", "x"),
        ("[x](&#106;avascript:alert(1))", "x"),
        ("[x](&#x6A;avascript:alert(1))", "x"),
        ("[x](&#0000106;avascript:alert(1))", "x"),
        ("[x](java&#x09;script:alert(1))", "x"),
        ("[x](<java script:alert(1)>)", "x"),
        ("[x](vbscript:msgbox(1))", "x"),
        ("[x](data:text/html;base64,PHNjcmlwdD4=)", "x"),
        ("[x](file:///etc/passwd)", "x"),
        ("[x](//evil.example/)", "x"),
        ("[x](/relative/path)", "x"),
        ("[x](http:evil)", "x"),
        ('[x](javascript:alert(1) "title")', "x"),
        ("[*bold* link](javascript:alert(1))", "*bold* link"),
        ("[<b>x</b>](javascript:1)", "x"),
        ("[a [b](javascript:1) c](https://ok.example)", "[a b c](https://ok.example)"),
        ("![pic](javascript:alert(1))", "pic"),
        ("![pic](data:image/png;base64,AAAA)", "pic"),
        ("![a<b>x</b>](https://ok.example/x.png)", "![ax](https://ok.example/x.png)"),
        ("<javascript:alert(1)>", "javascript:alert(1)"),
        ("<JAVASCRIPT:alert(1)>", "JAVASCRIPT:alert(1)"),
        ("[x][evil]\n\n[evil]: javascript:alert(1)", "x"),
        ("[evil]\n\n[evil]: <javascript:alert(1)> 'title'", "evil"),
        ("[x][Ok]\n\n[ok]: https://ok.example", "[x][Ok]\n\n[ok]: https://ok.example"),
        ("> <div onclick=alert(1)>\n> quoted\n\nafter", "> \n> \n\nafter"),
        ("- one <b>bold</b>\n- <div>block</div>\n- three", "- one bold\n- \n- three"),
        ("1. a\n2. <span>x</span>\n   <p>y</p>", "1. a\n2. x"),
        ("# Title <i>x</i> #", "# Title x #"),
        ("Title <em>x</em>\n===", "Title x\n==="),
        ("Hi\n<script>\nalert(1)\n</script>", "Hi"),
        ("a\r\nb\rc\x00d\x07e", "a\nb\ncde"),
    ],
)
def test_hostile_markdown_is_stored_harmless(hostile: str, stored: str) -> None:
    assert clean(hostile) == stored
    assert_harmless(clean(hostile))


@pytest.mark.parametrize(
    "kept",
    [
        "**bold**, *italic* and `code`",
        "```html\n<script>alert(1)</script>\n```",
        "`<img src=x onerror=alert(1)>`",
        "    <script>indented code</script>",
        "~~~\n<div>fenced</div>\n~~~",
        "\\<script> is escaped text",
        "&lt;script&gt; is an entity",
        "[İzmir](https://www.izmir.bel.tr) and <https://www.salo.fi>",
        "<kestavyys@salo.fi> or [mail](mailto:kestavyys@salo.fi)",
        "a < b and c > d",
        "line with a hard break  \nnext line",
        "> quote\n>\n> - list in quote",
        "۱. فهرست فارسی با [پیوند](https://www.rasht.ir)",
    ],
)
def test_harmless_markdown_is_kept_as_written(kept: str) -> None:
    assert clean(kept) == kept
    assert_harmless(kept)


def test_code_keeps_html_as_text() -> None:
    html = to_html(clean("```html\n<script>alert(1)</script>\n```\n\n`<b>x</b>`"))

    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<code>&lt;b&gt;x&lt;/b&gt;</code>" in html


def test_nesting_deeper_than_anyone_writes_is_escaped_to_plain_text() -> None:
    for hostile in (
        ">" * 30 + " <script>alert(1)</script>",
        "[" * 30 + "x](javascript:alert(1))" + "]" * 30,
        "- " * 30 + "<img src=x onerror=alert(1)>",
    ):
        stored = clean(hostile)
        assert_harmless(stored)
        assert "<script" not in to_html(stored)
        assert "<img" not in to_html(stored)


def test_cleaning_is_idempotent_and_holds_on_random_input() -> None:
    pieces = [
        "<", ">", "[", "]", "(", ")", "!", "`", "*", "\\", "&", "#", ";", "\n", "\n\n", " ",
        "\t", "> ", "- ", "1. ", "    ", "javascript:", "JaVaScRiPt:", "&#106;", "http://x",
        "mailto:a@b", "data:", "<script>", "</script>", "<img src=x onerror=y>", '<a href="',
        '"', "<!--", "-->", "<div>", "</div>", "x", "[r]: ", "[r]", "<?", "?>", "```", "===",
    ]  # fmt: skip
    generator = random.Random(20261122)
    for _ in range(1500):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(1, 30)))
        stored = clean(text)
        assert clean(stored) == stored, text
        assert_harmless(stored)


@pytest.mark.parametrize(
    ("markdown", "html"),
    [
        (
            "[Salo](https://www.salo.fi)",
            '<p><a href="https://www.salo.fi" rel="noopener noreferrer nofollow">Salo</a></p>\n',
        ),
        ("**ستاد** توسعه", "<p><strong>ستاد</strong> توسعه</p>\n"),
        (
            "```python\nx = 1\n```",
            '<pre><code class="language-python">x = 1\n</code></pre>\n',
        ),
        ('```"><script>\nx\n```', "<pre><code>x\n</code></pre>\n"),
        (
            "![kuva](https://www.salo.fi/k.png)",
            '<p><img src="https://www.salo.fi/k.png" alt="kuva"></p>\n',
        ),
    ],
)
def test_rendering_produces_sanitised_html(markdown: str, html: str) -> None:
    assert to_html(markdown) == html


@pytest.mark.parametrize(
    "unsafe",
    [
        "<script>alert(1)</script>",
        "[x](javascript:alert(1))",
        "<img src=x onerror=alert(1)>",
        "[x](&#106;avascript:alert(1))",
    ],
)
def test_rendering_is_safe_even_for_markdown_that_was_never_cleaned(unsafe: str) -> None:
    html = to_html(unsafe)

    assert "<script" not in html
    assert "<img" not in html
    assert "javascript:" not in html.replace("[x](javascript:alert(1))", "")
    assert "href" not in html


def test_the_sanitiser_drops_event_handlers_and_bad_schemes() -> None:
    from polylog.core.markdown import sanitise

    html = sanitise(
        '<p onclick="x()">a</p><a href="javascript:alert(1)">b</a><a href="/x">c</a>'
        '<img src="data:image/png;base64,AA" onerror="x()"><iframe src="https://x"></iframe>'
        '<a href="https://ok.example" target="_blank" rel="opener">d</a><script>e</script>'
    )

    assert html == (
        '<p>a</p><a rel="noopener noreferrer nofollow">b</a>'
        '<a rel="noopener noreferrer nofollow">c</a>'
        "<img>"
        '<a href="https://ok.example" rel="noopener noreferrer nofollow">d</a>'
    )


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://www.izmir.bel.tr", True),
        ("HTTP://EXAMPLE.ORG", True),
        ("mailto:info@salo.fi", True),
        ("javascript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("&#106;avascript:alert(1)", False),
        ("&amp;#106;avascript:alert(1)", False),
        ("//evil.example", False),
        ("/relative", False),
        ("#fragment", False),
        ("data:image/png;base64,AA", False),
        ("", False),
    ],
)
def test_allowed_link_targets(url: str, allowed: bool) -> None:
    assert is_allowed_url(url) is allowed


def test_plain_text_excerpts_drop_markup_and_cut_at_a_word() -> None:
    text = "**Salo** follows its [climate programme](https://www.salo.fi) every year.\n\n- one"

    assert plain_text(text, limit=200) == "Salo follows its climate programme every year. one"
    assert plain_text(text, limit=20) == "Salo follows its…"


def test_text_that_cannot_be_mapped_back_to_its_source_is_escaped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from polylog.core import markdown

    monkeypatch.setattr(markdown, "_matches", lambda *_args: False)

    stored = clean("Hello <b>world</b> [x](javascript:alert(1))")

    assert stored == r"Hello \<b\>world\<\/b\> \[x\]\(javascript\:alert\(1\)\)"
    assert to_html(stored) == "<p>Hello &lt;b&gt;world&lt;/b&gt; [x](javascript:alert(1))</p>\n"
    assert clean("Plain words stay as they are.") == "Plain words stay as they are."
