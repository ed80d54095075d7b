import { useEffect, type ReactNode } from 'react';

interface PageProps {
  title: string;
  lead?: string;
  children?: ReactNode;
}

/** A page's heading and introduction; also names the browser tab after it. */
export function Page({ title, lead, children }: PageProps) {
  useEffect(() => {
    document.title = `${title} · Polylog`;
  }, [title]);

  return (
    <div className="page">
      <header className="page__header">
        <h1>{title}</h1>
        {lead !== undefined && <p className="page__lead">{lead}</p>}
      </header>
      {children}
    </div>
  );
}
