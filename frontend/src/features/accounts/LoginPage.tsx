import { useState, type FormEvent } from 'react';
import { Link, Navigate } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { formErrors } from '../../components/formErrors';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { SubmitButton } from '../content/SubmitButton';
import { CredentialFields } from './CredentialFields';
import { useLogIn } from './queries';
import { useHomeOnceIn } from './useHomeOnceIn';

export function LoginPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const logIn = useLogIn();
  const home = useHomeOnceIn(logIn);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (home.alreadyIn) return <Navigate to="/" replace />;

  const errors = formErrors(logIn.error, ['username', 'email', 'password'], i18n);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    logIn.mutate({ email, password }, { onSuccess: home.goHome });
  }

  return (
    <Page title={t('Log in')} lead={t('Log in to book sessions and publish your city’s work.')}>
      <form className="form" onSubmit={submit} noValidate>
        <FormAlert messages={errors.alerts} />
        <CredentialFields
          purpose="log-in"
          email={email}
          password={password}
          onEmail={setEmail}
          onPassword={setPassword}
          errors={{
            email: errors.fields.username ?? errors.fields.email,
            password: errors.fields.password,
          }}
        />
        <SubmitButton
          label={t('Log in')}
          pending={logIn.isPending}
          pendingLabel={t('Logging in…')}
        />
      </form>
      <p className="form-footer">
        {t('New to Polylog?')} <Link to="/register">{t('Create an account')}</Link>
      </p>
    </Page>
  );
}
