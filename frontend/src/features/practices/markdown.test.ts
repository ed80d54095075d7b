import { describe, expect, it } from 'vitest';
import { isAllowedUrl, renderMarkdown } from './markdown';

describe('which link targets the preview keeps', () => {
  it.each([
    'https://rasht.ir/fa',
    'http://example.org',
    'mailto:office@salo.fi',
    'HTTPS://EXAMPLE.ORG',
  ])('keeps %s', (url) => expect(isAllowedUrl(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '&#106;avascript:alert(1)',
    '&amp;#106;avascript:alert(1)',
    'javascript%3Aalert(1)',
    ' javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox',
    '/relative/path',
    '//evil.example/x',
    'https:/missing-slash',
    '',
  ])('drops %j', (url) => expect(isAllowedUrl(url)).toBe(false));
});

describe('the Markdown preview', () => {
  it('renders emphasis, lists and allowed links', () => {
    const html = renderMarkdown(
      '**پررنگ** و *کج*\n\n- یک\n- دو\n\n[شهرداری رشت](https://rasht.ir)',
    );
    expect(html).toContain('<strong>پررنگ</strong>');
    expect(html).toContain('<em>کج</em>');
    expect(html).toContain('<ul>\n<li>یک</li>\n<li>دو</li>\n</ul>');
    expect(html).toContain('<a href="https://rasht.ir">شهرداری رشت</a>');
  });

  it('keeps mailto links', () => {
    expect(renderMarkdown('[write](mailto:office@salo.fi)')).toContain(
      '<a href="mailto:office@salo.fi">write</a>',
    );
  });

  it('reduces links and images with other targets to their text', () => {
    expect(renderMarkdown('[x](javascript:alert(1))')).toBe('<p>x</p>\n');
    expect(renderMarkdown('[x](JAVASCRIPT:alert(1) "t")')).toBe('<p>x</p>\n');
    expect(renderMarkdown('[x](&#106;avascript:alert(1))')).toBe('<p>x</p>\n');
    expect(renderMarkdown('[**x**](/relative)')).toBe('<p><strong>x</strong></p>\n');
    expect(renderMarkdown('![alt text](data:image/png;base64,AAAA)')).toBe('<p>alt text</p>\n');
    expect(renderMarkdown('<javascript:alert(1)>')).toBe('<p>javascript:alert(1)</p>\n');
    expect(renderMarkdown('[x][bad]\n\n[bad]: javascript:alert(1)')).toBe('<p>x</p>\n');
  });

  it('never makes a link of a bad target, however the links nest', () => {
    const html = renderMarkdown(
      '[a [b](https://b.example) c](javascript:x) [[d](javascript:y)](https://e.example)',
    );
    expect(html).not.toMatch(/href="(?!https:)/);
    expect(html.match(/<a /g)?.length).toBe(html.match(/<\/a>/g)?.length);
  });

  it('takes raw HTML out instead of showing it', () => {
    expect(renderMarkdown('<script>alert(1)</script>')).toBe('');
    expect(renderMarkdown('a <img src=x onerror=alert(1)> b')).toBe('<p>a  b</p>\n');
    expect(renderMarkdown('<b>bold</b> text')).toBe('<p>bold text</p>\n');
    const html = renderMarkdown('<div onclick="x()">\n\nhi\n\n</div>');
    expect(html).toBe('<p>hi</p>\n');
  });

  it('shows HTML inside code as text', () => {
    expect(renderMarkdown('`<script>`')).toBe('<p><code>&lt;script&gt;</code></p>\n');
  });

  it('is empty for blank text', () => {
    expect(renderMarkdown('  \n ')).toBe('');
  });
});
