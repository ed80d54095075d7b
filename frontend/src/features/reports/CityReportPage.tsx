import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorPanel } from '../../components/ErrorPanel';
import { SelectField } from '../../components/FormFields';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { RadioGroup } from '../../components/RadioGroup';
import { useI18n } from '../../i18n/I18nProvider';
import { labelTable } from '../../i18n/labelTable';
import {
  FRAMEWORKS,
  reportFileUrl,
  useCityReport,
  type CityReport,
  type Framework,
} from './queries';
import { parseReportParams, reportYears } from './reportParams';
import { SectionBody } from './ReportSections';
import './reports.css';

const frameworkLabel = labelTable<Framework>((t) => ({
  vlr: t('Voluntary Local Review (VLR)'),
  ccc: t('Climate City Contract'),
}));

function Missing({ report }: { report: CityReport }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="report-missing" className="report-missing">
      <h2 id="report-missing">{t('What the report still lacks')}</h2>
      {report.missing.length === 0 ? (
        <p>{t('Nothing: the city has everything this framework asks for.')}</p>
      ) : (
        <>
          <p>{t('Each item links to the page where it can be filled in.')}</p>
          <ul className="report-missing__list">
            {report.missing.map((item, index) => (
              <li key={`${item.key}-${index}`}>
                <Link to={item.path}>{item.message}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function CityReportPage() {
  const i18n = useI18n();
  const { t, format, language } = i18n;
  const { slug = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const { framework, year } = parseReportParams(params, thisYear);
  const report = useCityReport(slug, framework, year);
  const choose = (next: { framework: Framework; year: number }) =>
    setParams({ framework: next.framework, year: String(next.year) }, { replace: true });

  const title = report.data
    ? t('Report of {city}', { city: report.data.city_name })
    : t('City report');
  return (
    <Page
      title={title}
      lead={t(
        'A report composed from what the city keeps in Polylog, with what is still missing named. Only public content is counted.',
      )}
    >
      <form className="report-controls" onSubmit={(event) => event.preventDefault()}>
        <RadioGroup
          name="framework"
          legend={t('Framework')}
          options={FRAMEWORKS.map((value) => ({ value, label: frameworkLabel(value, i18n) }))}
          value={framework}
          onChange={(value) => choose({ framework: value, year })}
        />
        <SelectField
          id="report-year"
          label={t('Year')}
          value={String(year)}
          onChange={(event) => choose({ framework, year: Number(event.target.value) })}
        >
          {reportYears(thisYear).map((value) => (
            <option key={value} value={value}>
              {format.number(value, { useGrouping: false })}
            </option>
          ))}
        </SelectField>
      </form>
      <ul className="report-downloads" aria-label={t('Download the report')}>
        {(
          [
            ['pdf', 'button', t('Download as PDF')],
            ['xlsx', 'button button--secondary', t('Download as Excel (XLSX)')],
          ] as const
        ).map(([file, className, label]) => (
          <li key={file}>
            <a
              className={className}
              href={reportFileUrl(slug, framework, year, file, language)}
              download
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
      {report.isPending ? (
        <Loading />
      ) : report.isError ? (
        <ErrorPanel error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <div aria-busy={report.isFetching}>
          <p className="report-meta">
            {t('{framework}, {year}, composed on {date}.', {
              framework: report.data.framework_title,
              year: format.number(report.data.year, { useGrouping: false }),
              date: format.day(report.data.generated_on),
            })}
          </p>
          <Missing report={report.data} />
          {report.data.sections.map((section) => (
            <section key={section.key} aria-labelledby={`report-${section.key}`}>
              <h2 id={`report-${section.key}`}>{section.title}</h2>
              <SectionBody section={section} />
            </section>
          ))}
          <p className="report-back">
            <Link to={`/cities/${slug}`}>
              {t('Back to {city}', { city: report.data.city_name })}
            </Link>
          </p>
        </div>
      )}
    </Page>
  );
}
