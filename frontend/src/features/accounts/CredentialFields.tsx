import { InputField } from '../../components/FormFields';
import { useI18n } from '../../i18n/I18nProvider';

/** The server's rule (API.md: shorter passwords are refused), told up front. */
const MIN_PASSWORD_LENGTH = 10;

interface CredentialFieldsProps {
  /** Logging in to an account, or creating one (its password told the rule, made new). */
  purpose: 'log-in' | 'register';
  email: string;
  password: string;
  onEmail(email: string): void;
  onPassword(password: string): void;
  errors: { email?: string | undefined; password?: string | undefined };
}

/** An account's e-mail address and password. */
export function CredentialFields(props: CredentialFieldsProps) {
  const { t, tn } = useI18n();
  const registering = props.purpose === 'register';
  return (
    <>
      <InputField
        id="email"
        label={t('E-mail address')}
        type="email"
        autoComplete="email"
        required
        value={props.email}
        onChange={(event) => props.onEmail(event.target.value)}
        error={props.errors.email}
      />
      <InputField
        id="password"
        label={t('Password')}
        hint={
          registering
            ? tn('At least {count} character.', 'At least {count} characters.', MIN_PASSWORD_LENGTH)
            : undefined
        }
        type="password"
        autoComplete={registering ? 'new-password' : 'current-password'}
        required
        value={props.password}
        onChange={(event) => props.onPassword(event.target.value)}
        error={props.errors.password}
      />
    </>
  );
}
