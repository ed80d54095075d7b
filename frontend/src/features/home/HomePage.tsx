import { Link } from 'react-router';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentUser } from '../../api/currentUser';
import { CityChips } from './CityChips';

export function HomePage() {
  const { t } = useI18n();
  const { data: user } = useCurrentUser();
  const sections = [
    {
      to: '/map',
      title: t('Sustainability map'),
      text: t('See what each city is doing for the climate, energy, mobility and nature.'),
    },
    {
      to: '/sessions',
      title: t('Peer-learning sessions'),
      text: t('Join workshops, study visits and webinars hosted by other cities.'),
    },
    {
      to: '/practices',
      title: t('Best practices'),
      text: t('Read what worked elsewhere and how to bring it to your city.'),
    },
  ];
  return (
    <Page
      title={t('Cities learning from each other')}
      lead={t(
        'Polylog is where cities share their sustainability initiatives, learn from each other in peer-learning sessions and write down what worked, so that others can do the same.',
      )}
    >
      {user && <p className="greeting">{t('Welcome, {name}.', { name: user.display_name })}</p>}
      <section aria-labelledby="home-sections">
        <h2 id="home-sections">{t('What you can do here')}</h2>
        <ul className="card-grid">
          {sections.map(({ to, title, text }) => (
            <li key={to} className="card">
              <h3 className="card__title">
                <Link to={to}>{title}</Link>
              </h3>
              <p>{text}</p>
            </li>
          ))}
        </ul>
      </section>
      <CityChips />
    </Page>
  );
}
