import type { ComponentProps, ReactNode } from 'react';
import { Link, Navigate } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { SubmitButton } from '../content/SubmitButton';
import { useHomeOnceIn } from './useHomeOnceIn';

interface AccountFormPageProps {
  title: string;
  lead: string;
  alerts: readonly string[];
  /** Whether the form has been sent: until then a member who is already in goes home at once. */
  sending: { isIdle: boolean };
  /** Sends the form; `goHome` is what to do once it succeeds. */
  onSubmit(goHome: () => void): void;
  submit: ComponentProps<typeof SubmitButton>;
  /** The way to the other account page: a question and the link that answers it. */
  other: { question: string; to: string; label: string };
  children: ReactNode;
}

/** Logging in and creating an account: the form with its alert and its button, then the way to the other. */
export function AccountFormPage({
  title,
  lead,
  alerts,
  sending,
  onSubmit,
  submit,
  other,
  children,
}: AccountFormPageProps) {
  const home = useHomeOnceIn(sending);
  if (home.alreadyIn) return <Navigate to="/" replace />;
  return (
    <Page title={title} lead={lead}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit(home.goHome);
        }}
        noValidate
      >
        <FormAlert messages={alerts} />
        {children}
        <SubmitButton {...submit} />
      </form>
      <p className="form-footer">
        {other.question} <Link to={other.to}>{other.label}</Link>
      </p>
    </Page>
  );
}
