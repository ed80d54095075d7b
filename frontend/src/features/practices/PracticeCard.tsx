import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { isLanguage, textDirection } from '../../i18n/languages';
import { useCityName } from '../../api/cities';
import { SdgIconList } from '../../components/SdgIcon';
import { useThemeLabel } from '../../api/taxonomy';
import type { PracticeSummary } from './types';

interface PracticeCardProps {
  practice: PracticeSummary;
  headingLevel?: 2 | 3;
}

/** A practice in a list: its title as a link, city, adopters, the start of the problem, goals and themes. */
export function PracticeCard({ practice, headingLevel = 3 }: PracticeCardProps) {
  const { t, tn, format, language: reader } = useI18n();
  const cityName = useCityName();
  const themeLabel = useThemeLabel();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const adopters = practice.adopted_by.length;
  const dir = isLanguage(practice.language) ? textDirection(practice.language) : 'auto';
  return (
    <li className="initiative-card practice-card">
      <Heading className="initiative-card__title" dir={dir}>
        <Link to={`/practices/${practice.id}`} lang={practice.language} dir={dir}>
          {practice.title}
        </Link>
      </Heading>
      <p className="initiative-card__meta">
        <span>{cityName(practice.city)}</span>
        {adopters > 0 ? (
          <span className="practice-card__adopted">
            {tn('Adopted by {count} city', 'Adopted by {count} cities', adopters)}
          </span>
        ) : null}
        {practice.language !== reader && (
          <span className="badge badge--language">
            {t('Language: {language}', { language: format.language(practice.language) })}
          </span>
        )}
      </p>
      {practice.excerpt && (
        <p className="initiative-card__summary" lang={practice.language} dir={dir}>
          {practice.excerpt}
        </p>
      )}
      <SdgIconList sdgs={practice.sdgs} size="small" />
      {practice.themes.length > 0 && (
        <ul className="labels" aria-label={t('Themes')}>
          {practice.themes.map((theme) => (
            <li key={theme} className="label">
              {themeLabel(theme)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
