import { useState, type ReactNode } from 'react';
import { Button } from './Button';
import { ErrorPanel } from './ErrorPanel';

interface ConfirmActionProps {
  /** The button that asks first: "Delete". */
  label: string;
  /** Its look while not asking: danger for what cannot be taken back lightly. */
  variant: 'danger' | 'secondary';
  questionId: string;
  question: ReactNode;
  confirmLabel: string;
  keepLabel: string;
  pending: boolean;
  error: unknown;
  /** Does it; `done` closes the question (when the action leaves the page, it need not). */
  onConfirm(done: () => void): void;
}

/** A button that asks before it acts: the question, "yes" and "keep", the focus on keeping. */
export function ConfirmAction({
  label,
  variant,
  questionId,
  question,
  confirmLabel,
  keepLabel,
  pending,
  error,
  onConfirm,
}: ConfirmActionProps) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button variant={variant} onClick={() => setConfirming(true)}>
        {label}
      </Button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId}>{question}</p>
      <div className="actions">
        <Button
          variant="danger"
          disabled={pending}
          onClick={() => onConfirm(() => setConfirming(false))}
        >
          {confirmLabel}
        </Button>
        <Button variant="secondary" autoFocus onClick={() => setConfirming(false)}>
          {keepLabel}
        </Button>
      </div>
      {error !== null && error !== undefined && <ErrorPanel error={error} />}
    </div>
  );
}
