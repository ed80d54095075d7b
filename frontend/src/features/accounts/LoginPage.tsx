import { useState } from 'react';
import { formErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { AccountFormPage } from './AccountFormPage';
import { CredentialFields } from './CredentialFields';
import { useLogIn } from './queries';

export function LoginPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const logIn = useLogIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const errors = formErrors(logIn.error, ['username', 'email', 'password'], i18n);

  function submit(goHome: () => void) {
    logIn.mutate({ email, password }, { onSuccess: goHome });
  }

  return (
    <AccountFormPage
      title={t('Log in')}
      lead={t('Log in to book sessions and publish your city’s work.')}
      alerts={errors.alerts}
      sending={logIn}
      onSubmit={submit}
      submit={{ label: t('Log in'), pending: logIn.isPending, pendingLabel: t('Logging in…') }}
      other={{ question: t('New to Polylog?'), to: '/register', label: t('Create an account') }}
    >
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
    </AccountFormPage>
  );
}
