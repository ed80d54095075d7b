import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { formErrors } from '../../components/formErrors';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentUser } from '../../api/currentUser';
import { CredentialFields } from './CredentialFields';
import { useLogIn } from './queries';

export function LoginPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const navigate = useNavigate();
  const currentUser = useCurrentUser();
  const logIn = useLogIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (currentUser.data && logIn.isIdle) return <Navigate to="/" replace />;

  const errors = formErrors(logIn.error, ['username', 'email', 'password'], i18n);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    logIn.mutate({ email, password }, { onSuccess: () => navigate('/', { replace: true }) });
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
        <button type="submit" className="button" disabled={logIn.isPending}>
          {logIn.isPending ? t('Logging in…') : t('Log in')}
        </button>
      </form>
      <p className="form-footer">
        {t('New to Polylog?')} <Link to="/register">{t('Create an account')}</Link>
      </p>
    </Page>
  );
}
