import { useId } from 'react';
import { DataTable } from '../../../components/DataTable';
import { isolate } from '../../../i18n/bidi';
import { useI18n } from '../../../i18n/I18nProvider';
import { chartGeometry } from './chart';
import type { Indicator } from './queries';

const SIZE = { width: 360, height: 170, padding: { top: 12, right: 16, bottom: 28, left: 48 } };

/** A level across the whole plot: a tick's, the baseline's, the target's. */
function LevelLine({ y, className }: { y: number; className?: string }) {
  return (
    <line
      className={className}
      x1={SIZE.padding.left}
      x2={SIZE.width - SIZE.padding.right}
      y1={y}
      y2={y}
    />
  );
}

/**
 * The measurements over time as a small line chart, with the baseline and the
 * target as dashed lines; the table below it says the same in words.
 */
export function MeasurementChart({ indicator }: { indicator: Indicator }) {
  const { t, format } = useI18n();
  const tableId = useId();
  const chart = chartGeometry(indicator.measurements, indicator.baseline, indicator.target, SIZE);
  const first = chart.points[0];
  const last = chart.points.at(-1);
  if (first === undefined || last === undefined) return null;
  const withUnit = (value: number) =>
    indicator.unit ? `${format.number(value)} ${isolate(indicator.unit)}` : format.number(value);
  return (
    <figure className="chart">
      <svg
        className="chart__svg"
        viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
        role="img"
        aria-label={t('Chart of the measurements of “{name}”', { name: isolate(indicator.name) })}
        aria-describedby={tableId}
      >
        {chart.yTicks.map((tick) => (
          <g key={tick.value} className="chart__tick">
            <LevelLine y={tick.y} />
            <text x={SIZE.padding.left - 6} y={tick.y} textAnchor="end" dominantBaseline="middle">
              {format.number(tick.value)}
            </text>
          </g>
        ))}
        <LevelLine className="chart__baseline" y={chart.baselineY} />
        <LevelLine className="chart__target" y={chart.targetY} />
        <path className="chart__line" d={chart.path} />
        {chart.points.map((point) => (
          <circle
            key={`${point.date}-${point.x}`}
            className="chart__point"
            cx={point.x}
            cy={point.y}
            r={4}
          />
        ))}
        <text
          x={first.x}
          y={SIZE.height - 6}
          textAnchor={chart.points.length === 1 ? 'middle' : 'start'}
        >
          {format.monthYear(first.date)}
        </text>
        {chart.points.length > 1 && (
          <text x={last.x} y={SIZE.height - 6} textAnchor="end">
            {format.monthYear(last.date)}
          </text>
        )}
      </svg>
      <ul className="chart__legend" aria-hidden="true">
        <li>
          <span className="chart__key chart__key--target" />
          {t('Target')}
        </li>
        <li>
          <span className="chart__key chart__key--baseline" />
          {t('Baseline')}
        </li>
      </ul>
      <details className="chart__details">
        <summary>{t('Show the measurements as a table')}</summary>
        <DataTable
          caption={t('Measurements of “{name}”', { name: isolate(indicator.name) })}
          id={tableId}
          scrolls={false}
          columns={[t('Date'), t('Value')]}
        >
          {chart.points.map((point) => (
            <tr key={`${point.date}-${point.x}`}>
              <td>{format.day(point.date)}</td>
              <td>{withUnit(point.value)}</td>
            </tr>
          ))}
        </DataTable>
      </details>
    </figure>
  );
}
