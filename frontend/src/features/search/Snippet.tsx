import { splitSnippet } from './snippet';

/** A search snippet with its highlights as <mark> elements; everything else is text. */
export function Snippet({ html }: { html: string }) {
  return (
    <>
      {splitSnippet(html).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : part.text,
      )}
    </>
  );
}
