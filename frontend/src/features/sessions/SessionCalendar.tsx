import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { useI18n } from '../../i18n/I18nProvider';
import { textDirection } from '../../i18n/languages';
import {
  addDays,
  addMonths,
  calendarSystemFor,
  monthGrid,
  weekday,
  weekdayColumns,
  weekStartFor,
} from './calendarGrid';
import { byDay, monthRange, sessionQuery, type SessionFilters } from './filters';
import { useSessionList } from './queries';
import { SessionCard } from './SessionCard';
import { useSessionFormat } from './SessionTimes';
import { dayIn } from './zones';

/** A month has at most a few dozen sessions; one page of the API holds them all. */
const MONTH_PAGE = 100;
const SHOWN_PER_DAY = 3;

interface SessionCalendarProps {
  filters: SessionFilters;
  zone: string;
  /** The chosen day; null for today. */
  day: string | null;
  onDay(day: string, options?: { replace: boolean }): void;
}

/**
 * A month of sessions in the reader's calendar (Solar Hijri months in
 * Persian), as a WAI-ARIA grid: arrow keys move between days (mirrored in
 * right-to-left), Home and End to the week's ends, Page Up and Page Down by
 * month, Enter to the chosen day's sessions, listed under the grid.
 */
export function SessionCalendar({ filters, zone, day, onDay }: SessionCalendarProps) {
  const { t, tn, language } = useI18n();
  const format = useSessionFormat();
  const system = calendarSystemFor(language);
  const weekStart = weekStartFor(language);
  const today = dayIn(new Date(), zone);
  const selected = day ?? today;
  const grid = monthGrid(selected, system, weekStart);
  const list = useSessionList(
    sessionQuery(filters, monthRange(grid.first, grid.last, zone)),
    1,
    MONTH_PAGE,
  );
  const sessions = byDay(list.data?.items ?? [], zone);
  const cells = useRef(new Map<string, HTMLTableCellElement>());
  const agendaTitle = useRef<HTMLHeadingElement>(null);
  // The day a key moved to: the router renders it a moment later, and keys pressed meanwhile count from it.
  const pendingDay = useRef<string | null>(null);

  useEffect(() => {
    if (pendingDay.current !== selected) return;
    pendingDay.current = null;
    cells.current.get(selected)?.focus();
  }, [selected]);

  function moveTo(next: string) {
    pendingDay.current = next;
    onDay(next, { replace: true });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableCellElement>) {
    const rtl = textDirection(language) === 'rtl';
    const from = pendingDay.current ?? selected;
    const intoWeek = (weekday(from) - weekStart + 7) % 7;
    switch (event.key) {
      case 'ArrowRight':
        moveTo(addDays(from, rtl ? -1 : 1));
        break;
      case 'ArrowLeft':
        moveTo(addDays(from, rtl ? 1 : -1));
        break;
      case 'ArrowDown':
        moveTo(addDays(from, 7));
        break;
      case 'ArrowUp':
        moveTo(addDays(from, -7));
        break;
      case 'Home':
        moveTo(addDays(from, -intoWeek));
        break;
      case 'End':
        moveTo(addDays(from, 6 - intoWeek));
        break;
      case 'PageUp':
        moveTo(addMonths(from, -1, system));
        break;
      case 'PageDown':
        moveTo(addMonths(from, 1, system));
        break;
      case 'Enter':
      case ' ':
        // A move still being rendered must not take the focus back to the grid.
        pendingDay.current = null;
        agendaTitle.current?.focus();
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  const chosen = sessions.get(selected) ?? [];
  const rtl = textDirection(language) === 'rtl';
  return (
    <section className="session-calendar" aria-labelledby="calendar-month">
      <div className="session-calendar__bar">
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => onDay(addMonths(selected, -1, system))}
        >
          <span aria-hidden="true">{rtl ? '→' : '←'}</span> {t('Previous month')}
        </button>
        <h2 id="calendar-month" className="session-calendar__month" aria-live="polite">
          {format.month(selected)}
        </h2>
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => onDay(addMonths(selected, 1, system))}
        >
          {t('Next month')} <span aria-hidden="true">{rtl ? '←' : '→'}</span>
        </button>
        {selected !== today && (
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => onDay(today)}
          >
            {t('Today')}
          </button>
        )}
      </div>
      <p id="calendar-help" className="field__hint">
        {t(
          'In the calendar, the arrow keys move between days, Page Up and Page Down change the month, and Enter goes to the day’s sessions.',
        )}
      </p>
      {list.isError && <ErrorPanel error={list.error} onRetry={() => void list.refetch()} />}
      <table
        role="grid"
        className="session-calendar__grid"
        aria-labelledby="calendar-month"
        aria-describedby="calendar-help"
        aria-busy={list.isFetching}
      >
        <thead>
          <tr>
            {weekdayColumns(weekStart).map((column) => {
              const name = format.weekday(column);
              return (
                <th key={column} scope="col">
                  <abbr title={name.long}>{name.short}</abbr>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {grid.weeks.map((week, row) => (
            <tr key={row}>
              {week.map((cell, column) => {
                if (cell === null) {
                  return (
                    <td
                      key={`empty-${column}`}
                      className="session-calendar__empty"
                      role="gridcell"
                    />
                  );
                }
                const items = sessions.get(cell) ?? [];
                const classes = [
                  'session-calendar__day',
                  cell === selected && 'session-calendar__day--selected',
                  cell === today && 'session-calendar__day--today',
                  items.length > 0 && 'session-calendar__day--busy',
                ]
                  .filter(Boolean)
                  .join(' ');
                return (
                  <td
                    key={cell}
                    ref={(element) => {
                      if (element) cells.current.set(cell, element);
                      else cells.current.delete(cell);
                    }}
                    role="gridcell"
                    className={classes}
                    tabIndex={cell === selected ? 0 : -1}
                    aria-selected={cell === selected}
                    aria-current={cell === today ? 'date' : undefined}
                    onClick={() => onDay(cell, { replace: true })}
                    onKeyDown={onKeyDown}
                  >
                    <span className="session-calendar__number" aria-hidden="true">
                      {format.dayOfMonth(cell)}
                    </span>
                    <span className="visually-hidden">
                      {format.day(cell)}
                      {items.length > 0 &&
                        `, ${tn('{count} session', '{count} sessions', items.length)}`}
                    </span>
                    {items.length > 0 && (
                      <ul className="session-calendar__items">
                        {items.slice(0, SHOWN_PER_DAY).map((item) => (
                          <li
                            key={item.id}
                            className={
                              item.cancelled ? 'session-calendar__item--cancelled' : undefined
                            }
                          >
                            <Link
                              to={`/sessions/${item.id}`}
                              tabIndex={-1}
                              lang={item.language}
                              dir="auto"
                              title={item.title}
                            >
                              {item.title}
                            </Link>
                          </li>
                        ))}
                        {items.length > SHOWN_PER_DAY && (
                          <li className="session-calendar__more">
                            {t('{count} more', { count: items.length - SHOWN_PER_DAY })}
                          </li>
                        )}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <section className="session-calendar__agenda" aria-labelledby="calendar-agenda">
        <h2 id="calendar-agenda" ref={agendaTitle} tabIndex={-1}>
          {t('Sessions on {day}', { day: format.day(selected) })}
        </h2>
        {list.isPending && <Loading />}
        {list.data !== undefined && chosen.length === 0 && <p>{t('No sessions on this day.')}</p>}
        {chosen.length > 0 && (
          <ul className="session-list">
            {chosen.map((item) => (
              <SessionCard key={item.id} session={item} zone={zone} />
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
