import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { InputField, SelectField } from '../../components/FormFields';
import { formErrors } from '../../components/formErrors';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../../i18n/languages';
import { useCurrentUser } from '../../api/currentUser';
import { useRegister } from './queries';

const FIELDS = ['display_name', 'email', 'password', 'preferred_language'];

/** The server's rule (API.md: shorter passwords are refused), told up front. */
const MIN_PASSWORD_LENGTH = 10;

export function RegisterPage() {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const navigate = useNavigate();
  const currentUser = useCurrentUser();
  const register = useRegister();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [preferredLanguage, setPreferredLanguage] = useState<Language>(i18n.language);

  if (currentUser.data && register.isIdle) return <Navigate to="/" replace />;

  const errors = formErrors(register.error, FIELDS, i18n);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    register.mutate(
      { display_name: displayName, email, password, preferred_language: preferredLanguage },
      { onSuccess: () => navigate('/', { replace: true }) },
    );
  }

  return (
    <Page
      title={t('Create an account')}
      lead={t('With an account you can book peer-learning sessions and join your city’s team.')}
    >
      <form className="form" onSubmit={submit} noValidate>
        <FormAlert messages={errors.alerts} />
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
        <InputField
          id="email"
          label={t('E-mail address')}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.fields.email}
        />
        <InputField
          id="password"
          label={t('Password')}
          hint={tn(
            'At least {count} character.',
            'At least {count} characters.',
            MIN_PASSWORD_LENGTH,
          )}
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.fields.password}
        />
        <SelectField
          id="preferred_language"
          label={t('Preferred language')}
          hint={t('The language Polylog writes to you in.')}
          value={preferredLanguage}
          onChange={(event) => {
            if (isLanguage(event.target.value)) setPreferredLanguage(event.target.value);
          }}
          error={errors.fields.preferred_language}
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button" disabled={register.isPending}>
          {register.isPending ? t('Creating your account…') : t('Create account')}
        </button>
      </form>
      <p className="form-footer">
        {t('Already have an account?')} <Link to="/login">{t('Log in')}</Link>
      </p>
    </Page>
  );
}
