import type { ReactNode } from 'react';

interface HelpNoteProps {
  /** The question a new user has: "What is a coaching journey?". */
  question: string;
  children: ReactNode;
}

/** A short explanation for new users, closed until asked for; keyboard users open it with Enter. */
export function HelpNote({ question, children }: HelpNoteProps) {
  return (
    <details className="help-note">
      <summary>{question}</summary>
      <div className="help-note__body">{children}</div>
    </details>
  );
}
