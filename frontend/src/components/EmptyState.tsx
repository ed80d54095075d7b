import type { ReactNode } from 'react';

interface EmptyStateProps {
  message: string;
  explanation: string;
  children?: ReactNode;
}

/** What a reader sees where there is nothing to show yet, and why. */
export function EmptyState({ message, explanation, children }: EmptyStateProps) {
  return (
    <section className="empty-state">
      <h2 className="empty-state__message">{message}</h2>
      <p>{explanation}</p>
      {children}
    </section>
  );
}
