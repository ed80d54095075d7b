import { Link, useParams } from 'react-router';
import { Fact } from '../../components/Facts';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { isolate } from '../../i18n/bidi';
import { useI18n } from '../../i18n/I18nProvider';
import { useCertificateCheck } from './queries';
import './sessions.css';

/** The public check of a certificate of attendance, from the code printed on it. */
export function CertificatePage() {
  const { t, format } = useI18n();
  const { code = '' } = useParams();
  const check = useCertificateCheck(code);
  const title = t('Certificate check');
  if (check.isPending) return <Loading />;
  if (check.isError) {
    return (
      <Page title={title}>
        <ErrorPanel error={check.error} onRetry={() => void check.refetch()} />
        <p>
          {t('Check that the code is typed exactly as on the certificate: {code}', {
            code: isolate(code),
          })}
        </p>
      </Page>
    );
  }
  const certificate = check.data;
  return (
    <Page title={title}>
      <div
        className={`notice certificate-check${certificate.valid ? '' : ' notice--error'}`}
        role="status"
      >
        <p className="notice__title">
          {certificate.valid
            ? t('This certificate is valid.')
            : t('This certificate is not valid.')}
        </p>
      </div>
      <dl className="facts facts--wide">
        <Fact term={t('Participant')}>
          <bdi>{certificate.participant}</bdi>
        </Fact>
        <div>
          <dt>{t('Session')}</dt>
          <dd dir="auto">{certificate.session_title}</dd>
        </div>
        <Fact term={t('Host city')}>{certificate.host_city}</Fact>
        <Fact term={t('Date')}>{format.day(certificate.session_date)}</Fact>
        <Fact term={t('Verification code')}>
          <bdi className="certificate-check__code">{certificate.code}</bdi>
        </Fact>
      </dl>
      <p>
        <Link to="/sessions">{t('See all sessions')}</Link>
      </p>
    </Page>
  );
}
