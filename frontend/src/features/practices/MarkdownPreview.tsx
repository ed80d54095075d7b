import DOMPurify, { type Config } from 'dompurify';
import { useDeferredValue, useLayoutEffect, useRef } from 'react';
import { renderMarkdown } from './markdown';

/** The tags, attributes and URLs the server's sanitiser (nh3) keeps; nothing else gets through. */
const purifier = DOMPurify(window);
const CONFIG = {
  ALLOWED_TAGS: [
    'a',
    'blockquote',
    'br',
    'code',
    'em',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'img',
    'li',
    'ol',
    'p',
    'pre',
    'strong',
    'ul',
  ],
  ALLOWED_ATTR: ['href', 'title', 'src', 'alt', 'start', 'class'],
  ALLOWED_URI_REGEXP: /^(?:https?:\/\/|mailto:)/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  RETURN_DOM_FRAGMENT: true,
} satisfies Config;

purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.hasAttribute('class') && !/^language-[A-Za-z0-9_+#.-]{1,40}$/.test(node.className)) {
    node.removeAttribute('class');
  }
  if (node.tagName === 'A') {
    // A link in the preview opens beside the editor, so the text being written stays.
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer nofollow');
  }
});

interface MarkdownPreviewProps {
  markdown: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  id: string;
  emptyText: string;
}

/**
 * A field's Markdown as it will be published: rendered with the server's
 * rules, sanitised to the server's tags, and put in place as DOM nodes (never
 * as an HTML string).
 */
export default function MarkdownPreview({
  markdown,
  lang,
  dir,
  id,
  emptyText,
}: MarkdownPreviewProps) {
  const target = useRef<HTMLDivElement>(null);
  const text = useDeferredValue(markdown);
  const html = renderMarkdown(text);
  useLayoutEffect(() => {
    target.current?.replaceChildren(html === '' ? '' : purifier.sanitize(html, CONFIG));
  }, [html]);
  return (
    <>
      {html === '' && <p className="md-preview__empty">{emptyText}</p>}
      <div
        ref={target}
        id={id}
        className="prose md-preview__body"
        lang={lang}
        dir={dir}
        hidden={html === ''}
      />
    </>
  );
}
