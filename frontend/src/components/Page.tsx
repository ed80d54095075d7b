import { useEffect, type ReactNode } from 'react';

interface PageProps {
  title: string;
  /** The language of the title when it is content (e.g. an initiative's), not interface text. */
  titleLang?: string;
  titleDir?: 'ltr' | 'rtl' | 'auto';
  lead?: string;
  children?: ReactNode;
}

/** A page's heading and introduction; also names the browser tab after it. */
export function Page({ title, titleLang, titleDir, lead, children }: PageProps) {
  useEffect(() => {
    document.title = `${title} · Polylog`;
  }, [title]);

  return (
    <div className="page">
      <header className="page__header">
        <h1 lang={titleLang}>{titleDir ? <span dir={titleDir}>{title}</span> : title}</h1>
        {lead !== undefined && <p className="page__lead">{lead}</p>}
      </header>
      {children}
    </div>
  );
}
