import { describe, expect, it } from 'vitest';
import { splitSnippet, unescapeHtml } from './snippet';

describe('a search snippet', () => {
  it('splits the highlights from the text around them', () => {
    expect(
      splitSnippet('…kaupungin <mark>aurinkopaneeleita</mark> ja <mark>energia</mark>…'),
    ).toEqual([
      { text: '…kaupungin ', marked: false },
      { text: 'aurinkopaneeleita', marked: true },
      { text: ' ja ', marked: false },
      { text: 'energia', marked: true },
      { text: '…', marked: false },
    ]);
  });

  it('decodes what the server escaped, once', () => {
    expect(
      splitSnippet('a &amp; b &lt;i&gt; &quot;c&quot; &#x27;d&#x27; &#1575; &amp;lt;'),
    ).toEqual([{ text: 'a & b <i> "c" \'d\' ا &lt;', marked: false }]);
  });

  it('keeps injected HTML as text, escaped or not', () => {
    const parts = splitSnippet(
      '&lt;script&gt;alert(1)&lt;/script&gt; <img src=x onerror=alert(1)> <mark>&lt;b onclick=x&gt;</mark>',
    );
    expect(parts).toEqual([
      { text: '<script>alert(1)</script> <img src=x onerror=alert(1)> ', marked: false },
      { text: '<b onclick=x>', marked: true },
    ]);
  });

  it('does not take an escaped mark for a highlight', () => {
    expect(splitSnippet('&lt;mark&gt;x&lt;/mark&gt;')).toEqual([
      { text: '<mark>x</mark>', marked: false },
    ]);
  });

  it('survives unbalanced and repeated marks', () => {
    expect(splitSnippet('</mark>a<mark><mark>b</mark></mark>c<mark>d')).toEqual([
      { text: 'a', marked: false },
      { text: 'b', marked: true },
      { text: 'c', marked: false },
      { text: 'd', marked: true },
    ]);
    expect(splitSnippet('')).toEqual([]);
    expect(splitSnippet('<mark></mark>')).toEqual([]);
  });

  it('leaves unknown or impossible entities alone', () => {
    expect(unescapeHtml('&nosuch; &#0; &#xd800; &#x110000; &amp')).toBe(
      '&nosuch; &#0; &#xd800; &#x110000; &amp',
    );
  });
});
