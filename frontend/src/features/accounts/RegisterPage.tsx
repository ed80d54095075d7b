import { useState } from 'react';
import { InputField, LanguageField } from '../../components/FormFields';
import { formErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/languages';
import { AccountFormPage } from './AccountFormPage';
import { CredentialFields } from './CredentialFields';
import { useRegister } from './queries';

const FIELDS = ['display_name', 'email', 'password', 'preferred_language'];

export function RegisterPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const register = useRegister();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [preferredLanguage, setPreferredLanguage] = useState<Language>(i18n.language);

  const errors = formErrors(register.error, FIELDS, i18n);

  function submit(goHome: () => void) {
    register.mutate(
      { display_name: displayName, email, password, preferred_language: preferredLanguage },
      { onSuccess: goHome },
    );
  }

  return (
    <AccountFormPage
      title={t('Create an account')}
      lead={t('With an account you can book peer-learning sessions and join your city’s team.')}
      alerts={errors.alerts}
      sending={register}
      onSubmit={submit}
      submit={{
        label: t('Create account'),
        pending: register.isPending,
        pendingLabel: t('Creating your account…'),
      }}
      other={{ question: t('Already have an account?'), to: '/login', label: t('Log in') }}
    >
      <InputField
        id="display_name"
        label={t('Your name')}
        hint={t('Shown to other participants.')}
        autoComplete="name"
        required
        value={displayName}
        onChange={(event) => setDisplayName(event.target.value)}
        error={errors.fields.display_name}
      />
      <CredentialFields
        purpose="register"
        email={email}
        password={password}
        onEmail={setEmail}
        onPassword={setPassword}
        errors={errors.fields}
      />
      <LanguageField
        id="preferred_language"
        label={t('Preferred language')}
        hint={t('The language Polylog writes to you in.')}
        value={preferredLanguage}
        onChange={setPreferredLanguage}
        error={errors.fields.preferred_language}
      />
    </AccountFormPage>
  );
}
