import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorPanel } from '../../components/ErrorPanel';
import { FormAlert } from '../../components/FormAlert';
import { SelectField, TextAreaField } from '../../components/FormFields';
import { formErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentUser } from '../../api/currentUser';
import { useCityName } from '../../api/cities';
import { useFormTexts } from '../content/useFormTexts';
import { SubmitButton } from '../content/SubmitButton';
import { adoptingCities, canWithdraw } from './permissions';
import { useAdopt, useWithdrawAdoption } from './queries';
import type { Practice } from './types';

function AdoptForm({ practice, cities }: { practice: Practice; cities: string[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const cityName = useCityName();
  const adopt = useAdopt(practice.id);
  const errors = formErrors(adopt.error, ['city', 'note'], i18n);
  const form = useFormTexts({ city: cities[0] ?? '', note: '' }, errors.fields);
  const { city, note } = form.texts;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    adopt.mutate({ city, note: note.trim() }, { onSuccess: () => form.set({ note: '' }) });
  }

  return (
    <form className="form adopt-form" onSubmit={submit} noValidate aria-labelledby="adopt-title">
      <h3 id="adopt-title">{t('Is your city transferring this practice?')}</h3>
      <FormAlert messages={adopt.isError ? errors.alerts : []} />
      {cities.length > 1 ? (
        <SelectField id="adopt-city" label={t('City')} {...form.bind('city')}>
          {cities.map((slug) => (
            <option key={slug} value={slug}>
              {cityName(slug)}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextAreaField
        id="adopt-note"
        label={t('How is {city} transferring it? (optional)', { city: cityName(city) })}
        hint={t('E.g. what you are adapting, with whom, and by when.')}
        dir="auto"
        rows={3}
        maxLength={1000}
        {...form.bind('note')}
      />
      <SubmitButton label={t('Our city is adopting this')} pending={adopt.isPending} />
    </form>
  );
}

/** The cities transferring the practice, and the form for a delegate of another city to join them. */
export function AdoptionPanel({ practice }: { practice: Practice }) {
  const { t, format } = useI18n();
  const { data: user } = useCurrentUser();
  const cityName = useCityName();
  const withdraw = useWithdrawAdoption(practice.id);
  const candidates = adoptingCities(user, practice);

  return (
    <section aria-labelledby="practice-adopters" className="practice-adopters">
      <h2 id="practice-adopters">{t('Cities adopting this practice')}</h2>
      {practice.adopted_by.length === 0 ? (
        <p>{t('No other city has adopted this practice yet.')}</p>
      ) : (
        <ul className="adopters">
          {practice.adopted_by.map((adoption) => (
            <li key={adoption.city} className="adopter">
              <p className="adopter__head">
                <Link to={`/cities/${adoption.city}`}>{cityName(adoption.city)}</Link>{' '}
                <span className="adopter__since">
                  {t('since {date}', { date: format.date(new Date(adoption.adopted_at)) })}
                </span>
              </p>
              {adoption.note && (
                <p className="adopter__note" dir="auto">
                  {adoption.note}
                </p>
              )}
              {canWithdraw(user, adoption.city) && (
                <button
                  type="button"
                  className="button button--small button--secondary"
                  disabled={withdraw.isPending}
                  onClick={() => withdraw.mutate(adoption.city)}
                >
                  {t('Withdraw the adoption by {city}', { city: cityName(adoption.city) })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {withdraw.isError && <ErrorPanel error={withdraw.error} />}
      {candidates.length > 0 ? (
        <AdoptForm key={candidates.join(',')} practice={practice} cities={candidates} />
      ) : (
        !user && (
          <p className="field__hint">
            {t('Delegates of other cities can record here that their city is adopting it.')}{' '}
            <Link to="/login">{t('Log in')}</Link>
          </p>
        )
      )}
    </section>
  );
}
