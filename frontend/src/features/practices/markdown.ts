import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';

/**
 * The editor's live preview of a Markdown field, read with the server's rules
 * (backend `polylog/core/markdown.py`): CommonMark, raw HTML taken out rather
 * than shown, and links and images whose target is not http, https or mailto
 * reduced to their text. The published page shows the server's own rendering
 * (`html` in the API's answer); this only previews it, and its output is
 * sanitised again (DOMPurify) before it is shown.
 */

/** Characters a browser ignores inside a URL, so "java\tscript:" still means javascript:. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes.
const IGNORED_IN_URLS = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  tab: '\t',
  newline: '\n',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? Number.parseInt(body.slice(2), 16)
          : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : entity;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Whether a link target is http(s) or mailto, as a browser would read it. */
export function isAllowedUrl(url: string): boolean {
  let decoded = url;
  for (let pass = 0; pass < 3; pass += 1) {
    const next = percentDecoded(decodeEntities(decoded));
    if (next === decoded) break;
    decoded = next;
  }
  const compact = decoded.replace(IGNORED_IN_URLS, '').toLowerCase();
  return (
    compact.startsWith('http://') || compact.startsWith('https://') || compact.startsWith('mailto:')
  );
}

/** Inline tokens with raw HTML dropped and disallowed links and images reduced to their text. */
function harmlessInline(tokens: readonly Token[]): Token[] {
  const kept: Token[] = [];
  const openLinks: boolean[] = [];
  for (const token of tokens) {
    if (token.type === 'html_inline') continue;
    if (token.type === 'link_open') {
      const allowed = isAllowedUrl(String(token.attrGet('href') ?? ''));
      openLinks.push(allowed);
      if (allowed) kept.push(token);
      continue;
    }
    if (token.type === 'link_close') {
      if (openLinks.pop() === true) kept.push(token);
      continue;
    }
    if (token.type === 'image' && !isAllowedUrl(String(token.attrGet('src') ?? ''))) {
      kept.push(...harmlessInline(token.children ?? []));
      continue;
    }
    if (token.children) token.children = harmlessInline(token.children);
    kept.push(token);
  }
  return kept;
}

function createRenderer(): MarkdownIt {
  // Raw HTML is parsed so that it can be taken out, as the server does on input;
  // every target is accepted by the parser so that a bad one becomes its text.
  const md = markdownIt('commonmark', { html: true, linkify: false, typographer: false });
  md.validateLink = () => true;
  md.core.ruler.push('polylog_harmless', (state) => {
    state.tokens = state.tokens.filter((token) => token.type !== 'html_block');
    for (const token of state.tokens) {
      if (token.type === 'inline' && token.children) {
        token.children = harmlessInline(token.children);
      }
    }
  });
  return md;
}

let renderer: MarkdownIt | null = null;

/** Markdown as HTML with the server's rules; still to be sanitised before it is shown. */
export function renderMarkdown(markdown: string): string {
  if (markdown.trim() === '') return '';
  renderer ??= createRenderer();
  return renderer.render(markdown);
}
