/** A piece of a search snippet: text, highlighted where it matched the query. */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** The text of an HTML-escaped string, decoded once (so "&amp;lt;" stays "&lt;"). */
export function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const hex = body[1] === 'x' || body[1] === 'X';
      const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : entity;
    }
    return ENTITIES[body.toLowerCase()] ?? entity;
  });
}

const MARK = /<mark>|<\/mark>/;

/**
 * The search API's snippet (HTML-escaped text with the matched words in
 * `<mark>`) as plain-text parts, to be rendered as React text: whatever else
 * it holds, even a tag that slipped through unescaped, is only ever text.
 */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  let rest = snippet;
  while (rest !== '') {
    const found = MARK.exec(rest);
    const end = found === null ? rest.length : found.index;
    const text = unescapeHtml(rest.slice(0, end));
    if (text !== '') {
      const last = parts[parts.length - 1];
      if (last !== undefined && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
    if (found === null) break;
    marked = found[0] === '<mark>';
    rest = rest.slice(end + found[0].length);
  }
  return parts;
}
